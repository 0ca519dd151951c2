//! What the shell keeps while it runs: the draft file, the connections, the sign-in in progress,
//! and the encrypted file store's passphrase once entered (in memory only, wiped on exit).

use std::sync::{Arc, Mutex};

use zcw_core::connections::Connections;
use zcw_core::draft::DraftStore;
use zcw_core::oauth::login::PendingLogin;
use zcw_core::secret::Passphrase;

pub struct AppState {
    pub drafts: DraftStore,
    pub connections: Arc<Connections>,
    passphrase: Mutex<Option<Passphrase>>,
    /// A sign-in whose listener is bound and whose URL was opened, until it is awaited.
    pub pending_login: tokio::sync::Mutex<Option<PendingLogin>>,
    /// Ends the sign-in being awaited: `None` cancels, `Some(address)` is a pasted redirect.
    pub login_interrupt: Mutex<Option<tokio::sync::oneshot::Sender<Option<String>>>>,
}

impl AppState {
    pub fn new(drafts: DraftStore, connections: Connections) -> Self {
        AppState {
            drafts,
            connections: Arc::new(connections),
            passphrase: Mutex::new(None),
            pending_login: tokio::sync::Mutex::new(None),
            login_interrupt: Mutex::new(None),
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

    /// Ends the sign-in being awaited, if any: `None` cancels it, `Some(address)` completes it with a
    /// pasted redirect.
    pub fn interrupt_login(&self, with: Option<String>) {
        let waiting = self
            .login_interrupt
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(interrupt) = waiting {
            let _ = interrupt.send(with);
        }
    }

    /// Forgets a passphrase the store rejected.
    pub fn forget_passphrase(&self) {
        *self.passphrase.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}
