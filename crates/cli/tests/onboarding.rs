//! Two-party onboarding end to end: the staff (the encrypted file, a config folder of their
//! own) make a request, the admin (the keychain) creates the client from it, signs in and replies,
//! the staff import the reply; and a Self Client's self_client.json.

use std::path::{Path, PathBuf};

use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::session::{files_containing, KeyringSession};
use zcw_test_support::{free_port, wine, RecordingBrowser, Run, Zcw, TEST_CLIENT_ID, TEST_SECRET};

use crate::ZCW;

pub(crate) const PASSPHRASE: &str = "correct horse battery staple";

/// The customer's admin (keychain) and the integration staff (encrypted file), one Zoho.
pub(crate) struct TwoParties {
    pub admin: KeyringSession,
    pub zoho: ZohoEmulator,
    browser: RecordingBrowser,
    pub staff_dir: tempfile::TempDir,
    pub port: u16,
}

impl TwoParties {
    pub(crate) fn start() -> Self {
        let admin = KeyringSession::start();
        let zoho = ZohoEmulator::start();
        let browser = RecordingBrowser::following(admin.root.path());
        let staff_dir = tempfile::tempdir().unwrap();
        std::fs::write(
            staff_dir.path().join("passphrase.txt"),
            format!("{PASSPHRASE}\n"),
        )
        .unwrap();
        let parties = TwoParties {
            admin,
            zoho,
            browser,
            staff_dir,
            port: free_port(),
        };
        parties.staff(&["store", "--use", "file"]).success();
        parties
    }

    pub(crate) fn pass(&self) -> String {
        arg(&self.staff_dir.path().join("passphrase.txt"))
    }

    pub(crate) fn config(&self) -> PathBuf {
        self.staff_dir.path().join("config")
    }

    pub(crate) fn staff_zcw(&self) -> Zcw {
        let mut zcw = Zcw::in_dir(ZCW, &self.config());
        zcw.env("ZCW_ACCOUNTS_URL", self.zoho.url());
        zcw
    }

    /// `zcw ARGS --passphrase-file F` on the staff's side.
    pub(crate) fn staff(&self, args: &[&str]) -> Run {
        self.staff_zcw()
            .args(args)
            .args(["--passphrase-file", &self.pass()])
            .run()
    }

    /// `zcw ARGS` on the staff's side, for commands that read no secret.
    pub(crate) fn staff_plain(&self, args: &[&str]) -> Run {
        self.staff_zcw().args(args).run()
    }

    pub(crate) fn admin_zcw(&self) -> Zcw {
        let mut zcw = self.admin.zcw(ZCW);
        zcw.env("ZCW_ACCOUNTS_URL", self.zoho.url())
            .env("BROWSER", &self.browser.program);
        zcw
    }

    pub(crate) fn admin(&self, args: &[&str]) -> Run {
        self.admin_zcw().args(args).run()
    }

    pub(crate) fn file(&self, name: &str) -> PathBuf {
        self.staff_dir.path().join(name)
    }

    /// `zcw request new NAME` for a hotglue client on this setup's port; the fingerprint printed.
    pub(crate) fn request(&self, name: &str, extra: &[&str]) -> String {
        let out = arg(&self.file(&format!("{name}.zcwrequest")));
        let port = self.port.to_string();
        let mut args = vec![
            "request",
            "new",
            name,
            "--template",
            "hotglue",
            "--port",
            &port,
            "--scopes",
            "ZohoCRM.modules.ALL,AaaServer.profile.READ",
            "--from",
            "Acme Integrations",
            "--out",
            &out,
        ];
        args.extend_from_slice(extra);
        let made = self.staff(&args).success();
        fingerprint(&made.stdout)
    }

    /// The admin creates the client in "the console" (the emulator) and the connection from the
    /// request (confirming the fingerprint the staff read to them), then signs in.
    pub(crate) fn answer(&self, name: &str, fingerprint: &str) -> Run {
        self.zoho.register_client(
            TEST_CLIENT_ID,
            TEST_SECRET,
            &[
                "https://hotglue.xyz/callback",
                &format!("http://localhost:{}/callback", self.port),
            ],
        );
        let request = self.file(&format!("{name}.zcwrequest"));
        let added = self
            .admin_zcw()
            .args(["add", name, "--request", &arg(&request)])
            .args(["--client-id", TEST_CLIENT_ID, "--dc", "us"])
            .args(["--fingerprint", fingerprint])
            .stdin(TEST_SECRET)
            .run()
            .success();
        self.admin(&["login", name, "--timeout", "30"]).success();
        added
    }

    /// `zcw reply NAME --out FILE`: the file, and the reply code the admin was shown.
    pub(crate) fn reply(&self, name: &str) -> (PathBuf, String) {
        let reply = self.file(&format!("{name}.zcwreply"));
        let sent = self
            .admin(&["reply", name, "--out", &arg(&reply)])
            .success()
            .stderr_has("only the key in the request can open it");
        (reply, line_value(&sent.stderr, "Reply code:"))
    }

    /// Moves the staff's request `name` `secs` into the past, as if that long had gone by
    /// without any of the staff's commands.
    pub(crate) fn age_request(&self, name: &str, secs: u64) {
        let file = self.config().join("connections.json");
        let mut book: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        for pending in book["requests"].as_array_mut().unwrap() {
            if pending["request"]["name"] == name {
                for field in ["createdAt", "expiresAt"] {
                    let at = pending["request"][field].as_u64().unwrap();
                    pending["request"][field] = (at - secs).into();
                }
            }
        }
        std::fs::write(&file, book.to_string()).unwrap();
    }
}

/// The value printed after `label` on its own line (`Fingerprint:  ABCD-...`).
pub(crate) fn line_value(text: &str, label: &str) -> String {
    let line = text
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no {label} line in {text}"));
    line[label.len()..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

/// A path as zcw takes it (a Windows path to the same file under Wine).
pub(crate) fn arg(path: &Path) -> String {
    wine::host_path(path)
}

/// The fingerprint `zcw request new` printed.
pub(crate) fn fingerprint(text: &str) -> String {
    line_value(text, "Fingerprint:")
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[test]
fn a_request_answered_by_the_admin_becomes_a_working_connection_for_the_staff() {
    let parties = TwoParties::start();
    let fingerprint = parties.request("acme-crm", &["--with-refresh-token", "--dc", "us"]);
    assert_eq!(fingerprint.len(), 19, "{fingerprint}");
    let request_file = parties.file("acme-crm.zcwrequest");
    let request_text = std::fs::read_to_string(&request_file).unwrap();
    assert!(request_text.contains("\"publicKey\": \"age1"));
    // The key pair's private half is nowhere in the clear: not in the request, not in any file.
    assert!(!request_text.contains("AGE-SECRET-KEY"));
    assert!(files_containing(
        parties.staff_dir.path(),
        b"AGE-SECRET-KEY",
        Path::new("/none")
    )
    .is_empty());
    parties
        .staff(&["request", "list"])
        .success()
        .stdout_has("acme-crm")
        .stdout_has(&fingerprint)
        .stdout_has("Waiting for the reply · expires in 7 days");

    // The admin's zcw computes the same fingerprint and shows it on a line of its own, apart
    // from what the request says; the request's redirect URIs are what is registered.
    let added = parties.answer("acme-crm", &fingerprint);
    assert_eq!(line_value(&added.stderr, "Fingerprint:"), fingerprint);
    assert!(
        added
            .stderr
            .lines()
            .any(|l| l == "Requested by: Acme Integrations"),
        "{}",
        added.stderr
    );
    assert!(
        added.stderr.contains("Expires:      in 7 days"),
        "{}",
        added.stderr
    );
    let show = parties
        .admin(&["show", "acme-crm", "--json"])
        .success()
        .json();
    assert_eq!(
        show["redirectUris"],
        serde_json::json!([
            "https://hotglue.xyz/callback",
            format!("http://localhost:{}/callback", parties.port)
        ])
    );
    assert_eq!(
        show["scopes"],
        serde_json::json!(["ZohoCRM.modules.ALL", "AaaServer.profile.READ"])
    );
    let (reply, reply_code) = parties.reply("acme-crm");
    assert_eq!(reply_code.len(), 9, "{reply_code}");
    let reply_text = std::fs::read_to_string(&reply).unwrap();
    assert!(reply_text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    let refresh_tokens = parties.zoho.refresh_tokens();
    assert_eq!(refresh_tokens.len(), 1);
    for secret in [TEST_SECRET, refresh_tokens[0].as_str(), TEST_CLIENT_ID] {
        assert!(!reply_text.contains(secret), "the reply shows {secret}");
    }

    // Changed on the way: refused, nothing changed.
    let mut tampered: Vec<char> = reply_text.chars().collect();
    let body_at = reply_text.find('\n').unwrap() + 10;
    tampered[body_at] = if tampered[body_at] == 'A' { 'B' } else { 'A' };
    let tampered_file = parties.file("tampered.zcwreply");
    std::fs::write(&tampered_file, tampered.iter().collect::<String>()).unwrap();
    parties
        .staff(&["request", "import", &arg(&tampered_file)])
        .exit(2)
        .stderr_has("changed on the way");
    // A reply to a request made on another computer: refused too.
    let elsewhere = tempfile::tempdir().unwrap();
    let mut other = Zcw::in_dir(ZCW, elsewhere.path());
    other
        .env("ZCW_ACCOUNTS_URL", parties.zoho.url())
        .args(["request", "import", &arg(&reply)])
        .run()
        .exit(2)
        .stderr_has("no request waiting for a reply here");
    parties
        .staff_plain(&["list"])
        .success()
        .never_shows("acme-crm");
    assert_eq!(parties.zoho.refreshes(), 0);

    // Imported: one refresh proves the sign-in, Zoho names the account, the reply code is the
    // one the admin was shown, and the staff's token is one Zoho accepts.
    let imported = parties
        .staff(&["request", "import", &arg(&reply)])
        .success()
        .stdout_has("Imported \"acme-crm\".")
        .stdout_has(&format!("Client ID:   {TEST_CLIENT_ID}"))
        .stdout_has("Data centre: US")
        .stdout_has(&format!(
            "Signed in:   {} (Zoho says so)",
            zcw_test_support::emulator::TEST_EMAIL
        ))
        .stdout_has("its sign-in works");
    assert_eq!(line_value(&imported.stdout, "Reply code:"), reply_code);
    imported.never_shows(TEST_SECRET);
    assert_eq!(parties.zoho.refreshes(), 1);
    let token = parties.staff(&["token", "acme-crm"]).success();
    let token = token.stdout.trim();
    assert!(parties.zoho.access_token_valid(token), "{token}");
    assert_eq!(parties.zoho.refreshes(), 1, "the proven token was kept");
    let show = parties
        .staff_plain(&["show", "acme-crm", "--json"])
        .success()
        .json();
    assert_eq!(show["secretStore"], "encrypted-file");
    assert_eq!(
        show["signedIn"]["email"],
        zcw_test_support::emulator::TEST_EMAIL
    );
    for secret in [TEST_SECRET, refresh_tokens[0].as_str()] {
        let found = files_containing(
            parties.staff_dir.path(),
            secret.as_bytes(),
            Path::new("/none"),
        );
        assert!(found.is_empty(), "{secret} in the clear in {found:?}");
    }
    parties
        .staff(&["request", "list"])
        .success()
        .stdout_has("Answered");

    // The same reply again: refused, and the connection is untouched.
    parties
        .staff(&["request", "import", &arg(&reply)])
        .exit(2)
        .stderr_has("already imported");
    parties.staff(&["token", "acme-crm"]).success();
}

#[test]
fn expired_cancelled_and_unsigned_requests_get_no_reply_and_change_nothing() {
    let parties = TwoParties::start();
    let late = parties.request("late", &["--with-refresh-token"]);
    // A request past its expiry (the admin's copy says so): no connection is made from it.
    let file = parties.file("late.zcwrequest");
    let mut request: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    request["createdAt"] = (now() - 86_400).into();
    request["expiresAt"] = (now() - 3 * 3600).into();
    let expired = parties.file("expired.zcwrequest");
    std::fs::write(&expired, request.to_string()).unwrap();
    parties
        .admin_zcw()
        .args(["add", "late", "--request", &arg(&expired)])
        .args(["--client-id", TEST_CLIENT_ID, "--dc", "eu"])
        .stdin(TEST_SECRET)
        .run()
        .exit(2)
        .stderr_has("expired 3 hours ago. Ask Acme Integrations for a new request");
    parties.admin(&["list"]).success().never_shows("late");

    // The customer chooses the data centre: the admin must say which.
    let link = {
        let listed = parties
            .staff(&["request", "list", "--json"])
            .success()
            .json();
        assert_eq!(listed[0]["state"], "waiting");
        std::fs::read_to_string(&file).unwrap()
    };
    parties
        .admin_zcw()
        .args(["add", "late", "--request", &arg(&file)])
        .args(["--client-id", TEST_CLIENT_ID])
        .run()
        .exit(2)
        .stderr_has("--dc");
    drop(link);
    // The fingerprint must be confirmed: without a terminal to ask on, --fingerprint gives it;
    // another one refuses; nothing is saved either way.
    parties
        .admin_zcw()
        .args(["add", "late", "--request", &arg(&file)])
        .args(["--client-id", TEST_CLIENT_ID, "--dc", "us"])
        .stdin(TEST_SECRET)
        .run()
        .exit(2)
        .stderr_has("--fingerprint");
    parties
        .admin_zcw()
        .args(["add", "late", "--request", &arg(&file)])
        .args(["--client-id", TEST_CLIENT_ID, "--dc", "us"])
        .args(["--fingerprint", "ABCD-EFGH-JKMN-PQRS"])
        .stdin(TEST_SECRET)
        .run()
        .exit(2)
        .stderr_has("does not match this request's");
    parties.admin(&["list"]).success().never_shows("late");
    parties
        .admin_zcw()
        .args(["add", "late", "--request", &arg(&file)])
        .args(["--client-id", TEST_CLIENT_ID, "--dc", "us"])
        .args(["--fingerprint", &late.to_lowercase().replace('-', " ")])
        .stdin(TEST_SECRET)
        .run()
        .success()
        .stdout_has("Sign in with `zcw login late`");
    // A signed-in connection was asked for: no reply before the sign-in.
    parties
        .admin(&["reply", "late"])
        .exit(4)
        .stderr_has("not signed in yet")
        .stderr_has("zcw login late");
    // A connection typed in by hand has nobody to reply to.
    parties
        .admin_zcw()
        .add_test_connection("mine")
        .args(["--port", &free_port().to_string()])
        .run()
        .success();
    parties
        .admin(&["reply", "mine"])
        .exit(2)
        .stderr_has("was not made from a credentials request");

    // Cancelled: its key is gone, so its reply cannot be opened.
    let cancelled = parties.request("cancelled", &[]);
    parties.answer("cancelled", &cancelled);
    let (reply, _) = parties.reply("cancelled");
    parties
        .staff(&["request", "cancel", "cancelled"])
        .success()
        .stdout_has("key is deleted");
    parties
        .staff(&["request", "import", &arg(&reply)])
        .exit(2)
        .stderr_has("cannot be opened");
    parties
        .staff_plain(&["list"])
        .success()
        .never_shows("cancelled");
    parties
        .staff(&["request", "cancel", "cancelled"])
        .exit(2)
        .stderr_has("no pending request named \"cancelled\"");
}

#[test]
fn a_reply_whose_accounts_server_is_not_zohos_is_refused_before_anything_is_sent() {
    let parties = TwoParties::start();
    let fingerprint = parties.request("acme-crm", &["--with-refresh-token", "--dc", "us"]);
    parties.answer("acme-crm", &fingerprint);
    let (reply, _) = parties.reply("acme-crm");
    // Without the test's accounts server override, the emulator (the reply's accounts server)
    // is not one of Zoho's: the staff's zcw sends the refresh token nowhere.
    let mut zcw = Zcw::in_dir(ZCW, &parties.config());
    zcw.args(["request", "import", &arg(&reply)])
        .args(["--passphrase-file", &parties.pass()])
        .run()
        .exit(2)
        .stderr_has("is not a trusted Zoho accounts server");
    assert_eq!(parties.zoho.refreshes(), 0);
    parties
        .staff_plain(&["list"])
        .success()
        .never_shows("acme-crm");
    // The request still waits, and the reply imports once the server is trusted.
    parties
        .staff(&["request", "import", &arg(&reply)])
        .success();
}

#[test]
fn who_asks_cannot_carry_a_fake_fingerprint_or_characters_that_disguise_the_screen() {
    let parties = TwoParties::start();
    let out = arg(&parties.file("bad.zcwrequest"));
    for (from, says) in [
        (
            "Acme Integrations · expires in 7 days · fingerprint ABCD-EFGH-JKMN-PQRS",
            "U+00B7",
        ),
        ("Acme ABCD-EFGH-JKMN-PQRS", "shaped like a fingerprint"),
        ("Acme \u{202E}snoitargetnI", "U+202E"),
    ] {
        parties
            .staff(&[
                "request",
                "new",
                "bad",
                "--template",
                "hotglue",
                "--from",
                from,
                "--out",
                &out,
            ])
            .exit(2)
            .stderr_has("--from:")
            .stderr_has(says);
    }
    assert!(!parties.file("bad.zcwrequest").exists());

    // A request made by hand with such a name: the admin's zcw refuses it and shows none of it.
    let real = parties.request("acme-crm", &["--dc", "us"]);
    let file = parties.file("acme-crm.zcwrequest");
    for from in [
        format!("Acme Integrations · expires in 7 days · fingerprint {real}"),
        "Acme \u{202E}snoitargetnI \u{2066}x\u{2069}".to_string(),
        "Acme\u{200B}Integrations".to_string(),
        "Acme\u{2028}Fingerprint: ABCD-EFGH-JKMN-PQRS".to_string(),
    ] {
        let mut request: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        request["from"] = from.clone().into();
        let forged = parties.file("forged.zcwrequest");
        std::fs::write(&forged, request.to_string()).unwrap();
        let refused = parties
            .admin_zcw()
            .args(["add", "acme-crm", "--request", &arg(&forged)])
            .args(["--client-id", TEST_CLIENT_ID, "--fingerprint", &real])
            .stdin(TEST_SECRET)
            .run()
            .exit(2)
            .stderr_has("does not show who sent this request")
            .never_shows(&real);
        for c in ['\u{202E}', '\u{2066}', '\u{200B}', '\u{2028}'] {
            assert!(!refused.stderr.contains(c), "{from:?}: {}", refused.stderr);
        }
    }
    parties.admin(&["list"]).success().never_shows("acme-crm");
    // A lifetime outside the range is refused with the range, not changed.
    parties
        .staff(&[
            "request",
            "new",
            "short",
            "--template",
            "hotglue",
            "--expires",
            "1s",
            "--out",
            &out,
        ])
        .exit(2)
        .stderr_has("--expires: A request cannot last 1 second. Choose from 1 hour to 30 days.");
}

#[test]
fn a_late_reply_needs_accept_late_and_an_expired_request_loses_its_key() {
    let parties = TwoParties::start();
    let fingerprint = parties.request("acme-crm", &["--with-refresh-token", "--dc", "us"]);
    parties.answer("acme-crm", &fingerprint);
    let (reply, _) = parties.reply("acme-crm");
    parties.request("other", &["--dc", "us"]);
    // Both expire, with none of the staff's commands since: the reply arrives late. The other
    // expired request loses its key at this command, with a notice; this one waits for the
    // staff's decision.
    parties.age_request("acme-crm", 8 * 86_400);
    parties.age_request("other", 8 * 86_400);
    parties
        .staff(&["request", "import", &arg(&reply)])
        .exit(2)
        .stderr_has("arrived after its request expired (24 hours ago)")
        .stderr_has("--accept-late")
        .stderr_has("\"other\" expired 24 hours ago without a reply: it is removed with its key");
    assert_eq!(
        parties.zoho.refreshes(),
        0,
        "Zoho was asked before the staff accepted"
    );
    parties
        .staff_plain(&["list"])
        .success()
        .never_shows("acme-crm");
    parties
        .staff(&["request", "import", &arg(&reply), "--accept-late"])
        .success()
        .stdout_has("Late:        the request expired 24 hours ago");
    parties.staff(&["token", "acme-crm"]).success();

    // A request that expires with no reply: the next of the staff's commands removes its key.
    parties.request("lapsed", &["--dc", "us"]);
    parties.age_request("lapsed", 8 * 86_400);
    let listed = parties
        .staff(&["request", "list"])
        .success()
        .stderr_has("\"lapsed\" expired 24 hours ago without a reply: it is removed with its key");
    assert!(!listed.stdout.contains("lapsed"), "{}", listed.stdout);
    parties
        .staff(&["request", "cancel", "lapsed"])
        .exit(2)
        .stderr_has("no pending request named \"lapsed\"");
}

#[cfg(unix)]
#[test]
fn a_request_that_is_not_a_regular_file_is_refused_without_waiting() {
    if wine::skip("Wine maps no FIFO or device into a Windows path") {
        return;
    }
    let parties = TwoParties::start();
    let fifo = parties.file("fifo.zcwrequest");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let started = std::time::Instant::now();
    parties
        .admin_zcw()
        .args(["add", "x", "--request", &arg(&fifo)])
        .args(["--client-id", TEST_CLIENT_ID, "--fingerprint", "X"])
        .run()
        .exit(2)
        .stderr_has("is not a file");
    // Generous: the promise is that it does not hang.
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let link = parties.file("zero.zcwrequest");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    parties
        .admin_zcw()
        .args(["add", "x", "--request", &arg(&link)])
        .args(["--client-id", TEST_CLIENT_ID, "--fingerprint", "X"])
        .run()
        .exit(2)
        .stderr_has("is not a file");
}

#[test]
fn a_self_client_file_from_the_console_becomes_a_connection_and_can_be_deleted() {
    let parties = TwoParties::start();
    let json = parties.zoho.self_client_json(
        TEST_CLIENT_ID,
        TEST_SECRET,
        &["ZohoCRM.modules.ALL", "ZohoCRM.users.READ"],
        10,
        false,
    );
    let file = parties.file("self_client.json");
    std::fs::write(&file, &json).unwrap();
    parties
        .staff(&["add", "scripts", "--self-client-json", &arg(&file)])
        .exit(2)
        .stderr_has("--dc");
    let added = parties
        .staff(&[
            "add",
            "scripts",
            "--self-client-json",
            &arg(&file),
            "--dc",
            "us",
            "--delete-file",
        ])
        .success()
        .stdout_has("Saved Self Client connection \"scripts\"")
        .stdout_has("Deleted");
    added.never_shows(TEST_SECRET);
    assert!(!file.exists());
    assert_eq!(parties.zoho.exchanges(), 1);
    let token = parties.staff(&["token", "scripts"]).success();
    assert!(parties.zoho.access_token_valid(token.stdout.trim()));
    let show = parties
        .staff_plain(&["show", "scripts", "--json"])
        .success()
        .json();
    assert_eq!(show["template"], "self-client");
    assert_eq!(show["redirectUris"], serde_json::json!([]));
    assert_eq!(
        show["scopes"],
        serde_json::json!(["ZohoCRM.modules.ALL", "ZohoCRM.users.READ"])
    );
    // Kept on request, with a warning that it holds the secret.
    let kept = parties.file("kept.json");
    std::fs::write(
        &kept,
        parties.zoho.self_client_json(
            TEST_CLIENT_ID,
            TEST_SECRET,
            &["ZohoCRM.modules.ALL"],
            3,
            false,
        ),
    )
    .unwrap();
    parties
        .staff(&[
            "add",
            "kept",
            "--self-client-json",
            &arg(&kept),
            "--dc",
            "us",
        ])
        .success()
        .stderr_has("still holds the client secret in the clear");
    assert!(kept.exists());
}

#[test]
fn an_expired_self_client_file_is_refused_without_asking_zoho() {
    let parties = TwoParties::start();
    let file = parties.file("self_client.json");
    std::fs::write(
        &file,
        parties.zoho.self_client_json(
            TEST_CLIENT_ID,
            TEST_SECRET,
            &["ZohoCRM.modules.ALL"],
            3,
            true,
        ),
    )
    .unwrap();
    parties
        .staff(&[
            "add",
            "scripts",
            "--self-client-json",
            &arg(&file),
            "--dc",
            "us",
        ])
        .exit(2)
        .stderr_has("ago; nothing was sent to Zoho")
        .stderr_has("generate a new code");
    assert!(
        parties.zoho.requests().is_empty(),
        "{:?}",
        parties.zoho.requests()
    );
    parties
        .staff_plain(&["list"])
        .success()
        .never_shows("scripts");
}
