//! The one metadata file: every profile and the chosen secret store, written atomically under a
//! file lock so the app and the CLI never lose each other's updates.

use std::fs::File;
use std::path::{Path, PathBuf};

use fs4::FileExt;
use serde::{Deserialize, Serialize};

use crate::atomic_file::{set_aside, write_atomically};
use crate::error::{Error, Result};
use crate::profile::Profile;
use crate::secret_store::Backend;

pub const FILE_NAME: &str = "profiles.json";
const LOCK_FILE_NAME: &str = "profiles.lock";
pub const SCHEMA_VERSION: u32 = 1;

/// The file's contents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Book {
    /// Where new secrets go.
    #[serde(default)]
    pub secret_store: Backend,
    #[serde(default)]
    pub profiles: Vec<Profile>,
}

impl Book {
    pub fn find(&self, name: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.name == name)
    }

    pub fn find_mut(&mut self, name: &str) -> Option<&mut Profile> {
        self.profiles.iter_mut().find(|p| p.name == name)
    }

    /// Whether a name is used, ignoring case (two names differing only in case would confuse).
    pub fn name_taken(&self, name: &str) -> bool {
        self.profiles
            .iter()
            .any(|p| p.name.eq_ignore_ascii_case(name))
    }

    pub fn names(&self) -> Vec<String> {
        self.profiles.iter().map(|p| p.name.clone()).collect()
    }
}

#[derive(Serialize)]
struct BookFileOut<'a> {
    version: u32,
    #[serde(flatten)]
    book: &'a Book,
}

#[derive(Deserialize)]
struct BookFileIn {
    version: u32,
    #[serde(flatten)]
    book: Book,
}

/// The metadata file in a config directory.
#[derive(Debug, Clone)]
pub struct ProfileBook {
    dir: PathBuf,
}

impl ProfileBook {
    pub fn in_dir(dir: &Path) -> Self {
        ProfileBook {
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
        let path = self.path();
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Book::default()),
            Err(source) => return Err(Error::FileRead { path, source }),
        };
        match serde_json::from_slice::<BookFileIn>(&bytes) {
            Ok(file) if file.version <= SCHEMA_VERSION => Ok(file.book),
            Ok(file) => Err(Error::ProfilesFromNewerVersion {
                path,
                version: file.version,
            }),
            Err(e) => {
                // Never overwrite what we cannot read: set it aside for the user to inspect.
                let moved_to = set_aside(&path)?;
                Err(Error::ProfilesCorrupt {
                    reason: e.to_string(),
                    moved_to,
                })
            }
        }
    }

    /// Reads, changes and writes the book while holding the lock. Nothing is written when `change`
    /// fails.
    pub fn update<T>(&self, change: impl FnOnce(&mut Book) -> Result<T>) -> Result<T> {
        let _lock = self.lock()?;
        let mut book = self.read()?;
        let result = change(&mut book)?;
        let json = serde_json::to_vec_pretty(&BookFileOut {
            version: SCHEMA_VERSION,
            book: &book,
        })
        .expect("profiles serialise");
        write_atomically(&self.path(), &json)?;
        Ok(result)
    }

    fn lock(&self) -> Result<File> {
        let path = self.dir.join(LOCK_FILE_NAME);
        let io_err = |source| Error::FileWrite {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(&self.dir).map_err(io_err)?;
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_err)?;
        FileExt::lock(&file).map_err(io_err)?;
        Ok(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registration::WizardInput;

    fn profile(name: &str) -> Profile {
        let mut input = WizardInput::default();
        input.catalyst.project = "p".into();
        input.catalyst.org = "1".into();
        let plan = input.plan().unwrap();
        Profile::new(
            name.into(),
            "1000.X".into(),
            input,
            &plan,
            Backend::Keychain,
        )
    }

    #[test]
    fn update_then_read_round_trips_with_a_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let book = ProfileBook::in_dir(dir.path());
        assert_eq!(book.read().unwrap(), Book::default());
        book.update(|b| {
            b.profiles.push(profile("a"));
            Ok(())
        })
        .unwrap();
        let read = book.read().unwrap();
        assert_eq!(
            read.profiles,
            [profile("a")].map(|mut p| {
                p.created_at = read.profiles[0].created_at;
                p.updated_at = read.profiles[0].updated_at;
                p
            })
        );
        let raw: serde_json::Value =
            serde_json::from_slice(&std::fs::read(book.path()).unwrap()).unwrap();
        assert_eq!(raw["version"], 1);
        assert_eq!(raw["secretStore"], "keychain");
    }

    #[test]
    fn a_failed_change_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let book = ProfileBook::in_dir(dir.path());
        let err = book
            .update::<()>(|b| {
                b.profiles.push(profile("a"));
                Err(Error::ProfileNameEmpty)
            })
            .unwrap_err();
        assert_eq!(err.kind(), "profile_name_empty");
        assert!(!book.path().exists());
    }

    #[test]
    fn a_corrupt_file_is_moved_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let book = ProfileBook::in_dir(dir.path());
        std::fs::write(book.path(), b"{\"version\":1,\"profiles\":[{\"na").unwrap();
        let err = book.read().unwrap_err();
        let Error::ProfilesCorrupt { moved_to, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(
            std::fs::read(moved_to).unwrap(),
            b"{\"version\":1,\"profiles\":[{\"na"
        );
        assert!(err.to_string().contains(&moved_to.display().to_string()));
        assert_eq!(book.read().unwrap(), Book::default());
    }

    #[test]
    fn a_newer_schema_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let book = ProfileBook::in_dir(dir.path());
        std::fs::write(book.path(), br#"{"version":7,"profiles":[]}"#).unwrap();
        assert_eq!(
            book.read().unwrap_err().kind(),
            "profiles_from_newer_version"
        );
        assert!(book.path().exists());
    }

    #[test]
    fn concurrent_updates_from_threads_are_all_kept() {
        let dir = tempfile::tempdir().unwrap();
        let book = ProfileBook::in_dir(dir.path());
        std::thread::scope(|s| {
            for i in 0..8 {
                let book = book.clone();
                s.spawn(move || {
                    book.update(|b| {
                        b.profiles.push(profile(&format!("p{i}")));
                        Ok(())
                    })
                    .unwrap()
                });
            }
        });
        assert_eq!(book.read().unwrap().profiles.len(), 8);
    }
}
