//! The CLI's errors: the core's, plus what only a terminal program meets (no terminal to ask
//! on, a prompt that could not be read). Each maps to an exit status and is printed with the option to correct
//! and the command to run next.

use zcw_core::{Category, Field, NextStep};

/// Something else failed (a file could not be written, the browser did not start).
pub const EXIT_FAILURE: u8 = 1;
/// Input the user must correct.
pub const EXIT_BAD_INPUT: u8 = 2;
/// The secret store (keychain or encrypted file) could not be used.
pub const EXIT_SECRET_STORE: u8 = 3;
/// The connection needs `zcw login` (never connected, or its refresh token stopped working).
pub const EXIT_NEEDS_LOGIN: u8 = 4;
/// Zoho's rate limit (or ours, which mirrors it) says wait.
pub const EXIT_RATE_LIMITED: u8 = 5;
/// Zoho could not be reached, or did not answer in time.
pub const EXIT_NETWORK: u8 = 6;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Core(#[from] zcw_core::Error),

    /// Several input problems at once (`zcw uris` reports every one).
    #[error("{} problems", .0.len())]
    Many(Vec<zcw_core::Error>),

    #[error("{action} needs a confirmation, and there is no terminal to ask on. Add --yes to go ahead without asking.")]
    ConfirmationNeeded { action: &'static str },

    #[error("Reading the {what} failed ({reason}).")]
    InputRead { what: &'static str, reason: String },

    #[error("Could not run {program}: {reason}.")]
    CommandFailed { program: String, reason: String },

    #[error("This would print a secret to the terminal, where it stays in the scrollback. Send the output where it is needed (a file or a pipe), or add --reveal to see it anyway.")]
    WouldShowSecret,

    /// The agent could not start; what it said, and the exit status its error maps to.
    #[error("{message}")]
    AgentFailed { message: String, code: u8 },

    #[error("{option} is needed: {what}.")]
    MissingOption {
        option: &'static str,
        what: &'static str,
    },

    #[error("{0}")]
    Usage(String),

    /// The user answered no; the command already said what it did not do.
    #[error("declined")]
    Declined,
}

pub type CliResult<T> = Result<T, CliError>;

impl<E: Into<zcw_core::Error>> From<Vec<E>> for CliError {
    fn from(errors: Vec<E>) -> Self {
        CliError::Many(errors.into_iter().map(Into::into).collect())
    }
}

impl From<zcw_core::error::InputError> for CliError {
    fn from(e: zcw_core::error::InputError) -> Self {
        CliError::Core(e.into())
    }
}

fn category_exit_code(category: Category) -> u8 {
    match category {
        Category::Input => EXIT_BAD_INPUT,
        Category::SecretStore => EXIT_SECRET_STORE,
        Category::NeedsSignIn => EXIT_NEEDS_LOGIN,
        Category::RateLimited => EXIT_RATE_LIMITED,
        Category::Network => EXIT_NETWORK,
        Category::Cancelled | Category::Other => EXIT_FAILURE,
    }
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Core(e) => category_exit_code(e.category()),
            CliError::Many(errors) => errors
                .first()
                .map_or(EXIT_FAILURE, |e| category_exit_code(e.category())),
            CliError::ConfirmationNeeded { .. }
            | CliError::WouldShowSecret
            | CliError::MissingOption { .. }
            | CliError::Usage(_) => EXIT_BAD_INPUT,
            // As shells report a command that cannot be run.
            CliError::CommandFailed { .. } => 127,
            CliError::AgentFailed { code, .. } => *code,
            CliError::InputRead { .. } | CliError::Declined => EXIT_FAILURE,
        }
    }

    /// Prints the error to stderr: each problem on its own line, prefixed with the option to
    /// correct, followed by the command to run next.
    pub fn report(&self) {
        match self {
            CliError::Core(e) => report_core(e),
            CliError::Many(errors) => errors.iter().for_each(report_core),
            CliError::Declined => {}
            other => eprintln!("zcw: {}", crate::printable::printable(&other.to_string())),
        }
    }
}

fn report_core(error: &zcw_core::Error) {
    let problem = error.to_problem_with(next_step);
    // A message may carry what a server or a file said: never as terminal control.
    let message = crate::printable::printable(&problem.message);
    match error.field().and_then(flag) {
        Some(flag) => eprintln!("zcw: {flag}: {message}"),
        None => eprintln!("zcw: {message}"),
    }
    // The system's own words, on a line of their own, for whoever looks into it.
    if let Some(details) = &problem.details {
        eprintln!("zcw: details: {}", crate::printable::printable(details));
    }
}

/// The option that sets a field, for "zcw: --org: ..." prefixes.
fn flag(field: Field) -> Option<&'static str> {
    Some(match field {
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
        Field::ConnectionName => "NAME",
        Field::ClientId => "--client-id",
        Field::ClientSecret => "client secret",
        Field::Passphrase => "passphrase",
        Field::PastedAddress => return None,
        Field::TeamAddress => "--vault-addr",
        Field::TeamMount => "--vault-mount",
        Field::TeamPrefix => "--vault-prefix",
        Field::TeamRoleId => "--vault-role-id",
        Field::RequestFrom => "--from",
        Field::RequestExpires => "--expires",
    })
}

/// The next step in the CLI's words.
pub fn next_step(step: &NextStep) -> String {
    match step {
        NextStep::SignIn { connection } => {
            format!("Sign in again with `zcw login {connection}`.")
        }
        NextStep::ReplaceSecret { connection } => format!(
            "Enter it again with `zcw set-secret {connection}`; if it is lost, regenerate it in the Zoho API console."
        ),
        NextStep::ListConnections => "Run `zcw list` to see the saved connections.".into(),
        NextStep::ChooseFileStore => {
            "Or choose the encrypted file instead: `zcw store --use file`.".into()
        }
        NextStep::CreateFileStore => "Choose it first with `zcw store --use file`.".into(),
        NextStep::EnterPassphrase => {
            "Enter it at the prompt, or pass --passphrase-file FILE.".into()
        }
        NextStep::DeleteLocally { connection } => format!(
            "Try again when Zoho can be reached, or add --local-only to delete it here only (zcw logout {connection} --local-only) and revoke it by hand."
        ),
        NextStep::AllowAccountChange => {
            "Sign in as the connection's account, or add --allow-account-change to switch to the new one.".into()
        }
        NextStep::RestartAgent => "Restart it: run `zcw lock`, then `zcw unlock`.".into(),
        NextStep::StopAgent => "Stop it with `zcw lock` first.".into(),
        NextStep::ChooseTeamStore => {
            "Choose one first: `zcw store --use vault --vault-addr URL`.".into()
        }
        NextStep::SignInWithScope {
            connection,
            scopes,
            known,
        } => {
            let flags: String = scopes.iter().map(|scope| format!(" --scope {scope}")).collect();
            if *known {
                format!("Sign in again with it added: `zcw login {connection}{flags}`.")
            } else {
                format!("Sign in again with that scope added: `zcw login {connection}{flags} --scope SCOPE`.")
            }
        }
        NextStep::AskCustomer { connection } => format!(
            "Its sign-in is your customer's: ask their admin to sign in again with a reconnect request, `zcw request new {connection} --reconnect` (add --scopes SCOPE for a missing one)."
        ),
        NextStep::AcceptLateReply => {
            "If you expected it, import it with --accept-late.".into()
        }
    }
}

#[cfg(test)]
mod tests {
    use zcw_core::error::{FileStoreError, InputError, SignInError};

    use super::*;

    #[test]
    fn exit_codes_follow_the_core_category() {
        let code = |e: zcw_core::Error| CliError::Core(e).exit_code();
        assert_eq!(code(InputError::OrgIdEmpty.into()), EXIT_BAD_INPUT);
        assert_eq!(code(InputError::WrongPassphrase.into()), EXIT_BAD_INPUT);
        assert_eq!(
            code(FileStoreError::PassphraseNeeded.into()),
            EXIT_SECRET_STORE
        );
        assert_eq!(
            code(
                SignInError::NeedsSignIn {
                    name: "n".into(),
                    why: zcw_core::oauth::error::NoSignIn::Disconnected
                }
                .into()
            ),
            EXIT_NEEDS_LOGIN
        );
        assert_eq!(
            CliError::ConfirmationNeeded { action: "x" }.exit_code(),
            EXIT_BAD_INPUT
        );
    }
}
