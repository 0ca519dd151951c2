//! Helpers for the integration tests: where the built binaries are, a recording `$BROWSER`, and a
//! real display plus WebDriver for the desktop app.

pub mod emulator;
pub mod gui;
pub mod session;
pub mod ui;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The client secret and client ID the tests register (Zoho's usual shapes).
pub const TEST_SECRET: &str = "0123456789abcdef0123456789abcdef0123456789";
pub const TEST_CLIENT_ID: &str = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";

/// A TCP port that was free a moment ago on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The workspace's target directory (honours `CARGO_TARGET_DIR`).
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
    }
}

/// A binary built by `cargo build --workspace --all-targets` (the README's test command does that
/// before running the tests, so binaries and tests share one build).
pub fn built_binary(name: &str) -> PathBuf {
    // scripts/bench.sh measures release binaries; the tests use the debug build.
    let profile = std::env::var("ZCW_BINARY_PROFILE").unwrap_or_else(|_| "debug".into());
    let path = target_dir().join(profile).join(name);
    assert!(
        path.exists(),
        "{} is missing: build it first with `cargo build --workspace --all-targets` (scripts/test.sh does)",
        path.display()
    );
    path
}

/// `zcw` with a private config directory and no inherited `$BROWSER`.
pub fn zcw(config_dir: &Path) -> Command {
    let mut cmd = Command::new(built_binary("zcw"));
    cmd.env("ZCW_CONFIG_DIR", config_dir).env_remove("BROWSER");
    cmd
}

/// Runs a command and returns its output with stdout and stderr as text.
pub fn run(cmd: &mut Command) -> (Output, String, String) {
    let output = cmd.output().expect("command starts");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output, stdout, stderr)
}

/// Writes an executable shell script.
fn write_script(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

/// A stand-in for the user's browser: a script that appends each URL it is asked to open to a file.
pub struct RecordingBrowser {
    pub program: PathBuf,
    pub record: PathBuf,
}

impl RecordingBrowser {
    pub fn new(dir: &Path) -> Self {
        let program = dir.join("record-browser.sh");
        let record = dir.join("opened-urls.txt");
        let script = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '{}'\n",
            record.display()
        );
        write_script(&program, &script);
        RecordingBrowser { program, record }
    }

    /// The URLs opened so far, one per call.
    pub fn opened(&self) -> Vec<String> {
        std::fs::read_to_string(&self.record)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// A browser that follows every redirect with curl, in the background, like a user who
    /// clicks Accept: Zoho's consent page (the emulator) sends it to our loopback listener.
    pub fn following(dir: &Path) -> Self {
        let program = dir.join("curl-browser.sh");
        let record = dir.join("opened-urls.txt");
        let script = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n(curl -sL --max-time 30 -o /dev/null \"$1\" &)\n",
            record.display()
        );
        write_script(&program, &script);
        RecordingBrowser { program, record }
    }

    /// Headless Chromium as the browser: it loads the sign-in page, follows Zoho's redirect to the
    /// loopback listener, and quits once the page is there.
    pub fn chromium(dir: &Path) -> Self {
        crate::require_program("chromium", "the Debian package chromium");
        let program = dir.join("chromium-browser.sh");
        let record = dir.join("opened-urls.txt");
        let profile = dir.join("chromium-profile");
        let script = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{record}'\n\
             (chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
             --disable-component-update --disable-sync --user-data-dir='{profile}' --dump-dom \"$1\" >/dev/null 2>&1 &)\n",
            record = record.display(),
            profile = profile.display(),
        );
        write_script(&program, &script);
        RecordingBrowser { program, record }
    }

    /// Waits (up to 10 s) until `count` URLs were opened, and returns them.
    pub fn wait_for(&self, count: usize) -> Vec<String> {
        wait_until(Duration::from_secs(10), || self.opened().len() >= count);
        self.opened()
    }
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

/// A `$BROWSER` that hands each URL to whichever browser script was chosen last, so one running
/// app can meet several kinds of browser.
pub struct SwitchableBrowser {
    pub program: PathBuf,
    choice: PathBuf,
}

impl SwitchableBrowser {
    pub fn new(dir: &Path) -> Self {
        let program = dir.join("switch-browser.sh");
        let choice = dir.join("browser-choice");
        let script = format!("#!/bin/sh\nexec \"$(cat '{}')\" \"$@\"\n", choice.display());
        write_script(&program, &script);
        SwitchableBrowser { program, choice }
    }

    pub fn use_browser(&self, browser: &RecordingBrowser) {
        std::fs::write(&self.choice, browser.program.to_str().unwrap()).unwrap();
    }
}
