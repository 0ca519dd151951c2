//! Working with a customer in the real app: the admin answers a request file the app was started
//! with (banner, the request's registration, the secret, "Send to ..."), and the staff make a
//! request and import the reply. The other party is `zcw` in its own config folder.

use std::path::{Path, PathBuf};
use std::time::Duration;

use fantoccini::Client;
use zcw_test_support::axe;
use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{
    click, page_contains, paste_into, prefers_dark, text_of, type_into, wait_displayed,
    wait_enabled, wait_text,
};
use zcw_test_support::{RecordingBrowser, Zcw, TEST_CLIENT_ID, TEST_SECRET};

use crate::{app, zcw, zcw_path};

pub(crate) const PASSPHRASE: &str = "correct horse battery staple";

/// The other party, on the command line: a config folder of its own on the encrypted file.
pub(crate) struct Other {
    pub dir: tempfile::TempDir,
    accounts: String,
}

impl Other {
    pub(crate) fn start(zoho: &ZohoEmulator) -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("pass"), PASSPHRASE).unwrap();
        let other = Other {
            dir,
            accounts: zoho.url().to_string(),
        };
        other.run(&["store", "--use", "file"]).success();
        other
    }

    pub(crate) fn zcw(&self) -> Zcw {
        let mut zcw = Zcw::in_dir(zcw_path(), &self.dir.path().join("config"));
        zcw.env("ZCW_ACCOUNTS_URL", &self.accounts);
        zcw
    }

    pub(crate) fn run(&self, args: &[&str]) -> zcw_test_support::Run {
        let pass = self.dir.path().join("pass");
        self.zcw()
            .args(args)
            .args(["--passphrase-file", pass.to_str().unwrap()])
            .run()
    }

    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The admin creates the client in "the console" (the emulator), the connection from the
    /// request (confirming its fingerprint) and, when asked, signs in; then replies. The reply's
    /// text and the reply code this side was shown.
    pub(crate) fn answer(
        &self,
        zoho: &ZohoEmulator,
        name: &str,
        request: &str,
        fingerprint: &str,
        sign_in: bool,
    ) -> (String, String) {
        zoho.register_client(
            TEST_CLIENT_ID,
            TEST_SECRET,
            &[
                "https://hotglue.xyz/callback",
                "http://localhost:47823/callback",
            ],
        );
        self.zcw()
            .args(["add", name, "--request", request, "--dc", "us"])
            .args(["--client-id", TEST_CLIENT_ID, "--fingerprint", fingerprint])
            .args(["--passphrase-file", self.path("pass").to_str().unwrap()])
            .stdin(TEST_SECRET)
            .run()
            .success();
        if sign_in {
            let browser = RecordingBrowser::following(self.dir.path());
            let mut login = self.zcw();
            login
                .env("BROWSER", &browser.program)
                .args(["login", name, "--timeout", "30"])
                .args(["--passphrase-file", self.path("pass").to_str().unwrap()]);
            login.run().success();
        }
        let replied = self.run(&["reply", name]).success();
        let code = replied
            .stderr
            .lines()
            .find_map(|l| l.strip_prefix("Reply code:"))
            .map(|c| c.trim().to_string())
            .expect("a reply code");
        (replied.stdout, code)
    }
}

/// This app's user asks the other party (a customer's admin, on the command line) for a
/// signed-in hotglue client "acme-crm" in the US, as `from` with `scopes`; the other party
/// answers. The reply's text and the reply code the other party was shown.
pub(crate) fn asked_and_answered(
    session: &KeyringSession,
    zoho: &ZohoEmulator,
    other: &Other,
    from: &str,
    scopes: &str,
) -> (String, String) {
    let asked = other.path("acme-crm.zcwrequest");
    let made = zcw(session)
        .env("ZCW_ACCOUNTS_URL", zoho.url())
        .args(["request", "new", "acme-crm", "--template", "hotglue"])
        .args(["--dc", "us", "--with-refresh-token", "--from", from])
        .args(["--scopes", scopes, "--out", asked.to_str().unwrap()])
        .run()
        .success();
    other.answer(
        zoho,
        "acme-crm",
        asked.to_str().unwrap(),
        &fingerprint(&made.stdout),
        true,
    )
}

/// A "who asks" as long as the app allows (100 characters): the banner must wrap it.
const LONG_FROM: &str =
    "Acme Integrations GmbH & Co. KG, onboarding team for Optiply, hotglue and Catalyst (EU, DACH)";

pub(crate) fn fingerprint(stdout: &str) -> String {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("Fingerprint: "))
        .and_then(|rest| rest.split_whitespace().next())
        .expect("a fingerprint")
        .to_string()
}

pub(crate) async fn wait_clipboard_with(
    display: &zcw_test_support::display::VirtualDisplay,
    prefix: &str,
) -> String {
    assert!(
        zcw_test_support::wait_until(Duration::from_secs(10), || display
            .clipboard()
            .starts_with(prefix)),
        "the clipboard never held {prefix}…"
    );
    display.clipboard()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_answers_a_request_file_the_app_was_opened_with() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let staff = Other::start(&zoho);
    let request = staff.path("acme-crm.zcwrequest");
    let made = staff
        .run(&[
            "request",
            "new",
            "acme-crm",
            "--template",
            "hotglue",
            "--from",
            LONG_FROM,
            "--scopes",
            "ZohoCRM.modules.ALL",
            "--out",
            request.to_str().unwrap(),
        ])
        .success();
    let fingerprint = fingerprint(&made.stdout);

    let accounts = PathBuf::from(zoho.url());
    let harness = GuiHarness::start(&session, app(), &[("ZCW_ACCOUNTS_URL", &accounts)]);
    let display = harness.display();
    let client = harness.launch_app_with(&[request.to_str().unwrap()]).await;

    // The request's facts stay in view, each in its own place: who asks as the request says,
    // and the fingerprint this app computed; the customer chooses the data centre.
    wait_displayed(&client, "#answering", true).await;
    wait_text(&client, "#answering-from", LONG_FROM).await;
    assert_eq!(
        text_of(&client, "#answering-fingerprint").await,
        fingerprint
    );
    wait_text(&client, "#answering-expires", "in 7 days").await;
    wait_displayed(&client, "#step-2", true).await;
    wait_displayed(&client, "#answering-dc-field", true).await;
    fantoccini::elements::Element::select_by_value(
        &zcw_test_support::ui::find(&client, "#answering-dc").await,
        "eu",
    )
    .await
    .unwrap();
    wait_text(&client, "#s2-dc", "EU").await;
    wait_text(&client, "#values", "https://hotglue.xyz/callback").await;
    save_screenshot(&client, "request-banner-step2").await;
    axe::assert_clean(&client, "the request's banner on step 2").await;

    // Nothing is saved before the admin confirms the fingerprint the requester read to them.
    click(&client, "#next-2").await;
    wait_displayed(&client, "#step-3", true).await;
    assert_eq!(
        zcw_test_support::ui::prop(&client, "#connection-name", "value").await,
        "acme-crm"
    );
    wait_displayed(&client, "#s3-fingerprint-field", true).await;
    assert_eq!(text_of(&client, "#s3-fingerprint").await, fingerprint);
    type_into(&client, "#client-id", TEST_CLIENT_ID).await;
    type_into(&client, "#client-secret", TEST_SECRET).await;
    wait_enabled(&client, "#save-secret", false).await;
    save_screenshot(&client, "request-fingerprint-confirm").await;
    axe::assert_clean(&client, "step 3 with the fingerprint to confirm").await;
    click(&client, "#fingerprint-confirmed").await;
    wait_enabled(&client, "#save-secret", true).await;
    click(&client, "#save-secret").await;
    wait_displayed(&client, "#saved", true).await;
    wait_displayed(&client, "#saved-connect", false).await;
    wait_text(&client, "#saved-handover", "Next: send the reply").await;
    click(&client, "#saved-handover").await;

    wait_displayed(&client, "#step-5-reply", true).await;
    wait_text(&client, "#reply-title", "Send the reply").await;
    assert_eq!(text_of(&client, "#reply-to").await, LONG_FROM);
    assert_eq!(text_of(&client, "#reply-fingerprint").await, fingerprint);
    wait_text(
        &client,
        "#reply-holds",
        "only the key in this request can open it",
    )
    .await;
    save_screenshot(&client, "request-step5-send").await;
    click(&client, "#copy-reply").await;
    wait_text(&client, "#reply-status", "Copied").await;
    wait_displayed(&client, "#reply-code-box", true).await;
    let reply_code = text_of(&client, "#reply-code").await;
    assert_eq!(reply_code.len(), 9, "{reply_code}");
    save_screenshot(&client, "request-step5-sent-code").await;
    axe::assert_clean(&client, "step 5 with the reply code").await;
    let reply = wait_clipboard_with(display, "-----BEGIN AGE ENCRYPTED FILE-----").await;
    assert!(!reply.contains(TEST_SECRET));
    assert!(
        !page_contains(&client, TEST_SECRET).await,
        "the webview holds the secret"
    );

    // The connection stays here, marked as answering the request.
    let show = zcw(&session)
        .args(["show", "acme-crm", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(show["dc"], "eu");
    assert_eq!(show["request"]["from"], LONG_FROM);
    click(&client, "#reply-keep").await;
    wait_displayed(&client, "#home", true).await;
    wait_displayed(&client, "#answering", false).await;

    // The staff import what the admin copied.
    let reply_file = staff.path("acme-crm.zcwreply");
    std::fs::write(&reply_file, &reply).unwrap();
    let imported = staff
        .run(&["request", "import", reply_file.to_str().unwrap()])
        .success()
        .stdout_has("Imported \"acme-crm\".")
        .stdout_has("Data centre: EU");
    assert!(
        imported
            .stdout
            .contains(&format!("Reply code:  {reply_code}")),
        "{}",
        imported.stdout
    );
    client.close().await.unwrap();
}

/// From anywhere to the request form, filled for hotglue: "acme-crm" asked by Acme Integrations.
pub async fn start_request(client: &Client) {
    click(client, "#nav-home").await;
    wait_displayed(client, "#home", true).await;
    click(client, "#request-credentials").await;
    wait_displayed(client, "#request-options", true).await;
    click(client, "#template-hotglue").await;
    type_into(client, "#request-name", "acme-crm").await;
    type_into(client, "#request-from", "Acme Integrations").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_staff_make_a_request_in_the_app_and_import_the_reply() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let admin = Other::start(&zoho);
    let accounts = PathBuf::from(zoho.url());
    let harness = GuiHarness::start(&session, app(), &[("ZCW_ACCOUNTS_URL", &accounts)]);
    let display = harness.display();
    let client = harness.launch_app().await;

    // An empty app starts in the wizard: go to the connections screen.
    start_request(&client).await;
    type_into(
        &client,
        "#request-scopes",
        "ZohoCRM.modules.ALL,AaaServer.profile.READ",
    )
    .await;
    click(&client, "#request-refresh").await;
    save_screenshot(&client, "request-form").await;
    click(&client, "#make-request").await;

    wait_displayed(&client, "#request-made", true).await;
    let fingerprint = text_of(&client, "#made-fingerprint").await;
    assert_eq!(fingerprint.len(), 19, "{fingerprint}");
    save_screenshot(&client, "request-made").await;
    click(&client, "#copy-request-link").await;
    wait_text(&client, "#made-status", "Link copied").await;
    let link = wait_clipboard_with(display, "zcw://request?").await;

    // The admin answers on the command line, from the link, and signs in.
    let (reply, reply_code) = admin.answer(&zoho, "acme-crm", &link, &fingerprint, true);

    click(&client, "#made-done").await;
    wait_displayed(&client, "#home", true).await;
    wait_text(&client, "#request-rows", "Waiting for the reply").await;
    wait_text(&client, "#request-rows", &fingerprint).await;
    save_screenshot(&client, "home-requests").await;

    click(&client, "#import-reply").await;
    wait_displayed(&client, "#import-reply-view", true).await;
    paste_into(
        &client,
        "#reply-text",
        "-----BEGIN AGE ENCRYPTED FILE-----\nnot a reply\n",
    )
    .await;
    click(&client, "#import-reply-text").await;
    wait_text(&client, "#err-reply-text", "cannot be opened").await;
    paste_into(&client, "#reply-text", &reply).await;
    click(&client, "#import-reply-text").await;
    // Before anything is saved: whose account Zoho says signed in, the client, the reply code.
    wait_displayed(&client, "#import-confirm", true).await;
    assert_eq!(
        text_of(&client, "#ic-account").await,
        zcw_test_support::emulator::TEST_EMAIL
    );
    wait_text(&client, "#ic-account-source", "Zoho confirmed it").await;
    assert_eq!(text_of(&client, "#ic-client-id").await, TEST_CLIENT_ID);
    assert_eq!(text_of(&client, "#ic-code").await, reply_code);
    wait_displayed(&client, "#ic-late", false).await;
    wait_enabled(&client, "#ic-import", false).await;
    save_screenshot(&client, "request-import-confirm").await;
    axe::assert_clean(&client, "the import's confirmation").await;
    assert!(
        zcw(&session).args(["show", "acme-crm"]).run().code != Some(0),
        "saved before the staff confirmed"
    );
    click(&client, "#ic-confirmed").await;
    wait_enabled(&client, "#ic-import", true).await;
    click(&client, "#ic-import").await;
    wait_displayed(&client, "#import-done", true).await;
    wait_text(&client, "#import-done-text", "Imported “acme-crm” · US").await;
    // One test call with the imported sign-in says what it reached.
    wait_text(&client, "#import-check", "Tested: connected to").await;
    save_screenshot(&client, "request-imported").await;

    zcw(&session)
        .args(["show", "acme-crm"])
        .run()
        .success()
        .stdout_has(TEST_CLIENT_ID);
    click(&client, "#import-reply-back").await;
    wait_text(&client, "#request-rows", "Answered").await;
    wait_text(&client, "#connection-rows", "acme-crm").await;
    assert!(!Path::new(&session.config_dir()).join("draft.json").exists());
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_self_client_is_imported_from_what_the_console_shows() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let console: serde_json::Value = serde_json::from_str(&zoho.self_client_json(
        TEST_CLIENT_ID,
        TEST_SECRET,
        &["ZohoCRM.modules.ALL"],
        10,
        false,
    ))
    .unwrap();
    let accounts = PathBuf::from(zoho.url());
    let harness = GuiHarness::start(&session, app(), &[("ZCW_ACCOUNTS_URL", &accounts)]);
    let client = harness.launch_app().await;

    wait_displayed(&client, "#step-1", true).await;
    click(&client, "#template-self-client").await;
    wait_displayed(&client, "#fields-self-client", true).await;
    wait_displayed(&client, "#name-port-row", false).await;
    wait_enabled(&client, "#next", true).await;
    click(&client, "#next").await;
    wait_displayed(&client, "#step-2-self", true).await;
    wait_text(&client, "#step-2-self", "choose 10 minutes").await;
    save_screenshot(&client, "self-client-step2").await;

    click(&client, "#self-paste summary").await;
    let name = zcw_test_support::ui::find(&client, "#self-name").await;
    name.clear().await.unwrap();
    type_into(&client, "#self-name", "scripts").await;
    type_into(&client, "#self-code", console["code"].as_str().unwrap()).await;
    type_into(&client, "#self-client-id", TEST_CLIENT_ID).await;
    type_into(&client, "#self-client-secret", TEST_SECRET).await;
    save_screenshot(&client, "self-client-values").await;
    click(&client, "#self-import-values").await;
    wait_displayed(&client, "#self-done", true).await;
    wait_text(&client, "#self-done-text", "Saved “scripts” · US").await;
    wait_text(&client, "#self-file-note", "delete it").await;
    save_screenshot(&client, "self-client-done").await;
    assert!(
        !page_contains(&client, TEST_SECRET).await,
        "the webview holds the secret"
    );
    assert_eq!(zoho.exchanges(), 1);

    let token = zcw(&session).args(["token", "scripts"]).run().success();
    assert!(zoho.access_token_valid(token.stdout.trim()));
    let show = zcw(&session)
        .args(["show", "scripts", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(show["template"], "self-client");
    assert_eq!(show["scopes"], serde_json::json!(["ZohoCRM.modules.ALL"]));
    client.close().await.unwrap();
}

/// Opens `file` as a double-click does while the app runs: a second launch, which hands it to the
/// running window and ends.
fn double_click(session: &KeyringSession, harness: &GuiHarness, file: &Path) {
    let mut second = session
        .command(app())
        .arg(file)
        .env("DISPLAY", harness.display().name())
        .env("GDK_BACKEND", "x11")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let ended = zcw_test_support::wait_until(Duration::from_secs(20), || {
        matches!(second.try_wait(), Ok(Some(_)))
    });
    if !ended {
        let _ = second.kill();
        let _ = second.wait();
    }
    assert!(ended, "the second launch did not end: no single instance");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_opened_while_the_app_runs_lands_in_its_window() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let staff = Other::start(&zoho);
    let request = staff.path("acme-crm.zcwrequest");
    staff
        .run(&[
            "request",
            "new",
            "acme-crm",
            "--template",
            "hotglue",
            "--dc",
            "eu",
            "--from",
            "Acme Integrations",
            "--out",
            request.to_str().unwrap(),
        ])
        .success();
    let harness = GuiHarness::start(&session, app(), &[]);
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-1", true).await;

    // A double-click while the app is open: a second launch with the file, which hands it over
    // and ends.
    double_click(&session, &harness, &request);
    wait_displayed(&client, "#answering", true).await;
    wait_text(&client, "#answering-from", "Acme Integrations").await;
    let first = text_of(&client, "#answering-fingerprint").await;
    wait_displayed(&client, "#step-2", true).await;
    wait_text(&client, "#s2-dc", "EU").await;
    // The request names the data centre: nothing to choose.
    wait_displayed(&client, "#answering-dc-field", false).await;

    // Another request while this one is answered (a link clicked in another email): nothing
    // is replaced until the admin chooses.
    let other = staff.path("other-crm.zcwrequest");
    let made = staff
        .run(&[
            "request",
            "new",
            "other-crm",
            "--template",
            "hotglue",
            "--dc",
            "eu",
            "--from",
            "Beta Connectors",
            "--out",
            other.to_str().unwrap(),
        ])
        .success();
    let second_fingerprint = fingerprint(&made.stdout);
    double_click(&session, &harness, &other);
    wait_displayed(&client, "#incoming", true).await;
    wait_text(&client, "#incoming-from", "Beta Connectors").await;
    assert_eq!(
        text_of(&client, "#incoming-fingerprint").await,
        second_fingerprint
    );
    wait_text(&client, "#incoming-current", "acme-crm").await;
    assert_eq!(text_of(&client, "#answering-fingerprint").await, first);
    save_screenshot(&client, "request-incoming").await;
    axe::assert_clean(&client, "a second request while one is answered").await;
    click(&client, "#incoming-keep").await;
    wait_displayed(&client, "#incoming", false).await;
    assert_eq!(text_of(&client, "#answering-fingerprint").await, first);
    double_click(&session, &harness, &other);
    wait_displayed(&client, "#incoming", true).await;
    click(&client, "#incoming-switch").await;
    wait_displayed(&client, "#incoming", false).await;
    wait_text(&client, "#answering-fingerprint", &second_fingerprint).await;
    wait_text(&client, "#answering-from", "Beta Connectors").await;
    client.close().await.unwrap();
}

/// The onboarding screens on a dark desktop (GTK's dark Adwaita): the import's confirmation with
/// the account, the request's banner with a long "who asks", the fingerprint to confirm. Each is
/// saved as a screenshot and checked with axe.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_onboarding_screens_read_well_in_the_dark() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let other = Other::start(&zoho);
    // This app's user asked a customer (the other party) for credentials, who answered.
    let (reply, reply_code) = asked_and_answered(
        &session,
        &zoho,
        &other,
        LONG_FROM,
        "ZohoCRM.modules.ALL,AaaServer.profile.READ",
    );
    // And the other party asks this app's user for a client.
    let request = other.path("their-crm.zcwrequest");
    let theirs = other
        .run(&[
            "request",
            "new",
            "their-crm",
            "--template",
            "hotglue",
            "--from",
            LONG_FROM,
            "--out",
            request.to_str().unwrap(),
        ])
        .success();

    let accounts = PathBuf::from(zoho.url());
    let dark = PathBuf::from("Adwaita:dark");
    let harness = GuiHarness::start(
        &session,
        app(),
        &[("ZCW_ACCOUNTS_URL", &accounts), ("GTK_THEME", &dark)],
    );
    let client = harness.launch_app().await;
    assert!(prefers_dark(&client).await, "the webview is not dark");
    // An app without connections starts in the wizard.
    click(&client, "#nav-home").await;
    wait_displayed(&client, "#home", true).await;

    click(&client, "#import-reply").await;
    wait_displayed(&client, "#import-reply-view", true).await;
    paste_into(&client, "#reply-text", &reply).await;
    click(&client, "#import-reply-text").await;
    wait_displayed(&client, "#import-confirm", true).await;
    assert_eq!(text_of(&client, "#ic-code").await, reply_code);
    save_screenshot(&client, "dark-request-import-confirm").await;
    axe::assert_clean(&client, "the import's confirmation, dark").await;
    click(&client, "#ic-discard").await;
    wait_displayed(&client, "#import-confirm", false).await;
    click(&client, "#import-reply-back").await;

    wait_displayed(&client, "#home", true).await;
    click(&client, "#open-request").await;
    wait_displayed(&client, "#open-request-view", true).await;
    paste_into(
        &client,
        "#request-text",
        &std::fs::read_to_string(&request).unwrap(),
    )
    .await;
    click(&client, "#open-request-text").await;
    wait_displayed(&client, "#answering", true).await;
    wait_text(&client, "#answering-from", LONG_FROM).await;
    assert_eq!(
        text_of(&client, "#answering-fingerprint").await,
        fingerprint(&theirs.stdout)
    );
    wait_displayed(&client, "#step-2", true).await;
    save_screenshot(&client, "dark-request-banner-step2").await;
    axe::assert_clean(&client, "the request's banner, dark").await;
    click(&client, "#next-2").await;
    wait_displayed(&client, "#s3-fingerprint-field", true).await;
    save_screenshot(&client, "dark-request-fingerprint-confirm").await;
    axe::assert_clean(&client, "the fingerprint to confirm, dark").await;
    client.close().await.unwrap();
}
