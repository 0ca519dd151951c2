//! A team-store connection's access token, refreshed once for the whole fleet: the machine that
//! finds the cached token stale takes a short lease in the connection's tokens record with
//! check-and-set, refreshes at Zoho, and writes the new token while giving the lease back; every
//! other caller, on any machine, waits and reads the new token. A crashed holder's lease expires.

use std::time::{Duration, Instant};

use super::tokens::{mint, missing_refresh_token, within_rate_window, CachedToken, Freshness};
use crate::clock;
use crate::connection::Connection;
use crate::context::Context;
use crate::error::{Result, StoreError};
use crate::secret::{ClientSecret, RefreshToken};
use crate::team::kv::{Versioned, Written};
use crate::team::records::{Lease, TokensRecord};
use crate::team::store::TeamStore;

/// How long a lease lasts: longer than a refresh may take (see [`REFRESH_DEADLINE`]).
pub const LEASE_SECS: u64 = 20;
/// A refresh under a lease gives up in time for the lease to still be held when it writes.
const REFRESH_DEADLINE: Duration = Duration::from_secs(LEASE_SECS - 5);
/// How often a waiting caller reads the record again.
const POLL: Duration = Duration::from_millis(150);
/// How long a caller waits for other machines' refreshes (a lease, a take-over, another lease)
/// before saying so.
const MAX_WAIT: Duration = Duration::from_secs(3 * LEASE_SECS);
/// Attempts to write the new token when others write the record at the same moment.
const WRITE_ATTEMPTS: usize = 8;

/// A valid access token for a connection kept in the team store.
pub async fn access_token(
    ctx: &Context,
    connection: &Connection,
    freshness: Freshness,
) -> Result<CachedToken> {
    let team = ctx.connections.team()?;
    let name = connection.name.as_str();
    let min_lifetime = freshness.min_lifetime();
    let usable = |record: &TokensRecord| {
        record
            .cached()
            .filter(|token| token.lasts(clock::now(), min_lifetime))
    };
    if let Some(token) = team.tokens(name)?.data.as_ref().and_then(usable) {
        return Ok(token);
    }
    // Processes on this machine queue here first, and find the token the first one got.
    let _lock = ctx.connections.token_lock(name)?;
    let holder = holder_id();
    let started = Instant::now();
    // A forced refresh is satisfied by any refresh that finishes after it started.
    let mut wanted = min_lifetime;
    loop {
        let Versioned { version, data } = team.tokens(name)?;
        let record = data.unwrap_or_default();
        if let Some(token) = record
            .cached()
            .filter(|token| token.lasts(clock::now(), wanted))
        {
            return Ok(token);
        }
        let now = clock::now();
        if record.live_lease(now).is_some() {
            if started.elapsed() > MAX_WAIT {
                return Err(StoreError::TeamRefreshStuck {
                    name: name.to_string(),
                    seconds: started.elapsed().as_secs(),
                }
                .into());
            }
            if freshness == Freshness::Refresh {
                // What the holder gets is newer than the token this caller refused: take it.
                wanted = super::tokens::MIN_LIFETIME_SECS;
            }
            tokio::time::sleep(POLL).await;
            continue;
        }
        within_rate_window(name, &record.recent_refreshes, now)?;
        let mut leased = record.clone();
        leased.lease = Some(Lease {
            holder: holder.clone(),
            until: now + LEASE_SECS,
        });
        let leased_version = match team.write_tokens(name, &leased, version)? {
            Written::Version(v) => v,
            Written::Conflict => continue,
        };
        let minted = refresh_at_zoho(ctx, &team, connection).await;
        return finish(&team, name, &holder, leased, leased_version, minted);
    }
}

/// Refreshes with the secrets record's refresh token and client secret (one read).
async fn refresh_at_zoho(
    ctx: &Context,
    team: &TeamStore,
    connection: &Connection,
) -> Result<CachedToken> {
    let name = connection.name.as_str();
    let secrets = team.secrets(name)?;
    let refresh_token = secrets
        .refresh_token
        .as_deref()
        .map(RefreshToken::new)
        .ok_or_else(|| missing_refresh_token(name))?;
    let secret = secrets
        .client_secret
        .as_deref()
        .map(ClientSecret::new)
        .ok_or_else(|| StoreError::SecretMissing {
            name: name.to_string(),
            store: crate::secret_store::Backend::Vault.describe(),
        })?;
    let answer = tokio::time::timeout(
        REFRESH_DEADLINE,
        mint(ctx, connection, &refresh_token, &secret),
    )
    .await
    .map_err(|_| crate::error::NetworkError::Timeout {
        seconds: REFRESH_DEADLINE.as_secs(),
    })??;
    let api_domain = answer.api_domain.clone().or_else(|| {
        connection
            .signed_in
            .as_ref()
            .and_then(|s| s.api_domain.clone())
    });
    Ok(CachedToken {
        access_token: answer.access_token.clone(),
        expires_at: clock::now() + answer.expires_in,
        api_domain,
    })
}

/// Writes what the refresh gave (a token, counted in the refresh window) and gives the lease
/// back. When another machine took over meanwhile, its record is kept and only ours added.
fn finish(
    team: &TeamStore,
    name: &str,
    holder: &str,
    leased: TokensRecord,
    leased_version: u64,
    minted: Result<CachedToken>,
) -> Result<CachedToken> {
    let now = clock::now();
    let mut current = (leased_version, leased);
    for _ in 0..WRITE_ATTEMPTS {
        let (version, mut record) = current;
        if record.lease.as_ref().is_some_and(|l| l.holder == holder) {
            record.lease = None;
        }
        if let Ok(token) = &minted {
            record.count_refresh(now);
            // A token another machine got later lasts longer: keep it.
            if record.expires_at <= token.expires_at {
                record.set_cached(token);
            }
        }
        match team.write_tokens(name, &record, version) {
            Ok(Written::Version(_)) => return minted,
            Ok(Written::Conflict) => {
                let Versioned { version, data } = team.tokens(name)?;
                current = (version, data.unwrap_or_default());
            }
            // The token is good even when it could not be shared; a failed refresh's own
            // error says more than the write's.
            Err(e) => return minted.or(Err(e)),
        }
    }
    minted
}

/// Who holds a lease: this process, on this machine.
fn holder_id() -> String {
    let mut random = [0u8; 8];
    getrandom::getrandom(&mut random).expect("the OS random source answers");
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{hex}", std::process::id())
}
