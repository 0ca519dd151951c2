//! The real desktop app end to end, in one integration test binary: under Xvfb, driven through
//! tauri-driver and WebKitWebDriver, with a real Secret Service, the Zoho emulator, and browsers
//! played by curl and headless Chromium. Screenshots of every screen go to target/screenshots/.

mod connect;
mod doctor;
mod hand_over;
mod health;
mod keyboard;
mod languages;
mod onboarding;
mod reconnect;
mod secret;
mod team;
mod updates;
mod wizard;

use std::path::{Path, PathBuf};

use zcw_test_support::session::KeyringSession;
use zcw_test_support::{zcw_beside, Zcw};

/// The app Cargo built for these tests.
pub fn app() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_zoho-credential-wizard"))
}

/// The `zcw` built beside it.
pub fn zcw_path() -> PathBuf {
    zcw_beside(app())
}

/// `zcw` in a keyring session.
pub fn zcw(session: &KeyringSession) -> Zcw {
    session.zcw(zcw_path())
}

/// Switches the session to the encrypted file with `passphrase`, kept in a file whose path
/// is returned for `--passphrase-file`.
pub fn use_file_store(session: &KeyringSession, passphrase: &str) -> String {
    let passphrase_file = session.root.path().join("passphrase.txt");
    std::fs::write(&passphrase_file, passphrase).unwrap();
    let pass = passphrase_file.to_str().unwrap().to_string();
    zcw(session)
        .args(["store", "--use", "file", "--passphrase-file", &pass])
        .run()
        .success();
    pass
}
