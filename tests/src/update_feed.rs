//! A local update feed for the app's update tests: `latest.json` in Tauri's static format and the
//! payload it points at, signed here with the test key (`tests/fixtures/update-test-key`, whose
//! public half a debug build trusts for a feed given in `ZCW_UPDATE_URL`). It counts requests,
//! so a test can say the app asked nothing.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine;
use tiny_http::{Header, Response, Server};

/// The test key's secret half, as `tauri signer generate` writes it (base64), and its password:
/// a key for tests only, which no released build trusts.
const TEST_KEY: &str = include_str!("../fixtures/update-test-key");
const TEST_KEY_PASSWORD: &str = "zcw-test-key";

/// What the feed serves.
#[derive(Debug, Clone, Default)]
struct Served {
    latest: String,
    payload: Vec<u8>,
}

pub struct UpdateFeed {
    server: Arc<Server>,
    served: Arc<Mutex<Served>>,
    requests: Arc<AtomicUsize>,
    url: String,
}

impl UpdateFeed {
    pub fn start() -> Self {
        let server = Arc::new(Server::http("127.0.0.1:0").expect("the feed binds"));
        let url = format!(
            "http://127.0.0.1:{}",
            server.server_addr().to_ip().unwrap().port()
        );
        let served = Arc::new(Mutex::new(Served::default()));
        let requests = Arc::new(AtomicUsize::new(0));
        {
            let (server, served, requests) = (server.clone(), served.clone(), requests.clone());
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    requests.fetch_add(1, Ordering::SeqCst);
                    let served = served.lock().unwrap().clone();
                    let _ = match request.url() {
                        "/latest.json" => {
                            request.respond(Response::from_string(served.latest).with_header(
                                Header::from_bytes("Content-Type", "application/json").unwrap(),
                            ))
                        }
                        "/payload" => request.respond(Response::from_data(served.payload)),
                        _ => request.respond(Response::empty(404)),
                    };
                }
            });
        }
        UpdateFeed {
            server,
            served,
            requests,
            url,
        }
    }

    /// The address to give the app in `ZCW_UPDATE_URL`.
    pub fn latest_url(&self) -> String {
        format!("{}/latest.json", self.url)
    }

    /// How many requests the feed has had.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Announces `version` with `notes` and `payload`, signed with `signature` (see [`sign`]).
    pub fn announce(&self, version: &str, notes: &str, payload: Vec<u8>, signature: &str) {
        let latest = serde_json::json!({
            "version": version,
            "notes": notes,
            "pub_date": "2026-12-01T10:00:00Z",
            "platforms": {
                "linux-x86_64": {"signature": signature, "url": format!("{}/payload", self.url)},
                "windows-x86_64": {"signature": signature, "url": format!("{}/payload", self.url)},
                "darwin-aarch64": {"signature": signature, "url": format!("{}/payload", self.url)}
            }
        });
        *self.served.lock().unwrap() = Served {
            latest: latest.to_string(),
            payload,
        };
    }
}

impl std::fmt::Debug for UpdateFeed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateFeed")
            .field("url", &self.url)
            .finish()
    }
}

impl Drop for UpdateFeed {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

/// A signature of `data` for `version` as the release workflow makes one (minisign, prehashed,
/// the version in the trusted comment), base64 as the feed carries it: with the test key, or
/// with a key made on the spot (which no build trusts).
pub fn sign(data: &[u8], version: &str, with_test_key: bool) -> String {
    let secret = if with_test_key {
        let text = base64::engine::general_purpose::STANDARD
            .decode(TEST_KEY.trim())
            .expect("the test key is base64");
        minisign::SecretKeyBox::from_string(std::str::from_utf8(&text).unwrap())
            .and_then(|b| b.into_secret_key(Some(TEST_KEY_PASSWORD.into())))
            .expect("the test key opens with its password")
    } else {
        minisign::KeyPair::generate_unencrypted_keypair()
            .expect("a key pair")
            .sk
    };
    let comment = format!("timestamp:1764583200\tfile:payload\tversion:{version}");
    let signature =
        minisign::sign(None, &secret, data, Some(&comment), Some("signature")).expect("signed");
    base64::engine::general_purpose::STANDARD.encode(signature.to_string())
}

/// The bytes of `path`, for checking a file byte for byte.
pub fn bytes_of(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
