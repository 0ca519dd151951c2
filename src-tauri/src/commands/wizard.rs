//! The wizard's commands: its options and preview, the draft, the API console, and step 3's
//! check and save of a new connection.

use serde::Deserialize;
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;
use zcw_core::connections::{CheckReport, NewConnection, SavedSecret};
use zcw_core::draft::{Draft, Resumed};
use zcw_core::error::BrowserError;
use zcw_core::registration::{Preview, WizardOptions};
use zcw_core::secret::{ClientSecret, Passphrase};
use zcw_core::{DataCentre, WizardInput};

use crate::error::Result;
use crate::state::AppState;

use super::off_ui_thread;

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
pub(super) fn open_url(
    app: &AppHandle,
    state: &AppState,
    url: &str,
) -> std::result::Result<(), String> {
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
