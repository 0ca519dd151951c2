//! `zcw console`: the right console for every data centre, opened through `$BROWSER`.

use zcw_core::DATA_CENTRES;
use zcw_test_support::RecordingBrowser;

use crate::zcw_in;

#[test]
fn prints_the_console_of_every_data_centre() {
    let dir = tempfile::tempdir().unwrap();
    for dc in DATA_CENTRES {
        let run = zcw_in(dir.path())
            .args(["console", "--print", "--dc", dc.id])
            .run()
            .success();
        assert_eq!(run.stdout.trim(), format!("{}/", dc.console_url));
    }
    let run = zcw_in(dir.path())
        .args(["console", "--print"])
        .run()
        .success();
    assert_eq!(run.stdout.trim(), "https://api-console.zoho.com/");
}

#[test]
fn opens_the_console_with_the_browser_named_by_browser_env() {
    let dir = tempfile::tempdir().unwrap();
    let browser = RecordingBrowser::new(dir.path());
    zcw_in(dir.path())
        .args(["console", "--dc", "jp"])
        .env("BROWSER", &browser.program)
        .run()
        .success()
        .stderr_has("Opened https://api-console.zoho.jp/");
    assert_eq!(browser.wait_for(1), ["https://api-console.zoho.jp/"]);
}

#[test]
fn unknown_data_centre_is_refused_and_nothing_opens() {
    let dir = tempfile::tempdir().unwrap();
    let browser = RecordingBrowser::new(dir.path());
    zcw_in(dir.path())
        .args(["console", "--dc", "evil.example"])
        .env("BROWSER", &browser.program)
        .run()
        .exit(2)
        .stderr_has("--dc: Unknown data centre \"evil.example\". Choose one of: us, eu");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(browser.opened().is_empty());
}
