//! The app's own updates. The core reads the feed and keeps what it found; Tauri's updater plugin
//! downloads an update, checks its signature against the key this build carries (the release
//! key in `tauri.conf.json`), and replaces the app only when it matches. A .deb or an .rpm
//! belongs to the system's package manager: the app only says which command brings the new
//! version.

use std::sync::{Mutex, PoisonError};

use serde::Serialize;
use tauri::utils::config::BundleType;
use tauri::{AppHandle, Runtime};
use tauri_plugin_updater::UpdaterExt;
use zcw_core::error::UpdateError;
use zcw_core::updates::feed::{self, Offer};
use zcw_core::updates::RUNNING;
use zcw_core::{clock, Context};

/// The test suite's key (`tests/fixtures/update-test-key`), trusted only by a debug build that
/// reads a feed given in `ZCW_UPDATE_URL`: a released app does not even carry it.
#[cfg(debug_assertions)]
const TEST_KEY: &str = include_str!("../../tests/fixtures/update-test-key.pub");

/// How long the feed may take to answer before the install gives up.
const FEED_DEADLINE: std::time::Duration = std::time::Duration::from_secs(30);
/// How long a download may take before the app gives up (a stalled server).
const DOWNLOAD_DEADLINE: std::time::Duration = std::time::Duration::from_secs(600);

/// How this copy of the app is updated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Way {
    /// The app replaces itself (an AppImage, the Windows installer, the macOS app).
    InApp,
    /// Installed from a .deb: apt brings the new version.
    Apt,
    /// Installed from an .rpm: dnf brings it.
    Dnf,
}

/// Which way, from the package this binary came in (the bundler marks it).
pub fn way() -> Way {
    match tauri::utils::platform::bundle_type() {
        Some(BundleType::Deb) => Way::Apt,
        Some(BundleType::Rpm) => Way::Dnf,
        _ => Way::InApp,
    }
}

/// What the app knows of updates without asking the network.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    running: &'static str,
    automatic: bool,
    /// A newer version the last look found (and not installed since).
    newest: Option<String>,
    way: Way,
}

pub fn status(ctx: &Context) -> zcw_core::Result<Status> {
    let updates = ctx.connections.updates()?;
    Ok(Status {
        running: RUNNING,
        automatic: updates.automatic,
        newest: updates.newer_than(RUNNING),
        way: way(),
    })
}

/// What a look found.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Looked {
    /// Whether the feed was asked (an automatic look within a day of the last is not).
    looked: bool,
    offer: Option<Offer>,
    way: Way,
}

/// The offer the person was shown: "Install" installs that version and no other.
#[derive(Debug, Default)]
pub struct Offered(Mutex<Option<Offer>>);

impl Offered {
    fn set(&self, offer: Option<Offer>) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = offer;
    }

    fn take(&self) -> Option<Offer> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).take()
    }
}

/// Looks at the feed and keeps what it found. An automatic look (at start) asks the feed only
/// when looking by itself is on and the last look is a day old.
pub async fn look(ctx: &Context, offered: &Offered, automatic: bool) -> zcw_core::Result<Looked> {
    if automatic && !ctx.connections.updates()?.due(clock::now()) {
        return Ok(Looked {
            looked: false,
            offer: None,
            way: way(),
        });
    }
    let offer = feed::look(ctx.http.as_ref(), &ctx.config.update_feed, RUNNING).await?;
    ctx.connections.change_updates(|updates| {
        updates.looked(clock::now(), offer.as_ref().map(|o| o.version.as_str()));
    })?;
    offered.set(offer.clone());
    Ok(Looked {
        looked: true,
        offer,
        way: way(),
    })
}

/// Downloads the offered version, checks its signature, replaces the app and starts it again.
/// Nothing is replaced when any step fails.
pub async fn install<R: Runtime>(
    app: &AppHandle<R>,
    ctx: &Context,
    offered: &Offered,
) -> zcw_core::Result<()> {
    let offer = offered.take().ok_or(UpdateError::NothingToInstall)?;
    if way() != Way::InApp {
        return Err(UpdateError::NothingToInstall.into());
    }
    let builder = app
        .updater_builder()
        .endpoints(vec![ctx.config.update_feed.clone()])
        .map_err(|e| plugin_error(Stage::Look(&ctx.config.update_feed), e))?;
    #[cfg(debug_assertions)]
    let builder = if ctx.config.release_feed {
        builder
    } else {
        builder.pubkey(TEST_KEY.trim())
    };
    // The plugin's own client follows redirects (a release download does, to GitHub's file
    // host); from an https feed, every address it reaches must be https too.
    let https_feed = ctx.config.update_feed.scheme() == "https";
    let updater = builder
        .timeout(FEED_DEADLINE)
        .configure_client(move |client| client.https_only(https_feed))
        .build()
        .map_err(|e| plugin_error(Stage::Look(&ctx.config.update_feed), e))?;
    let mut update = updater
        .check()
        .await
        .map_err(|e| plugin_error(Stage::Look(&ctx.config.update_feed), e))?
        .ok_or(UpdateError::NothingToInstall)?;
    // The builder's timeout bounds the check alone; the download is given its own.
    update.timeout = Some(DOWNLOAD_DEADLINE);
    // What installs is the version the person agreed to.
    if update.version.trim_start_matches('v') != offer.version {
        return Err(UpdateError::OfferChanged {
            offered: offer.version,
            now: update.version.clone(),
        }
        .into());
    }
    // Where the download comes from is the app's rule, not the feed's word: https (or this
    // computer, for a test feed on it).
    let download_allowed = update.download_url.scheme() == "https"
        || (!https_feed && zcw_core::rules::credential_transport(&update.download_url).is_ok());
    if !download_allowed {
        return Err(UpdateError::FeedUnreadable {
            reason: "the update's download address is not https".into(),
        }
        .into());
    }
    // The signature is checked on the downloaded bytes, and again by `install`.
    let bytes = update
        .download(|_, _| {}, || {})
        .await
        .map_err(|e| plugin_error(Stage::Download, e))?;
    update
        .install(bytes)
        .map_err(|e| plugin_error(Stage::Install, e))?;
    app.restart()
}

enum Stage<'a> {
    Look(&'a tauri::Url),
    Download,
    Install,
}

/// The plugin's error, as the core's: a signature that does not match is said as such.
fn plugin_error(stage: Stage<'_>, error: tauri_plugin_updater::Error) -> zcw_core::Error {
    use tauri_plugin_updater::Error as E;
    // Never the address (a feed's or a download's query may carry a token).
    let reason = match &error {
        E::Reqwest(e) => match e.status() {
            Some(status) => format!("HTTP {status}"),
            None if e.is_timeout() => "no answer in time".into(),
            None => "the connection failed".into(),
        },
        other => other.to_string(),
    };
    match (error, stage) {
        (
            E::Minisign(_)
            | E::Base64(_)
            | E::SignatureUtf8(_)
            | E::SignedVersionMismatch { .. }
            | E::MissingSignedVersion,
            _,
        ) => UpdateError::SignatureRefused,
        (E::Network(_) | E::Reqwest(_), Stage::Look(feed)) => UpdateError::FeedUnreachable {
            address: feed.to_string(),
            reason,
        },
        (_, Stage::Look(_)) => UpdateError::FeedUnreadable { reason },
        (_, Stage::Download) => UpdateError::DownloadFailed { reason },
        (_, Stage::Install) => UpdateError::InstallFailed { reason },
    }
    .into()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_release_trusts_the_release_key_for_the_release_feed_and_never_the_test_key() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../tauri.conf.json")).unwrap();
        let updater = &conf["plugins"]["updater"];
        let release_key = updater["pubkey"].as_str().unwrap();
        assert!(!release_key.is_empty());
        assert_ne!(release_key.trim(), super::TEST_KEY.trim());
        assert_eq!(updater["requireSignedVersion"], true);
        assert_eq!(updater["endpoints"][0], zcw_core::config::RELEASE_FEED);
        assert!(updater.get("dangerousInsecureTransportProtocol").is_none());
    }
}
