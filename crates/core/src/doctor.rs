//! "Check this computer": what the app needs from this machine (a keychain that answers, a free
//! sign-in port, a browser, Zoho's accounts servers and a clock that agrees with them, a private
//! config folder), each checked on its own deadline and all at once, so the whole report comes
//! within seconds even with no network. Nothing in it is secret.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use serde::Serialize;

use crate::context::Context;
use crate::dc::DATA_CENTRES;
use crate::error::{KeychainError, NetworkError};
use crate::http::{HttpClient, HttpRequest};
use crate::note::Note;
use crate::private_dir;
use crate::registration::DEFAULT_LOOPBACK_PORT;
use crate::secret_store::keychain::DESCRIPTION as KEYCHAIN;
use crate::secret_store::{EntryName, SecretStore};
use crate::updates::{Updates, RUNNING};

/// How long one accounts server may take to answer.
const SERVER_DEADLINE: Duration = Duration::from_secs(4);
/// A clock further off than this makes Zoho's codes and tokens fail.
const CLOCK_TOLERANCE_SECS: i64 = 60;

/// One thing checked. `title`, `detail` and `fix` are its English (the CLI's, and `--json`'s);
/// `words` holds the same as kinds and values for the app's catalogs (`doctor-<kind>`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    pub id: String,
    pub title: String,
    pub ok: bool,
    /// What was found.
    pub detail: String,
    /// What to do about a problem.
    pub fix: Option<String>,
    pub words: CheckWords,
}

/// A check's title, finding and fix, as kinds and values.
#[derive(Debug, Clone, Serialize)]
pub struct CheckWords {
    pub title: Note,
    pub detail: Note,
    pub fix: Option<Note>,
}

impl Check {
    fn ok(id: impl Into<String>, title: Note, detail: Note) -> Self {
        Check {
            id: id.into(),
            title: title.text.clone(),
            ok: true,
            detail: detail.text.clone(),
            fix: None,
            words: CheckWords {
                title,
                detail,
                fix: None,
            },
        }
    }

    fn problem(id: impl Into<String>, title: Note, detail: Note, fix: Note) -> Self {
        Check {
            id: id.into(),
            title: title.text.clone(),
            ok: false,
            detail: detail.text.clone(),
            fix: Some(fix.text.clone()),
            words: CheckWords {
                title,
                detail,
                fix: Some(fix),
            },
        }
    }
}

/// A sentence of the report: its kind (`doctor-<kind>` in the app's catalogs), values and English.
fn say(kind: &'static str, args: &[(&'static str, String)], text: impl Into<String>) -> Note {
    Note::new(kind, args, text.into())
}

/// Everything checked.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub version: &'static str,
    pub checks: Vec<Check>,
    pub took_ms: u128,
}

impl Report {
    pub fn all_ok(&self) -> bool {
        self.checks.iter().all(|c| c.ok)
    }
}

/// Runs every check side by side.
pub async fn check_this_computer(ctx: &Context) -> Report {
    let started = Instant::now();
    let keychain = ctx.connections.keychain();
    let ports = loopback_ports(ctx);
    let (keychain, folder, mut servers) = tokio::join!(
        blocking(move || check_keychain(keychain.as_ref())),
        blocking({
            let dir = ctx.config.config_dir.clone();
            move || check_folder(&dir)
        }),
        check_servers(ctx),
    );
    let mut checks = vec![keychain, check_ports(&ports), check_browser(ctx), folder];
    checks.append(&mut servers);
    // What the app last found: no network asked here.
    if let Ok(updates) = ctx.connections.updates() {
        checks.push(check_updates(&updates, RUNNING));
    }
    Report {
        version: RUNNING,
        checks,
        took_ms: started.elapsed().as_millis(),
    }
}

async fn blocking(work: impl FnOnce() -> Check + Send + 'static) -> Check {
    tokio::task::spawn_blocking(work).await.unwrap_or_else(|_| {
        Check::problem(
            "internal",
            say("check", &[], "Check"),
            say("stopped", &[], "The check stopped before it finished."),
            say("run-again", &[], "Run the check again."),
        )
    })
}

/// Writes, reads back and deletes a throw-away entry: proves the keychain answers and is unlocked.
fn check_keychain(keychain: &dyn SecretStore) -> Check {
    let title = || say("keychain", &[], "Keychain");
    let probe = EntryName::probe();
    let round_trip = || -> crate::Result<bool> {
        keychain.set(&probe, "probe")?;
        let read = keychain.get(&probe)?;
        keychain.delete(&probe)?;
        Ok(read.is_some())
    };
    let app = || [("platform", PLATFORM.to_string())];
    let restart = || {
        say(
            "keychain-restart",
            &app(),
            format!("Restart {KEYCHAIN_APP}, or use the encrypted file."),
        )
    };
    let keychain_is = capitalised(KEYCHAIN);
    let (detail, fix) = match round_trip() {
        Ok(true) => {
            let detail = say(
                "keychain-ok",
                &[],
                format!("{keychain_is} answers and is unlocked."),
            );
            return Check::ok("keychain", title(), detail);
        }
        Ok(false) => (
            say(
                "keychain-lost-entry",
                &[],
                format!("{keychain_is} accepted a test entry but did not give it back."),
            ),
            restart(),
        ),
        // The check says what went wrong and one thing to do; the errors' own advice is worded
        // for a save that failed.
        Err(crate::Error::Keychain(KeychainError::Unavailable { reason })) => (
            say(
                "keychain-unavailable",
                &[("reason", reason.clone())],
                format!("{keychain_is} is not available ({reason})."),
            ),
            say(
                "keychain-install",
                &app(),
                format!("Install and start {KEYCHAIN_APP}, or use the encrypted file."),
            ),
        ),
        Err(crate::Error::Keychain(KeychainError::Locked { reason })) => (
            say(
                "keychain-locked",
                &[("reason", reason.clone())],
                format!("{keychain_is} is locked or refused access ({reason})."),
            ),
            say(
                "keychain-unlock",
                &app(),
                format!("Unlock {KEYCHAIN_APP} (signing in to your desktop session usually does), then check again."),
            ),
        ),
        Err(crate::Error::Keychain(KeychainError::Timeout { seconds })) => (
            say(
                "keychain-timeout",
                &[("seconds", seconds.to_string())],
                format!("{keychain_is} did not answer within {seconds} seconds."),
            ),
            say(
                "keychain-waiting",
                &[],
                "It may be waiting for its password in a dialog: unlock it, then check again.",
            ),
        ),
        Err(e) => (
            say(
                "keychain-failed",
                &[("reason", e.to_string())],
                e.to_string(),
            ),
            restart(),
        ),
    };
    Check::problem("keychain", title(), detail, fix)
}

/// Which keychain program the fixes name: the catalogs choose its words by platform.
#[cfg(target_os = "macos")]
const PLATFORM: &str = "macos";
#[cfg(target_os = "windows")]
const PLATFORM: &str = "windows";
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
const PLATFORM: &str = "linux";

/// What the user knows their keychain as.
#[cfg(target_os = "macos")]
const KEYCHAIN_APP: &str = "your login keychain (Keychain Access)";
#[cfg(target_os = "windows")]
const KEYCHAIN_APP: &str = "Windows Credential Manager";
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
const KEYCHAIN_APP: &str = "your keyring (GNOME Keyring or KWallet)";

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The default sign-in port and every saved connection's.
fn loopback_ports(ctx: &Context) -> Vec<u16> {
    let mut ports = vec![DEFAULT_LOOPBACK_PORT];
    for connection in ctx.connections.list().unwrap_or_default() {
        if !ports.contains(&connection.loopback_port) {
            ports.push(connection.loopback_port);
        }
    }
    ports
}

fn check_ports(ports: &[u16]) -> Check {
    let title = say("ports", &[], "Sign-in port");
    let busy: Vec<String> = ports
        .iter()
        .filter(|&&port| std::net::TcpListener::bind(("127.0.0.1", port)).is_err())
        .map(|&port| match holder_of(port) {
            Some(holder) => format!("{port} ({holder})"),
            None => port.to_string(),
        })
        .collect();
    let list = ports
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    if busy.is_empty() {
        Check::ok(
            "ports",
            title,
            say(
                "ports-free",
                &[("ports", list.clone())],
                format!("Port {list} on localhost is free for the sign-in."),
            ),
        )
    } else {
        let busy = busy.join(", ");
        Check::problem(
            "ports",
            title,
            say("ports-busy", &[("ports", busy.clone())], format!("In use: {busy}.")),
            say(
                "ports-fix",
                &[],
                "Close that program before connecting, or give the connection another port and register http://localhost:PORT/callback for it in the Zoho API console.",
            ),
        )
    }
}

/// Which process listens on a local TCP port, from /proc (Linux only).
fn holder_of(port: u16) -> Option<String> {
    #[cfg(target_os = "linux")]
    {
        let inode = ["/proc/net/tcp", "/proc/net/tcp6"]
            .iter()
            .filter_map(|table| std::fs::read_to_string(table).ok())
            .flat_map(|text| text.lines().skip(1).map(str::to_string).collect::<Vec<_>>())
            .find_map(|line| {
                let fields: Vec<&str> = line.split_whitespace().collect();
                let local_port = fields.get(1)?.rsplit(':').next()?;
                let listening = fields.get(3) == Some(&"0A");
                (listening && u16::from_str_radix(local_port, 16).ok()? == port)
                    .then(|| fields.get(9).map(ToString::to_string))
                    .flatten()
            })?;
        let socket = format!("socket:[{inode}]");
        for process in std::fs::read_dir("/proc").ok()?.flatten() {
            let pid = process.file_name().to_string_lossy().into_owned();
            if !pid.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let Ok(fds) = std::fs::read_dir(process.path().join("fd")) else {
                continue;
            };
            let holds = fds.flatten().any(|fd| {
                std::fs::read_link(fd.path()).is_ok_and(|l| l.to_string_lossy() == socket)
            });
            if holds {
                let name = std::fs::read_to_string(process.path().join("comm")).unwrap_or_default();
                return Some(format!("{} (pid {pid})", name.trim()));
            }
        }
        Some("a program of another user".into())
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = port;
        None
    }
}

/// Whether `program` is a file, or found in one of the folders of `search_path` (`PATH`).
fn on_path(program: &str, search_path: Option<&std::ffi::OsStr>) -> bool {
    let path = Path::new(program);
    if path.components().count() > 1 {
        return path.is_file();
    }
    search_path
        .is_some_and(|paths| std::env::split_paths(paths).any(|dir| dir.join(program).is_file()))
}

fn check_browser(ctx: &Context) -> Check {
    let title = || say("browser", &[], "Browser");
    match ctx.config.browser.program() {
        Some(program) if on_path(program, ctx.config.search_path.as_deref()) => Check::ok(
            "browser",
            title(),
            say(
                "browser-set",
                &[("program", program.to_string())],
                format!("$BROWSER names {program}, which is there."),
            ),
        ),
        Some(program) => Check::problem(
            "browser",
            title(),
            say(
                "browser-missing",
                &[("program", program.to_string())],
                format!("$BROWSER names {program}, which cannot be found."),
            ),
            say(
                "browser-fix",
                &[],
                "Set BROWSER to a browser installed here, or unset it to use the desktop's default.",
            ),
        ),
        None if cfg!(target_os = "linux") && !on_path("xdg-open", ctx.config.search_path.as_deref()) => Check::problem(
            "browser",
            title(),
            say(
                "browser-no-xdg-open",
                &[],
                "xdg-open, which opens the desktop's browser, is not installed.",
            ),
            say(
                "browser-install",
                &[],
                "Install xdg-utils, or set BROWSER to your browser. You can also copy the sign-in address by hand.",
            ),
        ),
        None => Check::ok(
            "browser",
            title(),
            say("browser-default", &[], "The desktop's default browser opens addresses."),
        ),
    }
}

/// What keeps the settings folder from being private, said.
fn exposed(dir: &Path, exposure: private_dir::Exposure) -> Note {
    use private_dir::Exposure;
    let path = ("path", dir.display().to_string());
    match exposure {
        Exposure::OtherOwner => say(
            "folder-other-owner",
            &[path],
            format!("{} belongs to another user.", dir.display()),
        ),
        Exposure::FolderOpen { mode } => say(
            "folder-open",
            &[path, ("mode", mode.clone())],
            format!("{} is open to other users (mode {mode}).", dir.display()),
        ),
        Exposure::FilesOpen { files } => {
            let files = files.join(", ");
            say(
                "folder-files-open",
                &[path, ("files", files.clone())],
                format!("Other users have access to {files} in {}.", dir.display()),
            )
        }
    }
}

/// Whether the app has seen a newer version than this one.
fn check_updates(updates: &Updates, running: &str) -> Check {
    let title = say("updates", &[], "Updates");
    let this = ("running", running.to_string());
    if let Some(newest) = updates.newer_than(running) {
        return Check::problem(
            "updates",
            title,
            say(
                "updates-available",
                &[("newest", newest.clone()), this],
                format!("Version {newest} is available; this is {running}."),
            ),
            say(
                "updates-fix",
                &[],
                "Update the app: with the package manager that installed it (sudo apt update && sudo apt upgrade, or sudo dnf upgrade), or with Check for updates in the app.",
            ),
        );
    }
    let detail = if !updates.automatic {
        say(
            "updates-off",
            &[this],
            format!("This is version {running}. The app does not look for new versions by itself (turned off in the app)."),
        )
    } else if updates.checked_at.is_some() {
        say(
            "updates-current",
            &[this],
            format!("This is version {running}, the newest the app found when it last looked."),
        )
    } else {
        say(
            "updates-not-yet",
            &[this],
            format!("This is version {running}. The app has not looked for a newer one yet."),
        )
    };
    Check::ok("updates", title, detail)
}

fn check_folder(dir: &Path) -> Check {
    let title = || say("folder", &[], "Settings folder");
    let path = || [("path", dir.display().to_string())];
    let own_folder = || {
        say(
            "folder-own",
            &[],
            "Set ZCW_CONFIG_DIR to a folder of your own.",
        )
    };
    match private_dir::inspect(dir) {
        Ok(None) => Check::ok(
            "folder",
            title(),
            say(
                "folder-private",
                &path(),
                format!("{} is private to you.", dir.display()),
            ),
        ),
        // Another user's folder cannot be narrowed by this one.
        Ok(Some(private_dir::Exposure::OtherOwner)) => Check::problem(
            "folder",
            title(),
            exposed(dir, private_dir::Exposure::OtherOwner),
            own_folder(),
        ),
        Ok(Some(exposure)) => Check::problem(
            "folder",
            title(),
            exposed(dir, exposure),
            say(
                "folder-narrowed",
                &[],
                "The app narrows it to you the next time it saves; or set ZCW_CONFIG_DIR to a folder of your own.",
            ),
        ),
        Err(e) => {
            let reason = crate::Error::from(e).to_string();
            Check::problem(
            "folder",
            title(),
            say(
                "folder-unreadable",
                &[("reason", reason.clone())],
                reason,
            ),
            own_folder(),
        )
        }
    }
}

/// Each data centre's accounts server (or only the configured one), with the clock's offset.
/// All asked at once; each has its own deadline, so the slowest bounds the whole.
async fn check_servers(ctx: &Context) -> Vec<Check> {
    let servers: Vec<(String, url::Url)> = match ctx.config.accounts.overridden() {
        Some(only) => vec![("override".to_string(), only.clone())],
        None => DATA_CENTRES
            .iter()
            .map(|dc| (dc.id.to_string(), ctx.config.accounts.for_dc(dc)))
            .collect(),
    };
    let mut asking = tokio::task::JoinSet::new();
    for (order, (id, url)) in servers.into_iter().enumerate() {
        let http = Arc::clone(&ctx.http);
        asking.spawn(async move { (order, check_server(http.as_ref(), id, url).await) });
    }
    let mut checks: Vec<(usize, Check)> = asking.join_all().await;
    checks.sort_by_key(|(order, _)| *order);
    checks.into_iter().map(|(_, check)| check).collect()
}

async fn check_server(http: &dyn HttpClient, id: String, url: url::Url) -> Check {
    let host = url.host_str().unwrap_or_default().to_string();
    let title = || {
        if id == "override" {
            say(
                "server-override",
                &[("host", host.clone())],
                format!("Accounts server {host}"),
            )
        } else {
            say(
                "server",
                &[("dc", id.to_uppercase()), ("host", host.clone())],
                format!("Zoho {} ({host})", id.to_uppercase()),
            )
        }
    };
    let check_id = format!("accounts-{id}");
    let asked = SystemTime::now();
    let answer = tokio::time::timeout(SERVER_DEADLINE, http.send(HttpRequest::get(url))).await;
    let fix = || {
        say(
            "server-fix",
            &[],
            "Check the internet connection, a proxy or a firewall.",
        )
    };
    match answer {
        Err(_) => Check::problem(
            check_id,
            title(),
            say(
                "server-silent",
                &[("seconds", SERVER_DEADLINE.as_secs().to_string())],
                format!("No answer within {} seconds.", SERVER_DEADLINE.as_secs()),
            ),
            fix(),
        ),
        Ok(Err(e)) => {
            let reason = match &e {
                crate::Error::Network(NetworkError::Unreachable { reason }) => reason.clone(),
                other => other.to_string(),
            };
            Check::problem(
                check_id,
                title(),
                say(
                    "server-unreachable",
                    &[("reason", reason.clone())],
                    format!("Not reachable: {reason}."),
                ),
                fix(),
            )
        }
        Ok(Ok(response)) => match response.date.and_then(|date| clock_offset(asked, date)) {
            Some(offset) if offset.abs() > CLOCK_TOLERANCE_SECS => Check::problem(
                check_id,
                title(),
                say(
                    "clock-off",
                    &[("offset", offset.to_string())],
                    format!("Reachable, but this computer's clock is {} off.", describe_offset(offset)),
                ),
                say(
                    "clock-fix",
                    &[],
                    "Set the clock right (turn on automatic time): Zoho's codes and tokens fail when it is minutes off.",
                ),
            ),
            Some(offset) => Check::ok(
                check_id,
                title(),
                say(
                    "clock-agrees",
                    &[("offset", offset.to_string())],
                    format!("Reachable; the clock agrees ({}).", describe_offset(offset)),
                ),
            ),
            None => Check::ok(check_id, title(), say("reachable", &[], "Reachable.")),
        },
    }
}

/// Seconds the server's clock is ahead of ours (negative: behind).
fn clock_offset(asked: SystemTime, server: SystemTime) -> Option<i64> {
    let ours = asked.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_secs() as i64;
    let theirs = server
        .duration_since(SystemTime::UNIX_EPOCH)
        .ok()?
        .as_secs() as i64;
    Some(theirs - ours)
}

fn describe_offset(offset: i64) -> String {
    match offset {
        0 => "0 s off".to_string(),
        o if o > 0 => format!("{o} s behind Zoho"),
        o => format!("{} s ahead of Zoho", -o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::fake::CannedHttp;
    use crate::secret_store::memory::MemoryStore;
    use crate::testing::TestContext;

    #[tokio::test]
    async fn a_keychain_that_refuses_and_servers_that_fail_are_problems_with_a_fix() {
        let s = TestContext::with_connection("crm");
        for _ in DATA_CENTRES {
            s.http.fail(
                NetworkError::Unreachable {
                    reason: "no route".into(),
                }
                .into(),
            );
        }
        let ctx = Context::with_parts(
            s.ctx.config.clone(),
            Arc::new(MemoryStore::unavailable()),
            s.http.clone(),
        );
        let report = check_this_computer(&ctx).await;
        let keychain = &report.checks[0];
        assert!(!keychain.ok && keychain.fix.is_some(), "{keychain:?}");
        let servers: Vec<_> = report
            .checks
            .iter()
            .filter(|c| c.id.starts_with("accounts-"))
            .collect();
        assert_eq!(servers.len(), 9);
        assert!(servers.iter().all(|c| !c.ok));
        assert!(!report.all_ok());
    }

    #[tokio::test]
    async fn a_working_keychain_and_a_private_folder_are_ok() {
        let s = TestContext::with_connection("crm");
        let http = CannedHttp::new();
        for _ in DATA_CENTRES {
            http.answer(200, "");
        }
        let ctx = Context::with_parts(
            s.ctx.config.clone(),
            Arc::new(MemoryStore::new()),
            Arc::new(http),
        );
        let report = check_this_computer(&ctx).await;
        let by_id = |id: &str| report.checks.iter().find(|c| c.id == id).unwrap();
        assert!(by_id("keychain").ok);
        assert!(by_id("folder").ok, "{:?}", by_id("folder"));
        assert!(by_id("accounts-eu").ok);
        let text = serde_json::to_string(&report).unwrap();
        assert!(!text.contains(crate::testing::SECRET));
    }

    #[test]
    fn the_clock_offset_is_said_both_ways() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1000);
        assert_eq!(clock_offset(now, now + Duration::from_secs(120)), Some(120));
        assert_eq!(describe_offset(120), "120 s behind Zoho");
        assert_eq!(describe_offset(-5), "5 s ahead of Zoho");
    }

    #[test]
    fn updates_say_a_newer_version_the_app_has_seen_with_what_to_do() {
        let mut updates = Updates::default();
        let check = check_updates(&updates, "0.2.0");
        assert!(check.ok && check.words.detail.kind == "updates-not-yet");
        updates.looked(100, Some("0.3.0"));
        let check = check_updates(&updates, "0.2.0");
        assert!(!check.ok);
        assert_eq!(check.detail, "Version 0.3.0 is available; this is 0.2.0.");
        assert!(check.fix.unwrap().contains("sudo apt upgrade"));
        // Installed since: nothing to say but the version.
        let check = check_updates(&updates, "0.3.0");
        assert!(check.ok && check.words.detail.kind == "updates-current");
        updates.automatic = false;
        assert_eq!(
            check_updates(&updates, "0.3.0").words.detail.kind,
            "updates-off"
        );
        for kind in [
            "updates",
            "updates-available",
            "updates-fix",
            "updates-off",
            "updates-current",
            "updates-not-yet",
        ] {
            assert!(
                crate::testing::app_words(&format!("doctor-{kind}")),
                "{kind}"
            );
        }
    }

    #[test]
    fn a_port_in_use_is_named_with_its_process() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let check = check_ports(&[port]);
        assert!(!check.ok);
        if cfg!(target_os = "linux") {
            assert!(
                check
                    .detail
                    .contains(&format!("pid {}", std::process::id())),
                "{}",
                check.detail
            );
        }
    }
}
