//! Vault's KV version 2 HTTP API, which OpenBao shares: read, check-and-set write, list, delete,
//! and AppRole login (https://openbao.org/api-docs/secret/kv/kv-v2/,
//! https://developer.hashicorp.com/vault/api-docs/secret/kv/kv-v2). The secret stores are
//! synchronous and may be called from async code, so requests run on a worker thread of their own
//! that owns a blocking client.

use std::sync::mpsc;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use url::Url;
use zeroize::Zeroizing;

use super::settings::TeamSettings;
use crate::error::{Result, StoreError};

/// Every request to the team store gives up after this long.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

type Job = Box<dyn FnOnce(&reqwest::blocking::Client) + Send>;

/// A record as read: its current version (0 when there is none) and its data.
#[derive(Debug)]
pub struct Versioned<T> {
    pub version: u64,
    pub data: Option<T>,
}

/// The outcome of a check-and-set write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// Written; the record's new version.
    Version(u64),
    /// Someone else wrote first: read again and retry.
    Conflict,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verb {
    Get,
    Post,
    List,
    Delete,
}

/// The KV v2 engine at one mount of one server, authenticated with one token.
pub struct KvClient {
    jobs: mpsc::Sender<Job>,
    address: Url,
    mount: String,
    namespace: Option<String>,
    token: Option<SecretString>,
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
struct ReadBody<T> {
    data: ReadData<T>,
}

#[derive(Deserialize)]
struct ReadData<T> {
    data: Option<T>,
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
    client_token: String,
}

impl KvClient {
    /// A client for the team store in `settings`, not yet authenticated.
    pub fn new(settings: &TeamSettings) -> Result<Self> {
        let ca = match &settings.ca_cert {
            Some(path) => {
                let pem = std::fs::read(path).map_err(|e| StoreError::TeamCaCert {
                    path: path.clone(),
                    reason: e.to_string(),
                })?;
                let cert =
                    reqwest::Certificate::from_pem(&pem).map_err(|e| StoreError::TeamCaCert {
                        path: path.clone(),
                        reason: e.to_string(),
                    })?;
                Some(cert)
            }
            None => None,
        };
        let (jobs, queue) = mpsc::channel::<Job>();
        let (ready, built) = mpsc::channel();
        std::thread::Builder::new()
            .name("zcw-team-store".into())
            .spawn(move || {
                let mut builder = reqwest::blocking::Client::builder()
                    .timeout(REQUEST_TIMEOUT)
                    .connect_timeout(Duration::from_secs(5))
                    // A redirect could carry the token to another host.
                    .redirect(reqwest::redirect::Policy::none());
                if let Some(cert) = ca {
                    builder = builder.add_root_certificate(cert);
                }
                match builder.build() {
                    Ok(client) => {
                        let _ = ready.send(Ok(()));
                        for job in queue {
                            job(&client);
                        }
                    }
                    Err(e) => {
                        let _ = ready.send(Err(e.to_string()));
                    }
                }
            })
            .map_err(|e| StoreError::TeamUnreachable {
                address: shown(&settings.address),
                reason: e.to_string(),
            })?;
        built
            .recv()
            .unwrap_or_else(|_| Err("the HTTP client did not start".into()))
            .map_err(|reason| StoreError::TeamUnreachable {
                address: shown(&settings.address),
                reason,
            })?;
        Ok(KvClient {
            jobs,
            address: settings.address.clone(),
            mount: settings.mount.clone(),
            namespace: settings.namespace.clone(),
            token: None,
        })
    }

    pub fn set_token(&mut self, token: SecretString) {
        self.token = Some(token);
    }

    pub fn address(&self) -> &Url {
        &self.address
    }

    pub fn mount(&self) -> &str {
        &self.mount
    }

    /// `/v1/{api_path}` on the server; `segments` are percent-encoded one by one.
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

    /// Sends one request on the worker thread; the status and body come back.
    fn send(
        &self,
        verb: Verb,
        url: Url,
        body: Option<Zeroizing<String>>,
    ) -> Result<(u16, Zeroizing<String>)> {
        let token = self
            .token
            .as_ref()
            .map(|t| Zeroizing::new(t.expose_secret().to_string()));
        let namespace = self.namespace.clone();
        let address = shown(&self.address);
        let (tx, rx) = mpsc::channel();
        let job: Job = Box::new(move |client| {
            let method = match verb {
                Verb::Get => reqwest::Method::GET,
                Verb::Post => reqwest::Method::POST,
                Verb::List => reqwest::Method::from_bytes(b"LIST").expect("LIST is a method"),
                Verb::Delete => reqwest::Method::DELETE,
            };
            let mut request = client
                .request(method, url)
                .header("X-Vault-Request", "true");
            if let Some(token) = &token {
                let mut value = reqwest::header::HeaderValue::from_str(token)
                    .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static(""));
                value.set_sensitive(true);
                request = request.header("X-Vault-Token", value);
            }
            if let Some(namespace) = &namespace {
                request = request.header("X-Vault-Namespace", namespace.as_str());
            }
            if let Some(body) = body {
                request = request
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(body.as_bytes().to_vec());
            }
            let answer = request
                .send()
                .and_then(|response| {
                    let status = response.status().as_u16();
                    response.text().map(|text| (status, Zeroizing::new(text)))
                })
                .map_err(|e| {
                    crate::Error::from(StoreError::TeamUnreachable {
                        address: address.clone(),
                        reason: crate::http::reason_of(&e),
                    })
                });
            let _ = tx.send(answer);
        });
        self.jobs
            .send(job)
            .map_err(|_| StoreError::TeamUnreachable {
                address: shown(&self.address),
                reason: "the HTTP worker stopped".into(),
            })?;
        rx.recv().unwrap_or_else(|_| {
            Err(StoreError::TeamUnreachable {
                address: shown(&self.address),
                reason: "the HTTP worker stopped".into(),
            }
            .into())
        })
    }

    /// The error for an answer that is not a success, worded for `what` on `path`.
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
            503 if errors.to_lowercase().contains("sealed") => {
                StoreError::TeamSealed { address }.into()
            }
            403 if self.token_rejected() => StoreError::TeamTokenRejected { address }.into(),
            403 => StoreError::TeamPermissionDenied {
                capability,
                path: path.to_string(),
            }
            .into(),
            _ => StoreError::TeamAnswer {
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
        matches!(self.send(Verb::Get, url, None), Ok((403, _)))
    }

    fn data_path(&self, path: &[&str]) -> String {
        format!("{}/data/{}", self.mount, path.join("/"))
    }

    /// Reads the latest version of a record.
    pub fn read<T: DeserializeOwned>(&self, path: &[&str]) -> Result<Versioned<T>> {
        let url = self.url(&format!("{}/data", self.mount), path);
        let (status, body) = self.send(Verb::Get, url, None)?;
        match status {
            200 => {
                let read: ReadBody<T> =
                    serde_json::from_str(&body).map_err(|e| self.unreadable(path, &e))?;
                Ok(Versioned {
                    version: read.data.metadata.map_or(0, |m| m.version),
                    data: read.data.data,
                })
            }
            // Absent, or its latest version deleted: the version still counts for check-and-set.
            404 => Ok(Versioned {
                version: serde_json::from_str::<ReadBody<serde_json::Value>>(&body)
                    .ok()
                    .and_then(|b| b.data.metadata)
                    .map_or(0, |m| m.version),
                data: None,
            }),
            _ => Err(self.failure(status, &body, "read", &self.data_path(path))),
        }
    }

    /// Writes a record only if its version is still `cas` (0: only if there is none).
    pub fn write<T: Serialize>(&self, path: &[&str], data: &T, cas: u64) -> Result<Written> {
        let url = self.url(&format!("{}/data", self.mount), path);
        let body = Zeroizing::new(
            serde_json::to_string(&WriteRequest {
                options: WriteOptions { cas },
                data,
            })
            .expect("records serialise"),
        );
        let (status, answer) = self.send(Verb::Post, url, Some(body))?;
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

    /// The keys under a folder (sub-folders end in `/`); none when the folder does not exist.
    pub fn list(&self, path: &[&str]) -> Result<Vec<String>> {
        let url = self.url(&format!("{}/metadata", self.mount), path);
        let (status, body) = self.send(Verb::List, url, None)?;
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

    /// Deletes a record and every version of it.
    pub fn delete(&self, path: &[&str]) -> Result<()> {
        let url = self.url(&format!("{}/metadata", self.mount), path);
        let (status, body) = self.send(Verb::Delete, url, None)?;
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

    /// Logs in with AppRole; the token it gives lives only in this process.
    pub fn approle_login(&self, role_id: &str, secret_id: &SecretString) -> Result<SecretString> {
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
        let (status, answer) = self.send(Verb::Post, url, Some(body))?;
        match status {
            200 => serde_json::from_str::<LoginBody>(&answer)
                .map(|b| SecretString::from(b.auth.client_token))
                .map_err(|_| {
                    StoreError::TeamAppRoleRefused {
                        reason: "the answer held no token".into(),
                    }
                    .into()
                }),
            400 | 403 => Err(StoreError::TeamAppRoleRefused {
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
        StoreError::TeamRecordUnreadable {
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

/// The server's address as people write it (without the trailing `/`).
fn shown(address: &Url) -> String {
    address.as_str().trim_end_matches('/').to_string()
}
