//! One sign-in, start to finish: [`SignIn::start`] binds the connection's loopback port and builds
//! Zoho's address; [`SignIn::finish`] waits for the browser (or an interrupt), exchanges the code
//! at once, stores the tokens and updates the connection, then shows the result in the browser.
//! [`SignInSlot`] holds the one sign-in a front end runs at a time across separate calls (start,
//! wait, cancel, paste), so starting again first releases the previous attempt's port.

use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;
use tokio::sync::oneshot;
use url::Url;

use super::accounts::AccountsServers;
use super::authorize::{AuthorizationRequest, PROFILE_SCOPE};
use super::listener::{parse_pasted, Arrival, Callback, Finisher, LoopbackListener};
use super::scopes::{default_scopes, ScopePreset, PRESETS};
use super::tokens::store_tokens;
use crate::clock;
use crate::connection::{Connection, SignedIn};
use crate::context::Context;
use crate::dc::DataCentre;
use crate::error::{Result, SignInError, ZohoError};
use crate::secret::ClientSecret;

/// How long the listener waits for the browser by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(300);

/// What ends a wait early.
#[derive(Debug)]
pub enum Interrupt {
    /// The user gave up.
    Cancel,
    /// The user pasted the address the browser ended on, already checked against this sign-in.
    Pasted(Callback),
}

/// What a UI offers before a sign-in: scope presets per product, the default scopes, and how long
/// the listener waits.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SignInChoices {
    pub presets: &'static [ScopePreset],
    pub default_scopes: Vec<String>,
    pub profile_scope: &'static str,
    pub timeout_secs: u64,
}

impl SignInChoices {
    pub fn get() -> Self {
        SignInChoices {
            presets: &PRESETS,
            default_scopes: default_scopes(),
            profile_scope: PROFILE_SCOPE,
            timeout_secs: DEFAULT_TIMEOUT.as_secs(),
        }
    }
}

/// What a finished sign-in tells the user.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Connected {
    pub connection: Connection,
    pub email: Option<String>,
    pub granted_scopes: Vec<String>,
    /// `(old, new)` DC ids when Zoho answered from another DC than the connection named.
    pub dc_changed: Option<(String, String)>,
    /// "Connected as {email} · {DC} · {scopes}".
    pub summary: String,
    /// Said when the DC changed.
    pub dc_note: Option<String>,
}

/// A sign-in whose listener is bound and whose address is known, before the browser opens.
#[derive(Debug)]
pub struct SignIn {
    listener: LoopbackListener,
    request: AuthorizationRequest,
    connection: Connection,
    scopes: Vec<String>,
}

impl SignIn {
    /// Binds the connection's loopback port and builds the authorization address.
    pub async fn start(ctx: &Context, name: &str, scopes: Vec<String>) -> Result<Self> {
        let connection = ctx.connections.get(name)?;
        let dc = DataCentre::by_id(&connection.dc)?;
        let listener = LoopbackListener::bind(connection.loopback_port).await?;
        let request = AuthorizationRequest::new(
            &ctx.config.accounts.for_dc(dc),
            &connection.client_id,
            &connection.loopback_uri,
            &scopes,
            connection.use_pkce,
        );
        Ok(SignIn {
            listener,
            request,
            connection,
            scopes,
        })
    }

    /// The address to open in the browser.
    pub fn url(&self) -> &Url {
        &self.request.url
    }

    /// Checks an address the user pasted against this sign-in, with the listener's rules.
    pub fn check_pasted(&self, address: &str) -> Result<Callback> {
        parse_pasted(address, &self.request.redirect_uri, &self.request.state)
    }

    /// Waits for Zoho's answer in the browser, or for `interrupt`, and completes the sign-in.
    pub async fn finish(
        self,
        ctx: &Context,
        timeout: Duration,
        interrupt: impl Future<Output = Interrupt>,
    ) -> Result<Connected> {
        // Read now rather than when the code arrives: the code lives a minute or two, and the
        // first keychain call also sets up its encrypted session.
        let secret = ctx.connections.client_secret(&self.connection.name)?;
        let SignIn {
            listener,
            request,
            connection,
            scopes,
        } = self;
        let (callback, finisher) = match listener.wait(&request.state, timeout, interrupt).await? {
            Arrival::Callback(callback, finisher) => (callback, Some(finisher)),
            Arrival::Interrupted(Interrupt::Pasted(callback)) => (callback, None),
            Arrival::Interrupted(Interrupt::Cancel) => return Err(SignInError::Cancelled.into()),
        };
        let result = exchange(ctx, &secret, &connection, &request, scopes, &callback).await;
        if let Some(finisher) = finisher {
            show_result(finisher, &result).await;
        }
        result
    }
}

/// The final page in the browser tab that brought the code.
async fn show_result(finisher: Finisher, result: &Result<Connected>) {
    match result {
        Ok(connected) => {
            let message = format!(
                "{}. You can close this window and go back to Zoho Credential Wizard.",
                connected.summary
            );
            finisher.finish(true, "Connected", &message).await;
        }
        Err(e) => {
            finisher
                .finish(false, "Not connected", &e.to_string())
                .await;
        }
    }
}

fn granted_scopes(answered: Option<&str>, asked: &[String]) -> Vec<String> {
    answered
        .map(|s| {
            s.split([',', ' '])
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_else(|| asked.to_vec())
}

async fn exchange(
    ctx: &Context,
    secret: &ClientSecret,
    connection: &Connection,
    request: &AuthorizationRequest,
    scopes: Vec<String>,
    callback: &Callback,
) -> Result<Connected> {
    let dc = DataCentre::by_id(&connection.dc)?;
    // The code goes only to a known accounts server: the one Zoho named, if trusted.
    let accounts = match &callback.accounts_server {
        Some(named) => ctx.config.accounts.trusted(named)?,
        None => ctx.config.accounts.for_dc(dc),
    };
    let endpoint = ctx.endpoint();
    let answer = endpoint
        .exchange_code(
            &accounts,
            &connection.client_id,
            secret,
            &request.redirect_uri,
            &callback.code,
            request.pkce_verifier.as_ref().map(|v| v.secret().as_str()),
        )
        .await?;
    if answer.refresh_token.is_none() {
        return Err(ZohoError::Unexpected {
            error: "no refresh token in the answer".into(),
        }
        .into());
    }
    let store = ctx.connections.store_of(connection)?;
    let granted = granted_scopes(answer.scope.as_deref(), &scopes);
    // Storing (keychain round trips) and asking Zoho who signed in run side by side.
    let storing = {
        let (name, answer) = (connection.name.clone(), answer.clone());
        tokio::task::spawn_blocking(move || {
            let api_domain = answer.api_domain.clone();
            store_tokens(store.as_ref(), &name, &answer, api_domain)
        })
    };
    let asking = async {
        if granted.iter().any(|s| s == PROFILE_SCOPE) {
            endpoint
                .user_info(&accounts, &answer.access_token)
                .await
                .ok()
                .and_then(|u| u.email)
        } else {
            None
        }
    };
    let (stored, email) = tokio::join!(storing, asking);
    let token = stored.map_err(|e| crate::error::StoreError::KeychainFailure {
        reason: e.to_string(),
    })??;
    let new_dc = callback
        .location
        .as_deref()
        .and_then(|l| DataCentre::by_id(l).ok())
        .or_else(|| AccountsServers::dc_of(&accounts))
        .map(|dc| dc.id.to_string());
    let dc_changed = new_dc
        .filter(|new| *new != connection.dc)
        .map(|new| (connection.dc.clone(), new));
    let now = clock::now();
    let updated = ctx.connections.update(&connection.name, |c| {
        if let Some((_, new)) = &dc_changed {
            c.dc.clone_from(new);
        }
        c.scopes.clone_from(&scopes);
        c.signed_in = Some(SignedIn {
            accounts_server: accounts.as_str().trim_end_matches('/').to_string(),
            api_domain: answer.api_domain.clone(),
            location: callback.location.clone(),
            email: email.clone(),
            granted_scopes: granted.clone(),
            connected_at: now,
            access_expires_at: token.expires_at,
            recent_refreshes: Vec::new(),
        });
        c.clone()
    })?;
    let who = email.as_deref().unwrap_or("your Zoho account");
    let summary = format!(
        "Connected as {who} · {} · {}",
        updated.dc.to_uppercase(),
        granted.join(", ")
    );
    let dc_note = dc_changed.as_ref().map(|(old, new)| {
        format!(
            "Zoho answered from the {} data centre, not {}; the connection now uses {}.",
            new.to_uppercase(),
            old.to_uppercase(),
            new.to_uppercase()
        )
    });
    Ok(Connected {
        connection: updated,
        email,
        granted_scopes: granted,
        dc_changed,
        summary,
        dc_note,
    })
}

/// Where a front end's sign-in stands.
#[derive(Debug, Default)]
enum Slot {
    #[default]
    Idle,
    /// Started: the port is bound and the address opened; nobody waits yet.
    Started(Box<SignIn>),
    /// Someone waits in [`SignInSlot::finish`].
    Waiting(Waiting),
}

#[derive(Debug)]
struct Waiting {
    /// Ends the wait.
    interrupt: oneshot::Sender<Interrupt>,
    /// Checks a pasted address against the attempt (its redirect URI and state).
    redirect_uri: String,
    state: String,
    /// Completes (is dropped) once the wait is over and the port released.
    ended: oneshot::Receiver<()>,
}

/// The one sign-in of a front end that drives it in separate calls (the app's commands).
#[derive(Debug, Default)]
pub struct SignInSlot {
    slot: Mutex<Slot>,
}

impl SignInSlot {
    fn take(&self) -> Slot {
        std::mem::take(
            &mut *self
                .slot
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    /// Starts a sign-in for `name`. One still in progress is cancelled first, and its port
    /// released, so the same port binds again.
    pub async fn start(&self, ctx: &Context, name: &str, scopes: Vec<String>) -> Result<Url> {
        self.stop().await;
        let sign_in = SignIn::start(ctx, name, scopes).await?;
        let url = sign_in.url().clone();
        *self
            .slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Slot::Started(Box::new(sign_in));
        Ok(url)
    }

    /// Waits for the sign-in started last and completes it.
    pub async fn finish(&self, ctx: &Context, timeout: Duration) -> Result<Connected> {
        let (interrupt_tx, interrupt_rx) = oneshot::channel();
        let (ended_tx, ended_rx) = oneshot::channel::<()>();
        let sign_in = {
            let mut slot = self
                .slot
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let Slot::Started(sign_in) = std::mem::take(&mut *slot) else {
                return Err(SignInError::NotStarted.into());
            };
            *slot = Slot::Waiting(Waiting {
                interrupt: interrupt_tx,
                redirect_uri: sign_in.request.redirect_uri.clone(),
                state: sign_in.request.state.clone(),
                ended: ended_rx,
            });
            sign_in
        };
        let interrupted = async { interrupt_rx.await.unwrap_or(Interrupt::Cancel) };
        let result = sign_in.finish(ctx, timeout, interrupted).await;
        drop(ended_tx);
        let mut slot = self
            .slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if matches!(&*slot, Slot::Waiting(w) if w.interrupt.is_closed()) {
            *slot = Slot::Idle;
        }
        result
    }

    /// Cancels the sign-in in progress, if any.
    pub fn cancel(&self) {
        match self.take() {
            Slot::Waiting(waiting) => {
                let _ = waiting.interrupt.send(Interrupt::Cancel);
            }
            Slot::Started(_) | Slot::Idle => {}
        }
    }

    /// Completes the sign-in in progress with the address the browser ended on. An address that
    /// does not belong to it is refused, and the wait goes on.
    pub fn paste(&self, address: &str) -> Result<()> {
        let mut slot = self
            .slot
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Slot::Waiting(waiting) = &*slot else {
            return Err(SignInError::NotStarted.into());
        };
        let callback = parse_pasted(address, &waiting.redirect_uri, &waiting.state)?;
        if let Slot::Waiting(waiting) = std::mem::take(&mut *slot) {
            let _ = waiting.interrupt.send(Interrupt::Pasted(callback));
        }
        Ok(())
    }

    /// Ends whatever is in progress and waits until its port is free.
    async fn stop(&self) {
        match self.take() {
            Slot::Waiting(waiting) => {
                let _ = waiting.interrupt.send(Interrupt::Cancel);
                let _ = waiting.ended.await;
            }
            // Dropping it closes its sockets.
            Slot::Started(sign_in) => drop(sign_in),
            Slot::Idle => {}
        }
    }
}

#[cfg(test)]
mod tests;
