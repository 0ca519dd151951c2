//! "Check this computer" in the real app: all fine, with the network cut, without a keychain; and
//! the About line.

use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{click, text_of, wait_displayed, wait_text};
use zcw_test_support::RecordingBrowser;

use crate::{app, zcw};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_this_computer_says_what_is_fine_and_what_to_do() {
    let mut session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    let browser = RecordingBrowser::new(session.root.path());
    let accounts = std::path::PathBuf::from(zoho.url());
    let harness = GuiHarness::start(
        &session,
        app(),
        &[
            ("BROWSER", &browser.program),
            ("ZCW_ACCOUNTS_URL", &accounts),
        ],
    );
    let client = harness.launch_app().await;
    wait_displayed(&client, "#step-1", true).await;
    click(&client, "#nav-home").await;
    wait_displayed(&client, "#home", true).await;

    // The About line shows the version zcw --version prints.
    let about = text_of(&client, "#about").await;
    let cli = zcw(&session).arg("--version").run().success().stdout;
    let version = cli.trim().trim_start_matches("zcw ");
    assert_eq!(about, format!("Zoho Credential Wizard {version}"));

    click(&client, "#check-computer").await;
    wait_displayed(&client, "#doctor", true).await;
    wait_text(
        &client,
        "#doctor-summary",
        "Everything this app needs is in place",
    )
    .await;
    wait_text(
        &client,
        "#doctor-checks li[data-id='keychain']",
        "answers and is unlocked",
    )
    .await;
    save_screenshot(&client, "check-this-computer").await;

    // The network cut: the only accounts server this app trusts stops answering.
    drop(zoho);
    let started = std::time::Instant::now();
    click(&client, "#doctor-again").await;
    wait_text(&client, "#doctor-summary", "1 thing needs attention").await;
    let offline = "#doctor-checks li[data-id='accounts-override']";
    wait_text(&client, offline, "What to do:").await;
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert!(text_of(&client, offline)
        .await
        .contains("internet connection"));
    assert!(text_of(&client, "#doctor-checks li[data-id='keychain']")
        .await
        .contains("answers and is unlocked"));
    save_screenshot(&client, "check-this-computer-offline").await;

    session.stop_keyring();
    click(&client, "#doctor-again").await;
    wait_text(&client, "#doctor-summary", "2 things need attention").await;
    wait_text(
        &client,
        "#doctor-checks li[data-id='keychain']",
        "What to do:",
    )
    .await;
    save_screenshot(&client, "check-this-computer-no-keychain").await;
    client.close().await.unwrap();
}
