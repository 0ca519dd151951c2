//! `Zcw`: one builder for every `zcw` a test runs (arguments, environment, standard input), and
//! `Run`, its outcome, whose assertions print the command, its status, stdout and stderr when
//! they fail (as ripgrep's TestCommand does).

use std::ffi::OsStr;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::session::KeyringSession;

/// A `zcw` command being put together.
#[derive(Debug)]
pub struct Zcw {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

impl Zcw {
    /// The binary at `path` (or the one `ZCW_TEST_BINARY` names, through its launcher: see
    /// [`crate::wine`]), with no inherited `$BROWSER`, accounts-server or API override.
    pub fn new(path: impl AsRef<OsStr>) -> Self {
        let mut cmd = crate::wine::command(path);
        cmd.env_remove("BROWSER")
            .env_remove("ZCW_ACCOUNTS_URL")
            .env_remove("ZCW_API_URL")
            .env(crate::SCRYPT_WORK_FACTOR.0, crate::SCRYPT_WORK_FACTOR.1);
        // The team store's credentials come only from what a test gives.
        for var in ["VAULT_TOKEN", "BAO_TOKEN", "VAULT_ADDR", "BAO_ADDR"] {
            cmd.env_remove(var);
        }
        Zcw { cmd, stdin: None }
    }

    /// Runs it with at most `limit` open files (`ulimit -n`), as on a typical desktop. Call before
    /// adding arguments.
    pub fn open_files_limit(&mut self, limit: u32) -> &mut Self {
        let program = self.cmd.get_program().to_os_string();
        let mut limited = Command::new("sh");
        limited
            .arg("-c")
            .arg(format!("ulimit -n {limit} && exec \"$0\" \"$@\""))
            .arg(program);
        for (key, value) in self.cmd.get_envs() {
            match value {
                Some(value) => limited.env(key, value),
                None => limited.env_remove(key),
            };
        }
        self.cmd = limited;
        self
    }

    /// With a private config folder and nothing else of a session.
    pub fn in_dir(path: impl AsRef<OsStr>, config_dir: &Path) -> Self {
        let mut zcw = Zcw::new(path);
        zcw.env("ZCW_CONFIG_DIR", crate::wine::host_path(config_dir));
        if crate::wine::active() {
            zcw.cmd.envs(crate::wine::shared_prefix().env());
        }
        zcw
    }

    /// In a keyring session: its bus, HOME and config folder.
    pub fn in_session(path: impl AsRef<OsStr>, session: &KeyringSession) -> Self {
        let mut zcw = Zcw::new(path);
        zcw.cmd.envs(session.env());
        zcw
    }

    pub fn arg(&mut self, arg: impl AsRef<OsStr>) -> &mut Self {
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, S>(&mut self, args: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(&mut self, key: &str, value: impl AsRef<OsStr>) -> &mut Self {
        self.cmd.env(key, value);
        self
    }

    pub fn env_remove(&mut self, key: &str) -> &mut Self {
        self.cmd.env_remove(key);
        self
    }

    /// `zcw add NAME` for the test client (hotglue template), its secret on stdin; more options
    /// may follow.
    pub fn add_test_connection(&mut self, name: &str) -> &mut Self {
        self.args([
            "add",
            name,
            "--client-id",
            crate::TEST_CLIENT_ID,
            "--template",
            "hotglue",
        ])
        .stdin(crate::TEST_SECRET)
    }

    /// Pipes `text` into standard input (a secret, an answer).
    pub fn stdin(&mut self, text: &str) -> &mut Self {
        self.stdin = Some(text.as_bytes().to_vec());
        self
    }

    /// Runs to the end and captures everything. Under Wine, a launch that ends with status 1 and
    /// no output at all is run once more: zcw never fails without saying why, so that is Wine not
    /// completing the launch (seen about once in a few hundred launches on a loaded machine).
    pub fn run(&mut self) -> Run {
        let run = self.run_once();
        if crate::wine::active()
            && run.code == Some(1)
            && run.stdout.is_empty()
            && run.stderr.is_empty()
        {
            eprintln!("{}: no output under Wine; launched again", run.command);
            return self.run_once();
        }
        run
    }

    fn run_once(&mut self) -> Run {
        let start = Instant::now();
        let mut child = self.spawn();
        if let Some(input) = &self.stdin {
            // zcw may refuse before reading: a closed pipe is an answer, not a failure here.
            let _ = child.stdin.take().unwrap().write_all(input);
        }
        drop(child.stdin.take());
        let stdout = Captured::start(child.stdout.take().unwrap());
        let stderr = Captured::start(child.stderr.take().unwrap());
        let status = child.wait().unwrap();
        Run {
            command: format!("{:?}", self.cmd),
            code: status.code(),
            stdout: stdout.finish(),
            stderr: stderr.finish(),
            took: start.elapsed(),
        }
    }

    /// Starts it with piped stdio, for tests that read its output as it comes or run many at
    /// once. Standard input stays open (empty) unless `stdin` was given.
    pub fn spawn(&mut self) -> Child {
        self.cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{:?} did not start: {e}", self.cmd))
    }
}

/// Output read on a thread of its own as it comes. A process it started and left running (the
/// agent) may hold the pipe open after `zcw` exits (Wine hands its processes the parent's
/// standard error), so once `zcw` has exited, what arrived within a second is the output.
struct Captured {
    text: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    done: std::sync::mpsc::Receiver<()>,
}

impl Captured {
    fn start(mut pipe: impl std::io::Read + Send + 'static) -> Self {
        let text = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (tx, done) = std::sync::mpsc::channel();
        let sink = std::sync::Arc::clone(&text);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
            let _ = tx.send(());
        });
        Captured { text, done }
    }

    fn finish(self) -> String {
        let _ = self.done.recv_timeout(Duration::from_secs(1));
        String::from_utf8_lossy(&self.text.lock().unwrap()).into_owned()
    }
}

/// A finished `zcw`.
#[derive(Debug, Clone)]
pub struct Run {
    command: String,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub took: Duration,
}

impl Run {
    fn explain(&self, what: &str) -> String {
        format!(
            "\n===== {what} =====\ncommand: {}\nstatus: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}\n=====",
            self.command, self.code, self.stdout, self.stderr
        )
    }

    /// Asserts exit status 0.
    pub fn success(self) -> Self {
        assert_eq!(self.code, Some(0), "{}", self.explain("expected success"));
        self
    }

    /// Asserts this exit status.
    pub fn exit(self, code: i32) -> Self {
        assert_eq!(
            self.code,
            Some(code),
            "{}",
            self.explain(&format!("expected exit status {code}"))
        );
        self
    }

    /// Asserts stdout contains `needle`.
    pub fn stdout_has(self, needle: &str) -> Self {
        assert!(
            self.stdout.contains(needle),
            "{}",
            self.explain(&format!("stdout lacks {needle:?}"))
        );
        self
    }

    /// Asserts stderr contains `needle`.
    pub fn stderr_has(self, needle: &str) -> Self {
        assert!(
            self.stderr.contains(needle),
            "{}",
            self.explain(&format!("stderr lacks {needle:?}"))
        );
        self
    }

    /// Asserts `needle` is in neither stdout nor stderr.
    pub fn never_shows(self, needle: &str) -> Self {
        assert!(
            !self.stdout.contains(needle) && !self.stderr.contains(needle),
            "{}",
            self.explain("output holds a value it must never show")
        );
        self
    }

    /// stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("{}", self.explain(&format!("stdout is not JSON: {e}"))))
    }
}
