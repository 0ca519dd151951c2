//! The team home: connections, their secrets and their tokens in KV version 2 on OpenBao or
//! Vault, shared by every machine with the address and a token. Every record read is checked at
//! the trust boundary ([`super::trust`]); every write is a check-and-set change.

use std::path::PathBuf;
use std::sync::Arc;

use super::auth::{Credential, TeamCredentials, TokenSource};
use super::claim::TeamClaim;
use super::kv::{Change, KvClient, Versioned};
use super::records::{Records, RequestRecord, TokensRecord, CONNECTIONS, REQUESTS, TOKENS};
use super::secrets::TeamSecrets;
use super::settings::TeamSettings;
use super::token_sink;
use super::trust;
use crate::clock;
use crate::connection::Connection;
use crate::error::{InputError, Result, TeamError};
use crate::home::{entries, write_verified, Claim, Claimed, Damaged, Home, Listed, TokenRead};
use crate::http::HttpClient;
use crate::oauth::accounts::AccountsServers;
use crate::onboarding::error::OnboardingError;
use crate::onboarding::pending::{Answered, Pending};
use crate::secret::{ClientSecret, RequestKey};
use crate::secret_store::{EntryName, Place, SecretKind, SecretStore};
use crate::token_cache::Want;

/// Where a machine remembers which of a cluster's nodes answered last.
pub const ACTIVE_NODE_FILE: &str = "team-node.txt";

/// A team store this process is signed in to.
#[derive(Debug)]
pub struct TeamHome {
    settings: TeamSettings,
    records: Records,
    secrets: Arc<TeamSecrets>,
    source: TokenSource,
    accounts: AccountsServers,
    /// This machine's config folder, for the file lock its processes queue on (and an
    /// AppRole's kept token).
    lock_dir: PathBuf,
}

impl TeamHome {
    /// Connects to the store in `settings` over `http` with the first token `credentials` offer.
    /// No request is made except an AppRole login.
    pub fn connect(
        settings: &TeamSettings,
        credentials: &TeamCredentials,
        http: Arc<dyn HttpClient>,
        accounts: AccountsServers,
        lock_dir: PathBuf,
    ) -> Result<Self> {
        let mut kv = KvClient::new(settings, http)?;
        if !settings.more_addresses.is_empty() {
            kv.remember_node_in(lock_dir.join(ACTIVE_NODE_FILE));
        }
        let source = match credentials.credential(settings)? {
            Credential::Token(token, source) => {
                kv.set_token(token);
                source
            }
            Credential::AppRole(approle) => {
                kv.use_approle(approle, token_sink::path_in(&lock_dir))?;
                TokenSource::AppRole
            }
        };
        let records = Records::new(kv, &settings.prefix);
        Ok(TeamHome {
            settings: settings.clone(),
            secrets: Arc::new(TeamSecrets::new(records.clone())),
            records,
            source,
            accounts,
            lock_dir,
        })
    }

    pub fn settings(&self) -> &TeamSettings {
        &self.settings
    }

    /// Where this process's token came from.
    pub fn token_source(&self) -> &TokenSource {
        &self.source
    }

    /// Checks that the token may list the connections: what every machine needs first.
    pub fn check(&self) -> Result<usize> {
        Ok(self.records.names(CONNECTIONS)?.len())
    }

    /// Deletes a damaged connection record with its secrets and tokens records, so the connection
    /// can be added again. A record that reads well (fixed meanwhile) is left alone: whether
    /// something was deleted.
    pub fn delete_damaged(&self, name: &str) -> Result<bool> {
        match self.read_checked(name)? {
            Some(Err(_)) => {
                self.records.delete_connection(name)?;
                Ok(true)
            }
            Some(Ok(_)) | None => Ok(false),
        }
    }

    /// A connection record, checked; `Ok(None)` when there is none.
    fn read_checked(&self, name: &str) -> Result<Option<std::result::Result<Connection, Damaged>>> {
        let Some(record) = self.records.read::<Connection>(CONNECTIONS, name)?.data else {
            return Ok(None);
        };
        Ok(Some(
            trust::connection(name, record, &self.accounts).map_err(|problem| Damaged {
                name: name.to_string(),
                problem: TeamError::RecordDamaged {
                    path: format!("{}/{CONNECTIONS}/{name}", self.settings.prefix),
                    problem,
                }
                .into(),
            }),
        ))
    }

    /// The cached token of `name` with one read (its tokens record alone), if `want` takes it.
    pub fn quick_token(
        &self,
        name: &str,
        want: Want,
    ) -> Result<Option<crate::token_cache::CachedToken>> {
        let now = clock::now();
        Ok(self
            .records
            .read::<TokensRecord>(TOKENS, name)?
            .data
            .and_then(|record| trust::token_alone(&record, now))
            .and_then(|token| want.take(Some(&token), now)))
    }

    /// When the connection's cached access token expires, as its tokens record says.
    fn with_expiry(&self, mut connection: Connection) -> Connection {
        let now = clock::now();
        if let Ok(Versioned {
            data: Some(record), ..
        }) = self.records.read::<TokensRecord>(TOKENS, &connection.name)
        {
            let read = trust::tokens(&record, &connection, now);
            if let (Some(signed_in), Some(token)) = (connection.signed_in.as_mut(), read.token) {
                signed_in.access_expires_at = token.expires_at;
            }
        }
        connection
    }

    fn team_claim(&self, connection: &Connection) -> Result<TeamClaim> {
        TeamClaim::queue(
            &self.lock_dir,
            self.records.clone(),
            Arc::clone(&self.secrets),
            connection.clone(),
        )
    }
}

impl Home for TeamHome {
    fn place(&self, _connection: &Connection) -> Place {
        Place::TeamStore
    }

    fn list(&self) -> Result<Listed> {
        let mut listed = Listed::default();
        for name in self.records.names(CONNECTIONS)? {
            match self.read_checked(&name)? {
                Some(Ok(connection)) => listed.connections.push(self.with_expiry(connection)),
                Some(Err(damaged)) => listed.damaged.push(damaged),
                None => {}
            }
        }
        listed.connections.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(listed)
    }

    fn find(&self, name: &str) -> Result<Option<Connection>> {
        match self.read_checked(name)? {
            Some(Ok(connection)) => Ok(Some(connection)),
            Some(Err(damaged)) => Err(damaged.problem),
            None => Ok(None),
        }
    }

    fn name_taken(&self, name: &str) -> Result<bool> {
        Ok(self
            .records
            .names(CONNECTIONS)?
            .iter()
            .any(|taken| taken.eq_ignore_ascii_case(name)))
    }

    /// Claims the name (atomically, against every machine), then writes the secret; a secret
    /// that cannot be written takes the claim back.
    fn create(&self, connection: &Connection, secret: &ClientSecret) -> Result<()> {
        let name = connection.name.as_str();
        self.records
            .change(CONNECTIONS, name, |read: Versioned<Connection>| {
                if read.data.is_some() {
                    return Err(InputError::ConnectionExists {
                        name: name.to_string(),
                    }
                    .into());
                }
                Ok((Change::Write(connection.clone()), ()))
            })?;
        let entry = EntryName::new(name, SecretKind::ClientSecret);
        if let Err(e) = write_verified(self.secrets.as_ref(), &entry, secret) {
            let _ = self.records.delete_connection(name);
            return Err(e);
        }
        Ok(())
    }

    fn update(&self, name: &str, change: &mut dyn FnMut(&mut Connection)) -> Result<bool> {
        let accounts = &self.accounts;
        let (found, _) =
            self.records
                .change(CONNECTIONS, name, |read: Versioned<Connection>| {
                    let Some(record) = read.data else {
                        return Ok((Change::Keep, false));
                    };
                    let mut connection =
                        trust::connection(name, record, accounts).map_err(|problem| {
                            TeamError::RecordDamaged {
                                path: format!("{CONNECTIONS}/{name}"),
                                problem,
                            }
                        })?;
                    change(&mut connection);
                    connection.updated_at = clock::now();
                    Ok((Change::Write(connection), true))
                })?;
        Ok(found)
    }

    fn secrets(&self, _connection: &Connection) -> Result<Arc<dyn SecretStore>> {
        Ok(Arc::clone(&self.secrets) as Arc<dyn SecretStore>)
    }

    fn set_secret(&self, connection: &Connection, secret: &ClientSecret) -> Result<()> {
        let entry = EntryName::new(&connection.name, SecretKind::ClientSecret);
        write_verified(self.secrets.as_ref(), &entry, secret)
    }

    /// The new name is claimed first, the records follow, the old name goes last; a failure on
    /// the way leaves the old name working.
    fn rename(&self, existing: &Connection, new: &str) -> Result<Connection> {
        let old = existing.name.as_str();
        if new == old {
            return Ok(existing.clone());
        }
        let mut renamed = existing.clone();
        renamed.name = new.to_string();
        renamed.updated_at = clock::now();
        self.records
            .change(CONNECTIONS, new, |read: Versioned<Connection>| {
                if read.data.is_some() {
                    return Err(InputError::ConnectionExists {
                        name: new.to_string(),
                    }
                    .into());
                }
                Ok((Change::Write(renamed.clone()), ()))
            })?;
        let moves: Vec<_> = entries(old).into_iter().zip(entries(new)).collect();
        if let Err(e) = self.secrets.move_entries(&moves) {
            let _ = self.records.delete(CONNECTIONS, new);
            return Err(e);
        }
        self.records.delete(CONNECTIONS, old)?;
        Ok(renamed)
    }

    fn cached(&self, connection: &Connection) -> Result<TokenRead> {
        let record = self
            .records
            .read::<TokensRecord>(TOKENS, &connection.name)?
            .data
            .unwrap_or_default();
        Ok(trust::tokens(&record, connection, clock::now()))
    }

    fn claim(&self, connection: &Connection, want: Want) -> Result<Claimed> {
        self.team_claim(connection)?.lease(want)
    }

    fn claim_to_replace(&self, connection: &Connection) -> Result<Box<dyn Claim>> {
        Ok(Box::new(self.team_claim(connection)?))
    }

    /// Each record is checked as a received request would be; a damaged one is left out. An
    /// answered request with earlier versions (an earlier version of zcw wrote the answer as a new
    /// version, and the first held the key) is written anew, so that no version holds its key.
    fn requests(&self) -> Result<Vec<Pending>> {
        let mut requests = Vec::new();
        for name in self.records.names(REQUESTS)? {
            let read = self.records.read::<RequestRecord>(REQUESTS, &name)?;
            let Some(record) = &read.data else {
                // A record emptied by a delete cut short: finished now (best effort, as below),
                // so that none of its versions keeps a key.
                let _ = self.secrets.forget_request_key(&name, |_| None);
                continue;
            };
            if record.pending.request.name != name || record.pending.request.verify().is_err() {
                continue;
            }
            if record.pending.answered.is_some() && read.version > 1 {
                // Best effort: a store that refuses leaves it for the next listing.
                let _ = self.secrets.forget_request_key(&name, Some);
            }
            requests.push(record.pending.clone());
        }
        requests.sort_by(|a, b| a.request.name.cmp(&b.request.name));
        Ok(requests)
    }

    fn keep_request(&self, pending: &Pending, key: &RequestKey) -> Result<()> {
        let name = pending.request.name.as_str();
        self.records
            .change(REQUESTS, name, |read: Versioned<RequestRecord>| {
                if read.data.is_some_and(|r| r.pending.answered.is_none()) {
                    return Err(OnboardingError::RequestExists { name: name.into() }.into());
                }
                Ok((
                    Change::Write(RequestRecord {
                        pending: Pending {
                            key_store: Place::TeamStore,
                            ..pending.clone()
                        },
                        key: Some(key.expose().to_string()),
                    }),
                    (),
                ))
            })?;
        match self.request_key(name)? {
            Some(kept) if kept == *key => Ok(()),
            _ => Err(crate::error::StoreError::ReadBackMismatch {
                store: Place::TeamStore,
            }
            .into()),
        }
    }

    fn request_key(&self, name: &str) -> Result<Option<RequestKey>> {
        Ok(self
            .secrets
            .get(&EntryName::new(name, SecretKind::RequestKey))?
            .map(|key| RequestKey::new(secrecy::ExposeSecret::expose_secret(&key))))
    }

    fn close_request(&self, name: &str, answer: Option<Answered>) -> Result<()> {
        self.secrets.forget_request_key(name, |pending| {
            answer.clone().map(|answered| Pending {
                answered: Some(answered),
                ..pending
            })
        })
    }
}
