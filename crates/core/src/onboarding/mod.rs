//! Two-party onboarding with no server in between: integration staff make a request (a key pair
//! for it; the public half travels in the request), the customer's admin creates the client from
//! it and sends back a reply only the request's key opens; the staff import it.

pub mod admin;
pub mod code;
pub mod error;
pub mod pending;
pub mod reply;
pub mod request;
pub mod self_client;
pub mod staff;

use crate::clock;
use crate::connection::{Connection, SignedIn};
use crate::connections::{NewConnection, SavedSecret};
use crate::error::Result;
use crate::oauth::token_endpoint::TokenResponse;
use crate::oauth::tokens::keep_sign_in;
use crate::secret::{ClientSecret, RefreshToken};
use crate::Context;

/// What is wrong with a JSON text, and where, without quoting any of it: a file or a decrypted
/// reply may hold a secret, and serde's own messages quote what they met.
pub(crate) fn json_problem(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Io => "it could not be read",
        Category::Syntax => "it is not well-formed JSON",
        Category::Data => "a field is missing, unknown or of the wrong type",
        Category::Eof => "it ends too early",
    };
    format!("{what}, at line {} column {}", e.line(), e.column())
}

/// Tokens obtained without the browser (a reply's proven refresh token, a Self Client code).
#[derive(Debug)]
pub(crate) struct Received {
    pub accounts: url::Url,
    /// With the refresh token.
    pub answer: TokenResponse,
    pub granted: Vec<String>,
    pub email: Option<String>,
    /// Minted by a refresh (counted in Zoho's ten minutes), not by a code.
    pub refreshed: bool,
}

/// Saves a new connection in the active home and, with tokens, keeps them and records the
/// sign-in. The secret is saved first, as for a connection typed in. `imported`: it came from
/// a customer's reply ([`Connection::imported_at`]).
pub(crate) fn save_connected(
    ctx: &Context,
    new: &NewConnection,
    secret: &ClientSecret,
    received: Option<Received>,
    scopes: &[String],
    imported: bool,
) -> Result<SavedSecret> {
    let mut saved = ctx.connections.add(new, secret)?;
    saved.connection = record_sign_in(ctx, &new.name, received, scopes, imported)?.0;
    Ok(saved)
}

/// Keeps tokens obtained without the browser under the connection's claim and records the
/// sign-in with the connection, replacing an earlier one (`None`: the connection is left
/// without one). The scopes asked for are recorded either way, and with `imported` when it came
/// from a customer's reply, in the same write. Returns the connection and the refresh token the
/// sign-in replaced.
pub(crate) fn record_sign_in(
    ctx: &Context,
    name: &str,
    received: Option<Received>,
    scopes: &[String],
    imported: bool,
) -> Result<(Connection, Option<RefreshToken>)> {
    let (signed_in, replaced) = match received {
        Some(received) => {
            let (current, home) = ctx.connections.locate(name)?;
            let kept = keep_sign_in(
                home.as_ref(),
                &current,
                &received.answer,
                received.refreshed,
                true,
            )?;
            let now = clock::now();
            let signed_in = SignedIn {
                accounts_server: received.accounts.as_str().trim_end_matches('/').to_string(),
                api_domain: received.answer.api_domain.clone(),
                location: None,
                email: received.email,
                granted_scopes: received.granted,
                connected_at: now,
                access_expires_at: kept.token.expires_at,
                recent_refreshes: if received.refreshed {
                    vec![now]
                } else {
                    Vec::new()
                },
            };
            (Some(signed_in), kept.replaced)
        }
        None => (None, None),
    };
    let now = clock::now();
    let connection = ctx.connections.update(name, |c| {
        c.scopes = scopes.to_vec();
        c.signed_in.clone_from(&signed_in);
        if imported {
            c.imported_at = Some(now);
        }
        c.clone()
    })?;
    Ok((connection, replaced))
}
