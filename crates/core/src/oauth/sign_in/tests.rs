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
    let sign_in = SignIn::start(&s.ctx, "crm", scopes()).await.unwrap();
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
    let sign_in = SignIn::start(&s.ctx, "crm", scopes()).await.unwrap();
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
    slot.start(&s.ctx, "crm", scopes()).await.unwrap();
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
    slot.start(&s.ctx, "crm", scopes()).await.unwrap();
    let first = {
        let (slot, s) = (slot.clone(), s.clone());
        tokio::spawn(async move { slot.finish(&s.ctx, Duration::from_secs(30)).await })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    // Same port: it must have been released before the new attempt binds it.
    let url = slot.start(&s.ctx, "crm", scopes()).await.unwrap();
    assert_eq!(first.await.unwrap().unwrap_err().kind(), "cancelled");
    // A started attempt nobody waits for is simply replaced too.
    let url = {
        let again = slot.start(&s.ctx, "crm", scopes()).await.unwrap();
        assert_ne!(state_of(&again), state_of(&url));
        again
    };
    s.http.answer(200, TOKENS).answer(200, USER);
    let browser = tokio::spawn(browser_returns(s.port, callback_query(&state_of(&url))));
    let connected = slot.finish(&s.ctx, Duration::from_secs(10)).await.unwrap();
    assert!(connected.summary.starts_with("Connected as a@example.com"));
    browser.await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pasted_address_completes_it_and_a_wrong_one_is_refused_without_ending_the_wait() {
    let s = Arc::new(setup());
    let slot = Arc::new(SignInSlot::default());
    assert_eq!(slot.paste("http://x").unwrap_err().kind(), "not_started");
    let url = slot.start(&s.ctx, "crm", scopes()).await.unwrap();
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
    let connected = waiting.await.unwrap().unwrap();
    assert_eq!(connected.email.as_deref(), Some("a@example.com"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn zohos_errors_and_the_timeout_end_it_with_advice() {
    let s = setup();
    s.http.answer(200, r#"{"error":"invalid_client"}"#);
    let sign_in = SignIn::start(&s.ctx, "crm", scopes()).await.unwrap();
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

    let sign_in = SignIn::start(&s.ctx, "crm", scopes()).await.unwrap();
    let err = sign_in
        .finish(&s.ctx, Duration::from_millis(200), std::future::pending())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "timed_out");
}
