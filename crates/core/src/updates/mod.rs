//! Whether the app looks for a new version by itself, when it last looked, and the newest version
//! it was offered: kept in connections.json, so `zcw --version` and `zcw doctor` say what the app
//! has seen without asking the network.

pub mod error;
pub mod feed;

use serde::{Deserialize, Serialize};

/// How long a look at the update feed counts: the app looks again at start after this.
pub const CHECK_EVERY_SECS: u64 = 24 * 3600;

/// This build's version (the app's, zcw's and the core's are one).
pub const RUNNING: &str = env!("CARGO_PKG_VERSION");

/// The update settings and what the last look found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Updates {
    /// Look at start when the last look is older than a day ("Check for updates" always looks).
    #[serde(default = "yes")]
    pub automatic: bool,
    /// When the app last looked (seconds since 1970), whatever it found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_at: Option<u64>,
    /// The version the feed offered at the last look, when it was newer than the app then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newest: Option<String>,
}

fn yes() -> bool {
    true
}

impl Default for Updates {
    fn default() -> Self {
        Updates {
            automatic: true,
            checked_at: None,
            newest: None,
        }
    }
}

impl Updates {
    pub fn is_default(&self) -> bool {
        *self == Updates::default()
    }

    /// Whether the app should look at start: looking by itself is on, and the last look is a day
    /// old (or in the future: the clock was set back).
    pub fn due(&self, now: u64) -> bool {
        self.automatic
            && self
                .checked_at
                .is_none_or(|at| at > now || now - at >= CHECK_EVERY_SECS)
    }

    /// Records a look at `now` that offered `offered` (the feed's version, when newer than this
    /// build). A version that is not one (it came from outside) is not kept.
    pub fn looked(&mut self, now: u64, offered: Option<&str>) {
        self.checked_at = Some(now);
        self.newest = offered.and_then(version).map(|v| v.to_string());
    }

    /// The newest version seen, if it is newer than `running` (an update installed since is not).
    pub fn newer_than(&self, running: &str) -> Option<String> {
        let newest = version(self.newest.as_deref()?)?;
        (newest > version(running)?).then(|| newest.to_string())
    }
}

/// A version as the release workflow makes them (`1.2.3`, `v1.2.3`, `1.2.3-beta.1`): shown to
/// the person, so nothing but numbers and a pre-release of alpha, beta or rc.
pub(crate) fn version(text: &str) -> Option<semver::Version> {
    let text = text.trim();
    if text.len() > 32 {
        return None;
    }
    let version = semver::Version::parse(text.strip_prefix('v').unwrap_or(text)).ok()?;
    let pre = version.pre.as_str();
    let plain_pre = pre.is_empty()
        || ["alpha.", "beta.", "rc."].iter().any(|kind| {
            pre.strip_prefix(kind).is_some_and(|n| {
                !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
            })
        });
    (version.build.is_empty() && plain_pre).then_some(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: u64 = CHECK_EVERY_SECS;

    #[test]
    fn the_app_looks_once_a_day_unless_turned_off() {
        let mut updates = Updates::default();
        assert!(updates.due(1_000_000), "never looked");
        updates.looked(1_000_000, None);
        assert!(!updates.due(1_000_000 + DAY - 1));
        assert!(updates.due(1_000_000 + DAY));
        assert!(updates.due(1_000_000 - 10), "the clock went back");
        updates.automatic = false;
        assert!(!updates.due(1_000_000 + 10 * DAY));
    }

    #[test]
    fn only_a_newer_version_is_said_and_nonsense_from_the_feed_is_not_kept() {
        let mut updates = Updates::default();
        updates.looked(1, Some("v0.3.0"));
        assert_eq!(updates.newest.as_deref(), Some("0.3.0"));
        assert_eq!(updates.newer_than("0.2.9").as_deref(), Some("0.3.0"));
        assert_eq!(updates.newer_than("0.3.0"), None, "installed since");
        assert_eq!(updates.newer_than("1.0.0"), None);
        assert_eq!(updates.newer_than("0.3.0-beta.1").as_deref(), Some("0.3.0"));
        updates.looked(1, Some("0.4.0-rc.2"));
        assert_eq!(updates.newest.as_deref(), Some("0.4.0-rc.2"));
        for nonsense in [
            "latest",
            "1.2",
            "9.9.9\u{202E}",
            &"9".repeat(80),
            "99.0.0-urgent.reinstall.from.evil-example.com",
            "1.0.0+download.elsewhere",
        ] {
            updates.looked(2, Some(nonsense));
            assert_eq!(updates.newest, None, "{nonsense}");
        }
        updates.looked(3, None);
        assert_eq!((updates.checked_at, updates.newest), (Some(3), None));
    }

    #[test]
    fn the_defaults_are_not_written_and_an_older_file_reads() {
        assert!(Updates::default().is_default());
        let read: Updates = serde_json::from_str("{}").unwrap();
        assert_eq!(read, Updates::default());
        let read: Updates = serde_json::from_str(r#"{"automatic":false}"#).unwrap();
        assert!(!read.automatic);
    }
}
