//! The team store as the rest of the core sees it: connection records (listed, read, created and
//! changed with check-and-set) and a [`SecretStore`] over the secrets and tokens records.

use secrecy::SecretString;
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::auth::{TeamCredentials, TokenSource};
use super::kv::{KvClient, Versioned, Written};
use super::records::{SecretsRecord, TokensRecord, CONNECTIONS, SECRETS, TOKENS};
use super::settings::TeamSettings;
use crate::connection::Connection;
use crate::error::{Result, StoreError};
use crate::secret_store::{Backend, EntryName, SecretKind, SecretStore};

/// How often a check-and-set change is tried again when another writer came first.
const CAS_ATTEMPTS: usize = 8;

/// A team store this process is signed in to.
#[derive(Debug)]
pub struct TeamStore {
    settings: TeamSettings,
    kv: KvClient,
    source: TokenSource,
}

impl TeamStore {
    /// Connects to the store in `settings` with the first token `credentials` offer. No request
    /// is made except an AppRole login.
    pub fn connect(settings: &TeamSettings, credentials: &TeamCredentials) -> Result<Self> {
        let mut kv = KvClient::new(settings)?;
        let (token, source) = credentials.token(settings, &kv)?;
        kv.set_token(token);
        Ok(TeamStore {
            settings: settings.clone(),
            kv,
            source,
        })
    }

    pub fn settings(&self) -> &TeamSettings {
        &self.settings
    }

    /// Where this process's token came from.
    pub fn token_source(&self) -> &TokenSource {
        &self.source
    }

    /// The path of a record: the prefix's segments, the folder, the connection's name.
    fn path<'a>(&'a self, folder: &'a str, name: &'a str) -> Vec<&'a str> {
        let mut path: Vec<&str> = self.settings.prefix.split('/').collect();
        path.push(folder);
        path.push(name);
        path
    }

    fn folder<'a>(&'a self, folder: &'a str) -> Vec<&'a str> {
        let mut path: Vec<&str> = self.settings.prefix.split('/').collect();
        path.push(folder);
        path
    }

    /// Reads, changes and writes a record with check-and-set, again while others write first.
    /// A record left empty by the change is deleted.
    fn modify<T>(
        &self,
        folder: &str,
        name: &str,
        mut change: impl FnMut(&mut T),
        is_empty: impl Fn(&T) -> bool,
    ) -> Result<()>
    where
        T: Default + Serialize + DeserializeOwned,
    {
        let path = self.path(folder, name);
        for _ in 0..CAS_ATTEMPTS {
            let Versioned { version, data } = self.kv.read::<T>(&path)?;
            let existed = data.is_some();
            let mut record = data.unwrap_or_default();
            change(&mut record);
            if is_empty(&record) {
                if existed {
                    self.kv.delete(&path)?;
                }
                return Ok(());
            }
            if let Written::Version(_) = self.kv.write(&path, &record, version)? {
                return Ok(());
            }
        }
        Err(StoreError::TeamConflict {
            what: format!("{folder}/{name}"),
        }
        .into())
    }

    /// Checks that the token may list the connections: what every machine needs first.
    pub fn check(&self) -> Result<usize> {
        Ok(self.connection_names()?.len())
    }

    pub fn connection_names(&self) -> Result<Vec<String>> {
        Ok(self
            .kv
            .list(&self.folder(CONNECTIONS))?
            .into_iter()
            .filter(|key| !key.ends_with('/'))
            .collect())
    }

    /// Every connection in the team store, by name.
    pub fn connections(&self) -> Result<Vec<Connection>> {
        let mut connections = Vec::new();
        for name in self.connection_names()? {
            if let Some(connection) = self.connection(&name)?.data {
                connections.push(connection);
            }
        }
        connections.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(connections)
    }

    pub fn connection(&self, name: &str) -> Result<Versioned<Connection>> {
        let mut read = self.kv.read::<Connection>(&self.path(CONNECTIONS, name))?;
        if let Some(connection) = read.data.as_mut() {
            // Whatever a record says, its secrets are here.
            connection.secret_store = Backend::Vault;
        }
        Ok(read)
    }

    /// Writes a new connection record; `false` when the name is taken (by any machine).
    pub fn create_connection(&self, connection: &Connection) -> Result<bool> {
        let written = self
            .kv
            .write(&self.path(CONNECTIONS, &connection.name), connection, 0)?;
        Ok(written != Written::Conflict)
    }

    /// Changes a connection record with check-and-set; `None` when there is no such connection.
    pub fn update_connection<T>(
        &self,
        name: &str,
        mut change: impl FnMut(&mut Connection) -> T,
    ) -> Result<Option<T>> {
        let path = self.path(CONNECTIONS, name);
        for _ in 0..CAS_ATTEMPTS {
            let Versioned { version, data } = self.connection(name)?;
            let Some(mut connection) = data else {
                return Ok(None);
            };
            let result = change(&mut connection);
            if let Written::Version(_) = self.kv.write(&path, &connection, version)? {
                return Ok(Some(result));
            }
        }
        Err(StoreError::TeamConflict {
            what: format!("{CONNECTIONS}/{name}"),
        }
        .into())
    }

    /// Deletes a connection: its secrets and tokens first, so that nothing is left unnamed.
    pub fn delete_connection(&self, name: &str) -> Result<()> {
        self.kv.delete(&self.path(SECRETS, name))?;
        self.kv.delete(&self.path(TOKENS, name))?;
        self.kv.delete(&self.path(CONNECTIONS, name))
    }

    /// The tokens record and its version, for check-and-set.
    pub fn tokens(&self, name: &str) -> Result<Versioned<TokensRecord>> {
        self.kv.read(&self.path(TOKENS, name))
    }

    /// Writes the tokens record if its version is still `cas`.
    pub fn write_tokens(&self, name: &str, record: &TokensRecord, cas: u64) -> Result<Written> {
        self.kv.write(&self.path(TOKENS, name), record, cas)
    }

    /// The client secret and refresh token, in one read.
    pub fn secrets(&self, name: &str) -> Result<SecretsRecord> {
        Ok(self
            .kv
            .read::<SecretsRecord>(&self.path(SECRETS, name))?
            .data
            .unwrap_or_default())
    }

    /// Copies a record to another name, replacing whatever was there (a leftover from a rename
    /// that failed half-way).
    fn copy_record<T: Serialize + DeserializeOwned>(
        &self,
        folder: &str,
        from: &str,
        to: &str,
    ) -> Result<()> {
        let Some(record) = self.kv.read::<T>(&self.path(folder, from))?.data else {
            return Ok(());
        };
        let target = self.path(folder, to);
        for _ in 0..CAS_ATTEMPTS {
            let version = self.kv.read::<T>(&target)?.version;
            if let Written::Version(_) = self.kv.write(&target, &record, version)? {
                return Ok(());
            }
        }
        Err(StoreError::TeamConflict {
            what: format!("{folder}/{to}"),
        }
        .into())
    }

    fn set_one(&self, entry: &EntryName, secret: &str) -> Result<()> {
        let name = entry.connection();
        match entry.kind {
            SecretKind::ClientSecret => self.modify(
                SECRETS,
                name,
                |r: &mut SecretsRecord| r.client_secret = Some(secret.to_string()),
                SecretsRecord::is_empty,
            ),
            SecretKind::RefreshToken => self.modify(
                SECRETS,
                name,
                |r: &mut SecretsRecord| r.refresh_token = Some(secret.to_string()),
                SecretsRecord::is_empty,
            ),
            SecretKind::AccessToken => {
                let cached = crate::oauth::tokens::parse_cached(secret).ok_or_else(|| {
                    StoreError::TeamRecordUnreadable {
                        path: format!("{TOKENS}/{name}"),
                        reason: "the access token to cache is not in zcw's shape".into(),
                    }
                })?;
                self.modify(
                    TOKENS,
                    name,
                    |r: &mut TokensRecord| r.set_cached(&cached),
                    TokensRecord::is_empty,
                )
            }
        }
    }
}

impl SecretStore for TeamStore {
    fn backend(&self) -> Backend {
        Backend::Vault
    }

    fn set(&self, entry: &EntryName, secret: &str) -> Result<()> {
        self.set_one(entry, secret)
    }

    fn get(&self, entry: &EntryName) -> Result<Option<SecretString>> {
        let name = entry.connection();
        Ok(match entry.kind {
            SecretKind::ClientSecret => self
                .secrets(name)?
                .client_secret
                .clone()
                .map(SecretString::from),
            SecretKind::RefreshToken => self
                .secrets(name)?
                .refresh_token
                .clone()
                .map(SecretString::from),
            SecretKind::AccessToken => self
                .tokens(name)?
                .data
                .and_then(|record| record.cached())
                .map(|cached| {
                    SecretString::from(crate::oauth::tokens::cache_json(&cached).to_string())
                }),
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
                SecretKind::ClientSecret => self.modify(
                    SECRETS,
                    name,
                    |r: &mut SecretsRecord| r.client_secret = None,
                    SecretsRecord::is_empty,
                )?,
                SecretKind::RefreshToken => self.modify(
                    SECRETS,
                    name,
                    |r: &mut SecretsRecord| r.refresh_token = None,
                    SecretsRecord::is_empty,
                )?,
                // The refresh window stays: Zoho still counts those tokens.
                SecretKind::AccessToken => self.modify(
                    TOKENS,
                    name,
                    TokensRecord::clear_cached,
                    TokensRecord::is_empty,
                )?,
            }
        }
        Ok(())
    }

    fn move_entries(&self, moves: &[(EntryName, EntryName)]) -> Result<()> {
        // A rename moves whole records: the secrets and the tokens with their refresh window.
        let mut done: Vec<(&str, &str)> = Vec::new();
        for (from, to) in moves {
            let pair = (from.connection(), to.connection());
            if done.contains(&pair) {
                continue;
            }
            done.push(pair);
            let (old, new) = pair;
            self.copy_record::<SecretsRecord>(SECRETS, old, new)?;
            self.copy_record::<TokensRecord>(TOKENS, old, new)?;
            self.kv.delete(&self.path(SECRETS, old))?;
            self.kv.delete(&self.path(TOKENS, old))?;
        }
        Ok(())
    }
}
