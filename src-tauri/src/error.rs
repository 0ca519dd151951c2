//! The shell's error type and the `{kind, category, args, message, field, nextStep}` shape the
//! webview receives: the screens word it from the catalogs by its kind and values (`message` is the
//! English, for a kind the catalogs do not know), and the next step names a button, not a command.

use serde::{Serialize, Serializer};
use serde_json::json;
use zcw_core::NextStep;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Core(#[from] zcw_core::Error),
    /// Details say only that it stopped: a panic's message could quote data.
    #[error("A background task stopped unexpectedly. Try again; if it keeps happening, restart the app.")]
    Worker(String),
    /// The settings could not be read: the core's error (its kind, values and details).
    #[error("Zoho Credential Wizard cannot work on this computer yet. {}", cause.message)]
    Startup { cause: Box<zcw_core::Problem> },
    /// A file the person chose could not be written; the system's words go under Details.
    #[error("{path} could not be written. Choose another file, or paste the text instead.")]
    File {
        path: String,
        details: Option<String>,
    },
    /// The Self Client file could not be deleted; the system's words go under Details.
    #[error("{path} could not be deleted. Delete it yourself in your file manager: it holds the Client Secret in plain text.")]
    CannotDelete {
        path: String,
        details: Option<String>,
    },
    /// Delete was clicked with no Self Client file imported in this window.
    #[error("No Self Client file was imported in this window, so nothing was deleted. If a self_client.json is still in your downloads, delete it yourself.")]
    NoSelfClientFile,
    /// Save was clicked with no request made in this window.
    #[error(
        "No request was made in this window, so there is nothing to save. Make the request again."
    )]
    NoRequestMade,
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
            format!("Open “{connection}” and click Sign in again.")
        }
        NextStep::ReplaceSecret { connection } => format!(
            "Open “{connection}” and click Replace secret; if the secret is lost, regenerate it in the Zoho API console."
        ),
        NextStep::ListConnections => "Go back to All connections to see the saved ones.".into(),
        NextStep::ChooseFileStore => "Or use the encrypted file instead.".into(),
        NextStep::CreateFileStore => {
            "Choose the encrypted file under “Change where secrets are saved” on the Connections screen first.".into()
        }
        NextStep::EnterPassphrase => {
            "Type the passphrase you chose for it into the field above, then click Unlock the encrypted file.".into()
        }
        NextStep::DeleteLocally { .. } => {
            "Try again when Zoho can be reached, or choose “… on this computer only” below.".into()
        }
        NextStep::AllowAccountChange => {
            "Sign in again and choose Switch when asked about the other account.".into()
        }
        NextStep::RestartAgent => {
            "Quit the app and open it again. If the encrypted file is held unlocked in the background, lock it first (a developer runs zcw lock).".into()
        }
        NextStep::StopAgent => {
            "Lock the encrypted file held unlocked in the background first (a developer runs zcw lock).".into()
        }
        NextStep::ChooseTeamStore => {
            "Choose the team store under “Change where secrets are saved” on the Connections screen.".into()
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
            Error::Worker(details) => shell_problem(self, "worker_failed", "other", json!({}))
                .details(&Some(details.clone()))
                .serialize(serializer),
            Error::Startup { cause } => json!({
                "kind": "cannot_start",
                "category": "other",
                "message": self.to_string(),
                "args": {},
                "cause": cause,
                "details": cause.details,
            })
            .serialize(serializer),
            Error::File { path, details } => {
                shell_problem(self, "file_unusable", "input", json!({ "path": path }))
                    .details(details)
                    .serialize(serializer)
            }
            Error::CannotDelete { path, details } => {
                shell_problem(self, "cannot_delete", "other", json!({ "path": path }))
                    .details(details)
                    .serialize(serializer)
            }
            Error::NoSelfClientFile => {
                shell_problem(self, "no_self_client_file", "input", json!({})).serialize(serializer)
            }
            Error::RequestChanged => {
                shell_problem(self, "request_changed", "input", json!({})).serialize(serializer)
            }
            Error::NothingToImport => {
                shell_problem(self, "nothing_to_import", "input", json!({})).serialize(serializer)
            }
            Error::NoRequestMade => {
                shell_problem(self, "no_request_made", "input", json!({})).serialize(serializer)
            }
        }
    }
}

/// The shape of a shell error: the same fields as a core [`zcw_core::Problem`].
struct ShellProblem(serde_json::Value);

fn shell_problem(
    error: &Error,
    kind: &str,
    category: &str,
    args: serde_json::Value,
) -> ShellProblem {
    ShellProblem(json!({
        "kind": kind,
        "category": category,
        "message": error.to_string(),
        "args": args,
    }))
}

impl ShellProblem {
    fn details(mut self, details: &Option<String>) -> Self {
        if let Some(details) = details {
            self.0["details"] = json!(details);
        }
        self
    }

    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// A core error in the shape the webview receives, with the next step in the app's words.
pub fn problem(error: &zcw_core::Error) -> zcw_core::Problem {
    error.to_problem_with(next_step)
}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_next_step_is_a_whole_sentence_naming_what_to_click() {
        let connection = || "crm".to_string();
        let steps = [
            NextStep::SignIn {
                connection: connection(),
            },
            NextStep::ReplaceSecret {
                connection: connection(),
            },
            NextStep::ListConnections,
            NextStep::ChooseFileStore,
            NextStep::CreateFileStore,
            NextStep::EnterPassphrase,
            NextStep::AllowAccountChange,
            NextStep::DeleteLocally {
                connection: connection(),
            },
            NextStep::RestartAgent,
            NextStep::StopAgent,
            NextStep::ChooseTeamStore,
            NextStep::AcceptLateReply,
            NextStep::AskCustomer {
                connection: connection(),
            },
            NextStep::SignInWithScope {
                connection: connection(),
                scopes: vec!["ZohoCRM.modules.ALL".into()],
                known: true,
            },
        ];
        for step in &steps {
            let words = next_step(step);
            assert!(words.ends_with('.'), "{step:?}: {words}");
            assert!(
                words.chars().next().is_some_and(char::is_uppercase),
                "{words}"
            );
            // The app names buttons, not terminal commands.
            assert!(!words.contains('`') && !words.contains(" --"), "{words}");
        }
    }

    #[test]
    fn the_systems_words_reach_the_webview_apart_from_the_message() {
        let error = Error::Core(
            zcw_core::error::NetworkError::Unreachable {
                reason: "os error 111".into(),
            }
            .into(),
        );
        let json = serde_json::to_value(&error).unwrap();
        assert!(!json["message"].as_str().unwrap().contains("os error"));
        assert_eq!(json["details"], "os error 111");
        let file = Error::File {
            path: "/tmp/x".into(),
            details: Some("Permission denied (os error 13)".into()),
        };
        let json = serde_json::to_value(&file).unwrap();
        assert_eq!(
            json["message"],
            "/tmp/x could not be written. Choose another file, or paste the text instead."
        );
        assert_eq!(json["details"], "Permission denied (os error 13)");
    }
}
