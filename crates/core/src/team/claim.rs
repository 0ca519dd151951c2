//! The team store's refresh claim: processes on one machine queue on the local file lock, then
//! the first machine to find the cached token stale writes a short lease into the connection's
//! tokens record with check-and-set; every other caller, on any machine, waits and reads the
//! token it writes. A crashed holder's lease expires. A disconnect needs no lease: it leaves a
//! revocation mark that makes a late refresh's write fail.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::kv::{Change, Versioned};
use super::records::{Lease, Records, TokensRecord, CONNECTIONS, TOKENS};
use super::secrets::TeamSecrets;
use super::trust;
use crate::clock;
use crate::connection::Connection;
use crate::error::{Result, SignInError, TeamError};
use crate::file_lock::FileLock;
use crate::home::local::token_lock;
use crate::home::{Claim, Claimed};
use crate::secret::{ClientSecret, RefreshToken};
use crate::token_cache::{window, CachedToken, Want};

/// How long a lease lasts: longer than a refresh may take, secrets read included.
pub const LEASE_SECS: u64 = 20;
/// How often a waiting caller reads the record again.
const POLL: Duration = Duration::from_millis(150);
/// How long a caller waits for other machines' refreshes (a lease, a take-over, another lease)
/// before saying so.
const MAX_WAIT: Duration = Duration::from_secs(3 * LEASE_SECS);

/// A claim on a team connection's tokens.
pub struct TeamClaim {
    /// This machine's processes queue here first, and find the token the first one got.
    _queue: FileLock,
    records: Records,
    secrets: Arc<TeamSecrets>,
    connection: Connection,
    holder: String,
    /// Until when the lease lasts; `None` for a claim to disconnect, which needs none.
    lease_until: Option<u64>,
    recent: Vec<u64>,
    implausible: bool,
    /// Whether the claim was used up (stored or forgotten), so dropping it writes nothing.
    done: bool,
}

impl std::fmt::Debug for TeamClaim {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TeamClaim")
            .field("connection", &self.connection.name)
            .field("lease_until", &self.lease_until)
            .finish_non_exhaustive()
    }
}

/// What one look at the tokens record decided.
enum Step {
    Fresh(CachedToken),
    Wait,
    Leased { recent: Vec<u64>, implausible: bool },
}

/// The error a caller gets when the connection was disconnected under it.
fn disconnected(name: &str) -> crate::Error {
    SignInError::NeedsSignIn {
        name: name.to_string(),
        why: "it was disconnected while its access token was being refreshed",
    }
    .into()
}

impl TeamClaim {
    /// Queues on this machine's lock; no lease yet.
    pub fn queue(
        lock_dir: &Path,
        records: Records,
        secrets: Arc<TeamSecrets>,
        connection: Connection,
    ) -> Result<Self> {
        Ok(TeamClaim {
            _queue: token_lock(lock_dir, &connection.name)?,
            records,
            secrets,
            connection,
            holder: holder_id(),
            lease_until: None,
            recent: Vec::new(),
            implausible: false,
            done: false,
        })
    }

    /// Takes the lease, waiting while another machine holds one, unless a token `want` takes
    /// appears meanwhile.
    pub fn lease(mut self, want: Want) -> Result<Claimed> {
        let started = Instant::now();
        let name = self.connection.name.clone();
        loop {
            let now = clock::now();
            let (holder, connection) = (&self.holder, &self.connection);
            let (step, _) =
                self.records
                    .change(TOKENS, &name, |read: Versioned<TokensRecord>| {
                        let mut record = read.data.unwrap_or_default();
                        let checked = trust::tokens(&record, connection, now);
                        if let Some(token) = want.take(checked.token.as_ref(), now) {
                            return Ok((Change::Keep, Step::Fresh(token)));
                        }
                        if record.revoked_at.is_some() {
                            return Err(SignInError::NeedsSignIn {
                                name: name.clone(),
                                why: "it was disconnected",
                            }
                            .into());
                        }
                        if record.live_lease(now).is_some_and(|l| l.holder != *holder) {
                            return Ok((Change::Keep, Step::Wait));
                        }
                        window::prune(&mut record.recent_refreshes, now);
                        if checked.implausible {
                            record.clear_cached();
                        }
                        let recent = record.recent_refreshes.clone();
                        record.lease = Some(Lease {
                            holder: holder.clone(),
                            until: now + LEASE_SECS,
                        });
                        let step = Step::Leased {
                            recent,
                            implausible: checked.implausible,
                        };
                        Ok((Change::Write(record), step))
                    })?;
            match step {
                Step::Fresh(token) => return Ok(Claimed::Fresh(token)),
                Step::Wait if started.elapsed() > MAX_WAIT => {
                    return Err(TeamError::RefreshStuck {
                        name,
                        seconds: started.elapsed().as_secs(),
                    }
                    .into())
                }
                Step::Wait => std::thread::sleep(POLL),
                Step::Leased {
                    recent,
                    implausible,
                } => {
                    self.lease_until = Some(now + LEASE_SECS);
                    self.recent = recent;
                    self.implausible = implausible;
                    return Ok(Claimed::Held(Box::new(self)));
                }
            }
        }
    }

    fn name(&self) -> &str {
        &self.connection.name
    }

    /// Gives the lease back, if it is still ours.
    fn release(&self) -> Result<()> {
        let holder = &self.holder;
        self.records
            .change(
                TOKENS,
                self.name(),
                |read: Versioned<TokensRecord>| match read.data {
                    Some(mut record)
                        if record.lease.as_ref().is_some_and(|l| l.holder == *holder) =>
                    {
                        record.lease = None;
                        Ok((Change::Write(record), ()))
                    }
                    _ => Ok((Change::Keep, ())),
                },
            )
            .map(|_| ())
    }
}

impl Drop for TeamClaim {
    fn drop(&mut self) {
        if !self.done && self.lease_until.is_some() {
            // Best effort: a lease not given back expires on its own.
            let _ = self.release();
        }
    }
}

impl Claim for TeamClaim {
    fn recent_refreshes(&self) -> Vec<u64> {
        self.recent.clone()
    }

    fn replaced_implausible(&self) -> bool {
        self.implausible
    }

    fn secrets(&mut self) -> Result<(Option<RefreshToken>, Option<ClientSecret>)> {
        let record = self.secrets.read(self.name())?;
        Ok((
            record.refresh_token.as_deref().map(RefreshToken::new),
            record.client_secret.as_deref().map(ClientSecret::new),
        ))
    }

    fn remaining(&self) -> Option<Duration> {
        self.lease_until
            .map(|until| Duration::from_secs(until.saturating_sub(clock::now())))
    }

    fn extend(&mut self, at_least: Duration) -> Result<()> {
        let until = clock::now() + at_least.as_secs().max(LEASE_SECS);
        let (holder, name) = (&self.holder, self.connection.name.clone());
        let (ours, _) = self
            .records
            .change(TOKENS, &name, |read: Versioned<TokensRecord>| {
                match read.data {
                    Some(mut record)
                        if record.lease.as_ref().is_some_and(|l| l.holder == *holder) =>
                    {
                        record.lease = Some(Lease {
                            holder: holder.clone(),
                            until,
                        });
                        Ok((Change::Write(record), true))
                    }
                    _ => Ok((Change::Keep, false)),
                }
            })?;
        if !ours {
            return Err(TeamError::Conflict {
                what: format!("the lease on {TOKENS}/{name}"),
            }
            .into());
        }
        self.lease_until = Some(until);
        Ok(())
    }

    fn store(
        mut self: Box<Self>,
        token: &CachedToken,
        refresh: Option<&RefreshToken>,
    ) -> Result<()> {
        self.done = true;
        let name = self.name().to_string();
        if let Some(refresh) = refresh {
            self.secrets.modify(&name, |r| {
                r.refresh_token = Some(refresh.expose().to_string())
            })?;
        }
        let now = clock::now();
        let (holder, connection) = (&self.holder, &self.connection);
        self.records
            .change(TOKENS, &name, |read: Versioned<TokensRecord>| {
                // Gone, or marked: the connection was disconnected meanwhile.
                let Some(mut record) = read.data.filter(|r| r.revoked_at.is_none()) else {
                    return Err(disconnected(&name));
                };
                if record.lease.as_ref().is_some_and(|l| l.holder == *holder) {
                    record.lease = None;
                }
                record.count_refresh(now);
                // Another machine that took over after our lease lapsed may have a later token.
                let theirs = trust::tokens(&record, connection, now).token;
                if theirs.is_none_or(|t| t.expires_at <= token.expires_at) {
                    record.set_cached(token);
                }
                Ok((Change::Write(record), ()))
            })
            .map(|_| ())
    }

    fn forget(mut self: Box<Self>, everything: bool) -> Result<()> {
        self.done = true;
        let name = self.name().to_string();
        if everything {
            return self.records.delete_connection(&name);
        }
        let now = clock::now();
        // The mark first: from here on no refresh anywhere writes a token back.
        self.records
            .change(TOKENS, &name, |read: Versioned<TokensRecord>| {
                let mut record = read.data.unwrap_or_default();
                record.revoke(now);
                Ok((Change::Write(record), ()))
            })?;
        self.secrets.modify(&name, |r| r.refresh_token = None)?;
        self.records
            .change(CONNECTIONS, &name, |read: Versioned<Connection>| {
                let Some(mut record) = read.data else {
                    return Ok((Change::Keep, ()));
                };
                record.signed_in = None;
                record.updated_at = now;
                Ok((Change::Write(record), ()))
            })
            .map(|_| ())
    }
}

/// Who holds a lease: this process, on this machine.
fn holder_id() -> String {
    let mut random = [0u8; 8];
    getrandom::getrandom(&mut random).expect("the OS random source answers");
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{hex}", std::process::id())
}
