//! The wizard's first two steps in the real app.

use std::time::Duration;

use fantoccini::{Client, Locator};
use zcw_core::draft::{Draft, DraftStore};
use zcw_core::registration::{CatalystInput, WizardInput};
use zcw_test_support::axe;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{
    attr, click, find, prefers_dark, prop, text_of, type_into, wait_displayed, wait_enabled,
    wait_text,
};
use zcw_test_support::{wait_until, RecordingBrowser, Zcw};

use crate::{app, zcw_path};

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

/// Fills step 1 for a Catalyst app in the EU, pasting the console address for the org ID.
async fn fill_catalyst_in_eu(client: &Client) {
    find(client, "#dc")
        .await
        .select_by_value("eu")
        .await
        .unwrap();
    click(client, "#template-catalyst").await;
    type_into(client, "#catalyst-project", "Lead Manager").await;
    type_into(client, "#catalyst-org", ORG_CONSOLE_URL).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn step_2_shows_exactly_what_zcw_uris_prints_and_opens_the_dcs_console() {
    let session = KeyringSession::start();
    let browser = RecordingBrowser::new(session.root.path());
    let harness = GuiHarness::start(&session, app(), &[("BROWSER", &browser.program)]);
    let client = harness.launch_app().await;

    // A fresh wizard starts on step 1 with all nine data centres and Next waiting.
    wait_displayed(&client, "#step-1", true).await;
    assert_eq!(
        text_of(&client, "#stepper li.current .name").await,
        "Integration"
    );
    assert_eq!(
        Some(prop(&client, "#dc", "value").await.as_str()),
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

    fill_catalyst_in_eu(&client).await;
    wait_text(
        &client,
        "#catalyst-org-taken",
        "Org ID 60012345678 taken from the address",
    )
    .await;
    wait_enabled(&client, "#next", true).await;
    save_screenshot(&client, "step1-catalyst-eu").await;

    click(&client, "#next").await;
    wait_displayed(&client, "#step-2", true).await;
    assert_eq!(
        text_of(&client, "#stepper li.current .name").await,
        "Register in Zoho"
    );
    assert_eq!(text_of(&client, "#s2-dc").await, "EU · Europe (zoho.eu)");

    // Every value on screen is what `zcw uris` prints for the same input.
    let dir = tempfile::tempdir().unwrap();
    let cli = Zcw::in_dir(zcw_path(), dir.path())
        .args([
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
        ])
        .run()
        .success()
        .json();
    let cli_redirects: Vec<String> = serde_json::from_value(cli["redirectUris"].clone()).unwrap();
    let (client_type, client_name, homepage, redirects) = shown_values(&client).await;
    assert_eq!(client_type, cli["clientType"]);
    assert_eq!(client_name, cli["clientName"]);
    assert_eq!(homepage, cli["homepage"]);
    assert_eq!(redirects, cli_redirects);
    assert_eq!(redirects.len(), 3);
    assert_eq!(redirects[2], "http://localhost:47823/callback");

    // Copy gives a visible confirmation.
    click(&client, "[data-key='homepage'] .copy-button").await;
    wait_text(&client, "[data-key='homepage'] .copied", "Copied").await;
    save_screenshot(&client, "step2-register").await;

    // The console opens through the system opener ($BROWSER), with the EU address built in Rust.
    click(&client, "#open-console").await;
    assert_eq!(browser.wait_for(1), ["https://api-console.zoho.eu/"]);
    wait_text(
        &client,
        "#console-status",
        "Opened https://api-console.zoho.eu/",
    )
    .await;
    save_screenshot(&client, "step2-console-opened").await;
    client.close().await.unwrap();
    assert_eq!(
        browser.opened(),
        ["https://api-console.zoho.eu/"],
        "nothing else opened"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webview_itself_cannot_open_urls() {
    let session = KeyringSession::start();
    let browser = RecordingBrowser::new(session.root.path());
    let harness = GuiHarness::start(&session, app(), &[("BROWSER", &browser.program)]);
    let client = harness.launch_app().await;
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
    client.close().await.unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(browser.opened().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_resumes_after_a_restart_and_back_keeps_every_input() {
    let session = KeyringSession::start();
    let config_dir = session.config_dir();
    let harness = GuiHarness::start(&session, app(), &[]);

    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-1", true).await;
    fill_catalyst_in_eu(&client).await;
    wait_enabled(&client, "#next", true).await;
    click(&client, "#next").await;
    wait_displayed(&client, "#step-2", true).await;
    let before = shown_values(&client).await;
    // The draft is on disk at step 2 before the app closes.
    let draft_path = config_dir.join("draft.json");
    assert!(wait_until(Duration::from_secs(10), || {
        std::fs::read_to_string(&draft_path).is_ok_and(|d| d.contains("\"step\": 2"))
    }));
    client.close().await.unwrap();

    // Second launch: back on step 2 with the same values.
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-2", true).await;
    assert_eq!(shown_values(&client).await, before);
    save_screenshot(&client, "step2-restored").await;

    // Back keeps every input; a bad org ID is named next to its field and blocks Next.
    click(&client, "#back").await;
    wait_displayed(&client, "#step-1", true).await;
    assert_eq!(
        Some(prop(&client, "#catalyst-project", "value").await.as_str()),
        Some("Lead Manager")
    );
    assert_eq!(
        Some(prop(&client, "#dc", "value").await.as_str()),
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
        attr(&client, "#catalyst-org", "aria-invalid")
            .await
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        attr(&client, "#catalyst-org", "aria-describedby")
            .await
            .as_deref(),
        Some("hint-catalyst-org catalyst-org-taken err-catalyst-org"),
        "the error is read out with the field"
    );
    save_screenshot(&client, "step1-bad-org-id").await;
    client.close().await.unwrap();
}

/// A draft that stopped at `step` for a Catalyst app in the EU (for other scenarios).
pub fn seed_draft(session: &KeyringSession, step: u8) {
    let input = WizardInput {
        dc: "eu".into(),
        catalyst: CatalystInput {
            project: "Lead Manager".into(),
            org: "60012345678".into(),
            ..CatalystInput::default()
        },
        ..WizardInput::default()
    };
    DraftStore::in_dir(&session.config_dir())
        .save(&Draft {
            step,
            input,
            client_id: String::new(),
            connection_name: String::new(),
        })
        .unwrap();
}

/// The stepper's step names, in order, and how many are marked done.
async fn stepper(client: &Client) -> (Vec<String>, usize) {
    let mut names = Vec::new();
    for li in client
        .find_all(Locator::Css("#stepper li .name"))
        .await
        .unwrap()
    {
        names.push(li.text().await.unwrap());
    }
    let done = client
        .find_all(Locator::Css("#stepper li.done"))
        .await
        .unwrap();
    for li in &done {
        // A finished step says so with a check mark, not only a colour.
        assert_eq!(
            li.find(Locator::Css(".num"))
                .await
                .unwrap()
                .text()
                .await
                .unwrap(),
            "✓"
        );
    }
    (names, done.len())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_path_follows_the_integration_and_sign_in_waits_for_a_choice() {
    walk_the_path(false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_path_reads_well_in_the_dark() {
    walk_the_path(true).await;
}

/// The wizard's path for a custom connection and a Self Client, each changed screen saved as a
/// screenshot and checked with axe, on a light or a dark desktop (GTK's dark Adwaita).
async fn walk_the_path(dark: bool) {
    let session = KeyringSession::start();
    let theme = std::path::PathBuf::from("Adwaita:dark");
    let env: &[(&str, &std::path::Path)] = if dark { &[("GTK_THEME", &theme)] } else { &[] };
    let harness = GuiHarness::start(&session, app(), env);
    let client = harness.launch_app().await;
    assert_eq!(prefers_dark(&client).await, dark);
    let shot = |name: &str| {
        if dark {
            format!("dark-{name}")
        } else {
            name.to_string()
        }
    };

    wait_displayed(&client, "#step-1", true).await;
    if !dark {
        // A suggested client name follows the template, even past the Self Client (which has no
        // name field); a name the admin typed stays, even one that is another's suggestion.
        let name_after = async |templates: [&str; 3]| {
            for template in templates {
                click(&client, &format!("#template-{template}")).await;
            }
            prop(&client, "#client-name", "value").await
        };
        assert_eq!(
            name_after(["hotglue", "self-client", "custom"]).await,
            "My Zoho Client"
        );
        type_into(&client, "#client-name", "LeadManagerApp").await;
        assert_eq!(
            name_after(["catalyst", "hotglue", "custom"]).await,
            "LeadManagerApp"
        );
        type_into(&client, "#client-name", "My Zoho Client").await;
    }

    // A custom connection: its own scripts need the sign-in, so step 4 comes next.
    zcw_test_support::ui::fill_custom_integration(&client).await;
    assert_eq!(
        stepper(&client).await,
        (
            vec![
                "Integration".into(),
                "Register in Zoho".into(),
                "Client secret".into(),
                "Sign in".into(),
                "Hand over".into()
            ],
            0
        )
    );
    click(&client, "#next").await;
    wait_displayed(&client, "#step-2", true).await;
    click(&client, "#next-2").await;
    wait_displayed(&client, "#step-3", true).await;
    assert_eq!(stepper(&client).await.1, 2);
    type_into(&client, "#client-id", zcw_test_support::TEST_CLIENT_ID).await;
    type_into(&client, "#client-secret", zcw_test_support::TEST_SECRET).await;
    click(&client, "#save-secret").await;
    wait_text(&client, "#saved-text", "Saved in").await;
    assert_eq!(
        text_of(&client, "#saved-buttons .primary").await,
        "Next: sign in to Zoho"
    );
    wait_text(&client, "#saved-handover", "Skip signing in: hand over").await;
    save_screenshot(&client, &shot("step3-saved-custom")).await;
    axe::assert_clean(&client, &shot("step3-saved-custom")).await;
    click(&client, "#saved-connect").await;

    // Step 4: nothing chosen for a custom connection, so Sign in waits and says why.
    wait_displayed(&client, "#step-4", true).await;
    assert_eq!(stepper(&client).await.1, 3);
    wait_enabled(&client, "#s4-connect", false).await;
    wait_text(&client, "#s4-connect-hint", "Choose at least one thing").await;
    // Zoho's scope name is beside the admin's words; PKCE waits under Advanced.
    wait_text(
        &client,
        "#s4-presets label:has(input[value='ZohoCRM.modules.ALL'])",
        "Read and change records",
    )
    .await;
    assert_eq!(prop(&client, "#s4-advanced", "open").await, "false");
    save_screenshot(&client, &shot("step4-nothing-chosen")).await;
    axe::assert_clean(&client, &shot("step4-nothing-chosen")).await;
    click(
        &client,
        "#s4-presets input[value='ZohoBooks.fullaccess.all']",
    )
    .await;
    wait_enabled(&client, "#s4-connect", true).await;
    click(
        &client,
        "#s4-presets input[value='ZohoBooks.fullaccess.all']",
    )
    .await;
    wait_enabled(&client, "#s4-connect", false).await;
    click(&client, "#s4-advanced summary").await;
    type_into(&client, "#s4-extra", "ZohoSheet.dataAPI.READ").await;
    wait_enabled(&client, "#s4-connect", true).await;
    save_screenshot(&client, &shot("step4-advanced")).await;
    axe::assert_clean(&client, &shot("step4-advanced")).await;

    // A Self Client has three steps: no registration form, no secret step of its own.
    click(&client, "#nav-home").await;
    wait_displayed(&client, "#home", true).await;
    click(&client, "#new-connection").await;
    wait_displayed(&client, "#step-1", true).await;
    click(&client, "#template-self-client").await;
    wait_enabled(&client, "#next", true).await;
    click(&client, "#next").await;
    wait_displayed(&client, "#step-2-self", true).await;
    assert_eq!(
        stepper(&client).await,
        (
            vec![
                "Integration".into(),
                "Code from Zoho".into(),
                "Hand over".into()
            ],
            1
        )
    );
    save_screenshot(&client, &shot("self-client-stepper")).await;
    axe::assert_clean(&client, &shot("self-client-stepper")).await;

    // A request made in the app: the email to copy with it, and no fingerprint in it.
    crate::onboarding::start_request(&client).await;
    click(&client, "#make-request").await;
    wait_displayed(&client, "#request-made", true).await;
    let email = wait_text(&client, "#made-email", "Install Zoho Credential Wizard").await;
    let fingerprint = text_of(&client, "#made-fingerprint").await;
    assert!(
        email.contains("acme-crm.zcwrequest") && email.contains("zcw://request?"),
        "{email}"
    );
    assert!(
        !email.contains(&fingerprint),
        "the email carries the fingerprint: {email}"
    );
    save_screenshot(&client, &shot("request-made-email")).await;
    axe::assert_clean(&client, &shot("request-made-email")).await;
    client.close().await.unwrap();
}
