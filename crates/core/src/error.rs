//! The core's error, [`Error`]: one of the layers' errors, each kept beside the code that fails
//! (input to correct in `rules`, secret stores, files, the browser, the clipboard, the sign-in and
//! Zoho in `oauth`, the network in `http`, the team store, onboarding, API calls). Here: what kind
//! of trouble it is ([`Category`]), what to do next ([`NextStep`], worded by each front end), and
//! the serialisable [`Problem`] with its kind and values for the app's catalogs.

use serde::Serialize;

pub use crate::api::error::ApiError;
pub use crate::browser::error::BrowserError;
pub use crate::clipboard::error::ClipboardError;
use crate::field::Field;
pub use crate::file_error::FileError;
pub use crate::http::error::NetworkError;
pub use crate::oauth::error::{SignInError, ZohoError};
pub use crate::onboarding::error::OnboardingError;
pub use crate::rules::error::InputError;
pub use crate::secret_store::error::{FileStoreError, KeychainError, StoreError};
pub use crate::team::error::TeamError;
pub use crate::updates::error::UpdateError;

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
    NetworkError,
    UpdateError
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
    #[error(transparent)]
    Update(#[from] UpdateError),
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
            Error::Update(e) => e.kind(),
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
            Error::Network(_)
            | Error::SignIn(SignInError::RevokeUnreachable { .. })
            | Error::Update(UpdateError::FeedUnreachable { .. }) => Category::Network,
            Error::File(_)
            | Error::Browser(_)
            | Error::Clipboard(_)
            | Error::SignIn(_)
            | Error::Zoho(_)
            | Error::Update(_) => Category::Other,
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
            | Error::Update(
                UpdateError::FeedUnreachable { reason, .. }
                | UpdateError::FeedUnreadable { reason }
                | UpdateError::DownloadFailed { reason }
                | UpdateError::InstallFailed { reason },
            )
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
            Error::Update(e) => serde_json::to_value(e),
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
    use crate::flaw::Flaw;

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
            why: crate::oauth::error::NoSignIn::NeverConnected,
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
                    reason: Flaw::AddressNotWeb,
                },
                InputError::AccountChanged {
                    previous: "x".into(),
                    now: "x".into(),
                },
                InputError::TeamAddressRejected {
                    value: "x".into(),
                    reason: Flaw::AddressEmpty,
                },
                InputError::TeamPathInvalid {
                    field: Field::Dc,
                    value: "x".into(),
                },
                InputError::TeamAppRoleIncomplete,
                InputError::ConnectionNameDots,
                InputError::PastedAddressInvalid {
                    reason: Flaw::PastedRepeated { part: "x".into() },
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
                StoreError::ReadBackMismatch {
                    store: crate::secret_store::Place::Keychain,
                },
                StoreError::SecretMissing {
                    name: "x".into(),
                    store: crate::secret_store::Place::Keychain,
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
                    why: crate::oauth::error::NoSignIn::Disconnected,
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
                    at: 0,
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
                    at: 0,
                },
                OnboardingError::ReplyUnreadable { reason: RAW.into() },
                OnboardingError::ReplyForAnotherRequest {
                    name: "x".into(),
                    expected: "x".into(),
                },
                OnboardingError::ReplyInvalid {
                    name: "x".into(),
                    reason: Flaw::OtherDataCentre {
                        dc: "x".into(),
                        asked: "x".into(),
                    },
                },
                OnboardingError::RequesterRefused {
                    why: Flaw::SenderTooLong { max: 1 },
                },
                OnboardingError::RequestFromNewerApp { version: 3 },
                OnboardingError::ReplyFromNewerApp { version: 2 },
                OnboardingError::RequestFromTheFuture {
                    when: "x".into(),
                    at: 0,
                },
                OnboardingError::FingerprintMismatch,
                OnboardingError::ReplyLate {
                    name: "x".into(),
                    when: "x".into(),
                    at: 0,
                },
                OnboardingError::SelfClientFileUnreadable { reason: RAW.into() },
                OnboardingError::SelfClientCodeExpired {
                    when: "x".into(),
                    at: 0,
                },
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
                    problem: Flaw::ScopesNotZohos,
                },
                TeamError::Conflict { path: "x".into() },
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
            every::<UpdateError>(vec![
                UpdateError::FeedUnreachable {
                    address: "x".into(),
                    reason: RAW.into(),
                },
                UpdateError::FeedUnreadable { reason: RAW.into() },
                UpdateError::SignatureRefused,
                UpdateError::DownloadFailed { reason: RAW.into() },
                UpdateError::InstallFailed { reason: RAW.into() },
                UpdateError::NothingToInstall,
                UpdateError::OfferChanged {
                    offered: "x".into(),
                    now: "y".into(),
                },
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
