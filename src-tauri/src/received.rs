//! What the app is handed from outside: a request file or link given on the command line (a
//! double-click, a clicked link), or passed on by a second launch while this one runs; and the
//! files the person chooses in a dialog. Rust reads every file (with a size limit); the webview
//! only ever sees what the core made of it.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;
use zcw_core::onboarding::request::{FILE_EXTENSION, MAX_TEXT_BYTES, URL_SCHEME};

use crate::error::{Error, Result};

/// A request the app was handed and the webview has not taken yet.
#[derive(Debug, Default)]
pub struct Inbox {
    request: Mutex<Option<String>>,
}

impl Inbox {
    /// Keeps the first request among `args` (a file path or a link); the newest wins.
    pub fn take_args(&self, args: impl IntoIterator<Item = String>) -> bool {
        let found = args.into_iter().skip(1).find_map(|arg| {
            if arg.starts_with(&format!("{URL_SCHEME}://")) {
                Some(arg)
            } else if arg.ends_with(&format!(".{FILE_EXTENSION}")) {
                read_limited(Path::new(&arg))
                    .ok()
                    .map(|text| text.to_string())
            } else {
                None
            }
        });
        let got = found.is_some();
        if got {
            *self.slot() = found;
        }
        got
    }

    /// Keeps a request link (from the OS's URL scheme handler).
    pub fn take_link(&self, link: String) {
        *self.slot() = Some(link);
    }

    pub fn take(&self) -> Option<String> {
        self.slot().take()
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Option<String>> {
        self.request
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Tells the webview a request arrived (it then asks for it; no event permission needed).
pub fn announce(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.eval("window.dispatchEvent(new Event('zcw-request'))");
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

/// A small text file's contents: a regular file only, and nothing larger than a request or reply
/// is read (a FIFO or a link to a device neither blocks nor exhausts the app).
pub fn read_limited(path: &Path) -> Result<zeroize::Zeroizing<String>> {
    Ok(zcw_core::small_file::read(path, MAX_TEXT_BYTES).map_err(zcw_core::Error::from)?)
}

/// A message of the shell's own (a dialog's title), in the language the screens speak.
fn words(app: &AppHandle, id: &str) -> String {
    let state = app.state::<crate::state::AppState>();
    let system = app.state::<crate::commands::language::SystemLanguages>();
    crate::commands::language::current(&state, &system)
        .shell_words()
        .get(id)
}

/// The file the person picks (`None`: they cancelled), of the given kind (both named by their
/// message in the catalogs). The dialog waits on a worker thread, not the UI's.
pub async fn pick(
    app: AppHandle,
    title: &'static str,
    kind: &'static str,
    extensions: &'static [&'static str],
) -> Result<Option<PathBuf>> {
    let (title, kind) = (words(&app, title), words(&app, kind));
    off_ui(move || {
        app.dialog()
            .file()
            .set_title(title)
            .add_filter(kind, extensions)
            .blocking_pick_file()
            .and_then(|f| f.into_path().ok())
    })
    .await
}

/// Where the person saves a file (`None`: they cancelled).
pub async fn save_as(
    app: AppHandle,
    title: &'static str,
    file_name: String,
) -> Result<Option<PathBuf>> {
    let title = words(&app, title);
    off_ui(move || {
        app.dialog()
            .file()
            .set_title(title)
            .set_file_name(file_name)
            .blocking_save_file()
            .and_then(|f| f.into_path().ok())
    })
    .await
}

async fn off_ui<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|_| Error::Worker("the task stopped before it answered".into()))
}

/// Writes a file the person chose the place of.
pub fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|e| Error::File {
        path: path.display().to_string(),
        details: Some(e.to_string()),
    })
}
