//! `zcw check` against the emulator: a working connection costs no refresh, a revoked sign-in and
//! a changed secret are named with what to do, Zoho out of reach is said, and `--json` is for a
//! monitoring system (never a secret). The Windows build (under Wine) runs them too.

use zcw_test_support::{free_port, TEST_CLIENT_ID};

use crate::Emulated;

fn signed_in_with(scope: &str) -> Emulated {
    let emulated = Emulated::start();
    emulated
        .run(&["login", "crm", "--timeout", "30", "--scope", scope])
        .success();
    emulated
}

#[test]
fn a_working_connection_is_said_so_without_a_refresh_and_json_holds_no_secret() {
    let e = signed_in_with("ZohoCRM.org.READ");
    let token = e.zoho.last_access_token().unwrap();
    e.run(&["check"])
        .success()
        .stdout_has("crm: working (CRM org Acme Ltd)")
        .never_shows(&token);
    let json = e
        .run(&["check", "crm", "--json"])
        .success()
        .never_shows(&token);
    let checked = json.json();
    let crm = &checked[0];
    assert_eq!(crm["name"], "crm");
    assert_eq!(crm["verdict"], "working");
    assert_eq!(crm["probe"], "crm_org");
    assert_eq!(crm["store"], "Keychain");
    assert!(crm["tokenExpiresAt"].as_u64().unwrap() > crm["checkedAt"].as_u64().unwrap());
    assert_eq!(crm["scopes"][0], "ZohoCRM.org.READ");
    assert!(crm["cause"].is_null());
    for refresh_token in e.zoho.refresh_tokens() {
        assert!(!json.stdout.contains(&refresh_token));
    }
    assert_eq!(e.zoho.refreshes(), 0);
    assert_eq!(e.zoho.api_calls().len(), 2);

    // A name that is not there is said, and the others are checked still.
    e.run(&["check", "nothing", "crm"])
        .exit(2)
        .stdout_has("nothing: not checked.")
        .stdout_has("crm: working");
    let both = e.run(&["check", "nothing", "crm", "--json"]).exit(2).json();
    assert_eq!(both[0]["verdict"], "not_checked");
    assert_eq!(both[1]["verdict"], "working");
}

#[test]
fn crm_modules_alone_read_one_lead_and_a_scope_without_a_call_still_asks_zoho() {
    let e = signed_in_with("ZohoCRM.modules.ALL");
    e.run(&["check", "crm"])
        .success()
        .stdout_has("crm: working (CRM Leads module)");
    let calls = e.zoho.api_calls();
    assert!(
        calls.last().unwrap().url.contains("/crm/v8/Leads?fields="),
        "{:?}",
        calls.last().unwrap().url
    );

    // Books only: no call to test it with, yet Zoho says whether it accepts the token.
    let e = signed_in_with("ZohoBooks.fullaccess.all");
    e.run(&["check", "crm"])
        .success()
        .stdout_has("crm: working");
    assert_eq!(e.zoho.api_calls().len(), 1, "Zoho was asked");
    e.zoho.end_access_tokens();
    e.zoho.revoke_all();
    e.run(&["check", "crm"])
        .exit(4)
        .stdout_has("crm: needs a new sign-in");
}

#[test]
fn a_revoked_sign_in_exits_4_and_names_the_cause() {
    let e = signed_in_with("ZohoCRM.org.READ");
    // The admin removed the app under Connected Apps: every token ends.
    e.zoho.end_access_tokens();
    e.zoho.revoke_all();
    e.run(&["check", "crm"])
        .exit(4)
        .stdout_has("crm: needs a new sign-in")
        .stdout_has("no longer accepts its refresh token")
        .stdout_has("zcw login crm");
    let json = e.run(&["check", "--json"]).exit(4).json();
    assert_eq!(json[0]["verdict"], "needs_sign_in");
    assert!(json[0]["cause"].as_str().unwrap().contains("refresh token"));
}

#[test]
fn a_changed_secret_and_zoho_out_of_reach_are_their_own_verdicts() {
    let e = signed_in_with("ZohoCRM.org.READ");
    // Zoho out of reach: nothing is known, and nothing is changed.
    let port = free_port().to_string();
    e.zcw()
        .env("ZCW_API_URL", format!("http://127.0.0.1:{port}"))
        .args(["check", "crm"])
        .run()
        .exit(6)
        .stdout_has("crm: Zoho unreachable");
    // The secret was regenerated in the console: the refresh is refused.
    e.zoho.register_client(
        TEST_CLIENT_ID,
        "a-regenerated-secret-0123456789abcdef01234",
        &[],
    );
    e.zoho.end_access_tokens();
    e.run(&["check", "crm"])
        .exit(1)
        .stdout_has("crm: client deleted or its secret changed");
}
