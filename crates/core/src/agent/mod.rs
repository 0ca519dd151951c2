//! The agent: a per-user process that holds the encrypted file unlocked in memory, so that
//! `zcw token` and the app need neither the passphrase nor a second of scrypt per call (as rbw's
//! and gpg's agents do). It listens on a Unix socket in a private folder, or a named pipe on
//! Windows, and serves only its own user; it stops on `zcw lock` or after a while without use.
//! Nothing decrypted is ever written.

pub mod client;
pub mod protocol;
pub mod server;

#[cfg(windows)]
#[path = "named_pipe.rs"]
mod transport;
#[cfg(unix)]
#[path = "unix_socket.rs"]
mod transport;

use std::path::{Path, PathBuf};

use crate::config::Config;

/// How long the agent waits without a request before it locks itself (`--idle-timeout`).
pub const DEFAULT_IDLE: std::time::Duration = std::time::Duration::from_secs(8 * 3600);

/// Where the agent of a config folder listens: in the session's runtime folder when there is
/// one (private, and gone at logout), else in the config folder itself (private too); on
/// Windows, a named pipe. The name carries the config folder's hash, so each config folder has
/// its own agent.
pub fn socket_path(config: &Config) -> PathBuf {
    let hash = fnv1a(&config.config_dir);
    if cfg!(windows) {
        return PathBuf::from(format!(
            r"\\.\pipe\zoho-credential-wizard-agent-{hash:016x}"
        ));
    }
    let name = format!("agent-{hash:016x}.sock");
    match &config.runtime_dir {
        Some(runtime) => runtime.join("zoho-credential-wizard").join(name),
        None => config.config_dir.join(name),
    }
}

/// FNV-1a: a stable name from a path, the same in every build (not a security measure).
fn fnv1a(path: &Path) -> u64 {
    path.as_os_str()
        .as_encoded_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn each_config_folder_has_its_own_socket_in_the_runtime_folder() {
        let mut config = Config::in_dir(Path::new("/home/a/.config/zoho-credential-wizard"));
        config.runtime_dir = Some(PathBuf::from("/run/user/1000"));
        let one = socket_path(&config);
        assert!(one.starts_with("/run/user/1000/zoho-credential-wizard/"));
        config.config_dir = PathBuf::from("/tmp/other");
        assert_ne!(socket_path(&config), one);
        config.runtime_dir = None;
        let beside = socket_path(&config);
        assert_eq!(beside.parent(), Some(Path::new("/tmp/other")));
        let name = beside.file_name().unwrap().to_str().unwrap();
        assert!(
            name.starts_with("agent-") && name.ends_with(".sock"),
            "{name}"
        );
    }

    #[test]
    #[cfg(windows)]
    fn each_config_folder_has_its_own_pipe() {
        let mut config = Config::in_dir(Path::new(r"C:\Users\a\AppData\Roaming\zcw"));
        let one = socket_path(&config);
        let name = one.to_str().unwrap();
        assert!(
            name.starts_with(r"\\.\pipe\zoho-credential-wizard-agent-"),
            "{name}"
        );
        config.config_dir = PathBuf::from(r"C:\Users\b\AppData\Roaming\zcw");
        assert_ne!(socket_path(&config), one);
    }
}
