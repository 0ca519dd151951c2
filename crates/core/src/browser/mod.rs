//! Opens web addresses in the user's browser: `$BROWSER` when set (as xdg-open reads it), else the
//! desktop's default.

pub mod error;

use url::Url;

use crate::error::{BrowserError, Result};

/// The browser to open addresses with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Browser {
    program: Option<String>,
}

impl Browser {
    /// From the value of `$BROWSER`: the first entry of a list separated as `PATH` is (`:` as
    /// xdg-open reads it; `;` on Windows, where `C:\...` holds a colon).
    pub fn from_var(value: Option<&str>) -> Self {
        let program = value.and_then(|value| {
            std::env::split_paths(value)
                .map(|program| program.to_string_lossy().trim().to_string())
                .find(|program| !program.is_empty())
        });
        Browser { program }
    }

    /// The program named by `$BROWSER`, if any; `None` means the desktop's default.
    pub fn program(&self) -> Option<&str> {
        self.program.as_deref()
    }

    /// Opens `url` without waiting for the browser.
    pub fn open(&self, url: &Url) -> Result<()> {
        let launched = match &self.program {
            Some(program) => open::with_detached(url.as_str(), program),
            None => open::that_detached(url.as_str()),
        };
        launched.map_err(|e| {
            BrowserError::LaunchFailed {
                url: url.to_string(),
                reason: e.to_string(),
            }
            .into()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(unix)]
    fn the_first_program_of_the_list_wins() {
        assert_eq!(
            Browser::from_var(Some(" :w3m: lynx")).program(),
            Some("w3m")
        );
        assert_eq!(Browser::from_var(Some(" : ")).program(), None);
        assert_eq!(Browser::from_var(None), Browser::default());
    }

    #[test]
    #[cfg(windows)]
    fn a_windows_path_is_one_program() {
        let chrome = r"C:\Program Files\Google\Chrome\Application\chrome.exe";
        assert_eq!(
            Browser::from_var(Some(&format!("{chrome};firefox"))).program(),
            Some(chrome)
        );
        assert_eq!(Browser::from_var(Some(" ; ")).program(), None);
    }
}
