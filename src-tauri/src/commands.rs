//! The commands the webview may call. Each is a thin wrapper over zcw-core; anything that may wait
//! on the keychain or on encryption runs off the UI thread.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
use zcw_core::browser::browser_override;
use zcw_core::connections::{Connections, NewConnection, SavedSecret, StoreStatus};
use zcw_core::draft::Draft;
use zcw_core::oauth::authorize::PROFILE_SCOPE;
use zcw_core::oauth::login::{Connected, PendingLogin, DEFAULT_TIMEOUT};
use zcw_core::oauth::scopes::{default_scopes, normalise, ScopePreset, PRESETS};
use zcw_core::profile::Profile;
use zcw_core::registration::{Preview, CATALYST_FUNCTIONS};
use zcw_core::secret::{ClientSecret, Passphrase};
use zcw_core::secret_store::Backend;
use zcw_core::{DataCentre, Problem, Template, WizardInput, DATA_CENTRES};

use crate::error::{Error, Result};
use crate::state::AppState;

/// What the first step offers, so the webview hard-codes no Zoho facts.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WizardOptions {
    data_centres: &'static [DataCentre],
    templates: Vec<TemplateOption>,
    catalyst_functions: Vec<FunctionOption>,
    defaults: WizardInput,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateOption {
    id: Template,
    suggested_client_name: &'static str,
}

#[derive(Serialize)]
pub struct FunctionOption {
    name: &'static str,
    edition: &'static str,
}

/// The saved draft, and a notice when an unreadable one was set aside.
#[derive(Serialize)]
pub struct DraftLoad {
    draft: Option<Draft>,
    notice: Option<String>,
}

/// Runs blocking core work (keychain calls, scrypt) on a worker thread.
async fn off_ui_thread<T: Send + 'static>(
    work: impl FnOnce() -> zcw_core::Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| Error::Worker(e.to_string()))?
        .map_err(Error::from)
}

/// Runs a connections operation that may need the file store's passphrase, remembering a
/// passphrase that worked and forgetting one that did not.
async fn with_connections<T: Send + 'static>(
    state: &AppState,
    entered: Option<Passphrase>,
    work: impl FnOnce(&Connections, Option<&Passphrase>) -> zcw_core::Result<T> + Send + 'static,
) -> Result<T> {
    let connections = Arc::clone(&state.connections);
    let passphrase = state.passphrase(entered);
    let result = off_ui_thread(move || work(&connections, passphrase.as_ref())).await;
    if matches!(
        result,
        Err(Error::Core(zcw_core::Error::FileStoreWrongPassphrase))
    ) {
        state.forget_passphrase();
    }
    result
}

#[tauri::command]
pub fn wizard_options() -> WizardOptions {
    WizardOptions {
        data_centres: &DATA_CENTRES,
        templates: Template::ALL
            .map(|id| TemplateOption {
                id,
                suggested_client_name: id.suggested_client_name(),
            })
            .into(),
        catalyst_functions: CATALYST_FUNCTIONS
            .map(|(name, edition)| FunctionOption { name, edition })
            .into(),
        defaults: WizardInput::default(),
    }
}

#[tauri::command]
pub fn preview_registration(input: WizardInput) -> Preview {
    input.preview()
}

#[tauri::command]
pub fn load_draft(state: State<'_, AppState>) -> Result<DraftLoad> {
    match state.drafts.load() {
        Ok(draft) => Ok(DraftLoad {
            draft,
            notice: None,
        }),
        Err(e @ zcw_core::Error::DraftCorrupt { .. }) => Ok(DraftLoad {
            draft: None,
            notice: Some(e.to_string()),
        }),
        Err(e) => Err(e.into()),
    }
}

#[tauri::command]
pub fn save_draft(state: State<'_, AppState>, draft: Draft) -> Result<()> {
    Ok(state.drafts.save(&draft)?)
}

#[tauri::command]
pub fn clear_draft(state: State<'_, AppState>) -> Result<()> {
    Ok(state.drafts.clear()?)
}

/// Opens the DC's API console in the system browser and returns the address opened. The webview
/// names only the DC; the address comes from the core's table.
#[tauri::command]
pub fn open_console(app: AppHandle, dc: String) -> Result<String> {
    let url = DataCentre::by_id(&dc)?.checked_console_url()?;
    app.opener()
        .open_url(url.as_str(), browser_override())
        .map_err(|e| zcw_core::Error::BrowserLaunch {
            url: url.to_string(),
            reason: e.to_string(),
        })?;
    Ok(url.to_string())
}

#[tauri::command]
pub async fn store_status(state: State<'_, AppState>) -> Result<StoreStatus> {
    with_connections(&state, None, |c, _| c.store_status()).await
}

#[tauri::command]
pub async fn suggest_connection_name(
    state: State<'_, AppState>,
    client_name: String,
) -> Result<String> {
    with_connections(&state, None, move |c, _| c.suggest_name(&client_name)).await
}

/// Step 3's inputs apart from the secret.
#[derive(Deserialize)]
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

#[derive(Serialize)]
pub struct Checked {
    problems: Vec<Problem>,
    warnings: Vec<String>,
}

/// Checks step 3's name and client ID as they are typed (the secret is checked on save).
#[tauri::command]
pub async fn check_connection(
    state: State<'_, AppState>,
    connection: ConnectionInput,
) -> Result<Checked> {
    with_connections(&state, None, move |c, _| {
        let checked = c.check_new(&connection.into(), None);
        Ok(Checked {
            problems: checked.problems.iter().map(|e| e.to_problem()).collect(),
            warnings: checked.warnings,
        })
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
    let saved = with_connections(&state, passphrase, move |c, p| {
        c.add(&connection.into(), &client_secret, p)
    })
    .await?;
    state.drafts.clear()?;
    Ok(saved)
}

/// Makes the encrypted file store the place for new secrets (the user chose it explicitly).
#[tauri::command]
pub async fn use_file_store(
    state: State<'_, AppState>,
    passphrase: Passphrase,
    confirmation: Option<Passphrase>,
) -> Result<StoreStatus> {
    if confirmation.is_some_and(|c| c != passphrase) {
        return Err(zcw_core::Error::PassphraseMismatch.into());
    }
    with_connections(&state, Some(passphrase), |c, p| {
        c.use_store(Backend::EncryptedFile, p)?;
        c.store_status()
    })
    .await
}

#[tauri::command]
pub async fn use_keychain(state: State<'_, AppState>) -> Result<StoreStatus> {
    with_connections(&state, None, |c, _| {
        c.use_store(Backend::Keychain, None)?;
        c.store_status()
    })
    .await
}

/// A profile with its status, as lists show it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionSummary {
    #[serde(flatten)]
    profile: Profile,
    status: &'static str,
    secret_store_description: &'static str,
}

impl From<Profile> for ConnectionSummary {
    fn from(profile: Profile) -> Self {
        ConnectionSummary {
            status: profile.status(),
            secret_store_description: profile.secret_store.describe(),
            profile,
        }
    }
}

#[tauri::command]
pub async fn list_connections(state: State<'_, AppState>) -> Result<Vec<ConnectionSummary>> {
    with_connections(&state, None, |c, _| {
        Ok(c.list()?.into_iter().map(Into::into).collect())
    })
    .await
}

#[tauri::command]
pub async fn get_connection(state: State<'_, AppState>, name: String) -> Result<ConnectionSummary> {
    with_connections(&state, None, move |c, _| c.get(&name).map(Into::into)).await
}

#[tauri::command]
pub async fn replace_secret(
    state: State<'_, AppState>,
    name: String,
    client_secret: ClientSecret,
    passphrase: Option<Passphrase>,
) -> Result<SavedSecret> {
    with_connections(&state, passphrase, move |c, p| {
        c.set_secret(&name, &client_secret, p)
    })
    .await
}

#[tauri::command]
pub async fn rename_connection(
    state: State<'_, AppState>,
    name: String,
    new_name: String,
    passphrase: Option<Passphrase>,
) -> Result<Profile> {
    with_connections(&state, passphrase, move |c, p| {
        c.rename(&name, &new_name, p)
    })
    .await
}

#[tauri::command]
pub async fn remove_connection(
    state: State<'_, AppState>,
    name: String,
    passphrase: Option<Passphrase>,
) -> Result<()> {
    with_connections(&state, passphrase, move |c, p| c.remove(&name, p)).await
}

/// What step 4 offers: scope presets per product and the default scopes.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoginOptions {
    presets: &'static [ScopePreset],
    default_scopes: Vec<String>,
    profile_scope: &'static str,
    timeout_secs: u64,
}

#[tauri::command]
pub fn login_options() -> LoginOptions {
    LoginOptions {
        presets: &PRESETS,
        default_scopes: default_scopes(),
        profile_scope: PROFILE_SCOPE,
        timeout_secs: DEFAULT_TIMEOUT.as_secs(),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StartedLogin {
    url: String,
    /// Why the browser did not open, when it did not (the URL is shown either way).
    open_error: Option<String>,
}

/// Binds the connection's loopback port and opens Zoho's sign-in page in the system browser.
#[tauri::command]
pub async fn start_login(
    app: AppHandle,
    state: State<'_, AppState>,
    name: String,
    scopes: Vec<String>,
    use_pkce: bool,
) -> Result<StartedLogin> {
    let scopes = match normalise(&scopes) {
        s if s.is_empty() => default_scopes(),
        s => s,
    };
    // A previous attempt still waiting is replaced: its listener closes.
    state.interrupt_login(None);
    let connections = Arc::clone(&state.connections);
    let pkce_name = name.clone();
    off_ui_thread(move || connections.update_profile(&pkce_name, |p| p.use_pkce = use_pkce))
        .await?;
    let pending = PendingLogin::start(&state.connections, &name, scopes).await?;
    let url = pending.url().to_string();
    *state.pending_login.lock().await = Some(pending);
    let open_error = app
        .opener()
        .open_url(url.as_str(), browser_override())
        .err()
        .map(|e| e.to_string());
    Ok(StartedLogin { url, open_error })
}

/// Waits for the sign-in started last, exchanges the code and stores the tokens.
#[tauri::command]
pub async fn finish_login(state: State<'_, AppState>) -> Result<Connected> {
    let pending = state
        .pending_login
        .lock()
        .await
        .take()
        .ok_or(zcw_core::Error::LoginCancelled)?;
    let (tx, rx) = tokio::sync::oneshot::channel();
    *state
        .login_interrupt
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(tx);
    let passphrase = state.passphrase(None);
    let connections = Arc::clone(&state.connections);
    let interrupt = async move { rx.await.ok().flatten() };
    Ok(pending
        .finish(
            &connections,
            passphrase.as_ref(),
            DEFAULT_TIMEOUT,
            interrupt,
        )
        .await?)
}

/// Stops waiting for the browser.
#[tauri::command]
pub fn cancel_login(state: State<'_, AppState>) {
    state.interrupt_login(None);
}

/// Completes the sign-in with the address the browser ended on, pasted by the user.
#[tauri::command]
pub fn paste_redirect(state: State<'_, AppState>, address: String) {
    state.interrupt_login(Some(address));
}
