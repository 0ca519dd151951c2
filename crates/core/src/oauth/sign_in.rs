//! One sign-in, start to finish: [`SignIn::start`] binds the connection's loopback port and builds
//! Zoho's address; [`SignIn::finish`] waits for the browser (or an interrupt), exchanges the code
//! at once, checks who signed in, stores the tokens and updates the connection, then shows the
//! result in the browser. [`SignInSlot`] holds the one sign-in a front end runs at a time across
//! separate calls (start, wait, cancel, paste, confirm), so starting again first releases the
//! previous attempt's port.

use std::future::Future;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use serde::Serialize;
use tokio::sync::oneshot;
use url::Url;

use super::accounts::AccountsServers;
use super::authorize::{AuthorizationRequest, PROFILE_SCOPE};
use super::listener::{parse_pasted, Arrival, Callback, Finisher, LoopbackListener};
use super::scopes::{default_scopes, ScopePreset, PRESETS};
use super::token_endpoint::TokenResponse;
use super::tokens::keep_sign_in;
use crate::cause::Cause;
use crate::clock;
use crate::connection::{Connection, SignedIn};
use crate::context::Context;
use crate::dc::DataCentre;
use crate::error::{InputError, KeychainError, Result, SignInError, ZohoError};
use crate::secret::ClientSecret;

/// How long the listener waits for the browser by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(300);

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

/// What to do when someone other than the connection's last account signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountChange {
    /// Keep the new account's tokens.
    Allow,
    /// Fail, and revoke the new tokens (the CLI without `--allow-account-change`).
    Refuse,
    /// Hold the tokens until the user answers (the app).
    Ask,
}

/// The choices of one sign-in attempt. Nothing here is saved with the connection.
#[derive(Debug, Clone)]
pub struct SignInOptions {
    pub scopes: Vec<String>,
    /// PKCE on the authorization request; off only for a client that Zoho refuses it for.
    pub use_pkce: bool,
    pub on_account_change: AccountChange,
}

impl SignInOptions {
    pub fn new(scopes: Vec<String>) -> Self {
        SignInOptions {
            scopes,
            use_pkce: true,
            on_account_change: AccountChange::Refuse,
        }
    }
}

/// What ends a wait early.
#[derive(Debug)]
pub enum Interrupt {
    /// The user gave up.
    Cancel,
    /// The user pasted the address the browser ended on, already checked against this sign-in.
    Pasted(Callback),
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

/// A sign-in that reached Zoho's answer, as the app shows it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase", tag = "outcome")]
pub enum Finished {
    Connected(Box<Connected>),
    /// Someone else signed in; the tokens wait for [`SignInSlot::confirm`].
    AccountChanged {
        previous: String,
        now: String,
        question: String,
    },
}

/// A sign-in whose listener is bound and whose address is known, before the browser opens.
#[derive(Debug)]
pub struct SignIn {
    listener: LoopbackListener,
    request: AuthorizationRequest,
    connection: Connection,
    options: SignInOptions,
}

impl SignIn {
    /// Binds the connection's loopback port and builds the authorization address.
    pub async fn start(ctx: &Context, name: &str, options: SignInOptions) -> Result<Self> {
        let connection = ctx.connections.get(name)?;
        let dc = DataCentre::by_id(&connection.dc)?;
        let listener = LoopbackListener::bind(connection.loopback_port).await?;
        // Built from the port the listener holds, never taken from a saved record.
        let request = AuthorizationRequest::new(
            &ctx.config.accounts.for_dc(dc),
            &connection.client_id,
            &crate::registration::loopback_uri(connection.loopback_port),
            &options.scopes,
            options.use_pkce,
        );
        Ok(SignIn {
            listener,
            request,
            connection,
            options,
        })
    }

    /// The address to open in the browser.
    pub fn url(&self) -> &Url {
        &self.request.url
    }

    /// Why Zoho may never send the browser back, most likely first, each with its fix.
    pub fn likely_causes(&self) -> Vec<Cause> {
        likely_causes(&self.connection)
    }

    /// Waits for Zoho's answer in the browser, or for `interrupt`, and completes the sign-in.
    /// With [`AccountChange::Ask`] the answer may be [`Finished::AccountChanged`]; use
    /// [`SignInSlot`] for that, which keeps the tokens until the user decides.
    pub async fn finish(
        self,
        ctx: &Context,
        timeout: Duration,
        interrupt: impl Future<Output = Interrupt>,
    ) -> Result<Connected> {
        match self.finish_or_ask(ctx, timeout, interrupt).await? {
            Reached::Connected(connected) => Ok(*connected),
            Reached::AccountChanged(unconfirmed) => Ok(unconfirmed.keep(ctx).await?),
        }
    }

    async fn finish_or_ask(
        self,
        ctx: &Context,
        timeout: Duration,
        interrupt: impl Future<Output = Interrupt>,
    ) -> Result<Reached> {
        // Read now rather than when the code arrives: the code lives a minute or two, and the
        // first keychain call also sets up its encrypted session.
        let secret = ctx.connections.client_secret(&self.connection.name)?;
        let SignIn {
            listener,
            request,
            connection,
            options,
        } = self;
        let arrival = listener
            .wait(&request.state, timeout, interrupt)
            .await
            .map_err(|e| match e {
                crate::Error::SignIn(SignInError::TimedOut { seconds, .. }) => {
                    SignInError::TimedOut {
                        seconds,
                        causes: likely_causes(&connection),
                    }
                    .into()
                }
                other => other,
            })?;
        let (callback, finisher) = match arrival {
            Arrival::Callback(callback, finisher) => (callback, Some(finisher)),
            Arrival::Interrupted(Interrupt::Pasted(callback)) => (callback, None),
            Arrival::Interrupted(Interrupt::Cancel) => return Err(SignInError::Cancelled.into()),
        };
        let attempt = Attempt {
            ctx,
            secret: &secret,
            connection: &connection,
            request: &request,
            options: &options,
        };
        let result = attempt.complete(&callback).await;
        if let Some(finisher) = finisher {
            show_result(finisher, &result).await;
        }
        result
    }
}

/// The likely causes of a sign-in that never comes back, for this connection.
fn likely_causes(connection: &Connection) -> Vec<Cause> {
    let console = DataCentre::by_id(&connection.dc)
        .map(|dc| format!("{} ({})", dc.id.to_uppercase(), dc.console_url))
        .unwrap_or_else(|_| connection.dc.clone());
    vec![
        Cause::RedirectUri {
            uri: crate::registration::loopback_uri(connection.loopback_port),
        },
        Cause::OtherDataCentre { console },
        Cause::OtherComputer,
    ]
}

/// Where an attempt got to once Zoho answered.
enum Reached {
    Connected(Box<Connected>),
    AccountChanged(Box<Unconfirmed>),
}

/// The final page in the browser tab that brought the code.
async fn show_result(finisher: Finisher, result: &Result<Reached>) {
    match result {
        Ok(Reached::Connected(connected)) => {
            let message = format!(
                "{}. You can close this window and go back to Zoho Credential Wizard.",
                connected.summary
            );
            finisher.finish(true, "Connected", &message).await;
        }
        Ok(Reached::AccountChanged(unconfirmed)) => {
            let message = format!(
                "{} Go back to Zoho Credential Wizard to answer.",
                unconfirmed.question()
            );
            finisher.finish(true, "One more question", &message).await;
        }
        Err(e) => {
            finisher
                .finish(false, "Not connected", &e.to_string())
                .await;
        }
    }
}

/// The scopes Zoho says it granted (comma- or space-separated), or those asked for.
pub(crate) fn granted_scopes(answered: Option<&str>, asked: &[String]) -> Vec<String> {
    answered
        .map(|s| {
            s.split([',', ' '])
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_else(|| asked.to_vec())
}

/// What completing a sign-in needs besides Zoho's answer.
struct Attempt<'a> {
    ctx: &'a Context,
    secret: &'a ClientSecret,
    connection: &'a Connection,
    request: &'a AuthorizationRequest,
    options: &'a SignInOptions,
}

/// Tokens Zoho issued, not stored yet.
#[derive(Debug)]
struct Received {
    accounts: Url,
    answer: TokenResponse,
    granted: Vec<String>,
    scopes: Vec<String>,
    location: Option<String>,
}

impl Attempt<'_> {
    async fn complete(&self, callback: &Callback) -> Result<Reached> {
        let received = self.exchange(callback).await?;
        let asks_who = received.granted.iter().any(|s| s == PROFILE_SCOPE);
        let previous = self
            .connection
            .signed_in
            .as_ref()
            .and_then(|s| s.email.clone());
        let endpoint = self.ctx.endpoint();
        let previous = match previous {
            Some(previous) if asks_who => previous,
            // Nobody to compare with: storing and asking Zoho who signed in run side by side.
            _ => {
                let email = async {
                    if !asks_who {
                        return None;
                    }
                    let token = &received.answer.access_token;
                    endpoint
                        .user_info(&received.accounts, token)
                        .await
                        .ok()
                        .and_then(|u| u.email)
                };
                let connected = keep(self.ctx, self.connection, &received, email).await?;
                return Ok(Reached::Connected(Box::new(connected)));
            }
        };
        let now = endpoint
            .user_info(&received.accounts, &received.answer.access_token)
            .await
            .ok()
            .and_then(|u| u.email);
        let changed = now
            .as_deref()
            .filter(|now| !now.eq_ignore_ascii_case(&previous))
            .map(str::to_string);
        match (changed, self.options.on_account_change) {
            (Some(now), AccountChange::Ask) => Ok(Reached::AccountChanged(Box::new(Unconfirmed {
                connection: self.connection.clone(),
                received,
                previous,
                now,
            }))),
            (Some(now), AccountChange::Refuse) => {
                discard(self.ctx, &received).await;
                Err(InputError::AccountChanged { previous, now }.into())
            }
            (None, _) | (Some(_), AccountChange::Allow) => {
                let connected = keep(self.ctx, self.connection, &received, async { now }).await?;
                Ok(Reached::Connected(Box::new(connected)))
            }
        }
    }

    /// Sends the code to a trusted accounts server and reads the tokens.
    async fn exchange(&self, callback: &Callback) -> Result<Received> {
        let dc = DataCentre::by_id(&self.connection.dc)?;
        // The code goes only to a known accounts server: the one Zoho named, if trusted.
        let accounts = match &callback.accounts_server {
            Some(named) => self.ctx.config.accounts.trusted(named)?,
            None => self.ctx.config.accounts.for_dc(dc),
        };
        let answer = self
            .ctx
            .endpoint()
            .exchange_code(
                &accounts,
                &self.connection.client_id,
                self.secret,
                &self.request.redirect_uri,
                &callback.code,
                self.request
                    .pkce_verifier
                    .as_ref()
                    .map(|v| v.secret().as_str()),
            )
            .await?;
        if answer.refresh_token.is_none() {
            return Err(ZohoError::Unexpected {
                error: "no refresh token in the answer".into(),
            }
            .into());
        }
        Ok(Received {
            granted: granted_scopes(answer.scope.as_deref(), &self.options.scopes),
            scopes: self.options.scopes.clone(),
            location: callback.location.clone(),
            accounts,
            answer,
        })
    }
}

/// Revokes tokens nobody will use, so they do not count against Zoho's 20 per user. Best effort:
/// they lapse on their own if Zoho cannot be reached now.
async fn discard(ctx: &Context, received: &Received) {
    if let Some(refresh) = &received.answer.refresh_token {
        let _ = ctx.endpoint().revoke(&received.accounts, refresh).await;
    }
}

/// Stores the tokens and records the sign-in with the connection. `email` is who signed in,
/// asked for while the tokens are written.
async fn keep(
    ctx: &Context,
    connection: &Connection,
    received: &Received,
    email: impl Future<Output = Option<String>>,
) -> Result<Connected> {
    let (current, home) = ctx.connections.locate(&connection.name)?;
    let storing = {
        let answer = received.answer.clone();
        tokio::task::spawn_blocking(move || {
            keep_sign_in(home.as_ref(), &current, &answer, false, false).map(|kept| kept.token)
        })
    };
    let (stored, email) = tokio::join!(storing, email);
    let token = stored.map_err(|e| KeychainError::Failure {
        reason: e.to_string(),
    })??;
    let new_dc = received
        .location
        .as_deref()
        .and_then(|l| DataCentre::by_id(l).ok())
        .or_else(|| AccountsServers::dc_of(&received.accounts))
        .map(|dc| dc.id.to_string());
    let dc_changed = new_dc
        .filter(|new| *new != connection.dc)
        .map(|new| (connection.dc.clone(), new));
    let now = clock::now();
    let updated = ctx.connections.update(&connection.name, |c| {
        if let Some((_, new)) = &dc_changed {
            c.dc.clone_from(new);
        }
        c.scopes.clone_from(&received.scopes);
        c.signed_in = Some(SignedIn {
            accounts_server: received.accounts.as_str().trim_end_matches('/').to_string(),
            api_domain: received.answer.api_domain.clone(),
            location: received.location.clone(),
            email: email.clone(),
            granted_scopes: received.granted.clone(),
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
        received.granted.join(", ")
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
        granted_scopes: received.granted.clone(),
        dc_changed,
        summary,
        dc_note,
    })
}

/// Tokens of an account other than the connection's last one, held until the user answers.
#[derive(Debug)]
pub struct Unconfirmed {
    connection: Connection,
    received: Received,
    pub previous: String,
    pub now: String,
}

impl Unconfirmed {
    /// "Signed in as b@example.com; this connection was a@example.com. Keep?"
    pub fn question(&self) -> String {
        format!(
            "Signed in as {}; this connection was {}. Keep?",
            self.now, self.previous
        )
    }

    /// Stores the new account's tokens.
    pub async fn keep(self, ctx: &Context) -> Result<Connected> {
        let now = Some(self.now.clone());
        keep(ctx, &self.connection, &self.received, async { now }).await
    }

    /// Revokes the new account's tokens; the connection keeps its previous sign-in.
    pub async fn discard(self, ctx: &Context) {
        discard(ctx, &self.received).await;
    }
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
    /// Zoho answered for another account; the tokens wait for [`SignInSlot::confirm`].
    Confirming(Box<Unconfirmed>),
}

#[derive(Debug)]
struct Waiting {
    /// Which attempt this is, so a finishing attempt never clears a newer one.
    attempt: u64,
    /// Ends the wait; taken by the first cancel or paste.
    interrupt: Option<oneshot::Sender<Interrupt>>,
    /// Checks a pasted address against the attempt (its redirect URI and state).
    redirect_uri: String,
    state: String,
    /// Completes (its sender is dropped) once the wait is over and the port released.
    ended: oneshot::Receiver<()>,
}

/// The one sign-in of a front end that drives it in separate calls (the app's commands).
#[derive(Debug, Default)]
pub struct SignInSlot {
    slot: Mutex<Slot>,
    attempts: std::sync::atomic::AtomicU64,
}

impl SignInSlot {
    fn lock(&self) -> std::sync::MutexGuard<'_, Slot> {
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts a sign-in for `name`. One still in progress is cancelled first, and its port
    /// released, so the same port binds again. Returns the address and the likely causes to show
    /// if nothing comes back.
    pub async fn start(
        &self,
        ctx: &Context,
        name: &str,
        options: SignInOptions,
    ) -> Result<(Url, Vec<Cause>)> {
        self.stop(ctx).await;
        let sign_in = SignIn::start(ctx, name, options).await?;
        let started = (sign_in.url().clone(), sign_in.likely_causes());
        *self.lock() = Slot::Started(Box::new(sign_in));
        Ok(started)
    }

    /// Waits for the sign-in started last and completes it, or holds its tokens and asks.
    pub async fn finish(&self, ctx: &Context, timeout: Duration) -> Result<Finished> {
        let (interrupt_tx, interrupt_rx) = oneshot::channel();
        let (ended_tx, ended_rx) = oneshot::channel::<()>();
        let attempt = self
            .attempts
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let sign_in = {
            let mut slot = self.lock();
            let Slot::Started(sign_in) = std::mem::take(&mut *slot) else {
                return Err(SignInError::NotStarted.into());
            };
            *slot = Slot::Waiting(Waiting {
                attempt,
                interrupt: Some(interrupt_tx),
                redirect_uri: sign_in.request.redirect_uri.clone(),
                state: sign_in.request.state.clone(),
                ended: ended_rx,
            });
            sign_in
        };
        let interrupted = async { interrupt_rx.await.unwrap_or(Interrupt::Cancel) };
        let result = sign_in.finish_or_ask(ctx, timeout, interrupted).await;
        drop(ended_tx);
        // Settle the slot without holding its lock across an await.
        let orphaned = {
            let mut slot = self.lock();
            let ours = matches!(&*slot, Slot::Waiting(w) if w.attempt == attempt);
            match (result, ours) {
                (Ok(Reached::AccountChanged(unconfirmed)), true) => {
                    let finished = Finished::AccountChanged {
                        previous: unconfirmed.previous.clone(),
                        now: unconfirmed.now.clone(),
                        question: unconfirmed.question(),
                    };
                    *slot = Slot::Confirming(unconfirmed);
                    return Ok(finished);
                }
                // Replaced by a newer attempt meanwhile: nobody will answer the question.
                (Ok(Reached::AccountChanged(unconfirmed)), false) => unconfirmed,
                (other, ours) => {
                    if ours {
                        *slot = Slot::Idle;
                    }
                    return other.map(|reached| match reached {
                        Reached::Connected(connected) => Finished::Connected(connected),
                        Reached::AccountChanged(_) => unreachable!("handled above"),
                    });
                }
            }
        };
        orphaned.discard(ctx).await;
        Err(SignInError::Cancelled.into())
    }

    /// Answers the question of [`Finished::AccountChanged`]: keep the new account's tokens, or
    /// revoke them and keep the connection as it was.
    pub async fn confirm(&self, ctx: &Context, keep: bool) -> Result<Connected> {
        let unconfirmed = match std::mem::take(&mut *self.lock()) {
            Slot::Confirming(unconfirmed) => unconfirmed,
            other => {
                *self.lock() = other;
                return Err(SignInError::NotStarted.into());
            }
        };
        if keep {
            unconfirmed.keep(ctx).await
        } else {
            let previous = unconfirmed.previous.clone();
            unconfirmed.discard(ctx).await;
            Err(SignInError::Discarded { previous }.into())
        }
    }

    /// Cancels the sign-in in progress, if any. Its port is released shortly after; a new
    /// [`SignInSlot::start`] waits for that.
    pub fn cancel(&self) {
        let mut slot = self.lock();
        match &mut *slot {
            Slot::Waiting(waiting) => {
                if let Some(interrupt) = waiting.interrupt.take() {
                    let _ = interrupt.send(Interrupt::Cancel);
                }
            }
            Slot::Started(_) => *slot = Slot::Idle,
            Slot::Confirming(_) | Slot::Idle => {}
        }
    }

    /// Completes the sign-in in progress with the address the browser ended on. An address that
    /// does not belong to it is refused, and the wait goes on.
    pub fn paste(&self, address: &str) -> Result<()> {
        let mut slot = self.lock();
        let Slot::Waiting(waiting) = &mut *slot else {
            return Err(SignInError::NotStarted.into());
        };
        let callback = parse_pasted(address, &waiting.redirect_uri, &waiting.state)?;
        let interrupt = waiting.interrupt.take().ok_or(SignInError::NotStarted)?;
        let _ = interrupt.send(Interrupt::Pasted(callback));
        Ok(())
    }

    /// Ends whatever is in progress and waits until its port is free.
    async fn stop(&self, ctx: &Context) {
        let previous = std::mem::take(&mut *self.lock());
        match previous {
            Slot::Waiting(mut waiting) => {
                if let Some(interrupt) = waiting.interrupt.take() {
                    let _ = interrupt.send(Interrupt::Cancel);
                }
                let _ = waiting.ended.await;
            }
            // Dropping it closes its sockets.
            Slot::Started(sign_in) => drop(sign_in),
            Slot::Confirming(unconfirmed) => unconfirmed.discard(ctx).await,
            Slot::Idle => {}
        }
    }
}

#[cfg(test)]
mod tests;
