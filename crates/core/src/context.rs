//! Everything an operation needs, built once per process and passed down: the configuration,
//! the saved connections with their homes, the HTTP client, and the notices an operation leaves
//! for the person (a front end shows them: the CLI on stderr).

use std::sync::{Arc, Mutex, PoisonError};

use crate::config::Config;
use crate::connections::Connections;
use crate::http::{HttpClient, ReqwestClient};
use crate::note::Note;
use crate::oauth::token_endpoint::TokenEndpoint;
use crate::secret_store::keychain::KeychainStore;
use crate::secret_store::SecretStore;

pub struct Context {
    pub config: Config,
    pub connections: Connections,
    pub http: Arc<dyn HttpClient>,
    notices: Mutex<Vec<Note>>,
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("config", &self.config)
            .field("connections", &self.connections)
            .finish_non_exhaustive()
    }
}

impl Context {
    /// The user's own setup: this computer's keychain and HTTPS.
    pub fn open(config: Config) -> Self {
        Self::with_parts(
            config,
            Arc::new(KeychainStore::default()),
            Arc::new(ReqwestClient::default()),
        )
    }

    /// Chosen parts (tests: an in-memory store, canned HTTP).
    pub fn with_parts(
        config: Config,
        keychain: Arc<dyn SecretStore>,
        http: Arc<dyn HttpClient>,
    ) -> Self {
        Context {
            connections: Connections::new(&config.config_dir, keychain)
                .with_team_credentials(config.team_credentials.clone())
                .with_agent_socket(crate::agent::socket_path(&config))
                .with_scrypt_work_factor(config.scrypt_work_factor)
                .with_accounts(config.accounts.clone()),
            config,
            http,
            notices: Mutex::new(Vec::new()),
        }
    }

    /// The same context, with the team store reached through `team_http` (tests: canned answers).
    pub fn with_team_http(self, team_http: crate::connections::TeamHttp) -> Self {
        Context {
            connections: self.connections.with_team_http(team_http),
            ..self
        }
    }

    /// Leaves a notice for the person: something done on their behalf they should know of.
    /// The app words it as `notice-<kind>`.
    pub fn notice(&self, note: Note) {
        self.notices
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(note);
    }

    /// The notices left so far, emptied.
    pub fn take_notices(&self) -> Vec<Note> {
        std::mem::take(&mut *self.notices.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Zoho's token endpoint over this context's HTTP client.
    pub fn endpoint(&self) -> TokenEndpoint<'_> {
        TokenEndpoint::new(self.http.as_ref())
    }
}
