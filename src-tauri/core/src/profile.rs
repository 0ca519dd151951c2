//! A saved connection: which Zoho client, registered for what, with its secrets kept elsewhere.

use serde::{Deserialize, Serialize};

use crate::error::{disallowed_chars, quote_chars, Error, Result};
use crate::registration::{RegistrationPlan, Template, WizardInput};
use crate::secret::{looks_like_client_id, looks_like_client_secret};
use crate::secret_store::Backend;

pub const MAX_NAME_CHARS: usize = 64;

/// Everything about a connection except its secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub name: String,
    pub dc: String,
    pub client_id: String,
    pub template: Template,
    /// The wizard inputs the registration was built from, so it can be shown and rebuilt.
    pub input: WizardInput,
    pub client_name: String,
    pub homepage: String,
    pub redirect_uris: Vec<String>,
    pub loopback_port: u16,
    pub loopback_uri: String,
    /// Where this profile's secrets are.
    pub secret_store: Backend,
    /// Seconds since the Unix epoch.
    pub created_at: u64,
    pub updated_at: u64,
    /// Scopes asked for at sign-in.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// PKCE on the authorization request; switchable off in case a client rejects it.
    #[serde(default = "pkce_default")]
    pub use_pkce: bool,
    /// Set once a sign-in stored tokens.
    #[serde(default)]
    pub zoho: Option<ZohoConnection>,
}

fn pkce_default() -> bool {
    true
}

/// What Zoho told us at sign-in, and the state of the cached access token. No token here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ZohoConnection {
    /// The accounts server the tokens came from (the user's DC).
    pub accounts_server: String,
    /// Where API calls go (`https://www.zohoapis.eu`).
    pub api_domain: Option<String>,
    pub location: Option<String>,
    pub email: Option<String>,
    pub granted_scopes: Vec<String>,
    pub connected_at: u64,
    pub access_expires_at: u64,
    /// When access tokens were minted in the last 10 minutes (Zoho allows 10).
    #[serde(default)]
    pub recent_refreshes: Vec<u64>,
}

impl Profile {
    /// A new profile for a registration plan.
    pub fn new(
        name: String,
        client_id: String,
        input: WizardInput,
        plan: &RegistrationPlan,
        secret_store: Backend,
    ) -> Self {
        let now = now();
        Profile {
            name,
            dc: plan.dc.id.to_string(),
            client_id,
            template: plan.template,
            input,
            client_name: plan.client_name.clone(),
            homepage: plan.homepage.clone(),
            redirect_uris: plan.redirect_uris.clone(),
            loopback_port: plan.loopback_port,
            loopback_uri: plan.loopback_uri.clone(),
            secret_store,
            created_at: now,
            updated_at: now,
            scopes: Vec::new(),
            use_pkce: true,
            zoho: None,
        }
    }

    /// What the profile is ready for, for lists.
    pub fn status(&self) -> &'static str {
        if self.zoho.is_some() {
            "Connected"
        } else {
            "Secret saved"
        }
    }
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A profile name: 1 to 64 letters, digits, spaces, `_`, `.` and `-`. No `/`, because the name
/// becomes part of keychain entry names (`{name}/client_secret`).
pub fn profile_name(input: &str) -> Result<String> {
    let name = input.trim();
    if name.is_empty() {
        return Err(Error::ProfileNameEmpty);
    }
    let bad = disallowed_chars(name, |c| {
        c.is_alphanumeric() || matches!(c, ' ' | '_' | '.' | '-')
    });
    if !bad.is_empty() {
        return Err(Error::ProfileNameInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::ProfileNameTooLong {
            max: MAX_NAME_CHARS,
        });
    }
    Ok(name.to_string())
}

/// Suggests a profile name from a client name that no existing profile uses.
pub fn suggest_name(client_name: &str, taken: &[String]) -> String {
    let base: String = client_name
        .trim()
        .chars()
        .map(|c| if c == '&' { '-' } else { c })
        .take(MAX_NAME_CHARS - 3)
        .collect();
    let base = if base.is_empty() {
        "zoho".to_string()
    } else {
        base
    };
    let is_taken = |candidate: &str| taken.iter().any(|t| t.eq_ignore_ascii_case(candidate));
    if !is_taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !is_taken(candidate))
        .expect("some suffix is free")
}

/// The client ID as pasted, trimmed. A client secret in its place is refused (it would end up in
/// the profile file); an unusual shape is only a warning, returned beside the ID.
pub fn client_id(input: &str) -> Result<(String, Option<String>)> {
    let id = input.trim();
    if id.is_empty() {
        return Err(Error::ClientIdEmpty);
    }
    if looks_like_client_secret(id) {
        return Err(Error::ClientIdLooksLikeSecret);
    }
    if id.chars().any(char::is_whitespace) {
        return Err(Error::ClientIdHasSpaces);
    }
    let warning = (!looks_like_client_id(id)).then(|| {
        "This does not look like a Zoho Client ID (usually 1000. followed by 30 capital letters and digits). Check that you copied the whole Client ID.".to_string()
    });
    Ok((id.to_string(), warning))
}

/// Checks a pasted client secret: not empty, and not the client ID pasted by mistake.
pub fn check_client_secret(secret: &str) -> Result<Option<String>> {
    if secret.is_empty() {
        return Err(Error::ClientSecretEmpty);
    }
    if looks_like_client_id(secret) || secret.starts_with("1000.") {
        return Err(Error::ClientSecretLooksLikeId);
    }
    let warning = (!looks_like_client_secret(secret)).then(|| {
        "This does not look like a Zoho Client Secret (usually 42 lower-case letters and digits). Check that you copied all of it.".to_string()
    });
    Ok(warning)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_name_rules() {
        assert_eq!(
            profile_name("  Lead Manager_1.0-eu ").unwrap(),
            "Lead Manager_1.0-eu"
        );
        assert_eq!(profile_name("").unwrap_err().kind(), "profile_name_empty");
        assert_eq!(
            profile_name("crm/eu").unwrap_err().kind(),
            "profile_name_invalid_chars"
        );
        assert_eq!(
            profile_name(&"x".repeat(65)).unwrap_err().kind(),
            "profile_name_too_long"
        );
    }

    #[test]
    fn suggested_names_avoid_taken_ones() {
        assert_eq!(suggest_name("LeadManagerApp", &[]), "LeadManagerApp");
        let taken = vec!["leadmanagerapp".to_string(), "LeadManagerApp-2".to_string()];
        assert_eq!(suggest_name("LeadManagerApp", &taken), "LeadManagerApp-3");
        assert_eq!(suggest_name("Sales & Ops", &[]), "Sales - Ops");
        assert!(profile_name(&suggest_name(&"A".repeat(80), &[])).is_ok());
    }

    #[test]
    fn client_id_shape_is_a_warning_and_a_secret_is_refused() {
        let (id, warning) = client_id(" 1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123 ").unwrap();
        assert_eq!(id, "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123");
        assert!(warning.is_none());
        let (_, warning) = client_id("1000.short").unwrap();
        assert!(warning.unwrap().contains("does not look like"));
        let err = client_id("0123456789abcdef0123456789abcdef0123456789").unwrap_err();
        assert_eq!(err.kind(), "client_id_looks_like_secret");
        assert!(!err.to_string().contains("0123456789abcdef"));
        assert_eq!(client_id("  ").unwrap_err().kind(), "client_id_empty");
    }

    #[test]
    fn client_secret_checks() {
        assert!(
            check_client_secret("0123456789abcdef0123456789abcdef0123456789")
                .unwrap()
                .is_none()
        );
        assert!(check_client_secret("short").unwrap().is_some());
        assert_eq!(
            check_client_secret("").unwrap_err().kind(),
            "client_secret_empty"
        );
        assert_eq!(
            check_client_secret("1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123")
                .unwrap_err()
                .kind(),
            "client_secret_looks_like_id"
        );
    }
}
