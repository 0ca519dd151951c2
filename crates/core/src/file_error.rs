//! A file of the app's (settings, draft, connections, a file the person chose) could not be read
//! or written.

use std::path::PathBuf;

/// A file of the app's could not be read or written.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum FileError {
    #[error("Cannot find a folder for settings: no home directory is known. Set ZCW_CONFIG_DIR to a folder this app may write to.")]
    ConfigDirUnknown,

    #[error("Cannot write {}. Check that the folder exists and is writable, or set ZCW_CONFIG_DIR to another folder.", path.display())]
    CannotWrite {
        path: PathBuf,
        #[source]
        #[serde(skip)]
        source: std::io::Error,
    },

    #[error("Cannot read {}. Check that it exists and that you may read it.", path.display())]
    CannotRead {
        path: PathBuf,
        #[source]
        #[serde(skip)]
        source: std::io::Error,
    },

    #[error("{} is not a file (it is a folder, a pipe or a device), so it was not read. Choose the file itself.", path.display())]
    NotARegularFile { path: PathBuf },

    #[error("{} is larger than {max_kib} KiB, far larger than the file it should be, so it was not read. Choose the right file.", path.display())]
    TooLarge { path: PathBuf, max_kib: usize },

    #[error("{} does not hold text, so it is not the file it should be. Choose the right file.", path.display())]
    NotText { path: PathBuf },

    #[error("The folder {} belongs to another user, so this app will not keep its files there. Use a folder of your own (set ZCW_CONFIG_DIR), or give this one back to your user.", path.display())]
    NotYours { path: PathBuf },

    #[error("The saved wizard draft could not be read, so it was moved to {} and the wizard starts fresh. Fill in the steps again; the old draft stays there if you need a value from it.", moved_to.display())]
    DraftCorrupt { reason: String, moved_to: PathBuf },

    #[error("The connections file could not be read. It was moved to {} so nothing is lost, and an empty list starts now. Restore it from there if you can.", moved_to.display())]
    ConnectionsCorrupt { reason: String, moved_to: PathBuf },

    #[error("The connections file {} was written by a newer version of this app (schema {version}). Update Zoho Credential Wizard to use it.", path.display())]
    ConnectionsFromNewerVersion { path: PathBuf, version: u32 },
}
