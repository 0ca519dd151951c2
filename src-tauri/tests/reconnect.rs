//! A connection's sign-in made again through the customer, in the real app: the staff's
//! "Ask the customer to reconnect" on a connection whose sign-in Zoho ended, the request made and
//! the reply imported in place (light); the admin's side, where a kept connection goes straight to
//! the sign-in and a removed one to its secret again, for the same client only (dark). The other
//! party is `zcw` in its own config folder.

use std::path::PathBuf;

use zcw_test_support::axe;
use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{
    click, paste_into, prop, text_of, type_into, wait_displayed, wait_enabled, wait_text,
};
use zcw_test_support::{RecordingBrowser, TEST_CLIENT_ID, TEST_SECRET};

use crate::onboarding::{asked_and_answered, fingerprint, wait_clipboard_with, Other};
use crate::{app, zcw};

const ROW: &str = "#connection-rows tr[data-name='acme-crm'] .status";

/// Opens a request by pasting its text on the connections screen's "Open a request".
async fn open_pasted_request(client: &fantoccini::Client, text: &str) {
    click(client, "#open-request").await;
    wait_displayed(client, "#open-request-view", true).await;
    paste_into(client, "#request-text", text).await;
    click(client, "#open-request-text").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_staff_ask_the_customer_to_reconnect_and_import_the_new_sign_in_in_place() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let admin = Other::start(&zoho);
    // This app's user asked the customer for credentials and imported the reply.
    let (reply, _) = asked_and_answered(
        &session,
        &zoho,
        &admin,
        "Acme Integrations",
        "ZohoCRM.org.READ,AaaServer.profile.READ",
    );
    zcw(&session)
        .env("ZCW_ACCOUNTS_URL", zoho.url())
        .args(["request", "import", "-"])
        .stdin(&reply)
        .run()
        .success();
    // The customer's admin changed their password with "terminate all API tokens".
    zoho.revoke_all();
    zoho.end_access_tokens();

    let url = PathBuf::from(zoho.url());
    // On a dark desktop first: the state, its action and the reconnect request's form.
    {
        let dark = PathBuf::from("Adwaita:dark");
        let harness = GuiHarness::start(
            &session,
            app(),
            &[
                ("ZCW_ACCOUNTS_URL", &url),
                ("ZCW_API_URL", &url),
                ("GTK_THEME", &dark),
            ],
        );
        let client = harness.launch_app().await;
        let action = format!("{ROW} .health-action");
        wait_text(&client, &action, "Ask the customer to reconnect").await;
        save_screenshot(&client, "dark-reconnect-needed").await;
        axe::assert_clean(&client, "a connection that needs the customer, dark").await;
        click(&client, &action).await;
        wait_displayed(&client, "#reconnect-request", true).await;
        save_screenshot(&client, "dark-reconnect-request-form").await;
        axe::assert_clean(&client, "the reconnect request's form, dark").await;
        client.close().await.unwrap();
    }
    let harness = GuiHarness::start(
        &session,
        app(),
        &[("ZCW_ACCOUNTS_URL", &url), ("ZCW_API_URL", &url)],
    );
    let display = harness.display();
    let client = harness.launch_app().await;
    wait_displayed(&client, "#home", true).await;
    wait_text(&client, ROW, "Needs a new sign-in").await;
    wait_text(&client, ROW, "Its sign-in is your customer's").await;
    let action = format!("{ROW} .health-action");
    wait_text(&client, &action, "Ask the customer to reconnect").await;
    save_screenshot(&client, "reconnect-needed").await;
    click(&client, &action).await;

    wait_displayed(&client, "#reconnect-request", true).await;
    assert_eq!(text_of(&client, "#rr-client-id").await, TEST_CLIENT_ID);
    assert_eq!(text_of(&client, "#rr-dc").await, "US");
    type_into(&client, "#rr-from", "Acme Integrations").await;
    type_into(&client, "#rr-scopes-add", "ZohoCRM.modules.READ").await;
    save_screenshot(&client, "reconnect-request-form").await;
    axe::assert_clean(&client, "the reconnect request's form").await;
    click(&client, "#rr-make").await;
    wait_displayed(&client, "#request-made", true).await;
    wait_text(&client, "#request-made-title", "reconnect request").await;
    let again = text_of(&client, "#made-fingerprint").await;
    save_screenshot(&client, "reconnect-request-made").await;
    click(&client, "#copy-request-link").await;
    wait_text(&client, "#made-status", "Link copied").await;
    let link = wait_clipboard_with(display, "zcw://request?").await;

    // The admin kept the connection: nothing to enter, a sign-in, a reply.
    admin
        .run(&[
            "add",
            "acme-crm",
            "--request",
            &link,
            "--fingerprint",
            &again,
        ])
        .success()
        .stdout_has("is kept here with that client");
    let browser = RecordingBrowser::following(admin.dir.path());
    admin
        .zcw()
        .env("BROWSER", &browser.program)
        .args(["login", "acme-crm", "--timeout", "30"])
        .args(["--passphrase-file", admin.path("pass").to_str().unwrap()])
        .run()
        .success();
    let replied = admin.run(&["reply", "acme-crm"]).success();

    click(&client, "#made-done").await;
    wait_displayed(&client, "#home", true).await;
    click(&client, "#import-reply").await;
    wait_displayed(&client, "#import-reply-view", true).await;
    paste_into(&client, "#reply-text", &replied.stdout).await;
    click(&client, "#import-reply-text").await;
    wait_displayed(&client, "#import-confirm", true).await;
    wait_text(
        &client,
        "#ic-reconnect-text",
        &format!(
            "replaces the one of {} held here",
            zcw_test_support::emulator::TEST_EMAIL
        ),
    )
    .await;
    save_screenshot(&client, "reconnect-import-confirm").await;
    click(&client, "#ic-confirmed").await;
    wait_enabled(&client, "#ic-import", true).await;
    click(&client, "#ic-import").await;
    wait_displayed(&client, "#import-done", true).await;
    wait_text(&client, "#import-done-text", "Reconnected “acme-crm”").await;
    wait_text(&client, "#import-done-text", "no longer worked at Zoho").await;
    wait_text(&client, "#import-check", "Tested: connected to").await;
    save_screenshot(&client, "reconnect-imported").await;
    axe::assert_clean(&client, "the reconnect's import").await;

    // One connection, working again.
    click(&client, "#import-reply-back").await;
    wait_text(&client, ROW, "Working").await;
    let listed = zcw(&session)
        .args(["list", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{listed}");
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_signs_in_again_straight_away_or_gives_the_same_clients_secret_again() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let staff = Other::start(&zoho);
    zoho.register_client(
        TEST_CLIENT_ID,
        TEST_SECRET,
        &[
            "https://hotglue.xyz/callback",
            "http://localhost:47823/callback",
        ],
    );
    // The staff asked this app's user (the admin) for credentials, who answered.
    let first = staff.path("acme-crm.zcwrequest");
    let made = staff
        .run(&[
            "request",
            "new",
            "acme-crm",
            "--template",
            "hotglue",
            "--dc",
            "us",
            "--with-refresh-token",
            "--from",
            "Acme Integrations",
            "--out",
            first.to_str().unwrap(),
        ])
        .success();
    let accounts = zoho.url().to_string();
    zcw(&session)
        .env("ZCW_ACCOUNTS_URL", &accounts)
        .args(["add", "acme-crm", "--request", first.to_str().unwrap()])
        .args([
            "--client-id",
            TEST_CLIENT_ID,
            "--fingerprint",
            &fingerprint(&made.stdout),
        ])
        .stdin(TEST_SECRET)
        .run()
        .success();
    let browser_dir = session.root.path().join("browser");
    std::fs::create_dir_all(&browser_dir).unwrap();
    let browser = RecordingBrowser::following(&browser_dir);
    zcw(&session)
        .env("ZCW_ACCOUNTS_URL", &accounts)
        .env("BROWSER", &browser.program)
        .args(["login", "acme-crm", "--timeout", "30"])
        .run()
        .success();
    let reply = staff.path("acme-crm.zcwreply");
    zcw(&session)
        .env("ZCW_ACCOUNTS_URL", &accounts)
        .args(["reply", "acme-crm", "--out", reply.to_str().unwrap()])
        .run()
        .success();
    staff
        .run(&["request", "import", reply.to_str().unwrap()])
        .success();
    // Later the staff ask to sign in again.
    let again = staff.path("again.zcwrequest");
    let made = staff
        .run(&[
            "request",
            "new",
            "acme-crm",
            "--reconnect",
            "--from",
            "Acme Integrations",
            "--out",
            again.to_str().unwrap(),
        ])
        .success();
    let again_fingerprint = fingerprint(&made.stdout);
    let again_text = std::fs::read_to_string(&again).unwrap();

    let url = PathBuf::from(zoho.url());
    // On a light desktop first: the kept connection's screen.
    {
        let harness = GuiHarness::start(&session, app(), &[("ZCW_ACCOUNTS_URL", &url)]);
        let client = harness.launch_app().await;
        wait_displayed(&client, "#home", true).await;
        open_pasted_request(&client, &again_text).await;
        wait_displayed(&client, "#reconnect-kept", true).await;
        save_screenshot(&client, "reconnect-kept").await;
        axe::assert_clean(&client, "the reconnect of a kept connection").await;
        client.close().await.unwrap();
    }
    let dark = PathBuf::from("Adwaita:dark");
    let harness = GuiHarness::start(
        &session,
        app(),
        &[("ZCW_ACCOUNTS_URL", &url), ("GTK_THEME", &dark)],
    );
    let client = harness.launch_app().await;
    wait_displayed(&client, "#home", true).await;
    open_pasted_request(&client, &again_text).await;

    // Kept here with that client: the fingerprint, then straight to the sign-in.
    wait_displayed(&client, "#reconnect-kept", true).await;
    wait_text(
        &client,
        "#answering-reconnect",
        "Acme Integrations asks you to sign in again to “acme-crm”",
    )
    .await;
    assert_eq!(text_of(&client, "#rk-client-id").await, TEST_CLIENT_ID);
    assert_eq!(text_of(&client, "#rk-fingerprint").await, again_fingerprint);
    wait_enabled(&client, "#rk-sign-in", false).await;
    save_screenshot(&client, "dark-reconnect-kept").await;
    axe::assert_clean(&client, "the reconnect of a kept connection, dark").await;
    click(&client, "#rk-confirmed").await;
    wait_enabled(&client, "#rk-sign-in", true).await;
    click(&client, "#rk-sign-in").await;
    wait_displayed(&client, "#step-4", true).await;
    save_screenshot(&client, "dark-reconnect-sign-in").await;

    // Removed here: step 3 takes the secret again, for the request's client only.
    click(&client, "#stop-answering").await;
    wait_displayed(&client, "#home", true).await;
    zcw(&session)
        .args(["remove", "acme-crm", "--yes", "--local-only"])
        .run()
        .success();
    open_pasted_request(&client, &again_text).await;
    wait_displayed(&client, "#step-3", true).await;
    assert_eq!(prop(&client, "#client-id", "value").await, TEST_CLIENT_ID);
    assert_eq!(prop(&client, "#client-id", "readOnly").await, "true");
    wait_displayed(&client, "#s3-fingerprint-field", true).await;
    wait_text(&client, "#s3-reconnect", "copy its Client Secret").await;
    save_screenshot(&client, "dark-reconnect-secret-again").await;
    axe::assert_clean(&client, "the reconnect of a removed connection, dark").await;
    client.close().await.unwrap();
}
