//! A passphrase-protected file of secrets, for machines without a working keychain. Two age
//! files: `secrets-key.age` holds the store's own key (an age X25519 identity) encrypted to the
//! passphrase (scrypt), and `secrets.age` holds the secrets encrypted to that key. The passphrase's
//! cost (scrypt: about a second and up to a gigabyte of memory, by design) is paid once, when the
//! key is unwrapped; every write after that is an X25519 encryption (milliseconds, kilobytes).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::{EntryName, Place, SecretStore};
use crate::atomic_file::write_atomically;
use crate::error::{Error, FileError, FileStoreError, InputError, Result};
use crate::file_lock::FileLock;
use crate::secret::Passphrase;

/// The secrets, encrypted to the store's key.
pub const FILE_NAME: &str = "secrets.age";
/// The store's key, encrypted to the passphrase.
pub const KEY_FILE_NAME: &str = "secrets-key.age";
/// Shorter passphrases are refused when the file is created or its passphrase changed.
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

/// One secret; wiped when dropped, also when a newer value replaces it.
#[derive(Serialize, Deserialize)]
struct StoredSecret {
    label: String,
    secret: String,
}

impl Drop for StoredSecret {
    fn drop(&mut self) {
        self.secret.zeroize();
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

/// The store's key: what the passphrase unwraps, and all the agent holds. Wiped when dropped
/// (age's identity wipes itself); never printed.
#[derive(Clone)]
pub struct StoreKey(age::x25519::Identity);

impl StoreKey {
    fn generate() -> StoreKey {
        StoreKey(age::x25519::Identity::generate())
    }

    /// Reads a key from its text (`AGE-SECRET-KEY-1…`), as handed from `zcw unlock` to the agent.
    pub fn from_text(text: &str) -> Option<StoreKey> {
        age::x25519::Identity::from_str(text.trim())
            .ok()
            .map(StoreKey)
    }

    /// The key as text, to hand to the agent through a pipe.
    pub fn to_text(&self) -> SecretString {
        self.0.to_string()
    }
}

impl std::fmt::Debug for StoreKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Whether an age file is encrypted to a passphrase (its one recipient stanza is scrypt's), as
/// the key file is, and as the secrets file was before the key file existed.
fn is_passphrase_file(ciphertext: &[u8]) -> bool {
    age::Decryptor::new(ciphertext).is_ok_and(|decryptor| decryptor.is_scrypt())
}

/// The encrypted file in a config folder, opened with a passphrase (or, in the agent, with the
/// key `zcw unlock` unwrapped). What it decrypted is kept in memory (wiped on drop) while the file
/// is unchanged.
pub struct EncryptedFileStore {
    path: PathBuf,
    key_path: PathBuf,
    passphrase: Mutex<Option<Passphrase>>,
    key: Mutex<Option<StoreKey>>,
    decrypted: Mutex<Option<(Stamp, Contents)>>,
    /// How many times the secrets file was decrypted, and how many times scrypt ran (tests
    /// count them).
    decryptions: AtomicUsize,
    scrypts: AtomicUsize,
    /// The scrypt work factor a test chose (`None`: age's).
    work_factor: Option<u8>,
}

impl std::fmt::Debug for EncryptedFileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EncryptedFileStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl EncryptedFileStore {
    /// The store in `dir`, to be opened with `passphrase` (nothing is read yet).
    pub fn in_dir(dir: &Path, passphrase: Passphrase) -> Self {
        Self::new(dir, Some(passphrase), None)
    }

    /// The store in `dir`, opened by its key: no passphrase, no scrypt. The agent's way.
    pub fn opened_by_key(dir: &Path, key: StoreKey) -> Self {
        Self::new(dir, None, Some(key))
    }

    fn new(dir: &Path, passphrase: Option<Passphrase>, key: Option<StoreKey>) -> Self {
        EncryptedFileStore {
            path: dir.join(FILE_NAME),
            key_path: dir.join(KEY_FILE_NAME),
            passphrase: Mutex::new(passphrase),
            key: Mutex::new(key),
            decrypted: Mutex::new(None),
            decryptions: AtomicUsize::new(0),
            scrypts: AtomicUsize::new(0),
            work_factor: None,
        }
    }

    /// Wraps the key with this scrypt work factor instead of age's (`Config::scrypt_work_factor`,
    /// which only a debug build reads).
    pub fn with_work_factor(mut self, log_n: Option<u8>) -> Self {
        self.work_factor = log_n;
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn key_path(&self) -> &Path {
        &self.key_path
    }

    pub fn exists(&self) -> bool {
        self.path.exists()
    }

    /// The store's key as text, once the store is open (for the agent).
    pub fn key_text(&self) -> Option<SecretString> {
        self.key
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .map(StoreKey::to_text)
    }

    /// How many times scrypt ran for this store (the passphrase's cost).
    pub fn scrypt_runs(&self) -> usize {
        self.scrypts.load(Ordering::Relaxed)
    }

    /// Creates the store if it does not exist yet (checking the passphrase's length), or proves
    /// the passphrase opens the existing one, moving a store of the earlier layout (the secrets
    /// encrypted to the passphrase itself) to the key file.
    pub fn open_or_create(&self) -> Result<()> {
        self.open(true)
    }

    /// Proves the passphrase opens the existing store (moving one of the earlier layout), and
    /// says when there is none: checked under the file lock, so a store removed meanwhile is
    /// never made again with a passphrase typed to open it.
    pub fn open_existing(&self) -> Result<()> {
        self.open(false)
    }

    fn open(&self, create: bool) -> Result<()> {
        let _lock = self.lock()?;
        if self.exists() {
            self.read_settled().map(drop)
        } else if !create {
            Err(FileStoreError::Missing {
                path: self.path.clone(),
            }
            .into())
        } else {
            let passphrase = self.passphrase()?;
            check_length(&passphrase)?;
            let key = self.fresh_key(&passphrase)?;
            self.write_with(&key, &Contents::default())
        }
    }

    /// Wraps the store's key in `new`: only the key file is written; the secrets stay as they
    /// are, and an agent holding the store keeps working.
    pub fn change_passphrase(&self, new: &Passphrase) -> Result<()> {
        check_length(new)?;
        let _lock = self.lock()?;
        if !self.exists() {
            return Err(FileStoreError::Missing {
                path: self.path.clone(),
            }
            .into());
        }
        // Proves that the two files belong together, and the current passphrase against the
        // key file on disk (not a key this handle already held).
        drop(self.read_settled()?);
        let held = self.key()?;
        let on_disk = self.unwrap_key(&self.passphrase()?)?;
        if on_disk.0.to_public().to_string() != held.0.to_public().to_string() {
            return Err(self.mismatch());
        }
        let wrapped = self.wrap(&on_disk, new)?;
        write_atomically(&self.key_path, &wrapped)?;
        *self
            .passphrase
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Some(new.clone());
        Ok(())
    }

    fn passphrase(&self) -> Result<Passphrase> {
        self.passphrase
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .ok_or_else(|| FileStoreError::PassphraseNeeded.into())
    }

    fn hold(&self, key: &StoreKey) {
        *self.key.lock().unwrap_or_else(PoisonError::into_inner) = Some(key.clone());
    }

    fn lock(&self) -> Result<FileLock> {
        Ok(FileLock::acquire(&self.path.with_extension("age.lock"))?)
    }

    /// The key for secrets not yet encrypted to one: a new store's, or one of the earlier
    /// layout. A key file already there is what a creation or a move cut short leaves: its key is
    /// used again when this passphrase opens it. A key file this passphrase cannot open (or a
    /// damaged one) cannot be the key of these secrets; it is set aside, never overwritten (the
    /// secrets file it belongs to may only have been moved away).
    fn fresh_key(&self, passphrase: &Passphrase) -> Result<StoreKey> {
        if self.key_path.exists() {
            match self.unwrap_key(passphrase) {
                Ok(key) => {
                    self.hold(&key);
                    return Ok(key);
                }
                Err(
                    Error::Input(InputError::WrongPassphrase)
                    | Error::FileStore(FileStoreError::KeyDamaged { .. }),
                ) => self.set_aside_key_file()?,
                Err(other) => return Err(other),
            }
        }
        let key = StoreKey::generate();
        let wrapped = self.wrap(&key, passphrase)?;
        write_atomically(&self.key_path, &wrapped)?;
        self.hold(&key);
        Ok(key)
    }

    /// Renames the key file to a name of its own beside it (under the file lock).
    fn set_aside_key_file(&self) -> Result<()> {
        let stamp = crate::clock::now();
        let aside = (0..)
            .map(|n| {
                self.key_path
                    .with_extension(format!("age.{stamp}-{n}.unused"))
            })
            .find(|candidate| !candidate.exists())
            .expect("a free name");
        std::fs::rename(&self.key_path, &aside).map_err(|source| {
            FileError::CannotWrite {
                path: self.key_path.clone(),
                source,
            }
            .into()
        })
    }

    /// The key, unwrapped from the key file with the passphrase the first time (scrypt).
    fn key(&self) -> Result<StoreKey> {
        let mut held = self.key.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(key) = held.as_ref() {
            return Ok(key.clone());
        }
        if !self.key_path.exists() {
            return Err(FileStoreError::KeyMissing {
                path: self.path.clone(),
                key: self.key_path.clone(),
            }
            .into());
        }
        let key = self.unwrap_key(&self.passphrase()?)?;
        *held = Some(key.clone());
        Ok(key)
    }

    fn unwrap_key(&self, passphrase: &Passphrase) -> Result<StoreKey> {
        let ciphertext = self.read_file(&self.key_path)?;
        let corrupt = |reason: String| FileStoreError::KeyDamaged {
            path: self.path.clone(),
            key: self.key_path.clone(),
            reason,
        };
        if !is_passphrase_file(&ciphertext) {
            return Err(corrupt("it is not encrypted to a passphrase".into()).into());
        }
        let text = Zeroizing::new(self.decrypt_with_passphrase(
            &self.key_path,
            passphrase,
            &ciphertext,
        )?);
        let text = std::str::from_utf8(&text).map_err(|e| corrupt(e.to_string()))?;
        StoreKey::from_text(text).ok_or_else(|| corrupt("it holds no age key".into()).into())
    }

    fn wrap(&self, key: &StoreKey, passphrase: &Passphrase) -> Result<Vec<u8>> {
        self.scrypts.fetch_add(1, Ordering::Relaxed);
        let mut recipient = age::scrypt::Recipient::new(passphrase.to_age());
        // age's own work factor (about a second of this computer's time) unless a test chose a
        // cheaper one (`with_work_factor`); unit tests wrap dozens of keys at 2^10.
        if let Some(log_n) = self.work_factor.or(cfg!(test).then_some(10)) {
            recipient.set_work_factor(log_n);
        }
        let text = key.to_text();
        age::encrypt(&recipient, text.expose_secret().as_bytes()).map_err(|e| {
            FileStoreError::Corrupt {
                path: self.key_path.clone(),
                reason: e.to_string(),
            }
            .into()
        })
    }

    fn decrypt_with_passphrase(
        &self,
        path: &Path,
        passphrase: &Passphrase,
        ciphertext: &[u8],
    ) -> Result<Vec<u8>> {
        self.scrypts.fetch_add(1, Ordering::Relaxed);
        let identity = age::scrypt::Identity::new(passphrase.to_age());
        age::decrypt(&identity, ciphertext).map_err(|e| match e {
            age::DecryptError::NoMatchingKeys
            | age::DecryptError::DecryptionFailed
            | age::DecryptError::KeyDecryptionFailed => Error::from(InputError::WrongPassphrase),
            age::DecryptError::ExcessiveWork { required, target } => FileStoreError::TooMuchWork {
                path: path.to_path_buf(),
                required,
                allowed: target,
            }
            .into(),
            other if path == self.key_path => FileStoreError::KeyDamaged {
                path: self.path.clone(),
                key: self.key_path.clone(),
                reason: other.to_string(),
            }
            .into(),
            other => FileStoreError::Corrupt {
                path: path.to_path_buf(),
                reason: other.to_string(),
            }
            .into(),
        })
    }

    fn read_file(&self, path: &Path) -> Result<Vec<u8>> {
        std::fs::read(path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                FileStoreError::Missing {
                    path: path.to_path_buf(),
                }
                .into()
            } else {
                FileError::CannotRead {
                    path: path.to_path_buf(),
                    source,
                }
                .into()
            }
        })
    }

    /// Decrypts the secrets file: with the key, or (a store of the earlier layout, or one whose
    /// move was cut short) with the passphrase. The flag says which.
    fn read(&self) -> Result<(Contents, bool)> {
        self.decryptions.fetch_add(1, Ordering::Relaxed);
        let ciphertext = self.read_file(&self.path)?;
        let header = age::Decryptor::new(&ciphertext[..]).map_err(|e| FileStoreError::Corrupt {
            path: self.path.clone(),
            reason: e.to_string(),
        })?;
        if header.is_scrypt() {
            // The agent has no passphrase: a store put back from an earlier backup while it runs
            // is not the one it holds.
            let Ok(passphrase) = self.passphrase() else {
                return Err(self.mismatch());
            };
            let plaintext = Zeroizing::new(self.decrypt_with_passphrase(
                &self.path,
                &passphrase,
                &ciphertext,
            )?);
            return Ok((self.parse(&plaintext)?, true));
        }
        let key = self.key()?;
        let plaintext = Zeroizing::new(age::decrypt(&key.0, &ciphertext).map_err(|e| {
            match e {
                age::DecryptError::NoMatchingKeys => self.mismatch(),
                other => FileStoreError::Corrupt {
                    path: self.path.clone(),
                    reason: other.to_string(),
                }
                .into(),
            }
        })?);
        Ok((self.parse(&plaintext)?, false))
    }

    fn mismatch(&self) -> Error {
        FileStoreError::KeyMismatch {
            path: self.path.clone(),
            key: self.key_path.clone(),
        }
        .into()
    }

    fn parse(&self, plaintext: &[u8]) -> Result<Contents> {
        // Where, not what: serde's own message may quote a value, a secret among them.
        serde_json::from_slice(plaintext).map_err(|e| {
            FileStoreError::Corrupt {
                path: self.path.clone(),
                reason: format!(
                    "{:?} error at line {}, column {}",
                    e.classify(),
                    e.line(),
                    e.column()
                ),
            }
            .into()
        })
    }

    /// Under the file lock: the contents, after moving a store of the earlier layout to the key
    /// file. The key file is written first and the secrets file second, each in one rename, so a
    /// move cut short anywhere leaves the secrets readable with the passphrase and is finished
    /// by the next open.
    fn read_settled(&self) -> Result<Contents> {
        let (contents, earlier_layout) = self.read()?;
        if earlier_layout {
            let key = self.fresh_key(&self.passphrase()?)?;
            self.write_with(&key, &contents)?;
        }
        Ok(contents)
    }

    /// Runs `look` on the contents: the ones in memory while the file is unchanged, else freshly
    /// decrypted (and kept).
    fn with_contents<T>(&self, look: impl FnOnce(&Contents) -> T) -> Result<T> {
        let mut cached = self
            .decrypted
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let stamp = Stamp::of(&self.path);
        match (&*cached, stamp) {
            (Some((seen, contents)), Some(now)) if *seen == now => Ok(look(contents)),
            _ => {
                let (contents, earlier_layout) = self.read()?;
                let result = look(&contents);
                // Kept only in the new layout: a stamp of the earlier one is about to change.
                *cached = stamp
                    .filter(|_| !earlier_layout)
                    .map(|stamp| (stamp, contents));
                Ok(result)
            }
        }
    }

    fn write_with(&self, key: &StoreKey, contents: &Contents) -> Result<()> {
        // Secrets encrypted to a key whose file is gone could never be opened again.
        if !self.key_path.exists() {
            return Err(FileStoreError::KeyMissing {
                path: self.path.clone(),
                key: self.key_path.clone(),
            }
            .into());
        }
        // Sized up front: a buffer that grows leaves copies of the secrets behind, unwiped.
        let room = 64
            + contents
                .entries
                .iter()
                .map(|(account, stored)| {
                    32 + 2 * (account.len() + stored.label.len() + stored.secret.len())
                })
                .sum::<usize>();
        let mut plaintext = Zeroizing::new(Vec::with_capacity(room));
        serde_json::to_writer(&mut *plaintext, contents).expect("contents serialise");
        let recipient = key.0.to_public();
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
            .unwrap_or_else(PoisonError::into_inner);
        let mut contents = match cached.take() {
            Some((seen, contents)) if Stamp::of(&self.path) == Some(seen) => contents,
            _ => self.read_settled()?,
        };
        change(&mut contents);
        self.write_with(&self.key()?, &contents)?;
        *cached = Stamp::of(&self.path).map(|stamp| (stamp, contents));
        Ok(())
    }
}

fn check_length(passphrase: &Passphrase) -> Result<()> {
    if passphrase.expose().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(InputError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        }
        .into());
    }
    Ok(())
}

impl SecretStore for EncryptedFileStore {
    fn place(&self) -> Place {
        Place::EncryptedFile
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

    // One encryption for all of them.
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

    // One decryption and one encryption, whatever the number of entries.
    fn delete_all(&self, entries: &[EntryName]) -> Result<()> {
        self.modify(|contents| {
            for entry in entries {
                contents.entries.remove(&entry.account);
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
    const PASSPHRASE: &str = "correct horse";

    fn store(dir: &Path, passphrase: &str) -> EncryptedFileStore {
        EncryptedFileStore::in_dir(dir, Passphrase::new(passphrase))
    }

    fn entry() -> EntryName {
        EntryName::new("crm", SecretKind::ClientSecret)
    }

    /// A new store holding SECRET for `entry()`.
    fn made_with_secret() -> (tempfile::TempDir, EncryptedFileStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = store(dir.path(), PASSPHRASE);
        store.open_or_create().unwrap();
        store.set(&entry(), SECRET).unwrap();
        (dir, store)
    }

    /// The scrypt work factor written in a key file's header (`-> scrypt SALT LOG_N`).
    fn work_factor_of(dir: &Path) -> u8 {
        let key = std::fs::read(dir.join(KEY_FILE_NAME)).unwrap();
        let header = String::from_utf8_lossy(&key);
        let line = header
            .lines()
            .find(|l| l.starts_with("-> scrypt "))
            .unwrap();
        line.rsplit(' ').next().unwrap().parse().unwrap()
    }

    #[test]
    fn the_key_is_wrapped_at_the_work_factor_a_test_chose_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        store(dir.path(), PASSPHRASE).open_or_create().unwrap();
        assert_eq!(work_factor_of(dir.path()), 10, "the unit tests' own");
        let chosen = store(dir.path(), PASSPHRASE).with_work_factor(Some(12));
        chosen
            .change_passphrase(&Passphrase::new("another long passphrase"))
            .unwrap();
        assert_eq!(work_factor_of(dir.path()), 12);
        store(dir.path(), "another long passphrase")
            .open_existing()
            .unwrap();
    }

    /// A store as versions before the key file wrote it: the secrets encrypted to the passphrase.
    fn earlier_layout(dir: &Path, secrets: &[(&str, &str)]) {
        let mut contents = Contents::default();
        for (account, secret) in secrets {
            contents.entries.insert(
                (*account).to_string(),
                StoredSecret {
                    label: "Zoho client secret".into(),
                    secret: (*secret).to_string(),
                },
            );
        }
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(PASSPHRASE));
        recipient.set_work_factor(10);
        let plaintext = serde_json::to_vec(&contents).unwrap();
        let ciphertext = age::encrypt(&recipient, &plaintext).unwrap();
        std::fs::write(dir.join(FILE_NAME), ciphertext).unwrap();
    }

    /// The contents of the key files set aside in `dir`.
    fn set_aside(dir: &Path) -> Vec<Vec<u8>> {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".unused"))
            .map(|e| std::fs::read(e.path()).unwrap())
            .collect()
    }

    fn files(dir: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
        (
            std::fs::read(dir.join(FILE_NAME)).unwrap(),
            std::fs::read(dir.join(KEY_FILE_NAME)).ok(),
        )
    }

    #[test]
    fn round_trip_wrong_passphrase_and_no_plaintext_on_disk() {
        let (dir, store) = made_with_secret();
        assert_eq!(
            store.get(&entry()).unwrap().unwrap().expose_secret(),
            SECRET
        );

        let (data, key) = files(dir.path());
        let key = key.unwrap();
        assert!(is_passphrase_file(&key));
        assert!(!is_passphrase_file(&data));
        let text = store.key_text().unwrap();
        for on_disk in [&data, &key] {
            assert!(on_disk.starts_with(b"age-encryption.org/v1"));
            for plaintext in [
                SECRET.as_bytes(),
                b"crm/client_secret",
                b"Zoho client secret",
                text.expose_secret().as_bytes(),
            ] {
                assert!(!on_disk.windows(plaintext.len()).any(|w| w == plaintext));
            }
        }

        let wrong = self::store(dir.path(), "wrong horse");
        let err = wrong.get(&entry()).unwrap_err();
        assert_eq!(err.kind(), "wrong_passphrase");
        assert!(!err.to_string().contains(SECRET));
        assert_eq!(
            wrong.open_or_create().unwrap_err().kind(),
            "wrong_passphrase"
        );
        assert_eq!(files(dir.path()), (data, Some(key)));

        store.delete(&entry()).unwrap();
        assert!(store.get(&entry()).unwrap().is_none());
        store.delete(&entry()).unwrap();
    }

    #[test]
    fn writes_after_the_unlock_run_no_scrypt_and_the_agent_needs_none() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(dir.path(), PASSPHRASE);
        store.open_or_create().unwrap();
        assert_eq!(store.scrypt_runs(), 1, "the key is wrapped once");
        for n in 0..10 {
            store.set(&entry(), &format!("{SECRET}{n}")).unwrap();
        }
        assert_eq!(store.scrypt_runs(), 1);

        let opened = self::store(dir.path(), PASSPHRASE);
        opened.open_or_create().unwrap();
        assert_eq!(opened.scrypt_runs(), 1, "the key is unwrapped once");
        let key = StoreKey::from_text(opened.key_text().unwrap().expose_secret()).unwrap();
        let agent = EncryptedFileStore::opened_by_key(dir.path(), key);
        agent.open_or_create().unwrap();
        agent.set(&entry(), SECRET).unwrap();
        assert_eq!(agent.scrypt_runs(), 0);
        assert_eq!(
            opened.get(&entry()).unwrap().unwrap().expose_secret(),
            SECRET
        );
        assert_eq!(opened.scrypt_runs(), 1);
        assert_eq!(format!("{:?}", agent.key_text().map(|_| ())), "Some(())");
        assert_eq!(format!("{:?}", StoreKey::generate()), "[redacted]");
    }

    #[test]
    fn a_store_of_the_earlier_layout_moves_to_a_key_file_and_loses_nothing() {
        let dir = tempfile::tempdir().unwrap();
        earlier_layout(
            dir.path(),
            &[
                ("crm/client_secret", SECRET),
                ("crm/refresh_token", "1000.r"),
            ],
        );
        // Reading alone works and writes nothing.
        let reader = store(dir.path(), PASSPHRASE);
        assert_eq!(
            reader.get(&entry()).unwrap().unwrap().expose_secret(),
            SECRET
        );
        assert!(!dir.path().join(KEY_FILE_NAME).exists());

        let store = store(dir.path(), PASSPHRASE);
        store.open_or_create().unwrap();
        let (data, key) = files(dir.path());
        assert!(
            !is_passphrase_file(&data),
            "the secrets are encrypted to the key now"
        );
        assert!(is_passphrase_file(&key.unwrap()));
        let reopened = self::store(dir.path(), PASSPHRASE);
        assert_eq!(
            reopened.get(&entry()).unwrap().unwrap().expose_secret(),
            SECRET
        );
        let refresh = EntryName::new("crm", SecretKind::RefreshToken);
        assert_eq!(
            reopened.get(&refresh).unwrap().unwrap().expose_secret(),
            "1000.r"
        );
        // A wrong passphrase on the earlier layout moves nothing.
        let other = tempfile::tempdir().unwrap();
        earlier_layout(other.path(), &[("crm/client_secret", SECRET)]);
        let before = std::fs::read(other.path().join(FILE_NAME)).unwrap();
        let wrong = self::store(other.path(), "wrong horse");
        assert_eq!(
            wrong.open_or_create().unwrap_err().kind(),
            "wrong_passphrase"
        );
        assert_eq!(std::fs::read(other.path().join(FILE_NAME)).unwrap(), before);
        assert!(!other.path().join(KEY_FILE_NAME).exists());
    }

    #[test]
    fn a_move_cut_short_after_the_key_file_is_finished_with_the_same_key() {
        let dir = tempfile::tempdir().unwrap();
        earlier_layout(dir.path(), &[("crm/client_secret", SECRET)]);
        // What a process killed between the two steps leaves: the key file written, the secrets
        // still encrypted to the passphrase (and a temporary file of the second write).
        let key = StoreKey::generate();
        let probe = store(dir.path(), PASSPHRASE);
        std::fs::write(
            dir.path().join(KEY_FILE_NAME),
            probe.wrap(&key, &Passphrase::new(PASSPHRASE)).unwrap(),
        )
        .unwrap();
        std::fs::write(
            dir.path().join(".tmp-cut-short"),
            b"age-encryption.org/v1\n-> X25519",
        )
        .unwrap();
        let key_file = std::fs::read(dir.path().join(KEY_FILE_NAME)).unwrap();

        // Read before the move is finished, then finished by the next open.
        let reader = store(dir.path(), PASSPHRASE);
        assert_eq!(
            reader.get(&entry()).unwrap().unwrap().expose_secret(),
            SECRET
        );
        let store = store(dir.path(), PASSPHRASE);
        store.open_or_create().unwrap();
        let (data, now_key) = files(dir.path());
        assert_eq!(now_key.unwrap(), key_file, "the key file is kept");
        assert!(!is_passphrase_file(&data));
        let agent = EncryptedFileStore::opened_by_key(dir.path(), key);
        assert_eq!(
            agent.get(&entry()).unwrap().unwrap().expose_secret(),
            SECRET
        );
    }

    #[test]
    fn a_damaged_missing_or_mismatched_key_file_is_named_and_nothing_is_overwritten() {
        let (dir, store) = made_with_secret();
        let (data, key) = files(dir.path());
        let key = key.unwrap();
        let key_path = dir.path().join(KEY_FILE_NAME);
        let try_all = |expected: &str| {
            let fresh = self::store(dir.path(), PASSPHRASE);
            assert_eq!(fresh.get(&entry()).unwrap_err().kind(), expected);
            assert_eq!(fresh.open_or_create().unwrap_err().kind(), expected);
            assert_eq!(fresh.set(&entry(), "other").unwrap_err().kind(), expected);
            assert_eq!(
                fresh
                    .change_passphrase(&Passphrase::new("battery staple"))
                    .unwrap_err()
                    .kind(),
                expected
            );
            assert_eq!(std::fs::read(dir.path().join(FILE_NAME)).unwrap(), data);
        };

        std::fs::write(&key_path, b"not an age file").unwrap();
        try_all("file_store_key_damaged");
        let err = self::store(dir.path(), PASSPHRASE)
            .get(&entry())
            .unwrap_err();
        assert!(err.to_string().contains(KEY_FILE_NAME), "{err}");

        std::fs::remove_file(&key_path).unwrap();
        try_all("file_store_key_missing");
        assert!(!key_path.exists());
        // A handle that holds the key writes nothing a lost key file could never open again.
        assert_eq!(
            store.set(&entry(), "other").unwrap_err().kind(),
            "file_store_key_missing"
        );

        // Another store's key file, with the same passphrase.
        let other = tempfile::tempdir().unwrap();
        self::store(other.path(), PASSPHRASE)
            .open_or_create()
            .unwrap();
        let other_key = std::fs::read(other.path().join(KEY_FILE_NAME)).unwrap();
        std::fs::write(&key_path, &other_key).unwrap();
        try_all("file_store_key_mismatch");
        // The handle holding the right key proves the passphrase against the file on disk.
        assert_eq!(
            store
                .change_passphrase(&Passphrase::new("battery staple"))
                .unwrap_err()
                .kind(),
            "file_store_key_mismatch"
        );
        assert_eq!(std::fs::read(&key_path).unwrap(), other_key);

        std::fs::write(&key_path, &key).unwrap();
        assert_eq!(
            self::store(dir.path(), PASSPHRASE)
                .get(&entry())
                .unwrap()
                .unwrap()
                .expose_secret(),
            SECRET
        );
    }

    #[test]
    fn changing_the_passphrase_rewraps_only_the_key() {
        let (dir, store) = made_with_secret();
        let (data, key) = files(dir.path());
        assert_eq!(
            store
                .change_passphrase(&Passphrase::new("short"))
                .unwrap_err()
                .kind(),
            "passphrase_too_short"
        );
        let wrong = self::store(dir.path(), "wrong horse");
        assert_eq!(
            wrong
                .change_passphrase(&Passphrase::new("battery staple"))
                .unwrap_err()
                .kind(),
            "wrong_passphrase"
        );
        assert_eq!(files(dir.path()), (data.clone(), key.clone()));

        self::store(dir.path(), PASSPHRASE)
            .change_passphrase(&Passphrase::new("battery staple"))
            .unwrap();
        let (data_after, key_after) = files(dir.path());
        assert_eq!(data_after, data, "the secrets file is untouched");
        assert_ne!(key_after, key);
        assert_eq!(
            self::store(dir.path(), PASSPHRASE)
                .get(&entry())
                .unwrap_err()
                .kind(),
            "wrong_passphrase"
        );
        let new = self::store(dir.path(), "battery staple");
        assert_eq!(new.get(&entry()).unwrap().unwrap().expose_secret(), SECRET);
        // The handle that was open keeps working: it holds the key, not the passphrase.
        store.set(&entry(), "after the change").unwrap();
        assert_eq!(
            new.get(&entry()).unwrap().unwrap().expose_secret(),
            "after the change"
        );
    }

    #[test]
    fn reads_decrypt_once_until_the_file_changes() {
        let (dir, store) = made_with_secret();
        let before = store.decryptions.load(Ordering::Relaxed);
        for _ in 0..20 {
            assert_eq!(
                store.get(&entry()).unwrap().unwrap().expose_secret(),
                SECRET
            );
        }
        assert_eq!(store.decryptions.load(Ordering::Relaxed), before);
        // Another process (another handle) changes the file: this one sees the change.
        let other = self::store(dir.path(), PASSPHRASE);
        other
            .set(&entry(), "changed-secret-value-0123456789abcdef")
            .unwrap();
        assert_eq!(
            store.get(&entry()).unwrap().unwrap().expose_secret(),
            "changed-secret-value-0123456789abcdef"
        );
        assert_eq!(store.decryptions.load(Ordering::Relaxed), before + 1);
    }

    #[test]
    fn short_passphrase_is_refused_and_a_missing_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let store = store(dir.path(), "short");
        assert_eq!(
            store.open_or_create().unwrap_err().kind(),
            "passphrase_too_short"
        );
        assert!(!store.exists());
        assert!(!dir.path().join(KEY_FILE_NAME).exists());
        assert_eq!(
            store.get(&entry()).unwrap_err().kind(),
            "file_store_missing"
        );
    }

    #[test]
    fn a_key_file_without_secrets_is_used_again_or_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        // A creation cut short: the key file alone. The same passphrase uses its key again.
        let first = store(dir.path(), PASSPHRASE);
        first.open_or_create().unwrap();
        let key_file = std::fs::read(dir.path().join(KEY_FILE_NAME)).unwrap();
        std::fs::remove_file(dir.path().join(FILE_NAME)).unwrap();
        store(dir.path(), PASSPHRASE).open_or_create().unwrap();
        assert_eq!(
            std::fs::read(dir.path().join(KEY_FILE_NAME)).unwrap(),
            key_file
        );
        // Another passphrase: a new key, the old key file kept aside (its secrets file may
        // only have been moved away).
        std::fs::remove_file(dir.path().join(FILE_NAME)).unwrap();
        store(dir.path(), "battery staple")
            .open_or_create()
            .unwrap();
        assert_ne!(
            std::fs::read(dir.path().join(KEY_FILE_NAME)).unwrap(),
            key_file
        );
        assert_eq!(set_aside(dir.path()), vec![key_file]);
    }

    #[test]
    fn an_earlier_store_beside_a_key_file_it_does_not_open_moves_and_keeps_that_file_aside() {
        let dir = tempfile::tempdir().unwrap();
        // A key file of another passphrase (a downgrade, a restored backup) beside a store of
        // the earlier layout: it cannot be these secrets' key.
        store(dir.path(), "another passphrase")
            .open_or_create()
            .unwrap();
        let foreign = std::fs::read(dir.path().join(KEY_FILE_NAME)).unwrap();
        earlier_layout(dir.path(), &[("crm/client_secret", SECRET)]);
        let store = store(dir.path(), PASSPHRASE);
        store.open_or_create().unwrap();
        assert_eq!(
            store.get(&entry()).unwrap().unwrap().expose_secret(),
            SECRET
        );
        let (data, key) = files(dir.path());
        assert!(!is_passphrase_file(&data));
        assert_ne!(key.unwrap(), foreign);
        assert_eq!(set_aside(dir.path()), vec![foreign]);
    }

    #[test]
    fn a_damaged_file_is_reported_as_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), b"not an age file").unwrap();
        let store = store(dir.path(), PASSPHRASE);
        assert_eq!(
            store.get(&entry()).unwrap_err().kind(),
            "file_store_corrupt"
        );
    }
}
