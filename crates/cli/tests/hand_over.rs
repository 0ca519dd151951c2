//! `zcw exec`, `zcw export` and `zcw copy`: the credentials handed to a program, a tool, or the
//! clipboard (a real X clipboard under Xvfb, read back with xclip).

use std::time::Duration;

use zcw_test_support::display::VirtualDisplay;
use zcw_test_support::{wine, Run, Zcw, TEST_CLIENT_ID, TEST_SECRET};

use crate::ZCW;

use crate::Emulated as Setup;

fn connected() -> Setup {
    Setup::connected()
}

fn zcw(setup: &Setup) -> Zcw {
    setup.zcw()
}

fn run(setup: &Setup, args: &[&str]) -> Run {
    setup.run(args)
}

/// The `NAME=value` lines of `env` output that start with ZOHO_.
fn zoho_vars(text: &str) -> Vec<String> {
    let mut vars: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with("ZOHO_"))
        .map(|l| l.trim_end().to_string())
        .collect();
    vars.sort();
    vars
}

#[test]
fn exec_gives_the_command_a_fresh_token_and_only_the_secrets_asked_for() {
    let setup = connected();
    let token = setup.zoho.last_access_token().unwrap();
    let env = wine::print_env();
    let plain = zcw(&setup)
        .args(["exec", "crm", "--"])
        .args(&env)
        .run()
        .success();
    let url = setup.zoho.url();
    assert_eq!(
        zoho_vars(&plain.stdout),
        [
            format!("ZOHO_ACCESS_TOKEN={token}"),
            format!("ZOHO_ACCOUNTS_URL={url}"),
            "ZOHO_API_DOMAIN=https://www.zohoapis.com".to_string(),
            format!("ZOHO_CLIENT_ID={TEST_CLIENT_ID}"),
            "ZOHO_DC=us".to_string(),
        ]
    );
    // Even when the calling shell has them, secrets pass only when asked for.
    let shell_had = zcw(&setup)
        .args(["exec", "crm", "--"])
        .args(&env)
        .env("ZOHO_CLIENT_SECRET", "from-the-shell")
        .run()
        .success();
    assert!(!shell_had.stdout.contains("ZOHO_CLIENT_SECRET"));

    let refresh = setup.session.lookup("crm/refresh_token");
    let all = zcw(&setup)
        .args([
            "exec",
            "crm",
            "--with-client-secret",
            "--with-refresh-token",
            "--",
        ])
        .args(&env)
        .run()
        .success();
    assert!(all
        .stdout
        .contains(&format!("ZOHO_CLIENT_SECRET={TEST_SECRET}")));
    assert!(all
        .stdout
        .contains(&format!("ZOHO_REFRESH_TOKEN={refresh}")));
    // Nothing was written: no file anywhere holds the secret.
    let found = zcw_test_support::session::files_containing(
        setup.session.root.path(),
        TEST_SECRET.as_bytes(),
        &setup.session.keyring_dir(),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn exec_exits_with_the_commands_status_and_refreshes_a_token_about_to_expire() {
    let setup = Setup::start();
    // The first token has 4 minutes left: too little to hand to a program.
    setup.zoho.behave(|b| b.code_expires_in = 240);
    run(&setup, &["login", "crm", "--timeout", "30"]).success();
    zcw(&setup)
        .args(["exec", "crm", "--"])
        .args(wine::exit_with(7))
        .run()
        .exit(7);
    assert_eq!(
        setup.zoho.refreshes(),
        1,
        "refreshed to last at least 5 minutes"
    );
    run(&setup, &["exec", "crm", "--", "no-such-program-here"])
        .exit(127)
        .stderr_has("Could not run no-such-program-here");
}

#[test]
fn exec_delivers_ctrl_c_to_the_command() {
    if wine::skip("Ctrl+C is a console event on Windows, not a signal another program can send") {
        return;
    }
    // A shell started with SIGINT ignored cannot trap it (POSIX), as when these tests run under
    // a background job without job control: then there is nothing to prove here.
    if sigint_ignored() {
        eprintln!("skipped: this test run ignores SIGINT, so no program it starts can trap it");
        return;
    }
    let setup = connected();
    let mut child = zcw(&setup)
        .args([
            "exec",
            "crm",
            "--",
            "sh",
            "-c",
            "trap 'echo got-int; exit 130' INT; echo ready; while :; do sleep 0.1; done",
        ])
        .spawn();
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut out, &mut line).unwrap();
    assert_eq!(line.trim(), "ready");
    std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    // Bounded: a command that never sees the signal must fail this test, not hang it.
    let mut status = None;
    let answered = zcw_test_support::wait_until(Duration::from_secs(20), || {
        status = child.try_wait().unwrap();
        status.is_some()
    });
    if !answered {
        let _ = child.kill();
        panic!("the command did not end within 20 s of SIGINT");
    }
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    assert!(rest.contains("got-int"), "{rest}");
    assert_eq!(status.unwrap().code(), Some(130));
}

/// Whether this process ignores SIGINT (its children inherit that).
fn sigint_ignored() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let mask = status.lines().find_map(|l| l.strip_prefix("SigIgn:"))?;
            u64::from_str_radix(mask.trim(), 16).ok()
        })
        .is_some_and(|mask| mask & (1 << (2 - 1)) != 0)
}

#[test]
fn export_prints_each_format_and_keeps_secrets_off_a_terminal() {
    let setup = connected();
    let env = run(&setup, &["export", "crm"]).success();
    assert!(env
        .stdout
        .contains(&format!("export ZOHO_CLIENT_ID='{TEST_CLIENT_ID}'")));
    assert!(!env.stdout.contains("ZOHO_CLIENT_SECRET"));
    let dotenv = run(
        &setup,
        &[
            "export",
            "crm",
            "--format",
            "dotenv",
            "--with-client-secret",
        ],
    )
    .success();
    assert!(dotenv
        .stdout
        .contains(&format!("ZOHO_CLIENT_SECRET='{TEST_SECRET}'")));
    assert!(dotenv.stdout.lines().all(|l| !l.starts_with("export ")));
    let json = run(&setup, &["export", "crm", "--format", "json"])
        .success()
        .json();
    assert_eq!(json["ZOHO_DC"], "us");
    assert_eq!(json["ZOHO_API_DOMAIN"], "https://www.zohoapis.com");

    // On a terminal (script gives it one), a secret needs --reveal.
    let on_terminal = |extra: &str| {
        let command = format!(
            "{} export crm --with-client-secret {extra}; echo \"exit=$?\"",
            wine::shell_words(ZCW)
        );
        let mut cmd = setup.session.command("script");
        cmd.args(["-qec", &command, "/dev/null"])
            .env("ZCW_ACCOUNTS_URL", setup.zoho.url());
        let out = cmd.output().expect("script runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let refused = on_terminal("");
    assert!(
        refused.contains("would print a secret to the terminal"),
        "{refused}"
    );
    assert!(refused.contains("exit=2"), "{refused}");
    assert!(!refused.contains(TEST_SECRET));
    let revealed = on_terminal("--reveal");
    assert!(revealed.contains(TEST_SECRET), "{revealed}");
}

#[test]
fn copy_puts_the_secret_on_the_clipboard_marked_and_clears_it() {
    let setup = connected();
    let display = VirtualDisplay::start();
    if let Some(prefix) = setup.session.wine_prefix() {
        prefix.use_display(&display.name());
    }
    let mut copying = zcw(&setup)
        .args(["copy", "crm", "client-secret", "--clear-after", "4"])
        .env("DISPLAY", display.name())
        .spawn();
    assert!(
        display.wait_clipboard(TEST_SECRET, true, Duration::from_secs(10)),
        "the secret never reached the clipboard"
    );
    // Marked for clipboard managers: the KDE hint on Linux; on Windows the format that keeps it
    // out of clipboard monitors (Wine offers the Windows formats to X as targets).
    let targets = display.clipboard_targets();
    let mark = if wine::active() {
        "ExcludeClipboardContentFromMonitorProcessing"
    } else {
        "x-kde-passwordManagerHint"
    };
    assert!(targets.contains(mark), "{targets}");
    assert!(
        display.wait_clipboard(TEST_SECRET, false, Duration::from_secs(10)),
        "the clipboard was not cleared"
    );
    assert!(copying.wait().unwrap().success());

    // Something else copied meanwhile stays: only our own copy is cleared.
    let mut copying = zcw(&setup)
        .args(["copy", "crm", "client-secret", "--clear-after", "3"])
        .env("DISPLAY", display.name())
        .spawn();
    assert!(display.wait_clipboard(TEST_SECRET, true, Duration::from_secs(10)));
    let mut other = std::process::Command::new("xclip")
        .args(["-selection", "clipboard"])
        .env("DISPLAY", display.name())
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut other.stdin.take().unwrap(), b"something else").unwrap();
    assert!(copying.wait().unwrap().success());
    assert_eq!(display.clipboard(), "something else");
    let _ = other.kill();
    let _ = other.wait();
}
