//! The sign-in state machine with an in-memory store, canned Zoho answers and a real listener.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::*;
use crate::secret_store::{EntryName, SecretKind, SecretStore};
use crate::testing::{TestContext, SECRET};
const TOKENS: &str = r#"{"access_token":"1000.access","refresh_token":"1000.refresh","api_domain":"https://www.zohoapis.eu","scope":"ZohoCRM.modules.ALL,AaaServer.profile.READ","expires_in":3600}"#;
const USER: &str = r#"{"Email":"a@example.com"}"#;

/// A saved hotglue connection "crm" (US) on a free loopback port.
fn setup() -> TestContext {
    TestContext::with_connection("crm")
}

fn scopes() -> Vec<String> {
    vec!["ZohoCRM.modules.ALL".into(), PROFILE_SCOPE.into()]
}

fn options() -> SignInOptions {
    SignInOptions::new(scopes())
}

fn connected(finished: Finished) -> Connected {
    match finished {
        Finished::Connected(connected) => *connected,
        other => panic!("not connected: {other:?}"),
    }
}

fn state_of(url: &Url) -> String {
    url.query_pairs()
        .find(|(k, _)| k == "state")
        .map(|(_, v)| v.into_owned())
        .unwrap()
}

/// What the browser does after Accept: GET the loopback address with Zoho's parameters.
async fn browser_returns(port: u16, query: String) -> String {
    let mut stream = loop {
        match TcpStream::connect(("127.0.0.1", port)).await {
            Ok(stream) => break stream,
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    };
    let request = format!("GET /callback?{query} HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut page = String::new();
    let _ = stream.read_to_string(&mut page).await;
    page
}

fn callback_query(state: &str) -> String {
    format!(
        "code=1000.code&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu&state={state}"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_genuine_callback_stores_tokens_and_updates_the_connection() {
    let s = setup();
    s.http.answer(200, TOKENS).answer(200, USER);
    let sign_in = SignIn::start(&s.ctx, "crm", options()).await.unwrap();
    let url = sign_in.url().clone();
    assert!(url
        .as_str()
        .starts_with("https://accounts.zoho.com/oauth/v2/auth?"));
    let browser = tokio::spawn(browser_returns(s.port, callback_query(&state_of(&url))));
    let connected = sign_in
        .finish(&s.ctx, Duration::from_secs(10), std::future::pending())
        .await
        .unwrap();
    assert_eq!(
        connected.summary,
        "Connected as a@example.com · EU · ZohoCRM.modules.ALL, AaaServer.profile.READ"
    );
    assert_eq!(connected.dc_changed, Some(("us".into(), "eu".into())));
    assert!(connected.dc_note.unwrap().contains("now uses EU"));
    let page = browser.await.unwrap();
    assert!(page.contains("Connected as a@example.com"), "{page}");

    // The code went to the accounts server Zoho named, with the secret and the PKCE verifier.
    let requests = s.http.requests();
    assert_eq!(requests[0].1, "https://accounts.zoho.eu/oauth/v2/token");
    assert!(requests[0]
        .2
        .contains(&("client_secret".into(), SECRET.into())));
    assert!(requests[0].2.iter().any(|(k, _)| k == "code_verifier"));
    let refresh = s
        .store
        .get(&EntryName::new("crm", SecretKind::RefreshToken))
        .unwrap()
        .unwrap();
    assert_eq!(
        secrecy::ExposeSecret::expose_secret(&refresh),
        "1000.refresh"
    );
    let saved = s.ctx.connections.get("crm").unwrap();
    assert_eq!(saved.dc, "eu");
    let signed_in = saved.signed_in.unwrap();
    assert_eq!(signed_in.accounts_server, "https://accounts.zoho.eu");
    assert_eq!(signed_in.email.as_deref(), Some("a@example.com"));
    assert_eq!(saved.scopes, scopes());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_accounts_server_gets_nothing() {
    let s = setup();
    let sign_in = SignIn::start(&s.ctx, "crm", options()).await.unwrap();
    let query = format!(
        "code=1000.code&accounts-server=https%3A%2F%2Fevil.example&state={}",
        state_of(sign_in.url())
    );
    let browser = tokio::spawn(browser_returns(s.port, query));
    let err = sign_in
        .finish(&s.ctx, Duration::from_secs(10), std::future::pending())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "untrusted_accounts_server");
    assert!(browser.await.unwrap().contains("Not connected"));
    assert!(s.http.requests().is_empty());
    assert!(s.ctx.connections.get("crm").unwrap().signed_in.is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_slot_cancels_and_releases_the_port() {
    let s = Arc::new(setup());
    let slot = Arc::new(SignInSlot::default());
    slot.start(&s.ctx, "crm", options()).await.unwrap();
    let waiting = {
        let (slot, s) = (slot.clone(), s.clone());
        tokio::spawn(async move { slot.finish(&s.ctx, Duration::from_secs(30)).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    slot.cancel();
    let err = waiting.await.unwrap().unwrap_err();
    assert_eq!(err.kind(), "cancelled");
    assert_eq!(err.category(), crate::error::Category::Cancelled);
    std::net::TcpListener::bind(("127.0.0.1", s.port)).expect("the port is free again");
    assert_eq!(
        slot.finish(&s.ctx, Duration::from_secs(1))
            .await
            .unwrap_err()
            .kind(),
        "not_started"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starting_again_while_waiting_replaces_the_first_attempt() {
    let s = Arc::new(setup());
    let slot = Arc::new(SignInSlot::default());
    slot.start(&s.ctx, "crm", options()).await.unwrap();
    let first = {
        let (slot, s) = (slot.clone(), s.clone());
        tokio::spawn(async move { slot.finish(&s.ctx, Duration::from_secs(30)).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    // Same port: it must have been released before the new attempt binds it.
    let (url, _) = slot.start(&s.ctx, "crm", options()).await.unwrap();
    assert_eq!(first.await.unwrap().unwrap_err().kind(), "cancelled");
    // A started attempt nobody waits for is simply replaced too.
    let url = {
        let (again, _) = slot.start(&s.ctx, "crm", options()).await.unwrap();
        assert_ne!(state_of(&again), state_of(&url));
        again
    };
    s.http.answer(200, TOKENS).answer(200, USER);
    let browser = tokio::spawn(browser_returns(s.port, callback_query(&state_of(&url))));
    let connected = connected(slot.finish(&s.ctx, Duration::from_secs(10)).await.unwrap());
    assert!(connected.summary.starts_with("Connected as a@example.com"));
    browser.await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pasted_address_completes_it_and_a_wrong_one_is_refused_without_ending_the_wait() {
    let s = Arc::new(setup());
    let slot = Arc::new(SignInSlot::default());
    assert_eq!(slot.paste("http://x").unwrap_err().kind(), "not_started");
    let (url, _) = slot.start(&s.ctx, "crm", options()).await.unwrap();
    let waiting = {
        let (slot, s) = (slot.clone(), s.clone());
        tokio::spawn(async move { slot.finish(&s.ctx, Duration::from_secs(30)).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    let foreign = format!("http://localhost:{}/callback?code=x&state=other", s.port);
    assert_eq!(
        slot.paste(&foreign).unwrap_err().kind(),
        "pasted_address_invalid"
    );
    assert!(
        !waiting.is_finished(),
        "a wrong paste does not end the wait"
    );

    s.http.answer(200, TOKENS).answer(200, USER);
    let pasted = format!(
        "http://localhost:{}/callback?{}",
        s.port,
        callback_query(&state_of(&url))
    );
    slot.paste(&pasted).unwrap();
    let connected = connected(waiting.await.unwrap().unwrap());
    assert_eq!(connected.email.as_deref(), Some("a@example.com"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zohos_errors_and_the_timeout_end_it_with_advice() {
    let s = setup();
    s.http.answer(200, r#"{"error":"invalid_client"}"#);
    let sign_in = SignIn::start(&s.ctx, "crm", options()).await.unwrap();
    let browser = tokio::spawn(browser_returns(
        s.port,
        callback_query(&state_of(sign_in.url())),
    ));
    let err = sign_in
        .finish(&s.ctx, Duration::from_secs(10), std::future::pending())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "invalid_client");
    assert!(browser.await.unwrap().contains("another data centre"));

    let sign_in = SignIn::start(&s.ctx, "crm", options()).await.unwrap();
    let err = sign_in
        .finish(&s.ctx, Duration::from_millis(200), std::future::pending())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "timed_out");
    // The likely causes, most likely first, with the exact address to register.
    let text = err.to_string();
    let redirect = format!("http://localhost:{}/callback", s.port);
    assert!(
        text.contains(&format!(
            "1. The redirect URI registered in the Zoho API console is not exactly {redirect}"
        )),
        "{text}"
    );
    assert!(text.contains("2. The client is registered in another data centre's console than US (https://api-console.zoho.com)"), "{text}");
    assert!(
        text.contains("3. The browser is on another computer"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_then_connect_at_once_finds_the_port_free() {
    let s = Arc::new(setup());
    let slot = Arc::new(SignInSlot::default());
    for _ in 0..5 {
        slot.start(&s.ctx, "crm", options()).await.unwrap();
        let waiting = {
            let (slot, s) = (slot.clone(), s.clone());
            tokio::spawn(async move { slot.finish(&s.ctx, Duration::from_secs(30)).await })
        };
        tokio::time::sleep(Duration::from_millis(30)).await;
        slot.cancel();
        // No pause: the next start waits until the cancelled attempt has let go of the port.
        slot.start(&s.ctx, "crm", options()).await.unwrap();
        assert_eq!(waiting.await.unwrap().unwrap_err().kind(), "cancelled");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pkce_off_applies_to_one_attempt_and_is_not_saved() {
    let s = setup();
    let mut without = options();
    without.use_pkce = false;
    let sign_in = SignIn::start(&s.ctx, "crm", without).await.unwrap();
    assert!(!sign_in.url().as_str().contains("code_challenge"));
    drop(sign_in);
    let saved = std::fs::read_to_string(s.ctx.connections.dir().join("connections.json")).unwrap();
    assert!(!saved.to_lowercase().contains("pkce"), "{saved}");
    let sign_in = SignIn::start(&s.ctx, "crm", options()).await.unwrap();
    assert!(sign_in
        .url()
        .as_str()
        .contains("code_challenge_method=S256"));
}

/// "crm" last signed in as a@example.com, with its refresh token stored.
fn signed_in_as_a() -> TestContext {
    TestContext::signed_in("crm", Some("a@example.com"), "1000.old")
}

fn stored_refresh_token(s: &TestContext) -> String {
    let token = s
        .store
        .get(&EntryName::new("crm", SecretKind::RefreshToken))
        .unwrap()
        .unwrap();
    secrecy::ExposeSecret::expose_secret(&token).to_string()
}

const OTHER_USER: &str = r#"{"Email":"b@example.com"}"#;

/// Starts and finishes a sign-in in which Zoho answers for b@example.com.
async fn sign_in_as_b(s: &Arc<TestContext>, slot: &Arc<SignInSlot>) -> Finished {
    s.http.answer(200, TOKENS).answer(200, OTHER_USER);
    let mut ask = options();
    ask.on_account_change = AccountChange::Ask;
    let (url, _) = slot.start(&s.ctx, "crm", ask).await.unwrap();
    let browser = tokio::spawn(browser_returns(s.port, callback_query(&state_of(&url))));
    let finished = slot.finish(&s.ctx, Duration::from_secs(10)).await.unwrap();
    assert!(browser
        .await
        .unwrap()
        .contains("Go back to Zoho Credential Wizard to answer"));
    finished
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_account_is_asked_about_before_its_tokens_are_stored() {
    let s = Arc::new(signed_in_as_a());
    let slot = Arc::new(SignInSlot::default());
    let Finished::AccountChanged { question, .. } = sign_in_as_b(&s, &slot).await else {
        panic!("no question")
    };
    assert_eq!(
        question,
        "Signed in as b@example.com; this connection was a@example.com. Keep?"
    );
    assert_eq!(
        stored_refresh_token(&s),
        "1000.old",
        "nothing stored before the answer"
    );

    // Discard: the new tokens are revoked, the old sign-in stays.
    s.http.answer(200, r#"{"status":"success"}"#);
    let err = slot.confirm(&s.ctx, false).await.unwrap_err();
    assert_eq!(err.kind(), "discarded");
    assert_eq!(stored_refresh_token(&s), "1000.old");
    let revoke = s.http.requests().pop().unwrap();
    assert!(
        revoke
            .1
            .ends_with("/oauth/v2/token/revoke?token=1000.refresh"),
        "{}",
        revoke.1
    );
    let saved = s.ctx.connections.get("crm").unwrap();
    assert_eq!(
        saved.signed_in.unwrap().email.as_deref(),
        Some("a@example.com")
    );

    // Keep: the new account's tokens replace the old ones.
    let Finished::AccountChanged { .. } = sign_in_as_b(&s, &slot).await else {
        panic!("no question")
    };
    let connected = slot.confirm(&s.ctx, true).await.unwrap();
    assert_eq!(connected.email.as_deref(), Some("b@example.com"));
    assert_eq!(stored_refresh_token(&s), "1000.refresh");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusing_another_account_revokes_its_tokens() {
    let s = signed_in_as_a();
    s.http
        .answer(200, TOKENS)
        .answer(200, OTHER_USER)
        .answer(200, r#"{"status":"success"}"#);
    let sign_in = SignIn::start(&s.ctx, "crm", options()).await.unwrap();
    let browser = tokio::spawn(browser_returns(
        s.port,
        callback_query(&state_of(sign_in.url())),
    ));
    let err = sign_in
        .finish(&s.ctx, Duration::from_secs(10), std::future::pending())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "account_changed");
    assert_eq!(err.category(), crate::error::Category::Input);
    assert!(err.to_string().contains(
        "Signed in as b@example.com, but this connection was signed in as a@example.com"
    ));
    browser.await.unwrap();
    assert!(s
        .http
        .requests()
        .last()
        .unwrap()
        .1
        .contains("/oauth/v2/token/revoke?token=1000.refresh"));
    assert_eq!(stored_refresh_token(&s), "1000.old");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_account_again_needs_no_question() {
    let s = signed_in_as_a();
    s.http.answer(200, TOKENS).answer(200, USER);
    let sign_in = SignIn::start(&s.ctx, "crm", options()).await.unwrap();
    let browser = tokio::spawn(browser_returns(
        s.port,
        callback_query(&state_of(sign_in.url())),
    ));
    let connected = sign_in
        .finish(&s.ctx, Duration::from_secs(10), std::future::pending())
        .await
        .unwrap();
    assert_eq!(connected.email.as_deref(), Some("a@example.com"));
    assert_eq!(stored_refresh_token(&s), "1000.refresh");
    browser.await.unwrap();
}
