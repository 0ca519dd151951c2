//! The agent's endpoint on Windows: a named pipe whose DACL admits only the current user, local
//! clients only. Each client's process token is checked to be that user; a client checks the
//! server's the same way, so a pipe another user made first under the name gets no secret.
//!
//! The Win32 calls below have no safe wrapper in the standard library; each `unsafe` block says
//! why it is sound. See learn.microsoft.com: "Named Pipe Security and Access Rights",
//! `GetNamedPipeClientProcessId`, `GetNamedPipeServerProcessId`.
#![allow(unsafe_code)]

use std::fs::File;
use std::io::{self, Read, Write};
use std::os::windows::ffi::OsStrExt;
use std::os::windows::fs::OpenOptionsExt;
use std::os::windows::io::{AsRawHandle, FromRawHandle, OwnedHandle};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use windows_sys::Win32::Foundation::{
    LocalFree, ERROR_PIPE_BUSY, ERROR_PIPE_CONNECTED, HANDLE, INVALID_HANDLE_VALUE,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::{
    GetTokenInformation, TokenUser, PSECURITY_DESCRIPTOR, SECURITY_ATTRIBUTES, TOKEN_QUERY,
    TOKEN_USER,
};
use windows_sys::Win32::Storage::FileSystem::{
    FILE_FLAG_FIRST_PIPE_INSTANCE, PIPE_ACCESS_DUPLEX, SECURITY_IDENTIFICATION,
};
use windows_sys::Win32::System::Pipes::{
    ConnectNamedPipe, CreateNamedPipeW, GetNamedPipeClientProcessId, GetNamedPipeServerProcessId,
    PIPE_READMODE_BYTE, PIPE_REJECT_REMOTE_CLIENTS, PIPE_TYPE_BYTE, PIPE_UNLIMITED_INSTANCES,
    PIPE_WAIT,
};
use windows_sys::Win32::System::Threading::{
    GetCurrentProcess, OpenProcess, OpenProcessToken, PROCESS_QUERY_LIMITED_INFORMATION,
};

use crate::error::FileError;

/// How long a client waits while every instance of the pipe is busy with another client.
const BUSY_WAIT: Duration = Duration::from_secs(5);

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
        // SAFETY: `pipe` is a valid pipe handle we own; no OVERLAPPED: the call blocks.
        let connected =
            unsafe { ConnectNamedPipe(pipe.as_raw_handle() as HANDLE, std::ptr::null_mut()) };
        if connected == 0 {
            let error = io::Error::last_os_error();
            // A client that opened the pipe between creation and this call is connected too.
            if error.raw_os_error() != Some(ERROR_PIPE_CONNECTED as i32) {
                return Err(error);
            }
        }
        *waiting = Some(create_instance(&self.name, &self.user, false)?);
        Ok(Connection {
            file: File::from(pipe),
            server_side: true,
            user: self.user.clone(),
        })
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
    file: File,
    server_side: bool,
    /// This process's user (SID), read once.
    user: String,
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
            file,
            server_side: false,
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

    /// Whether the process at the other end runs as this user.
    pub fn peer_is_this_user(&self) -> bool {
        let handle = self.file.as_raw_handle() as HANDLE;
        let mut pid = 0u32;
        // SAFETY: `handle` is our open pipe handle and `pid` a valid place for the answer.
        let found = unsafe {
            if self.server_side {
                GetNamedPipeClientProcessId(handle, &mut pid)
            } else {
                GetNamedPipeServerProcessId(handle, &mut pid)
            }
        };
        found != 0 && user_of_process(pid).is_ok_and(|peer| peer == self.user)
    }

    /// Pipes opened for synchronous use take no read timeout: a request is bounded by its
    /// size instead (see the protocol's line limit), and a slow client holds only its own thread.
    pub fn set_read_timeout(&self, _deadline: Duration) {}
}

impl Read for Connection {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.file.read(buf)
    }
}

impl Write for Connection {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
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
