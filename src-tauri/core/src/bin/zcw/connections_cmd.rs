//! `zcw add`, `list`, `show`, `set-secret`, `rename`, `remove` and `store`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use zcw_core::connections::{Connections, NewConnection, SavedSecret};
use zcw_core::profile::Profile;
use zcw_core::secret::Passphrase;
use zcw_core::secret_store::Backend;
use zcw_core::{Error, Result};

use crate::template_args::TemplateArgs;
use crate::terminal;

/// Where `--passphrase-file` points, for commands that may touch the encrypted file store.
#[derive(Args)]
pub struct PassphraseArgs {
    /// Read the encrypted file store's passphrase from the first line of this file (for unattended
    /// use); otherwise it is asked for on the terminal when needed.
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
}

impl PassphraseArgs {
    /// The passphrase from the named file or the terminal.
    pub fn read(&self, confirm: bool) -> Result<Passphrase> {
        terminal::read_passphrase(self.passphrase_file.as_deref(), confirm)
    }

    /// Runs `op` without a passphrase, and again with one if the file store turns out to need it.
    pub fn with_passphrase<T>(&self, op: impl Fn(Option<&Passphrase>) -> Result<T>) -> Result<T> {
        match op(None) {
            Err(Error::PassphraseNeeded) => {
                let passphrase = self.read(false)?;
                op(Some(&passphrase))
            }
            other => other,
        }
    }
}

#[derive(Args)]
pub struct AddArgs {
    /// A name for this connection (used by `zcw token NAME` and in keychain entry names).
    name: String,
    /// The Client ID the Zoho API console showed.
    #[arg(long)]
    client_id: String,
    #[command(flatten)]
    template: TemplateArgs,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn add(args: &AddArgs) -> Result<()> {
    let connections = Connections::open_default()?;
    let new = NewConnection {
        name: args.name.clone(),
        client_id: args.client_id.clone(),
        input: args.template.to_input(),
    };
    // Refuse bad input before asking for the secret.
    let checked = connections.check_new(&new, None);
    if let Some(first) = checked.problems.into_iter().next() {
        return Err(first);
    }
    let secret = terminal::read_client_secret()?;
    let saved = args
        .passphrase
        .with_passphrase(|passphrase| connections.add(&new, &secret, passphrase))?;
    report_saved("Saved connection", &saved);
    Ok(())
}

fn report_saved(what: &str, saved: &SavedSecret) {
    for warning in &saved.warnings {
        eprintln!("zcw: warning: {warning}");
    }
    println!(
        "{what} \"{}\". Client secret saved in {} · ••••{}",
        saved.profile.name, saved.stored_in, saved.secret_last4
    );
}

#[derive(Args)]
pub struct ListArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn list(args: &ListArgs) -> Result<()> {
    let profiles = Connections::open_default()?.list()?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&profiles).expect("profiles serialise")
        );
        return Ok(());
    }
    if profiles.is_empty() {
        println!("No connections yet. Add one with `zcw add` or the wizard.");
        return Ok(());
    }
    let rows: Vec<[String; 6]> = profiles
        .iter()
        .map(|p| {
            [
                p.name.clone(),
                p.dc.to_uppercase(),
                p.client_id.clone(),
                p.template.id().to_string(),
                store_name(p.secret_store).to_string(),
                p.status().to_string(),
            ]
        })
        .collect();
    let header = [
        "NAME",
        "DC",
        "CLIENT ID",
        "TEMPLATE",
        "SECRET STORE",
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
    Ok(())
}

fn store_name(backend: Backend) -> &'static str {
    match backend {
        Backend::Keychain => "keychain",
        Backend::EncryptedFile => "encrypted file",
    }
}

#[derive(Args)]
pub struct ShowArgs {
    name: String,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn show(args: &ShowArgs) -> Result<()> {
    let profile = Connections::open_default()?.get(&args.name)?;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&profile).expect("profiles serialise")
        );
    } else {
        print!("{}", profile_as_text(&profile));
    }
    Ok(())
}

fn profile_as_text(p: &Profile) -> String {
    let mut out = String::new();
    let mut line = |label: &str, value: &str| out.push_str(&format!("{label:<16}{value}\n"));
    line("Name:", &p.name);
    line("Data centre:", &p.dc.to_uppercase());
    line("Client ID:", &p.client_id);
    line("Template:", p.template.id());
    line("Client name:", &p.client_name);
    line("Homepage URL:", &p.homepage);
    for (i, uri) in p.redirect_uris.iter().enumerate() {
        line(if i == 0 { "Redirect URIs:" } else { "" }, uri);
    }
    line("Secret store:", p.secret_store.describe());
    line("Status:", p.status());
    line("Created:", &timestamp(p.created_at));
    line("Updated:", &timestamp(p.updated_at));
    out
}

fn timestamp(secs: u64) -> String {
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
    humantime::format_rfc3339_seconds(time).to_string()
}

#[derive(Args)]
pub struct SetSecretArgs {
    name: String,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn set_secret(args: &SetSecretArgs) -> Result<()> {
    let connections = Connections::open_default()?;
    connections.get(&args.name)?;
    let secret = terminal::read_client_secret()?;
    let saved = args
        .passphrase
        .with_passphrase(|passphrase| connections.set_secret(&args.name, &secret, passphrase))?;
    report_saved("Replaced the client secret of", &saved);
    Ok(())
}

#[derive(Args)]
pub struct RenameArgs {
    name: String,
    new_name: String,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn rename(args: &RenameArgs) -> Result<()> {
    let connections = Connections::open_default()?;
    let renamed = args
        .passphrase
        .with_passphrase(|passphrase| connections.rename(&args.name, &args.new_name, passphrase))?;
    println!("Renamed \"{}\" to \"{}\".", args.name, renamed.name);
    Ok(())
}

#[derive(Args)]
pub struct RemoveArgs {
    name: String,
    /// Do not ask for confirmation.
    #[arg(long)]
    yes: bool,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

/// What `remove` did, for the exit code when the user declined.
pub enum Removed {
    Yes,
    Declined,
}

pub fn remove(args: &RemoveArgs) -> Result<Removed> {
    let connections = Connections::open_default()?;
    let profile = connections.get(&args.name)?;
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::ConfirmationNeeded {
                action: "Removing a connection",
            });
        }
        let question = format!(
            "Remove connection \"{}\" and delete its secrets from {}?",
            profile.name,
            profile.secret_store.describe()
        );
        if !terminal::confirm(&question)? {
            eprintln!("Nothing was removed.");
            return Ok(Removed::Declined);
        }
    }
    args.passphrase
        .with_passphrase(|passphrase| connections.remove(&args.name, passphrase))?;
    println!("Removed \"{}\" and its secrets.", profile.name);
    Ok(Removed::Yes)
}

#[derive(Clone, Copy, ValueEnum)]
pub enum StoreChoice {
    /// The OS keychain.
    Keychain,
    /// A passphrase-protected file encrypted with age.
    File,
}

#[derive(Args)]
pub struct StoreArgs {
    /// Switch where new secrets are stored.
    #[arg(long = "use", value_enum)]
    choice: Option<StoreChoice>,
    #[command(flatten)]
    passphrase: PassphraseArgs,
}

pub fn store(args: &StoreArgs) -> Result<()> {
    let connections = Connections::open_default()?;
    match args.choice {
        None => {}
        Some(StoreChoice::Keychain) => connections.use_store(Backend::Keychain, None)?,
        Some(StoreChoice::File) => {
            let creating = !connections.store_status()?.file_exists;
            let passphrase =
                terminal::read_passphrase(args.passphrase.passphrase_file.as_deref(), creating)?;
            connections.use_store(Backend::EncryptedFile, Some(&passphrase))?;
        }
    }
    let status = connections.store_status()?;
    println!("New secrets are stored in {}.", status.description);
    if status.active == Backend::EncryptedFile {
        println!("File: {}", status.file_path.display());
    }
    Ok(())
}
