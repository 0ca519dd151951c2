//! What the shell keeps while it runs: the core's context (settings, connections, HTTP), the draft
//! file, and the sign-in in progress, or why the app cannot work on this computer. The encrypted
//! file store's passphrase, once entered, stays unlocked inside the connections (in memory only,
//! wiped on exit).

use std::sync::{Arc, Mutex};

use zcw_core::clipboard::Clipboard;
use zcw_core::draft::DraftStore;
use zcw_core::oauth::sign_in::SignInSlot;
use zcw_core::onboarding::request::Request;
use zcw_core::onboarding::staff::Created;
use zcw_core::Context;

use crate::error::{Error, Result};

#[derive(Debug)]
pub struct Ready {
    pub ctx: Arc<Context>,
    pub drafts: DraftStore,
    pub sign_in: SignInSlot,
    /// Kept for the app's lifetime: on Linux a copied value lasts only while its owner serves it.
    pub clipboard: Arc<Clipboard>,
    /// The request being answered (the admin's side), as the core read it.
    pub answering: Mutex<Option<Request>>,
    /// The request just made (the staff's side), until it is saved or copied.
    pub made: Mutex<Option<Created>>,
    /// The self_client.json imported last, which the person may ask to delete.
    pub self_client_file: Mutex<Option<std::path::PathBuf>>,
}

#[derive(Debug)]
pub enum AppState {
    Ready(Box<Ready>),
    /// The settings could not be read (no home folder): every command says why.
    Unusable(zcw_core::Error),
}

impl AppState {
    pub fn new(ctx: Context) -> Self {
        AppState::Ready(Box::new(Ready {
            drafts: DraftStore::in_dir(&ctx.config.config_dir),
            ctx: Arc::new(ctx),
            sign_in: SignInSlot::default(),
            clipboard: Arc::new(Clipboard::default()),
            answering: Mutex::new(None),
            made: Mutex::new(None),
            self_client_file: Mutex::new(None),
        }))
    }

    pub fn ready(&self) -> Result<&Ready> {
        match self {
            AppState::Ready(ready) => Ok(ready.as_ref()),
            AppState::Unusable(problem) => Err(Error::Startup(problem.to_string())),
        }
    }
}
