//! `zcw add`, `list`, `show`, `set-secret`, `rename`, `remove` and `store`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use zcw_core::connection::Connection;
use zcw_core::connections::NewConnection;
use zcw_core::error::FileStoreError;
use zcw_core::oauth::disconnect::{disconnect, Forget, Revoke};
use zcw_core::secret_store::{Backend, Place};
use zcw_core::team::settings::TeamInput;
use zcw_core::{Context, Error};

use crate::error::{CliError, CliResult};
use crate::passphrase::PassphraseArgs;
use crate::terminal;

/// Where `--passphrase-file` points, for commands that may touch the encrypted file.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// A name for this connection (used by `zcw token NAME` and in keychain entry names).
    pub name: String,
    /// The Client ID the Zoho API console showed (with --request: the request's own client for
    /// a reconnect, when left out).
    #[arg(long, required_unless_present_any = ["self_client_json", "request"])]
    pub client_id: Option<String>,
    /// Create the connection a credentials request asks for: its file (NAME.zcwrequest) or its
    /// link. Its template, values and scopes are used; `zcw reply` then answers it.
    #[arg(long, value_name = "FILE|LINK", conflicts_with = "self_client_json")]
    pub request: Option<String>,
    /// With --request: the fingerprint the requester read to you (XXXX-XXXX-XXXX-XXXX); a
    /// mismatch refuses. Without it, zcw asks on the terminal.
    #[arg(long, requires = "request", value_name = "XXXX-XXXX-XXXX-XXXX")]
    pub fingerprint: Option<String>,
    /// Import a Self Client: the self_client.json the Zoho API console's DOWNLOAD saved (its code
    /// is exchanged now; it lives 3 to 10 minutes). Needs --dc.
    #[arg(long, value_name = "FILE", conflicts_with = "client_id")]
    pub self_client_json: Option<PathBuf>,
    /// With --self-client-json: delete the file once imported (it holds the secret in the clear).
    #[arg(long, requires = "self_client_json")]
    delete_file: bool,
    #[command(flatten)]
    pub template: crate::template_args::TemplateArgs,
    #[command(flatten)]
    pub passphrase: PassphraseArgs,
}

/// `zcw add` for a connection of one's own (a Self Client and a request's connection are
/// `onboarding_cmd`'s: `main` chooses).
pub fn add(ctx: &Context, args: &AddArgs) -> CliResult<()> {
    let client_id = args.client_id.clone().unwrap_or_default();
    let new = NewConnection {
        name: args.name.clone(),
        client_id,
        input: args.template.to_input()?,
    };
    // Refuse bad input before asking for the secret.
    let check = ctx.connections.check_new(&new, None)?;
    if let Some(first) = check.problems.into_iter().next() {
        return Err(first.into());
    }
    let secret = terminal::read_client_secret()?;
    let saved = args
        .passphrase
        .with_unlocked(ctx, || ctx.connections.add(&new, &secret))?;
    crate::report::report_saved("Saved connection", &saved);
    Ok(())
}

impl AddArgs {
    pub fn delete_file(&self) -> bool {
        self.delete_file
    }

    pub fn dc(&self) -> Option<&str> {
        self.template.dc()
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// Lists what every home holds. A damaged team record is named on stderr; a home that could
/// not be read (the team store sealed or away) is said on stderr after what could be listed,
/// with exit status 3 so scripts notice.
pub fn list(ctx: &Context, args: &ListArgs) -> CliResult<()> {
    let overview = ctx.connections.overview()?;
    print_list(&overview.connections, args.json);
    for damaged in &overview.damaged {
        eprintln!("zcw: {}: {}", damaged.name, damaged.problem);
    }
    match overview.unreadable.into_iter().next() {
        Some(error) => {
            eprintln!("zcw: only this computer's connections are listed; the team store could not be read.");
            Err(error.into())
        }
        None => Ok(()),
    }
}

fn print_list(connections: &[Connection], json: bool) {
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&connections).expect("connections serialise")
        );
        return;
    }
    if connections.is_empty() {
        println!("No connections yet. Add one with `zcw add` or the wizard.");
        return;
    }
    let rows: Vec<[String; 6]> = connections
        .iter()
        .map(|c| {
            [
                c.name.clone(),
                c.dc.to_uppercase(),
                c.client_id.clone(),
                c.template.label().to_string(),
                c.secret_store.label().to_string(),
                status(c),
            ]
        })
        .collect();
    let header = [
        "NAME",
        "DC",
        "CLIENT ID",
        "INTEGRATION",
        "SECRET IN",
        "STATUS",
    ]
    .map(String::from);
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        println!("{}", cells.join("  ").trim_end());
    }
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    name: String,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

/// "Connected · renews automatically" once signed in (each `zcw token` mints a new access token
/// when needed), else the core's status.
fn status(c: &Connection) -> String {
    match &c.signed_in {
        Some(_) => format!("{} · renews automatically", c.status()),
        None => c.status().to_string(),
    }
}

pub fn show(ctx: &Context, args: &ShowArgs) -> CliResult<()> {
    let connection = ctx.connections.details(&args.name)?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&connection).expect("connections serialise")
        );
    } else {
        print!("{}", connection_as_text(&connection));
    }
    Ok(())
}

fn connection_as_text(c: &Connection) -> String {
    let mut out = String::new();
    let mut line = |label: &str, value: &str| out.push_str(&format!("{label:<16}{value}\n"));
    line("Name:", &c.name);
    line("Data centre:", &c.dc.to_uppercase());
    line("Client ID:", &c.client_id);
    line("Integration:", c.template.label());
    line("Client name:", &c.client_name);
    line("Homepage URL:", &c.homepage);
    for (i, uri) in c.redirect_uris.iter().enumerate() {
        line(if i == 0 { "Redirect URIs:" } else { "" }, uri);
    }
    line("Secret store:", c.secret_store.describe());
    line("Status:", c.status());
    if let Some(signed_in) = &c.signed_in {
        line(
            "Signed in as:",
            signed_in
                .email
                .as_deref()
                .unwrap_or("(profile scope not granted)"),
        );
        line("API domain:", signed_in.api_domain.as_deref().unwrap_or(""));
        line("Token until:", &timestamp(signed_in.access_expires_at));
    }
    line("Created:", &timestamp(c.created_at));
    line("Updated:", &timestamp(c.updated_at));
    out
}

fn timestamp(secs: u64) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
    humantime::format_rfc3339_seconds(time).to_string()
}

#[derive(Debug, Args)]
pub struct SetSecretArgs {
    name: String,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn set_secret(ctx: &Context, args: &SetSecretArgs) -> CliResult<()> {
    ctx.connections.get(&args.name)?;
    let secret = terminal::read_client_secret()?;
    let saved = args
        .passphrase
        .with_unlocked(ctx, || ctx.connections.set_secret(&args.name, &secret))?;
    crate::report::report_saved("Replaced the client secret of", &saved);
    Ok(())
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    name: String,
    new_name: String,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn rename(ctx: &Context, args: &RenameArgs) -> CliResult<()> {
    let renamed = args
        .passphrase
        .with_unlocked(ctx, || ctx.connections.rename(&args.name, &args.new_name))?;
    println!("Renamed \"{}\" to \"{}\".", args.name, renamed.name);
    Ok(())
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    name: String,
    /// Do not ask for confirmation.
    #[arg(long)]
    yes: bool,
    /// Do not ask Zoho to revoke the sign-in first (when Zoho cannot be reached; then revoke by
    /// hand in your Zoho account, Connected apps).
    #[arg(long)]
    local_only: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn remove(ctx: &Context, args: &RemoveArgs) -> CliResult<()> {
    let connection = ctx.connections.get(&args.name)?;
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(CliError::ConfirmationNeeded {
                action: "Removing a connection",
            });
        }
        let revoked = if connection.signed_in.is_some() {
            " Its sign-in is revoked at Zoho first."
        } else {
            ""
        };
        let question = format!(
            "Remove connection \"{}\" and delete its secrets from {}?{revoked}",
            connection.name,
            connection.secret_store.describe()
        );
        if !terminal::confirm(&question)? {
            eprintln!("Nothing was removed.");
            return Err(CliError::Declined);
        }
    }
    let revoke = if args.local_only {
        Revoke::LocalOnly
    } else {
        Revoke::AtZoho
    };
    let rt = crate::runtime::runtime();
    let outcome = args.passphrase.with_unlocked(ctx, || {
        rt.block_on(disconnect(ctx, &args.name, revoke, Forget::Everything))
    })?;
    if connection.signed_in.is_some() {
        println!("{}", outcome.describe(&args.name));
    }
    println!("Removed \"{}\" and its secrets.", connection.name);
    Ok(())
}

/// `--use`'s values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StoreChoice {
    /// This computer's keychain.
    Keychain,
    /// A passphrase-protected file encrypted with age.
    File,
    /// The team store: KV version 2 on OpenBao or HashiCorp Vault, shared by every machine.
    Vault,
}

#[derive(Debug, Args)]
pub struct StoreArgs {
    /// Switch where new secrets are stored.
    #[arg(long = "use", value_enum)]
    choice: Option<StoreChoice>,
    /// Change the encrypted file's passphrase (asks for the current one, then the new one
    /// twice). Only the key file is rewritten; a running agent keeps working.
    #[arg(long, conflicts_with = "choice")]
    change_passphrase: bool,
    /// With --change-passphrase: read the new passphrase from the first line of this file.
    #[arg(long, value_name = "FILE", requires = "change_passphrase")]
    new_passphrase_file: Option<PathBuf>,
    #[command(flatten)]
    passphrase: PassphraseArgs,
    #[command(flatten)]
    team: TeamArgs,
}

/// Where the team store is, for `--use vault`.
#[derive(Debug, Args)]
pub struct TeamArgs {
    /// The OpenBao/Vault server's address (default: $VAULT_ADDR or $BAO_ADDR); give it once per
    /// node for a cluster, the nodes are tried in turn. The token comes from VAULT_TOKEN or
    /// BAO_TOKEN, then ~/.vault-token, then the AppRole below.
    #[arg(long, value_name = "URL")]
    vault_addr: Vec<String>,
    /// The KV version 2 mount.
    #[arg(long, value_name = "MOUNT", default_value = "secret")]
    vault_mount: String,
    /// The folder in the mount the connections live under.
    #[arg(long, value_name = "PREFIX", default_value = "zcw")]
    vault_prefix: String,
    /// A PEM file with the CA that signed the server's certificate.
    #[arg(long, value_name = "FILE")]
    vault_ca_cert: Option<String>,
    /// The namespace (Vault Enterprise, OpenBao).
    #[arg(long, value_name = "NS")]
    vault_namespace: Option<String>,
    /// AppRole for servers: the role ID (with --vault-secret-id-file).
    #[arg(long, value_name = "ID")]
    vault_role_id: Option<String>,
    /// AppRole for servers: the file holding the secret ID (read at each use, never copied).
    #[arg(long, value_name = "FILE")]
    vault_secret_id_file: Option<String>,
}

impl TeamArgs {
    fn given(&self) -> bool {
        !self.vault_addr.is_empty()
            || self.vault_role_id.is_some()
            || self.vault_secret_id_file.is_some()
    }

    fn input(&self) -> TeamInput {
        let address = Some(self.vault_addr.join("\n"))
            .filter(|given| !given.is_empty())
            .or_else(|| {
                ["VAULT_ADDR", "BAO_ADDR"]
                    .iter()
                    .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
            });
        TeamInput {
            address: address.unwrap_or_default(),
            mount: self.vault_mount.clone(),
            prefix: self.vault_prefix.clone(),
            ca_cert: self.vault_ca_cert.clone().unwrap_or_default(),
            namespace: self.vault_namespace.clone().unwrap_or_default(),
            role_id: self.vault_role_id.clone().unwrap_or_default(),
            secret_id_file: self.vault_secret_id_file.clone().unwrap_or_default(),
        }
    }
}

pub fn store(ctx: &Context, args: &StoreArgs) -> CliResult<()> {
    let connections = &ctx.connections;
    if args.change_passphrase {
        let status = connections.store_status()?;
        if !status.file_exists {
            return Err(Error::from(FileStoreError::Missing {
                path: status.file_path,
            })
            .into());
        }
        let current = terminal::read_passphrase(args.passphrase.passphrase_file.as_deref(), false)?;
        let new = terminal::read_new_passphrase(args.new_passphrase_file.as_deref())?;
        connections.change_file_passphrase(current, &new)?;
        println!(
            "The encrypted file's passphrase is changed: from now on `zcw unlock`, --passphrase-file and the app need the new one. The secrets were not rewritten; an agent already running keeps working."
        );
        return Ok(());
    }
    match args.choice {
        None => {}
        Some(StoreChoice::Keychain) => connections.use_store(Backend::Keychain, None)?,
        Some(StoreChoice::File) => {
            let creating = !connections.store_status()?.file_exists;
            let passphrase =
                terminal::read_passphrase(args.passphrase.passphrase_file.as_deref(), creating)?;
            connections.use_store(Backend::EncryptedFile, Some(passphrase))?;
        }
        Some(StoreChoice::Vault) => {
            let set_up = connections.store_status()?.team;
            let check = match set_up {
                // Back to the team store this machine already uses.
                Some(settings) if !args.team.given() => connections.use_team(settings)?,
                _ => connections.use_team(args.team.input().settings()?)?,
            };
            println!(
                "Connected to the team store at {} with {}; it holds {} connection{}.",
                check.address,
                check.token_source,
                check.connections,
                if check.connections == 1 { "" } else { "s" }
            );
        }
    }
    let status = connections.store_status()?;
    println!("New secrets are stored in {}.", status.description);
    if status.active == Place::EncryptedFile {
        println!("File: {}", status.file_path.display());
    }
    if let Some(team) = &status.team {
        println!(
            "Team store: {} (mount {}, prefix {}){}",
            team.address,
            team.mount,
            team.prefix,
            team.namespace
                .as_deref()
                .map(|ns| format!(", namespace {ns}"))
                .unwrap_or_default()
        );
    }
    Ok(())
}
