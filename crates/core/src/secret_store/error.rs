//! What can go wrong with this computer's secret stores: this computer's keychain, and the encrypted file
//! (opened here, or held by the agent). Owned here, beside the stores; the core's [`crate::Error`]
//! wraps them. The messages name no command of ours: each front end words the next step.

use std::path::PathBuf;

/// This computer's keychain could not be used.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[serde(untagged)]
pub enum KeychainError {
    #[strum(serialize = "keychain_unavailable")]
    #[error("This computer's keychain is not available. Install and start a keyring such as GNOME Keyring or KWallet and unlock it, then try again. Nothing was saved.")]
    Unavailable { reason: String },

    #[strum(serialize = "keychain_locked")]
    #[error("This computer's keychain is locked or refused access. Unlock it (sign in to your desktop session, or unlock the keyring in your keyring app), then try again. Nothing was saved.")]
    Locked { reason: String },

    #[strum(serialize = "keychain_timeout")]
    #[error("This computer's keychain did not answer within {seconds} seconds. It may be locked and waiting for its password in a dialog: unlock it and try again. The keychain may still finish the change later; the next change to your connections checks it and tidies up.")]
    Timeout { seconds: u64 },

    /// The Credential Manager holds at most 2,560 bytes, and keeps text as UTF-16: 1,280
    /// characters. Named in words, never with the value.
    #[strum(serialize = "keychain_too_long")]
    #[error(
        "The {what} is longer than {} allows ({limit} bytes at most), so it was not saved.",
        super::keychain::DESCRIPTION
    )]
    TooLong { what: String, limit: u32 },

    #[strum(serialize = "keychain_failure")]
    #[error(
        "This computer's keychain failed. Try again; if it keeps failing, restart your keyring."
    )]
    Failure { reason: String },
}

/// The encrypted file, or the agent holding it unlocked, could not be used.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[serde(untagged)]
pub enum FileStoreError {
    #[strum(serialize = "file_store_missing")]
    #[error("The encrypted file {} does not exist yet.", path.display())]
    Missing { path: PathBuf },

    #[strum(serialize = "file_store_corrupt")]
    #[error("The encrypted file {} cannot be read: it is damaged, or not an encrypted file of this app. Restore it from a backup, or move it away and save the secrets again.", path.display())]
    Corrupt { path: PathBuf, reason: String },

    #[strum(serialize = "file_store_key_mismatch")]
    #[error("The encrypted file {} was not made with the key in {}: the two files belong to different stores. Nothing was changed. Put back the key file that was beside this store (from the same backup; a key file set aside earlier is kept beside it, its name ending in .unused), or move both away and save the secrets again. If the store is held unlocked in the background, lock it and unlock it again.", path.display(), key.display())]
    KeyMismatch { path: PathBuf, key: PathBuf },

    #[strum(serialize = "file_store_key_damaged")]
    #[error("The key file {} of the encrypted file is damaged. Nothing was changed. Restore it from the same backup as {}; without it the store cannot be opened.", key.display(), path.display())]
    KeyDamaged {
        path: PathBuf,
        key: PathBuf,
        reason: String,
    },

    #[strum(serialize = "file_store_too_much_work")]
    #[error("Opening {} with its passphrase needs more work (scrypt 2^{required}) than this computer allows (up to 2^{allowed}): the passphrase was set on a much faster computer, or not by this app. Nothing was changed. Open the store on the computer that set its passphrase and set a new passphrase there.", path.display())]
    TooMuchWork {
        path: PathBuf,
        required: u8,
        allowed: u8,
    },

    #[strum(serialize = "file_store_key_missing")]
    #[error("The key of the encrypted file {} is missing: its passphrase opens the key file beside it, {}, which is not there. Nothing was changed. Restore the key file from the same backup as the store.", path.display(), key.display())]
    KeyMissing { path: PathBuf, key: PathBuf },

    #[strum(serialize = "passphrase_needed")]
    #[error("Secrets are kept in the encrypted file, which needs its passphrase.")]
    PassphraseNeeded,

    #[strum(serialize = "agent")]
    #[error("The agent holding the encrypted file failed.")]
    Agent { reason: String },

    #[strum(serialize = "agent_outdated")]
    #[error("The agent holding the encrypted file was started by another version of this program (protocol {found}; this one speaks {expected}), as happens after an upgrade.")]
    AgentOutdated { found: u32, expected: u32 },

    #[strum(serialize = "agent_running")]
    #[error("An agent is already running (its socket is {}).", path.display())]
    AgentRunning { path: PathBuf },
}

/// A secret could not be kept or found, whichever store holds it.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum StoreError {
    #[error("The secret read back from {} differs from the one entered, so it was not kept. Try saving again.", store.describe())]
    ReadBackMismatch { store: super::Place },

    #[error("The client secret of \"{name}\" is not in {}.", store.describe())]
    SecretMissing { name: String, store: super::Place },
}
