//! What the shell keeps while it runs: the draft file, the connections, and the encrypted file
//! store's passphrase once the user has entered it (in memory only, wiped on exit).

use std::sync::{Arc, Mutex};

use zcw_core::connections::Connections;
use zcw_core::draft::DraftStore;
use zcw_core::secret::Passphrase;

pub struct AppState {
    pub drafts: DraftStore,
    pub connections: Arc<Connections>,
    passphrase: Mutex<Option<Passphrase>>,
}

impl AppState {
    pub fn new(drafts: DraftStore, connections: Connections) -> Self {
        AppState {
            drafts,
            connections: Arc::new(connections),
            passphrase: Mutex::new(None),
        }
    }

    /// The passphrase to use: the one just entered (remembered for the session), or the
    /// remembered one.
    pub fn passphrase(&self, entered: Option<Passphrase>) -> Option<Passphrase> {
        let mut remembered = self.passphrase.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(entered) = entered.filter(|p| !p.is_empty()) {
            *remembered = Some(entered);
        }
        remembered.clone()
    }

    /// Forgets a passphrase the store rejected.
    pub fn forget_passphrase(&self) {
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}
