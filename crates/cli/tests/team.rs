//! The team store against a real OpenBao dev server: a whole flow with the secrets in KV and in no
//! local file, a fleet of "machines" (separate config folders) refreshing once, a refresher
//! killed mid-refresh, and a sealed, stopped or forbidding server.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::openbao::{OpenBao, ROOT_TOKEN};
use zcw_test_support::session::files_containing;
use zcw_test_support::wine;
use zcw_test_support::{
    free_port, wait_until, RecordingBrowser, Run, Tripwire, Zcw, TEST_CLIENT_ID, TEST_SECRET,
};

use crate::ZCW;

/// Every policy the README gives, as the tests use them.
const ADMIN_POLICY: &str = r#"
path "secret/data/zcw/*"     { capabilities = ["create", "read", "update", "delete"] }
path "secret/metadata/zcw/*" { capabilities = ["list", "read", "delete"] }
"#;
const SERVER_POLICY: &str = r#"
path "secret/data/zcw/connections/*" { capabilities = ["read"] }
path "secret/data/zcw/secrets/*"     { capabilities = ["read"] }
path "secret/data/zcw/tokens/*"      { capabilities = ["create", "read", "update"] }
path "secret/metadata/zcw/connections/" { capabilities = ["list"] }
"#;

/// What the tests need of a team store: where it is, and its records as an operator sees them.
pub(crate) trait Store {
    /// `--vault-addr URL`, once per address.
    fn address_args(&self) -> Vec<String>;
    fn kv_json(&self, path: &str) -> Option<serde_json::Value>;
    fn kv_put_json(&self, path: &str, record: &serde_json::Value);
}

impl Store for OpenBao {
    fn address_args(&self) -> Vec<String> {
        vec!["--vault-addr".into(), self.address.clone()]
    }

    fn kv_json(&self, path: &str) -> Option<serde_json::Value> {
        OpenBao::kv_json(self, path)
    }

    fn kv_put_json(&self, path: &str, record: &serde_json::Value) {
        OpenBao::kv_put_json(self, path, record);
    }
}

/// One OpenBao server (or cluster), the Zoho emulator, and any number of machines using them.
pub(crate) struct Team<S = OpenBao> {
    pub bao: S,
    pub zoho: ZohoEmulator,
    root: tempfile::TempDir,
    browser: RecordingBrowser,
    pub port: u16,
}

/// A machine: its own home and config folder (so its own file locks), and its token.
pub(crate) struct Machine {
    home: PathBuf,
    pub config: PathBuf,
    env: Vec<(String, String)>,
}

impl Team {
    pub(crate) fn start() -> Self {
        Self::with(OpenBao::start())
    }

    /// With OpenBao's file audit device, to count logins and writes.
    fn start_audited() -> Self {
        Self::with(OpenBao::start_audited())
    }
}

impl<S: Store> Team<S> {
    pub fn with(bao: S) -> Self {
        let zoho = ZohoEmulator::start();
        let root = tempfile::tempdir().unwrap();
        let browser = RecordingBrowser::following(root.path());
        let port = free_port();
        zoho.register_client(
            TEST_CLIENT_ID,
            TEST_SECRET,
            &[&format!("http://localhost:{port}/callback")],
        );
        Team {
            bao,
            zoho,
            root,
            browser,
            port,
        }
    }

    /// A new machine set up for the team store with `token` in VAULT_TOKEN.
    pub fn machine(&self, name: &str, token: &str) -> Machine {
        let machine = self.bare_machine(name, &[("VAULT_TOKEN", token)]);
        self.zcw(&machine)
            .args(["store", "--use", "vault"])
            .args(self.bao.address_args())
            .run()
            .success()
            .stdout_has("with the token in VAULT_TOKEN");
        machine
    }

    pub(crate) fn bare_machine(&self, name: &str, env: &[(&str, &str)]) -> Machine {
        let home = self.root.path().join(name).join("home");
        let config = self.root.path().join(name).join("config");
        std::fs::create_dir_all(&home).unwrap();
        Machine {
            home,
            config,
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    pub fn zcw(&self, machine: &Machine) -> Zcw {
        let mut zcw = Zcw::in_dir(ZCW, &machine.config);
        zcw.env("HOME", &machine.home)
            .env("ZCW_ACCOUNTS_URL", self.zoho.url())
            .env("BROWSER", &self.browser.program);
        for (key, value) in &machine.env {
            zcw.env(key, value);
        }
        zcw
    }

    pub fn run(&self, machine: &Machine, args: &[&str]) -> Run {
        self.zcw(machine).args(args).run()
    }

    /// Adds "crm" from `machine` and signs it in.
    pub fn connected(&self, machine: &Machine) {
        let port = self.port.to_string();
        self.zcw(machine)
            .add_test_connection("crm")
            .args(["--port", &port])
            .run()
            .success()
            .stdout_has("the team store");
        self.run(machine, &["login", "crm", "--timeout", "30"])
            .success();
    }

    /// Makes the cached access token stale, as an hour later.
    pub fn expire_cached_token(&self) {
        let mut record = self.bao.kv_json("zcw/tokens/crm").expect("a tokens record");
        record["expires_at"] = serde_json::json!(1);
        self.bao.kv_put_json("zcw/tokens/crm", &record);
    }
}

fn in_no_file(dir: &Path, needle: &str) {
    let found = files_containing(dir, needle.as_bytes(), Path::new("/nonexistent"));
    assert!(found.is_empty(), "found in {found:?}");
}

#[test]
fn a_connection_in_the_team_store_works_on_a_second_machine_without_add_or_login() {
    let team = Team::start();
    let admin_token = team.bao.token_with_policy("zcw-admin", ADMIN_POLICY);
    let laptop = team.machine("laptop", &admin_token);
    team.connected(&laptop);
    let token = team.run(&laptop, &["token", "crm"]).success();
    assert_eq!(token.stdout.trim(), team.zoho.last_access_token().unwrap());

    // The secrets are in KV, the connection beside them without any.
    let refresh_token = team.zoho.refresh_tokens()[0].clone();
    assert_eq!(
        team.bao
            .kv_field("zcw/secrets/crm", "client_secret")
            .as_deref(),
        Some(TEST_SECRET)
    );
    assert_eq!(
        team.bao.kv_field("zcw/secrets/crm", "refresh_token"),
        Some(refresh_token.clone())
    );
    let connection = team.bao.kv_json("zcw/connections/crm").unwrap().to_string();
    assert!(connection.contains(TEST_CLIENT_ID));
    assert!(!connection.contains(TEST_SECRET) && !connection.contains(&refresh_token));
    // ... and in no file here.
    for needle in [TEST_SECRET, refresh_token.as_str(), token.stdout.trim()] {
        in_no_file(team.root.path(), needle);
    }

    // A server with another token (BAO_TOKEN this time) sees the connection and gets the same
    // cached token, without `zcw add` or `zcw login`.
    let server_token = team.bao.token_with_policy("zcw-server", SERVER_POLICY);
    let server = team.bare_machine("server", &[("BAO_TOKEN", &server_token)]);
    team.run(
        &server,
        &["store", "--use", "vault", "--vault-addr", &team.bao.address],
    )
    .success()
    .stdout_has("it holds 1 connection.");
    team.run(&server, &["list"])
        .success()
        .stdout_has("crm")
        .stdout_has("Team store");
    let again = team.run(&server, &["token", "crm"]).success();
    assert_eq!(again.stdout.trim(), token.stdout.trim());
    assert_eq!(team.zoho.refreshes(), 0);
    // The server's policy is enough to refresh too.
    team.expire_cached_token();
    let refreshed = team.run(&server, &["token", "crm"]).success();
    assert_ne!(refreshed.stdout.trim(), token.stdout.trim());
    assert!(team.zoho.access_token_valid(refreshed.stdout.trim()));
    assert_eq!(team.zoho.refreshes(), 1);
    // ... but not to remove the connection.
    team.run(&server, &["remove", "crm", "--yes", "--local-only"])
        .exit(3)
        .stderr_has("capability");

    // Removing it from the laptop removes every record.
    team.run(&laptop, &["remove", "crm", "--yes"]).success();
    for record in ["connections", "secrets", "tokens"] {
        assert!(
            team.bao.kv_json(&format!("zcw/{record}/crm")).is_none(),
            "{record} left"
        );
    }
    team.run(&server, &["list"])
        .success()
        .stdout_has("No connections yet");
}

#[test]
fn a_fleet_of_three_machines_refreshes_once_and_all_sixty_get_the_same_token() {
    let team = Team::start();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let machines: Vec<Machine> = (0..3)
        .map(|i| team.machine(&format!("server{i}"), ROOT_TOKEN))
        .collect();
    let stale = team.run(&admin, &["token", "crm"]).success().stdout;
    team.expire_cached_token();

    let team_ref = &team;
    let children: Vec<_> = machines
        .iter()
        .flat_map(|machine| {
            (0..20).map(move |_| team_ref.zcw(machine).args(["token", "crm"]).spawn())
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|child| child.wait_with_output().unwrap())
        .collect();
    for out in &outputs {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let tokens: std::collections::BTreeSet<String> = outputs
        .iter()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .collect();
    assert_eq!(tokens.len(), 1, "{tokens:?}");
    let token = tokens.into_iter().next().unwrap();
    assert_ne!(token, stale.trim());
    assert!(team.zoho.access_token_valid(&token));
    assert_eq!(team.zoho.refreshes(), 1, "one refresh for the whole fleet");
    let record = team.bao.kv_json("zcw/tokens/crm").unwrap();
    assert_eq!(record["recent_refreshes"].as_array().unwrap().len(), 1);
    assert!(
        record.get("lease").is_none(),
        "the lease was given back: {record}"
    );
}

#[test]
fn when_the_refreshing_machine_is_killed_another_takes_over_after_the_lease() {
    let team = Team::start();
    let one = team.machine("one", ROOT_TOKEN);
    let two = team.machine("two", ROOT_TOKEN);
    team.connected(&one);
    team.expire_cached_token();

    // Zoho hangs, machine one takes the lease and waits on it; then it dies.
    team.zoho
        .behave(|b| b.refresh_delay = Duration::from_secs(120));
    let mut holder = team.zcw(&one).args(["token", "crm"]).spawn();
    assert!(
        wait_until(Duration::from_secs(20), || team
            .bao
            .kv_json("zcw/tokens/crm")
            .is_some_and(|r| r.get("lease").is_some())),
        "machine one never took the lease"
    );
    holder.kill().unwrap(); // SIGKILL: no chance to give the lease back
    holder.wait().unwrap();
    team.zoho.behave(|b| b.refresh_delay = Duration::ZERO);

    let started = Instant::now();
    let token = team.run(&two, &["token", "crm"]).success();
    assert!(team.zoho.access_token_valid(token.stdout.trim()));
    assert!(
        started.elapsed() > Duration::from_secs(5),
        "machine two waited for the lease to expire (took {:?})",
        started.elapsed()
    );
    let record = team.bao.kv_json("zcw/tokens/crm").unwrap();
    assert!(record.get("lease").is_none(), "{record}");
}

#[test]
fn sealed_stopped_and_forbidding_servers_are_clear_errors_that_lose_nothing() {
    let mut team = Team::start();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let token = team.run(&admin, &["token", "crm"]).success().stdout;

    // A token that may list the connections but read nothing else.
    let lister = team.bao.token_with_policy(
        "lister",
        r#"path "secret/metadata/zcw/*" { capabilities = ["list"] }
           path "secret/data/zcw/connections/*" { capabilities = ["read"] }"#,
    );
    let limited = team.bare_machine("limited", &[("VAULT_TOKEN", &lister)]);
    team.run(
        &limited,
        &["store", "--use", "vault", "--vault-addr", &team.bao.address],
    )
    .success();
    team.run(&limited, &["token", "crm"])
        .exit(3)
        .stderr_has("may not read \"secret/data/zcw/tokens/crm\"")
        .stderr_has("\"read\" capability");

    // A token that was revoked (or expired).
    let gone = team.bare_machine("gone", &[("VAULT_TOKEN", "s.not-a-real-token")]);
    team.run(
        &gone,
        &["store", "--use", "vault", "--vault-addr", &team.bao.address],
    )
    .exit(3)
    .stderr_has("refused the token");
    // No token at all.
    let none = team.bare_machine("none", &[]);
    team.run(
        &none,
        &["store", "--use", "vault", "--vault-addr", &team.bao.address],
    )
    .exit(3)
    .stderr_has("No token for the team store");

    // Sealed: exit 3, then unsealed everything is still there.
    let unseal_key = team.bao.unseal_key();
    team.bao.seal();
    team.run(&admin, &["token", "crm"])
        .exit(3)
        .stderr_has("is sealed");
    team.run(&admin, &["list"]).exit(3).stderr_has("is sealed");
    team.bao.run(&["operator", "unseal", &unseal_key]);
    let after = team.run(&admin, &["token", "crm"]).success().stdout;
    assert_eq!(after, token, "nothing lost while sealed");

    // Stopped: exit 3, and an add writes nothing anywhere.
    team.bao.stop();
    team.run(&admin, &["token", "crm"])
        .exit(3)
        .stderr_has("cannot be reached");
    team.zcw(&admin)
        .add_test_connection("other")
        .run()
        .exit(3)
        .stderr_has("cannot be reached");
    in_no_file(team.root.path(), TEST_SECRET);
}

#[test]
fn a_server_signs_in_with_an_approle() {
    let team = Team::start();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let (role_id, secret_id) = team.bao.approle("zcw-server", SERVER_POLICY);
    let server = team.bare_machine("server", &[]);
    let secret_id_file = server.home.join("secret-id");
    std::fs::write(&secret_id_file, format!("{secret_id}\n")).unwrap();
    team.run(
        &server,
        &[
            "store",
            "--use",
            "vault",
            "--vault-addr",
            &team.bao.address,
            "--vault-role-id",
            &role_id,
            "--vault-secret-id-file",
            secret_id_file.to_str().unwrap(),
        ],
    )
    .success()
    .stdout_has("with an AppRole login");
    let token = team.run(&server, &["token", "crm"]).success();
    assert!(team.zoho.access_token_valid(token.stdout.trim()));
    // The secret ID stays in its file: not in zcw's settings.
    let settings = std::fs::read_to_string(server.config.join("connections.json")).unwrap();
    assert!(settings.contains(&role_id) && !settings.contains(&secret_id));
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[test]
fn a_planted_tokens_record_is_neither_served_nor_handed_to_programs_and_is_replaced() {
    let team = Team::start();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let server = team.machine("server", ROOT_TOKEN);
    // What a machine that may write tokens records could leave: a foreign token, an expiry ten
    // years ahead, and an API domain elsewhere.
    let plant = || {
        team.bao.kv_put_json(
            "zcw/tokens/crm",
            &serde_json::json!({
                "access_token": "1000.planted",
                "expires_at": now() + 10 * 365 * 86_400,
                "api_domain": "https://evil.example",
            }),
        );
    };
    plant();
    let token = team
        .run(&server, &["token", "crm"])
        .success()
        .stderr_has("could not have come from Zoho")
        .never_shows("1000.planted");
    let token = token.stdout.trim().to_string();
    assert!(team.zoho.access_token_valid(&token), "{token}");
    // A good record was written back.
    let record = team.bao.kv_json("zcw/tokens/crm").unwrap();
    assert_eq!(record["access_token"], token.as_str());
    assert_eq!(record["api_domain"], "https://www.zohoapis.com");

    plant();
    let env = team
        .zcw(&server)
        .args(["exec", "crm", "--"])
        .args(wine::print_env())
        .run()
        .success()
        .never_shows("evil.example")
        .never_shows("1000.planted");
    assert!(
        env.stdout
            .lines()
            .any(|line| line.trim_end() == "ZOHO_API_DOMAIN=https://www.zohoapis.com"),
        "{}",
        env.stdout
    );
    assert_eq!(team.zoho.refreshes(), 2);
}

#[test]
fn a_planted_connection_record_sends_nothing_elsewhere() {
    let team = Team::start();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let other = team.machine("other", ROOT_TOKEN);
    let wire = Tripwire::start();
    let mut record = team.bao.kv_json("zcw/connections/crm").unwrap();
    let genuine = record.clone();
    record["signedIn"]["accountsServer"] = serde_json::json!(wire.url());
    record["loopbackUri"] = serde_json::json!(format!("{}/callback", wire.url()));
    team.bao.kv_put_json("zcw/connections/crm", &record);
    team.expire_cached_token();
    let exec: Vec<String> = ["exec", "crm", "--"]
        .iter()
        .map(ToString::to_string)
        .chain(wine::exit_with(0))
        .collect();
    let exec: Vec<&str> = exec.iter().map(String::as_str).collect();
    for args in [
        &["token", "crm"][..],
        &["token", "crm", "--force-refresh"],
        &exec,
        &["logout", "crm"],
    ] {
        team.run(&other, args)
            .exit(3)
            .stderr_has("is damaged")
            .stderr_has("not a trusted Zoho accounts server");
    }
    // Listed as damaged, with the others.
    team.run(&other, &["list"])
        .success()
        .stderr_has("crm: The team store's record zcw/connections/crm is damaged");
    assert_eq!(wire.hits(), 0, "something was sent to the planted server");
    assert_eq!(team.zoho.refreshes() + team.zoho.revocations(), 0);

    // Only the redirect URI changed: the sign-in still comes back to this computer.
    let mut record = genuine;
    record["loopbackUri"] = serde_json::json!(format!("{}/callback", wire.url()));
    team.bao.kv_put_json("zcw/connections/crm", &record);
    team.run(&other, &["login", "crm", "--timeout", "30"])
        .success();
    let opened = team.browser.opened();
    let url = url::Url::parse(opened.last().unwrap()).unwrap();
    let redirect = url
        .query_pairs()
        .find(|(k, _)| k == "redirect_uri")
        .map(|(_, v)| v.into_owned());
    assert_eq!(
        redirect,
        Some(format!("http://localhost:{}/callback", team.port))
    );
    assert_eq!(wire.hits(), 0);
}

#[test]
fn a_forced_refresh_on_a_team_connection_makes_one_refresh_and_a_new_token() {
    let team = Team::start();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let first = team.run(&admin, &["token", "crm"]).success().stdout;
    let forced = team
        .run(&admin, &["token", "crm", "--force-refresh"])
        .success()
        .stdout;
    assert_ne!(forced, first);
    assert!(team.zoho.access_token_valid(forced.trim()));
    assert_eq!(team.zoho.refreshes(), 1);
    let again = team.run(&admin, &["token", "crm"]).success().stdout;
    assert_eq!(again, forced);
    assert_eq!(team.zoho.refreshes(), 1);
}

#[test]
fn logout_on_one_machine_while_another_refreshes_leaves_no_token_behind() {
    let team = Team::start();
    let one = team.machine("one", ROOT_TOKEN);
    let two = team.machine("two", ROOT_TOKEN);
    team.connected(&one);
    team.expire_cached_token();
    // Zoho mints machine two's token, and its answer is still on the way when one logs out.
    team.zoho
        .behave(|b| b.refresh_hold = Duration::from_secs(4));
    let refreshing = team.zcw(&two).args(["token", "crm"]).spawn();
    assert!(
        wait_until(Duration::from_secs(20), || team.zoho.refreshes() == 1),
        "machine two never asked Zoho"
    );
    team.run(&one, &["logout", "crm"]).success();
    let out = refreshing.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("disconnected"));
    let record = team.bao.kv_json("zcw/tokens/crm").unwrap();
    assert!(record.get("access_token").is_none(), "{record}");
    assert!(record.get("revoked_at").is_some(), "{record}");
    team.run(&two, &["token", "crm"]).exit(4);
}

#[test]
fn exec_does_not_pass_the_team_stores_token_on() {
    let team = Team::start();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let env = team
        .zcw(&admin)
        .env("BAO_TOKEN", ROOT_TOKEN)
        .args(["exec", "crm", "--"])
        .args(wine::print_env())
        .run()
        .success()
        .stdout_has("ZOHO_ACCESS_TOKEN=")
        .never_shows(ROOT_TOKEN);
    for var in ["VAULT_TOKEN=", "BAO_TOKEN="] {
        assert!(
            !env.stdout.lines().any(|line| line.starts_with(var)),
            "{var} passed on"
        );
    }
}

#[test]
fn a_sealed_team_store_still_lists_this_computers_connections() {
    let team = Team::start();
    let admin = team.bare_machine("admin", &[("VAULT_TOKEN", ROOT_TOKEN)]);
    let passphrase = admin.home.join("passphrase");
    std::fs::write(&passphrase, "correct horse battery staple\n").unwrap();
    let pass = &wine::host_path(&passphrase);
    team.run(
        &admin,
        &["store", "--use", "file", "--passphrase-file", pass],
    )
    .success();
    team.zcw(&admin)
        .add_test_connection("on-this-computer")
        .args(["--passphrase-file", pass])
        .run()
        .success();
    team.run(
        &admin,
        &["store", "--use", "vault", "--vault-addr", &team.bao.address],
    )
    .success();
    team.connected(&admin);
    team.run(&admin, &["list"])
        .success()
        .stdout_has("on-this-computer")
        .stdout_has("crm");
    team.bao.seal();
    let listed = team
        .run(&admin, &["list"])
        .exit(3)
        .stdout_has("on-this-computer")
        .stderr_has("only this computer's connections are listed")
        .stderr_has("is sealed");
    assert!(!listed.stdout.contains("crm "), "{}", listed.stdout);
}

#[test]
fn loopback_servers_are_reached_without_the_proxy() {
    let team = Team::start();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let proxy = Tripwire::start();
    let mut zcw = team.zcw(&admin);
    for var in [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
    ] {
        zcw.env(var, proxy.url());
    }
    zcw.env_remove("NO_PROXY").env_remove("no_proxy");
    zcw.args(["token", "crm", "--force-refresh"])
        .run()
        .success();
    assert_eq!(proxy.hits(), 0, "a loopback request went through the proxy");
    assert_eq!(team.zoho.refreshes(), 1);
}

#[test]
fn an_approle_server_keeps_its_vault_token_and_logs_in_again_only_when_it_must() {
    let team = Team::start_audited();
    let admin = team.machine("admin", ROOT_TOKEN);
    team.connected(&admin);
    let (role_id, secret_id) = team.bao.approle("zcw-server", SERVER_POLICY);
    let server = team.bare_machine("server", &[]);
    let secret_id_file = server.home.join("secret-id");
    std::fs::write(&secret_id_file, format!("{secret_id}\n")).unwrap();
    team.run(
        &server,
        &[
            "store",
            "--use",
            "vault",
            "--vault-addr",
            &team.bao.address,
            "--vault-role-id",
            &role_id,
            "--vault-secret-id-file",
            &wine::host_path(&secret_id_file),
        ],
    )
    .success();
    let logins = || team.bao.audited("auth/approle/login", None);
    for _ in 0..40 {
        team.run(&server, &["token", "crm"]).success();
    }
    let kept_for_40 = logins();
    assert!(
        kept_for_40 <= 3,
        "{kept_for_40} AppRole logins for 41 calls"
    );
    // Kept the way Vault Agent's file sink keeps it: for this user alone. A token from
    // VAULT_TOKEN is never written.
    let sink = server.config.join("team-token.json");
    assert!(sink.is_file());
    // (Windows keeps it private by the profile folder's access list, not by Unix modes.)
    #[cfg(unix)]
    if !wine::active() {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sink).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&sink).unwrap()).unwrap();
    let vault_token = kept["token"].as_str().unwrap();
    team.run(&server, &["token", "crm"])
        .success()
        .never_shows(vault_token);
    assert!(!admin.config.join("team-token.json").exists());
    in_no_file(&admin.config, ROOT_TOKEN);

    // At steady state a cached-token call costs one read: no write, no login.
    let before = team.bao.audit_counts();
    for _ in 0..5 {
        team.run(&server, &["token", "crm"]).success();
    }
    let cached = team.bao.audit_counts() - before;
    assert_eq!(
        (cached.reads, cached.writes, cached.logins),
        (5, 0, 0),
        "{cached:?}"
    );
    // One expiry costs at most three writes: lease, token, release.
    team.expire_cached_token();
    let before = team.bao.audit_counts();
    team.run(&server, &["token", "crm"]).success();
    let expiry = team.bao.audit_counts() - before;
    assert!(expiry.writes <= 3 && expiry.logins == 0, "{expiry:?}");
    let logins_before_revoke = logins();

    // Revoked on the server: the next call logs in again, and succeeds.
    team.bao
        .run(&["lease", "revoke", "-prefix", "auth/approle/login"]);
    team.run(&server, &["token", "crm"]).success();
    assert_eq!(logins(), logins_before_revoke + 1);

    // Tokens that live three seconds: one that expired is replaced without a failed request.
    team.bao.run(&[
        "write",
        "auth/approle/role/zcw-server",
        "token_policies=zcw-server",
        "token_ttl=3s",
        "token_max_ttl=3s",
    ]);
    team.bao
        .run(&["lease", "revoke", "-prefix", "auth/approle/login"]);
    team.run(&server, &["token", "crm"]).success();
    assert_eq!(logins(), logins_before_revoke + 2);
    std::thread::sleep(Duration::from_secs(5));
    team.run(&server, &["token", "crm"]).success();
    assert_eq!(logins(), logins_before_revoke + 3);
}

/// A request made on one of the team's machines is answered by a customer's admin (their own
/// computer, the encrypted file) and imported on another of the team's machines: its key
/// lives in the team store, not on the machine that made it.
#[test]
fn a_request_made_on_one_machine_is_imported_on_another() {
    let team = Team::start();
    let token = team.bao.token_with_policy("zcw-admin", ADMIN_POLICY);
    let laptop = team.machine("laptop", &token);
    let server = team.machine("server", &token);
    let port = team.port.to_string();
    let request = team.root.path().join("acme.zcwrequest");
    let request_arg = wine::host_path(&request);
    let new_request = |name: &str, extra: &[&str]| {
        let mut args = vec![
            "request",
            "new",
            name,
            "--template",
            "hotglue",
            "--port",
            &port,
            "--dc",
            "us",
            "--from",
            "Acme Integrations",
            "--out",
            &request_arg,
        ];
        args.extend_from_slice(extra);
        team.run(&laptop, &args).success()
    };
    let made =
        new_request("acme", &["--with-refresh-token"]).stdout_has("the team store (OpenBao/Vault)");
    let fingerprint = crate::onboarding::fingerprint(&made.stdout);
    let record = team
        .bao
        .kv_json("zcw/requests/acme")
        .expect("a request record");
    assert!(record["key"]
        .as_str()
        .unwrap()
        .starts_with("AGE-SECRET-KEY-1"));
    assert!(!std::fs::read_to_string(&request)
        .unwrap()
        .contains("AGE-SECRET-KEY"));
    team.run(&server, &["request", "list"])
        .success()
        .stdout_has("Waiting for the reply");

    // The customer's admin: a computer of their own, no team store.
    let customer = team.bare_machine("customer", &[]);
    let pass = team.root.path().join("customer-pass");
    std::fs::write(&pass, "correct horse battery staple\n").unwrap();
    let pass = wine::host_path(&pass);
    team.run(
        &customer,
        &["store", "--use", "file", "--passphrase-file", &pass],
    )
    .success();
    team.zcw(&customer)
        .args(["add", "acme", "--request", &request_arg])
        .args(["--client-id", TEST_CLIENT_ID, "--passphrase-file", &pass])
        .args(["--fingerprint", &fingerprint])
        .stdin(TEST_SECRET)
        .run()
        .success();
    team.run(
        &customer,
        &[
            "login",
            "acme",
            "--timeout",
            "30",
            "--passphrase-file",
            &pass,
        ],
    )
    .success();
    let reply = team.root.path().join("acme.zcwreply");
    team.run(
        &customer,
        &[
            "reply",
            "acme",
            "--out",
            &wine::host_path(&reply),
            "--passphrase-file",
            &pass,
        ],
    )
    .success();

    // Imported on the other machine; the key is gone from the store, from every version of the
    // request's record; the laptop sees it too.
    let versions_before = team.bao.kv_versions("zcw/requests/acme");
    assert!(versions_before.iter().any(|v| v.contains("AGE-SECRET-KEY")));
    team.run(&server, &["request", "import", &wine::host_path(&reply)])
        .success()
        .stdout_has("its sign-in works");
    let record = team
        .bao
        .kv_json("zcw/requests/acme")
        .expect("the request stays, answered");
    assert!(record.get("key").is_none(), "{record}");
    assert!(record["answered"]["at"].as_u64().is_some());
    let versions = team.bao.kv_versions("zcw/requests/acme");
    assert!(!versions.is_empty());
    for version in &versions {
        assert!(
            !version.contains("AGE-SECRET-KEY"),
            "a version keeps the key: {version}"
        );
    }
    // Cancelled: no version keeps its key either.
    new_request("second", &[]);
    assert!(team
        .bao
        .kv_versions("zcw/requests/second")
        .iter()
        .any(|v| v.contains("AGE-SECRET-KEY")));
    team.run(&server, &["request", "cancel", "second"])
        .success();
    assert!(team.bao.kv_versions("zcw/requests/second").is_empty());
    assert_eq!(
        team.bao
            .kv_field("zcw/secrets/acme", "client_secret")
            .as_deref(),
        Some(TEST_SECRET)
    );
    let token = team.run(&laptop, &["token", "acme"]).success();
    assert!(team.zoho.access_token_valid(token.stdout.trim()));
    team.run(&laptop, &["request", "import", &wine::host_path(&reply)])
        .exit(2)
        .stderr_has("already imported");
}
