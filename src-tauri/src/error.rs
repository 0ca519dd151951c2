//! The shell's error type and its `{kind, message}` form for the webview.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Core(#[from] zcw_core::Error),
    #[error("A background task stopped unexpectedly ({0}). Try again; if it keeps happening, restart the app.")]
    Worker(String),
}

impl Error {
    fn kind(&self) -> &'static str {
        match self {
            Error::Core(e) => e.kind(),
            Error::Worker(_) => "worker_failed",
        }
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Error", 3)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        // Which input the message belongs next to, when it is about one.
        let field = match self {
            Error::Core(e) => e.field(),
            Error::Worker(_) => None,
        };
        s.serialize_field("field", &field)?;
        s.end()
    }
}

pub type Result<T> = std::result::Result<T, Error>;
