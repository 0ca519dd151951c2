//! `zcw check`: each connection's health from one cheap call with its token, in words with the
//! cause and what to do, or as JSON for a monitoring system (never a secret). The exit status is
//! the worst verdict's.

use clap::Args;
use serde_json::json;
use zcw_core::api::check::{check, Health, Verdict};
use zcw_core::Context;

use crate::error::{
    next_step, CliError, CliResult, EXIT_FAILURE, EXIT_NEEDS_LOGIN, EXIT_NETWORK, EXIT_RATE_LIMITED,
};
use crate::passphrase::PassphraseArgs;
use crate::runtime::runtime;
use crate::terminal;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The connections to check (default: all of them, here and in the team store).
    names: Vec<String>,
    /// One JSON object per connection, for a monitoring system: name, verdict, cause, checked
    /// at, token expiry, scopes, store. Never a secret.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

/// The exit status a verdict gives, with the codes zcw already uses.
fn exit_code(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Working => 0,
        Verdict::Unreachable => EXIT_NETWORK,
        Verdict::RateLimited => EXIT_RATE_LIMITED,
        Verdict::ScopeMissing | Verdict::NeedsSignIn => EXIT_NEEDS_LOGIN,
        Verdict::Failed | Verdict::ClientRejected => EXIT_FAILURE,
    }
}

pub fn check_connections(ctx: &Context, args: &CheckArgs) -> CliResult<u8> {
    let names = if args.names.is_empty() {
        ctx.connections
            .list()?
            .into_iter()
            .map(|connection| connection.name)
            .collect()
    } else {
        args.names.clone()
    };
    let rt = runtime();
    let mut checked = Vec::new();
    // A connection that could not be checked at all (not found, its store locked) is said, and
    // the others are checked still; the exit status is then that failure's.
    let mut unchecked: Option<CliError> = None;
    let mut objects = Vec::new();
    for name in &names {
        match args
            .passphrase
            .with_unlocked(ctx, || rt.block_on(check(ctx, name)))
        {
            Ok(health) => {
                if !args.json {
                    print_line(&health);
                }
                objects.push(to_json(&health));
                checked.push(health);
            }
            Err(error) => {
                let said = in_words(&error);
                if args.json {
                    objects.push(json!({
                        "name": name,
                        "verdict": "not_checked",
                        "cause": said,
                    }));
                } else {
                    println!(
                        "{}: not checked. {}",
                        terminal::printable(name),
                        terminal::printable(&said)
                    );
                }
                unchecked.get_or_insert(error);
            }
        }
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&objects).expect("JSON serialises")
        );
    } else if names.is_empty() {
        println!("No connections yet. Add one with `zcw add` or the wizard.");
    }
    if let Some(error) = unchecked {
        return Ok(error.exit_code());
    }
    let worst = checked.iter().map(|health| health.verdict).max();
    Ok(worst.map_or(0, exit_code))
}

/// An error as `zcw` says it, with its next step.
fn in_words(error: &CliError) -> String {
    match error {
        CliError::Core(e) => e.to_problem_with(next_step).message,
        other => other.to_string(),
    }
}

fn cause(health: &Health) -> Option<String> {
    health.problem(next_step).map(|problem| problem.message)
}

fn print_line(health: &Health) {
    let name = terminal::printable(&health.name);
    match (&health.reached, cause(health)) {
        (Some(reached), _) => println!(
            "{name}: {} ({})",
            health.verdict.describe(),
            terminal::printable(&reached.text)
        ),
        (None, Some(cause)) => println!(
            "{name}: {}. {}",
            health.verdict.describe(),
            terminal::printable(&cause)
        ),
        (None, None) => println!("{name}: {}", health.verdict.describe()),
    }
}

fn to_json(health: &Health) -> serde_json::Value {
    json!({
        "name": health.name,
        "verdict": health.verdict,
        "cause": cause(health),
        "kind": health.error.as_ref().map(zcw_core::Error::kind),
        "reached": health.reached.as_ref().map(|note| &note.text),
        "probe": health.probe,
        "checkedAt": health.checked_at,
        "tokenExpiresAt": health.token_expires_at,
        "scopes": health.scopes,
        "store": health.store,
        "action": health.action(),
    })
}
