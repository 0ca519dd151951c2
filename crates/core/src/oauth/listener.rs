//! The loopback listener that receives Zoho's redirect: bound once on 127.0.0.1 and ::1 and kept
//! until the sign-in ends, serving a capped number of connections each on its own task with a read
//! deadline, and counting only a GET on the exact callback path, for our port (one Host header),
//! with the right state and no repeated parameter.

use std::collections::HashMap;
use std::future::Future;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::page;
use crate::error::{InputError, Result, SignInError, ZohoError};
use crate::flaw::Flaw;
use crate::secret::AuthorizationCode;
use slots::{Slots, Taken};

pub const CALLBACK_PATH: &str = "/callback";
/// How long one connection may take to send its request head.
const READ_DEADLINE: Duration = Duration::from_secs(5);
/// How long one connection may take to send its request line (a browser sends it at once).
const REQUEST_LINE_DEADLINE: Duration = Duration::from_secs(2);
/// Request heads larger than this are refused.
const MAX_HEAD_BYTES: usize = 8 * 1024;
/// How many connections are served at once; at the cap, the oldest that has not sent its request
/// line makes room for a new one (see [`slots`]).
const MAX_CONNECTIONS: usize = 64;
/// How long to wait before accepting again after `accept` failed, doubling up to the maximum.
const ACCEPT_BACKOFF_MIN: Duration = Duration::from_millis(10);
const ACCEPT_BACKOFF_MAX: Duration = Duration::from_millis(500);
/// How long the genuine callback's browser tab waits for the final page.
const FINAL_PAGE_WAIT: Duration = Duration::from_secs(60);

/// What Zoho's redirect carried.
pub struct Callback {
    pub code: AuthorizationCode,
    /// Zoho's DC id (`eu`), when given.
    pub location: Option<String>,
    /// The accounts server to exchange the code with, when given; checked before use.
    pub accounts_server: Option<String>,
}

impl std::fmt::Debug for Callback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Callback")
            .field("code", &"[redacted]")
            .field("location", &self.location)
            .field("accounts_server", &self.accounts_server)
            .finish()
    }
}

/// Shows the final page in the browser tab that brought the callback.
#[derive(Debug)]
pub struct Finisher {
    page: oneshot::Sender<String>,
    written: oneshot::Receiver<()>,
}

impl Finisher {
    /// Sends the page and waits (briefly) until the browser has it, so a process that exits right
    /// after still shows it.
    pub async fn finish(self, ok: bool, title: &str, message: &str) {
        if self.page.send(page::render(title, message, ok)).is_ok() {
            let _ = tokio::time::timeout(Duration::from_secs(5), self.written).await;
        }
    }
}

/// How a query string relates to the sign-in in progress.
pub(crate) enum Answer {
    Code(Callback),
    Declined(String),
    WrongState,
    Incomplete,
    /// A parameter that must appear once appears more often (RFC 6749, section 3.1).
    Repeated(&'static str),
}

/// The parameters of Zoho's answer, each allowed once.
const ONCE: [&str; 5] = ["state", "code", "error", "location", "accounts-server"];

/// Whether two states match, in time that does not depend on where they differ.
fn same_state(given: &str, expected: &str) -> bool {
    use subtle::ConstantTimeEq;
    given.len() == expected.len() && bool::from(given.as_bytes().ct_eq(expected.as_bytes()))
}

pub(crate) fn read_answer(raw: &str, state: &str) -> Answer {
    let mut query: HashMap<String, String> = HashMap::new();
    for (name, value) in url::form_urlencoded::parse(raw.as_bytes()) {
        if let Some(once) = ONCE.iter().find(|n| **n == name) {
            if query.contains_key(*once) {
                return Answer::Repeated(once);
            }
        }
        query.insert(name.into_owned(), value.into_owned());
    }
    if !query
        .get("state")
        .is_some_and(|given| same_state(given, state))
    {
        return Answer::WrongState;
    }
    if let Some(error) = query.get("error") {
        return Answer::Declined(error.clone());
    }
    match query.get("code").filter(|c| code_shaped(c)) {
        Some(code) => Answer::Code(Callback {
            code: AuthorizationCode::new(code),
            // Only a data centre this app knows; anything else is as if it were not given.
            location: query
                .get("location")
                .filter(|l| crate::dc::DataCentre::by_id(l).is_ok())
                .cloned(),
            accounts_server: query.get("accounts-server").cloned(),
        }),
        None => Answer::Incomplete,
    }
}

/// A grant code as Zoho makes them (`1000.` and hex): printable ASCII without spaces, of a
/// sane length. Anything else is not sent anywhere.
fn code_shaped(code: &str) -> bool {
    !code.is_empty() && code.len() <= 512 && code.bytes().all(|b| b.is_ascii_graphic())
}

/// Why a request to the listener is not Zoho's answer: its HTTP status and page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub status: u16,
    pub title: &'static str,
    pub message: &'static str,
}

const NOT_AN_ANSWER: &str = "This address only receives Zoho's sign-in answer.";

/// The query of a request head, once it is a GET of the callback path through this listener's
/// own host name (exactly one Host header; RFC 9112 refuses a repeated one).
pub(crate) fn callback_query(head: &[u8], port: u16) -> std::result::Result<String, Refusal> {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut request = httparse::Request::new(&mut headers);
    if !matches!(request.parse(head), Ok(httparse::Status::Complete(_))) {
        return Err(Refusal {
            status: 400,
            title: "Bad request",
            message: NOT_AN_ANSWER,
        });
    }
    let target = request.path.unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if request.method != Some("GET") || path != CALLBACK_PATH {
        return Err(Refusal {
            status: 404,
            title: "Not found",
            message: NOT_AN_ANSWER,
        });
    }
    let mut hosts = request
        .headers
        .iter()
        .filter(|h| h.name.eq_ignore_ascii_case("host"));
    let host = match (hosts.next(), hosts.next()) {
        (Some(only), None) => std::str::from_utf8(only.value).unwrap_or(""),
        _ => "",
    };
    if !host_allowed(host, port) {
        return Err(Refusal {
            status: 400,
            title: "Wrong address",
            message: "This sign-in answer came through an unexpected host name, so it was ignored.",
        });
    }
    Ok(query.to_string())
}

/// Reads the address the browser ended on, pasted by the user, with the listener's checks.
pub fn parse_pasted(pasted: &str, redirect_uri: &str, state: &str) -> Result<Callback> {
    let invalid = |reason: Flaw| {
        crate::Error::from(InputError::PastedAddressInvalid {
            reason,
            expected: redirect_uri.to_string(),
        })
    };
    let url = url::Url::parse(pasted.trim()).map_err(|_| invalid(Flaw::PastedNotWeb))?;
    let expected = url::Url::parse(redirect_uri).map_err(|_| invalid(Flaw::PastedNoRedirectUri))?;
    if url.origin() != expected.origin() || url.path() != expected.path() {
        return Err(invalid(Flaw::PastedElsewhere));
    }
    match read_answer(url.query().unwrap_or(""), state) {
        Answer::Code(callback) => Ok(callback),
        Answer::Declined(error) => Err(declined(error)),
        Answer::WrongState => Err(invalid(Flaw::PastedOtherAttempt)),
        Answer::Repeated(name) => Err(invalid(Flaw::PastedRepeated { part: name.into() })),
        Answer::Incomplete => Err(invalid(Flaw::PastedNoCode)),
    }
}

/// The error for an `error=...` answer: the user declined, or Zoho said something else.
fn declined(error: String) -> crate::Error {
    if error == "access_denied" {
        SignInError::Declined.into()
    } else {
        ZohoError::Unexpected { error }.into()
    }
}

/// What ended a wait that did not fail: Zoho's answer, or the caller's interrupt.
#[derive(Debug)]
pub enum Arrival<I> {
    Callback(Callback, Finisher),
    Interrupted(I),
}

/// What a connection task tells the waiter.
enum Outcome {
    Code(Callback, Finisher),
    Declined(String),
}

/// The bound sockets, waiting to serve.
#[derive(Debug)]
pub struct LoopbackListener {
    port: u16,
    sockets: Vec<TcpListener>,
}

/// Accept loops that stop when the wait ends (also when the wait itself is dropped).
struct AcceptLoops(Vec<JoinHandle<()>>);

impl AcceptLoops {
    /// Stops accepting and waits until the sockets are closed, so the port is free again.
    async fn stop(mut self) {
        for task in std::mem::take(&mut self.0) {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for AcceptLoops {
    fn drop(&mut self) {
        for task in &self.0 {
            task.abort();
        }
    }
}

fn bind_error(port: u16, e: &std::io::Error) -> SignInError {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => SignInError::PortInUse { port },
        std::io::ErrorKind::PermissionDenied => SignInError::PortPermissionDenied { port },
        _ => SignInError::ListenerFailed {
            port,
            reason: e.to_string(),
        },
    }
}

impl LoopbackListener {
    /// Binds the port once on 127.0.0.1 and ::1 (`localhost` may resolve to either). A host
    /// without IPv6 is served on 127.0.0.1 alone.
    pub async fn bind(port: u16) -> Result<Self> {
        let v4 = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
            .await
            .map_err(|e| bind_error(port, &e))?;
        let mut sockets = vec![v4];
        match TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, port))).await {
            Ok(v6) => sockets.push(v6),
            Err(e) if e.kind() == std::io::ErrorKind::AddrNotAvailable => {}
            Err(e) => return Err(bind_error(port, &e).into()),
        }
        Ok(LoopbackListener { port, sockets })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the callback with `state` arrives, the user declines, `timeout` passes or
    /// `interrupt` completes. Everything else gets its page and the wait goes on. The port is
    /// released before this returns.
    pub async fn wait<I>(
        self,
        state: &str,
        timeout: Duration,
        interrupt: impl Future<Output = I>,
    ) -> Result<Arrival<I>> {
        let (tx, mut rx) = mpsc::channel::<Outcome>(4);
        let port = self.port;
        // One cap for both sockets: a flood of idle connections cannot use up the process's
        // file descriptors, so the listener keeps its port for the whole sign-in.
        let slots = Slots::new(MAX_CONNECTIONS);
        let loops = AcceptLoops(
            self.sockets
                .into_iter()
                .map(|socket| {
                    let (tx, slots) = (tx.clone(), Arc::clone(&slots));
                    let state = state.to_string();
                    tokio::spawn(accept_loop(socket, port, state, tx, slots))
                })
                .collect(),
        );
        drop(tx);
        let ended = tokio::select! {
            outcome = rx.recv() => Ok(outcome),
            _ = tokio::time::sleep(timeout) => Err(SignInError::TimedOut {
                seconds: timeout.as_secs(),
                causes: vec![crate::cause::Cause::StartAgain],
            }),
            interrupted = interrupt => return {
                loops.stop().await;
                Ok(Arrival::Interrupted(interrupted))
            },
        };
        loops.stop().await;
        match ended? {
            Some(Outcome::Code(callback, finisher)) => Ok(Arrival::Callback(callback, finisher)),
            Some(Outcome::Declined(error)) => Err(declined(error)),
            None => Err(SignInError::ListenerFailed {
                port,
                reason: "the listener stopped".into(),
            }
            .into()),
        }
    }
}

/// Accepts connections until the wait ends: each served on its own task in a slot, the newest
/// preferred at the cap (the oldest silent one makes room). An error from `accept` (out of
/// descriptors, a connection reset before it was taken) is waited out, never the end of the loop.
async fn accept_loop(
    socket: TcpListener,
    port: u16,
    state: String,
    outcomes: mpsc::Sender<Outcome>,
    slots: Arc<Slots>,
) {
    let mut backoff = ACCEPT_BACKOFF_MIN;
    loop {
        match socket.accept().await {
            Ok((stream, _)) => {
                backoff = ACCEPT_BACKOFF_MIN;
                match slots.take() {
                    Some(slot) => {
                        let id = slot.id();
                        let (state, outcomes) = (state.clone(), outcomes.clone());
                        let task = tokio::spawn(async move {
                            serve(stream, port, state, outcomes, &slot).await;
                            drop(slot);
                        });
                        slots.serving(id, task.abort_handle());
                    }
                    None => drop(stream),
                }
            }
            Err(_) => {
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(ACCEPT_BACKOFF_MAX);
            }
        }
    }
}

/// The request head, or the HTTP status to refuse it with (too slow, too big, or not HTTP). The
/// request line must come within [`REQUEST_LINE_DEADLINE`]; once it has, the slot is marked.
async fn read_head(stream: &mut TcpStream, slot: &Taken) -> std::result::Result<Vec<u8>, u16> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    let started = tokio::time::Instant::now();
    let read = async {
        loop {
            if buf.windows(2).any(|w| w == b"\r\n") {
                slot.spoke();
            } else if started.elapsed() > REQUEST_LINE_DEADLINE {
                return Err(408);
            }
            if buf.windows(4).any(|w| w == b"\r\n\r\n") {
                return Ok(());
            }
            if buf.len() > MAX_HEAD_BYTES {
                return Err(431);
            }
            let line_left = REQUEST_LINE_DEADLINE.saturating_sub(started.elapsed());
            let wait = if buf.windows(2).any(|w| w == b"\r\n") {
                READ_DEADLINE
            } else {
                line_left
            };
            match tokio::time::timeout(wait, stream.read(&mut chunk)).await {
                Err(_) if !buf.windows(2).any(|w| w == b"\r\n") => return Err(408),
                Err(_) | Ok(Ok(0) | Err(_)) => return Err(400),
                Ok(Ok(n)) => buf.extend_from_slice(&chunk[..n]),
            }
        }
    };
    match tokio::time::timeout(READ_DEADLINE, read).await {
        Ok(Ok(())) => Ok(buf),
        Ok(Err(status)) => Err(status),
        Err(_) => Err(408),
    }
}

async fn respond(stream: &mut TcpStream, status: u16, body: &str) {
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        431 => "Request Header Fields Too Large",
        _ => "Error",
    };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\n\
         Content-Type: text/html; charset=utf-8\r\n\
         Cache-Control: no-store\r\n\
         Referrer-Policy: no-referrer\r\n\
         X-Content-Type-Options: nosniff\r\n\
         Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n\
         Content-Length: {}\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).await;
    let _ = stream.write_all(body.as_bytes()).await;
    let _ = stream.shutdown().await;
}

fn host_allowed(host: &str, port: u16) -> bool {
    let host = host.trim().to_ascii_lowercase();
    [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ]
    .contains(&host)
}

async fn serve(
    mut stream: TcpStream,
    port: u16,
    state: String,
    outcomes: mpsc::Sender<Outcome>,
    slot: &Taken,
) {
    let head = match read_head(&mut stream, slot).await {
        Ok(head) => head,
        Err(status) => {
            let body = page::render(
                "Bad request",
                "This address only receives Zoho's sign-in answer.",
                false,
            );
            return respond(&mut stream, status, &body).await;
        }
    };
    let query = match callback_query(&head, port) {
        Ok(query) => query,
        Err(refusal) => {
            let body = page::render(refusal.title, refusal.message, false);
            return respond(&mut stream, refusal.status, &body).await;
        }
    };
    match read_answer(&query, &state) {
        Answer::Repeated(name) => {
            let body = page::render(
                "Bad request",
                &format!("The answer names its {name} more than once, so it was ignored."),
                false,
            );
            respond(&mut stream, 400, &body).await;
        }
        Answer::WrongState => {
            let body = page::render(
                "This answer is not for the current sign-in",
                "It does not carry the code of the sign-in in progress (an old tab, or a forged link), so it was ignored. Finish the sign-in in the tab Zoho Credential Wizard opened.",
                false,
            );
            respond(&mut stream, 400, &body).await;
        }
        Answer::Incomplete => {
            let body = page::render(
                "Incomplete answer",
                "Zoho's answer had no code. Start the sign-in again.",
                false,
            );
            respond(&mut stream, 400, &body).await;
        }
        Answer::Declined(error) => {
            let message = if error == "access_denied" {
                "You declined access in Zoho, so no tokens were issued. To connect, start the sign-in again in Zoho Credential Wizard and click Accept."
                    .to_string()
            } else {
                format!("Zoho answered with the error \"{error}\". Go back to Zoho Credential Wizard for what to do next.")
            };
            let body = page::render("No access granted", &message, false);
            let _ = outcomes.send(Outcome::Declined(error)).await;
            respond(&mut stream, 200, &body).await;
        }
        Answer::Code(callback) => {
            let (page_tx, page_rx) = oneshot::channel();
            let (written_tx, written_rx) = oneshot::channel();
            let finisher = Finisher {
                page: page_tx,
                written: written_rx,
            };
            if outcomes
                .send(Outcome::Code(callback, finisher))
                .await
                .is_err()
            {
                let body = page::render(
                    "Sign-in already finished",
                    "This sign-in is no longer waiting. You can close this window.",
                    false,
                );
                return respond(&mut stream, 400, &body).await;
            }
            let body = match tokio::time::timeout(FINAL_PAGE_WAIT, page_rx).await {
                Ok(Ok(body)) => body,
                _ => page::render("Received", "Zoho Credential Wizard received the answer. Go back to the app to see the result.", true),
            };
            respond(&mut stream, 200, &body).await;
            let _ = written_tx.send(());
        }
    }
}

mod slots;
#[cfg(test)]
mod tests;
