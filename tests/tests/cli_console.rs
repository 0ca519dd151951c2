//! `zcw console`: the right console for every data centre, opened through `$BROWSER`.

use zcw_core::DATA_CENTRES;
use zcw_tests::{run, zcw, RecordingBrowser};

#[test]
fn prints_the_console_of_every_data_centre() {
    let dir = tempfile::tempdir().unwrap();
    for dc in DATA_CENTRES {
        let (out, stdout, stderr) =
            run(zcw(dir.path()).args(["console", "--print", "--dc", dc.id]));
        assert!(out.status.success(), "{stderr}");
        assert_eq!(stdout.trim(), format!("{}/", dc.console_url));
    }
    let (out, stdout, _) = run(zcw(dir.path()).args(["console", "--print"]));
    assert!(out.status.success());
    assert_eq!(stdout.trim(), "https://api-console.zoho.com/");
}

#[test]
fn opens_the_console_with_the_browser_named_by_browser_env() {
    let dir = tempfile::tempdir().unwrap();
    let browser = RecordingBrowser::new(dir.path());
    let (out, _, stderr) = run(zcw(dir.path())
        .args(["console", "--dc", "jp"])
        .env("BROWSER", &browser.program));
    assert!(out.status.success(), "{stderr}");
    assert_eq!(browser.wait_for(1), ["https://api-console.zoho.jp/"]);
    assert!(
        stderr.contains("Opened https://api-console.zoho.jp/"),
        "{stderr}"
    );
}

#[test]
fn unknown_data_centre_is_refused_and_nothing_opens() {
    let dir = tempfile::tempdir().unwrap();
    let browser = RecordingBrowser::new(dir.path());
    let (out, _, stderr) = run(zcw(dir.path())
        .args(["console", "--dc", "evil.example"])
        .env("BROWSER", &browser.program));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr.contains("--dc: Unknown data centre \"evil.example\". Choose one of: us, eu"),
        "{stderr}"
    );
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(browser.opened().is_empty());
}
