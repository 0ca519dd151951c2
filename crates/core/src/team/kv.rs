//! Vault's KV version 2 HTTP API, which OpenBao shares: read, list, AppRole login, and one
//! check-and-set change that every write and delete goes through
//! (https://openbao.org/api-docs/secret/kv/kv-v2/,
//! https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2). Requests go through the
//! injected [`HttpClient`]; since the homes are synchronous and may be called from async code, they
//! run on a worker thread of their own.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use url::Url;
use zeroize::Zeroizing;

use super::auth::AppRole;
use super::settings::TeamSettings;
use super::token_sink::{self, KeptToken};
use crate::clock;
use crate::error::{Result, TeamError};
use crate::http::{HttpClient, HttpRequest, HttpResponse, Method};

/// How often a check-and-set change is tried again when another writer came first.
pub const CAS_ATTEMPTS: usize = 8;
/// How long a cluster without an active node (a leader election) is waited for: elections take
/// seconds, more on a loaded machine (the soak saw over 15 s); longer means the cluster has lost
/// its quorum, or cannot elect.
pub const ELECTION_WAIT: Duration = Duration::from_secs(30);
/// How often the nodes are asked again meanwhile.
const ELECTION_POLL: Duration = Duration::from_millis(250);

type Job = (HttpRequest, mpsc::Sender<Result<HttpResponse>>);

/// A record as read: its current version (0 when there is none) and its data (`None` when
/// absent, deleted, or emptied).
#[derive(Debug)]
pub struct Versioned<T> {
    pub version: u64,
    pub data: Option<T>,
}

/// What a check-and-set change does with the record it read.
#[derive(Debug)]
pub enum Change<T> {
    /// Nothing to write.
    Keep,
    Write(T),
    /// Delete the record: emptied with check-and-set first, so a write made since the read is
    /// never deleted unseen, then removed with every version.
    Delete,
}

/// The KV v2 engine at one mount of one server, authenticated with one token (an AppRole's is
/// logged in for, kept, renewed, and replaced when the server no longer takes it).
pub struct KvClient {
    jobs: mpsc::Sender<Job>,
    /// The first address: the store's identity, whichever node answers.
    address: Url,
    /// Every node's address, the first one first.
    addresses: Vec<Url>,
    /// The node that answered last, asked first.
    current: AtomicUsize,
    /// Where the node that answered last is remembered between runs.
    remember: Option<PathBuf>,
    /// How long an election is waited for ([`ELECTION_WAIT`]; shorter in tests).
    election_wait: Duration,
    mount: String,
    namespace: Option<String>,
    token: RwLock<Option<SecretString>>,
    approle: Option<(AppRole, PathBuf)>,
    /// The storage state this process's last write reached (OpenBao's `X-Vault-Index`). Every
    /// later request names it with `X-Vault-Inconsistent: forward-active-node`, so a standby
    /// that has not caught up passes the request to the active node: a read-back reads what was
    /// written, not a standby's older copy.
    written: RwLock<Option<String>>,
}

impl std::fmt::Debug for KvClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KvClient")
            .field("address", &self.address.as_str())
            .field("mount", &self.mount)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    errors: Vec<String>,
}

#[derive(Deserialize)]
struct ReadBody {
    data: ReadData,
}

#[derive(Deserialize)]
struct ReadData {
    data: Option<serde_json::Value>,
    metadata: Option<VersionMeta>,
}

#[derive(Deserialize)]
struct VersionMeta {
    version: u64,
}

#[derive(Deserialize)]
struct WriteBody {
    data: VersionMeta,
}

#[derive(Serialize)]
struct WriteRequest<'a, T> {
    options: WriteOptions,
    data: &'a T,
}

#[derive(Serialize)]
struct WriteOptions {
    cas: u64,
}

#[derive(Deserialize)]
struct ListBody {
    data: ListData,
}

#[derive(Deserialize)]
struct ListData {
    keys: Vec<String>,
}

#[derive(Deserialize)]
struct LoginBody {
    auth: LoginAuth,
}

#[derive(Deserialize)]
struct LoginAuth {
    #[serde(default)]
    client_token: Option<String>,
    #[serde(default)]
    lease_duration: u64,
    #[serde(default)]
    renewable: bool,
}

impl Drop for LoginAuth {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.client_token);
    }
}

/// The outcome of one check-and-set write.
enum Written {
    Version(u64),
    Conflict,
}

impl KvClient {
    /// A client for the team store in `settings` over `http`, not yet authenticated.
    pub fn new(settings: &TeamSettings, http: Arc<dyn HttpClient>) -> Result<Self> {
        let (jobs, queue) = mpsc::channel::<Job>();
        let unreachable = |reason: String| TeamError::Unreachable {
            address: shown(&settings.address),
            reason,
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| unreachable(e.to_string()))?;
        std::thread::Builder::new()
            .name("zcw-team-store".into())
            .spawn(move || {
                for (request, answer) in queue {
                    let _ = answer.send(runtime.block_on(http.send(request)));
                }
            })
            .map_err(|e| unreachable(e.to_string()))?;
        Ok(KvClient {
            jobs,
            address: settings.address.clone(),
            addresses: settings.addresses().into_iter().cloned().collect(),
            current: AtomicUsize::new(0),
            remember: None,
            election_wait: ELECTION_WAIT,
            mount: settings.mount.clone(),
            namespace: settings.namespace.clone(),
            token: RwLock::new(None),
            approle: None,
            written: RwLock::new(None),
        })
    }

    /// Remembers in `file` which node answered last, and starts with the one it names.
    pub fn remember_node_in(&mut self, file: PathBuf) {
        if let Ok(text) = std::fs::read_to_string(&file) {
            if let Some(index) = self
                .addresses
                .iter()
                .position(|url| url.as_str() == text.trim())
            {
                self.current.store(index, Ordering::Relaxed);
            }
        }
        self.remember = Some(file);
    }

    pub fn set_token(&self, token: SecretString) {
        *self.token.write().unwrap_or_else(PoisonError::into_inner) = Some(token);
    }

    /// Signs in with an AppRole: the token kept in `sink` while it lasts (renewed when due),
    /// else a new login, kept there for the next run.
    pub fn use_approle(&mut self, approle: AppRole, sink: PathBuf) -> Result<()> {
        let kept = match approle.binding(&self.shown_address()) {
            Ok(binding) => token_sink::read(&sink, &binding),
            // The secret ID cannot be read: no kept token is used (the login says why).
            Err(_) => {
                token_sink::remove(&sink);
                None
            }
        };
        self.approle = Some((approle, sink));
        let now = clock::now();
        match kept {
            Some(kept) if kept.usable(now) => {
                let due = kept.due_for_renewal(now);
                self.set_token(kept.token);
                if due && self.renew_self().is_err() {
                    self.login()?;
                }
                Ok(())
            }
            _ => self.login(),
        }
    }

    /// Logs in with the AppRole, and keeps the token it gives.
    fn login(&self) -> Result<()> {
        let Some((approle, sink)) = &self.approle else {
            return Err(TeamError::TokenMissing.into());
        };
        let secret_id = approle.secret_id()?;
        let auth = self.approle_login(&approle.role_id, &secret_id)?;
        let token = auth
            .client_token
            .clone()
            .ok_or_else(|| TeamError::AppRoleRefused {
                reason: "the answer held no token".into(),
            })?;
        // Bound to the secret ID it logged in with (the file may change meanwhile).
        let binding = approle.binding_of(&self.shown_address(), &secret_id);
        self.keep(SecretString::from(token), &auth, &binding, sink)
    }

    /// Extends the kept token's TTL (`auth/token/renew-self`).
    fn renew_self(&self) -> Result<()> {
        let Some((approle, sink)) = &self.approle else {
            return Ok(());
        };
        let binding = approle.binding(&self.shown_address())?;
        let url = self.url("auth/token/renew-self", &[]);
        let (status, answer) =
            self.send_once(&|| HttpRequest::post_json(url.clone(), Zeroizing::new("{}".into())))?;
        if status != 200 {
            return Err(self.failure(status, &answer, "update", "auth/token/renew-self"));
        }
        let auth = serde_json::from_str::<LoginBody>(&answer)
            .map_err(|e| self.unreadable(&["auth", "token", "renew-self"], &e))?
            .auth;
        let token = self
            .token
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .ok_or(TeamError::TokenMissing)?;
        self.keep(token, &auth, &binding, sink)
    }

    fn keep(
        &self,
        token: SecretString,
        auth: &LoginAuth,
        binding: &token_sink::Binding,
        sink: &std::path::Path,
    ) -> Result<()> {
        let kept = KeptToken {
            token,
            // Vault gives no TTL to a token that does not expire.
            expires_at: (auth.lease_duration > 0).then(|| clock::now() + auth.lease_duration),
            ttl: auth.lease_duration,
            renewable: auth.renewable,
        };
        token_sink::write(sink, binding, &kept)?;
        self.set_token(kept.token);
        Ok(())
    }

    pub fn address(&self) -> &Url {
        &self.address
    }

    /// The store's address as people write it (without the trailing `/`): its first one.
    pub fn shown_address(&self) -> String {
        shown(&self.address)
    }

    /// Every address, for messages about the cluster as a whole.
    fn shown_addresses(&self) -> String {
        self.addresses
            .iter()
            .map(shown)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// `/v1/{api_path}` on the first node (sent to whichever node answers); `segments` are
    /// percent-encoded one by one.
    fn url(&self, api_path: &str, segments: &[&str]) -> Url {
        let mut url = self.address.clone();
        {
            let mut path = url
                .path_segments_mut()
                .expect("an http(s) address has a path");
            path.clear().push("v1");
            path.extend(api_path.split('/'));
            path.extend(segments);
        }
        url
    }

    /// Sends a request (built by `request`, again if it must be resent); the status and body
    /// come back. An AppRole token the server no longer takes (expired, revoked: a 403 that
    /// lookup-self confirms) is replaced by a new login, and the request sent once more.
    fn send(&self, request: &dyn Fn() -> HttpRequest) -> Result<(u16, Zeroizing<String>)> {
        let answer = self.send_once(request)?;
        if answer.0 == 403 && self.approle.is_some() && self.token_rejected() {
            self.login()?;
            return self.send_once(request);
        }
        Ok(answer)
    }

    /// Sends one request with this client's token.
    fn send_once(&self, request: &dyn Fn() -> HttpRequest) -> Result<(u16, Zeroizing<String>)> {
        self.dispatch(request, true)
    }

    /// Sends a request to the node that answered last, and on to the next when one does not
    /// answer (refused, timed out), is sealed, or is a standby that cannot serve it (a 307 to an
    /// active node that is gone, or "waiting for the primary": an election is on). While no node can serve, asks again until
    /// [`ELECTION_WAIT`] has passed.
    fn dispatch(
        &self,
        request: &dyn Fn() -> HttpRequest,
        with_token: bool,
    ) -> Result<(u16, Zeroizing<String>)> {
        let deadline = Instant::now() + self.election_wait;
        let nodes = self.addresses.len();
        loop {
            let first = self.current.load(Ordering::Relaxed);
            let (mut down, mut electing, mut refused) = (Vec::new(), false, None);
            for step in 0..nodes {
                let index = (first + step) % nodes;
                let mut one = request();
                one.url = on(&self.addresses[index], &one.url);
                match self.send_to(one, with_token, index) {
                    Ok((307 | 308, _)) => electing = true,
                    // A standby without an active node cannot tell a KV v2 mount's version, or
                    // has no active node to forward to.
                    Ok((400, body)) if body.contains("Waiting for the primary") => electing = true,
                    Ok((500, body)) if body.contains("active cluster node not found") => {
                        electing = true;
                    }
                    // Sealed: another node may be unsealed.
                    Ok((503, body)) if nodes > 1 => refused = Some((503, body)),
                    Ok(answer) => {
                        self.answered(index);
                        return Ok(answer);
                    }
                    Err(reason) => down.push(reason),
                }
            }
            if electing && Instant::now() < deadline {
                std::thread::sleep(ELECTION_POLL);
                continue;
            }
            if electing {
                // A majority still answering can elect: it has not lost its quorum.
                return Err(if down.len() * 2 < nodes {
                    TeamError::NoActiveNode {
                        addresses: self.shown_addresses(),
                        seconds: self.election_wait.as_secs(),
                    }
                } else {
                    TeamError::QuorumLost {
                        addresses: self.shown_addresses(),
                        down: down.len(),
                        nodes,
                    }
                }
                .into());
            }
            if let Some(answer) = refused {
                return Ok(answer);
            }
            let reason = down.pop().unwrap_or_default();
            return Err(TeamError::Unreachable {
                address: self.shown_addresses(),
                reason,
            }
            .into());
        }
    }

    /// Notes the node that answered, between runs too.
    fn answered(&self, index: usize) {
        if self.current.swap(index, Ordering::Relaxed) != index {
            if let Some(file) = &self.remember {
                let _ = crate::atomic_file::write_atomically(
                    file,
                    self.addresses[index].as_str().as_bytes(),
                );
            }
        }
    }

    /// Sends one request to one node on the worker thread; a network failure comes back as its
    /// reason.
    fn send_to(
        &self,
        request: HttpRequest,
        with_token: bool,
        index: usize,
    ) -> std::result::Result<(u16, Zeroizing<String>), String> {
        let mut request = request.with_header("X-Vault-Request", "true");
        if with_token {
            if let Some(token) = &*self.token.read().unwrap_or_else(PoisonError::into_inner) {
                request = request.with_header("X-Vault-Token", token.expose_secret());
            }
        }
        if let Some(namespace) = &self.namespace {
            request = request.with_header("X-Vault-Namespace", namespace);
        }
        if let Some(index) = &*self.written.read().unwrap_or_else(PoisonError::into_inner) {
            request = request
                .with_header("X-Vault-Index", index)
                .with_header("X-Vault-Inconsistent", "forward-active-node");
        }
        let writes = !matches!(request.method, Method::Get | Method::List);
        let stopped = || "the HTTP worker stopped".to_string();
        let (tx, rx) = mpsc::channel();
        self.jobs.send((request, tx)).map_err(|_| stopped())?;
        match rx.recv().map_err(|_| stopped())? {
            Ok(response) => {
                // Only a write's index: a standby's answer to a read may name an older state.
                if let (true, Some(index)) = (writes, response.vault_index) {
                    *self.written.write().unwrap_or_else(PoisonError::into_inner) = Some(index);
                }
                Ok((response.status, response.body))
            }
            Err(crate::Error::Network(e)) if self.addresses.len() > 1 => {
                Err(format!("{}: {}", shown(&self.addresses[index]), e.reason()))
            }
            Err(crate::Error::Network(e)) => Err(e.reason()),
            Err(other) => Err(other.with_details()),
        }
    }

    /// The error for an answer that is not a success, worded for `capability` on `path`.
    fn failure(
        &self,
        status: u16,
        body: &str,
        capability: &'static str,
        path: &str,
    ) -> crate::Error {
        let errors = serde_json::from_str::<ErrorBody>(body)
            .map(|b| b.errors.join("; "))
            .unwrap_or_default();
        let address = shown(&self.address);
        match status {
            503 if errors.to_lowercase().contains("sealed") => TeamError::Sealed { address }.into(),
            403 if self.token_rejected() => TeamError::TokenRejected { address }.into(),
            403 => TeamError::PermissionDenied {
                capability,
                path: path.to_string(),
            }
            .into(),
            _ => TeamError::Answer {
                address,
                status,
                message: if errors.is_empty() {
                    "no explanation".into()
                } else {
                    errors
                },
            }
            .into(),
        }
    }

    /// Whether the server refuses the token itself (expired, revoked, unknown) rather than one
    /// path: a token can always look itself up.
    fn token_rejected(&self) -> bool {
        let url = self.url("auth/token/lookup-self", &[]);
        matches!(
            self.send_once(&|| HttpRequest::get(url.clone())),
            Ok((403, _))
        )
    }

    fn data_path(&self, path: &[&str]) -> String {
        format!("{}/data/{}", self.mount, path.join("/"))
    }

    /// Reads the latest version of a record.
    pub fn read<T: DeserializeOwned>(&self, path: &[&str]) -> Result<Versioned<T>> {
        let url = self.url(&format!("{}/data", self.mount), path);
        let (status, body) = self.send(&|| HttpRequest::get(url.clone()))?;
        let parsed = || serde_json::from_str::<ReadBody>(&body);
        match status {
            200 => {
                let read = parsed().map_err(|e| self.unreadable(path, &e))?;
                let version = read.data.metadata.map_or(0, |m| m.version);
                let data = match read.data.data {
                    // An emptied record (a delete half done) counts as none.
                    None | Some(serde_json::Value::Null) => None,
                    Some(serde_json::Value::Object(map)) if map.is_empty() => None,
                    Some(value) => {
                        Some(serde_json::from_value(value).map_err(|e| self.unreadable(path, &e))?)
                    }
                };
                Ok(Versioned { version, data })
            }
            // Absent, or its latest version deleted: the version still counts for check-and-set.
            404 => Ok(Versioned {
                version: parsed()
                    .ok()
                    .and_then(|b| b.data.metadata)
                    .map_or(0, |m| m.version),
                data: None,
            }),
            _ => Err(self.failure(status, &body, "read", &self.data_path(path))),
        }
    }

    /// Writes a record only if its version is still `cas` (0: only if there is none).
    fn write<T: Serialize>(&self, path: &[&str], data: &T, cas: u64) -> Result<Written> {
        let url = self.url(&format!("{}/data", self.mount), path);
        let body = Zeroizing::new(
            serde_json::to_string(&WriteRequest {
                options: WriteOptions { cas },
                data,
            })
            .expect("records serialise"),
        );
        let (status, answer) = self.send(&|| HttpRequest::post_json(url.clone(), body.clone()))?;
        match status {
            200 | 204 => Ok(Written::Version(
                serde_json::from_str::<WriteBody>(&answer)
                    .map(|b| b.data.version)
                    .unwrap_or(cas + 1),
            )),
            400 if answer.contains("check-and-set") => Ok(Written::Conflict),
            _ => Err(self.failure(
                status,
                &answer,
                if cas == 0 { "create" } else { "update" },
                &self.data_path(path),
            )),
        }
    }

    /// Removes a record and every version of it.
    fn destroy(&self, path: &[&str]) -> Result<()> {
        let url = self.url(&format!("{}/metadata", self.mount), path);
        let (status, body) = self.send(&|| HttpRequest::new(Method::Delete, url.clone()))?;
        match status {
            200 | 204 | 404 => Ok(()),
            _ => Err(self.failure(
                status,
                &body,
                "delete",
                &format!("{}/metadata/{}", self.mount, path.join("/")),
            )),
        }
    }

    /// Reads a record, lets `decide` change it, and writes the change with check-and-set; when
    /// another writer came first, reads again and decides again, up to [`CAS_ATTEMPTS`] times.
    /// Returns what `decide` returned with the change that was written, and the new version.
    pub fn change<T, R>(
        &self,
        path: &[&str],
        mut decide: impl FnMut(Versioned<T>) -> Result<(Change<T>, R)>,
    ) -> Result<(R, u64)>
    where
        T: Serialize + DeserializeOwned,
    {
        for _ in 0..CAS_ATTEMPTS {
            let read = self.read::<T>(path)?;
            let (version, existed) = (read.version, read.data.is_some());
            let (change, result) = decide(read)?;
            match change {
                Change::Keep => return Ok((result, version)),
                Change::Write(record) => {
                    if let Written::Version(v) = self.write(path, &record, version)? {
                        return Ok((result, v));
                    }
                }
                Change::Delete if !existed && version == 0 => return Ok((result, 0)),
                Change::Delete => {
                    let empty = serde_json::Map::new();
                    if let Written::Version(_) = self.write(path, &empty, version)? {
                        self.destroy(path)?;
                        return Ok((result, 0));
                    }
                }
            }
        }
        Err(TeamError::Conflict {
            path: path.join("/"),
        }
        .into())
    }

    /// The keys under a folder (sub-folders end in `/`); none when the folder does not exist.
    pub fn list(&self, path: &[&str]) -> Result<Vec<String>> {
        let url = self.url(&format!("{}/metadata", self.mount), path);
        let (status, body) = self.send(&|| HttpRequest::new(Method::List, url.clone()))?;
        match status {
            200 => Ok(serde_json::from_str::<ListBody>(&body)
                .map_err(|e| self.unreadable(path, &e))?
                .data
                .keys),
            404 => Ok(Vec::new()),
            _ => Err(self.failure(
                status,
                &body,
                "list",
                &format!("{}/metadata/{}", self.mount, path.join("/")),
            )),
        }
    }

    /// Logs in with AppRole (`auth/approle/login`).
    fn approle_login(&self, role_id: &str, secret_id: &SecretString) -> Result<LoginAuth> {
        #[derive(Serialize)]
        struct Login<'a> {
            role_id: &'a str,
            secret_id: &'a str,
        }
        let url = self.url("auth/approle/login", &[]);
        let body = Zeroizing::new(
            serde_json::to_string(&Login {
                role_id,
                secret_id: secret_id.expose_secret(),
            })
            .expect("a login serialises"),
        );
        // Without a token: a login is what gets one.
        let (status, answer) =
            self.dispatch(&|| HttpRequest::post_json(url.clone(), body.clone()), false)?;
        match status {
            200 => serde_json::from_str::<LoginBody>(&answer)
                .map(|b| b.auth)
                .map_err(|_| {
                    TeamError::AppRoleRefused {
                        reason: "the answer held no token".into(),
                    }
                    .into()
                }),
            400 | 403 => Err(TeamError::AppRoleRefused {
                reason: serde_json::from_str::<ErrorBody>(&answer)
                    .map(|b| b.errors.join("; "))
                    .unwrap_or_default(),
            }
            .into()),
            _ => Err(self.failure(status, &answer, "update", "auth/approle/login")),
        }
    }

    fn unreadable(&self, path: &[&str], e: &serde_json::Error) -> crate::Error {
        // Not serde's own text: it can quote the value it choked on, which may be a secret.
        TeamError::RecordUnreadable {
            path: self.data_path(path),
            reason: format!(
                "{:?} at line {} column {}",
                e.classify(),
                e.line(),
                e.column()
            ),
        }
        .into()
    }
}

/// `url`'s path and query on the node at `base`.
fn on(base: &Url, url: &Url) -> Url {
    let mut moved = base.clone();
    moved.set_path(url.path());
    moved.set_query(url.query());
    moved
}

/// The server's address as people write it (without the trailing `/`).
fn shown(address: &Url) -> String {
    address.as_str().trim_end_matches('/').to_string()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::http::fake::CannedHttp;

    pub const CONFLICT: &str =
        r#"{"errors":["check-and-set parameter did not match the current version"]}"#;

    /// A read answer for `data` at `version`.
    pub fn record(version: u64, data: &serde_json::Value) -> String {
        serde_json::json!({"data": {"data": data, "metadata": {"version": version}}}).to_string()
    }

    pub fn written(version: u64) -> String {
        serde_json::json!({"data": {"version": version}}).to_string()
    }

    pub fn client(http: &Arc<CannedHttp>) -> KvClient {
        let settings = super::super::settings::TeamInput {
            address: "http://127.0.0.1:8200".into(),
            ..Default::default()
        }
        .settings()
        .unwrap();
        let kv = KvClient::new(&settings, http.clone()).unwrap();
        kv.set_token(SecretString::from("s.token"));
        kv
    }

    fn bump(read: Versioned<serde_json::Value>) -> Result<(Change<serde_json::Value>, ())> {
        let n = read
            .data
            .as_ref()
            .and_then(|d| d["n"].as_u64())
            .unwrap_or(0);
        Ok((Change::Write(serde_json::json!({ "n": n + 1 })), ()))
    }

    #[test]
    fn a_conflict_reads_again_and_the_second_write_lands() {
        let http = Arc::new(CannedHttp::new());
        http.answer(200, &record(3, &serde_json::json!({"n": 1})))
            .answer(400, CONFLICT)
            .answer(200, &record(4, &serde_json::json!({"n": 5})))
            .answer(200, &written(5));
        let kv = client(&http);
        let ((), version) = kv.change(&["zcw", "tokens", "crm"], bump).unwrap();
        assert_eq!(version, 5);
        let bodies = http.json_bodies();
        assert_eq!(
            bodies[1].as_deref(),
            Some(r#"{"options":{"cas":3},"data":{"n":2}}"#)
        );
        assert_eq!(
            bodies[3].as_deref(),
            Some(r#"{"options":{"cas":4},"data":{"n":6}}"#)
        );
        let seen = http.requests();
        assert_eq!(
            seen[0].1,
            "http://127.0.0.1:8200/v1/secret/data/zcw/tokens/crm"
        );
        let headers = &http.details.lock().unwrap()[0].1;
        assert!(headers.contains(&("X-Vault-Token".into(), "s.token".into())));
    }

    #[test]
    fn after_a_write_every_request_names_its_index_so_a_standby_cannot_answer_from_before_it() {
        let http = Arc::new(CannedHttp::new());
        let header = |request: usize, name: &str| {
            http.details.lock().unwrap()[request]
                .1
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        // A read before any write names no index; a read's own index is not taken up.
        http.answer_with_index(200, &record(3, &serde_json::json!({"n": 1})), "i-read")
            .answer_with_index(200, &written(4), "i-written")
            .answer(200, &record(4, &serde_json::json!({"n": 2})));
        let kv = client(&http);
        kv.change(&["zcw", "tokens", "crm"], bump).unwrap();
        assert_eq!(header(0, "X-Vault-Index"), None);
        assert_eq!(header(1, "X-Vault-Index"), None);
        kv.read::<serde_json::Value>(&["zcw", "tokens", "crm"])
            .unwrap();
        assert_eq!(header(2, "X-Vault-Index").as_deref(), Some("i-written"));
        assert_eq!(
            header(2, "X-Vault-Inconsistent").as_deref(),
            Some("forward-active-node")
        );
    }

    #[test]
    fn conflicts_to_the_limit_give_up_with_a_clear_error() {
        let http = Arc::new(CannedHttp::new());
        for v in 0..CAS_ATTEMPTS as u64 {
            http.answer(200, &record(v + 1, &serde_json::json!({"n": v})))
                .answer(400, CONFLICT);
        }
        let err = client(&http)
            .change(&["zcw", "tokens", "crm"], bump)
            .unwrap_err();
        assert_eq!(err.kind(), "team_conflict");
        assert_eq!(http.pending(), 0);
    }

    #[test]
    fn a_sealed_server_and_a_denied_path_are_told_apart() {
        let http = Arc::new(CannedHttp::new());
        http.answer(503, r#"{"errors":["Vault is sealed"]}"#);
        let kv = client(&http);
        let err = kv
            .read::<serde_json::Value>(&["zcw", "tokens", "crm"])
            .unwrap_err();
        assert_eq!(err.kind(), "team_sealed");
        // 403 on the path, while the token itself is fine (lookup-self answers 200).
        http.answer(403, r#"{"errors":["permission denied"]}"#)
            .answer(200, "{}");
        let err = kv
            .read::<serde_json::Value>(&["zcw", "tokens", "crm"])
            .unwrap_err();
        assert_eq!(err.kind(), "team_permission_denied");
        assert!(
            err.to_string().contains("secret/data/zcw/tokens/crm"),
            "{err}"
        );
        // 403 on the path and on lookup-self: the token is gone.
        http.answer(403, "{}").answer(403, "{}");
        let err = kv
            .read::<serde_json::Value>(&["zcw", "tokens", "crm"])
            .unwrap_err();
        assert_eq!(err.kind(), "team_token_rejected");
    }

    #[test]
    fn a_delete_empties_with_check_and_set_before_it_removes() {
        let http = Arc::new(CannedHttp::new());
        http.answer(200, &record(2, &serde_json::json!({"n": 1})))
            .answer(400, CONFLICT)
            .answer(200, &record(3, &serde_json::json!({"n": 2})))
            .answer(200, &written(4))
            .answer(204, "");
        let kv = client(&http);
        kv.change(
            &["zcw", "secrets", "crm"],
            |_: Versioned<serde_json::Value>| Ok((Change::Delete, ())),
        )
        .unwrap();
        let seen = http.requests();
        assert_eq!(seen.len(), 5);
        assert_eq!(
            http.json_bodies()[3].as_deref(),
            Some(r#"{"options":{"cas":3},"data":{}}"#)
        );
        assert_eq!(seen[4].0, Method::Delete);
        assert_eq!(
            seen[4].1,
            "http://127.0.0.1:8200/v1/secret/metadata/zcw/secrets/crm"
        );
        // An emptied record reads as none.
        http.answer(200, &record(4, &serde_json::json!({})));
        let read = kv
            .read::<serde_json::Value>(&["zcw", "secrets", "crm"])
            .unwrap();
        assert_eq!((read.version, read.data), (4, None));
    }

    /// What the test AppRole's token is bound to (its secret ID as `approle_client` writes it).
    fn test_binding(dir: &std::path::Path) -> token_sink::Binding {
        let secret_id_file = dir.join("secret-id");
        if !secret_id_file.exists() {
            std::fs::write(&secret_id_file, "sid\n").unwrap();
        }
        AppRole {
            role_id: "role".into(),
            secret_id_file,
        }
        .binding("http://127.0.0.1:8200")
        .unwrap()
    }

    /// An AppRole client over `http`, its secret ID in a file and its token kept in `dir`.
    fn approle_client(http: &Arc<CannedHttp>, dir: &std::path::Path) -> Result<KvClient> {
        approle_client_with(http, dir, "sid\n")
    }

    fn approle_client_with(
        http: &Arc<CannedHttp>,
        dir: &std::path::Path,
        secret_id: &str,
    ) -> Result<KvClient> {
        let settings = super::super::settings::TeamInput {
            address: "http://127.0.0.1:8200".into(),
            ..Default::default()
        }
        .settings()
        .unwrap();
        let secret_id_file = dir.join("secret-id");
        std::fs::write(&secret_id_file, secret_id).unwrap();
        let mut kv = KvClient::new(&settings, http.clone()).unwrap();
        kv.use_approle(
            AppRole {
                role_id: "role".into(),
                secret_id_file,
            },
            token_sink::path_in(dir),
        )?;
        Ok(kv)
    }

    fn login(token: &str, ttl: u64) -> String {
        serde_json::json!({"auth": {"client_token": token, "lease_duration": ttl, "renewable": true}})
            .to_string()
    }

    fn token_sent(http: &CannedHttp, request: usize) -> Option<String> {
        http.details.lock().unwrap()[request]
            .1
            .iter()
            .find(|(name, _)| name == "X-Vault-Token")
            .map(|(_, value)| value.clone())
    }

    #[test]
    fn an_approle_token_is_kept_between_runs_and_used_without_logging_in_again() {
        let dir = tempfile::tempdir().unwrap();
        let http = Arc::new(CannedHttp::new());
        http.answer(200, &login("s.first", 3600));
        approle_client(&http, dir.path()).unwrap();
        let seen = http.requests();
        assert_eq!(seen[0].1, "http://127.0.0.1:8200/v1/auth/approle/login");
        assert_eq!(token_sent(&http, 0), None, "a login carries no token");
        assert_eq!(
            http.json_bodies()[0].as_deref(),
            Some(r#"{"role_id":"role","secret_id":"sid"}"#)
        );
        // The next run reads it back: no login, the kept token on the request.
        http.answer(200, &record(1, &serde_json::json!({"n": 1})));
        let kv = approle_client(&http, dir.path()).unwrap();
        kv.read::<serde_json::Value>(&["zcw", "x"]).unwrap();
        assert_eq!(http.requests().len(), 2);
        assert_eq!(token_sent(&http, 1).as_deref(), Some("s.first"));
    }

    #[test]
    fn a_revoked_approle_token_is_replaced_by_a_new_login_and_the_request_sent_again() {
        let dir = tempfile::tempdir().unwrap();
        let http = Arc::new(CannedHttp::new());
        http.answer(200, &login("s.first", 3600));
        let kv = approle_client(&http, dir.path()).unwrap();
        http.answer(403, r#"{"errors":["permission denied"]}"#)
            .answer(403, r#"{"errors":["permission denied"]}"#)
            .answer(200, &login("s.second", 3600))
            .answer(200, &record(1, &serde_json::json!({"n": 1})));
        let read = kv.read::<serde_json::Value>(&["zcw", "x"]).unwrap();
        assert!(read.data.is_some());
        let seen = http.requests();
        assert_eq!(seen[2].1, "http://127.0.0.1:8200/v1/auth/token/lookup-self");
        assert_eq!(seen[3].1, "http://127.0.0.1:8200/v1/auth/approle/login");
        assert_eq!(token_sent(&http, 4).as_deref(), Some("s.second"));
        let kept =
            token_sink::read(&token_sink::path_in(dir.path()), &test_binding(dir.path())).unwrap();
        assert_eq!(kept.token.expose_secret(), "s.second");
    }

    #[test]
    fn a_new_secret_id_file_is_not_served_by_the_token_the_old_one_logged_in_for() {
        let dir = tempfile::tempdir().unwrap();
        let http = Arc::new(CannedHttp::new());
        http.answer(200, &login("s.old", 3600));
        approle_client(&http, dir.path()).unwrap();
        // The secret ID is rotated: the next run logs in with it, and keeps that token.
        http.answer(200, &login("s.new", 3600));
        approle_client_with(&http, dir.path(), "rotated\n").unwrap();
        let seen = http.requests();
        assert_eq!(seen[1].1, "http://127.0.0.1:8200/v1/auth/approle/login");
        assert_eq!(
            http.json_bodies()[1].as_deref(),
            Some(r#"{"role_id":"role","secret_id":"rotated"}"#)
        );
        let kept =
            token_sink::read(&token_sink::path_in(dir.path()), &test_binding(dir.path())).unwrap();
        assert_eq!(kept.token.expose_secret(), "s.new");
        // A secret-ID file that cannot be read: the kept token is removed, and the login says why.
        std::fs::remove_file(dir.path().join("secret-id")).unwrap();
        let settings = super::super::settings::TeamInput {
            address: "http://127.0.0.1:8200".into(),
            ..Default::default()
        }
        .settings()
        .unwrap();
        let mut kv = KvClient::new(&settings, http.clone()).unwrap();
        let err = kv
            .use_approle(
                AppRole {
                    role_id: "role".into(),
                    secret_id_file: dir.path().join("secret-id"),
                },
                token_sink::path_in(dir.path()),
            )
            .unwrap_err();
        assert!(err.to_string().contains("secret-id"), "{err}");
        assert!(!token_sink::path_in(dir.path()).exists());
    }

    #[test]
    fn an_approle_token_past_two_thirds_of_its_ttl_is_renewed_and_an_expired_one_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let sink = token_sink::path_in(dir.path());
        let binding = test_binding(dir.path());
        let keep = |expires_in: u64| {
            token_sink::write(
                &sink,
                &binding,
                &KeptToken {
                    token: SecretString::from("s.kept"),
                    expires_at: Some(clock::now() + expires_in),
                    ttl: 3600,
                    renewable: true,
                },
            )
            .unwrap();
        };
        keep(600);
        let http = Arc::new(CannedHttp::new());
        http.answer(200, &login("s.kept", 3600));
        approle_client(&http, dir.path()).unwrap();
        assert_eq!(
            http.requests()[0].1,
            "http://127.0.0.1:8200/v1/auth/token/renew-self"
        );
        assert_eq!(token_sent(&http, 0).as_deref(), Some("s.kept"));
        let kept = token_sink::read(&sink, &binding).unwrap();
        assert!(kept.expires_at.unwrap() > clock::now() + 3000);

        // Expired: straight to a new login.
        keep(0);
        http.answer(200, &login("s.new", 3600));
        approle_client(&http, dir.path()).unwrap();
        assert_eq!(
            http.requests()[1].1,
            "http://127.0.0.1:8200/v1/auth/approle/login"
        );
    }

    fn cluster(http: &Arc<CannedHttp>, dir: &std::path::Path) -> KvClient {
        let settings = super::super::settings::TeamInput {
            address: "http://127.0.0.1:8201\nhttp://127.0.0.1:8202\nhttp://127.0.0.1:8203".into(),
            ..Default::default()
        }
        .settings()
        .unwrap();
        let mut kv = KvClient::new(&settings, http.clone()).unwrap();
        kv.set_token(SecretString::from("s.token"));
        kv.remember_node_in(dir.join("node"));
        kv.election_wait = Duration::from_millis(600);
        kv
    }

    fn refused() -> crate::Error {
        crate::error::NetworkError::Unreachable {
            reason: "Connection refused".into(),
        }
        .into()
    }

    fn hosts(http: &CannedHttp) -> Vec<String> {
        http.requests()
            .iter()
            .map(|seen| Url::parse(&seen.1).unwrap().port().unwrap().to_string())
            .collect()
    }

    #[test]
    fn a_node_that_does_not_answer_is_passed_over_and_the_one_that_did_is_asked_first() {
        let dir = tempfile::tempdir().unwrap();
        let http = Arc::new(CannedHttp::new());
        http.fail(refused())
            .answer(307, "")
            .answer(200, &record(1, &serde_json::json!({"n": 1})));
        let kv = cluster(&http, dir.path());
        kv.read::<serde_json::Value>(&["zcw", "x"]).unwrap();
        assert_eq!(hosts(&http), ["8201", "8202", "8203"]);
        // Remembered, here and for the next run.
        http.answer(200, &record(1, &serde_json::json!({"n": 1})));
        kv.read::<serde_json::Value>(&["zcw", "x"]).unwrap();
        assert_eq!(hosts(&http)[3], "8203");
        let again = cluster(&http, dir.path());
        http.answer(200, &record(1, &serde_json::json!({"n": 1})));
        again.read::<serde_json::Value>(&["zcw", "x"]).unwrap();
        assert_eq!(hosts(&http)[4], "8203");
        assert_eq!(
            http.requests()[4].1,
            "http://127.0.0.1:8203/v1/secret/data/zcw/x"
        );
    }

    #[test]
    fn an_election_is_waited_for_and_a_lost_quorum_said_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let http = Arc::new(CannedHttp::new());
        // Round one: the leader is gone, the standbys point at it or know of none; round two: a
        // new leader.
        http.fail(refused())
            .answer(307, "")
            .answer(
                500,
                r#"{"errors":["local node not active but active cluster node not found"]}"#,
            )
            .fail(refused())
            .answer(200, &record(4, &serde_json::json!({"n": 1})));
        let kv = cluster(&http, dir.path());
        let read = kv.read::<serde_json::Value>(&["zcw", "x"]).unwrap();
        assert_eq!(read.version, 4);
        assert_eq!(http.pending(), 0);

        // Two of three down for good: said as a lost quorum once the wait is over.
        let http = Arc::new(CannedHttp::new());
        for _ in 0..10 {
            http.fail(refused()).fail(refused()).answer(307, "");
        }
        let kv = cluster(&http, dir.path());
        let err = kv.read::<serde_json::Value>(&["zcw", "x"]).unwrap_err();
        assert_eq!(err.kind(), "team_quorum_lost");
        assert!(err.to_string().contains("2 of its 3 nodes"), "{err}");
    }
}
