//! The three records a connection has in the team store, each under its own folder so a policy
//! can grant each on its own: `connections/NAME` (what the app shows; never a secret),
//! `secrets/NAME` (client secret, refresh token) and `tokens/NAME` (the cached access token,
//! Zoho's refresh window, and the lease of the machine refreshing it).

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use crate::oauth::tokens::{CachedToken, REFRESH_WINDOW_SECS};
use crate::secret::AccessToken;

pub const CONNECTIONS: &str = "connections";
pub const SECRETS: &str = "secrets";
pub const TOKENS: &str = "tokens";

/// `secrets/NAME`. Field names as `bao kv get` shows them.
#[derive(Default, Serialize, Deserialize)]
pub struct SecretsRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

impl std::fmt::Debug for SecretsRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretsRecord")
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "[redacted]"),
            )
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

impl Drop for SecretsRecord {
    fn drop(&mut self) {
        self.client_secret.zeroize();
        self.refresh_token.zeroize();
    }
}

impl SecretsRecord {
    pub fn is_empty(&self) -> bool {
        self.client_secret.is_none() && self.refresh_token.is_none()
    }
}

/// The machine refreshing a connection's token, until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lease {
    pub holder: String,
    /// Seconds since the Unix epoch.
    pub until: u64,
}

/// `tokens/NAME`.
#[derive(Default, Clone, Serialize, Deserialize)]
pub struct TokensRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(default)]
    pub expires_at: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_domain: Option<String>,
    /// When access tokens were minted in the last 10 minutes, by any machine.
    #[serde(default)]
    pub recent_refreshes: Vec<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease: Option<Lease>,
}

impl std::fmt::Debug for TokensRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokensRecord")
            .field("expires_at", &self.expires_at)
            .field("recent_refreshes", &self.recent_refreshes)
            .field("lease", &self.lease)
            .finish_non_exhaustive()
    }
}

impl Drop for TokensRecord {
    fn drop(&mut self) {
        self.access_token.zeroize();
    }
}

impl TokensRecord {
    /// The cached access token, if there is one.
    pub fn cached(&self) -> Option<CachedToken> {
        self.access_token.as_ref().map(|token| CachedToken {
            access_token: AccessToken::new(token),
            expires_at: self.expires_at,
            api_domain: self.api_domain.clone(),
        })
    }

    pub fn set_cached(&mut self, token: &CachedToken) {
        self.access_token = Some(token.access_token.expose().to_string());
        self.expires_at = token.expires_at;
        self.api_domain.clone_from(&token.api_domain);
    }

    pub fn clear_cached(&mut self) {
        self.access_token.zeroize();
        self.access_token = None;
        self.expires_at = 0;
    }

    /// Counts a refresh at `now`, forgetting those outside Zoho's window.
    pub fn count_refresh(&mut self, now: u64) {
        self.recent_refreshes
            .retain(|t| now < t + REFRESH_WINDOW_SECS);
        self.recent_refreshes.push(now);
    }

    /// The lease, while it lasts.
    pub fn live_lease(&self, now: u64) -> Option<&Lease> {
        self.lease.as_ref().filter(|lease| lease.until > now)
    }

    pub fn is_empty(&self) -> bool {
        self.access_token.is_none() && self.recent_refreshes.is_empty() && self.lease.is_none()
    }
}
