//! What the shell keeps while it runs: the core's context (settings, connections, HTTP), the draft
//! file, and the sign-in in progress. The encrypted file store's passphrase, once entered, stays
//! unlocked inside the connections (in memory only, wiped on exit).

use std::sync::Arc;

use zcw_core::draft::DraftStore;
use zcw_core::oauth::sign_in::SignInSlot;
use zcw_core::Context;

#[derive(Debug)]
pub struct AppState {
    pub ctx: Arc<Context>,
    pub drafts: DraftStore,
    pub sign_in: SignInSlot,
}

impl AppState {
    pub fn new(ctx: Context) -> Self {
        AppState {
            drafts: DraftStore::in_dir(&ctx.config.config_dir),
            ctx: Arc::new(ctx),
            sign_in: SignInSlot::default(),
        }
    }
}
