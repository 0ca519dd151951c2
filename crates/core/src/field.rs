//! Names of the wizard's input fields, shared by validation messages and the front ends.

use serde::{Deserialize, Serialize};

/// One input of the wizard or a connection's forms. The serialised name is the id the UI gives
/// the input; the CLI maps each to its option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Dc,
    Template,
    ClientName,
    LoopbackPort,
    CatalystProject,
    CatalystOrg,
    CatalystEnvironment,
    CatalystFunction,
    CatalystServePort,
    HotglueHomepage,
    CustomHomepage,
    CustomRedirectUris,
    ConnectionName,
    ClientId,
    ClientSecret,
    Passphrase,
    PastedAddress,
    TeamAddress,
    TeamMount,
    TeamPrefix,
    TeamRoleId,
    /// Who asks, in a credentials request.
    RequestFrom,
    /// How long a credentials request lasts.
    RequestExpires,
}

impl Field {
    /// What the field is called in a "still needed" list.
    pub fn label(self) -> &'static str {
        match self {
            Field::Dc => "data centre",
            Field::Template => "integration",
            Field::ClientName => "client name",
            Field::LoopbackPort => "this app's port",
            Field::CatalystProject => "project name",
            Field::CatalystOrg => "org ID",
            Field::CatalystEnvironment => "environment",
            Field::CatalystFunction => "function name",
            Field::CatalystServePort => "local serve port",
            Field::HotglueHomepage | Field::CustomHomepage => "homepage URL",
            Field::CustomRedirectUris => "redirect URIs",
            Field::ConnectionName => "connection name",
            Field::ClientId => "Client ID",
            Field::ClientSecret => "Client Secret",
            Field::Passphrase => "passphrase",
            Field::PastedAddress => "pasted address",
            Field::TeamAddress => "team store address",
            Field::TeamMount => "KV mount",
            Field::TeamPrefix => "prefix",
            Field::TeamRoleId => "AppRole role ID",
            Field::RequestFrom => "who asks",
            Field::RequestExpires => "expiry",
        }
    }
}
