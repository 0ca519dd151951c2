//! The update commands: what the app knows of new versions, a look at the feed, installing the
//! offered version, and the automatic look's setting.

use tauri::{AppHandle, State};

use crate::error::Result;
use crate::state::AppState;
use crate::updates::{self, Looked, Offered, Status};

#[tauri::command]
pub fn update_status(state: State<'_, AppState>) -> Result<Status> {
    Ok(updates::status(&state.ready()?.ctx)?)
}

/// `automatic`: the look at start, which asks the feed only once a day and only when it is on.
#[tauri::command]
pub async fn check_for_update(
    state: State<'_, AppState>,
    offered: State<'_, Offered>,
    automatic: bool,
) -> Result<Looked> {
    Ok(updates::look(&state.ready()?.ctx, &offered, automatic).await?)
}

/// Installs the version the person was shown and starts the app again; on any failure nothing is
/// replaced and the error says so.
#[tauri::command]
pub async fn install_update(
    app: AppHandle,
    state: State<'_, AppState>,
    offered: State<'_, Offered>,
) -> Result<()> {
    Ok(updates::install(&app, &state.ready()?.ctx, &offered).await?)
}

#[tauri::command]
pub fn set_automatic_updates(state: State<'_, AppState>, on: bool) -> Result<Status> {
    let ctx = &state.ready()?.ctx;
    ctx.connections
        .change_updates(|updates| updates.automatic = on)?;
    Ok(updates::status(ctx)?)
}
