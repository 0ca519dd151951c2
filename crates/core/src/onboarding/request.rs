//! A credentials request: what integration staff ask a customer's admin to create, with the public
//! half of a key pair made for this request only. It holds no secret, and travels by email as a
//! small file (`NAME.zcwrequest`) or as a link with the app's own URL scheme.

use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use url::Url;

use super::error::OnboardingError;
use crate::dc::DataCentre;
use crate::error::InputError;
use crate::flaw::Flaw;
use crate::registration::{Template, WizardInput};
use crate::rules;

/// The request file's extension (registered with the app's packages).
pub const FILE_EXTENSION: &str = "zcwrequest";
/// The app's URL scheme: `zcw://request?v=1&d=...` (registered with the app's packages).
pub const URL_SCHEME: &str = "zcw";
/// How long a request lasts unless the staff say otherwise, and the longest they may choose:
/// a key kept for months is a key nobody remembers to cancel.
pub const DEFAULT_LIFETIME_SECS: u64 = 7 * 86_400;
pub const MAX_LIFETIME_SECS: u64 = 30 * 86_400;
/// The shortest: the admin needs time to create a client and sign in.
pub const MIN_LIFETIME_SECS: u64 = 3600;
/// How far ahead of this computer's clock a request's creation may lie: clocks differ a little.
pub const CLOCK_SKEW_SECS: u64 = 300;
const VERSION: u32 = 1;
/// A reconnect is version 2: an app that does not know reconnects says "update the app"
/// rather than take it for a new connection.
const RECONNECT_VERSION: u32 = 2;
/// Larger than any real request or reply; refused before parsing.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
const MAX_SCOPES: usize = 50;

/// What the staff ask for. Field order is the fingerprint's: do not reorder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Request {
    /// The format's version.
    pub zcw_request: u32,
    /// Random, made for this request; the reply names it.
    pub id: String,
    /// The connection's name on both sides.
    pub name: String,
    /// Who asks ("Acme Integrations").
    pub from: String,
    /// Seconds since the Unix epoch.
    pub created_at: u64,
    pub expires_at: u64,
    /// The template and its values, so the redirect URIs come out exactly as the staff need them.
    pub input: WizardInput,
    /// The data centre, or `None` when the customer chooses.
    pub dc: Option<String>,
    pub scopes: Vec<String>,
    /// Whether the admin signs in too, so the reply carries a refresh token.
    pub refresh_token: bool,
    /// The age X25519 recipient (`age1...`) the reply is encrypted to.
    pub public_key: String,
    /// Set when the staff ask to sign in again to a connection that exists (last: a request
    /// without it serialises, and so fingerprints, as version 1 did).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reconnect: Option<Reconnect>,
}

/// What a reconnect request adds: the client the connection was made with. The admin's app
/// signs in with it (the connection kept there), or takes its secret again; another client is
/// refused on both sides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reconnect {
    pub client_id: String,
}

/// What a new request is made of, before its key and times.
#[derive(Debug, Clone)]
pub struct RequestSpec {
    pub name: String,
    pub from: String,
    pub input: WizardInput,
    pub dc: Option<String>,
    pub scopes: Vec<String>,
    pub refresh_token: bool,
    pub lifetime_secs: u64,
    /// For a reconnect: the connection's client.
    pub reconnect: Option<Reconnect>,
}

/// A request ID: 12 random bytes, as 24 hex digits.
pub fn new_id() -> String {
    let mut bytes = [0u8; 12];
    getrandom::getrandom(&mut bytes).expect("the OS random source answers");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unreadable(reason: impl Into<String>) -> OnboardingError {
    OnboardingError::RequestUnreadable {
        reason: reason.into(),
    }
}

impl Request {
    /// A request for `spec` with a fresh ID, to be answered to `public_key`; checked as a
    /// received one would be.
    pub fn new(spec: &RequestSpec, public_key: &str, now: u64) -> crate::Result<Request> {
        if rules::shaped_like_a_code(&rules::connection_name(&spec.name)?) {
            return Err(InputError::RequestNameLooksLikeCode.into());
        }
        let from = rules::requester(&spec.from)?;
        if !(MIN_LIFETIME_SECS..=MAX_LIFETIME_SECS).contains(&spec.lifetime_secs) {
            return Err(InputError::RequestLifetimeOutOfRange {
                given: crate::clock::span(spec.lifetime_secs),
                min: crate::clock::span(MIN_LIFETIME_SECS),
                max: crate::clock::span(MAX_LIFETIME_SECS),
            }
            .into());
        }
        if let Some(dc) = &spec.dc {
            DataCentre::by_id(dc)?;
        }
        let scopes = crate::oauth::scopes::normalise(&spec.scopes);
        let request = Request {
            zcw_request: if spec.reconnect.is_some() {
                RECONNECT_VERSION
            } else {
                VERSION
            },
            id: new_id(),
            name: spec.name.trim().to_string(),
            from,
            created_at: now,
            expires_at: now + spec.lifetime_secs,
            input: spec.input.clone(),
            dc: spec.dc.as_ref().map(|dc| dc.trim().to_ascii_lowercase()),
            scopes: if scopes.is_empty() {
                crate::oauth::scopes::default_scopes()
            } else {
                scopes
            },
            // A reconnect is for a new sign-in.
            refresh_token: spec.refresh_token || spec.reconnect.is_some(),
            public_key: public_key.to_string(),
            reconnect: spec.reconnect.clone(),
        };
        request.verify()?;
        Ok(request)
    }

    /// Reads a request from its file's text or its link, and checks it by the rules typed input
    /// meets (whether it has expired is [`Request::ensure_open`]'s business).
    pub fn parse(text: &str) -> Result<Request, OnboardingError> {
        let text = text.trim();
        if text.len() > MAX_TEXT_BYTES {
            return Err(unreadable("it is far larger than a request"));
        }
        let json = if text.starts_with('{') {
            text.as_bytes().to_vec()
        } else {
            decode_link(text)?
        };
        // The version first: a newer app's request may be shaped differently.
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Versioned {
            zcw_request: u32,
        }
        if let Ok(Versioned { zcw_request }) = serde_json::from_slice(&json) {
            if zcw_request > RECONNECT_VERSION {
                return Err(OnboardingError::RequestFromNewerApp {
                    version: zcw_request,
                });
            }
        }
        let request: Request = serde_json::from_slice(&json).map_err(|e| {
            unreadable(format!(
                "its contents are not a request: {}",
                super::json_problem(&e)
            ))
        })?;
        request.verify()?;
        Ok(request)
    }

    /// Every rule a request meets; `Err` says which it breaks.
    pub fn verify(&self) -> Result<(), OnboardingError> {
        match (self.zcw_request, &self.reconnect) {
            (VERSION, None) | (RECONNECT_VERSION, Some(_)) => {}
            (VERSION | RECONNECT_VERSION, _) => {
                return Err(unreadable("its version does not match what it asks"))
            }
            (newer, _) if newer > RECONNECT_VERSION => {
                return Err(OnboardingError::RequestFromNewerApp { version: newer })
            }
            (other, _) => {
                return Err(unreadable(format!(
                    "it is of version {other}, which no version of the app makes"
                )))
            }
        }
        if let Some(reconnect) = &self.reconnect {
            // Shown to the admin: Zoho's shape only ("1000." and one run of capitals and
            // digits), which no grouped code or disguising character fits.
            let id = &reconnect.client_id;
            let plain = id.strip_prefix("1000.").is_some_and(|rest| {
                !rest.is_empty()
                    && rest.len() <= 60
                    && rest
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            });
            if !plain {
                return Err(unreadable("the Client ID it names is not one Zoho makes"));
            }
            if self.dc.is_none() || !self.refresh_token {
                return Err(unreadable(
                    "a reconnect must name its data centre and ask for a sign-in",
                ));
            }
        }
        check_id(&self.id)?;
        rules::connection_name(&self.name)
            .map_err(|e| unreadable(format!("its connection name is not allowed ({e})")))?;
        check_requester(&self.from)?;
        if self.expires_at <= self.created_at
            || self.expires_at - self.created_at > MAX_LIFETIME_SECS
        {
            return Err(unreadable(
                "its expiry is not within 30 days of its creation",
            ));
        }
        if self.input.template == Template::SelfClient {
            return Err(unreadable("a Self Client cannot be requested"));
        }
        // The messages name what is wrong, never the value: it came from outside.
        if self
            .dc
            .as_deref()
            .is_some_and(|dc| DataCentre::by_id(dc).is_err())
        {
            return Err(unreadable("its data centre is not one Zoho has"));
        }
        let plan = self
            .plan_input(self.dc.as_deref().unwrap_or(DataCentre::DEFAULT_ID))
            .plan()
            .map_err(|problems| {
                let which = problems
                    .first()
                    .and_then(InputError::field)
                    .map_or("one of its values".into(), |f| format!("its {}", f.label()));
                unreadable(format!("what it asks to register is not valid ({which})"))
            })?;
        // What the admin's screens show of it besides "who asks" cannot imitate a code either.
        let shown = [&self.name, &plan.client_name, &plan.homepage]
            .into_iter()
            .chain(&plan.redirect_uris);
        if shown
            .into_iter()
            .any(|text| rules::shaped_like_a_code(text))
        {
            // No app makes such a request (it checks its own the same way).
            return Err(unreadable("a value it shows is shaped like a fingerprint"));
        }
        if self.scopes.is_empty()
            || self.scopes.len() > MAX_SCOPES
            || !self.scopes.iter().all(|s| is_scope(s))
        {
            return Err(unreadable("its scopes are not Zoho scope names"));
        }
        self.recipient()?;
        Ok(())
    }

    /// The wizard input for the data centre chosen (the request's own, or the admin's).
    pub fn plan_input(&self, dc: &str) -> WizardInput {
        WizardInput {
            dc: self.dc.clone().unwrap_or_else(|| dc.to_string()),
            ..self.input.clone()
        }
    }

    /// The key the reply is encrypted to.
    pub fn recipient(&self) -> Result<age::x25519::Recipient, OnboardingError> {
        recipient(&self.public_key)
    }

    /// Refuses a request past its expiry, or made in the future by this computer's clock (beyond
    /// a few minutes of skew): either its clock or the request is wrong.
    pub fn ensure_open(&self, now: u64) -> Result<(), OnboardingError> {
        if self.created_at > now + CLOCK_SKEW_SECS {
            return Err(OnboardingError::RequestFromTheFuture {
                when: crate::clock::relative(self.created_at, now),
                at: self.created_at,
            });
        }
        if now >= self.expires_at {
            return Err(OnboardingError::RequestExpired {
                from: self.from.clone(),
                when: crate::clock::relative(self.expires_at, now),
                at: self.expires_at,
            });
        }
        Ok(())
    }

    /// The file's text.
    pub fn to_file_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a request serialises");
        text.push('\n');
        text
    }

    /// The link: the same JSON, base64url, in the app's URL scheme.
    pub fn to_link(&self) -> String {
        let json = serde_json::to_vec(self).expect("a request serialises");
        format!(
            "{URL_SCHEME}://request?v={VERSION}&d={}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
        )
    }

    /// Four groups of four characters, the same on both sides when the request arrived
    /// unchanged: read aloud on the phone, it tells a swapped key apart.
    pub fn fingerprint(&self) -> String {
        let canonical = serde_json::to_vec(self).expect("a request serialises");
        super::code::from_digest(&Sha256::digest(&canonical)[..10], 4)
    }

    /// Whether `told` (what the requester read out, typed by the admin, or the fingerprint the
    /// app showed them) is this request's fingerprint.
    pub fn fingerprint_matches(&self, told: &str) -> bool {
        super::code::matches(&self.fingerprint(), told)
    }

    /// The client a reconnect asks to sign in with again.
    pub fn reconnect_client(&self) -> Option<&str> {
        self.reconnect.as_ref().map(|r| r.client_id.as_str())
    }

    /// The file name it is saved under.
    pub fn file_name(&self) -> String {
        format!("{}.{FILE_EXTENSION}", self.name)
    }
}

/// Where a connection made from a request sends its reply: the request as it arrived, kept with
/// the connection. Its fingerprint is computed from it whenever it is shown, never stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RequestOrigin {
    Whole(Box<Request>),
    /// Kept by an earlier version, which stored a few of the request's fields: enough to reply,
    /// not to recompute its fingerprint.
    Earlier(EarlierOrigin),
}

/// What an earlier version kept of a request (its stored fingerprint is not trusted, or shown).
/// Exactly those fields: a whole request with one field too many is not taken for one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EarlierOrigin {
    pub id: String,
    pub from: String,
    pub expires_at: u64,
    pub public_key: String,
    pub refresh_token: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fingerprint: Option<String>,
}

impl From<&Request> for RequestOrigin {
    fn from(request: &Request) -> Self {
        RequestOrigin::Whole(Box::new(request.clone()))
    }
}

impl RequestOrigin {
    pub fn id(&self) -> &str {
        match self {
            RequestOrigin::Whole(r) => &r.id,
            RequestOrigin::Earlier(e) => &e.id,
        }
    }

    /// Who asked.
    pub fn requester(&self) -> &str {
        match self {
            RequestOrigin::Whole(r) => &r.from,
            RequestOrigin::Earlier(e) => &e.from,
        }
    }

    pub fn expires_at(&self) -> u64 {
        match self {
            RequestOrigin::Whole(r) => r.expires_at,
            RequestOrigin::Earlier(e) => e.expires_at,
        }
    }

    /// Whether it asks to sign in again to a connection (a reconnect).
    pub fn is_reconnect(&self) -> bool {
        matches!(self, RequestOrigin::Whole(r) if r.reconnect.is_some())
    }

    /// When the request was made (`0` for one kept by an earlier version: it did not say).
    pub fn created_at(&self) -> u64 {
        match self {
            RequestOrigin::Whole(r) => r.created_at,
            RequestOrigin::Earlier(_) => 0,
        }
    }

    /// Whether the request asked for a signed-in connection.
    pub fn refresh_token(&self) -> bool {
        match self {
            RequestOrigin::Whole(r) => r.refresh_token,
            RequestOrigin::Earlier(e) => e.refresh_token,
        }
    }

    /// The request's fingerprint, computed here; `None` for one kept by an earlier version.
    pub fn fingerprint(&self) -> Option<String> {
        match self {
            RequestOrigin::Whole(r) => Some(r.fingerprint()),
            RequestOrigin::Earlier(_) => None,
        }
    }

    /// The key the reply is encrypted to (a connection record may come from elsewhere).
    pub fn recipient(&self) -> Result<age::x25519::Recipient, OnboardingError> {
        match self {
            RequestOrigin::Whole(r) => r.recipient(),
            RequestOrigin::Earlier(e) => recipient(&e.public_key),
        }
    }

    /// The rules a received request meets (a team record is data another machine wrote).
    pub fn verify(&self) -> Result<(), OnboardingError> {
        match self {
            RequestOrigin::Whole(r) => r.verify(),
            RequestOrigin::Earlier(e) => {
                check_id(&e.id)?;
                check_requester(&e.from)?;
                recipient(&e.public_key).map(|_| ())
            }
        }
    }
}

fn check_id(id: &str) -> Result<(), OnboardingError> {
    if id.len() != 24 || !id.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(unreadable("its ID is not one this app makes"));
    }
    Ok(())
}

/// "Who asks" by the rules the staff's own input meets, unchanged by them (no extra spaces).
fn check_requester(from: &str) -> Result<(), OnboardingError> {
    use crate::error::InputError as E;
    let why = match rules::requester(from) {
        Ok(clean) if clean == from => return Ok(()),
        Ok(_) => Flaw::SenderSpaced,
        Err(E::RequesterEmpty) => Flaw::SenderEmpty,
        Err(E::RequesterTooLong { max }) => Flaw::SenderTooLong { max },
        Err(E::RequesterLooksLikeCode) => Flaw::SenderLikeCode,
        Err(_) => Flaw::SenderHiddenCharacters,
    };
    Err(OnboardingError::RequesterRefused { why })
}

fn recipient(public_key: &str) -> Result<age::x25519::Recipient, OnboardingError> {
    public_key
        .parse()
        .map_err(|_| unreadable("its public key is not an age X25519 key"))
}

pub(crate) fn is_scope(scope: &str) -> bool {
    !scope.is_empty()
        && scope.len() <= 100
        && scope
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn decode_link(text: &str) -> Result<Vec<u8>, OnboardingError> {
    let url =
        Url::parse(text).map_err(|_| unreadable("it is neither a request file nor a link"))?;
    if url.scheme() != URL_SCHEME || url.host_str() != Some("request") {
        return Err(unreadable(format!(
            "a request link starts with {URL_SCHEME}://request"
        )));
    }
    let data = url
        .query_pairs()
        .find(|(k, _)| k == "d")
        .map(|(_, v)| v.into_owned())
        .ok_or_else(|| unreadable("the link is cut short"))?;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(data.trim())
        .map_err(|_| unreadable("the link is cut short or was changed"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> RequestSpec {
        crate::testing::request_spec()
    }

    fn key() -> String {
        age::x25519::Identity::generate().to_public().to_string()
    }

    #[test]
    fn a_request_survives_its_file_and_its_link_with_the_same_fingerprint() {
        let request = Request::new(&spec(), &key(), 1_000_000).unwrap();
        assert_eq!(request.scopes, ["ZohoCRM.modules.ALL", "ZohoCRM.org.ALL"]);
        let from_file = Request::parse(&request.to_file_text()).unwrap();
        let from_link = Request::parse(&request.to_link()).unwrap();
        assert_eq!(from_file, request);
        assert_eq!(from_link, request);
        let fingerprint = request.fingerprint();
        assert_eq!(fingerprint.len(), 19);
        assert_eq!(from_link.fingerprint(), fingerprint);
        // Another key, another fingerprint.
        let swapped = Request {
            public_key: key(),
            ..request.clone()
        };
        assert_ne!(swapped.fingerprint(), fingerprint);
        assert_eq!(request.file_name(), "acme-crm.zcwrequest");
    }

    #[test]
    fn a_request_is_checked_like_typed_input() {
        let good = Request::new(&spec(), &key(), 1_000_000).unwrap();
        let cases: Vec<(Request, &str)> = vec![
            (
                Request {
                    public_key: "age1notakey".into(),
                    ..good.clone()
                },
                "public key",
            ),
            (
                Request {
                    name: "a/b".into(),
                    ..good.clone()
                },
                "connection name",
            ),
            (
                Request {
                    dc: Some("mars".into()),
                    ..good.clone()
                },
                "data centre is not one Zoho has",
            ),
            (
                Request {
                    scopes: vec!["ZohoCRM.modules.ALL&x=1".into()],
                    ..good.clone()
                },
                "scopes",
            ),
            (
                Request {
                    expires_at: good.created_at + MAX_LIFETIME_SECS + 1,
                    ..good.clone()
                },
                "30 days",
            ),
            (
                Request {
                    input: WizardInput {
                        template: Template::Custom,
                        ..WizardInput::default()
                    },
                    ..good.clone()
                },
                "not valid",
            ),
            (
                Request {
                    zcw_request: 3,
                    ..good.clone()
                },
                "newer version",
            ),
            (
                Request {
                    zcw_request: 2,
                    ..good.clone()
                },
                "version does not match",
            ),
            (
                Request {
                    reconnect: Some(Reconnect {
                        client_id: "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123".into(),
                    }),
                    ..good.clone()
                },
                "version does not match",
            ),
            (
                Request {
                    zcw_request: 2,
                    reconnect: Some(Reconnect {
                        client_id: "1000.ABCD EFGH".into(),
                    }),
                    ..good.clone()
                },
                "Client ID",
            ),
            (
                Request {
                    zcw_request: 2,
                    reconnect: Some(Reconnect {
                        client_id: "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123".into(),
                    }),
                    dc: None,
                    ..good.clone()
                },
                "must name its data centre",
            ),
        ];
        for (bad, says) in cases {
            let err = Request::parse(&bad.to_file_text()).unwrap_err();
            let text = crate::Error::from(err).with_details();
            assert!(text.contains(says), "{text} should say {says}");
        }
        let extra = good.to_file_text().replacen('{', "{\"secret\":1,", 1);
        assert!(Request::parse(&extra).is_err());
        assert!(Request::parse("zcw://request?v=1&d=!!").is_err());
        assert!(Request::parse("https://example.com/?d=e30").is_err());
        assert!(Request::parse(&"x".repeat(MAX_TEXT_BYTES + 1)).is_err());
        // A newer app's request, shaped as this app does not know, still says to update.
        let newer = good.to_file_text().replacen('{', "{\"somethingNew\":1,", 1);
        let newer = newer.replace("\"zcwRequest\": 1", "\"zcwRequest\": 7");
        assert!(matches!(
            Request::parse(&newer),
            Err(OnboardingError::RequestFromNewerApp { version: 7 })
        ));
    }

    #[test]
    fn a_reconnect_is_version_two_asks_for_a_sign_in_and_leaves_version_one_unchanged() {
        let plain = Request::new(&spec(), &key(), 1_000_000).unwrap();
        assert_eq!(plain.zcw_request, 1);
        assert!(!plain.to_file_text().contains("reconnect"));
        let reconnect = Request::new(
            &RequestSpec {
                refresh_token: false,
                reconnect: Some(Reconnect {
                    client_id: "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123".into(),
                }),
                ..spec()
            },
            &key(),
            1_000_000,
        )
        .unwrap();
        assert_eq!(reconnect.zcw_request, 2);
        assert!(reconnect.refresh_token, "a reconnect is for a sign-in");
        let read = Request::parse(&reconnect.to_link()).unwrap();
        assert_eq!(
            read.reconnect_client(),
            Some("1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123")
        );
        assert_eq!(read.fingerprint(), reconnect.fingerprint());
    }

    #[test]
    fn who_asks_is_checked_when_a_request_is_made_and_again_when_it_is_opened() {
        let made = |from: &str| {
            Request::new(
                &RequestSpec {
                    from: from.into(),
                    ..spec()
                },
                &key(),
                1_000_000,
            )
        };
        let err = made("Acme · fingerprint ABCD-EFGH-JKMN-PQRS").unwrap_err();
        assert_eq!(err.kind(), "requester_invalid_chars");
        assert_eq!(err.field(), Some(crate::field::Field::RequestFrom));
        assert_eq!(
            made("Acme ABCD-EFGH-JKMN-PQRS").unwrap_err().kind(),
            "requester_looks_like_code"
        );
        // Made by hand: refused on the admin's side, without showing what it holds.
        let good = made("Acme Integrations").unwrap();
        for (from, why) in [
            ("Acme Integrations \u{00B7} expires in 7 days \u{00B7} fingerprint ABCD-EFGH-JKMN-PQRS", "hide or reorder"),
            ("Acme \u{202E}snoitargetnI", "hide or reorder"),
            ("Acme\u{200B}", "hide or reorder"),
            ("Acme 7QX2-K9MD-4HFA-Z0PB", "shaped like a fingerprint"),
            (" Acme", "spaces"),
            ("", "empty"),
        ] {
            let forged = Request {
                from: from.into(),
                ..good.clone()
            };
            let err = Request::parse(&forged.to_file_text()).unwrap_err();
            assert_eq!(err.kind(), "requester_refused", "{from:?}");
            assert!(err.to_string().contains(why), "{err} should say {why}");
            assert!(!err.to_string().contains("snoitar") && !err.to_string().contains("7QX2"), "{err}");
            assert!(Request::parse(&forged.to_link()).is_err());
        }
    }

    #[test]
    fn a_lifetime_outside_the_range_is_refused_with_the_range() {
        for secs in [1, 59, 3599, MAX_LIFETIME_SECS + 1] {
            let err = Request::new(
                &RequestSpec {
                    lifetime_secs: secs,
                    ..spec()
                },
                &key(),
                1_000_000,
            )
            .unwrap_err();
            assert_eq!(err.kind(), "request_lifetime_out_of_range", "{secs}");
            assert!(err.to_string().contains("from 1 hour to 30 days"), "{err}");
        }
        for secs in [MIN_LIFETIME_SECS, MAX_LIFETIME_SECS] {
            let request = Request::new(
                &RequestSpec {
                    lifetime_secs: secs,
                    ..spec()
                },
                &key(),
                1_000_000,
            )
            .unwrap();
            assert_eq!(request.expires_at - request.created_at, secs);
        }
    }

    #[test]
    fn a_request_made_in_the_future_is_refused_beyond_the_clock_skew() {
        let request = Request::new(&spec(), &key(), 1_000_000).unwrap();
        assert!(request.ensure_open(1_000_000 - CLOCK_SKEW_SECS).is_ok());
        let err = request
            .ensure_open(1_000_000 - CLOCK_SKEW_SECS - 3600)
            .unwrap_err();
        assert_eq!(err.kind(), "request_from_the_future");
        assert!(err.to_string().contains("date and time"), "{err}");
    }

    #[test]
    fn the_fingerprint_read_back_matches_whatever_its_spelling() {
        let request = Request::new(&spec(), &key(), 1_000_000).unwrap();
        let fingerprint = request.fingerprint();
        assert!(request.fingerprint_matches(&fingerprint));
        assert!(request.fingerprint_matches(&fingerprint.to_lowercase().replace('-', " ")));
        assert!(!request.fingerprint_matches(""));
        assert!(!request.fingerprint_matches(&fingerprint[..14]));
        let other = Request::new(&spec(), &key(), 1_000_000).unwrap();
        assert!(!request.fingerprint_matches(&other.fingerprint()));
    }

    #[test]
    fn a_request_that_does_not_parse_is_refused_without_quoting_it() {
        let good = Request::new(&spec(), &key(), 1_000_000).unwrap();
        let text =
            good.to_file_text()
                .replacen("\"createdAt\"", "\"createdAt\": \"987654321\", \"x\"", 1);
        let err = Request::parse(&text).unwrap_err();
        let err = crate::Error::from(err);
        assert!(err.with_details().contains("line"), "{err}");
        assert!(!err.with_details().contains("987654321"), "{err}");
    }

    #[test]
    fn an_expired_request_is_refused_and_says_so() {
        let request = Request::new(&spec(), &key(), 1_000_000).unwrap();
        assert!(request.ensure_open(request.expires_at - 1).is_ok());
        let err = request.ensure_open(request.expires_at + 7200).unwrap_err();
        assert!(err.to_string().contains("expired 2 hours ago"), "{err}");
        assert!(err.to_string().contains("Acme Integrations"));
    }
}
