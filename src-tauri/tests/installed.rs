//! The packages as an admin gets them: the .deb that scripts/package.sh built is installed with
//! dpkg, checked (zcw from /usr/bin, the desktop entry, the AppStream metainfo), started from the
//! installed files under Xvfb with no source tree in sight, and removed again; the .rpm's file
//! list is checked. Run by scripts/test.sh after packaging (these tests need root and a package).

use std::path::{Path, PathBuf};
use std::process::Command;

use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::target_dir;
use zcw_test_support::ui::{click, text_of, wait_displayed, wait_text};
use zcw_test_support::update_feed::UpdateFeed;

const PACKAGE: &str = "zoho-credential-wizard";
const DESKTOP: &str = "/usr/share/applications/zoho-credential-wizard.desktop";
const METAINFO: &str =
    "/usr/share/metainfo/com.zohocredentialwizard.ZohoCredentialWizard.metainfo.xml";

/// The one package of a kind that scripts/package.sh built.
fn built(kind: &str) -> PathBuf {
    let dir = target_dir().join("release/bundle").join(kind);
    let found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}; run scripts/package.sh first", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == kind))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one .{kind} in {}: {found:?}",
        dir.display()
    );
    found.into_iter().next().unwrap()
}

/// Runs a command as root (directly, or with sudo) and asserts it succeeded; returns stdout.
fn run(program: &str, args: &[&str]) -> String {
    let root = is_root();
    let mut cmd = if root {
        Command::new(program)
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg(program);
        sudo
    };
    let out = cmd
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `xdg-mime ARGS`, trimmed (as the desktop asks which app opens what).
fn xdg_mime(args: &[&str]) -> String {
    let out = Command::new("xdg-mime")
        .args(args)
        .output()
        .expect("xdg-mime runs (the Debian package xdg-utils)");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
#[ignore = "needs the packages from scripts/package.sh and root; scripts/test.sh runs it"]
fn the_rpm_holds_the_app_zcw_the_desktop_entry_icons_and_metainfo() {
    let rpm = built("rpm");
    let files = run("rpm", &["-qlp", rpm.to_str().unwrap()]);
    for expected in [
        "/usr/bin/zoho-credential-wizard",
        "/usr/bin/zcw",
        DESKTOP,
        METAINFO,
        "/usr/share/icons/hicolor/512x512/apps/zoho-credential-wizard.png",
        "/usr/share/icons/hicolor/16x16/apps/zoho-credential-wizard.png",
        "/usr/share/man/man1/zcw.1.gz",
        "/usr/share/man/man1/zcw-request-new.1.gz",
        "/usr/share/bash-completion/completions/zcw",
        "/usr/share/zsh/site-functions/_zcw",
        "/usr/share/fish/vendor_completions.d/zcw.fish",
    ] {
        assert!(
            files.lines().any(|l| l == expected),
            "{expected} not in:\n{files}"
        );
    }
    let requires = run("rpm", &["-qp", "--requires", rpm.to_str().unwrap()]);
    assert!(requires.contains("webkit2gtk4.1"), "{requires}");
    let recommends = run("rpm", &["-qp", "--recommends", rpm.to_str().unwrap()]);
    assert!(recommends.contains("gnome-keyring"), "{recommends}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs the packages from scripts/package.sh and root; scripts/test.sh runs it"]
async fn the_deb_installs_runs_from_its_files_and_removes_cleanly() {
    let deb = built("deb");
    let size = std::fs::metadata(&deb).unwrap().len();
    assert!(size < 8 * 1024 * 1024, "the .deb is {size} bytes");
    let fields = run(
        "dpkg-deb",
        &["-f", deb.to_str().unwrap(), "Depends", "Recommends"],
    );
    for expected in ["libwebkit2gtk-4.1-0", "libgtk-3-0", "gnome-keyring"] {
        assert!(fields.contains(expected), "{expected} not in {fields}");
    }

    run("dpkg", &["-i", deb.to_str().unwrap()]);
    let installed = run("dpkg", &["-L", PACKAGE]);
    let zcw = run("/usr/bin/zcw", &["--version"]);
    assert_eq!(zcw.trim(), format!("zcw {}", env!("CARGO_PKG_VERSION")));
    run("desktop-file-validate", &[DESKTOP]);

    // A man page per command and the shells' completions, where man and the shells look.
    for command in [
        "zcw",
        "zcw-token",
        "zcw-api",
        "zcw-check",
        "zcw-request-new",
    ] {
        let page = format!("/usr/share/man/man1/{command}.1.gz");
        assert!(installed.lines().any(|l| l == page), "{page} not installed");
        let text = run("gzip", &["-dc", &page]);
        assert!(text.contains(&format!(".TH {command} 1")), "{page}: {text}");
    }
    if Path::new("/usr/bin/man").exists() {
        let found = run("man", &["-w", "zcw-api"]);
        assert_eq!(found.trim(), "/usr/share/man/man1/zcw-api.1.gz");
    }
    for file in [
        "/usr/share/bash-completion/completions/zcw",
        "/usr/share/zsh/vendor-completions/_zcw",
        "/usr/share/fish/vendor_completions.d/zcw.fish",
    ] {
        assert!(installed.lines().any(|l| l == file), "{file} not installed");
    }
    let complete = run(
        "bash",
        &[
            "-c",
            ". /usr/share/bash-completion/completions/zcw && complete -p zcw",
        ],
    );
    assert!(complete.contains("-F _zcw zcw"), "{complete}");
    run("appstreamcli", &["validate", "--no-net", METAINFO]);

    // A request file and a request link open in the app: the desktop entry takes both, and the
    // package teaches the system the file type.
    let desktop = std::fs::read_to_string(DESKTOP).unwrap();
    assert!(
        desktop.contains("MimeType=application/x-zcw-request;x-scheme-handler/zcw;"),
        "{desktop}"
    );
    assert!(
        desktop.contains("Exec=zoho-credential-wizard %u"),
        "{desktop}"
    );
    assert!(installed.contains("/usr/share/mime/packages/zoho-credential-wizard.xml"));
    // dpkg's triggers may not have run in a container: bring both databases up to date.
    run("update-mime-database", &["/usr/share/mime"]);
    run("update-desktop-database", &["/usr/share/applications"]);
    // What file managers go by (shared-mime-info's globs; `xdg-mime query filetype` without a
    // desktop session sniffs the contents instead, and finds JSON).
    let globs = std::fs::read_to_string("/usr/share/mime/globs2").unwrap();
    assert!(
        globs
            .lines()
            .any(|l| l.ends_with(":application/x-zcw-request:*.zcwrequest")),
        "*.zcwrequest is not in /usr/share/mime/globs2"
    );
    for kind in ["application/x-zcw-request", "x-scheme-handler/zcw"] {
        assert_eq!(
            xdg_mime(&["query", "default", kind]),
            "zoho-credential-wizard.desktop",
            "the default for {kind}"
        );
    }

    // Started from the installed files, far from the source tree: the UI is inside the binary.
    let elsewhere = tempfile::tempdir().unwrap();
    std::env::set_current_dir(elsewhere.path()).unwrap();
    {
        let session = KeyringSession::start();
        // A newer version on the feed: the package manager owns the files, so the app says
        // which command installs it, and offers no install of its own.
        let feed = UpdateFeed::start();
        feed.announce("99.0.0", "Faster sign-in.", b"not for a .deb".to_vec(), "x");
        let url = PathBuf::from(feed.latest_url());
        let binary = Path::new("/usr/bin/zoho-credential-wizard");
        let before = std::fs::read(binary).unwrap();
        let harness = GuiHarness::start(&session, binary, &[("ZCW_UPDATE_URL", &url)]);
        let client = harness.launch_app().await;
        wait_displayed(&client, "#step-1", true).await;
        assert_eq!(
            text_of(&client, "#about").await,
            format!("Zoho Credential Wizard {}", env!("CARGO_PKG_VERSION"))
        );
        wait_text(&client, "#update-said", "99.0.0").await;
        wait_text(
            &client,
            "#update-command",
            "sudo apt update && sudo apt upgrade",
        )
        .await;
        wait_displayed(&client, "#install-update", false).await;
        save_screenshot(&client, "update-deb-package-manager").await;
        assert_eq!(feed.requests(), 1, "the feed file only: no download");
        assert!(
            std::fs::read(binary).unwrap() == before,
            "the installed files stay"
        );
        click(&client, "#close-updates").await;
        save_screenshot(&client, "installed-app").await;
        client.close().await.unwrap();
        // zcw says what the app has seen.
        let said = session
            .command("/usr/bin/zcw")
            .arg("--version")
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&said.stderr);
        assert!(said.contains("version 99.0.0 is available"), "{said}");
        // The user's own settings folder is theirs to keep.
        assert!(session.config_dir().exists());
    }

    run("dpkg", &["-r", PACKAGE]);
    let left: Vec<&str> = installed
        .lines()
        .filter(|path| Path::new(path).is_file())
        .collect();
    assert!(left.is_empty(), "left behind after dpkg -r: {left:?}");
    assert!(!Path::new("/usr/bin/zcw").exists());
}

#[test]
#[ignore = "needs the repositories from scripts/package.sh and root; scripts/test.sh runs it"]
fn the_apt_and_rpm_repositories_are_signed_and_offer_the_packages() {
    let repos = target_dir().join("packaging/repositories");
    let apt = repos.join("apt");
    // As apt reads it, with the key the README's line adds: the signed suite offers the package.
    let state = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(state.path().join("lists/partial")).unwrap();
    let sources = state.path().join("zcw.list");
    std::fs::write(
        &sources,
        format!(
            "deb [signed-by={}] file://{} stable main\n",
            apt.join("key.asc").display(),
            apt.display()
        ),
    )
    .unwrap();
    let options = [
        format!("-oDir::Etc::SourceList={}", sources.display()),
        "-oDir::Etc::SourceParts=-".to_string(),
        format!(
            "-oDir::State::Lists={}",
            state.path().join("lists").display()
        ),
        "-oAPT::Get::List-Cleanup=0".to_string(),
    ];
    let mut update: Vec<&str> = options.iter().map(String::as_str).collect();
    update.push("update");
    let said = run("apt-get", &update);
    assert!(!said.contains("NO_PUBKEY"), "{said}");
    let mut policy: Vec<&str> = options.iter().map(String::as_str).collect();
    policy.extend(["policy", PACKAGE]);
    let said = run("apt-cache", &policy);
    assert!(
        said.contains(&format!("Candidate: {}", env!("CARGO_PKG_VERSION"))),
        "{said}"
    );

    // A changed Release is refused: apt goes by the signature.
    let release = apt.join("dists/stable/InRelease");
    let signed = std::fs::read_to_string(&release).unwrap();
    std::fs::write(&release, signed.replacen("stable", "stab1e", 1)).unwrap();
    let refused = Command::new("apt-get").args(&update).output().unwrap();
    std::fs::write(&release, signed).unwrap();
    let told = String::from_utf8_lossy(&refused.stdout).to_string()
        + &String::from_utf8_lossy(&refused.stderr);
    assert!(
        told.contains("BADSIG") || told.contains("not signed") || told.contains("invalid"),
        "a changed InRelease was taken: {told}"
    );

    // The RPM repository's metadata carries a valid signature by the key it names.
    let rpm = repos.join("rpm");
    let keyring = state.path().join("key.gpg");
    run(
        "gpg",
        &[
            "--batch",
            "--yes",
            "--dearmor",
            "-o",
            keyring.to_str().unwrap(),
            rpm.join("key.asc").to_str().unwrap(),
        ],
    );
    run(
        "gpgv",
        &[
            "--keyring",
            keyring.to_str().unwrap(),
            rpm.join("repodata/repomd.xml.asc").to_str().unwrap(),
            rpm.join("repodata/repomd.xml").to_str().unwrap(),
        ],
    );
    let repo = std::fs::read_to_string(rpm.join("zoho-credential-wizard.repo")).unwrap();
    assert!(
        repo.contains("gpgcheck=1") && repo.contains("repo_gpgcheck=1"),
        "{repo}"
    );
    // The package itself is signed by that key, as rpm checks it once dnf imported the key (a
    // database of the test's own, so the system's keys are untouched).
    let package = std::fs::read_dir(&rpm)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "rpm"))
        .expect("the .rpm in the repository");
    let db = state.path().join("rpmdb");
    std::fs::create_dir_all(&db).unwrap();
    let db = format!("{}", db.display());
    run(
        "rpmkeys",
        &[
            "--dbpath",
            &db,
            "--import",
            rpm.join("key.asc").to_str().unwrap(),
        ],
    );
    let checked = run(
        "rpmkeys",
        &["--dbpath", &db, "-Kv", package.to_str().unwrap()],
    );
    assert!(
        checked.contains("Signature, key ID") && checked.contains(": OK"),
        "{checked}"
    );
    let metadata = std::fs::read_to_string(rpm.join("repodata/repomd.xml")).unwrap();
    assert!(metadata.contains("primary"), "{metadata}");
}
