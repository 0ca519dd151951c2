//! `zcw api` against the emulator's CRM-shaped calls: the answer printed and never the token, one
//! refresh and one retry after `INVALID_TOKEN`, a missing scope named with the way to ask for it,
//! the rate limit's exit status, and a token never sent to another host. The Windows build
//! (under Wine) runs them too.

use zcw_test_support::emulator::ZohoEmulator;

use crate::Emulated;

/// Signed in with `scopes`.
fn signed_in_with(scopes: &[&str]) -> Emulated {
    let emulated = Emulated::start();
    let mut args = vec!["login", "crm", "--timeout", "30"];
    for scope in scopes {
        args.extend(["--scope", scope]);
    }
    emulated.run(&args).success();
    emulated
}

#[test]
fn the_answer_is_printed_and_the_token_never() {
    let e = signed_in_with(&["ZohoCRM.org.READ", "ZohoCRM.modules.ALL"]);
    let token = e.zoho.last_access_token().unwrap();
    let org = e
        .run(&["api", "crm", "/crm/v8/org"])
        .success()
        .never_shows(&token);
    assert_eq!(org.json()["org"][0]["company_name"], "Acme Ltd");
    let calls = e.zoho.api_calls();
    assert_eq!(calls[0].method, "GET");
    assert_eq!(calls[0].url, "/crm/v8/org");
    assert_eq!(calls[0].authorization, format!("Zoho-oauthtoken {token}"));
    // The cached token: no refresh.
    assert_eq!(e.zoho.refreshes(), 0);

    let included = e
        .run(&["api", "crm", "crm/v8/org", "--include"])
        .success()
        .stdout_has("HTTP 200")
        .never_shows(&token);
    assert!(
        included
            .stdout
            .to_ascii_lowercase()
            .contains("x-ratelimit-remaining: 99"),
        "{}",
        included.stdout
    );

    // A body from a file: POST by default, JSON said as such, 201 is a success.
    let body = e.session.root.path().join("lead.json");
    std::fs::write(
        &body,
        r#"{"data":[{"Last_Name":"Lovelace"},{"Last_Name":"Hopper"}]}"#,
    )
    .unwrap();
    let body_arg = format!("@{}", zcw_test_support::wine::host_path(&body));
    let created = e
        .run(&[
            "api",
            "crm",
            "/crm/v8/Leads",
            "-d",
            &body_arg,
            "-H",
            "X-Source: zcw test",
        ])
        .success();
    assert_eq!(created.json()["data"].as_array().unwrap().len(), 2);
    let sent = e.zoho.api_calls().pop().unwrap();
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.content_type, "application/json");
    assert!(sent.body.contains("Lovelace"));
    assert!(sent
        .headers
        .iter()
        .any(|(name, value)| name.eq_ignore_ascii_case("X-Source") && value == "zcw test"));

    // An answer that is not 2xx: printed, said, exit 1.
    e.run(&["api", "crm", "/crm/v8/nothing"])
        .exit(1)
        .stdout_has("INVALID_URL_PATTERN")
        .stderr_has("HTTP 404 (INVALID_URL_PATTERN)");
}

#[test]
fn an_invalid_token_is_refreshed_once_and_the_call_sent_again() {
    let e = signed_in_with(&["ZohoCRM.org.READ"]);
    // The access token ended at Zoho before its expiry (a revoke, a password change).
    e.zoho.end_access_tokens();
    e.run(&["api", "crm", "/crm/v8/org"]).success();
    assert_eq!(e.zoho.refreshes(), 1);
    let calls = e.zoho.api_calls();
    assert_eq!(calls.len(), 2);
    assert_ne!(calls[0].authorization, calls[1].authorization);

    // The sign-in itself is gone: one refresh is refused, and the connection needs a sign-in.
    e.zoho.end_access_tokens();
    e.zoho.revoke_all();
    e.run(&["api", "crm", "/crm/v8/org"])
        .exit(4)
        .stderr_has("zcw login crm");
}

#[test]
fn a_missing_scope_is_named_with_the_sign_in_that_adds_it() {
    let e = signed_in_with(&["AaaServer.profile.READ"]);
    e.run(&["api", "crm", "/crm/v8/org"])
        .exit(4)
        .stderr_has("OAUTH_SCOPE_MISMATCH")
        .stderr_has("it needs ZohoCRM.org.READ")
        .stderr_has("zcw login crm --scope AaaServer.profile.READ --scope ZohoCRM.org.READ");
    // No refresh and no second try: the token works.
    assert_eq!(e.zoho.refreshes(), 0);
    assert_eq!(e.zoho.api_calls().len(), 1);
}

#[test]
fn zohos_rate_limit_exits_5() {
    let e = signed_in_with(&["ZohoCRM.org.READ"]);
    e.zoho.rate_limit_api(1);
    e.run(&["api", "crm", "/crm/v8/org"])
        .exit(5)
        .stderr_has("rate limit");
    e.run(&["api", "crm", "/crm/v8/org"]).success();
}

#[test]
fn a_token_is_never_sent_to_another_host() {
    let e = signed_in_with(&["ZohoCRM.org.READ"]);
    let other = ZohoEmulator::start();
    let elsewhere = format!("{}/crm/v8/org", other.url());
    e.run(&["api", "crm", &elsewhere])
        .exit(2)
        .stderr_has("is not on the API domain");
    e.run(&["api", "crm", "//127.0.0.1/crm/v8/org"]).exit(2);
    e.run(&[
        "api",
        "crm",
        "/crm/v8/org",
        "-H",
        "Authorization: Zoho-oauthtoken x",
    ])
    .exit(2)
    .stderr_has("Authorization header");
    assert!(other.requests().is_empty(), "{:?}", other.requests());
    assert!(e.zoho.api_calls().is_empty());
    // Its own domain written out is fine.
    let own = format!("{}/crm/v8/org", e.zoho.url());
    e.run(&["api", "crm", &own]).success();
}
