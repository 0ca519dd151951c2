//! The `zcw` binary end to end, in one integration test binary (as ripgrep does): against a real
//! Secret Service (gnome-keyring on a private bus), the Zoho emulator, and browsers played by curl
//! and headless Chromium.

mod connections;
mod console;
mod sign_in;
mod uris;

use std::path::Path;

use zcw_test_support::session::KeyringSession;
use zcw_test_support::Zcw;

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
