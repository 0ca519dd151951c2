//! What the core's unit tests share: a free port, and a context with an in-memory secret store,
//! canned Zoho answers and one saved connection.

use std::sync::Arc;

use crate::config::Config;
use crate::connection::SignedIn;
use crate::connections::NewConnection;
use crate::context::Context;
use crate::http::fake::CannedHttp;
use crate::registration::{Template, WizardInput};
use crate::secret::ClientSecret;
use crate::secret_store::memory::MemoryStore;
use crate::secret_store::{EntryName, SecretKind, SecretStore};

/// The client secret the tests save (Zoho's usual shape).
pub const SECRET: &str = "0123456789abcdef0123456789abcdef0123456789";

/// Zoho's answer to a refresh at the EU accounts server (the first access token, an hour).
pub const REFRESHED: &str =
    r#"{"access_token":"1000.first","expires_in":3600,"api_domain":"https://www.zohoapis.eu"}"#;

/// A TCP port that was free a moment ago on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A context in a temporary folder with one saved connection.
pub struct TestContext {
    _dir: tempfile::TempDir,
    pub store: Arc<MemoryStore>,
    pub http: Arc<CannedHttp>,
    pub ctx: Context,
    /// The connection's loopback port (free when the context was made).
    pub port: u16,
}

impl TestContext {
    /// [`TestContext::with_connection`], signed in at the EU accounts server as `email` (if
    /// any), with `refresh` as its refresh token.
    pub fn signed_in(name: &str, email: Option<&str>, refresh: &str) -> Self {
        let s = Self::with_connection(name);
        s.store
            .set(&EntryName::new(name, SecretKind::RefreshToken), refresh)
            .unwrap();
        s.ctx
            .connections
            .update(name, |c| {
                c.signed_in = Some(SignedIn {
                    accounts_server: "https://accounts.zoho.eu".into(),
                    api_domain: Some("https://www.zohoapis.eu".into()),
                    location: Some("eu".into()),
                    email: email.map(String::from),
                    granted_scopes: Vec::new(),
                    connected_at: 1,
                    access_expires_at: 1,
                    recent_refreshes: Vec::new(),
                });
            })
            .unwrap();
        s
    }

    /// A hotglue connection `name` (US) on a free loopback port, its secret in memory.
    pub fn with_connection(name: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(MemoryStore::new());
        let http = Arc::new(CannedHttp::new());
        let ctx = Context::with_parts(Config::in_dir(dir.path()), store.clone(), http.clone());
        let port = free_port();
        let new = NewConnection {
            name: name.into(),
            client_id: "1000.ID".into(),
            input: WizardInput {
                template: Template::Hotglue,
                loopback_port: port.to_string(),
                ..WizardInput::default()
            },
        };
        ctx.connections
            .add(&new, &ClientSecret::new(SECRET))
            .unwrap();
        TestContext {
            _dir: dir,
            store,
            http,
            ctx,
            port,
        }
    }
}

/// A hotglue connection `name` (US, the test client ID) signed in at the US accounts server:
/// the shape a team record has, kept in `backend`.
pub fn signed_in_record(
    name: &str,
    backend: crate::secret_store::Place,
) -> crate::connection::Connection {
    let input = WizardInput {
        template: Template::Hotglue,
        ..WizardInput::default()
    };
    let plan = input.plan().unwrap();
    let mut connection = crate::connection::Connection::new(
        name.into(),
        "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123".into(),
        input,
        &plan,
        backend,
    );
    connection.signed_in = Some(SignedIn {
        accounts_server: "https://accounts.zoho.com".into(),
        api_domain: Some("https://www.zohoapis.com".into()),
        location: Some("us".into()),
        email: None,
        granted_scopes: Vec::new(),
        connected_at: 1,
        access_expires_at: 1,
        recent_refreshes: Vec::new(),
    });
    connection
}

/// What the staff ask for in the onboarding tests: a hotglue client in the EU, signed in.
pub fn request_spec() -> crate::onboarding::request::RequestSpec {
    crate::onboarding::request::RequestSpec {
        name: "acme-crm".into(),
        from: "Acme Integrations".into(),
        input: WizardInput {
            template: Template::Hotglue,
            hotglue: crate::registration::HotglueInput {
                homepage: "https://www.optiply.com".into(),
            },
            ..WizardInput::default()
        },
        dc: Some("eu".into()),
        scopes: vec!["ZohoCRM.modules.ALL, ZohoCRM.org.ALL".into()],
        refresh_token: true,
        lifetime_secs: crate::onboarding::request::DEFAULT_LIFETIME_SECS,
        reconnect: None,
    }
}

/// A request made from [`request_spec`] at `now`, to a fresh key.
pub fn request(now: u64) -> crate::onboarding::request::Request {
    let key = age::x25519::Identity::generate().to_public().to_string();
    crate::onboarding::request::Request::new(&request_spec(), &key, now).unwrap()
}

/// A reply to request `00112233445566778899aabb` for `acme-crm` in the EU, signed in.
pub fn reply() -> crate::onboarding::reply::Reply {
    crate::onboarding::reply::Reply::new(
        "00112233445566778899aabb",
        "acme-crm",
        "eu",
        "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
        ClientSecret::new(SECRET),
        Some(crate::onboarding::reply::ReplySignIn {
            accounts_server: "https://accounts.zoho.eu".into(),
            api_domain: Some("https://www.zohoapis.eu".into()),
            granted_scopes: vec!["ZohoCRM.modules.ALL".into()],
            email: Some("admin@customer.example".into()),
            refresh_token: crate::secret::RefreshToken::new(
                "1000.aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb",
            ),
        }),
    )
}

/// Whether the app's English catalog words `id` (a note's or a notice's kind, with its prefix).
pub fn app_words(id: &str) -> bool {
    include_str!("../../../src-tauri/locales/en.ftl")
        .lines()
        .any(|line| line.starts_with(&format!("{id} = ")))
}
