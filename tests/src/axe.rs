//! Accessibility checks with axe-core (Deque's rules engine, from the npm registry), run inside
//! the real app's webview through WebDriver: a screen passes when axe finds no violation.

use std::fs::File;
use std::path::PathBuf;
use std::process::Command;

use fantoccini::Client;

use crate::{require_program, target_dir};

/// axe-core's version, pinned so that a new rule does not fail a run unannounced.
const AXE_VERSION: &str = "4.10.3";

/// axe.min.js, installed into target/tools/axe on first use (a lock keeps parallel tests from
/// installing it twice).
fn axe_script() -> PathBuf {
    let dir = target_dir().join("tools/axe");
    std::fs::create_dir_all(&dir).unwrap();
    let lock = File::create(dir.with_extension("lock")).unwrap();
    lock.lock().unwrap();
    let script = dir.join("node_modules/axe-core/axe.min.js");
    if !script.is_file() {
        require_program("npm", "the Debian package npm");
        let status = Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
            .arg(&dir)
            .arg(format!("axe-core@{AXE_VERSION}"))
            .status()
            .expect("npm runs");
        assert!(status.success(), "npm install axe-core failed");
    }
    script
}

/// Runs axe on what `client` shows now and panics with every violation (rule, impact, the
/// elements) when there is one. `screen` names it in the message.
pub async fn assert_clean(client: &Client, screen: &str) {
    let source = std::fs::read_to_string(axe_script()).unwrap();
    // Evaluated by WebDriver, not a <script> element: the app's content security policy allows
    // no inline script, and needs no change for the test.
    client
        .execute(&format!("{source}\nwindow.axe = axe; return true;"), vec![])
        .await
        .expect("axe-core loads in the webview");
    let found = client
        .execute_async(
            r"const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then((r) => done(JSON.stringify(r.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => n.target.join(' ')),
              })))))
              .catch((e) => done(JSON.stringify({ error: String(e) })));",
            vec![],
        )
        .await
        .expect("axe runs");
    let text = found.as_str().unwrap_or("[]");
    let violations: serde_json::Value = serde_json::from_str(text).unwrap();
    assert!(
        violations.as_array().is_some_and(Vec::is_empty),
        "axe finds violations on {screen}: {}",
        serde_json::to_string_pretty(&violations).unwrap()
    );
}
