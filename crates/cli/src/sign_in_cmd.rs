//! `zcw login` and `zcw token`.

use std::time::Duration;

use clap::Args;
use zcw_core::oauth::disconnect::{disconnect, Forget, Revoke};
use zcw_core::oauth::scopes::{default_scopes, normalise};
use zcw_core::oauth::sign_in::{AccountChange, Interrupt, SignIn, SignInOptions, DEFAULT_TIMEOUT};
use zcw_core::oauth::tokens::{access_token_with, Freshness};
use zcw_core::secret_store::Place;
use zcw_core::Context;

use crate::error::CliResult;
use crate::passphrase::PassphraseArgs;
use crate::runtime::runtime;

#[derive(Debug, Args)]
pub struct LoginArgs {
    name: String,
    /// Print the authorization URL on standard output instead of opening the browser.
    #[arg(long)]
    no_browser: bool,
    /// Seconds to wait for the browser to come back.
    #[arg(long, default_value_t = DEFAULT_TIMEOUT.as_secs())]
    timeout: u64,
    /// PKCE on this sign-in (on by default; turn it off only if Zoho rejects the sign-in with it).
    /// Applies to this sign-in only.
    #[arg(long, value_parser = ["on", "off"], default_value = "on")]
    pkce: String,
    /// Keep the tokens when another Zoho account signs in than last time for this connection.
    #[arg(long)]
    allow_account_change: bool,
    /// A scope to ask for (repeat for several); default: the connection's scopes, or AaaServer.profile.READ.
    #[arg(long = "scope")]
    scopes: Vec<String>,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn login(ctx: &Context, args: &LoginArgs) -> CliResult<()> {
    let connection = ctx.connections.get(&args.name)?;
    if connection.signed_in.is_some() {
        eprintln!(
            "zcw: note: \"{}\" is already connected. Signing in again creates a new refresh token; Zoho keeps at most 20 per user and silently revokes the oldest.",
            connection.name
        );
    }
    let scopes = if !args.scopes.is_empty() {
        normalise(&args.scopes)
    } else if !connection.scopes.is_empty() {
        connection.scopes.clone()
    } else {
        default_scopes()
    };
    // Asked before the browser opens: the code must be exchanged within a minute or two.
    if connection.secret_store == Place::EncryptedFile {
        args.passphrase.unlock(ctx)?;
    }
    let options = SignInOptions {
        scopes,
        use_pkce: args.pkce == "on",
        on_account_change: if args.allow_account_change {
            AccountChange::Allow
        } else {
            AccountChange::Refuse
        },
    };
    if !options.use_pkce {
        eprintln!("zcw: warning: PKCE is off for this sign-in only. Leave it on unless Zoho rejects the sign-in with it.");
    }
    runtime().block_on(async {
        let sign_in = SignIn::start(ctx, &args.name, options).await?;
        if args.no_browser {
            println!("{}", sign_in.url());
            eprintln!(
                "Open the address above in a browser and sign in to Zoho. Waiting up to {} s...",
                args.timeout
            );
        } else {
            if let Err(e) = ctx.config.browser.open(sign_in.url()) {
                eprintln!("zcw: {e}");
            }
            eprintln!(
                "Sign in to Zoho in the browser. If it did not open, use this address:\n{}",
                sign_in.url()
            );
        }
        let timeout = Duration::from_secs(args.timeout);
        // Said once, a while into the wait: why Zoho may never send the browser back.
        let causes = sign_in.likely_causes();
        let hint = async move {
            tokio::time::sleep((timeout / 3).min(Duration::from_secs(30))).await;
            eprintln!("Still waiting for Zoho. If the browser shows an error or nothing happens:");
            for (i, cause) in causes.iter().enumerate() {
                eprintln!("  {}. {cause}", i + 1);
            }
            std::future::pending::<Interrupt>().await
        };
        let connected = sign_in.finish(ctx, timeout, hint).await?;
        if let Some(note) = &connected.dc_note {
            eprintln!("zcw: note: {note}");
        }
        println!("{}", connected.summary);
        Ok(())
    })
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    name: String,
    /// Delete the tokens here without asking Zoho to revoke them (when Zoho cannot be reached;
    /// then revoke by hand in your Zoho account, Connected apps).
    #[arg(long)]
    local_only: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn logout(ctx: &Context, args: &LogoutArgs) -> CliResult<()> {
    let revoke = if args.local_only {
        Revoke::LocalOnly
    } else {
        Revoke::AtZoho
    };
    let rt = runtime();
    let outcome = args.passphrase.with_unlocked(ctx, || {
        rt.block_on(disconnect(ctx, &args.name, revoke, Forget::Tokens))
    })?;
    println!("{}", outcome.describe(&args.name));
    println!(
        "Its client secret stays: `zcw login {}` connects it again.",
        args.name
    );
    Ok(())
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    name: String,
    /// Print JSON with access_token, expires_at and api_domain.
    #[arg(long)]
    json: bool,
    /// Get a new access token even if the cached one looks valid (it was revoked at Zoho, or the
    /// clock jumped). Zoho's limit of 10 per 10 minutes still applies.
    #[arg(long)]
    force_refresh: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn token(ctx: &Context, args: &TokenArgs) -> CliResult<()> {
    let rt = runtime();
    let freshness = if args.force_refresh {
        Freshness::Refresh
    } else {
        Freshness::Cached
    };
    let token = args.passphrase.with_unlocked(ctx, || {
        rt.block_on(access_token_with(ctx, &args.name, freshness))
    })?;
    if args.json {
        let json = serde_json::json!({
            "access_token": token.access_token.expose(),
            "expires_at": token.expires_at,
            "api_domain": token.api_domain,
        });
        println!("{json}");
    } else {
        println!("{}", token.access_token.expose());
    }
    Ok(())
}
