//! Step 5 in the real app: what each integration needs, secrets copied by Rust to a real X
//! clipboard (read back with xclip) and cleared again, and Disconnect on a connection's page.

use std::time::Duration;

use fantoccini::Client;
use zcw_test_support::axe;
use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{
    click, open_connection, page_contains, prop, wait_displayed, wait_text,
};
use zcw_test_support::{RecordingBrowser, TEST_CLIENT_ID, TEST_SECRET};

use crate::{app, use_file_store, zcw, zcw_path};

async fn open_hand_over(client: &Client, name: &str) {
    wait_displayed(client, "#home", true).await;
    open_connection(client, name).await;
    click(client, "#show-handover").await;
    wait_displayed(client, "#step-5", true).await;
}

fn add(session: &KeyringSession, name: &str, template: &[&str]) {
    zcw(session)
        .args(["add", name, "--client-id", TEST_CLIENT_ID])
        .args(template)
        .stdin(TEST_SECRET)
        .run()
        .success();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn step_5_says_where_the_credentials_go_for_each_integration() {
    let session = KeyringSession::start();
    add(&session, "optiply", &["--template", "hotglue"]);
    add(
        &session,
        "leads",
        &[
            "--template",
            "catalyst",
            "--project",
            "LeadManager",
            "--org",
            "600123",
            "--function",
            "lead_manager_function",
        ],
    );
    add(
        &session,
        "scripts",
        &[
            "--template",
            "custom",
            "--homepage",
            "https://acme.example",
            "--port",
            "47900",
        ],
    );
    let harness = GuiHarness::start(&session, app(), &[]);
    let client = harness.launch_app().await;

    open_hand_over(&client, "optiply").await;
    wait_text(&client, "#step-5-title", "Add Zoho in Optiply").await;
    wait_text(&client, "#s5-ways", "Settings > Integrations").await;
    wait_text(&client, "#s5-ways", "https://hotglue.xyz/callback").await;
    wait_text(
        &client,
        "#s5-values [data-key='client-id'] .value",
        TEST_CLIENT_ID,
    )
    .await;
    wait_text(
        &client,
        "[data-key='client-secret']",
        "kept in this computer's keychain",
    )
    .await;
    save_screenshot(&client, "step5-hotglue").await;
    click(&client, "#back-5").await;
    click(&client, "#details-back").await;

    open_hand_over(&client, "leads").await;
    wait_text(
        &client,
        "#s5-ways",
        "Serverless > Functions > lead_manager_function > Configuration > Environment variables",
    )
    .await;
    wait_text(&client, "#s5-ways", "process.env.ZOHO_CLIENT_ID").await;
    wait_text(
        &client,
        "#s5-ways",
        "functions/lead_manager_function/main.py",
    )
    .await;
    wait_text(&client, "#s5-warnings", "public repository").await;
    save_screenshot(&client, "step5-catalyst").await;
    click(&client, "#back-5").await;
    click(&client, "#details-back").await;

    open_hand_over(&client, "scripts").await;
    wait_text(
        &client,
        "[data-key='accounts-server'] .value",
        "https://accounts.zoho.com",
    )
    .await;
    wait_text(
        &client,
        "[data-key='api-domain'] .value",
        "https://www.zohoapis.com",
    )
    .await;
    wait_text(&client, "#s5-ways", "zcw exec scripts --").await;
    save_screenshot(&client, "step5-custom").await;

    assert!(
        !page_contains(&client, TEST_SECRET).await,
        "the webview holds the secret"
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn copying_the_secret_marks_it_counts_down_and_clears_it() {
    let session = KeyringSession::start();
    add(&session, "optiply", &["--template", "hotglue"]);
    let harness = GuiHarness::start(&session, app(), &[]);
    let display = harness.display();
    let client = harness.launch_app().await;
    open_hand_over(&client, "optiply").await;
    fantoccini::elements::Element::select_by_value(
        &zcw_test_support::ui::find(&client, "#s5-clear").await,
        "10",
    )
    .await
    .unwrap();
    click(&client, "[data-key='client-secret'] .copy-button").await;
    assert!(
        display.wait_clipboard(TEST_SECRET, true, Duration::from_secs(10)),
        "the secret never reached the clipboard"
    );
    let targets = display.clipboard_targets();
    assert!(targets.contains("x-kde-passwordManagerHint"), "{targets}");
    wait_text(&client, "#s5-clipboard", "Clipboard clears in").await;
    save_screenshot(&client, "step5-clipboard-countdown").await;
    assert!(
        !page_contains(&client, TEST_SECRET).await,
        "the webview holds the secret"
    );
    assert!(
        display.wait_clipboard(TEST_SECRET, false, Duration::from_secs(20)),
        "the clipboard was not cleared"
    );
    wait_text(&client, "#s5-clipboard", "clipboard cleared").await;
    // The setting is kept for next time.
    let saved = std::fs::read_to_string(session.config_dir().join("connections.json")).unwrap();
    assert!(saved.contains("\"clipboardClearSecs\": 10"), "{saved}");
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disconnect_revokes_and_falls_back_to_here_only_when_zoho_is_away() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    session.add_registered_connection(zcw_path(), &zoho, "crm");
    let browser = RecordingBrowser::following(session.root.path());
    zcw(&session)
        .args(["login", "crm", "--timeout", "30"])
        .env("ZCW_ACCOUNTS_URL", zoho.url())
        .env("BROWSER", &browser.program)
        .run()
        .success();
    let accounts = std::path::PathBuf::from(zoho.url());
    let harness = GuiHarness::start(&session, app(), &[("ZCW_ACCOUNTS_URL", &accounts)]);
    let client = harness.launch_app().await;
    wait_displayed(&client, "#home", true).await;
    // The connections screen's check answered before Zoho goes away below.
    wait_text(
        &client,
        "#connection-rows tr[data-name='crm'] .status",
        "Working",
    )
    .await;
    click(
        &client,
        "#connection-rows tr[data-name='crm'] .open-connection",
    )
    .await;
    wait_displayed(&client, "#details", true).await;
    click(&client, "#show-disconnect").await;
    wait_text(&client, "#disconnect-question", "The Client Secret stays").await;
    save_screenshot(&client, "details-disconnect").await;

    // Zoho away: nothing deleted, and "here only" is offered.
    let url = zoho.url().to_string();
    drop(zoho);
    click(&client, "#confirm-disconnect").await;
    wait_text(&client, "#err-disconnect", "could not be reached to revoke").await;
    wait_displayed(&client, "#disconnect-local", true).await;
    // What the system said is under a collapsed Details, not in the sentence.
    wait_displayed(&client, "#err-disconnect .error-details", true).await;
    assert_eq!(
        prop(&client, "#err-disconnect .error-details", "open").await,
        "false"
    );
    let details = prop(
        &client,
        "#err-disconnect .error-details code",
        "textContent",
    )
    .await;
    let said = client
        .execute(
            "return document.querySelector('#err-disconnect').firstChild.textContent",
            vec![],
        )
        .await
        .unwrap();
    let said = said.as_str().unwrap();
    assert!(said.ends_with("on this computer only” below."), "{said}");
    assert!(
        !details.is_empty() && !said.contains(&details),
        "{said} / {details}"
    );
    assert!(!session.lookup("crm/refresh_token").is_empty());
    save_screenshot(&client, "details-disconnect-zoho-away").await;
    axe::assert_clean(&client, "an error with its details").await;
    click(&client, "#disconnect-local").await;
    wait_text(&client, "#details-result", "deleted here only").await;
    wait_displayed(&client, "#show-disconnect", false).await;
    assert_eq!(session.lookup("crm/refresh_token"), "");
    assert_eq!(session.lookup("crm/client_secret"), TEST_SECRET);
    zcw(&session)
        .args(["token", "crm"])
        .env("ZCW_ACCOUNTS_URL", &url)
        .run()
        .exit(4);
    client.close().await.unwrap();
}

/// With the agent running (`zcw unlock`), the app reads the encrypted file through it: the
/// secret is copied without the passphrase being asked for. After `zcw lock`, it is asked again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_uses_the_agent_for_the_encrypted_file_store() {
    let session = KeyringSession::start();
    let pass = &use_file_store(&session, "correct horse battery staple\n");
    zcw(&session)
        .args(["add", "optiply", "--client-id", TEST_CLIENT_ID])
        .args(["--template", "hotglue", "--passphrase-file", pass])
        .stdin(TEST_SECRET)
        .run()
        .success();
    zcw(&session)
        .args(["unlock", "--passphrase-file", pass])
        .run()
        .success();

    let harness = GuiHarness::start(&session, app(), &[]);
    let display = harness.display();
    let client = harness.launch_app().await;
    open_hand_over(&client, "optiply").await;
    click(&client, "[data-key='client-secret'] .copy-button").await;
    assert!(
        display.wait_clipboard(TEST_SECRET, true, Duration::from_secs(10)),
        "the secret never reached the clipboard"
    );
    wait_displayed(&client, "#unlock", false).await;

    // The agent stops meanwhile: the copy asks for the passphrase at the top of the screen.
    zcw(&session).arg("lock").run().success();
    click(&client, "[data-key='client-secret'] .copy-button").await;
    wait_displayed(&client, "#unlock", true).await;
    wait_text(&client, "#err-unlock-passphrase", "needs its passphrase").await;
    save_screenshot(&client, "step5-file-store-locked").await;
    client.close().await.unwrap();
}
