//! A team connection's secrets as a [`SecretStore`]: the client secret and refresh token in
//! `secrets/NAME`, the cached access token in `tokens/NAME`; every change with check-and-set.

use secrecy::SecretString;

use super::kv::{Change, Versioned};
use super::records::{
    Records, RequestRecord, SecretsRecord, TokensRecord, REQUESTS, SECRETS, TOKENS,
};
use crate::error::{Result, TeamError};
use crate::onboarding::pending::Pending;
use crate::secret_store::{EntryName, Place, SecretKind, SecretStore};

/// The secrets records of one team store.
#[derive(Debug, Clone)]
pub struct TeamSecrets {
    records: Records,
}

impl TeamSecrets {
    pub fn new(records: Records) -> Self {
        TeamSecrets { records }
    }

    /// The client secret and refresh token, in one read.
    pub fn read(&self, name: &str) -> Result<SecretsRecord> {
        Ok(self
            .records
            .read::<SecretsRecord>(SECRETS, name)?
            .data
            .unwrap_or_default())
    }

    /// Changes the secrets record; one left empty is deleted.
    pub fn modify(&self, name: &str, change: impl Fn(&mut SecretsRecord)) -> Result<()> {
        self.modify_in(SECRETS, name, change, SecretsRecord::is_empty)
    }

    fn modify_tokens(&self, name: &str, change: impl Fn(&mut TokensRecord)) -> Result<()> {
        self.modify_in(TOKENS, name, change, TokensRecord::is_empty)
    }

    fn modify_in<T>(
        &self,
        folder: &str,
        name: &str,
        change: impl Fn(&mut T),
        is_empty: impl Fn(&T) -> bool,
    ) -> Result<()>
    where
        T: Default + serde::Serialize + serde::de::DeserializeOwned,
    {
        self.records
            .change(folder, name, |read: Versioned<T>| {
                let mut record = read.data.unwrap_or_default();
                change(&mut record);
                let change = if is_empty(&record) {
                    Change::Delete
                } else {
                    Change::Write(record)
                };
                Ok((change, ()))
            })
            .map(|_| ())
    }

    fn set_one(&self, entry: &EntryName, secret: &str) -> Result<()> {
        let name = entry.connection();
        match entry.kind {
            SecretKind::ClientSecret => {
                self.modify(name, |r| r.client_secret = Some(secret.to_string()))
            }
            // Tokens are written under the connection's claim (`Claim::store`,
            // `Claim::keep_sign_in`), never through this face: it holds string secrets only.
            SecretKind::RefreshToken | SecretKind::AccessToken => {
                debug_assert!(false, "a token written through the secret store's face");
                Err(TeamError::RecordUnreadable {
                    path: format!("{TOKENS}/{name}"),
                    reason: "tokens are written under the connection's claim only".into(),
                }
                .into())
            }
            SecretKind::RequestKey => self.set_request_key(name, Some(secret)),
        }
    }

    /// A request's key lives in its `requests/NAME` record; one that is gone stays gone. Taking
    /// it away deletes the record outright (see [`TeamSecrets::forget_request_key`]).
    fn set_request_key(&self, name: &str, key: Option<&str>) -> Result<()> {
        let Some(key) = key else {
            return self.forget_request_key(name, Some);
        };
        self.records
            .change(REQUESTS, name, |read: Versioned<RequestRecord>| {
                let Some(mut record) = read.data else {
                    return Ok((Change::Keep, ()));
                };
                record.key = Some(key.to_string());
                Ok((Change::Write(record), ()))
            })
            .map(|_| ())
    }

    /// Removes a request's key so that no version of its record holds it: KV v2 keeps every
    /// earlier version of a record, so a new version without the key is not enough. The record
    /// is deleted outright (every version destroyed), then written anew, without the key, when
    /// `keep` gives what to keep of it (an answered request, to recognise its reply).
    pub fn forget_request_key(
        &self,
        name: &str,
        keep: impl Fn(Pending) -> Option<Pending>,
    ) -> Result<()> {
        let (old, _) = self
            .records
            .change(REQUESTS, name, |read: Versioned<RequestRecord>| {
                Ok(match read.data {
                    Some(record) => (Change::Delete, Some(record.pending.clone())),
                    // Emptied by a delete that was cut short: its earlier versions may still
                    // hold the key, so the delete is finished.
                    None if read.version > 0 => (Change::Delete, None),
                    None => (Change::Keep, None),
                })
            })?;
        let Some(next) = old.and_then(keep) else {
            return Ok(());
        };
        self.records
            .change(REQUESTS, name, |read: Versioned<RequestRecord>| {
                // A new request of that name made meanwhile is left alone.
                if read.data.is_some() {
                    return Ok((Change::Keep, ()));
                }
                Ok((
                    Change::Write(RequestRecord {
                        pending: next.clone(),
                        key: None,
                    }),
                    (),
                ))
            })
            .map(|_| ())
    }
}

impl SecretStore for TeamSecrets {
    fn place(&self) -> Place {
        Place::TeamStore
    }

    fn set(&self, entry: &EntryName, secret: &str) -> Result<()> {
        self.set_one(entry, secret)
    }

    fn get(&self, entry: &EntryName) -> Result<Option<SecretString>> {
        let name = entry.connection();
        Ok(match entry.kind {
            SecretKind::ClientSecret => self
                .read(name)?
                .client_secret
                .clone()
                .map(SecretString::from),
            SecretKind::RefreshToken => self
                .read(name)?
                .refresh_token
                .clone()
                .map(SecretString::from),
            // The cached access token is read through the home (`Home::cached`), checked.
            SecretKind::AccessToken => None,
            SecretKind::RequestKey => self
                .records
                .read::<RequestRecord>(REQUESTS, name)?
                .data
                .and_then(|record| record.key.clone())
                .map(SecretString::from),
        })
    }

    fn delete(&self, entry: &EntryName) -> Result<()> {
        self.delete_all(std::slice::from_ref(entry))
    }

    fn set_all(&self, entries: &[(EntryName, &str)]) -> Result<()> {
        entries
            .iter()
            .try_for_each(|(entry, secret)| self.set_one(entry, secret))
    }

    fn delete_all(&self, entries: &[EntryName]) -> Result<()> {
        for entry in entries {
            let name = entry.connection();
            match entry.kind {
                SecretKind::ClientSecret => self.modify(name, |r| r.client_secret = None)?,
                SecretKind::RefreshToken => self.modify(name, |r| r.refresh_token = None)?,
                // The refresh window stays: Zoho still counts those tokens.
                SecretKind::AccessToken => self.modify_tokens(name, TokensRecord::clear_cached)?,
                SecretKind::RequestKey => self.set_request_key(name, None)?,
            }
        }
        Ok(())
    }

    fn move_entries(&self, moves: &[(EntryName, EntryName)]) -> Result<()> {
        // A rename moves whole records: the secrets, and the tokens with their refresh window.
        let mut done: Vec<(&str, &str)> = Vec::new();
        for (from, to) in moves {
            let pair = (from.connection(), to.connection());
            if done.contains(&pair) || pair.0 == pair.1 {
                continue;
            }
            done.push(pair);
            let (old, new) = pair;
            for folder in [SECRETS, TOKENS] {
                self.copy(folder, old, new)?;
            }
            for folder in [SECRETS, TOKENS] {
                self.records.delete(folder, old)?;
            }
        }
        Ok(())
    }
}

impl TeamSecrets {
    /// Copies a record to another name, replacing whatever was there (a leftover from a rename
    /// that failed half-way).
    fn copy(&self, folder: &str, from: &str, to: &str) -> Result<()> {
        // As JSON, so that the copy keeps every field, even one a newer version added.
        let Some(record) = self.records.read::<serde_json::Value>(folder, from)?.data else {
            return Ok(());
        };
        let record = zeroize::Zeroizing::new(record.to_string());
        self.records
            .change(folder, to, |_: Versioned<serde_json::Value>| {
                let value = serde_json::from_str(&record).expect("it was JSON a moment ago");
                Ok((Change::Write(value), ()))
            })
            .map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::http::fake::CannedHttp;
    use crate::http::Method;
    use crate::team::kv::tests::{client, record, written};

    #[test]
    fn a_delete_cut_short_is_finished_so_no_version_keeps_a_request_key() {
        let http = Arc::new(CannedHttp::new());
        // The record was emptied (version 3), but its metadata, with the versions that hold the
        // key, was never deleted.
        http.answer(200, &record(3, &serde_json::json!({})))
            .answer(200, &written(4))
            .answer(204, "");
        let secrets = TeamSecrets::new(Records::new(client(&http), "zcw"));
        secrets.forget_request_key("acme", Some).unwrap();
        let seen = http.requests();
        assert_eq!(seen.len(), 3);
        assert_eq!(seen[2].0, Method::Delete);
        assert_eq!(
            seen[2].1,
            "http://127.0.0.1:8200/v1/secret/metadata/zcw/requests/acme"
        );
        // A record that never was: nothing written.
        let http = Arc::new(CannedHttp::new());
        http.answer(404, r#"{"errors":[]}"#);
        let secrets = TeamSecrets::new(Records::new(client(&http), "zcw"));
        secrets.forget_request_key("none", Some).unwrap();
        assert_eq!(http.requests().len(), 1);
    }
}
