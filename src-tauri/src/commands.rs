//! The commands the webview may call. Each forwards to zcw-core; anything that may wait on the
//! keychain or on encryption runs off the UI thread.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
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
use zcw_core::registration::{Preview, WizardOptions};
use zcw_core::rules::confirmed_passphrase;
use zcw_core::secret::{ClientSecret, Passphrase, TeamToken};
use zcw_core::secret_store::Backend;
use zcw_core::team::settings::TeamInput;
use zcw_core::{Context, DataCentre, WizardInput};

use crate::error::{Error, Result};
use crate::state::AppState;

/// Runs blocking core work (keychain calls, scrypt) on a worker thread, after unlocking the
/// encrypted file store with a passphrase the user just entered, if any.
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
    .map_err(|e| Error::Worker(e.to_string()))?
    .map_err(Error::from)
}

/// The app's name and version, for the About line (the same version `zcw --version` prints).
#[derive(Serialize)]
pub struct AppInfo {
    name: &'static str,
    version: &'static str,
}

#[tauri::command]
pub fn app_info() -> AppInfo {
    AppInfo {
        name: "Zoho Credential Wizard",
        version: env!("CARGO_PKG_VERSION"),
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

/// Makes the encrypted file store the place for new secrets (the user chose it explicitly).
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
                "The team store's connections are not shown: {}",
                problem.message
            );
            problem
        });
        let damaged = overview
            .damaged
            .iter()
            .map(|d| crate::error::problem(&d.problem));
        Ok(ConnectionList {
            connections: overview.connections.into_iter().map(Into::into).collect(),
            problems: unreadable.chain(damaged).collect(),
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
    notices: Vec<String>,
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
