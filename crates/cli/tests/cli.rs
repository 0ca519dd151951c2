//! The `zcw` binary end to end, in one integration test binary (as ripgrep does): against a real
//! Secret Service (gnome-keyring on a private bus), the Zoho emulator, and browsers played by curl
//! and headless Chromium.

// The agent listens on a Unix socket; Windows has none yet (zcw says so).
#[cfg(unix)]
mod agent;
mod api;
mod check;
mod cluster;
mod connections;
mod console;
mod docs;
mod doctor;
#[cfg(unix)]
mod file_store;
mod hand_over;
mod onboarding;
mod reconnect;
mod sign_in;
mod team;
mod uris;
mod windows;

use std::path::Path;

use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::session::KeyringSession;
use zcw_test_support::{RecordingBrowser, Run, Zcw};

/// The `zcw` Cargo built for these tests.
pub const ZCW: &str = env!("CARGO_BIN_EXE_zcw");

/// `zcw` with a private config folder and nothing else.
pub fn zcw_in(dir: &Path) -> Zcw {
    Zcw::in_dir(ZCW, dir)
}

/// `zcw` in a keyring session.
pub fn zcw(session: &KeyringSession) -> Zcw {
    session.zcw(ZCW)
}

/// A keychain, the Zoho emulator with the test client registered, a saved connection "crm" on
/// `port`, and a browser that clicks Accept.
#[derive(Debug)]
pub struct Emulated {
    pub session: KeyringSession,
    pub zoho: ZohoEmulator,
    pub browser: RecordingBrowser,
    pub port: u16,
}

impl Emulated {
    pub fn start() -> Self {
        let session = KeyringSession::start();
        let zoho = ZohoEmulator::start();
        let port = session.add_registered_connection(ZCW, &zoho, "crm");
        let browser = RecordingBrowser::following(session.root.path());
        Emulated {
            session,
            zoho,
            browser,
            port,
        }
    }

    /// [`Emulated::start`], then signed in.
    pub fn connected() -> Self {
        let emulated = Self::start();
        emulated.run(&["login", "crm", "--timeout", "30"]).success();
        emulated
    }

    /// `zcw` in the session, talking to the emulator, with the browser the test chose.
    pub fn zcw(&self) -> Zcw {
        let mut zcw = self.session.zcw(ZCW);
        zcw.env("ZCW_ACCOUNTS_URL", self.zoho.url())
            .env("ZCW_API_URL", self.zoho.url())
            .env("BROWSER", &self.browser.program);
        zcw
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.zcw().args(args).run()
    }
}
