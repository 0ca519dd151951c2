//! `zcw api`: one call to a connection's Zoho API with its token, as `gh api` makes GitHub's. The
//! token goes only to the connection's API domain and is never printed.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;

use clap::{Args, ValueEnum};
use zcw_core::api::{call, ApiAnswer, ApiRequest};
use zcw_core::http::Method;
use zcw_core::Context;
use zeroize::Zeroizing;

use crate::error::{CliError, CliResult, EXIT_FAILURE};
use crate::passphrase::PassphraseArgs;
use crate::runtime::runtime;
use crate::terminal;

/// The largest body read from a file or standard input.
const MAX_BODY: usize = 16 * 1024 * 1024;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ApiMethod {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// The connection whose token the call carries.
    name: String,
    /// A path on the connection's API domain (/crm/v8/org), or an address on that domain.
    path: String,
    /// The HTTP method (default: GET, or POST with --data).
    #[arg(short = 'X', long, value_enum, ignore_case = true)]
    method: Option<ApiMethod>,
    /// The body: the text itself, or @FILE to read it from a file (@- from standard input).
    /// JSON is sent as application/json, anything else as a form, unless -H names the type.
    #[arg(short = 'd', long = "data", value_name = "DATA|@FILE")]
    data: Option<String>,
    /// A header to send, `Name: value` (repeat for several). Authorization is zcw's own.
    #[arg(short = 'H', long = "header", value_name = "HEADER")]
    headers: Vec<String>,
    /// Print the status line and the answer's headers before its body.
    #[arg(short = 'i', long)]
    include: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

/// Exit status: 0 when Zoho answered 2xx, 1 for any other answer it gave; the verdicts on the
/// connection (a sign-in needed, a missing scope, the rate limit) are errors with their own codes.
pub fn api(ctx: &Context, args: &ApiArgs) -> CliResult<u8> {
    let body = args.data.as_deref().map(read_body).transpose()?;
    let method = match (args.method, &body) {
        (Some(ApiMethod::Get), _) | (None, None) => Method::Get,
        (Some(ApiMethod::Post), _) | (None, Some(_)) => Method::Post,
        (Some(ApiMethod::Put), _) => Method::Put,
        (Some(ApiMethod::Patch), _) => Method::Patch,
        (Some(ApiMethod::Delete), _) => Method::Delete,
    };
    let request = ApiRequest {
        method,
        target: args.path.clone(),
        body,
        headers: args.headers.clone(),
    };
    let rt = runtime();
    let answer = args
        .passphrase
        .with_unlocked(ctx, || rt.block_on(call(ctx, &args.name, &request)))?;
    print_answer(&answer, args.include);
    if answer.succeeded() {
        return Ok(0);
    }
    let code = answer
        .zoho_code()
        .map(|code| format!(" ({code})"))
        .unwrap_or_default();
    eprintln!(
        "zcw: Zoho answered HTTP {}{} to {} {}.",
        answer.status,
        terminal::printable(&code),
        method.as_str(),
        terminal::printable(answer.url.path())
    );
    Ok(EXIT_FAILURE)
}

/// `--data`: the text, or `@FILE` / `@-`.
fn read_body(data: &str) -> CliResult<Zeroizing<String>> {
    match data.strip_prefix('@') {
        None => Ok(Zeroizing::new(data.to_string())),
        Some("-") => {
            let mut text = Zeroizing::new(String::new());
            std::io::stdin()
                .take(MAX_BODY as u64 + 1)
                .read_to_string(&mut text)
                .map_err(|e| CliError::InputRead {
                    what: "the body from standard input",
                    reason: e.to_string(),
                })?;
            if text.len() > MAX_BODY {
                return Err(CliError::Usage(format!(
                    "The body on standard input is larger than {} MiB.",
                    MAX_BODY >> 20
                )));
            }
            Ok(text)
        }
        Some(file) => {
            Ok(zcw_core::small_file::read(Path::new(file), MAX_BODY)
                .map_err(zcw_core::Error::from)?)
        }
    }
}

/// The answer on standard output: on a terminal, JSON indented and nothing that could move the
/// cursor; to a pipe, as Zoho sent it.
fn print_answer(answer: &ApiAnswer, include: bool) {
    let terminal = std::io::stdout().is_terminal();
    // On a terminal, every line made printable; the line breaks kept.
    let shown = |text: &str| {
        if terminal {
            text.split('\n')
                .map(terminal::printable)
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            text.to_string()
        }
    };
    let mut out = std::io::stdout().lock();
    if include {
        let _ = writeln!(out, "HTTP {}", answer.status);
        for (name, value) in &answer.headers {
            let _ = writeln!(out, "{}: {}", shown(name), shown(value));
        }
        let _ = writeln!(out);
    }
    let body = if terminal {
        serde_json::from_str::<serde_json::Value>(&answer.body)
            .ok()
            .and_then(|json| serde_json::to_string_pretty(&json).ok())
            .map(Zeroizing::new)
            .unwrap_or_else(|| answer.body.clone())
    } else {
        answer.body.clone()
    };
    let _ = out.write_all(shown(&body).as_bytes());
    if terminal && !body.ends_with('\n') {
        let _ = writeln!(out);
    }
    let _ = out.flush();
}
