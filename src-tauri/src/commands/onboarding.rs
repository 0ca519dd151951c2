//! Working with a customer: answering a request (the admin's side), making requests and
//! importing replies (the staff's side), and the Self Client.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use zcw_core::connection::Connection;
use zcw_core::connections::SavedSecret;
use zcw_core::onboarding::request::{RequestSpec, FILE_EXTENSION};
use zcw_core::onboarding::self_client::{self, SelfClientFile};
use zcw_core::onboarding::staff::{self as staff_side, Created, Imported};
use zcw_core::onboarding::{admin, staff};
use zcw_core::secret::{AuthorizationCode, ClientSecret, Passphrase};
use zcw_core::{DataCentre, WizardInput};

use crate::error::{Error, Result};
use crate::received::{self, Inbox};
use crate::state::{lock, AppState, Offered};

use super::off_ui_thread;

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
        "dialog-choose-request",
        "dialog-request-files",
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
    with_sign_in: bool,
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
            with_sign_in: sealed.with_sign_in,
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
    let path = received::save_as(app, "dialog-save-reply", file_name).await?;
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
        .ok_or(Error::NoRequestMade)
}

/// Saves the request just made as a file where the person chooses (`None`: cancelled).
#[tauri::command]
pub async fn save_request_file(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<String>> {
    let created = made(&state)?;
    let file_name = created.file_name.clone();
    let path = received::save_as(app, "dialog-save-request", file_name).await?;
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
                "dialog-choose-reply",
                "dialog-reply-files",
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
        "dialog-choose-self-client",
        "dialog-self-client-files",
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
        .ok_or(Error::NoSelfClientFile)?;
    std::fs::remove_file(&path).map_err(|e| Error::CannotDelete {
        path: path.display().to_string(),
        details: Some(e.to_string()),
    })?;
    Ok(path.display().to_string())
}
