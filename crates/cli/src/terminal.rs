//! Reading secrets: from a pipe when one is attached, otherwise from a hidden prompt. Never from
//! arguments or the environment. And yes/no questions.

use std::io::{IsTerminal, Read, Write};
use std::path::Path;

use zcw_core::error::{FileStoreError, InputError};
use zcw_core::secret::{ClientSecret, Passphrase};
use zeroize::Zeroizing;

use crate::error::{CliError, CliResult};

fn read_failed(what: &'static str) -> impl Fn(std::io::Error) -> CliError {
    move |e| CliError::InputRead {
        what,
        reason: e.to_string(),
    }
}

/// The client secret from standard input (piped) or a hidden prompt (terminal).
pub fn read_client_secret() -> CliResult<ClientSecret> {
    const WHAT: &str = "client secret";
    if std::io::stdin().is_terminal() {
        let typed = Zeroizing::new(
            rpassword::prompt_password("Client secret (typing is hidden): ")
                .map_err(read_failed(WHAT))?,
        );
        return Ok(ClientSecret::new(&typed));
    }
    let mut piped = Zeroizing::new(String::new());
    std::io::stdin()
        .read_to_string(&mut piped)
        .map_err(read_failed(WHAT))?;
    Ok(ClientSecret::new(&piped))
}

/// Whether a person can be asked something (a controlling terminal exists).
pub fn has_terminal() -> bool {
    std::fs::File::open("/dev/tty").is_ok() || std::io::stderr().is_terminal()
}

/// The passphrase of the encrypted file: from the file the user named, or a hidden prompt.
/// With `confirm`, the prompt asks twice (when the encrypted file is being created).
pub fn read_passphrase(file: Option<&Path>, confirm: bool) -> CliResult<Passphrase> {
    read_passphrase_as(
        file,
        "Passphrase of the encrypted file (typing is hidden): ",
        confirm,
    )
}

/// A new passphrase for the encrypted file: from the file the user named, or asked twice.
pub fn read_new_passphrase(file: Option<&Path>) -> CliResult<Passphrase> {
    read_passphrase_as(
        file,
        "New passphrase of the encrypted file (typing is hidden): ",
        true,
    )
}

fn read_passphrase_as(file: Option<&Path>, prompt: &str, confirm: bool) -> CliResult<Passphrase> {
    const WHAT: &str = "passphrase";
    if let Some(path) = file {
        let contents = Zeroizing::new(std::fs::read_to_string(path).map_err(|source| {
            zcw_core::Error::from(zcw_core::error::FileError::CannotRead {
                path: path.to_path_buf(),
                source,
            })
        })?);
        let first_line = contents.lines().next().unwrap_or("");
        return Ok(Passphrase::new(first_line));
    }
    if !has_terminal() {
        return Err(zcw_core::Error::from(FileStoreError::PassphraseNeeded).into());
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(read_failed(WHAT))
    };
    let first = ask(prompt)?;
    if confirm {
        let second = ask("Type the same passphrase again: ")?;
        if *first != *second {
            return Err(InputError::PassphraseMismatch.into());
        }
    }
    Ok(Passphrase::new(&first))
}

pub use crate::printable::printable;

/// Asks for one line on the terminal (standard input must be one: a pipe is for the secret).
pub fn ask_line(prompt: &str) -> CliResult<Option<String>> {
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    answer(prompt).map(Some)
}

/// Asks a yes/no question on the terminal; `false` unless the answer starts with y.
pub fn confirm(question: &str) -> CliResult<bool> {
    Ok(answer(&format!("{question} [y/N] "))?
        .to_ascii_lowercase()
        .starts_with('y'))
}

/// Prints `prompt` and reads one line from standard input, trimmed.
fn answer(prompt: &str) -> CliResult<String> {
    eprint!("{prompt}");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(read_failed("answer"))?;
    Ok(answer.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::printable;

    #[test]
    fn what_moves_the_cursor_reorders_or_hides_text_is_escaped() {
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        for c in [
            '\u{202E}',
            '\u{061C}',
            '\u{00AD}',
            '\u{200B}',
            '\u{2066}',
            '\u{E0041}',
        ] {
            assert!(
                !printable(&format!("x{c}y")).contains(c),
                "{:x}",
                u32::from(c)
            );
        }
        assert_eq!(printable("Zoho · ünïcode, 日本"), "Zoho · ünïcode, 日本");
    }
}
