//! The cached access token and Zoho's limits on minting them: what every home stores and the one
//! token path checks. A leaf: it imports nothing of the homes or of the OAuth flow.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{Result, ZohoError};
use crate::secret::AccessToken;

/// A cached token is used while it has more than this many seconds left.
pub const MIN_LIFETIME_SECS: u64 = 60;
/// ...or, for a token minted to last less than five minutes, a fifth of its lifetime: a token
/// that lives 90 s is used for 72 s, so one caller in a loop refreshes at most nine times in
/// Zoho's ten minutes instead of twenty.
const SHORT_TOKEN_MARGIN_DIVISOR: u64 = 5;
/// Zoho mints at most this many access tokens per refresh token per window
/// (https://www.zoho.com/accounts/protocol/oauth/limits.html).
pub const REFRESHES_PER_WINDOW: usize = 10;
pub const REFRESH_WINDOW_SECS: u64 = 600;
/// An access token from Zoho lasts one hour
/// (https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html).
pub const ACCESS_TOKEN_LIFETIME_SECS: u64 = 3600;
/// How far another machine's clock may be ahead of this one's.
pub const CLOCK_SKEW_SECS: u64 = 300;

/// How long before its expiry a token minted to last `lifetime` seconds (0: not known) stops
/// being handed out by default.
pub fn margin_for(lifetime: u64) -> u64 {
    match lifetime {
        0 => MIN_LIFETIME_SECS,
        // Never under 10 s: the lifetime may come from a team record anyone could write.
        secs => (secs / SHORT_TOKEN_MARGIN_DIVISOR).clamp(10, MIN_LIFETIME_SECS),
    }
}

/// An access token ready for `Authorization: Zoho-oauthtoken ...`, with its expiry.
#[derive(Debug, Clone)]
pub struct CachedToken {
    pub access_token: AccessToken,
    /// Seconds since the Unix epoch.
    pub expires_at: u64,
    pub api_domain: Option<String>,
    /// How many seconds it was minted to last (0: not known, an hour assumed).
    pub lifetime: u64,
}

impl CachedToken {
    /// How long before its expiry a token stops being handed out by default.
    pub fn margin(&self) -> u64 {
        margin_for(self.lifetime)
    }

    /// Whether it still has more than `secs` seconds left at `now` (`u64::MAX`: never).
    pub fn lasts(&self, now: u64, secs: u64) -> bool {
        self.expires_at > now.saturating_add(secs)
    }

    /// Whether Zoho could have minted it: no access token outlives the hour it is given, so an
    /// expiry further ahead (beyond clock skew) was written by something other than a refresh.
    pub fn plausible(&self, now: u64) -> bool {
        self.expires_at <= now + ACCESS_TOKEN_LIFETIME_SECS + CLOCK_SKEW_SECS
    }
}

/// How the cache entry is written (the same JSON the first versions wrote).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CacheOut<'a> {
    access_token: &'a str,
    expires_at: u64,
    api_domain: Option<&'a str>,
    #[serde(skip_serializing_if = "is_zero")]
    lifetime: u64,
}

/// For `skip_serializing_if`: an unknown lifetime is not written.
pub(crate) fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct CacheIn {
    access_token: AccessToken,
    expires_at: u64,
    #[serde(default)]
    api_domain: Option<String>,
    #[serde(default)]
    lifetime: u64,
}

/// The cache entry's JSON for a token.
pub fn to_json(token: &CachedToken) -> Zeroizing<String> {
    Zeroizing::new(
        serde_json::to_string(&CacheOut {
            access_token: token.access_token.expose(),
            expires_at: token.expires_at,
            api_domain: token.api_domain.as_deref(),
            lifetime: token.lifetime,
        })
        .expect("tokens serialise"),
    )
}

/// A cache entry's JSON read back; `None` when it is not one.
pub fn from_json(json: &str) -> Option<CachedToken> {
    serde_json::from_str::<CacheIn>(json)
        .ok()
        .map(|c| CachedToken {
            access_token: c.access_token,
            expires_at: c.expires_at,
            api_domain: c.api_domain,
            lifetime: c.lifetime,
        })
}

/// Whether a cached access token may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// The cached token while it has more than a minute left (a fifth of its lifetime for a
    /// token minted to last less than five minutes).
    Cached,
    /// The cached token while it has more than this many seconds left (for a program that
    /// starts with one and uses it for a while).
    LastsAtLeast(u64),
    /// Always a new one (the cached one was revoked at Zoho, or the clock jumped), still within
    /// Zoho's 10 per 10 minutes.
    Refresh,
}

impl Freshness {
    /// How long a cached token must still last to be used (`u64::MAX`: never).
    pub fn min_lifetime(self) -> u64 {
        match self {
            Freshness::Cached => MIN_LIFETIME_SECS,
            Freshness::LastsAtLeast(secs) => secs.max(MIN_LIFETIME_SECS),
            Freshness::Refresh => u64::MAX,
        }
    }
}

/// Which cached token a caller takes: one lasting long enough, or, for a forced refresh, one
/// minted after the token it refused (another caller's refresh that finished meanwhile).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Want {
    pub min_lifetime: u64,
    /// The default margin: `min_lifetime`, shortened for a short-lived token.
    pub scaled: bool,
    /// Only a token expiring later than this one.
    pub newer_than: Option<u64>,
}

impl Want {
    /// What `freshness` asks for, given the token cached when the caller started (if any).
    pub fn new(freshness: Freshness, seen: Option<&CachedToken>) -> Self {
        match freshness {
            Freshness::Refresh => Want {
                min_lifetime: MIN_LIFETIME_SECS,
                scaled: true,
                newer_than: Some(seen.map_or(0, |t| t.expires_at)),
            },
            other => Want {
                min_lifetime: other.min_lifetime(),
                scaled: other == Freshness::Cached,
                newer_than: None,
            },
        }
    }

    /// The token, if it is one this caller takes.
    pub fn take(&self, token: Option<&CachedToken>, now: u64) -> Option<CachedToken> {
        token
            .filter(|t| {
                let need = if self.scaled {
                    t.margin().min(self.min_lifetime)
                } else {
                    self.min_lifetime
                };
                t.plausible(now) && t.lasts(now, need)
            })
            .filter(|t| self.newer_than.is_none_or(|seen| t.expires_at > seen))
            .cloned()
    }
}

/// Zoho's refresh window: when tokens were minted in the last ten minutes.
pub mod window {
    use super::*;

    /// Forgets refreshes outside the window, and any dated in the future (a clock that was
    /// wrong, or a record written by hand).
    pub fn prune(recent: &mut Vec<u64>, now: u64) {
        recent.retain(|&t| now < t + REFRESH_WINDOW_SECS && t <= now + CLOCK_SKEW_SECS);
    }

    /// Whether any refresh time lies in the future (beyond clock skew).
    pub fn has_future(recent: &[u64], now: u64) -> bool {
        recent.iter().any(|&t| t > now + CLOCK_SKEW_SECS)
    }

    /// Counts a refresh at `now`.
    pub fn count(recent: &mut Vec<u64>, now: u64) {
        prune(recent, now);
        recent.push(now);
    }

    /// Refuses an eleventh refresh within Zoho's ten minutes, before it reaches Zoho.
    pub fn check(name: &str, recent: &[u64], now: u64) -> Result<()> {
        let mut recent = recent.to_vec();
        prune(&mut recent, now);
        if recent.len() >= REFRESHES_PER_WINDOW {
            let oldest = recent.iter().min().copied().unwrap_or(now);
            return Err(ZohoError::TokenRateLimited {
                name: name.to_string(),
                wait_secs: (oldest + REFRESH_WINDOW_SECS).saturating_sub(now),
            }
            .into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(expires_at: u64) -> CachedToken {
        CachedToken {
            access_token: AccessToken::new("1000.a"),
            expires_at,
            api_domain: None,
            lifetime: 0,
        }
    }

    #[test]
    fn a_short_lived_token_is_used_for_four_fifths_of_its_life() {
        let now = 1_000_000;
        let short = CachedToken {
            lifetime: 90,
            ..token(now + 20)
        };
        let usual = Want::new(Freshness::Cached, None);
        assert!(usual.take(Some(&short), now).is_some());
        assert!(usual
            .take(
                Some(&CachedToken {
                    expires_at: now + 18,
                    ..short.clone()
                }),
                now
            )
            .is_none());
        // An hour's token keeps the minute; a caller asking for longer gets what it asked for.
        let hour = CachedToken {
            lifetime: 3600,
            ..token(now + 59)
        };
        assert!(usual.take(Some(&hour), now).is_none());
        let long = Want::new(Freshness::LastsAtLeast(120), None);
        assert!(long
            .take(
                Some(&CachedToken {
                    expires_at: now + 100,
                    ..short.clone()
                }),
                now
            )
            .is_none());
        // The lifetime survives the cache entry's JSON; an entry without one reads as unknown.
        assert_eq!(from_json(&to_json(&short)).unwrap().lifetime, 90);
        let old = from_json(r#"{"accessToken":"1000.a","expiresAt":5}"#).unwrap();
        assert_eq!(old.margin(), MIN_LIFETIME_SECS);
    }

    #[test]
    fn a_forced_refresh_takes_only_a_newer_token_and_never_overflows() {
        let now = 1_000_000;
        let cached = token(now + 3000);
        assert!(!cached.lasts(now, u64::MAX));
        let forced = Want::new(Freshness::Refresh, Some(&cached));
        assert!(forced.take(Some(&cached), now).is_none());
        assert!(forced.take(Some(&token(now + 3500)), now).is_some());
        let usual = Want::new(Freshness::Cached, Some(&cached));
        assert!(usual.take(Some(&cached), now).is_some());
        assert!(usual.take(Some(&token(now + 30)), now).is_none());
    }

    #[test]
    fn a_token_beyond_zohos_hour_is_not_taken() {
        let now = 1_000_000;
        let far = token(now + 10 * 365 * 86_400);
        assert!(!far.plausible(now));
        assert!(Want::new(Freshness::Cached, None)
            .take(Some(&far), now)
            .is_none());
        assert!(token(now + ACCESS_TOKEN_LIFETIME_SECS + 60).plausible(now));
    }

    #[test]
    fn the_window_forgets_old_and_future_refreshes() {
        let now = 1_000_000;
        let mut recent = vec![now - 700, now - 30, now + 86_400];
        assert!(window::has_future(&recent, now));
        window::count(&mut recent, now);
        assert_eq!(recent, [now - 30, now]);
        assert!(window::check("crm", &[now - 30; 9], now).is_ok());
        let err = window::check("crm", &[now - 30; 10], now).unwrap_err();
        assert_eq!(err.kind(), "token_rate_limited");
        // Ten planted in the future do not block.
        assert!(window::check("crm", &[now + 86_400; 10], now).is_ok());
    }
}
