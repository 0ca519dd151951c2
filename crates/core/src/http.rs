//! HTTP as the core needs it: one request in, status and body out. Behind a trait (as oauth2-rs
//! takes its HTTP client as a parameter), so everything that talks to Zoho is tested with canned
//! answers, and the real client lives in one place.

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
}

/// A request. Bodies and the authorization header may carry secrets: they are wiped on drop and
/// never printed.
pub struct HttpRequest {
    pub method: Method,
    pub url: Url,
    /// The `Authorization` header's value.
    pub authorization: Option<Zeroizing<String>>,
    /// An `application/x-www-form-urlencoded` body.
    pub form: Option<Zeroizing<String>>,
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
        }
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
            url,
            authorization: None,
            form: Some(body),
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

/// The real client: rustls, bounded timeouts, no redirects followed.
#[derive(Debug, Clone)]
pub struct ReqwestClient {
    http: reqwest::Client,
}

impl Default for ReqwestClient {
    fn default() -> Self {
        ReqwestClient {
            http: reqwest::Client::builder()
                .timeout(REQUEST_TIMEOUT)
                .connect_timeout(Duration::from_secs(10))
                // Zoho never redirects these endpoints; following one could leak the form.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("the HTTP client builds"),
        }
    }
}

fn network_error(e: &reqwest::Error) -> crate::Error {
    if e.is_timeout() {
        NetworkError::Timeout {
            seconds: REQUEST_TIMEOUT.as_secs(),
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
            let mut builder = match request.method {
                Method::Get => self.http.get(request.url.clone()),
                Method::Post => self.http.post(request.url.clone()),
            };
            if let Some(value) = &request.authorization {
                builder = builder.header(reqwest::header::AUTHORIZATION, value.as_str());
            }
            if let Some(form) = &request.form {
                builder = builder
                    .header(
                        reqwest::header::CONTENT_TYPE,
                        "application/x-www-form-urlencoded",
                    )
                    .body(form.as_bytes().to_vec());
            }
            let response = builder.send().await.map_err(|e| network_error(&e))?;
            let status = response.status().as_u16();
            let date = response
                .headers()
                .get(reqwest::header::DATE)
                .and_then(|d| d.to_str().ok())
                .and_then(|d| httpdate::parse_http_date(d).ok());
            let body = Zeroizing::new(response.text().await.map_err(|e| network_error(&e))?);
            Ok(HttpResponse { status, body, date })
        })
    }
}

#[cfg(test)]
pub mod fake {
    //! Canned answers for tests, with every request kept for inspection.

    use std::collections::VecDeque;
    use std::sync::Mutex;

    use super::*;

    /// What a request was: `(method, url, form fields, authorization)`.
    pub type Seen = (Method, String, Vec<(String, String)>, Option<String>);

    /// Answers requests in order from a queue; records what was asked.
    #[derive(Debug, Default)]
    pub struct CannedHttp {
        answers: Mutex<VecDeque<Result<(u16, String)>>>,
        pub seen: Mutex<Vec<Seen>>,
    }

    impl CannedHttp {
        pub fn new() -> Self {
            Self::default()
        }

        pub fn answer(&self, status: u16, body: &str) -> &Self {
            self.answers
                .lock()
                .unwrap()
                .push_back(Ok((status, body.to_string())));
            self
        }

        pub fn fail(&self, error: crate::Error) -> &Self {
            self.answers.lock().unwrap().push_back(Err(error));
            self
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
            let answer = self
                .answers
                .lock()
                .unwrap()
                .pop_front()
                .expect("a canned answer for every request");
            Box::pin(async move {
                answer.map(|(status, body)| HttpResponse {
                    status,
                    body: Zeroizing::new(body),
                    date: None,
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
