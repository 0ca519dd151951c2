//! Benchmarks (run by scripts/bench.sh, never by the tests): prints timings and ratios for
//! 1. a cached `zcw token` against `secret-tool lookup` of the same entry (target: at most 1.3x);
//! 2. callback-to-stored in `zcw login` against a bare curl exchange with the emulator (target: at
//!    most 1.5x);
//! 3. a cached `zcw token` from the encrypted file through the agent, against the keychain
//!    path (target: at most 1.3x);
//! 4. a cached `zcw token` from the team store against a bare curl GET of the same KV record
//!    (target: at most 1.5x), and what OpenBao's audit log counts: reads, writes and logins per
//!    cached call (target: 1, 0, 0) and for one expiry (target: at most 3 writes);
//! 5. what the passphrase costs at `zcw unlock` (time, peak memory), the agent's peak memory after
//!    the unlock and after ten token writes (target: under 64 MiB), and a forced refresh through
//!    the agent (target: a few hundred milliseconds at most);
//! 6. `zcw api` against a bare curl of the same call with the same token (target: at most 1.5x).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use zcw_test_support::agent_process;
use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::session::KeyringSession;

const SECRET: &str = zcw_test_support::TEST_SECRET;
const CLIENT_ID: &str = zcw_test_support::TEST_CLIENT_ID;
const RUNS: usize = 40;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time(mut cmd: impl FnMut() -> Command) -> Duration {
    let samples = (0..RUNS)
        .map(|_| {
            let mut cmd = cmd();
            let start = Instant::now();
            let out = cmd
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .unwrap();
            assert!(out.success());
            start.elapsed()
        })
        .collect();
    median(samples)
}

/// Runs a `zcw login --no-browser`, plays the browser with curl, and returns how long the
/// callback took to come back (tokens stored).
fn sign_in_with_curl(mut login: Command) -> Duration {
    let mut login = login
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(login.stdout.take().unwrap());
    let mut auth_url = String::new();
    out.read_line(&mut auth_url).unwrap();
    // The consent step (the emulator's redirect) is not part of callback-to-stored.
    let location = Command::new("curl")
        .args([
            "-s",
            "-o",
            "/dev/null",
            "-w",
            "%{redirect_url}",
            auth_url.trim(),
        ])
        .output()
        .unwrap();
    let callback = String::from_utf8_lossy(&location.stdout).to_string();
    let start = Instant::now();
    let ok = Command::new("curl")
        .args(["-sf", "-o", "/dev/null", &callback])
        .status()
        .unwrap();
    let took = start.elapsed();
    assert!(ok.success() && login.wait().unwrap().success());
    took
}

/// Runs a command that must succeed.
fn run(mut cmd: Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs a command that must succeed, and returns its peak resident memory in KiB (what
/// `getrusage` says of the waited-for child: the command itself, not what it left running).
fn peak_kib_of(cmd: Command) -> u64 {
    let mut measured = Command::new("python3");
    measured
        .arg("-c")
        .arg(concat!(
            "import resource,subprocess,sys\n",
            "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n",
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n",
            "sys.exit(code)\n",
        ))
        .arg(cmd.get_program())
        .args(cmd.get_args());
    for (name, value) in cmd.get_envs() {
        match value {
            Some(value) => measured.env(name, value),
            None => measured.env_remove(name),
        };
    }
    let out = measured.output().unwrap();
    assert!(out.status.success(), "{cmd:?} failed");
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

/// Runs `zcw add ...`, typing the client secret at its prompt.
fn add_with_secret(mut add: Command) {
    add.stdin(Stdio::piped());
    let mut child = add.stdout(Stdio::null()).spawn().unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), SECRET.as_bytes()).unwrap();
    assert!(child.wait().unwrap().success());
}

fn main() {
    let zcw_bin = std::env::args_os()
        .nth(1)
        .expect("usage: zcw-bench PATH_TO_ZCW (scripts/bench.sh passes the release build)");
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let port = session.add_registered_connection(&zcw_bin, &zoho, "bench");
    let redirect = format!("http://localhost:{port}/callback");
    let zcw = || {
        let mut cmd = session.command(&zcw_bin);
        cmd.env("ZCW_ACCOUNTS_URL", zoho.url());
        cmd
    };

    // Sign in with --no-browser and play the browser with curl, timing the callback leg.
    let login_samples: Vec<Duration> = (0..5)
        .map(|_| {
            let mut login = zcw();
            login.args(["login", "bench", "--no-browser", "--timeout", "30"]);
            sign_in_with_curl(login)
        })
        .collect();
    let callback_to_stored = median(login_samples);

    // The same exchange by hand: one curl for the code, one for the token request.
    let mut bare_samples = Vec::new();
    for _ in 0..5 {
        let auth = format!(
            "{}/oauth/v2/auth?client_id={CLIENT_ID}&response_type=code&redirect_uri={}&scope=AaaServer.profile.READ&state=s",
            zoho.url(),
            url::form_urlencoded::byte_serialize(redirect.as_bytes()).collect::<String>()
        );
        let location = Command::new("curl")
            .args(["-s", "-o", "/dev/null", "-w", "%{redirect_url}", &auth])
            .output()
            .unwrap();
        let location = url::Url::parse(&String::from_utf8_lossy(&location.stdout)).unwrap();
        let code = location
            .query_pairs()
            .find(|(k, _)| k == "code")
            .unwrap()
            .1
            .to_string();
        let start = Instant::now();
        let ok = Command::new("curl")
            .args([
                "-sf",
                "-o",
                "/dev/null",
                "-X",
                "POST",
                &format!("{}/oauth/v2/token", zoho.url()),
            ])
            .args([
                "-d",
                "grant_type=authorization_code",
                "-d",
                &format!("client_id={CLIENT_ID}"),
            ])
            .args([
                "-d",
                &format!("client_secret={SECRET}"),
                "--data-urlencode",
                &format!("redirect_uri={redirect}"),
            ])
            .args(["-d", &format!("code={code}")])
            .status()
            .unwrap();
        bare_samples.push(start.elapsed());
        assert!(ok.success());
    }
    let bare_exchange = median(bare_samples);

    let cached_token = time(|| {
        let mut cmd = zcw();
        cmd.args(["token", "bench"]);
        cmd
    });
    let lookup = time(|| {
        let mut cmd = session.command("secret-tool");
        cmd.args([
            "lookup",
            "service",
            "zoho-credential-wizard",
            "username",
            "bench/access_token",
        ]);
        cmd
    });

    // 6. `zcw api` against a bare curl with the same token (signed in again with a CRM scope).
    let mut login = zcw();
    login.args([
        "login",
        "bench",
        "--no-browser",
        "--timeout",
        "30",
        "--scope",
        "ZohoCRM.org.READ",
    ]);
    sign_in_with_curl(login);
    let api_call = time(|| {
        let mut cmd = zcw();
        cmd.env("ZCW_API_URL", zoho.url())
            .args(["api", "bench", "/crm/v8/org"]);
        cmd
    });
    let api_token = zoho.last_access_token().expect("a token");
    let curl_api = time(|| {
        let mut cmd = Command::new("curl");
        cmd.args([
            "-sf",
            "-H",
            &format!("Authorization: Zoho-oauthtoken {api_token}"),
            &format!("{}/crm/v8/org", zoho.url()),
        ]);
        cmd
    });

    // 3. The encrypted file, unlocked once by the agent.
    let file_dir = session.root.path().join("file-store-config");
    let passphrase_file = session.root.path().join("passphrase");
    std::fs::write(&passphrase_file, "bench passphrase for the file store\n").unwrap();
    let with_file = |args: &[&str]| {
        let mut cmd = zcw();
        cmd.env("ZCW_CONFIG_DIR", &file_dir).args(args);
        cmd
    };
    let passphrase_arg = passphrase_file.to_str().unwrap();
    run(with_file(&[
        "store",
        "--use",
        "file",
        "--passphrase-file",
        passphrase_arg,
    ]));
    let file_port = zcw_test_support::free_port();
    zoho.register_client(
        CLIENT_ID,
        SECRET,
        &[&redirect, &format!("http://localhost:{file_port}/callback")],
    );
    add_with_secret(with_file(&[
        "add",
        "bench",
        "--client-id",
        CLIENT_ID,
        "--template",
        "hotglue",
        "--port",
        &file_port.to_string(),
        "--passphrase-file",
        passphrase_arg,
    ]));
    sign_in_with_curl(with_file(&[
        "login",
        "bench",
        "--no-browser",
        "--timeout",
        "30",
        "--passphrase-file",
        passphrase_arg,
    ]));
    let unlock_started = Instant::now();
    let unlock_peak_kib = peak_kib_of(with_file(&["unlock", "--passphrase-file", passphrase_arg]));
    let unlock_took = unlock_started.elapsed();
    let agent_token = time(|| with_file(&["token", "bench"]));

    // 5. The agent over many token writes: its memory, and a forced refresh through it.
    let agent = agent_process::pid(&file_dir.display().to_string()).expect("the agent runs");
    let agent_kib = |field| agent_process::status_kib(agent, field).unwrap_or(0);
    let peak_after_unlock = agent_kib("VmHWM:");
    let refreshes: Vec<Duration> = (0..10)
        .map(|_| {
            let start = Instant::now();
            run(with_file(&["token", "bench", "--force-refresh"]));
            start.elapsed()
        })
        .collect();
    let slowest_refresh = *refreshes.iter().max().unwrap();
    let refresh = median(refreshes);
    let peak_after_writes = agent_kib("VmHWM:");
    let locked_kib = agent_process::locked_kib(agent).unwrap_or(0);
    let locked_space_kib = agent_kib("VmLck:");
    run(with_file(&["lock"]));

    // 4. The team store on a real OpenBao dev server.
    let bao = zcw_test_support::openbao::OpenBao::start_audited();
    let team_dir = session.root.path().join("team-config");
    let with_team = |args: &[&str]| {
        let mut cmd = zcw();
        cmd.env("ZCW_CONFIG_DIR", &team_dir)
            .env("VAULT_TOKEN", zcw_test_support::openbao::ROOT_TOKEN)
            .args(args);
        cmd
    };
    run(with_team(&[
        "store",
        "--use",
        "vault",
        "--vault-addr",
        &bao.address,
    ]));
    let team_port = zcw_test_support::free_port();
    zoho.register_client(
        CLIENT_ID,
        SECRET,
        &[
            &redirect,
            &format!("http://localhost:{file_port}/callback"),
            &format!("http://localhost:{team_port}/callback"),
        ],
    );
    add_with_secret(with_team(&[
        "add",
        "bench",
        "--client-id",
        CLIENT_ID,
        "--template",
        "hotglue",
        "--port",
        &team_port.to_string(),
    ]));
    sign_in_with_curl(with_team(&[
        "login",
        "bench",
        "--no-browser",
        "--timeout",
        "30",
    ]));
    let before = bao.audit_counts();
    let team_token = time(|| with_team(&["token", "bench"]));
    let cached_calls = bao.audit_counts() - before;
    // One expiry: the cached token made stale as an hour later, then one call refreshes it.
    let mut tokens_record = bao.kv_json("zcw/tokens/bench").expect("a tokens record");
    tokens_record["expires_at"] = serde_json::json!(1);
    bao.kv_put_json("zcw/tokens/bench", &tokens_record);
    let before = bao.audit_counts();
    run(with_team(&["token", "bench"]));
    let one_expiry = bao.audit_counts() - before;
    let kv_record = format!("{}/v1/secret/data/zcw/tokens/bench", bao.address);
    let curl_get = time(|| {
        let mut cmd = Command::new("curl");
        cmd.args([
            "-sf",
            "-H",
            &format!("X-Vault-Token: {}", zcw_test_support::openbao::ROOT_TOKEN),
            &kv_record,
        ]);
        cmd
    });

    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!(
        "zcw token (cached), median of {RUNS}:   {:>8.2} ms",
        cached_token.as_secs_f64() * 1e3
    );
    println!(
        "secret-tool lookup, median of {RUNS}:   {:>8.2} ms",
        lookup.as_secs_f64() * 1e3
    );
    println!(
        "ratio (target <= 1.3):               {:>8.2}x",
        ratio(cached_token, lookup)
    );
    println!(
        "callback to tokens stored, median of 5: {:>8.2} ms",
        callback_to_stored.as_secs_f64() * 1e3
    );
    println!(
        "bare curl token exchange, median of 5:  {:>8.2} ms",
        bare_exchange.as_secs_f64() * 1e3
    );
    println!(
        "ratio (target <= 1.5):               {:>8.2}x",
        ratio(callback_to_stored, bare_exchange)
    );
    println!(
        "zcw token via the agent (file store), median of {RUNS}: {:>8.2} ms",
        agent_token.as_secs_f64() * 1e3
    );
    println!(
        "ratio to the keychain path (target <= 1.3): {:>8.2}x",
        ratio(agent_token, cached_token)
    );
    println!(
        "zcw api GET /crm/v8/org, median of {RUNS}: {:>8.2} ms",
        api_call.as_secs_f64() * 1e3
    );
    println!(
        "curl of the same call with the same token, median of {RUNS}: {:>8.2} ms",
        curl_api.as_secs_f64() * 1e3
    );
    println!(
        "ratio (target <= 1.5):               {:>8.2}x",
        ratio(api_call, curl_api)
    );
    let mib = |kib: u64| kib as f64 / 1024.0;
    println!(
        "zcw unlock (the passphrase's one scrypt): {:>8.0} ms, peak memory {:.0} MiB",
        unlock_took.as_secs_f64() * 1e3,
        mib(unlock_peak_kib)
    );
    println!(
        "agent peak memory (VmHWM) after unlock: {:>8.1} MiB (target < 64)",
        mib(peak_after_unlock)
    );
    println!(
        "agent peak memory (VmHWM) after ten token writes: {:>8.1} MiB (target < 64)",
        mib(peak_after_writes)
    );
    println!(
        "agent memory locked in RAM: {:.1} MiB (of {:.1} MiB address space marked to lock on use)",
        mib(locked_kib),
        mib(locked_space_kib)
    );
    println!(
        "forced refresh through the agent, median of 10: {:>8.2} ms, slowest {:.2} ms (target: a few hundred at most)",
        refresh.as_secs_f64() * 1e3,
        slowest_refresh.as_secs_f64() * 1e3
    );
    println!(
        "zcw token from the team store, median of {RUNS}: {:>8.2} ms",
        team_token.as_secs_f64() * 1e3
    );
    println!(
        "curl GET of the same KV record, median of {RUNS}: {:>8.2} ms",
        curl_get.as_secs_f64() * 1e3
    );
    println!(
        "ratio (target <= 1.5):               {:>8.2}x",
        ratio(team_token, curl_get)
    );
    let calls = RUNS;
    println!(
        "team store per cached call (audit log, {calls} calls): {:.2} reads, {} writes, {} logins (target: 1, 0, 0)",
        cached_calls.reads as f64 / calls as f64,
        cached_calls.writes,
        cached_calls.logins
    );
    println!(
        "team store for one expiry (audit log): {} writes, {} reads, {} logins (target: at most 3 writes)",
        one_expiry.writes, one_expiry.reads, one_expiry.logins
    );
}
