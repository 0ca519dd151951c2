//! Everything an operation needs, built once per process and passed down: the configuration,
//! the saved connections with their secret stores, and the HTTP client.

use std::sync::Arc;

use crate::config::Config;
use crate::connections::Connections;
use crate::http::{HttpClient, ReqwestClient};
use crate::oauth::token_endpoint::TokenEndpoint;
use crate::secret_store::keychain::KeychainStore;
use crate::secret_store::SecretStore;

pub struct Context {
    pub config: Config,
    pub connections: Connections,
    pub http: Arc<dyn HttpClient>,
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
    /// The user's own setup: the OS keychain and HTTPS.
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
                .with_agent_socket(crate::agent::socket_path(&config)),
            config,
            http,
        }
    }

    /// Zoho's token endpoint over this context's HTTP client.
    pub fn endpoint(&self) -> TokenEndpoint<'_> {
        TokenEndpoint::new(self.http.as_ref())
    }
}
