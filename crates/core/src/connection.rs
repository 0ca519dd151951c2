//! A saved connection: which Zoho client, registered for what, and what Zoho said at the last
//! sign-in. Its secrets are kept in a secret store, never here.

use serde::{Deserialize, Serialize};

use crate::clock;
use crate::onboarding::request::RequestOrigin;
use crate::registration::{RegistrationPlan, Template, WizardInput};
use crate::rules::MAX_CONNECTION_NAME_CHARS;
use crate::secret_store::Place;

/// Everything about a connection except its secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Connection {
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
    /// Where this connection's secrets are.
    pub secret_store: Place,
    /// Seconds since the Unix epoch.
    pub created_at: u64,
    pub updated_at: u64,
    /// Scopes asked for at sign-in.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Set once a sign-in stored tokens.
    #[serde(default)]
    pub signed_in: Option<SignedIn>,
    /// For a connection made from a credentials request: whom the reply goes to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<RequestOrigin>,
    /// For a connection imported from a customer's reply: when (seconds since the Unix epoch).
    /// Its sign-in is the customer's to make again, through a reconnect request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_at: Option<u64>,
}

/// What Zoho told us at the last sign-in, and the state of the cached access token. No token here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignedIn {
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

impl Connection {
    /// A new connection for a registration plan.
    pub fn new(
        name: String,
        client_id: String,
        input: WizardInput,
        plan: &RegistrationPlan,
        secret_store: Place,
    ) -> Self {
        let now = clock::now();
        Connection {
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
            signed_in: None,
            request: None,
            imported_at: None,
        }
    }

    /// What the connection is ready for, for lists.
    pub fn status(&self) -> &'static str {
        if self.signed_in.is_some() {
            "Connected"
        } else {
            "Secret saved"
        }
    }
}

/// A connection as lists and detail screens show it, with what the wizard needs to know of its
/// integration (the app words the template and the store from their ids).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionView {
    #[serde(flatten)]
    pub connection: Connection,
    /// The integration signs in by itself: the wizard's next step is the hand-over.
    pub signs_in_itself: bool,
    /// What a first sign-in's access list starts with.
    pub suggested_scopes: &'static [&'static str],
}

impl From<Connection> for ConnectionView {
    fn from(connection: Connection) -> Self {
        ConnectionView {
            signs_in_itself: connection.template.signs_in_itself(),
            suggested_scopes: connection.template.suggested_scopes(),
            connection,
        }
    }
}

/// Suggests a connection name from a client name that no existing connection uses.
pub fn suggest_name(client_name: &str, taken: &[String]) -> String {
    let base: String = client_name
        .trim()
        .chars()
        .map(|c| if c == '&' { '-' } else { c })
        .take(MAX_CONNECTION_NAME_CHARS - 3)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::connection_name;

    #[test]
    fn suggested_names_avoid_taken_ones() {
        assert_eq!(suggest_name("LeadManagerApp", &[]), "LeadManagerApp");
        let taken = vec!["leadmanagerapp".to_string(), "LeadManagerApp-2".to_string()];
        assert_eq!(suggest_name("LeadManagerApp", &taken), "LeadManagerApp-3");
        assert_eq!(suggest_name("Sales & Ops", &[]), "Sales - Ops");
        assert!(connection_name(&suggest_name(&"A".repeat(80), &[])).is_ok());
    }
}
