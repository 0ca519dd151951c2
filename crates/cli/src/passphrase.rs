//! `--passphrase-file`, and unlocking the encrypted file with it (or with a passphrase asked for on
//! the terminal) when a command finds it locked.

use std::path::PathBuf;

use clap::Args;
use zcw_core::error::FileStoreError;
use zcw_core::{Context, Error};

use crate::error::CliResult;
use crate::terminal;

#[derive(Debug, Args)]
pub struct PassphraseArgs {
    /// Read the encrypted file's passphrase from the first line of this file (for unattended
    /// use); otherwise it is asked for on the terminal when needed.
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

impl PassphraseArgs {
    /// Unlocks the encrypted file with the passphrase from the named file or the terminal.
    pub fn unlock(&self, ctx: &Context) -> CliResult<()> {
        let passphrase = terminal::read_passphrase(self.passphrase_file.as_deref(), false)?;
        Ok(ctx.connections.unlock(passphrase)?)
    }

    /// Runs `op`, and again after unlocking the encrypted file if it turns out to need it.
    pub fn with_unlocked<T>(
        &self,
        ctx: &Context,
        op: impl Fn() -> zcw_core::Result<T>,
    ) -> CliResult<T> {
        match op() {
            Err(Error::FileStore(FileStoreError::PassphraseNeeded)) => {
                self.unlock(ctx)?;
                Ok(op()?)
            }
            other => Ok(other?),
        }
    }
}
