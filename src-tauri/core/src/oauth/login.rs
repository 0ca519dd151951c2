//! The whole sign-in: listener, browser, callback checks, code exchange, tokens stored, profile
//! updated, and the final page in the browser.

use std::future::Future;
use std::time::Duration;

use url::Url;

use super::accounts::{accounts_server, dc_of, trusted_accounts_server};
use super::authorize::{AuthorizationRequest, PROFILE_SCOPE};
use super::listener::{Callback, Finisher, LoopbackListener};
use super::token_client::TokenClient;
use super::tokens::store_tokens;
use crate::connections::Connections;
use crate::dc::DataCentre;
use crate::error::{Error, Result};
use crate::profile::{self, Profile, ZohoConnection};
use crate::secret::{ClientSecret, Passphrase};

/// How long the listener waits for the browser by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(300);

/// What a finished sign-in tells the user.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Connected {
    pub profile: Profile,
    pub email: Option<String>,
    pub granted_scopes: Vec<String>,
    /// `(old, new)` DC ids when Zoho answered from another DC than the profile named.
    pub dc_changed: Option<(String, String)>,
}

impl Connected {
    /// "Connected as {email} · {DC} · {scopes}".
    pub fn summary(&self) -> String {
        let who = self
            .email
            .clone()
            .unwrap_or_else(|| "your Zoho account".into());
        format!(
            "Connected as {who} · {} · {}",
            self.profile.dc.to_uppercase(),
            self.granted_scopes.join(", ")
        )
    }
}

/// A sign-in being prepared: the listener is bound and the URL known, before the browser opens.
pub struct PendingLogin {
    listener: LoopbackListener,
    request: AuthorizationRequest,
    profile: Profile,
    scopes: Vec<String>,
    /// Built up front (TLS set-up takes a while) so the code is exchanged the moment it arrives.
    client: TokenClient,
}

impl PendingLogin {
    /// Binds the profile's loopback port and builds the authorization URL.
    pub async fn start(connections: &Connections, name: &str, scopes: Vec<String>) -> Result<Self> {
        let profile = connections.get(name)?;
        let dc = DataCentre::by_id(&profile.dc)?;
        let listener = LoopbackListener::bind(profile.loopback_port).await?;
        let request = AuthorizationRequest::new(
            &accounts_server(dc),
            &profile.client_id,
            &profile.loopback_uri,
            &scopes,
            profile.use_pkce,
        );
        Ok(PendingLogin {
            listener,
            request,
            profile,
            scopes,
            client: TokenClient::default(),
        })
    }

    pub fn url(&self) -> &Url {
        &self.request.url
    }

    /// Waits for the browser, then exchanges the code and stores the tokens. `interrupt` ends the
    /// wait early: with `None` it cancels, with `Some(address)` the user pasted the address the
    /// browser ended on, which gets the listener's checks.
    pub async fn finish(
        self,
        connections: &Connections,
        passphrase: Option<&Passphrase>,
        timeout: Duration,
        interrupt: impl Future<Output = Option<String>>,
    ) -> Result<Connected> {
        let PendingLogin {
            listener,
            request,
            profile,
            scopes,
            client,
        } = self;
        // Read now rather than when the code arrives: the code lives a minute or two, and the
        // first keychain call also sets up its encrypted session.
        let secret = connections.client_secret(&profile.name, passphrase)?;
        let flow = Flow {
            connections,
            client: &client,
            secret: &secret,
            passphrase,
        };
        let (pasted_tx, pasted_rx) = tokio::sync::oneshot::channel();
        let cancel = async move {
            let _ = pasted_tx.send(interrupt.await);
        };
        match listener.wait(&request.state, timeout, cancel).await {
            Ok((callback, finisher)) => {
                let finisher = Some(finisher);
                complete(&flow, profile, request, scopes, callback, finisher).await
            }
            Err(Error::LoginCancelled) => match pasted_rx.await {
                Ok(Some(pasted)) => {
                    let callback = super::listener::parse_pasted(
                        &pasted,
                        &request.redirect_uri,
                        &request.state,
                    )?;
                    complete(&flow, profile, request, scopes, callback, None).await
                }
                _ => Err(Error::LoginCancelled),
            },
            Err(e) => Err(e),
        }
    }
}

/// What the exchange needs besides the callback.
struct Flow<'a> {
    connections: &'a Connections,
    client: &'a TokenClient,
    secret: &'a ClientSecret,
    passphrase: Option<&'a Passphrase>,
}

async fn complete(
    flow: &Flow<'_>,
    profile: Profile,
    request: AuthorizationRequest,
    scopes: Vec<String>,
    callback: Callback,
    finisher: Option<Finisher>,
) -> Result<Connected> {
    let result = exchange(flow, &profile, &request, scopes, &callback).await;
    if let Some(finisher) = finisher {
        match &result {
            Ok(connected) => {
                let message = format!(
                    "{}. You can close this window and go back to Zoho Credential Wizard.",
                    connected.summary()
                );
                finisher.finish(true, "Connected", &message).await
            }
            Err(e) => {
                finisher
                    .finish(false, "Not connected", &e.to_string())
                    .await
            }
        }
    }
    result
}

async fn exchange(
    flow: &Flow<'_>,
    profile: &Profile,
    request: &AuthorizationRequest,
    scopes: Vec<String>,
    callback: &Callback,
) -> Result<Connected> {
    let Flow {
        connections,
        client,
        secret,
        passphrase,
    } = *flow;
    let dc = DataCentre::by_id(&profile.dc)?;
    // The code goes only to a known accounts server: the one Zoho named, if trusted.
    let accounts = match &callback.accounts_server {
        Some(named) => trusted_accounts_server(named)?,
        None => accounts_server(dc),
    };
    let answer = client
        .exchange_code(
            &accounts,
            &profile.client_id,
            secret,
            &request.redirect_uri,
            &callback.code,
            request.pkce_verifier.as_ref().map(|v| v.secret().as_str()),
        )
        .await?;
    if answer.refresh_token.is_none() {
        return Err(Error::ZohoError {
            error: "no refresh token in the answer".into(),
        });
    }
    let store = connections.store_of(profile, passphrase)?;
    let api_domain = answer.api_domain.clone();
    let granted: Vec<String> = answer
        .scope
        .as_deref()
        .map(|s| {
            s.split([',', ' '])
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_else(|| scopes.clone());
    // Storing (keychain round trips) and asking Zoho who signed in run side by side.
    let access_token = answer.access_token.clone();
    let storing = {
        let (name, api_domain) = (profile.name.clone(), api_domain.clone());
        tokio::task::spawn_blocking(move || {
            store_tokens(store.as_ref(), &name, &answer, api_domain)
        })
    };
    let asking = async {
        if granted.iter().any(|s| s == PROFILE_SCOPE) {
            client
                .user_info(&accounts, &access_token)
                .await
                .ok()
                .and_then(|u| u.email)
        } else {
            None
        }
    };
    let (stored, email) = tokio::join!(storing, asking);
    let token = stored.map_err(|e| Error::KeychainFailure {
        reason: e.to_string(),
    })??;
    let new_dc = callback
        .location
        .as_deref()
        .and_then(|l| DataCentre::by_id(l).ok())
        .or_else(|| dc_of(&accounts))
        .map(|dc| dc.id.to_string());
    let dc_changed = new_dc
        .clone()
        .filter(|new| *new != profile.dc)
        .map(|new| (profile.dc.clone(), new));
    let now = profile::now();
    let updated = connections.update_profile(&profile.name, |p| {
        if let Some((_, new)) = &dc_changed {
            p.dc = new.clone();
        }
        p.scopes = scopes.clone();
        p.zoho = Some(ZohoConnection {
            accounts_server: accounts.as_str().trim_end_matches('/').to_string(),
            api_domain,
            location: callback.location.clone(),
            email: email.clone(),
            granted_scopes: granted.clone(),
            connected_at: now,
            access_expires_at: token.expires_at,
            recent_refreshes: Vec::new(),
        });
        p.clone()
    })?;
    Ok(Connected {
        profile: updated,
        email,
        granted_scopes: granted,
        dc_changed,
    })
}
