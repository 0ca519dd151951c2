//! This computer's keychain through keyring-core, with every call bounded in time.

use std::collections::HashMap;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use keyring_core::{CredentialStore, Entry};
use secrecy::SecretString;

use super::{EntryName, Place, SecretKind, SecretStore, SERVICE};
use crate::error::{KeychainError, Result};

#[cfg(target_os = "macos")]
pub const DESCRIPTION: &str = "the macOS Keychain";
#[cfg(target_os = "windows")]
pub const DESCRIPTION: &str = "Windows Credential Manager";
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
pub const DESCRIPTION: &str = "this computer's keychain";

/// How long a keychain call may take before the user is told it is not answering (a locked
/// keychain can wait forever for a password dialog nobody sees).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// The platform's keychain. The connection is made on first use and kept once it works.
pub struct KeychainStore {
    timeout: Duration,
    store: Arc<Mutex<Option<Arc<CredentialStore>>>>,
}

impl std::fmt::Debug for KeychainStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeychainStore")
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Default for KeychainStore {
    fn default() -> Self {
        Self::with_timeout(DEFAULT_TIMEOUT)
    }
}

impl KeychainStore {
    pub fn with_timeout(timeout: Duration) -> Self {
        KeychainStore {
            timeout,
            store: Arc::new(Mutex::new(None)),
        }
    }

    /// Runs `op` on a worker thread and gives up after the timeout. A stuck call is left to finish
    /// on its own; the caller gets an answer in time either way.
    fn run<T: Send + 'static>(
        &self,
        op: impl FnOnce(&Arc<CredentialStore>) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (tx, rx) = mpsc::channel();
        let cached = Arc::clone(&self.store);
        std::thread::spawn(move || {
            let result = connect(&cached).and_then(|store| op(&store));
            let _ = tx.send(result);
        });
        match rx.recv_timeout(self.timeout) {
            Ok(result) => result,
            Err(_) => Err(KeychainError::Timeout {
                seconds: self.timeout.as_secs(),
            }
            .into()),
        }
    }
}

fn connect(cached: &Mutex<Option<Arc<CredentialStore>>>) -> Result<Arc<CredentialStore>> {
    let mut guard = cached
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(store) = guard.as_ref() {
        return Ok(Arc::clone(store));
    }
    let store = platform_store().map_err(|e| KeychainError::Unavailable {
        reason: plain_reason(&describe(&e)),
    })?;
    *guard = Some(Arc::clone(&store));
    Ok(store)
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(target_os = "windows")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

/// Builds the entry for `name` with only the modifiers this platform's store documents: each store
/// refuses a key it does not know ("unknown key"), so one list for all would break two of the three.
fn entry(store: &Arc<CredentialStore>, name: &EntryName) -> Result<Entry> {
    let modifiers = modifiers(name);
    store
        .build(SERVICE, &name.account, Some(&modifiers))
        .map_err(|e| classify(&e))
}

/// The Secret Service store takes `label`: what Seahorse and `secret-tool search` show.
#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "ios", target_os = "android"))
))]
fn modifiers(name: &EntryName) -> HashMap<&'static str, &str> {
    HashMap::from([("label", name.label.as_str())])
}

/// The Credential Manager store takes `target` and `persistence`. It keeps the secret as UTF-16
/// (what other Windows programs reading the credential expect), 2,560 bytes at most. The target stays the store's
/// default, `{account}.{service}` (`crm/client_secret.zoho-credential-wizard`), and the
/// persistence is this computer only: a domain's roaming profile never carries the secret to other
/// machines (the store's default, Enterprise, would).
#[cfg(target_os = "windows")]
fn modifiers(_name: &EntryName) -> HashMap<&'static str, &'static str> {
    HashMap::from([("persistence", "Local")])
}

/// The macOS store takes only `keychain`; the default, the login keychain, is the one wanted.
/// It refuses an empty service or account (an empty one would match any item): ours are never
/// empty, since a connection's name is not.
#[cfg(target_os = "macos")]
fn modifiers(_name: &EntryName) -> HashMap<&'static str, &'static str> {
    HashMap::new()
}

/// What is written beside a client secret so a person can find it in the keychain's own app: the
/// Secret Service gets an `account` attribute (as 0.1 documented it), the Credential Manager a
/// comment naming it. The macOS store has no free attributes. Tokens, written at every sign-in and
/// refresh, go without: each attribute costs the store two more round trips.
fn client_secret_attributes(name: &EntryName) -> HashMap<&'static str, &str> {
    if cfg!(target_os = "windows") {
        HashMap::from([("comment", name.label.as_str())])
    } else if cfg!(target_os = "macos") {
        HashMap::new()
    } else {
        HashMap::from([("account", name.account.as_str())])
    }
}

/// The error's text, never its payload: some keyring errors carry the secret's bytes.
fn describe(error: &keyring_core::Error) -> String {
    match error {
        keyring_core::Error::BadEncoding(_) => "the stored value is not text".to_string(),
        keyring_core::Error::BadDataFormat(_, _) => "the stored value is malformed".to_string(),
        keyring_core::Error::Ambiguous(items) => {
            format!("{} entries have the same name", items.len())
        }
        other => other.to_string(),
    }
}

/// Sorts keyring errors by what the user can do about them.
fn classify(error: &keyring_core::Error) -> crate::Error {
    let reason = describe(error);
    match error {
        // The stores name the attribute in their own terms ("password encoded as UTF-16",
        // "target_alias"): said here as the secret or the entry's name.
        keyring_core::Error::TooLong(what, limit) => KeychainError::TooLong {
            what: if what.contains("password") || what.contains("secret") {
                "secret"
            } else {
                "name"
            }
            .into(),
            limit: *limit,
        },
        keyring_core::Error::NoStorageAccess(_) => KeychainError::Locked { reason },
        keyring_core::Error::NoDefaultStore => KeychainError::Unavailable { reason },
        keyring_core::Error::PlatformFailure(_) if service_missing(&reason) => {
            KeychainError::Unavailable {
                reason: plain_reason(&reason),
            }
        }
        _ => KeychainError::Failure { reason },
    }
    .into()
}

/// Says in everyday words why the keychain cannot be reached, for the cases people meet; other
/// reasons are passed on as the platform gave them.
fn plain_reason(reason: &str) -> String {
    if reason.contains("Failed to connect to address") || reason.contains("Connection refused") {
        "no desktop session bus (D-Bus) was found".to_string()
    } else if service_missing(reason) {
        "no keyring service is running in this session".to_string()
    } else {
        reason.to_string()
    }
}

/// D-Bus says no program provides the Secret Service (or no bus at all).
fn service_missing(reason: &str) -> bool {
    [
        "ServiceUnknown",
        "was not provided",
        "NameHasNoOwner",
        "No such file",
        "Connection refused",
    ]
    .iter()
    .any(|needle| reason.contains(needle))
}

impl SecretStore for KeychainStore {
    fn place(&self) -> Place {
        Place::Keychain
    }

    fn set(&self, name: &EntryName, secret: &str) -> Result<()> {
        let name = name.clone();
        let secret = zeroize::Zeroizing::new(secret.to_string());
        self.run(move |store| {
            let entry = entry(store, &name)?;
            entry.set_password(&secret).map_err(|e| classify(&e))?;
            let attributes = client_secret_attributes(&name);
            if name.kind != SecretKind::ClientSecret || attributes.is_empty() {
                return Ok(());
            }
            match entry.update_attributes(&attributes) {
                Ok(()) | Err(keyring_core::Error::NotSupportedByStore(_)) => Ok(()),
                Err(e) => Err(classify(&e)),
            }
        })
    }

    fn get(&self, name: &EntryName) -> Result<Option<SecretString>> {
        let name = name.clone();
        self.run(move |store| match entry(store, &name)?.get_password() {
            Ok(secret) => Ok(Some(SecretString::from(secret))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(classify(&e)),
        })
    }

    fn delete(&self, name: &EntryName) -> Result<()> {
        let name = name.clone();
        self.run(
            move |store| match entry(store, &name)?.delete_credential() {
                Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
                Err(e) => Err(classify(&e)),
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use secrecy::ExposeSecret;

    use super::*;

    /// Every kind of entry the app writes, built with this platform's store exactly as `set`,
    /// `get` and `delete` build it: a modifier the store does not document fails here ("unknown
    /// key"), as `label` once did on Windows and macOS. Building touches no keychain, but the
    /// Secret Service store connects to the session bus when it is made, so on Linux this runs
    /// with the real-keychain tests.
    #[test]
    #[cfg_attr(
        all(unix, not(target_os = "macos")),
        ignore = "the Secret Service store needs a session bus"
    )]
    fn real_keychain_store_builds_every_entry_the_app_writes() {
        let store = platform_store().expect("the platform store is made");
        let mut names: Vec<EntryName> = SecretKind::ALL
            .iter()
            .map(|kind| EntryName::new("Acme CRM (prod)", *kind))
            .collect();
        names.push(EntryName::probe());
        for name in &names {
            let entry = entry(&store, name).unwrap_or_else(|e| panic!("{name:?}: {e}"));
            assert_eq!(
                entry.get_specifiers(),
                Some((SERVICE.to_string(), name.account.clone())),
                "{name:?}"
            );
        }
    }

    /// A round trip through this computer's real keychain, with the client secret's extra
    /// attributes: the check the macOS and Windows workflow jobs run against their own stores, and
    /// the Windows build under Wine against Wine's Credential Manager. Ignored by default because
    /// it needs an unlocked keychain (scripts/test.sh gives it a private gnome-keyring on Linux).
    #[test]
    #[ignore = "needs an unlocked OS keychain"]
    fn real_keychain_round_trip() {
        let store = KeychainStore::with_timeout(Duration::from_secs(30));
        let name = EntryName::new("zcw keychain check", SecretKind::ClientSecret);
        let secret = "0123456789abcdef0123456789abcdef01234567ab";

        store.set(&name, secret).expect("write to the keychain");
        let read = store.get(&name).expect("read from the keychain");
        assert_eq!(read.as_ref().map(ExposeSecret::expose_secret), Some(secret));
        // A second write replaces the first (Windows keeps one credential per target).
        store
            .set(&name, "replaced")
            .expect("replace in the keychain");
        let read = store.get(&name).expect("read the replacement");
        assert_eq!(
            read.as_ref().map(ExposeSecret::expose_secret),
            Some("replaced")
        );

        store.delete(&name).expect("delete from the keychain");
        assert!(store.get(&name).expect("read after delete").is_none());
        // Deleting what is gone is not an error.
        store.delete(&name).expect("delete twice");
    }

    /// The Credential Manager's limit (2,560 bytes of UTF-16) is named in words, never with the
    /// value; the other stores take far more than any Zoho secret.
    #[test]
    #[ignore = "needs an unlocked OS keychain"]
    fn real_keychain_refuses_an_oversized_secret_in_words() {
        let store = KeychainStore::with_timeout(Duration::from_secs(30));
        let name = EntryName::new("zcw keychain size check", SecretKind::AccessToken);
        let secret = "s".repeat(1_281);
        let written = store.set(&name, &secret);
        if cfg!(windows) {
            let message = written
                .expect_err("Windows took more than 2,560 bytes")
                .to_string();
            assert!(message.contains("2560 bytes at most"), "{message}");
            assert!(!message.contains(&secret[..40]), "{message}");
        } else {
            written.expect("the store takes a long secret");
            store.delete(&name).expect("delete the oversized entry");
        }
    }
}
