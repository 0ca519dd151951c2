//! Reading a small text file handed in from outside (a request, a reply, a Self Client file): a
//! regular file only, and never more than a limit, so a FIFO, a device or a huge file can neither
//! block nor exhaust the program. Its text is held in memory that is wiped.

use std::io::Read;
use std::path::Path;

use zeroize::Zeroizing;

use crate::error::FileError;

/// The text of the regular file at `path` (a link to one is followed), at most `max` bytes.
pub fn read(path: &Path, max: usize) -> Result<Zeroizing<String>, FileError> {
    let cannot_read = |source| FileError::CannotRead {
        path: path.to_path_buf(),
        source,
    };
    let not_a_file = || FileError::NotARegularFile {
        path: path.to_path_buf(),
    };
    // A device is not even opened (opening some has effects); the opened file is checked again
    // below, in case the path changed in between.
    if !std::fs::metadata(path).map_err(cannot_read)?.is_file() {
        return Err(not_a_file());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    // Opening a FIFO for reading waits for a writer; without blocking it returns at once, and
    // the check below refuses it. A regular file reads the same either way.
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    #[cfg(windows)]
    {
        // Windows' device and pipe namespaces (\\.\, \\?\GLOBALROOT) are not files; and
        // whoever serves what is opened may identify this user, never act as them.
        use std::os::windows::fs::OpenOptionsExt;
        let text = path.as_os_str().to_string_lossy();
        if text.starts_with(r"\\.\") || text.to_ascii_uppercase().starts_with(r"\\?\GLOBALROOT") {
            return Err(not_a_file());
        }
        options
            .security_qos_flags(windows_sys::Win32::Storage::FileSystem::SECURITY_IDENTIFICATION);
    }
    let file = options.open(path).map_err(cannot_read)?;
    let metadata = file.metadata().map_err(cannot_read)?;
    if !metadata.is_file() {
        return Err(not_a_file());
    }
    let too_large = || FileError::TooLarge {
        path: path.to_path_buf(),
        max_kib: max / 1024,
    };
    if metadata.len() > max as u64 {
        return Err(too_large());
    }
    let mut bytes = Zeroizing::new(Vec::new());
    // The size can change between the check and the read: never more than `max` either way.
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() > max {
        return Err(too_large());
    }
    match String::from_utf8(std::mem::take(&mut *bytes)) {
        Ok(text) => Ok(Zeroizing::new(text)),
        Err(not_text) => {
            Zeroizing::new(not_text.into_bytes());
            Err(FileError::NotText {
                path: path.to_path_buf(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_text_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.zcwrequest");
        std::fs::write(&path, "hello").unwrap();
        assert_eq!(read(&path, 10).unwrap().as_str(), "hello");
    }

    #[test]
    fn a_large_file_a_folder_and_bytes_that_are_not_text_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big");
        std::fs::write(&big, vec![b'a'; 2048]).unwrap();
        assert!(matches!(
            read(&big, 1024),
            Err(FileError::TooLarge { max_kib: 1, .. })
        ));
        assert!(matches!(
            read(dir.path(), 1024),
            Err(FileError::NotARegularFile { .. } | FileError::CannotRead { .. })
        ));
        let binary = dir.path().join("bin");
        std::fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(
            read(&binary, 1024),
            Err(FileError::NotText { .. })
        ));
        let missing = read(&dir.path().join("none"), 1024).unwrap_err();
        assert!(missing.to_string().contains("none"), "{missing}");
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_a_device_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.zcwrequest");
        // mkfifo(1): rustix has no mkfifoat on macOS.
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // Nobody writes to it: a blocking open would wait for ever.
        let (tx, rx) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || tx.send(read(&path, 1024).map(|_| ())).unwrap());
        let answer = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("reading a FIFO does not hang");
        assert!(
            matches!(answer, Err(FileError::NotARegularFile { .. })),
            "{answer:?}"
        );
        // A link to a device: followed, and refused.
        let link = dir.path().join("zero.zcwrequest");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert!(matches!(
            read(&link, 1024),
            Err(FileError::NotARegularFile { .. })
        ));
    }
}
