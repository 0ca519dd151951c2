//! The admin's side: a connection made from a request (its values fixed by the request), and the
//! reply, encrypted to the request's key, made in memory.

use serde::Serialize;

use super::error::OnboardingError;
use super::reply::{Reply, ReplySignIn};
use super::request::{Request, RequestOrigin, CLOCK_SKEW_SECS};
use crate::clock;
use crate::connection::Connection;
use crate::connections::{NewConnection, SavedSecret};
use crate::dc::DataCentre;
use crate::error::{Error, InputError, Result};
use crate::registration::Template;
use crate::secret::{ClientSecret, RefreshToken};
use crate::secret_store::{EntryName, SecretKind};
use crate::Context;

/// A request as the admin sees it before creating anything. Each value is shown on its own: the
/// fingerprint is computed here, never taken from the request's text.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Opened {
    pub request: Request,
    pub fingerprint: String,
    /// "in 6 days".
    pub expires: String,
}

/// Reads a request (file text or link) for the admin: checked, and refused once expired.
pub fn open_request(text: &str) -> Result<Opened> {
    let request = Request::parse(text)?;
    let now = clock::now();
    request.ensure_open(now)?;
    Ok(Opened {
        fingerprint: request.fingerprint(),
        expires: clock::relative(request.expires_at, now),
        request,
    })
}

/// Creates the connection the request asks for, with the admin's client ID and secret; `dc` is
/// used only when the request leaves the data centre to the customer. `fingerprint` is what the
/// admin confirmed matches what the requester read to them (typed, or the one the app showed
/// when they ticked the box): nothing is saved unless it is this request's.
pub fn add_from_request(
    ctx: &Context,
    request: &Request,
    fingerprint: &str,
    client_id: &str,
    secret: &ClientSecret,
    dc: &str,
) -> Result<SavedSecret> {
    request.ensure_open(clock::now())?;
    if !request.fingerprint_matches(fingerprint) {
        return Err(OnboardingError::FingerprintMismatch.into());
    }
    if let Some(asked) = request.reconnect_client() {
        if client_id.trim() != asked {
            return Err(OnboardingError::ReconnectOtherClient {
                name: request.name.clone(),
                asked: asked.to_string(),
            }
            .into());
        }
        // Kept here: the secret given replaces the one kept (the console shows it again, or it
        // was regenerated), and the connection answers this request from now on.
        if reconnecting(ctx, request)? == Some(Reconnecting::Kept) {
            let mut saved = ctx.connections.set_secret(&request.name, secret)?;
            saved.connection = answer_with(ctx, request)?;
            return Ok(saved);
        }
    }
    let dc = DataCentre::by_id(request.dc.as_deref().unwrap_or(dc))?;
    let new = NewConnection {
        name: request.name.clone(),
        client_id: client_id.to_string(),
        input: request.plan_input(dc.id),
    };
    let mut saved = ctx.connections.add(&new, secret)?;
    saved.connection = answer_with(ctx, request)?;
    Ok(saved)
}

/// Where a reconnect request stands on this computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Reconnecting {
    /// The connection is kept here with the client asked for: the sign-in is all that is left.
    Kept,
    /// No connection of that name here (removed after the reply): its secret is asked again.
    Gone,
}

/// For a reconnect request, whether the connection it names is kept here with its client
/// (`None` for a request for a new connection). One kept with another client is refused.
pub fn reconnecting(ctx: &Context, request: &Request) -> Result<Option<Reconnecting>> {
    let Some(asked) = request.reconnect_client() else {
        return Ok(None);
    };
    match ctx.connections.locate(&request.name) {
        // Only a connection made here from a request is answered again: one of the admin's own
        // (or a Self Client) is never handed to whoever asks by name and client ID.
        Ok((connection, _))
            if connection.client_id == asked
                && connection.request.is_some()
                && connection.template != Template::SelfClient =>
        {
            Ok(Some(Reconnecting::Kept))
        }
        Ok((connection, _)) if connection.client_id == asked => {
            Err(OnboardingError::ReconnectNotFromRequest {
                name: request.name.clone(),
            }
            .into())
        }
        Ok(_) => Err(OnboardingError::ReconnectKeptOtherClient {
            name: request.name.clone(),
            asked: asked.to_string(),
        }
        .into()),
        Err(Error::Input(InputError::ConnectionNotFound { .. })) => Ok(Some(Reconnecting::Gone)),
        Err(other) => Err(other),
    }
}

/// A reconnect request for a connection kept here, accepted once the admin confirmed its
/// fingerprint: the connection answers this request from now on (its scopes, its key), and
/// the sign-in is what is left to do.
pub fn accept_reconnect(ctx: &Context, request: &Request, fingerprint: &str) -> Result<Connection> {
    request.ensure_open(clock::now())?;
    if !request.fingerprint_matches(fingerprint) {
        return Err(OnboardingError::FingerprintMismatch.into());
    }
    if reconnecting(ctx, request)? != Some(Reconnecting::Kept) {
        return Err(InputError::ConnectionNotFound {
            name: request.name.clone(),
        }
        .into());
    }
    answer_with(ctx, request)
}

/// Makes the connection answer `request`: its scopes, and where its reply goes.
fn answer_with(ctx: &Context, request: &Request) -> Result<Connection> {
    ctx.connections.update(&request.name, |c| {
        c.scopes.clone_from(&request.scopes);
        c.request = Some(RequestOrigin::from(request));
        c.clone()
    })
}
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sealed {
    /// The armored text (what the file holds, or what is copied).
    pub text: String,
    pub to: String,
    pub file_name: String,
    /// What it holds, in a sentence.
    pub holds: String,
    /// Whether it carries the sign-in too (the app words what it holds from this).
    pub with_sign_in: bool,
    /// The reply's short code: the staff's import shows the same.
    pub code: String,
    /// The request's fingerprint, recomputed from the request kept with the connection (`None`
    /// for one kept by an earlier version).
    pub fingerprint: Option<String>,
}

/// The reply for a connection made from a request: refused once the request expired, and before
/// the sign-in when the request asked for a refresh token.
pub fn reply(ctx: &Context, name: &str) -> Result<Sealed> {
    let (connection, home) = ctx.connections.locate(name)?;
    let origin = connection
        .request
        .clone()
        .ok_or_else(|| OnboardingError::NotFromRequest { name: name.into() })?;
    origin.verify()?;
    let now = clock::now();
    if now >= origin.expires_at() {
        return Err(OnboardingError::RequestExpired {
            from: origin.requester().to_string(),
            when: clock::relative(origin.expires_at(), now),
            at: origin.expires_at(),
        }
        .into());
    }
    let recipient = origin.recipient()?;
    let secret = ctx.connections.client_secret(name)?;
    // A reconnect asks for a new sign-in: the one from before it is not sent.
    let signed_in_since = connection.signed_in.as_ref().filter(|s| {
        !origin.is_reconnect() || s.connected_at + CLOCK_SKEW_SECS >= origin.created_at()
    });
    let signed_in = match (signed_in_since, origin.refresh_token()) {
        (Some(signed_in), true) => {
            let store = home.secrets(&connection)?;
            let refresh = store
                .get(&EntryName::new(name, SecretKind::RefreshToken))?
                .map(|t| RefreshToken::new(secrecy::ExposeSecret::expose_secret(&t)));
            let Some(refresh_token) = refresh else {
                return Err(sign_in_first(name, &origin));
            };
            Some(ReplySignIn {
                accounts_server: signed_in.accounts_server.clone(),
                api_domain: signed_in.api_domain.clone(),
                granted_scopes: signed_in.granted_scopes.clone(),
                email: signed_in.email.clone(),
                refresh_token,
            })
        }
        (None, true) => return Err(sign_in_first(name, &origin)),
        (_, false) => None,
    };
    let with_sign_in = signed_in.is_some();
    let holds = if with_sign_in {
        "the connection's name, data centre, Client ID and Client Secret, and its sign-in (refresh token, accounts server, API domain, scopes and account)"
    } else {
        "the connection's name, data centre, Client ID and Client Secret"
    };
    let reply = Reply::new(
        origin.id(),
        name,
        &connection.dc,
        &connection.client_id,
        secret,
        signed_in,
    );
    let text = reply.seal(&recipient);
    Ok(Sealed {
        code: super::reply::code(&text),
        text,
        holds: format!(
            "It holds {holds}, encrypted so that only the key in the request can open it."
        ),
        with_sign_in,
        file_name: format!("{name}.zcwreply"),
        to: origin.requester().to_string(),
        fingerprint: origin.fingerprint(),
    })
}

fn sign_in_first(name: &str, origin: &RequestOrigin) -> Error {
    OnboardingError::SignInFirst {
        name: name.into(),
        from: origin.requester().to_string(),
    }
    .into()
}
