//! The core's errors, in layers: input to correct (tied to its field) apart from operational
//! failures (secret stores, files, the sign-in, Zoho, the network). Messages say what went wrong;
//! each front end adds what to do next from [`Error::next_step`], in its own words.

use std::path::PathBuf;

use serde::Serialize;

pub use crate::api::error::ApiError;
use crate::field::Field;
pub use crate::onboarding::error::OnboardingError;
pub use crate::secret_store::error::{FileStoreError, KeychainError};
pub use crate::team::error::TeamError;

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
        reason: &'static str,
    },

    #[error("Signed in as {now}, but this connection was signed in as {previous}. The new sign-in was not kept, and its tokens were revoked.")]
    AccountChanged { previous: String, now: String },

    #[error("The team store's address \"{value}\" {reason}.")]
    TeamAddressRejected { value: String, reason: &'static str },

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
    PastedAddressInvalid { reason: String, expected: String },
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

/// A secret could not be kept or found, whichever store holds it.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum StoreError {
    #[error("The secret read back from {store} differs from the one entered, so it was not kept. Try saving again.")]
    ReadBackMismatch { store: &'static str },

    #[error("The client secret of \"{name}\" is not in {store}.")]
    SecretMissing { name: String, store: &'static str },
}

/// A file of the app's could not be read or written.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum FileError {
    #[error("Cannot find a folder for settings: no home directory is known. Set ZCW_CONFIG_DIR to a folder this app may write to.")]
    ConfigDirUnknown,

    #[error("Cannot write {}. Check that the folder exists and is writable, or set ZCW_CONFIG_DIR to another folder.", path.display())]
    CannotWrite {
        path: PathBuf,
        #[source]
        #[serde(skip)]
        source: std::io::Error,
    },

    #[error("Cannot read {}. Check that it exists and that you may read it.", path.display())]
    CannotRead {
        path: PathBuf,
        #[source]
        #[serde(skip)]
        source: std::io::Error,
    },

    #[error("{} is not a file (it is a folder, a pipe or a device), so it was not read. Choose the file itself.", path.display())]
    NotARegularFile { path: PathBuf },

    #[error("{} is larger than {max_kib} KiB, far larger than the file it should be, so it was not read. Choose the right file.", path.display())]
    TooLarge { path: PathBuf, max_kib: usize },

    #[error("{} does not hold text, so it is not the file it should be. Choose the right file.", path.display())]
    NotText { path: PathBuf },

    #[error("The folder {} belongs to another user, so this app will not keep its files there. Use a folder of your own (set ZCW_CONFIG_DIR), or give this one back to your user.", path.display())]
    NotYours { path: PathBuf },

    #[error("The saved wizard draft could not be read, so it was moved to {} and the wizard starts fresh. Fill in the steps again; the old draft stays there if you need a value from it.", moved_to.display())]
    DraftCorrupt { reason: String, moved_to: PathBuf },

    #[error("The connections file could not be read. It was moved to {} so nothing is lost, and an empty list starts now. Restore it from there if you can.", moved_to.display())]
    ConnectionsCorrupt { reason: String, moved_to: PathBuf },

    #[error("The connections file {} was written by a newer version of this app (schema {version}). Update Zoho Credential Wizard to use it.", path.display())]
    ConnectionsFromNewerVersion { path: PathBuf, version: u32 },
}

/// The browser could not show an address.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum BrowserError {
    #[error("Could not open the browser. Copy the address {url} into your browser instead.")]
    LaunchFailed { url: String, reason: String },

    #[error("Refusing to open {url}: it is not the Zoho API console of a known data centre. Nothing was opened. Use the Open Zoho API Console button, which opens the console of the data centre you chose.")]
    UntrustedUrl { url: String },
}

/// The clipboard could not be used.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum ClipboardError {
    #[error("The clipboard cannot be used here. Copy needs a desktop session: run this where you will paste.")]
    Unavailable { reason: String },
}

/// The sign-in (the loopback listener and what the browser brought back) did not complete.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum SignInError {
    #[error("Port {port} is already in use on this computer, so the sign-in cannot come back to this app. Close the program using it and try again, or pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.")]
    PortInUse { port: u16 },

    #[error("This computer does not allow listening on port {port} (on Windows the port may be in a reserved range). Pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.")]
    PortPermissionDenied { port: u16 },

    #[error("This app could not listen on port {port} for the sign-in. Close the program using it and try again, or pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.")]
    ListenerFailed { port: u16, reason: String },

    #[error(
        "No answer came back from Zoho within {seconds} seconds. {}",
        crate::cause::numbered(causes)
    )]
    TimedOut {
        seconds: u64,
        causes: Vec<crate::cause::Cause>,
    },

    #[error("The sign-in was cancelled. Start it again when you are ready.")]
    Cancelled,

    #[error("You declined access in Zoho, so no tokens were issued. Start the sign-in again and click Accept in Zoho.")]
    Declined,

    #[error("Zoho's answer names {server} as the accounts server, which is not a known Zoho accounts server. Nothing was sent to it. Start the sign-in again; if this repeats, someone may be tampering with the sign-in.")]
    UntrustedAccountsServer { server: String },

    #[error("There is no sign-in in progress. Start the sign-in again.")]
    NotStarted,

    #[error("The new sign-in was cancelled at Zoho and its tokens deleted; the connection stays signed in as {previous}. To use the other account after all, sign in again and switch to it.")]
    Discarded { previous: String },

    #[error("Zoho could not be reached to revoke the sign-in of \"{name}\", so nothing was deleted. You can also revoke it by hand: in your Zoho account, open Connected apps and remove this client.")]
    RevokeUnreachable { name: String, reason: String },

    #[error("\"{name}\" has no working sign-in: {why}.")]
    NeedsSignIn { name: String, why: &'static str },
}

/// Zoho answered, with an error.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum ZohoError {
    #[error("Zoho rejected the client: the client secret is wrong, or this client is registered in another data centre. Check the data centre, replace the secret if you regenerated it, and try again.")]
    InvalidClient,

    #[error("Zoho says the client secret is wrong. Copy it again from the Zoho API console (or regenerate it) and replace it.")]
    InvalidClientSecret,

    #[error("The sign-in code expired or was already used (codes live 1 to 2 minutes). Start the sign-in again.")]
    InvalidCode,

    #[error("Zoho says the redirect URI does not match the registered one. Register {uri} exactly (same port, no trailing slash) in the Zoho API console.")]
    InvalidRedirectUri { uri: String },

    #[error(
        "Zoho is rate limiting this client (too many requests). Wait a few minutes and try again."
    )]
    RateLimited,

    #[error("Zoho refused access: too many grants for this client, or access was declined. Wait a few minutes, then sign in again.")]
    AccessDenied,

    #[error("Zoho answered with an error this app does not know. Try again; if it repeats, check the client in the Zoho API console.")]
    Unexpected { error: String },

    #[error("Zoho's answer could not be understood. Try again in a few minutes; if it repeats, Zoho may be changing something on its side.")]
    BadResponse { reason: String },

    #[error("Zoho allows at most 10 new access tokens per 10 minutes for a connection, and \"{name}\" has used them. Try again in {wait_secs} seconds.")]
    TokenRateLimited { name: String, wait_secs: u64 },
}

/// Zoho could not be reached.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum NetworkError {
    #[error("Zoho did not answer within {seconds} seconds. Check the internet connection (and any proxy), then try again.")]
    Timeout { seconds: u64 },

    #[error(
        "Zoho could not be reached. Check the internet connection (and any proxy), then try again."
    )]
    Unreachable { reason: String },
}

impl NetworkError {
    /// Why, in a few words (for a message about another server than Zoho).
    pub fn reason(&self) -> String {
        match self {
            NetworkError::Timeout { seconds } => format!("no answer within {seconds} seconds"),
            NetworkError::Unreachable { reason } => reason.clone(),
        }
    }
}

/// `kind()` for each layer: its variant's name in snake_case, stable for UIs and tests.
macro_rules! kinds {
    ($($layer:ty),*) => {$(
        impl $layer {
            pub fn kind(&self) -> &'static str {
                self.into()
            }
        }
    )*};
}
kinds!(
    InputError,
    StoreError,
    KeychainError,
    FileStoreError,
    TeamError,
    OnboardingError,
    ApiError,
    FileError,
    BrowserError,
    ClipboardError,
    SignInError,
    ZohoError,
    NetworkError
);

/// Everything the core can fail at. None of the messages ever carries a secret.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Keychain(#[from] KeychainError),
    #[error(transparent)]
    FileStore(#[from] FileStoreError),
    #[error(transparent)]
    Team(#[from] TeamError),
    #[error(transparent)]
    Onboarding(#[from] OnboardingError),
    #[error(transparent)]
    Api(#[from] ApiError),
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Browser(#[from] BrowserError),
    #[error(transparent)]
    Clipboard(#[from] ClipboardError),
    #[error(transparent)]
    SignIn(#[from] SignInError),
    #[error(transparent)]
    Zoho(#[from] ZohoError),
    #[error(transparent)]
    Network(#[from] NetworkError),
}

/// What kind of trouble an error is, for exit codes and for how a UI reacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Something the user typed or chose must change.
    Input,
    /// A secret store cannot be used (missing, locked, not answering, needs its passphrase).
    SecretStore,
    /// The connection needs a (new) sign-in.
    NeedsSignIn,
    /// Zoho's rate limit, or ours that mirrors it.
    RateLimited,
    /// Zoho could not be reached.
    Network,
    /// The user stopped it.
    Cancelled,
    /// Anything else: files, Zoho's own errors, the browser, the listener.
    Other,
}

/// The next step a front end should suggest, in its own words (a command, or a button).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "step")]
pub enum NextStep {
    /// Sign in to Zoho again for this connection.
    SignIn { connection: String },
    /// Enter the client secret again (or regenerate it in the console when it is lost).
    ReplaceSecret { connection: String },
    /// Look at the saved connections.
    ListConnections,
    /// The keychain failed: the encrypted file is the way out.
    ChooseFileStore,
    /// The encrypted file must be chosen (created) first.
    CreateFileStore,
    /// The encrypted file's passphrase must be entered.
    EnterPassphrase,
    /// Another account signed in than last time; allowing it keeps the new one.
    AllowAccountChange,
    /// Zoho could not be reached to revoke: try again, or delete here only and revoke by hand.
    DeleteLocally { connection: String },
    /// The agent holding the encrypted file failed: stop it and start it again.
    RestartAgent,
    /// An agent is already running: stop it first.
    StopAgent,
    /// No team store is set up: choose one.
    ChooseTeamStore,
    /// A reply arrived after its request expired: import it only when it was expected.
    AcceptLateReply,
    /// The connection's sign-in is a customer's (imported from their reply): a reconnect request
    /// asks their admin to sign in again.
    AskCustomer { connection: String },
    /// Sign in again asking for these scopes (the ones granted, and the one a call needs when
    /// `known`; otherwise that one is still to be added).
    SignInWithScope {
        connection: String,
        scopes: Vec<String>,
        known: bool,
    },
}

impl Error {
    /// A stable, machine-readable name for what went wrong (`keychain_locked`, `org_id_empty`).
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Input(e) => e.kind(),
            Error::Store(e) => e.kind(),
            Error::Keychain(e) => e.kind(),
            Error::FileStore(e) => e.kind(),
            Error::Team(e) => e.kind(),
            Error::Onboarding(e) => e.kind(),
            Error::Api(e) => e.kind(),
            Error::File(e) => e.kind(),
            Error::Browser(e) => e.kind(),
            Error::Clipboard(e) => e.kind(),
            Error::SignIn(e) => e.kind(),
            Error::Zoho(e) => e.kind(),
            Error::Network(e) => e.kind(),
        }
    }

    /// The form field this error belongs next to, if it is about one.
    pub fn field(&self) -> Option<Field> {
        match self {
            Error::Input(e) => e.field(),
            Error::Onboarding(OnboardingError::ReconnectOtherClient { .. }) => {
                Some(Field::ClientId)
            }
            _ => None,
        }
    }

    pub fn category(&self) -> Category {
        match self {
            Error::Input(_)
            | Error::File(
                FileError::NotARegularFile { .. }
                | FileError::TooLarge { .. }
                | FileError::NotText { .. },
            ) => Category::Input,
            Error::Onboarding(OnboardingError::SignInFirst { .. }) => Category::NeedsSignIn,
            Error::Onboarding(_) => Category::Input,
            Error::Api(
                ApiError::OtherHost { .. }
                | ApiError::BadTarget { .. }
                | ApiError::BadHeader { .. }
                | ApiError::HeaderRefused { .. },
            ) => Category::Input,
            Error::Api(
                ApiError::NoApiDomain { .. }
                | ApiError::TokenRefused { .. }
                | ApiError::ScopeMissing { .. },
            ) => Category::NeedsSignIn,
            Error::Api(ApiError::ApiRateLimited { .. }) => Category::RateLimited,
            Error::Store(_) => Category::Other,
            Error::Keychain(_) | Error::FileStore(_) | Error::Team(_) => Category::SecretStore,
            Error::SignIn(SignInError::NeedsSignIn { .. }) => Category::NeedsSignIn,
            Error::SignIn(SignInError::Cancelled) => Category::Cancelled,
            Error::Zoho(ZohoError::RateLimited | ZohoError::TokenRateLimited { .. }) => {
                Category::RateLimited
            }
            Error::Network(_) | Error::SignIn(SignInError::RevokeUnreachable { .. }) => {
                Category::Network
            }
            Error::File(_)
            | Error::Browser(_)
            | Error::Clipboard(_)
            | Error::SignIn(_)
            | Error::Zoho(_) => Category::Other,
        }
    }

    /// What to do next, when it depends on the front end (a command or a button).
    pub fn next_step(&self) -> Option<NextStep> {
        match self {
            Error::Input(InputError::ConnectionNotFound { .. }) => Some(NextStep::ListConnections),
            Error::Input(InputError::WrongPassphrase) => Some(NextStep::EnterPassphrase),
            Error::Input(InputError::AccountChanged { .. }) => Some(NextStep::AllowAccountChange),
            Error::Keychain(_) => Some(NextStep::ChooseFileStore),
            Error::Store(StoreError::SecretMissing { name, .. }) => Some(NextStep::ReplaceSecret {
                connection: name.clone(),
            }),
            Error::FileStore(FileStoreError::Missing { .. }) => Some(NextStep::CreateFileStore),
            Error::FileStore(FileStoreError::PassphraseNeeded) => Some(NextStep::EnterPassphrase),
            Error::FileStore(
                FileStoreError::Agent { .. } | FileStoreError::AgentOutdated { .. },
            ) => Some(NextStep::RestartAgent),
            Error::FileStore(FileStoreError::AgentRunning { .. }) => Some(NextStep::StopAgent),
            Error::Team(TeamError::NotSetUp) => Some(NextStep::ChooseTeamStore),
            Error::Onboarding(OnboardingError::ReplyLate { .. }) => Some(NextStep::AcceptLateReply),
            Error::Api(ApiError::ScopeMissing {
                name,
                needs,
                granted,
            }) => Some(NextStep::SignInWithScope {
                connection: name.clone(),
                scopes: granted.iter().cloned().chain(needs.clone()).collect(),
                known: needs.is_some(),
            }),
            Error::SignIn(SignInError::RevokeUnreachable { name, .. }) => {
                Some(NextStep::DeleteLocally {
                    connection: name.clone(),
                })
            }
            Error::SignIn(SignInError::NeedsSignIn { name, .. })
            | Error::Onboarding(OnboardingError::SignInFirst { name, .. })
            | Error::Api(ApiError::NoApiDomain { name } | ApiError::TokenRefused { name }) => {
                Some(NextStep::SignIn {
                    connection: name.clone(),
                })
            }
            _ => None,
        }
    }

    /// The system's own words behind the error (an OS error, a server's answer, a parser's
    /// complaint), for a "Details" a person may open or pass on to support. The message never
    /// carries them: it says what happened and what to do, in words a person can act on.
    pub fn details(&self) -> Option<String> {
        use FileStoreError as F;
        use KeychainError as K;
        use TeamError as T;
        let text = match self {
            Error::Keychain(
                K::Unavailable { reason } | K::Locked { reason } | K::Failure { reason },
            )
            | Error::FileStore(
                F::Corrupt { reason, .. } | F::KeyDamaged { reason, .. } | F::Agent { reason },
            )
            | Error::Team(
                T::Unreachable { reason, .. }
                | T::AppRoleRefused { reason }
                | T::SecretIdFile { reason, .. }
                | T::CaCert { reason, .. }
                | T::RecordUnreadable { reason, .. },
            )
            | Error::File(
                FileError::DraftCorrupt { reason, .. }
                | FileError::ConnectionsCorrupt { reason, .. },
            )
            | Error::Browser(BrowserError::LaunchFailed { reason, .. })
            | Error::Clipboard(ClipboardError::Unavailable { reason })
            | Error::SignIn(
                SignInError::ListenerFailed { reason, .. }
                | SignInError::RevokeUnreachable { reason, .. },
            )
            | Error::Zoho(ZohoError::BadResponse { reason })
            | Error::Network(NetworkError::Unreachable { reason })
            | Error::Onboarding(
                OnboardingError::RequestUnreadable { reason }
                | OnboardingError::ReplyUnreadable { reason }
                | OnboardingError::SelfClientFileUnreadable { reason },
            ) => reason.clone(),
            Error::Team(T::Answer {
                status, message, ..
            }) => format!("HTTP {status}: {message}"),
            Error::Zoho(ZohoError::Unexpected { error }) => format!("Zoho's error: {error}"),
            Error::File(
                FileError::CannotWrite { source, .. } | FileError::CannotRead { source, .. },
            ) => source.to_string(),
            _ => return None,
        };
        Some(text)
    }

    /// The values the message names, by name (`{"port": 47823}`), so each front end and
    /// language words the error from its kind and these.
    pub fn args(&self) -> serde_json::Value {
        let values = match self {
            Error::Input(e) => serde_json::to_value(e),
            Error::Store(e) => serde_json::to_value(e),
            Error::Keychain(e) => serde_json::to_value(e),
            Error::FileStore(e) => serde_json::to_value(e),
            Error::Team(e) => serde_json::to_value(e),
            Error::Onboarding(e) => serde_json::to_value(e),
            Error::Api(e) => serde_json::to_value(e),
            Error::File(e) => serde_json::to_value(e),
            Error::Browser(e) => serde_json::to_value(e),
            Error::Clipboard(e) => serde_json::to_value(e),
            Error::SignIn(e) => serde_json::to_value(e),
            Error::Zoho(e) => serde_json::to_value(e),
            Error::Network(e) => serde_json::to_value(e),
        };
        match values {
            Ok(serde_json::Value::Object(map)) => serde_json::Value::Object(map),
            // A variant without values, or a value that does not serialise (a path that is not
            // UTF-8): the message's English words still carry it.
            _ => serde_json::Value::Object(serde_json::Map::new()),
        }
    }

    /// The message and, apart, its details: for a front end that shows one text (a terminal).
    pub fn with_details(&self) -> String {
        match self.details() {
            Some(details) => format!("{self} (Details: {details})"),
            None => self.to_string(),
        }
    }

    /// The error in the serialisable shape front ends pass on, with the front end's own wording of
    /// the next step appended to the message.
    pub fn to_problem_with(&self, advice: impl Fn(&NextStep) -> String) -> Problem {
        let next_step = self.next_step();
        let message = match &next_step {
            Some(step) => format!("{self} {}", advice(step)),
            None => self.to_string(),
        };
        Problem {
            kind: self.kind(),
            category: self.category(),
            args: self.args(),
            message,
            field: self.field(),
            field_label: self.field().map(Field::label),
            next_step,
            details: self.details(),
        }
    }

    /// [`Error::to_problem_with`] without advice: for problems shown next to a form field.
    pub fn to_problem(&self) -> Problem {
        self.to_problem_with(|_| String::new())
    }
}

/// A serialisable view of an [`Error`]: `{kind, category, message, field, nextStep}`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub kind: &'static str,
    pub category: Category,
    /// The values the message names (see [`Error::args`]).
    pub args: serde_json::Value,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<Field>,
    /// The field's name in a "still needed" list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field_label: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<NextStep>,
    /// The system's own words, shown only under "Details" (see [`Error::details`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_snake_case_variant_names_and_fields_come_from_input_errors() {
        let err = Error::from(InputError::OrgIdEmpty);
        assert_eq!(err.kind(), "org_id_empty");
        assert_eq!(err.field(), Some(Field::CatalystOrg));
        assert_eq!(err.category(), Category::Input);
        let err = Error::from(KeychainError::Locked { reason: "x".into() });
        assert_eq!(err.kind(), "keychain_locked");
        assert_eq!(err.field(), None);
        assert_eq!(err.category(), Category::SecretStore);
        assert_eq!(err.next_step(), Some(NextStep::ChooseFileStore));
    }

    #[test]
    fn front_ends_add_their_own_next_step() {
        let err = Error::from(SignInError::NeedsSignIn {
            name: "crm".into(),
            why: "it has never been connected",
        });
        assert_eq!(err.category(), Category::NeedsSignIn);
        assert_eq!(
            err.to_string(),
            "\"crm\" has no working sign-in: it has never been connected."
        );
        let problem = err.to_problem_with(|step| match step {
            NextStep::SignIn { connection } => format!("Run `zcw login {connection}`."),
            _ => String::new(),
        });
        assert!(problem.message.ends_with("connected. Run `zcw login crm`."));
        let json = serde_json::to_value(&problem).unwrap();
        assert_eq!(json["nextStep"]["step"], "signIn");
        assert_eq!(json["nextStep"]["connection"], "crm");
        assert_eq!(json["category"], "needs_sign_in");
    }

    /// What a system says (an OS error, a server's answer): it belongs under Details.
    const RAW: &str = "os error 111 (Connection refused)";

    /// Every variant of one layer, as the core's error; a variant left out fails the count.
    fn every<E: strum::EnumCount + Into<Error>>(variants: Vec<E>) -> Vec<Error> {
        assert_eq!(
            variants.len(),
            E::COUNT,
            "every variant of {} is listed",
            std::any::type_name::<E>()
        );
        variants.into_iter().map(Into::into).collect()
    }

    #[test]
    fn every_error_says_what_to_do_in_whole_sentences_with_the_systems_words_apart() {
        // The core's words must suit both the CLI and the app: each front end words the next
        // step (a command, or a button) from `next_step`.
        let all: Vec<Error> = [
            every::<InputError>(vec![
                InputError::UnknownDataCentre {
                    given: "x".into(),
                    known: "x".into(),
                },
                InputError::ClientNameEmpty { example: "x" },
                InputError::ClientNameInvalidChars { chars: "x".into() },
                InputError::PortEmpty {
                    field: Field::Dc,
                    min: 1,
                    max: 1,
                },
                InputError::PortNotNumber {
                    field: Field::Dc,
                    given: "x".into(),
                    min: 1,
                    max: 1,
                },
                InputError::PortOutOfRange {
                    field: Field::Dc,
                    value: 1,
                    min: 1,
                    max: 1,
                },
                InputError::PortsClash { port: 1 },
                InputError::ProjectNameEmpty,
                InputError::ProjectNameInvalidChars { chars: "x".into() },
                InputError::OrgIdEmpty,
                InputError::OrgIdNotNumeric { given: "x".into() },
                InputError::OrgIdNotInUrl,
                InputError::UnknownEnvironment { given: "x".into() },
                InputError::FunctionNameEmpty,
                InputError::FunctionNameInvalidChars { chars: "x".into() },
                InputError::UrlEmpty { field: Field::Dc },
                InputError::UrlMalformed {
                    field: Field::Dc,
                    given: "x".into(),
                    reason: "x".into(),
                },
                InputError::UrlNotHttps {
                    field: Field::Dc,
                    given: "x".into(),
                },
                InputError::UrlLoopbackIp {
                    field: Field::Dc,
                    suggestion: "x".into(),
                },
                InputError::UrlHasQueryOrFragment {
                    field: Field::Dc,
                    given: "x".into(),
                },
                InputError::UrlHasCredentials {
                    field: Field::Dc,
                    given: "x".into(),
                },
                InputError::ConnectionNameEmpty,
                InputError::ConnectionNameInvalidChars { chars: "x".into() },
                InputError::ConnectionNameTooLong { max: 1 },
                InputError::ConnectionExists { name: "x".into() },
                InputError::ConnectionNotFound { name: "x".into() },
                InputError::ClientIdEmpty,
                InputError::ClientIdLooksLikeSecret,
                InputError::ClientIdHasSpaces,
                InputError::ClientSecretEmpty,
                InputError::ClientSecretLooksLikeId,
                InputError::PassphraseTooShort { min: 1 },
                InputError::PassphraseMismatch,
                InputError::WrongPassphrase,
                InputError::ServerUrlRejected {
                    variable: "ZCW_X",
                    value: "x".into(),
                    reason: "x",
                },
                InputError::AccountChanged {
                    previous: "x".into(),
                    now: "x".into(),
                },
                InputError::TeamAddressRejected {
                    value: "x".into(),
                    reason: "x",
                },
                InputError::TeamPathInvalid {
                    field: Field::Dc,
                    value: "x".into(),
                },
                InputError::TeamAppRoleIncomplete,
                InputError::ConnectionNameDots,
                InputError::PastedAddressInvalid {
                    reason: "x".into(),
                    expected: "x".into(),
                },
                InputError::RequesterEmpty,
                InputError::RequesterInvalidChars { chars: "x".into() },
                InputError::RequesterTooLong { max: 1 },
                InputError::RequesterLooksLikeCode,
                InputError::RequestNameLooksLikeCode,
                InputError::RequestLifetimeOutOfRange {
                    given: "x".into(),
                    min: "x".into(),
                    max: "x".into(),
                },
            ]),
            every::<StoreError>(vec![
                StoreError::ReadBackMismatch { store: "x" },
                StoreError::SecretMissing {
                    name: "x".into(),
                    store: "x",
                },
            ]),
            every::<FileError>(vec![
                FileError::ConfigDirUnknown,
                FileError::CannotWrite {
                    path: "p".into(),
                    source: std::io::Error::other(RAW),
                },
                FileError::CannotRead {
                    path: "p".into(),
                    source: std::io::Error::other(RAW),
                },
                FileError::NotYours { path: "p".into() },
                FileError::NotARegularFile { path: "p".into() },
                FileError::TooLarge {
                    path: "p".into(),
                    max_kib: 1,
                },
                FileError::NotText { path: "p".into() },
                FileError::DraftCorrupt {
                    reason: RAW.into(),
                    moved_to: "p".into(),
                },
                FileError::ConnectionsCorrupt {
                    reason: RAW.into(),
                    moved_to: "p".into(),
                },
                FileError::ConnectionsFromNewerVersion {
                    path: "p".into(),
                    version: 3,
                },
            ]),
            every::<BrowserError>(vec![
                BrowserError::LaunchFailed {
                    url: "x".into(),
                    reason: RAW.into(),
                },
                BrowserError::UntrustedUrl { url: "x".into() },
            ]),
            every::<ClipboardError>(vec![ClipboardError::Unavailable { reason: RAW.into() }]),
            every::<SignInError>(vec![
                SignInError::PortInUse { port: 1 },
                SignInError::PortPermissionDenied { port: 1 },
                SignInError::ListenerFailed {
                    port: 1,
                    reason: RAW.into(),
                },
                SignInError::TimedOut {
                    seconds: 1,
                    causes: vec![crate::cause::Cause::OtherComputer],
                },
                SignInError::Cancelled,
                SignInError::Declined,
                SignInError::UntrustedAccountsServer { server: "x".into() },
                SignInError::NotStarted,
                SignInError::Discarded {
                    previous: "x".into(),
                },
                SignInError::RevokeUnreachable {
                    name: "x".into(),
                    reason: RAW.into(),
                },
                SignInError::NeedsSignIn {
                    name: "x".into(),
                    why: "x",
                },
            ]),
            every::<ZohoError>(vec![
                ZohoError::InvalidClient,
                ZohoError::InvalidClientSecret,
                ZohoError::InvalidCode,
                ZohoError::InvalidRedirectUri { uri: "x".into() },
                ZohoError::RateLimited,
                ZohoError::AccessDenied,
                ZohoError::Unexpected { error: RAW.into() },
                ZohoError::BadResponse { reason: RAW.into() },
                ZohoError::TokenRateLimited {
                    name: "x".into(),
                    wait_secs: 1,
                },
            ]),
            every::<NetworkError>(vec![
                NetworkError::Timeout { seconds: 1 },
                NetworkError::Unreachable { reason: RAW.into() },
            ]),
            every::<ApiError>(vec![
                ApiError::OtherHost {
                    name: "x".into(),
                    given: "x".into(),
                    domain: "x".into(),
                },
                ApiError::BadTarget { given: "x".into() },
                ApiError::BadHeader { name: "x".into() },
                ApiError::HeaderRefused { header: "x".into() },
                ApiError::NoApiDomain { name: "x".into() },
                ApiError::TokenRefused { name: "x".into() },
                ApiError::ScopeMissing {
                    name: "x".into(),
                    needs: None,
                    granted: Vec::new(),
                },
                ApiError::ApiRateLimited { name: "x".into() },
            ]),
            every::<OnboardingError>(vec![
                OnboardingError::RequestUnreadable { reason: RAW.into() },
                OnboardingError::RequestExpired {
                    from: "x".into(),
                    when: "x".into(),
                },
                OnboardingError::NotFromRequest { name: "x".into() },
                OnboardingError::SignInFirst {
                    name: "x".into(),
                    from: "x".into(),
                },
                OnboardingError::NoSuchRequest { name: "x".into() },
                OnboardingError::RequestExists { name: "x".into() },
                OnboardingError::AlreadyAnswered {
                    name: "x".into(),
                    when: "x".into(),
                },
                OnboardingError::ReplyUnreadable { reason: RAW.into() },
                OnboardingError::ReplyForAnotherRequest {
                    name: "x".into(),
                    expected: "x".into(),
                },
                OnboardingError::ReplyInvalid {
                    name: "x".into(),
                    reason: "x".into(),
                },
                OnboardingError::RequesterRefused { why: "x" },
                OnboardingError::RequestFromTheFuture { when: "x".into() },
                OnboardingError::FingerprintMismatch,
                OnboardingError::ReplyLate {
                    name: "x".into(),
                    when: "x".into(),
                },
                OnboardingError::SelfClientFileUnreadable { reason: RAW.into() },
                OnboardingError::SelfClientCodeExpired { when: "x".into() },
                OnboardingError::ReconnectSelfClient { name: "x".into() },
                OnboardingError::ReconnectNotFromRequest { name: "x".into() },
                OnboardingError::ReconnectOtherClient {
                    name: "x".into(),
                    asked: "x".into(),
                },
                OnboardingError::ReconnectKeptOtherClient {
                    name: "x".into(),
                    asked: "x".into(),
                },
            ]),
            every::<TeamError>(vec![
                TeamError::Unreachable {
                    address: "x".into(),
                    reason: RAW.into(),
                },
                TeamError::QuorumLost {
                    addresses: "x".into(),
                    down: 1,
                    nodes: 1,
                },
                TeamError::NoActiveNode {
                    addresses: "x".into(),
                    seconds: 1,
                },
                TeamError::Sealed {
                    address: "x".into(),
                },
                TeamError::TokenMissing,
                TeamError::TokenRejected {
                    address: "x".into(),
                },
                TeamError::PermissionDenied {
                    capability: "x",
                    path: "x".into(),
                },
                TeamError::AppRoleRefused { reason: RAW.into() },
                TeamError::SecretIdFile {
                    path: "p".into(),
                    reason: RAW.into(),
                },
                TeamError::CaCert {
                    path: "p".into(),
                    reason: RAW.into(),
                },
                TeamError::Answer {
                    address: "x".into(),
                    status: 1,
                    message: RAW.into(),
                },
                TeamError::RecordUnreadable {
                    path: "x".into(),
                    reason: RAW.into(),
                },
                TeamError::RecordDamaged {
                    path: "x".into(),
                    problem: "x".into(),
                },
                TeamError::Conflict { what: "x".into() },
                TeamError::RefreshStuck {
                    name: "x".into(),
                    seconds: 1,
                },
                TeamError::NotSetUp,
            ]),
            every::<KeychainError>(vec![
                KeychainError::Unavailable { reason: RAW.into() },
                KeychainError::Locked { reason: RAW.into() },
                KeychainError::Timeout { seconds: 1 },
                KeychainError::TooLong {
                    what: "x".into(),
                    limit: 1,
                },
                KeychainError::Failure { reason: RAW.into() },
            ]),
            every::<FileStoreError>(vec![
                FileStoreError::Missing { path: "p".into() },
                FileStoreError::Corrupt {
                    path: "p".into(),
                    reason: RAW.into(),
                },
                FileStoreError::KeyMismatch {
                    path: "p".into(),
                    key: "k".into(),
                },
                FileStoreError::KeyDamaged {
                    path: "p".into(),
                    key: "k".into(),
                    reason: RAW.into(),
                },
                FileStoreError::TooMuchWork {
                    path: "p".into(),
                    required: 22,
                    allowed: 18,
                },
                FileStoreError::KeyMissing {
                    path: "p".into(),
                    key: "k".into(),
                },
                FileStoreError::PassphraseNeeded,
                FileStoreError::Agent { reason: RAW.into() },
                FileStoreError::AgentOutdated {
                    found: 1,
                    expected: 2,
                },
                FileStoreError::AgentRunning { path: "p".into() },
            ]),
        ]
        .into_iter()
        .flatten()
        .collect();
        let mut kinds = std::collections::HashSet::new();
        let mut unactionable = Vec::new();
        // The app words each error from its kind and values, in each language's catalog.
        let catalog = include_str!("../../../src-tauri/locales/en.ftl");
        for err in &all {
            let kind = err.kind();
            assert!(kinds.insert(kind), "two variants are {kind}");
            let words = catalog
                .lines()
                .find_map(|line| line.strip_prefix(&format!("error-{kind} = ")))
                .unwrap_or_else(|| panic!("the app's catalog has no error-{kind}"));
            let args = err.args();
            for value in words.split("{ $").skip(1) {
                let name = value.split([' ', '}']).next().unwrap_or_default();
                assert!(
                    args.get(name).is_some(),
                    "error-{kind} names {name}, which the error does not give: {args}"
                );
            }
            let text = err.to_string();
            for word in ["zcw", "`", " --", "Connect in the app"] {
                assert!(!text.contains(word), "{kind}: {text}");
            }
            // The system's own words are under Details, never in the message.
            assert!(
                !text.contains(RAW),
                "{kind} shows the system's words: {text}"
            );
            let raw_given = format!("{err:?}").contains(RAW);
            assert_eq!(
                err.details().is_some_and(|d| d.contains(RAW)),
                raw_given,
                "{kind}: details {:?}",
                err.details()
            );
            // Whole sentences: what happened, then what to do (or a next step each front end
            // words as a button or a command).
            if !text.ends_with('.') {
                unactionable.push(format!("{kind} is not whole sentences: {text}"));
            }
            let sentences = text
                .split(". ")
                .filter(|sentence| sentence.split_whitespace().count() > 2)
                .count();
            // A field's error sits beside the field it asks to change: one sentence may do.
            if sentences < 2 && err.next_step().is_none() && err.field().is_none() {
                unactionable.push(format!("{kind}: {text}"));
            }
        }
        assert!(
            unactionable.is_empty(),
            "say what happened, then what to do:\n{}",
            unactionable.join("\n")
        );
    }
}
