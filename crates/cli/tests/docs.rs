//! `zcw completion SHELL` and `zcw man DIR`: what the packages install, made from the same
//! definitions as `--help`.

use zcw_test_support::wine;

use crate::zcw_in;

#[test]
fn completions_for_each_shell_and_a_man_page_per_command() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, marker) in [
        ("bash", "complete -F _zcw"),
        ("zsh", "#compdef zcw"),
        ("fish", "complete -c zcw"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        zcw_in(dir.path())
            .args(["completion", shell])
            .run()
            .success()
            .stdout_has(marker)
            .stdout_has("check");
    }
    zcw_in(dir.path())
        .args(["completion", "tcsh"])
        .run()
        .exit(2);

    let pages = dir.path().join("man");
    zcw_in(dir.path())
        .args(["man", &wine::host_path(&pages)])
        .run()
        .success();
    for command in [
        "zcw",
        "zcw-api",
        "zcw-check",
        "zcw-token",
        "zcw-request-new",
    ] {
        let page = std::fs::read_to_string(pages.join(format!("{command}.1"))).unwrap();
        assert!(
            page.contains(&format!(
                ".TH {command} 1  \"{command} {}\"",
                env!("CARGO_PKG_VERSION")
            )),
            "{command}: {page}"
        );
    }
    // The agent is zcw's own business: no page.
    assert!(!pages.join("zcw-agent.1").exists());
}
