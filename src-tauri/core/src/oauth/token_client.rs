//! Zoho's token endpoint and user info, over HTTPS with bounded timeouts. Zoho answers most errors
//! with HTTP 200 and an `error` field, so that is looked at first.

use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;
use url::Url;

use crate::error::{Error, Result};
use crate::secret::ClientSecret;

/// Every request to Zoho gives up after this long.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// A successful token answer. The tokens are secrets: Debug hides them.
#[derive(Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    #[serde(default)]
    pub refresh_token: Option<String>,
    #[serde(default)]
    pub api_domain: Option<String>,
    #[serde(default = "one_hour")]
    pub expires_in: u64,
    #[serde(default)]
    pub scope: Option<String>,
}

fn one_hour() -> u64 {
    3600
}

impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenResponse")
            .field("access_token", &"[redacted]")
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "[redacted]"),
            )
            .field("api_domain", &self.api_domain)
            .field("expires_in", &self.expires_in)
            .finish()
    }
}

/// Who signed in.
#[derive(Debug, Clone, Deserialize)]
pub struct UserInfo {
    #[serde(rename = "Email", default)]
    pub email: Option<String>,
    #[serde(rename = "Display_Name", default)]
    pub display_name: Option<String>,
}

/// The HTTP client used for every Zoho call.
pub struct TokenClient {
    http: reqwest::Client,
}

impl Default for TokenClient {
    fn default() -> Self {
        TokenClient {
            http: reqwest::Client::builder()
                .timeout(REQUEST_TIMEOUT)
                .connect_timeout(Duration::from_secs(10))
                // Zoho never redirects the token endpoint; following one could leak the form.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("the HTTP client builds"),
        }
    }
}

fn network_error(e: reqwest::Error) -> Error {
    if e.is_timeout() {
        Error::NetworkTimeout {
            seconds: REQUEST_TIMEOUT.as_secs(),
        }
    } else {
        // Without the URL: it may carry a token in its query.
        Error::Network {
            reason: e.without_url().to_string(),
        }
    }
}

/// Turns Zoho's answer into tokens or the error it names.
pub fn read_token_answer(status: u16, body: &str, redirect_uri: &str) -> Result<TokenResponse> {
    let json: Value = serde_json::from_str(body).map_err(|_| Error::ZohoBadResponse {
        reason: format!("HTTP {status}, not JSON"),
    })?;
    if let Some(error) = json.get("error").and_then(Value::as_str) {
        let description = json
            .get("error_description")
            .and_then(Value::as_str)
            .unwrap_or("");
        return Err(match error {
            "invalid_client" => Error::ZohoInvalidClient,
            "invalid_client_secret" => Error::ZohoInvalidClientSecret,
            "invalid_code" => Error::ZohoInvalidCode,
            "invalid_redirect_uri" => Error::ZohoInvalidRedirectUri {
                uri: redirect_uri.to_string(),
            },
            "access_denied" => Error::ZohoAccessDenied,
            _ if description.contains("too many requests") => Error::ZohoRateLimited,
            other => Error::ZohoError {
                error: other.to_string(),
            },
        });
    }
    if status != 200 {
        return Err(Error::ZohoBadResponse {
            reason: format!("HTTP {status}"),
        });
    }
    serde_json::from_value(json).map_err(|e| Error::ZohoBadResponse {
        reason: e.to_string(),
    })
}

impl TokenClient {
    async fn post_token(
        &self,
        accounts: &Url,
        form: &[(&str, &str)],
        redirect_uri: &str,
    ) -> Result<TokenResponse> {
        let url = accounts
            .join("/oauth/v2/token")
            .expect("a fixed path joins");
        let response = self
            .http
            .post(url)
            .form(form)
            .send()
            .await
            .map_err(network_error)?;
        let status = response.status().as_u16();
        let body = response.text().await.map_err(network_error)?;
        read_token_answer(status, &body, redirect_uri)
    }

    /// Exchanges an authorization code (immediately: codes live 1 to 2 minutes).
    pub async fn exchange_code(
        &self,
        accounts: &Url,
        client_id: &str,
        secret: &ClientSecret,
        redirect_uri: &str,
        code: &str,
        pkce_verifier: Option<&str>,
    ) -> Result<TokenResponse> {
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("client_id", client_id),
            ("client_secret", secret.expose()),
            ("redirect_uri", redirect_uri),
            ("code", code),
        ];
        if let Some(verifier) = pkce_verifier {
            form.push(("code_verifier", verifier));
        }
        self.post_token(accounts, &form, redirect_uri).await
    }

    /// A new access token from the refresh token.
    pub async fn refresh(
        &self,
        accounts: &Url,
        client_id: &str,
        secret: &ClientSecret,
        refresh_token: &str,
    ) -> Result<TokenResponse> {
        let form = [
            ("grant_type", "refresh_token"),
            ("client_id", client_id),
            ("client_secret", secret.expose()),
            ("refresh_token", refresh_token),
        ];
        self.post_token(accounts, &form, "").await
    }

    /// Who the access token belongs to (needs the AaaServer.profile.READ scope).
    pub async fn user_info(&self, accounts: &Url, access_token: &str) -> Result<UserInfo> {
        let url = accounts
            .join("/oauth/user/info")
            .expect("a fixed path joins");
        let response = self
            .http
            .get(url)
            .header("Authorization", format!("Zoho-oauthtoken {access_token}"))
            .send()
            .await
            .map_err(network_error)?;
        let body = response.text().await.map_err(network_error)?;
        serde_json::from_str(&body).map_err(|_| Error::ZohoBadResponse {
            reason: "user info is not JSON".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_in_http_200_bodies_are_found_first() {
        let cases = [
            (r#"{"error":"invalid_client"}"#, "zoho_invalid_client"),
            (
                r#"{"error":"invalid_client_secret"}"#,
                "zoho_invalid_client_secret",
            ),
            (r#"{"error":"invalid_code"}"#, "zoho_invalid_code"),
            (
                r#"{"error":"invalid_redirect_uri"}"#,
                "zoho_invalid_redirect_uri",
            ),
            (r#"{"error":"access_denied"}"#, "zoho_access_denied"),
            (
                r#"{"error":"Access Denied","error_description":"You have made too many requests continuously. Please try again after some time.","status":"failure"}"#,
                "zoho_rate_limited",
            ),
            (r#"{"error":"something_new"}"#, "zoho_error"),
            ("<html>", "zoho_bad_response"),
        ];
        for (body, kind) in cases {
            let err = read_token_answer(200, body, "http://localhost:1/callback").unwrap_err();
            assert_eq!(err.kind(), kind, "{body}");
        }
        let err = read_token_answer(200, r#"{"error":"invalid_client"}"#, "").unwrap_err();
        assert!(err.to_string().contains("another data centre"));
        let err = read_token_answer(
            200,
            r#"{"error":"invalid_redirect_uri"}"#,
            "http://localhost:47823/callback",
        )
        .unwrap_err();
        assert!(err.to_string().contains("http://localhost:47823/callback"));
    }

    #[test]
    fn success_answers_are_read_and_never_printed() {
        let tokens = read_token_answer(
            200,
            r#"{"access_token":"1000.aaa","refresh_token":"1000.rrr","api_domain":"https://www.zohoapis.eu","token_type":"Bearer","expires_in":3600}"#,
            "",
        )
        .unwrap();
        assert_eq!(tokens.access_token, "1000.aaa");
        assert_eq!(tokens.refresh_token.as_deref(), Some("1000.rrr"));
        assert_eq!(
            tokens.api_domain.as_deref(),
            Some("https://www.zohoapis.eu")
        );
        assert_eq!(tokens.expires_in, 3600);
        let printed = format!("{tokens:?}");
        assert!(!printed.contains("1000.aaa") && !printed.contains("1000.rrr"));
        let refreshed =
            read_token_answer(200, r#"{"access_token":"1000.b","expires_in":3600}"#, "").unwrap();
        assert!(refreshed.refresh_token.is_none());
    }
}
