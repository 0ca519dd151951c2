//! `zcw add`, `list`, `show`, `set-secret`, `rename`, `remove` and `store` against a real Secret
//! Service (gnome-keyring on a private bus), cross-checked with `secret-tool`.

use std::io::Write;
use std::time::Duration;

use serde_json::Value;
use zcw_test_support::session::{files_containing, KeyringSession};
use zcw_test_support::{wine, Run};

use crate::zcw;

const SECRET: &str = zcw_test_support::TEST_SECRET;
const OTHER_SECRET: &str = "fedcba9876543210fedcba9876543210fedcba9876";
const CLIENT_ID: &str = zcw_test_support::TEST_CLIENT_ID;

fn add_args(name: &str) -> Vec<String> {
    [
        "add",
        name,
        "--client-id",
        CLIENT_ID,
        "--template",
        "catalyst",
        "--project",
        "Lead Manager",
        "--org",
        "60012345678",
        "--dc",
        "eu",
    ]
    .map(String::from)
    .to_vec()
}

fn add(session: &KeyringSession, name: &str, secret: &str) -> Run {
    zcw(session).args(add_args(name)).stdin(secret).run()
}

fn run(session: &KeyringSession, args: &[&str]) -> Run {
    zcw(session).args(args).run()
}

#[test]
fn add_puts_the_secret_in_the_keychain_and_remove_deletes_it() {
    let session = KeyringSession::start();
    let added = add(&session, "crm", &format!("  {SECRET}\n"));
    let added = added.exit(0);
    let added = added.stdout_has("Saved connection \"crm\"");
    added.stdout_has(&format!("{} · ••••6789", wine::keychain_description()));

    assert_eq!(session.lookup("crm/client_secret"), SECRET);
    assert_eq!(
        session.label("crm/client_secret"),
        "Zoho client secret: crm"
    );

    let list = run(&session, &["list", "--json"]);
    let connections: Value = serde_json::from_str(&list.stdout).unwrap();
    assert_eq!(connections[0]["name"], "crm");
    assert_eq!(connections[0]["clientId"], CLIENT_ID);
    assert_eq!(connections[0]["dc"], "eu");
    assert_eq!(connections[0]["secretStore"], "keychain");
    assert_eq!(
        connections[0]["loopbackUri"],
        "http://localhost:47823/callback"
    );
    let table = run(&session, &["list"]).stdout;
    assert!(
        table.contains("crm") && table.contains("EU") && table.contains(CLIENT_ID),
        "{table}"
    );
    let show = run(&session, &["show", "crm"]).stdout;
    assert!(
        show.contains(
            "https://leadmanager-60012345678.development.catalystserverless.eu/app/index.html"
        ),
        "{show}"
    );
    for output in [&list.stdout, &table, &show] {
        assert!(!output.contains(SECRET));
    }

    let declined = run(&session, &["remove", "crm"]);
    assert_eq!(declined.code, Some(2));
    declined.stderr_has("Add --yes");
    assert_eq!(session.lookup("crm/client_secret"), SECRET);

    let removed = run(&session, &["remove", "crm", "--yes"]);
    removed.exit(0);
    assert_eq!(session.lookup("crm/client_secret"), "");
    assert_eq!(run(&session, &["list", "--json"]).stdout.trim(), "[]");
}

#[test]
fn set_secret_and_rename_keep_the_keychain_in_step() {
    let session = KeyringSession::start();
    assert_eq!(add(&session, "crm", SECRET).code, Some(0));
    let replaced = zcw(&session)
        .args(["set-secret", "crm"])
        .stdin(OTHER_SECRET)
        .run();
    let replaced = replaced.exit(0);
    replaced.stdout_has("••••9876");
    assert_eq!(session.lookup("crm/client_secret"), OTHER_SECRET);

    let renamed = run(&session, &["rename", "crm", "crm-eu"]);
    renamed.exit(0);
    assert_eq!(session.lookup("crm-eu/client_secret"), OTHER_SECRET);
    assert_eq!(session.lookup("crm/client_secret"), "");
    assert_eq!(
        session.label("crm-eu/client_secret"),
        "Zoho client secret: crm-eu"
    );

    let missing = run(&session, &["show", "crm"]);
    assert_eq!(missing.code, Some(2));
    missing.stderr_has("There is no connection named \"crm\"");
}

#[test]
fn a_rename_that_changes_only_case_keeps_the_secret() {
    // Windows' Credential Manager finds targets ignoring case: moving "crm" to "CRM" there is
    // writing and then deleting one and the same credential.
    let session = KeyringSession::start();
    assert_eq!(add(&session, "crm", SECRET).code, Some(0));
    run(&session, &["rename", "crm", "CRM"]).success();
    assert_eq!(session.lookup("CRM/client_secret"), SECRET);
    let show = run(&session, &["show", "CRM", "--json"]).success().json();
    assert_eq!(show["name"], "CRM");
    assert_eq!(show["secretStore"], "keychain");
    run(&session, &["remove", "CRM", "--yes"]).success();
    assert_eq!(session.lookup("CRM/client_secret"), "");
    assert_eq!(session.lookup("crm/client_secret"), "");
}

#[test]
fn bad_input_is_refused_before_the_secret_is_asked_for() {
    let session = KeyringSession::start();
    assert_eq!(add(&session, "crm", SECRET).code, Some(0));
    let duplicate = add(&session, "CRM", OTHER_SECRET);
    assert_eq!(duplicate.code, Some(2));
    duplicate.stderr_has("already exists");
    // Nothing was written: on Linux there is no such entry; Windows' Credential Manager finds
    // targets ignoring case, so there it is crm's own, unchanged.
    assert_ne!(session.lookup("CRM/client_secret"), OTHER_SECRET);

    let mut swapped = add_args("swapped");
    swapped[3] = SECRET.to_string();
    let run = zcw(&session).args(&swapped).stdin(CLIENT_ID).run();
    assert_eq!(run.code, Some(2));
    run.stderr_has("--client-id: This looks like the Client Secret");

    let id_as_secret = add(&session, "id-as-secret", CLIENT_ID);
    assert_eq!(id_as_secret.code, Some(2));
    id_as_secret.stderr_has("looks like the Client ID");

    let empty = add(&session, "empty", "\n");
    assert_eq!(empty.code, Some(2));
    empty.stderr_has("Paste the Client Secret");

    let mut odd_args = add_args("odd");
    odd_args[3] = "1000.abc".to_string();
    let odd = zcw(&session).args(&odd_args).stdin("short-secret").run();
    let odd = odd.exit(0);
    odd.stderr_has("warning: This does not look like a Zoho Client ID");
}

fn assert_nothing_written(session: &KeyringSession) {
    let written: Vec<_> = std::fs::read_dir(session.config_dir())
        .map(|entries| entries.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(written.is_empty(), "files were written: {written:?}");
}

#[test]
fn no_session_bus_fails_fast_with_advice_and_writes_nothing() {
    if wine::skip("Windows has no session bus: the Credential Manager is part of the system") {
        return;
    }
    let session = KeyringSession::start();
    let run = zcw(&session)
        .args(add_args("crm"))
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .stdin(SECRET)
        .run();
    let run = run.exit(3);
    let run = run.stderr_has("This computer's keychain is not available");
    let run = run.stderr_has("choose the encrypted file");
    assert!(!run.stderr.contains(SECRET));
    assert!(run.took < Duration::from_secs(6), "took {:?}", run.took);
    assert_nothing_written(&session);
}

#[test]
fn stopped_keyring_fails_fast_with_advice_and_writes_nothing() {
    if wine::skip("the Credential Manager cannot be stopped: it is part of the system") {
        return;
    }
    let mut session = KeyringSession::start();
    session.stop_keyring();
    let run = add(&session, "crm", SECRET);
    let run = run.exit(3);
    let run = run.stderr_has("Install and start a keyring");
    assert!(run.took < Duration::from_secs(6), "took {:?}", run.took);
    assert_nothing_written(&session);
}

#[test]
fn locked_keyring_fails_fast_with_advice_and_writes_nothing() {
    if wine::skip("the Credential Manager has no lock of its own: the Windows sign-in unlocks it") {
        return;
    }
    let session = KeyringSession::start();
    session.lock();
    let run = add(&session, "crm", SECRET);
    let run = run.exit(3);
    let run = run.stderr_has("locked");
    let run = run.stderr_has("Unlock it");
    assert!(run.took < Duration::from_secs(6), "took {:?}", run.took);
    assert_nothing_written(&session);
    assert_eq!(session.lookup("crm/client_secret"), "");
}

#[test]
fn encrypted_file_store_round_trip_and_wrong_passphrase() {
    let session = KeyringSession::start();
    let passphrase_file = session.root.path().join("passphrase.txt");
    std::fs::write(&passphrase_file, "correct horse battery staple\n").unwrap();
    let pass = passphrase_file.to_str().unwrap();

    let shown = run(&session, &["store"]);
    shown.stdout_has(&format!(
        "New secrets are stored in {}",
        wine::keychain_description()
    ));
    let switched = run(
        &session,
        &["store", "--use", "file", "--passphrase-file", pass],
    );
    let switched = switched.exit(0);
    switched.stdout_has("the encrypted file");

    let no_pass = add(&session, "crm", SECRET);
    let no_pass = no_pass.exit(3);
    no_pass.stderr_has("--passphrase-file");

    let mut args = add_args("crm");
    args.extend(["--passphrase-file".to_string(), pass.to_string()]);
    let added = zcw(&session).args(&args).stdin(SECRET).run();
    let added = added.exit(0);
    added.stdout_has("the encrypted file · ••••6789");
    assert_eq!(
        session.lookup("crm/client_secret"),
        "",
        "not in the keychain"
    );

    let store_file = session.config_dir().join("secrets.age");
    let bytes = std::fs::read(&store_file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(files_containing(
        &session.config_dir(),
        SECRET.as_bytes(),
        &session.keyring_dir()
    )
    .is_empty());

    let wrong_file = session.root.path().join("wrong.txt");
    std::fs::write(&wrong_file, "wrong horse").unwrap();
    let wrong = zcw(&session)
        .args([
            "set-secret",
            "crm",
            "--passphrase-file",
            wrong_file.to_str().unwrap(),
        ])
        .stdin(OTHER_SECRET)
        .run();
    let wrong = wrong.exit(2);
    wrong.stderr_has("Wrong passphrase for the encrypted file");

    let removed = run(
        &session,
        &["remove", "crm", "--yes", "--passphrase-file", pass],
    );
    removed.exit(0);
}

#[test]
fn the_secret_is_never_on_disk_in_output_or_in_errors() {
    let session = KeyringSession::start();
    let mut outputs = Vec::new();
    let added = add(&session, "crm", SECRET);
    let added = added.exit(0);
    outputs.push(added);
    outputs.push(
        zcw(&session)
            .args(["set-secret", "crm"])
            .stdin(SECRET)
            .run(),
    );
    outputs.push(add(&session, "crm", SECRET)); // refused: exists
    outputs.push(run(&session, &["list", "--json"]));
    outputs.push(run(&session, &["show", "crm", "--json"]));
    for run in &outputs {
        assert!(!run.stdout.contains(SECRET) && !run.stderr.contains(SECRET));
    }
    assert_eq!(session.lookup("crm/client_secret"), SECRET);
    let found = files_containing(
        session.root.path(),
        SECRET.as_bytes(),
        &session.keyring_dir(),
    );
    assert!(found.is_empty(), "the secret is on disk in {found:?}");
}

#[test]
fn killing_the_cli_mid_save_never_breaks_the_connections_file() {
    let session = KeyringSession::start();
    let path = session.config_dir().join("connections.json");
    // The kills start once a run has got going: milliseconds natively, about a second under Wine.
    let started = std::time::Instant::now();
    run(&session, &["list"]).success();
    let startup = started.elapsed().as_millis() as u64 / 2;
    let mut seen_names = 0;
    for round in 0..40u64 {
        let mut child = zcw(&session).args(add_args(&format!("p{round}"))).spawn();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(SECRET.as_bytes())
            .unwrap();
        // Spread the kills over the whole save: keychain write, read-back, metadata write.
        std::thread::sleep(Duration::from_millis(startup + (round * 13) % 150));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        if let Ok(bytes) = std::fs::read(&path) {
            let book: Value = serde_json::from_slice(&bytes)
                .unwrap_or_else(|e| panic!("round {round}: connections.json does not parse: {e}"));
            assert_eq!(book["version"], 2);
            let connections = book["connections"].as_array().unwrap();
            assert!(
                connections.len() >= seen_names,
                "round {round}: a saved connection was lost"
            );
            for connection in connections {
                assert_eq!(
                    connection["clientId"], CLIENT_ID,
                    "round {round}: broken connection"
                );
                assert_eq!(connection["redirectUris"].as_array().unwrap().len(), 3);
            }
            seen_names = connections.len();
        }
    }
    assert!(
        seen_names > 0,
        "no save completed in 40 rounds: the kill timing needs a look"
    );
}

#[test]
fn parallel_adds_lose_no_update() {
    let session = KeyringSession::start();
    let children: Vec<_> = (0..8)
        .map(|i| {
            let mut child = zcw(&session)
                .args(add_args(&format!("parallel-{i}")))
                .spawn();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(SECRET.as_bytes())
                .unwrap();
            child
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let list: Value = serde_json::from_str(&run(&session, &["list", "--json"]).stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 8);
}

#[test]
fn a_corrupt_connections_file_is_moved_aside_and_reported() {
    let session = KeyringSession::start();
    std::fs::create_dir_all(session.config_dir()).unwrap();
    let path = session.config_dir().join("connections.json");
    std::fs::write(&path, b"{\"version\": 2, \"connections\": [").unwrap();
    run(&session, &["list"])
        .exit(1)
        .stderr_has("The connections file could not be read")
        .stderr_has("connections.json.corrupt-");
    assert!(!path.exists());
    let kept: Vec<_> = std::fs::read_dir(session.config_dir())
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("connections.json.corrupt-")
        })
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(kept[0].path()).unwrap(),
        b"{\"version\": 2, \"connections\": ["
    );
    assert_eq!(run(&session, &["list", "--json"]).stdout.trim(), "[]");
}

#[test]
fn a_connections_file_of_an_older_version_is_read_and_migrated() {
    let session = KeyringSession::start();
    assert_eq!(add(&session, "crm", SECRET).code, Some(0));
    // Turn the file back into what version 0.1 wrote: profiles.json, schema 1, `zoho` keys.
    let new = session.config_dir().join("connections.json");
    let mut doc: Value = serde_json::from_slice(&std::fs::read(&new).unwrap()).unwrap();
    let connections = doc.as_object_mut().unwrap().remove("connections").unwrap();
    doc["profiles"] = connections;
    doc["version"] = 1.into();
    std::fs::write(session.config_dir().join("profiles.json"), doc.to_string()).unwrap();
    std::fs::remove_file(&new).unwrap();

    let list = run(&session, &["list", "--json"]).success().json();
    assert_eq!(list[0]["name"], "crm");
    run(&session, &["rename", "crm", "crm-eu"]).success();
    assert!(new.exists());
    assert!(!session.config_dir().join("profiles.json").exists());
    assert_eq!(session.lookup("crm-eu/client_secret"), SECRET);
}
