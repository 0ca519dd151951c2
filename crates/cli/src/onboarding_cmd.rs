//! `zcw request new|list|cancel|import`, `zcw reply`, `zcw add --request` and
//! `zcw add --self-client-json`: onboarding without the wizard's browser sign-in.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::{Args, Subcommand};
use zcw_core::onboarding::request::{RequestSpec, MAX_TEXT_BYTES, URL_SCHEME};
use zcw_core::onboarding::self_client::SelfClientFile;
use zcw_core::onboarding::{admin, self_client, staff};
use zcw_core::Context;
use zeroize::Zeroizing;

use crate::connections_cmd::AddArgs;
use crate::error::{CliError, CliResult};
use crate::passphrase::PassphraseArgs;
use crate::report::report_saved;
use crate::runtime::runtime;
use crate::terminal;

#[derive(Debug, Subcommand)]
pub enum RequestCommand {
    /// Make a request for a customer's admin: a file and a link to email (no secret in either).
    New(Box<NewArgs>),
    /// Show the requests made here: waiting (and when they expire), expired or answered.
    List(ListArgs),
    /// Cancel a request: its key is deleted, so its reply can no longer be opened.
    Cancel(CancelArgs),
    /// Import the admin's encrypted reply (a file, or - for standard input) as a connection.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The connection's name, on both sides.
    name: String,
    #[command(flatten)]
    template: crate::template_args::TemplateArgs,
    /// Scopes to ask for (comma-separated, or repeat the option).
    #[arg(long, value_delimiter = ',')]
    scopes: Vec<String>,
    /// Ask the admin to sign in too, so the reply carries a refresh token.
    #[arg(long)]
    with_refresh_token: bool,
    /// Who asks, as the admin will see it ("Acme Integrations"; default: your user name).
    #[arg(long)]
    from: Option<String>,
    /// How long the admin has to answer (1 hour to 30 days).
    #[arg(long, default_value = "7d", value_parser = humantime::parse_duration)]
    expires: Duration,
    /// Where to write the request file (default: NAME.zcwrequest in this folder).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Ask the customer's admin to sign in again to the connection NAME held here: the request
    /// carries its client, template, data centre and scopes (--scopes adds to them).
    #[arg(long, conflicts_with_all = ["template", "with_refresh_token"])]
    reconnect: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    name: String,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The reply file, or - to read it from standard input.
    #[arg(value_name = "FILE|-")]
    reply: String,
    /// Import a reply that arrived after its request expired (only one you expected: anyone who
    /// saw the request could have answered it).
    #[arg(long)]
    accept_late: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

#[derive(Debug, Args)]
pub struct ReplyArgs {
    /// The connection made from the request.
    name: String,
    /// Where to write the encrypted reply (default: standard output).
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn request(ctx: &Context, command: &RequestCommand) -> CliResult<()> {
    match command {
        RequestCommand::New(args) => new(ctx, args),
        RequestCommand::List(args) => list(ctx, args),
        RequestCommand::Cancel(args) => {
            args.passphrase
                .with_unlocked(ctx, || staff::cancel(ctx, &args.name))?;
            println!(
                "Cancelled the request \"{}\": its key is deleted, so its reply can no longer be opened.",
                args.name
            );
            Ok(())
        }
        RequestCommand::Import(args) => import(ctx, args),
    }
}

fn new(ctx: &Context, args: &NewArgs) -> CliResult<()> {
    let from = args.from.clone().unwrap_or_else(|| {
        ["USER", "USERNAME"]
            .iter()
            .find_map(|v| std::env::var(v).ok())
            .unwrap_or_else(|| "zcw".into())
    });
    let created = if args.reconnect {
        let spec = staff::ReconnectSpec {
            name: args.name.clone(),
            from,
            add_scopes: args.scopes.clone(),
            lifetime_secs: args.expires.as_secs(),
        };
        args.passphrase
            .with_unlocked(ctx, || staff::reconnect(ctx, &spec))?
    } else {
        let spec = RequestSpec {
            name: args.name.clone(),
            from,
            input: args.template.to_input()?,
            dc: args.template.dc().map(String::from),
            scopes: args.scopes.clone(),
            refresh_token: args.with_refresh_token,
            lifetime_secs: args.expires.as_secs(),
            reconnect: None,
        };
        args.passphrase
            .with_unlocked(ctx, || staff::create(ctx, &spec))?
    };
    let path = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(&created.file_name));
    std::fs::write(&path, &created.file_text).map_err(|e| CliError::CommandFailed {
        program: format!("writing {}", path.display()),
        reason: e.to_string(),
    })?;
    let expires = humantime::format_duration(Duration::from_secs(
        created.request.expires_at - created.request.created_at,
    ));
    let what = if created.request.reconnect.is_some() {
        "reconnect request"
    } else {
        "request"
    };
    println!(
        "Made the {what} \"{}\" (expires in {expires}). Its key is kept in {}, never shown.",
        created.request.name, created.key_kept_in
    );
    println!("File:        {}", path.display());
    println!("Link:        {}", created.link);
    println!("Fingerprint: {}", created.fingerprint);
    println!("Read the fingerprint to the admin on the phone: their app computes it from the request they received and asks them to confirm it matches.");
    println!("Email the file or the link; neither holds a secret. Import the reply with `zcw request import FILE`.");
    Ok(())
}

fn list(ctx: &Context, args: &ListArgs) -> CliResult<()> {
    let requests = args.passphrase.with_unlocked(ctx, || staff::list(ctx))?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&requests).expect("requests serialise")
        );
        return Ok(());
    }
    if requests.is_empty() {
        println!("No requests. Make one with `zcw request new NAME --template ...`.");
        return Ok(());
    }
    for r in &requests {
        println!(
            "{:<20} {:<24} {}  {}",
            r.name, r.from, r.fingerprint, r.summary
        );
    }
    Ok(())
}

fn import(ctx: &Context, args: &ImportArgs) -> CliResult<()> {
    let text = read_text(&args.reply, "reply")?;
    let opened = args
        .passphrase
        .with_unlocked(ctx, || staff::open_reply(ctx, &text))?;
    // Before Zoho is asked anything.
    opened.ensure_timely(args.accept_late)?;
    let proof = runtime().block_on(staff::prove(ctx, &opened))?;
    let preview = opened.preview(proof.as_ref());
    // What the reply brings, before anything is saved: each value on a line of its own.
    if preview.reconnect {
        println!(
            "Reply to the reconnect request for \"{}\" (its new sign-in replaces the one held here{})",
            preview.name,
            preview
                .replaces
                .as_deref()
                .map(|account| format!(", of {account}"))
                .unwrap_or_default()
        );
    } else {
        println!("Reply for \"{}\"", preview.name);
    }
    println!("Client ID:   {}", preview.client_id);
    println!("Data centre: {}", preview.dc_label);
    let account = match (&preview.account, preview.account_checked) {
        (Some(account), true) => format!("{account} (Zoho says so)"),
        (Some(account), false) => format!("{account} (as the reply says; Zoho was not asked)"),
        (None, _) if preview.signed_in => "not known (no profile scope)".to_string(),
        (None, _) => "none: the reply carries no sign-in".to_string(),
    };
    println!("Signed in:   {account}");
    println!("Reply code:  {}", preview.code);
    if let Some(when) = &preview.late {
        println!("Late:        the request expired {when}; imported as you asked (--accept-late)");
    }
    // On a terminal, the staff confirm it, as the app asks them to (a script passes the reply
    // on standard input or has no terminal: it is not asked).
    if std::io::stdin().is_terminal()
        && !terminal::confirm("Is this your customer's Zoho account and client?")?
    {
        println!("Nothing was imported; the request still waits for its reply.");
        return Err(CliError::Declined);
    }
    let mut imported = staff::save(ctx, opened, proof, args.accept_late)?;
    runtime().block_on(staff::retire_earlier(ctx, &mut imported));
    for warning in &imported.warnings {
        eprintln!("zcw: warning: {warning}");
    }
    if imported.reconnected {
        let secret = if imported.secret_replaced {
            format!(
                "; its client secret was regenerated: the new one replaced the old in {} · ••••{}",
                imported.stored_in, imported.secret_last4
            )
        } else {
            String::new()
        };
        let earlier = match imported.earlier_sign_in {
            Some(staff::EarlierSignIn::Revoked) => " The earlier sign-in was revoked at Zoho.",
            Some(staff::EarlierSignIn::AlreadyGone) => {
                " The earlier sign-in no longer worked at Zoho."
            }
            Some(staff::EarlierSignIn::NotRevoked) => {
                " The earlier sign-in could not be revoked (Zoho was not reached); the customer's admin can remove it under Connected Apps."
            }
            None => "",
        };
        println!(
            "Reconnected \"{}\": the new sign-in works (one refresh at Zoho) and replaced the earlier one{secret}.{earlier}",
            imported.connection.name
        );
    } else {
        println!(
            "Imported \"{}\". Client secret saved in {} · ••••{}{}",
            imported.connection.name,
            imported.stored_in,
            imported.secret_last4,
            if preview.signed_in {
                "; its sign-in works (one refresh at Zoho)."
            } else {
                "."
            }
        );
    }
    println!(
        "Where it matters, ask the admin to read you the reply code their app showed after Send."
    );
    Ok(())
}

pub fn reply(ctx: &Context, args: &ReplyArgs) -> CliResult<()> {
    let sealed = args
        .passphrase
        .with_unlocked(ctx, || admin::reply(ctx, &args.name))?;
    match &args.out {
        Some(path) => {
            std::fs::write(path, &sealed.text).map_err(|e| CliError::CommandFailed {
                program: format!("writing {}", path.display()),
                reason: e.to_string(),
            })?;
            eprintln!(
                "Saved the reply in {}. {} Send the file to the requester.",
                path.display(),
                sealed.holds
            );
        }
        None => {
            print!("{}", sealed.text);
            eprintln!("{}", sealed.holds);
        }
    }
    eprintln!("Requested by: {}", sealed.to);
    match &sealed.fingerprint {
        Some(fingerprint) => eprintln!("Fingerprint:  {fingerprint}"),
        None => {
            eprintln!("Fingerprint:  not known (the request was opened with an earlier version)");
        }
    }
    eprintln!("Reply code:   {}", sealed.code);
    eprintln!("The requester's import shows the same reply code: read it to them if they ask.");
    Ok(())
}

/// `zcw add NAME --request FILE|LINK --client-id ID`: the request's values, the admin's client.
pub fn add_from_request(
    ctx: &Context,
    name: &str,
    request: &str,
    fingerprint: Option<&str>,
    client_id: &str,
    dc: Option<&str>,
    passphrase: &PassphraseArgs,
) -> CliResult<()> {
    let text = if request.starts_with(&format!("{URL_SCHEME}://")) {
        Zeroizing::new(request.to_string())
    } else {
        read_text(request, "request")?
    };
    let opened = admin::open_request(&text)?;
    if opened.request.name != name {
        return Err(CliError::Usage(format!(
            "The request names the connection \"{0}\", and the reply must carry that name: run `zcw add {0} --request ...`.",
            opened.request.name
        )));
    }
    // Each on its own line; the fingerprint, computed here apart from the request's words, once
    // the admin has typed what the requester read to them.
    eprintln!("Credentials request for \"{}\"", opened.request.name);
    eprintln!("Requested by: {}", opened.request.from);
    eprintln!("Expires:      {}", opened.expires);
    let dc = match (&opened.request.dc, dc) {
        (Some(_), _) => "",
        (None, Some(dc)) => dc,
        (None, None) => {
            return Err(CliError::MissingOption {
                option: "--dc",
                what: "the request leaves the data centre to you: the one your Zoho account is in",
            })
        }
    };
    let told = match fingerprint {
        Some(told) => told.to_string(),
        None => terminal::ask_line(
            "Ask the requester to read you the fingerprint their app or zcw showed when they made the request, and type it here: ",
        )?
        .ok_or(CliError::MissingOption {
            option: "--fingerprint",
            what: "the fingerprint the requester read to you, to confirm the request is theirs",
        })?,
    };
    let matches = opened.request.fingerprint_matches(&told);
    eprintln!(
        "Fingerprint:  {} ({})",
        opened.fingerprint,
        if matches {
            "matches what you were read"
        } else {
            "not what you were read"
        }
    );
    if !matches {
        return Err(
            zcw_core::Error::from(zcw_core::error::OnboardingError::FingerprintMismatch).into(),
        );
    }
    let client_id = match opened.request.reconnect_client() {
        Some(asked) => {
            eprintln!("Asks:         to sign in again with the client {asked}");
            eprintln!("Scopes:       {}", opened.request.scopes.join(", "));
            let kept =
                passphrase.with_unlocked(ctx, || admin::reconnecting(ctx, &opened.request))?;
            if client_id.is_empty() && kept == Some(admin::Reconnecting::Kept) {
                passphrase
                    .with_unlocked(ctx, || admin::accept_reconnect(ctx, &opened.request, &told))?;
                println!(
                    "\"{name}\" is kept here with that client: nothing else to enter. Sign in with `zcw login {name}`, then answer with `zcw reply {name} --out FILE` (the reply carries only a sign-in made from now on)."
                );
                return Ok(());
            }
            if client_id.is_empty() {
                asked
            } else {
                client_id
            }
        }
        None if client_id.is_empty() => {
            return Err(CliError::MissingOption {
                option: "--client-id",
                what: "the Client ID the Zoho API console showed for the client you created",
            })
        }
        None => client_id,
    };
    let secret = terminal::read_client_secret()?;
    let saved = passphrase.with_unlocked(ctx, || {
        admin::add_from_request(ctx, &opened.request, &told, client_id, &secret, dc)
    })?;
    report_saved("Saved connection", &saved);
    let next = if opened.request.refresh_token {
        format!("Sign in with `zcw login {name}`, then answer with `zcw reply {name} --out FILE`.")
    } else {
        format!("Answer with `zcw reply {name} --out FILE`.")
    };
    println!("{next}");
    Ok(())
}

/// `zcw add NAME --self-client-json FILE --dc DC [--delete-file]`.
pub fn add_self_client(
    ctx: &Context,
    name: &str,
    file: &Path,
    args: &AddArgs,
    passphrase: &PassphraseArgs,
) -> CliResult<()> {
    let Some(dc) = args.dc() else {
        return Err(CliError::MissingOption {
            option: "--dc",
            what: "self_client.json does not say which data centre your Zoho account is in",
        });
    };
    let text = read_text(&file.to_string_lossy(), "Self Client file")?;
    let prepared = passphrase.with_unlocked(ctx, || {
        self_client::prepare(ctx, name, SelfClientFile::parse(&text)?, dc)
    })?;
    let answer = runtime().block_on(self_client::exchange(ctx, &prepared))?;
    let saved = self_client::save(ctx, prepared, answer)?;
    report_saved("Saved Self Client connection", &saved);
    if args.delete_file() {
        std::fs::remove_file(file).map_err(|e| CliError::CommandFailed {
            program: format!("deleting {}", file.display()),
            reason: e.to_string(),
        })?;
        println!(
            "Deleted {} (it held the client secret in the clear).",
            file.display()
        );
    } else {
        eprintln!(
            "zcw: warning: {} still holds the client secret in the clear. Delete it (or add --delete-file next time).",
            file.display()
        );
    }
    Ok(())
}

/// A file's text, or standard input's for `-`; held in memory that is wiped. A file must be a
/// regular one, and neither is read beyond what a request or reply could be.
fn read_text(path: &str, what: &'static str) -> CliResult<Zeroizing<String>> {
    if path != "-" {
        return Ok(zcw_core::small_file::read(Path::new(path), MAX_TEXT_BYTES)
            .map_err(zcw_core::Error::from)?);
    }
    let mut text = Zeroizing::new(String::new());
    std::io::stdin()
        .take(MAX_TEXT_BYTES as u64 + 1)
        .read_to_string(&mut text)
        .map_err(|e| CliError::InputRead {
            what,
            reason: e.to_string(),
        })?;
    Ok(text)
}
