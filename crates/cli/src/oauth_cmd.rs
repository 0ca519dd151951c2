//! `zcw login` and `zcw token`.

use std::time::Duration;

use clap::Args;
use zcw_core::browser::open_in_browser;
use zcw_core::connections::Connections;
use zcw_core::oauth::login::{PendingLogin, DEFAULT_TIMEOUT};
use zcw_core::oauth::scopes::{default_scopes, normalise};
use zcw_core::oauth::tokens::access_token;
use zcw_core::secret_store::Backend;
use zcw_core::Result;

use crate::connections_cmd::PassphraseArgs;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("the async runtime starts")
}

#[derive(Args)]
pub struct LoginArgs {
    name: String,
    /// Print the authorization URL on standard output instead of opening the browser.
    #[arg(long)]
    no_browser: bool,
    /// Seconds to wait for the browser to come back.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT.as_secs())]
    timeout: u64,
    /// PKCE on the sign-in (on by default; turn off only if Zoho rejects it for this client). Kept
    /// for the next sign-ins of this connection.
    #[arg(long, value_parser = ["on", "off"])]
    pkce: Option<String>,
    /// A scope to ask for (repeat for several); default: the connection's scopes, or AaaServer.profile.READ.
    #[arg(long = "scope")]
    scopes: Vec<String>,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn login(args: &LoginArgs) -> Result<()> {
    let connections = Connections::open_default()?;
    if let Some(pkce) = &args.pkce {
        connections.update_profile(&args.name, |p| p.use_pkce = pkce == "on")?;
    }
    let profile = connections.get(&args.name)?;
    if profile.zoho.is_some() {
        eprintln!(
            "zcw: note: \"{}\" is already connected. Signing in again creates a new refresh token; Zoho keeps at most 20 per user and silently revokes the oldest.",
            profile.name
        );
    }
    let scopes = if !args.scopes.is_empty() {
        normalise(&args.scopes)
    } else if !profile.scopes.is_empty() {
        profile.scopes.clone()
    } else {
        default_scopes()
    };
    // Asked before the browser opens: the code must be exchanged within a minute or two.
    let passphrase = match profile.secret_store {
        Backend::EncryptedFile => Some(args.passphrase.read(false)?),
        Backend::Keychain => None,
    };
    runtime().block_on(async {
        let pending = PendingLogin::start(&connections, &args.name, scopes).await?;
        if args.no_browser {
            println!("{}", pending.url());
            eprintln!("Open the address above in a browser and sign in to Zoho. Waiting up to {} s...", args.timeout);
        } else {
            if let Err(e) = open_in_browser(pending.url()) {
                eprintln!("zcw: {e}");
            }
            eprintln!("Sign in to Zoho in the browser. If it did not open, use this address:\n{}", pending.url());
        }
        let timeout = Duration::from_secs(args.timeout);
        let connected = pending
            .finish(&connections, passphrase.as_ref(), timeout, std::future::pending())
            .await?;
        if let Some((old, new)) = &connected.dc_changed {
            eprintln!(
                "zcw: note: Zoho answered from the {} data centre, not {}; the connection now uses {}.",
                new.to_uppercase(),
                old.to_uppercase(),
                new.to_uppercase()
            );
        }
        println!("{}", connected.summary());
        Ok(())
    })
}

#[derive(Args)]
pub struct TokenArgs {
    name: String,
    /// Print JSON with access_token, expires_at and api_domain.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn token(args: &TokenArgs) -> Result<()> {
    let connections = Connections::open_default()?;
    let rt = runtime();
    let token = args.passphrase.with_passphrase(|passphrase| {
        rt.block_on(access_token(&connections, &args.name, passphrase))
    })?;
    if args.json {
        let json = serde_json::json!({
            "access_token": token.access_token,
            "expires_at": token.expires_at,
            "api_domain": token.api_domain,
        });
        println!("{json}");
    } else {
        println!("{}", token.access_token);
    }
    Ok(())
}
