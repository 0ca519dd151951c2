//! The agent's side: unlock once, then answer requests on its socket or pipe, one at a time, from this
//! user only, until `zcw lock` or the idle timeout. Its memory is kept out of swap and core dumps
//! where the OS allows, and what it decrypted is wiped when it stops.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use secrecy::ExposeSecret;

use super::protocol::{Answer, Request, MAX_LINE};
use super::transport::{self, Connection, Listener};
use crate::error::{FileError, FileStoreError, Result};
use crate::secret_store::encrypted_file::EncryptedFileStore;
use crate::secret_store::SecretStore;

/// A request that has not arrived completely after this long is dropped.
const READ_DEADLINE: Duration = Duration::from_secs(5);

/// An agent ready to serve: its socket bound, its store unlocked.
#[derive(Debug)]
pub struct Agent {
    listener: Listener,
    path: PathBuf,
    store: EncryptedFileStore,
    memory_locked: bool,
    /// SIGTERM, SIGINT and SIGQUIT, caught from the start so that `kill` and Ctrl-C stop the
    /// agent the way `zcw lock` does: what it decrypted is wiped rather than left to the OS.
    #[cfg(unix)]
    signals: Option<signal_hook::iterator::Signals>,
}

impl Agent {
    /// Keeps this process's memory out of swap and core dumps (where the OS allows; the answer
    /// says whether it could), binds the socket in a private folder, and proves the passphrase
    /// opens the store.
    pub fn start(socket: &Path, store: EncryptedFileStore) -> Result<Agent> {
        let memory_locked = harden();
        #[cfg(unix)]
        let signals = signal_hook::iterator::Signals::new(signal_hook::consts::TERM_SIGNALS).ok();
        if super::client::ping(socket).is_some() {
            return Err(FileStoreError::AgentRunning {
                path: socket.to_path_buf(),
            }
            .into());
        }
        transport::prepare(socket)?;
        store.open_or_create()?;
        let listener = Listener::bind(socket).map_err(|source| FileError::CannotWrite {
            path: socket.to_path_buf(),
            source,
        })?;
        Ok(Agent {
            listener,
            path: socket.to_path_buf(),
            store,
            memory_locked,
            #[cfg(unix)]
            signals,
        })
    }

    pub fn memory_locked(&self) -> bool {
        self.memory_locked
    }

    /// Serves until locked or idle for `idle`; then removes the socket and wipes what it held.
    // `mut` for taking the signals, which only Unix has.
    #[cfg_attr(not(unix), allow(unused_mut))]
    pub fn serve(mut self, idle: Duration) {
        let last_use = Arc::new(Mutex::new(Instant::now()));
        let stopping = Arc::new(AtomicBool::new(false));
        {
            let (last_use, stopping, path) = (
                Arc::clone(&last_use),
                Arc::clone(&stopping),
                self.path.clone(),
            );
            std::thread::spawn(move || loop {
                std::thread::sleep(Duration::from_secs(1).min(idle));
                let quiet = last_use
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .elapsed();
                if quiet >= idle {
                    stopping.store(true, Ordering::SeqCst);
                    // Wakes the accept below.
                    let _ = Connection::connect(&path);
                    return;
                }
            });
        }
        #[cfg(unix)]
        if let Some(mut signals) = self.signals.take() {
            let (stopping, path) = (Arc::clone(&stopping), self.path.clone());
            std::thread::spawn(move || {
                if signals.forever().next().is_some() {
                    stopping.store(true, Ordering::SeqCst);
                    let _ = Connection::connect(&path);
                }
            });
        }
        loop {
            let stream = self.listener.accept();
            if stopping.load(Ordering::SeqCst) {
                break;
            }
            let Ok(stream) = stream else {
                std::thread::sleep(Duration::from_millis(50));
                continue;
            };
            if !stream.peer_is_this_user() {
                continue;
            }
            *last_use
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = Instant::now();
            if let Some(Request::Lock) = self.answer(stream) {
                break;
            }
        }
        transport::remove(&self.path);
        // Dropping the store wipes the decrypted contents and the passphrase.
        drop(self.store);
    }

    /// Reads one request, answers it; returns a Lock request so the loop can stop.
    fn answer(&self, stream: Connection) -> Option<Request> {
        stream.set_read_timeout(READ_DEADLINE);
        let mut line = zeroize::Zeroizing::new(String::new());
        let mut reader = BufReader::new(stream.try_clone().ok()?.take(MAX_LINE));
        reader.read_line(&mut line).ok()?;
        let request: Request = serde_json::from_str(&line).ok()?;
        let answer = self.handle(&request);
        let json = zeroize::Zeroizing::new(serde_json::to_string(&answer).ok()? + "\n");
        let mut stream = stream;
        let _ = stream.write_all(json.as_bytes());
        match request {
            Request::Lock => Some(Request::Lock),
            _ => None,
        }
    }

    fn handle(&self, request: &Request) -> Answer {
        let done = |result: Result<()>| match result {
            Ok(()) => Answer::ok(),
            Err(e) => Answer::failed(&e),
        };
        match request {
            Request::Ping => Answer {
                store: Some(self.store.path().display().to_string()),
                memory_locked: self.memory_locked,
                ..Answer::ok()
            },
            Request::Get { entry } => match self.store.get(entry) {
                Ok(secret) => Answer {
                    secret: secret.map(|s| zeroize::Zeroizing::new(s.expose_secret().to_string())),
                    ..Answer::ok()
                },
                Err(e) => Answer::failed(&e),
            },
            Request::SetAll { entries } => {
                let entries: Vec<_> = entries
                    .iter()
                    .map(|(entry, secret)| (entry.clone(), secret.as_str()))
                    .collect();
                done(self.store.set_all(&entries))
            }
            Request::DeleteAll { entries } => done(self.store.delete_all(entries)),
            Request::Move { moves } => done(self.store.move_entries(moves)),
            Request::Lock => Answer::ok(),
        }
    }
}

/// Locks memory against swapping and turns off core dumps; returns whether memory is locked.
fn harden() -> bool {
    #[cfg(target_os = "linux")]
    {
        use rustix::mm::{mlockall, MlockAllFlags};
        let _ =
            rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
        mlockall(MlockAllFlags::CURRENT | MlockAllFlags::FUTURE | MlockAllFlags::ONFAULT).is_ok()
    }
    #[cfg(not(target_os = "linux"))]
    {
        false
    }
}
