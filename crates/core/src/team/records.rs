//! The three records a connection has in the team store, each under its own folder so a policy
//! can grant each on its own: `connections/NAME` (what the app shows; never a secret),
//! `secrets/NAME` (client secret, refresh token) and `tokens/NAME` (the cached access token,
//! Zoho's refresh window, the lease of the machine refreshing it, and the mark a disconnect
//! leaves). Data other machines write: [`super::trust`] checks it before anything uses it.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use super::kv::{Change, KvClient, Versioned};
use crate::error::Result;

use crate::onboarding::pending::Pending;
use crate::secret::AccessToken;
use crate::token_cache::{window, CachedToken};

pub const CONNECTIONS: &str = "connections";
pub const SECRETS: &str = "secrets";
pub const TOKENS: &str = "tokens";
/// Credentials requests waiting for a reply, with their private keys (as secret as `secrets/`).
pub const REQUESTS: &str = "requests";

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

/// `requests/NAME`: a credentials request and, until its reply is imported, its private key.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestRecord {
    #[serde(flatten)]
    pub pending: Pending,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl std::fmt::Debug for RequestRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestRecord")
            .field("pending", &self.pending)
            .field("key", &self.key.as_ref().map(|_| "[redacted]"))
            .finish()
    }
}

impl Drop for RequestRecord {
    fn drop(&mut self) {
        self.key.zeroize();
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
    /// How many seconds the token was minted to last (0: not known).
    #[serde(default, skip_serializing_if = "crate::token_cache::is_zero")]
    pub lifetime: u64,
    /// When access tokens were minted in the last 10 minutes, by any machine.
    #[serde(default)]
    pub recent_refreshes: Vec<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lease: Option<Lease>,
    /// When the sign-in was revoked (seconds since the Unix epoch): a refresh that finishes
    /// later must not write a token back. A new sign-in clears it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<u64>,
    /// Counts new sign-ins: a refresh that took its lease under an earlier one (with the refresh
    /// token a new sign-in replaced) writes nothing back.
    #[serde(default, skip_serializing_if = "crate::token_cache::is_zero")]
    pub sign_in: u64,
}

impl std::fmt::Debug for TokensRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokensRecord")
            .field("expires_at", &self.expires_at)
            .field("recent_refreshes", &self.recent_refreshes)
            .field("lease", &self.lease)
            .field("revoked_at", &self.revoked_at)
            .field("sign_in", &self.sign_in)
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
            lifetime: self.lifetime,
        })
    }

    /// Keeps a token from a sign-in or a refresh (a new sign-in lifts a revocation mark).
    pub fn set_cached(&mut self, token: &CachedToken) {
        self.access_token.zeroize();
        self.access_token = Some(token.access_token.expose().to_string());
        self.expires_at = token.expires_at;
        self.api_domain.clone_from(&token.api_domain);
        self.lifetime = token.lifetime;
        self.revoked_at = None;
    }

    pub fn clear_cached(&mut self) {
        self.access_token.zeroize();
        self.access_token = None;
        self.expires_at = 0;
    }

    /// Counts a refresh at `now`, forgetting those outside Zoho's window.
    pub fn count_refresh(&mut self, now: u64) {
        window::count(&mut self.recent_refreshes, now);
    }

    /// Forgets the token and marks the sign-in revoked; any lease ends with it.
    pub fn revoke(&mut self, now: u64) {
        self.clear_cached();
        self.lease = None;
        self.revoked_at = Some(now);
    }

    /// The lease, while it lasts.
    pub fn live_lease(&self, now: u64) -> Option<&Lease> {
        self.lease.as_ref().filter(|lease| lease.until > now)
    }

    pub fn is_empty(&self) -> bool {
        self.access_token.is_none()
            && self.recent_refreshes.is_empty()
            && self.lease.is_none()
            && self.revoked_at.is_none()
    }
}

/// Where one team store keeps its records, and the reads and check-and-set changes on them.
#[derive(Debug, Clone)]
pub struct Records {
    kv: std::sync::Arc<KvClient>,
    prefix: String,
}

impl Records {
    pub fn new(kv: KvClient, prefix: &str) -> Self {
        Records {
            kv: std::sync::Arc::new(kv),
            prefix: prefix.to_string(),
        }
    }

    pub fn kv(&self) -> &KvClient {
        &self.kv
    }

    /// The path of a record: the prefix's segments, the folder, the connection's name.
    fn path<'a>(&'a self, folder: &'a str, name: Option<&'a str>) -> Vec<&'a str> {
        let mut path: Vec<&str> = self.prefix.split('/').collect();
        path.push(folder);
        path.extend(name);
        path
    }

    pub fn read<T: DeserializeOwned>(&self, folder: &str, name: &str) -> Result<Versioned<T>> {
        self.kv.read(&self.path(folder, Some(name)))
    }

    /// A check-and-set change of one record (see [`KvClient::change`]).
    pub fn change<T, R>(
        &self,
        folder: &str,
        name: &str,
        decide: impl FnMut(Versioned<T>) -> Result<(Change<T>, R)>,
    ) -> Result<(R, u64)>
    where
        T: Serialize + DeserializeOwned,
    {
        self.kv.change(&self.path(folder, Some(name)), decide)
    }

    /// The names in a folder.
    pub fn names(&self, folder: &str) -> Result<Vec<String>> {
        Ok(self
            .kv
            .list(&self.path(folder, None))?
            .into_iter()
            .filter(|key| !key.ends_with('/'))
            .collect())
    }
}

impl Records {
    /// Deletes a record with check-and-set (see [`Change::Delete`]).
    pub fn delete(&self, folder: &str, name: &str) -> Result<()> {
        self.change(folder, name, |_: Versioned<serde_json::Value>| {
            Ok((Change::Delete, ()))
        })
        .map(|_| ())
    }

    /// Deletes a connection's records: its tokens first (so a late refresh elsewhere finds them
    /// gone), its secrets, and its name last, so that nothing is left unnamed.
    pub fn delete_connection(&self, name: &str) -> Result<()> {
        for folder in [TOKENS, SECRETS, CONNECTIONS] {
            self.delete(folder, name)?;
        }
        Ok(())
    }
}
