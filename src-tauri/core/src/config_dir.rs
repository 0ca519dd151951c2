//! Where the app keeps its files: the platform config directory, or `ZCW_CONFIG_DIR`.

use std::path::PathBuf;

use crate::error::{Error, Result};

/// Overrides the config directory (tests, portable installs).
pub const CONFIG_DIR_ENV: &str = "ZCW_CONFIG_DIR";

/// The directory holding the draft and, later, the profiles. Not created here: writers create it.
pub fn config_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(CONFIG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "zoho-credential-wizard")
        .map(|dirs| dirs.config_dir().to_path_buf())
        .ok_or(Error::ConfigDirUnknown)
}
