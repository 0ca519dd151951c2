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
        listener.set_nonblocking(true)?;
        Ok(Listener(listener))
    }

    /// A client, or `None` when none came within `wait`: the loop looks at its stop flag in
    /// between, so it stops even when the socket file is gone (logind removing the runtime
    /// folder, another `zcw unlock` clearing a stale socket), where a wake-up connect could not.
    pub fn accept_within(&self, wait: Duration) -> io::Result<Option<Connection>> {
        use rustix::event::{poll, PollFd, PollFlags, Timespec};
        let mut fds = [PollFd::new(&self.0, PollFlags::IN)];
        let timeout = Timespec::try_from(wait).unwrap_or(Timespec {
            tv_sec: 1,
            tv_nsec: 0,
        });
        match poll(&mut fds, Some(&timeout)) {
            Ok(0) => return Ok(None),
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => return Ok(None),
            Err(e) => return Err(e.into()),
        }
        match self.0.accept() {
            Ok((stream, _)) => {
                stream.set_nonblocking(false)?;
                Ok(Some(Connection(stream)))
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// Wakes a listener waiting in [`Listener::accept_within`]: nothing to do, it wakes on its own.
pub fn wake(_endpoint: &Path) {}

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
