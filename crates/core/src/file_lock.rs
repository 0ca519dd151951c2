//! An exclusive lock on a file, held until dropped: how processes on one machine take turns
//! (the connections file, the encrypted file, one token refresh at a time).

use std::fs::File;
use std::path::{Path, PathBuf};

use fs4::FileExt;

use crate::error::FileError;
use crate::private_dir;

/// A held lock. Dropping it (or the process ending) releases it.
#[derive(Debug)]
pub struct FileLock {
    _file: File,
}

impl FileLock {
    /// Waits until the lock at `path` is free and takes it, creating the file (and a private
    /// parent folder) when missing.
    pub fn acquire(path: &Path) -> Result<FileLock, FileError> {
        let io_err = |source| FileError::CannotWrite {
            path: PathBuf::from(path),
            source,
        };
        if let Some(dir) = path.parent() {
            private_dir::ensure(dir)?;
        }
        let mut options = File::options();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(path).map_err(io_err)?;
        FileExt::lock(&file).map_err(io_err)?;
        Ok(FileLock { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_second_holder_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("locks/x.lock");
        let first = FileLock::acquire(&path).unwrap();
        let taken = Arc::new(AtomicBool::new(false));
        let waiter = {
            let (path, taken) = (path.clone(), taken.clone());
            std::thread::spawn(move || {
                let _second = FileLock::acquire(&path).unwrap();
                taken.store(true, Ordering::SeqCst);
            })
        };
        std::thread::sleep(Duration::from_millis(200));
        assert!(!taken.load(Ordering::SeqCst), "the lock was shared");
        drop(first);
        waiter.join().unwrap();
        assert!(taken.load(Ordering::SeqCst));
    }
}
