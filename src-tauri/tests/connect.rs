//! Step 4 in the real app: connect through the browser against the Zoho emulator (a curl-driven
//! browser, then headless Chromium), and reconnect with the redirect pasted by hand.

use std::process::Command;

use zcw_tests::emulator::{ZohoEmulator, TEST_EMAIL};
use zcw_tests::gui::{save_screenshot, GuiHarness};
use zcw_tests::session::KeyringSession;
use zcw_tests::ui::{find, type_into, wait_displayed, wait_text};
use zcw_tests::{RecordingBrowser, SwitchableBrowser};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_in_the_browser_then_reconnect_with_a_pasted_redirect() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let port = session.add_registered_connection(&zoho, "crm");

    let dir = |name: &str| {
        let dir = session.root.path().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    };
    let following = RecordingBrowser::following(&dir("curl"));
    let recording_only = RecordingBrowser::new(&dir("held"));
    let chromium = RecordingBrowser::chromium(&dir("chromium"));
    let browser = SwitchableBrowser::new(session.root.path());
    browser.use_browser(&following);
    let accounts = std::path::PathBuf::from(zoho.url());
    let harness = GuiHarness::start(
        &session,
        &[
            ("BROWSER", &browser.program),
            ("ZCW_ACCOUNTS_URL", &accounts),
        ],
    );
    let client = harness.launch_app().await;

    // From the home screen to the connection, then Connect.
    wait_displayed(&client, "#home", true).await;
    find(&client, "#profile-rows tr[data-name='crm'] .open-profile")
        .await
        .click()
        .await
        .unwrap();
    wait_displayed(&client, "#details", true).await;
    find(&client, "#show-connect").await.click().await.unwrap();
    wait_displayed(&client, "#step-4", true).await;
    wait_text(
        &client,
        "#s4-redirect",
        &format!("http://localhost:{port}/callback"),
    )
    .await;
    find(&client, "#s4-presets input[value='ZohoCRM.modules.ALL']")
        .await
        .click()
        .await
        .unwrap();
    save_screenshot(&client, "step4-scopes").await;

    find(&client, "#s4-connect").await.click().await.unwrap();
    let done = wait_text(&client, "#s4-done-text", "Connected as").await;
    assert_eq!(
        done,
        format!("Connected as {TEST_EMAIL} · US · ZohoCRM.modules.ALL, AaaServer.profile.READ")
    );
    save_screenshot(&client, "step4-connected").await;
    let refresh = session.lookup("crm/refresh_token");
    assert!(!refresh.is_empty());
    let page: String = client
        .execute("return document.documentElement.outerHTML", vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();
    assert!(!page.contains(&refresh) && !page.contains(&zoho.last_access_token().unwrap()));

    find(&client, "#s4-finish").await.click().await.unwrap();
    wait_displayed(&client, "#home", true).await;
    wait_text(&client, "#profile-rows tr[data-name='crm']", "Connected").await;

    // Reconnect: a warning first; the browser stays put, so the redirect is pasted by hand.
    browser.use_browser(&recording_only);
    find(&client, "#profile-rows tr[data-name='crm'] .open-profile")
        .await
        .click()
        .await
        .unwrap();
    wait_displayed(&client, "#details", true).await;
    wait_text(&client, "#details-facts", TEST_EMAIL).await;
    find(&client, "#show-connect").await.click().await.unwrap();
    wait_displayed(&client, "#s4-reconnect", true).await;
    find(&client, "#s4-connect").await.click().await.unwrap();
    wait_displayed(&client, "#s4-waiting", true).await;
    wait_text(&client, "#s4-countdown", "left").await;
    save_screenshot(&client, "step4-waiting").await;

    let opened = recording_only.wait_for(1);
    let location = Command::new("curl")
        .args(["-s", "-o", "/dev/null", "-w", "%{redirect_url}", &opened[0]])
        .output()
        .unwrap();
    let redirect = String::from_utf8_lossy(&location.stdout).to_string();
    assert!(
        redirect.starts_with(&format!("http://localhost:{port}/callback?code=")),
        "{redirect}"
    );
    find(&client, "#s4-waiting details summary")
        .await
        .click()
        .await
        .unwrap();
    type_into(&client, "#s4-pasted", &redirect).await;
    find(&client, "#s4-use-pasted").await.click().await.unwrap();
    wait_text(
        &client,
        "#s4-done-text",
        &format!("Connected as {TEST_EMAIL}"),
    )
    .await;
    assert_eq!(zoho.exchanges(), 2);

    // Once more with headless Chromium as the browser.
    browser.use_browser(&chromium);
    find(&client, "#s4-finish").await.click().await.unwrap();
    wait_displayed(&client, "#home", true).await;
    find(&client, "#profile-rows tr[data-name='crm'] .open-profile")
        .await
        .click()
        .await
        .unwrap();
    wait_displayed(&client, "#details", true).await;
    find(&client, "#show-connect").await.click().await.unwrap();
    wait_displayed(&client, "#step-4", true).await;
    find(&client, "#s4-connect").await.click().await.unwrap();
    wait_text(
        &client,
        "#s4-done-text",
        &format!("Connected as {TEST_EMAIL}"),
    )
    .await;
    assert_eq!(chromium.opened().len(), 1);
    assert_eq!(zoho.exchanges(), 3);
    wait_text(&client, "#s4-done-text", "ZohoCRM.modules.ALL").await;
    find(&client, "#s4-finish").await.click().await.unwrap();
    wait_text(
        &client,
        "#profile-rows tr[data-name='crm']",
        "Connected · token until",
    )
    .await;
    save_screenshot(&client, "home-connected").await;
    client.close().await.unwrap();
    drop(harness);
}
