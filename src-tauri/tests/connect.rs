//! Step 4 in the real app against the Zoho emulator: connect through the browser (played by curl,
//! then by headless Chromium), and reconnect with the redirect pasted by hand.

use std::process::Command;

use fantoccini::Client;
use zcw_test_support::axe;
use zcw_test_support::emulator::{ZohoEmulator, TEST_EMAIL};
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{click, prop, type_into, wait_displayed, wait_enabled, wait_text};
use zcw_test_support::RecordingBrowser;

use crate::{app, zcw, zcw_path};

struct Setup {
    session: KeyringSession,
    zoho: ZohoEmulator,
    port: u16,
}

/// A keychain, the emulator with the test client registered, and a saved connection "crm".
fn setup() -> Setup {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let port = session.add_registered_connection(zcw_path(), &zoho, "crm");
    Setup {
        session,
        zoho,
        port,
    }
}

fn browser_dir(setup: &Setup, name: &str) -> std::path::PathBuf {
    let dir = setup.session.root.path().join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The app with `browser` as `$BROWSER` and the emulator as the only accounts server and API.
fn harness(setup: &Setup, browser: &RecordingBrowser) -> GuiHarness {
    let accounts = std::path::PathBuf::from(setup.zoho.url());
    GuiHarness::start(
        &setup.session,
        app(),
        &[
            ("BROWSER", &browser.program),
            ("ZCW_ACCOUNTS_URL", &accounts),
            ("ZCW_API_URL", &accounts),
        ],
    )
}

/// From the home screen to step 4 of "crm".
async fn open_step_4(client: &Client) {
    wait_displayed(client, "#home", true).await;
    click(
        client,
        "#connection-rows tr[data-name='crm'] .open-connection",
    )
    .await;
    wait_displayed(client, "#details", true).await;
    click(client, "#show-connect").await;
    wait_displayed(client, "#step-4", true).await;
}

/// Step 4 of "crm" with its records chosen: a custom connection starts with nothing chosen.
async fn open_step_4_for_records(client: &Client) {
    open_step_4(client).await;
    wait_enabled(client, "#s4-connect", false).await;
    click(client, "#s4-presets input[value='ZohoCRM.modules.ALL']").await;
    wait_enabled(client, "#s4-connect", true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_in_the_browser_stores_tokens_and_the_home_screen_says_so() {
    let setup = setup();
    let browser = RecordingBrowser::following(&browser_dir(&setup, "curl"));
    let harness = harness(&setup, &browser);
    let client = harness.launch_app().await;
    open_step_4_for_records(&client).await;
    save_screenshot(&client, "step4-scopes").await;

    click(&client, "#s4-connect").await;
    let done = wait_text(&client, "#s4-done-text", "Connected as").await;
    assert_eq!(
        done,
        format!("Connected as {TEST_EMAIL} · US · ZohoCRM.modules.ALL, AaaServer.profile.READ")
    );
    // One test call for the product (CRM: one lead) says what it reached.
    wait_text(
        &client,
        "#s4-check",
        "Tested: connected to CRM Leads module.",
    )
    .await;
    save_screenshot(&client, "step4-connected").await;
    let refresh = setup.session.lookup("crm/refresh_token");
    assert!(!refresh.is_empty());
    let page: String = client
        .execute("return document.documentElement.outerHTML", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();
    assert!(!page.contains(&refresh) && !page.contains(&setup.zoho.last_access_token().unwrap()));

    click(&client, "#s4-finish").await;
    wait_displayed(&client, "#home", true).await;
    wait_text(
        &client,
        "#connection-rows tr[data-name='crm']",
        "Working · CRM Leads module",
    )
    .await;
    save_screenshot(&client, "home-connected").await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnect_warns_first_and_a_pasted_redirect_completes_it() {
    let setup = setup();
    // Connected once already (from the CLI), so the app warns about Zoho's 20-token cap.
    let following = RecordingBrowser::following(&browser_dir(&setup, "curl"));
    zcw(&setup.session)
        .args(["login", "crm", "--timeout", "30"])
        .env("ZCW_ACCOUNTS_URL", setup.zoho.url())
        .env("BROWSER", &following.program)
        .run()
        .success();

    // This browser never comes back: the user pastes the address by hand.
    let held = RecordingBrowser::new(&browser_dir(&setup, "held"));
    let harness = harness(&setup, &held);
    let client = harness.launch_app().await;
    open_step_4_for_records(&client).await;
    wait_displayed(&client, "#s4-reconnect", true).await;
    click(&client, "#s4-connect").await;
    wait_displayed(&client, "#s4-waiting", true).await;
    wait_text(&client, "#s4-countdown", "left").await;
    save_screenshot(&client, "step4-waiting").await;

    let opened = held.wait_for(1);
    let location = Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{redirect_url}", &opened[0]])
        .output()
        .unwrap();
    let redirect = String::from_utf8_lossy(&location.stdout).to_string();
    assert!(
        redirect.starts_with(&format!("http://localhost:{}/callback?code=", setup.port)),
        "{redirect}"
    );
    // The likely causes come after a while, or at once when asked; the paste field is in them.
    click(&client, "#s4-show-causes").await;
    // A wrong address is refused next to the field, and the wait goes on.
    type_into(
        &client,
        "#s4-pasted",
        "http://localhost:1/callback?code=x&state=y",
    )
    .await;
    click(&client, "#s4-use-pasted").await;
    wait_text(
        &client,
        "#err-s4-pasted",
        "is not this connection's sign-in answer",
    )
    .await;
    wait_displayed(&client, "#s4-waiting", true).await;

    type_into(&client, "#s4-pasted", &redirect).await;
    click(&client, "#s4-use-pasted").await;
    wait_text(
        &client,
        "#s4-done-text",
        &format!("Connected as {TEST_EMAIL}"),
    )
    .await;
    assert_eq!(setup.zoho.exchanges(), 2);
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_with_headless_chromium_as_the_browser() {
    let setup = setup();
    let chromium = RecordingBrowser::chromium(&browser_dir(&setup, "chromium"));
    let harness = harness(&setup, &chromium);
    let client = harness.launch_app().await;
    open_step_4_for_records(&client).await;
    click(&client, "#s4-connect").await;
    wait_text(
        &client,
        "#s4-done-text",
        &format!("Connected as {TEST_EMAIL}"),
    )
    .await;
    assert_eq!(chromium.opened().len(), 1);
    assert_eq!(setup.zoho.exchanges(), 1);
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_cancel_connect_at_once_never_meets_a_busy_port() {
    let setup = setup();
    let held = RecordingBrowser::new(&browser_dir(&setup, "held"));
    let harness = harness(&setup, &held);
    let client = harness.launch_app().await;
    open_step_4_for_records(&client).await;
    for _ in 0..3 {
        click(&client, "#s4-connect").await;
        wait_displayed(&client, "#s4-waiting", true).await;
        click(&client, "#s4-cancel").await;
        wait_displayed(&client, "#s4-waiting", false).await;
    }
    // Straight after a cancel: the new attempt waits for the old port, then binds it.
    click(&client, "#s4-connect").await;
    wait_displayed(&client, "#s4-waiting", true).await;
    wait_displayed(&client, "#s4-error", false).await;
    // While waiting, the app says what to check if Zoho never comes back (asked for here; it
    // also appears by itself after 45 seconds).
    click(&client, "#s4-show-causes").await;
    let causes = wait_text(&client, "#s4-causes", "The redirect URI registered").await;
    assert!(
        causes.contains(&format!("http://localhost:{}/callback", setup.port)),
        "{causes}"
    );
    assert!(
        causes.contains("another data centre's console than US"),
        "{causes}"
    );
    wait_text(
        &client,
        "#s4-redirect-3",
        &format!("http://localhost:{}/callback", setup.port),
    )
    .await;
    save_screenshot(&client, "step4-waiting-causes").await;
    axe::assert_clean(&client, "step 4 waiting, with the likely causes").await;
    assert_eq!(
        held.wait_for(4).len(),
        4,
        "every attempt opened the browser"
    );
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pkce_off_warns_and_applies_to_that_attempt_only() {
    let setup = setup();
    let held = RecordingBrowser::new(&browser_dir(&setup, "held"));
    let harness = harness(&setup, &held);
    let client = harness.launch_app().await;
    open_step_4_for_records(&client).await;
    click(&client, "#s4-advanced summary").await;
    click(&client, "#s4-pkce").await;
    wait_text(
        &client,
        "#s4-pkce-warning",
        "PKCE is off for this sign-in only",
    )
    .await;
    save_screenshot(&client, "step4-pkce-off").await;
    click(&client, "#s4-connect").await;
    let opened = held.wait_for(1);
    assert!(!opened[0].contains("code_challenge"), "{}", opened[0]);
    click(&client, "#s4-cancel").await;
    wait_displayed(&client, "#s4-waiting", false).await;
    // Coming back to the step: PKCE is on again, with no warning.
    click(&client, "#back-4").await;
    wait_displayed(&client, "#details", true).await;
    click(&client, "#show-connect").await;
    wait_displayed(&client, "#step-4", true).await;
    assert_eq!(prop(&client, "#s4-pkce", "checked").await, "true");
    wait_displayed(&client, "#s4-pkce-warning", false).await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_account_signing_in_is_asked_about_first() {
    let setup = setup();
    let following = RecordingBrowser::following(&browser_dir(&setup, "curl"));
    zcw(&setup.session)
        .args(["login", "crm", "--timeout", "30"])
        .env("ZCW_ACCOUNTS_URL", setup.zoho.url())
        .env("BROWSER", &following.program)
        .run()
        .success();
    let first = setup.session.lookup("crm/refresh_token");
    setup.zoho.behave(|b| b.email = "b@example.com".into());

    let harness = harness(&setup, &following);
    let client = harness.launch_app().await;
    open_step_4_for_records(&client).await;
    click(&client, "#s4-connect").await;
    wait_text(&client, "#s4-confirm-now", "b@example.com").await;
    wait_text(&client, "#s4-confirm-previous", TEST_EMAIL).await;
    wait_text(&client, "#s4-keep", "Switch to b@example.com").await;
    wait_text(&client, "#s4-discard", &format!("Keep {TEST_EMAIL}")).await;
    save_screenshot(&client, "step4-account-changed").await;
    axe::assert_clean(&client, "step 4 asking about another account").await;
    assert_eq!(
        setup.session.lookup("crm/refresh_token"),
        first,
        "nothing stored yet"
    );

    click(&client, "#s4-discard").await;
    wait_text(
        &client,
        "#s4-error-text",
        "stays signed in as tester@example.com",
    )
    .await;
    assert_eq!(setup.session.lookup("crm/refresh_token"), first);
    assert_eq!(setup.zoho.revocations(), 1);

    click(&client, "#s4-connect").await;
    wait_displayed(&client, "#s4-confirm", true).await;
    click(&client, "#s4-keep").await;
    wait_text(&client, "#s4-done-text", "Connected as b@example.com").await;
    assert_ne!(setup.session.lookup("crm/refresh_token"), first);
    client.close().await.unwrap();
}
