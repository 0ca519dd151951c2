//! The settings a binary reads once when it starts and passes down: the config folder, an
//! accounts-server override and the browser command. The core itself never reads the environment.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use url::Url;

use crate::browser::Browser;
use crate::error::{FileError, Result};
use crate::oauth::accounts::AccountsServers;

/// Overrides the config folder (tests, portable installs).
pub const CONFIG_DIR_VAR: &str = "ZCW_CONFIG_DIR";
/// Replaces every DC's accounts server and becomes the only trusted one (tests, private setups).
pub const ACCOUNTS_URL_VAR: &str = "ZCW_ACCOUNTS_URL";
/// The program that opens web addresses, as xdg-open reads it.
pub const BROWSER_VAR: &str = "BROWSER";

/// Everything configurable, decided once per process.
#[derive(Debug, Clone)]
pub struct Config {
    /// Holds connections.json, draft.json, locks and, if chosen, secrets.age.
    pub config_dir: PathBuf,
    pub accounts: AccountsServers,
    pub browser: Browser,
}

impl Config {
    /// Reads the settings through `var` (a binary passes `std::env::var_os`).
    pub fn from_vars(var: impl Fn(&str) -> Option<OsString>) -> Result<Config> {
        let text = |name: &str| {
            var(name)
                .map(|v| v.to_string_lossy().trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let config_dir = match var(CONFIG_DIR_VAR).filter(|d| !d.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => platform_config_dir()?,
        };
        let accounts = match text(ACCOUNTS_URL_VAR).and_then(|v| Url::parse(&v).ok()) {
            Some(only) => AccountsServers::only(only),
            None => AccountsServers::dc_table(),
        };
        Ok(Config {
            config_dir,
            accounts,
            browser: Browser::from_var(text(BROWSER_VAR).as_deref()),
        })
    }

    /// The defaults with a given config folder: Zoho's accounts servers, the system browser.
    pub fn in_dir(config_dir: &Path) -> Config {
        Config {
            config_dir: config_dir.to_path_buf(),
            accounts: AccountsServers::dc_table(),
            browser: Browser::default(),
        }
    }
}

/// The platform's folder for this app's settings (`~/.config/zoho-credential-wizard` on Linux).
fn platform_config_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "zoho-credential-wizard")
        .map(|dirs| dirs.config_dir().to_path_buf())
        .ok_or_else(|| FileError::ConfigDirUnknown.into())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn from(vars: &[(&str, &str)]) -> Config {
        let vars: HashMap<String, OsString> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        Config::from_vars(|name| vars.get(name).cloned()).unwrap()
    }

    #[test]
    fn each_setting_comes_from_its_variable() {
        let config = from(&[
            (CONFIG_DIR_VAR, "/tmp/zcw-test"),
            (ACCOUNTS_URL_VAR, " http://127.0.0.1:8080 "),
            (BROWSER_VAR, "firefox:chromium"),
        ]);
        assert_eq!(config.config_dir, PathBuf::from("/tmp/zcw-test"));
        assert_eq!(
            config.accounts.overridden().map(Url::as_str),
            Some("http://127.0.0.1:8080/")
        );
        assert_eq!(config.browser.program(), Some("firefox"));
    }

    #[test]
    fn unset_or_empty_variables_mean_the_defaults() {
        let config = from(&[
            (CONFIG_DIR_VAR, "/x"),
            (BROWSER_VAR, ""),
            (ACCOUNTS_URL_VAR, ""),
        ]);
        assert!(config.accounts.overridden().is_none());
        assert_eq!(config.browser.program(), None);
    }
}
