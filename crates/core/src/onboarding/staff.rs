//! The staff's side: make a request (its key kept in the active home), list and cancel requests,
//! and import a reply: opened with the request's key, every value checked by the rules typed
//! input meets, a refresh token proven by one refresh (and the account that signed in asked of
//! Zoho), shown for the staff to confirm, then saved as a connection. A waiting request past its
//! expiry loses its key at the next of these commands.

use std::sync::Arc;

use secrecy::ExposeSecret;
use serde::Serialize;

use super::error::OnboardingError;
use super::pending::{Answered, Pending, PendingView, RequestState};
use super::reply::{Reply, Unopened};
use super::request::{is_scope, Reconnect, Request, RequestSpec};
use super::{record_sign_in, save_connected, Received};
use crate::clock;
use crate::connection::Connection;
use crate::connections::NewConnection;
use crate::dc::DataCentre;
use crate::error::{InputError, Result};
use crate::flaw::Flaw;
use crate::home::Home;
use crate::note::Note;
use crate::oauth::accounts::AccountsServers;
use crate::oauth::authorize::PROFILE_SCOPE;
use crate::oauth::token_endpoint::{Revoked, TokenResponse};
use crate::registration::Template;
use crate::rules;
use crate::secret::{ClientSecret, RefreshToken, RequestKey};
use crate::Context;

/// A request just made: what to send, and what to read out on the phone.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    pub request: Request,
    pub fingerprint: String,
    pub file_name: String,
    pub file_text: String,
    pub link: String,
    /// Where its key is kept, for "The key is kept in ...".
    pub key_kept_in: &'static str,
    /// The same, as the place the app names in its own words.
    pub key_place: crate::secret_store::Place,
}

/// Removes every waiting request past its expiry, with its key (but `except`, the one a reply
/// being imported answers), and says so in a notice: a key nobody waits on is a key to lose.
fn remove_expired(ctx: &Context, home: &dyn Home, except: Option<&str>) -> Result<()> {
    let now = clock::now();
    for pending in home.requests()? {
        let name = &pending.request.name;
        if pending.state(now) != RequestState::Expired || except == Some(name.as_str()) {
            continue;
        }
        home.close_request(name, None)?;
        let expired = pending.request.expires_at;
        ctx.notice(Note::new(
            "request-removed",
            &[("name", name.clone()), ("at", expired.to_string())],
            format!("The request \"{name}\" expired {} without a reply: it is removed with its key, so no reply to it can be opened. Make a new request if you still need one.",
            clock::relative(expired, now)),
        ));
    }
    Ok(())
}

/// Makes a request: a fresh key pair, the private half kept in the active home, never shown.
pub fn create(ctx: &Context, spec: &RequestSpec) -> Result<Created> {
    let name = rules::connection_name(&spec.name)?;
    if ctx.connections.name_taken(&name)? {
        return Err(InputError::ConnectionExists { name }.into());
    }
    make(ctx, spec)
}

/// What a reconnect request takes beside the connection's own values.
#[derive(Debug, Clone)]
pub struct ReconnectSpec {
    pub name: String,
    pub from: String,
    /// Scopes to ask for besides those the connection was signed in with.
    pub add_scopes: Vec<String>,
    pub lifetime_secs: u64,
}

/// Makes a reconnect request for a connection held here: its client, template, data centre and
/// scopes (and any added), asking the customer's admin to sign in again.
pub fn reconnect(ctx: &Context, spec: &ReconnectSpec) -> Result<Created> {
    let (connection, _) = ctx.connections.locate(&spec.name)?;
    if connection.template == Template::SelfClient {
        return Err(OnboardingError::ReconnectSelfClient {
            name: connection.name,
        }
        .into());
    }
    let mut scopes = connection.scopes.clone();
    if scopes.is_empty() {
        if let Some(signed_in) = &connection.signed_in {
            scopes.clone_from(&signed_in.granted_scopes);
        }
    }
    scopes.extend(spec.add_scopes.iter().cloned());
    // Known whose it was: Zoho is asked whose the new sign-in is, and another account refused.
    if connection
        .signed_in
        .as_ref()
        .is_some_and(|s| s.email.is_some())
    {
        scopes.push(PROFILE_SCOPE.to_string());
    }
    let request = RequestSpec {
        name: connection.name.clone(),
        from: spec.from.clone(),
        input: connection.input.clone(),
        dc: Some(connection.dc.clone()),
        scopes,
        refresh_token: true,
        lifetime_secs: spec.lifetime_secs,
        reconnect: Some(Reconnect {
            client_id: connection.client_id.clone(),
        }),
    };
    make(ctx, &request)
}

fn make(ctx: &Context, spec: &RequestSpec) -> Result<Created> {
    let identity = age::x25519::Identity::generate();
    let key = RequestKey::new(identity.to_string().expose_secret());
    let request = Request::new(spec, &identity.to_public().to_string(), clock::now())?;
    let home = ctx.connections.active_home()?;
    remove_expired(ctx, home.as_ref(), None)?;
    let key_store = ctx.connections.store_status()?.active;
    home.keep_request(
        &Pending {
            request: request.clone(),
            key_store,
            answered: None,
        },
        &key,
    )?;
    Ok(Created {
        fingerprint: request.fingerprint(),
        file_name: request.file_name(),
        file_text: request.to_file_text(),
        link: request.to_link(),
        key_kept_in: key_store.describe(),
        key_place: key_store,
        request,
    })
}

/// Every request of the active home, waiting or answered (expired ones are removed first).
pub fn list(ctx: &Context) -> Result<Vec<PendingView>> {
    let now = clock::now();
    let home = ctx.connections.active_home()?;
    remove_expired(ctx, home.as_ref(), None)?;
    Ok(home.requests()?.iter().map(|p| p.view(now)).collect())
}

/// Cancels a request: its key is deleted, so no reply to it can be opened.
pub fn cancel(ctx: &Context, name: &str) -> Result<()> {
    let home = ctx.connections.active_home()?;
    remove_expired(ctx, home.as_ref(), Some(name))?;
    if !home.requests()?.iter().any(|p| p.request.name == name) {
        return Err(OnboardingError::NoSuchRequest { name: name.into() }.into());
    }
    home.close_request(name, None)
}

/// A reply opened and checked, not saved yet.
#[derive(Debug)]
pub struct Opened {
    pending: Pending,
    reply: Reply,
    answered: Answered,
    dc: &'static DataCentre,
    /// Where its refresh token is proven (a trusted accounts server of its data centre).
    accounts: Option<url::Url>,
    /// The reply's short code (the admin's app showed the same after Send).
    code: String,
    /// For a reconnect: the account of the sign-in it replaces, as this side's record says.
    replaces: Option<String>,
}

impl Opened {
    pub fn name(&self) -> &str {
        &self.pending.request.name
    }

    /// The reply's short code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// When its request expired, if it has by now: "3 hours ago".
    fn late(&self) -> Option<String> {
        let (now, expires_at) = (clock::now(), self.pending.request.expires_at);
        (now >= expires_at).then(|| clock::relative(expires_at, now))
    }

    /// Refuses a reply to an expired request (expired by now) unless the staff accept it.
    pub fn ensure_timely(&self, accept_late: bool) -> Result<()> {
        match self.late() {
            Some(when) if !accept_late => Err(OnboardingError::ReplyLate {
                name: self.name().to_string(),
                when,
                at: self.pending.request.expires_at,
            }
            .into()),
            _ => Ok(()),
        }
    }

    /// What the staff see before it is saved; `proof` is what [`prove`] found.
    pub fn preview(&self, proof: Option<&Proof>) -> Preview {
        let claimed = self.reply.signed_in.as_ref().and_then(|s| s.email.clone());
        let (account, account_checked) = match proof.and_then(|p| p.account.clone()) {
            Some(checked) => (Some(checked), true),
            None => (claimed, false),
        };
        Preview {
            name: self.name().to_string(),
            client_id: self.reply.client_id.clone(),
            dc: self.dc.id.to_string(),
            dc_label: self.dc.label(),
            data_centre: self.dc,
            expired_at: self.pending.request.expires_at,
            signed_in: self.reply.signed_in.is_some(),
            account,
            account_checked,
            scopes: match proof {
                Some(proof) => proof.granted.clone(),
                None => self
                    .reply
                    .signed_in
                    .as_ref()
                    .map(|s| s.granted_scopes.clone())
                    .unwrap_or_default(),
            },
            code: self.code.clone(),
            late: self.late(),
            reconnect: self.pending.request.reconnect.is_some(),
            replaces: self.replaces.clone(),
        }
    }
}

/// A reply as the staff confirm it before it is saved: each value computed or checked here and
/// shown on its own.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    pub name: String,
    pub client_id: String,
    pub dc: String,
    pub dc_label: String,
    /// The data centre itself, which the app names in its own words.
    pub data_centre: &'static DataCentre,
    /// When the request expired (or expires), for the app's own "3 hours ago".
    pub expired_at: u64,
    /// Whether it carries a sign-in (a refresh token).
    pub signed_in: bool,
    /// The Zoho account that signed in at the customer's.
    pub account: Option<String>,
    /// Whether Zoho said so (with the proven token); otherwise only the reply does.
    pub account_checked: bool,
    pub scopes: Vec<String>,
    /// The reply's short code.
    pub code: String,
    /// When the request expired, for a reply that came after: "3 hours ago".
    pub late: Option<String>,
    /// It answers a reconnect: the connection held here takes its sign-in in place.
    pub reconnect: bool,
    /// For a reconnect: the account whose sign-in it replaces (this side's record).
    pub replaces: Option<String>,
}

/// Finds the waiting request whose key opens the reply, and checks what it holds. Requests past
/// their expiry are removed (but the one this reply answers: its staff may accept it late).
pub fn open_reply(ctx: &Context, text: &str) -> Result<Opened> {
    let home = ctx.connections.active_home()?;
    let opened = find_and_open(ctx, home.as_ref(), text);
    let answers = opened.as_ref().ok().map(|o| o.name().to_string());
    remove_expired(ctx, home.as_ref(), answers.as_deref())?;
    opened
}

fn find_and_open(ctx: &Context, home: &dyn Home, text: &str) -> Result<Opened> {
    let requests = home.requests()?;
    let answered = Answered::new(text, 0);
    let digest = &answered.reply_digest;
    if let Some(done) = requests.iter().find(|p| {
        p.answered
            .as_ref()
            .is_some_and(|a| a.reply_digest == *digest)
    }) {
        return Err(OnboardingError::AlreadyAnswered {
            name: done.request.name.clone(),
            when: clock::relative(done.answered.as_ref().map_or(0, |a| a.at), clock::now()),
            at: done.answered.as_ref().map_or(0, |a| a.at),
        }
        .into());
    }
    let mut last_reason = None;
    for pending in requests.into_iter().filter(|p| p.answered.is_none()) {
        let Some(key) = home.request_key(&pending.request.name)? else {
            continue;
        };
        match Reply::open(text, &key) {
            Ok(reply) => {
                let code = super::reply::code(text);
                return checked(ctx, pending, reply, answered, code);
            }
            Err(Unopened::Newer(version)) => {
                return Err(OnboardingError::ReplyFromNewerApp { version }.into())
            }
            Err(Unopened::Unreadable(reason)) => last_reason = Some(reason),
        }
    }
    Err(OnboardingError::ReplyUnreadable {
        reason: last_reason
            .unwrap_or_else(|| "there is no request waiting for a reply here".into()),
    }
    .into())
}

/// The reply's values, checked by the rules typed input meets.
fn checked(
    ctx: &Context,
    pending: Pending,
    reply: Reply,
    answered: Answered,
    code: String,
) -> Result<Opened> {
    let request = &pending.request;
    let name = request.name.clone();
    let invalid = |reason: Flaw| -> crate::Error {
        OnboardingError::ReplyInvalid {
            name: name.clone(),
            reason,
        }
        .into()
    };
    if reply.request_id != request.id {
        return Err(OnboardingError::ReplyForAnotherRequest {
            name: name.clone(),
            expected: request.id.clone(),
        }
        .into());
    }
    if reply.name != request.name {
        return Err(invalid(Flaw::OtherConnection { name: name.clone() }));
    }
    rules::client_id(&reply.client_id).map_err(|_| invalid(Flaw::ClientIdUnusable))?;
    if request
        .reconnect_client()
        .is_some_and(|asked| asked != reply.client_id)
    {
        return Err(invalid(Flaw::OtherClient));
    }
    rules::client_secret(reply.client_secret.expose())
        .map_err(|_| invalid(Flaw::ClientSecretUnusable))?;
    // What is wrong is named; what the reply says is never quoted (it came from outside).
    let dc = DataCentre::by_id(&reply.dc).map_err(|_| invalid(Flaw::UnknownDataCentre))?;
    if request.dc.as_deref().is_some_and(|asked| asked != dc.id) {
        return Err(invalid(Flaw::OtherDataCentre {
            dc: dc.id.to_uppercase(),
            asked: request.dc.as_deref().unwrap_or_default().to_uppercase(),
        }));
    }
    request.plan_input(dc.id).plan().map_err(|e| {
        invalid(Flaw::RegistrationInvalid {
            field: e.first().and_then(InputError::field),
        })
    })?;
    let accounts = match (&reply.signed_in, request.refresh_token) {
        (None, true) => return Err(invalid(Flaw::NoSignIn)),
        (None, false) => None,
        (Some(signed_in), _) => {
            let accounts = ctx
                .config
                .accounts
                .trusted(&signed_in.accounts_server)
                .map_err(|_| invalid(Flaw::UntrustedAccountsServer))?;
            if let Some(other) = AccountsServers::dc_of(&accounts).filter(|d| d.id != dc.id) {
                return Err(invalid(Flaw::AccountsServerElsewhere {
                    other: other.id.to_uppercase(),
                    dc: dc.id.to_uppercase(),
                }));
            }
            if let Some(api) = &signed_in.api_domain {
                if !dc.is_api_domain(api) {
                    return Err(invalid(Flaw::ApiDomainElsewhere {
                        dc: dc.id.to_uppercase(),
                        expected: dc.api_domain.to_string(),
                    }));
                }
            }
            if signed_in.granted_scopes.len() > 50
                || !signed_in.granted_scopes.iter().all(|s| is_scope(s))
            {
                return Err(invalid(Flaw::ScopesNotZohos));
            }
            if signed_in
                .email
                .as_ref()
                .is_some_and(|e| !rules::plausible_account(e))
            {
                return Err(invalid(Flaw::AccountNotAddress));
            }
            Some(accounts)
        }
    };
    let replaces = match request.reconnect {
        Some(_) => {
            let (held, _) = held_for_reconnect(ctx, request).map_err(invalid)?;
            held.signed_in.and_then(|s| s.email)
        }
        None => None,
    };
    Ok(Opened {
        code,
        answered,
        pending,
        reply,
        dc,
        accounts,
        replaces,
    })
}

/// The connection a reconnect's reply goes into, as it stands now: still the request's client
/// and data centre, and not signed in again here since the request was made (that sign-in
/// would be replaced, and its token revoked, unasked).
fn held_for_reconnect(
    ctx: &Context,
    request: &Request,
) -> Result<(Connection, Arc<dyn Home>), Flaw> {
    let Ok((connection, home)) = ctx.connections.locate(&request.name) else {
        return Err(Flaw::ConnectionGone);
    };
    if request.reconnect_client() != Some(connection.client_id.as_str()) {
        return Err(Flaw::ClientChanged);
    }
    if request.dc.as_deref() != Some(connection.dc.as_str()) {
        return Err(Flaw::DataCentreChanged);
    }
    if connection
        .signed_in
        .as_ref()
        .is_some_and(|s| s.connected_at > request.created_at)
    {
        return Err(Flaw::SignedInSince);
    }
    Ok((connection, home))
}

/// What proving a reply's sign-in found.
#[derive(Debug)]
pub struct Proof {
    answer: TokenResponse,
    /// Who signed in, as Zoho says (with the profile scope granted and Zoho answering).
    account: Option<String>,
    /// The scopes granted, as Zoho's answer says when it does (the reply's word otherwise).
    granted: Vec<String>,
}

/// With a refresh token: one refresh at the reply's (trusted) accounts server proves it works
/// before anything is saved, and with the profile scope Zoho says whose it is: an account other
/// than the one the reply names is refused.
pub async fn prove(ctx: &Context, opened: &Opened) -> Result<Option<Proof>> {
    let (Some(accounts), Some(signed_in)) = (&opened.accounts, &opened.reply.signed_in) else {
        return Ok(None);
    };
    let endpoint = ctx.endpoint();
    let answer = endpoint
        .refresh(
            accounts,
            &opened.reply.client_id,
            &opened.reply.client_secret,
            &signed_in.refresh_token,
        )
        .await?;
    // Zoho's word on the scopes where it gives it; the reply's otherwise.
    let granted =
        crate::oauth::sign_in::granted_scopes(answer.scope.as_deref(), &signed_in.granted_scopes);
    let asked_who = opened
        .pending
        .request
        .scopes
        .iter()
        .any(|s| s == PROFILE_SCOPE);
    let refused = |reason: Flaw| -> crate::Error {
        OnboardingError::ReplyInvalid {
            name: opened.name().to_string(),
            reason,
        }
        .into()
    };
    let account = if asked_who || granted.iter().any(|s| s == PROFILE_SCOPE) {
        let said = endpoint
            .user_info(accounts, &answer.access_token)
            .await
            .ok()
            .and_then(|info| info.email)
            .filter(|email| rules::plausible_account(email));
        // The request asked who signs in: a reply whose sign-in Zoho cannot name is not taken
        // on its own word.
        if said.is_none() && asked_who {
            return Err(refused(Flaw::AccountUnnamed));
        }
        said
    } else {
        None
    };
    if let (Some(zoho), Some(claimed)) = (&account, &signed_in.email) {
        if !zoho.eq_ignore_ascii_case(claimed) {
            return Err(refused(Flaw::AccountNotZohos { zoho: zoho.clone() }));
        }
    }
    Ok(Some(Proof {
        answer,
        account,
        granted,
    }))
}

/// What an import saved.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Imported {
    pub connection: Connection,
    pub stored_in: &'static str,
    pub secret_last4: String,
    /// Shape warnings about the client ID or secret (saved all the same).
    pub warnings: Vec<Note>,
    /// A reconnect: the connection was there and took the new sign-in in place.
    pub reconnected: bool,
    /// A reconnect whose reply brought another client secret (regenerated): it replaced the one
    /// kept here.
    pub secret_replaced: bool,
    /// What became of the sign-in a reconnect replaced.
    pub earlier_sign_in: Option<EarlierSignIn>,
    /// The refresh token a reconnect replaced and where it was made, until [`retire_earlier`]
    /// revokes it.
    #[serde(skip)]
    earlier: Option<(url::Url, RefreshToken)>,
}

/// What revoking the sign-in a reconnect replaced found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EarlierSignIn {
    /// It still worked, and Zoho revoked it now.
    Revoked,
    /// Zoho no longer knew it (revoked or pushed out before).
    AlreadyGone,
    /// Zoho could not be reached: it lapses when the customer's admin removes it, or never.
    NotRevoked,
}

/// Saves the connection under the request's name in the active home (for a reconnect, puts the
/// new sign-in into the connection held here), and closes the request: its key is deleted, so
/// the same reply cannot be imported twice. A reply to an expired request is saved only with
/// `accept_late`.
pub fn save(
    ctx: &Context,
    opened: Opened,
    proof: Option<Proof>,
    accept_late: bool,
) -> Result<Imported> {
    opened.ensure_timely(accept_late)?;
    let Opened {
        pending,
        reply,
        mut answered,
        dc,
        accounts,
        ..
    } = opened;
    let request = &pending.request;
    let received = match (reply.signed_in, proof, accounts) {
        (Some(signed_in), Some(proof), Some(accounts)) => Some(Received {
            accounts,
            answer: TokenResponse {
                refresh_token: Some(signed_in.refresh_token.clone()),
                ..proof.answer
            },
            granted: proof.granted,
            // Zoho's word on the account when it gave it.
            email: proof.account.or_else(|| signed_in.email.clone()),
            refreshed: true,
        }),
        _ => None,
    };
    let imported = if request.reconnect.is_some() {
        save_reconnected(ctx, request, &reply.client_secret, received)?
    } else {
        let new = NewConnection {
            name: request.name.clone(),
            client_id: reply.client_id.clone(),
            input: request.plan_input(dc.id),
        };
        let saved = save_connected(
            ctx,
            &new,
            &reply.client_secret,
            received,
            &request.scopes,
            true,
        )?;
        Imported {
            connection: saved.connection,
            stored_in: saved.stored_in,
            secret_last4: saved.secret_last4,
            warnings: saved.warnings,
            reconnected: false,
            secret_replaced: false,
            earlier_sign_in: None,
            earlier: None,
        }
    };
    answered.at = clock::now();
    ctx.connections
        .active_home()?
        .close_request(&request.name, Some(answered))?;
    Ok(imported)
}

/// A reconnect's reply, put into the connection held here: its name, client and history kept,
/// its secret replaced only when the customer's admin regenerated it, its sign-in replaced
/// under the connection's claim (so every machine of a team store sees it at its next call).
fn save_reconnected(
    ctx: &Context,
    request: &Request,
    secret: &ClientSecret,
    received: Option<Received>,
) -> Result<Imported> {
    let name = &request.name;
    let invalid = |reason: Flaw| -> crate::Error {
        OnboardingError::ReplyInvalid {
            name: name.clone(),
            reason,
        }
        .into()
    };
    // Again, as it stands now: it may have changed since the reply was opened (the reply's
    // client was checked against the request's when it was opened).
    let (connection, home) = held_for_reconnect(ctx, request).map_err(invalid)?;
    // Checked when it was opened: a reconnect asks for a sign-in.
    let received = received.ok_or_else(|| invalid(Flaw::NoSignIn))?;
    // The same Zoho account as before, where this side knew it (Zoho was asked: the request
    // carried the profile scope).
    if let Some(earlier) = connection.signed_in.as_ref().and_then(|s| s.email.as_ref()) {
        match &received.email {
            Some(now) if now.eq_ignore_ascii_case(earlier) => {}
            Some(_) => {
                return Err(invalid(Flaw::OtherAccount {
                    earlier: earlier.clone(),
                }))
            }
            None => {
                return Err(invalid(Flaw::AccountUnknown {
                    earlier: earlier.clone(),
                }))
            }
        }
    }
    let kept = ctx.connections.client_secret(name).ok();
    let secret_replaced = kept.is_none_or(|kept| kept.expose() != secret.expose());
    let mut warnings = Vec::new();
    if secret_replaced {
        warnings = ctx.connections.set_secret(name, secret)?.warnings;
    }
    // Revoked where it was made: the accounts server of the earlier sign-in, if it is trusted.
    let earlier_accounts = connection
        .signed_in
        .as_ref()
        .map(|s| ctx.config.accounts.trusted(&s.accounts_server).ok());
    let (connection, replaced) = record_sign_in(ctx, name, Some(received), &request.scopes, true)?;
    Ok(Imported {
        stored_in: home.place(&connection).describe(),
        connection,
        secret_last4: secret.last4(),
        warnings,
        reconnected: true,
        secret_replaced,
        // An earlier sign-in at an accounts server no longer trusted: not sent there, said.
        earlier_sign_in: match (&earlier_accounts, &replaced) {
            (Some(None), Some(_)) => Some(EarlierSignIn::NotRevoked),
            _ => None,
        },
        earlier: earlier_accounts.flatten().zip(replaced),
    })
}

/// Revokes the refresh token a reconnect replaced, if it still works: the customer's account
/// keeps no token nobody uses (Zoho keeps at most 20 per user and client). Best effort.
pub async fn retire_earlier(ctx: &Context, imported: &mut Imported) {
    let Some((accounts, token)) = imported.earlier.take() else {
        return;
    };
    imported.earlier_sign_in = Some(match ctx.endpoint().revoke(&accounts, &token).await {
        Ok(Revoked::Now) => EarlierSignIn::Revoked,
        Ok(Revoked::AlreadyUnknown) => EarlierSignIn::AlreadyGone,
        Err(_) => EarlierSignIn::NotRevoked,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::onboarding::admin;
    use crate::secret::ClientSecret;
    use crate::secret_store::{EntryName, SecretKind, SecretStore};
    use crate::testing::{TestContext, SECRET};

    const CLIENT_ID: &str = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";

    /// A request `name` kept in the staff's home, made `made_ago` seconds ago to last an hour,
    /// asking for no sign-in; and its key.
    fn kept(s: &TestContext, name: &str, made_ago: u64) -> (Request, age::x25519::Identity) {
        let identity = age::x25519::Identity::generate();
        let mut request = crate::testing::request(clock::now() - made_ago);
        request.name = name.into();
        request.expires_at = request.created_at + 3600;
        request.refresh_token = false;
        request.public_key = identity.to_public().to_string();
        let key = RequestKey::new(identity.to_string().expose_secret());
        let pending = Pending {
            request: request.clone(),
            key_store: crate::secret_store::Place::Keychain,
            answered: None,
        };
        s.ctx
            .connections
            .active_home()
            .unwrap()
            .keep_request(&pending, &key)
            .unwrap();
        (request, identity)
    }

    fn key_of(s: &TestContext, name: &str) -> Option<String> {
        s.store
            .get(&EntryName::new(name, SecretKind::RequestKey))
            .unwrap()
            .map(|k| k.expose_secret().to_string())
    }

    fn waiting(s: &TestContext) -> Vec<String> {
        let home = s.ctx.connections.active_home().unwrap();
        home.requests()
            .unwrap()
            .into_iter()
            .map(|p| p.request.name)
            .collect()
    }

    fn reply_to(request: &Request, identity: &age::x25519::Identity) -> String {
        Reply::new(
            &request.id,
            &request.name,
            "eu",
            CLIENT_ID,
            ClientSecret::new(SECRET),
            None,
        )
        .seal(&identity.to_public())
    }

    #[test]
    fn an_expired_request_loses_its_key_at_the_next_staff_command_with_a_notice() {
        let s = TestContext::with_connection("crm");
        kept(&s, "late", 2 * 3600);
        kept(&s, "fresh", 0);
        assert!(key_of(&s, "late").is_some());
        let listed: Vec<String> = list(&s.ctx).unwrap().into_iter().map(|v| v.name).collect();
        assert_eq!(listed, ["fresh"]);
        let notices = s.ctx.take_notices();
        assert!(notices
            .iter()
            .all(|n| crate::testing::app_words(&format!("notice-{}", n.kind))));
        let notices: Vec<String> = notices.into_iter().map(|n| n.text).collect();
        let notices = notices.join("\n");
        assert!(notices.contains("\"late\" expired 1 hour ago"), "{notices}");
        assert_eq!(
            key_of(&s, "late"),
            None,
            "the expired request's key was left"
        );
        assert!(key_of(&s, "fresh").is_some());
    }

    #[test]
    fn a_reply_to_an_expired_request_is_saved_only_when_the_staff_accept_it() {
        let s = TestContext::with_connection("crm");
        let (request, identity) = kept(&s, "late", 2 * 3600);
        kept(&s, "other", 2 * 3600);
        let text = reply_to(&request, &identity);
        let opened = open_reply(&s.ctx, &text).unwrap();
        // The other expired request went; the one this reply answers waits for the staff.
        assert_eq!(waiting(&s), ["late"]);
        let preview = opened.preview(None);
        assert_eq!(preview.late.as_deref(), Some("1 hour ago"));
        assert_eq!(preview.code, super::super::reply::code(&text));
        assert_eq!(
            (preview.client_id.as_str(), preview.dc.as_str()),
            (CLIENT_ID, "eu")
        );
        assert!(!preview.signed_in && preview.account.is_none());
        assert_eq!(
            opened.ensure_timely(false).unwrap_err().kind(),
            "reply_late"
        );
        let err = save(&s.ctx, opened, None, false).unwrap_err();
        assert_eq!(err.kind(), "reply_late");
        assert_eq!(err.next_step(), Some(crate::NextStep::AcceptLateReply));
        assert!(
            s.ctx.connections.get("late").is_err(),
            "saved without being accepted"
        );
        assert!(key_of(&s, "late").is_some());

        let opened = open_reply(&s.ctx, &text).unwrap();
        let imported = save(&s.ctx, opened, None, true).unwrap();
        assert_eq!(imported.connection.name, "late");
        assert_eq!(key_of(&s, "late"), None);
        let err = open_reply(&s.ctx, &format!("\r\n{}", text.replace('\n', "\r\n"))).unwrap_err();
        assert_eq!(
            err.kind(),
            "already_answered",
            "the same reply, re-wrapped by an email"
        );
    }

    #[test]
    fn the_admin_confirms_the_fingerprint_and_both_sides_see_the_same_reply_code() {
        let staff = TestContext::with_connection("crm");
        let admin_side = TestContext::with_connection("other");
        let created = create(
            &staff.ctx,
            &RequestSpec {
                refresh_token: false,
                ..crate::testing::request_spec()
            },
        )
        .unwrap();
        let opened = admin::open_request(&created.link).unwrap();
        assert_eq!(opened.fingerprint, created.fingerprint);
        let secret = ClientSecret::new(SECRET);
        let err = admin::add_from_request(
            &admin_side.ctx,
            &opened.request,
            "0000-0000-0000-0000",
            CLIENT_ID,
            &secret,
            "",
        )
        .unwrap_err();
        assert_eq!(err.kind(), "fingerprint_mismatch");
        assert!(admin_side.ctx.connections.get("acme-crm").is_err());
        admin::add_from_request(
            &admin_side.ctx,
            &opened.request,
            &opened.fingerprint.to_lowercase(),
            CLIENT_ID,
            &secret,
            "",
        )
        .unwrap();
        let sealed = admin::reply(&admin_side.ctx, "acme-crm").unwrap();
        assert_eq!(
            sealed.fingerprint.as_deref(),
            Some(created.fingerprint.as_str())
        );
        assert!(
            sealed
                .holds
                .contains("only the key in the request can open it"),
            "{}",
            sealed.holds
        );
        assert!(!sealed.holds.contains("Acme"), "{}", sealed.holds);

        let opened = open_reply(&staff.ctx, &sealed.text).unwrap();
        let preview = opened.preview(None);
        assert_eq!(preview.code, sealed.code);
        assert_eq!(preview.late, None);
        save(&staff.ctx, opened, None, false).unwrap();
        assert_eq!(key_of(&staff, "acme-crm"), None);
    }

    #[tokio::test]
    async fn a_reconnect_puts_the_new_sign_in_into_the_connection_and_revokes_the_old_one() {
        use crate::onboarding::reply::ReplySignIn;
        let s = TestContext::signed_in("acme", None, "1000.old");
        s.ctx
            .connections
            .update("acme", |c| c.imported_at = Some(1))
            .unwrap();
        let spec = ReconnectSpec {
            name: "acme".into(),
            from: "Acme Integrations".into(),
            add_scopes: vec!["ZohoCRM.org.READ".into()],
            lifetime_secs: 3600,
        };
        let created = reconnect(&s.ctx, &spec).unwrap();
        let request = &created.request;
        assert_eq!(request.reconnect_client(), Some("1000.ID"));
        assert_eq!(request.dc.as_deref(), Some("us"));
        assert!(request.refresh_token);
        assert!(request.scopes.iter().any(|s| s == "ZohoCRM.org.READ"));
        let reply = |client_id: &str| {
            Reply::new(
                &request.id,
                "acme",
                "us",
                client_id,
                ClientSecret::new(SECRET),
                Some(ReplySignIn {
                    accounts_server: "https://accounts.zoho.com".into(),
                    api_domain: Some("https://www.zohoapis.com".into()),
                    granted_scopes: vec!["ZohoCRM.org.READ".into()],
                    email: None,
                    refresh_token: RefreshToken::new("1000.new"),
                }),
            )
            .seal(&request.recipient().unwrap())
        };
        // Another client than the connection's: refused before Zoho is asked.
        let err = open_reply(&s.ctx, &reply("1000.OTHER")).unwrap_err();
        assert!(err.to_string().contains("another client"), "{err}");

        let opened = open_reply(&s.ctx, &reply("1000.ID")).unwrap();
        assert!(opened.preview(None).reconnect);
        s.http.answer(
            200,
            r#"{"access_token":"1000.fresh","expires_in":3600,"api_domain":"https://www.zohoapis.com"}"#,
        );
        let proof = prove(&s.ctx, &opened).await.unwrap();
        let mut imported = save(&s.ctx, opened, proof, false).unwrap();
        assert!(imported.reconnected && !imported.secret_replaced);
        // One connection before, one after: its name, client and creation kept.
        let connections = s.ctx.connections.list().unwrap();
        assert_eq!(connections.len(), 1);
        assert_eq!(connections[0].client_id, "1000.ID");
        let signed_in = connections[0].signed_in.clone().unwrap();
        assert_eq!(signed_in.accounts_server, "https://accounts.zoho.com");
        assert_eq!(signed_in.recent_refreshes.len(), 1, "the proof is counted");
        let refresh = s
            .store
            .get(&EntryName::new("acme", SecretKind::RefreshToken))
            .unwrap()
            .unwrap();
        assert_eq!(refresh.expose_secret(), "1000.new");

        // The old refresh token is revoked where it was made.
        s.http.answer(200, r#"{"status":"success"}"#);
        retire_earlier(&s.ctx, &mut imported).await;
        assert_eq!(imported.earlier_sign_in, Some(EarlierSignIn::Revoked));
        let sent = s.http.requests();
        let revoke = &sent.last().unwrap().1;
        assert!(
            revoke.starts_with("https://accounts.zoho.eu/oauth/v2/token/revoke")
                && revoke.contains("1000.old"),
            "{revoke}"
        );
        // The proven token is the one in use: no refresh.
        let token = crate::oauth::tokens::access_token(&s.ctx, "acme")
            .await
            .unwrap();
        assert_eq!(token.access_token.expose(), "1000.fresh");
        assert_eq!(s.http.requests().len(), sent.len());
        assert_eq!(waiting(&s), ["acme"], "the request stays, answered");
        assert!(key_of(&s, "acme").is_none());
    }

    #[test]
    fn a_self_client_cannot_be_reconnected_and_a_missing_connection_is_named() {
        let s = TestContext::with_connection("crm");
        let spec = ReconnectSpec {
            name: "nothing".into(),
            from: "Acme".into(),
            add_scopes: Vec::new(),
            lifetime_secs: 3600,
        };
        assert_eq!(
            reconnect(&s.ctx, &spec).unwrap_err().kind(),
            "connection_not_found"
        );
        s.ctx
            .connections
            .update("crm", |c| c.template = Template::SelfClient)
            .unwrap();
        let spec = ReconnectSpec {
            name: "crm".into(),
            ..spec
        };
        assert_eq!(
            reconnect(&s.ctx, &spec).unwrap_err().kind(),
            "reconnect_self_client"
        );
    }

    #[tokio::test]
    async fn a_reconnect_signed_in_with_another_account_is_refused_and_changes_nothing() {
        use crate::onboarding::reply::ReplySignIn;
        let s = TestContext::signed_in("acme", Some("first@customer.example"), "1000.old");
        let spec = ReconnectSpec {
            name: "acme".into(),
            from: "Acme Integrations".into(),
            add_scopes: Vec::new(),
            lifetime_secs: 3600,
        };
        let created = reconnect(&s.ctx, &spec).unwrap();
        // The earlier account was known: Zoho is asked whose the new sign-in is.
        assert!(created.request.scopes.iter().any(|s| s == PROFILE_SCOPE));
        let text = Reply::new(
            &created.request.id,
            "acme",
            "us",
            "1000.ID",
            ClientSecret::new(SECRET),
            Some(ReplySignIn {
                accounts_server: "https://accounts.zoho.com".into(),
                api_domain: None,
                granted_scopes: vec![PROFILE_SCOPE.into()],
                email: Some("other@customer.example".into()),
                refresh_token: RefreshToken::new("1000.new"),
            }),
        )
        .seal(&created.request.recipient().unwrap());
        let opened = open_reply(&s.ctx, &text).unwrap();
        assert_eq!(
            opened.preview(None).replaces.as_deref(),
            Some("first@customer.example")
        );
        s.http
            .answer(200, r#"{"access_token":"1000.fresh","expires_in":3600}"#)
            .answer(200, r#"{"Email":"other@customer.example"}"#);
        let proof = prove(&s.ctx, &opened).await.unwrap();
        let err = save(&s.ctx, opened, proof, false).unwrap_err();
        assert!(err.to_string().contains("another Zoho account"), "{err}");
        let refresh = s
            .store
            .get(&EntryName::new("acme", SecretKind::RefreshToken))
            .unwrap()
            .unwrap();
        assert_eq!(refresh.expose_secret(), "1000.old", "nothing changed");
    }

    #[test]
    fn the_admin_answers_a_reconnect_only_for_a_connection_made_from_a_request_and_signed_in_since()
    {
        let staff = TestContext::signed_in("acme", None, "1000.staff");
        let created = reconnect(
            &staff.ctx,
            &ReconnectSpec {
                name: "acme".into(),
                from: "Acme Integrations".into(),
                add_scopes: Vec::new(),
                lifetime_secs: 3600,
            },
        )
        .unwrap();
        let request = created.request;
        // The admin's own "acme" with that client: not handed over.
        let admin_side = TestContext::signed_in("acme", None, "1000.admin");
        let err = admin::reconnecting(&admin_side.ctx, &request).unwrap_err();
        assert_eq!(err.kind(), "reconnect_not_from_request");
        // Made from a request: kept, and answered once signed in since.
        let earlier = crate::testing::request(clock::now() - 86_400);
        admin_side
            .ctx
            .connections
            .update("acme", |c| c.request = Some((&earlier).into()))
            .unwrap();
        assert_eq!(
            admin::reconnecting(&admin_side.ctx, &request).unwrap(),
            Some(admin::Reconnecting::Kept)
        );
        let fingerprint = request.fingerprint();
        admin::accept_reconnect(&admin_side.ctx, &request, &fingerprint).unwrap();
        let err = admin::reply(&admin_side.ctx, "acme").unwrap_err();
        assert_eq!(
            err.kind(),
            "sign_in_first",
            "the sign-in from before was sent"
        );
        admin_side
            .ctx
            .connections
            .update("acme", |c| {
                c.signed_in.as_mut().unwrap().connected_at = clock::now();
            })
            .unwrap();
        let sealed = admin::reply(&admin_side.ctx, "acme").unwrap();
        assert_eq!(sealed.fingerprint.as_deref(), Some(fingerprint.as_str()));
    }
}
