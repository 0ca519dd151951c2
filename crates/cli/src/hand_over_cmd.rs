//! `zcw exec`, `zcw export` and `zcw copy`: the credentials handed to a program, to a tool that
//! reads them, or to the clipboard.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::time::Duration;

use clap::{Args, ValueEnum};
use zcw_core::clipboard::{Clipboard, DEFAULT_CLEAR_AFTER};
use zcw_core::hand_over::{
    environment, secret_value, Environment, SecretValue, WithSecrets, CLIENT_SECRET_VAR,
    REFRESH_TOKEN_VAR,
};
use zcw_core::Context;

use crate::error::{CliError, CliResult};
use crate::passphrase::PassphraseArgs;
use crate::runtime::runtime;

/// Which secrets to add, shared by `exec` and `export`.
#[derive(Debug, Args)]
pub struct SecretsArgs {
    /// Also give ZOHO_CLIENT_SECRET.
    #[arg(long)]
    with_client_secret: bool,
    /// Also give ZOHO_REFRESH_TOKEN.
    #[arg(long)]
    with_refresh_token: bool,
}

impl SecretsArgs {
    fn with(&self) -> WithSecrets {
        WithSecrets {
            client_secret: self.with_client_secret,
            refresh_token: self.with_refresh_token,
        }
    }
}

fn build_environment(
    ctx: &Context,
    name: &str,
    secrets: &SecretsArgs,
    passphrase: &PassphraseArgs,
) -> CliResult<Environment> {
    let rt = runtime();
    passphrase.with_unlocked(ctx, || rt.block_on(environment(ctx, name, secrets.with())))
}

#[derive(Debug, Args)]
pub struct ExecArgs {
    name: String,
    #[command(flatten)]
    secrets: SecretsArgs,
    #[command(flatten)]
    passphrase: PassphraseArgs,
    /// The program to run, and its arguments (after --).
    #[arg(last = true, required = true, value_name = "COMMAND")]
    command: Vec<OsString>,
}

/// Runs the command with the credentials in its environment only. On Unix zcw becomes the
/// command (signals such as Ctrl+C reach it directly, and its exit status is zcw's); elsewhere zcw
/// waits for it and exits with its status.
pub fn exec(ctx: &Context, args: &ExecArgs) -> CliResult<u8> {
    let env = build_environment(ctx, &args.name, &args.secrets, &args.passphrase)?;
    let (program, rest) = args.command.split_first().expect("clap requires a command");
    let mut command = std::process::Command::new(program);
    command.args(rest);
    // Secrets reach the program only when asked for, even if this shell had them set; the team
    // store's token (read access to every team secret) never does.
    command
        .env_remove(CLIENT_SECRET_VAR)
        .env_remove(REFRESH_TOKEN_VAR);
    for name in zcw_core::team::auth::TOKEN_VARS {
        command.env_remove(name);
    }
    for (name, value) in &env.vars {
        command.env(name, value.as_str());
    }
    crate::print_notices(ctx);
    let failed = |e: std::io::Error| CliError::CommandFailed {
        program: program.to_string_lossy().into_owned(),
        reason: e.to_string(),
    };
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        drop(env);
        Err(failed(command.exec()))
    }
    #[cfg(not(unix))]
    {
        drop(env);
        let status = command.status().map_err(failed)?;
        Ok(status.code().map_or(1, |c| c.clamp(0, 255) as u8))
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// `export NAME='value'` lines for a shell.
    Env,
    /// One JSON object.
    Json,
    /// `NAME='value'` lines for .env files.
    Dotenv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    name: String,
    /// How to print the values.
    #[arg(long, value_enum, default_value = "env")]
    format: Format,
    #[command(flatten)]
    secrets: SecretsArgs,
    /// Print secrets even to a terminal (where they stay in the scrollback).
    #[arg(long)]
    reveal: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

/// `value` in single quotes for a shell or a .env file.
fn quoted(value: &str) -> String {
    format!("'{}'", value.replace('\'', r"'\''"))
}

pub fn export(ctx: &Context, args: &ExportArgs) -> CliResult<()> {
    let with = args.secrets.with();
    if (with.client_secret || with.refresh_token) && !args.reveal && std::io::stdout().is_terminal()
    {
        return Err(CliError::WouldShowSecret);
    }
    let env = build_environment(ctx, &args.name, &args.secrets, &args.passphrase)?;
    let text = zeroize::Zeroizing::new(match args.format {
        Format::Json => {
            let object: serde_json::Map<String, serde_json::Value> = env
                .vars
                .iter()
                .map(|(name, value)| (name.to_string(), value.as_str().into()))
                .collect();
            serde_json::to_string_pretty(&object).expect("strings serialise")
        }
        Format::Env | Format::Dotenv => {
            let prefix = if matches!(args.format, Format::Env) {
                "export "
            } else {
                ""
            };
            env.vars
                .iter()
                .map(|(name, value)| format!("{prefix}{name}={}", quoted(value)))
                .collect::<Vec<_>>()
                .join("\n")
        }
    });
    println!("{}", text.as_str());
    Ok(())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum What {
    ClientSecret,
    ClientId,
    RefreshToken,
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    name: String,
    /// What to copy.
    #[arg(value_enum)]
    what: What,
    /// Seconds until a copied secret is cleared from the clipboard (if it still holds it); 0
    /// keeps it until something else is copied.
    #[arg(long, value_name = "SECS", default_value_t = DEFAULT_CLEAR_AFTER.as_secs())]
    clear_after: u64,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

/// Copies a value. A secret is marked for clipboard managers and history, and this process
/// stays to serve the clipboard (on Linux the copy lasts only as long as its owner) until it is
/// cleared or replaced.
pub fn copy(ctx: &Context, args: &CopyArgs) -> CliResult<()> {
    let clipboard = Clipboard::default();
    let (secret, label) = match args.what {
        What::ClientId => {
            let connection = ctx.connections.get(&args.name)?;
            clipboard.copy_text(&connection.client_id)?;
            println!("Copied the Client ID of \"{}\".", args.name);
            return Ok(());
        }
        What::ClientSecret => (SecretValue::ClientSecret, "client secret"),
        What::RefreshToken => (SecretValue::RefreshToken, "refresh token"),
    };
    let value = args
        .passphrase
        .with_unlocked(ctx, || secret_value(ctx, &args.name, secret))?;
    let clear_after = (args.clear_after > 0).then(|| Duration::from_secs(args.clear_after));
    let receipt = clipboard.copy_secret(&value, clear_after)?;
    match clear_after {
        Some(after) => {
            eprintln!(
                "Copied the {label} of \"{}\". The clipboard clears in {} s if it still holds it; keep this running until you have pasted (Ctrl+C clears it now).",
                args.name,
                after.as_secs()
            );
            std::thread::sleep(after);
            if clipboard.clear_if_unchanged(receipt.generation) {
                eprintln!("Clipboard cleared.");
            }
        }
        None => {
            eprintln!(
                "Copied the {label} of \"{}\". It stays on the clipboard until you copy something else; keep this running until then.",
                args.name
            );
            while clipboard.still_holds(receipt.generation) {
                std::thread::sleep(Duration::from_millis(500));
            }
        }
    }
    Ok(())
}
