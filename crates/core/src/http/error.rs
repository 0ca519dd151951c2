//! Zoho (or another server) could not be reached.

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
