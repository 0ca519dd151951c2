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
use crate::home::{token_lock, Claim, Claimed};
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
    /// The sign-in the lease was taken under ([`TokensRecord::sign_in`]).
    sign_in: u64,
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
    Leased {
        recent: Vec<u64>,
        implausible: bool,
        sign_in: u64,
    },
}

/// The error a caller gets when the connection was disconnected under it.
fn disconnected(name: &str) -> crate::Error {
    SignInError::NeedsSignIn {
        name: name.to_string(),
        why: crate::oauth::error::NoSignIn::DisconnectedDuringRefresh,
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
            sign_in: 0,
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
                                why: crate::oauth::error::NoSignIn::Disconnected,
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
                            sign_in: record.sign_in,
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
                    sign_in,
                } => {
                    self.lease_until = Some(now + LEASE_SECS);
                    self.recent = recent;
                    self.implausible = implausible;
                    self.sign_in = sign_in;
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
                path: format!("{TOKENS}/{name}"),
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
        let now = clock::now();
        let (holder, connection, seen) = (&self.holder, &self.connection, self.sign_in);
        let (kept, _) = self
            .records
            .change(TOKENS, &name, |read: Versioned<TokensRecord>| {
                // Gone, or marked: the connection was disconnected meanwhile.
                let Some(mut record) = read.data.filter(|r| r.revoked_at.is_none()) else {
                    return Err(disconnected(&name));
                };
                // A new sign-in meanwhile: this token came from the refresh token it replaced.
                if record.sign_in != seen {
                    return Ok((Change::Keep, false));
                }
                if record.lease.as_ref().is_some_and(|l| l.holder == *holder) {
                    record.lease = None;
                }
                record.count_refresh(now);
                // Another machine that took over after our lease lapsed may have a later token.
                let theirs = trust::tokens(&record, connection, now).token;
                if theirs.is_none_or(|t| t.expires_at <= token.expires_at) {
                    record.set_cached(token);
                }
                Ok((Change::Write(record), true))
            })?;
        if let (true, Some(refresh)) = (kept, refresh) {
            self.secrets.modify(&name, |r| {
                r.refresh_token = Some(refresh.expose().to_string());
            })?;
        }
        Ok(())
    }

    fn keep_sign_in(
        mut self: Box<Self>,
        token: &CachedToken,
        refresh: &RefreshToken,
        minted_by_refresh: bool,
    ) -> Result<()> {
        self.done = true;
        let name = self.name().to_string();
        self.secrets.modify(&name, |r| {
            r.refresh_token = Some(refresh.expose().to_string());
        })?;
        let now = clock::now();
        self.records
            .change(TOKENS, &name, |read: Versioned<TokensRecord>| {
                let mut record = read.data.unwrap_or_default();
                // A new sign-in replaces whatever was there: a revocation mark, another
                // machine's lease and token (minted from the refresh token this one replaces).
                record.set_cached(token);
                record.lease = None;
                record.sign_in += 1;
                record.recent_refreshes.clear();
                if minted_by_refresh {
                    record.count_refresh(now);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::fake::CannedHttp;
    use crate::secret::AccessToken;
    use crate::secret_store::Place;
    use crate::team::kv::tests::{client, record, written, CONFLICT};
    use crate::token_cache::Freshness;

    struct Setup {
        http: Arc<CannedHttp>,
        dir: tempfile::TempDir,
        records: Records,
        connection: Connection,
    }

    fn setup() -> Setup {
        let http = Arc::new(CannedHttp::new());
        let records = Records::new(client(&http), "zcw");
        let connection = crate::testing::signed_in_record("crm", Place::TeamStore);
        Setup {
            http,
            dir: tempfile::tempdir().unwrap(),
            records,
            connection,
        }
    }

    impl Setup {
        fn claim(&self) -> TeamClaim {
            let secrets = Arc::new(TeamSecrets::new(self.records.clone()));
            TeamClaim::queue(
                self.dir.path(),
                self.records.clone(),
                secrets,
                self.connection.clone(),
            )
            .unwrap()
        }
    }

    fn token(expires_at: u64) -> CachedToken {
        CachedToken {
            access_token: AccessToken::new("1000.new"),
            lifetime: 0,
            expires_at,
            api_domain: Some("https://www.zohoapis.com".into()),
        }
    }

    fn want() -> Want {
        Want::new(Freshness::Cached, None)
    }

    #[test]
    fn a_lease_held_by_another_machine_is_waited_for_and_its_token_taken() {
        let s = setup();
        let now = clock::now();
        s.http
            .answer(
                200,
                &record(
                    4,
                    &serde_json::json!({"lease": {"holder": "other", "until": now + 20}}),
                ),
            )
            .answer(
                200,
                &record(
                    5,
                    &serde_json::json!({"access_token": "1000.theirs", "expires_at": now + 3600,
                        "api_domain": "https://www.zohoapis.com", "recent_refreshes": [now]}),
                ),
            );
        let Claimed::Fresh(token) = s.claim().lease(want()).unwrap() else {
            panic!("the other machine's token was not taken");
        };
        assert_eq!(token.access_token.expose(), "1000.theirs");
        assert_eq!(s.http.requests().len(), 2, "nothing written");
    }

    #[test]
    fn an_expired_lease_is_taken_over_with_check_and_set_and_given_back_on_drop() {
        let s = setup();
        let now = clock::now();
        s.http
            .answer(
                200,
                &record(
                    4,
                    &serde_json::json!({"lease": {"holder": "dead", "until": now - 1}}),
                ),
            )
            .answer(400, CONFLICT)
            .answer(
                200,
                &record(
                    5,
                    &serde_json::json!({"lease": {"holder": "dead", "until": now - 1}}),
                ),
            )
            .answer(200, &written(6));
        let Claimed::Held(claim) = s.claim().lease(want()).unwrap() else {
            panic!("no claim");
        };
        assert!(claim.remaining().unwrap() > Duration::from_secs(LEASE_SECS - 2));
        let bodies = s.http.json_bodies();
        let leased: serde_json::Value =
            serde_json::from_str(bodies[3].as_deref().unwrap()).unwrap();
        assert_eq!(leased["options"]["cas"], 5);
        assert_ne!(leased["data"]["lease"]["holder"], "dead");
        // Dropped unused: the lease is given back, if still ours.
        let holder = leased["data"]["lease"].clone();
        s.http
            .answer(200, &record(6, &serde_json::json!({ "lease": holder })))
            .answer(200, &written(7));
        drop(claim);
        let released: serde_json::Value =
            serde_json::from_str(s.http.json_bodies()[5].as_deref().unwrap()).unwrap();
        assert_eq!(released["options"]["cas"], 6);
        assert!(released["data"].get("lease").is_none(), "{released}");
    }

    #[test]
    fn a_revocation_mark_stops_a_refresh_before_and_after() {
        let s = setup();
        let now = clock::now();
        // Before: nothing is leased, the caller must sign in.
        s.http
            .answer(200, &record(4, &serde_json::json!({"revoked_at": now - 5})));
        let err = s.claim().lease(want()).err().unwrap();
        assert_eq!(err.kind(), "needs_sign_in");
        assert_eq!(s.http.requests().len(), 1);

        // After: a refresh that was inside its lease when another machine disconnected writes
        // nothing back.
        s.http
            .answer(200, &record(4, &serde_json::json!({})))
            .answer(200, &written(5));
        let Claimed::Held(claim) = s.claim().lease(want()).unwrap() else {
            panic!("no claim");
        };
        s.http
            .answer(200, &record(6, &serde_json::json!({"revoked_at": now})));
        let err = claim.store(&token(now + 3600), None).unwrap_err();
        assert_eq!(err.kind(), "needs_sign_in");
        assert!(err.to_string().contains("disconnected"), "{err}");
        assert_eq!(s.http.pending(), 0);
        assert_eq!(
            s.http.requests().len(),
            4,
            "no write after the mark was seen"
        );
    }

    #[test]
    fn a_refresh_leased_before_a_new_sign_in_writes_nothing_back() {
        let s = setup();
        let now = clock::now();
        s.http
            .answer(200, &record(4, &serde_json::json!({"sign_in": 1})))
            .answer(200, &written(5));
        let Claimed::Held(claim) = s.claim().lease(want()).unwrap() else {
            panic!("no claim");
        };
        // Meanwhile a reconnect kept a new sign-in (its own refresh token and token).
        s.http.answer(
            200,
            &record(
                6,
                &serde_json::json!({"sign_in": 2, "access_token": "1000.reconnected",
                "expires_at": now + 3600}),
            ),
        );
        let old_refresh = RefreshToken::new("1000.replaced");
        claim.store(&token(now + 3599), Some(&old_refresh)).unwrap();
        assert_eq!(s.http.pending(), 0);
        assert_eq!(
            s.http.requests().len(),
            3,
            "neither the token nor the refresh token written"
        );
    }

    #[test]
    fn a_stored_token_replaces_an_implausible_one_and_counts_the_refresh() {
        let s = setup();
        let now = clock::now();
        let planted = serde_json::json!({"access_token": "1000.planted",
            "expires_at": now + 10 * 365 * 86_400, "api_domain": "https://evil.example"});
        s.http
            .answer(200, &record(2, &planted))
            .answer(200, &written(3));
        let Claimed::Held(claim) = s.claim().lease(want()).unwrap() else {
            panic!("an implausible token was taken");
        };
        assert!(claim.replaced_implausible());
        let mut leased = planted.clone();
        leased["lease"] =
            serde_json::from_str::<serde_json::Value>(s.http.json_bodies()[1].as_deref().unwrap())
                .unwrap()["data"]["lease"]
                .clone();
        s.http
            .answer(200, &record(3, &leased))
            .answer(200, &written(4));
        claim.store(&token(now + 3600), None).unwrap();
        let stored: serde_json::Value =
            serde_json::from_str(s.http.json_bodies()[3].as_deref().unwrap()).unwrap();
        assert_eq!(stored["data"]["access_token"], "1000.new");
        assert_eq!(stored["data"]["api_domain"], "https://www.zohoapis.com");
        assert_eq!(
            stored["data"]["recent_refreshes"].as_array().unwrap().len(),
            1
        );
        assert!(stored["data"].get("lease").is_none());
    }
}
