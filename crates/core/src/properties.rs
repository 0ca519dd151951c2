//! Property tests (proptest) over everything that parses outside input: a request (file and
//! link), a reply, self_client.json, the sign-in callback (the request head and its query) and a
//! pasted redirect address, and the team store's records. Arbitrary and mutated inputs never
//! panic, never take long, and never yield a value the typed-input rules would refuse.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use crate::dc::DataCentre;
use crate::oauth::accounts::AccountsServers;
use crate::oauth::listener::{self, Answer};
use crate::onboarding::reply::{Reply, ReplySignIn};
use crate::onboarding::request::{is_scope, Request, RequestOrigin, MAX_LIFETIME_SECS};
use crate::onboarding::self_client::SelfClientFile;
use crate::rules;
use crate::secret::{ClientSecret, RefreshToken, RequestKey};

/// Generous: the promise is "does not hang", not a speed (this is not a benchmark).
const BOUND: Duration = Duration::from_secs(5);

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Characters that matter here, mixed with any: bidi overrides and isolates, zero-width and
/// format characters, separators, controls, look-alikes, the fingerprint's own alphabet.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        2 => prop::sample::select(vec![
            '\u{202E}', '\u{202D}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200B}',
            '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{00AD}', '\u{2028}', '\u{2029}', '\n', '\r',
            '\t', '\0', '\u{7F}', '·', '-', ' ', '"', '\\', '{', '}', 'А', 'Ο', '%', '&', '=',
            '?', '#', '/', ':', '.', '@',
        ]),
        3 => prop::char::range('A', 'Z'),
        2 => prop::char::range('0', '9'),
        2 => prop::char::range('a', 'z'),
    ]
}

fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(|c| c.into_iter().collect())
}

/// `base` with a few characters replaced, inserted or removed.
fn mutated(base: String) -> impl Strategy<Value = String> {
    prop::collection::vec((any::<prop::sample::Index>(), tricky_char(), 0u8..3), 1..6).prop_map(
        move |edits| {
            let mut chars: Vec<char> = base.chars().collect();
            for (at, c, op) in edits {
                let i = at.index(chars.len().max(1)).min(chars.len());
                match op {
                    0 if i < chars.len() => chars[i] = c,
                    1 => chars.insert(i, c),
                    _ if i < chars.len() => {
                        chars.remove(i);
                    }
                    _ => chars.push(c),
                }
            }
            chars.into_iter().collect()
        },
    )
}

fn good_request() -> Request {
    crate::testing::request(1_000_000)
}

/// What a request that was let through must be, by the rules typed input meets.
fn request_follows_the_rules(r: &Request) -> Result<(), TestCaseError> {
    prop_assert_eq!(rules::requester(&r.from).ok(), Some(r.from.clone()));
    prop_assert_eq!(rules::connection_name(&r.name).ok(), Some(r.name.clone()));
    prop_assert!(!r.scopes.is_empty() && r.scopes.iter().all(|s| is_scope(s)));
    prop_assert!(r.dc.as_deref().is_none_or(|d| DataCentre::by_id(d).is_ok()));
    prop_assert!(r.plan_input(r.dc.as_deref().unwrap_or("us")).plan().is_ok());
    prop_assert!(r.public_key.parse::<age::x25519::Recipient>().is_ok());
    prop_assert!(r.expires_at > r.created_at && r.expires_at - r.created_at <= MAX_LIFETIME_SECS);
    prop_assert!(r.id.len() == 24 && r.id.chars().all(|c| c.is_ascii_hexdigit()));
    Ok(())
}

fn parse_request(text: &str) -> Result<(), TestCaseError> {
    let start = Instant::now();
    let parsed = Request::parse(text);
    prop_assert!(start.elapsed() < BOUND);
    match parsed {
        Ok(request) => request_follows_the_rules(&request),
        // The message never carries what the request said.
        Err(e) => {
            let hidden = |c: char| c.is_control() || ('\u{200B}'..='\u{206F}').contains(&c);
            let message = e.to_string();
            prop_assert!(!message.chars().any(hidden), "{:?}", message);
            Ok(())
        }
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn a_request_with_any_values_is_let_through_only_by_the_rules(
        from in prop_oneof![Just("Acme Integrations".to_string()), tricky_string(120)],
        name in prop_oneof![Just("acme-crm".to_string()), tricky_string(70)],
        dc in prop_oneof![Just(None), Just(Some("eu".to_string())), tricky_string(6).prop_map(Some)],
        scopes in prop::collection::vec(tricky_string(30), 0..4),
        created_at in any::<u64>(),
        lifetime in any::<u64>(),
    ) {
        let request = Request {
            from,
            name,
            dc,
            scopes,
            created_at,
            expires_at: created_at.saturating_add(lifetime % (2 * MAX_LIFETIME_SECS)),
            ..good_request()
        };
        parse_request(&request.to_file_text())?;
        parse_request(&request.to_link())?;
    }

    #[test]
    fn a_mutated_request_file_never_passes_a_rule_it_breaks(text in mutated(good_request().to_file_text())) {
        parse_request(&text)?;
    }

    #[test]
    fn a_mutated_request_link_never_passes_a_rule_it_breaks(text in mutated(good_request().to_link())) {
        parse_request(&text)?;
    }

    #[test]
    fn any_text_as_a_request_is_refused_or_follows_the_rules(text in tricky_string(400)) {
        parse_request(&text)?;
    }
}

fn key_pair() -> (RequestKey, age::x25519::Recipient) {
    use secrecy::ExposeSecret;
    let identity = age::x25519::Identity::generate();
    (
        RequestKey::new(identity.to_string().expose_secret()),
        identity.to_public(),
    )
}

fn sample_reply() -> Reply {
    crate::testing::reply()
}

proptest! {
    #![proptest_config(config(256))]

    /// age authenticates: a changed reply either does not open, or is the same reply (the
    /// change fell on what the armor ignores).
    #[test]
    fn a_mutated_reply_does_not_open_as_anything_else(seed in any::<u8>(), edits in prop::collection::vec((any::<prop::sample::Index>(), tricky_char()), 1..4)) {
        let (key, recipient) = key_pair();
        let sealed = sample_reply().seal(&recipient);
        let mut chars: Vec<char> = sealed.chars().collect();
        for (at, c) in edits {
            let i = at.index(chars.len());
            chars[i] = if seed % 2 == 0 { c } else { char::from(b'A' + (seed % 26)) };
        }
        let text: String = chars.into_iter().collect();
        let start = Instant::now();
        let opened = Reply::open(&text, &key);
        prop_assert!(start.elapsed() < BOUND);
        if let Ok(reply) = opened {
            let original = sample_reply();
            prop_assert_eq!(reply.client_secret.expose(), original.client_secret.expose());
            prop_assert_eq!(reply.client_id, sample_reply().client_id);
        }
    }

    #[test]
    fn any_text_as_a_reply_never_opens(text in tricky_string(600)) {
        let (key, _) = key_pair();
        prop_assert!(Reply::open(&text, &key).is_err());
    }
}

/// A reply's values from anywhere, sealed to a waiting request's key and opened by the staff:
/// what is let through meets the rules typed input meets.
#[test]
fn a_reply_with_any_values_is_let_through_only_by_the_rules() {
    use crate::onboarding::pending::Pending;
    let s = crate::testing::TestContext::with_connection("crm");
    let identity = age::x25519::Identity::generate();
    let mut request = crate::testing::request(crate::clock::now());
    request.public_key = identity.to_public().to_string();
    request.dc = None;
    {
        use secrecy::ExposeSecret;
        let key = RequestKey::new(identity.to_string().expose_secret());
        s.ctx
            .connections
            .active_home()
            .unwrap()
            .keep_request(
                &Pending {
                    request: request.clone(),
                    key_store: crate::secret_store::Place::Keychain,
                    answered: None,
                },
                &key,
            )
            .unwrap();
    }
    let mut runner = proptest::test_runner::TestRunner::new(config(96));
    let strategy = (
        tricky_string(40),
        prop_oneof![
            Just("eu".to_string()),
            Just("us".to_string()),
            tricky_string(4)
        ],
        prop_oneof![
            Just("1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123".to_string()),
            tricky_string(40)
        ],
        prop_oneof![
            Just("0123456789abcdef0123456789abcdef0123456789".to_string()),
            tricky_string(50)
        ],
        prop_oneof![
            Just("https://accounts.zoho.eu".to_string()),
            Just("https://accounts.zoho.com".to_string()),
            tricky_string(30)
        ],
        prop_oneof![
            Just(None),
            Just(Some("https://www.zohoapis.eu".to_string())),
            tricky_string(30).prop_map(Some)
        ],
        prop::collection::vec(tricky_string(20), 0..3),
        prop_oneof![Just(None), tricky_string(30).prop_map(Some)],
    );
    runner
        .run(
            &strategy,
            |(name, dc, client_id, secret, accounts, api, scopes, email)| {
                let reply = Reply::new(
                    &request.id,
                    if name.is_empty() {
                        &request.name
                    } else {
                        &name
                    },
                    &dc,
                    &client_id,
                    ClientSecret::new(&secret),
                    Some(ReplySignIn {
                        accounts_server: accounts,
                        api_domain: api,
                        granted_scopes: scopes,
                        email,
                        refresh_token: RefreshToken::new("1000.aaaa.bbbb"),
                    }),
                );
                let text = reply.seal(&identity.to_public());
                let start = Instant::now();
                let opened = crate::onboarding::staff::open_reply(&s.ctx, &text);
                prop_assert!(start.elapsed() < BOUND);
                if let Ok(opened) = opened {
                    let p = opened.preview(None);
                    prop_assert!(rules::client_id(&p.client_id).is_ok());
                    prop_assert!(rules::client_secret(reply.client_secret.expose()).is_ok());
                    prop_assert!(DataCentre::by_id(&p.dc).is_ok());
                    prop_assert!(p.scopes.iter().all(|s| is_scope(s)));
                    prop_assert!(p.account.as_deref().is_none_or(rules::plausible_account));
                    let signed_in = reply.signed_in.as_ref().unwrap();
                    prop_assert!(s
                        .ctx
                        .config
                        .accounts
                        .trusted(&signed_in.accounts_server)
                        .is_ok());
                    let dc = DataCentre::by_id(&p.dc).unwrap();
                    prop_assert!(signed_in
                        .api_domain
                        .as_deref()
                        .is_none_or(|a| dc.is_api_domain(a)));
                    prop_assert_eq!(p.name, request.name.clone());
                }
                Ok(())
            },
        )
        .unwrap();
}

fn self_client_follows_the_rules(text: &str) -> Result<(), TestCaseError> {
    let start = Instant::now();
    let parsed = SelfClientFile::parse(text);
    prop_assert!(start.elapsed() < BOUND);
    match parsed {
        Ok(file) => {
            prop_assert!(rules::client_id(&file.client_id).is_ok());
            prop_assert!(rules::client_secret(file.client_secret.expose()).is_ok());
            prop_assert!(!file.code.is_empty());
            prop_assert!(file.code.expose().bytes().all(|b| b.is_ascii_graphic()));
            prop_assert!(!file.scopes.is_empty() && file.scopes.iter().all(|s| is_scope(s)));
        }
        // The file holds the client secret in the clear: its text is never quoted.
        Err(e) => prop_assert!(!e.to_string().contains("0123456789abcdef")),
    }
    Ok(())
}

fn self_client_text() -> String {
    serde_json::json!({
        "scope": ["ZohoCRM.modules.ALL"],
        "expiry_time": 1_900_000_000_000u64,
        "client_id": "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        "client_secret": "0123456789abcdef0123456789abcdef0123456789",
        "code": "1000.0123abcd.4567ef",
        "grant_type": "authorization_code"
    })
    .to_string()
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn a_self_client_file_with_any_values_is_let_through_only_by_the_rules(
        client_id in prop_oneof![Just("1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123".to_string()), tricky_string(40)],
        secret in prop_oneof![Just("0123456789abcdef0123456789abcdef0123456789".to_string()), tricky_string(50)],
        code in prop_oneof![Just("1000.ab.cd".to_string()), tricky_string(30)],
        scopes in prop::collection::vec(tricky_string(20), 0..3),
        expiry in any::<u64>(),
    ) {
        let text = serde_json::json!({
            "scope": scopes, "expiry_time": expiry, "client_id": client_id,
            "client_secret": secret, "code": code,
        })
        .to_string();
        self_client_follows_the_rules(&text)?;
    }

    #[test]
    fn a_mutated_self_client_file_never_passes_a_rule_it_breaks(text in mutated(self_client_text())) {
        self_client_follows_the_rules(&text)?;
    }
}

const STATE: &str = "s7aTe0123456789abcdefghij";

fn callback_follows_the_rules(answer: &Answer) -> Result<(), TestCaseError> {
    if let Answer::Code(callback) = answer {
        let code = callback.code.expose();
        prop_assert!(!code.is_empty() && code.bytes().all(|b| b.is_ascii_graphic()));
        prop_assert!(callback
            .location
            .as_deref()
            .is_none_or(|l| DataCentre::by_id(l).is_ok()));
    }
    Ok(())
}

/// A query from pieces Zoho's answer has, each possibly garbled, repeated or missing.
fn callback_query() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        Just(format!("state={STATE}")),
        tricky_string(20).prop_map(|s| format!("state={}", urlencode(&s))),
        Just("code=1000.abc.def".to_string()),
        tricky_string(30).prop_map(|s| format!("code={}", urlencode(&s))),
        Just("location=eu".to_string()),
        tricky_string(8).prop_map(|s| format!("location={}", urlencode(&s))),
        tricky_string(30).prop_map(|s| format!("accounts-server={}", urlencode(&s))),
        tricky_string(10).prop_map(|s| format!("error={}", urlencode(&s))),
        tricky_string(20),
    ];
    prop::collection::vec(part, 0..7).prop_map(|parts| parts.join("&"))
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn a_callback_query_yields_only_a_code_and_data_centre_the_rules_accept(query in callback_query()) {
        let start = Instant::now();
        let answer = listener::read_answer(&query, STATE);
        prop_assert!(start.elapsed() < BOUND);
        callback_follows_the_rules(&answer)?;
    }

    #[test]
    fn a_request_head_is_the_callback_only_on_its_path_and_host(
        method in prop_oneof![Just("GET".to_string()), tricky_string(6)],
        path in prop_oneof![Just("/callback".to_string()), tricky_string(12)],
        query in callback_query(),
        host in prop_oneof![Just("localhost:47823".to_string()), Just("127.0.0.1:47823".to_string()), tricky_string(20)],
        extra in tricky_string(40),
    ) {
        let head = format!("{method} {path}?{query} HTTP/1.1\r\nHost: {host}\r\n{extra}\r\n\r\n");
        let start = Instant::now();
        let checked = listener::callback_query(head.as_bytes(), 47823);
        prop_assert!(start.elapsed() < BOUND);
        if let Ok(query) = checked {
            prop_assert_eq!(method.as_str(), "GET");
            prop_assert!(path == "/callback");
            callback_follows_the_rules(&listener::read_answer(&query, STATE))?;
        }
    }

    #[test]
    fn a_pasted_address_gives_a_code_only_for_this_sign_in(
        base in prop_oneof![Just("http://localhost:47823/callback".to_string()), tricky_string(40)],
        query in callback_query(),
    ) {
        let pasted = format!("{base}?{query}");
        let start = Instant::now();
        let parsed = listener::parse_pasted(&pasted, "http://localhost:47823/callback", STATE);
        prop_assert!(start.elapsed() < BOUND);
        if let Ok(callback) = parsed {
            prop_assert!(pasted.starts_with("http://localhost:47823/callback?"));
            callback_follows_the_rules(&Answer::Code(callback))?;
        }
    }
}

fn team_record_follows_the_rules(
    key: &str,
    record: serde_json::Value,
) -> Result<(), TestCaseError> {
    let Ok(connection) = serde_json::from_value::<crate::connection::Connection>(record) else {
        return Ok(());
    };
    let start = Instant::now();
    let checked = crate::team::trust::connection(key, connection, &AccountsServers::dc_table());
    prop_assert!(start.elapsed() < BOUND);
    if let Ok(c) = checked {
        prop_assert_eq!(c.name.as_str(), key);
        prop_assert_eq!(rules::connection_name(&c.name).ok(), Some(key.to_string()));
        prop_assert!(rules::client_id(&c.client_id).is_ok());
        prop_assert!(DataCentre::by_id(&c.dc).is_ok());
        prop_assert!(c.redirect_uris.iter().all(|u| rules::web_address(
            crate::field::Field::CustomRedirectUris,
            u
        )
        .is_ok()));
        prop_assert!(
            c.homepage.is_empty()
                || rules::web_address(crate::field::Field::CustomHomepage, &c.homepage).is_ok()
        );
        prop_assert!(c.client_name.is_empty() || rules::client_name(&c.client_name, "").is_ok());
        prop_assert_eq!(
            c.loopback_uri,
            crate::registration::loopback_uri(c.loopback_port)
        );
        prop_assert!(c.scopes.iter().all(|s| is_scope(s)));
        if let Some(signed_in) = &c.signed_in {
            prop_assert!(AccountsServers::dc_table()
                .trusted(&signed_in.accounts_server)
                .is_ok());
            prop_assert!(signed_in
                .email
                .as_deref()
                .is_none_or(rules::plausible_account));
        }
        if let Some(origin) = &c.request {
            prop_assert!(origin.verify().is_ok());
            prop_assert!(rules::requester(origin.requester()).is_ok());
        }
    }
    Ok(())
}

fn team_record() -> serde_json::Value {
    let mut record = crate::testing::signed_in_record("crm", crate::secret_store::Place::TeamStore);
    record.request = Some(RequestOrigin::Whole(Box::new(good_request())));
    serde_json::to_value(record).unwrap()
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn a_team_connection_record_with_any_values_is_used_only_by_the_rules(
        field in prop::sample::select(vec![
            "/name", "/clientId", "/dc", "/homepage", "/clientName", "/redirectUris/0",
            "/signedIn/accountsServer", "/signedIn/apiDomain", "/signedIn/email",
            "/signedIn/location", "/scopes/0", "/request/from", "/request/publicKey", "/request/id",
        ]),
        value in tricky_string(60),
        key in prop_oneof![Just("crm".to_string()), tricky_string(10)],
    ) {
        let mut record = team_record();
        if let Some(slot) = record.pointer_mut(field) {
            *slot = serde_json::Value::String(value);
        }
        team_record_follows_the_rules(&key, record)?;
    }

    #[test]
    fn a_mutated_team_connection_record_is_used_only_by_the_rules(text in mutated(team_record().to_string())) {
        if let Ok(record) = serde_json::from_str::<serde_json::Value>(&text) {
            team_record_follows_the_rules("crm", record)?;
        }
    }

    #[test]
    fn a_team_tokens_record_with_any_values_gives_only_a_plausible_token(
        expires_at in any::<u64>(),
        api in prop_oneof![Just("https://www.zohoapis.com".to_string()), tricky_string(30)],
        recent in prop::collection::vec(any::<u64>(), 0..12),
    ) {
        let now = 1_000_000_000;
        let record: crate::team::records::TokensRecord = serde_json::from_value(serde_json::json!({
            "access_token": "1000.x", "expires_at": expires_at, "api_domain": api,
            "recent_refreshes": recent,
        }))
        .unwrap();
        if let Some(token) = crate::team::trust::token_alone(&record, now) {
            prop_assert!(token.expires_at <= now + 3600 + 300);
            prop_assert!(token.api_domain.as_deref().is_some_and(|a| crate::dc::DATA_CENTRES.iter().any(|dc| dc.is_api_domain(a))));
        }
    }
}
