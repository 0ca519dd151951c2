//! A private X display (Xvfb), and reading its clipboard the way another program would (xclip).

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::{require_program, wait_until};

/// Xvfb on a display it picked itself, stopped with SIGTERM on drop (so it removes its lock).
#[derive(Debug)]
pub struct VirtualDisplay {
    xvfb: Child,
    number: u32,
}

impl VirtualDisplay {
    pub fn start() -> Self {
        require_program("Xvfb", "the Debian package xvfb");
        // Xvfb picks a free display (reclaiming stale locks) and reports it on stdout once it
        // accepts connections.
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1100x860x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts");
        let mut line = String::new();
        BufReader::new(xvfb.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let number = line
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("Xvfb reported no display: {line:?}"));
        VirtualDisplay { xvfb, number }
    }

    /// The value for `DISPLAY`.
    pub fn name(&self) -> String {
        format!(":{}", self.number)
    }

    /// What the clipboard holds as text, read as another program would (empty when nothing).
    pub fn clipboard(&self) -> String {
        self.xclip(&["-o", "-selection", "clipboard"])
    }

    /// The types the clipboard's owner offers (`TARGETS`), one per line.
    pub fn clipboard_targets(&self) -> String {
        self.xclip(&["-o", "-selection", "clipboard", "-t", "TARGETS"])
    }

    /// xclip's output, or nothing after 10 s: a clipboard owner that never answers (a program
    /// that went away mid-transfer, Wine's among them) would hold xclip for ever.
    fn xclip(&self, args: &[&str]) -> String {
        require_program("xclip", "the Debian package xclip");
        let mut child = Command::new("xclip")
            .args(args)
            .env("DISPLAY", self.name())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("xclip runs");
        let mut stdout = child.stdout.take().expect("xclip's output");
        let reader = std::thread::spawn(move || {
            let mut out = Vec::new();
            let _ = stdout.read_to_end(&mut out);
            out
        });
        if !wait_until(Duration::from_secs(10), || {
            matches!(child.try_wait(), Ok(Some(_)))
        }) {
            let _ = child.kill();
        }
        let _ = child.wait();
        String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned()
    }

    /// Waits (up to `timeout`) until the clipboard holds `text`, or holds it no more.
    pub fn wait_clipboard(&self, text: &str, holds: bool, timeout: Duration) -> bool {
        wait_until(timeout, || (self.clipboard() == text) == holds)
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.xvfb.id().to_string()])
            .status();
        if !wait_until(Duration::from_secs(5), || {
            matches!(self.xvfb.try_wait(), Ok(Some(_)))
        }) {
            let _ = self.xvfb.kill();
            let _ = self.xvfb.wait();
        }
    }
}
