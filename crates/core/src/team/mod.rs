//! The team store: connections, their secrets and their access tokens in KV version 2 on OpenBao
//! or HashiCorp Vault, so that every machine with the address and a token shares them, and one
//! machine at a time refreshes a connection's access token for all of them. It is one of the two
//! homes ([`crate::home`]); what other machines wrote is checked at [`trust`].

pub mod auth;
pub mod claim;
pub mod error;
pub mod home;
pub mod kv;
pub mod records;
pub mod secrets;
pub mod settings;
pub mod token_sink;
pub mod trust;

use std::sync::Arc;
use std::time::Duration;

use crate::error::Result;
use crate::http::{ClientOptions, HttpClient, ReqwestClient};
use error::TeamError;
use settings::TeamSettings;

/// Every request to the team store gives up after this long.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// The real HTTP client for a team store: its CA if it has its own, the store's timeouts.
pub fn http_client(settings: &TeamSettings) -> Result<Arc<dyn HttpClient>> {
    let unreachable = |reason: String| TeamError::Unreachable {
        address: settings.address.as_str().trim_end_matches('/').to_string(),
        reason,
    };
    let root_certificate = match &settings.ca_cert {
        Some(path) => {
            let unusable = |reason: String| TeamError::CaCert {
                path: path.clone(),
                reason,
            };
            let pem = std::fs::read(path).map_err(|e| unusable(e.to_string()))?;
            Some(reqwest::Certificate::from_pem(&pem).map_err(|e| unusable(e.to_string()))?)
        }
        None => None,
    };
    let client = ReqwestClient::new(&ClientOptions {
        timeout: REQUEST_TIMEOUT,
        connect_timeout: Duration::from_secs(5),
        root_certificate,
    })
    .map_err(|e| unreachable(crate::http::reason_of(&e)))?;
    Ok(Arc::new(client))
}
