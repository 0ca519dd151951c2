//! An in-memory store for unit tests, which can also be told to fail like a missing keychain.

use std::collections::HashMap;
use std::sync::Mutex;

use secrecy::SecretString;

use super::{Backend, EntryName, SecretStore};
use crate::error::{Error, Result};

/// Secrets in a map; `unavailable()` gives one that refuses every call.
#[derive(Default)]
pub struct MemoryStore {
    entries: Mutex<HashMap<String, (String, String)>>,
    unavailable: bool,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that behaves like a keychain that is not there.
    pub fn unavailable() -> Self {
        MemoryStore {
            unavailable: true,
            ..Self::default()
        }
    }

    /// The label stored with an entry, if any.
    pub fn label(&self, account: &str) -> Option<String> {
        self.entries
            .lock()
            .unwrap()
            .get(account)
            .map(|(label, _)| label.clone())
    }

    pub fn len(&self) -> usize {
        self.entries.lock().unwrap().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn check(&self) -> Result<()> {
        if self.unavailable {
            return Err(Error::KeychainUnavailable {
                reason: "the test store is switched off".into(),
            });
        }
        Ok(())
    }
}

impl SecretStore for MemoryStore {
    fn backend(&self) -> Backend {
        Backend::Keychain
    }

    fn set(&self, entry: &EntryName, secret: &str) -> Result<()> {
        self.check()?;
        self.entries.lock().unwrap().insert(
            entry.account.clone(),
            (entry.label.clone(), secret.to_string()),
        );
        Ok(())
    }

    fn get(&self, entry: &EntryName) -> Result<Option<SecretString>> {
        self.check()?;
        Ok(self
            .entries
            .lock()
            .unwrap()
            .get(&entry.account)
            .map(|(_, secret)| SecretString::from(secret.as_str())))
    }

    fn delete(&self, entry: &EntryName) -> Result<()> {
        self.check()?;
        self.entries.lock().unwrap().remove(&entry.account);
        Ok(())
    }
}
