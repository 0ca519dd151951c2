//! HTTP as the core needs it: one request in, status and body out. Behind a trait (as oauth2-rs
//! takes its HTTP client as a parameter), so everything that talks to Zoho is tested with canned
//! answers, and the real client lives in one place.

pub mod error;

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use url::Url;
use zeroize::Zeroizing;

use crate::error::{NetworkError, Result};

/// Every request gives up after this long.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
    /// Vault's `LIST` (https://developer.hashicorp.com/vault/api-docs#http-verbs).
    List,
}

/// A request. Bodies and headers may carry secrets: they are wiped on drop and never printed.
pub struct HttpRequest {
    pub method: Method,
    pub url: Url,
    /// The `Authorization` header's value.
    pub authorization: Option<Zeroizing<String>>,
    /// An `application/x-www-form-urlencoded` body.
    pub form: Option<Zeroizing<String>>,
    /// An `application/json` body.
    pub json: Option<Zeroizing<String>>,
    /// A body sent as it is; its `Content-Type`, if any, is among the headers.
    pub raw: Option<Zeroizing<String>>,
    /// Other headers (a Vault token among them), sent marked sensitive.
    pub headers: Vec<(Cow<'static, str>, Zeroizing<String>)>,
}

impl Method {
    /// The method as HTTP names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::List => "LIST",
        }
    }
}

impl std::fmt::Debug for HttpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Without the query: Zoho's older revoke endpoint carries the token there.
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field(
                "url",
                &format_args!(
                    "{}{}",
                    self.url.origin().ascii_serialization(),
                    self.url.path()
                ),
            )
            .finish_non_exhaustive()
    }
}

impl HttpRequest {
    pub fn get(url: Url) -> Self {
        HttpRequest {
            method: Method::Get,
            url,
            authorization: None,
            form: None,
            json: None,
            raw: None,
            headers: Vec::new(),
        }
    }

    /// A request without a body.
    pub fn new(method: Method, url: Url) -> Self {
        HttpRequest {
            method,
            ..Self::get(url)
        }
    }

    /// A POST with a JSON body.
    pub fn post_json(url: Url, json: Zeroizing<String>) -> Self {
        HttpRequest {
            method: Method::Post,
            json: Some(json),
            ..Self::get(url)
        }
    }

    pub fn with_header(mut self, name: impl Into<Cow<'static, str>>, value: &str) -> Self {
        self.headers
            .push((name.into(), Zeroizing::new(value.to_string())));
        self
    }

    /// A header's value (for tests and fakes).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// A POST with a form body built from `fields`.
    pub fn post_form(url: Url, fields: &[(&str, &str)]) -> Self {
        let mut body = Zeroizing::new(String::new());
        {
            let mut serializer = url::form_urlencoded::Serializer::new(&mut *body);
            for (name, value) in fields {
                serializer.append_pair(name, value);
            }
        }
        HttpRequest {
            method: Method::Post,
            form: Some(body),
            ..Self::get(url)
        }
    }

    pub fn with_authorization(mut self, value: String) -> Self {
        self.authorization = Some(Zeroizing::new(value));
        self
    }

    /// The form fields, decoded (for tests and fakes).
    pub fn form_fields(&self) -> Vec<(String, String)> {
        self.form
            .as_deref()
            .map(|body| {
                url::form_urlencoded::parse(body.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// An answer. The body may hold tokens: it is wiped on drop.
pub struct HttpResponse {
    pub status: u16,
    pub body: Zeroizing<String>,
    /// The server's clock, from its `Date` header.
    pub date: Option<std::time::SystemTime>,
    /// OpenBao's and Vault's `X-Vault-Index`: the storage state a write reached, which a later
    /// request names so that a cluster's standby serves it only once it holds that state.
    pub vault_index: Option<String>,
    /// Every header, as received (for `zcw api --include`).
    pub headers: Vec<(String, String)>,
}

impl std::fmt::Debug for HttpResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

pub type HttpFuture<'a> = Pin<Box<dyn Future<Output = Result<HttpResponse>> + Send + 'a>>;

/// Sends one request and returns the answer, or a [`NetworkError`].
pub trait HttpClient: Send + Sync {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_>;
}

/// The real client: rustls, bounded timeouts, no redirects followed, and no proxy for this
/// computer's own addresses (an `HTTP_PROXY` set for the internet must not see a request, or a
/// secret, meant for a server on 127.0.0.1).
#[derive(Debug, Clone)]
pub struct ReqwestClient {
    /// Honours the system's proxy settings.
    http: reqwest::Client,
    /// Never uses a proxy: for loopback addresses.
    direct: reqwest::Client,
    timeout: Duration,
}

/// How a [`ReqwestClient`] is built.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// An extra CA to trust (a team store with its own CA).
    pub root_certificate: Option<reqwest::Certificate>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            timeout: REQUEST_TIMEOUT,
            connect_timeout: Duration::from_secs(10),
            root_certificate: None,
        }
    }
}

impl Default for ReqwestClient {
    fn default() -> Self {
        ReqwestClient::new(&ClientOptions::default()).expect("the HTTP client builds")
    }
}

impl ReqwestClient {
    pub fn new(options: &ClientOptions) -> std::result::Result<Self, reqwest::Error> {
        let build = |direct: bool| {
            let mut builder = reqwest::Client::builder()
                .timeout(options.timeout)
                .connect_timeout(options.connect_timeout)
                // Neither Zoho nor a team store redirects these requests; following one could
                // carry a form or a token to another host.
                .redirect(reqwest::redirect::Policy::none());
            if direct {
                // No connection kept for later, either: a server on this computer (a dev server,
                // a test's emulator) that stops must be found gone, not reached through a kept
                // connection whose requests nobody takes any more.
                builder = builder.no_proxy().pool_max_idle_per_host(0);
            }
            if let Some(cert) = &options.root_certificate {
                builder = builder.add_root_certificate(cert.clone());
            }
            builder.build()
        };
        Ok(ReqwestClient {
            http: build(false)?,
            direct: build(true)?,
            timeout: options.timeout,
        })
    }

    /// The client for `url`: direct for this computer's own addresses.
    fn client_for(&self, url: &Url) -> &reqwest::Client {
        if is_loopback(url) {
            &self.direct
        } else {
            &self.http
        }
    }
}

/// Whether a URL names this computer: `localhost` or a loopback IP address.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => {
            let domain = domain.trim_end_matches('.').to_ascii_lowercase();
            domain == "localhost" || domain.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

fn network_error(e: &reqwest::Error, timeout: Duration) -> crate::Error {
    if e.is_timeout() {
        NetworkError::Timeout {
            seconds: timeout.as_secs(),
        }
        .into()
    } else {
        let reason = reason_of(e);
        NetworkError::Unreachable { reason }.into()
    }
}

/// Why a request failed, in words: the innermost cause ("Connection refused", "failed to lookup
/// address"), since reqwest's own text ("error sending request for url (...)") says little. Never
/// the URL: it may carry a token in its query.
pub(crate) fn reason_of(e: &reqwest::Error) -> String {
    let mut root: &dyn std::error::Error = e;
    while let Some(source) = root.source() {
        root = source;
    }
    root.to_string()
        .replace(e.url().map_or("", Url::as_str), "")
        .trim_end_matches('.')
        .to_string()
}

impl HttpClient for ReqwestClient {
    fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
        Box::pin(async move {
            let method = reqwest::Method::from_bytes(request.method.as_str().as_bytes())
                .expect("our methods are valid");
            let mut builder = self
                .client_for(&request.url)
                .request(method, request.url.clone());
            if let Some(value) = &request.authorization {
                builder = builder.header(reqwest::header::AUTHORIZATION, value.as_str());
            }
            for (name, value) in &request.headers {
                let mut value = reqwest::header::HeaderValue::from_str(value)
                    .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static(""));
                value.set_sensitive(true);
                builder = builder.header(name.as_ref(), value);
            }
            if let Some(raw) = &request.raw {
                builder = builder.body(raw.as_bytes().to_vec());
            }
            if let Some(json) = &request.json {
                builder = builder
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(json.as_bytes().to_vec());
            }
            if let Some(form) = &request.form {
                builder = builder
                    .header(
                        reqwest::header::CONTENT_TYPE,
                        "application/x-www-form-urlencoded",
                    )
                    .body(form.as_bytes().to_vec());
            }
            let timeout = self.timeout;
            let response = builder
                .send()
                .await
                .map_err(|e| network_error(&e, timeout))?;
            let status = response.status().as_u16();
            let date = response
                .headers()
                .get(reqwest::header::DATE)
                .and_then(|d| d.to_str().ok())
                .and_then(|d| httpdate::parse_http_date(d).ok());
            let vault_index = response
                .headers()
                .get("X-Vault-Index")
                .and_then(|v| v.to_str().ok())
                .map(String::from);
            let headers = response
                .headers()
                .iter()
                .map(|(name, value)| {
                    (
                        name.as_str().to_string(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    )
                })
                .collect();
            let body = Zeroizing::new(
                response
                    .text()
                    .await
                    .map_err(|e| network_error(&e, timeout))?,
            );
            Ok(HttpResponse {
                status,
                body,
                date,
                vault_index,
                headers,
            })
        })
    }
}

#[cfg(test)]
pub mod fake {
    //! Canned answers for tests, with every request kept for inspection.

    use std::collections::VecDeque;
    use std::sync::Mutex;

    use super::*;

    /// A request's JSON (or raw) body and its other headers.
    pub type Detail = (Option<String>, Vec<(String, String)>);

    /// What a request was: `(method, url, form fields, authorization)`.
    pub type Seen = (Method, String, Vec<(String, String)>, Option<String>);

    /// A canned answer: its status, body, `X-Vault-Index` and other headers.
    type Canned = (u16, String, Option<String>, Vec<(String, String)>);

    /// Answers requests in order from a queue; records what was asked.
    #[derive(Debug, Default)]
    pub struct CannedHttp {
        answers: Mutex<VecDeque<Result<Canned>>>,
        pub seen: Mutex<Vec<Seen>>,
        /// The JSON body and the other headers of every request.
        pub details: Mutex<Vec<Detail>>,
    }

    impl CannedHttp {
        pub fn new() -> Self {
            Self::default()
        }

        pub fn answer(&self, status: u16, body: &str) -> &Self {
            self.answers.lock().unwrap().push_back(Ok((
                status,
                body.to_string(),
                None,
                Vec::new(),
            )));
            self
        }

        /// An answer with headers (a redirect's `Location`).
        pub fn answer_with_headers(
            &self,
            status: u16,
            body: &str,
            headers: &[(&str, &str)],
        ) -> &Self {
            let headers = headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect();
            self.answers
                .lock()
                .unwrap()
                .push_back(Ok((status, body.to_string(), None, headers)));
            self
        }

        /// An answer with OpenBao's `X-Vault-Index` header.
        pub fn answer_with_index(&self, status: u16, body: &str, index: &str) -> &Self {
            self.answers.lock().unwrap().push_back(Ok((
                status,
                body.to_string(),
                Some(index.to_string()),
                Vec::new(),
            )));
            self
        }

        pub fn fail(&self, error: crate::Error) -> &Self {
            self.answers.lock().unwrap().push_back(Err(error));
            self
        }

        /// The JSON bodies of every request so far (`None`: it had none).
        pub fn json_bodies(&self) -> Vec<Option<String>> {
            self.details
                .lock()
                .unwrap()
                .iter()
                .map(|(json, _)| json.clone())
                .collect()
        }

        /// How many answers are still queued.
        pub fn pending(&self) -> usize {
            self.answers.lock().unwrap().len()
        }

        /// `(method, url, form fields, authorization)` of every request so far.
        pub fn requests(&self) -> Vec<Seen> {
            self.seen.lock().unwrap().clone()
        }
    }

    impl HttpClient for CannedHttp {
        fn send(&self, request: HttpRequest) -> HttpFuture<'_> {
            self.seen.lock().unwrap().push((
                request.method,
                request.url.to_string(),
                request.form_fields(),
                request.authorization.as_deref().cloned(),
            ));
            self.details.lock().unwrap().push((
                request.json.as_deref().or(request.raw.as_deref()).cloned(),
                request
                    .headers
                    .iter()
                    .map(|(n, v)| (n.to_string(), v.to_string()))
                    .collect(),
            ));
            let answer = self
                .answers
                .lock()
                .unwrap()
                .pop_front()
                .expect("a canned answer for every request");
            Box::pin(async move {
                answer.map(|(status, body, vault_index, headers)| HttpResponse {
                    status,
                    body: Zeroizing::new(body),
                    date: None,
                    vault_index,
                    headers,
                })
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_encoded_and_never_printed() {
        let url = Url::parse("https://accounts.zoho.eu/oauth/v2/token?token=secret").unwrap();
        let request = HttpRequest::post_form(url, &[("client_secret", "s e&c"), ("a", "b")]);
        assert_eq!(
            request.form.as_deref().unwrap().as_str(),
            "client_secret=s+e%26c&a=b"
        );
        assert_eq!(
            request.form_fields(),
            [
                ("client_secret".into(), "s e&c".into()),
                ("a".into(), "b".into())
            ]
        );
        let printed = format!("{request:?}");
        assert!(
            !printed.contains("secret") && !printed.contains("s+e"),
            "{printed}"
        );
    }

    #[test]
    fn only_this_computers_addresses_are_loopback() {
        for local in [
            "http://localhost:8200",
            "http://127.0.0.1:1",
            "http://127.1.2.3",
            "http://[::1]:8200",
            "http://vault.localhost",
        ] {
            assert!(is_loopback(&Url::parse(local).unwrap()), "{local}");
        }
        for remote in [
            "https://accounts.zoho.eu",
            "http://10.0.0.1",
            "http://localhost.example.com",
            "http://[::2]",
        ] {
            assert!(!is_loopback(&Url::parse(remote).unwrap()), "{remote}");
        }
    }

    #[tokio::test]
    async fn a_closed_port_is_unreachable_not_a_panic() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = Url::parse(&format!("http://127.0.0.1:{port}/oauth/v2/token")).unwrap();
        let err = ReqwestClient::default()
            .send(HttpRequest::get(url))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), "unreachable");
        assert!(!err.to_string().contains("/oauth/v2/token"), "{err}");
    }
}
