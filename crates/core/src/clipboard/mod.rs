//! Secrets on the clipboard: put there by Rust (never by the webview), marked so clipboard
//! managers and history skip them, and cleared after a while, but only if the clipboard still
//! holds them. Plain values (a client ID) go through the same place unmarked.

pub mod error;

use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use zeroize::Zeroizing;

use crate::error::{ClipboardError, Result};

/// How long a copied secret stays on the clipboard unless the user chose otherwise.
pub const DEFAULT_CLEAR_AFTER: Duration = Duration::from_secs(30);

/// What was copied last, to recognise it when the time comes to clear.
struct Copied {
    value: Zeroizing<String>,
    generation: u64,
}

/// The clipboard of this process. On X11 and Wayland the copied value lives only as long as the
/// process that copied it (or a clipboard manager) serves it, so keep this alive meanwhile.
pub struct Clipboard {
    inner: Mutex<Option<arboard::Clipboard>>,
    copied: Mutex<Option<Copied>>,
    generation: Mutex<u64>,
}

impl std::fmt::Debug for Clipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clipboard").finish_non_exhaustive()
    }
}

impl Default for Clipboard {
    fn default() -> Self {
        Clipboard {
            inner: Mutex::new(None),
            copied: Mutex::new(None),
            generation: Mutex::new(0),
        }
    }
}

/// What a copy did, for "Clipboard clears in 27 s".
#[derive(Debug, Clone, Copy, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CopyReceipt {
    /// Identifies this copy for [`Clipboard::clear_if_unchanged`].
    pub generation: u64,
    /// Seconds until it is cleared; `None` when it stays until something else is copied.
    pub clears_in_secs: Option<u64>,
}

fn unavailable(e: &arboard::Error) -> crate::Error {
    ClipboardError::Unavailable {
        reason: e.to_string(),
    }
    .into()
}

impl Clipboard {
    fn with<T>(&self, op: impl FnOnce(&mut arboard::Clipboard) -> Result<T>) -> Result<T> {
        let mut inner = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        if inner.is_none() {
            *inner = Some(arboard::Clipboard::new().map_err(|e| unavailable(&e))?);
        }
        op(inner.as_mut().expect("set above"))
    }

    /// Copies a secret, marked for clipboard managers and history as one (KDE's password
    /// manager hint on Linux, the concealed type on macOS, no history and no cloud on Windows).
    pub fn copy_secret(&self, secret: &str, clear_after: Option<Duration>) -> Result<CopyReceipt> {
        self.with(|clipboard| {
            let set = clipboard.set();
            #[cfg(all(
                unix,
                not(any(target_os = "macos", target_os = "ios", target_os = "android"))
            ))]
            let set = arboard::SetExtLinux::exclude_from_history(set);
            #[cfg(target_os = "macos")]
            let set = arboard::SetExtApple::exclude_from_history(set);
            #[cfg(target_os = "windows")]
            let set = arboard::SetExtWindows::exclude_from_monitoring(set);
            set.text(secret).map_err(|e| unavailable(&e))
        })?;
        Ok(self.remember(secret, clear_after))
    }

    /// Copies a value that is not secret.
    pub fn copy_text(&self, text: &str) -> Result<CopyReceipt> {
        self.with(|clipboard| clipboard.set_text(text).map_err(|e| unavailable(&e)))?;
        Ok(self.remember(text, None))
    }

    fn remember(&self, value: &str, clear_after: Option<Duration>) -> CopyReceipt {
        let mut generation = self
            .generation
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        *generation += 1;
        *self.copied.lock().unwrap_or_else(PoisonError::into_inner) = Some(Copied {
            value: Zeroizing::new(value.to_string()),
            generation: *generation,
        });
        CopyReceipt {
            generation: *generation,
            clears_in_secs: clear_after.map(|d| d.as_secs()),
        }
    }

    /// Clears the clipboard if it still holds what copy `generation` put there (and nothing was
    /// copied by this app since). Returns whether it cleared.
    pub fn clear_if_unchanged(&self, generation: u64) -> bool {
        let mut copied = self.copied.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(ours) = copied.as_ref().filter(|c| c.generation == generation) else {
            return false;
        };
        let cleared = self
            .with(|clipboard| {
                let now = Zeroizing::new(clipboard.get_text().unwrap_or_default());
                if *now == *ours.value {
                    clipboard.clear().map_err(|e| unavailable(&e))?;
                    Ok(true)
                } else {
                    Ok(false)
                }
            })
            .unwrap_or(false);
        *copied = None;
        cleared
    }

    /// Whether the clipboard still holds what copy `generation` put there.
    pub fn still_holds(&self, generation: u64) -> bool {
        let copied = self.copied.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(ours) = copied.as_ref().filter(|c| c.generation == generation) else {
            return false;
        };
        self.with(|clipboard| {
            let now = Zeroizing::new(clipboard.get_text().unwrap_or_default());
            Ok(*now == *ours.value)
        })
        .unwrap_or(false)
    }

    /// Clears whatever this app copied last, if the clipboard still holds it (on quit).
    pub fn clear_ours(&self) -> bool {
        let generation = self
            .copied
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .map(|c| c.generation);
        generation.is_some_and(|g| self.clear_if_unchanged(g))
    }
}
