//! The Windows build of `zcw` under Wine: which binary the CLI tests run and how, a private Wine
//! prefix per test (whose Credential Manager is the keychain there), and an independent reader of
//! that Credential Manager, as `secret-tool` is on Linux.
//!
//! `scripts/wine-tests.sh` builds `zcw.exe`, prepares a template prefix once, and runs the CLI
//! tests with `ZCW_TEST_BINARY` (the `zcw.exe`), `ZCW_TEST_LAUNCHER` (`wine`) and
//! `ZCW_TEST_WINE_TEMPLATE` (the prefix to copy) set.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The binary the tests run instead of the one they name, when set.
pub const BINARY_VAR: &str = "ZCW_TEST_BINARY";
/// The program that runs that binary (`wine`), when set.
pub const LAUNCHER_VAR: &str = "ZCW_TEST_LAUNCHER";
/// The Wine prefix each test's own prefix is copied from.
pub const TEMPLATE_VAR: &str = "ZCW_TEST_WINE_TEMPLATE";

/// Whether the tests run the Windows build under Wine.
pub fn active() -> bool {
    std::env::var_os(LAUNCHER_VAR).is_some()
}

/// Says why a test does not run under Wine, and whether to skip it: call as
/// `if wine::skip("why") { return; }`. The reason is printed, so the log says what was left out.
pub fn skip(reason: &str) -> bool {
    if active() {
        let test = std::thread::current()
            .name()
            .unwrap_or("a test")
            .to_string();
        eprintln!("skipped for the Windows build: {reason}");
        // The test runner keeps a passing test's output to itself: the script prints this list.
        if let Some(template) = std::env::var_os(TEMPLATE_VAR) {
            let list = PathBuf::from(template).with_file_name("skipped.txt");
            if let Ok(mut file) = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(list)
            {
                let _ =
                    std::io::Write::write_all(&mut file, format!("{test}: {reason}\n").as_bytes());
            }
        }
    }
    active()
}

/// How the binary under test names its OS keychain in a sentence.
pub fn keychain_description() -> &'static str {
    if active() {
        "Windows Credential Manager"
    } else {
        "this computer's keychain"
    }
}

/// The command that runs `binary`: `binary` itself, or the binary under test through its
/// launcher when the tests run another build.
pub fn command(binary: impl AsRef<std::ffi::OsStr>) -> Command {
    let program: OsString = std::env::var_os(BINARY_VAR).unwrap_or_else(|| binary.as_ref().into());
    match std::env::var_os(LAUNCHER_VAR) {
        Some(launcher) => {
            let mut cmd = Command::new(launcher);
            cmd.arg(program);
            cmd
        }
        None => Command::new(program),
    }
}

/// How a shell script runs `binary` (or the binary under test through its launcher).
pub fn shell_words(binary: &str) -> String {
    match (std::env::var(BINARY_VAR), std::env::var(LAUNCHER_VAR)) {
        (Ok(program), Ok(launcher)) => format!("'{launcher}' '{program}'"),
        (Ok(program), Err(_)) => format!("'{program}'"),
        _ => format!("'{binary}'"),
    }
}

/// A command line that prints its environment as `NAME=value` lines: `env`, or cmd's `set`.
pub fn print_env() -> Vec<&'static str> {
    if active() {
        vec!["cmd", "/c", "set"]
    } else {
        vec!["env"]
    }
}

/// A command line that exits with `code`: through `sh`, or cmd on Windows.
pub fn exit_with(code: u8) -> Vec<String> {
    let shell = if active() {
        ["cmd", "/c"]
    } else {
        ["sh", "-c"]
    };
    vec![shell[0].into(), shell[1].into(), format!("exit {code}")]
}

/// How the program under test spells `path`: as is on Linux, as `Z:\...` under Wine (Wine maps
/// the whole Unix file system to drive Z:).
pub fn host_path(path: &Path) -> String {
    if active() {
        format!("Z:{}", path.display()).replace('/', "\\")
    } else {
        path.display().to_string()
    }
}

/// A Wine prefix of a test's own: its registry (and so its Credential Manager) and its
/// `%APPDATA%` belong to that test alone. Its wineserver runs until the prefix is dropped.
#[derive(Debug)]
pub struct WinePrefix {
    pub path: PathBuf,
}

impl WinePrefix {
    /// Copies the template prefix into `path`: the Windows files as hard links (Wine only reads
    /// them), the registry files as copies (Wine rewrites them).
    pub fn copy_template(path: &Path) -> Self {
        let template = std::env::var_os(TEMPLATE_VAR)
            .map(PathBuf::from)
            .unwrap_or_else(|| panic!("{TEMPLATE_VAR} is not set: run scripts/wine-tests.sh"));
        let status = Command::new("cp")
            .arg("-al")
            .arg(&template)
            .arg(path)
            .status()
            .expect("cp runs");
        assert!(status.success(), "copying the Wine prefix failed");
        for file in ["system.reg", "user.reg", "userdef.reg"] {
            let copy = path.join(file);
            std::fs::remove_file(&copy).unwrap();
            std::fs::copy(template.join(file), &copy).unwrap();
        }
        let prefix = WinePrefix {
            path: path.to_path_buf(),
        };
        prefix.boot(None);
        prefix
    }

    /// Starts the prefix's wineserver and Wine's own services. The wineserver stays until it is
    /// stopped: one that ends itself once idle races a process starting just then ("wine client
    /// error: recvmsg: Connection reset by peer"). The services (services.exe, rpcss, the desktop
    /// process that bridges the clipboard to X) start with the prefix's first program and keep
    /// its standard output and error and its `DISPLAY`: a first program of the harness's own, with
    /// neither output, keeps them off the pipes the tests read `zcw` from.
    fn boot(&self, display: Option<&str>) {
        let started = self.wineserver("-p").status().expect("wineserver runs");
        assert!(started.success(), "wineserver did not start");
        // Wine's first program in a copied prefix now and then fails to start (seen once in a
        // hundred CLI tests on a loaded machine): tried again twice before the test gives up.
        let started = (0..3).any(|attempt| {
            if attempt > 0 {
                std::thread::sleep(std::time::Duration::from_secs(2));
            }
            let mut first = self.wine();
            first
                .args(["cmd.exe", "/c", "exit"])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            match display {
                Some(display) => first.env("DISPLAY", display),
                None => first.env_remove("DISPLAY"),
            };
            first.status().expect("wine runs").success()
        });
        assert!(started, "the Wine prefix did not start");
    }

    /// Restarts the prefix's Wine on an X display, so that its clipboard is that display's.
    pub fn use_display(&self, display: &str) {
        self.stop();
        self.boot(Some(display));
    }

    fn stop(&self) {
        let _ = self.wineserver("-k").status();
        let _ = self.wineserver("-w").status();
    }

    /// `wine` (or the launcher the tests were given) in this prefix.
    fn wine(&self) -> Command {
        let mut cmd = Command::new(std::env::var_os(LAUNCHER_VAR).unwrap_or_else(|| "wine".into()));
        cmd.envs(self.env());
        cmd
    }

    /// `wineserver` for this prefix, with no output of the test's: a server that stays would
    /// keep the pipe the test's own output goes to open.
    fn wineserver(&self, option: &str) -> Command {
        let mut cmd = Command::new("wineserver");
        cmd.arg(option)
            .envs(self.env())
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        cmd
    }

    /// The environment every process of this prefix gets.
    pub fn env(&self) -> Vec<(&'static str, PathBuf)> {
        vec![
            ("WINEPREFIX", self.path.clone()),
            ("WINEDEBUG", PathBuf::from("-all")),
            // No Mono or Gecko install dialogs.
            ("WINEDLLOVERRIDES", PathBuf::from("mscoree,mshtml=")),
        ]
    }

    /// `%APPDATA%` of the prefix's user, as a Unix path.
    pub fn appdata(&self) -> PathBuf {
        let users = self.path.join("drive_c").join("users");
        let user = std::fs::read_dir(&users)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .find(|name| name != "Public")
            .expect("the prefix has a user folder");
        users.join(user).join("AppData").join("Roaming")
    }

    /// Reads the credential of an entry of this app (`{account}.zoho-credential-wizard`, the
    /// Windows store's target for it).
    pub fn read_entry(&self, account: &str) -> Option<(String, String)> {
        self.read_credential(&format!("{account}.zoho-credential-wizard"))
    }

    /// Reads a generic credential with `CredReadW` (the harness's own `credread.exe`): its
    /// secret, or `None` when there is none, and its other fields as `key=value` lines.
    pub fn read_credential(&self, target: &str) -> Option<(String, String)> {
        let reader = std::env::var_os(TEMPLATE_VAR)
            .map(|t| PathBuf::from(t).with_file_name("credread.exe"))
            .expect("the credential reader sits beside the template prefix");
        let out = self
            .wine()
            .arg(reader)
            .arg(target)
            .output()
            .expect("credread runs");
        match out.status.code() {
            Some(0) => {
                let text = String::from_utf8_lossy(&out.stdout).into_owned();
                let (secret, fields) = text.split_once('\n').unwrap_or((&text, ""));
                Some((secret.to_string(), fields.to_string()))
            }
            Some(1) => None,
            _ => panic!(
                "credread {target} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ),
        }
    }
}

/// One prefix for the tests that run `zcw` with only a config folder (no keychain of their own):
/// made once per test process beside the template; scripts/wine-tests.sh stops its wineserver
/// when the tests end and removes it on its next run.
pub fn shared_prefix() -> &'static WinePrefix {
    static SHARED: std::sync::OnceLock<WinePrefix> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| {
        let template = PathBuf::from(std::env::var_os(TEMPLATE_VAR).expect(TEMPLATE_VAR));
        let path = template.with_file_name(format!("shared-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        WinePrefix::copy_template(&path)
    })
}

impl Drop for WinePrefix {
    fn drop(&mut self) {
        // Ends this prefix's wineserver (and any process of the test still in it), no other.
        self.stop();
    }
}
