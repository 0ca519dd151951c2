//! What the integration tests share: the Zoho accounts-server emulator, a private keyring session,
//! the GUI harness and its WebDriver helpers, browsers the tests play, a `zcw` command builder,
//! and the Windows build under Wine.

pub mod agent_process;
pub mod axe;
pub mod browsers;
pub mod command;
pub mod display;
pub mod emulator;
pub mod flood;
pub mod gui;
pub mod openbao;
pub mod openbao_cluster;
pub mod session;
pub mod tripwire;
pub mod ui;
pub mod update_feed;
pub mod wine;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use browsers::{RecordingBrowser, SwitchableBrowser};
pub use command::{Run, Zcw};
pub use tripwire::Tripwire;

/// Every zcw and app the tests start wraps the encrypted file's key at 2^15 (32 MiB, a tenth of a
/// second) instead of age's second of work: the suites wrap and unwrap hundreds of keys. A debug
/// build alone reads it.
pub const SCRYPT_WORK_FACTOR: (&str, &str) = (zcw_core::config::TEST_SCRYPT_WORK_FACTOR_VAR, "15");

/// The client secret and client ID the tests register (Zoho's usual shapes).
pub const TEST_SECRET: &str = "0123456789abcdef0123456789abcdef0123456789";
pub const TEST_CLIENT_ID: &str = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";

/// A TCP port that was free a moment ago on 127.0.0.1. Chosen below Linux's ephemeral range
/// (32768 and up), so that no outgoing connection of another test takes it as its source port
/// before the test binds it (a port the kernel hands out for port 0 can be).
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as u64)
        ^ (u64::from(std::process::id()) << 16);
    for _ in 0..200 {
        let n = seed.wrapping_add(NEXT.fetch_add(7919, Ordering::Relaxed));
        let port = 20_000 + (n % 12_000) as u16;
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The workspace's target folder (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
    }
}

/// The `zcw` built into the same folder as another of the workspace's binaries (the GUI tests
/// know the app's path from Cargo, and `cargo build --workspace` puts both side by side).
pub fn zcw_beside(binary: &Path) -> PathBuf {
    let zcw = binary.with_file_name(format!("zcw{}", std::env::consts::EXE_SUFFIX));
    assert!(
        zcw.exists(),
        "{} is missing: build the workspace first (`cargo build --workspace --all-targets`, as scripts/test.sh does)",
        zcw.display()
    );
    zcw
}

/// Polls `ready` every 50 ms until it holds or `timeout` passes; returns whether it held.
pub fn wait_until(timeout: Duration, mut ready: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    loop {
        if ready() {
            return true;
        }
        if start.elapsed() > timeout {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Where the GUI tests save their screenshots.
pub fn screenshot_dir() -> PathBuf {
    let dir = target_dir().join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Fails the test with the package to install when a program is missing.
pub fn require_program(name: &str, package: &str) {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(name).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "{name} is not installed: install {package} (scripts/test.sh does)"
    );
}

/// Writes an executable shell script.
pub fn write_script(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}
