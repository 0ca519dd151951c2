//! Where the team store is: the server's address (or the addresses of a cluster's nodes), the KV
//! v2 mount and the folder (prefix) the connections live under, and how this machine
//! authenticates. Kept in connections.json; no token
//! or secret ID is ever part of it (the secret ID stays in the file the user named).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::error::InputError;
use crate::field::Field;
use crate::flaw::Flaw;
use crate::rules;

pub const DEFAULT_MOUNT: &str = "secret";
pub const DEFAULT_PREFIX: &str = "zcw";

/// The team store this machine uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TeamSettings {
    /// The first address tried (one server, a load balancer, or a cluster's first node).
    pub address: Url,
    /// A cluster's other nodes, tried in turn when one does not answer or cannot serve.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more_addresses: Vec<Url>,
    pub mount: String,
    pub prefix: String,
    /// A PEM file with the CA that signed the server's certificate (when it is not a public one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    /// Vault Enterprise / OpenBao namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// AppRole for servers: the role ID, and the file holding the secret ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_id_file: Option<PathBuf>,
}

impl TeamSettings {
    /// Every address, the first one first.
    pub fn addresses(&self) -> Vec<&Url> {
        std::iter::once(&self.address)
            .chain(&self.more_addresses)
            .collect()
    }

    /// The addresses as people write them, for messages: `https://a:8200, https://b:8200`.
    pub fn shown_addresses(&self) -> String {
        self.addresses()
            .iter()
            .map(|url| url.as_str().trim_end_matches('/'))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What a user typed to choose a team store, before it is checked.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TeamInput {
    /// One address, or a cluster's nodes: one per line (commas and spaces separate them too).
    pub address: String,
    pub mount: String,
    pub prefix: String,
    pub ca_cert: String,
    pub namespace: String,
    pub role_id: String,
    pub secret_id_file: String,
}

impl TeamInput {
    /// The settings, or the first thing to correct.
    pub fn settings(&self) -> Result<TeamSettings, InputError> {
        let optional = |text: &str| Some(text.trim().to_string()).filter(|t| !t.is_empty());
        let role_id = optional(&self.role_id);
        let secret_id_file = optional(&self.secret_id_file).map(PathBuf::from);
        if role_id.is_some() != secret_id_file.is_some() {
            return Err(InputError::TeamAppRoleIncomplete);
        }
        let mut addresses = Vec::new();
        for value in self
            .address
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|v| !v.is_empty())
        {
            let url = address(value)?;
            if !addresses.contains(&url) {
                addresses.push(url);
            }
        }
        if addresses.is_empty() {
            addresses.push(address("")?);
        }
        let first = addresses.remove(0);
        Ok(TeamSettings {
            address: first,
            more_addresses: addresses,
            mount: path_part(Field::TeamMount, self.mount.trim(), DEFAULT_MOUNT)?,
            prefix: path_part(Field::TeamPrefix, self.prefix.trim(), DEFAULT_PREFIX)?,
            ca_cert: optional(&self.ca_cert).map(PathBuf::from),
            namespace: optional(&self.namespace),
            role_id,
            secret_id_file,
        })
    }
}

/// The server's address: https, or plain http only on this computer (a dev server), since the
/// token travels with every request.
fn address(value: &str) -> Result<Url, InputError> {
    let value = value.trim();
    let rejected = |reason| InputError::TeamAddressRejected {
        value: value.to_string(),
        reason,
    };
    if value.is_empty() {
        return Err(rejected(Flaw::AddressEmpty));
    }
    let url = Url::parse(value).map_err(|_| rejected(Flaw::AddressNotWeb))?;
    rules::credential_transport(&url).map_err(rejected)?;
    if url.query().is_some() || url.fragment().is_some() || url.path() != "/" {
        return Err(rejected(Flaw::AddressHasPath));
    }
    Ok(url)
}

/// A mount or prefix: path segments of letters, digits, `_`, `-` and `.`, no `.` or `..`.
fn path_part(field: Field, value: &str, default: &str) -> Result<String, InputError> {
    let value = value.trim_matches('/');
    if value.is_empty() {
        return Ok(default.to_string());
    }
    let fine = value.split('/').all(|segment| {
        !segment.is_empty()
            && segment != "."
            && segment != ".."
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    });
    if fine {
        Ok(value.to_string())
    } else {
        Err(InputError::TeamPathInvalid {
            field,
            value: value.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(address: &str) -> TeamInput {
        TeamInput {
            address: address.into(),
            ..TeamInput::default()
        }
    }

    #[test]
    fn defaults_fill_the_mount_and_prefix() {
        let settings = input("https://vault.example.com:8200").settings().unwrap();
        assert_eq!(settings.mount, "secret");
        assert_eq!(settings.prefix, "zcw");
        assert_eq!(settings.address.as_str(), "https://vault.example.com:8200/");
    }

    #[test]
    fn plain_http_only_on_this_computer() {
        assert!(input("http://127.0.0.1:8200").settings().is_ok());
        assert!(input("http://localhost:8200").settings().is_ok());
        let err = input("http://vault.example.com").settings().unwrap_err();
        assert!(err.to_string().contains("unencrypted"), "{err}");
        assert!(input("https://vault.example.com/v1/secret")
            .settings()
            .is_err());
        assert!(input("https://user:pw@vault.example.com")
            .settings()
            .is_err());
        assert!(input("").settings().is_err());
    }

    #[test]
    fn a_cluster_is_several_addresses_one_per_line() {
        let settings =
            input("https://a.example:8200\n https://b.example:8200, https://a.example:8200\n\n")
                .settings()
                .unwrap();
        assert_eq!(settings.address.as_str(), "https://a.example:8200/");
        assert_eq!(settings.more_addresses.len(), 1);
        assert_eq!(
            settings.shown_addresses(),
            "https://a.example:8200, https://b.example:8200"
        );
        let err = input("https://a.example:8200\nhttp://b.example:8200")
            .settings()
            .unwrap_err();
        assert!(err.to_string().contains("http://b.example:8200"), "{err}");
        assert!(err.to_string().contains("unencrypted"), "{err}");
    }

    #[test]
    fn mount_and_prefix_cannot_climb_out() {
        let mut team = input("https://vault.example.com");
        team.prefix = "/teams/integrations/".into();
        assert_eq!(team.settings().unwrap().prefix, "teams/integrations");
        for bad in ["a/../b", "a//b", "a b", "x?y"] {
            team.prefix = bad.into();
            assert_eq!(
                team.settings().unwrap_err().kind(),
                "team_path_invalid",
                "{bad}"
            );
        }
    }

    #[test]
    fn an_approle_needs_both_halves() {
        let mut team = input("https://vault.example.com");
        team.role_id = "role".into();
        assert_eq!(
            team.settings().unwrap_err().kind(),
            "team_app_role_incomplete"
        );
        team.secret_id_file = "/etc/zcw/secret-id".into();
        assert!(team.settings().is_ok());
    }
}
