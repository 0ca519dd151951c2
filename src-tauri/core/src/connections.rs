//! Saved connections: profiles in the metadata file, their secrets in the chosen secret store.
//! Both the app and the CLI go through here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use secrecy::ExposeSecret;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::profile::{self, Profile};
use crate::profile_book::{Book, ProfileBook};
use crate::registration::WizardInput;
use crate::secret::{ClientSecret, Passphrase};
use crate::secret_store::encrypted_file::EncryptedFileStore;
use crate::secret_store::keychain::KeychainStore;
use crate::secret_store::{Backend, EntryName, SecretKind, SecretStore};

/// What a new connection is made of, apart from its secret.
#[derive(Debug, Clone)]
pub struct NewConnection {
    pub name: String,
    pub client_id: String,
    pub input: WizardInput,
}

/// The outcome of saving a secret, for "Saved in {store} · ••••abcd".
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SavedSecret {
    pub profile: Profile,
    pub stored_in: &'static str,
    pub secret_last4: String,
    /// Shape warnings about the client ID or secret (saved all the same).
    pub warnings: Vec<String>,
}

/// The active secret store, as shown to the user.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StoreStatus {
    pub active: Backend,
    pub description: &'static str,
    /// Whether the encrypted file exists (so choosing it asks for the passphrase once, not twice).
    pub file_exists: bool,
    pub file_path: PathBuf,
}

/// Profiles and their secrets in one config directory.
pub struct Connections {
    book: ProfileBook,
    keychain: Arc<dyn SecretStore>,
}

impl Connections {
    pub fn new(dir: &Path, keychain: Arc<dyn SecretStore>) -> Self {
        Connections {
            book: ProfileBook::in_dir(dir),
            keychain,
        }
    }

    /// The user's connections: the config directory and the OS keychain.
    pub fn open_default() -> Result<Self> {
        let dir = crate::config_dir::config_dir()?;
        Ok(Self::new(&dir, Arc::new(KeychainStore::default())))
    }

    pub fn dir(&self) -> &Path {
        self.book.dir()
    }

    fn file_store(&self, passphrase: Passphrase) -> EncryptedFileStore {
        EncryptedFileStore::in_dir(self.book.dir(), passphrase)
    }

    /// The store holding a profile's secrets.
    pub fn store_of(
        &self,
        profile: &Profile,
        passphrase: Option<&Passphrase>,
    ) -> Result<Arc<dyn SecretStore>> {
        self.store(profile.secret_store, passphrase)
    }

    /// Changes a profile's metadata under the file lock.
    pub fn update_profile<T>(
        &self,
        name: &str,
        change: impl FnOnce(&mut Profile) -> T,
    ) -> Result<T> {
        self.book.update(|book| {
            let profile = find_mut(book, name)?;
            let result = change(profile);
            profile.updated_at = profile::now();
            Ok(result)
        })
    }

    /// A lock shared by every process refreshing this profile's tokens.
    pub fn token_lock(&self, name: &str) -> Result<std::fs::File> {
        let dir = self.book.dir().join("locks");
        let path = dir.join(format!("{name}.token.lock"));
        let io_err = |source| Error::FileWrite {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(&dir).map_err(io_err)?;
        let file = std::fs::File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_err)?;
        fs4::FileExt::lock(&file).map_err(io_err)?;
        Ok(file)
    }

    fn store(
        &self,
        backend: Backend,
        passphrase: Option<&Passphrase>,
    ) -> Result<Arc<dyn SecretStore>> {
        match backend {
            Backend::Keychain => Ok(Arc::clone(&self.keychain)),
            Backend::EncryptedFile => {
                let passphrase = passphrase.ok_or(Error::PassphraseNeeded)?;
                Ok(Arc::new(self.file_store(passphrase.clone())))
            }
        }
    }

    pub fn store_status(&self) -> Result<StoreStatus> {
        let active = self.book.read()?.secret_store;
        let file = self.file_store(Passphrase::new(""));
        Ok(StoreStatus {
            active,
            description: active.describe(),
            file_exists: file.exists(),
            file_path: file.path().to_path_buf(),
        })
    }

    /// Makes `backend` the store for new secrets. The encrypted file is created (or its passphrase
    /// checked) first. Existing profiles keep their secrets where they are.
    pub fn use_store(&self, backend: Backend, passphrase: Option<&Passphrase>) -> Result<()> {
        if backend == Backend::EncryptedFile {
            let passphrase = passphrase.ok_or(Error::PassphraseNeeded)?;
            self.file_store(passphrase.clone()).open_or_create()?;
        }
        self.book.update(|book| {
            book.secret_store = backend;
            Ok(())
        })
    }

    pub fn list(&self) -> Result<Vec<Profile>> {
        Ok(self.book.read()?.profiles)
    }

    pub fn get(&self, name: &str) -> Result<Profile> {
        find(&self.book.read()?, name).cloned()
    }

    /// A free name suggested from a client name.
    pub fn suggest_name(&self, client_name: &str) -> Result<String> {
        Ok(profile::suggest_name(
            client_name,
            &self.book.read()?.names(),
        ))
    }

    /// Checks a new connection without saving it: every problem, and shape warnings.
    pub fn check_new(&self, new: &NewConnection, secret: Option<&ClientSecret>) -> Checked {
        let mut checked = Checked::default();
        match profile::profile_name(&new.name) {
            Ok(name) => match self.book.read() {
                Ok(book) if book.name_taken(&name) => {
                    checked.problems.push(Error::ProfileExists { name })
                }
                Ok(_) => {}
                Err(e) => checked.problems.push(e),
            },
            Err(e) => checked.problems.push(e),
        }
        match profile::client_id(&new.client_id) {
            Ok((_, warning)) => checked.warnings.extend(warning),
            Err(e) => checked.problems.push(e),
        }
        if let Some(secret) = secret {
            match profile::check_client_secret(secret.expose()) {
                Ok(warning) => checked.warnings.extend(warning),
                Err(e) => checked.problems.push(e),
            }
        }
        if let Err(problems) = new.input.plan() {
            checked.problems.extend(problems);
        }
        checked
    }

    /// Saves a new connection: the secret first (written, read back, compared), then the profile.
    /// When the secret cannot be stored, nothing is written.
    pub fn add(
        &self,
        new: &NewConnection,
        secret: &ClientSecret,
        passphrase: Option<&Passphrase>,
    ) -> Result<SavedSecret> {
        let Checked { problems, warnings } = self.check_new(new, Some(secret));
        if let Some(first) = problems.into_iter().next() {
            return Err(first);
        }
        let name = profile::profile_name(&new.name)?;
        let (client_id, _) = profile::client_id(&new.client_id)?;
        let plan = new.input.plan().map_err(|mut e| e.remove(0))?;
        let backend = self.book.read()?.secret_store;
        let store = self.store(backend, passphrase)?;
        write_verified(
            store.as_ref(),
            &EntryName::new(&name, SecretKind::ClientSecret),
            secret,
        )?;

        let profile = Profile::new(name, client_id, new.input.clone(), &plan, backend);
        self.book.update(|book| {
            if book.name_taken(&profile.name) {
                return Err(Error::ProfileExists {
                    name: profile.name.clone(),
                });
            }
            book.profiles.push(profile.clone());
            Ok(())
        })?;
        Ok(SavedSecret {
            profile,
            stored_in: backend.describe(),
            secret_last4: secret.last4(),
            warnings,
        })
    }

    /// Replaces the client secret of a profile (after regenerating it in the console).
    pub fn set_secret(
        &self,
        name: &str,
        secret: &ClientSecret,
        passphrase: Option<&Passphrase>,
    ) -> Result<SavedSecret> {
        let existing = self.get(name)?;
        let warning = profile::check_client_secret(secret.expose())?;
        let store = self.store(existing.secret_store, passphrase)?;
        write_verified(
            store.as_ref(),
            &EntryName::new(&existing.name, SecretKind::ClientSecret),
            secret,
        )?;
        let profile = self.book.update(|book| {
            let profile = find_mut(book, name)?;
            profile.updated_at = profile::now();
            Ok(profile.clone())
        })?;
        Ok(SavedSecret {
            stored_in: profile.secret_store.describe(),
            profile,
            secret_last4: secret.last4(),
            warnings: warning.into_iter().collect(),
        })
    }

    /// Renames a profile, moving its secrets to entries under the new name.
    pub fn rename(&self, old: &str, new: &str, passphrase: Option<&Passphrase>) -> Result<Profile> {
        let existing = self.get(old)?;
        let new = profile::profile_name(new)?;
        if !new.eq_ignore_ascii_case(old) && self.book.read()?.name_taken(&new) {
            return Err(Error::ProfileExists { name: new });
        }
        let store = self.store(existing.secret_store, passphrase)?;
        if new != old {
            let moves: Vec<_> = SecretKind::ALL
                .iter()
                .map(|&kind| (EntryName::new(old, kind), EntryName::new(&new, kind)))
                .collect();
            store.move_entries(&moves)?;
            // Read back before the metadata follows, so a failed move leaves the old name working.
            if store
                .get(&EntryName::new(&new, SecretKind::ClientSecret))?
                .is_none()
            {
                return Err(Error::SecretReadBackMismatch {
                    store: store.backend().describe(),
                });
            }
        }
        let renamed = self.book.update(|book| {
            let profile = find_mut(book, old)?;
            profile.name = new.clone();
            profile.updated_at = profile::now();
            Ok(profile.clone())
        })?;
        Ok(renamed)
    }

    /// Deletes a profile's secrets, then the profile. If the secrets cannot be deleted, the profile
    /// stays, so nothing is left behind unnamed.
    pub fn remove(&self, name: &str, passphrase: Option<&Passphrase>) -> Result<()> {
        let existing = self.get(name)?;
        let store = self.store(existing.secret_store, passphrase)?;
        let entries: Vec<_> = SecretKind::ALL
            .iter()
            .map(|&kind| EntryName::new(name, kind))
            .collect();
        store.delete_all(&entries)?;
        self.book.update(|book| {
            book.profiles.retain(|p| p.name != name);
            Ok(())
        })
    }

    /// The stored client secret of a profile.
    pub fn client_secret(
        &self,
        name: &str,
        passphrase: Option<&Passphrase>,
    ) -> Result<ClientSecret> {
        let profile = self.get(name)?;
        let store = self.store(profile.secret_store, passphrase)?;
        store
            .get(&EntryName::new(name, SecretKind::ClientSecret))?
            .map(|s| ClientSecret::new(s.expose_secret()))
            .ok_or(Error::SecretMissing {
                name: name.to_string(),
                store: profile.secret_store.describe(),
            })
    }
}

/// Problems that block saving, and warnings that do not.
#[derive(Debug, Default)]
pub struct Checked {
    pub problems: Vec<Error>,
    pub warnings: Vec<String>,
}

fn find<'a>(book: &'a Book, name: &str) -> Result<&'a Profile> {
    book.find(name).ok_or_else(|| Error::ProfileNotFound {
        name: name.to_string(),
    })
}

fn find_mut<'a>(book: &'a mut Book, name: &str) -> Result<&'a mut Profile> {
    book.find_mut(name).ok_or_else(|| Error::ProfileNotFound {
        name: name.to_string(),
    })
}

/// Writes a secret and reads it back, so a store that silently mangles or drops it is caught now
/// rather than at the first token request.
fn write_verified(store: &dyn SecretStore, entry: &EntryName, secret: &ClientSecret) -> Result<()> {
    store.set(entry, secret.expose())?;
    let stored = store.get(entry)?;
    if stored.as_ref().map(|s| s.expose_secret()) != Some(secret.expose()) {
        return Err(Error::SecretReadBackMismatch {
            store: store.backend().describe(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret_store::memory::MemoryStore;

    const SECRET: &str = "0123456789abcdef0123456789abcdef0123456789";
    const ID: &str = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";

    fn new_connection(name: &str) -> NewConnection {
        let mut input = WizardInput::default();
        input.catalyst.project = "LeadManager".into();
        input.catalyst.org = "60012345678".into();
        NewConnection {
            name: name.into(),
            client_id: ID.into(),
            input,
        }
    }

    fn setup() -> (tempfile::TempDir, Arc<MemoryStore>, Connections) {
        let dir = tempfile::tempdir().unwrap();
        let keychain = Arc::new(MemoryStore::new());
        let connections = Connections::new(dir.path(), keychain.clone());
        (dir, keychain, connections)
    }

    #[test]
    fn add_stores_the_secret_with_a_label_and_the_profile_without_it() {
        let (dir, keychain, connections) = setup();
        let saved = connections
            .add(&new_connection("crm"), &ClientSecret::new(SECRET), None)
            .unwrap();
        assert_eq!(saved.secret_last4, "6789");
        assert_eq!(saved.stored_in, Backend::Keychain.describe());
        assert!(saved.warnings.is_empty());
        assert_eq!(
            keychain.label("crm/client_secret").unwrap(),
            "Zoho client secret: crm"
        );
        assert_eq!(
            connections.client_secret("crm", None).unwrap().expose(),
            SECRET
        );

        let profile = connections.get("crm").unwrap();
        assert_eq!(profile.client_id, ID);
        assert_eq!(profile.dc, "us");
        assert_eq!(profile.redirect_uris.len(), 3);
        assert_eq!(profile.loopback_uri, "http://localhost:47823/callback");
        let file = std::fs::read_to_string(dir.path().join("profiles.json")).unwrap();
        assert!(!file.contains(SECRET));
    }

    #[test]
    fn names_are_unique_and_inputs_checked_before_anything_is_stored() {
        let (_dir, keychain, connections) = setup();
        connections
            .add(&new_connection("crm"), &ClientSecret::new(SECRET), None)
            .unwrap();
        let err = connections
            .add(&new_connection("CRM"), &ClientSecret::new(SECRET), None)
            .unwrap_err();
        assert_eq!(err.kind(), "profile_exists");

        let mut swapped = new_connection("other");
        swapped.client_id = SECRET.into();
        let err = connections
            .add(&swapped, &ClientSecret::new(ID), None)
            .unwrap_err();
        assert_eq!(err.kind(), "client_id_looks_like_secret");
        let checked = connections.check_new(&swapped, Some(&ClientSecret::new(ID)));
        let kinds: Vec<_> = checked.problems.iter().map(Error::kind).collect();
        assert_eq!(
            kinds,
            ["client_id_looks_like_secret", "client_secret_looks_like_id"]
        );
        assert_eq!(keychain.len(), 1);
    }

    #[test]
    fn keychain_unavailable_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let connections = Connections::new(dir.path(), Arc::new(MemoryStore::unavailable()));
        let err = connections
            .add(&new_connection("crm"), &ClientSecret::new(SECRET), None)
            .unwrap_err();
        assert_eq!(err.kind(), "keychain_unavailable");
        assert!(err.is_secret_store_unavailable());
        assert!(err.to_string().contains("encrypted file store"));
        assert!(!dir.path().join("profiles.json").exists());
    }

    #[test]
    fn shape_warnings_do_not_block() {
        let (_dir, _keychain, connections) = setup();
        let mut odd = new_connection("odd");
        odd.client_id = "1000.lowercase".into();
        let saved = connections
            .add(&odd, &ClientSecret::new("shortsecret"), None)
            .unwrap();
        assert_eq!(saved.warnings.len(), 2);
    }

    #[test]
    fn replace_rename_and_remove() {
        let (_dir, keychain, connections) = setup();
        connections
            .add(&new_connection("crm"), &ClientSecret::new(SECRET), None)
            .unwrap();
        let other = "abcdefabcdefabcdefabcdefabcdefabcdefabcdef";
        let saved = connections
            .set_secret("crm", &ClientSecret::new(other), None)
            .unwrap();
        assert_eq!(saved.secret_last4, "cdef");
        assert_eq!(
            connections.client_secret("crm", None).unwrap().expose(),
            other
        );

        let renamed = connections.rename("crm", "crm-eu", None).unwrap();
        assert_eq!(renamed.name, "crm-eu");
        assert_eq!(
            connections.client_secret("crm-eu", None).unwrap().expose(),
            other
        );
        assert_eq!(
            keychain.label("crm-eu/client_secret").unwrap(),
            "Zoho client secret: crm-eu"
        );
        assert!(keychain.label("crm/client_secret").is_none());
        assert_eq!(
            connections.get("crm").unwrap_err().kind(),
            "profile_not_found"
        );

        connections.remove("crm-eu", None).unwrap();
        assert!(keychain.is_empty());
        assert!(connections.list().unwrap().is_empty());
    }

    #[test]
    fn encrypted_file_store_is_used_only_when_chosen_and_needs_its_passphrase() {
        let (dir, keychain, connections) = setup();
        assert_eq!(
            connections.store_status().unwrap().active,
            Backend::Keychain
        );
        assert_eq!(
            connections
                .use_store(Backend::EncryptedFile, None)
                .unwrap_err()
                .kind(),
            "passphrase_needed"
        );
        let passphrase = Passphrase::new("correct horse battery");
        connections
            .use_store(Backend::EncryptedFile, Some(&passphrase))
            .unwrap();
        let status = connections.store_status().unwrap();
        assert_eq!(status.active, Backend::EncryptedFile);
        assert!(status.file_exists);

        let err = connections
            .add(&new_connection("crm"), &ClientSecret::new(SECRET), None)
            .unwrap_err();
        assert_eq!(err.kind(), "passphrase_needed");
        let saved = connections
            .add(
                &new_connection("crm"),
                &ClientSecret::new(SECRET),
                Some(&passphrase),
            )
            .unwrap();
        assert_eq!(saved.stored_in, "the encrypted file store");
        assert!(keychain.is_empty());
        assert_eq!(
            connections
                .client_secret("crm", Some(&passphrase))
                .unwrap()
                .expose(),
            SECRET
        );
        let wrong = Passphrase::new("wrong horse battery");
        assert_eq!(
            connections
                .client_secret("crm", Some(&wrong))
                .unwrap_err()
                .kind(),
            "file_store_wrong_passphrase"
        );
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            assert!(!bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()));
        }
    }
}
