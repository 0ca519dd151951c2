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

    #[error("Enter a name for this connection, for example LeadManagerApp.")]
    ProfileNameEmpty,

    #[error("The connection name contains {chars}. Use letters, digits, spaces, _, . and - only.")]
    ProfileNameInvalidChars { chars: String },

    #[error("The connection name is too long. Use at most {max} characters.")]
    ProfileNameTooLong { max: usize },

    #[error("A connection named \"{name}\" already exists. Choose another name, or open that connection to replace its secret.")]
    ProfileExists { name: String },

    #[error("There is no connection named \"{name}\". Run `zcw list` (or open the home screen) to see the saved connections.")]
    ProfileNotFound { name: String },

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

    #[error("The OS keychain is not available ({reason}). Install and start a keyring such as GNOME Keyring or KWallet and unlock it, then try again, or choose the encrypted file store instead. Nothing was saved.")]
    KeychainUnavailable { reason: String },

    #[error("The OS keychain is locked or refused access ({reason}). Unlock it (sign in to your desktop session, or unlock the keyring in your keyring app), then try again, or choose the encrypted file store instead. Nothing was saved.")]
    KeychainLocked { reason: String },

    #[error("The OS keychain did not answer within {seconds} seconds. It may be locked and waiting for its password in a dialog: unlock it and try again, or choose the encrypted file store instead. Nothing was saved.")]
    KeychainTimeout { seconds: u64 },

    #[error("The OS keychain failed ({reason}). Try again; if it keeps failing, restart your keyring or choose the encrypted file store instead.")]
    KeychainFailure { reason: String },

    #[error("The secret read back from {store} differs from the one entered, so it was not kept. Try saving again.")]
    SecretReadBackMismatch { store: &'static str },

    #[error("The secret of \"{name}\" is not in {store}. Enter it again with Replace secret (`zcw set-secret {name}`); if it is lost, regenerate it in the Zoho API console.")]
    SecretMissing { name: String, store: &'static str },

    #[error("The encrypted file store {} does not exist yet. Choose the encrypted file store first (`zcw store --use file`).", path.display())]
    FileStoreMissing { path: PathBuf },

    #[error("Wrong passphrase for the encrypted file store. Enter the passphrase you chose when you created it.")]
    FileStoreWrongPassphrase,

    #[error("The encrypted file store {} cannot be read ({reason}). Restore it from a backup, or move it away and save the secrets again.", path.display())]
    FileStoreCorrupt { path: PathBuf, reason: String },

    #[error("The passphrase is too short. Use at least {min} characters, ideally a few unrelated words.")]
    PassphraseTooShort { min: usize },

    #[error("The two passphrases differ. Type the same passphrase twice.")]
    PassphraseMismatch,

    #[error("Secrets are kept in the encrypted file store, which needs its passphrase. Enter it (or pass --passphrase-file FILE).")]
    PassphraseNeeded,

    #[error("The connections file could not be read ({reason}). It was moved to {} so nothing is lost, and an empty list starts now. Restore it from there if you can.", moved_to.display())]
    ProfilesCorrupt { reason: String, moved_to: PathBuf },

    #[error("The connections file {} was written by a newer version of this app (schema {version}). Update Zoho Credential Wizard to use it.", path.display())]
    ProfilesFromNewerVersion { path: PathBuf, version: u32 },

    #[error("Cannot ask for the {what}: standard input is not a terminal and nothing was piped in. Pipe it in, for example: zcw add NAME ... < secret.txt")]
    NothingToRead { what: &'static str },

    #[error("{action} needs a confirmation, and there is no terminal to ask on. Add --yes to go ahead without asking.")]
    ConfirmationNeeded { action: &'static str },

    #[error("Port {port} is already in use on this computer, so the sign-in cannot come back to this app. Close the program using it and try again, or pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.")]
    PortInUse { port: u16 },

    #[error("This computer does not allow listening on port {port} (on Windows the port may be in a reserved range). Pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.")]
    PortPermissionDenied { port: u16 },

    #[error("The sign-in listener could not start on port {port} ({reason}).")]
    ListenerFailed { port: u16, reason: String },

    #[error("No answer came back from Zoho within {seconds} seconds. Start the sign-in again and finish it in the browser, or paste the address the browser ended on.")]
    LoginTimedOut { seconds: u64 },

    #[error("The sign-in was cancelled. Start it again when you are ready.")]
    LoginCancelled,

    #[error("You declined access in Zoho, so no tokens were issued. Start the sign-in again and click Accept in Zoho.")]
    AccessDeclined,

    #[error("The pasted address is not this connection's sign-in answer ({reason}). Paste the whole address from the browser's address bar after Zoho sent you back (it starts with {expected}).")]
    PastedUrlInvalid { reason: String, expected: String },

    #[error("Zoho's answer names {server} as the accounts server, which is not a known Zoho accounts server. Nothing was sent to it. Start the sign-in again; if this repeats, someone may be tampering with the sign-in.")]
    UntrustedAccountsServer { server: String },

    #[error("Zoho rejected the client: the client secret is wrong, or this client is registered in another data centre. Check the data centre, replace the secret if you regenerated it, and try again.")]
    ZohoInvalidClient,

    #[error("Zoho says the client secret is wrong. Copy it again from the Zoho API console (or regenerate it) and replace it.")]
    ZohoInvalidClientSecret,

    #[error("The sign-in code expired or was already used (codes live 1 to 2 minutes). Start the sign-in again.")]
    ZohoInvalidCode,

    #[error("Zoho says the redirect URI does not match the registered one. Register {uri} exactly (same port, no trailing slash) in the Zoho API console.")]
    ZohoInvalidRedirectUri { uri: String },

    #[error(
        "Zoho is rate limiting this client (too many requests). Wait a few minutes and try again."
    )]
    ZohoRateLimited,

    #[error("Zoho refused access: too many grants for this client, or access was declined. Wait a few minutes, then sign in again.")]
    ZohoAccessDenied,

    #[error("Zoho answered with an error: {error}. Try again; if it repeats, check the client in the Zoho API console.")]
    ZohoError { error: String },

    #[error("Zoho's answer could not be understood ({reason}).")]
    ZohoBadResponse { reason: String },

    #[error("Zoho did not answer within {seconds} seconds. Check the internet connection (and any proxy), then try again.")]
    NetworkTimeout { seconds: u64 },

    #[error("Zoho could not be reached ({reason}). Check the internet connection (and any proxy), then try again.")]
    Network { reason: String },

    #[error("\"{name}\" has no working sign-in: {why}. Sign in again with `zcw login {name}` (or Connect in the app).")]
    NeedsLogin { name: String, why: &'static str },

    #[error("Zoho allows at most 10 new access tokens per 10 minutes for a connection, and \"{name}\" has used them. Try again in {wait_secs} seconds.")]
    TokenRateLimited { name: String, wait_secs: u64 },

    #[error("Reading the {what} failed ({reason}).")]
    InputRead { what: &'static str, reason: String },
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
            Error::ProfileNameEmpty => "profile_name_empty",
            Error::ProfileNameInvalidChars { .. } => "profile_name_invalid_chars",
            Error::ProfileNameTooLong { .. } => "profile_name_too_long",
            Error::ProfileExists { .. } => "profile_exists",
            Error::ProfileNotFound { .. } => "profile_not_found",
            Error::ClientIdEmpty => "client_id_empty",
            Error::ClientIdLooksLikeSecret => "client_id_looks_like_secret",
            Error::ClientIdHasSpaces => "client_id_has_spaces",
            Error::ClientSecretEmpty => "client_secret_empty",
            Error::ClientSecretLooksLikeId => "client_secret_looks_like_id",
            Error::KeychainUnavailable { .. } => "keychain_unavailable",
            Error::KeychainLocked { .. } => "keychain_locked",
            Error::KeychainTimeout { .. } => "keychain_timeout",
            Error::KeychainFailure { .. } => "keychain_failure",
            Error::SecretReadBackMismatch { .. } => "secret_read_back_mismatch",
            Error::SecretMissing { .. } => "secret_missing",
            Error::FileStoreMissing { .. } => "file_store_missing",
            Error::FileStoreWrongPassphrase => "file_store_wrong_passphrase",
            Error::FileStoreCorrupt { .. } => "file_store_corrupt",
            Error::PassphraseTooShort { .. } => "passphrase_too_short",
            Error::PassphraseMismatch => "passphrase_mismatch",
            Error::PassphraseNeeded => "passphrase_needed",
            Error::ProfilesCorrupt { .. } => "profiles_corrupt",
            Error::ProfilesFromNewerVersion { .. } => "profiles_from_newer_version",
            Error::NothingToRead { .. } => "nothing_to_read",
            Error::ConfirmationNeeded { .. } => "confirmation_needed",
            Error::PortInUse { .. } => "port_in_use",
            Error::PortPermissionDenied { .. } => "port_permission_denied",
            Error::ListenerFailed { .. } => "listener_failed",
            Error::LoginTimedOut { .. } => "login_timed_out",
            Error::LoginCancelled => "login_cancelled",
            Error::AccessDeclined => "access_declined",
            Error::PastedUrlInvalid { .. } => "pasted_url_invalid",
            Error::UntrustedAccountsServer { .. } => "untrusted_accounts_server",
            Error::ZohoInvalidClient => "zoho_invalid_client",
            Error::ZohoInvalidClientSecret => "zoho_invalid_client_secret",
            Error::ZohoInvalidCode => "zoho_invalid_code",
            Error::ZohoInvalidRedirectUri { .. } => "zoho_invalid_redirect_uri",
            Error::ZohoRateLimited => "zoho_rate_limited",
            Error::ZohoAccessDenied => "zoho_access_denied",
            Error::ZohoError { .. } => "zoho_error",
            Error::ZohoBadResponse { .. } => "zoho_bad_response",
            Error::NetworkTimeout { .. } => "network_timeout",
            Error::Network { .. } => "network",
            Error::NeedsLogin { .. } => "needs_login",
            Error::TokenRateLimited { .. } => "token_rate_limited",
            Error::InputRead { .. } => "input_read",
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
            Error::ProfileNameEmpty
            | Error::ProfileNameInvalidChars { .. }
            | Error::ProfileNameTooLong { .. }
            | Error::ProfileExists { .. } => Some(Field::ProfileName),
            Error::ClientIdEmpty | Error::ClientIdLooksLikeSecret | Error::ClientIdHasSpaces => {
                Some(Field::ClientId)
            }
            Error::ClientSecretEmpty | Error::ClientSecretLooksLikeId => Some(Field::ClientSecret),
            Error::PassphraseTooShort { .. }
            | Error::PassphraseMismatch
            | Error::PassphraseNeeded
            | Error::FileStoreWrongPassphrase => Some(Field::Passphrase),
            Error::ConfigDirUnknown
            | Error::FileWrite { .. }
            | Error::FileRead { .. }
            | Error::DraftCorrupt { .. }
            | Error::BrowserLaunch { .. }
            | Error::UntrustedUrl { .. }
            | Error::ProfileNotFound { .. }
            | Error::KeychainUnavailable { .. }
            | Error::KeychainLocked { .. }
            | Error::KeychainTimeout { .. }
            | Error::KeychainFailure { .. }
            | Error::SecretReadBackMismatch { .. }
            | Error::SecretMissing { .. }
            | Error::FileStoreMissing { .. }
            | Error::FileStoreCorrupt { .. }
            | Error::ProfilesCorrupt { .. }
            | Error::ProfilesFromNewerVersion { .. }
            | Error::NothingToRead { .. }
            | Error::ConfirmationNeeded { .. }
            | Error::PortInUse { .. }
            | Error::PortPermissionDenied { .. }
            | Error::ListenerFailed { .. }
            | Error::LoginTimedOut { .. }
            | Error::LoginCancelled
            | Error::AccessDeclined
            | Error::PastedUrlInvalid { .. }
            | Error::UntrustedAccountsServer { .. }
            | Error::ZohoInvalidClient
            | Error::ZohoInvalidClientSecret
            | Error::ZohoInvalidCode
            | Error::ZohoInvalidRedirectUri { .. }
            | Error::ZohoRateLimited
            | Error::ZohoAccessDenied
            | Error::ZohoError { .. }
            | Error::ZohoBadResponse { .. }
            | Error::NetworkTimeout { .. }
            | Error::Network { .. }
            | Error::NeedsLogin { .. }
            | Error::TokenRateLimited { .. }
            | Error::InputRead { .. } => None,
        }
    }

    /// The error in the `{kind, message, field}` shape the UI and `--json` output use.
    /// Whether the secret store could not be reached or opened (as opposed to bad input).
    pub fn is_secret_store_unavailable(&self) -> bool {
        matches!(
            self,
            Error::KeychainUnavailable { .. }
                | Error::KeychainLocked { .. }
                | Error::KeychainTimeout { .. }
                | Error::KeychainFailure { .. }
                | Error::FileStoreMissing { .. }
                | Error::FileStoreWrongPassphrase
                | Error::FileStoreCorrupt { .. }
                | Error::PassphraseNeeded
        )
    }

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
