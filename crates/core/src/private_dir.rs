//! Folders only their owner may enter: every folder the app reads its files from or writes them
//! to goes through here. On Unix the folder is 0700, every file in it 0600, and a folder that
//! belongs to another user is refused (its owner could read or plant files in it).

use std::path::Path;

use crate::error::FileError;

/// Creates `dir` (and its parents) private to the user when it is missing, then [`secure`]s it.
pub fn ensure(dir: &Path) -> Result<(), FileError> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|source| FileError::CannotWrite {
            path: dir.to_path_buf(),
            source,
        })?;
    secure(dir)
}

/// Checks an existing folder: refused when another user owns it; otherwise its mode is narrowed
/// to 0700 and its files' to 0600 (older versions, or a careless copy, may have left them wider).
/// A folder that does not exist is left alone.
pub fn secure(dir: &Path) -> Result<(), FileError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let metadata = match std::fs::metadata(dir) {
            Ok(metadata) => metadata,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(source) => {
                return Err(FileError::CannotRead {
                    path: dir.to_path_buf(),
                    source,
                })
            }
        };
        if metadata.uid() != rustix::process::geteuid().as_raw() {
            return Err(FileError::NotYours {
                path: dir.to_path_buf(),
            });
        }
        narrow(dir, &metadata, 0o700)?;
        let entries = std::fs::read_dir(dir).map_err(|source| FileError::CannotRead {
            path: dir.to_path_buf(),
            source,
        })?;
        for entry in entries.flatten() {
            if let Ok(metadata) = entry.metadata() {
                if metadata.is_file() && metadata.uid() == rustix::process::geteuid().as_raw() {
                    narrow(&entry.path(), &metadata, 0o600)?;
                }
            }
        }
        fn narrow(path: &Path, metadata: &std::fs::Metadata, mode: u32) -> Result<(), FileError> {
            if metadata.permissions().mode() & 0o777 & !mode != 0 {
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(
                    |source| FileError::CannotWrite {
                        path: path.to_path_buf(),
                        source,
                    },
                )?;
            }
            Ok(())
        }
    }
    #[cfg(not(unix))]
    let _ = dir; // Windows: the user's profile folder is private by its ACL already.
    Ok(())
}

/// What keeps a folder from being private.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exposure {
    /// Another user owns it.
    OtherOwner,
    /// Others may read it: its mode, in octal.
    FolderOpen { mode: String },
    /// Others may read these files in it.
    FilesOpen { files: Vec<String> },
}

/// What keeps `dir` from being private, without changing anything (for "Check this computer").
/// `None` when it is private, or does not exist yet (it is made private when first used).
pub fn inspect(dir: &Path) -> Result<Option<Exposure>, FileError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let metadata = match std::fs::metadata(dir) {
            Ok(metadata) => metadata,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(FileError::CannotRead {
                    path: dir.to_path_buf(),
                    source,
                })
            }
        };
        if metadata.uid() != rustix::process::geteuid().as_raw() {
            return Ok(Some(Exposure::OtherOwner));
        }
        let mode = metadata.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Ok(Some(Exposure::FolderOpen {
                mode: format!("{mode:o}"),
            }));
        }
        let wide: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| {
                        e.metadata()
                            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o077 != 0)
                    })
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        if !wide.is_empty() {
            return Ok(Some(Exposure::FilesOpen { files: wide }));
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(None)
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_folders_are_private() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a/b");
        ensure(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        ensure(&dir).unwrap();
    }

    #[test]
    fn wide_folders_and_files_are_narrowed() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("config");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let file = dir.join("connections.json");
        std::fs::write(&file, "{}").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        ensure(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&file), 0o600);
    }

    #[test]
    fn a_folder_of_another_user_is_refused() {
        if rustix::process::geteuid().as_raw() != 0 {
            return; // only root can hand a folder to another user; CI runs as root
        }
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("theirs");
        std::fs::create_dir(&dir).unwrap();
        std::os::unix::fs::chown(&dir, Some(65534), Some(65534)).unwrap();
        let err = crate::Error::from(ensure(&dir).unwrap_err());
        assert_eq!(err.kind(), "not_yours");
        assert!(err.to_string().contains("belongs to another user"), "{err}");
    }
}
