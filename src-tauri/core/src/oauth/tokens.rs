//! Tokens kept for a profile: the refresh token and the cached access token in its secret store,
//! and an access token on demand that refreshes at most once across every process.

use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use url::Url;

use super::token_client::{TokenClient, TokenResponse};
use crate::connections::Connections;
use crate::error::{Error, Result};
use crate::profile::{self, Profile};
use crate::secret::Passphrase;
use crate::secret_store::{EntryName, SecretKind, SecretStore};

/// A cached token is used while it has more than this many seconds left.
pub const MIN_LIFETIME_SECS: u64 = 60;
/// Zoho mints at most this many access tokens per refresh token per window.
pub const REFRESHES_PER_WINDOW: usize = 10;
pub const REFRESH_WINDOW_SECS: u64 = 600;

/// An access token ready for `Authorization: Zoho-oauthtoken ...`.
#[derive(Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessToken {
    pub access_token: String,
    pub expires_at: u64,
    #[serde(default)]
    pub api_domain: Option<String>,
}

impl std::fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessToken")
            .field("access_token", &"[redacted]")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

impl AccessToken {
    fn fresh(&self, now: u64) -> bool {
        self.expires_at > now + MIN_LIFETIME_SECS
    }
}

/// Stores what a token answer carried; returns the cached access token.
pub fn store_tokens(
    store: &dyn SecretStore,
    name: &str,
    tokens: &TokenResponse,
    api_domain: Option<String>,
) -> Result<AccessToken> {
    if let Some(refresh) = &tokens.refresh_token {
        store.set(&EntryName::new(name, SecretKind::RefreshToken), refresh)?;
    }
    let access = AccessToken {
        access_token: tokens.access_token.clone(),
        expires_at: profile::now() + tokens.expires_in,
        api_domain,
    };
    let json = zeroize::Zeroizing::new(serde_json::to_string(&access).expect("tokens serialise"));
    store.set(&EntryName::new(name, SecretKind::AccessToken), &json)?;
    Ok(access)
}

fn cached(store: &dyn SecretStore, name: &str) -> Result<Option<AccessToken>> {
    Ok(store
        .get(&EntryName::new(name, SecretKind::AccessToken))?
        .and_then(|json| serde_json::from_str(json.expose_secret()).ok()))
}

/// A valid access token for `name`: the cached one while it has more than a minute left, else a
/// refreshed one. Concurrent callers (other processes, the app) refresh at most once: they queue on
/// a file lock and reuse the token the first one stored.
pub async fn access_token(
    connections: &Connections,
    name: &str,
    passphrase: Option<&Passphrase>,
) -> Result<AccessToken> {
    let profile = connections.get(name)?;
    if profile.zoho.is_none() {
        return Err(Error::NeedsLogin {
            name: name.to_string(),
            why: "it has never been connected",
        });
    }
    let store = connections.store_of(&profile, passphrase)?;
    if let Some(token) = cached(store.as_ref(), name)?.filter(|t| t.fresh(profile::now())) {
        return Ok(token);
    }
    let _lock = connections.token_lock(name)?;
    if let Some(token) = cached(store.as_ref(), name)?.filter(|t| t.fresh(profile::now())) {
        return Ok(token);
    }
    refresh(
        connections,
        &connections.get(name)?,
        store.as_ref(),
        passphrase,
    )
    .await
}

async fn refresh(
    connections: &Connections,
    profile: &Profile,
    store: &dyn SecretStore,
    passphrase: Option<&Passphrase>,
) -> Result<AccessToken> {
    let name = &profile.name;
    let zoho = profile.zoho.as_ref().expect("checked by the caller");
    let now = profile::now();
    let recent: Vec<u64> = zoho
        .recent_refreshes
        .iter()
        .copied()
        .filter(|t| now < t + REFRESH_WINDOW_SECS)
        .collect();
    if recent.len() >= REFRESHES_PER_WINDOW {
        let oldest = recent.iter().min().copied().unwrap_or(now);
        return Err(Error::TokenRateLimited {
            name: name.clone(),
            wait_secs: (oldest + REFRESH_WINDOW_SECS).saturating_sub(now),
        });
    }
    let refresh_token = store
        .get(&EntryName::new(name, SecretKind::RefreshToken))?
        .ok_or_else(|| Error::NeedsLogin {
            name: name.clone(),
            why: "its refresh token is missing",
        })?;
    let secret = connections.client_secret(name, passphrase)?;
    let accounts = super::accounts::trusted_accounts_server(&zoho.accounts_server)?;
    let answer = TokenClient::default()
        .refresh(&accounts, &profile.client_id, &secret, refresh_token.expose_secret())
        .await
        .map_err(|e| match e {
            Error::ZohoInvalidCode => Error::NeedsLogin {
                name: name.clone(),
                why: "Zoho no longer accepts its refresh token (revoked, or pushed out by newer sign-ins: Zoho keeps at most 20 per user)",
            },
            other => other,
        })?;
    let api_domain = answer
        .api_domain
        .clone()
        .or_else(|| zoho.api_domain.clone());
    let token = store_tokens(store, name, &answer, api_domain)?;
    connections.update_profile(name, |p| {
        if let Some(zoho) = p.zoho.as_mut() {
            zoho.recent_refreshes
                .retain(|t| now < t + REFRESH_WINDOW_SECS);
            zoho.recent_refreshes.push(now);
            zoho.access_expires_at = token.expires_at;
        }
    })?;
    Ok(token)
}

/// The accounts server of a connected profile, checked again before use.
pub fn accounts_of(profile: &Profile) -> Option<Url> {
    let zoho = profile.zoho.as_ref()?;
    super::accounts::trusted_accounts_server(&zoho.accounts_server).ok()
}
