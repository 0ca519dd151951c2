//! The soak (run by scripts/soak.sh, never by the tests): for a while (10 minutes by default),
//! three machines call `zcw token` on one team connection in a loop, and a fourth through the
//! agent, while the emulator's access tokens live 90 s and the active cluster node is killed and
//! started again every 2 minutes. Prints calls made and failed, refreshes per expiry, peak memory
//! of zcw and of the agent, and the cluster's audit counts; exits 1 when a promise broke (a failed
//! call, or more than one refresh per expiry).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::openbao_cluster::OpenBaoCluster;
use zcw_test_support::{free_port, RecordingBrowser, Zcw, TEST_CLIENT_ID, TEST_SECRET};

/// How long the emulator's access tokens live in the soak (Zoho's: an hour).
const TOKEN_LIFETIME_SECS: u64 = 90;

/// What the loops saw.
#[derive(Default)]
struct Tally {
    calls: usize,
    failed: Vec<String>,
    tokens: BTreeSet<String>,
    /// The largest resident set of one `zcw` call, in KiB (GNU time's %M).
    peak_kib: u64,
}

/// One machine: its config folder and home, and the environment its zcw runs with.
struct Machine {
    config: PathBuf,
    home: PathBuf,
    env: Vec<(&'static str, String)>,
}

impl Machine {
    fn new(root: &Path, name: &str, env: Vec<(&'static str, String)>) -> Self {
        let home = root.join(name).join("home");
        std::fs::create_dir_all(&home).unwrap();
        Machine {
            config: root.join(name).join("config"),
            home,
            env,
        }
    }

    fn zcw(&self, zcw: &Path) -> Zcw {
        let mut command = Zcw::in_dir(zcw, &self.config);
        command.env("HOME", &self.home);
        for (key, value) in &self.env {
            command.env(key, value);
        }
        command
    }
}

/// One `zcw token NAME` under GNU time: its output and its peak memory.
fn timed_token(machine: &Machine, zcw: &Path, name: &str) -> (bool, String, String, u64) {
    let report = machine.home.join("time.txt");
    let mut command = Command::new("/usr/bin/time");
    command
        .args(["-f", "%M", "-o"])
        .arg(&report)
        .arg(zcw)
        .args(["token", name])
        .env("ZCW_CONFIG_DIR", &machine.config)
        .env("HOME", &machine.home)
        .env_remove("VAULT_TOKEN")
        .env_remove("BAO_TOKEN")
        .stdin(Stdio::null());
    for (key, value) in &machine.env {
        command.env(key, value);
    }
    let out = command
        .output()
        .expect("GNU time runs (Debian package time)");
    let peak = std::fs::read_to_string(&report)
        .ok()
        .and_then(|text| text.lines().last().and_then(|l| l.trim().parse().ok()))
        .unwrap_or(0);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).trim().to_string(),
        String::from_utf8_lossy(&out.stderr).trim().to_string(),
        peak,
    )
}

/// Calls `zcw token NAME` in a loop until `stop`, tallying into `tally`.
fn call_loop(
    machine: Machine,
    zcw: PathBuf,
    name: &'static str,
    stop: Arc<AtomicBool>,
    tally: Arc<Mutex<Tally>>,
) {
    while !stop.load(Ordering::SeqCst) {
        let (ok, token, said, peak) = timed_token(&machine, &zcw, name);
        let mut tally = tally.lock().unwrap();
        tally.calls += 1;
        tally.peak_kib = tally.peak_kib.max(peak);
        if ok {
            tally.tokens.insert(token);
        } else {
            tally.failed.push(said);
        }
        drop(tally);
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let zcw = PathBuf::from(args.next().expect("usage: zcw-soak ZCW [SECONDS]"));
    let seconds: u64 = args.next().map_or(600, |s| s.parse().expect("seconds"));
    let root = tempfile::tempdir().unwrap();
    let started = Instant::now();

    // One emulator for the team connection, another for the agent's: refreshes counted apart.
    let (zoho, zoho_local) = (ZohoEmulator::start(), ZohoEmulator::start());
    let browser = RecordingBrowser::following(root.path());
    let (team_port, file_port) = (free_port(), free_port());
    for (emulator, port) in [(&zoho, team_port), (&zoho_local, file_port)] {
        emulator.behave(|b| {
            b.code_expires_in = TOKEN_LIFETIME_SECS;
            b.refresh_expires_in = TOKEN_LIFETIME_SECS;
        });
        emulator.register_client(
            TEST_CLIENT_ID,
            TEST_SECRET,
            &[&format!("http://localhost:{port}/callback")],
        );
    }
    let mut cluster = OpenBaoCluster::start_audited();
    println!("cluster up in {:.1} s", started.elapsed().as_secs_f64());
    let common = |token: bool| {
        let accounts = if token { zoho.url() } else { zoho_local.url() };
        let mut env = vec![
            ("ZCW_ACCOUNTS_URL", accounts.to_string()),
            ("BROWSER", browser.program.display().to_string()),
        ];
        if token {
            env.push(("VAULT_TOKEN", cluster.root_token.clone()));
        }
        env
    };
    let addresses: Vec<String> = cluster
        .addresses()
        .into_iter()
        .flat_map(|address| ["--vault-addr".to_string(), address])
        .collect();

    // The team connection, from an admin machine; three machines use it.
    let admin = Machine::new(root.path(), "admin", common(true));
    let ok = |mut zcw: Zcw, what: &str| {
        let run = zcw.run();
        assert_eq!(run.code, Some(0), "{what}: {}", run.stderr);
    };
    ok(
        {
            let mut z = admin.zcw(&zcw);
            z.args(["store", "--use", "vault"]).args(&addresses);
            z
        },
        "store",
    );
    ok(
        {
            let mut z = admin.zcw(&zcw);
            z.add_test_connection("crm")
                .args(["--port", &team_port.to_string()]);
            z
        },
        "add",
    );
    ok(
        {
            let mut z = admin.zcw(&zcw);
            z.args(["login", "crm", "--timeout", "30"]);
            z
        },
        "login",
    );
    let machines: Vec<Machine> = (0..3)
        .map(|i| {
            let machine = Machine::new(root.path(), &format!("server{i}"), common(true));
            ok(
                {
                    let mut z = machine.zcw(&zcw);
                    z.args(["store", "--use", "vault"]).args(&addresses);
                    z
                },
                "store",
            );
            machine
        })
        .collect();

    // A machine with the encrypted file, unlocked in the agent.
    let local = Machine::new(root.path(), "local", common(false));
    let pass = local.home.join("passphrase");
    std::fs::write(&pass, "correct horse battery staple\n").unwrap();
    let pass = pass.display().to_string();
    for args in [
        vec!["store", "--use", "file", "--passphrase-file", &pass],
        vec![
            "login",
            "local",
            "--timeout",
            "30",
            "--passphrase-file",
            &pass,
        ],
        vec!["unlock", "--passphrase-file", &pass, "--idle-timeout", "1h"],
    ] {
        if args[0] == "login" {
            let port = file_port.to_string();
            ok(
                {
                    let mut z = local.zcw(&zcw);
                    z.add_test_connection("local").args([
                        "--port",
                        &port,
                        "--passphrase-file",
                        &pass,
                    ]);
                    z
                },
                "add local",
            );
        }
        ok(
            {
                let mut z = local.zcw(&zcw);
                z.args(&args);
                z
            },
            args[0],
        );
    }
    let audit_before = cluster.audit_counts();
    let refreshes_before = zoho.refreshes();

    let stop = Arc::new(AtomicBool::new(false));
    let team_tally = Arc::new(Mutex::new(Tally::default()));
    let agent_tally = Arc::new(Mutex::new(Tally::default()));
    let mut loops: Vec<_> = machines
        .into_iter()
        .map(|machine| {
            let (zcw, stop, tally) = (zcw.clone(), Arc::clone(&stop), Arc::clone(&team_tally));
            std::thread::spawn(move || call_loop(machine, zcw, "crm", stop, tally))
        })
        .collect();
    let local_config = local.config.clone();
    {
        let (zcw, stop, tally) = (zcw.clone(), Arc::clone(&stop), Arc::clone(&agent_tally));
        loops.push(std::thread::spawn(move || {
            call_loop(local, zcw, "local", stop, tally);
        }));
    }

    // Every 2 minutes the active node is killed, and started again 20 s later.
    let soak = Duration::from_secs(seconds);
    let soak_started = Instant::now();
    let mut kills = 0;
    let mut agent_peak = 0;
    while soak_started.elapsed() < soak {
        let next = Duration::from_secs(120 * (kills + 1));
        while soak_started.elapsed() < next.min(soak) {
            std::thread::sleep(Duration::from_secs(1));
            agent_peak = agent_peak
                .max(zcw_test_support::agent_process::peak_kib(&local_config).unwrap_or(0));
        }
        if soak_started.elapsed() >= soak {
            break;
        }
        if let Some(active) = cluster.active() {
            cluster.kill(active);
            kills += 1;
            println!(
                "{:>4} s: killed node {active}",
                soak_started.elapsed().as_secs()
            );
            std::thread::sleep(Duration::from_secs(20));
            cluster.restart(active);
            println!(
                "{:>4} s: node {active} back",
                soak_started.elapsed().as_secs()
            );
        }
    }
    stop.store(true, Ordering::SeqCst);
    for handle in loops {
        handle.join().unwrap();
    }
    let team = team_tally.lock().unwrap();
    let agent = agent_tally.lock().unwrap();
    let refreshes = zoho.refreshes() - refreshes_before;
    let audit = cluster.audit_counts() - audit_before;
    // Tokens last 90 s and are used until a fifth of that is left: one expiry every 72 s.
    let used_for = TOKEN_LIFETIME_SECS - zcw_core::token_cache::margin_for(TOKEN_LIFETIME_SECS);
    let expiries = (soak.as_secs() / used_for + 1) as usize;
    println!("soak: {} s, {kills} active-node kills", soak.as_secs());
    println!(
        "team connection: {} calls, {} failed, {} tokens served, {} refreshes at Zoho for {} expiries ({:.2} per expiry, goal 1)",
        team.calls,
        team.failed.len(),
        team.tokens.len(),
        refreshes,
        expiries,
        refreshes as f64 / expiries as f64
    );
    println!(
        "agent connection: {} calls, {} failed, {} refreshes at Zoho",
        agent.calls,
        agent.failed.len(),
        zoho_local.refreshes()
    );
    println!(
        "zcw peak memory (one call): {} KiB",
        team.peak_kib.max(agent.peak_kib)
    );
    println!("agent peak memory (VmHWM): {agent_peak} KiB");
    println!(
        "cluster audit logs (all nodes): {} reads, {} writes, {} logins",
        audit.reads, audit.writes, audit.logins
    );
    for (what, tally) in [("team", &team), ("agent", &agent)] {
        let distinct: BTreeSet<&String> = tally.failed.iter().collect();
        for said in distinct.into_iter().take(5) {
            println!("{what} call failed: {said}");
        }
    }
    let _ = Zcw::in_dir(&zcw, &local_config).args(["lock"]).run();
    // Zoho's own limit (10 access tokens per 10 minutes), counted apart to tell why.
    let limited = |tally: &Tally| {
        tally
            .failed
            .iter()
            .filter(|said| said.contains("per 10 minutes"))
            .count()
    };
    println!(
        "of the failed calls, refused by Zoho's 10-per-10-minutes limit: team {}, agent {}",
        limited(&team),
        limited(&agent)
    );
    // Every call must succeed, the limit's refusals included: the tokens' margin keeps a caller
    // in a loop under Zoho's ten per ten minutes.
    let broken = !team.failed.is_empty() || !agent.failed.is_empty() || refreshes > expiries + 1;
    drop(team);
    drop(agent);
    // `exit` runs no destructors: the cluster's servers and the emulators are stopped first.
    drop(cluster);
    std::process::exit(i32::from(broken));
}
