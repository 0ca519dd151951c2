//! The authorization request: the URL the browser opens, with a fresh state and PKCE pair.

use base64::Engine;
use oauth2::{PkceCodeChallenge, PkceCodeVerifier};
use url::Url;

/// The scope that lets the app read who signed in (`/oauth/user/info`).
pub const PROFILE_SCOPE: &str = "AaaServer.profile.READ";

/// One sign-in attempt: the URL to open and what the answer must match.
#[derive(Debug)]
pub struct AuthorizationRequest {
    pub url: Url,
    /// At least 128 bits from the OS random source; Zoho echoes it back.
    pub state: String,
    /// Sent with the code to the token endpoint when PKCE is on.
    pub pkce_verifier: Option<PkceCodeVerifier>,
    pub redirect_uri: String,
}

/// `bytes` from the operating system's random source, base64url without padding.
fn os_random(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::getrandom(&mut buf).expect("the OS random source answers");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

impl AuthorizationRequest {
    pub fn new(
        accounts: &Url,
        client_id: &str,
        redirect_uri: &str,
        scopes: &[String],
        use_pkce: bool,
    ) -> Self {
        // 128 bits for the state, 256 for the PKCE verifier (43 characters, within RFC 7636).
        let state = os_random(16);
        let mut url = accounts.join("/oauth/v2/auth").expect("a fixed path joins");
        {
            let mut query = url.query_pairs_mut();
            query
                .append_pair("client_id", client_id)
                .append_pair("response_type", "code")
                .append_pair("redirect_uri", redirect_uri)
                .append_pair("scope", &scopes.join(","))
                // A refresh token, and a new one on every consent.
                .append_pair("access_type", "offline")
                .append_pair("prompt", "consent")
                .append_pair("state", &state);
        }
        let pkce_verifier = use_pkce.then(|| {
            let verifier = PkceCodeVerifier::new(os_random(32));
            let challenge = PkceCodeChallenge::from_code_verifier_sha256(&verifier);
            url.query_pairs_mut()
                .append_pair("code_challenge", challenge.as_str())
                .append_pair("code_challenge_method", challenge.method().as_str());
            verifier
        });
        AuthorizationRequest {
            url,
            state,
            pkce_verifier,
            redirect_uri: redirect_uri.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn carries_every_parameter_zoho_needs() {
        let accounts = Url::parse("https://accounts.zoho.eu").unwrap();
        let scopes = vec!["ZohoCRM.modules.ALL".to_string(), PROFILE_SCOPE.to_string()];
        let request = AuthorizationRequest::new(
            &accounts,
            "1000.X",
            "http://localhost:47823/callback",
            &scopes,
            true,
        );
        assert_eq!(
            request.url.as_str().split('?').next(),
            Some("https://accounts.zoho.eu/oauth/v2/auth")
        );
        let q: HashMap<_, _> = request.url.query_pairs().into_owned().collect();
        assert_eq!(q["client_id"], "1000.X");
        assert_eq!(q["response_type"], "code");
        assert_eq!(q["redirect_uri"], "http://localhost:47823/callback");
        assert_eq!(q["scope"], "ZohoCRM.modules.ALL,AaaServer.profile.READ");
        assert_eq!(q["access_type"], "offline");
        assert_eq!(q["prompt"], "consent");
        assert_eq!(q["state"], request.state);
        assert!(
            request.state.len() >= 22,
            "128 bits in base64url is 22 characters"
        );
        assert_eq!(q["code_challenge_method"], "S256");
        assert_eq!(q["code_challenge"].len(), 43);
        assert!(request.pkce_verifier.is_some());
    }

    #[test]
    fn states_differ_and_pkce_can_be_switched_off() {
        let accounts = Url::parse("https://accounts.zoho.com").unwrap();
        let a =
            AuthorizationRequest::new(&accounts, "id", "http://localhost:1/callback", &[], false);
        let b =
            AuthorizationRequest::new(&accounts, "id", "http://localhost:1/callback", &[], false);
        assert_ne!(a.state, b.state);
        assert!(a.pkce_verifier.is_none());
        assert!(!a.url.as_str().contains("code_challenge"));
    }
}
