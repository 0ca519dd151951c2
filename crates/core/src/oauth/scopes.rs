//! Scope presets per Zoho product, from each product's API documentation.

use serde::Serialize;

use super::authorize::PROFILE_SCOPE;

#[derive(Debug, Clone, Copy, Serialize)]
pub struct ScopePreset {
    pub product: &'static str,
    pub scopes: &'static [&'static str],
}

pub const PRESETS: [ScopePreset; 6] = [
    ScopePreset {
        product: "CRM",
        scopes: &[
            "ZohoCRM.modules.ALL",
            "ZohoCRM.settings.ALL",
            "ZohoCRM.users.ALL",
            "ZohoCRM.org.ALL",
            "ZohoCRM.coql.READ",
        ],
    },
    ScopePreset {
        product: "Books",
        scopes: &["ZohoBooks.fullaccess.all"],
    },
    ScopePreset {
        product: "Inventory",
        scopes: &["ZohoInventory.fullaccess.all"],
    },
    ScopePreset {
        product: "Desk",
        scopes: &["Desk.tickets.ALL", "Desk.basic.READ"],
    },
    ScopePreset {
        product: "Analytics",
        scopes: &["ZohoAnalytics.data.all"],
    },
    ScopePreset {
        product: "Creator",
        scopes: &["ZohoCreator.report.READ", "ZohoCreator.form.CREATE"],
    },
];

/// The scopes a new sign-in starts with: the profile scope, so the app can say who signed in.
pub fn default_scopes() -> Vec<String> {
    vec![PROFILE_SCOPE.to_string()]
}

/// Cleans a user's scope list: trimmed, split on commas and spaces, no duplicates, order kept.
pub fn normalise(scopes: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for scope in scopes.iter().flat_map(|s| s.split([',', ' ', '\n'])) {
        let scope = scope.trim();
        if !scope.is_empty() && !out.iter().any(|s| s == scope) {
            out.push(scope.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_cleaned_and_deduplicated() {
        let given = vec![
            " ZohoCRM.modules.ALL, ZohoCRM.org.ALL".to_string(),
            "ZohoCRM.modules.ALL".into(),
            "".into(),
        ];
        assert_eq!(
            normalise(&given),
            ["ZohoCRM.modules.ALL", "ZohoCRM.org.ALL"]
        );
        assert_eq!(default_scopes(), [PROFILE_SCOPE]);
        assert!(PRESETS.iter().all(|p| !p.scopes.is_empty()));
    }
}
