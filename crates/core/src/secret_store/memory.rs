//! An in-memory store for unit tests, which can be told to fail a chosen call once (as
//! keyring-core's mock store does), so every error path of its callers can be tested.

use std::collections::HashMap;
use std::sync::Mutex;

use secrecy::SecretString;

use super::{EntryName, Place, SecretStore};
use crate::error::{KeychainError, Result};

/// The kinds of call a failure can be aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    Set,
    Get,
    Delete,
}

/// Secrets in a map. `unavailable()` refuses every call; `fail_next` refuses one.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: Mutex<HashMap<String, (String, String)>>,
    unavailable: bool,
    planned: Mutex<Vec<(Call, KeychainError)>>,
    late: Mutex<Vec<Call>>,
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

    /// The next `call` reports a timeout but still takes effect, as a keychain that answers too
    /// late does.
    pub fn time_out_next(&self, call: Call) {
        self.late.lock().unwrap().push(call);
    }

    /// The next `call` fails with `error`; later calls work again.
    pub fn fail_next(&self, call: Call, error: KeychainError) {
        self.planned.lock().unwrap().push((call, error));
    }

    /// The label stored with an entry, if any.
    pub fn label(&self, account: &str) -> Option<String> {
        self.entries
            .lock()
            .unwrap()
            .get(account)
            .map(|(label, _)| label.clone())
    }

    /// The accounts of every entry, sorted.
    pub fn accounts(&self) -> Vec<String> {
        let mut accounts: Vec<String> = self.entries.lock().unwrap().keys().cloned().collect();
        accounts.sort();
        accounts
    }

    pub fn len(&self) -> usize {
        self.entries.lock().unwrap().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A timeout reported after the call took effect, when one was planned.
    fn late(&self, call: Call) -> Result<()> {
        let mut late = self.late.lock().unwrap();
        match late.iter().position(|c| *c == call) {
            Some(at) => {
                late.remove(at);
                Err(KeychainError::Timeout { seconds: 5 }.into())
            }
            None => Ok(()),
        }
    }

    fn check(&self, call: Call) -> Result<()> {
        if self.unavailable {
            return Err(KeychainError::Unavailable {
                reason: "the test store is switched off".into(),
            }
            .into());
        }
        let mut planned = self.planned.lock().unwrap();
        if let Some(at) = planned.iter().position(|(c, _)| *c == call) {
            return Err(planned.remove(at).1.into());
        }
        Ok(())
    }
}

impl SecretStore for MemoryStore {
    fn place(&self) -> Place {
        Place::Keychain
    }

    fn set(&self, entry: &EntryName, secret: &str) -> Result<()> {
        self.check(Call::Set)?;
        self.entries.lock().unwrap().insert(
            entry.account.clone(),
            (entry.label.clone(), secret.to_string()),
        );
        self.late(Call::Set)
    }

    fn get(&self, entry: &EntryName) -> Result<Option<SecretString>> {
        self.check(Call::Get)?;
        Ok(self
            .entries
            .lock()
            .unwrap()
            .get(&entry.account)
            .map(|(_, secret)| SecretString::from(secret.as_str())))
    }

    fn delete(&self, entry: &EntryName) -> Result<()> {
        self.check(Call::Delete)?;
        self.entries.lock().unwrap().remove(&entry.account);
        self.late(Call::Delete)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret_store::SecretKind;

    #[test]
    fn a_planned_failure_happens_once_on_its_call() {
        let store = MemoryStore::new();
        let entry = EntryName::new("crm", SecretKind::ClientSecret);
        store.fail_next(Call::Get, KeychainError::Timeout { seconds: 5 });
        store.set(&entry, "s").unwrap();
        assert_eq!(store.get(&entry).unwrap_err().kind(), "keychain_timeout");
        assert!(store.get(&entry).unwrap().is_some());
    }
}
