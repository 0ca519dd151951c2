//! This computer's home: connections in connections.json, their secrets in this computer's keychain, the
//! encrypted file (opened here) or the agent holding it; the refresh claim is a file lock in the
//! config folder, shared by every process of this user.

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;

use secrecy::ExposeSecret;

use super::{
    entries, token_lock, write_key_verified, write_verified, Claim, Claimed, Home, Listed,
    TokenRead,
};
use crate::clock;
use crate::connection::Connection;
use crate::connection_book::{not_found, Book, ConnectionBook};
use crate::error::{Error, FileStoreError, InputError, KeychainError, Result, StoreError};
use crate::file_lock::FileLock;
use crate::onboarding::error::OnboardingError;
use crate::onboarding::pending::{Answered, Pending};
use crate::secret::{ClientSecret, Passphrase, RefreshToken, RequestKey};
use crate::secret_store::encrypted_file::EncryptedFileStore;
use crate::secret_store::{Backend, EntryName, Place, SecretKind, SecretStore};
use crate::token_cache::{self, window, CachedToken, Want};

/// Connections kept on this computer.
pub struct LocalHome {
    book: ConnectionBook,
    keychain: Arc<dyn SecretStore>,
    /// The encrypted file, once its passphrase was entered.
    unlocked_file: RwLock<Option<Arc<EncryptedFileStore>>>,
    /// Where an agent holding the encrypted file unlocked would listen.
    agent_socket: Option<PathBuf>,
    /// The scrypt work factor a test chose for the encrypted file's key.
    scrypt_work_factor: Option<u8>,
}

impl std::fmt::Debug for LocalHome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalHome")
            .field("dir", &self.dir())
            .finish_non_exhaustive()
    }
}

impl LocalHome {
    pub fn new(dir: &Path, keychain: Arc<dyn SecretStore>) -> Self {
        LocalHome {
            book: ConnectionBook::in_dir(dir),
            keychain,
            unlocked_file: RwLock::new(None),
            agent_socket: None,
            scrypt_work_factor: None,
        }
    }

    pub fn set_scrypt_work_factor(&mut self, log_n: Option<u8>) {
        self.scrypt_work_factor = log_n;
    }

    /// The encrypted file, to be opened with `passphrase`.
    fn file_store(&self, passphrase: Passphrase) -> EncryptedFileStore {
        EncryptedFileStore::in_dir(self.dir(), passphrase).with_work_factor(self.scrypt_work_factor)
    }

    pub fn set_agent_socket(&mut self, socket: PathBuf) {
        self.agent_socket = Some(socket);
    }

    pub fn agent_socket(&self) -> Option<&Path> {
        self.agent_socket.as_deref()
    }

    pub fn dir(&self) -> &Path {
        self.book.dir()
    }

    pub fn keychain(&self) -> Arc<dyn SecretStore> {
        Arc::clone(&self.keychain)
    }

    /// The connections file's contents (settings included).
    pub fn book(&self) -> Result<Book> {
        self.book.read()
    }

    /// Changes the connections file's settings under its lock.
    pub fn update_book(&self, change: impl FnOnce(&mut Book) -> Result<()>) -> Result<()> {
        self.book.update(change)
    }

    pub fn file_store_path(&self) -> PathBuf {
        EncryptedFileStore::in_dir(self.dir(), Passphrase::new(""))
            .path()
            .to_path_buf()
    }

    /// Opens the encrypted file with its passphrase (creating it if `create`), once for
    /// this process. A wrong passphrase leaves it locked.
    pub fn unlock(&self, passphrase: Passphrase, create: bool) -> Result<()> {
        let store = self.file_store(passphrase);
        if create {
            store.open_or_create()?;
        } else {
            store.open_existing()?;
        }
        *self
            .unlocked_file
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(store));
        Ok(())
    }

    /// Wraps the encrypted file's key in `new` once `current` has opened it; the store
    /// stays open in this process.
    pub fn change_passphrase(&self, current: Passphrase, new: &Passphrase) -> Result<()> {
        let store = self.file_store(current);
        store.change_passphrase(new)?;
        *self
            .unlocked_file
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(store));
        Ok(())
    }

    /// Forgets the passphrase.
    pub fn lock(&self) {
        *self
            .unlocked_file
            .write()
            .unwrap_or_else(PoisonError::into_inner) = None;
    }

    pub fn is_unlocked(&self) -> bool {
        self.unlocked_file
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }

    /// The store of a kind kept on this computer.
    pub fn store(&self, backend: Backend) -> Result<Arc<dyn SecretStore>> {
        match backend {
            Backend::EncryptedFile => {
                let unlocked = self
                    .unlocked_file
                    .read()
                    .unwrap_or_else(PoisonError::into_inner)
                    .clone();
                if let Some(store) = unlocked {
                    return Ok(store);
                }
                // An agent may hold it unlocked; without one, its calls ask for the passphrase.
                if let Some(socket) = &self.agent_socket {
                    return Ok(Arc::new(crate::agent::client::AgentStore::new(
                        socket.clone(),
                    )));
                }
                Err(FileStoreError::PassphraseNeeded.into())
            }
            Backend::Keychain => Ok(Arc::clone(&self.keychain)),
        }
    }

    /// Settles changes the keychain may have finished after they timed out: entries of a name
    /// that has no connection are removed; a name that has one keeps its entries (reading them
    /// says if one is missing). Names stay noted until the keychain answers.
    pub fn reconcile(&self) -> Result<()> {
        let book = self.book.read()?;
        if book.uncertain.is_empty() {
            return Ok(());
        }
        let mut settled = Vec::new();
        for name in &book.uncertain {
            if book.name_taken(name) || self.keychain.delete_all(&entries(name)).is_ok() {
                settled.push(name.clone());
            }
        }
        self.book.update(|book| {
            book.uncertain.retain(|name| !settled.contains(name));
            Ok(())
        })
    }
}

/// The cached access token in a store, if it is one.
fn cached_in(store: &dyn SecretStore, name: &str) -> Result<Option<CachedToken>> {
    Ok(store
        .get(&EntryName::new(name, SecretKind::AccessToken))?
        .and_then(|json| token_cache::from_json(json.expose_secret())))
}

impl Home for LocalHome {
    fn place(&self, connection: &Connection) -> Place {
        connection.secret_store
    }

    fn list(&self) -> Result<Listed> {
        Ok(Listed {
            connections: self.book.read()?.connections,
            damaged: Vec::new(),
        })
    }

    fn find(&self, name: &str) -> Result<Option<Connection>> {
        Ok(self.book.read()?.find(name).ok().cloned())
    }

    fn name_taken(&self, name: &str) -> Result<bool> {
        Ok(self.book.read()?.name_taken(name))
    }

    fn create(&self, connection: &Connection, secret: &ClientSecret) -> Result<()> {
        // The secret first: when it cannot be stored, no connection is written.
        self.set_secret(connection, secret)?;
        let name = connection.name.as_str();
        self.book.update(|book| {
            if book.name_taken(name) {
                return Err(InputError::ConnectionExists {
                    name: name.to_string(),
                }
                .into());
            }
            book.connections.push(connection.clone());
            Ok(())
        })
    }

    fn update(&self, name: &str, change: &mut dyn FnMut(&mut Connection)) -> Result<bool> {
        let mut found = false;
        self.book.update(|book| {
            if let Ok(connection) = book.find_mut(name) {
                change(connection);
                connection.updated_at = clock::now();
                found = true;
            }
            Ok(())
        })?;
        Ok(found)
    }

    fn secrets(&self, connection: &Connection) -> Result<Arc<dyn SecretStore>> {
        // A record of this home naming the team store (written by hand): its secrets could only
        // be in the keychain.
        self.store(connection.secret_store.local().unwrap_or_default())
    }

    fn set_secret(&self, connection: &Connection, secret: &ClientSecret) -> Result<()> {
        let store = self.secrets(connection)?;
        let name = connection.name.as_str();
        guarded(&self.book, &[name], || {
            write_verified(
                store.as_ref(),
                &EntryName::new(name, SecretKind::ClientSecret),
                secret,
            )
        })
    }

    fn rename(&self, existing: &Connection, new: &str) -> Result<Connection> {
        let old = existing.name.as_str();
        let store = self.secrets(existing)?;
        if new != old {
            let moves: Vec<_> = entries(old).into_iter().zip(entries(new)).collect();
            guarded(&self.book, &[old, new], || store.move_entries(&moves))?;
            // Read back before the metadata follows, so a failed move leaves the old name working.
            if store
                .get(&EntryName::new(new, SecretKind::ClientSecret))?
                .is_none()
            {
                return Err(StoreError::ReadBackMismatch {
                    store: store.place(),
                }
                .into());
            }
        }
        let mut renamed = None;
        self.update(old, &mut |c| {
            c.name = new.to_string();
            renamed = Some(c.clone());
        })?;
        renamed.ok_or_else(|| not_found(old))
    }

    fn cached(&self, connection: &Connection) -> Result<TokenRead> {
        let store = self.secrets(connection)?;
        Ok(TokenRead {
            token: cached_in(store.as_ref(), &connection.name)?,
            implausible: false,
        })
    }

    fn claim(&self, connection: &Connection, want: Want) -> Result<Claimed> {
        let claim = self.local_claim(connection)?;
        if let Some(token) = want.take(
            cached_in(claim.store.as_ref(), &connection.name)?.as_ref(),
            clock::now(),
        ) {
            return Ok(Claimed::Fresh(token));
        }
        Ok(Claimed::Held(Box::new(claim)))
    }

    fn claim_to_replace(&self, connection: &Connection) -> Result<Box<dyn Claim>> {
        Ok(Box::new(self.local_claim(connection)?))
    }

    fn requests(&self) -> Result<Vec<Pending>> {
        Ok(self.book.read()?.requests)
    }

    fn keep_request(&self, pending: &Pending, key: &RequestKey) -> Result<()> {
        let name = pending.request.name.as_str();
        let waiting = |book: &Book| {
            book.requests
                .iter()
                .any(|p| p.request.name.eq_ignore_ascii_case(name) && p.answered.is_none())
        };
        if waiting(&self.book()?) {
            return Err(OnboardingError::RequestExists { name: name.into() }.into());
        }
        let store = self.store(pending.key_store.local().unwrap_or_default())?;
        write_key_verified(store.as_ref(), name, key)?;
        self.book.update(|book| {
            if waiting(book) {
                return Err(OnboardingError::RequestExists { name: name.into() }.into());
            }
            book.requests
                .retain(|p| !p.request.name.eq_ignore_ascii_case(name));
            book.requests.push(pending.clone());
            Ok(())
        })
    }

    fn request_key(&self, name: &str) -> Result<Option<RequestKey>> {
        let book = self.book()?;
        let Some(pending) = book.requests.iter().find(|p| p.request.name == name) else {
            return Ok(None);
        };
        let store = self.store(pending.key_store.local().unwrap_or_default())?;
        Ok(store
            .get(&EntryName::new(name, SecretKind::RequestKey))?
            .map(|key| RequestKey::new(key.expose_secret())))
    }

    fn close_request(&self, name: &str, answer: Option<Answered>) -> Result<()> {
        let book = self.book()?;
        let Some(pending) = book.requests.iter().find(|p| p.request.name == name) else {
            return Ok(());
        };
        let store = self.store(pending.key_store.local().unwrap_or_default())?;
        store.delete(&EntryName::new(name, SecretKind::RequestKey))?;
        self.book.update(|book| {
            match &answer {
                Some(answered) => book
                    .requests
                    .iter_mut()
                    .filter(|p| p.request.name == name)
                    .for_each(|p| p.answered = Some(answered.clone())),
                None => book.requests.retain(|p| p.request.name != name),
            }
            Ok(())
        })
    }

    fn tidy(&self) {
        // A keychain that is still away is told about by the change itself.
        let _ = self.reconcile();
    }
}

impl LocalHome {
    fn local_claim(&self, connection: &Connection) -> Result<LocalClaim> {
        let lock = token_lock(self.dir(), &connection.name)?;
        // Read again under the lock: another process may have changed it meanwhile.
        let current = self.book.read()?.find(&connection.name)?.clone();
        Ok(LocalClaim {
            _lock: lock,
            store: self.secrets(&current)?,
            book: self.book.clone(),
            connection: current,
        })
    }
}

/// The file lock, held: no other process of this user refreshes or disconnects meanwhile.
struct LocalClaim {
    _lock: FileLock,
    store: Arc<dyn SecretStore>,
    book: ConnectionBook,
    connection: Connection,
}

impl LocalClaim {
    fn name(&self) -> &str {
        &self.connection.name
    }

    /// The access token and, when there is one, the refresh token, in one call: one encryption
    /// in the file store.
    fn write_tokens(&self, token: &CachedToken, refresh: Option<&RefreshToken>) -> Result<()> {
        let name = self.name();
        let json = token_cache::to_json(token);
        let mut written = vec![(EntryName::new(name, SecretKind::AccessToken), json.as_str())];
        if let Some(refresh) = refresh {
            written.push((
                EntryName::new(name, SecretKind::RefreshToken),
                refresh.expose(),
            ));
        }
        self.store.set_all(&written)
    }
}

impl Claim for LocalClaim {
    fn recent_refreshes(&self) -> Vec<u64> {
        self.connection
            .signed_in
            .as_ref()
            .map(|s| s.recent_refreshes.clone())
            .unwrap_or_default()
    }

    fn replaced_implausible(&self) -> bool {
        false
    }

    fn secrets(&mut self) -> Result<(Option<RefreshToken>, Option<ClientSecret>)> {
        let refresh = self
            .store
            .get(&EntryName::new(self.name(), SecretKind::RefreshToken))?
            .map(|t| RefreshToken::new(t.expose_secret()));
        let secret = self
            .store
            .get(&EntryName::new(self.name(), SecretKind::ClientSecret))?
            .map(|s| ClientSecret::new(s.expose_secret()));
        Ok((refresh, secret))
    }

    fn remaining(&self) -> Option<Duration> {
        None
    }

    fn extend(&mut self, _at_least: Duration) -> Result<()> {
        Ok(())
    }

    fn store(self: Box<Self>, token: &CachedToken, refresh: Option<&RefreshToken>) -> Result<()> {
        self.write_tokens(token, refresh)?;
        let (name, now) = (self.name().to_string(), clock::now());
        self.book.update(|book| {
            let connection = book.find_mut(&name)?;
            if let Some(signed_in) = connection.signed_in.as_mut() {
                window::count(&mut signed_in.recent_refreshes, now);
                signed_in.access_expires_at = token.expires_at;
            }
            connection.updated_at = now;
            Ok(())
        })
    }

    fn keep_sign_in(
        self: Box<Self>,
        token: &CachedToken,
        refresh: &RefreshToken,
        minted_by_refresh: bool,
    ) -> Result<()> {
        self.write_tokens(token, Some(refresh))?;
        let (name, now) = (self.name().to_string(), clock::now());
        // The sign-in's own record is written by the caller; its refresh count starts here.
        self.book.update(|book| {
            let connection = book.find_mut(&name)?;
            if let Some(signed_in) = connection.signed_in.as_mut() {
                signed_in.recent_refreshes = if minted_by_refresh {
                    vec![now]
                } else {
                    Vec::new()
                };
                signed_in.access_expires_at = token.expires_at;
            }
            connection.updated_at = now;
            Ok(())
        })
    }

    fn forget(self: Box<Self>, everything: bool) -> Result<()> {
        let name = self.name().to_string();
        if everything {
            guarded(&self.book, &[&name], || {
                self.store.delete_all(&entries(&name))
            })?;
            return self.book.update(|book| {
                book.connections.retain(|c| c.name != name);
                Ok(())
            });
        }
        let tokens = [
            EntryName::new(&name, SecretKind::RefreshToken),
            EntryName::new(&name, SecretKind::AccessToken),
        ];
        guarded(&self.book, &[&name], || self.store.delete_all(&tokens))?;
        self.book.update(|book| {
            let connection = book.find_mut(&name)?;
            connection.signed_in = None;
            connection.updated_at = clock::now();
            Ok(())
        })
    }
}

/// Runs a change to the secret entries of `names`. When the keychain does not answer in time
/// it may still make the change later, so the names are noted for [`Home::tidy`].
fn guarded<T>(
    book: &ConnectionBook,
    names: &[&str],
    change: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let result = change();
    if let Err(Error::Keychain(KeychainError::Timeout { .. })) = &result {
        let _ = book.update(|book| {
            for name in names {
                if !book.uncertain.iter().any(|n| n == name) {
                    book.uncertain.push((*name).to_string());
                }
            }
            Ok(())
        });
    }
    result
}
