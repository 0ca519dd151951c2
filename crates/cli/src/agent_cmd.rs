//! `zcw unlock` and `zcw lock`, and the agent process `zcw unlock` starts (a hidden `zcw agent`):
//! the encrypted file opened once and held in memory, so later calls need neither the
//! passphrase nor a second of scrypt. `zcw unlock` runs the one scrypt itself and hands the agent
//! the store's key, so the long-lived agent never needs scrypt's memory.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// Read the passphrase from the first line of this file instead of asking for it.
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    /// Lock again after this long without use (for example 30m, 8h, 1d).
    #[arg(long, value_name = "DURATION", default_value = "8h", value_parser = humantime::parse_duration)]
    idle_timeout: Duration,
}

#[derive(Debug, Args)]
pub struct AgentArgs {
    /// Seconds without a request before the agent locks itself.
    #[arg(long)]
    idle_timeout_secs: u64,
}

pub use process::{agent, lock, unlock};

mod process {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    use std::time::Duration;

    use secrecy::ExposeSecret;
    use zcw_core::agent::client;
    use zcw_core::agent::server::Agent;
    use zcw_core::error::FileStoreError;
    use zcw_core::secret_store::encrypted_file::{EncryptedFileStore, StoreKey};
    use zcw_core::Context;
    use zeroize::Zeroizing;

    use super::{AgentArgs, UnlockArgs};
    use crate::error::{CliError, CliResult};
    use crate::terminal;

    pub fn unlock(ctx: &Context, args: &UnlockArgs) -> CliResult<()> {
        let socket = zcw_core::agent::socket_path(&ctx.config);
        if let Some(running) = client::ping(&socket) {
            if running.protocol != zcw_core::agent::protocol::PROTOCOL {
                return Err(zcw_core::Error::from(FileStoreError::AgentOutdated {
                    found: running.protocol,
                    expected: zcw_core::agent::protocol::PROTOCOL,
                })
                .into());
            }
            println!(
                "Already unlocked: an agent holds {} (stop it with `zcw lock`).",
                running.store
            );
            return Ok(());
        }
        let status = ctx.connections.store_status()?;
        if !status.file_exists {
            return Err(zcw_core::Error::from(FileStoreError::Missing {
                path: status.file_path,
            })
            .into());
        }
        let passphrase = terminal::read_passphrase(args.passphrase_file.as_deref(), false)?;
        // The passphrase's one scrypt runs here, in this short-lived process (which also moves a
        // store of the earlier layout to its key file); the agent is handed only the key.
        let store = EncryptedFileStore::in_dir(&ctx.config.config_dir, passphrase)
            .with_work_factor(ctx.config.scrypt_work_factor);
        store.open_existing()?;
        let key = store.key_text().expect("an open store holds its key");
        drop(store);
        let program = std::env::current_exe().map_err(|e| CliError::CommandFailed {
            program: "zcw agent".into(),
            reason: e.to_string(),
        })?;
        // The key goes through a pipe, never the command line or the environment.
        let mut command = Command::new(&program);
        command
            .arg("agent")
            .arg("--idle-timeout-secs")
            .arg(args.idle_timeout.as_secs().max(1).to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        detach(&mut command);
        let mut child = command.spawn().map_err(|e| CliError::CommandFailed {
            program: program.display().to_string(),
            reason: e.to_string(),
        })?;
        {
            let mut stdin = child.stdin.take().expect("stdin is piped");
            // Written as it is: a formatted copy would be one more to wipe.
            let _ = stdin.write_all(key.expose_secret().as_bytes());
            let _ = stdin.write_all(b"\n");
        }
        let mut said = String::new();
        let stdout = child.stdout.take().expect("stdout is piped");
        let _ = BufReader::new(stdout).read_line(&mut said);
        let said = said.trim_end();
        if let Some(rest) = said.strip_prefix("ready") {
            println!(
                "Unlocked: zcw and the app use the encrypted file without its passphrase until it is unused for {}, or until `zcw lock`.",
                humantime::format_duration(args.idle_timeout)
            );
            if rest.trim() != "memory-locked" && cfg!(unix) {
                println!("Note: this system would not lock the agent's memory (see `ulimit -l`), so its secrets could be swapped to disk.");
            }
            return Ok(());
        }
        let _ = child.wait();
        let (code, message) = said
            .strip_prefix("error\t")
            .and_then(|rest| rest.split_once('\t'))
            .map_or(
                (1, "the agent stopped without saying why"),
                |(code, message)| (code.parse().unwrap_or(1), message),
            );
        Err(CliError::AgentFailed {
            message: message.to_string(),
            code,
        })
    }

    pub fn lock(ctx: &Context) -> CliResult<()> {
        let socket = zcw_core::agent::socket_path(&ctx.config);
        if client::lock(&socket) {
            println!("Locked: the agent stopped and forgot the encrypted file's contents.");
        } else {
            println!("Nothing to lock: no agent is running.");
        }
        Ok(())
    }

    /// The agent process: reads the store's key from standard input, says `ready` (or `error`)
    /// on standard output, then serves until locked or idle.
    pub fn agent(ctx: &Context, args: &AgentArgs) -> CliResult<u8> {
        let memory_locked = harden();
        let key = read_key();
        let socket = zcw_core::agent::socket_path(&ctx.config);
        let mut out = std::io::stdout();
        let started = match key {
            Some(key) => Agent::start(
                &socket,
                EncryptedFileStore::opened_by_key(&ctx.config.config_dir, key),
                memory_locked,
            ),
            None => Err(FileStoreError::Agent {
                reason: "it was not handed the store's key".into(),
            }
            .into()),
        };
        match started {
            Ok(agent) => {
                stop_on_signals(&agent);
                let locked = if memory_locked { " memory-locked" } else { "" };
                let _ = writeln!(out, "ready{locked}");
                let _ = out.flush();
                agent.serve(Duration::from_secs(args.idle_timeout_secs));
                Ok(0)
            }
            Err(e) => {
                let e = CliError::from(e);
                let _ = writeln!(out, "error\t{}\t{e}", e.exit_code());
                Ok(e.exit_code())
            }
        }
    }

    /// The store's key, as `zcw unlock` writes it to standard input. Read in one buffer larger
    /// than standard input's own, so that buffer is bypassed and keeps no copy; wiped after.
    fn read_key() -> Option<StoreKey> {
        let mut buffer = Zeroizing::new(vec![0u8; 16 * 1024]);
        let mut filled = 0;
        let mut stdin = std::io::stdin();
        while filled < buffer.len() && !buffer[..filled].contains(&b'\n') {
            match std::io::Read::read(&mut stdin, &mut buffer[filled..]) {
                Ok(0) | Err(_) => break,
                Ok(n) => filled += n,
            }
        }
        let text = std::str::from_utf8(&buffer[..filled]).ok()?;
        StoreKey::from_text(text)
    }

    /// Keeps this process's memory out of swap (`mlockall`) and core dumps; returns whether its
    /// memory is locked. Process-wide, so the binary's, not the library's.
    fn harden() -> bool {
        #[cfg(target_os = "linux")]
        {
            use rustix::mm::{mlockall, MlockAllFlags};
            let _ = rustix::process::set_dumpable_behavior(
                rustix::process::DumpableBehavior::NotDumpable,
            );
            mlockall(MlockAllFlags::CURRENT | MlockAllFlags::FUTURE | MlockAllFlags::ONFAULT)
                .is_ok()
        }
        #[cfg(not(target_os = "linux"))]
        {
            false
        }
    }

    /// SIGTERM, SIGINT and SIGQUIT stop the agent the way `zcw lock` does: what it decrypted is
    /// wiped rather than left to the OS.
    #[cfg(unix)]
    fn stop_on_signals(agent: &Agent) {
        let stopper = agent.stopper();
        if let Ok(mut signals) =
            signal_hook::iterator::Signals::new(signal_hook::consts::TERM_SIGNALS)
        {
            std::thread::spawn(move || {
                if signals.forever().next().is_some() {
                    stopper.stop();
                }
            });
        }
    }

    /// Windows has no such signals: `zcw lock` and the idle timeout stop the agent.
    #[cfg(windows)]
    fn stop_on_signals(_agent: &Agent) {}

    /// Its own process group: Ctrl+C in this terminal does not reach it.
    #[cfg(unix)]
    fn detach(command: &mut Command) {
        std::os::unix::process::CommandExt::process_group(command, 0);
    }

    /// No console and its own process group: closing this console window or pressing Ctrl+C in
    /// it does not end the agent.
    #[cfg(windows)]
    fn detach(command: &mut Command) {
        const DETACHED_PROCESS: u32 = 0x0000_0008;
        const CREATE_NEW_PROCESS_GROUP: u32 = 0x0000_0200;
        std::os::windows::process::CommandExt::creation_flags(
            command,
            DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP,
        );
    }
}
