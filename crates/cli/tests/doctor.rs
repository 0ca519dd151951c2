//! `zcw doctor`: with and without a keychain, with the network cut, and with the sign-in port held.
//! The accounts-server checks go to the emulator or a closed local port, never outside.

use std::time::Duration;

use zcw_test_support::{free_port, wine, TEST_SECRET};

use crate::Emulated;

fn check<'a>(report: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no check {id} in {report}"))
}

#[test]
fn a_working_computer_is_all_fine_and_the_report_holds_no_secret() {
    let setup = Emulated::start();
    let run = setup.run(&["doctor", "--json"]).success();
    let report = run.json();
    for id in [
        "keychain",
        "ports",
        "browser",
        "folder",
        "accounts-override",
    ] {
        assert_eq!(
            check(&report, id)["ok"],
            true,
            "{id}: {}",
            check(&report, id)
        );
    }
    assert_eq!(report["version"], env!("CARGO_PKG_VERSION"));
    run.never_shows(TEST_SECRET);
    setup
        .run(&["doctor"])
        .success()
        .stdout_has(&format!(
            "ok      Keychain: {} answers and is unlocked.",
            if wine::active() {
                "Windows Credential Manager"
            } else {
                "This computer's keychain"
            }
        ))
        .stdout_has("Everything looks fine");
}

#[test]
fn no_keychain_and_no_network_are_problems_with_a_fix_within_ten_seconds() {
    let mut setup = Emulated::start();
    // The keychain half cannot exist on Windows; the network half runs there too.
    let no_keychain =
        !wine::skip("the Credential Manager cannot be stopped (the network half of the test runs)");
    if no_keychain {
        setup.session.stop_keyring();
    }
    let closed = format!("http://127.0.0.1:{}", free_port());
    let run = setup
        .zcw()
        .args(["doctor", "--json"])
        .env("ZCW_ACCOUNTS_URL", &closed)
        .run()
        .exit(1);
    assert!(run.took < Duration::from_secs(10), "took {:?}", run.took);
    let report = run.json();
    let keychain = check(&report, "keychain");
    assert_eq!(keychain["ok"], !no_keychain);
    if no_keychain {
        assert!(keychain["fix"].as_str().unwrap().contains("encrypted file"));
    }
    let server = check(&report, "accounts-override");
    assert_eq!(server["ok"], false);
    assert!(server["fix"]
        .as_str()
        .unwrap()
        .contains("internet connection"));
    let text = setup
        .zcw()
        .args(["doctor"])
        .env("ZCW_ACCOUNTS_URL", &closed)
        .run()
        .exit(1)
        .stdout_has("PROBLEM Accounts server")
        .stdout_has("What to do:");
    if no_keychain {
        text.stdout_has("PROBLEM Keychain");
    }
}

#[test]
fn a_held_sign_in_port_names_the_program_holding_it() {
    let setup = Emulated::start();
    // The connection's own port, held by this test process.
    let holder = std::net::TcpListener::bind(("127.0.0.1", setup.port)).unwrap();
    let report = setup.run(&["doctor", "--json"]).exit(1).json();
    let ports = check(&report, "ports");
    assert_eq!(ports["ok"], false);
    let detail = ports["detail"].as_str().unwrap();
    assert!(detail.contains(&setup.port.to_string()), "{detail}");
    // Under Wine the holder is a Linux process, which Windows' port table cannot name.
    if !wine::active() {
        assert!(
            detail.contains(&format!("pid {}", std::process::id())),
            "{detail}"
        );
    }
    drop(holder);
}

#[test]
fn version_is_the_workspace_version() {
    let dir = tempfile::tempdir().unwrap();
    crate::zcw_in(dir.path())
        .arg("--version")
        .run()
        .success()
        .stdout_has(&format!("zcw {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn version_and_doctor_say_a_newer_version_the_app_has_seen() {
    let setup = Emulated::start();
    let file = setup.session.config_dir().join("connections.json");
    let mut book: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    book["updates"] = serde_json::json!({"checkedAt": 1, "newest": "99.0.0"});
    std::fs::write(&file, book.to_string()).unwrap();
    setup
        .run(&["--version"])
        .success()
        .stdout_has(&format!("zcw {}", env!("CARGO_PKG_VERSION")))
        .stderr_has("version 99.0.0 is available");
    let report = setup.run(&["doctor", "--json"]).json();
    let updates = check(&report, "updates");
    assert_eq!(updates["ok"], false, "{updates}");
    assert!(updates["fix"]
        .as_str()
        .unwrap()
        .contains("sudo apt upgrade"));
}
