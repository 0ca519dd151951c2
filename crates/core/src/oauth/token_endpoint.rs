//! Zoho's token endpoint and user info. Zoho answers most errors with HTTP 200 and an `error`
//! field (https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html), so that is
//! looked at first.

use serde::Deserialize;
use url::Url;

use crate::error::{Result, ZohoError};
use crate::http::{HttpClient, HttpRequest};
use crate::secret::{AccessToken, AuthorizationCode, ClientSecret, RefreshToken};

/// A successful token answer. The tokens are secret types: never printed, wiped on drop.
#[derive(Debug, Clone)]
pub struct TokenResponse {
    pub access_token: AccessToken,
    pub refresh_token: Option<RefreshToken>,
    pub api_domain: Option<String>,
    pub expires_in: u64,
    pub scope: Option<String>,
}

/// The JSON shape of every answer, read straight into secret types so no token sits in a plain
/// string.
#[derive(Deserialize)]
struct Answer {
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    error_description: Option<String>,
    #[serde(default)]
    access_token: Option<AccessToken>,
    #[serde(default)]
    refresh_token: Option<RefreshToken>,
    #[serde(default)]
    api_domain: Option<String>,
    #[serde(default = "one_hour")]
    expires_in: u64,
    #[serde(default)]
    scope: Option<String>,
}

fn one_hour() -> u64 {
    3600
}

/// What revoking found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revoked {
    /// Zoho revoked it now.
    Now,
    /// Zoho did not know it (revoked before, or pushed out by newer sign-ins).
    AlreadyUnknown,
}

/// Who signed in.
#[derive(Debug, Clone, Deserialize)]
pub struct UserInfo {
    #[serde(rename = "Email", default)]
    pub email: Option<String>,
    #[serde(rename = "Display_Name", default)]
    pub display_name: Option<String>,
}

/// Turns Zoho's answer into tokens or the error it names.
pub fn read_token_answer(status: u16, body: &str, redirect_uri: &str) -> Result<TokenResponse> {
    let answer: Answer = serde_json::from_str(body).map_err(|_| ZohoError::BadResponse {
        reason: format!("HTTP {status}, not a token answer"),
    })?;
    if let Some(error) = answer.error {
        let description = answer.error_description.unwrap_or_default();
        return Err(match error.as_str() {
            "invalid_client" => ZohoError::InvalidClient,
            "invalid_client_secret" => ZohoError::InvalidClientSecret,
            "invalid_code" => ZohoError::InvalidCode,
            "invalid_redirect_uri" => ZohoError::InvalidRedirectUri {
                uri: redirect_uri.to_string(),
            },
            "access_denied" => ZohoError::AccessDenied,
            _ if description.contains("too many requests") => ZohoError::RateLimited,
            _ => ZohoError::Unexpected { error },
        }
        .into());
    }
    let access_token = match answer.access_token {
        Some(token) if status == 200 => token,
        _ => {
            return Err(ZohoError::BadResponse {
                reason: format!("HTTP {status}, no access token"),
            }
            .into())
        }
    };
    Ok(TokenResponse {
        access_token,
        refresh_token: answer.refresh_token,
        api_domain: answer.api_domain,
        expires_in: answer.expires_in,
        scope: answer.scope,
    })
}

/// Zoho's accounts server endpoints, over an injected HTTP client.
#[derive(Clone, Copy)]
pub struct TokenEndpoint<'a> {
    http: &'a dyn HttpClient,
}

impl std::fmt::Debug for TokenEndpoint<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenEndpoint")
    }
}

fn endpoint(accounts: &Url, path: &str) -> Url {
    accounts.join(path).expect("a fixed path joins")
}

impl<'a> TokenEndpoint<'a> {
    pub fn new(http: &'a dyn HttpClient) -> Self {
        TokenEndpoint { http }
    }

    async fn post_token(
        &self,
        accounts: &Url,
        form: &[(&str, &str)],
        redirect_uri: &str,
    ) -> Result<TokenResponse> {
        let request = HttpRequest::post_form(endpoint(accounts, "/oauth/v2/token"), form);
        let response = self.http.send(request).await?;
        read_token_answer(response.status, &response.body, redirect_uri)
    }

    /// Exchanges an authorization code (immediately: codes live 1 to 2 minutes).
    pub async fn exchange_code(
        &self,
        accounts: &Url,
        client_id: &str,
        secret: &ClientSecret,
        redirect_uri: &str,
        code: &AuthorizationCode,
        pkce_verifier: Option<&str>,
    ) -> Result<TokenResponse> {
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("client_id", client_id),
            ("client_secret", secret.expose()),
            ("redirect_uri", redirect_uri),
            ("code", code.expose()),
        ];
        if let Some(verifier) = pkce_verifier {
            form.push(("code_verifier", verifier));
        }
        self.post_token(accounts, &form, redirect_uri).await
    }

    /// Exchanges a Self Client's grant code: no redirect URI (Zoho refuses one with it)
    /// (https://www.zoho.com/accounts/protocol/oauth/self-client/authorization-code-flow.html).
    pub async fn exchange_self_client_code(
        &self,
        accounts: &Url,
        client_id: &str,
        secret: &ClientSecret,
        code: &AuthorizationCode,
    ) -> Result<TokenResponse> {
        let form = [
            ("grant_type", "authorization_code"),
            ("client_id", client_id),
            ("client_secret", secret.expose()),
            ("code", code.expose()),
        ];
        self.post_token(accounts, &form, "").await
    }

    /// A new access token from the refresh token.
    pub async fn refresh(
        &self,
        accounts: &Url,
        client_id: &str,
        secret: &ClientSecret,
        refresh_token: &RefreshToken,
    ) -> Result<TokenResponse> {
        let form = [
            ("grant_type", "refresh_token"),
            ("client_id", client_id),
            ("client_secret", secret.expose()),
            ("refresh_token", refresh_token.expose()),
        ];
        self.post_token(accounts, &form, "").await
    }

    /// Revokes a refresh token, and with it every access token made from it
    /// (https://www.zoho.com/accounts/protocol/oauth/revoke-tokens.html). Zoho answers HTTP 400
    /// for a token it does not know, which counts as revoked too.
    pub async fn revoke(&self, accounts: &Url, refresh_token: &RefreshToken) -> Result<Revoked> {
        let mut url = endpoint(accounts, "/oauth/v2/token/revoke");
        url.query_pairs_mut()
            .append_pair("token", refresh_token.expose());
        let response = self.http.send(HttpRequest::post_form(url, &[])).await?;
        let status: Option<String> = serde_json::from_str::<serde_json::Value>(&response.body)
            .ok()
            .and_then(|v| v.get("status").and_then(|s| s.as_str()).map(String::from));
        match (response.status, status.as_deref()) {
            (200, Some("success")) => Ok(Revoked::Now),
            (400, _) => Ok(Revoked::AlreadyUnknown),
            (status, _) => Err(ZohoError::BadResponse {
                reason: format!("HTTP {status} from the revoke endpoint"),
            }
            .into()),
        }
    }

    /// Who the access token belongs to (needs the AaaServer.profile.READ scope).
    pub async fn user_info(&self, accounts: &Url, access_token: &AccessToken) -> Result<UserInfo> {
        let request = HttpRequest::get(endpoint(accounts, "/oauth/user/info"))
            .with_authorization(format!("Zoho-oauthtoken {}", access_token.expose()));
        let response = self.http.send(request).await?;
        serde_json::from_str(&response.body).map_err(|_| {
            ZohoError::BadResponse {
                reason: "user info is not JSON".into(),
            }
            .into()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::fake::CannedHttp;
    use crate::http::Method;

    const ACCOUNTS: &str = "https://accounts.zoho.eu";
    const REDIRECT: &str = "http://localhost:47823/callback";

    fn accounts() -> Url {
        Url::parse(ACCOUNTS).unwrap()
    }

    #[test]
    fn errors_in_http_200_bodies_are_found_first() {
        let cases = [
            (r#"{"error":"invalid_client"}"#, "invalid_client"),
            (
                r#"{"error":"invalid_client_secret"}"#,
                "invalid_client_secret",
            ),
            (r#"{"error":"invalid_code"}"#, "invalid_code"),
            (
                r#"{"error":"invalid_redirect_uri"}"#,
                "invalid_redirect_uri",
            ),
            (r#"{"error":"access_denied"}"#, "access_denied"),
            (
                r#"{"error":"Access Denied","error_description":"You have made too many requests continuously. Please try again after some time.","status":"failure"}"#,
                "rate_limited",
            ),
            (r#"{"error":"something_new"}"#, "unexpected"),
            ("<html>", "bad_response"),
        ];
        for (body, kind) in cases {
            let err = read_token_answer(200, body, REDIRECT).unwrap_err();
            assert_eq!(err.kind(), kind, "{body}");
        }
        let err = read_token_answer(200, r#"{"error":"invalid_client"}"#, "").unwrap_err();
        assert!(err.to_string().contains("another data centre"));
        let err =
            read_token_answer(200, r#"{"error":"invalid_redirect_uri"}"#, REDIRECT).unwrap_err();
        assert!(err.to_string().contains(REDIRECT));
        let err = read_token_answer(500, "{}", "").unwrap_err();
        assert_eq!(err.kind(), "bad_response");
    }

    #[test]
    fn success_answers_are_read_and_never_printed() {
        let tokens = read_token_answer(
            200,
            r#"{"access_token":"1000.aaa","refresh_token":"1000.rrr","api_domain":"https://www.zohoapis.eu","token_type":"Bearer","expires_in":3600}"#,
            "",
        )
        .unwrap();
        assert_eq!(tokens.access_token.expose(), "1000.aaa");
        assert_eq!(tokens.refresh_token.as_ref().unwrap().expose(), "1000.rrr");
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

    #[tokio::test]
    async fn the_code_exchange_sends_every_field_zoho_needs() {
        let http = CannedHttp::new();
        http.answer(200, r#"{"access_token":"1000.a","refresh_token":"1000.r"}"#);
        let tokens = TokenEndpoint::new(&http)
            .exchange_code(
                &accounts(),
                "1000.ID",
                &ClientSecret::new("s3cret"),
                REDIRECT,
                &AuthorizationCode::new("1000.code"),
                Some("verifier"),
            )
            .await
            .unwrap();
        assert_eq!(tokens.refresh_token.unwrap().expose(), "1000.r");
        let (method, url, form, _) = http.requests().remove(0);
        assert_eq!(method, Method::Post);
        assert_eq!(url, "https://accounts.zoho.eu/oauth/v2/token");
        let field = |name: &str| {
            form.iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(field("grant_type"), Some("authorization_code"));
        assert_eq!(field("client_secret"), Some("s3cret"));
        assert_eq!(field("redirect_uri"), Some(REDIRECT));
        assert_eq!(field("code"), Some("1000.code"));
        assert_eq!(field("code_verifier"), Some("verifier"));
    }

    #[tokio::test]
    async fn refresh_and_its_errors_go_through_the_same_reading() {
        let http = CannedHttp::new();
        http.answer(200, r#"{"access_token":"1000.new","expires_in":3600}"#)
            .answer(200, r#"{"error":"invalid_code"}"#);
        let endpoint = TokenEndpoint::new(&http);
        let secret = ClientSecret::new("s");
        let refresh = RefreshToken::new("1000.r");
        let tokens = endpoint
            .refresh(&accounts(), "id", &secret, &refresh)
            .await
            .unwrap();
        assert_eq!(tokens.access_token.expose(), "1000.new");
        let err = endpoint
            .refresh(&accounts(), "id", &secret, &refresh)
            .await
            .unwrap_err();
        assert_eq!(err.kind(), "invalid_code");
        let (_, _, form, _) = http.requests().remove(0);
        assert!(form.contains(&("grant_type".into(), "refresh_token".into())));
        assert!(form.contains(&("refresh_token".into(), "1000.r".into())));
    }

    #[tokio::test]
    async fn user_info_sends_the_token_in_zohos_header() {
        let http = CannedHttp::new();
        http.answer(200, r#"{"Email":"a@example.com","Display_Name":"A"}"#)
            .answer(401, "<html>");
        let endpoint = TokenEndpoint::new(&http);
        let info = endpoint
            .user_info(&accounts(), &AccessToken::new("1000.a"))
            .await
            .unwrap();
        assert_eq!(info.email.as_deref(), Some("a@example.com"));
        let (method, url, _, auth) = http.requests().remove(0);
        assert_eq!(
            (method, url.as_str()),
            (Method::Get, "https://accounts.zoho.eu/oauth/user/info")
        );
        assert_eq!(auth.as_deref(), Some("Zoho-oauthtoken 1000.a"));
        assert_eq!(
            endpoint
                .user_info(&accounts(), &AccessToken::new("x"))
                .await
                .unwrap_err()
                .kind(),
            "bad_response"
        );
    }

    #[tokio::test]
    async fn revoke_puts_the_token_in_the_query_and_reads_400_as_unknown() {
        let http = CannedHttp::new();
        http.answer(200, r#"{"status":"success"}"#)
            .answer(400, r#"{"status":"failure"}"#)
            .answer(500, "<html>");
        let endpoint = TokenEndpoint::new(&http);
        let token = RefreshToken::new("1000.r.t");
        assert_eq!(
            endpoint.revoke(&accounts(), &token).await.unwrap(),
            Revoked::Now
        );
        assert_eq!(
            endpoint.revoke(&accounts(), &token).await.unwrap(),
            Revoked::AlreadyUnknown
        );
        assert_eq!(
            endpoint
                .revoke(&accounts(), &token)
                .await
                .unwrap_err()
                .kind(),
            "bad_response"
        );
        let (method, url, _, _) = http.requests().remove(0);
        assert_eq!(method, Method::Post);
        assert_eq!(
            url,
            "https://accounts.zoho.eu/oauth/v2/token/revoke?token=1000.r.t"
        );
    }

    #[tokio::test]
    async fn a_network_failure_is_passed_on_as_is() {
        let http = CannedHttp::new();
        http.fail(
            crate::error::NetworkError::Unreachable {
                reason: "refused".into(),
            }
            .into(),
        );
        let err = TokenEndpoint::new(&http)
            .refresh(
                &accounts(),
                "id",
                &ClientSecret::new("s"),
                &RefreshToken::new("r"),
            )
            .await
            .unwrap_err();
        assert_eq!(err.category(), crate::error::Category::Network);
    }
}
