//! The connections screen's checks in the real app: each signed-in connection's state from one
//! call with its token, with the one action that fixes it (light and dark), and step 4's test call
//! after a sign-in.

use std::path::PathBuf;

use fantoccini::Client;
use zcw_test_support::axe;
use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{click, wait_displayed, wait_text};
use zcw_test_support::{RecordingBrowser, TEST_CLIENT_ID};

use crate::{app, zcw, zcw_path};

const ROW: &str = "#connection-rows tr[data-name='crm'] .status";

/// The app against the emulator (accounts server and API), light or dark.
fn harness(session: &KeyringSession, zoho: &ZohoEmulator, dark: bool) -> GuiHarness {
    let url = PathBuf::from(zoho.url());
    let theme = PathBuf::from("Adwaita:dark");
    let mut env: Vec<(&str, &std::path::Path)> =
        vec![("ZCW_ACCOUNTS_URL", &url), ("ZCW_API_URL", &url)];
    if dark {
        env.push(("GTK_THEME", &theme));
    }
    GuiHarness::start(session, app(), &env)
}

async fn home(client: &Client) {
    wait_displayed(client, "#home", true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_connection_shows_its_state_and_the_action_that_fixes_it() {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    session.add_registered_connection(zcw_path(), &zoho, "crm");
    let dir = session.root.path().join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    let browser = RecordingBrowser::following(&dir);
    zcw(&session)
        .args([
            "login",
            "crm",
            "--timeout",
            "30",
            "--scope",
            "ZohoCRM.org.READ",
        ])
        .env("ZCW_ACCOUNTS_URL", zoho.url())
        .env("BROWSER", &browser.program)
        .run()
        .success();

    // Working: what the call reached, and no refresh for the valid token.
    {
        let harness = harness(&session, &zoho, false);
        let client = harness.launch_app().await;
        home(&client).await;
        wait_text(&client, ROW, "Working · CRM org Acme Ltd").await;
        save_screenshot(&client, "home-checked").await;
        assert_eq!(zoho.refreshes(), 0);
        client.close().await.unwrap();
    }

    // The admin removed the app at Zoho: a new sign-in, offered where the state is shown.
    zoho.end_access_tokens();
    zoho.revoke_all();
    {
        let harness = harness(&session, &zoho, true);
        let client = harness.launch_app().await;
        home(&client).await;
        wait_text(&client, ROW, "Needs a new sign-in").await;
        wait_text(&client, ROW, "no longer accepts its refresh token").await;
        save_screenshot(&client, "dark-home-needs-sign-in").await;
        axe::assert_clean(
            &client,
            "the connections screen with a connection to repair, dark",
        )
        .await;
        click(&client, &format!("{ROW} .health-action")).await;
        wait_displayed(&client, "#step-4", true).await;
        client.close().await.unwrap();
    }

    // The secret was regenerated in the console: "Replace the secret" opens its form.
    zoho.register_client(
        TEST_CLIENT_ID,
        "a-regenerated-secret-0123456789abcdef01234",
        &[],
    );
    {
        let harness = harness(&session, &zoho, false);
        let client = harness.launch_app().await;
        home(&client).await;
        wait_text(&client, ROW, "Zoho no longer accepts its secret").await;
        wait_text(
            &client,
            &format!("{ROW} .health-action"),
            "Replace the secret",
        )
        .await;
        save_screenshot(&client, "home-secret-rejected").await;
        axe::assert_clean(&client, "the connections screen with a rejected secret").await;
        click(&client, &format!("{ROW} .health-action")).await;
        wait_displayed(&client, "#details", true).await;
        wait_displayed(&client, "#replace-form", true).await;
        client.close().await.unwrap();
    }
}
