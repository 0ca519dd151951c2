//! Where secrets live: this computer's keychain, or an encrypted file the user chose (this computer's
//! stores, [`Backend`]); a connection's [`Place`] may also be the team store. Never plain text.

pub mod encrypted_file;
pub mod error;
pub mod keychain;
pub mod memory;

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::error::Result;

/// The keychain service name every entry is filed under.
pub const SERVICE: &str = "zoho-credential-wizard";

/// This computer's stores for secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Backend {
    /// The operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager).
    #[default]
    Keychain,
    /// A passphrase-protected file encrypted with age, chosen explicitly by the user.
    EncryptedFile,
}

impl Backend {
    /// How the store is named in a sentence: "Saved in {describe}".
    pub fn describe(self) -> &'static str {
        Place::from(self).describe()
    }

    /// How the store is named in a list or table.
    pub fn label(self) -> &'static str {
        Place::from(self).label()
    }
}

/// Where a connection's secrets (or a request's key) are kept: one of this computer's stores, or
/// the team store (KV version 2 on OpenBao or Vault, where the connection itself lives too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    #[default]
    Keychain,
    EncryptedFile,
    #[serde(rename = "vault")]
    TeamStore,
}

impl From<Backend> for Place {
    fn from(backend: Backend) -> Self {
        match backend {
            Backend::Keychain => Place::Keychain,
            Backend::EncryptedFile => Place::EncryptedFile,
        }
    }
}

impl Place {
    /// How the place is named in a sentence: "Saved in {describe}".
    pub fn describe(self) -> &'static str {
        match self {
            Place::Keychain => keychain::DESCRIPTION,
            Place::EncryptedFile => "the encrypted file",
            Place::TeamStore => "the team store (OpenBao/Vault)",
        }
    }

    /// How the place is named in a list or table.
    pub fn label(self) -> &'static str {
        match self {
            Place::Keychain => "Keychain",
            Place::EncryptedFile => "Encrypted file",
            Place::TeamStore => "Team store",
        }
    }

    /// This computer's store it names (`None`: the team store).
    pub fn local(self) -> Option<Backend> {
        match self {
            Place::Keychain => Some(Backend::Keychain),
            Place::EncryptedFile => Some(Backend::EncryptedFile),
            Place::TeamStore => None,
        }
    }
}

/// Which secret of a connection an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SecretKind {
    ClientSecret,
    RefreshToken,
    /// The current access token and its expiry, cached for `zcw token`.
    AccessToken,
    /// The private key of a credentials request the connection's reply is awaited for (not one
    /// of a connection's own entries: not in [`SecretKind::ALL`]).
    RequestKey,
}

impl SecretKind {
    pub const ALL: [SecretKind; 3] = [
        SecretKind::ClientSecret,
        SecretKind::RefreshToken,
        SecretKind::AccessToken,
    ];

    fn suffix(self) -> &'static str {
        match self {
            SecretKind::ClientSecret => "client_secret",
            SecretKind::RefreshToken => "refresh_token",
            SecretKind::AccessToken => "access_token",
            SecretKind::RequestKey => "request_key",
        }
    }

    fn label_noun(self) -> &'static str {
        match self {
            SecretKind::ClientSecret => "client secret",
            SecretKind::RefreshToken => "refresh token",
            SecretKind::AccessToken => "access token",
            SecretKind::RequestKey => "credentials request key",
        }
    }
}

/// The entry a secret of a connection is filed under: account `{connection}/{kind}`, with a label
/// a person recognises in their keychain app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryName {
    pub account: String,
    pub label: String,
    pub kind: SecretKind,
}

impl EntryName {
    /// A throw-away entry "Check this computer" writes, reads back and deletes.
    pub fn probe() -> Self {
        EntryName {
            account: "zoho-credential-wizard/keychain-check".into(),
            label: "Zoho Credential Wizard: keychain check (safe to delete)".into(),
            kind: SecretKind::AccessToken,
        }
    }

    pub fn new(connection: &str, kind: SecretKind) -> Self {
        EntryName {
            account: format!("{connection}/{}", kind.suffix()),
            label: format!("Zoho {}: {connection}", kind.label_noun()),
            kind,
        }
    }

    /// The connection the entry belongs to.
    pub fn connection(&self) -> &str {
        self.account
            .strip_suffix(self.kind.suffix())
            .and_then(|rest| rest.strip_suffix('/'))
            .unwrap_or(&self.account)
    }
}

/// A place secrets can be written to, read back from and deleted from.
pub trait SecretStore: Send + Sync {
    /// Where it keeps secrets, for messages ("... in {place}").
    fn place(&self) -> Place;
    /// Writes (or replaces) the secret of an entry.
    fn set(&self, entry: &EntryName, secret: &str) -> Result<()>;
    /// The secret of an entry, or `None` when there is no such entry.
    fn get(&self, entry: &EntryName) -> Result<Option<SecretString>>;
    /// Deletes an entry; deleting a missing entry is not an error.
    fn delete(&self, entry: &EntryName) -> Result<()>;

    /// Writes several entries (a store may do them at once, or in one write).
    fn set_all(&self, entries: &[(EntryName, &str)]) -> Result<()> {
        entries
            .iter()
            .try_for_each(|(entry, secret)| self.set(entry, secret))
    }

    /// Deletes several entries (a store may do it in one write).
    fn delete_all(&self, entries: &[EntryName]) -> Result<()> {
        entries.iter().try_for_each(|entry| self.delete(entry))
    }

    /// Moves secrets to new entry names; missing ones are skipped (a store may do it in one write).
    /// Each is written under its new name before the old entry goes. A store that finds names
    /// ignoring case (Windows' Credential Manager) takes a rename that changes only case for one
    /// entry, and deleting the old name deletes the new: it is then written again.
    fn move_entries(&self, moves: &[(EntryName, EntryName)]) -> Result<()> {
        for (from, to) in moves {
            if from.account == to.account {
                continue;
            }
            if let Some(secret) = self.get(from)? {
                let secret = secrecy::ExposeSecret::expose_secret(&secret);
                self.set(to, secret)?;
                self.delete(from)?;
                if from.account.to_lowercase() == to.account.to_lowercase()
                    && self.get(to)?.is_none()
                {
                    self.set(to, secret)?;
                }
            }
        }
        Ok(())
    }
}
