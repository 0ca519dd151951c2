//! The staff's side: make a request (its key kept in the active home), list and cancel requests,
//! and import a reply: opened with the request's key, every value checked by the rules typed
//! input meets, a refresh token proven by one refresh, then saved as a connection.

use secrecy::ExposeSecret;
use serde::Serialize;

use super::error::OnboardingError;
use super::pending::{Answered, Pending, PendingView};
use super::reply::Reply;
use super::request::{is_scope, Request, RequestSpec};
use super::{save_connected, Received};
use crate::clock;
use crate::connection::Connection;
use crate::connections::NewConnection;
use crate::dc::DataCentre;
use crate::error::{InputError, Result};
use crate::oauth::accounts::AccountsServers;
use crate::oauth::token_endpoint::TokenResponse;
use crate::rules;
use crate::secret::RequestKey;
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
}

/// Makes a request: a fresh key pair, the private half kept in the active home, never shown.
pub fn create(ctx: &Context, spec: &RequestSpec) -> Result<Created> {
    let name = rules::connection_name(&spec.name)?;
    if ctx.connections.name_taken(&name)? {
        return Err(InputError::ConnectionExists { name }.into());
    }
    let identity = age::x25519::Identity::generate();
    let key = RequestKey::new(identity.to_string().expose_secret());
    let request = Request::new(spec, &identity.to_public().to_string(), clock::now())?;
    let home = ctx.connections.active_home()?;
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
        request,
    })
}

/// Every request of the active home, waiting, expired or answered.
pub fn list(ctx: &Context) -> Result<Vec<PendingView>> {
    let now = clock::now();
    Ok(ctx
        .connections
        .active_home()?
        .requests()?
        .iter()
        .map(|p| p.view(now))
        .collect())
}

/// Cancels a request: its key is deleted, so no reply to it can be opened.
pub fn cancel(ctx: &Context, name: &str) -> Result<()> {
    let home = ctx.connections.active_home()?;
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
}

impl Opened {
    pub fn name(&self) -> &str {
        &self.pending.request.name
    }

    pub fn from(&self) -> &str {
        &self.pending.request.from
    }
}

/// Finds the waiting request whose key opens the reply, and checks what it holds.
pub fn open_reply(ctx: &Context, text: &str) -> Result<Opened> {
    let home = ctx.connections.active_home()?;
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
        }
        .into());
    }
    let mut last_reason = None;
    for pending in requests.into_iter().filter(|p| p.answered.is_none()) {
        let Some(key) = home.request_key(&pending.request.name)? else {
            continue;
        };
        match Reply::open(text, &key) {
            Ok(reply) => return checked(ctx, pending, reply, answered),
            Err(reason) => last_reason = Some(reason),
        }
    }
    Err(OnboardingError::ReplyUnreadable {
        reason: last_reason
            .unwrap_or_else(|| "there is no request waiting for a reply here".into()),
    }
    .into())
}

/// The reply's values, checked by the rules typed input meets.
fn checked(ctx: &Context, pending: Pending, reply: Reply, answered: Answered) -> Result<Opened> {
    let request = &pending.request;
    let name = request.name.clone();
    let invalid = |reason: String| -> crate::Error {
        OnboardingError::ReplyInvalid {
            name: name.clone(),
            reason,
        }
        .into()
    };
    if reply.request_id != request.id {
        return Err(OnboardingError::ReplyForAnotherRequest {
            name: name.clone(),
            found: reply.request_id.clone(),
            expected: request.id.clone(),
        }
        .into());
    }
    if reply.name != request.name {
        return Err(invalid(format!(
            "it names the connection \"{}\", not \"{name}\"",
            reply.name
        )));
    }
    rules::client_id(&reply.client_id).map_err(|e| invalid(e.to_string()))?;
    rules::client_secret(reply.client_secret.expose()).map_err(|e| invalid(e.to_string()))?;
    let dc = DataCentre::by_id(&reply.dc).map_err(|e| invalid(e.to_string()))?;
    if request.dc.as_deref().is_some_and(|asked| asked != dc.id) {
        return Err(invalid(format!(
            "the client is in the {} data centre, and the request asked for {}",
            dc.id.to_uppercase(),
            request.dc.as_deref().unwrap_or_default().to_uppercase()
        )));
    }
    request
        .plan_input(dc.id)
        .plan()
        .map_err(|e| invalid(e.first().map(ToString::to_string).unwrap_or_default()))?;
    let accounts = match (&reply.signed_in, request.refresh_token) {
        (None, true) => {
            return Err(invalid(
                "it carries no sign-in, and the request asked for one".into(),
            ))
        }
        (None, false) => None,
        (Some(signed_in), _) => {
            let accounts = ctx
                .config
                .accounts
                .trusted(&signed_in.accounts_server)
                .map_err(|_| {
                    invalid(format!(
                        "{} is not a trusted Zoho accounts server",
                        signed_in.accounts_server
                    ))
                })?;
            if let Some(other) = AccountsServers::dc_of(&accounts).filter(|d| d.id != dc.id) {
                return Err(invalid(format!(
                    "its accounts server is the {} data centre's, not {}'s",
                    other.id.to_uppercase(),
                    dc.id.to_uppercase()
                )));
            }
            if let Some(api) = &signed_in.api_domain {
                if !dc.is_api_domain(api) {
                    return Err(invalid(format!(
                        "its API domain {api} is not the {} data centre's ({})",
                        dc.id.to_uppercase(),
                        dc.api_domain
                    )));
                }
            }
            if signed_in.granted_scopes.len() > 50
                || !signed_in.granted_scopes.iter().all(|s| is_scope(s))
            {
                return Err(invalid("its scopes are not Zoho scope names".into()));
            }
            if signed_in
                .email
                .as_ref()
                .is_some_and(|e| e.len() > 254 || e.chars().any(char::is_control))
            {
                return Err(invalid("the signed-in account is not an address".into()));
            }
            Some(accounts)
        }
    };
    Ok(Opened {
        answered,
        pending,
        reply,
        dc,
        accounts,
    })
}

/// With a refresh token: one refresh at the reply's (trusted) accounts server proves it works
/// before anything is saved.
pub async fn prove(ctx: &Context, opened: &Opened) -> Result<Option<TokenResponse>> {
    let (Some(accounts), Some(signed_in)) = (&opened.accounts, &opened.reply.signed_in) else {
        return Ok(None);
    };
    let answer = ctx
        .endpoint()
        .refresh(
            accounts,
            &opened.reply.client_id,
            &opened.reply.client_secret,
            &signed_in.refresh_token,
        )
        .await?;
    Ok(Some(answer))
}

/// What an import saved.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Imported {
    pub connection: Connection,
    pub stored_in: &'static str,
    pub secret_last4: String,
    /// Shape warnings about the client ID or secret (saved all the same).
    pub warnings: Vec<String>,
}

/// Saves the connection under the request's name in the active home, and closes the request:
/// its key is deleted, so the same reply cannot be imported twice.
pub fn save(ctx: &Context, opened: Opened, proof: Option<TokenResponse>) -> Result<Imported> {
    let Opened {
        pending,
        reply,
        mut answered,
        dc,
        accounts,
    } = opened;
    let request = &pending.request;
    let new = NewConnection {
        name: request.name.clone(),
        client_id: reply.client_id.clone(),
        input: request.plan_input(dc.id),
    };
    let received = match (reply.signed_in, proof, accounts) {
        (Some(signed_in), Some(answer), Some(accounts)) => Some(Received {
            accounts,
            answer: TokenResponse {
                refresh_token: Some(signed_in.refresh_token.clone()),
                ..answer
            },
            granted: signed_in.granted_scopes.clone(),
            email: signed_in.email.clone(),
            refreshed: true,
        }),
        _ => None,
    };
    let saved = save_connected(ctx, &new, &reply.client_secret, received, &request.scopes)?;
    answered.at = clock::now();
    ctx.connections
        .active_home()?
        .close_request(&request.name, Some(answered))?;
    Ok(Imported {
        connection: saved.connection,
        stored_in: saved.stored_in,
        secret_last4: saved.secret_last4,
        warnings: saved.warnings,
    })
}
