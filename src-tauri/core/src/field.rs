//! Names of the wizard's input fields, shared by validation messages, the UI and the CLI.

use serde::{Deserialize, Serialize};

/// One input of the wizard's first step. The serialised name is the id the UI gives the input.
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
    ProfileName,
    ClientId,
    ClientSecret,
    Passphrase,
}

impl Field {
    /// The name of the command-line option that sets this field, for CLI error messages.
    pub fn cli_flag(self) -> &'static str {
        match self {
            Field::Dc => "--dc",
            Field::Template => "--template",
            Field::ClientName => "--client-name",
            Field::LoopbackPort => "--port",
            Field::CatalystProject => "--project",
            Field::CatalystOrg => "--org",
            Field::CatalystEnvironment => "--env",
            Field::CatalystFunction => "--function",
            Field::CatalystServePort => "--serve-port",
            Field::HotglueHomepage | Field::CustomHomepage => "--homepage",
            Field::CustomRedirectUris => "--redirect",
            Field::ProfileName => "NAME",
            Field::ClientId => "--client-id",
            Field::ClientSecret => "client secret",
            Field::Passphrase => "passphrase",
        }
    }
}
