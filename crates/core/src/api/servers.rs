//! Where a connection's access token may be sent: the DC table's API domains (the one Zoho named
//! for the sign-in, when it is one of them), or only the configured override.

use url::Url;

use crate::dc::{DataCentre, DATA_CENTRES};

/// The API servers this process sends tokens to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApiServers {
    only: Option<Url>,
}

impl ApiServers {
    /// Every data centre's own API domain, as Zoho documents them.
    pub fn dc_table() -> Self {
        ApiServers { only: None }
    }

    /// One server replaces all of them (tests, private deployments).
    pub fn only(url: Url) -> Self {
        ApiServers { only: Some(url) }
    }

    /// The override, when there is one.
    pub fn overridden(&self) -> Option<&Url> {
        self.only.as_ref()
    }

    /// The API origin for a token: the override; else the DC table's API domain that equals the
    /// one Zoho gave with the token (`api_domain`), else the connection's DC's. `None` when
    /// neither names a known data centre. Stored text only picks among the table's entries.
    pub fn origin(&self, told: Option<&str>, dc_id: Option<&str>) -> Option<Url> {
        if let Some(only) = &self.only {
            return Some(only.clone());
        }
        let by_told = told.and_then(|told| DATA_CENTRES.iter().find(|dc| dc.is_api_domain(told)));
        let dc = by_told.or_else(|| dc_id.and_then(|id| DataCentre::by_id(id).ok()))?;
        Some(Url::parse(dc.api_domain).expect("the DC table holds valid URLs"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_goes_to_a_table_api_domain_or_the_override_only() {
        let table = ApiServers::dc_table();
        assert_eq!(
            table
                .origin(Some("https://www.zohoapis.eu"), Some("us"))
                .unwrap()
                .as_str(),
            "https://www.zohoapis.eu/"
        );
        // Stored text that is not a table entry picks nothing; the DC decides.
        assert_eq!(
            table
                .origin(Some("https://evil.example"), Some("in"))
                .unwrap()
                .as_str(),
            "https://www.zohoapis.in/"
        );
        assert_eq!(table.origin(Some("https://evil.example"), None), None);
        assert_eq!(table.origin(None, Some("nowhere")), None);
        let only = ApiServers::only(Url::parse("http://127.0.0.1:4000").unwrap());
        assert_eq!(
            only.origin(Some("https://www.zohoapis.eu"), Some("eu"))
                .unwrap()
                .as_str(),
            "http://127.0.0.1:4000/"
        );
    }
}
