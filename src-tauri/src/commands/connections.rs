//! The saved connections: the list and each one's health, details, secret, name, removal,
//! disconnecting, and step 5's hand-over and clipboard.

use std::sync::Arc;

use serde::Serialize;
use tauri::State;
use zcw_core::api::check::{check, HealthView};
use zcw_core::clipboard::CopyReceipt;
use zcw_core::connection::{Connection, ConnectionView};
use zcw_core::connections::SavedSecret;
use zcw_core::hand_over::{secret_value, HandOver, SecretValue};
use zcw_core::oauth::disconnect::{disconnect, Disconnected, Forget, Revoke};
use zcw_core::secret::{ClientSecret, Passphrase};

use crate::error::Result;
use crate::state::AppState;

use super::off_ui_thread;

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
    notices: Vec<zcw_core::note::Note>,
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
