//! A request the staff sent and wait on: kept in the active home with its private key until the
//! reply is imported (then the key is deleted and the request marked answered) or it is cancelled.

use serde::{Deserialize, Serialize};

use super::request::Request;
use crate::clock;
use crate::secret_store::Place;

/// A request as its home keeps it (the key is kept beside it, as a secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pending {
    pub request: Request,
    /// Where its key is kept (this computer's keychain or encrypted file; the team store).
    #[serde(default)]
    pub key_store: Place,
    /// Set once its reply was imported; its key is gone since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<Answered>,
}

/// When a request's reply was imported, and which reply it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Answered {
    /// Seconds since the Unix epoch.
    pub at: u64,
    /// The reply's digest ([`super::reply::digest`]), hex: the same reply imported again is
    /// told apart from one this computer cannot open.
    pub reply_digest: String,
}

impl Answered {
    pub fn new(reply_text: &str, at: u64) -> Self {
        Answered {
            at,
            reply_digest: super::reply::digest(reply_text)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        }
    }
}

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RequestState {
    Waiting,
    Expired,
    Answered,
}

/// A request as lists show it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PendingView {
    pub name: String,
    pub from: String,
    pub fingerprint: String,
    pub state: RequestState,
    /// "Waiting for the reply · expires in 6 days", "Answered 2 hours ago".
    pub summary: String,
    pub expires_at: u64,
    /// When the reply was imported, for an answered one (the app words its own summary).
    pub answered_at: Option<u64>,
}

impl Pending {
    pub fn state(&self, now: u64) -> RequestState {
        if self.answered.is_some() {
            RequestState::Answered
        } else if now >= self.request.expires_at {
            RequestState::Expired
        } else {
            RequestState::Waiting
        }
    }

    pub fn view(&self, now: u64) -> PendingView {
        let state = self.state(now);
        let expires = clock::relative(self.request.expires_at, now);
        let summary = match (state, &self.answered) {
            (RequestState::Answered, Some(answered)) => {
                format!("Answered {}", clock::relative(answered.at, now))
            }
            (RequestState::Expired, _) => format!("Expired {expires}, no reply imported"),
            _ => format!("Waiting for the reply · expires {expires}"),
        };
        PendingView {
            name: self.request.name.clone(),
            from: self.request.from.clone(),
            fingerprint: self.request.fingerprint(),
            state,
            summary,
            expires_at: self.request.expires_at,
            answered_at: self.answered.as_ref().map(|a| a.at),
        }
    }
}
