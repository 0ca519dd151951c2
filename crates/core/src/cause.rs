//! Why a sign-in may never come back from Zoho's page, as kinds with their values: the CLI says
//! them in English, the app in each language from its catalog (`cause-<kind>`).

use serde::Serialize;

/// One likely cause, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Cause {
    /// The redirect URI registered in the console is not exactly `uri`.
    RedirectUri { uri: String },
    /// The client is registered in another data centre's console than `console`.
    OtherDataCentre { console: String },
    /// The browser is on another computer, or cannot reach this one.
    OtherComputer,
    /// No cause is known: start again.
    StartAgain,
}

impl std::fmt::Display for Cause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cause::RedirectUri { uri } => write!(
                f,
                "The redirect URI registered in the Zoho API console is not exactly {uri} (same port, no trailing slash, localhost rather than 127.0.0.1). Zoho then shows \"Invalid Redirect Uri\" in the browser instead of coming back. Add it to the client in the console."
            ),
            Cause::OtherDataCentre { console } => write!(
                f,
                "The client is registered in another data centre's console than {console}. Check that the console you used matches the data centre you chose."
            ),
            Cause::OtherComputer => f.write_str(
                "The browser is on another computer, or cannot reach this one. Copy the address the browser ended on after Accept and paste it here.",
            ),
            Cause::StartAgain => {
                f.write_str("Start the sign-in again and finish it in the browser.")
            }
        }
    }
}

/// "1. … 2. …": the causes in one paragraph, for a message.
pub fn numbered(causes: &[Cause]) -> String {
    causes
        .iter()
        .enumerate()
        .map(|(i, cause)| format!("{}. {cause}", i + 1))
        .collect::<Vec<_>>()
        .join(" ")
}
