//! The Zoho data centres and their hosts, from Zoho's multi-DC documentation
//! (https://www.zoho.com/accounts/protocol/oauth/multi-dc.html).

use serde::ser::{Serialize, SerializeStruct, Serializer};
use url::Url;

use crate::error::{BrowserError, InputError};

/// One Zoho data centre. Every URL the app opens or trusts for a DC comes from this table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataCentre {
    /// Short lower-case id used in the CLI, drafts and connections: `us`, `eu`, ...
    pub id: &'static str,
    /// The region's name, for people.
    pub region: &'static str,
    /// The domain users recognise the DC by (`zoho.eu`).
    pub domain: &'static str,
    pub accounts_url: &'static str,
    pub console_url: &'static str,
    pub api_domain: &'static str,
    /// False where Zoho has not confirmed the console's address (UK).
    pub console_confirmed: bool,
    /// The Catalyst app host for this DC, where Zoho documents one.
    pub catalyst_host: Option<&'static str>,
}

const fn dc(
    id: &'static str,
    region: &'static str,
    domain: &'static str,
    hosts: [&'static str; 3],
    console_confirmed: bool,
    catalyst_host: Option<&'static str>,
) -> DataCentre {
    DataCentre {
        id,
        region,
        domain,
        accounts_url: hosts[0],
        console_url: hosts[1],
        api_domain: hosts[2],
        console_confirmed,
        catalyst_host,
    }
}

/// All nine DCs, US first because it is the default.
#[rustfmt::skip]
pub const DATA_CENTRES: [DataCentre; 9] = [
    dc("us", "United States", "zoho.com",
        ["https://accounts.zoho.com", "https://api-console.zoho.com", "https://www.zohoapis.com"],
        true, Some("catalystserverless.com")),
    dc("eu", "Europe", "zoho.eu",
        ["https://accounts.zoho.eu", "https://api-console.zoho.eu", "https://www.zohoapis.eu"],
        true, Some("catalystserverless.eu")),
    dc("in", "India", "zoho.in",
        ["https://accounts.zoho.in", "https://api-console.zoho.in", "https://www.zohoapis.in"],
        true, Some("catalystserverless.in")),
    dc("au", "Australia", "zoho.com.au",
        ["https://accounts.zoho.com.au", "https://api-console.zoho.com.au", "https://www.zohoapis.com.au"],
        true, None),
    dc("jp", "Japan", "zoho.jp",
        ["https://accounts.zoho.jp", "https://api-console.zoho.jp", "https://www.zohoapis.jp"],
        true, None),
    dc("ca", "Canada", "zohocloud.ca",
        ["https://accounts.zohocloud.ca", "https://api-console.zohocloud.ca", "https://www.zohoapis.ca"],
        true, None),
    dc("sa", "Saudi Arabia", "zoho.sa",
        ["https://accounts.zoho.sa", "https://api-console.zoho.sa", "https://www.zohoapis.sa"],
        true, None),
    dc("cn", "China", "zoho.com.cn",
        ["https://accounts.zoho.com.cn", "https://api-console.zoho.com.cn", "https://www.zohoapis.com.cn"],
        true, None),
    dc("uk", "United Kingdom", "zoho.uk",
        ["https://accounts.zoho.uk", "https://api-console.zoho.uk", "https://www.zohoapis.uk"],
        false, None),
];

/// The UI and `--json` see every host and the label, in camelCase.
impl Serialize for DataCentre {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("DataCentre", 8)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("region", self.region)?;
        s.serialize_field("domain", self.domain)?;
        s.serialize_field("label", &self.label())?;
        s.serialize_field("accountsUrl", self.accounts_url)?;
        s.serialize_field("consoleUrl", self.console_url)?;
        s.serialize_field("apiDomain", self.api_domain)?;
        s.serialize_field("consoleConfirmed", &self.console_confirmed)?;
        s.end()
    }
}

impl DataCentre {
    pub const DEFAULT_ID: &'static str = "us";

    /// Looks a DC up by id, case-insensitively and ignoring surrounding spaces.
    /// Whether `given` is this data centre's API domain (a trailing slash allowed).
    pub fn is_api_domain(&self, given: &str) -> bool {
        given.trim_end_matches('/') == self.api_domain
    }

    pub fn by_id(id: &str) -> Result<&'static DataCentre, InputError> {
        let wanted = id.trim().to_ascii_lowercase();
        DATA_CENTRES
            .iter()
            .find(|dc| dc.id == wanted)
            .ok_or_else(|| InputError::UnknownDataCentre {
                given: id.to_string(),
                known: Self::id_list(),
            })
    }

    /// "EU · Europe (zoho.eu)": how lists and headings name a DC.
    pub fn label(&self) -> String {
        format!(
            "{} · {} ({})",
            self.id.to_uppercase(),
            self.region,
            self.domain
        )
    }

    /// `us, eu, in, ...` for messages.
    pub fn id_list() -> String {
        DATA_CENTRES.map(|dc| dc.id).join(", ")
    }

    /// The API console's address, parsed and checked against this table before anything opens it.
    pub fn checked_console_url(&self) -> Result<Url, BrowserError> {
        let untrusted = || BrowserError::UntrustedUrl {
            url: self.console_url.to_string(),
        };
        let url = Url::parse(self.console_url).map_err(|_| untrusted())?;
        let host = url.host_str().ok_or_else(untrusted)?;
        let known = DATA_CENTRES
            .iter()
            .any(|dc| dc.console_url.strip_prefix("https://") == Some(host));
        if url.scheme() != "https" || !known || url.query().is_some() || url.username() != "" {
            return Err(untrusted());
        }
        Ok(url)
    }

    /// The Catalyst app host for this DC and whether Zoho documents it (otherwise the `.com` host is
    /// the best guess and the user is told to compare).
    pub fn catalyst_host(&self) -> (&'static str, bool) {
        match self.catalyst_host {
            Some(host) => (host, true),
            None => ("catalystserverless.com", false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nine_data_centres_with_unique_ids_and_https_hosts() {
        let mut ids: Vec<_> = DATA_CENTRES.iter().map(|dc| dc.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 9);
        for dc in &DATA_CENTRES {
            for url in [dc.accounts_url, dc.console_url, dc.api_domain] {
                let parsed = Url::parse(url).unwrap();
                assert_eq!(parsed.scheme(), "https", "{url}");
                assert_eq!(parsed.path(), "/", "{url} has no path");
            }
        }
    }

    #[test]
    fn every_dc_has_zohos_documented_hosts() {
        let expected = [
            (
                "us",
                "accounts.zoho.com",
                "api-console.zoho.com",
                "www.zohoapis.com",
            ),
            (
                "eu",
                "accounts.zoho.eu",
                "api-console.zoho.eu",
                "www.zohoapis.eu",
            ),
            (
                "in",
                "accounts.zoho.in",
                "api-console.zoho.in",
                "www.zohoapis.in",
            ),
            (
                "au",
                "accounts.zoho.com.au",
                "api-console.zoho.com.au",
                "www.zohoapis.com.au",
            ),
            (
                "jp",
                "accounts.zoho.jp",
                "api-console.zoho.jp",
                "www.zohoapis.jp",
            ),
            (
                "ca",
                "accounts.zohocloud.ca",
                "api-console.zohocloud.ca",
                "www.zohoapis.ca",
            ),
            (
                "sa",
                "accounts.zoho.sa",
                "api-console.zoho.sa",
                "www.zohoapis.sa",
            ),
            (
                "cn",
                "accounts.zoho.com.cn",
                "api-console.zoho.com.cn",
                "www.zohoapis.com.cn",
            ),
            (
                "uk",
                "accounts.zoho.uk",
                "api-console.zoho.uk",
                "www.zohoapis.uk",
            ),
        ];
        for (id, accounts, console, api) in expected {
            let dc = DataCentre::by_id(id).unwrap();
            assert_eq!(dc.accounts_url, format!("https://{accounts}"));
            assert_eq!(dc.console_url, format!("https://{console}"));
            assert_eq!(dc.api_domain, format!("https://{api}"));
            let console_url = dc.checked_console_url().unwrap();
            assert_eq!(console_url.host_str(), Some(console));
        }
    }

    #[test]
    fn lookup_is_case_insensitive_and_unknown_ids_name_the_choices() {
        assert_eq!(DataCentre::by_id(" EU ").unwrap().id, "eu");
        let err = DataCentre::by_id("de").unwrap_err();
        assert_eq!(err.kind(), "unknown_data_centre");
        assert!(err
            .to_string()
            .contains("us, eu, in, au, jp, ca, sa, cn, uk"));
    }

    #[test]
    fn labels_name_id_region_and_domain() {
        assert_eq!(
            DataCentre::by_id("eu").unwrap().label(),
            "EU · Europe (zoho.eu)"
        );
    }

    #[test]
    fn us_is_the_default_and_only_uk_console_is_unconfirmed() {
        assert_eq!(DATA_CENTRES[0].id, DataCentre::DEFAULT_ID);
        let unconfirmed: Vec<_> = DATA_CENTRES
            .iter()
            .filter(|dc| !dc.console_confirmed)
            .map(|dc| dc.id)
            .collect();
        assert_eq!(unconfirmed, ["uk"]);
    }

    #[test]
    fn catalyst_hosts_are_known_for_us_eu_and_in_only() {
        assert_eq!(
            DataCentre::by_id("eu").unwrap().catalyst_host(),
            ("catalystserverless.eu", true)
        );
        assert_eq!(
            DataCentre::by_id("in").unwrap().catalyst_host(),
            ("catalystserverless.in", true)
        );
        assert_eq!(
            DataCentre::by_id("us").unwrap().catalyst_host(),
            ("catalystserverless.com", true)
        );
        assert!(!DataCentre::by_id("jp").unwrap().catalyst_host().1);
    }
}
