//! Input a person must correct, tied to the field it belongs next to.

use crate::field::Field;
use crate::flaw::Flaw;

/// Input the user must correct.
#[derive(
    Debug, Clone, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize,
)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum InputError {
    #[error("Unknown data centre \"{given}\". Choose one of: {known}.")]
    UnknownDataCentre { given: String, known: String },

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

    #[error("Enter a name for this connection, for example LeadManagerApp.")]
    ConnectionNameEmpty,

    #[error("The connection name contains {chars}. Use letters, digits, spaces, _, . and - only.")]
    ConnectionNameInvalidChars { chars: String },

    #[error("The connection name is too long. Use at most {max} characters.")]
    ConnectionNameTooLong { max: usize },

    #[error("A connection named \"{name}\" already exists. Choose another name, or open that connection to replace its secret.")]
    ConnectionExists { name: String },

    #[error("There is no connection named \"{name}\".")]
    ConnectionNotFound { name: String },

    #[error("Paste the Client ID that Zoho showed after you clicked Create.")]
    ClientIdEmpty,

    #[error("This looks like the Client Secret, not the Client ID. Paste it into the Client Secret field, and copy the Client ID (it starts with 1000.) into this one.")]
    ClientIdLooksLikeSecret,

    #[error("The Client ID contains spaces. Copy it again from the Zoho API console, without anything around it.")]
    ClientIdHasSpaces,

    #[error("Paste the Client Secret that Zoho showed after you clicked Create.")]
    ClientSecretEmpty,

    #[error("This looks like the Client ID (it starts with 1000.), not the Client Secret. Paste the Client Secret here: in the Zoho API console it is shown under the Client ID.")]
    ClientSecretLooksLikeId,

    #[error("The passphrase is too short. Use at least {min} characters, ideally a few unrelated words.")]
    PassphraseTooShort { min: usize },

    #[error("The two passphrases differ. Type the same passphrase twice.")]
    PassphraseMismatch,

    #[error(
        "Wrong passphrase for the encrypted file: it is not the one chosen when the file was made."
    )]
    WrongPassphrase,

    #[error("{variable} is \"{value}\", which {reason}. Set it to an https:// address, or to http:// on this computer only (127.0.0.1, [::1] or localhost), or unset it.")]
    ServerUrlRejected {
        variable: &'static str,
        value: String,
        reason: Flaw,
    },

    #[error("Signed in as {now}, but this connection was signed in as {previous}. The new sign-in was not kept, and its tokens were revoked.")]
    AccountChanged { previous: String, now: String },

    #[error("The team store's address \"{value}\" {reason}.")]
    TeamAddressRejected { value: String, reason: Flaw },

    #[error("The {} \"{value}\" is not a path in the team store. Use letters, digits, _, - and ., with / between parts.", field.label())]
    TeamPathInvalid { field: Field, value: String },

    #[error("An AppRole needs both its role ID and the file holding its secret ID. Give both, or neither to use a token.")]
    TeamAppRoleIncomplete,

    #[error("A connection name cannot be only dots. Use letters or digits too.")]
    ConnectionNameDots,

    #[error("Enter who asks for the credentials, as the customer's admin knows you (for example Acme Integrations).")]
    RequesterEmpty,

    #[error("Who asks contains {chars}. Use letters, digits, spaces and plain punctuation (. , - ' & ( ) / @ + _ : ! ? #) only.")]
    RequesterInvalidChars { chars: String },

    #[error("Who asks is too long. Use at most {max} characters.")]
    RequesterTooLong { max: usize },

    #[error("Who asks contains a code shaped like a fingerprint (groups of four letters or digits, such as ABCD-1234). Write the name alone: the admin's app shows the request's fingerprint by itself, and nothing the request says may look like one.")]
    RequesterLooksLikeCode,

    #[error("A request's connection name cannot be shaped like a fingerprint (groups of four letters or digits, such as ABCD-1234): the admin compares the fingerprint their app shows. Choose another name.")]
    RequestNameLooksLikeCode,

    #[error("A request cannot last {given}. Choose from {min} to {max}.")]
    RequestLifetimeOutOfRange {
        given: String,
        min: String,
        max: String,
    },

    #[error("The pasted address is not this connection's sign-in answer ({reason}). Paste the whole address from the browser's address bar after Zoho sent you back (it starts with {expected}).")]
    PastedAddressInvalid { reason: Flaw, expected: String },
}

impl InputError {
    /// The form field this error belongs next to, if it is about one.
    pub fn field(&self) -> Option<Field> {
        use InputError as E;
        match self {
            E::UnknownDataCentre { .. } => Some(Field::Dc),
            E::ClientNameEmpty { .. } | E::ClientNameInvalidChars { .. } => Some(Field::ClientName),
            E::PortEmpty { field, .. }
            | E::PortNotNumber { field, .. }
            | E::PortOutOfRange { field, .. }
            | E::UrlEmpty { field }
            | E::UrlMalformed { field, .. }
            | E::UrlNotHttps { field, .. }
            | E::UrlLoopbackIp { field, .. }
            | E::UrlHasQueryOrFragment { field, .. }
            | E::UrlHasCredentials { field, .. } => Some(*field),
            E::PortsClash { .. } => Some(Field::LoopbackPort),
            E::ProjectNameEmpty | E::ProjectNameInvalidChars { .. } => Some(Field::CatalystProject),
            E::OrgIdEmpty | E::OrgIdNotNumeric { .. } | E::OrgIdNotInUrl => {
                Some(Field::CatalystOrg)
            }
            E::UnknownEnvironment { .. } => Some(Field::CatalystEnvironment),
            E::FunctionNameEmpty | E::FunctionNameInvalidChars { .. } => {
                Some(Field::CatalystFunction)
            }
            E::ConnectionNameEmpty
            | E::ConnectionNameDots
            | E::ConnectionNameInvalidChars { .. }
            | E::ConnectionNameTooLong { .. }
            | E::ConnectionExists { .. } => Some(Field::ConnectionName),
            E::ClientIdEmpty | E::ClientIdLooksLikeSecret | E::ClientIdHasSpaces => {
                Some(Field::ClientId)
            }
            E::ClientSecretEmpty | E::ClientSecretLooksLikeId => Some(Field::ClientSecret),
            E::PassphraseTooShort { .. } | E::PassphraseMismatch | E::WrongPassphrase => {
                Some(Field::Passphrase)
            }
            E::PastedAddressInvalid { .. } => Some(Field::PastedAddress),
            E::RequesterEmpty
            | E::RequesterInvalidChars { .. }
            | E::RequesterTooLong { .. }
            | E::RequesterLooksLikeCode => Some(Field::RequestFrom),
            E::RequestLifetimeOutOfRange { .. } => Some(Field::RequestExpires),
            E::RequestNameLooksLikeCode => Some(Field::ConnectionName),
            E::TeamAddressRejected { .. } => Some(Field::TeamAddress),
            E::TeamPathInvalid { field, .. } => Some(*field),
            E::TeamAppRoleIncomplete => Some(Field::TeamRoleId),
            E::ConnectionNotFound { .. }
            | E::AccountChanged { .. }
            | E::ServerUrlRejected { .. } => None,
        }
    }
}
