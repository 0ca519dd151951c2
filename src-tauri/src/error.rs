//! The shell's error type and the `{kind, category, message, field, nextStep}` shape the webview
//! receives, with the next step worded for the app (a button, not a command).

use serde::{Serialize, Serializer};
use zcw_core::NextStep;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Core(#[from] zcw_core::Error),
    #[error("A background task stopped unexpectedly ({0}). Try again; if it keeps happening, restart the app.")]
    Worker(String),
    #[error("{0}")]
    Startup(String),
    /// A file the person chose could not be read or written.
    #[error("{0} Choose another file, or paste the text instead.")]
    File(String),
    /// The request on screen is not the one being answered any more.
    #[error("The request on the screen is no longer the one being answered, so nothing was saved. Open the request again and check its fingerprint.")]
    RequestChanged,
    /// Confirm was clicked with no reply opened.
    #[error("No reply is open any more, so nothing was imported. Open the reply again.")]
    NothingToImport,
}

impl From<zcw_core::error::InputError> for Error {
    fn from(e: zcw_core::error::InputError) -> Self {
        Error::Core(e.into())
    }
}

/// The next step in the app's words.
pub fn next_step(step: &NextStep) -> String {
    match step {
        NextStep::AskCustomer { .. } => {
            "Its sign-in is your customer's: click Ask the customer to reconnect, and their admin signs in again.".into()
        }
        NextStep::SignIn { connection } => {
            format!("Open “{connection}” and click Reconnect to sign in again.")
        }
        NextStep::ReplaceSecret { connection } => format!(
            "Open “{connection}” and click Replace secret; if the secret is lost, regenerate it in the Zoho API console."
        ),
        NextStep::ListConnections => "Go back to All connections to see the saved ones.".into(),
        NextStep::ChooseFileStore => "Or use the encrypted file instead.".into(),
        NextStep::CreateFileStore => {
            "Choose the encrypted file on the Connections screen first.".into()
        }
        NextStep::EnterPassphrase => "Type it in the passphrase field and try again.".into(),
        NextStep::DeleteLocally { .. } => {
            "Try again when Zoho can be reached, or choose “here only” to delete it on this computer and revoke it by hand.".into()
        }
        NextStep::AllowAccountChange => {
            "Connect again and choose Keep when asked to switch accounts.".into()
        }
        NextStep::RestartAgent => {
            "Stop the agent (zcw lock in a terminal), or quit the app and open it again.".into()
        }
        NextStep::StopAgent => "Stop the running agent first (zcw lock in a terminal).".into(),
        NextStep::ChooseTeamStore => {
            "Choose a team store under Where secrets are kept on the Connections screen.".into()
        }
        NextStep::SignInWithScope { connection, .. } => format!(
            "Sign in to “{connection}” again, adding the scope it needs to the access it asks for."
        ),
        NextStep::AcceptLateReply => {
            "If you expected it, tick “I expected this reply after the request expired” and import it again.".into()
        }
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Error::Core(e) => problem(e).serialize(serializer),
            Error::Worker(_) => serde_json::json!({
                "kind": "worker_failed",
                "category": "other",
                "message": self.to_string(),
            })
            .serialize(serializer),
            Error::Startup(_) => serde_json::json!({
                "kind": "cannot_start",
                "category": "other",
                "message": self.to_string(),
            })
            .serialize(serializer),
            Error::File(_) => serde_json::json!({
                "kind": "file_unusable",
                "category": "input",
                "message": self.to_string(),
            })
            .serialize(serializer),
            Error::RequestChanged | Error::NothingToImport => serde_json::json!({
                "kind": if matches!(self, Error::RequestChanged) { "request_changed" } else { "nothing_to_import" },
                "category": "input",
                "message": self.to_string(),
            })
            .serialize(serializer),
        }
    }
}

/// A core error in the shape the webview receives, with the next step in the app's words.
pub fn problem(error: &zcw_core::Error) -> zcw_core::Problem {
    error.to_problem_with(next_step)
}

pub type Result<T> = std::result::Result<T, Error>;
