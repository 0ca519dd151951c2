//! The commands the webview may call. Each forwards to zcw-core; anything that may wait on the
//! keychain or on encryption runs off the UI thread.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
use zcw_core::api::check::{check, HealthView};
use zcw_core::clipboard::CopyReceipt;
use zcw_core::connection::{Connection, ConnectionView};
use zcw_core::connections::{CheckReport, NewConnection, SavedSecret, StoreStatus, TeamCheck};
use zcw_core::doctor::Report;
use zcw_core::draft::{Draft, Resumed};
use zcw_core::error::BrowserError;
use zcw_core::hand_over::{secret_value, HandOver, SecretValue};
use zcw_core::oauth::disconnect::{disconnect, Disconnected, Forget, Revoke};
use zcw_core::oauth::scopes::{default_scopes, normalise};
use zcw_core::oauth::sign_in::{
    AccountChange, Connected, Finished, SignInChoices, SignInOptions, DEFAULT_TIMEOUT,
};
use zcw_core::onboarding::request::{RequestSpec, FILE_EXTENSION};
use zcw_core::onboarding::self_client::{self, SelfClientFile};
use zcw_core::onboarding::staff::{self as staff_side, Created, Imported};
use zcw_core::onboarding::{admin, staff};
use zcw_core::registration::{Preview, WizardOptions};
use zcw_core::rules::confirmed_passphrase;
use zcw_core::secret::{AuthorizationCode, ClientSecret, Passphrase, TeamToken};
use zcw_core::secret_store::Backend;
use zcw_core::team::settings::TeamInput;
use zcw_core::{Context, DataCentre, WizardInput};

use crate::error::{Error, Result};
use crate::received::{self, Inbox};
use crate::state::{lock, AppState, Offered};

/// Runs blocking core work (keychain calls, scrypt) on a worker thread, after unlocking the
/// encrypted file with a passphrase the user just entered, if any.
async fn off_ui_thread<T: Send + 'static>(
    state: &AppState,
    passphrase: Option<Passphrase>,
    work: impl FnOnce(&Context) -> zcw_core::Result<T> + Send + 'static,
) -> Result<T> {
    let ctx = Arc::clone(&state.ready()?.ctx);
    tauri::async_runtime::spawn_blocking(move || {
        if let Some(passphrase) = passphrase.filter(|p| !p.is_empty()) {
            ctx.connections.unlock(passphrase)?;
        }
        work(&ctx)
    })
    .await
    .map_err(|_| Error::Worker("the task stopped before it answered".into()))?
    .map_err(Error::from)
}

/// The app's name and version, for the About line (the same version `zcw --version` prints).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    name: &'static str,
    version: &'static str,
    /// Where the app is downloaded, for the email that goes with a request.
    downloads: &'static str,
}

#[tauri::command]
pub fn app_info() -> AppInfo {
    AppInfo {
        name: "Zoho Credential Wizard",
        version: env!("CARGO_PKG_VERSION"),
        downloads: concat!(env!("CARGO_PKG_REPOSITORY"), "/releases"),
    }
}

/// "Check this computer": each check on its own deadline, all at once.
#[tauri::command]
pub async fn check_this_computer(state: State<'_, AppState>) -> Result<Report> {
    Ok(zcw_core::doctor::check_this_computer(&state.ready()?.ctx).await)
}

#[tauri::command]
pub fn wizard_options() -> WizardOptions {
    WizardOptions::get()
}

#[tauri::command]
pub fn preview_registration(input: WizardInput) -> Preview {
    input.preview()
}

#[tauri::command]
pub fn load_draft(state: State<'_, AppState>) -> Result<Resumed> {
    Ok(state.ready()?.drafts.resume()?)
}

#[tauri::command]
pub fn save_draft(state: State<'_, AppState>, draft: Draft) -> Result<()> {
    Ok(state.ready()?.drafts.save(&draft)?)
}

#[tauri::command]
pub fn clear_draft(state: State<'_, AppState>) -> Result<()> {
    Ok(state.ready()?.drafts.clear()?)
}

/// Opens `url` with the system opener (or `$BROWSER`).
fn open_url(app: &AppHandle, state: &AppState, url: &str) -> std::result::Result<(), String> {
    let browser = state
        .ready()
        .map_err(|e| e.to_string())?
        .ctx
        .config
        .browser
        .program();
    app.opener()
        .open_url(url, browser)
        .map_err(|e| e.to_string())
}

/// Opens the DC's API console in the system browser and returns the address opened. The webview
/// names only the DC; the address comes from the core's table.
#[tauri::command]
pub fn open_console(app: AppHandle, state: State<'_, AppState>, dc: String) -> Result<String> {
    let url = DataCentre::by_id(&dc)?
        .checked_console_url()
        .map_err(zcw_core::Error::from)?;
    open_url(&app, &state, url.as_str()).map_err(|reason| {
        zcw_core::Error::from(BrowserError::LaunchFailed {
            url: url.to_string(),
            reason,
        })
    })?;
    Ok(url.to_string())
}

#[tauri::command]
pub async fn store_status(state: State<'_, AppState>) -> Result<StoreStatus> {
    off_ui_thread(&state, None, |ctx| ctx.connections.store_status()).await
}

#[tauri::command]
pub async fn suggest_connection_name(
    state: State<'_, AppState>,
    client_name: String,
) -> Result<String> {
    off_ui_thread(&state, None, move |ctx| {
        ctx.connections.suggest_name(&client_name)
    })
    .await
}

/// Step 3's inputs apart from the secret.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionInput {
    name: String,
    client_id: String,
    input: WizardInput,
}

impl From<ConnectionInput> for NewConnection {
    fn from(c: ConnectionInput) -> Self {
        NewConnection {
            name: c.name,
            client_id: c.client_id,
            input: c.input,
        }
    }
}

/// Checks step 3's name and client ID as they are typed (the secret is checked on save).
#[tauri::command]
pub async fn check_connection(
    state: State<'_, AppState>,
    connection: ConnectionInput,
) -> Result<CheckReport> {
    off_ui_thread(&state, None, move |ctx| {
        Ok(ctx
            .connections
            .check_new(&connection.into(), None)?
            .report())
    })
    .await
}

#[tauri::command]
pub async fn save_connection(
    state: State<'_, AppState>,
    connection: ConnectionInput,
    client_secret: ClientSecret,
    passphrase: Option<Passphrase>,
) -> Result<SavedSecret> {
    let saved = off_ui_thread(&state, passphrase, move |ctx| {
        ctx.connections.add(&connection.into(), &client_secret)
    })
    .await?;
    state.ready()?.drafts.clear()?;
    Ok(saved)
}

/// Makes the encrypted file the place for new secrets (the user chose it explicitly).
#[tauri::command]
pub async fn use_file_store(
    state: State<'_, AppState>,
    passphrase: Passphrase,
    confirmation: Option<Passphrase>,
) -> Result<StoreStatus> {
    let passphrase = confirmed_passphrase(passphrase, confirmation.as_ref())?;
    off_ui_thread(&state, None, |ctx| {
        ctx.connections
            .use_store(Backend::EncryptedFile, Some(passphrase))?;
        ctx.connections.store_status()
    })
    .await
}

/// Opens the encrypted file with its passphrase for the rest of this run, before any action that
/// needs it; a wrong passphrase leaves it locked and says so.
#[tauri::command]
pub async fn unlock_file_store(
    state: State<'_, AppState>,
    passphrase: Passphrase,
) -> Result<StoreStatus> {
    off_ui_thread(&state, None, move |ctx| {
        ctx.connections.unlock(passphrase)?;
        ctx.connections.store_status()
    })
    .await
}

/// What choosing the team store found, and where new secrets now go.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamStoreChosen {
    status: StoreStatus,
    check: TeamCheck,
}

/// Makes the team store (OpenBao/Vault) the place for new connections: its settings are checked,
/// the server is asked for the connections it holds, then they are saved. A token typed here
/// stays in memory until the app quits.
#[tauri::command]
pub async fn use_team_store(
    state: State<'_, AppState>,
    team: TeamInput,
    token: Option<TeamToken>,
) -> Result<TeamStoreChosen> {
    let settings = team.settings()?;
    off_ui_thread(&state, None, move |ctx| {
        let check = ctx.connections.use_team_with(settings, token)?;
        Ok(TeamStoreChosen {
            status: ctx.connections.store_status()?,
            check,
        })
    })
    .await
}

#[tauri::command]
pub async fn use_keychain(state: State<'_, AppState>) -> Result<StoreStatus> {
    off_ui_thread(&state, None, |ctx| {
        ctx.connections.use_store(Backend::Keychain, None)?;
        ctx.connections.store_status()
    })
    .await
}

#[tauri::command]
pub async fn list_connections(state: State<'_, AppState>) -> Result<ConnectionList> {
    off_ui_thread(&state, None, |ctx| {
        let overview = ctx.connections.overview()?;
        let unreadable = overview.unreadable.iter().map(|e| {
            let mut problem = crate::error::problem(e);
            problem.message = format!(
                "The team store's connections are not shown. {}",
                problem.message
            );
            problem
        });
        let damaged = overview.damaged.iter().map(|d| DamagedView {
            name: d.name.clone(),
            problem: crate::error::problem(&d.problem),
        });
        Ok(ConnectionList {
            connections: overview.connections.into_iter().map(Into::into).collect(),
            problems: unreadable.collect(),
            damaged: damaged.collect(),
            notices: ctx.take_notices(),
        })
    })
    .await
}

/// Every connection that could be read, what could not be (a team store away, a damaged
/// record), and what was done on the person's behalf since the last look.
#[derive(Debug, Serialize)]
pub struct ConnectionList {
    connections: Vec<ConnectionView>,
    problems: Vec<zcw_core::Problem>,
    /// Team records that are not used, each with its name for "Delete the damaged record".
    damaged: Vec<DamagedView>,
    notices: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct DamagedView {
    name: String,
    problem: zcw_core::Problem,
}

/// Deletes a damaged team record (its connection, secrets and tokens records) after the person
/// confirmed; a record fixed meanwhile is left alone.
#[tauri::command]
pub async fn delete_damaged_record(state: State<'_, AppState>, name: String) -> Result<bool> {
    off_ui_thread(&state, None, move |ctx| {
        ctx.connections.delete_damaged(&name)
    })
    .await
}

/// A connection's health: one cheap call with its token (never a refresh for a valid one),
/// remembered for a few minutes; `fresh` checks now (after a sign-in).
#[tauri::command]
pub async fn connection_health(
    state: State<'_, AppState>,
    name: String,
    fresh: bool,
) -> Result<HealthView> {
    let ready = state.ready()?;
    if !fresh {
        if let Some(seen) = ready.health.recent(&name, zcw_core::clock::now()) {
            return Ok(seen);
        }
    }
    let view = check(&ready.ctx, &name)
        .await?
        .view(crate::error::next_step);
    ready.health.remember(&view);
    Ok(view)
}

#[tauri::command]
pub async fn get_connection(state: State<'_, AppState>, name: String) -> Result<ConnectionView> {
    off_ui_thread(&state, None, move |ctx| {
        ctx.connections.details(&name).map(Into::into)
    })
    .await
}

#[tauri::command]
pub async fn replace_secret(
    state: State<'_, AppState>,
    name: String,
    client_secret: ClientSecret,
    passphrase: Option<Passphrase>,
) -> Result<SavedSecret> {
    // What a check saw of the old secret is not shown again.
    state.ready()?.health.forget(&name);
    off_ui_thread(&state, passphrase, move |ctx| {
        ctx.connections.set_secret(&name, &client_secret)
    })
    .await
}

#[tauri::command]
pub async fn rename_connection(
    state: State<'_, AppState>,
    name: String,
    new_name: String,
    passphrase: Option<Passphrase>,
) -> Result<Connection> {
    state.ready()?.health.forget(&name);
    off_ui_thread(&state, passphrase, move |ctx| {
        ctx.connections.rename(&name, &new_name)
    })
    .await
}

/// Revokes a connection's sign-in at Zoho (unless `local_only`), then deletes it with its secrets.
#[tauri::command]
pub async fn remove_connection(
    state: State<'_, AppState>,
    name: String,
    passphrase: Option<Passphrase>,
    local_only: bool,
) -> Result<Ended> {
    end_sign_in(&state, &name, passphrase, local_only, Forget::Everything).await
}

/// Revokes a connection's sign-in at Zoho (unless `local_only`) and deletes its tokens; the
/// client secret stays.
#[tauri::command]
pub async fn disconnect_connection(
    state: State<'_, AppState>,
    name: String,
    passphrase: Option<Passphrase>,
    local_only: bool,
) -> Result<Ended> {
    end_sign_in(&state, &name, passphrase, local_only, Forget::Tokens).await
}

/// How a disconnect went, in words.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ended {
    outcome: Disconnected,
    message: String,
}

async fn end_sign_in(
    state: &AppState,
    name: &str,
    passphrase: Option<Passphrase>,
    local_only: bool,
    forget: Forget,
) -> Result<Ended> {
    state.ready()?.health.forget(name);
    let ctx = &state.ready()?.ctx;
    if let Some(passphrase) = passphrase.filter(|p| !p.is_empty()) {
        off_ui_thread(state, Some(passphrase), |_| Ok(())).await?;
    }
    let revoke = if local_only {
        Revoke::LocalOnly
    } else {
        Revoke::AtZoho
    };
    let outcome = disconnect(ctx, name, revoke, forget).await?;
    Ok(Ended {
        outcome,
        message: outcome.describe(name),
    })
}

/// What to hand over for a connection, and how (its secrets only named).
#[tauri::command]
pub async fn hand_over(state: State<'_, AppState>, name: String) -> Result<HandOver> {
    off_ui_thread(&state, None, move |ctx| {
        Ok(HandOver::for_connection(&ctx.connections.get(&name)?))
    })
    .await
}

/// Reads a secret from its store now and puts it on the clipboard (Rust, never the webview),
/// marked as a secret, and clears it after the chosen time if the clipboard still holds it.
#[tauri::command]
pub async fn copy_secret(
    state: State<'_, AppState>,
    name: String,
    which: SecretValue,
    passphrase: Option<Passphrase>,
) -> Result<CopyReceipt> {
    let clipboard = Arc::clone(&state.ready()?.clipboard);
    let copying = Arc::clone(&clipboard);
    let receipt = off_ui_thread(&state, passphrase, move |ctx| {
        let secret = secret_value(ctx, &name, which)?;
        let clear_after = ctx.connections.clipboard_clear_after()?;
        copying.copy_secret(&secret, clear_after)
    })
    .await?;
    if let Some(secs) = receipt.clears_in_secs {
        tauri::async_runtime::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_secs(secs)).await;
            let _ = tauri::async_runtime::spawn_blocking(move || {
                clipboard.clear_if_unchanged(receipt.generation)
            })
            .await;
        });
    }
    Ok(receipt)
}

/// Seconds a copied secret stays on the clipboard (0: until something else is copied).
#[tauri::command]
pub async fn clipboard_setting(state: State<'_, AppState>) -> Result<u64> {
    off_ui_thread(&state, None, |ctx| {
        Ok(ctx
            .connections
            .clipboard_clear_after()?
            .map_or(0, |d| d.as_secs()))
    })
    .await
}

#[tauri::command]
pub async fn set_clipboard_setting(state: State<'_, AppState>, secs: u64) -> Result<()> {
    off_ui_thread(&state, None, move |ctx| {
        ctx.connections.set_clipboard_clear_secs(secs)
    })
    .await
}

#[tauri::command]
pub fn sign_in_options() -> SignInChoices {
    SignInChoices::get()
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StartedSignIn {
    url: String,
    /// Why the browser did not open, when it did not (the URL is shown either way).
    open_error: Option<String>,
    /// Why Zoho may never send the browser back, to show while waiting.
    likely_causes: Vec<String>,
}

/// Binds the connection's loopback port and opens Zoho's sign-in page in the system browser.
/// A sign-in still in progress is cancelled first. PKCE off applies to this attempt only.
#[tauri::command]
pub async fn start_sign_in(
    app: AppHandle,
    state: State<'_, AppState>,
    name: String,
    scopes: Vec<String>,
    use_pkce: bool,
) -> Result<StartedSignIn> {
    let scopes = match normalise(&scopes) {
        s if s.is_empty() => default_scopes(),
        s => s,
    };
    let options = SignInOptions {
        scopes,
        use_pkce,
        on_account_change: AccountChange::Ask,
    };
    let ready = state.ready()?;
    let (url, likely_causes) = ready.sign_in.start(&ready.ctx, &name, options).await?;
    let open_error = open_url(&app, &state, url.as_str()).err();
    Ok(StartedSignIn {
        url: url.to_string(),
        open_error,
        likely_causes,
    })
}

/// Waits for the sign-in started last, exchanges the code and stores the tokens, or asks first
/// when another account signed in than last time.
#[tauri::command]
pub async fn finish_sign_in(state: State<'_, AppState>) -> Result<Finished> {
    let ready = state.ready()?;
    Ok(ready.sign_in.finish(&ready.ctx, DEFAULT_TIMEOUT).await?)
}

/// Keeps (or discards) the tokens of the other account that signed in.
#[tauri::command]
pub async fn confirm_account(state: State<'_, AppState>, keep: bool) -> Result<Connected> {
    let ready = state.ready()?;
    Ok(ready.sign_in.confirm(&ready.ctx, keep).await?)
}

/// Stops waiting for the browser.
#[tauri::command]
pub fn cancel_sign_in(state: State<'_, AppState>) -> Result<()> {
    state.ready()?.sign_in.cancel();
    Ok(())
}

/// Completes the sign-in with the address the browser ended on, pasted by the user.
#[tauri::command]
pub fn paste_redirect(state: State<'_, AppState>, address: String) -> Result<()> {
    Ok(state.ready()?.sign_in.paste(&address)?)
}

/// A request as the admin's wizard shows it: the core's reading, with the registration it asks
/// for (for the data centre chosen, or the default when the customer chooses).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestView {
    #[serde(flatten)]
    opened: admin::Opened,
    input: WizardInput,
    /// The name of the request being answered when this one arrived: the admin chooses.
    interrupts: Option<String>,
    /// For a reconnect: whether the connection is kept here (straight to the sign-in).
    reconnecting: Option<admin::Reconnecting>,
}

fn view(opened: admin::Opened, interrupts: Option<String>) -> RequestView {
    let input = opened.request.plan_input(
        opened
            .request
            .dc
            .as_deref()
            .unwrap_or(DataCentre::DEFAULT_ID),
    );
    RequestView {
        opened,
        input,
        interrupts,
        reconnecting: None,
    }
}

/// The view, with where a reconnect stands here (one kept with another client is refused).
fn reconnect_view(state: &AppState, mut view: RequestView) -> Result<RequestView> {
    let ctx = Arc::clone(&state.ready()?.ctx);
    view.reconnecting = admin::reconnecting(&ctx, &view.opened.request)?;
    Ok(view)
}

fn answer(state: &AppState, text: &str) -> Result<RequestView> {
    let opened = admin::open_request(text)?;
    let ready = state.ready()?;
    let interrupts = match ready.offer_request(opened.request.clone()) {
        Offered::Answering => None,
        Offered::Waiting => lock(&ready.answering).as_ref().map(|r| r.name.clone()),
    };
    reconnect_view(state, view(opened, interrupts))
}

/// The request the app was handed (a double-clicked file, a clicked link), if any.
#[tauri::command]
pub fn take_handed_request(
    state: State<'_, AppState>,
    inbox: State<'_, Inbox>,
) -> Result<Option<RequestView>> {
    inbox.take().map(|text| answer(&state, &text)).transpose()
}

/// A request pasted (its link, or the file's text).
#[tauri::command]
pub fn open_request_text(state: State<'_, AppState>, text: String) -> Result<RequestView> {
    answer(&state, &text)
}

/// A request file the person chooses (`None`: they cancelled).
#[tauri::command]
pub async fn choose_request_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<RequestView>> {
    let picked = received::pick(
        app,
        "Open a request",
        "Credentials request",
        &[FILE_EXTENSION],
    )
    .await?;
    picked
        .map(|path| answer(&state, &received::read_limited(&path)?))
        .transpose()
}

/// Answers the request that arrived meanwhile (the one whose fingerprint the admin saw) instead
/// of the current one.
#[tauri::command]
pub fn switch_request(state: State<'_, AppState>, fingerprint: String) -> Result<RequestView> {
    let request = state
        .ready()?
        .switch_request(&fingerprint)
        .ok_or(Error::RequestChanged)?;
    let opened = admin::open_request(&request.to_file_text())?;
    reconnect_view(&state, view(opened, None))
}

/// Stops answering a request (the wizard goes back to its usual self).
#[tauri::command]
pub fn stop_answering(state: State<'_, AppState>) -> Result<()> {
    let ready = state.ready()?;
    *lock(&ready.answering) = None;
    *lock(&ready.incoming) = None;
    Ok(())
}

/// Saves the connection the request being answered asks for, with the admin's client, once the
/// admin confirmed its fingerprint (the one the app showed them): against that request only.
#[tauri::command]
pub async fn save_requested_connection(
    state: State<'_, AppState>,
    fingerprint: String,
    client_id: String,
    client_secret: ClientSecret,
    dc: String,
    passphrase: Option<Passphrase>,
) -> Result<SavedSecret> {
    let request = state
        .ready()?
        .answering(&fingerprint)
        .ok_or(Error::RequestChanged)?;
    off_ui_thread(&state, passphrase, move |ctx| {
        admin::add_from_request(ctx, &request, &fingerprint, &client_id, &client_secret, &dc)
    })
    .await
}

/// Accepts the reconnect request being answered for the connection kept here, once the admin
/// confirmed its fingerprint: the sign-in is what is left.
#[tauri::command]
pub async fn accept_reconnect(
    state: State<'_, AppState>,
    fingerprint: String,
    passphrase: Option<Passphrase>,
) -> Result<Connection> {
    let request = state
        .ready()?
        .answering(&fingerprint)
        .ok_or(Error::RequestChanged)?;
    off_ui_thread(&state, passphrase, move |ctx| {
        admin::accept_reconnect(ctx, &request, &fingerprint)
    })
    .await
}

/// What a reply was made for, and where it went.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplySent {
    to: String,
    holds: String,
    /// The reply's short code: the staff's import shows the same.
    code: String,
    fingerprint: Option<String>,
    /// Where the file was saved; `None` when copied.
    path: Option<String>,
}

impl ReplySent {
    fn new(sealed: admin::Sealed, path: Option<String>) -> Self {
        ReplySent {
            to: sealed.to,
            holds: sealed.holds,
            code: sealed.code,
            fingerprint: sealed.fingerprint,
            path,
        }
    }
}

/// Puts the encrypted reply on the clipboard as text, for an email (Rust copies it).
#[tauri::command]
pub async fn copy_reply(
    state: State<'_, AppState>,
    name: String,
    passphrase: Option<Passphrase>,
) -> Result<ReplySent> {
    let clipboard = Arc::clone(&state.ready()?.clipboard);
    off_ui_thread(&state, passphrase, move |ctx| {
        let sealed = admin::reply(ctx, &name)?;
        clipboard.copy_text(&sealed.text)?;
        Ok(ReplySent::new(sealed, None))
    })
    .await
}

/// Saves the encrypted reply where the person chooses (`None`: they cancelled).
#[tauri::command]
pub async fn save_reply(
    app: AppHandle,
    state: State<'_, AppState>,
    name: String,
    passphrase: Option<Passphrase>,
) -> Result<Option<ReplySent>> {
    let sealed = off_ui_thread(&state, passphrase, move |ctx| admin::reply(ctx, &name)).await?;
    let file_name = sealed.file_name.clone();
    let path = received::save_as(app, "Save the reply", file_name).await?;
    path.map(|path| {
        received::write(&path, &sealed.text)?;
        Ok(ReplySent::new(sealed, Some(path.display().to_string())))
    })
    .transpose()
}

/// The request options besides the step-1 form.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestInput {
    name: String,
    from: String,
    input: WizardInput,
    /// `None`: the customer chooses.
    dc: Option<String>,
    scopes: String,
    refresh_token: bool,
    expires_in_days: u64,
}

/// Makes a request (its key kept in the active store, never shown).
#[tauri::command]
pub async fn create_request(
    state: State<'_, AppState>,
    request: RequestInput,
    passphrase: Option<Passphrase>,
) -> Result<Created> {
    let spec = RequestSpec {
        name: request.name,
        from: request.from,
        input: request.input,
        dc: request.dc,
        scopes: vec![request.scopes],
        refresh_token: request.refresh_token,
        lifetime_secs: request.expires_in_days * 86_400,
        reconnect: None,
    };
    let created = off_ui_thread(&state, passphrase, move |ctx| staff::create(ctx, &spec)).await?;
    *lock(&state.ready()?.made) = Some(created.clone());
    Ok(created)
}

/// What a reconnect request takes beside the connection's own values.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReconnectInput {
    name: String,
    from: String,
    /// Scopes to add (comma-separated; may be empty).
    scopes: String,
    expires_in_days: u64,
}

/// Makes a reconnect request for a connection held here (its key kept like any request's).
#[tauri::command]
pub async fn create_reconnect_request(
    state: State<'_, AppState>,
    request: ReconnectInput,
    passphrase: Option<Passphrase>,
) -> Result<Created> {
    let spec = staff::ReconnectSpec {
        name: request.name,
        from: request.from,
        add_scopes: vec![request.scopes],
        lifetime_secs: request.expires_in_days * 86_400,
    };
    let created =
        off_ui_thread(&state, passphrase, move |ctx| staff::reconnect(ctx, &spec)).await?;
    *lock(&state.ready()?.made) = Some(created.clone());
    Ok(created)
}

fn made(state: &AppState) -> Result<Created> {
    lock(&state.ready()?.made)
        .clone()
        .ok_or_else(|| Error::File {
            message: "No request was made in this window.".into(),
            details: None,
        })
}

/// Saves the request just made as a file where the person chooses (`None`: cancelled).
#[tauri::command]
pub async fn save_request_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>> {
    let created = made(&state)?;
    let file_name = created.file_name.clone();
    let path = received::save_as(app, "Save the request", file_name).await?;
    path.map(|path| {
        received::write(&path, &created.file_text)?;
        Ok(path.display().to_string())
    })
    .transpose()
}

/// Copies the request just made as a link (Rust copies it).
#[tauri::command]
pub fn copy_request_link(state: State<'_, AppState>) -> Result<()> {
    let link = made(&state)?.link;
    state.ready()?.clipboard.copy_text(&link)?;
    Ok(())
}

#[tauri::command]
pub async fn list_requests(
    state: State<'_, AppState>,
) -> Result<Vec<zcw_core::onboarding::pending::PendingView>> {
    off_ui_thread(&state, None, staff::list).await
}

#[tauri::command]
pub async fn cancel_request(
    state: State<'_, AppState>,
    name: String,
    passphrase: Option<Passphrase>,
) -> Result<()> {
    off_ui_thread(&state, passphrase, move |ctx| staff::cancel(ctx, &name)).await
}

/// Opens a reply (pasted text, or with `None` a file the person chooses; `None` back: they
/// cancelled), proves its sign-in at Zoho, and shows what it holds. Nothing is saved until the
/// staff confirm it ([`confirm_import`]).
#[tauri::command]
pub async fn open_reply(
    app: AppHandle,
    state: State<'_, AppState>,
    text: Option<String>,
    passphrase: Option<Passphrase>,
) -> Result<Option<staff_side::Preview>> {
    let text = match text {
        Some(text) => zeroize::Zeroizing::new(text),
        None => {
            let picked = received::pick(
                app,
                "Import a reply",
                "Encrypted reply",
                &["zcwreply", "txt", "age"],
            )
            .await?;
            match picked {
                Some(path) => received::read_limited(&path)?,
                None => return Ok(None),
            }
        }
    };
    let opened =
        off_ui_thread(&state, passphrase, move |ctx| staff::open_reply(ctx, &text)).await?;
    let ctx = Arc::clone(&state.ready()?.ctx);
    let proof = staff::prove(&ctx, &opened).await?;
    let preview = opened.preview(proof.as_ref());
    *lock(&state.ready()?.importing) = Some((opened, proof));
    Ok(Some(preview))
}

/// Saves the reply the staff confirmed (the one whose reply code they saw), once they confirmed
/// its account (and, for a reply to an expired request, that they expected it).
#[tauri::command]
pub async fn confirm_import(
    state: State<'_, AppState>,
    code: String,
    accept_late: bool,
) -> Result<Imported> {
    let ready = state.ready()?;
    let (opened, proof) = {
        let mut importing = lock(&ready.importing);
        let Some((opened, _)) = importing.as_ref() else {
            return Err(Error::NothingToImport);
        };
        if opened.code() != code {
            return Err(Error::NothingToImport);
        }
        opened.ensure_timely(accept_late)?;
        importing.take().ok_or(Error::NothingToImport)?
    };
    let mut imported = off_ui_thread(&state, None, move |ctx| {
        staff::save(ctx, opened, proof, accept_late)
    })
    .await?;
    // A reconnect replaced the sign-in the last check was made with.
    ready.health.forget(&imported.connection.name);
    let ctx = Arc::clone(&ready.ctx);
    staff::retire_earlier(&ctx, &mut imported).await;
    Ok(imported)
}

/// Drops the reply opened last without saving anything.
#[tauri::command]
pub fn discard_import(state: State<'_, AppState>) -> Result<()> {
    *lock(&state.ready()?.importing) = None;
    Ok(())
}

/// A Self Client imported, and the file it came from (by name; Rust keeps its path).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SelfClientSaved {
    saved: SavedSecret,
    file_name: Option<String>,
}

/// Checks, exchanges the code at once (it lives minutes), and saves.
async fn import_self_client(
    state: &AppState,
    name: String,
    dc: String,
    file: SelfClientFile,
    passphrase: Option<Passphrase>,
) -> Result<SavedSecret> {
    let prepared = off_ui_thread(state, passphrase, move |ctx| {
        self_client::prepare(ctx, &name, file, &dc)
    })
    .await?;
    let ctx = Arc::clone(&state.ready()?.ctx);
    let answer = self_client::exchange(&ctx, &prepared).await?;
    off_ui_thread(state, None, move |ctx| {
        self_client::save(ctx, prepared, answer)
    })
    .await
}

/// The self_client.json the person chooses (`None`: they cancelled).
#[tauri::command]
pub async fn import_self_client_file(
    app: AppHandle,
    state: State<'_, AppState>,
    name: String,
    dc: String,
    passphrase: Option<Passphrase>,
) -> Result<Option<SelfClientSaved>> {
    let picked = received::pick(
        app,
        "Choose self_client.json",
        "Self Client file",
        &["json"],
    )
    .await?;
    let Some(path) = picked else {
        return Ok(None);
    };
    let file =
        SelfClientFile::parse(&received::read_limited(&path)?).map_err(zcw_core::Error::from)?;
    let saved = import_self_client(&state, name, dc, file, passphrase).await?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    *lock(&state.ready()?.self_client_file) = Some(path);
    Ok(Some(SelfClientSaved { saved, file_name }))
}

/// What the console shows, typed or pasted instead of a file.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SelfClientValues {
    name: String,
    dc: String,
    client_id: String,
    scopes: String,
}

#[tauri::command]
pub async fn import_self_client_values(
    state: State<'_, AppState>,
    values: SelfClientValues,
    client_secret: ClientSecret,
    code: AuthorizationCode,
    passphrase: Option<Passphrase>,
) -> Result<Option<SelfClientSaved>> {
    let file =
        SelfClientFile::from_values(&values.client_id, client_secret, code, &[values.scopes])
            .map_err(zcw_core::Error::from)?;
    let saved = import_self_client(&state, values.name, values.dc, file, passphrase).await?;
    Ok(Some(SelfClientSaved {
        saved,
        file_name: None,
    }))
}

/// Deletes the self_client.json imported last (it holds the client secret in the clear).
#[tauri::command]
pub fn delete_self_client_file(state: State<'_, AppState>) -> Result<String> {
    let path = lock(&state.ready()?.self_client_file)
        .take()
        .ok_or_else(|| Error::File {
            message: "No Self Client file was imported in this window.".into(),
            details: None,
        })?;
    std::fs::remove_file(&path).map_err(|e| Error::File {
        message: format!("{} could not be deleted.", path.display()),
        details: Some(e.to_string()),
    })?;
    Ok(path.display().to_string())
}
