//! The one metadata file, `connections.json`: every connection and the chosen secret store,
//! written atomically under a file lock so the app and the CLI never lose each other's updates.
//! Files from older versions (`profiles.json`, schema 1) are migrated on first read.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::atomic_file::{set_aside, write_atomically};
use crate::connection::Connection;
use crate::error::{FileError, InputError, Result};
use crate::file_lock::FileLock;
use crate::onboarding::pending::Pending;
use crate::secret_store::Backend;
use crate::team::settings::TeamSettings;
use crate::updates::Updates;

pub const FILE_NAME: &str = "connections.json";
/// What schema 1 was called, before connections had one name everywhere.
const OLD_FILE_NAME: &str = "profiles.json";
const LOCK_FILE_NAME: &str = "connections.lock";
/// 2: `profiles` became `connections`, and each one's `zoho` became `signedIn`.
pub const SCHEMA_VERSION: u32 = 2;

/// The file's contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Book {
    /// This computer's store for the secrets of connections made here.
    #[serde(default)]
    pub secret_store: Backend,
    /// Where new connections go: here, or the team store.
    #[serde(default)]
    pub new_connections: NewConnections,
    #[serde(default)]
    pub connections: Vec<Connection>,
    /// Connections whose keychain entries a timed-out call may still change: checked, and
    /// entries without a connection removed, at the next change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uncertain: Vec<String>,
    /// Seconds until a secret the app copied is cleared from the clipboard; 0 keeps it.
    #[serde(default = "default_clipboard_clear_secs")]
    pub clipboard_clear_secs: u64,
    /// The app's language as chosen in it (a language tag); `None` follows the operating system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Whether the app looks for new versions by itself, and what it last found.
    #[serde(default, skip_serializing_if = "Updates::is_default")]
    pub updates: Updates,
    /// The team store this machine uses, if any (its connections are listed beside these).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team: Option<TeamSettings>,
    /// Credentials requests made on this computer (their keys are in the secret store).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requests: Vec<Pending>,
}

/// Where new connections go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum NewConnections {
    /// This computer: connections.json, their secrets in [`Book::secret_store`].
    #[default]
    Here,
    /// The team store set up in [`Book::team`].
    Team,
}

fn default_clipboard_clear_secs() -> u64 {
    crate::clipboard::DEFAULT_CLEAR_AFTER.as_secs()
}

impl Default for Book {
    fn default() -> Self {
        Book {
            secret_store: Backend::default(),
            new_connections: NewConnections::default(),
            connections: Vec::new(),
            uncertain: Vec::new(),
            clipboard_clear_secs: default_clipboard_clear_secs(),
            language: None,
            updates: Updates::default(),
            team: None,
            requests: Vec::new(),
        }
    }
}

impl Book {
    pub fn find(&self, name: &str) -> Result<&Connection> {
        self.connections
            .iter()
            .find(|c| c.name == name)
            .ok_or_else(|| not_found(name))
    }

    pub fn find_mut(&mut self, name: &str) -> Result<&mut Connection> {
        self.connections
            .iter_mut()
            .find(|c| c.name == name)
            .ok_or_else(|| not_found(name))
    }

    /// Whether a name is used, ignoring case (two names differing only in case would confuse).
    pub fn name_taken(&self, name: &str) -> bool {
        self.connections
            .iter()
            .any(|c| c.name.eq_ignore_ascii_case(name))
    }

    pub fn names(&self) -> Vec<String> {
        self.connections.iter().map(|c| c.name.clone()).collect()
    }
}

pub(crate) fn not_found(name: &str) -> crate::Error {
    InputError::ConnectionNotFound {
        name: name.to_string(),
    }
    .into()
}

#[derive(Serialize)]
struct BookFileOut<'a> {
    version: u32,
    #[serde(flatten)]
    book: &'a Book,
}

/// The metadata file in a config folder.
#[derive(Debug, Clone)]
pub struct ConnectionBook {
    dir: PathBuf,
}

/// Brings a schema 1 document up to schema 2.
fn migrate_v1(mut doc: Value) -> Value {
    if let Some(object) = doc.as_object_mut() {
        let mut connections = object
            .remove("profiles")
            .unwrap_or(Value::Array(Vec::new()));
        for connection in connections.as_array_mut().into_iter().flatten() {
            if let Some(connection) = connection.as_object_mut() {
                if let Some(signed_in) = connection.remove("zoho") {
                    connection.insert("signedIn".into(), signed_in);
                }
            }
        }
        object.insert("connections".into(), connections);
        object.insert("version".into(), SCHEMA_VERSION.into());
    }
    doc
}

/// An earlier version said "new connections go to the team store" by naming it as the store
/// for secrets (`"secretStore": "vault"`): now two settings, this computer's store and where new
/// connections go.
fn separate_team_choice(mut doc: Value) -> Value {
    if let Some(object) = doc.as_object_mut() {
        if object.get("secretStore").and_then(Value::as_str) == Some("vault") {
            object.insert("secretStore".into(), "keychain".into());
            object.insert("newConnections".into(), "team".into());
        }
    }
    doc
}

impl ConnectionBook {
    pub fn in_dir(dir: &Path) -> Self {
        ConnectionBook {
            dir: dir.to_path_buf(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// The current contents (empty when there is no file yet).
    pub fn read(&self) -> Result<Book> {
        crate::private_dir::secure(&self.dir)?;
        let path = self.path();
        let (path, bytes) = match std::fs::read(&path) {
            Ok(bytes) => (path, bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // An older version's file, not migrated yet (read-only here; `update` migrates).
                let old = self.dir.join(OLD_FILE_NAME);
                match std::fs::read(&old) {
                    Ok(bytes) => (old, bytes),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        return Ok(Book::default())
                    }
                    Err(source) => return Err(FileError::CannotRead { path: old, source }.into()),
                }
            }
            Err(source) => return Err(FileError::CannotRead { path, source }.into()),
        };
        let parsed = serde_json::from_slice::<Value>(&bytes).and_then(|doc| {
            let version = doc.get("version").and_then(Value::as_u64).unwrap_or(0) as u32;
            if version > SCHEMA_VERSION {
                return Ok(Err(version));
            }
            let doc = if version < 2 { migrate_v1(doc) } else { doc };
            let doc = separate_team_choice(doc);
            serde_json::from_value::<Book>(doc).map(Ok)
        });
        match parsed {
            Ok(Ok(book)) => Ok(book),
            Ok(Err(version)) => {
                Err(FileError::ConnectionsFromNewerVersion { path, version }.into())
            }
            Err(e) => {
                // Never overwrite what we cannot read: set it aside for the user to inspect.
                let moved_to = set_aside(&path)?;
                Err(FileError::ConnectionsCorrupt {
                    reason: e.to_string(),
                    moved_to,
                }
                .into())
            }
        }
    }

    /// Reads, changes and writes the book while holding the lock. Nothing is written when `change`
    /// fails. An older version's file is replaced by the new one.
    pub fn update<T>(&self, change: impl FnOnce(&mut Book) -> Result<T>) -> Result<T> {
        let _lock = FileLock::acquire(&self.dir.join(LOCK_FILE_NAME))?;
        let mut book = self.read()?;
        let result = change(&mut book)?;
        let json = serde_json::to_vec_pretty(&BookFileOut {
            version: SCHEMA_VERSION,
            book: &book,
        })
        .expect("connections serialise");
        write_atomically(&self.path(), &json)?;
        let old = self.dir.join(OLD_FILE_NAME);
        if old.exists() {
            // Kept beside the new file, renamed, in case an older version must be run again.
            let _ = std::fs::rename(&old, self.dir.join(format!("{OLD_FILE_NAME}.v1")));
        }
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registration::WizardInput;

    fn connection(name: &str) -> Connection {
        let mut input = WizardInput::default();
        input.catalyst.project = "p".into();
        input.catalyst.org = "1".into();
        let plan = input.plan().unwrap();
        Connection::new(
            name.into(),
            "1000.X".into(),
            input,
            &plan,
            crate::secret_store::Place::Keychain,
        )
    }

    #[test]
    fn an_earlier_team_choice_becomes_where_new_connections_go() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            r#"{"version": 2, "secretStore": "vault", "connections": []}"#,
        )
        .unwrap();
        let read = ConnectionBook::in_dir(dir.path()).read().unwrap();
        assert_eq!(read.secret_store, Backend::Keychain);
        assert_eq!(read.new_connections, NewConnections::Team);
        assert_eq!(Book::default().new_connections, NewConnections::Here);
    }

    #[test]
    fn update_then_read_round_trips_with_a_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let book = ConnectionBook::in_dir(dir.path());
        assert_eq!(book.read().unwrap(), Book::default());
        let added = connection("a");
        book.update(|b| {
            b.connections.push(added.clone());
            Ok(())
        })
        .unwrap();
        assert_eq!(book.read().unwrap().connections, [added]);
        let raw: Value = serde_json::from_slice(&std::fs::read(book.path()).unwrap()).unwrap();
        assert_eq!(raw["version"], 2);
        assert_eq!(raw["secretStore"], "keychain");
        assert_eq!(raw["connections"][0]["name"], "a");
    }

    #[test]
    fn a_version_1_profiles_file_is_migrated_and_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let old = r#"{
          "version": 1,
          "secretStore": "encrypted-file",
          "profiles": [{
            "name": "crm", "dc": "eu", "clientId": "1000.X", "template": "hotglue",
            "input": {"dc": "eu", "template": "hotglue"},
            "clientName": "Optiply Hotglue", "homepage": "https://www.optiply.com",
            "redirectUris": ["https://hotglue.xyz/callback", "http://localhost:47823/callback"],
            "loopbackPort": 47823, "loopbackUri": "http://localhost:47823/callback",
            "secretStore": "keychain", "createdAt": 1, "updatedAt": 2,
            "scopes": ["AaaServer.profile.READ"], "usePkce": false,
            "zoho": {"accountsServer": "https://accounts.zoho.eu", "apiDomain": "https://www.zohoapis.eu",
                     "location": "eu", "email": "a@example.com", "grantedScopes": [],
                     "connectedAt": 3, "accessExpiresAt": 4, "recentRefreshes": [5]}
          }]
        }"#;
        std::fs::write(dir.path().join("profiles.json"), old).unwrap();
        let book = ConnectionBook::in_dir(dir.path());
        let read = book.read().unwrap();
        assert_eq!(read.secret_store, Backend::EncryptedFile);
        let crm = read.find("crm").unwrap();
        let signed_in = crm.signed_in.as_ref().unwrap();
        assert_eq!(signed_in.email.as_deref(), Some("a@example.com"));
        assert_eq!(signed_in.recent_refreshes, [5]);

        book.update(|_| Ok(())).unwrap();
        assert!(!dir.path().join("profiles.json").exists());
        assert!(dir.path().join("profiles.json.v1").exists());
        let raw: Value = serde_json::from_slice(&std::fs::read(book.path()).unwrap()).unwrap();
        assert_eq!(raw["version"], 2);
        assert_eq!(raw["connections"][0]["signedIn"]["email"], "a@example.com");
        assert!(raw["connections"][0].get("zoho").is_none());
        assert_eq!(book.read().unwrap(), read);
    }

    #[test]
    fn a_failed_change_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let book = ConnectionBook::in_dir(dir.path());
        let err = book
            .update::<()>(|b| {
                b.connections.push(connection("a"));
                Err(InputError::ConnectionNameEmpty.into())
            })
            .unwrap_err();
        assert_eq!(err.kind(), "connection_name_empty");
        assert!(!book.path().exists());
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let book = ConnectionBook::in_dir(dir.path());
        std::fs::write(book.path(), b"{\"version\":2,\"connections\":[{\"na").unwrap();
        let err = book.read().unwrap_err();
        let crate::Error::File(FileError::ConnectionsCorrupt { moved_to, .. }) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(
            std::fs::read(moved_to).unwrap(),
            b"{\"version\":2,\"connections\":[{\"na"
        );
        assert!(err.to_string().contains(&moved_to.display().to_string()));
        assert_eq!(book.read().unwrap(), Book::default());
    }

    #[test]
    fn a_newer_schema_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let book = ConnectionBook::in_dir(dir.path());
        std::fs::write(book.path(), br#"{"version":7,"connections":[]}"#).unwrap();
        assert_eq!(
            book.read().unwrap_err().kind(),
            "connections_from_newer_version"
        );
        assert!(book.path().exists());
    }

    #[test]
    fn concurrent_updates_from_threads_are_all_kept() {
        let dir = tempfile::tempdir().unwrap();
        let book = ConnectionBook::in_dir(dir.path());
        std::thread::scope(|s| {
            for i in 0..8 {
                let book = book.clone();
                s.spawn(move || {
                    book.update(|b| {
                        b.connections.push(connection(&format!("c{i}")));
                        Ok(())
                    })
                    .unwrap();
                });
            }
        });
        assert_eq!(book.read().unwrap().connections.len(), 8);
    }
}
