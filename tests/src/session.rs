//! A test's own OS keychain in throw-away folders: a private D-Bus session with a real, unlocked
//! GNOME Keyring, or, when the tests run the Windows build, a private Wine prefix whose Credential
//! Manager is the keychain.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::command::Zcw;
use crate::emulator::ZohoEmulator;
use crate::wine::{self, WinePrefix};
use crate::{require_program, wait_until};

/// The password the test keyring is created with.
pub const KEYRING_PASSWORD: &str = "test-keyring-password";

/// A session bus that activates nothing by itself (no portals, no prompter), so every service on it
/// is one a test started.
#[derive(Debug)]
pub struct PrivateBus {
    daemon: Child,
    address: String,
    _dir: tempfile::TempDir,
}

impl PrivateBus {
    pub fn start() -> Self {
        require_program("dbus-daemon", "the Debian package dbus-daemon");
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("bus");
        let config = dir.path().join("session.conf");
        std::fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                socket.display()
            ),
        )
        .unwrap();
        let mut daemon = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon starts");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        PrivateBus {
            daemon,
            address: address.trim().to_string(),
            _dir: dir,
        }
    }

    pub fn address(&self) -> &str {
        &self.address
    }

    /// Whether a well-known name has an owner on this bus.
    pub fn has_owner(&self, name: &str) -> bool {
        Command::new("dbus-send")
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/",
            ])
            .arg("org.freedesktop.DBus.NameHasOwner")
            .arg(format!("string:{name}"))
            .output()
            .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains("boolean true"))
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// A private bus plus gnome-keyring-daemon with a fresh login keyring, unlocked, and a throw-away
/// HOME and XDG_DATA_HOME; or, for the Windows build, a Wine prefix of the test's own.
#[derive(Debug)]
pub struct KeyringSession {
    keychain: Keychain,
    pub root: tempfile::TempDir,
}

#[derive(Debug)]
enum Keychain {
    SecretService {
        bus: PrivateBus,
        keyring: Option<Child>,
    },
    CredentialManager(WinePrefix),
}

impl KeyringSession {
    pub fn start() -> Self {
        let root = tempfile::tempdir().unwrap();
        for dir in ["home", "data", "runtime", "config"] {
            std::fs::create_dir_all(root.path().join(dir)).unwrap();
        }
        if wine::active() {
            let prefix = WinePrefix::copy_template(&root.path().join("wine"));
            return KeyringSession {
                keychain: Keychain::CredentialManager(prefix),
                root,
            };
        }
        require_program("gnome-keyring-daemon", "the Debian package gnome-keyring");
        require_program("secret-tool", "the Debian package libsecret-tools");
        let bus = PrivateBus::start();
        let mut session = KeyringSession {
            keychain: Keychain::SecretService { bus, keyring: None },
            root,
        };
        session.start_keyring();
        session
    }

    fn bus(&self) -> &PrivateBus {
        match &self.keychain {
            Keychain::SecretService { bus, .. } => bus,
            Keychain::CredentialManager(_) => {
                panic!("the Windows build has no session bus: skip this test under Wine")
            }
        }
    }

    /// The Wine prefix, when the tests run the Windows build.
    pub fn wine_prefix(&self) -> Option<&WinePrefix> {
        match &self.keychain {
            Keychain::CredentialManager(prefix) => Some(prefix),
            Keychain::SecretService { .. } => None,
        }
    }

    fn start_keyring(&mut self) {
        let env = self.env();
        let Keychain::SecretService { keyring: slot, .. } = &mut self.keychain else {
            panic!("gnome-keyring belongs to the Linux build's sessions");
        };
        let mut keyring = Command::new("gnome-keyring-daemon")
            .args(["--foreground", "--unlock", "--components=secrets"])
            .envs(env)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-keyring-daemon starts");
        let mut stdin = keyring.stdin.take().unwrap();
        stdin.write_all(KEYRING_PASSWORD.as_bytes()).unwrap();
        drop(stdin);
        *slot = Some(keyring);
        assert!(
            wait_until(Duration::from_secs(10), || self.default_collection_ready()),
            "gnome-keyring-daemon did not offer an unlocked default collection"
        );
    }

    fn default_collection_ready(&self) -> bool {
        self.dbus_send_secrets(&["org.freedesktop.Secret.Service.ReadAlias", "string:default"])
            .contains("/org/freedesktop/secrets/collection/")
    }

    fn dbus_send_secrets(&self, call: &[&str]) -> String {
        let out = Command::new("dbus-send")
            .envs(self.env())
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.secrets",
            ])
            .arg("/org/freedesktop/secrets")
            .args(call)
            .output()
            .expect("dbus-send runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Locks the login keyring, as a screen lock or a fresh login would leave it.
    pub fn lock(&self) {
        let reply = self.dbus_send_secrets(&[
            "org.freedesktop.Secret.Service.Lock",
            "array:objpath:/org/freedesktop/secrets/collection/login",
        ]);
        assert!(reply.contains("collection/login"), "lock failed: {reply}");
    }

    /// Stops the keyring daemon: the Secret Service disappears from the bus.
    pub fn stop_keyring(&mut self) {
        if let Keychain::SecretService { keyring, .. } = &mut self.keychain {
            if let Some(mut keyring) = keyring.take() {
                let _ = keyring.kill();
                let _ = keyring.wait();
            }
        }
        assert!(wait_until(Duration::from_secs(5), || !self
            .bus()
            .has_owner("org.freedesktop.secrets")));
    }

    pub fn home(&self) -> PathBuf {
        self.root.path().join("home")
    }

    pub fn config_dir(&self) -> PathBuf {
        self.root.path().join("config")
    }

    /// Where the keychain keeps its (encrypted) files, the one place a secret may be on disk:
    /// gnome-keyring's folder, or the Wine prefix (its registry holds the Credential Manager).
    pub fn keyring_dir(&self) -> PathBuf {
        match &self.keychain {
            Keychain::SecretService { .. } => self.root.path().join("data").join("keyrings"),
            Keychain::CredentialManager(prefix) => prefix.path.clone(),
        }
    }

    /// The environment every process of this session gets.
    pub fn env(&self) -> Vec<(&'static str, PathBuf)> {
        let mut env = vec![
            ("HOME", self.home()),
            ("XDG_DATA_HOME", self.root.path().join("data")),
            ("XDG_RUNTIME_DIR", self.root.path().join("runtime")),
            ("XDG_CONFIG_HOME", self.root.path().join("xdg-config")),
            (
                "ZCW_CONFIG_DIR",
                PathBuf::from(wine::host_path(&self.config_dir())),
            ),
            (
                crate::SCRYPT_WORK_FACTOR.0,
                PathBuf::from(crate::SCRYPT_WORK_FACTOR.1),
            ),
        ];
        match &self.keychain {
            Keychain::SecretService { bus, .. } => {
                env.push(("DBUS_SESSION_BUS_ADDRESS", PathBuf::from(bus.address())));
            }
            Keychain::CredentialManager(prefix) => env.extend(prefix.env()),
        }
        env
    }

    /// A command with this session's environment.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.envs(self.env()).env_remove("BROWSER");
        cmd
    }

    /// `zcw` (at `binary`) in this session.
    pub fn zcw(&self, binary: impl AsRef<OsStr>) -> Zcw {
        Zcw::in_session(binary, self)
    }

    /// Registers the test client with `zoho` for a fresh loopback port and saves the connection
    /// `name` (hotglue template) for it with the `zcw` at `binary`. Returns the port.
    pub fn add_registered_connection(
        &self,
        binary: impl AsRef<OsStr>,
        zoho: &ZohoEmulator,
        name: &str,
    ) -> u16 {
        let port = crate::free_port();
        zoho.register_client(
            crate::TEST_CLIENT_ID,
            crate::TEST_SECRET,
            &[&format!("http://localhost:{port}/callback")],
        );
        self.zcw(binary)
            .add_test_connection(name)
            .args(["--port", &port.to_string()])
            .run()
            .success();
        port
    }

    /// The secret of an entry of this app (empty when there is none), read by a program of the
    /// keychain's own: `secret-tool lookup`, found as README says, by `username`, which every
    /// entry has; or `CredReadW` on the target `{account}.zoho-credential-wizard`.
    pub fn lookup(&self, account: &str) -> String {
        if let Some(prefix) = self.wine_prefix() {
            return prefix
                .read_entry(account)
                .map(|(secret, _)| secret)
                .unwrap_or_default();
        }
        let out = self
            .command("secret-tool")
            .args([
                "lookup",
                "service",
                "zoho-credential-wizard",
                "username",
                account,
            ])
            .output()
            .expect("secret-tool runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// What a person sees an entry called in the keychain's own app: the Secret Service label
    /// (`secret-tool search`, by the `account` attribute), or the credential's comment.
    pub fn label(&self, account: &str) -> String {
        let (text, key) = match self.wine_prefix() {
            Some(prefix) => (
                prefix
                    .read_entry(account)
                    .map(|(_, fields)| fields)
                    .unwrap_or_default(),
                "comment=",
            ),
            None => {
                let out = self
                    .command("secret-tool")
                    .args([
                        "search",
                        "--all",
                        "service",
                        "zoho-credential-wizard",
                        "account",
                        account,
                    ])
                    .output()
                    .expect("secret-tool runs");
                (
                    format!(
                        "{}{}",
                        String::from_utf8_lossy(&out.stdout),
                        String::from_utf8_lossy(&out.stderr)
                    ),
                    "label = ",
                )
            }
        };
        text.lines()
            .find_map(|line| line.strip_prefix(key))
            .unwrap_or_default()
            .to_string()
    }
}

impl Drop for KeyringSession {
    fn drop(&mut self) {
        if let Keychain::SecretService {
            keyring: Some(keyring),
            ..
        } = &mut self.keychain
        {
            let _ = keyring.kill();
            let _ = keyring.wait();
        }
    }
}

/// Every file under `dir` (skipping `except`) whose bytes contain `needle`.
pub fn files_containing(dir: &Path, needle: &[u8], except: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        if current.starts_with(except) {
            continue;
        }
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() {
                if let Ok(bytes) = std::fs::read(&path) {
                    if bytes.windows(needle.len()).any(|w| w == needle) {
                        found.push(path);
                    }
                }
            }
        }
    }
    found
}

/// Asserts the config folder is private: every folder in it 0700 and every file 0600.
#[cfg(unix)]
pub fn assert_private(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let mode = std::fs::metadata(&current).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{} is {mode:o}", current.display());
        for entry in std::fs::read_dir(&current).unwrap().flatten() {
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                pending.push(entry.path());
            } else if kind.is_file() {
                let mode = entry.metadata().unwrap().permissions().mode() & 0o777;
                assert_eq!(mode, 0o600, "{} is {mode:o}", entry.path().display());
            }
        }
    }
}
