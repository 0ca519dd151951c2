//! Step 4's sign-in: start it, wait for Zoho's answer, cancel it, take a pasted address, and
//! answer the question about another account.

use serde::Serialize;
use tauri::{AppHandle, State};
use zcw_core::oauth::scopes::{default_scopes, normalise};
use zcw_core::oauth::sign_in::{
    AccountChange, Connected, Finished, SignInChoices, SignInOptions, DEFAULT_TIMEOUT,
};

use crate::error::Result;
use crate::state::AppState;

use super::wizard::open_url;

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
    likely_causes: Vec<zcw_core::cause::Cause>,
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
