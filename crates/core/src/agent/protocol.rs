//! What the agent and its clients say to each other: one JSON request per line, one JSON answer
//! per line. Secrets in them are wiped when the messages are dropped.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::secret_store::EntryName;

/// A request to the agent.
#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "camelCase")]
pub enum Request {
    /// Is anyone there (and which store is it holding)?
    Ping,
    Get {
        entry: EntryName,
    },
    SetAll {
        entries: Vec<(EntryName, Zeroizing<String>)>,
    },
    DeleteAll {
        entries: Vec<EntryName>,
    },
    Move {
        moves: Vec<(EntryName, EntryName)>,
    },
    /// Forget everything and stop.
    Lock,
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Request::Ping => "Ping",
            Request::Get { .. } => "Get",
            Request::SetAll { .. } => "SetAll",
            Request::DeleteAll { .. } => "DeleteAll",
            Request::Move { .. } => "Move",
            Request::Lock => "Lock",
        })
    }
}

/// This protocol's version, in every answer: an agent started by an older zcw (still running
/// after an upgrade) sends another one, or none, and is told apart from a broken one.
pub const PROTOCOL: u32 = 2;

/// The agent's answer.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    /// The agent's protocol version (agents before version 2 sent none).
    #[serde(default)]
    pub protocol: u32,
    pub ok: bool,
    /// The secret asked for, if there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<Zeroizing<String>>,
    /// What went wrong (never a secret).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The file the agent holds unlocked (answers to Ping).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store: Option<String>,
    /// Whether the agent's memory is locked against swapping (answers to Ping).
    #[serde(default)]
    pub memory_locked: bool,
}

impl std::fmt::Debug for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Answer")
            .field("ok", &self.ok)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl Default for Answer {
    fn default() -> Self {
        Answer {
            protocol: PROTOCOL,
            ok: false,
            secret: None,
            error: None,
            store: None,
            memory_locked: false,
        }
    }
}

impl Answer {
    pub fn ok() -> Self {
        Answer {
            ok: true,
            ..Answer::default()
        }
    }

    pub fn failed(error: &crate::Error) -> Self {
        Answer {
            ok: false,
            error: Some(error.with_details()),
            ..Answer::default()
        }
    }
}

/// What a running agent said about itself.
#[derive(Debug, Clone)]
pub struct AgentInfo {
    /// Its protocol version: not [`PROTOCOL`] means an agent from another zcw version.
    pub protocol: u32,
    /// The encrypted file it holds unlocked.
    pub store: String,
    /// Whether its memory is locked against swapping.
    pub memory_locked: bool,
}

/// The largest line either side reads: a request with every secret of many connections fits.
pub const MAX_LINE: u64 = 1 << 20;

/// Reads one line (without its newline) into a buffer that is wiped when dropped, within
/// `deadline` for the whole line: a peer that trickles a byte at a time is cut off when the time
/// is up, not when it pauses. `None`: closed, too long, or too slow.
pub fn read_line<R: std::io::Read>(
    stream: &mut R,
    set_timeout: impl Fn(&mut R, std::time::Duration),
    deadline: std::time::Duration,
) -> Option<Zeroizing<Vec<u8>>> {
    let until = std::time::Instant::now() + deadline;
    // Room for the longest line up front: growing would leave unwiped copies behind.
    let mut line = Zeroizing::new(Vec::with_capacity(4096));
    let mut chunk = Zeroizing::new([0u8; 4096]);
    loop {
        let left = until.checked_duration_since(std::time::Instant::now())?;
        set_timeout(stream, left.max(std::time::Duration::from_millis(1)));
        let read = stream.read(&mut chunk[..]).ok()?;
        if read == 0 {
            return None;
        }
        if let Some(end) = chunk[..read].iter().position(|&b| b == b'\n') {
            extend_wiped(&mut line, &chunk[..end]);
            return Some(line);
        }
        extend_wiped(&mut line, &chunk[..read]);
        if line.len() as u64 > MAX_LINE {
            return None;
        }
    }
}

/// Appends to a wiped buffer; when it must grow, the old contents are wiped, not left behind.
fn extend_wiped(line: &mut Zeroizing<Vec<u8>>, more: &[u8]) {
    if line.len() + more.len() > line.capacity() {
        let mut bigger = Zeroizing::new(Vec::with_capacity((line.len() + more.len()) * 2));
        bigger.extend_from_slice(line);
        *line = bigger;
    }
    line.extend_from_slice(more);
}
