//! Which token the team store gets, in the order Vault's own tools use: `VAULT_TOKEN` (or
//! `BAO_TOKEN`), then the token helper's file `~/.vault-token`, then an AppRole login for servers
//! (https://developer.hashicorp.com/vault/docs/commands#vault_token,
//! https://developer.hashicorp.com/vault/docs/auth/approle). A token typed into the app comes
//! before all of them. zcw never stores such a token; an AppRole's is kept between runs
//! ([`super::token_sink`]).

use std::path::PathBuf;

use secrecy::{ExposeSecret, SecretString};

use super::settings::TeamSettings;
use crate::error::{Result, TeamError};

/// The variables a token may come from, first match wins.
pub const TOKEN_VARS: [&str; 2] = ["VAULT_TOKEN", "BAO_TOKEN"];

/// Where this process may find a token, read once by the binary at start.
#[derive(Debug, Clone, Default)]
pub struct TeamCredentials {
    /// A token the user typed into the app, for this session.
    pub entered: Option<SecretString>,
    /// A token from the environment, with the variable it came from.
    pub env_token: Option<(&'static str, SecretString)>,
    /// The token helper's file (`~/.vault-token`), read when needed.
    pub token_file: Option<PathBuf>,
}

/// How the token in use was found, for "signed in with ..." (never the token itself); the app
/// words it as `token-<source>`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "source", rename_all = "kebab-case")]
pub enum TokenSource {
    Entered,
    Variable { name: &'static str },
    TokenFile { path: PathBuf },
    AppRole,
}

impl std::fmt::Display for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenSource::Entered => write!(f, "the token you entered"),
            TokenSource::Variable { name } => write!(f, "the token in {name}"),
            TokenSource::TokenFile { path } => write!(f, "the token in {}", path.display()),
            TokenSource::AppRole => write!(f, "an AppRole login"),
        }
    }
}

/// What this process signs in to the team store with.
#[derive(Debug)]
pub enum Credential {
    /// A token, and where it came from.
    Token(SecretString, TokenSource),
    /// An AppRole: its token is kept between runs and renewed (see [`super::token_sink`]).
    AppRole(AppRole),
}

/// An AppRole's role ID, and the file its secret ID is read from at each login.
#[derive(Debug, Clone)]
pub struct AppRole {
    pub role_id: String,
    pub secret_id_file: PathBuf,
}

impl AppRole {
    /// What a token from this role's login is bound to at `address`: the secret ID is read now,
    /// so a changed file is seen at once.
    pub fn binding(&self, address: &str) -> Result<super::token_sink::Binding> {
        Ok(self.binding_of(address, &self.secret_id()?))
    }

    /// What a token from a login with `secret_id` is bound to at `address`.
    pub fn binding_of(
        &self,
        address: &str,
        secret_id: &SecretString,
    ) -> super::token_sink::Binding {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(secret_id.expose_secret().as_bytes());
        super::token_sink::Binding {
            address: address.to_string(),
            role_id: self.role_id.clone(),
            secret_id_digest: digest.iter().map(|b| format!("{b:02x}")).collect(),
        }
    }

    /// The secret ID, read from its file now.
    pub fn secret_id(&self) -> Result<SecretString> {
        let file = &self.secret_id_file;
        let text = zeroize::Zeroizing::new(std::fs::read_to_string(file).map_err(|e| {
            TeamError::SecretIdFile {
                path: file.clone(),
                reason: e.to_string(),
            }
        })?);
        let secret_id = SecretString::from(text.trim().to_string());
        if secret_id.expose_secret().is_empty() {
            return Err(TeamError::SecretIdFile {
                path: file.clone(),
                reason: "it is empty".into(),
            }
            .into());
        }
        Ok(secret_id)
    }
}

impl TeamCredentials {
    /// What to sign in to `settings`' server with: the first token found, else its AppRole.
    pub fn credential(&self, settings: &TeamSettings) -> Result<Credential> {
        if let Some(token) = &self.entered {
            return Ok(Credential::Token(token.clone(), TokenSource::Entered));
        }
        if let Some((name, token)) = &self.env_token {
            return Ok(Credential::Token(
                token.clone(),
                TokenSource::Variable { name },
            ));
        }
        if let Some(path) = &self.token_file {
            if let Ok(text) = std::fs::read_to_string(path) {
                let text = zeroize::Zeroizing::new(text);
                let token = text.trim();
                if !token.is_empty() {
                    return Ok(Credential::Token(
                        SecretString::from(token.to_string()),
                        TokenSource::TokenFile { path: path.clone() },
                    ));
                }
            }
        }
        if let (Some(role_id), Some(file)) = (&settings.role_id, &settings.secret_id_file) {
            return Ok(Credential::AppRole(AppRole {
                role_id: role_id.clone(),
                secret_id_file: file.clone(),
            }));
        }
        Err(TeamError::TokenMissing.into())
    }
}
