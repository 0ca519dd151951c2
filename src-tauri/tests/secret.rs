//! Step 3, the home screen and a connection's details in the real app: the secret goes into the
//! real keychain and survives a restart; a stopped keychain loses nothing; replace, rename and
//! remove on a connection whose secret is in the encrypted file.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use zcw_test_support::axe;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
#[cfg(unix)]
use zcw_test_support::session::assert_private;
use zcw_test_support::session::{files_containing, KeyringSession};
use zcw_test_support::ui::{
    attr, click, open_connection, page_contains, prefers_dark, prop, text_of, type_into,
    wait_displayed, wait_enabled, wait_prop, wait_text,
};

use crate::wizard::seed_draft;
use crate::{app, use_file_store, zcw};

const SECRET: &str = zcw_test_support::TEST_SECRET;
const OTHER_SECRET: &str = "fedcba9876543210fedcba9876543210fedcba9876";
const CLIENT_ID: &str = zcw_test_support::TEST_CLIENT_ID;
const PASSPHRASE: &str = "correct horse battery";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_secret_goes_into_the_keychain_and_the_connection_survives_a_restart() {
    let session = KeyringSession::start();
    seed_draft(&session, 3);
    let harness = GuiHarness::start(&session, app(), &[]);

    // The draft resumes on step 3.
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-3", true).await;
    wait_text(&client, "#s3-store", "this computer's keychain").await;
    assert_eq!(
        prop(&client, "#connection-name", "value").await,
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
    assert_eq!(
        attr(&client, "#client-id", "aria-invalid").await.as_deref(),
        Some("true")
    );
    type_into(&client, "#client-id", CLIENT_ID).await;
    type_into(&client, "#client-secret", &format!("  {SECRET} ")).await;
    assert_eq!(prop(&client, "#client-secret", "type").await, "password");
    let toggle = ".toggle-secret[data-for='client-secret']";
    click(&client, toggle).await;
    assert_eq!(prop(&client, "#client-secret", "type").await, "text");
    click(&client, toggle).await;
    assert_eq!(prop(&client, "#client-secret", "type").await, "password");
    save_screenshot(&client, "step3-filled").await;

    let started = Instant::now();
    click(&client, "#save-secret").await;
    wait_text(
        &client,
        "#saved-text",
        "Saved in this computer's keychain · ••••6789",
    )
    .await;
    eprintln!(
        "measured: step 3 save in the GUI took {:?}",
        started.elapsed()
    );
    assert_eq!(prop(&client, "#client-secret", "value").await, "");
    assert!(
        !page_contains(&client, SECRET).await,
        "the webview still holds the secret"
    );
    assert_eq!(session.lookup("LeadManagerApp/client_secret"), SECRET);
    save_screenshot(&client, "step3-saved").await;
    // A Catalyst app signs in by itself: the hand-over is next, and the stepper has no sign-in.
    assert_eq!(
        text_of(&client, "#saved-buttons .primary").await,
        "Next: hand over"
    );
    wait_text(&client, "#saved-connect", "Also sign in from this computer").await;
    let steps = client
        .find_all(Locator::Css("#stepper li .name"))
        .await
        .unwrap();
    let mut names = Vec::new();
    for step in steps {
        names.push(step.text().await.unwrap());
    }
    assert_eq!(
        names,
        [
            "Integration",
            "Register in Zoho",
            "Client secret",
            "Hand over"
        ]
    );

    click(&client, "#saved-done").await;
    wait_displayed(&client, "#home", true).await;
    wait_text(&client, "#connection-rows", "LeadManagerApp").await;
    client.close().await.unwrap();
    #[cfg(unix)]
    assert_private(&session.config_dir());

    // A restart opens on the home screen with the connection.
    let client = harness.launch_app().await;
    wait_displayed(&client, "#home", true).await;
    let row = wait_text(
        &client,
        "#connection-rows tr[data-name='LeadManagerApp']",
        "EU",
    )
    .await;
    for expected in [CLIENT_ID, "Catalyst app", "Keychain", "Secret saved"] {
        assert!(row.contains(expected), "{expected} missing from {row:?}");
    }
    wait_text(&client, "#store-description", "this computer's keychain").await;
    save_screenshot(&client, "home").await;

    // Opening it shows the registration again, with copy buttons.
    open_connection(&client, "LeadManagerApp").await;
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
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopped_keychain_loses_nothing_and_the_file_store_takes_over() {
    let mut session = KeyringSession::start();
    seed_draft(&session, 3);
    let harness = GuiHarness::start(&session, app(), &[]);
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-3", true).await;
    type_into(&client, "#client-id", CLIENT_ID).await;
    type_into(&client, "#connection-name", "Second").await;
    type_into(&client, "#client-secret", OTHER_SECRET).await;

    session.stop_keyring();
    let started = Instant::now();
    click(&client, "#save-secret").await;
    wait_text(
        &client,
        "#store-error-text",
        "This computer's keychain is not available",
    )
    .await;
    let error_took = started.elapsed();
    assert!(
        error_took < Duration::from_secs(6),
        "the error took {error_took:?}"
    );
    wait_text(
        &client,
        "#store-error-text",
        "Or use the encrypted file instead.",
    )
    .await;
    wait_text(
        &client,
        "#store-error",
        "Your secret is still in the field above",
    )
    .await;
    wait_displayed(&client, "#offer-file-store", true).await;
    assert_eq!(prop(&client, "#client-secret", "value").await, OTHER_SECRET);
    save_screenshot(&client, "step3-keychain-stopped").await;
    eprintln!("measured: no-keychain error shown after {error_took:?}");

    // The user explicitly picks the encrypted file; the same secret is saved there.
    click(&client, "#offer-file-store").await;
    type_into(&client, "#s3-new-passphrase", PASSPHRASE).await;
    type_into(&client, "#s3-new-passphrase-again", PASSPHRASE).await;
    save_screenshot(&client, "step3-choose-file-store").await;
    click(&client, "#s3-use-file-store").await;
    wait_text(
        &client,
        "#saved-text",
        "Saved in the encrypted file · ••••9876",
    )
    .await;
    save_screenshot(&client, "step3-saved-file-store").await;
    assert!(session.config_dir().join("secrets.age").exists());

    click(&client, "#saved-done").await;
    wait_displayed(&client, "#home", true).await;
    wait_text(
        &client,
        "#connection-rows tr[data-name='Second']",
        "Encrypted file",
    )
    .await;
    wait_text(&client, "#store-description", "the encrypted file").await;
    save_screenshot(&client, "home-file-store").await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replace_rename_and_remove_ask_for_the_passphrase_once() {
    let session = KeyringSession::start();
    let pass = &use_file_store(&session, PASSPHRASE);
    zcw(&session)
        .args([
            "add",
            "Second",
            "--client-id",
            CLIENT_ID,
            "--template",
            "hotglue",
            "--passphrase-file",
            pass,
        ])
        .stdin(OTHER_SECRET)
        .run()
        .success();

    let harness = GuiHarness::start(&session, app(), &[]);
    let client = harness.launch_app().await;
    wait_displayed(&client, "#home", true).await;
    open_connection(&client, "Second").await;

    // The app has not seen the passphrase yet: it asks first, at the top, before any action;
    // a wrong one is said under its field.
    wait_displayed(&client, "#unlock", true).await;
    type_into(&client, "#unlock-passphrase", "not the passphrase").await;
    click(&client, "#unlock-button").await;
    wait_text(&client, "#err-unlock-passphrase", "Wrong passphrase").await;
    save_screenshot(&client, "details-unlock-asked").await;
    axe::assert_clean(&client, "unlock the encrypted file, with its error").await;
    type_into(&client, "#unlock-passphrase", PASSPHRASE).await;
    click(&client, "#unlock-button").await;
    wait_displayed(&client, "#unlock", false).await;
    click(&client, "#show-replace").await;
    type_into(&client, "#replace-secret", SECRET).await;
    click(&client, "#confirm-replace").await;
    wait_text(
        &client,
        "#details-result",
        "New secret saved in the encrypted file · ••••6789",
    )
    .await;
    assert_eq!(prop(&client, "#replace-secret", "value").await, "");

    // Remembered for the rest of the session: not asked again on another screen.
    click(&client, "#details-back").await;
    wait_displayed(&client, "#home", true).await;
    open_connection(&client, "Second").await;
    wait_displayed(&client, "#unlock", false).await;
    click(&client, "#show-rename").await;
    type_into(&client, "#rename-input", "Second EU").await;
    click(&client, "#confirm-rename").await;
    wait_text(&client, "#details-title", "Second EU").await;

    click(&client, "#show-remove").await;
    wait_text(&client, "#remove-question", "Remove “Second EU”?").await;
    save_screenshot(&client, "details-remove-confirmation").await;
    click(&client, "#confirm-remove").await;
    wait_displayed(&client, "#home", true).await;
    wait_text(&client, "#notice", "Removed “Second EU” and its secrets.").await;
    wait_displayed(&client, "#no-connections", true).await;
    client.close().await.unwrap();
    let list = zcw(&session)
        .args(["list", "--json"])
        .run()
        .success()
        .json();
    assert_eq!(list, serde_json::json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_connection_suggests_a_name_that_is_free() {
    let session = KeyringSession::start();
    zcw(&session)
        .args([
            "add",
            "LeadManagerApp",
            "--client-id",
            CLIENT_ID,
            "--template",
            "catalyst",
            "--project",
            "p",
            "--org",
            "1",
        ])
        .stdin(SECRET)
        .run()
        .success();
    let harness = GuiHarness::start(&session, app(), &[]);
    let client = harness.launch_app().await;
    wait_displayed(&client, "#home", true).await;
    click(&client, "#new-connection").await;
    wait_displayed(&client, "#step-1", true).await;
    assert_eq!(prop(&client, "#catalyst-project", "value").await, "");
    type_into(&client, "#catalyst-project", "Second App").await;
    type_into(&client, "#catalyst-org", "777").await;
    click(&client, "#step1-advanced summary").await;
    type_into(&client, "#loopback-port", "47824").await;
    wait_enabled(&client, "#next", true).await;
    click(&client, "#next").await;
    wait_displayed(&client, "#step-2", true).await;
    click(&client, "#next-2").await;
    wait_displayed(&client, "#step-3", true).await;
    wait_prop(&client, "#connection-name", "value", "LeadManagerApp-2").await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secret_typed_into_the_wrong_field_never_reaches_the_draft() {
    let session = KeyringSession::start();
    seed_draft(&session, 3);
    let harness = GuiHarness::start(&session, app(), &[]);
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-3", true).await;
    type_into(&client, "#client-id", SECRET).await;
    type_into(&client, "#connection-name", "Wrong Field").await;
    wait_text(
        &client,
        "#err-client-id",
        "This looks like the Client Secret",
    )
    .await;
    // The draft is saved as the user types (here with the new name), never with the secret.
    let draft = session.config_dir().join("draft.json");
    assert!(zcw_test_support::wait_until(
        Duration::from_secs(10),
        || { std::fs::read_to_string(&draft).is_ok_and(|d| d.contains("Wrong Field")) }
    ));
    client.close().await.unwrap();
    drop(harness);
    let found = files_containing(
        &session.config_dir(),
        SECRET.as_bytes(),
        &session.keyring_dir(),
    );
    assert!(found.is_empty(), "the secret is on disk in {found:?}");
}

/// The encrypted file's unlock panel, a dangerous confirmation and the sign-in's waiting screen on
/// a dark desktop (GTK's dark Adwaita), each saved as a screenshot and checked with axe.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_unlock_panel_and_the_sign_in_wait_read_well_in_the_dark() {
    let session = KeyringSession::start();
    let pass = &use_file_store(&session, PASSPHRASE);
    zcw(&session)
        .args([
            "add",
            "Second",
            "--client-id",
            CLIENT_ID,
            "--template",
            "hotglue",
            "--passphrase-file",
            pass,
        ])
        .stdin(OTHER_SECRET)
        .run()
        .success();
    let zoho = zcw_test_support::emulator::ZohoEmulator::start();
    // This browser never comes back: the wait goes on while the screen is looked at.
    let held = zcw_test_support::RecordingBrowser::new(session.root.path());
    let accounts = std::path::PathBuf::from(zoho.url());
    let dark = std::path::PathBuf::from("Adwaita:dark");
    let harness = GuiHarness::start(
        &session,
        app(),
        &[
            ("GTK_THEME", &dark),
            ("BROWSER", &held.program),
            ("ZCW_ACCOUNTS_URL", &accounts),
        ],
    );
    let client = harness.launch_app().await;
    assert!(prefers_dark(&client).await, "the webview is not dark");
    wait_displayed(&client, "#home", true).await;
    open_connection(&client, "Second").await;

    wait_displayed(&client, "#unlock", true).await;
    type_into(&client, "#unlock-passphrase", "not the passphrase").await;
    click(&client, "#unlock-button").await;
    wait_text(&client, "#err-unlock-passphrase", "Wrong passphrase").await;
    save_screenshot(&client, "dark-details-unlock-asked").await;
    axe::assert_clean(&client, "unlock the encrypted file, dark").await;
    type_into(&client, "#unlock-passphrase", PASSPHRASE).await;
    click(&client, "#unlock-button").await;
    wait_displayed(&client, "#unlock", false).await;

    click(&client, "#show-remove").await;
    wait_text(&client, "#remove-question", "Remove “Second”?").await;
    save_screenshot(&client, "dark-details-remove-confirmation").await;
    axe::assert_clean(&client, "the remove confirmation, dark").await;
    click(&client, "#remove-form .cancel-panel").await;

    click(&client, "#show-connect").await;
    wait_displayed(&client, "#step-4", true).await;
    click(&client, "#s4-presets input[value='ZohoCRM.modules.ALL']").await;
    click(&client, "#s4-connect").await;
    wait_displayed(&client, "#s4-waiting", true).await;
    wait_displayed(&client, "#s4-connect", false).await;
    save_screenshot(&client, "dark-step4-waiting").await;
    click(&client, "#s4-show-causes").await;
    wait_text(&client, "#s4-causes", "The redirect URI registered").await;
    save_screenshot(&client, "dark-step4-waiting-causes").await;
    axe::assert_clean(&client, "step 4 waiting, with the likely causes, dark").await;
    click(&client, "#s4-cancel").await;
    wait_displayed(&client, "#s4-waiting", false).await;
    client.close().await.unwrap();
}
