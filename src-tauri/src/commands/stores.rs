//! Where secrets are kept: the store's status, and choosing (or unlocking) this computer's
//! keychain, the encrypted file or the team store.

use serde::Serialize;
use tauri::State;
use zcw_core::connections::{StoreStatus, TeamCheck};
use zcw_core::rules::confirmed_passphrase;
use zcw_core::secret::{Passphrase, TeamToken};
use zcw_core::secret_store::Backend;
use zcw_core::team::settings::TeamInput;

use crate::error::Result;
use crate::state::AppState;

use super::off_ui_thread;

#[tauri::command]
pub async fn store_status(state: State<'_, AppState>) -> Result<StoreStatus> {
    off_ui_thread(&state, None, |ctx| ctx.connections.store_status()).await
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
