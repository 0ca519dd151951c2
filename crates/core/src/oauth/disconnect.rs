//! Disconnecting a connection: its refresh token is revoked at Zoho (which also ends every access
//! token made from it), then its tokens, or everything, are deleted here. Under the connection's
//! claim on its tokens, whatever its home: a refresh running at the same moment, here or on another
//! machine, cannot write a token back.

use super::token_endpoint::Revoked;
use super::tokens::off_runtime;
use crate::context::Context;
use crate::error::{Error, Result, SignInError};

/// Whether Zoho is asked to revoke, or the tokens are only deleted here (Zoho unreachable, and
/// the user will revoke by hand).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revoke {
    AtZoho,
    LocalOnly,
}

/// What is deleted once the sign-in is revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forget {
    /// The tokens: the connection stays, with its client secret, ready to connect again.
    Tokens,
    /// The whole connection, client secret included.
    Everything,
}

/// What disconnecting did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Disconnected {
    /// Zoho revoked the refresh token now.
    Revoked,
    /// Zoho no longer knew it (revoked before, or pushed out by newer sign-ins).
    AlreadyRevoked,
    /// Deleted here only; the sign-in may still be valid at Zoho.
    LocalOnly,
    /// There was no sign-in to revoke.
    NotSignedIn,
}

impl Disconnected {
    /// What happened, in a sentence for the person who asked.
    pub fn describe(self, name: &str) -> String {
        match self {
            Disconnected::Revoked => format!("Zoho revoked the sign-in of \"{name}\" (its refresh token and the access tokens made from it)."),
            Disconnected::AlreadyRevoked => format!("Zoho had already let go of the sign-in of \"{name}\"."),
            Disconnected::LocalOnly => format!("The tokens of \"{name}\" were deleted here only: Zoho may still accept them. Revoke the sign-in by hand in your Zoho account, under Connected apps."),
            Disconnected::NotSignedIn => format!("\"{name}\" had no sign-in to revoke."),
        }
    }
}

/// Revokes the connection's sign-in at Zoho, then forgets its tokens or the whole connection.
/// When Zoho cannot be reached, nothing is deleted unless `revoke` is [`Revoke::LocalOnly`].
pub async fn disconnect(
    ctx: &Context,
    name: &str,
    revoke: Revoke,
    forget: Forget,
) -> Result<Disconnected> {
    let (connection, home) = ctx.connections.locate(name)?;
    let (claim, refresh) = {
        let connection = connection.clone();
        off_runtime(move || {
            let mut claim = home.claim_to_replace(&connection)?;
            let (refresh, _) = claim.secrets()?;
            Ok((claim, refresh))
        })
        .await?
    };
    let outcome = match (&connection.signed_in, refresh, revoke) {
        (_, _, Revoke::LocalOnly) => Disconnected::LocalOnly,
        (Some(signed_in), Some(refresh), Revoke::AtZoho) => {
            let accounts = ctx.config.accounts.trusted(&signed_in.accounts_server)?;
            match ctx.endpoint().revoke(&accounts, &refresh).await {
                Ok(Revoked::Now) => Disconnected::Revoked,
                Ok(Revoked::AlreadyUnknown) => Disconnected::AlreadyRevoked,
                Err(Error::Network(e)) => {
                    return Err(SignInError::RevokeUnreachable {
                        name: name.to_string(),
                        reason: e.reason(),
                    }
                    .into())
                }
                Err(e) => return Err(e),
            }
        }
        _ => Disconnected::NotSignedIn,
    };
    off_runtime(move || claim.forget(forget == Forget::Everything)).await?;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::NetworkError;
    use crate::secret_store::{EntryName, SecretKind, SecretStore};
    use crate::testing::TestContext;

    /// "crm" signed in at the EU accounts server, with both tokens stored.
    fn signed_in() -> TestContext {
        let s = TestContext::signed_in("crm", None, "1000.refresh");
        s.store
            .set(&EntryName::new("crm", SecretKind::AccessToken), "{}")
            .unwrap();
        s
    }

    #[tokio::test]
    async fn disconnect_revokes_then_deletes_the_tokens_and_keeps_the_secret() {
        let s = signed_in();
        s.http.answer(200, r#"{"status":"success"}"#);
        let outcome = disconnect(&s.ctx, "crm", Revoke::AtZoho, Forget::Tokens)
            .await
            .unwrap();
        assert_eq!(outcome, Disconnected::Revoked);
        assert_eq!(
            s.http.requests()[0].1,
            "https://accounts.zoho.eu/oauth/v2/token/revoke?token=1000.refresh"
        );
        assert_eq!(s.store.accounts(), ["crm/client_secret"]);
        assert!(s.ctx.connections.get("crm").unwrap().signed_in.is_none());
    }

    #[tokio::test]
    async fn zoho_unreachable_deletes_nothing_unless_asked_to() {
        let s = signed_in();
        s.http.fail(
            NetworkError::Unreachable {
                reason: "refused".into(),
            }
            .into(),
        );
        let err = disconnect(&s.ctx, "crm", Revoke::AtZoho, Forget::Everything)
            .await
            .unwrap_err();
        assert_eq!(err.kind(), "revoke_unreachable");
        assert_eq!(err.category(), crate::Category::Network);
        assert!(err.to_string().contains("Connected apps"), "{err}");
        assert_eq!(s.store.len(), 3, "nothing deleted");

        let outcome = disconnect(&s.ctx, "crm", Revoke::LocalOnly, Forget::Everything)
            .await
            .unwrap();
        assert_eq!(outcome, Disconnected::LocalOnly);
        assert!(s.store.is_empty());
        assert!(s.ctx.connections.list().unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_token_zoho_no_longer_knows_counts_as_revoked() {
        let s = signed_in();
        s.http.answer(400, r#"{"status":"failure"}"#);
        let outcome = disconnect(&s.ctx, "crm", Revoke::AtZoho, Forget::Tokens)
            .await
            .unwrap();
        assert_eq!(outcome, Disconnected::AlreadyRevoked);
        assert_eq!(s.store.accounts(), ["crm/client_secret"]);
    }

    #[tokio::test]
    async fn a_connection_never_signed_in_is_removed_without_asking_zoho() {
        let s = TestContext::with_connection("crm");
        let outcome = disconnect(&s.ctx, "crm", Revoke::AtZoho, Forget::Everything)
            .await
            .unwrap();
        assert_eq!(outcome, Disconnected::NotSignedIn);
        assert!(s.http.requests().is_empty());
        assert!(s.store.is_empty());
    }
}
