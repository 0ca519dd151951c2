//! The app's updates against a local feed (`ZCW_UPDATE_URL`): a newer version announced at start,
//! nothing asked when the automatic look is off, a tampered payload and a wrong signature refused
//! with the app's file unchanged byte for byte, and a signed update that replaces the file byte for
//! byte and starts the app again. The app under test is a copy of the built one, so the build
//! stays as it is; the payload is that same build with a marker appended, under version 99.0.0.

use std::path::{Path, PathBuf};
use std::time::Duration;

use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{click, find, prop, text_of, wait_displayed, wait_text};
use zcw_test_support::update_feed::{bytes_of, sign, UpdateFeed};
use zcw_test_support::wait_until;

use crate::app;

const NOTES: &str = "Faster sign-in.\nClearer errors.";

/// A copy of the built app in the session's folder, which an update may replace.
fn copy_of_app(session: &KeyringSession) -> PathBuf {
    let dir = session.root.path().join("installed");
    std::fs::create_dir_all(&dir).unwrap();
    let copy = dir.join("zoho-credential-wizard");
    std::fs::copy(app(), &copy).unwrap();
    copy
}

/// The processes running `binary`.
fn running(binary: &Path) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| std::fs::read_link(e.path().join("exe")).is_ok_and(|exe| exe == binary))
        .filter_map(|e| e.file_name().to_str()?.parse().ok())
        .collect()
}

fn feed_env(feed: &UpdateFeed) -> PathBuf {
    PathBuf::from(feed.latest_url())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_newer_version_is_announced_and_the_automatic_look_can_be_turned_off() {
    let session = KeyringSession::start();
    let feed = UpdateFeed::start();
    let payload = bytes_of(app());
    let signature = sign(&payload, "99.0.0", true);
    feed.announce("99.0.0", NOTES, payload, &signature);
    let url = feed_env(&feed);
    let harness = GuiHarness::start(&session, app(), &[("ZCW_UPDATE_URL", &url)]);

    // The first start looks by itself and says what is new.
    let client = harness.launch_app().await;
    wait_displayed(&client, "#update-panel", true).await;
    wait_text(&client, "#update-said", "99.0.0").await;
    assert_eq!(text_of(&client, "#update-notes").await, NOTES);
    wait_displayed(&client, "#install-update", true).await;
    save_screenshot(&client, "update-notice").await;
    assert_eq!(feed.requests(), 1, "one look: the feed file only");

    // Turned off, the next start asks the feed nothing, even a day later.
    click(&client, "#auto-updates").await;
    click(&client, "#dismiss-update").await;
    wait_displayed(&client, "#update-panel", false).await;
    client.close().await.unwrap();
    let book = session.config_dir().join("connections.json");
    let mut settings: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&book).unwrap()).unwrap();
    assert_eq!(settings["updates"]["automatic"], false, "{settings}");
    assert_eq!(settings["updates"]["newest"], "99.0.0");
    settings["updates"]["checkedAt"] = serde_json::json!(1);
    std::fs::write(&book, settings.to_string()).unwrap();
    let client = harness.launch_app().await;
    find(&client, "body[data-ready='true']").await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(feed.requests(), 1, "the automatic look is off");
    assert_eq!(prop(&client, "#update-panel", "hidden").await, "true");

    // "Check for updates" still looks when asked.
    click(&client, "#check-updates").await;
    wait_text(&client, "#update-said", "99.0.0").await;
    assert_eq!(feed.requests(), 2);
    save_screenshot(&client, "update-consent").await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_payload_or_a_wrong_signature_is_refused_and_nothing_is_replaced() {
    let session = KeyringSession::start();
    let installed = copy_of_app(&session);
    let before = bytes_of(&installed);
    let feed = UpdateFeed::start();
    let url = feed_env(&feed);
    let harness = GuiHarness::start(&session, &installed, &[("ZCW_UPDATE_URL", &url)]);

    let mut payload = before.clone();
    payload.extend_from_slice(b"zcw-update-test");
    let signed_for_this = sign(&payload, "99.0.0", true);
    let mut tampered = payload.clone();
    let middle = tampered.len() / 2;
    tampered[middle] ^= 0x01;
    let cases = [
        ("tampered", tampered, signed_for_this),
        (
            "wrong-key",
            payload.clone(),
            sign(&payload, "99.0.0", false),
        ),
    ];
    for (case, served, signature) in cases {
        feed.announce("99.0.0", NOTES, served, &signature);
        let client = harness.launch_app().await;
        click(&client, "#check-updates").await;
        wait_text(&client, "#update-said", "99.0.0").await;
        click(&client, "#install-update").await;
        let said = wait_text(&client, "#update-error", "signature").await;
        assert!(said.contains("unchanged"), "{case}: {said}");
        save_screenshot(&client, &format!("update-refused-{case}")).await;
        assert!(
            bytes_of(&installed) == before,
            "{case}: the app's file was changed"
        );
        client.close().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_update_replaces_the_app_byte_for_byte_and_starts_it_again() {
    let session = KeyringSession::start();
    let installed = copy_of_app(&session);
    let feed = UpdateFeed::start();
    let mut payload = bytes_of(&installed);
    payload.extend_from_slice(b"zcw-update-test");
    feed.announce(
        "99.0.0",
        NOTES,
        payload.clone(),
        &sign(&payload, "99.0.0", true),
    );
    let url = feed_env(&feed);
    let harness = GuiHarness::start(&session, &installed, &[("ZCW_UPDATE_URL", &url)]);

    let client = harness.launch_app().await;
    wait_text(&client, "#update-said", "99.0.0").await;
    let before = running(&installed);
    assert_eq!(before.len(), 1, "{before:?}");
    // The app ends itself and starts the new file: the session goes with it.
    click(&client, "#install-update").await;
    let replaced = wait_until(Duration::from_secs(60), || bytes_of(&installed) == payload);
    assert!(replaced, "the app's file is not the payload");
    let mut again = Vec::new();
    let restarted = wait_until(Duration::from_secs(60), || {
        again = running(&installed)
            .into_iter()
            .filter(|pid| !before.contains(pid))
            .collect();
        !again.is_empty()
    });
    assert!(restarted, "the app did not start again");
    // The new app is this test's own: ended by its pid, and gone before the next test's app.
    drop(client);
    for signal in ["-TERM", "-KILL"] {
        for pid in &again {
            let _ = std::process::Command::new("kill")
                .args([signal, &pid.to_string()])
                .status();
        }
        if wait_until(Duration::from_secs(10), || running(&installed).is_empty()) {
            break;
        }
    }
    assert!(
        running(&installed).is_empty(),
        "the restarted app would not end"
    );
}
