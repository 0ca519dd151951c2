//! The reply: what the admin created, encrypted (age, armored) to the request's key, so only the
//! key in the request can open it (age proves it was not changed on the way, not who wrote it),
//! and its short code, read out on the phone. Made and read in memory only.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::request::MAX_TEXT_BYTES;
use crate::secret::{ClientSecret, RefreshToken, RequestKey};

const VERSION: u32 = 1;

/// What a reply holds. Nothing else: no token, no template, no file names.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reply {
    pub zcw_reply: u32,
    pub request_id: String,
    pub name: String,
    pub dc: String,
    pub client_id: String,
    pub client_secret: ClientSecret,
    pub signed_in: Option<ReplySignIn>,
}

/// With a signed-in connection: where its tokens come from, and the refresh token.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReplySignIn {
    pub accounts_server: String,
    pub api_domain: Option<String>,
    pub granted_scopes: Vec<String>,
    pub email: Option<String>,
    pub refresh_token: RefreshToken,
}

/// The reply as written: borrowed, so the secrets are not copied.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReplyOut<'a> {
    zcw_reply: u32,
    request_id: &'a str,
    name: &'a str,
    dc: &'a str,
    client_id: &'a str,
    client_secret: &'a str,
    signed_in: Option<SignInOut<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SignInOut<'a> {
    accounts_server: &'a str,
    api_domain: Option<&'a str>,
    granted_scopes: &'a [String],
    email: Option<&'a str>,
    refresh_token: &'a str,
}

/// A reply's digest: SHA-256 of its text with every whitespace character left out, so an email
/// that re-wraps its lines or changes their endings changes nothing.
pub fn digest(text: &str) -> [u8; 32] {
    let mut hash = Sha256::new();
    for line in text.split_whitespace() {
        hash.update(line.as_bytes());
    }
    hash.finalize().into()
}

/// The reply's short code (two groups of four), the same on the admin's screen after Send and
/// on the staff's at import, for a second check on the phone where it matters.
pub fn code(text: &str) -> String {
    super::code::from_digest(&digest(text), 2)
}

impl Reply {
    pub fn new(
        request_id: &str,
        name: &str,
        dc: &str,
        client_id: &str,
        client_secret: ClientSecret,
        signed_in: Option<ReplySignIn>,
    ) -> Self {
        Reply {
            zcw_reply: VERSION,
            request_id: request_id.to_string(),
            name: name.to_string(),
            dc: dc.to_string(),
            client_id: client_id.to_string(),
            client_secret,
            signed_in,
        }
    }

    /// The reply encrypted to `recipient`, ASCII-armored for an email.
    pub fn seal(&self, recipient: &age::x25519::Recipient) -> String {
        let out = ReplyOut {
            zcw_reply: self.zcw_reply,
            request_id: &self.request_id,
            name: &self.name,
            dc: &self.dc,
            client_id: &self.client_id,
            client_secret: self.client_secret.expose(),
            signed_in: self.signed_in.as_ref().map(|s| SignInOut {
                accounts_server: &s.accounts_server,
                api_domain: s.api_domain.as_deref(),
                granted_scopes: &s.granted_scopes,
                email: s.email.as_deref(),
                refresh_token: s.refresh_token.expose(),
            }),
        };
        let plain = Zeroizing::new(serde_json::to_vec(&out).expect("a reply serialises"));
        age::encrypt_and_armor(recipient, &plain).expect("encrypting to memory does not fail")
    }

    /// Opens a reply with the request's key; `Err` says why it cannot be (changed on the way, or
    /// for another key, or not a reply at all, or made by a newer app).
    pub fn open(text: &str, key: &RequestKey) -> Result<Reply, Unopened> {
        let unreadable = |reason: &str| Unopened::Unreadable(reason.to_string());
        let text = text.trim();
        if text.len() > MAX_TEXT_BYTES {
            return Err(unreadable("it is far larger than a reply"));
        }
        if !text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----") {
            return Err(unreadable("it is not an encrypted reply"));
        }
        let identity: age::x25519::Identity = key
            .expose()
            .parse()
            .map_err(|_| unreadable("the request's key is damaged"))?;
        let plain = Zeroizing::new(age::decrypt(&identity, text.as_bytes()).map_err(
            |e| match e {
                age::DecryptError::NoMatchingKeys => unreadable("it was encrypted to another key"),
                other => Unopened::Unreadable(format!("age refused it: {other}")),
            },
        )?);
        // The version first: a newer app's reply may be shaped differently.
        if let Ok(Versioned { zcw_reply }) = serde_json::from_slice(&plain) {
            if zcw_reply != VERSION {
                return Err(Unopened::Newer(zcw_reply));
            }
        }
        serde_json::from_slice(&plain).map_err(|e| {
            Unopened::Unreadable(format!(
                "its contents are not a reply: {}",
                super::json_problem(&e)
            ))
        })
    }
}

/// Why a reply did not open with a key.
#[derive(Debug)]
pub enum Unopened {
    /// Not a reply, for another key, or changed on the way (in English: the error's details).
    Unreadable(String),
    /// It opened, and a newer app made it, in a version this one does not read.
    Newer(u32),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Versioned {
    zcw_reply: u32,
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    fn pair() -> (RequestKey, age::x25519::Recipient) {
        let identity = age::x25519::Identity::generate();
        (
            RequestKey::new(identity.to_string().expose_secret()),
            identity.to_public(),
        )
    }

    fn reply() -> Reply {
        crate::testing::reply()
    }

    #[test]
    fn a_sealed_reply_opens_with_its_key_only_and_shows_no_secret() {
        let (key, recipient) = pair();
        let sealed = reply().seal(&recipient);
        assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
        assert!(!sealed.contains("0123456789abcdef"));
        assert!(!sealed.contains("1000.aaaa"));
        assert!(!sealed.contains("acme-crm"));
        let opened = Reply::open(&sealed, &key).unwrap();
        assert_eq!(
            opened.client_secret.expose(),
            reply().client_secret.expose()
        );
        let signed_in = opened.signed_in.unwrap();
        assert_eq!(
            signed_in.refresh_token.expose(),
            "1000.aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb"
        );
        assert!(!format!("{:?}", reply()).contains("0123456789abcdef"));

        let (other, _) = pair();
        let err = unreadable(Reply::open(&sealed, &other));
        assert!(err.contains("another key"), "{err}");
    }

    fn unreadable(opened: Result<Reply, Unopened>) -> String {
        match opened {
            Err(Unopened::Unreadable(reason)) => reason,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_newer_apps_reply_says_so() {
        let (key, recipient) = pair();
        let plain = br#"{"zcwReply":2,"somethingNew":true}"#;
        let sealed = age::encrypt_and_armor(&recipient, plain).unwrap();
        assert!(matches!(
            Reply::open(&sealed, &key),
            Err(Unopened::Newer(2))
        ));
    }

    #[test]
    fn a_changed_reply_is_refused() {
        let (key, recipient) = pair();
        let sealed = reply().seal(&recipient);
        let mut lines: Vec<String> = sealed.lines().map(String::from).collect();
        // Flip one character in the body (not the armor lines).
        let line = &mut lines[3];
        let flipped = if line.starts_with('A') { "B" } else { "A" };
        line.replace_range(0..1, flipped);
        let err = unreadable(Reply::open(&lines.join("\n"), &key));
        assert!(err.contains("age refused it"), "{err}");
        assert!(Reply::open("hello", &key).is_err());
    }

    #[test]
    fn the_reply_code_survives_an_email_that_rewraps_its_lines() {
        let (_, recipient) = pair();
        let sealed = reply().seal(&recipient);
        let code = code(&sealed);
        assert_eq!(code.len(), 9, "{code}");
        assert_eq!(super::code(&sealed.replace('\n', "\r\n")), code);
        assert_eq!(super::code(&format!("\n  {sealed}\n\n")), code);
        let (_, other) = pair();
        assert_ne!(super::code(&reply().seal(&other)), code);
    }

    #[test]
    fn a_reply_that_does_not_parse_is_refused_without_quoting_it() {
        let (key, recipient) = pair();
        let plain = br#"{"zcwReply":1,"requestId":987654321,"name":"x"}"#;
        let sealed = age::encrypt_and_armor(&recipient, plain).unwrap();
        let err = unreadable(Reply::open(&sealed, &key));
        assert!(err.contains("line 1"), "{err}");
        assert!(!err.contains("987654321"), "{err}");
    }
}
