//! What only the Windows build has, run under Wine: the settings folder in `%APPDATA%`, and the
//! client secret as Windows' own Credential Manager API reads it (target, comment, persistence).

use serde_json::Value;
use zcw_test_support::session::KeyringSession;
use zcw_test_support::{wine, Zcw, TEST_CLIENT_ID, TEST_SECRET};

use crate::zcw;

/// `CRED_PERSIST_LOCAL_MACHINE`: the credential stays on this computer, never roams.
const PERSIST_LOCAL_MACHINE: &str = "persist=2";

/// `zcw` in the session; with `in_appdata`, without the config-folder override.
fn zcw_here(session: &KeyringSession, in_appdata: bool) -> Zcw {
    assert!(
        wine::active(),
        "run by scripts/wine-tests.sh, against zcw.exe"
    );
    let mut zcw = zcw(session);
    if in_appdata {
        zcw.env_remove("ZCW_CONFIG_DIR");
    }
    zcw
}

fn add(session: &KeyringSession, name: &str, in_appdata: bool) {
    zcw_here(session, in_appdata)
        .args(["add", name, "--client-id", TEST_CLIENT_ID])
        .args(["--template", "hotglue"])
        .stdin(TEST_SECRET)
        .run()
        .success();
}

#[test]
#[ignore = "for the Windows build: scripts/wine-tests.sh runs it"]
fn without_an_override_the_settings_live_in_appdata() {
    let session = KeyringSession::start();
    add(&session, "crm", true);
    let folder = session
        .wine_prefix()
        .unwrap()
        .appdata()
        .join("zoho-credential-wizard")
        .join("config");
    let book: Value =
        serde_json::from_slice(&std::fs::read(folder.join("connections.json")).unwrap()).unwrap();
    assert_eq!(book["connections"][0]["name"], "crm");
    assert!(
        !session.config_dir().join("connections.json").exists(),
        "the override folder stays unused"
    );
    // The file lock and the atomic replace work there too: a second add, then a rename, are
    // both in the file, and no temporary file is left behind.
    add(&session, "books", true);
    zcw_here(&session, true)
        .args(["rename", "books", "books-eu"])
        .run()
        .success();
    let list = zcw_here(&session, true)
        .args(["list", "--json"])
        .run()
        .success()
        .json();
    let mut names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    assert_eq!(names, ["books-eu", "crm"]);
    let leftovers: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let doctor = zcw_here(&session, true)
        .args(["doctor", "--json"])
        .run()
        .json();
    let folder_check = doctor["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "folder")
        .unwrap();
    assert!(
        folder_check["detail"]
            .as_str()
            .unwrap()
            .contains(r"AppData\Roaming\zoho-credential-wizard\config"),
        "{folder_check}"
    );
}

#[test]
#[ignore = "for the Windows build: scripts/wine-tests.sh runs it"]
fn the_client_secret_is_a_local_generic_credential_windows_can_read() {
    let session = KeyringSession::start();
    add(&session, "crm", false);
    let (secret, fields) = session
        .wine_prefix()
        .unwrap()
        .read_entry("crm/client_secret")
        .expect("CredReadW finds the credential");
    assert_eq!(secret, TEST_SECRET);
    assert!(fields.contains("user=crm/client_secret"), "{fields}");
    assert!(
        fields.contains("comment=Zoho client secret: crm"),
        "{fields}"
    );
    assert!(fields.contains(PERSIST_LOCAL_MACHINE), "{fields}");
}
