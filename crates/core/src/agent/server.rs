//! The agent's side: unlock once, then answer requests on its socket or pipe, each client on its
//! own thread, from this user only, until `zcw lock`, the idle timeout, or the binary's stop (a
//! signal). What it decrypted is wiped when it stops. Keeping its memory out of swap and core
//! dumps is the binary's (process-wide) business.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use secrecy::ExposeSecret;

use super::protocol::{read_line, Answer, Request};
use super::transport::{self, Connection, Listener};
use crate::error::{FileError, FileStoreError, Result};
use crate::secret_store::encrypted_file::EncryptedFileStore;
use crate::secret_store::SecretStore;

/// A whole request must have arrived within this long (not each read: a client that trickles a
/// byte at a time is cut off all the same).
const READ_DEADLINE: Duration = Duration::from_secs(5);
/// How often the accept loop looks at its stop flag and the idle time.
const LOOK: Duration = Duration::from_millis(200);
/// Clients served at once; one more is closed as it arrives.
const MAX_CLIENTS: usize = 16;

/// Tells a serving agent to stop, from another thread (a signal the binary caught, the idle
/// watch): it wipes what it holds, as `zcw lock` makes it do.
#[derive(Debug, Clone)]
pub struct Stopper {
    flag: Arc<AtomicBool>,
    endpoint: PathBuf,
}

impl Stopper {
    pub fn stop(&self) {
        self.flag.store(true, Ordering::SeqCst);
        transport::wake(&self.endpoint);
    }

    fn stopped(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }
}

/// An agent ready to serve: its socket bound, its store unlocked.
#[derive(Debug)]
pub struct Agent {
    listener: Listener,
    path: PathBuf,
    store: Arc<EncryptedFileStore>,
    memory_locked: bool,
    stopper: Stopper,
}

impl Agent {
    /// Binds the socket in a private folder and proves the store opens with the key it was
    /// handed (no scrypt here: `zcw unlock` ran it).
    /// `memory_locked`: whether the process locked its memory (the binary's business: it is
    /// process-wide), said to clients that ask.
    pub fn start(socket: &Path, store: EncryptedFileStore, memory_locked: bool) -> Result<Agent> {
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
            store: Arc::new(store),
            memory_locked,
            stopper: Stopper {
                flag: Arc::new(AtomicBool::new(false)),
                endpoint: socket.to_path_buf(),
            },
        })
    }

    /// What stops this agent from another thread.
    pub fn stopper(&self) -> Stopper {
        self.stopper.clone()
    }

    /// Serves until stopped, locked, or idle for `idle`; then removes the socket and wipes what
    /// it held. Each client is served on a thread of its own, so one that is slow to send
    /// holds only itself.
    pub fn serve(self, idle: Duration) {
        let last_use = Arc::new(Mutex::new(Instant::now()));
        {
            let (last_use, stopper) = (Arc::clone(&last_use), self.stopper());
            std::thread::spawn(move || {
                while !stopper.stopped() {
                    std::thread::sleep(Duration::from_secs(1).min(idle));
                    let quiet = last_use
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .elapsed();
                    if quiet >= idle {
                        stopper.stop();
                    }
                }
            });
        }
        let serving = Arc::new(AtomicUsize::new(0));
        let shared = Arc::new(Shared {
            store: Arc::clone(&self.store),
            memory_locked: self.memory_locked,
            stopper: self.stopper(),
        });
        while !self.stopper.stopped() {
            let stream = match self.listener.accept_within(LOOK) {
                Ok(Some(stream)) => stream,
                Ok(None) => continue,
                Err(_) => {
                    std::thread::sleep(Duration::from_millis(50));
                    continue;
                }
            };
            if self.stopper.stopped() || !stream.peer_is_this_user() {
                continue;
            }
            *last_use.lock().unwrap_or_else(PoisonError::into_inner) = Instant::now();
            if serving.fetch_add(1, Ordering::SeqCst) >= MAX_CLIENTS {
                serving.fetch_sub(1, Ordering::SeqCst);
                continue;
            }
            let (shared, serving) = (Arc::clone(&shared), Arc::clone(&serving));
            std::thread::spawn(move || {
                shared.answer(stream);
                serving.fetch_sub(1, Ordering::SeqCst);
            });
        }
        transport::remove(&self.path);
        // Dropping the store wipes the decrypted contents and the store's key (once a client
        // still being answered lets go of it too).
        drop(shared);
        drop(self.store);
    }
}

/// What every client's thread shares.
struct Shared {
    store: Arc<EncryptedFileStore>,
    memory_locked: bool,
    stopper: Stopper,
}

impl Shared {
    /// Reads one request within the deadline, and answers it; a Lock request stops the agent.
    fn answer(&self, mut stream: Connection) {
        let Some(line) = read_line(
            &mut stream,
            |stream, left| stream.set_read_timeout(left),
            READ_DEADLINE,
        ) else {
            return;
        };
        let Ok(request) = serde_json::from_slice::<Request>(&line) else {
            return;
        };
        drop(line);
        let answer = self.handle(&request);
        if let Ok(json) = serde_json::to_string(&answer) {
            let json = zeroize::Zeroizing::new(json + "\n");
            let _ = stream.write_all(json.as_bytes());
        }
        if let Request::Lock = request {
            self.stopper.stop();
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
