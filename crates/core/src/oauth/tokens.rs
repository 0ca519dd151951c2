//! A connection's access token on demand, through one path whatever its home: the cached token
//! while it lasts, else a refresh under the home's claim, so that concurrent callers (other
//! processes, the app, other machines) refresh at most once and reuse the token the first one
//! kept.

use std::sync::Arc;
use std::time::Duration;

use super::token_endpoint::TokenResponse;
use crate::clock;
use crate::connection::Connection;
use crate::context::Context;
use crate::error::{Result, SignInError, StoreError, ZohoError};
use crate::home::{Claim, Claimed, Home};
use crate::note::Note;
use crate::secret::{ClientSecret, RefreshToken};
use crate::token_cache::{window, Want};
pub use crate::token_cache::{CachedToken, Freshness};

/// A refresh gives up after this long: Zoho's answer must come while the claim still holds.
pub const REFRESH_DEADLINE: Duration = Duration::from_secs(15);
/// What a claim must still have left when the new token is written.
const WRITE_MARGIN: Duration = Duration::from_secs(3);

/// A new sign-in, kept.
#[derive(Debug)]
pub struct KeptSignIn {
    pub token: CachedToken,
    /// The refresh token it replaced (read under the same claim, when asked for), for its
    /// caller to revoke.
    pub replaced: Option<RefreshToken>,
}

/// Keeps a new sign-in's tokens under the connection's claim, as a refresh keeps its own:
/// whatever brought them (the browser, a Self Client's code, an imported reply, a reconnect),
/// every token write goes through the home. `read_replaced`: the refresh token it replaces is
/// read first (one read more), for a caller that revokes it. Blocking (the claim).
pub fn keep_sign_in(
    home: &dyn Home,
    connection: &Connection,
    tokens: &TokenResponse,
    minted_by_refresh: bool,
    read_replaced: bool,
) -> Result<KeptSignIn> {
    let refresh = tokens
        .refresh_token
        .as_ref()
        .ok_or_else(|| missing_refresh_token(&connection.name))?;
    let token = CachedToken {
        access_token: tokens.access_token.clone(),
        expires_at: clock::now() + tokens.expires_in,
        api_domain: tokens.api_domain.clone(),
        lifetime: tokens.expires_in,
    };
    let mut claim = home.claim_to_replace(connection)?;
    // A first sign-in replaces nothing: no read.
    let replaced = if read_replaced && connection.signed_in.is_some() {
        claim
            .secrets()?
            .0
            .filter(|old| old.expose() != refresh.expose())
    } else {
        None
    };
    claim.keep_sign_in(&token, refresh, minted_by_refresh)?;
    Ok(KeptSignIn { token, replaced })
}

pub(crate) fn never_connected(name: &str) -> crate::Error {
    SignInError::NeedsSignIn {
        name: name.to_string(),
        why: crate::oauth::error::NoSignIn::NeverConnected,
    }
    .into()
}

/// A valid access token for `name`: the cached one while it has more than a minute left, else a
/// refreshed one.
pub async fn access_token(ctx: &Context, name: &str) -> Result<CachedToken> {
    access_token_with(ctx, name, Freshness::Cached).await
}

/// Runs blocking home work (file locks, the keychain, the team store) off the async runtime.
pub(crate) async fn off_runtime<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
}

/// [`access_token`], or with [`Freshness::Refresh`] a new token whatever the cache holds.
pub async fn access_token_with(
    ctx: &Context,
    name: &str,
    freshness: Freshness,
) -> Result<CachedToken> {
    // This computer's connections first (one read of connections.json); a team connection's
    // cached token then costs one read: its tokens record, checked on its own.
    let here = ctx.connections.locate_here(name)?;
    if here.is_none() && freshness != Freshness::Refresh {
        let quick = Want::new(freshness, None);
        if let Some(token) = ctx.connections.quick_team_token(name, quick)? {
            return Ok(token);
        }
    }
    let (connection, home): (_, Arc<dyn Home>) = match here {
        Some(found) => found,
        None => ctx.connections.locate(name)?,
    };
    if connection.signed_in.is_none() {
        return Err(never_connected(name));
    }
    let seen = {
        let (home, connection) = (Arc::clone(&home), connection.clone());
        off_runtime(move || home.cached(&connection)).await?
    };
    let want = Want::new(freshness, seen.token.as_ref());
    if let Some(token) = want.take(seen.token.as_ref(), clock::now()) {
        return Ok(token);
    }
    let claimed = {
        let (home, connection) = (Arc::clone(&home), connection.clone());
        off_runtime(move || home.claim(&connection, want)).await?
    };
    let claim = match claimed {
        Claimed::Fresh(token) => return Ok(token),
        Claimed::Held(claim) => claim,
    };
    if seen.implausible || claim.replaced_implausible() {
        ctx.notice(Note::new(
            "cached-token-replaced",
            &[("name", name.to_string())],
            format!("The cached access token of \"{name}\" could not have come from Zoho (its expiry, refresh times or API domain were wrong), so it was replaced with a new one."),
        ));
    }
    let store = home.place(&connection);
    refresh(ctx, &connection, claim, store).await
}

/// Refreshes under a held claim: Zoho's window, the secrets, the refresh, the new token kept.
async fn refresh(
    ctx: &Context,
    connection: &Connection,
    claim: Box<dyn Claim>,
    store: crate::secret_store::Place,
) -> Result<CachedToken> {
    let name = connection.name.clone();
    window::check(&name, &claim.recent_refreshes(), clock::now())?;
    let (mut claim, secrets) = off_runtime(move || {
        let mut claim = claim;
        let secrets = claim.secrets();
        Ok((claim, secrets))
    })
    .await?;
    let (refresh_token, secret) = secrets?;
    let refresh_token = refresh_token.ok_or_else(|| missing_refresh_token(&name))?;
    let secret = secret.ok_or_else(|| StoreError::SecretMissing {
        name: name.clone(),
        store,
    })?;
    // The whole refresh must fit in the claim: extend it when what is left would not do.
    if claim
        .remaining()
        .is_some_and(|left| left < REFRESH_DEADLINE + WRITE_MARGIN)
    {
        claim = off_runtime(move || {
            let mut claim = claim;
            claim.extend(REFRESH_DEADLINE + WRITE_MARGIN)?;
            Ok(claim)
        })
        .await?;
    }
    let deadline = claim
        .remaining()
        .map_or(REFRESH_DEADLINE, |left| left.saturating_sub(WRITE_MARGIN))
        .min(REFRESH_DEADLINE);
    let answer = tokio::time::timeout(deadline, mint(ctx, connection, &refresh_token, &secret))
        .await
        .map_err(|_| crate::error::NetworkError::Timeout {
            seconds: deadline.as_secs(),
        })??;
    let token = CachedToken {
        access_token: answer.access_token.clone(),
        expires_at: clock::now() + answer.expires_in,
        lifetime: answer.expires_in,
        api_domain: answer.api_domain.clone().or_else(|| {
            connection
                .signed_in
                .as_ref()
                .and_then(|s| s.api_domain.clone())
        }),
    };
    let kept = {
        let (token, refresh) = (token.clone(), answer.refresh_token.clone());
        off_runtime(move || claim.store(&token, refresh.as_ref())).await
    };
    match kept {
        Ok(()) => Ok(token),
        // Disconnected meanwhile: the token is revoked with its sign-in.
        Err(e) if e.category() == crate::Category::NeedsSignIn => Err(e),
        // The token is good even when it could not be kept: use it, and say so.
        Err(e) => {
            ctx.notice(Note::new(
                "token-not-kept",
                &[("name", name.to_string())],
                format!(
                    "The new access token of \"{name}\" could not be kept for the next call ({e})."
                ),
            ));
            Ok(token)
        }
    }
}

pub(crate) fn missing_refresh_token(name: &str) -> crate::Error {
    SignInError::NeedsSignIn {
        name: name.to_string(),
        why: crate::oauth::error::NoSignIn::RefreshTokenMissing,
    }
    .into()
}

/// Asks Zoho for a new access token with the refresh token, at the accounts server the
/// connection signed in at (checked against the trusted ones first).
pub(crate) async fn mint(
    ctx: &Context,
    connection: &Connection,
    refresh_token: &RefreshToken,
    secret: &ClientSecret,
) -> Result<TokenResponse> {
    let name = &connection.name;
    let signed_in = connection
        .signed_in
        .as_ref()
        .ok_or_else(|| never_connected(name))?;
    let accounts = ctx.config.accounts.trusted(&signed_in.accounts_server)?;
    ctx.endpoint()
        .refresh(&accounts, &connection.client_id, secret, refresh_token)
        .await
        .map_err(|e| match e {
            crate::Error::Zoho(ZohoError::InvalidCode) => SignInError::NeedsSignIn {
                name: name.clone(),
                why: crate::oauth::error::NoSignIn::RefreshTokenRefused,
            }
            .into(),
            other => other,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::fake::CannedHttp;
    use crate::secret_store::{EntryName, SecretKind, SecretStore};
    use crate::testing::TestContext;

    /// A connection "crm" signed in at the EU accounts server, with a refresh token.
    fn setup() -> TestContext {
        TestContext::signed_in("crm", None, "1000.refresh")
    }

    const MINTED: &str = r#"{"access_token":"1000.new","expires_in":3600}"#;

    #[tokio::test]
    async fn a_stale_cache_refreshes_once_then_the_cache_is_used() {
        let s = setup();
        s.http.answer(200, MINTED);
        let token = access_token(&s.ctx, "crm").await.unwrap();
        assert_eq!(token.access_token.expose(), "1000.new");
        assert_eq!(token.api_domain.as_deref(), Some("https://www.zohoapis.eu"));
        let again = access_token(&s.ctx, "crm").await.unwrap();
        assert_eq!(again.access_token.expose(), "1000.new");
        let requests = s.http.requests();
        assert_eq!(requests.len(), 1, "the second call used the cache");
        assert_eq!(requests[0].1, "https://accounts.zoho.eu/oauth/v2/token");
        let connection = s.ctx.connections.get("crm").unwrap();
        let signed_in = connection.signed_in.unwrap();
        assert_eq!(signed_in.recent_refreshes.len(), 1);
        assert_eq!(signed_in.access_expires_at, token.expires_at);
    }

    #[tokio::test]
    async fn a_forced_refresh_ignores_a_fresh_cache_but_not_the_rate_limit() {
        let s = setup();
        s.http
            .answer(200, MINTED)
            .answer(200, r#"{"access_token":"1000.newer","expires_in":3600}"#);
        access_token(&s.ctx, "crm").await.unwrap();
        let forced = access_token_with(&s.ctx, "crm", Freshness::Refresh)
            .await
            .unwrap();
        assert_eq!(forced.access_token.expose(), "1000.newer");
        assert_eq!(s.http.requests().len(), 2);
        let now = clock::now();
        s.ctx
            .connections
            .update("crm", |c| {
                c.signed_in.as_mut().unwrap().recent_refreshes = vec![now; 10];
            })
            .unwrap();
        let err = access_token_with(&s.ctx, "crm", Freshness::Refresh)
            .await
            .unwrap_err();
        assert_eq!(err.kind(), "token_rate_limited");
        let kept = access_token(&s.ctx, "crm").await.unwrap();
        assert_eq!(
            kept.access_token.expose(),
            "1000.newer",
            "the cache survives a refusal"
        );
    }

    #[tokio::test]
    async fn the_eleventh_refresh_in_ten_minutes_never_reaches_zoho() {
        let s = setup();
        let now = clock::now();
        s.ctx
            .connections
            .update("crm", |c| {
                c.signed_in.as_mut().unwrap().recent_refreshes = vec![now - 30; 10];
            })
            .unwrap();
        let err = access_token(&s.ctx, "crm").await.unwrap_err();
        assert_eq!(err.kind(), "token_rate_limited");
        assert_eq!(err.category(), crate::error::Category::RateLimited);
        // 570 seconds, or 569 when the clock ticked over between the test's `now` and the check's.
        assert!(
            ["Try again in 570 seconds", "Try again in 569 seconds"]
                .iter()
                .any(|said| err.to_string().contains(said)),
            "{err}"
        );
        assert!(s.http.requests().is_empty());
    }

    #[tokio::test]
    async fn a_revoked_refresh_token_means_signing_in_again() {
        let s = setup();
        s.http.answer(200, r#"{"error":"invalid_code"}"#);
        let err = access_token(&s.ctx, "crm").await.unwrap_err();
        assert_eq!(err.category(), crate::error::Category::NeedsSignIn);
        assert!(err.to_string().contains("at most 20"), "{err}");
    }

    #[tokio::test]
    async fn never_connected_or_no_refresh_token_means_signing_in() {
        let s = setup();
        s.store
            .delete(&EntryName::new("crm", SecretKind::RefreshToken))
            .unwrap();
        let err = access_token(&s.ctx, "crm").await.unwrap_err();
        assert!(
            err.to_string().contains("refresh token is missing"),
            "{err}"
        );
        s.ctx
            .connections
            .update("crm", |c| c.signed_in = None)
            .unwrap();
        let err = access_token(&s.ctx, "crm").await.unwrap_err();
        assert!(err.to_string().contains("never been connected"), "{err}");
        assert!(s.http.requests().is_empty());
    }

    #[tokio::test]
    async fn a_minted_token_is_used_even_when_it_cannot_be_kept() {
        let s = setup();
        s.http.answer(200, MINTED);
        s.store.fail_next(
            crate::secret_store::memory::Call::Set,
            crate::error::KeychainError::Failure {
                reason: "dbus".into(),
            },
        );
        let token = access_token(&s.ctx, "crm").await.unwrap();
        assert_eq!(token.access_token.expose(), "1000.new");
        let notices = s.ctx.take_notices();
        assert!(
            notices[0].contains("could not be kept for the next call"),
            "{notices:?}"
        );
        assert_eq!(notices[0].kind, "token-not-kept");
        assert!(crate::testing::app_words("notice-token-not-kept"));
        assert!(!notices[0].contains("1000.new"));
    }

    /// A context whose "crm" lives in a team store answering from `team`.
    fn team_context(team: &Arc<CannedHttp>) -> (tempfile::TempDir, Arc<CannedHttp>, Context) {
        let dir = tempfile::tempdir().unwrap();
        let zoho = Arc::new(CannedHttp::new());
        let team_http = Arc::clone(team) as Arc<dyn crate::http::HttpClient>;
        let ctx = Context::with_parts(
            crate::config::Config::in_dir(dir.path()),
            Arc::new(crate::secret_store::memory::MemoryStore::new()),
            zoho.clone(),
        )
        .with_team_http(Arc::new(move |_| Ok(Arc::clone(&team_http))));
        let settings = crate::team::settings::TeamInput {
            address: "http://127.0.0.1:8200".into(),
            ..Default::default()
        }
        .settings()
        .unwrap();
        team.answer(200, r#"{"data":{"keys":["crm"]}}"#);
        ctx.connections
            .use_team_with(settings, Some(crate::secret::TeamToken::new("s.token")))
            .unwrap();
        (dir, zoho, ctx)
    }

    #[tokio::test]
    async fn a_forced_refresh_of_a_team_connection_reaches_zoho_once() {
        use crate::team::kv::tests::{record, written};
        let team = Arc::new(CannedHttp::new());
        let (_dir, zoho, ctx) = team_context(&team);
        let now = clock::now();
        let connection =
            crate::testing::signed_in_record("crm", crate::secret_store::Place::TeamStore);
        let fresh = serde_json::json!({"access_token": "1000.cached", "expires_at": now + 3000,
            "api_domain": "https://www.zohoapis.com"});
        team.answer(200, &record(1, &serde_json::to_value(&connection).unwrap()))
            .answer(200, &record(7, &fresh))
            .answer(200, &record(7, &fresh))
            .answer(200, &written(8))
            .answer(
                200,
                &record(
                    3,
                    &serde_json::json!({"client_secret": crate::testing::SECRET,
                        "refresh_token": "1000.refresh"}),
                ),
            );
        zoho.answer(200, MINTED);
        let leased: serde_json::Value = serde_json::json!({"access_token": "1000.cached",
            "expires_at": now + 3000, "lease": {"holder": "x", "until": now + 20}});
        team.answer(200, &record(8, &leased))
            .answer(200, &written(9));
        let forced = access_token_with(&ctx, "crm", Freshness::Refresh)
            .await
            .unwrap();
        assert_eq!(forced.access_token.expose(), "1000.new");
        assert_eq!(zoho.requests().len(), 1, "one refresh");
        assert_eq!(
            zoho.requests()[0].1,
            "https://accounts.zoho.com/oauth/v2/token"
        );
        assert_eq!(team.pending(), 0);
        let stored: serde_json::Value =
            serde_json::from_str(team.json_bodies().last().unwrap().as_deref().unwrap()).unwrap();
        assert_eq!(stored["options"]["cas"], 8);
        assert_eq!(stored["data"]["access_token"], "1000.new");
    }

    #[tokio::test]
    async fn a_saved_accounts_server_is_checked_before_the_secret_goes_to_it() {
        let s = setup();
        s.ctx
            .connections
            .update("crm", |c| {
                c.signed_in.as_mut().unwrap().accounts_server = "https://evil.example".into();
            })
            .unwrap();
        let err = access_token(&s.ctx, "crm").await.unwrap_err();
        assert_eq!(err.kind(), "untrusted_accounts_server");
        assert!(s.http.requests().is_empty());
    }
}
