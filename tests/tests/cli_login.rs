//! `zcw login` and `zcw token` against the Zoho emulator, with the real keychain, a browser played by
//! curl, and every facts-sheet quirk on the way.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::Value;
use zcw_tests::emulator::{ZohoEmulator, TEST_EMAIL};
use zcw_tests::session::{files_containing, KeyringSession};
use zcw_tests::RecordingBrowser;

const SECRET: &str = zcw_tests::TEST_SECRET;

struct Setup {
    session: KeyringSession,
    zoho: ZohoEmulator,
    browser: RecordingBrowser,
}

/// A keychain, an emulator with our client registered, and a saved connection "crm".
fn setup() -> Setup {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    session.add_registered_connection(&zoho, "crm");
    let browser = RecordingBrowser::following(session.root.path());
    Setup {
        session,
        zoho,
        browser,
    }
}

fn zcw(setup: &Setup) -> Command {
    let mut cmd = setup.session.zcw();
    cmd.env("ZCW_ACCOUNTS_URL", setup.zoho.url())
        .env("BROWSER", &setup.browser.program);
    cmd
}

fn run(setup: &Setup, args: &[&str], stdin: &str) -> (Option<i32>, String, String) {
    let mut child = zcw(setup)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn login(setup: &Setup) -> (Option<i32>, String, String) {
    run(
        setup,
        &[
            "login",
            "crm",
            "--timeout",
            "30",
            "--scope",
            "ZohoCRM.modules.ALL",
            "--scope",
            "AaaServer.profile.READ",
        ],
        "",
    )
}

#[test]
fn login_stores_tokens_and_token_prints_only_the_access_token() {
    let setup = setup();
    let (code, stdout, stderr) = login(&setup);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout.trim(),
        format!("Connected as {TEST_EMAIL} · US · ZohoCRM.modules.ALL, AaaServer.profile.READ")
    );
    assert_eq!(setup.zoho.exchanges(), 1);
    assert_eq!(
        setup.zoho.pkce_checked(),
        1,
        "PKCE S256 was sent and verified"
    );
    let opened = setup.browser.opened();
    assert!(
        opened[0].starts_with(&format!("{}/oauth/v2/auth?", setup.zoho.url())),
        "{opened:?}"
    );
    for part in [
        "access_type=offline",
        "prompt=consent",
        "code_challenge_method=S256",
        "scope=ZohoCRM.modules.ALL%2CAaaServer.profile.READ",
    ] {
        assert!(
            opened[0].contains(part),
            "{part} missing from {}",
            opened[0]
        );
    }

    let refresh_tokens = setup.zoho.refresh_tokens();
    assert_eq!(refresh_tokens.len(), 1);
    assert_eq!(setup.session.lookup("crm/refresh_token"), refresh_tokens[0]);

    let (code, token, _) = run(&setup, &["token", "crm"], "");
    assert_eq!(code, Some(0));
    assert_eq!(token.trim(), setup.zoho.last_access_token().unwrap());
    let (_, json, _) = run(&setup, &["token", "crm", "--json"], "");
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["access_token"], token.trim());
    assert_eq!(json["api_domain"], "https://www.zohoapis.com");
    assert!(json["expires_at"].as_u64().unwrap() > 0);
    assert_eq!(setup.zoho.refreshes(), 0, "the cached token was used");

    let (_, list, _) = run(&setup, &["list"], "");
    assert!(list.contains("Connected"), "{list}");
    let (_, show, _) = run(&setup, &["show", "crm", "--json"], "");
    let show: Value = serde_json::from_str(&show).unwrap();
    assert_eq!(show["zoho"]["email"], TEST_EMAIL);
    assert_eq!(show["zoho"]["apiDomain"], "https://www.zohoapis.com");

    // Neither the client secret nor the refresh token is in any file, or in any output.
    for needle in [SECRET, refresh_tokens[0].as_str()] {
        let found = files_containing(
            setup.session.root.path(),
            needle.as_bytes(),
            &setup.session.keyring_dir(),
        );
        assert!(found.is_empty(), "found in {found:?}");
        for text in [&stdout, &stderr, &token, &list] {
            assert!(!text.contains(needle));
        }
    }
}

#[test]
fn login_with_headless_chromium_as_the_browser() {
    let mut setup = setup();
    setup.browser = RecordingBrowser::chromium(setup.session.root.path());
    let (code, stdout, stderr) = login(&setup);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains(&format!("Connected as {TEST_EMAIL}")),
        "{stdout}"
    );
    assert_eq!(setup.zoho.exchanges(), 1);
}

#[test]
fn pkce_can_be_switched_off_per_connection() {
    let setup = setup();
    let (code, _, stderr) = run(
        &setup,
        &["login", "crm", "--pkce", "off", "--timeout", "30"],
        "",
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert!(!setup.browser.opened()[0].contains("code_challenge"));
    assert_eq!(setup.zoho.pkce_checked(), 0);
    let (_, show, _) = run(&setup, &["show", "crm", "--json"], "");
    assert_eq!(
        serde_json::from_str::<Value>(&show).unwrap()["usePkce"],
        false
    );
    let (code, _, _) = run(
        &setup,
        &["login", "crm", "--pkce", "on", "--timeout", "30"],
        "",
    );
    assert_eq!(code, Some(0));
    assert_eq!(setup.zoho.pkce_checked(), 1);
}

#[test]
fn no_browser_prints_the_url_and_waits() {
    let setup = setup();
    let mut child = zcw(&setup)
        .args(["login", "crm", "--no-browser", "--timeout", "30"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut url = String::new();
    stdout.read_line(&mut url).unwrap();
    assert!(
        url.starts_with(&format!("{}/oauth/v2/auth?", setup.zoho.url())),
        "{url}"
    );
    assert!(setup.browser.opened().is_empty(), "no browser was started");
    let page = Command::new("curl")
        .args(["-sSL", "--max-time", "20", url.trim()])
        .output()
        .unwrap();
    assert!(page.status.success(), "{page:?}");
    let page = String::from_utf8_lossy(&page.stdout);
    assert!(page.contains("You can close this window"), "{page}");
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    assert!(
        rest.contains(&format!("Connected as {TEST_EMAIL}")),
        "{rest}"
    );
}

#[test]
fn a_callback_naming_a_foreign_accounts_server_sends_it_nothing() {
    let setup = setup();
    let evil = ZohoEmulator::start();
    setup
        .zoho
        .behave(|b| b.accounts_server = Some(evil.url().to_string()));
    let (code, _, stderr) = login(&setup);
    assert_ne!(code, Some(0));
    assert!(
        stderr.contains("is not a known Zoho accounts server. Nothing was sent to it"),
        "{stderr}"
    );
    assert!(evil.requests().is_empty(), "{:?}", evil.requests());
    assert_eq!(setup.zoho.exchanges(), 0);
    assert_eq!(setup.session.lookup("crm/refresh_token"), "");
}

#[test]
fn declining_and_a_wrong_secret_say_what_to_do() {
    let setup = setup();
    setup.zoho.behave(|b| b.deny = true);
    let (code, _, stderr) = login(&setup);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("You declined access in Zoho"), "{stderr}");

    setup.zoho.behave(|b| b.deny = false);
    let (code, _, _) = run(
        &setup,
        &["set-secret", "crm"],
        "ffffffffffffffffffffffffffffffffffffffffff",
    );
    assert_eq!(code, Some(0));
    let (code, _, stderr) = login(&setup);
    assert_ne!(code, Some(0));
    assert!(
        stderr.contains(
            "the client secret is wrong, or this client is registered in another data centre"
        ),
        "{stderr}"
    );
}

#[test]
fn a_callback_from_another_dc_updates_the_profile() {
    let setup = setup();
    setup.zoho.behave(|b| b.location = "eu".into());
    let (code, stdout, stderr) = login(&setup);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("Zoho answered from the EU data centre, not US"),
        "{stderr}"
    );
    assert!(stdout.contains(" · EU · "), "{stdout}");
    let (_, show, _) = run(&setup, &["show", "crm", "--json"], "");
    let show: Value = serde_json::from_str(&show).unwrap();
    assert_eq!(show["dc"], "eu");
    assert_eq!(show["zoho"]["apiDomain"], "https://www.zohoapis.eu");
}

#[test]
fn fifty_parallel_token_calls_after_expiry_refresh_once() {
    let setup = setup();
    // The first access token is already within its last minute: every caller wants a new one.
    setup.zoho.behave(|b| b.code_expires_in = 30);
    assert_eq!(login(&setup).0, Some(0));
    let children: Vec<_> = (0..50)
        .map(|_| {
            zcw(&setup)
                .args(["token", "crm"])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let tokens: Vec<String> = children
        .into_iter()
        .map(|child| {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).trim().to_string()
        })
        .collect();
    assert_eq!(
        setup.zoho.refreshes(),
        1,
        "exactly one refresh reached Zoho"
    );
    let fresh = setup.zoho.last_access_token().unwrap();
    assert!(
        tokens.iter().all(|t| *t == fresh),
        "all 50 print the refreshed token"
    );
}

#[test]
fn token_exit_codes_for_login_rate_limit_and_network() {
    let setup = setup();
    let (code, _, stderr) = run(&setup, &["token", "crm"], "");
    assert_eq!(code, Some(4), "{stderr}");
    assert!(stderr.contains("zcw login crm"), "{stderr}");

    // Every token expires at once, so each call refreshes: the 11th in 10 minutes is refused.
    setup.zoho.behave(|b| {
        b.code_expires_in = 30;
        b.refresh_expires_in = 30;
    });
    assert_eq!(login(&setup).0, Some(0));
    for _ in 0..10 {
        assert_eq!(run(&setup, &["token", "crm"], "").0, Some(0));
    }
    let (code, _, stderr) = run(&setup, &["token", "crm"], "");
    assert_eq!(code, Some(5), "{stderr}");
    assert!(
        stderr.contains("at most 10 new access tokens per 10 minutes"),
        "{stderr}"
    );
    assert_eq!(setup.zoho.refreshes(), 10, "the 11th never reached Zoho");

    // A revoked refresh token (Zoho's 20-token cap) means signing in again.
    assert_eq!(login(&setup).0, Some(0));
    setup.zoho.revoke_all();
    let (code, _, stderr) = run(&setup, &["token", "crm"], "");
    assert_eq!(code, Some(4), "{stderr}");
    assert!(stderr.contains("keeps at most 20"), "{stderr}");

    // Zoho unreachable.
    assert_eq!(login(&setup).0, Some(0));
    let url = setup.zoho.url().to_string();
    let Setup {
        session,
        zoho,
        browser,
    } = setup;
    drop(zoho);
    let mut cmd = session.zcw();
    let out = cmd
        .args(["token", "crm"])
        .env("ZCW_ACCOUNTS_URL", &url)
        .env("BROWSER", &browser.program)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(6),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not be reached"));
}
