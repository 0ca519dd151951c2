//! Where a connection lives: its "home". This computer's home keeps connections in
//! connections.json and their secrets in the keychain, the encrypted file or the agent; the team
//! home keeps all of it in KV v2 on OpenBao or Vault. Both answer the same trait, so the code above
//! them (the router in [`crate::connections`], the one token path in [`crate::oauth::tokens`])
//! never asks which kind it has. Each home also has a refresh "claim": who may refresh a
//! connection's access token now (a file lock here, a check-and-set lease in the team store).

pub mod local;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use secrecy::ExposeSecret;

use crate::connection::Connection;
use crate::error::{Error, Result, StoreError};
use crate::file_lock::FileLock;
use crate::onboarding::pending::{Answered, Pending};
use crate::secret::{ClientSecret, RefreshToken, RequestKey};
use crate::secret_store::{EntryName, Place, SecretKind, SecretStore};
use crate::token_cache::{CachedToken, Want};

/// A connection a home holds but will not use, and why (a record someone else wrote, damaged).
#[derive(Debug)]
pub struct Damaged {
    pub name: String,
    pub problem: Error,
}

/// What listing a home found.
#[derive(Debug, Default)]
pub struct Listed {
    pub connections: Vec<Connection>,
    pub damaged: Vec<Damaged>,
}

/// The cached access token as a home reads it, checked.
#[derive(Debug, Default)]
pub struct TokenRead {
    /// A token that passed the checks.
    pub token: Option<CachedToken>,
    /// A token was there but could not have come from Zoho (expiry beyond its hour, a refresh
    /// dated in the future, an API domain not of the connection's data centre).
    pub implausible: bool,
}

/// The outcome of asking for a claim.
#[allow(missing_debug_implementations)] // a held claim is a lock, with nothing to print
pub enum Claimed {
    /// While waiting, a token this caller wants appeared.
    Fresh(CachedToken),
    /// The claim is held.
    Held(Box<dyn Claim>),
}

/// The right to change a connection's tokens, held by one caller at a time across every process
/// (and, in the team store, every machine). Given back when dropped, if not before.
pub trait Claim: Send {
    /// When access tokens were minted in Zoho's last ten minutes.
    fn recent_refreshes(&self) -> Vec<u64>;
    /// Whether the record the claim was taken on held an implausible token.
    fn replaced_implausible(&self) -> bool;
    /// The refresh token and the client secret, read under the claim.
    fn secrets(&mut self) -> Result<(Option<RefreshToken>, Option<ClientSecret>)>;
    /// How long the claim still lasts (`None`: until given back).
    fn remaining(&self) -> Option<Duration>;
    /// Makes the claim last at least `at_least` more.
    fn extend(&mut self, at_least: Duration) -> Result<()>;
    /// Keeps a freshly minted token (and a new refresh token, if Zoho sent one), counts the
    /// refresh in Zoho's window, and gives the claim back. Fails with a needs-sign-in error when
    /// the connection was disconnected meanwhile.
    fn store(self: Box<Self>, token: &CachedToken, refresh: Option<&RefreshToken>) -> Result<()>;
    /// Keeps a new sign-in's tokens (a browser sign-in, a Self Client's code, an imported reply),
    /// replacing any earlier sign-in and clearing a revocation mark, and gives the claim back.
    /// `minted_by_refresh`: the access token came from a refresh, counted in Zoho's window.
    fn keep_sign_in(
        self: Box<Self>,
        token: &CachedToken,
        refresh: &RefreshToken,
        minted_by_refresh: bool,
    ) -> Result<()>;
    /// Forgets the tokens and leaves a revocation mark (`everything`: the whole connection), and
    /// gives the claim back.
    fn forget(self: Box<Self>, everything: bool) -> Result<()>;
}

/// One place connections live.
pub trait Home: Send + Sync {
    /// Where its secrets are, for "Saved in ...".
    fn place(&self, connection: &Connection) -> Place;
    /// Every connection it holds, and those it will not use.
    fn list(&self) -> Result<Listed>;
    /// A connection by its exact name; `None` when this home has none. A damaged one is an error.
    fn find(&self, name: &str) -> Result<Option<Connection>>;
    /// Whether a name is taken here, ignoring case.
    fn name_taken(&self, name: &str) -> Result<bool>;
    /// Saves a new connection with its client secret, atomically: a failure leaves nothing.
    fn create(&self, connection: &Connection, secret: &ClientSecret) -> Result<()>;
    /// Changes a connection's metadata; `false` when there is no such connection.
    fn update(&self, name: &str, change: &mut dyn FnMut(&mut Connection)) -> Result<bool>;
    /// The store holding a connection's secrets.
    fn secrets(&self, connection: &Connection) -> Result<Arc<dyn SecretStore>>;
    /// Replaces the client secret (written, read back, compared).
    fn set_secret(&self, connection: &Connection, secret: &ClientSecret) -> Result<()>;
    /// Renames a connection with its secrets; a failure leaves the old name working.
    fn rename(&self, existing: &Connection, new: &str) -> Result<Connection>;
    /// The cached access token, checked.
    fn cached(&self, connection: &Connection) -> Result<TokenRead>;
    /// Takes the claim to refresh a connection's access token, waiting for another holder
    /// unless a token `want` takes appears (blocking: call it off the async runtime).
    fn claim(&self, connection: &Connection, want: Want) -> Result<Claimed>;
    /// Takes the claim to replace the sign-in (a new one, or none: disconnect, remove) whatever
    /// the cached token: another machine's late refresh then fails at its write (the revocation
    /// mark left by [`Claim::forget`]) or is overwritten by the new sign-in (blocking).
    fn claim_to_replace(&self, connection: &Connection) -> Result<Box<dyn Claim>>;
    /// Settles changes a store may have finished after they timed out (best effort).
    fn tidy(&self) {}
    /// Credentials requests made here (see [`crate::onboarding`]), waiting or answered.
    fn requests(&self) -> Result<Vec<Pending>>;
    /// Keeps a new request with its private key (the key written first, and read back); a
    /// request of that name still waiting is not replaced.
    fn keep_request(&self, pending: &Pending, key: &RequestKey) -> Result<()>;
    /// A request's private key, while it has one.
    fn request_key(&self, name: &str) -> Result<Option<RequestKey>>;
    /// Deletes a request's key. `Some(answer)`: the request stays, marked answered with that
    /// reply's digest (so the same reply is recognised); `None`: the request goes too.
    fn close_request(&self, name: &str, answer: Option<Answered>) -> Result<()>;
}

/// The lock every process of this user takes to refresh or disconnect a connection.
pub fn token_lock(dir: &Path, name: &str) -> Result<FileLock> {
    let path = dir.join("locks").join(format!("{name}.token.lock"));
    Ok(FileLock::acquire(&path)?)
}

/// Every entry a connection's secrets may be under.
pub fn entries(name: &str) -> Vec<EntryName> {
    SecretKind::ALL
        .iter()
        .map(|&kind| EntryName::new(name, kind))
        .collect()
}

/// Writes a request's key and reads it back.
pub fn write_key_verified(store: &dyn SecretStore, name: &str, key: &RequestKey) -> Result<()> {
    let entry = EntryName::new(name, SecretKind::RequestKey);
    store.set(&entry, key.expose())?;
    if store.get(&entry)?.as_ref().map(ExposeSecret::expose_secret) != Some(key.expose()) {
        return Err(StoreError::ReadBackMismatch {
            store: store.place(),
        }
        .into());
    }
    Ok(())
}

/// Writes a secret and reads it back, so a store that silently mangles or drops it is caught now
/// rather than at the first token request.
pub fn write_verified(
    store: &dyn SecretStore,
    entry: &EntryName,
    secret: &ClientSecret,
) -> Result<()> {
    store.set(entry, secret.expose())?;
    let stored = store.get(entry)?;
    if stored.as_ref().map(ExposeSecret::expose_secret) != Some(secret.expose()) {
        return Err(StoreError::ReadBackMismatch {
            store: store.place(),
        }
        .into());
    }
    Ok(())
}
