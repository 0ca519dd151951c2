//! Which accounts servers may receive a client secret: the DC table's, or only the configured
//! override.

use url::Url;

use crate::dc::{DataCentre, DATA_CENTRES};
use crate::error::SignInError;
use crate::rules::same_origin;

/// The accounts servers this process trusts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountsServers {
    only: Option<Url>,
}

fn table_url(dc: &DataCentre) -> Url {
    Url::parse(dc.accounts_url).expect("the DC table holds valid URLs")
}

impl AccountsServers {
    /// Every data centre's own accounts server, as Zoho documents them.
    pub fn dc_table() -> Self {
        AccountsServers { only: None }
    }

    /// One server replaces all of them (tests, private deployments).
    pub fn only(url: Url) -> Self {
        AccountsServers { only: Some(url) }
    }

    /// The override, when there is one.
    pub fn overridden(&self) -> Option<&Url> {
        self.only.as_ref()
    }

    /// The accounts server for a DC.
    pub fn for_dc(&self, dc: &DataCentre) -> Url {
        self.only.clone().unwrap_or_else(|| table_url(dc))
    }

    /// Checks an accounts server (named in Zoho's callback, or saved with a connection) before
    /// any secret is sent to it. Returns its origin.
    pub fn trusted(&self, given: &str) -> Result<Url, SignInError> {
        let untrusted = || SignInError::UntrustedAccountsServer {
            server: given.to_string(),
        };
        let url = Url::parse(given.trim()).map_err(|_| untrusted())?;
        let trusted = match &self.only {
            Some(only) => same_origin(&url, only),
            None => {
                url.scheme() == "https"
                    && DATA_CENTRES
                        .iter()
                        .any(|dc| same_origin(&url, &table_url(dc)))
            }
        };
        if !trusted || !url.username().is_empty() || url.password().is_some() {
            return Err(untrusted());
        }
        // Only the origin counts: requests go to fixed paths on it.
        let mut origin = url;
        origin.set_path("/");
        origin.set_query(None);
        origin.set_fragment(None);
        Ok(origin)
    }

    /// The DC whose accounts server this is, if any (to notice a callback from another DC).
    pub fn dc_of(accounts: &Url) -> Option<&'static DataCentre> {
        DATA_CENTRES
            .iter()
            .find(|dc| same_origin(accounts, &table_url(dc)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dc_accounts_server_is_trusted_and_nothing_else() {
        let servers = AccountsServers::dc_table();
        for dc in DATA_CENTRES {
            let url = servers.trusted(dc.accounts_url).unwrap();
            assert_eq!(AccountsServers::dc_of(&url).unwrap().id, dc.id);
            assert_eq!(
                servers.for_dc(&dc).as_str(),
                format!("{}/", dc.accounts_url)
            );
        }
        assert!(servers
            .trusted("https://accounts.zoho.eu/some/path")
            .is_ok());
        for bad in [
            "http://accounts.zoho.eu",
            "https://accounts.zoho.eu.evil.example",
            "https://evil.example",
            "https://user@accounts.zoho.com",
            "https://accounts.zoho.com:8443",
            "not a url",
        ] {
            let err = servers.trusted(bad).unwrap_err();
            assert_eq!(err.kind(), "untrusted_accounts_server", "{bad}");
        }
    }

    #[test]
    fn an_override_replaces_every_dc_and_is_the_only_one_trusted() {
        let only = Url::parse("http://127.0.0.1:8080").unwrap();
        let servers = AccountsServers::only(only.clone());
        assert_eq!(servers.for_dc(&DATA_CENTRES[1]), only);
        assert!(servers.trusted("http://127.0.0.1:8080/oauth").is_ok());
        assert!(servers.trusted("https://accounts.zoho.com").is_err());
        assert!(servers.trusted("http://127.0.0.1:8081").is_err());
    }
}
