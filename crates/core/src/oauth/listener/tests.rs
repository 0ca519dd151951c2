//! The listener under hostile and ordinary traffic.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::*;
use crate::testing::free_port;

const STATE: &str = "expected-state-0123456789";

async fn send(addr: &str, request: String) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    let _ = tokio::time::timeout(
        Duration::from_secs(10),
        stream.read_to_string(&mut response),
    )
    .await;
    response
}

/// A listener on a free port, waiting (up to 30 s, no interrupt) on its own task.
async fn listening() -> (u16, JoinHandle<Result<Arrival<()>>>) {
    let port = free_port();
    let listener = LoopbackListener::bind(port).await.unwrap();
    let waiter = tokio::spawn(async move {
        listener
            .wait(STATE, Duration::from_secs(30), std::future::pending::<()>())
            .await
    });
    (port, waiter)
}

fn get(path: &str, host: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: test\r\n\r\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_genuine_callback_completes_despite_hostile_traffic() {
    let (port, waiter) = listening().await;
    let v4 = format!("127.0.0.1:{port}");
    let host = format!("localhost:{port}");

    // A browser's idle preconnect and a slow client hold their connections open meanwhile.
    let _idle = TcpStream::connect(&v4).await.unwrap();
    let mut slow = TcpStream::connect(&v4).await.unwrap();
    slow.write_all(b"GET /callback?state=").await.unwrap();

    let favicon = send(&v4, get("/favicon.ico", &host)).await;
    assert!(favicon.starts_with("HTTP/1.1 404"), "{favicon}");
    for header in [
        "Content-Type: text/html; charset=utf-8",
        "Cache-Control: no-store",
        "Referrer-Policy: no-referrer",
    ] {
        assert!(favicon.contains(header), "{header} missing: {favicon}");
    }
    let other = send(&v4, get(&format!("/other?state={STATE}&code=x"), &host)).await;
    assert!(other.starts_with("HTTP/1.1 404"), "{other}");
    let post = send(&v4, format!("POST /callback?state={STATE}&code=x HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\n\r\n")).await;
    assert!(post.starts_with("HTTP/1.1 404"), "{post}");

    let forged = send(
        &v4,
        get("/callback?state=%3Cscript%3Eforged&code=evil", &host),
    )
    .await;
    assert!(forged.starts_with("HTTP/1.1 400"), "{forged}");
    assert!(!forged.contains("<script>"));
    let foreign = send(
        &v4,
        get(
            &format!("/callback?state={STATE}&code=evil"),
            &format!("evil.example:{port}"),
        ),
    )
    .await;
    assert!(foreign.starts_with("HTTP/1.1 400"), "{foreign}");
    let huge = format!(
        "GET /callback HTTP/1.1\r\nHost: {host}\r\nX-Fill: {}\r\n\r\n",
        "a".repeat(20_000)
    );
    let oversized = send(&v4, huge).await;
    assert!(oversized.starts_with("HTTP/1.1 431"), "{oversized}");
    assert!(!waiter.is_finished(), "none of that ended the wait");

    // The genuine answer, over IPv6 (localhost may resolve to ::1).
    let v6 = format!("[::1]:{port}");
    let genuine = tokio::spawn(async move {
        let path = format!(
            "/callback?code=1000.abc.def&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu&state={STATE}"
        );
        match TcpStream::connect(&v6).await {
            Ok(_) => send(&v6, get(&path, &format!("[::1]:{port}"))).await,
            Err(_) => {
                send(
                    &format!("127.0.0.1:{port}"),
                    get(&path, &format!("127.0.0.1:{port}")),
                )
                .await
            }
        }
    });
    let Arrival::Callback(callback, finisher) = waiter.await.unwrap().unwrap() else {
        panic!("no callback")
    };
    assert_eq!(callback.code.expose(), "1000.abc.def");
    assert_eq!(callback.location.as_deref(), Some("eu"));
    assert_eq!(
        callback.accounts_server.as_deref(),
        Some("https://accounts.zoho.eu")
    );
    assert!(!format!("{callback:?}").contains("1000.abc"));
    finisher
        .finish(true, "Connected", "You can close this window.")
        .await;
    let page = genuine.await.unwrap();
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("You can close this window."));
}

#[tokio::test]
async fn declining_in_zoho_ends_the_wait_with_advice() {
    let (port, waiter) = listening().await;
    let page = send(
        &format!("127.0.0.1:{port}"),
        get(
            &format!("/callback?error=access_denied&state={STATE}"),
            &format!("127.0.0.1:{port}"),
        ),
    )
    .await;
    assert!(page.contains("You declined access in Zoho"), "{page}");
    let err = waiter.await.unwrap().unwrap_err();
    assert_eq!(err.kind(), "declined");
}

#[tokio::test]
async fn timeout_cancel_and_port_in_use() {
    let port = free_port();
    let listener = LoopbackListener::bind(port).await.unwrap();
    let busy = LoopbackListener::bind(port).await.unwrap_err();
    assert_eq!(busy.kind(), "port_in_use");
    assert!(busy.to_string().contains(&port.to_string()));
    let err = listener
        .wait(
            STATE,
            Duration::from_millis(200),
            std::future::pending::<()>(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), "timed_out");

    // An interrupt ends the wait, and the port is free again at once.
    let listener = LoopbackListener::bind(port).await.unwrap();
    let arrival = listener
        .wait(STATE, Duration::from_secs(30), async { "stop" })
        .await
        .unwrap();
    assert!(matches!(arrival, Arrival::Interrupted("stop")));
    LoopbackListener::bind(port).await.unwrap();
}

#[test]
fn a_pasted_redirect_gets_the_same_checks() {
    let redirect = "http://localhost:47823/callback";
    let ok = parse_pasted(
        &format!("http://localhost:47823/callback?code=1000.a.b&location=us&accounts-server=https%3A%2F%2Faccounts.zoho.com&state={STATE}"),
        redirect,
        STATE,
    )
    .unwrap();
    assert_eq!(ok.code.expose(), "1000.a.b");
    let repeated =
        format!("http://localhost:47823/callback?code=1000.a.b&state={STATE}&code=1000.c.d");
    let err = parse_pasted(&repeated, redirect, STATE).unwrap_err();
    assert_eq!(err.kind(), "pasted_address_invalid");
    assert!(
        err.to_string().contains("its code appears more than once"),
        "{err}"
    );
    for (pasted, kind) in [
        (
            "http://localhost:47823/callback?code=x&state=other",
            "pasted_address_invalid",
        ),
        (
            "http://localhost:1/callback?code=x&state=expected-state-0123456789",
            "pasted_address_invalid",
        ),
        (
            "https://evil.example/callback?code=x&state=expected-state-0123456789",
            "pasted_address_invalid",
        ),
        ("not a url", "pasted_address_invalid"),
        (
            "http://localhost:47823/callback?error=access_denied&state=expected-state-0123456789",
            "declined",
        ),
    ] {
        assert_eq!(
            parse_pasted(pasted, redirect, STATE).unwrap_err().kind(),
            kind,
            "{pasted}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_parameters_and_hosts_are_refused_and_the_wait_goes_on() {
    let (port, waiter) = listening().await;
    let v4 = format!("127.0.0.1:{port}");
    let host = format!("localhost:{port}");
    let genuine = format!(
        "code=1000.a&location=us&accounts-server=https%3A%2F%2Faccounts.zoho.com&state={STATE}"
    );
    for repeated in [
        format!("{genuine}&state={STATE}"),
        format!("{genuine}&code=1000.b"),
        format!("{genuine}&location=eu"),
        format!("{genuine}&accounts-server=https%3A%2F%2Faccounts.zoho.eu"),
    ] {
        let page = send(&v4, get(&format!("/callback?{repeated}"), &host)).await;
        assert!(page.starts_with("HTTP/1.1 400"), "{repeated}: {page}");
        assert!(page.contains("more than once"), "{page}");
    }
    let two_hosts = format!(
        "GET /callback?{genuine} HTTP/1.1\r\nHost: {host}\r\nHost: evil.example:{port}\r\n\r\n"
    );
    let page = send(&v4, two_hosts).await;
    assert!(page.starts_with("HTTP/1.1 400"), "{page}");
    assert!(!waiter.is_finished(), "none of that ended the wait");

    send(&v4, get(&format!("/callback?{genuine}"), &host)).await;
    let Arrival::Callback(callback, _) = waiter.await.unwrap().unwrap() else {
        panic!("no callback")
    };
    assert_eq!(callback.code.expose(), "1000.a");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn at_the_cap_the_newest_connection_is_served_and_the_oldest_silent_one_closed() {
    let (port, waiter) = listening().await;
    let v4 = format!("127.0.0.1:{port}");
    let mut idle = Vec::new();
    for _ in 0..MAX_CONNECTIONS {
        idle.push(TcpStream::connect(&v4).await.unwrap());
    }
    // Give the accept loop time to take them all.
    tokio::time::sleep(Duration::from_millis(300)).await;
    // A newcomer is served (a browser sends its request at once) ...
    let page = send(&v4, get("/favicon.ico", &format!("localhost:{port}"))).await;
    assert!(page.starts_with("HTTP/1.1 404"), "{page}");
    // ... and the oldest idle connection made room for it.
    let mut buf = [0u8; 16];
    let read = tokio::time::timeout(Duration::from_secs(2), idle[0].read(&mut buf)).await;
    assert!(
        matches!(read, Ok(Ok(0)) | Ok(Err(_))),
        "the oldest silent connection was not closed: {read:?}"
    );
    // A connection that sends nothing is closed after the request line's deadline.
    let mut silent = TcpStream::connect(&v4).await.unwrap();
    let read = tokio::time::timeout(Duration::from_secs(4), silent.read(&mut buf)).await;
    assert!(read.is_ok(), "not closed within its deadline: {read:?}");
    assert!(!waiter.is_finished());
    waiter.abort();
}
