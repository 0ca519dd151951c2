//! `zcw completion SHELL` and the hidden `zcw man DIR`: shell completions and a man page per
//! command, generated from the same definitions as `--help` (the packages install both).

use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use crate::error::{CliError, CliResult};

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell: bash, zsh, fish, powershell or elvish.
    shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The folder to write zcw.1 and one page per command (zcw-token.1, zcw-request-new.1) into.
    dir: PathBuf,
}

/// Prints the completion script for a shell.
pub fn completion(args: &CompletionArgs) -> CliResult<()> {
    let mut command = crate::Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "zcw", &mut script);
    // A reader that stops early (`| head`) is no failure.
    let _ = std::io::Write::write_all(&mut std::io::stdout(), &script);
    Ok(())
}

/// Writes the man pages.
pub fn man(args: &ManArgs) -> CliResult<()> {
    std::fs::create_dir_all(&args.dir).map_err(|e| failed(&args.dir, &e))?;
    let mut command = crate::Cli::command();
    command.build();
    write_pages(&command, "zcw", &args.dir)
}

fn write_pages(command: &clap::Command, name: &str, dir: &Path) -> CliResult<()> {
    let page = command
        .clone()
        .name(name.to_string())
        .version(env!("CARGO_PKG_VERSION"));
    let path = dir.join(format!("{name}.1"));
    let mut file = std::fs::File::create(&path).map_err(|e| failed(&path, &e))?;
    clap_mangen::Man::new(page)
        .render(&mut file)
        .map_err(|e| failed(&path, &e))?;
    for sub in command
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set() && sub.get_name() != "help")
    {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}

fn failed(path: &Path, e: &std::io::Error) -> CliError {
    CliError::CommandFailed {
        program: format!("writing {}", path.display()),
        reason: e.to_string(),
    }
}
