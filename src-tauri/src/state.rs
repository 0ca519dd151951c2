//! What the shell keeps while it runs: the core's context (settings, connections, HTTP), the draft
//! file, and the sign-in in progress, or why the app cannot work on this computer. The encrypted
//! file store's passphrase, once entered, stays unlocked inside the connections (in memory only,
//! wiped on exit).

use std::sync::Arc;

use zcw_core::clipboard::Clipboard;
use zcw_core::draft::DraftStore;
use zcw_core::oauth::sign_in::SignInSlot;
use zcw_core::Context;

use crate::error::{Error, Result};

#[derive(Debug)]
pub struct Ready {
    pub ctx: Arc<Context>,
    pub drafts: DraftStore,
    pub sign_in: SignInSlot,
    /// Kept for the app's lifetime: on Linux a copied value lasts only while its owner serves it.
    pub clipboard: Arc<Clipboard>,
}

#[derive(Debug)]
pub enum AppState {
    Ready(Ready),
    /// The settings could not be read (no home folder): every command says why.
    Unusable(zcw_core::Error),
}

impl AppState {
    pub fn new(ctx: Context) -> Self {
        AppState::Ready(Ready {
            drafts: DraftStore::in_dir(&ctx.config.config_dir),
            ctx: Arc::new(ctx),
            sign_in: SignInSlot::default(),
            clipboard: Arc::new(Clipboard::default()),
        })
    }

    pub fn ready(&self) -> Result<&Ready> {
        match self {
            AppState::Ready(ready) => Ok(ready),
            AppState::Unusable(problem) => Err(Error::Startup(problem.to_string())),
        }
    }
}
