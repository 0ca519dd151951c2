//! A Zoho accounts-server emulator with the quirks Zoho documents: exact redirect URIs, errors in
//! HTTP 200 bodies, single-use codes that live 60 s, PKCE, a refresh rate limit, user info, revoke,
//! and the `location` / `accounts-server` callback parameters; and CRM-shaped API calls that check
//! the token's scopes and answer Zoho's 401 `INVALID_TOKEN` / `OAUTH_SCOPE_MISMATCH` and 429.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine;
use sha2::Digest;
use tiny_http::{Header, Method, Response, Server};

const CODE_LIFETIME: Duration = Duration::from_secs(60);
const REFRESH_LIMIT: usize = 10;
const REFRESH_WINDOW: Duration = Duration::from_secs(600);
pub const TEST_EMAIL: &str = "tester@example.com";

struct Grant {
    client_id: String,
    redirect_uri: String,
    scope: String,
    challenge: Option<String>,
    issued: Instant,
    used: bool,
    /// How long the code works (a Self Client's: the 3 to 10 minutes chosen in the console).
    lifetime: Duration,
    /// A Self Client code: exchanged with no redirect URI.
    self_client: bool,
}

struct RefreshGrant {
    client_id: String,
    scope: String,
    minted: Vec<Instant>,
    /// Access tokens made from it: revoking it ends them too.
    access_tokens: Vec<String>,
}

/// Knobs a test turns.
#[derive(Debug)]
pub struct Behaviour {
    /// Answer the consent screen with "Deny".
    pub deny: bool,
    /// The `accounts-server` the callback names (default: the emulator itself).
    pub accounts_server: Option<String>,
    pub location: String,
    /// Lifetime of access tokens from a code exchange, and from a refresh.
    pub code_expires_in: u64,
    pub refresh_expires_in: u64,
    /// Who signs in (what user info answers).
    pub email: String,
    /// How long a refresh takes to answer (a slow or hung Zoho).
    pub refresh_delay: Duration,
    /// How long a refresh's answer is held after the token was minted (an answer still on its
    /// way when something else happens at Zoho, a revoke for one).
    pub refresh_hold: Duration,
}

/// An access token Zoho made: for whom, with which scopes (comma-separated, as granted).
struct Issued {
    email: String,
    scope: String,
}

/// An API call as the emulator received it.
#[derive(Debug, Clone)]
pub struct ApiCall {
    pub method: String,
    /// Path and query.
    pub url: String,
    pub authorization: String,
    pub content_type: String,
    /// Headers other than Authorization, as sent.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

#[derive(Default)]
struct State {
    clients: HashMap<String, (String, Vec<String>)>,
    grants: HashMap<String, Grant>,
    refresh_tokens: HashMap<String, RefreshGrant>,
    access_tokens: HashMap<String, Issued>,
    api_calls: Vec<ApiCall>,
    /// How many API calls from now answer 429.
    api_rate_limited: usize,
    requests: Vec<String>,
    refreshes: usize,
    exchanges: usize,
    revocations: usize,
    last_access_token: Option<String>,
    pkce_checked: usize,
}

/// The emulator: an HTTP server on 127.0.0.1 with a random port.
pub struct ZohoEmulator {
    server: Arc<Server>,
    url: String,
    state: Arc<Mutex<State>>,
    behaviour: Arc<Mutex<Behaviour>>,
    thread: Option<JoinHandle<()>>,
}

static COUNTER: AtomicU64 = AtomicU64::new(1);

fn random_hex() -> String {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let digest = sha2::Sha256::digest(format!("{n}-{t}-{}", std::process::id()));
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

fn json(body: serde_json::Value) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string(body.to_string())
        .with_header(Header::from_bytes("Content-Type", "application/json").unwrap())
}

fn form(text: &str) -> HashMap<String, String> {
    url::form_urlencoded::parse(text.as_bytes())
        .into_owned()
        .collect()
}

impl ZohoEmulator {
    pub fn start() -> Self {
        let server = Arc::new(Server::http("127.0.0.1:0").expect("the emulator binds"));
        let url = format!(
            "http://127.0.0.1:{}",
            server.server_addr().to_ip().unwrap().port()
        );
        let state = Arc::new(Mutex::new(State::default()));
        let behaviour = Arc::new(Mutex::new(Behaviour {
            deny: false,
            accounts_server: None,
            location: "us".into(),
            code_expires_in: 3600,
            refresh_expires_in: 3600,
            email: TEST_EMAIL.to_string(),
            refresh_delay: Duration::ZERO,
            refresh_hold: Duration::ZERO,
        }));
        let thread = {
            let (server, state, behaviour, url) = (
                server.clone(),
                state.clone(),
                behaviour.clone(),
                url.clone(),
            );
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    let state = state.clone();
                    let behaviour = behaviour.clone();
                    let url = url.clone();
                    // Concurrent clients are served concurrently, like the real server.
                    std::thread::spawn(move || handle(request, &state, &behaviour, &url));
                }
            })
        };
        ZohoEmulator {
            server,
            url,
            state,
            behaviour,
            thread: Some(thread),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// What the API console's Self Client makes: a grant code for `scopes` that lives
    /// `minutes`, as the DOWNLOAD button's `self_client.json` holds it (the client is registered
    /// here with no redirect URI). `expired` dates the file (and the code) in the past.
    pub fn self_client_json(
        &self,
        client_id: &str,
        secret: &str,
        scopes: &[&str],
        minutes: u64,
        expired: bool,
    ) -> String {
        let mut s = self.state.lock().unwrap();
        s.clients
            .insert(client_id.to_string(), (secret.to_string(), Vec::new()));
        let code = format!("1000.{}.{}", random_hex(), random_hex());
        let lifetime = if expired {
            Duration::ZERO
        } else {
            Duration::from_secs(minutes * 60)
        };
        s.grants.insert(
            code.clone(),
            Grant {
                client_id: client_id.to_string(),
                redirect_uri: String::new(),
                scope: scopes.join(","),
                challenge: None,
                issued: Instant::now(),
                used: false,
                lifetime,
                self_client: true,
            },
        );
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as u64;
        let expiry_time = if expired {
            now_ms - 60_000
        } else {
            now_ms + minutes * 60_000
        };
        serde_json::json!({
            "scope": scopes,
            "expiry_time": expiry_time,
            "client_id": client_id,
            "client_secret": secret,
            "code": code,
            "grant_type": "authorization_code"
        })
        .to_string()
    }

    pub fn register_client(&self, id: &str, secret: &str, redirect_uris: &[&str]) {
        self.state.lock().unwrap().clients.insert(
            id.to_string(),
            (
                secret.to_string(),
                redirect_uris.iter().map(ToString::to_string).collect(),
            ),
        );
    }

    pub fn behave(&self, change: impl FnOnce(&mut Behaviour)) {
        change(&mut self.behaviour.lock().unwrap());
    }

    /// Every request line seen, in order.
    pub fn requests(&self) -> Vec<String> {
        self.state.lock().unwrap().requests.clone()
    }

    pub fn refreshes(&self) -> usize {
        self.state.lock().unwrap().refreshes
    }

    pub fn exchanges(&self) -> usize {
        self.state.lock().unwrap().exchanges
    }

    /// Whether Zoho still accepts an access token (for user info, say).
    pub fn access_token_valid(&self, token: &str) -> bool {
        self.state.lock().unwrap().access_tokens.contains_key(token)
    }

    /// How many refresh tokens were revoked through the revoke endpoint.
    pub fn revocations(&self) -> usize {
        self.state.lock().unwrap().revocations
    }

    pub fn pkce_checked(&self) -> usize {
        self.state.lock().unwrap().pkce_checked
    }

    pub fn last_access_token(&self) -> Option<String> {
        self.state.lock().unwrap().last_access_token.clone()
    }

    /// Every refresh token issued so far (to look for them where they must not be).
    pub fn refresh_tokens(&self) -> Vec<String> {
        self.state
            .lock()
            .unwrap()
            .refresh_tokens
            .keys()
            .cloned()
            .collect()
    }

    /// Forgets every refresh token, as Zoho does past 20 per user.
    pub fn revoke_all(&self) {
        self.state.lock().unwrap().refresh_tokens.clear();
    }

    /// Ends every access token made so far, as an expiry or a revoke at Zoho does: API calls
    /// with them answer 401 `INVALID_TOKEN`; refresh tokens keep working.
    pub fn end_access_tokens(&self) {
        self.state.lock().unwrap().access_tokens.clear();
    }

    /// The next `calls` API calls answer 429, as Zoho's API rate limit does.
    pub fn rate_limit_api(&self, calls: usize) {
        self.state.lock().unwrap().api_rate_limited = calls;
    }

    /// Every API call received (the CRM paths), in order.
    pub fn api_calls(&self) -> Vec<ApiCall> {
        self.state.lock().unwrap().api_calls.clone()
    }
}

impl std::fmt::Debug for ZohoEmulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ZohoEmulator")
            .field("url", &self.url)
            .finish_non_exhaustive()
    }
}

impl Drop for ZohoEmulator {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn handle(
    mut request: tiny_http::Request,
    state: &Mutex<State>,
    behaviour: &Mutex<Behaviour>,
    base: &str,
) {
    let method = request.method().clone();
    let full = request.url().to_string();
    state
        .lock()
        .unwrap()
        .requests
        .push(format!("{method} {full}"));
    let (path, query) = full.split_once('?').unwrap_or((&full, ""));
    let mut body = String::new();
    let _ = request.as_reader().read_to_string(&mut body);
    let response = match (&method, path) {
        (Method::Get, "/oauth/v2/auth") => authorize(&form(query), state, behaviour, base),
        (Method::Post, "/oauth/v2/token") => {
            let mut params = form(query);
            params.extend(form(&body));
            json(token(&params, state, behaviour))
        }
        (Method::Get, "/oauth/user/info") => {
            let auth = request
                .headers()
                .iter()
                .find(|h| h.field.equiv("Authorization"))
                .map(|h| h.value.as_str().to_string())
                .unwrap_or_default();
            let token = auth.strip_prefix("Zoho-oauthtoken ").unwrap_or("");
            match state.lock().unwrap().access_tokens.get(token) {
                Some(issued) => json(serde_json::json!({
                    "First_Name": "Test", "Last_Name": "User", "Email": issued.email,
                    "Display_Name": "Test User", "ZUID": 12345
                })),
                None => {
                    json(serde_json::json!({"error": "invalid_oauthtoken"})).with_status_code(401)
                }
            }
        }
        (Method::Post, "/oauth/v2/token/revoke") => {
            let token = form(query).remove("token").unwrap_or_default();
            let mut s = state.lock().unwrap();
            if let Some(grant) = s.refresh_tokens.remove(&token) {
                for access in grant.access_tokens {
                    s.access_tokens.remove(&access);
                }
                s.revocations += 1;
                json(serde_json::json!({"status": "success"}))
            } else {
                json(serde_json::json!({"status": "failure"})).with_status_code(400)
            }
        }
        (_, api) if api.starts_with("/crm/") => {
            crm(&request, &method, &full, path, query, body, state)
        }
        _ => Response::from_string("not found").with_status_code(404),
    };
    let _ = request.respond(response);
}

/// A Zoho API error: JSON with its HTTP status, as CRM answers
/// (<https://www.zoho.com/crm/developer/docs/api/v8/status-codes.html>).
fn api_error(status: u16, code: &str, message: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    json(serde_json::json!({
        "code": code, "details": {}, "message": message, "status": "error"
    }))
    .with_status_code(status)
}

/// CRM-shaped calls: `GET /crm/v8/org`, `GET /crm/v8/users?type=CurrentUser`, `GET
/// /crm/v8/Leads?fields=...`, `POST /crm/v8/Leads`. Each checks the token, then the scopes its call needs (any one of them).
fn crm(
    request: &tiny_http::Request,
    method: &Method,
    full: &str,
    path: &str,
    query: &str,
    body: String,
    state: &Mutex<State>,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let header = |name: &'static str| {
        request
            .headers()
            .iter()
            .find(|h| h.field.equiv(name))
            .map(|h| h.value.as_str().to_string())
            .unwrap_or_default()
    };
    let authorization = header("Authorization");
    let mut s = state.lock().unwrap();
    s.api_calls.push(ApiCall {
        method: method.to_string(),
        url: full.to_string(),
        authorization: authorization.clone(),
        content_type: header("Content-Type"),
        headers: request
            .headers()
            .iter()
            .filter(|h| !h.field.equiv("Authorization"))
            .map(|h| (h.field.to_string(), h.value.to_string()))
            .collect(),
        body: body.clone(),
    });
    if s.api_rate_limited > 0 {
        s.api_rate_limited -= 1;
        return api_error(
            429,
            "TOO_MANY_REQUESTS",
            "The number of requests exceeded the limit",
        );
    }
    let token = authorization
        .strip_prefix("Zoho-oauthtoken ")
        .unwrap_or_default();
    let Some(issued) = s.access_tokens.get(token) else {
        return api_error(401, "INVALID_TOKEN", "invalid oauth token");
    };
    let granted: Vec<String> = issued
        .scope
        .split(',')
        .map(|scope| scope.trim().to_ascii_lowercase())
        .collect();
    let (needs, answer): (&[&str], serde_json::Value) = match (method, path) {
        (Method::Get, "/crm/v8/org") => (
            &["ZohoCRM.org.READ", "ZohoCRM.org.ALL"],
            serde_json::json!({"org": [{
                "company_name": "Acme Ltd", "id": "4150868000000225013",
                "primary_email": issued.email, "country_code": "US", "currency": "US Dollar"
            }]}),
        ),
        (Method::Get, "/crm/v8/users")
            if form(query).get("type").map(String::as_str) == Some("CurrentUser") =>
        {
            (
                &["ZohoCRM.users.READ", "ZohoCRM.users.ALL"],
                serde_json::json!({"users": [{
                    "full_name": "Test User", "email": issued.email, "id": "4150868000000225001",
                    "status": "active", "role": {"name": "CEO"}
                }]}),
            )
        }
        (Method::Get, "/crm/v8/Leads") => {
            if !form(query).contains_key("fields") {
                return api_error(
                    400,
                    "REQUIRED_PARAM_MISSING",
                    "One of the expected parameter is missing",
                );
            }
            (
                &[
                    "ZohoCRM.modules.ALL",
                    "ZohoCRM.modules.READ",
                    "ZohoCRM.modules.leads.ALL",
                    "ZohoCRM.modules.leads.READ",
                ],
                serde_json::json!({"data": [{"Last_Name": "Doe", "id": "4150868000000300001"}],
                    "info": {"per_page": 1, "count": 1, "page": 1, "more_records": false}}),
            )
        }
        (Method::Post, "/crm/v8/Leads") => {
            let records = serde_json::from_str::<serde_json::Value>(&body)
                .ok()
                .and_then(|sent| sent["data"].as_array().map(Vec::len));
            let Some(records) = records else {
                return api_error(
                    400,
                    "INVALID_DATA",
                    "the body is not a JSON object with data",
                );
            };
            (
                &[
                    "ZohoCRM.modules.ALL",
                    "ZohoCRM.modules.leads.ALL",
                    "ZohoCRM.modules.leads.CREATE",
                ],
                serde_json::json!({"data": (0..records).map(|n| serde_json::json!({
                    "code": "SUCCESS", "status": "success", "message": "record added",
                    "details": {"id": format!("41508680000002{n:05}")}
                })).collect::<Vec<_>>()}),
            )
        }
        _ => {
            return api_error(
                404,
                "INVALID_URL_PATTERN",
                "Please check if the URL trying to access is a correct one",
            )
        }
    };
    if !needs
        .iter()
        .any(|scope| granted.contains(&scope.to_ascii_lowercase()))
    {
        return api_error(
            401,
            "OAUTH_SCOPE_MISMATCH",
            "invalid oauth scope to access this URL",
        );
    }
    let status = if *method == Method::Post { 201 } else { 200 };
    json(answer)
        .with_status_code(status)
        .with_header(Header::from_bytes("X-RATELIMIT-REMAINING", "99").unwrap())
}

fn authorize(
    q: &HashMap<String, String>,
    state: &Mutex<State>,
    behaviour: &Mutex<Behaviour>,
    base: &str,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut s = state.lock().unwrap();
    let b = behaviour.lock().unwrap();
    let client_id = q.get("client_id").cloned().unwrap_or_default();
    let redirect_uri = q.get("redirect_uri").cloned().unwrap_or_default();
    let Some((_, registered)) = s.clients.get(&client_id) else {
        return Response::from_string(
            "Invalid client: this client ID is unknown in this data centre",
        )
        .with_status_code(400);
    };
    // Exact match: port, path and trailing slash all count; 127.0.0.1 is never registered.
    if !registered.contains(&redirect_uri) {
        return Response::from_string("Invalid redirect URI").with_status_code(400);
    }
    if q.get("response_type").map(String::as_str) != Some("code") {
        return Response::from_string("response_type must be code").with_status_code(400);
    }
    let state_param = q.get("state").cloned().unwrap_or_default();
    let mut target = url::Url::parse(&redirect_uri).unwrap();
    if b.deny {
        target
            .query_pairs_mut()
            .append_pair("error", "access_denied")
            .append_pair("state", &state_param);
    } else {
        let code = format!("1000.{}.{}", random_hex(), random_hex());
        s.grants.insert(
            code.clone(),
            Grant {
                client_id,
                redirect_uri: redirect_uri.clone(),
                scope: q.get("scope").cloned().unwrap_or_default(),
                challenge: q.get("code_challenge").cloned(),
                issued: Instant::now(),
                used: false,
                lifetime: CODE_LIFETIME,
                self_client: false,
            },
        );
        target
            .query_pairs_mut()
            .append_pair("code", &code)
            .append_pair("location", &b.location)
            .append_pair(
                "accounts-server",
                b.accounts_server.as_deref().unwrap_or(base),
            )
            .append_pair("state", &state_param);
    }
    Response::from_string("")
        .with_status_code(302)
        .with_header(Header::from_bytes("Location", target.as_str()).unwrap())
}

fn token(
    q: &HashMap<String, String>,
    state: &Mutex<State>,
    behaviour: &Mutex<Behaviour>,
) -> serde_json::Value {
    let refresh = q.get("grant_type").map(String::as_str) == Some("refresh_token");
    if refresh {
        let delay = behaviour.lock().unwrap().refresh_delay;
        std::thread::sleep(delay);
    }
    let answer = token_answer(q, state, behaviour);
    if refresh {
        let hold = behaviour.lock().unwrap().refresh_hold;
        std::thread::sleep(hold);
    }
    answer
}

fn token_answer(
    q: &HashMap<String, String>,
    state: &Mutex<State>,
    behaviour: &Mutex<Behaviour>,
) -> serde_json::Value {
    let mut s = state.lock().unwrap();
    let b = behaviour.lock().unwrap();
    let client_id = q.get("client_id").cloned().unwrap_or_default();
    match s.clients.get(&client_id) {
        Some((secret, _)) if Some(secret) == q.get("client_secret") => {}
        _ => return serde_json::json!({"error": "invalid_client"}),
    }
    let api_domain = format!(
        "https://www.zohoapis.{}",
        if b.location == "us" {
            "com"
        } else {
            &b.location
        }
    );
    match q.get("grant_type").map(String::as_str) {
        Some("authorization_code") => {
            s.exchanges += 1;
            let code = q.get("code").cloned().unwrap_or_default();
            let Some(grant) = s.grants.get_mut(&code) else {
                return serde_json::json!({"error": "invalid_code"});
            };
            if grant.used || grant.issued.elapsed() > grant.lifetime || grant.client_id != client_id
            {
                return serde_json::json!({"error": "invalid_code"});
            }
            // A Self Client code has no redirect URI; one sent with it is refused.
            let sent = q.get("redirect_uri");
            let fits = if grant.self_client {
                sent.is_none()
            } else {
                Some(&grant.redirect_uri) == sent
            };
            if !fits {
                return serde_json::json!({"error": "invalid_redirect_uri"});
            }
            let mut pkce_checked = false;
            if let Some(challenge) = &grant.challenge {
                let verifier = q.get("code_verifier").cloned().unwrap_or_default();
                let computed = base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .encode(sha2::Sha256::digest(verifier.as_bytes()));
                if &computed != challenge {
                    return serde_json::json!({"error": "invalid_code"});
                }
                pkce_checked = true;
            }
            grant.used = true;
            let scope = grant.scope.clone();
            let refresh = format!("1000.{}.{}", random_hex(), random_hex());
            let access = format!("1000.{}.{}", random_hex(), random_hex());
            s.refresh_tokens.insert(
                refresh.clone(),
                RefreshGrant {
                    client_id,
                    scope: scope.clone(),
                    minted: Vec::new(),
                    access_tokens: vec![access.clone()],
                },
            );
            s.access_tokens.insert(
                access.clone(),
                Issued {
                    email: b.email.clone(),
                    scope: scope.clone(),
                },
            );
            s.last_access_token = Some(access.clone());
            if pkce_checked {
                s.pkce_checked += 1;
            }
            serde_json::json!({
                "access_token": access, "refresh_token": refresh, "scope": scope,
                "api_domain": api_domain, "token_type": "Bearer", "expires_in": b.code_expires_in
            })
        }
        Some("refresh_token") => {
            s.refreshes += 1;
            let token = q.get("refresh_token").cloned().unwrap_or_default();
            let Some(grant) = s.refresh_tokens.get_mut(&token) else {
                return serde_json::json!({"error": "invalid_code"});
            };
            if grant.client_id != client_id {
                return serde_json::json!({"error": "invalid_code"});
            }
            grant.minted.retain(|t| t.elapsed() < REFRESH_WINDOW);
            if grant.minted.len() >= REFRESH_LIMIT {
                return serde_json::json!({
                    "error": "Access Denied",
                    "error_description": "You have made too many requests continuously. Please try again after some time.",
                    "status": "failure"
                });
            }
            grant.minted.push(Instant::now());
            let scope = grant.scope.clone();
            let access = format!("1000.{}.{}", random_hex(), random_hex());
            grant.access_tokens.push(access.clone());
            s.access_tokens.insert(
                access.clone(),
                Issued {
                    email: b.email.clone(),
                    scope: scope.clone(),
                },
            );
            s.last_access_token = Some(access.clone());
            serde_json::json!({
                "access_token": access, "scope": scope, "api_domain": api_domain,
                "token_type": "Bearer", "expires_in": b.refresh_expires_in
            })
        }
        _ => serde_json::json!({"error": "unsupported_grant_type"}),
    }
}
