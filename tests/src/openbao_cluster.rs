//! A real OpenBao cluster for the failover tests: three `bao server` processes with integrated
//! (Raft) storage on loopback ports, joined to the first with `retry_join`, initialised and
//! unsealed, all three voters, KV version 2 at `secret/` (each node with a file audit device, when
//! asked for). About 20 s to start on two cores.

use std::fs::File;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::openbao::{bao_binary, http_status, kv_json, kv_put_json, run};
use crate::{free_port, wait_until};

/// One node: its ports, its process, its files.
#[derive(Debug)]
struct Node {
    port: u16,
    config: PathBuf,
    log: PathBuf,
    process: Option<Child>,
}

impl Node {
    fn address(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// A three-node cluster, stopped when dropped.
#[derive(Debug)]
pub struct OpenBaoCluster {
    bao: PathBuf,
    nodes: Vec<Node>,
    pub root_token: String,
    unseal_key: String,
    dir: tempfile::TempDir,
}

impl OpenBaoCluster {
    pub fn start() -> Self {
        Self::start_with(false)
    }

    /// With a file audit device on each node, to count reads, writes and logins (the soak).
    pub fn start_audited() -> Self {
        Self::start_with(true)
    }

    fn start_with(audited: bool) -> Self {
        let bao = bao_binary();
        let dir = tempfile::tempdir().unwrap();
        let ports: Vec<(u16, u16)> = (0..3).map(|_| (free_port(), free_port())).collect();
        let leader = format!("http://127.0.0.1:{}", ports[0].0);
        let nodes = ports
            .iter()
            .enumerate()
            .map(|(i, &(port, cluster_port))| {
                let data = dir.path().join(format!("node{i}"));
                std::fs::create_dir_all(&data).unwrap();
                let config = dir.path().join(format!("node{i}.hcl"));
                // performance_multiplier = 1: elections within seconds, as on a quiet network.
                std::fs::write(
                    &config,
                    format!(
                        r#"storage "raft" {{
  path = "{data}"
  node_id = "node{i}"
  performance_multiplier = 1
  retry_join {{
    leader_api_addr = "{leader}"
  }}
}}
listener "tcp" {{
  address = "127.0.0.1:{port}"
  cluster_address = "127.0.0.1:{cluster_port}"
  tls_disable = true
}}
api_addr = "http://127.0.0.1:{port}"
cluster_addr = "https://127.0.0.1:{cluster_port}"
disable_mlock = true
{audit}"#,
                        data = data.display(),
                        audit = if audited {
                            format!(
                                "audit \"file\" \"zcw-test\" {{\n  options {{\n    file_path = \"{}\"\n  }}\n}}\n",
                                dir.path().join(format!("audit-node{i}.log")).display()
                            )
                        } else {
                            String::new()
                        }
                    ),
                )
                .unwrap();
                Node {
                    port,
                    config,
                    log: dir.path().join(format!("node{i}.log")),
                    process: None,
                }
            })
            .collect();
        let mut cluster = OpenBaoCluster {
            bao,
            nodes,
            root_token: String::new(),
            unseal_key: String::new(),
            dir,
        };
        for i in 0..3 {
            cluster.launch(i);
        }
        cluster.initialise();
        for i in 0..3 {
            cluster.unseal(i);
        }
        assert!(
            wait_until(Duration::from_secs(60), || cluster.voters() == 3),
            "the three nodes did not all become voters:\n{}",
            cluster.logs()
        );
        let mut enable = cluster.command();
        run(enable.args(["secrets", "enable", "-path=secret", "kv-v2"]));
        // A new KV v2 mount upgrades itself for a moment before it takes writes.
        assert!(
            wait_until(Duration::from_secs(30), || {
                cluster
                    .command()
                    .args(["kv", "put", "-mount=secret", "zcw-ready", "ready=1"])
                    .output()
                    .is_ok_and(|out| out.status.success())
            }),
            "KV v2 never became writable:\n{}",
            cluster.logs()
        );
        cluster
    }

    fn launch(&mut self, i: usize) {
        let node = &mut self.nodes[i];
        let log = File::create(&node.log).unwrap();
        let child = Command::new(&self.bao)
            .arg("server")
            .arg(format!("-config={}", node.config.display()))
            .env("HOME", self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::from(log.try_clone().unwrap()))
            .stderr(Stdio::from(log))
            .spawn()
            .expect("bao server starts");
        node.process = Some(child);
        let health = format!("{}/v1/sys/health", node.address());
        assert!(
            wait_until(Duration::from_secs(30), || http_status(&health).is_some()),
            "node {i} never answered:\n{}",
            std::fs::read_to_string(&node.log).unwrap_or_default()
        );
    }

    fn initialise(&mut self) {
        let out = self
            .command_on(0, "")
            .args([
                "operator",
                "init",
                "-key-shares=1",
                "-key-threshold=1",
                "-format=json",
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "init failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let init: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        self.unseal_key = init["unseal_keys_b64"][0].as_str().unwrap().to_string();
        self.root_token = init["root_token"].as_str().unwrap().to_string();
    }

    /// Unseals node `i`, once it has joined (a node that has not yet joined is "not initialized").
    fn unseal(&self, i: usize) {
        let key = self.unseal_key.clone();
        assert!(
            wait_until(Duration::from_secs(30), || self
                .command_on(i, "")
                .args(["operator", "unseal", &key])
                .output()
                .is_ok_and(|out| out.status.success())),
            "node {i} could not be unsealed:\n{}",
            std::fs::read_to_string(&self.nodes[i].log).unwrap_or_default()
        );
    }

    /// How many voters the active node counts.
    fn voters(&self) -> usize {
        let Some(active) = self.active() else {
            return 0;
        };
        let out = self
            .command_on(active, &self.root_token)
            .args(["operator", "raft", "list-peers", "-format=json"])
            .output()
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout)
            .ok()
            .and_then(|peers| {
                peers["data"]["config"]["servers"]
                    .as_array()
                    .map(|servers| servers.iter().filter(|s| s["voter"] == true).count())
            })
            .unwrap_or(0)
    }

    /// Every node's address, the first one first.
    pub fn addresses(&self) -> Vec<String> {
        self.nodes.iter().map(Node::address).collect()
    }

    /// The node that is active now (its health answers 200; a standby's 429).
    pub fn active(&self) -> Option<usize> {
        self.nodes.iter().position(|node| {
            node.process.is_some()
                && http_status(&format!("{}/v1/sys/health", node.address())) == Some(200)
        })
    }

    /// `bao` against node `i` with `token`.
    fn command_on(&self, i: usize, token: &str) -> Command {
        let mut cmd = Command::new(&self.bao);
        cmd.env("BAO_ADDR", self.nodes[i].address())
            .env("BAO_TOKEN", token)
            .env("HOME", self.dir.path())
            .env_remove("VAULT_TOKEN")
            .env_remove("VAULT_ADDR");
        cmd
    }

    /// `bao` against a running node with the root token (a standby forwards to the active one).
    pub fn command(&self) -> Command {
        let running = self
            .active()
            .or_else(|| self.nodes.iter().position(|n| n.process.is_some()))
            .expect("a node runs");
        self.command_on(running, &self.root_token)
    }

    pub fn kv_json(&self, path: &str) -> Option<serde_json::Value> {
        kv_json(self.command(), path)
    }

    pub fn kv_put_json(&self, path: &str, record: &serde_json::Value) {
        kv_put_json(self.command(), path, record);
    }

    /// A record as node `i` itself holds it: OpenBao's standbys answer reads from their own copy
    /// (eventually consistent), which may lag behind the active node for a moment.
    pub fn kv_json_on(&self, i: usize, path: &str) -> Option<serde_json::Value> {
        kv_json(self.command_on(i, &self.root_token), path)
    }

    /// Kills node `i` with SIGKILL: no chance to hand over.
    pub fn kill(&mut self, i: usize) {
        if let Some(mut process) = self.nodes[i].process.take() {
            let _ = process.kill();
            let _ = process.wait();
        }
    }

    /// Starts node `i` again (its Raft data kept) and unseals it.
    pub fn restart(&mut self, i: usize) {
        self.launch(i);
        self.unseal(i);
    }

    /// What the nodes' audit logs count so far (each node logs what it served).
    pub fn audit_counts(&self) -> crate::openbao::AuditCounts {
        (0..self.nodes.len())
            .map(|i| {
                crate::openbao::count_audit(&self.dir.path().join(format!("audit-node{i}.log")))
            })
            .fold(crate::openbao::AuditCounts::default(), |a, b| {
                crate::openbao::AuditCounts {
                    reads: a.reads + b.reads,
                    writes: a.writes + b.writes,
                    logins: a.logins + b.logins,
                }
            })
    }

    /// Every node's log, for a failure message.
    pub fn logs(&self) -> String {
        self.nodes
            .iter()
            .enumerate()
            .map(|(i, node)| {
                format!(
                    "--- node {i} ---\n{}",
                    std::fs::read_to_string(&node.log).unwrap_or_default()
                )
            })
            .collect()
    }
}

impl Drop for OpenBaoCluster {
    fn drop(&mut self) {
        for i in 0..self.nodes.len() {
            self.kill(i);
        }
    }
}
