//! Replaces a file in one step, so a crash leaves either the old or the new contents; and sets
//! aside a file that cannot be read, rather than overwrite it.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `contents` to a temporary file beside `path`, flushes it to disk, then renames it over
/// `path`. Creates the parent directory (private to the user on Unix) when it is missing.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<()> {
    let write_err = |source| Error::FileWrite {
        path: path.to_path_buf(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    create_private_dir(dir).map_err(write_err)?;
    let mut temp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(write_err)?;
    temp.write_all(contents).map_err(write_err)?;
    temp.as_file().sync_all().map_err(write_err)?;
    temp.persist(path).map_err(|e| write_err(e.error))?;
    // The rename itself is durable only once the directory entry is on disk.
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(write_err)?;
    Ok(())
}

/// Moves a file that could not be understood to `{name}.corrupt-{unix time}` beside it, so it is
/// never overwritten and the user can inspect it. Returns the new path.
pub fn set_aside(path: &Path) -> Result<PathBuf> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let moved_to = path.with_file_name(format!("{name}.corrupt-{}", crate::profile::now()));
    std::fs::rename(path, &moved_to).map_err(|source| Error::FileWrite {
        path: moved_to.clone(),
        source,
    })?;
    Ok(moved_to)
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
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
    fn names_the_path_when_it_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("not-a-dir");
        std::fs::write(&blocker, b"").unwrap();
        let err = write_atomically(&blocker.join("file.json"), b"x").unwrap_err();
        assert_eq!(err.kind(), "file_write");
        assert!(err.to_string().contains("not-a-dir"), "{err}");
    }
}
