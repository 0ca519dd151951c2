//! The Vault token an AppRole login gave, kept between runs the way Vault Agent's file sink keeps
//! it (https://openbao.org/docs/agent-and-proxy/autoauth/sinks/file/): a file readable by this user
//! alone in the private config folder, so that a server's `zcw token` does not log in (a write on
//! the cluster, and a token and lease more) at every call. Never printed; a token given by
//! `VAULT_TOKEN` or `~/.vault-token` is never written here. The file is bound to the server, the
//! role and a digest of the secret ID: a token kept for another of these is removed, not used,
//! so a rotated secret ID (or a machine moved to another team store) leaves no token behind.

use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::atomic_file::write_atomically;
use crate::error::Result;

/// The file's name in the config folder.
pub const FILE_NAME: &str = "team-token.json";

/// A kept token, and what Vault said of its lifetime.
#[derive(Debug)]
pub struct KeptToken {
    pub token: SecretString,
    /// Seconds since the Unix epoch; `None`: Vault gave it no TTL.
    pub expires_at: Option<u64>,
    /// The TTL it was last given, in seconds.
    pub ttl: u64,
    pub renewable: bool,
}

impl KeptToken {
    /// Whether it may still be used at `now` (a little before its expiry).
    pub fn usable(&self, now: u64) -> bool {
        self.expires_at.is_none_or(|at| at > now + 5)
    }

    /// Whether it is time to renew it: past two thirds of its TTL, as Vault Agent does.
    pub fn due_for_renewal(&self, now: u64) -> bool {
        match self.expires_at {
            Some(at) if self.renewable => at.saturating_sub(now) < self.ttl / 3,
            _ => false,
        }
    }
}

/// What a kept token is for: the server, the role and (a digest of) the secret ID it logged in
/// with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub address: String,
    pub role_id: String,
    /// SHA-256 of the secret ID, hex.
    pub secret_id_digest: String,
}

#[derive(Serialize, Deserialize)]
struct SinkFile {
    /// The server and role the token is for: another one's token is not used.
    address: String,
    role_id: String,
    /// Empty in a file an earlier version wrote: such a token is not used either.
    #[serde(default)]
    secret_id_digest: String,
    token: String,
    #[serde(default)]
    expires_at: Option<u64>,
    #[serde(default)]
    ttl: u64,
    #[serde(default)]
    renewable: bool,
}

impl Drop for SinkFile {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.token);
    }
}

/// Where the token for a config folder is kept.
pub fn path_in(config_dir: &Path) -> PathBuf {
    config_dir.join(FILE_NAME)
}

/// The token kept for `binding`, if there is one that can be read. A token kept for anything
/// else (another server, role or secret ID) is removed.
pub fn read(path: &Path, binding: &Binding) -> Option<KeptToken> {
    let text = Zeroizing::new(std::fs::read_to_string(path).ok()?);
    let Ok(file) = serde_json::from_str::<SinkFile>(&text) else {
        remove(path);
        return None;
    };
    if file.address != binding.address
        || file.role_id != binding.role_id
        || file.secret_id_digest != binding.secret_id_digest
        || file.token.is_empty()
    {
        remove(path);
        return None;
    }
    Some(KeptToken {
        token: SecretString::from(file.token.clone()),
        expires_at: file.expires_at,
        ttl: file.ttl,
        renewable: file.renewable,
    })
}

/// Keeps a token (replacing the file in one step; readable by this user alone).
pub fn write(path: &Path, binding: &Binding, kept: &KeptToken) -> Result<()> {
    let file = SinkFile {
        address: binding.address.clone(),
        role_id: binding.role_id.clone(),
        secret_id_digest: binding.secret_id_digest.clone(),
        token: kept.token.expose_secret().to_string(),
        expires_at: kept.expires_at,
        ttl: kept.ttl,
        renewable: kept.renewable,
    };
    let json = Zeroizing::new(serde_json::to_string(&file).expect("the sink serialises"));
    Ok(write_atomically(path, json.as_bytes())?)
}

/// Forgets the kept token.
pub fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn binding(address: &str, role: &str, digest: &str) -> Binding {
        Binding {
            address: address.into(),
            role_id: role.into(),
            secret_id_digest: digest.into(),
        }
    }

    #[test]
    fn a_kept_token_is_for_its_server_role_and_secret_id_only_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = path_in(dir.path());
        let kept = KeptToken {
            token: SecretString::from("s.kept"),
            expires_at: Some(1_000),
            ttl: 600,
            renewable: true,
        };
        let ours = binding("https://vault:8200", "role", "d1");
        write(&path, &ours, &kept).unwrap();
        let read_back = read(&path, &ours).unwrap();
        assert_eq!(read_back.token.expose_secret(), "s.kept");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(!format!("{read_back:?}").contains("s.kept"));
        // Renewed past two thirds of its TTL; unusable in its last seconds.
        assert!(!read_back.due_for_renewal(1_000 - 300));
        assert!(read_back.due_for_renewal(1_000 - 100));
        assert!(read_back.usable(990) && !read_back.usable(996));
        // Another server, role or secret ID: not used, and the file is gone.
        for other in [
            binding("https://other:8200", "role", "d1"),
            binding("https://vault:8200", "other", "d1"),
            binding("https://vault:8200", "role", "d2"),
        ] {
            write(&path, &ours, &kept).unwrap();
            assert!(read(&path, &other).is_none());
            assert!(!path.exists(), "a token for {other:?} was left behind");
        }
        // An earlier version's file (no digest): not used either.
        std::fs::write(
            &path,
            r#"{"address":"https://vault:8200","roleId":"role","role_id":"role","token":"s.old"}"#,
        )
        .unwrap();
        assert!(read(&path, &ours).is_none());
        assert!(!path.exists());
    }
}
