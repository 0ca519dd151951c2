//! Choosing the team store in the app: a wrong address is shown at its field, an unreachable
//! server says so, and with the right address and a token the connections already in the team
//! store (added from another machine) appear in the list. A record another machine damaged is
//! named above the list and not shown in it; a sealed team store is said there too, while this
//! computer's connections stay listed.

use zcw_test_support::axe;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::openbao::{OpenBao, ROOT_TOKEN};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{
    attr, click, open_connection, text_of, type_into, wait_displayed, wait_enabled, wait_text,
};
use zcw_test_support::{free_port, Zcw};

use crate::{app, zcw_path};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_team_store_is_chosen_in_the_app_and_its_connections_listed() {
    let bao = OpenBao::start();
    // Another machine put a connection in the team store.
    let other = tempfile::tempdir().unwrap();
    let mut other_zcw = Zcw::in_dir(zcw_path(), other.path());
    other_zcw
        .env("HOME", other.path())
        .env("VAULT_TOKEN", ROOT_TOKEN)
        .args(["store", "--use", "vault", "--vault-addr", &bao.address])
        .run()
        .success();
    Zcw::in_dir(zcw_path(), other.path())
        .env("HOME", other.path())
        .env("VAULT_TOKEN", ROOT_TOKEN)
        .add_test_connection("shared-crm")
        .run()
        .success();

    let session = KeyringSession::start();
    session
        .zcw(zcw_path())
        .add_test_connection("on-this-computer")
        .run()
        .success();
    let harness = GuiHarness::start(&session, app(), &[]);
    let client = harness.launch_app().await;
    wait_displayed(&client, "#home", true).await;
    wait_text(&client, "#store-description", "this computer's keychain").await;

    click(&client, "#change-store").await;
    wait_displayed(&client, "#store-picker", true).await;
    click(&client, "input[name='store-choice'][value='vault']").await;
    wait_displayed(&client, "#team-store-form", true).await;

    // Plain http to another computer would send the token in the clear.
    type_into(&client, "#team-address", "http://vault.example.com:8200").await;
    click(&client, "#confirm-store").await;
    wait_text(&client, "#err-team-address", "unencrypted").await;
    assert_eq!(
        attr(&client, "#team-address", "aria-invalid")
            .await
            .as_deref(),
        Some("true")
    );

    // Nothing listening there.
    let closed = format!("http://127.0.0.1:{}", free_port());
    type_into(&client, "#team-address", &closed).await;
    type_into(&client, "#team-token", ROOT_TOKEN).await;
    click(&client, "#confirm-store").await;
    wait_text(&client, "#err-store", "cannot be reached").await;
    wait_enabled(&client, "#confirm-store", true).await;
    save_screenshot(&client, "store-picker-team-unreachable").await;

    type_into(&client, "#team-address", &bao.address).await;
    type_into(&client, "#team-token", ROOT_TOKEN).await;
    save_screenshot(&client, "store-picker-team").await;
    click(&client, "#confirm-store").await;
    wait_text(&client, "#store-changed", "it holds 1 connection").await;
    wait_text(&client, "#store-description", "the team store").await;
    let row = text_of(&client, "#connection-rows tr[data-name='shared-crm']").await;
    assert!(row.contains("Team store"), "{row}");
    save_screenshot(&client, "home-team-store").await;

    // A record whose name is not its key (written by hand, or by a machine gone wrong).
    let mut planted = bao.kv_json("zcw/connections/shared-crm").unwrap();
    planted["name"] = serde_json::json!("echo pwned;");
    bao.kv_put_json("zcw/connections/planted", &planted);
    open_connection(&client, "shared-crm").await;
    click(&client, "#nav-home").await;
    wait_text(&client, "#list-error", "is damaged").await;
    let banner = text_of(&client, "#list-error").await;
    assert!(banner.contains("zcw/connections/planted"), "{banner}");
    let rows = text_of(&client, "#connection-rows").await;
    assert!(
        !rows.contains("pwned") && rows.contains("shared-crm"),
        "{rows}"
    );
    save_screenshot(&client, "home-team-record-damaged").await;
    axe::assert_clean(&client, "a damaged team record").await;
    // The way out the message names is a button, asked once more before it deletes.
    click(
        &client,
        ".damaged-record[data-name='planted'] .danger-outline",
    )
    .await;
    wait_text(
        &client,
        ".damaged-record[data-name='planted']",
        "for every computer",
    )
    .await;
    save_screenshot(&client, "home-team-record-delete-confirm").await;
    click(&client, ".damaged-record[data-name='planted'] .danger").await;
    wait_displayed(&client, "#list-error", false).await;
    assert!(bao.kv_json("zcw/connections/planted").is_none());
    assert!(bao.kv_json("zcw/connections/shared-crm").is_some());

    // Sealed: this computer's connections stay, and the banner says why the others are missing.
    bao.seal();
    open_connection(&client, "on-this-computer").await;
    click(&client, "#nav-home").await;
    wait_text(&client, "#list-error", "is sealed").await;
    let rows = text_of(&client, "#connection-rows").await;
    assert!(
        rows.contains("on-this-computer") && !rows.contains("shared-crm"),
        "{rows}"
    );
    save_screenshot(&client, "home-team-store-sealed").await;
    // Unsealed again: the banner's Try again lists the team's connections once more.
    bao.unseal();
    click(&client, "#list-error button").await;
    wait_text(&client, "#connection-rows", "shared-crm").await;
    client.close().await.unwrap();

    // The token typed in was not saved anywhere.
    let settings = std::fs::read_to_string(session.config_dir().join("connections.json")).unwrap();
    assert!(settings.contains(&bao.address) && !settings.contains(ROOT_TOKEN));
}
