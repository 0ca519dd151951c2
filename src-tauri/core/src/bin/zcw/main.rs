//! `zcw`: the Zoho Credential Wizard on the command line.

mod connections_cmd;
mod oauth_cmd;
mod template_args;
mod terminal;
mod uris_cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use connections_cmd::{
    AddArgs, ListArgs, RemoveArgs, Removed, RenameArgs, SetSecretArgs, ShowArgs, StoreArgs,
};
use uris_cmd::UrisArgs;
use zcw_core::{DataCentre, Error};

/// Something else failed (a file could not be written, the browser did not start).
const EXIT_FAILURE: u8 = 1;
/// Input the user must correct.
const EXIT_BAD_INPUT: u8 = 2;
/// The secret store (keychain or encrypted file) could not be used.
const EXIT_SECRET_STORE: u8 = 3;
/// The connection needs `zcw login` (never connected, or its refresh token stopped working).
const EXIT_NEEDS_LOGIN: u8 = 4;
/// Zoho's rate limit (or ours, which mirrors it) says wait.
const EXIT_RATE_LIMITED: u8 = 5;
/// Zoho could not be reached, or did not answer in time.
const EXIT_NETWORK: u8 = 6;

#[derive(Parser)]
#[command(
    name = "zcw",
    version,
    about = "Register Zoho OAuth clients and keep their secrets safe"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print what to enter in the Zoho API console: client name, homepage and redirect URIs.
    Uris(UrisArgs),
    /// Open the Zoho API console of a data centre in the browser ($BROWSER if set).
    Console {
        /// Data centre: us, eu, in, au, jp, ca, sa, cn or uk.
        #[arg(long, default_value = DataCentre::DEFAULT_ID)]
        dc: String,
        /// Print the address instead of opening it.
        #[arg(long)]
        print: bool,
    },
    /// Save a connection; the client secret is read from standard input or a hidden prompt.
    Add(AddArgs),
    /// List the saved connections (never their secrets).
    List(ListArgs),
    /// Show one connection (never its secrets).
    Show(ShowArgs),
    /// Replace a connection's client secret (after regenerating it in the Zoho API console).
    SetSecret(SetSecretArgs),
    /// Rename a connection, moving its secrets along.
    Rename(RenameArgs),
    /// Remove a connection and delete its secrets.
    Remove(RemoveArgs),
    /// Show where secrets are stored, or switch with --use keychain|file.
    Store(StoreArgs),
    /// Sign in to Zoho for a connection and store its tokens (opens the browser).
    Login(oauth_cmd::LoginArgs),
    /// Print a valid access token (refreshed when it has a minute or less left).
    Token(oauth_cmd::TokenArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Uris(args) => {
            return match uris_cmd::uris(&args) {
                Ok(()) => ExitCode::SUCCESS,
                Err(problems) => {
                    problems.iter().for_each(report);
                    ExitCode::from(EXIT_BAD_INPUT)
                }
            }
        }
        Command::Console { dc, print } => uris_cmd::console(&dc, print),
        Command::Add(args) => connections_cmd::add(&args),
        Command::List(args) => connections_cmd::list(&args),
        Command::Show(args) => connections_cmd::show(&args),
        Command::SetSecret(args) => connections_cmd::set_secret(&args),
        Command::Rename(args) => connections_cmd::rename(&args),
        Command::Remove(args) => match connections_cmd::remove(&args) {
            Ok(Removed::Declined) => return ExitCode::from(EXIT_FAILURE),
            other => other.map(drop),
        },
        Command::Store(args) => connections_cmd::store(&args),
        Command::Login(args) => oauth_cmd::login(&args),
        Command::Token(args) => oauth_cmd::token(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            report(&error);
            ExitCode::from(exit_code(&error))
        }
    }
}

fn exit_code(error: &Error) -> u8 {
    match error {
        Error::NeedsLogin { .. } => return EXIT_NEEDS_LOGIN,
        Error::TokenRateLimited { .. } | Error::ZohoRateLimited => return EXIT_RATE_LIMITED,
        Error::Network { .. } | Error::NetworkTimeout { .. } => return EXIT_NETWORK,
        _ => {}
    }
    if error.is_secret_store_unavailable() && !matches!(error, Error::FileStoreWrongPassphrase) {
        EXIT_SECRET_STORE
    } else if error.field().is_some()
        || matches!(
            error,
            Error::ProfileNotFound { .. }
                | Error::NothingToRead { .. }
                | Error::ConfirmationNeeded { .. }
        )
    {
        EXIT_BAD_INPUT
    } else {
        EXIT_FAILURE
    }
}

/// Prints an error to stderr, prefixed with the option to correct when there is one.
fn report(error: &Error) {
    match error.field() {
        Some(field) => eprintln!("zcw: {}: {error}", field.cli_flag()),
        None => eprintln!("zcw: {error}"),
    }
}
