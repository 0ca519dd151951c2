//! The agent's endpoint on Unix: a socket file (0600) in a private folder; on Linux each peer's
//! user ID is checked as well (elsewhere the private folder is the guard).

use std::io::{self, Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::time::Duration;

use crate::error::FileError;

/// Makes the socket's folder private and clears a socket left by an agent that was killed (the
/// caller has made sure no agent answers there).
pub fn prepare(endpoint: &Path) -> Result<(), FileError> {
    crate::private_dir::ensure(endpoint.parent().unwrap_or(Path::new(".")))?;
    if endpoint.exists() {
        let _ = std::fs::remove_file(endpoint);
    }
    Ok(())
}

/// Removes the socket file once the agent stops.
pub fn remove(endpoint: &Path) {
    let _ = std::fs::remove_file(endpoint);
}

/// The agent's listening socket.
#[derive(Debug)]
pub struct Listener(UnixListener);

impl Listener {
    pub fn bind(endpoint: &Path) -> io::Result<Listener> {
        let listener = UnixListener::bind(endpoint)?;
        std::fs::set_permissions(endpoint, std::fs::Permissions::from_mode(0o600))?;
        Ok(Listener(listener))
    }

    pub fn accept(&self) -> io::Result<Connection> {
        self.0.accept().map(|(stream, _)| Connection(stream))
    }
}

/// One client's connection, seen from either end.
#[derive(Debug)]
pub struct Connection(UnixStream);

impl Connection {
    pub fn connect(endpoint: &Path) -> io::Result<Connection> {
        UnixStream::connect(endpoint).map(Connection)
    }

    /// Whether the other end runs as this user.
    pub fn peer_is_this_user(&self) -> bool {
        #[cfg(target_os = "linux")]
        {
            rustix::net::sockopt::socket_peercred(&self.0)
                .is_ok_and(|peer| peer.uid == rustix::process::getuid())
        }
        #[cfg(not(target_os = "linux"))]
        {
            true
        }
    }

    /// Bounds each read, so a peer that sends nothing cannot hold the other end.
    pub fn set_read_timeout(&self, deadline: Duration) {
        let _ = self.0.set_read_timeout(Some(deadline));
    }

    pub fn try_clone(&self) -> io::Result<Connection> {
        self.0.try_clone().map(Connection)
    }
}

impl Read for Connection {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf)
    }
}

impl Write for Connection {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}
