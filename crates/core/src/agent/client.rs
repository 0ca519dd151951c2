//! Talking to the agent: a [`SecretStore`] whose every call is one request on its socket or pipe, and
//! `ping` / `lock` for `zcw unlock`, `zcw lock` and the app.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::SecretString;

use super::protocol::{read_line, AgentInfo, Answer, Request, PROTOCOL};
use super::transport::Connection;
use crate::error::{FileStoreError, Result};
use crate::secret_store::{EntryName, Place, SecretStore};

/// A call gives up after this long (a write re-encrypts: a second or two of scrypt).
const CALL_DEADLINE: Duration = Duration::from_secs(30);

/// One request, one answer; `None` when no agent answers, or when what answers runs as another
/// user (a socket planted in a runtime folder that `sudo -E` or `su` carried over): it is told
/// nothing.
fn call(socket: &Path, request: &Request) -> Option<Answer> {
    let mut stream = Connection::connect(socket).ok()?;
    if !stream.peer_is_this_user() {
        return None;
    }
    let json = zeroize::Zeroizing::new(serde_json::to_string(request).ok()? + "\n");
    stream.write_all(json.as_bytes()).ok()?;
    let line = read_line(
        &mut stream,
        |stream, left| stream.set_read_timeout(left),
        CALL_DEADLINE,
    )?;
    serde_json::from_slice(&line).ok()
}

/// The agent's description of itself, if one is running.
pub fn ping(socket: &Path) -> Option<AgentInfo> {
    call(socket, &Request::Ping)
        .filter(|answer| answer.ok)
        .map(|answer| AgentInfo {
            protocol: answer.protocol,
            store: answer.store.clone().unwrap_or_default(),
            memory_locked: answer.memory_locked,
        })
}

/// Stops the agent; `false` when none was running.
pub fn lock(socket: &Path) -> bool {
    call(socket, &Request::Lock).is_some_and(|answer| answer.ok)
}

/// The encrypted file, through the agent that holds it unlocked.
#[derive(Debug, Clone)]
pub struct AgentStore {
    socket: PathBuf,
}

impl AgentStore {
    pub fn new(socket: PathBuf) -> Self {
        AgentStore { socket }
    }

    /// Sends a request; no agent means the passphrase is needed, as without one.
    fn request(&self, request: &Request) -> Result<Answer> {
        let answer = call(&self.socket, request).ok_or(FileStoreError::PassphraseNeeded)?;
        if answer.protocol != PROTOCOL {
            return Err(FileStoreError::AgentOutdated {
                found: answer.protocol,
                expected: PROTOCOL,
            }
            .into());
        }
        if answer.ok {
            Ok(answer)
        } else {
            Err(FileStoreError::Agent {
                reason: answer.error.clone().unwrap_or_default(),
            }
            .into())
        }
    }
}

impl SecretStore for AgentStore {
    fn place(&self) -> Place {
        Place::EncryptedFile
    }

    fn set(&self, entry: &EntryName, secret: &str) -> Result<()> {
        self.set_all(&[(entry.clone(), secret)])
    }

    fn get(&self, entry: &EntryName) -> Result<Option<SecretString>> {
        let mut answer = self.request(&Request::Get {
            entry: entry.clone(),
        })?;
        Ok(answer.secret.take().map(|s| SecretString::from(s.as_str())))
    }

    fn delete(&self, entry: &EntryName) -> Result<()> {
        self.delete_all(std::slice::from_ref(entry))
    }

    fn set_all(&self, entries: &[(EntryName, &str)]) -> Result<()> {
        self.request(&Request::SetAll {
            entries: entries
                .iter()
                .map(|(entry, secret)| {
                    (
                        entry.clone(),
                        zeroize::Zeroizing::new((*secret).to_string()),
                    )
                })
                .collect(),
        })
        .map(drop)
    }

    fn delete_all(&self, entries: &[EntryName]) -> Result<()> {
        self.request(&Request::DeleteAll {
            entries: entries.to_vec(),
        })
        .map(drop)
    }

    fn move_entries(&self, moves: &[(EntryName, EntryName)]) -> Result<()> {
        self.request(&Request::Move {
            moves: moves.to_vec(),
        })
        .map(drop)
    }
}
