//! `zcw unlock` / `zcw lock`: the agent holds the encrypted file open, serves its own user
//! only, keeps the passphrase out of argv and the environment, and stops on lock or when idle.
//! The Windows build (under Wine) runs them too, with a named pipe for the socket.

use std::path::{Path, PathBuf};
use std::time::Duration;

use zcw_test_support::agent_process;
use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::session::{files_containing, KeyringSession};
use zcw_test_support::{
    free_port, wait_until, wine, RecordingBrowser, Run, Zcw, TEST_CLIENT_ID, TEST_SECRET,
};

use crate::ZCW;

pub const PASSPHRASE: &str = "correct horse battery staple";

/// A file-store setup with "crm" signed in at the emulator.
pub struct FileStore {
    pub session: KeyringSession,
    pub zoho: ZohoEmulator,
    browser: RecordingBrowser,
    passphrase_file: PathBuf,
}

impl FileStore {
    pub fn connected() -> Self {
        let session = KeyringSession::start();
        let zoho = ZohoEmulator::start();
        let browser = RecordingBrowser::following(session.root.path());
        let passphrase_file = session.root.path().join("passphrase.txt");
        std::fs::write(&passphrase_file, format!("{PASSPHRASE}\n")).unwrap();
        let setup = FileStore {
            session,
            zoho,
            browser,
            passphrase_file,
        };
        let port = free_port();
        setup.zoho.register_client(
            TEST_CLIENT_ID,
            TEST_SECRET,
            &[&format!("http://localhost:{port}/callback")],
        );
        let pass = setup.pass();
        setup
            .run(&["store", "--use", "file", "--passphrase-file", &pass])
            .success();
        setup
            .zcw()
            .args([
                "add",
                "crm",
                "--client-id",
                TEST_CLIENT_ID,
                "--template",
                "hotglue",
            ])
            .args(["--port", &port.to_string(), "--passphrase-file", &pass])
            .stdin(TEST_SECRET)
            .run()
            .success();
        setup
            .run(&[
                "login",
                "crm",
                "--timeout",
                "30",
                "--passphrase-file",
                &pass,
            ])
            .success();
        setup
    }

    pub fn pass(&self) -> String {
        self.passphrase_file.to_str().unwrap().to_string()
    }

    pub fn zcw(&self) -> Zcw {
        let mut zcw = self.session.zcw(ZCW);
        zcw.env("ZCW_ACCOUNTS_URL", self.zoho.url())
            .env("BROWSER", &self.browser.program);
        zcw
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.zcw().args(args).run()
    }

    fn socket_folder(&self) -> PathBuf {
        self.session
            .root
            .path()
            .join("runtime/zoho-credential-wizard")
    }

    /// Waits for the agent to stop, and checks it went through its own stop (a process killed
    /// outright leaves its socket behind) and that tokens now need the passphrase again.
    pub fn stopped_cleanly(&self, still_running: &str) {
        assert!(
            wait_until(Duration::from_secs(20), || self.agent_pid().is_none()),
            "{still_running}"
        );
        // A pipe leaves nothing behind on Windows; a socket file would.
        if !wine::active() {
            let folder = self.socket_folder();
            assert_eq!(
                std::fs::read_dir(&folder).unwrap().count(),
                0,
                "the socket was left"
            );
        }
        self.run(&["token", "crm"]).exit(3);
    }

    /// The agent serving this session's config folder.
    pub fn agent_pid(&self) -> Option<u32> {
        agent_process::pid(&wine::host_path(&self.session.config_dir()))
    }
}

/// A test that failed half-way must not leave its agent running for hours.
impl Drop for FileStore {
    fn drop(&mut self) {
        if let Some(pid) = self.agent_pid() {
            let _ = std::process::Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status();
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn unlock_once_then_tokens_need_no_passphrase_until_lock() {
    let setup = FileStore::connected();
    // Locked: a script without a terminal cannot get a token.
    setup
        .run(&["token", "crm"])
        .exit(3)
        .stderr_has("--passphrase-file");

    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .success()
        .stdout_has("Unlocked");
    let token = setup.run(&["token", "crm"]).success();
    assert_eq!(token.stdout.trim(), setup.zoho.last_access_token().unwrap());
    setup
        .run(&["unlock"])
        .success()
        .stdout_has("Already unlocked");

    // The agent: its passphrase in neither its command line nor its environment; its socket
    // private; nothing decrypted written anywhere.
    let pid = setup.agent_pid().expect("the agent runs");
    for file in ["cmdline", "environ"] {
        let bytes = std::fs::read(format!("/proc/{pid}/{file}")).unwrap();
        assert!(
            !contains(&bytes, PASSPHRASE),
            "passphrase in /proc/{pid}/{file}"
        );
    }
    let refresh_token = setup.zoho.refresh_tokens()[0].clone();
    for needle in [TEST_SECRET, refresh_token.as_str(), token.stdout.trim()] {
        let found = files_containing(
            setup.session.root.path(),
            needle.as_bytes(),
            &setup.session.keyring_dir(),
        );
        assert!(found.is_empty(), "found in {found:?}");
    }
    if wine::active() {
        // The pipe's DACL and the peer checks are the core's Windows unit tests: Wine runs one
        // user, so no stranger can be made here.
        setup.run(&["lock"]).success().stdout_has("Locked");
        setup.stopped_cleanly("the agent still runs after zcw lock");
        return;
    }
    let folder = setup.socket_folder();
    assert_eq!(mode(&folder), 0o700);
    let socket = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    assert_eq!(mode(&socket), 0o600);

    // Another user is turned away by the peer check, even when the folder lets them in.
    use std::os::unix::fs::PermissionsExt;
    let set_mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    let root = setup.session.root.path();
    let runtime = root.join("runtime");
    for (path, mode) in [
        (root, 0o711),
        (runtime.as_path(), 0o711),
        (folder.as_path(), 0o777),
        (socket.as_path(), 0o777),
    ] {
        set_mode(path, mode);
    }
    let stranger = std::process::Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "/usr/bin/python3",
            "-c",
        ])
        .arg(
            // The agent may hang up before the request is even sent: no answer either way.
            "import socket,sys\n\
             s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])\n\
             try:\n  s.sendall(b'{\"op\":\"ping\"}\\n'); answer = s.recv(4096)\n\
             except (BrokenPipeError, ConnectionResetError): answer = b''\n\
             print(repr(answer))",
        )
        .arg(&socket)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&stranger.stdout);
    assert!(
        stranger.status.success(),
        "{}",
        String::from_utf8_lossy(&stranger.stderr)
    );
    assert_eq!(
        said.trim(),
        "b''",
        "the agent answered another user: {said}"
    );
    for (path, mode) in [
        (socket.as_path(), 0o600),
        (folder.as_path(), 0o700),
        (runtime.as_path(), 0o700),
        (root, 0o700),
    ] {
        set_mode(path, mode);
    }
    // ... while its own user still gets answers.
    setup.run(&["token", "crm"]).success();

    setup.run(&["lock"]).success().stdout_has("Locked");
    assert!(wait_until(Duration::from_secs(5), || setup
        .agent_pid()
        .is_none()));
    assert!(!socket.exists());
    setup.run(&["token", "crm"]).exit(3);
    setup
        .run(&["lock"])
        .success()
        .stdout_has("no agent is running");
}

#[test]
fn a_wrong_passphrase_starts_no_agent() {
    let setup = FileStore::connected();
    let wrong = setup.session.root.path().join("wrong.txt");
    std::fs::write(&wrong, "wrong horse battery staple\n").unwrap();
    setup
        .run(&["unlock", "--passphrase-file", wrong.to_str().unwrap()])
        .exit(2)
        .stderr_has("Wrong passphrase");
    assert!(setup.agent_pid().is_none());
    setup.run(&["token", "crm"]).exit(3);
}

#[test]
fn the_agent_locks_itself_when_idle() {
    let setup = FileStore::connected();
    // Long enough for the next call to start: a second or two under Wine.
    let idle = if wine::active() { "8s" } else { "2s" };
    setup
        .run(&[
            "unlock",
            "--passphrase-file",
            &setup.pass(),
            "--idle-timeout",
            idle,
        ])
        .success()
        .stdout_has(&format!("unused for {idle}"));
    setup.run(&["token", "crm"]).success();
    setup.stopped_cleanly("the agent still runs after its idle timeout");
}

#[test]
fn a_terminated_agent_stops_as_lock_does() {
    if wine::skip("Windows has no SIGTERM: a terminated process cannot run its own stop") {
        return;
    }
    let setup = FileStore::connected();
    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .success();
    let pid = setup.agent_pid().expect("the agent runs");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    setup.stopped_cleanly("the agent ignored SIGTERM");
    setup
        .run(&["token", "crm", "--passphrase-file", &setup.pass()])
        .success();
}

/// The agent's socket, once it runs.
fn agent_socket(setup: &FileStore) -> PathBuf {
    std::fs::read_dir(setup.socket_folder())
        .unwrap()
        .flatten()
        .next()
        .expect("the agent's socket")
        .path()
}

#[test]
fn a_client_that_trickles_its_request_holds_nobody_else() {
    if wine::skip("a named pipe has no socket file to trickle into from Linux") {
        return;
    }
    let setup = FileStore::connected();
    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .success();
    let mut slow = std::os::unix::net::UnixStream::connect(agent_socket(&setup)).unwrap();
    let trickling = std::thread::spawn(move || {
        use std::io::Write;
        for byte in br#"{"op":"ping"#.iter() {
            if slow.write_all(&[*byte]).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_secs(1));
        }
    });
    std::thread::sleep(Duration::from_millis(300));
    let started = std::time::Instant::now();
    setup.run(&["token", "crm"]).success();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "zcw token waited {:?} behind a slow client",
        started.elapsed()
    );
    trickling.join().unwrap();
}

#[test]
fn a_terminated_agent_stops_even_when_its_socket_file_is_gone() {
    if wine::skip("Windows has no SIGTERM, and its pipe cannot be removed") {
        return;
    }
    let setup = FileStore::connected();
    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .success();
    let pid = setup.agent_pid().expect("the agent runs");
    // As logind does to the runtime folder at the last logout.
    std::fs::remove_file(agent_socket(&setup)).unwrap();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert!(
        wait_until(Duration::from_secs(3), || setup.agent_pid().is_none()),
        "the agent still runs 3 s after SIGTERM"
    );
}

#[test]
fn a_socket_another_user_planted_is_told_nothing() {
    if wine::skip("Wine runs one user: no stranger can be made") {
        return;
    }
    let setup = FileStore::connected();
    // Where `zcw` looks for its agent: the name its own agent takes.
    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .success();
    let name = agent_socket(&setup).file_name().unwrap().to_owned();
    setup.run(&["lock"]).success();
    // Gone, socket and all, before the stranger takes its place.
    setup.stopped_cleanly("the agent still runs after zcw lock");
    let folder = setup.socket_folder();
    use std::os::unix::fs::PermissionsExt;
    let set_mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    let root = setup.session.root.path().to_path_buf();
    let runtime = root.join("runtime");
    set_mode(&root, 0o711);
    set_mode(&runtime, 0o711);
    set_mode(&folder, 0o777);
    // There, a stranger listens and records what it is sent.
    let planted = folder.join(name);
    let stranger = std::process::Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "/usr/bin/python3",
            "-c",
        ])
        .arg(
            "import os,socket,sys\n\
             s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o777)\n\
             s.listen(4); s.settimeout(20)\n\
             got=b''\n\
             try:\n  c,_=s.accept(); c.settimeout(3)\n  got=c.recv(65536)\n\
             except OSError: pass\n\
             print(repr(got))",
        )
        .arg(&planted)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    assert!(wait_until(Duration::from_secs(10), || planted.exists()));
    // Bound is not yet listening.
    std::thread::sleep(Duration::from_millis(500));
    setup.run(&["token", "crm"]).exit(3);
    let said = stranger.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&said.stdout).trim(),
        "b''",
        "the stranger's socket was sent something"
    );
    for (path, mode) in [(&folder, 0o700), (&runtime, 0o700), (&root, 0o700)] {
        set_mode(path, mode);
    }
    let _ = std::fs::remove_file(&planted);
}

#[test]
fn an_agent_from_an_older_zcw_is_told_apart_and_the_way_out_said() {
    if wine::skip("the older agent is played with a Unix socket") {
        return;
    }
    let setup = FileStore::connected();
    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .success();
    let socket = agent_socket(&setup);
    setup.run(&["lock"]).success();
    setup.stopped_cleanly("the agent still runs after zcw lock");
    // An agent as zcw before protocol 2 answered: no protocol field.
    let mut old = std::process::Command::new("python3")
        .arg("-c")
        .arg(concat!(
            "import os,socket,sys\n",
            "os.makedirs(os.path.dirname(sys.argv[1]), mode=0o700, exist_ok=True)\n",
            "s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o600)\n",
            "s.listen(8); s.settimeout(20)\n",
            "while True:\n",
            "  try: c,_=s.accept()\n",
            "  except OSError: break\n",
            "  c.recv(65536)\n",
            "  c.sendall(b'{\"ok\":true,\"store\":\"old\",\"memoryLocked\":false}\\n')\n",
            "  c.close()\n",
        ))
        .arg(&socket)
        .spawn()
        .unwrap();
    assert!(wait_until(Duration::from_secs(10), || socket.exists()));
    // Bound is not yet listening.
    std::thread::sleep(Duration::from_millis(500));
    setup
        .run(&["token", "crm"])
        .exit(3)
        .stderr_has("another version of this program")
        .stderr_has("`zcw lock`, then `zcw unlock`");
    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .exit(3)
        .stderr_has("another version of this program");
    let _ = old.kill();
    let _ = old.wait();
    let _ = std::fs::remove_file(&socket);
}
