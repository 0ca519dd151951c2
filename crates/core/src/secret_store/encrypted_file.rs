//! A passphrase-protected file of secrets, encrypted with age (scrypt). Used only when the user
//! chooses it, for machines without a working keychain.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::{Backend, EntryName, SecretStore};
use crate::atomic_file::write_atomically;
use crate::error::{Error, FileError, FileStoreError, InputError, Result};
use crate::file_lock::FileLock;
use crate::secret::Passphrase;

pub const FILE_NAME: &str = "secrets.age";
/// Shorter passphrases are refused when the file is created.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The decrypted contents: account -> (label, secret). Wiped when dropped.
#[derive(Serialize, Deserialize)]
struct Contents {
    version: u32,
    entries: BTreeMap<String, StoredSecret>,
}

impl Default for Contents {
    fn default() -> Self {
        Contents {
            version: 1,
            entries: BTreeMap::new(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct StoredSecret {
    label: String,
    secret: String,
}

impl Drop for Contents {
    fn drop(&mut self) {
        for entry in self.entries.values_mut() {
            entry.secret.zeroize();
        }
    }
}

/// Which version of the file a decryption was of: a rename (every write is one) changes the
/// inode, any other change the size or modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    #[cfg(unix)]
    inode: u64,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            inode: std::os::unix::fs::MetadataExt::ino(&meta),
        })
    }
}

/// The encrypted file in a config folder, opened with a passphrase. What it decrypted is kept in
/// memory (wiped on drop) while the file is unchanged, so only the first read pays for scrypt.
pub struct EncryptedFileStore {
    path: PathBuf,
    passphrase: Passphrase,
    decrypted: std::sync::Mutex<Option<(Stamp, Contents)>>,
    /// How many times the file was decrypted (tests count the scrypt runs).
    decryptions: std::sync::atomic::AtomicUsize,
}

impl std::fmt::Debug for EncryptedFileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EncryptedFileStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl EncryptedFileStore {
    pub fn in_dir(dir: &Path, passphrase: Passphrase) -> Self {
        EncryptedFileStore {
            path: dir.join(FILE_NAME),
            passphrase,
            decrypted: std::sync::Mutex::new(None),
            decryptions: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// Runs `look` on the contents: the ones in memory while the file is unchanged, else freshly
    /// decrypted (and kept).
    fn with_contents<T>(&self, look: impl FnOnce(&Contents) -> T) -> Result<T> {
        let mut cached = self
            .decrypted
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let stamp = Stamp::of(&self.path);
        match (&*cached, stamp) {
            (Some((seen, contents)), Some(now)) if *seen == now => Ok(look(contents)),
            _ => {
                let contents = self.read()?;
                let result = look(&contents);
                *cached = stamp.map(|stamp| (stamp, contents));
                Ok(result)
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn exists(&self) -> bool {
        self.path.exists()
    }

    /// Creates the file if it does not exist yet (checking the passphrase's length), or proves the
    /// passphrase opens the existing one.
    pub fn open_or_create(&self) -> Result<()> {
        let _lock = self.lock()?;
        if self.exists() {
            self.with_contents(|_| ())
        } else {
            if self.passphrase.expose().chars().count() < MIN_PASSPHRASE_CHARS {
                return Err(InputError::PassphraseTooShort {
                    min: MIN_PASSPHRASE_CHARS,
                }
                .into());
            }
            self.write(&Contents::default())
        }
    }

    fn lock(&self) -> Result<FileLock> {
        Ok(FileLock::acquire(&self.path.with_extension("age.lock"))?)
    }

    fn read(&self) -> Result<Contents> {
        self.decryptions
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let ciphertext = match std::fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(FileStoreError::Missing {
                    path: self.path.clone(),
                }
                .into())
            }
            Err(source) => {
                return Err(FileError::CannotRead {
                    path: self.path.clone(),
                    source,
                }
                .into())
            }
        };
        let identity = age::scrypt::Identity::new(self.passphrase.to_age());
        let plaintext = Zeroizing::new(age::decrypt(&identity, &ciphertext).map_err(|e| {
            match e {
                age::DecryptError::NoMatchingKeys
                | age::DecryptError::DecryptionFailed
                | age::DecryptError::KeyDecryptionFailed => {
                    Error::from(InputError::WrongPassphrase)
                }
                other => FileStoreError::Corrupt {
                    path: self.path.clone(),
                    reason: other.to_string(),
                }
                .into(),
            }
        })?);
        serde_json::from_slice(&plaintext).map_err(|e| {
            FileStoreError::Corrupt {
                path: self.path.clone(),
                reason: e.to_string(),
            }
            .into()
        })
    }

    fn write(&self, contents: &Contents) -> Result<()> {
        let plaintext = Zeroizing::new(serde_json::to_vec(contents).expect("contents serialise"));
        let recipient = age::scrypt::Recipient::new(self.passphrase.to_age());
        let ciphertext =
            age::encrypt(&recipient, &plaintext).map_err(|e| FileStoreError::Corrupt {
                path: self.path.clone(),
                reason: e.to_string(),
            })?;
        Ok(write_atomically(&self.path, &ciphertext)?)
    }

    /// Read, change and write back under the file lock, so concurrent writers never lose updates.
    fn modify(&self, change: impl FnOnce(&mut Contents)) -> Result<()> {
        let _lock = self.lock()?;
        let mut cached = self
            .decrypted
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut contents = match cached.take() {
            Some((seen, contents)) if Stamp::of(&self.path) == Some(seen) => contents,
            _ => self.read()?,
        };
        change(&mut contents);
        self.write(&contents)?;
        *cached = Stamp::of(&self.path).map(|stamp| (stamp, contents));
        Ok(())
    }
}

impl SecretStore for EncryptedFileStore {
    fn backend(&self) -> Backend {
        Backend::EncryptedFile
    }

    fn set(&self, entry: &EntryName, secret: &str) -> Result<()> {
        self.modify(|contents| {
            contents.entries.insert(
                entry.account.clone(),
                StoredSecret {
                    label: entry.label.clone(),
                    secret: secret.to_string(),
                },
            );
        })
    }

    // One encryption for all of them: each costs a second of scrypt on purpose.
    fn set_all(&self, entries: &[(EntryName, &str)]) -> Result<()> {
        self.modify(|contents| {
            for (entry, secret) in entries {
                contents.entries.insert(
                    entry.account.clone(),
                    StoredSecret {
                        label: entry.label.clone(),
                        secret: (*secret).to_string(),
                    },
                );
            }
        })
    }

    fn get(&self, entry: &EntryName) -> Result<Option<SecretString>> {
        self.with_contents(|contents| {
            contents
                .entries
                .get(&entry.account)
                .map(|stored| SecretString::from(stored.secret.as_str()))
        })
    }

    fn delete(&self, entry: &EntryName) -> Result<()> {
        self.delete_all(std::slice::from_ref(entry))
    }

    // One decryption and one encryption, whatever the number of entries: each costs a second of
    // scrypt on purpose.
    fn delete_all(&self, entries: &[EntryName]) -> Result<()> {
        self.modify(|contents| {
            for entry in entries {
                if let Some(mut removed) = contents.entries.remove(&entry.account) {
                    removed.secret.zeroize();
                }
            }
        })
    }

    fn move_entries(&self, moves: &[(EntryName, EntryName)]) -> Result<()> {
        self.modify(|contents| {
            for (from, to) in moves {
                if let Some(mut stored) = contents.entries.remove(&from.account) {
                    stored.label = to.label.clone();
                    contents.entries.insert(to.account.clone(), stored);
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use secrecy::ExposeSecret;

    use super::*;
    use crate::secret_store::SecretKind;

    const SECRET: &str = "0123456789abcdef0123456789abcdef0123456789";

    #[test]
    fn round_trip_wrong_passphrase_and_no_plaintext_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let store = EncryptedFileStore::in_dir(dir.path(), Passphrase::new("correct horse"));
        store.open_or_create().unwrap();
        let entry = EntryName::new("crm", SecretKind::ClientSecret);
        store.set(&entry, SECRET).unwrap();
        assert_eq!(store.get(&entry).unwrap().unwrap().expose_secret(), SECRET);

        let on_disk = std::fs::read(store.path()).unwrap();
        assert!(on_disk.starts_with(b"age-encryption.org/v1"));
        for plaintext in [
            SECRET.as_bytes(),
            b"crm/client_secret",
            b"Zoho client secret",
        ] {
            assert!(!on_disk.windows(plaintext.len()).any(|w| w == plaintext));
        }

        let wrong = EncryptedFileStore::in_dir(dir.path(), Passphrase::new("wrong horse"));
        let err = wrong.get(&entry).unwrap_err();
        assert_eq!(err.kind(), "wrong_passphrase");
        assert!(!err.to_string().contains(SECRET));
        assert_eq!(
            wrong.open_or_create().unwrap_err().kind(),
            "wrong_passphrase"
        );

        store.delete(&entry).unwrap();
        assert!(store.get(&entry).unwrap().is_none());
        store.delete(&entry).unwrap();
    }

    #[test]
    fn reads_decrypt_once_until_the_file_changes() {
        let dir = tempfile::tempdir().unwrap();
        let store = EncryptedFileStore::in_dir(dir.path(), Passphrase::new("correct horse"));
        store.open_or_create().unwrap();
        let entry = EntryName::new("crm", SecretKind::ClientSecret);
        store.set(&entry, SECRET).unwrap();
        let before = store.decryptions.load(std::sync::atomic::Ordering::Relaxed);
        for _ in 0..20 {
            assert_eq!(store.get(&entry).unwrap().unwrap().expose_secret(), SECRET);
        }
        assert_eq!(
            store.decryptions.load(std::sync::atomic::Ordering::Relaxed),
            before
        );
        // Another process (another handle) changes the file: this one sees the change.
        let other = EncryptedFileStore::in_dir(dir.path(), Passphrase::new("correct horse"));
        other
            .set(&entry, "changed-secret-value-0123456789abcdef")
            .unwrap();
        assert_eq!(
            store.get(&entry).unwrap().unwrap().expose_secret(),
            "changed-secret-value-0123456789abcdef"
        );
        assert_eq!(
            store.decryptions.load(std::sync::atomic::Ordering::Relaxed),
            before + 1
        );
    }

    #[test]
    fn short_passphrase_is_refused_and_a_missing_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let store = EncryptedFileStore::in_dir(dir.path(), Passphrase::new("short"));
        assert_eq!(
            store.open_or_create().unwrap_err().kind(),
            "passphrase_too_short"
        );
        assert!(!store.exists());
        let entry = EntryName::new("crm", SecretKind::ClientSecret);
        assert_eq!(store.get(&entry).unwrap_err().kind(), "file_store_missing");
    }

    #[test]
    fn a_damaged_file_is_reported_as_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), b"not an age file").unwrap();
        let store = EncryptedFileStore::in_dir(dir.path(), Passphrase::new("correct horse"));
        let entry = EntryName::new("crm", SecretKind::ClientSecret);
        assert_eq!(store.get(&entry).unwrap_err().kind(), "file_store_corrupt");
    }
}
