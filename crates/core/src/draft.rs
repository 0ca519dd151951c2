//! The wizard's unfinished inputs, saved so closing and reopening the app resumes where it was.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::atomic_file::{set_aside, write_atomically};
use crate::error::{FileError, Result};
use crate::registration::WizardInput;
use crate::secret::looks_like_secret;
use zeroize::Zeroize;

const DRAFT_FILE: &str = "draft.json";
const SCHEMA_VERSION: u32 = 1;

/// The step the user was on and everything typed so far. Holds no secrets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    /// 1-based wizard step.
    pub step: u8,
    pub input: WizardInput,
    /// What step 3 holds besides the secret, which is never part of a draft.
    #[serde(default)]
    pub client_id: String,
    /// (`profileName` in drafts of older versions.)
    #[serde(default, alias = "profileName")]
    pub connection_name: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DraftFile {
    version: u32,
    #[serde(flatten)]
    draft: Draft,
}

impl Draft {
    /// The draft with every value that looks like a client secret or a Zoho token blanked.
    pub fn without_secrets(&self) -> Draft {
        let mut draft = self.clone();
        let input = &mut draft.input;
        let custom = &mut input.custom;
        let fields = [
            &mut draft.client_id,
            &mut draft.connection_name,
            &mut input.dc,
            &mut input.client_name,
            &mut input.loopback_port,
            &mut input.catalyst.project,
            &mut input.catalyst.org,
            &mut input.catalyst.environment,
            &mut input.catalyst.function,
            &mut input.catalyst.serve_port,
            &mut input.hotglue.homepage,
            &mut custom.homepage,
        ];
        for field in fields.into_iter().chain(custom.redirect_uris.iter_mut()) {
            if looks_like_secret(field.trim()) {
                field.zeroize();
            }
        }
        draft
    }
}

/// What resuming finds: the draft, and a notice when an unreadable one was set aside.
#[derive(Debug, Clone, Serialize)]
pub struct Resumed {
    pub draft: Option<Draft>,
    /// What happened to the draft set aside, as the error it was (each front end words it).
    pub notice: Option<crate::Problem>,
}

/// Reads and writes the draft file in one folder.
#[derive(Debug, Clone)]
pub struct DraftStore {
    path: PathBuf,
}

impl DraftStore {
    pub fn in_dir(dir: &Path) -> Self {
        DraftStore {
            path: dir.join(DRAFT_FILE),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The saved draft, or `None` when there is none. A file that cannot be understood is moved
    /// aside (never overwritten or deleted) and reported as [`FileError::DraftCorrupt`].
    pub fn load(&self) -> Result<Option<Draft>> {
        if let Some(dir) = self.path.parent() {
            crate::private_dir::secure(dir)?;
        }
        let bytes = match std::fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(FileError::CannotRead {
                    path: self.path.clone(),
                    source,
                }
                .into())
            }
        };
        let reason = match serde_json::from_slice::<DraftFile>(&bytes) {
            Ok(file) if file.version == SCHEMA_VERSION => return Ok(Some(file.draft)),
            Ok(file) => format!(
                "it was written by a newer version (schema {})",
                file.version
            ),
            Err(e) => e.to_string(),
        };
        let moved_to = set_aside(&self.path)?;
        Err(FileError::DraftCorrupt { reason, moved_to }.into())
    }

    /// Like [`DraftStore::load`], but an unreadable draft is a notice rather than an error: the
    /// wizard starts fresh and says why.
    pub fn resume(&self) -> Result<Resumed> {
        match self.load() {
            Ok(draft) => Ok(Resumed {
                draft,
                notice: None,
            }),
            Err(e @ crate::Error::File(FileError::DraftCorrupt { .. })) => Ok(Resumed {
                draft: None,
                notice: Some(e.to_problem()),
            }),
            Err(e) => Err(e),
        }
    }

    /// Saves the draft, every secret-shaped value blanked first: a secret pasted into the
    /// wrong field must not stay on disk when the wizard is abandoned.
    pub fn save(&self, draft: &Draft) -> Result<()> {
        let file = DraftFile {
            version: SCHEMA_VERSION,
            draft: draft.without_secrets(),
        };
        let json = serde_json::to_vec_pretty(&file).expect("a draft always serialises");
        Ok(write_atomically(&self.path, &json)?)
    }

    /// Forgets the draft (the wizard was finished or abandoned).
    pub fn clear(&self) -> Result<()> {
        match std::fs::remove_file(&self.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(FileError::CannotWrite {
                path: self.path.clone(),
                source: e,
            }
            .into()),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_draft_is_none_and_a_saved_one_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::in_dir(dir.path());
        assert_eq!(store.load().unwrap(), None);
        let mut draft = Draft {
            step: 2,
            input: WizardInput::default(),
            client_id: "1000.X".into(),
            connection_name: String::new(),
        };
        draft.input.catalyst.project = "Lead Manager".into();
        store.save(&draft).unwrap();
        assert_eq!(store.load().unwrap(), Some(draft));
        store.clear().unwrap();
        assert_eq!(store.load().unwrap(), None);
        store.clear().unwrap();
    }

    #[test]
    fn a_corrupt_draft_is_moved_aside_not_lost() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::in_dir(dir.path());
        std::fs::write(store.path(), b"{not json").unwrap();
        let err = store.load().unwrap_err();
        let crate::Error::File(FileError::DraftCorrupt { moved_to, .. }) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(std::fs::read(moved_to).unwrap(), b"{not json");
        assert!(!store.path().exists());
        assert!(err.to_string().contains("starts fresh"));
        assert_eq!(store.load().unwrap(), None);
    }

    #[test]
    fn secret_shaped_values_never_reach_the_draft_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::in_dir(dir.path());
        let secret = "0123456789abcdef0123456789abcdef0123456789";
        let token = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210";
        let mut draft = Draft {
            step: 3,
            input: WizardInput::default(),
            client_id: format!(" {secret} "),
            connection_name: "crm".into(),
        };
        draft.input.catalyst.project = token.into();
        draft.input.custom.redirect_uris = vec!["https://a.example/cb".into(), secret.into()];
        store.save(&draft).unwrap();
        let file = std::fs::read_to_string(store.path()).unwrap();
        assert!(!file.contains(secret) && !file.contains(token), "{file}");
        let saved = store.load().unwrap().unwrap();
        assert_eq!(saved.client_id, "");
        assert_eq!(saved.connection_name, "crm");
        assert_eq!(saved.input.custom.redirect_uris[0], "https://a.example/cb");
    }

    #[test]
    fn a_draft_of_an_older_version_keeps_its_connection_name() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::in_dir(dir.path());
        std::fs::write(
            store.path(),
            br#"{"version":1,"step":3,"input":{},"profileName":"crm"}"#,
        )
        .unwrap();
        assert_eq!(store.load().unwrap().unwrap().connection_name, "crm");
    }

    #[test]
    fn a_draft_from_a_newer_schema_is_not_misread() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::in_dir(dir.path());
        std::fs::write(store.path(), br#"{"version":99,"step":1,"input":{}}"#).unwrap();
        assert!(store
            .load()
            .unwrap_err()
            .with_details()
            .contains("newer version"));
    }
}
