//! Stand-ins for the user's browser, handed to the app and `zcw` through `$BROWSER`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{require_program, wait_until, write_script};

/// A script that appends each URL it is asked to open to a file, and maybe acts on it.
#[derive(Debug)]
pub struct RecordingBrowser {
    pub program: PathBuf,
    pub record: PathBuf,
}

impl RecordingBrowser {
    /// Records and does nothing else (a user who has not looked at the browser yet).
    pub fn new(dir: &Path) -> Self {
        let program = dir.join("record-browser.sh");
        let record = dir.join("opened-urls.txt");
        let script = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '{}'\n",
            record.display()
        );
        write_script(&program, &script);
        RecordingBrowser { program, record }
    }

    /// Follows every redirect with curl, in the background, like a user who clicks Accept: Zoho's
    /// consent page (the emulator) sends it to the loopback listener.
    pub fn following(dir: &Path) -> Self {
        let program = dir.join("curl-browser.sh");
        let record = dir.join("opened-urls.txt");
        let script = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n(curl -sL --max-time 30 -o /dev/null \"$1\" &)\n",
            record.display()
        );
        write_script(&program, &script);
        RecordingBrowser { program, record }
    }

    /// Headless Chromium: it loads the sign-in page, follows Zoho's redirect to the loopback
    /// listener, and quits once the page is there.
    pub fn chromium(dir: &Path) -> Self {
        require_program("chromium", "the Debian package chromium");
        let program = dir.join("chromium-browser.sh");
        let record = dir.join("opened-urls.txt");
        let profile = dir.join("chromium-profile");
        let script = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{record}'\n\
             (chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
             --disable-component-update --disable-sync --user-data-dir='{profile}' --dump-dom \"$1\" >/dev/null 2>&1 &)\n",
            record = record.display(),
            profile = profile.display(),
        );
        write_script(&program, &script);
        RecordingBrowser { program, record }
    }

    /// The URLs opened so far, one per call.
    pub fn opened(&self) -> Vec<String> {
        std::fs::read_to_string(&self.record)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Waits (up to 10 s) until `count` URLs were opened, and returns them.
    pub fn wait_for(&self, count: usize) -> Vec<String> {
        wait_until(Duration::from_secs(10), || self.opened().len() >= count);
        self.opened()
    }
}

/// A `$BROWSER` that hands each URL to whichever browser script was chosen last, so one running
/// app can meet several kinds of browser.
#[derive(Debug)]
pub struct SwitchableBrowser {
    pub program: PathBuf,
    choice: PathBuf,
}

impl SwitchableBrowser {
    pub fn new(dir: &Path) -> Self {
        let program = dir.join("switch-browser.sh");
        let choice = dir.join("browser-choice");
        let script = format!("#!/bin/sh\nexec \"$(cat '{}')\" \"$@\"\n", choice.display());
        write_script(&program, &script);
        SwitchableBrowser { program, choice }
    }

    pub fn use_browser(&self, browser: &RecordingBrowser) {
        std::fs::write(&self.choice, browser.program.to_str().unwrap()).unwrap();
    }
}
