//! The wizard's first two steps in the real app, under Xvfb, through tauri-driver + WebKitWebDriver.

use std::time::Duration;

use fantoccini::{Client, Locator};
use serde_json::Value;
use zcw_tests::gui::{save_screenshot, GuiHarness};
use zcw_tests::session::KeyringSession;
use zcw_tests::ui::{find, text_of, type_into, wait_displayed, wait_enabled, wait_text};
use zcw_tests::{run, wait_until, zcw, RecordingBrowser};

const ORG_CONSOLE_URL: &str =
    "https://console.catalyst.zoho.eu/baas/60012345678/project/4000000012345/Development#/";

/// Every value step 2 shows, in the order shown.
async fn shown_values(client: &Client) -> (String, String, String, Vec<String>) {
    let mut redirects = Vec::new();
    for row in client
        .find_all(Locator::Css("[data-key='redirect-uri'] .value"))
        .await
        .unwrap()
    {
        redirects.push(row.text().await.unwrap());
    }
    (
        text_of(client, "[data-key='client-type'] .value").await,
        text_of(client, "[data-key='client-name'] .value").await,
        text_of(client, "[data-key='homepage'] .value").await,
        redirects,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn catalyst_in_eu_through_both_steps_and_a_restart() {
    let session = KeyringSession::start();
    let config_dir = session.config_dir();
    let browser = RecordingBrowser::new(session.root.path());
    let harness = GuiHarness::start(&session, &[("BROWSER", &browser.program)]);

    // First launch: a fresh wizard on step 1.
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-1", true).await;
    assert_eq!(
        text_of(&client, "#stepper li.current .name").await,
        "Integration"
    );
    assert_eq!(
        find(&client, "#dc")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("us")
    );
    assert_eq!(
        find(&client, "#dc option").await.text().await.unwrap(),
        "US · United States (zoho.com)"
    );
    assert_eq!(
        client
            .find_all(Locator::Css("#dc option"))
            .await
            .unwrap()
            .len(),
        9
    );
    wait_enabled(&client, "#next", false).await;
    wait_text(&client, "#next-hint", "project name, org ID").await;
    save_screenshot(&client, "step1-start").await;

    // Fill in a Catalyst app in the EU data centre, pasting the console address for the org ID.
    find(&client, "#dc")
        .await
        .select_by_value("eu")
        .await
        .unwrap();
    find(&client, "#template-catalyst")
        .await
        .click()
        .await
        .unwrap();
    type_into(&client, "#catalyst-project", "Lead Manager").await;
    type_into(&client, "#catalyst-org", ORG_CONSOLE_URL).await;
    wait_text(
        &client,
        "#catalyst-org-taken",
        "Org ID 60012345678 taken from the address",
    )
    .await;
    wait_enabled(&client, "#next", true).await;
    save_screenshot(&client, "step1-catalyst-eu").await;

    find(&client, "#next").await.click().await.unwrap();
    wait_displayed(&client, "#step-2", true).await;
    assert_eq!(
        text_of(&client, "#stepper li.current .name").await,
        "Register in Zoho"
    );
    assert_eq!(text_of(&client, "#s2-dc").await, "EU · Europe (zoho.eu)");

    // Every value on screen is what `zcw uris` prints for the same input.
    let dir = tempfile::tempdir().unwrap();
    let (out, stdout, stderr) = run(zcw(dir.path()).args([
        "uris",
        "--template",
        "catalyst",
        "--project",
        "Lead Manager",
        "--org",
        ORG_CONSOLE_URL,
        "--dc",
        "eu",
        "--json",
    ]));
    assert!(out.status.success(), "{stderr}");
    let cli: Value = serde_json::from_str(&stdout).unwrap();
    let cli_redirects: Vec<String> = serde_json::from_value(cli["redirectUris"].clone()).unwrap();
    let (client_type, client_name, homepage, redirects) = shown_values(&client).await;
    assert_eq!(client_type, cli["clientType"]);
    assert_eq!(client_name, cli["clientName"]);
    assert_eq!(homepage, cli["homepage"]);
    assert_eq!(redirects, cli_redirects);
    assert_eq!(redirects.len(), 3);
    assert_eq!(redirects[2], "http://localhost:47823/callback");

    // Copy gives a visible confirmation.
    find(&client, "[data-key='homepage'] .copy-button")
        .await
        .click()
        .await
        .unwrap();
    wait_text(&client, "[data-key='homepage'] .copied", "Copied").await;
    save_screenshot(&client, "step2-register").await;

    // The console opens through the system opener ($BROWSER), with the EU address built in Rust.
    find(&client, "#open-console").await.click().await.unwrap();
    assert_eq!(browser.wait_for(1), ["https://api-console.zoho.eu/"]);
    wait_text(
        &client,
        "#console-status",
        "Opened https://api-console.zoho.eu/",
    )
    .await;
    save_screenshot(&client, "step2-console-opened").await;

    // The webview itself holds no permission to open URLs: the opener plugin's command is refused.
    let refused = client
        .execute_async(
            "const done = arguments[0];
             window.__TAURI__.core.invoke('plugin:opener|open_url', { url: 'https://evil.example/' })
               .then(() => done('allowed'), (e) => done('refused: ' + String(e)));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        refused.as_str().unwrap().starts_with("refused"),
        "{refused}"
    );

    // The draft is on disk at step 2 before the app closes.
    let draft_path = config_dir.join("draft.json");
    assert!(wait_until(Duration::from_secs(10), || {
        std::fs::read_to_string(&draft_path).is_ok_and(|d| d.contains("\"step\": 2"))
    }));
    client.close().await.unwrap();

    // Second launch: back on step 2 with the same values.
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-2", true).await;
    assert_eq!(shown_values(&client).await.3, cli_redirects);
    assert_eq!(
        text_of(&client, "[data-key='homepage'] .value").await,
        cli["homepage"]
    );
    save_screenshot(&client, "step2-restored").await;

    // Back keeps every input; a bad org ID is named next to its field and blocks Next.
    find(&client, "#back").await.click().await.unwrap();
    wait_displayed(&client, "#step-1", true).await;
    assert_eq!(
        find(&client, "#catalyst-project")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Lead Manager")
    );
    assert_eq!(
        find(&client, "#dc")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("eu")
    );
    type_into(&client, "#catalyst-org", "6001x").await;
    wait_text(
        &client,
        "#err-catalyst-org",
        "The org ID \"6001x\" is not a number",
    )
    .await;
    wait_enabled(&client, "#next", false).await;
    assert_eq!(
        find(&client, "#catalyst-org")
            .await
            .attr("aria-invalid")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    save_screenshot(&client, "step1-bad-org-id").await;
    client.close().await.unwrap();

    assert_eq!(
        browser.opened(),
        ["https://api-console.zoho.eu/"],
        "nothing else was opened"
    );
    drop(harness);
}
