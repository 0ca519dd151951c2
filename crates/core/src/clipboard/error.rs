//! What can go wrong with the clipboard.

/// The clipboard could not be used.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum ClipboardError {
    #[error("The clipboard cannot be used here. Copy needs a desktop session: run this where you will paste.")]
    Unavailable { reason: String },
}
