//! Step 3 and the home screen in the real app: the secret goes into the real keychain, survives a
//! restart as a profile, and a stopped keychain loses nothing.

use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use zcw_core::draft::{Draft, DraftStore};
use zcw_core::WizardInput;
use zcw_tests::gui::{save_screenshot, GuiHarness};
use zcw_tests::session::KeyringSession;
use zcw_tests::ui::{find, prop, type_into, wait_displayed, wait_enabled, wait_prop, wait_text};

const SECRET: &str = zcw_tests::TEST_SECRET;
const OTHER_SECRET: &str = "fedcba9876543210fedcba9876543210fedcba9876";
const CLIENT_ID: &str = zcw_tests::TEST_CLIENT_ID;

/// A draft that stopped at step 3 for a Catalyst app in the EU.
fn seed_draft(session: &KeyringSession) {
    let mut input = WizardInput {
        dc: "eu".into(),
        ..WizardInput::default()
    };
    input.catalyst.project = "Lead Manager".into();
    input.catalyst.org = "60012345678".into();
    DraftStore::in_dir(&session.config_dir())
        .save(&Draft {
            step: 3,
            input,
            client_id: String::new(),
            profile_name: String::new(),
        })
        .unwrap();
}

/// Whether the page holds `needle` anywhere: markup or any input's value.
async fn page_contains(client: &Client, needle: &str) -> bool {
    client
        .execute(
            "const needle = arguments[0];
             const values = [...document.querySelectorAll('input, textarea')].map((i) => i.value);
             return document.documentElement.outerHTML.includes(needle) || values.some((v) => v.includes(needle));",
            vec![needle.into()],
        )
        .await
        .unwrap()
        .as_bool()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secret_saved_to_the_keychain_then_a_stopped_keychain_loses_nothing() {
    let mut session = KeyringSession::start();
    seed_draft(&session);
    let harness = GuiHarness::start(&session, &[]);

    // The draft resumes on step 3.
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-3", true).await;
    wait_text(&client, "#s3-store", "the OS keychain (Secret Service)").await;
    assert_eq!(
        prop(&client, "#profile-name", "value").await,
        "LeadManagerApp"
    );
    save_screenshot(&client, "step3-start").await;

    // A secret pasted into the ID field is named as such.
    type_into(&client, "#client-id", SECRET).await;
    wait_text(
        &client,
        "#err-client-id",
        "This looks like the Client Secret",
    )
    .await;
    type_into(&client, "#client-id", CLIENT_ID).await;
    type_into(&client, "#client-secret", &format!("  {SECRET} ")).await;
    assert_eq!(prop(&client, "#client-secret", "type").await, "password");
    find(&client, ".toggle-secret[data-for='client-secret']")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(prop(&client, "#client-secret", "type").await, "text");
    find(&client, ".toggle-secret[data-for='client-secret']")
        .await
        .click()
        .await
        .unwrap();
    assert_eq!(prop(&client, "#client-secret", "type").await, "password");
    save_screenshot(&client, "step3-filled").await;

    let started = Instant::now();
    find(&client, "#save-secret").await.click().await.unwrap();
    wait_text(
        &client,
        "#saved-text",
        "Saved in the OS keychain (Secret Service) · ••••6789",
    )
    .await;
    let save_took = started.elapsed();
    assert_eq!(prop(&client, "#client-secret", "value").await, "");
    assert!(
        !page_contains(&client, SECRET).await,
        "the webview still holds the secret"
    );
    assert_eq!(session.lookup("LeadManagerApp/client_secret"), SECRET);
    save_screenshot(&client, "step3-saved").await;
    eprintln!("measured: step 3 save in the GUI took {save_took:?}");

    find(&client, "#saved-done").await.click().await.unwrap();
    wait_displayed(&client, "#home", true).await;
    wait_text(&client, "#profile-rows", "LeadManagerApp").await;
    client.close().await.unwrap();

    // A restart opens on the home screen with the profile.
    let client = harness.launch_app().await;
    wait_displayed(&client, "#home", true).await;
    let row = wait_text(
        &client,
        "#profile-rows tr[data-name='LeadManagerApp']",
        "EU",
    )
    .await;
    for expected in [CLIENT_ID, "Catalyst app", "OS keychain", "Secret saved"] {
        assert!(row.contains(expected), "{expected} missing from {row:?}");
    }
    wait_text(&client, "#store-description", "the OS keychain").await;
    save_screenshot(&client, "home").await;

    // Opening it shows the registration again, with copy buttons.
    find(
        &client,
        "#profile-rows tr[data-name='LeadManagerApp'] .open-profile",
    )
    .await
    .click()
    .await
    .unwrap();
    wait_displayed(&client, "#details", true).await;
    wait_text(&client, "#details-values", "https://leadmanager-60012345678.development.catalystserverless.eu/server/crm_crud/generateToken").await;
    assert_eq!(
        client
            .find_all(Locator::Css("#details-values .copy-button"))
            .await
            .unwrap()
            .len(),
        6
    );
    save_screenshot(&client, "details").await;

    // A new connection while the keychain is stopped: the error says what to do, the secret stays.
    find(&client, "#nav-home").await.click().await.unwrap();
    wait_displayed(&client, "#home", true).await;
    find(&client, "#new-connection")
        .await
        .click()
        .await
        .unwrap();
    wait_displayed(&client, "#step-1", true).await;
    assert_eq!(prop(&client, "#catalyst-project", "value").await, "");
    type_into(&client, "#catalyst-project", "Second App").await;
    type_into(&client, "#catalyst-org", "777").await;
    type_into(&client, "#loopback-port", "47824").await;
    wait_enabled(&client, "#next", true).await;
    find(&client, "#next").await.click().await.unwrap();
    wait_displayed(&client, "#step-2", true).await;
    find(&client, "#next-2").await.click().await.unwrap();
    wait_displayed(&client, "#step-3", true).await;
    // The suggested name avoids the one already taken.
    wait_prop(&client, "#profile-name", "value", "LeadManagerApp-2").await;
    type_into(&client, "#client-id", CLIENT_ID).await;
    type_into(&client, "#profile-name", "Second").await;
    type_into(&client, "#client-secret", OTHER_SECRET).await;

    session.stop_keyring();
    let started = Instant::now();
    find(&client, "#save-secret").await.click().await.unwrap();
    wait_text(
        &client,
        "#store-error-text",
        "The OS keychain is not available",
    )
    .await;
    let error_took = started.elapsed();
    assert!(
        error_took < Duration::from_secs(6),
        "the error took {error_took:?}"
    );
    wait_text(
        &client,
        "#store-error",
        "Your secret is still in the field above",
    )
    .await;
    assert_eq!(prop(&client, "#client-secret", "value").await, OTHER_SECRET);
    save_screenshot(&client, "step3-keychain-stopped").await;
    eprintln!("measured: no-keychain error shown after {error_took:?}");

    // The user explicitly picks the encrypted file store; the same secret is saved there.
    find(&client, "#offer-file-store")
        .await
        .click()
        .await
        .unwrap();
    type_into(&client, "#s3-new-passphrase", "correct horse battery").await;
    type_into(&client, "#s3-new-passphrase-again", "correct horse battery").await;
    save_screenshot(&client, "step3-choose-file-store").await;
    find(&client, "#s3-use-file-store")
        .await
        .click()
        .await
        .unwrap();
    wait_text(
        &client,
        "#saved-text",
        "Saved in the encrypted file store · ••••9876",
    )
    .await;
    save_screenshot(&client, "step3-saved-file-store").await;
    assert!(session.config_dir().join("secrets.age").exists());

    find(&client, "#saved-done").await.click().await.unwrap();
    wait_displayed(&client, "#home", true).await;
    wait_text(
        &client,
        "#profile-rows tr[data-name='Second']",
        "Encrypted file",
    )
    .await;
    wait_text(&client, "#store-description", "the encrypted file store").await;
    save_screenshot(&client, "home-two-connections").await;

    // Replace the secret, rename, then remove, on the file-store connection (the passphrase is
    // remembered for this session).
    find(
        &client,
        "#profile-rows tr[data-name='Second'] .open-profile",
    )
    .await
    .click()
    .await
    .unwrap();
    wait_displayed(&client, "#details", true).await;
    find(&client, "#show-replace").await.click().await.unwrap();
    type_into(&client, "#replace-secret", SECRET).await;
    find(&client, "#confirm-replace")
        .await
        .click()
        .await
        .unwrap();
    wait_text(
        &client,
        "#details-result",
        "New secret saved in the encrypted file store · ••••6789",
    )
    .await;
    assert_eq!(prop(&client, "#replace-secret", "value").await, "");

    find(&client, "#show-rename").await.click().await.unwrap();
    type_into(&client, "#rename-input", "Second EU").await;
    find(&client, "#confirm-rename")
        .await
        .click()
        .await
        .unwrap();
    wait_text(&client, "#details-title", "Second EU").await;

    find(&client, "#show-remove").await.click().await.unwrap();
    wait_text(&client, "#remove-question", "Remove “Second EU”?").await;
    save_screenshot(&client, "details-remove-confirmation").await;
    find(&client, "#confirm-remove")
        .await
        .click()
        .await
        .unwrap();
    wait_displayed(&client, "#home", true).await;
    wait_text(&client, "#notice", "Removed “Second EU” and its secrets.").await;
    assert_eq!(
        client
            .find_all(Locator::Css("#profile-rows tr"))
            .await
            .unwrap()
            .len(),
        1
    );
    client.close().await.unwrap();
    drop(harness);
}
