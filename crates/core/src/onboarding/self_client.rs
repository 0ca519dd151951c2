//! Zoho's Self Client: the API console's `self_client.json` (client ID and secret, a grant code,
//! its scopes and expiry; no data centre), checked before Zoho is asked, and its code exchanged at
//! the chosen data centre's accounts server without a redirect URI
//! (https://www.zoho.com/accounts/protocol/oauth/self-client/authorization-code-flow.html).

use serde::Deserialize;

use super::error::OnboardingError;
use super::request::is_scope;
use super::{save_connected, Received};
use crate::clock;
use crate::connections::{NewConnection, SavedSecret};
use crate::dc::DataCentre;
use crate::error::{InputError, Result, ZohoError};
use crate::oauth::token_endpoint::TokenResponse;
use crate::registration::{Template, WizardInput};
use crate::rules;
use crate::secret::{AuthorizationCode, ClientSecret};
use crate::Context;

/// A Self Client file is a few hundred bytes; anything far larger is not one.
const MAX_FILE_BYTES: usize = 16 * 1024;

/// What the console's DOWNLOAD saves. The file holds the client secret in the clear.
#[derive(Debug, Deserialize)]
pub struct SelfClientFile {
    pub client_id: String,
    pub client_secret: ClientSecret,
    pub code: AuthorizationCode,
    #[serde(rename = "scope")]
    pub scopes: Vec<String>,
    /// Epoch milliseconds.
    pub expiry_time: u64,
    #[serde(default)]
    pub grant_type: Option<String>,
}

fn unreadable(reason: impl Into<String>) -> OnboardingError {
    OnboardingError::SelfClientFileUnreadable {
        reason: reason.into(),
    }
}

impl SelfClientFile {
    /// Reads the file's text and checks its shape (not its expiry).
    pub fn parse(text: &str) -> Result<Self, OnboardingError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(unreadable("it is far larger than one"));
        }
        let file: SelfClientFile = serde_json::from_str(text).map_err(|e| {
            unreadable(format!(
                "its contents are not a Self Client's: {}",
                super::json_problem(&e)
            ))
        })?;
        if file
            .grant_type
            .as_deref()
            .is_some_and(|g| g != "authorization_code")
        {
            return Err(unreadable("it does not hold a grant code"));
        }
        file.check_values()?;
        Ok(file)
    }

    /// The rules typed input meets: a client ID and secret of the right kind, a code as Zoho
    /// makes them, Zoho scope names.
    fn check_values(&self) -> Result<(), OnboardingError> {
        rules::client_id(&self.client_id)
            .map_err(|e| unreadable(format!("its Client ID is not usable ({e})")))?;
        rules::client_secret(self.client_secret.expose())
            .map_err(|e| unreadable(format!("its Client Secret is not usable ({e})")))?;
        if self.code.is_empty() {
            return Err(unreadable("it holds no grant code"));
        }
        if self.code.expose().len() > 512
            || !self.code.expose().bytes().all(|b| b.is_ascii_graphic())
        {
            return Err(unreadable("its grant code is not one Zoho makes"));
        }
        if self.scopes.is_empty()
            || self.scopes.len() > 50
            || !self.scopes.iter().all(|s| is_scope(s))
        {
            return Err(unreadable("its scopes are not Zoho scope names"));
        }
        Ok(())
    }

    /// What the console shows when no file was downloaded: the code, the client ID and secret
    /// typed or pasted, and the scopes the code was made for. Its expiry is not known here.
    pub fn from_values(
        client_id: &str,
        client_secret: ClientSecret,
        code: AuthorizationCode,
        scopes: &[String],
    ) -> Result<Self, OnboardingError> {
        let file = SelfClientFile {
            client_id: client_id.trim().to_string(),
            client_secret,
            code,
            scopes: crate::oauth::scopes::normalise(scopes),
            expiry_time: u64::MAX,
            grant_type: None,
        };
        if file.code.is_empty() {
            return Err(unreadable("no grant code was given"));
        }
        // The client ID and secret typed in are checked as typed input, beside their fields.
        if file.scopes.is_empty() || !file.scopes.iter().all(|s| is_scope(s)) {
            return Err(unreadable("the scopes are not Zoho scope names"));
        }
        Ok(file)
    }

    /// Refuses a code past its expiry (Zoho would refuse it; nothing is sent).
    pub fn ensure_unexpired(&self, now_ms: u64) -> Result<(), OnboardingError> {
        if now_ms >= self.expiry_time {
            return Err(OnboardingError::SelfClientCodeExpired {
                when: clock::relative(self.expiry_time / 1000, now_ms / 1000),
                at: self.expiry_time / 1000,
            });
        }
        Ok(())
    }
}

/// A Self Client file checked against a name and a data centre, ready to exchange.
#[derive(Debug)]
pub struct Prepared {
    name: String,
    dc: &'static DataCentre,
    file: SelfClientFile,
    pub warnings: Vec<crate::note::Note>,
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Everything checked before Zoho is asked: the name is free, the data centre known, the code
/// unexpired, the client ID and secret of the right shape, the store ready.
pub fn prepare(ctx: &Context, name: &str, file: SelfClientFile, dc: &str) -> Result<Prepared> {
    let name = rules::connection_name(name)?;
    if ctx.connections.name_taken(&name)? {
        return Err(InputError::ConnectionExists { name }.into());
    }
    let dc = DataCentre::by_id(dc)?;
    file.ensure_unexpired(now_ms())?;
    // The code works once: the store must be able to take what it brings.
    ctx.connections.ensure_ready_to_save()?;
    let (client_id, id_warning) = rules::client_id(&file.client_id)?;
    let secret_warning = rules::client_secret(file.client_secret.expose())?;
    Ok(Prepared {
        name,
        dc,
        file: SelfClientFile { client_id, ..file },
        warnings: id_warning.into_iter().chain(secret_warning).collect(),
    })
}

/// Exchanges the code at the data centre's accounts server (a code works once).
pub async fn exchange(ctx: &Context, prepared: &Prepared) -> Result<TokenResponse> {
    let accounts = ctx.config.accounts.for_dc(prepared.dc);
    let answer = ctx
        .endpoint()
        .exchange_self_client_code(
            &accounts,
            &prepared.file.client_id,
            &prepared.file.client_secret,
            &prepared.file.code,
        )
        .await?;
    if answer.refresh_token.is_none() {
        return Err(ZohoError::Unexpected {
            error: "no refresh token in the answer".into(),
        }
        .into());
    }
    Ok(answer)
}

/// Saves the connection with its secret and tokens in the active home.
pub fn save(ctx: &Context, prepared: Prepared, answer: TokenResponse) -> Result<SavedSecret> {
    let Prepared {
        name,
        dc,
        file,
        warnings,
    } = prepared;
    let input = WizardInput {
        dc: dc.id.to_string(),
        template: Template::SelfClient,
        client_name: Template::SelfClient.suggested_client_name().to_string(),
        ..WizardInput::default()
    };
    let new = NewConnection {
        name,
        client_id: file.client_id.clone(),
        input,
    };
    let granted = crate::oauth::sign_in::granted_scopes(answer.scope.as_deref(), &file.scopes);
    let received = Received {
        accounts: ctx.config.accounts.for_dc(dc),
        answer,
        granted,
        email: None,
        refreshed: false,
    };
    let mut saved = save_connected(
        ctx,
        &new,
        &file.client_secret,
        Some(received),
        &file.scopes,
        false,
    )?;
    saved.warnings.extend(warnings);
    Ok(saved)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(expiry_time: u64) -> String {
        serde_json::json!({
            "scope": ["ZohoCRM.modules.ALL", "ZohoCRM.users.READ"],
            "expiry_time": expiry_time,
            "client_id": "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123",
            "client_secret": "0123456789abcdef0123456789abcdef0123456789",
            "code": "1000.0123456789abcdef0123456789abcdef.0123456789abcdef0123456789abcdef",
            "grant_type": "authorization_code"
        })
        .to_string()
    }

    #[test]
    fn the_consoles_file_is_read_and_its_expiry_checked() {
        let now = now_ms();
        let read = SelfClientFile::parse(&file(now + 600_000)).unwrap();
        assert_eq!(read.scopes, ["ZohoCRM.modules.ALL", "ZohoCRM.users.READ"]);
        assert!(read.ensure_unexpired(now).is_ok());
        assert!(!format!("{read:?}").contains("0123456789abcdef"));
        let err = SelfClientFile::parse(&file(now - 120_000))
            .unwrap()
            .ensure_unexpired(now)
            .unwrap_err();
        assert!(err.to_string().contains("expired 2 minutes ago"), "{err}");
    }

    #[test]
    fn what_is_not_the_consoles_file_is_refused() {
        for bad in [
            "{}".to_string(),
            "not json".to_string(),
            file(1).replace("authorization_code", "client_credentials"),
            file(1).replace("ZohoCRM.users.READ", "x&y"),
            "x".repeat(MAX_FILE_BYTES + 1),
        ] {
            let err = SelfClientFile::parse(&bad).unwrap_err();
            assert_eq!(err.kind(), "self_client_file_unreadable");
        }
    }
}
