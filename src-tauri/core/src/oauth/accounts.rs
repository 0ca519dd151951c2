//! Which accounts servers may receive a client secret: the DC table's, or only `ZCW_ACCOUNTS_URL`.

use url::Url;

use crate::dc::{DataCentre, DATA_CENTRES};
use crate::error::{Error, Result};

/// Replaces every DC's accounts server and becomes the only trusted one (tests, private setups).
pub const ACCOUNTS_URL_ENV: &str = "ZCW_ACCOUNTS_URL";

fn override_url() -> Option<Url> {
    let value = std::env::var(ACCOUNTS_URL_ENV).ok()?;
    Url::parse(value.trim()).ok()
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// The accounts server for a DC (or the override).
pub fn accounts_server(dc: &DataCentre) -> Url {
    override_url()
        .unwrap_or_else(|| Url::parse(dc.accounts_url).expect("the DC table holds valid URLs"))
}

/// Checks an accounts server named in Zoho's callback before any secret is sent to it.
pub fn trusted_accounts_server(given: &str) -> Result<Url> {
    let untrusted = || Error::UntrustedAccountsServer {
        server: given.to_string(),
    };
    let url = Url::parse(given.trim()).map_err(|_| untrusted())?;
    let trusted = match override_url() {
        Some(only) => same_origin(&url, &only),
        None => {
            url.scheme() == "https"
                && DATA_CENTRES
                    .iter()
                    .any(|dc| same_origin(&url, &Url::parse(dc.accounts_url).expect("valid")))
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
        .find(|dc| same_origin(accounts, &Url::parse(dc.accounts_url).expect("valid")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dc_accounts_server_is_trusted_and_nothing_else() {
        if std::env::var_os(ACCOUNTS_URL_ENV).is_some() {
            return; // the override changes the rule; covered by the integration tests
        }
        for dc in DATA_CENTRES {
            let url = trusted_accounts_server(dc.accounts_url).unwrap();
            assert_eq!(dc_of(&url).unwrap().id, dc.id);
        }
        assert!(trusted_accounts_server("https://accounts.zoho.eu/some/path").is_ok());
        for bad in [
            "http://accounts.zoho.eu",
            "https://accounts.zoho.eu.evil.example",
            "https://evil.example",
            "https://user@accounts.zoho.com",
            "https://accounts.zoho.com:8443",
            "not a url",
        ] {
            let err = trusted_accounts_server(bad).unwrap_err();
            assert_eq!(err.kind(), "untrusted_accounts_server", "{bad}");
        }
    }
}
