//! The agent's endpoint on Windows: a named pipe whose DACL admits only the current user, local
//! clients only. Each client's process token is checked to be that user; a client checks the
//! server's the same way, so a pipe another user made first under the name gets no secret.
//!
//! The agent's end is opened for overlapped I/O, so a read waits only until its deadline: 16
//! clients that connect and say nothing cannot hold every slot (a synchronous pipe read takes no
//! timeout).
//!
//! The Win32 calls below have no safe wrapper in the standard library; each `unsafe` block says
//! why it is sound. See learn.microsoft.com: "Named Pipe Security and Access Rights",
//! `GetNamedPipeClientProcessId`, `GetNamedPipeServerProcessId`, "Synchronous and Asynchronous
//! I/O", `CancelIoEx`.
#![allow(unsafe_code)]

use std::cell::Cell;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::windows::ffi::OsStrExt;
use std::os::windows::fs::OpenOptionsExt;
use std::os::windows::io::{AsRawHandle, FromRawHandle, OwnedHandle};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use windows_sys::Win32::Foundation::{
    LocalFree, ERROR_BROKEN_PIPE, ERROR_IO_PENDING, ERROR_PIPE_BUSY, ERROR_PIPE_CONNECTED, HANDLE,
    INVALID_HANDLE_VALUE, WAIT_OBJECT_0,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::{
    GetTokenInformation, TokenUser, PSECURITY_DESCRIPTOR, SECURITY_ATTRIBUTES, TOKEN_QUERY,
    TOKEN_USER,
};
use windows_sys::Win32::Storage::FileSystem::{
    ReadFile, WriteFile, FILE_FLAG_FIRST_PIPE_INSTANCE, FILE_FLAG_OVERLAPPED, PIPE_ACCESS_DUPLEX,
    SECURITY_IDENTIFICATION,
};
use windows_sys::Win32::System::Pipes::{
    ConnectNamedPipe, CreateNamedPipeW, GetNamedPipeClientProcessId, GetNamedPipeServerProcessId,
    PIPE_READMODE_BYTE, PIPE_REJECT_REMOTE_CLIENTS, PIPE_TYPE_BYTE, PIPE_UNLIMITED_INSTANCES,
    PIPE_WAIT,
};
use windows_sys::Win32::System::Threading::{
    CreateEventW, GetCurrentProcess, OpenProcess, OpenProcessToken, ResetEvent,
    WaitForSingleObject, INFINITE, PROCESS_QUERY_LIMITED_INFORMATION,
};
use windows_sys::Win32::System::IO::{CancelIoEx, GetOverlappedResult, OVERLAPPED};

use crate::error::FileError;

/// How long a client waits while every instance of the pipe is busy with another client.
const BUSY_WAIT: Duration = Duration::from_secs(5);
/// How long the agent waits for a client to take its answer (the pipe's buffer holds any
/// answer, so this is reached only by a client that stopped reading and a full buffer).
const WRITE_DEADLINE: Duration = Duration::from_secs(5);

/// A pipe has no folder and no file to clear.
pub fn prepare(_endpoint: &Path) -> Result<(), FileError> {
    Ok(())
}

/// A pipe goes away with its last handle.
pub fn remove(_endpoint: &Path) {}

/// The agent's pipe: one instance is always waiting for the next client.
#[derive(Debug)]
pub struct Listener {
    name: Vec<u16>,
    user: String,
    waiting: Mutex<Option<OwnedHandle>>,
}

impl Listener {
    /// Makes the pipe's first instance; fails if the name is taken, by anyone.
    pub fn bind(endpoint: &Path) -> io::Result<Listener> {
        let user = current_user()?;
        let name: Vec<u16> = endpoint.as_os_str().encode_wide().chain([0]).collect();
        let first = create_instance(&name, &user, true)?;
        Ok(Listener {
            name,
            user,
            waiting: Mutex::new(Some(first)),
        })
    }

    /// Waits for a client (however long: [`wake`] ends the wait); the same shape as the Unix
    /// listener's.
    pub fn accept_within(&self, _wait: Duration) -> io::Result<Option<Connection>> {
        self.accept().map(Some)
    }

    /// Waits for a client; a new instance is made before the client is served, so the name is
    /// never free for another program to take.
    pub fn accept(&self) -> io::Result<Connection> {
        let mut waiting = self
            .waiting
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let pipe = match waiting.take() {
            Some(pipe) => pipe,
            None => create_instance(&self.name, &self.user, false)?,
        };
        let io = Overlapped::new()?;
        // Waits however long (a client, or [`wake`]): no deadline.
        match io.finish(&pipe, None, |handle, overlapped| {
            // SAFETY: `handle` is our open overlapped pipe; `overlapped` lives in `io` until
            // the operation is complete (`finish` waits for it, or cancels it and waits).
            unsafe { ConnectNamedPipe(handle, overlapped) }
        }) {
            Ok(_) => {}
            // A client that opened the pipe between creation and this call is connected too.
            Err(e) if e.raw_os_error() == Some(ERROR_PIPE_CONNECTED as i32) => {}
            Err(e) => return Err(e),
        }
        *waiting = Some(create_instance(&self.name, &self.user, false)?);
        Ok(Connection {
            end: End::Agent {
                pipe,
                io,
                read_timeout: Cell::new(None),
            },
            user: self.user.clone(),
        })
    }
}

/// One overlapped operation at a time on a handle: its OVERLAPPED and the event it signals.
#[derive(Debug)]
struct Overlapped {
    event: OwnedHandle,
}

impl Overlapped {
    fn new() -> io::Result<Self> {
        // SAFETY: no attributes and no name; a manual-reset event, not signalled.
        let event = unsafe { CreateEventW(std::ptr::null(), 1, 0, std::ptr::null()) };
        if event.is_null() {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: a valid handle that nothing else owns.
        Ok(Overlapped {
            event: unsafe { OwnedHandle::from_raw_handle(event as _) },
        })
    }

    /// Starts an operation with `start` and waits for it, at most `timeout`: past it, the
    /// operation is cancelled (and waited for, so nothing writes into its buffer afterwards)
    /// and the answer is `TimedOut`. The bytes it transferred otherwise.
    fn finish(
        &self,
        on: &OwnedHandle,
        timeout: Option<Duration>,
        start: impl FnOnce(HANDLE, *mut OVERLAPPED) -> i32,
    ) -> io::Result<usize> {
        let handle = on.as_raw_handle() as HANDLE;
        let event = self.event.as_raw_handle() as HANDLE;
        // SAFETY: our event handle, open for the life of `self`. Reset, so that a wait below
        // sees this operation's completion only.
        unsafe { ResetEvent(event) };
        // SAFETY: OVERLAPPED is plain data; all zero but its event is a fresh operation. The
        // system writes into it while the operation is pending, so from here on it is reached
        // through this raw pointer only, never a reference.
        let mut overlapped: OVERLAPPED = unsafe { std::mem::zeroed() };
        overlapped.hEvent = event;
        let pending: *mut OVERLAPPED = std::ptr::addr_of_mut!(overlapped);
        if start(handle, pending) == 0 {
            let error = io::Error::last_os_error();
            if error.raw_os_error() != Some(ERROR_IO_PENDING as i32) {
                return Err(error);
            }
            let millis = timeout.map_or(INFINITE, |t| {
                t.as_millis().min(u128::from(INFINITE - 1)) as u32
            });
            // SAFETY: our event handle, open for the life of `self`.
            let waited = unsafe { WaitForSingleObject(event, millis) };
            if waited != WAIT_OBJECT_0 {
                let mut transferred = 0u32;
                // SAFETY: `pending` is the pending operation's; waiting for its end (which the
                // cancel brings at once) keeps it alive until nothing refers to it.
                let done = unsafe {
                    CancelIoEx(handle, pending);
                    GetOverlappedResult(handle, pending, &mut transferred, 1)
                };
                // Completed just before the cancel: what it transferred is not lost.
                if done != 0 && transferred > 0 {
                    return Ok(transferred as usize);
                }
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    "the client sent nothing in time",
                ));
            }
        }
        let mut transferred = 0u32;
        // SAFETY: the operation is complete (or completed at once); `pending` is its own.
        if unsafe { GetOverlappedResult(handle, pending, &mut transferred, 1) } == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(transferred as usize)
    }
}

/// Wakes a listener blocked in [`Listener::accept_within`]: a pipe's name cannot be taken away,
/// so connecting to it always works.
pub fn wake(endpoint: &Path) {
    let _ = Connection::connect(endpoint);
}

/// One client's connection, seen from either end.
#[derive(Debug)]
pub struct Connection {
    end: End,
    /// This process's user (SID), read once.
    user: String,
}

#[derive(Debug)]
enum End {
    /// A client of the agent: a plain, synchronous file.
    Client(File),
    /// The agent's end: overlapped, so a read can end at a deadline.
    Agent {
        pipe: OwnedHandle,
        io: Overlapped,
        read_timeout: Cell<Option<Duration>>,
    },
}

impl Connection {
    /// Opens the pipe (waiting while it is busy) and checks the agent behind it runs as this
    /// user. The agent may identify this client but not act as it.
    pub fn connect(endpoint: &Path) -> io::Result<Connection> {
        let deadline = Instant::now() + BUSY_WAIT;
        let file = loop {
            match std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .security_qos_flags(SECURITY_IDENTIFICATION)
                .open(endpoint)
            {
                Ok(file) => break file,
                Err(e)
                    if e.raw_os_error() == Some(ERROR_PIPE_BUSY as i32)
                        && Instant::now() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                Err(e) => return Err(e),
            }
        };
        let connection = Connection {
            end: End::Client(file),
            user: current_user()?,
        };
        if !connection.peer_is_this_user() {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "the agent's pipe belongs to another user",
            ));
        }
        Ok(connection)
    }

    fn handle(&self) -> HANDLE {
        match &self.end {
            End::Client(file) => file.as_raw_handle() as HANDLE,
            End::Agent { pipe, .. } => pipe.as_raw_handle() as HANDLE,
        }
    }

    /// Whether the process at the other end runs as this user.
    pub fn peer_is_this_user(&self) -> bool {
        let handle = self.handle();
        let mut pid = 0u32;
        // SAFETY: `handle` is our open pipe handle and `pid` a valid place for the answer.
        let found = unsafe {
            match self.end {
                End::Agent { .. } => GetNamedPipeClientProcessId(handle, &mut pid),
                End::Client(_) => GetNamedPipeServerProcessId(handle, &mut pid),
            }
        };
        found != 0 && user_of_process(pid).is_ok_and(|peer| peer == self.user)
    }

    /// How long the next read on the agent's end may wait (a client's reads wait for the agent).
    pub fn set_read_timeout(&self, deadline: Duration) {
        if let End::Agent { read_timeout, .. } = &self.end {
            read_timeout.set(Some(deadline));
        }
    }
}

impl Read for Connection {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match &mut self.end {
            End::Client(file) => file.read(buf),
            End::Agent {
                pipe,
                io,
                read_timeout,
            } => {
                let len = buf.len().min(u32::MAX as usize) as u32;
                let read = io.finish(pipe, read_timeout.get(), |handle, overlapped| {
                    // SAFETY: `buf` outlives the operation: `finish` returns only once it is
                    // complete or cancelled and done.
                    unsafe {
                        ReadFile(
                            handle,
                            buf.as_mut_ptr(),
                            len,
                            std::ptr::null_mut(),
                            overlapped,
                        )
                    }
                });
                match read {
                    // The client closed its end: the end of the stream, as a file read says.
                    Err(e) if e.raw_os_error() == Some(ERROR_BROKEN_PIPE as i32) => Ok(0),
                    other => other,
                }
            }
        }
    }
}

impl Write for Connection {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.end {
            End::Client(file) => file.write(buf),
            End::Agent { pipe, io, .. } => {
                let len = buf.len().min(u32::MAX as usize) as u32;
                io.finish(pipe, Some(WRITE_DEADLINE), |handle, overlapped| {
                    // SAFETY: as for the read: `buf` outlives the operation.
                    unsafe {
                        WriteFile(handle, buf.as_ptr(), len, std::ptr::null_mut(), overlapped)
                    }
                })
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.end {
            End::Client(file) => file.flush(),
            End::Agent { .. } => Ok(()),
        }
    }
}

/// The pipe's security: a protected DACL with one entry, full access for `user` (a SID), so
/// no other account, not even an administrator's ordinary token, may open it.
pub fn security_descriptor_text(user: &str) -> String {
    format!("D:P(A;;GA;;;{user})")
}

fn create_instance(name: &[u16], user: &str, first: bool) -> io::Result<OwnedHandle> {
    let sddl: Vec<u16> = security_descriptor_text(user)
        .encode_utf16()
        .chain([0])
        .collect();
    let mut descriptor: PSECURITY_DESCRIPTOR = std::ptr::null_mut();
    // SAFETY: `sddl` is a NUL-terminated UTF-16 string; the call allocates `descriptor` with
    // LocalAlloc, freed below.
    let made = unsafe {
        ConvertStringSecurityDescriptorToSecurityDescriptorW(
            sddl.as_ptr(),
            SDDL_REVISION_1,
            &mut descriptor,
            std::ptr::null_mut(),
        )
    };
    if made == 0 {
        return Err(io::Error::last_os_error());
    }
    let attributes = SECURITY_ATTRIBUTES {
        nLength: size_of::<SECURITY_ATTRIBUTES>() as u32,
        lpSecurityDescriptor: descriptor,
        bInheritHandle: 0,
    };
    let open_mode = PIPE_ACCESS_DUPLEX
        | FILE_FLAG_OVERLAPPED
        | if first {
            FILE_FLAG_FIRST_PIPE_INSTANCE
        } else {
            0
        };
    // SAFETY: `name` is NUL-terminated UTF-16; `attributes` and the descriptor it points to
    // outlive the call.
    let handle = unsafe {
        CreateNamedPipeW(
            name.as_ptr(),
            open_mode,
            PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
            PIPE_UNLIMITED_INSTANCES,
            64 * 1024,
            64 * 1024,
            0,
            &attributes,
        )
    };
    let error = io::Error::last_os_error();
    // SAFETY: `descriptor` came from the conversion above and is freed once.
    unsafe { LocalFree(descriptor) };
    if handle == INVALID_HANDLE_VALUE {
        return Err(error);
    }
    // SAFETY: a valid handle that nothing else owns.
    Ok(unsafe { OwnedHandle::from_raw_handle(handle as _) })
}

/// This process's user, as a SID string (`S-1-5-21-...`).
pub fn current_user() -> io::Result<String> {
    // SAFETY: the pseudo handle of this process; it needs no closing.
    user_of(unsafe { GetCurrentProcess() })
}

fn user_of_process(pid: u32) -> io::Result<String> {
    // SAFETY: opening a process by ID for a query; a null answer is an error.
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a valid handle that we now own, closed on drop.
    let process = unsafe { OwnedHandle::from_raw_handle(process as _) };
    user_of(process.as_raw_handle() as HANDLE)
}

/// The user of a process's access token, as a SID string.
fn user_of(process: HANDLE) -> io::Result<String> {
    let mut token: HANDLE = std::ptr::null_mut();
    // SAFETY: `process` is a valid process handle; `token` receives a handle we then own.
    if unsafe { OpenProcessToken(process, TOKEN_QUERY, &mut token) } == 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a valid handle that we now own, closed on drop.
    let token = unsafe { OwnedHandle::from_raw_handle(token as _) };
    let mut needed = 0u32;
    // SAFETY: asking for the size only (no buffer).
    unsafe {
        GetTokenInformation(
            token.as_raw_handle() as HANDLE,
            TokenUser,
            std::ptr::null_mut(),
            0,
            &mut needed,
        )
    };
    // u64s: TOKEN_USER holds a pointer and must be aligned for it.
    let mut buffer = vec![0u64; (needed as usize).div_ceil(8).max(1)];
    // SAFETY: `buffer` holds at least `needed` bytes, aligned for TOKEN_USER.
    let read = unsafe {
        GetTokenInformation(
            token.as_raw_handle() as HANDLE,
            TokenUser,
            buffer.as_mut_ptr().cast(),
            needed,
            &mut needed,
        )
    };
    if read == 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the call filled the buffer with a TOKEN_USER whose SID points into it.
    let sid = unsafe { (*buffer.as_ptr().cast::<TOKEN_USER>()).User.Sid };
    let mut text: *mut u16 = std::ptr::null_mut();
    // SAFETY: `sid` is valid while `buffer` lives; the call allocates `text` with LocalAlloc.
    if unsafe { ConvertSidToStringSidW(sid, &mut text) } == 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `text` is a NUL-terminated UTF-16 string from the call above, freed once.
    let sid = unsafe {
        let len = (0..).take_while(|&i| *text.add(i) != 0).count();
        let sid = String::from_utf16_lossy(std::slice::from_raw_parts(text, len));
        LocalFree(text.cast());
        sid
    };
    Ok(sid)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pipe's DACL as Windows reports it: protected, one entry, this user's.
    #[test]
    fn the_pipe_admits_only_this_user() {
        use windows_sys::Win32::Security::Authorization::{
            ConvertSecurityDescriptorToStringSecurityDescriptorW, GetSecurityInfo, SE_KERNEL_OBJECT,
        };
        use windows_sys::Win32::Security::DACL_SECURITY_INFORMATION;

        let me = current_user().unwrap();
        assert!(me.starts_with("S-1-"), "{me}");
        let endpoint = std::path::PathBuf::from(format!(
            r"\\.\pipe\zcw-dacl-test-{}-{}",
            std::process::id(),
            crate::clock::now()
        ));
        let listener = Listener::bind(&endpoint).unwrap();
        let waiting = listener.waiting.lock().unwrap();
        let handle = waiting.as_ref().unwrap().as_raw_handle() as HANDLE;
        let mut descriptor: PSECURITY_DESCRIPTOR = std::ptr::null_mut();
        // SAFETY: `handle` is the listener's open pipe; the call allocates `descriptor`.
        let read = unsafe {
            GetSecurityInfo(
                handle,
                SE_KERNEL_OBJECT,
                DACL_SECURITY_INFORMATION,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                &mut descriptor,
            )
        };
        assert_eq!(read, 0, "GetSecurityInfo failed");
        let mut text: *mut u16 = std::ptr::null_mut();
        // SAFETY: `descriptor` came from the call above; `text` is allocated by this one.
        let sddl = unsafe {
            let converted = ConvertSecurityDescriptorToStringSecurityDescriptorW(
                descriptor,
                SDDL_REVISION_1,
                DACL_SECURITY_INFORMATION,
                &mut text,
                std::ptr::null_mut(),
            );
            assert_ne!(converted, 0, "the DACL could not be written as text");
            let len = (0..).take_while(|&i| *text.add(i) != 0).count();
            let sddl = String::from_utf16_lossy(std::slice::from_raw_parts(text, len));
            LocalFree(text.cast());
            LocalFree(descriptor);
            sddl
        };
        assert!(sddl.starts_with("D:P("), "not protected: {sddl}");
        assert_eq!(sddl.matches('(').count(), 1, "more than one entry: {sddl}");
        assert!(
            sddl.ends_with(&format!(";;;{me})")),
            "not this user's: {sddl}"
        );
    }

    #[test]
    fn a_client_that_sends_nothing_is_cut_off_at_the_read_deadline() {
        let endpoint = std::path::PathBuf::from(format!(
            r"\\.\pipe\zcw-silent-test-{}-{}",
            std::process::id(),
            crate::clock::now()
        ));
        let listener = Listener::bind(&endpoint).unwrap();
        let server = std::thread::spawn(move || {
            let mut silent = listener.accept().unwrap();
            let started = Instant::now();
            let line = crate::agent::protocol::read_line(
                &mut silent,
                |stream, left| stream.set_read_timeout(left),
                Duration::from_millis(500),
            );
            assert!(line.is_none(), "a silent client gave a line");
            let waited = started.elapsed();
            // The next client is served as usual.
            let mut next = listener.accept().unwrap();
            let line = crate::agent::protocol::read_line(
                &mut next,
                |stream, left| stream.set_read_timeout(left),
                Duration::from_secs(10),
            );
            next.write_all(b"pong\n").unwrap();
            (waited, line.map(|l| l.to_vec()))
        });
        let _silent = Connection::connect(&endpoint).unwrap();
        // Generous: the promise is "does not hang", not a speed.
        let (tx, rx) = std::sync::mpsc::channel();
        let endpoint_again = endpoint.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            let mut client = Connection::connect(&endpoint_again).unwrap();
            client.write_all(b"ping\n").unwrap();
            let mut answer = [0u8; 5];
            client.read_exact(&mut answer).unwrap();
            tx.send(answer).unwrap();
        });
        let answer = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("the second client was answered");
        assert_eq!(&answer, b"pong\n");
        let (waited, line) = server.join().unwrap();
        assert!(
            waited < Duration::from_secs(10),
            "waited {waited:?} for a silent client"
        );
        assert_eq!(line.as_deref(), Some(&b"ping"[..]));
    }

    #[test]
    fn a_second_agent_cannot_take_the_name_and_clients_reach_the_first() {
        let endpoint = std::path::PathBuf::from(format!(
            r"\\.\pipe\zcw-test-{}-{}",
            std::process::id(),
            crate::clock::now()
        ));
        let listener = Listener::bind(&endpoint).unwrap();
        // Windows refuses a second first instance; Wine 8 does not implement the flag (the
        // agent's start asks whether one answers first, and clients check the server's user).
        let under_wine = std::env::var_os("WINEPREFIX").is_some();
        assert!(
            Listener::bind(&endpoint).is_err() || under_wine,
            "the name was taken twice"
        );
        let server = std::thread::spawn(move || {
            let mut connection = listener.accept().unwrap();
            assert!(connection.peer_is_this_user());
            let mut line = [0u8; 5];
            connection.read_exact(&mut line).unwrap();
            connection.write_all(b"pong\n").unwrap();
            line
        });
        let mut client = Connection::connect(&endpoint).unwrap();
        client.write_all(b"ping\n").unwrap();
        let mut answer = [0u8; 5];
        client.read_exact(&mut answer).unwrap();
        assert_eq!(&answer, b"pong\n");
        assert_eq!(&server.join().unwrap(), b"ping\n");
    }
}
