//! `zcw login` and `zcw token` against the Zoho emulator, with the real keychain, a browser played by
//! curl, and every quirk of Zoho's on the way.

use std::io::{BufRead, BufReader};
use std::process::Command;

use std::time::Duration;

use zcw_test_support::emulator::{ZohoEmulator, TEST_EMAIL};
use zcw_test_support::flood::Flood;
#[cfg(unix)]
use zcw_test_support::session::assert_private;
use zcw_test_support::session::files_containing;
use zcw_test_support::{wine, RecordingBrowser, Run, Zcw};

use crate::ZCW;

const SECRET: &str = zcw_test_support::TEST_SECRET;

use crate::Emulated as Setup;

fn setup() -> Setup {
    Setup::start()
}

fn zcw(setup: &Setup) -> Zcw {
    setup.zcw()
}

fn run(setup: &Setup, args: &[&str]) -> Run {
    setup.run(args)
}

fn login(setup: &Setup) -> Run {
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
    )
}

#[test]
fn login_stores_tokens_and_token_prints_only_the_access_token() {
    let setup = setup();
    let login = login(&setup).success();
    assert_eq!(
        login.stdout.trim(),
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

    let token = run(&setup, &["token", "crm"]).success();
    assert_eq!(token.stdout.trim(), setup.zoho.last_access_token().unwrap());
    let json = run(&setup, &["token", "crm", "--json"]).success().json();
    assert_eq!(json["access_token"], token.stdout.trim());
    assert_eq!(json["api_domain"], "https://www.zohoapis.com");
    assert!(json["expires_at"].as_u64().unwrap() > 0);
    assert_eq!(setup.zoho.refreshes(), 0, "the cached token was used");

    let list = run(&setup, &["list"]).success().stdout_has("Connected");
    let show = run(&setup, &["show", "crm", "--json"]).success().json();
    assert_eq!(show["signedIn"]["email"], TEST_EMAIL);
    assert_eq!(show["signedIn"]["apiDomain"], "https://www.zohoapis.com");

    // The config folder is the user's alone, and neither the client secret nor the refresh token
    // is in any file, or in any output.
    // Windows guards the profile folder with its ACL; Unix modes mean nothing to the Windows build.
    #[cfg(unix)]
    if !wine::active() {
        assert_private(&setup.session.config_dir());
    }
    for needle in [SECRET, refresh_tokens[0].as_str()] {
        let found = files_containing(
            setup.session.root.path(),
            needle.as_bytes(),
            &setup.session.keyring_dir(),
        );
        assert!(found.is_empty(), "found in {found:?}");
        for run in [&login, &token, &list] {
            run.clone().never_shows(needle);
        }
    }
}

#[test]
fn login_with_headless_chromium_as_the_browser() {
    let mut setup = setup();
    setup.browser = RecordingBrowser::chromium(setup.session.root.path());
    login(&setup)
        .success()
        .stdout_has(&format!("Connected as {TEST_EMAIL}"));
    assert_eq!(setup.zoho.exchanges(), 1);
}

#[test]
fn pkce_off_applies_to_one_sign_in_only_and_says_so() {
    let setup = setup();
    run(
        &setup,
        &["login", "crm", "--pkce", "off", "--timeout", "30"],
    )
    .success()
    .stderr_has("PKCE is off for this sign-in only");
    assert!(!setup.browser.opened()[0].contains("code_challenge"));
    assert_eq!(setup.zoho.pkce_checked(), 0);
    let show = run(&setup, &["show", "crm", "--json"]).success();
    assert!(
        !show.stdout.to_lowercase().contains("pkce"),
        "{}",
        show.stdout
    );
    // The next sign-in uses PKCE again without being told.
    run(&setup, &["login", "crm", "--timeout", "30"]).success();
    assert_eq!(setup.zoho.pkce_checked(), 1);
}

#[test]
fn another_account_is_refused_unless_allowed_and_its_tokens_revoked() {
    let setup = setup();
    login(&setup).success();
    let first = setup.session.lookup("crm/refresh_token");
    setup
        .zoho
        .behave(|b| b.email = "someone.else@example.com".into());
    login(&setup)
        .exit(2)
        .stderr_has("Signed in as someone.else@example.com, but this connection was signed in as tester@example.com")
        .stderr_has("--allow-account-change");
    assert_eq!(
        setup.session.lookup("crm/refresh_token"),
        first,
        "the old sign-in stays"
    );
    assert_eq!(
        setup.zoho.revocations(),
        1,
        "the unwanted tokens were revoked"
    );
    run(
        &setup,
        &["login", "crm", "--timeout", "30", "--allow-account-change"],
    )
    .success()
    .stdout_has("Connected as someone.else@example.com");
    assert_ne!(setup.session.lookup("crm/refresh_token"), first);
}

#[test]
fn force_refresh_gets_a_new_token_even_when_the_cached_one_is_fresh() {
    let setup = setup();
    login(&setup).success();
    let cached = run(&setup, &["token", "crm"]).success().stdout;
    assert_eq!(setup.zoho.refreshes(), 0);
    let forced = run(&setup, &["token", "crm", "--force-refresh"])
        .success()
        .stdout;
    assert_eq!(setup.zoho.refreshes(), 1);
    assert_ne!(forced, cached);
    assert_eq!(forced.trim(), setup.zoho.last_access_token().unwrap());
    assert_eq!(run(&setup, &["token", "crm"]).success().stdout, forced);
}

#[test]
fn a_sign_in_that_never_comes_back_names_the_likely_causes() {
    let setup = setup();
    // Registered without this app's loopback address: Zoho shows its own error page instead.
    setup.zoho.register_client(
        zcw_test_support::TEST_CLIENT_ID,
        SECRET,
        &["https://hotglue.xyz/callback"],
    );
    let redirect = format!("http://localhost:{}/callback", setup.port);
    let run = run(&setup, &["login", "crm", "--timeout", "6"])
        .exit(1)
        .stderr_has("Still waiting for Zoho")
        .stderr_has("No answer came back from Zoho within 6 seconds")
        .stderr_has(&format!(
            "1. The redirect URI registered in the Zoho API console is not exactly {redirect}"
        ))
        .stderr_has("2. The client is registered in another data centre's console than US")
        .stderr_has("3. The browser is on another computer");
    assert_eq!(
        run.stderr.matches("Still waiting for Zoho").count(),
        1,
        "said once"
    );
}

#[test]
fn an_accounts_url_override_must_be_https_or_loopback() {
    let setup = setup();
    for bad in [
        "http://accounts.example.com",
        "ftp://127.0.0.1",
        "not a url",
    ] {
        zcw(&setup)
            .args(["token", "crm"])
            .env("ZCW_ACCOUNTS_URL", bad)
            .run()
            .exit(2)
            .stderr_has("ZCW_ACCOUNTS_URL");
    }
}

#[test]
fn no_browser_prints_the_url_and_waits() {
    let setup = setup();
    let mut child = zcw(&setup)
        .args(["login", "crm", "--no-browser", "--timeout", "30"])
        .spawn();
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
    let run =
        login(&setup).stderr_has("is not a known Zoho accounts server. Nothing was sent to it");
    assert_ne!(run.code, Some(0));
    assert!(evil.requests().is_empty(), "{:?}", evil.requests());
    assert_eq!(setup.zoho.exchanges(), 0);
    assert_eq!(setup.session.lookup("crm/refresh_token"), "");
}

#[test]
fn declining_and_a_wrong_secret_say_what_to_do() {
    let setup = setup();
    setup.zoho.behave(|b| b.deny = true);
    let declined = login(&setup).stderr_has("You declined access in Zoho");
    assert_ne!(declined.code, Some(0));

    setup.zoho.behave(|b| b.deny = false);
    zcw(&setup)
        .args(["set-secret", "crm"])
        .stdin("ffffffffffffffffffffffffffffffffffffffffff")
        .run()
        .success();
    let wrong = login(&setup).stderr_has(
        "the client secret is wrong, or this client is registered in another data centre",
    );
    assert_ne!(wrong.code, Some(0));
}

#[test]
fn a_callback_from_another_dc_updates_the_connection() {
    let setup = setup();
    setup.zoho.behave(|b| b.location = "eu".into());
    login(&setup)
        .success()
        .stderr_has("Zoho answered from the EU data centre, not US")
        .stdout_has(" · EU · ");
    let show = run(&setup, &["show", "crm", "--json"]).success().json();
    assert_eq!(show["dc"], "eu");
    assert_eq!(show["signedIn"]["apiDomain"], "https://www.zohoapis.eu");
}

#[test]
fn fifty_parallel_token_calls_after_expiry_refresh_once() {
    let setup = setup();
    // The first access token lives 5 s, less than the 10 s kept as margin: every caller wants a
    // new one.
    setup.zoho.behave(|b| b.code_expires_in = 5);
    login(&setup).success();
    let children: Vec<_> = (0..50)
        .map(|_| zcw(&setup).args(["token", "crm"]).spawn())
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
    run(&setup, &["token", "crm"])
        .exit(4)
        .stderr_has("zcw login crm");

    // Every token expires at once, so each call refreshes: the 11th in 10 minutes is refused.
    setup.zoho.behave(|b| {
        b.code_expires_in = 5;
        b.refresh_expires_in = 5;
    });
    login(&setup).success();
    for _ in 0..10 {
        run(&setup, &["token", "crm"]).success();
    }
    run(&setup, &["token", "crm"])
        .exit(5)
        .stderr_has("at most 10 new access tokens per 10 minutes");
    assert_eq!(setup.zoho.refreshes(), 10, "the 11th never reached Zoho");

    // A revoked refresh token (Zoho's 20-token cap) means signing in again.
    login(&setup).success();
    setup.zoho.revoke_all();
    run(&setup, &["token", "crm"])
        .exit(4)
        .stderr_has("keeps at most 20");

    // Zoho unreachable.
    login(&setup).success();
    let url = setup.zoho.url().to_string();
    let Setup {
        session,
        zoho,
        browser,
        ..
    } = setup;
    drop(zoho);
    session
        .zcw(ZCW)
        .args(["token", "crm"])
        .env("ZCW_ACCOUNTS_URL", &url)
        .env("BROWSER", &browser.program)
        .run()
        .exit(6)
        .stderr_has("could not be reached");
}

/// Whether something still listens on `ip:port` (binding it again fails).
fn still_bound(ip: &str, port: u16) -> bool {
    std::net::TcpListener::bind((ip, port)).is_err()
}

#[test]
fn a_callback_sent_during_a_flood_of_idle_connections_still_signs_in() {
    if wine::skip("ulimit -n: Windows has no per-process open-file limit to meet") {
        return;
    }
    let setup = setup();
    // The common desktop limit of 1024 open files.
    let mut login = zcw(&setup)
        .open_files_limit(1024)
        .args(["login", "crm", "--no-browser", "--timeout", "90"])
        .spawn();
    let mut stdout = BufReader::new(login.stdout.take().unwrap());
    let mut url = String::new();
    stdout.read_line(&mut url).unwrap();

    // 4,000 idle connections over 15 s; the genuine callback comes 10 s into it, while the
    // flood holds every slot it can.
    let mut flood = Flood::begin(setup.port, 4000, 15.0);
    std::thread::sleep(Duration::from_secs(10));
    assert!(still_bound("127.0.0.1", setup.port), "127.0.0.1 was let go");
    let v6 = std::net::TcpListener::bind(("::1", 0)).is_ok();
    assert!(!v6 || still_bound("::1", setup.port), "::1 was let go");
    let page = Command::new("curl")
        .args(["-sSL", "--max-time", "20", url.trim()])
        .output()
        .unwrap();
    assert!(page.status.success(), "{page:?}");
    assert!(String::from_utf8_lossy(&page.stdout).contains("You can close this window"));
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    assert!(login.wait().unwrap().success(), "{rest}");
    assert!(
        rest.contains(&format!("Connected as {TEST_EMAIL}")),
        "{rest}"
    );
    eprintln!("flood: {}", flood.tally());
}

#[test]
fn logout_revokes_at_zoho_and_token_then_needs_a_sign_in() {
    let setup = setup();
    login(&setup).success();
    let access = run(&setup, &["token", "crm"]).success().stdout;
    run(&setup, &["logout", "crm"])
        .success()
        .stdout_has("Zoho revoked the sign-in of \"crm\"")
        .stdout_has("zcw login crm");
    assert_eq!(setup.zoho.revocations(), 1);
    assert!(
        !setup.zoho.access_token_valid(access.trim()),
        "the access tokens made from it end too"
    );
    assert_eq!(setup.session.lookup("crm/refresh_token"), "");
    assert_eq!(setup.session.lookup("crm/access_token"), "");
    assert_eq!(
        setup.session.lookup("crm/client_secret"),
        SECRET,
        "the secret stays"
    );
    run(&setup, &["token", "crm"])
        .exit(4)
        .stderr_has("zcw login crm");
}

#[test]
fn remove_revokes_first_and_zoho_down_keeps_everything_unless_local_only() {
    let setup = setup();
    login(&setup).success();
    let url = setup.zoho.url().to_string();
    let Setup { session, zoho, .. } = setup;
    drop(zoho);
    // Zoho down: nothing deleted, and the user is told how to go on.
    for args in [&["logout", "crm"][..], &["remove", "crm", "--yes"][..]] {
        session
            .zcw(ZCW)
            .args(args)
            .env("ZCW_ACCOUNTS_URL", &url)
            .run()
            .exit(6)
            .stderr_has("could not be reached to revoke")
            .stderr_has("Connected apps")
            .stderr_has("--local-only");
        assert!(!session.lookup("crm/refresh_token").is_empty());
    }
    session
        .zcw(ZCW)
        .args(["remove", "crm", "--yes", "--local-only"])
        .env("ZCW_ACCOUNTS_URL", &url)
        .run()
        .success()
        .stdout_has("Revoke the sign-in by hand");
    for entry in ["crm/refresh_token", "crm/access_token", "crm/client_secret"] {
        assert_eq!(session.lookup(entry), "", "{entry}");
    }
}

#[test]
fn remove_of_a_connected_connection_revokes_it() {
    let setup = setup();
    login(&setup).success();
    run(&setup, &["remove", "crm", "--yes"])
        .success()
        .stdout_has("Zoho revoked the sign-in");
    assert_eq!(setup.zoho.revocations(), 1);
    assert_eq!(setup.zoho.refresh_tokens().len(), 0);
}
