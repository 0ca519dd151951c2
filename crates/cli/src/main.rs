//! `zcw`: the Zoho Credential Wizard on the command line. Reads its settings once, then runs one
//! command against the core and turns the outcome into output and an exit status.

mod agent_cmd;
mod api_cmd;
mod check_cmd;
mod connections_cmd;
mod docs_cmd;
mod doctor_cmd;
mod error;
mod hand_over_cmd;
mod onboarding_cmd;
mod passphrase;
mod printable;
mod report;
mod runtime;
mod sign_in_cmd;
mod template_args;
mod terminal;
mod uris_cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use zcw_core::config::Config;
use zcw_core::Context;

use crate::error::{CliError, CliResult};

#[derive(Debug, Parser)]
#[command(
    name = "zcw",
    version,
    about = "Register Zoho OAuth clients and keep their secrets safe"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print what to enter in the Zoho API console: client name, homepage and redirect URIs.
    Uris(uris_cmd::UrisArgs),
    /// Open the Zoho API console of a data centre in the browser ($BROWSER if set).
    Console(uris_cmd::ConsoleArgs),
    /// Save a connection; the client secret is read from standard input or a hidden prompt.
    Add(connections_cmd::AddArgs),
    /// Ask a customer's admin for credentials, and import their encrypted reply.
    #[command(subcommand)]
    Request(onboarding_cmd::RequestCommand),
    /// Answer a credentials request: the connection, encrypted for the requester only.
    Reply(onboarding_cmd::ReplyArgs),
    /// List the saved connections (never their secrets).
    List(connections_cmd::ListArgs),
    /// Show one connection (never its secrets).
    Show(connections_cmd::ShowArgs),
    /// Replace a connection's client secret (after regenerating it in the Zoho API console).
    SetSecret(connections_cmd::SetSecretArgs),
    /// Rename a connection, moving its secrets along.
    Rename(connections_cmd::RenameArgs),
    /// Remove a connection and delete its secrets.
    Remove(connections_cmd::RemoveArgs),
    /// Show where secrets are stored, or switch with --use keychain|file.
    Store(connections_cmd::StoreArgs),
    /// Sign in to Zoho for a connection and store its tokens (opens the browser).
    Login(sign_in_cmd::LoginArgs),
    /// Print a valid access token (refreshed when it has a minute or less left).
    Token(sign_in_cmd::TokenArgs),
    /// Call the connection's Zoho API with its token (the answer printed, never the token).
    Api(api_cmd::ApiArgs),
    /// Check connections with one cheap API call each: working, or what is wrong and what to do.
    Check(check_cmd::CheckArgs),
    /// Revoke a connection's sign-in at Zoho and delete its tokens (the client secret stays).
    Logout(sign_in_cmd::LogoutArgs),
    /// Run a command with the connection's credentials in its environment only.
    Exec(hand_over_cmd::ExecArgs),
    /// Print the connection's credentials for tools that read them (secrets only when asked).
    Export(hand_over_cmd::ExportArgs),
    /// Copy a value to the clipboard; a secret is cleared again after a while.
    Copy(hand_over_cmd::CopyArgs),
    /// Check this computer: keychain, sign-in port, browser, Zoho's servers and the clock, folder.
    Doctor(doctor_cmd::DoctorArgs),
    /// Open the encrypted file once: an agent keeps it unlocked for zcw and the app.
    Unlock(agent_cmd::UnlockArgs),
    /// Stop the agent: the encrypted file needs its passphrase again.
    Lock,
    /// The agent process that `zcw unlock` starts.
    #[command(hide = true)]
    Agent(agent_cmd::AgentArgs),
    /// Print the completion script for a shell (the packages install bash's, zsh's and fish's).
    Completion(docs_cmd::CompletionArgs),
    /// Write a man page per command into a folder (the packages install them).
    #[command(hide = true)]
    Man(docs_cmd::ManArgs),
}

fn run(command: &Command) -> CliResult<u8> {
    // `zcw uris`, completions and man pages need no settings; everything else reads them once,
    // here.
    match command {
        Command::Uris(args) => return uris_cmd::uris(args).map(|()| 0),
        Command::Completion(args) => return docs_cmd::completion(args).map(|()| 0),
        Command::Man(args) => return docs_cmd::man(args).map(|()| 0),
        _ => {}
    }
    let config = Config::from_vars(|name| std::env::var_os(name)).map_err(CliError::from)?;
    let ctx = Context::open(config);
    let result = run_in(&ctx, command);
    print_notices(&ctx);
    result
}

/// After `zcw --version`: a newer version the app has seen, from the settings (no network), on
/// stderr so the version stays the only line a script reads.
fn say_newer_version() {
    let Ok(config) = Config::from_vars(|name| std::env::var_os(name)) else {
        return;
    };
    // Only the settings file is read: no HTTP client, no keychain.
    let book = zcw_core::connection_book::ConnectionBook::in_dir(&config.config_dir).read();
    if let Some(newest) = book
        .ok()
        .and_then(|book| book.updates.newer_than(zcw_core::updates::RUNNING))
    {
        eprintln!(
            "zcw: note: version {newest} is available. Update with the package manager that installed zcw (sudo apt update && sudo apt upgrade, or sudo dnf upgrade), or with Check for updates in the app."
        );
    }
}

/// What the core did on the person's behalf that they should know of, on stderr.
pub fn print_notices(ctx: &Context) {
    for notice in ctx.take_notices() {
        eprintln!("zcw: note: {}", terminal::printable(&notice.text));
    }
}

fn run_in(ctx: &Context, command: &Command) -> CliResult<u8> {
    match command {
        Command::Exec(args) => return hand_over_cmd::exec(ctx, args),
        Command::Doctor(args) => return doctor_cmd::doctor(ctx, args),
        Command::Agent(args) => return agent_cmd::agent(ctx, args),
        Command::Api(args) => return api_cmd::api(ctx, args),
        Command::Check(args) => return check_cmd::check_connections(ctx, args),
        _ => {}
    }
    match command {
        Command::Uris(_)
        | Command::Exec(_)
        | Command::Doctor(_)
        | Command::Agent(_)
        | Command::Api(_)
        | Command::Check(_)
        | Command::Completion(_)
        | Command::Man(_) => {
            unreachable!("handled above")
        }
        Command::Unlock(args) => agent_cmd::unlock(ctx, args),
        Command::Lock => agent_cmd::lock(ctx),
        Command::Console(args) => uris_cmd::console(&ctx.config, args),
        Command::Add(args) => add(ctx, args),
        Command::Request(command) => onboarding_cmd::request(ctx, command),
        Command::Reply(args) => onboarding_cmd::reply(ctx, args),
        Command::List(args) => connections_cmd::list(ctx, args),
        Command::Show(args) => connections_cmd::show(ctx, args),
        Command::SetSecret(args) => connections_cmd::set_secret(ctx, args),
        Command::Rename(args) => connections_cmd::rename(ctx, args),
        Command::Remove(args) => connections_cmd::remove(ctx, args),
        Command::Store(args) => connections_cmd::store(ctx, args),
        Command::Login(args) => sign_in_cmd::login(ctx, args),
        Command::Token(args) => sign_in_cmd::token(ctx, args),
        Command::Logout(args) => sign_in_cmd::logout(ctx, args),
        Command::Export(args) => hand_over_cmd::export(ctx, args),
        Command::Copy(args) => hand_over_cmd::copy(ctx, args),
    }
    .map(|()| 0)
}

/// `zcw add`: a Self Client from its file, the connection a request asks for, or one's own.
fn add(ctx: &Context, args: &connections_cmd::AddArgs) -> CliResult<()> {
    if let Some(file) = &args.self_client_json {
        return onboarding_cmd::add_self_client(ctx, &args.name, file, args, &args.passphrase);
    }
    if let Some(request) = &args.request {
        return onboarding_cmd::add_from_request(
            ctx,
            &args.name,
            request,
            args.fingerprint.as_deref(),
            args.client_id.as_deref().unwrap_or_default(),
            args.template.dc(),
            &args.passphrase,
        );
    }
    connections_cmd::add(ctx, args)
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(shown) if shown.kind() == clap::error::ErrorKind::DisplayVersion => {
            print!("{shown}");
            say_newer_version();
            return ExitCode::SUCCESS;
        }
        Err(error) => error.exit(),
    };
    match run(&cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            error.report();
            ExitCode::from(error.exit_code())
        }
    }
}
