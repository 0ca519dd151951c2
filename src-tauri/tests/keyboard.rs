//! The wizard with the keyboard alone (Tab, Space, Enter), as a keyboard-only or screen-reader
//! user meets it: focus lands on each step's heading, and every control is reached in order.

use std::time::Duration;

use fantoccini::key::Key;
use fantoccini::Client;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{wait_displayed, wait_text};

use crate::app;

async fn focused(client: &Client) -> String {
    client
        .execute(
            "return document.activeElement && document.activeElement.id",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Waits until the element with `id` has the focus.
async fn wait_focus(client: &Client, id: &str) {
    for _ in 0..100 {
        if focused(client).await == id {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("focus is on #{}, not #{id}", focused(client).await);
}

/// The WebDriver character for a key.
fn key(k: Key) -> String {
    char::from(k).to_string()
}

/// Sends keys to whatever has the focus, as a keyboard would.
async fn keys(client: &Client, text: &str) {
    client
        .active_element()
        .await
        .unwrap()
        .send_keys(text)
        .await
        .unwrap();
}

/// Presses Tab until `id` has the focus (at most `limit` times), and returns how many it took.
async fn tab_to(client: &Client, id: &str, limit: usize) -> usize {
    for presses in 0..=limit {
        if focused(client).await == id {
            return presses;
        }
        if presses < limit {
            keys(client, &key(Key::Tab)).await;
        }
    }
    panic!(
        "Tab never reached #{id}; focus is on #{}",
        focused(client).await
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wizard_can_be_walked_with_the_keyboard_alone() {
    let session = KeyringSession::start();
    let harness = GuiHarness::start(&session, app(), &[]);
    let client = harness.launch_app().await;
    let enter = key(Key::Enter);

    // Step 1: focus starts on the heading; the form follows in reading order.
    wait_displayed(&client, "#step-1", true).await;
    wait_focus(&client, "step-1-title").await;
    // The way to a request someone sent comes first, then the data centre.
    assert_eq!(tab_to(&client, "step1-open-request", 1).await, 1);
    assert_eq!(
        tab_to(&client, "dc", 1).await,
        1,
        "the data centre comes first in the form"
    );
    keys(&client, &key(Key::Tab)).await;
    wait_focus(&client, "template-catalyst").await;
    keys(&client, " ").await;
    tab_to(&client, "catalyst-project", 3).await;
    keys(&client, "Lead Manager").await;
    keys(&client, &key(Key::Tab)).await;
    wait_focus(&client, "catalyst-org").await;
    keys(&client, "60012345678").await;
    tab_to(&client, "next", 15).await;
    save_screenshot(&client, "keyboard-step1-next-focused").await;
    keys(&client, &enter).await;

    // Step 2: focus on the heading again.
    wait_displayed(&client, "#step-2", true).await;
    wait_focus(&client, "step-2-title").await;
    tab_to(&client, "next-2", 20).await;
    keys(&client, " ").await;

    // Step 3: the heading, then the client ID and secret, then Save with Enter.
    wait_displayed(&client, "#step-3", true).await;
    wait_focus(&client, "step-3-title").await;
    tab_to(&client, "client-id", 2).await;
    keys(&client, zcw_test_support::TEST_CLIENT_ID).await;
    tab_to(&client, "client-secret", 2).await;
    keys(&client, zcw_test_support::TEST_SECRET).await;
    tab_to(&client, "save-secret", 10).await;
    keys(&client, &enter).await;
    wait_text(&client, "#saved-text", "Saved in").await;
    // A Catalyst app signs in by itself: the hand-over has focus, the sign-in is one Tab on.
    wait_focus(&client, "saved-handover").await;
    tab_to(&client, "saved-connect", 2).await;
    keys(&client, &enter).await;

    // Step 4: the heading; Back returns to the connections, heading first.
    wait_displayed(&client, "#step-4", true).await;
    wait_focus(&client, "step-4-title").await;
    save_screenshot(&client, "keyboard-step4").await;
    tab_to(&client, "back-4", 25).await;
    keys(&client, &enter).await;
    wait_displayed(&client, "#home", true).await;
    wait_focus(&client, "home-title").await;
    client.close().await.unwrap();
}
