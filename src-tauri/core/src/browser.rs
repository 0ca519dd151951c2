//! Opens web addresses in the user's browser, honouring `$BROWSER` like xdg-open does.

use url::Url;

use crate::error::{Error, Result};

/// The program named by `$BROWSER` (the first of a `:`-separated list), if any. When set it opens
/// every URL, so headless users and tests can supply their own browser.
pub fn browser_override() -> Option<String> {
    let value = std::env::var("BROWSER").ok()?;
    value
        .split(':')
        .map(str::trim)
        .find(|program| !program.is_empty())
        .map(str::to_string)
}

/// Opens `url` with `$BROWSER` or the system's default handler, without waiting for it.
pub fn open_in_browser(url: &Url) -> Result<()> {
    let launched = match browser_override() {
        Some(program) => open::with_detached(url.as_str(), program),
        None => open::that_detached(url.as_str()),
    };
    launched.map_err(|e| Error::BrowserLaunch {
        url: url.to_string(),
        reason: e.to_string(),
    })
}
