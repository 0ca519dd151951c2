//! One call to a connection's Zoho API: the token from the token path, sent only to the
//! connection's API origin, one forced refresh and one retry when Zoho answers `INVALID_TOKEN`.
//! Zoho's API errors are JSON with an HTTP status: 401 `{"code":"INVALID_TOKEN",…}` for a token
//! that expired or was revoked, 401 `{"code":"OAUTH_SCOPE_MISMATCH",…}` when its scopes do not
//! cover the call, and 429 for its rate limit
//! (<https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html>,
//! <https://www.zoho.com/crm/developer/docs/api/v8/api-limits.html>).

use url::Url;
use zeroize::Zeroizing;

use super::error::ApiError;
use super::needs::scope_for;
use crate::error::Result;
use crate::http::{HttpRequest, HttpResponse, Method};
use crate::oauth::tokens::{access_token, access_token_with};
use crate::rules::same_origin;
use crate::token_cache::{CachedToken, Freshness};
use crate::Context;

/// What to call: a method, a path (or an address on the connection's API domain), an optional
/// body and extra headers.
pub struct ApiRequest {
    pub method: Method,
    pub target: String,
    pub body: Option<Zeroizing<String>>,
    /// `Name: value` lines as given.
    pub headers: Vec<String>,
}

impl std::fmt::Debug for ApiRequest {
    // Neither the body nor the header values: either may carry something private.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiRequest")
            .field("method", &self.method)
            .finish_non_exhaustive()
    }
}

impl ApiRequest {
    pub fn get(target: &str) -> Self {
        ApiRequest {
            method: Method::Get,
            target: target.to_string(),
            body: None,
            headers: Vec::new(),
        }
    }
}

/// Zoho's answer: any status but the ones that are verdicts on the connection (those are
/// [`ApiError`]s).
pub struct ApiAnswer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Zeroizing<String>,
    /// Where the call went.
    pub url: Url,
    /// Whether the token was refreshed and the call sent again.
    pub retried: bool,
    /// When the access token the call carried expires.
    pub token_expires_at: u64,
}

impl std::fmt::Debug for ApiAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiAnswer")
            .field("status", &self.status)
            .field("retried", &self.retried)
            .finish_non_exhaustive()
    }
}

impl ApiAnswer {
    pub fn succeeded(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The `code` of a Zoho error answer (`INVALID_URL_PATTERN`, say).
    pub fn zoho_code(&self) -> Option<String> {
        zoho_code(&self.body)
    }
}

fn zoho_code(body: &str) -> Option<String> {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()?
        .get("code")?
        .as_str()
        .map(String::from)
}

/// Sends `request` for connection `name` and returns Zoho's answer.
pub async fn call(ctx: &Context, name: &str, request: &ApiRequest) -> Result<ApiAnswer> {
    let headers = checked_headers(&request.headers)?;
    let mut token = access_token(ctx, name).await?;
    let origin = origin(ctx, name, &token)?;
    let url = target(name, &origin, &request.target)?;
    let mut response = send(ctx, &url, request, &headers, &token).await?;
    let mut retried = false;
    if is_error(&response, 401, "INVALID_TOKEN") {
        // Expired early or revoked at Zoho: one new token, one more try.
        token = access_token_with(ctx, name, Freshness::Refresh).await?;
        response = send(ctx, &url, request, &headers, &token).await?;
        retried = true;
        if is_error(&response, 401, "INVALID_TOKEN") {
            return Err(ApiError::TokenRefused {
                name: name.to_string(),
            }
            .into());
        }
    }
    if is_error(&response, 401, "OAUTH_SCOPE_MISMATCH") {
        let granted = ctx
            .connections
            .get(name)?
            .signed_in
            .map(|signed_in| signed_in.granted_scopes)
            .unwrap_or_default();
        return Err(ApiError::ScopeMissing {
            name: name.to_string(),
            needs: scope_for(request.method, url.path()),
            granted,
        }
        .into());
    }
    if response.status == 429 {
        return Err(ApiError::ApiRateLimited {
            name: name.to_string(),
        }
        .into());
    }
    Ok(ApiAnswer {
        status: response.status,
        headers: response.headers,
        body: response.body,
        url,
        retried,
        token_expires_at: token.expires_at,
    })
}

fn is_error(response: &HttpResponse, status: u16, code: &str) -> bool {
    response.status == status && zoho_code(&response.body).as_deref() == Some(code)
}

/// The connection's API origin, by the rules (see [`super::servers::ApiServers::origin`]).
fn origin(ctx: &Context, name: &str, token: &CachedToken) -> Result<Url> {
    if let Some(origin) = ctx.config.api.origin(token.api_domain.as_deref(), None) {
        return Ok(origin);
    }
    let connection = ctx.connections.get(name)?;
    ctx.config
        .api
        .origin(None, Some(&connection.dc))
        .ok_or_else(|| {
            ApiError::NoApiDomain {
                name: name.to_string(),
            }
            .into()
        })
}

/// The address a call goes to: a path on the origin, or an address on the origin itself.
fn target(name: &str, origin: &Url, given: &str) -> Result<Url> {
    let bad = || ApiError::BadTarget {
        given: given.to_string(),
    };
    let trimmed = given.trim();
    let absolute = !trimmed.starts_with('/') && Url::parse(trimmed).is_ok();
    let url = if absolute {
        Url::parse(trimmed).map_err(|_| bad())?
    } else if trimmed.starts_with("//") || trimmed.contains('\\') || trimmed.is_empty() {
        // A scheme-relative address names another host.
        return Err(bad().into());
    } else {
        let path = if trimmed.starts_with('/') {
            trimmed.to_string()
        } else {
            format!("/{trimmed}")
        };
        origin.join(&path).map_err(|_| bad())?
    };
    if !same_origin(&url, origin) || url.username() != "" || url.password().is_some() {
        return Err(ApiError::OtherHost {
            name: name.to_string(),
            given: given.to_string(),
            domain: origin.origin().ascii_serialization(),
        }
        .into());
    }
    Ok(url)
}

/// Headers given as `Name: value`, checked: a token name (RFC 9110), a value on one line, and
/// none that the call sets itself.
fn checked_headers(given: &[String]) -> Result<Vec<(String, String)>> {
    given
        .iter()
        .map(|line| {
            // Named by its name only: a header's value may be private.
            let (name, value) = line.split_once(':').unwrap_or((line, ""));
            let (name, value) = (name.trim(), value.trim());
            let bad = || ApiError::BadHeader {
                name: name.chars().take(40).collect(),
            };
            let token_char = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
            if !line.contains(':')
                || name.is_empty()
                || !name.chars().all(token_char)
                || !value.chars().all(|c| c == '\t' || (' '..='~').contains(&c))
            {
                return Err(bad().into());
            }
            // Set by the call itself, or by the HTTP client from the body.
            let own = [
                "authorization",
                "host",
                "content-length",
                "transfer-encoding",
                "connection",
                "te",
                "upgrade",
            ];
            if own.contains(&name.to_ascii_lowercase().as_str()) {
                return Err(ApiError::HeaderRefused {
                    header: name.to_string(),
                }
                .into());
            }
            Ok((name.to_string(), value.to_string()))
        })
        .collect()
}

async fn send(
    ctx: &Context,
    url: &Url,
    request: &ApiRequest,
    headers: &[(String, String)],
    token: &CachedToken,
) -> Result<HttpResponse> {
    let mut http = HttpRequest::new(request.method, url.clone())
        .with_authorization(format!("Zoho-oauthtoken {}", token.access_token.expose()));
    for (name, value) in headers {
        http = http.with_header(name.clone(), value);
    }
    if let Some(body) = &request.body {
        if http.header("Content-Type").is_none() {
            let content_type = if serde_json::from_str::<serde_json::Value>(body).is_ok() {
                "application/json"
            } else {
                "application/x-www-form-urlencoded"
            };
            http = http.with_header("Content-Type", content_type);
        }
        http.raw = Some(body.clone());
    }
    ctx.http.send(http).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{TestContext, REFRESHED};

    const REFRESHED_AGAIN: &str = r#"{"access_token":"1000.second","expires_in":3600,"api_domain":"https://www.zohoapis.eu"}"#;
    const ORG: &str = r#"{"org":[{"company_name":"Acme Ltd"}]}"#;

    fn zoho_error(code: &str) -> String {
        format!(r#"{{"code":"{code}","details":{{}},"message":"x","status":"error"}}"#)
    }

    /// `(url, authorization)` of the API calls made (the refreshes left out).
    fn api_calls(s: &TestContext) -> Vec<(String, Option<String>)> {
        s.http
            .requests()
            .into_iter()
            .filter(|(_, url, _, _)| url.contains("zohoapis"))
            .map(|(_, url, _, authorization)| (url, authorization))
            .collect()
    }

    #[tokio::test]
    async fn a_call_goes_to_the_api_domain_with_the_token_and_its_answer_comes_back() {
        let s = TestContext::signed_in("crm", None, "1000.refresh");
        s.http.answer(200, REFRESHED).answer(200, ORG);
        let answer = call(&s.ctx, "crm", &ApiRequest::get("crm/v8/org"))
            .await
            .unwrap();
        assert!(answer.succeeded() && !answer.retried);
        assert_eq!(answer.body.as_str(), ORG);
        assert_eq!(
            api_calls(&s),
            [(
                "https://www.zohoapis.eu/crm/v8/org".to_string(),
                Some("Zoho-oauthtoken 1000.first".to_string())
            )]
        );
        // The cached token now: no refresh for the next call.
        s.http.answer(404, &zoho_error("INVALID_URL_PATTERN"));
        let answer = call(&s.ctx, "crm", &ApiRequest::get("/crm/v8/nothing"))
            .await
            .unwrap();
        assert_eq!(answer.status, 404);
        assert_eq!(answer.zoho_code().as_deref(), Some("INVALID_URL_PATTERN"));
        assert_eq!(s.http.requests().len(), 3);
    }

    #[tokio::test]
    async fn an_invalid_token_is_refreshed_once_and_the_call_sent_again() {
        let s = TestContext::signed_in("crm", None, "1000.refresh");
        s.http
            .answer(200, REFRESHED)
            .answer(401, &zoho_error("INVALID_TOKEN"))
            .answer(200, REFRESHED_AGAIN)
            .answer(200, ORG);
        let answer = call(&s.ctx, "crm", &ApiRequest::get("/crm/v8/org"))
            .await
            .unwrap();
        assert!(answer.retried && answer.succeeded());
        assert_eq!(
            api_calls(&s)[1].1.as_deref(),
            Some("Zoho-oauthtoken 1000.second")
        );

        // Refused again after the refresh: a new sign-in is needed.
        s.http
            .answer(401, &zoho_error("INVALID_TOKEN"))
            .answer(200, REFRESHED)
            .answer(401, &zoho_error("INVALID_TOKEN"));
        let err = call(&s.ctx, "crm", &ApiRequest::get("/crm/v8/org"))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), "token_refused");
        assert_eq!(err.category(), crate::Category::NeedsSignIn);
        assert_eq!(s.http.pending(), 0);
    }

    #[tokio::test]
    async fn a_scope_mismatch_names_the_scope_and_the_way_to_ask_for_it() {
        let s = TestContext::signed_in("crm", None, "1000.refresh");
        s.ctx
            .connections
            .update("crm", |c| {
                c.signed_in.as_mut().unwrap().granted_scopes =
                    vec!["AaaServer.profile.READ".into()];
            })
            .unwrap();
        s.http
            .answer(200, REFRESHED)
            .answer(401, &zoho_error("OAUTH_SCOPE_MISMATCH"));
        let err = call(&s.ctx, "crm", &ApiRequest::get("/crm/v8/org"))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), "scope_missing");
        assert!(err.to_string().contains("ZohoCRM.org.READ"), "{err}");
        assert_eq!(
            err.next_step(),
            Some(crate::NextStep::SignInWithScope {
                connection: "crm".into(),
                scopes: vec!["AaaServer.profile.READ".into(), "ZohoCRM.org.READ".into()],
                known: true,
            })
        );
        // No retry: the token itself works.
        assert_eq!(api_calls(&s).len(), 1);
    }

    #[tokio::test]
    async fn a_rate_limit_is_its_own_verdict() {
        let s = TestContext::signed_in("crm", None, "1000.refresh");
        s.http
            .answer(200, REFRESHED)
            .answer(429, &zoho_error("TOO_MANY_REQUESTS"));
        let err = call(&s.ctx, "crm", &ApiRequest::get("/crm/v8/org"))
            .await
            .unwrap_err();
        assert_eq!(err.category(), crate::Category::RateLimited);
    }

    #[tokio::test]
    async fn a_token_is_never_sent_to_another_host() {
        let s = TestContext::signed_in("crm", None, "1000.refresh");
        s.http.answer(200, REFRESHED);
        for (given, kind) in [
            ("https://evil.example/crm/v8/org", "other_host"),
            ("http://www.zohoapis.eu/crm/v8/org", "other_host"),
            ("https://www.zohoapis.eu@evil.example/crm", "other_host"),
            ("https://evil.example@www.zohoapis.eu/crm", "other_host"),
            ("https://www.zohoapis.com/crm/v8/org", "other_host"),
            ("//evil.example/crm/v8/org", "bad_target"),
            ("\\\\evil.example\\crm", "bad_target"),
            ("", "bad_target"),
        ] {
            let err = call(&s.ctx, "crm", &ApiRequest::get(given))
                .await
                .unwrap_err();
            assert_eq!(err.kind(), kind, "{given}");
            assert_eq!(err.category(), crate::Category::Input);
        }
        assert!(api_calls(&s).is_empty());
        // Its own domain, written out, is fine.
        s.http.answer(200, ORG);
        call(
            &s.ctx,
            "crm",
            &ApiRequest::get("https://www.zohoapis.eu/crm/v8/org?x=1"),
        )
        .await
        .unwrap();
        assert_eq!(api_calls(&s)[0].0, "https://www.zohoapis.eu/crm/v8/org?x=1");
    }

    #[tokio::test]
    async fn headers_are_checked_and_a_body_says_its_type() {
        let s = TestContext::signed_in("crm", None, "1000.refresh");
        for (header, kind) in [
            ("Authorization: Zoho-oauthtoken other", "header_refused"),
            ("host: evil.example", "header_refused"),
            ("No colon", "bad_header"),
            ("Bad Name: x", "bad_header"),
            ("X-Split: a\r\nInjected: b", "bad_header"),
            ("X-Name: Zoë", "bad_header"),
            ("Content-Length: 1", "header_refused"),
        ] {
            let request = ApiRequest {
                headers: vec![header.to_string()],
                ..ApiRequest::get("/crm/v8/org")
            };
            let err = call(&s.ctx, "crm", &request).await.unwrap_err();
            assert_eq!(err.kind(), kind, "{header}");
        }
        assert!(
            s.http.requests().is_empty(),
            "refused before the token is read"
        );
        s.http.answer(200, REFRESHED).answer(201, "{}");
        let request = ApiRequest {
            method: Method::Post,
            body: Some(Zeroizing::new(r#"{"data":[{"Last_Name":"A"}]}"#.into())),
            headers: vec!["X-Extra:  yes ".into()],
            ..ApiRequest::get("/crm/v8/Leads")
        };
        call(&s.ctx, "crm", &request).await.unwrap();
        let details = s.http.details.lock().unwrap();
        let (body, headers) = details.last().unwrap();
        assert_eq!(body.as_deref(), Some(r#"{"data":[{"Last_Name":"A"}]}"#));
        assert!(headers.contains(&("X-Extra".into(), "yes".into())));
        assert!(headers.contains(&("Content-Type".into(), "application/json".into())));
    }
}
