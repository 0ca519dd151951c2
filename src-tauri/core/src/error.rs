//! The core's one error type: each variant names what went wrong, and its message says what to do.

use std::path::PathBuf;

use serde::Serialize;

use crate::field::Field;

/// Everything the core can fail at. Messages are written for the person at the screen: they name the
/// input or the file and the next step. None of them ever carries a secret.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "Unknown data centre \"{given}\". Choose one of: {}.",
        crate::dc::DataCentre::id_list()
    )]
    UnknownDataCentre { given: String },

    #[error("Unknown template \"{given}\". Choose catalyst, hotglue or custom.")]
    UnknownTemplate { given: String },

    #[error("Enter a client name, for example {example}.")]
    ClientNameEmpty { example: &'static str },

    #[error(
        "The client name contains {chars}. Zoho allows only letters, digits, spaces, _ and &."
    )]
    ClientNameInvalidChars { chars: String },

    #[error("Enter a port number ({min} to {max}).")]
    PortEmpty { field: Field, min: u16, max: u16 },

    #[error("\"{given}\" is not a port number. Enter a whole number from {min} to {max}.")]
    PortNotNumber {
        field: Field,
        given: String,
        min: u16,
        max: u16,
    },

    #[error("Port {value} is out of range. Use a port from {min} to {max}.")]
    PortOutOfRange {
        field: Field,
        value: u64,
        min: u16,
        max: u16,
    },

    #[error("Port {port} is also the local serve port. Pick a different port for this app's loopback address.")]
    PortsClash { port: u16 },

    #[error("Enter the Catalyst project name, as shown in the Catalyst console (for example LeadManager).")]
    ProjectNameEmpty,

    #[error("The project name contains {chars}. Use only letters and digits (spaces are removed, capitals lower-cased).")]
    ProjectNameInvalidChars { chars: String },

    #[error("Enter the org ID: the number after /baas/ in your Catalyst console address, or paste that whole address.")]
    OrgIdEmpty,

    #[error("The org ID \"{given}\" is not a number. Copy the digits after /baas/ in your Catalyst console address, or paste that whole address.")]
    OrgIdNotNumeric { given: String },

    #[error("This address has no org ID in it. Open your project in the Catalyst console and copy the address from the browser's address bar (it contains /baas/ followed by digits).")]
    OrgIdNotInUrl,

    #[error("Unknown environment \"{given}\". Choose development or production.")]
    UnknownEnvironment { given: String },

    #[error("Enter the function name (crm_crud for the Node.js and Java editions, lead_manager_function for Python).")]
    FunctionNameEmpty,

    #[error("The function name contains {chars}. Use only letters, digits, _ and -.")]
    FunctionNameInvalidChars { chars: String },

    #[error("Enter an address starting with https://.")]
    UrlEmpty { field: Field },

    #[error(
        "\"{given}\" is not a complete web address ({reason}). Enter it as https://example.com/..."
    )]
    UrlMalformed {
        field: Field,
        given: String,
        reason: String,
    },

    #[error(
        "\"{given}\" must start with https:// (plain http:// is only accepted for localhost)."
    )]
    UrlNotHttps { field: Field, given: String },

    #[error("Zoho rejects 127.0.0.1 and [::1] in redirect URIs. Write \"{suggestion}\" instead.")]
    UrlLoopbackIp { field: Field, suggestion: String },

    #[error(
        "\"{given}\" has a query (?...) or fragment (#...). Remove everything from the ? or # on."
    )]
    UrlHasQueryOrFragment { field: Field, given: String },

    #[error("\"{given}\" contains a user name or password. Remove the part before the @.")]
    UrlHasCredentials { field: Field, given: String },

    #[error("Cannot find a folder for settings: no home directory is known. Set ZCW_CONFIG_DIR to a folder this app may write to.")]
    ConfigDirUnknown,

    #[error("Cannot write {}: {source}. Check that the folder exists and is writable, or set ZCW_CONFIG_DIR to another folder.", path.display())]
    FileWrite {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("Cannot read {}: {source}. Check its permissions.", path.display())]
    FileRead {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("The saved wizard draft could not be read ({reason}); it was moved to {} and the wizard starts fresh.", moved_to.display())]
    DraftCorrupt { reason: String, moved_to: PathBuf },

    #[error(
        "Could not open the browser ({reason}). Copy the address {url} into your browser instead."
    )]
    BrowserLaunch { url: String, reason: String },

    #[error("Refusing to open {url}: it is not the Zoho API console of a known data centre.")]
    UntrustedUrl { url: String },
}

impl Error {
    /// A stable, machine-readable name for the variant, so a UI can pick the hint to show.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::UnknownDataCentre { .. } => "unknown_data_centre",
            Error::UnknownTemplate { .. } => "unknown_template",
            Error::ClientNameEmpty { .. } => "client_name_empty",
            Error::ClientNameInvalidChars { .. } => "client_name_invalid_chars",
            Error::PortEmpty { .. } => "port_empty",
            Error::PortNotNumber { .. } => "port_not_number",
            Error::PortOutOfRange { .. } => "port_out_of_range",
            Error::PortsClash { .. } => "ports_clash",
            Error::ProjectNameEmpty => "project_name_empty",
            Error::ProjectNameInvalidChars { .. } => "project_name_invalid_chars",
            Error::OrgIdEmpty => "org_id_empty",
            Error::OrgIdNotNumeric { .. } => "org_id_not_numeric",
            Error::OrgIdNotInUrl => "org_id_not_in_url",
            Error::UnknownEnvironment { .. } => "unknown_environment",
            Error::FunctionNameEmpty => "function_name_empty",
            Error::FunctionNameInvalidChars { .. } => "function_name_invalid_chars",
            Error::UrlEmpty { .. } => "url_empty",
            Error::UrlMalformed { .. } => "url_malformed",
            Error::UrlNotHttps { .. } => "url_not_https",
            Error::UrlLoopbackIp { .. } => "url_loopback_ip",
            Error::UrlHasQueryOrFragment { .. } => "url_has_query_or_fragment",
            Error::UrlHasCredentials { .. } => "url_has_credentials",
            Error::ConfigDirUnknown => "config_dir_unknown",
            Error::FileWrite { .. } => "file_write",
            Error::FileRead { .. } => "file_read",
            Error::DraftCorrupt { .. } => "draft_corrupt",
            Error::BrowserLaunch { .. } => "browser_launch",
            Error::UntrustedUrl { .. } => "untrusted_url",
        }
    }

    /// The form field this error belongs next to, if it is about one.
    pub fn field(&self) -> Option<Field> {
        match self {
            Error::UnknownDataCentre { .. } => Some(Field::Dc),
            Error::UnknownTemplate { .. } => Some(Field::Template),
            Error::ClientNameEmpty { .. } | Error::ClientNameInvalidChars { .. } => {
                Some(Field::ClientName)
            }
            Error::PortEmpty { field, .. }
            | Error::PortNotNumber { field, .. }
            | Error::PortOutOfRange { field, .. }
            | Error::UrlEmpty { field }
            | Error::UrlMalformed { field, .. }
            | Error::UrlNotHttps { field, .. }
            | Error::UrlLoopbackIp { field, .. }
            | Error::UrlHasQueryOrFragment { field, .. }
            | Error::UrlHasCredentials { field, .. } => Some(*field),
            Error::PortsClash { .. } => Some(Field::LoopbackPort),
            Error::ProjectNameEmpty | Error::ProjectNameInvalidChars { .. } => {
                Some(Field::CatalystProject)
            }
            Error::OrgIdEmpty | Error::OrgIdNotNumeric { .. } | Error::OrgIdNotInUrl => {
                Some(Field::CatalystOrg)
            }
            Error::UnknownEnvironment { .. } => Some(Field::CatalystEnvironment),
            Error::FunctionNameEmpty | Error::FunctionNameInvalidChars { .. } => {
                Some(Field::CatalystFunction)
            }
            Error::ConfigDirUnknown
            | Error::FileWrite { .. }
            | Error::FileRead { .. }
            | Error::DraftCorrupt { .. }
            | Error::BrowserLaunch { .. }
            | Error::UntrustedUrl { .. } => None,
        }
    }

    /// The error in the `{kind, message, field}` shape the UI and `--json` output use.
    pub fn to_problem(&self) -> Problem {
        Problem {
            kind: self.kind(),
            message: self.to_string(),
            field: self.field(),
        }
    }
}

/// A serialisable view of an [`Error`].
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Problem {
    pub kind: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<Field>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Lists a set of offending characters the way the messages quote them: `"-", "." and "/"`.
pub(crate) fn quote_chars(chars: &[char]) -> String {
    let quoted: Vec<String> = chars
        .iter()
        .map(|c| match c {
            ' ' => "a space".to_string(),
            c => format!("\"{c}\""),
        })
        .collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The distinct characters of `text` that `allowed` rejects, in order of first appearance.
pub(crate) fn disallowed_chars(text: &str, allowed: impl Fn(char) -> bool) -> Vec<char> {
    let mut seen = Vec::new();
    for c in text.chars().filter(|c| !allowed(*c)) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    seen
}
