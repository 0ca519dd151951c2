//! The encrypted file's two files: a store of the earlier layout (the secrets encrypted to
//! the passphrase itself) moves to a key file at its first open, nothing lost when the move is
//! killed part-way; a new passphrase rewraps only the key; mismatched, damaged or missing key
//! files are named and nothing is overwritten. The Windows build (under Wine) runs them too.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use zcw_test_support::wine;

use crate::agent::{FileStore, PASSPHRASE};

const DATA: &str = "secrets.age";
const KEY: &str = "secrets-key.age";

fn is_passphrase_file(bytes: &[u8]) -> bool {
    age::Decryptor::new(bytes).is_ok_and(|d| d.is_scrypt())
}

impl FileStore {
    fn config(&self) -> PathBuf {
        self.session.config_dir()
    }

    fn files(&self) -> (Vec<u8>, Option<Vec<u8>>) {
        (
            std::fs::read(self.config().join(DATA)).unwrap(),
            std::fs::read(self.config().join(KEY)).ok(),
        )
    }

    /// Rewrites the store as versions before the key file kept it: the same secrets, encrypted
    /// to the passphrase, and no key file.
    fn to_earlier_layout(&self) {
        let dir = self.config();
        let passphrase = || SecretString::from(PASSPHRASE);
        let wrapped = std::fs::read(dir.join(KEY)).unwrap();
        let key = age::decrypt(&age::scrypt::Identity::new(passphrase()), &wrapped).unwrap();
        let identity: age::x25519::Identity =
            String::from_utf8(key).unwrap().trim().parse().unwrap();
        let plaintext = age::decrypt(&identity, &std::fs::read(dir.join(DATA)).unwrap()).unwrap();
        let mut recipient = age::scrypt::Recipient::new(passphrase());
        recipient.set_work_factor(14);
        let earlier = age::encrypt(&recipient, &plaintext).unwrap();
        std::fs::write(dir.join(DATA), earlier).unwrap();
        std::fs::remove_file(dir.join(KEY)).unwrap();
    }

    /// The token `zcw token` prints with the passphrase file (no agent).
    fn token(&self) -> String {
        self.run(&["token", "crm", "--passphrase-file", &self.pass()])
            .success()
            .stdout
            .trim()
            .to_string()
    }
}

fn write(path: &Path, text: &str) -> String {
    std::fs::write(path, format!("{text}\n")).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn a_store_of_the_earlier_layout_moves_to_a_key_file_at_its_first_open_and_loses_nothing() {
    let setup = FileStore::connected();
    let token = setup.token();
    setup.to_earlier_layout();
    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .success()
        .stdout_has("Unlocked");
    let (data, key) = setup.files();
    assert!(!is_passphrase_file(&data), "the secrets are not yet moved");
    assert!(is_passphrase_file(&key.expect("a key file")));
    // Through the agent: a refresh writes the new token without the passphrase.
    let refreshed = setup
        .run(&["token", "crm", "--force-refresh"])
        .success()
        .stdout
        .trim()
        .to_string();
    assert_ne!(refreshed, token);
    assert_eq!(refreshed, setup.zoho.last_access_token().unwrap());
    setup.run(&["lock"]).success();
    setup.stopped_cleanly("the agent still runs after zcw lock");
    assert_eq!(setup.token(), refreshed);

    // Without the agent, the first run with --passphrase-file moves it.
    setup.to_earlier_layout();
    assert_eq!(setup.token(), refreshed);
    let (data, key) = setup.files();
    assert!(!is_passphrase_file(&data) && key.is_some());
}

#[test]
fn a_move_killed_part_way_is_finished_by_the_next_open() {
    if wine::skip("killing wine's loader does not stop the Windows process it started") {
        return;
    }
    let setup = FileStore::connected();
    let token = setup.token();
    let key_path = setup.config().join(KEY);
    // How long a whole move takes here (two scrypt runs, most of it).
    setup.to_earlier_layout();
    let started = Instant::now();
    setup
        .run(&["store", "--use", "file", "--passphrase-file", &setup.pass()])
        .success();
    let whole = started.elapsed();
    let mut seen = Vec::new();
    // Killed as soon as the key file appears (between the two steps, when the kill wins the race
    // with the second write), and at moments spread over the move.
    let moments = [
        None,
        None,
        Some(whole / 3),
        Some(whole * 2 / 3),
        Some(whole * 9 / 10),
    ];
    for moment in moments {
        setup.to_earlier_layout();
        let mut moving = setup
            .zcw()
            .args(["store", "--use", "file", "--passphrase-file", &setup.pass()])
            .spawn();
        let started = Instant::now();
        match moment {
            None => {
                while !key_path.exists() && started.elapsed() < Duration::from_secs(30) {
                    std::thread::sleep(Duration::from_micros(200));
                }
            }
            Some(after) => std::thread::sleep(after),
        }
        moving.kill().unwrap();
        moving.wait().unwrap();
        let (data, key) = setup.files();
        seen.push(match (is_passphrase_file(&data), key.is_some()) {
            (true, false) => "not started",
            (true, true) => "between the steps",
            (false, true) => "finished",
            (false, false) => panic!("secrets moved without their key file"),
        });
        // Nothing lost: read as it is, then the next open finishes the move.
        assert_eq!(setup.token(), token);
        setup
            .run(&["store", "--use", "file", "--passphrase-file", &setup.pass()])
            .success();
        let (data, key) = setup.files();
        assert!(!is_passphrase_file(&data) && key.is_some());
        assert_eq!(setup.token(), token);
    }
    eprintln!("states the kills left: {seen:?}");
}

#[test]
fn a_new_passphrase_rewraps_only_the_key_and_the_agent_keeps_working() {
    let setup = FileStore::connected();
    setup
        .run(&["unlock", "--passphrase-file", &setup.pass()])
        .success();
    let (data, key) = setup.files();
    let root = setup.session.root.path();
    let new = write(&root.join("new.txt"), "battery staple horse correct");
    let short = write(&root.join("short.txt"), "short");
    let wrong = write(&root.join("wrong.txt"), "wrong horse battery staple");
    let change = |current: &str, new: &str| {
        setup.run(&[
            "store",
            "--change-passphrase",
            "--passphrase-file",
            current,
            "--new-passphrase-file",
            new,
        ])
    };
    change(&setup.pass(), &short)
        .exit(2)
        .stderr_has("at least 8");
    change(&wrong, &new).exit(2).stderr_has("Wrong passphrase");
    assert_eq!(setup.files(), (data.clone(), key.clone()));

    change(&setup.pass(), &new)
        .success()
        .stdout_has("passphrase is changed");
    let (data_after, key_after) = setup.files();
    assert_eq!(data_after, data, "the secrets file was rewritten");
    assert_ne!(key_after, key);
    // The agent holds the key, not the passphrase.
    setup.run(&["token", "crm", "--force-refresh"]).success();
    setup.run(&["lock"]).success();
    setup.stopped_cleanly("the agent still runs after zcw lock");
    setup
        .run(&["token", "crm", "--passphrase-file", &setup.pass()])
        .exit(2)
        .stderr_has("Wrong passphrase");
    let token = setup
        .run(&["token", "crm", "--passphrase-file", &new])
        .success();
    assert_eq!(token.stdout.trim(), setup.zoho.last_access_token().unwrap());
}

#[test]
fn mismatched_damaged_or_missing_key_files_are_named_and_nothing_is_overwritten() {
    let setup = FileStore::connected();
    let (data, key) = setup.files();
    let key = key.unwrap();
    let key_path = setup.config().join(KEY);
    // Another store's key file, with the same passphrase.
    let other = setup.session.root.path().join("other-config");
    setup
        .zcw()
        .env("ZCW_CONFIG_DIR", wine::host_path(&other))
        .args(["store", "--use", "file", "--passphrase-file", &setup.pass()])
        .run()
        .success();
    let other_key = std::fs::read(other.join(KEY)).unwrap();

    for (key_file, says) in [
        (Some(other_key.as_slice()), "belong to different stores"),
        (Some(b"not an age file".as_slice()), "is damaged"),
        (None, "is missing"),
    ] {
        match key_file {
            Some(bytes) => std::fs::write(&key_path, bytes).unwrap(),
            None => std::fs::remove_file(&key_path).unwrap(),
        }
        for args in [
            vec!["token", "crm", "--passphrase-file", &setup.pass()],
            vec!["unlock", "--passphrase-file", &setup.pass()],
        ] {
            setup
                .run(&args)
                .exit(3)
                .stderr_has(says)
                .stderr_has(KEY)
                .never_shows(PASSPHRASE);
        }
        assert!(setup.agent_pid().is_none());
        assert_eq!(setup.files(), (data.clone(), key_file.map(<[u8]>::to_vec)));
    }
    std::fs::write(&key_path, &key).unwrap();
    assert_eq!(setup.token(), setup.zoho.last_access_token().unwrap());
}
