//! The commands the webview may call. Each forwards to zcw-core; anything that may wait on the
//! keychain or on encryption runs off the UI thread.

pub mod connections;
pub mod language;
pub mod onboarding;
pub mod sign_in;
pub mod stores;
pub mod updates;
pub mod wizard;

use std::sync::Arc;

use serde::Serialize;
use tauri::State;
use zcw_core::doctor::Report;
use zcw_core::secret::Passphrase;
use zcw_core::Context;

use crate::error::{Error, Result};
use crate::state::AppState;

/// Runs blocking core work (keychain calls, scrypt) on a worker thread, after unlocking the
/// encrypted file with a passphrase the user just entered, if any.
pub(crate) async fn off_ui_thread<T: Send + 'static>(
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
