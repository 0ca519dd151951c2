//! Replaces a file in one step, so a crash leaves either the old or the new contents; and sets
//! aside a file that cannot be read, rather than overwrite it.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::FileError;
use crate::{clock, private_dir};

/// Writes `contents` to a temporary file beside `path`, flushes it to disk, then renames it over
/// `path`. Creates the parent directory (private to the user on Unix) when it is missing.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<(), FileError> {
    let write_err = |source| FileError::CannotWrite {
        path: path.to_path_buf(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    private_dir::ensure(dir)?;
    remove_stale_temp_files(dir);
    // tempfile creates the file readable by the user alone (0600 on Unix).
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)
        .map_err(write_err)?;
    temp.write_all(contents).map_err(write_err)?;
    temp.as_file().sync_all().map_err(write_err)?;
    persist(temp, path).map_err(write_err)?;
    // The rename itself is durable only once the directory entry is on disk.
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(write_err)?;
    Ok(())
}

/// Renames the temporary file over `path`. Windows refuses to replace a file another process
/// has open (a reader of the same file, an indexer, a virus scanner: "Access denied") until it
/// closes it, so there the rename is tried again for up to two seconds, as git and cargo do.
fn persist(temp: tempfile::NamedTempFile, path: &Path) -> std::io::Result<()> {
    let mut temp = temp;
    let mut pause = std::time::Duration::from_millis(5);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        match temp.persist(path) {
            Ok(_) => return Ok(()),
            Err(e)
                if cfg!(windows)
                    && e.error.kind() == std::io::ErrorKind::PermissionDenied
                    && std::time::Instant::now() < deadline =>
            {
                temp = e.file;
                std::thread::sleep(pause);
                pause = (pause * 2).min(std::time::Duration::from_millis(100));
            }
            Err(e) => return Err(e.error),
        }
    }
}

/// Moves a file that could not be understood to `{name}.corrupt-{unix time}` beside it, so it is
/// never overwritten and the user can inspect it. Returns the new path.
pub fn set_aside(path: &Path) -> Result<PathBuf, FileError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let moved_to = path.with_file_name(format!("{name}.corrupt-{}", clock::now()));
    std::fs::rename(path, &moved_to).map_err(|source| FileError::CannotWrite {
        path: moved_to.clone(),
        source,
    })?;
    Ok(moved_to)
}

const TEMP_PREFIX: &str = ".tmp-";
/// A temporary file this old was left by a process that died before renaming it.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(600);

/// Best effort: removes temporary files that a killed writer left behind.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if stale && entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_contents_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/file.json");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["file.json"]);
    }

    #[test]
    fn temp_files_left_by_a_dead_writer_are_removed_once_stale() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".tmp-dead");
        let fresh = dir.path().join(".tmp-busy");
        std::fs::write(&stale, b"x").unwrap();
        std::fs::write(&fresh, b"x").unwrap();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&stale)
            .unwrap()
            .set_modified(old)
            .unwrap();
        write_atomically(&dir.path().join("file.json"), b"new").unwrap();
        assert!(!stale.exists());
        assert!(
            fresh.exists(),
            "a recent temp file may belong to a writer at work"
        );
    }

    #[test]
    fn names_the_path_when_it_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("not-a-dir");
        std::fs::write(&blocker, b"").unwrap();
        let err = write_atomically(&blocker.join("file.json"), b"x").unwrap_err();
        assert_eq!(err.kind(), "cannot_write");
        assert!(err.to_string().contains("not-a-dir"), "{err}");
    }
}
