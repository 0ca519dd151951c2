//! Tokens kept for a connection: the refresh token and the cached access token in its secret
//! store, and an access token on demand that refreshes at most once across every process.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::token_endpoint::TokenResponse;
use crate::clock;
use crate::connection::Connection;
use crate::context::Context;
use crate::error::{Result, SignInError, ZohoError};
use crate::secret::{AccessToken, ClientSecret, RefreshToken};
use crate::secret_store::{Backend, EntryName, SecretKind, SecretStore};

/// A cached token is used while it has more than this many seconds left.
pub const MIN_LIFETIME_SECS: u64 = 60;
/// Zoho mints at most this many access tokens per refresh token per window
/// (https://www.zoho.com/accounts/protocol/oauth/limits.html).
pub const REFRESHES_PER_WINDOW: usize = 10;
pub const REFRESH_WINDOW_SECS: u64 = 600;

/// An access token ready for `Authorization: Zoho-oauthtoken ...`, with its expiry.
#[derive(Debug, Clone)]
pub struct CachedToken {
    pub access_token: AccessToken,
    pub expires_at: u64,
    pub api_domain: Option<String>,
}

/// How the cache entry is written (the same JSON the first versions wrote).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CacheOut<'a> {
    access_token: &'a str,
    expires_at: u64,
    api_domain: Option<&'a str>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CacheIn {
    access_token: AccessToken,
    expires_at: u64,
    #[serde(default)]
    api_domain: Option<String>,
}

impl CachedToken {
    pub(crate) fn lasts(&self, now: u64, secs: u64) -> bool {
        self.expires_at > now + secs
    }
}

/// The cache entry's JSON for a token (the same JSON the first versions wrote).
pub(crate) fn cache_json(token: &CachedToken) -> Zeroizing<String> {
    Zeroizing::new(
        serde_json::to_string(&CacheOut {
            access_token: token.access_token.expose(),
            expires_at: token.expires_at,
            api_domain: token.api_domain.as_deref(),
        })
        .expect("tokens serialise"),
    )
}

/// A cache entry's JSON read back; `None` when it is not one.
pub(crate) fn parse_cached(json: &str) -> Option<CachedToken> {
    serde_json::from_str::<CacheIn>(json)
        .ok()
        .map(|c| CachedToken {
            access_token: c.access_token,
            expires_at: c.expires_at,
            api_domain: c.api_domain,
        })
}

/// Stores what a token answer carried; returns the cached access token.
pub fn store_tokens(
    store: &dyn SecretStore,
    name: &str,
    tokens: &TokenResponse,
    api_domain: Option<String>,
) -> Result<CachedToken> {
    let cached = CachedToken {
        access_token: tokens.access_token.clone(),
        expires_at: clock::now() + tokens.expires_in,
        api_domain,
    };
    let json = cache_json(&cached);
    // Both tokens in one call: one encryption in the file store.
    let mut entries = vec![(EntryName::new(name, SecretKind::AccessToken), json.as_str())];
    if let Some(refresh) = &tokens.refresh_token {
        entries.push((
            EntryName::new(name, SecretKind::RefreshToken),
            refresh.expose(),
        ));
    }
    store.set_all(&entries)?;
    Ok(cached)
}

fn cached(store: &dyn SecretStore, name: &str) -> Result<Option<CachedToken>> {
    use secrecy::ExposeSecret;
    Ok(store
        .get(&EntryName::new(name, SecretKind::AccessToken))?
        .and_then(|json| parse_cached(json.expose_secret())))
}

pub(crate) fn never_connected(name: &str) -> crate::Error {
    SignInError::NeedsSignIn {
        name: name.to_string(),
        why: "it has never been connected",
    }
    .into()
}

/// Whether a cached access token may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// The cached token while it has more than a minute left.
    Cached,
    /// The cached token while it has more than this many seconds left (for a program that
    /// starts with one and uses it for a while).
    LastsAtLeast(u64),
    /// Always a new one (the cached one was revoked at Zoho, or the clock jumped), still within
    /// Zoho's 10 per 10 minutes.
    Refresh,
}

impl Freshness {
    /// How long a cached token must still last to be used (`u64::MAX`: never).
    pub(crate) fn min_lifetime(self) -> u64 {
        match self {
            Freshness::Cached => MIN_LIFETIME_SECS,
            Freshness::LastsAtLeast(secs) => secs.max(MIN_LIFETIME_SECS),
            Freshness::Refresh => u64::MAX,
        }
    }
}

/// A valid access token for `name`: the cached one while it has more than a minute left, else a
/// refreshed one. Concurrent callers (other processes, the app) refresh at most once: they queue
/// on a file lock and reuse the token the first one stored.
pub async fn access_token(ctx: &Context, name: &str) -> Result<CachedToken> {
    access_token_with(ctx, name, Freshness::Cached).await
}

/// [`access_token`], or with [`Freshness::Refresh`] a new token whatever the cache holds.
pub async fn access_token_with(
    ctx: &Context,
    name: &str,
    freshness: Freshness,
) -> Result<CachedToken> {
    let connection = ctx.connections.get(name)?;
    if connection.signed_in.is_none() {
        return Err(never_connected(name));
    }
    if connection.secret_store == Backend::Vault {
        return super::team_refresh::access_token(ctx, &connection, freshness).await;
    }
    let store = ctx.connections.store_of(&connection)?;
    let min_lifetime = freshness.min_lifetime();
    let usable = |store: &dyn SecretStore| -> Result<Option<CachedToken>> {
        if freshness == Freshness::Refresh {
            return Ok(None);
        }
        Ok(cached(store, name)?.filter(|t| t.lasts(clock::now(), min_lifetime)))
    };
    if let Some(token) = usable(store.as_ref())? {
        return Ok(token);
    }
    let _lock = ctx.connections.token_lock(name)?;
    if let Some(token) = usable(store.as_ref())? {
        return Ok(token);
    }
    refresh(ctx, &ctx.connections.get(name)?, store.as_ref()).await
}

async fn refresh(
    ctx: &Context,
    connection: &Connection,
    store: &dyn SecretStore,
) -> Result<CachedToken> {
    let name = &connection.name;
    let signed_in = connection
        .signed_in
        .as_ref()
        .ok_or_else(|| never_connected(name))?;
    let now = clock::now();
    within_rate_window(name, &signed_in.recent_refreshes, now)?;
    let refresh_token = store
        .get(&EntryName::new(name, SecretKind::RefreshToken))?
        .map(|t| RefreshToken::new(secrecy::ExposeSecret::expose_secret(&t)))
        .ok_or_else(|| missing_refresh_token(name))?;
    let secret = ctx.connections.client_secret(name)?;
    let answer = mint(ctx, connection, &refresh_token, &secret).await?;
    let api_domain = answer
        .api_domain
        .clone()
        .or_else(|| signed_in.api_domain.clone());
    let token = store_tokens(store, name, &answer, api_domain)?;
    ctx.connections.update(name, |c| {
        if let Some(signed_in) = c.signed_in.as_mut() {
            signed_in
                .recent_refreshes
                .retain(|t| now < t + REFRESH_WINDOW_SECS);
            signed_in.recent_refreshes.push(now);
            signed_in.access_expires_at = token.expires_at;
        }
    })?;
    Ok(token)
}

/// Refuses an eleventh refresh within Zoho's ten minutes, before it reaches Zoho.
pub(crate) fn within_rate_window(name: &str, recent_refreshes: &[u64], now: u64) -> Result<()> {
    let recent: Vec<u64> = recent_refreshes
        .iter()
        .copied()
        .filter(|t| now < t + REFRESH_WINDOW_SECS)
        .collect();
    if recent.len() >= REFRESHES_PER_WINDOW {
        let oldest = recent.iter().min().copied().unwrap_or(now);
        return Err(ZohoError::TokenRateLimited {
            name: name.to_string(),
            wait_secs: (oldest + REFRESH_WINDOW_SECS).saturating_sub(now),
        }
        .into());
    }
    Ok(())
}

pub(crate) fn missing_refresh_token(name: &str) -> crate::Error {
    SignInError::NeedsSignIn {
        name: name.to_string(),
        why: "its refresh token is missing",
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
                why: "Zoho no longer accepts its refresh token (revoked, or pushed out by newer sign-ins: Zoho keeps at most 20 per user)",
            }
            .into(),
            other => other,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert!(
            err.to_string().contains("Try again in 570 seconds"),
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
