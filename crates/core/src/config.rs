//! The settings a binary reads once when it starts and passes down: the config folder, the
//! accounts-server and API overrides and the browser command. The core itself never reads the environment.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use secrecy::SecretString;
use url::Url;

use crate::api::servers::ApiServers;
use crate::browser::Browser;
use crate::error::{FileError, InputError, Result};
use crate::flaw::Flaw;
use crate::oauth::accounts::AccountsServers;
use crate::rules;
use crate::team::auth::{TeamCredentials, TOKEN_VARS};

/// Overrides the config folder (tests, portable installs).
pub const CONFIG_DIR_VAR: &str = "ZCW_CONFIG_DIR";
/// Replaces every DC's accounts server and becomes the only trusted one (tests, private setups).
pub const ACCOUNTS_URL_VAR: &str = "ZCW_ACCOUNTS_URL";
/// Replaces every DC's API domain and becomes the only one tokens go to (tests, private setups).
pub const API_URL_VAR: &str = "ZCW_API_URL";
/// Replaces the update feed the app reads (tests, a mirror).
pub const UPDATE_URL_VAR: &str = "ZCW_UPDATE_URL";
/// The feed the release workflow publishes: the latest release's `latest.json`.
pub const RELEASE_FEED: &str =
    "https://github.com/zoho-credential-wizard/zoho-credential-wizard/releases/latest/download/latest.json";
/// A debug build's scrypt work factor for the encrypted file's key (the tests set it; a release
/// build never reads it and takes age's own, about a second of work).
pub const TEST_SCRYPT_WORK_FACTOR_VAR: &str = "ZCW_TEST_SCRYPT_WORK_FACTOR";
/// The program that opens web addresses, as xdg-open reads it.
pub const BROWSER_VAR: &str = "BROWSER";

/// Everything configurable, decided once per process.
#[derive(Debug, Clone)]
pub struct Config {
    /// Holds connections.json, draft.json, locks and, if chosen, secrets.age and secrets-key.age.
    pub config_dir: PathBuf,
    pub accounts: AccountsServers,
    pub api: ApiServers,
    pub browser: Browser,
    /// Where a team store's token may come from.
    pub team_credentials: TeamCredentials,
    /// The session's private runtime folder (`XDG_RUNTIME_DIR`), for the agent's socket.
    pub runtime_dir: Option<PathBuf>,
    /// Where programs are looked for (`PATH`), to check the browser command.
    pub search_path: Option<OsString>,
    /// Where the app looks for a new version.
    pub update_feed: Url,
    /// Whether the feed is the release workflow's (not one given in `ZCW_UPDATE_URL`).
    pub release_feed: bool,
    /// The scrypt work factor a test asked a debug build for; `None`: age's own.
    pub scrypt_work_factor: Option<u8>,
}

impl Config {
    /// Reads the settings through `var` (a binary passes `std::env::var_os`).
    pub fn from_vars(var: impl Fn(&str) -> Option<OsString>) -> Result<Config> {
        Self::from_vars_in(var, platform_config_dir())
    }

    /// [`Config::from_vars`] with the platform's config folder given (`None`: no home folder is
    /// known). There is no fallback: a folder shared with other users would expose the files.
    pub fn from_vars_in(
        var: impl Fn(&str) -> Option<OsString>,
        platform_dir: Option<PathBuf>,
    ) -> Result<Config> {
        let text = |name: &str| {
            var(name)
                .map(|v| v.to_string_lossy().trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let config_dir = match var(CONFIG_DIR_VAR).filter(|d| !d.is_empty()) {
            Some(dir) => PathBuf::from(dir),
            None => platform_dir.ok_or(FileError::ConfigDirUnknown)?,
        };
        let accounts = match text(ACCOUNTS_URL_VAR) {
            Some(value) => AccountsServers::only(checked_override(&value, ACCOUNTS_URL_VAR)?),
            None => AccountsServers::dc_table(),
        };
        let api = match text(API_URL_VAR) {
            Some(value) => ApiServers::only(checked_override(&value, API_URL_VAR)?),
            None => ApiServers::dc_table(),
        };
        let update_feed = text(UPDATE_URL_VAR)
            .map(|value| checked_override(&value, UPDATE_URL_VAR))
            .transpose()?;
        // The tests wrap hundreds of keys; only a debug build lets them make scrypt cheaper.
        let scrypt_work_factor = if cfg!(debug_assertions) {
            text(TEST_SCRYPT_WORK_FACTOR_VAR)
                .and_then(|value| value.parse::<u8>().ok())
                .filter(|log_n| (10..=20).contains(log_n))
        } else {
            None
        };
        let env_token = TOKEN_VARS.iter().find_map(|&name| {
            var(name)
                .map(|v| v.to_string_lossy().trim().to_string())
                .filter(|v| !v.is_empty())
                .map(|v| (name, SecretString::from(v)))
        });
        // Where `vault login` and `bao login` keep the token (their token helper's file).
        let token_file = var("HOME")
            .or_else(|| var("USERPROFILE"))
            .filter(|home| !home.is_empty())
            .map(|home| PathBuf::from(home).join(".vault-token"));
        Ok(Config {
            config_dir,
            accounts,
            api,
            browser: Browser::from_var(text(BROWSER_VAR).as_deref()),
            team_credentials: TeamCredentials {
                entered: None,
                env_token,
                token_file,
            },
            runtime_dir: var("XDG_RUNTIME_DIR")
                .filter(|dir| !dir.is_empty())
                .map(PathBuf::from),
            search_path: var("PATH"),
            release_feed: update_feed.is_none(),
            update_feed: update_feed.unwrap_or_else(release_feed),
            scrypt_work_factor,
        })
    }

    /// The defaults with a given config folder: Zoho's accounts servers, the system browser.
    pub fn in_dir(config_dir: &Path) -> Config {
        Config {
            config_dir: config_dir.to_path_buf(),
            accounts: AccountsServers::dc_table(),
            api: ApiServers::dc_table(),
            browser: Browser::default(),
            team_credentials: TeamCredentials::default(),
            runtime_dir: None,
            search_path: None,
            update_feed: release_feed(),
            release_feed: true,
            scrypt_work_factor: None,
        }
    }
}

fn release_feed() -> Url {
    Url::parse(RELEASE_FEED).expect("the release feed is an address")
}

/// The platform's folder for this app's settings (`~/.config/zoho-credential-wizard` on Linux).
fn platform_config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "zoho-credential-wizard")
        .map(|dirs| dirs.config_dir().to_path_buf())
}

/// An accounts-server or API override: https, or plain http only to this computer, where
/// nothing crosses a network.
fn checked_override(value: &str, variable: &'static str) -> Result<Url, InputError> {
    let rejected = |reason| InputError::ServerUrlRejected {
        variable,
        value: value.to_string(),
        reason,
    };
    let url = Url::parse(value).map_err(|_| rejected(Flaw::AddressNotWeb))?;
    // Tokens go to paths under the API's root: a path here would be dropped, not kept.
    if variable == API_URL_VAR && (url.path() != "/" || url.query().is_some()) {
        return Err(rejected(Flaw::AddressHasPath));
    }
    rules::credential_transport(&url).map_err(rejected)?;
    Ok(url)
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
            (API_URL_VAR, "http://127.0.0.1:9090"),
            (
                BROWSER_VAR,
                if cfg!(windows) {
                    "firefox;chromium"
                } else {
                    "firefox:chromium"
                },
            ),
        ]);
        assert_eq!(config.config_dir, PathBuf::from("/tmp/zcw-test"));
        assert_eq!(
            config.accounts.overridden().map(Url::as_str),
            Some("http://127.0.0.1:8080/")
        );
        assert_eq!(
            config.api.overridden().map(Url::as_str),
            Some("http://127.0.0.1:9090/")
        );
        assert_eq!(config.browser.program(), Some("firefox"));
    }

    #[test]
    fn the_accounts_and_api_urls_must_be_https_or_this_computer() {
        for ok in [
            "https://accounts.example.com",
            "http://127.0.0.1:8080",
            "http://[::1]:9",
            "http://localhost:1",
        ] {
            assert!(checked_override(ok, ACCOUNTS_URL_VAR).is_ok(), "{ok}");
        }
        for bad in [
            "http://accounts.example.com",
            "http://10.0.0.1",
            "ftp://127.0.0.1",
            "not a url",
            "https://user:pw@accounts.example.com",
        ] {
            let err = crate::Error::from(checked_override(bad, ACCOUNTS_URL_VAR).unwrap_err());
            assert_eq!(err.kind(), "server_url_rejected", "{bad}");
            assert!(err.to_string().starts_with("ZCW_ACCOUNTS_URL is"), "{err}");
        }
        for variable in [ACCOUNTS_URL_VAR, API_URL_VAR] {
            let err = Config::from_vars_in(
                |name| (name == variable).then(|| "http://evil.example".into()),
                Some("/x".into()),
            )
            .unwrap_err();
            assert_eq!(err.category(), crate::Category::Input);
            assert!(err.to_string().starts_with(variable), "{err}");
        }
        assert!(checked_override("https://gw.example/zoho/", API_URL_VAR).is_err());
        assert!(checked_override("https://gw.example/", API_URL_VAR).is_ok());
    }

    #[test]
    fn a_tests_scrypt_work_factor_is_taken_only_within_reason() {
        let factor = |value: &str| {
            from(&[(CONFIG_DIR_VAR, "/x"), (TEST_SCRYPT_WORK_FACTOR_VAR, value)]).scrypt_work_factor
        };
        // The unit tests are a debug build, which reads it; a release build never does.
        assert_eq!(factor("15"), Some(15));
        for ignored in ["", "9", "21", "fifteen", "-1"] {
            assert_eq!(factor(ignored), None, "{ignored:?}");
        }
        assert_eq!(from(&[(CONFIG_DIR_VAR, "/x")]).scrypt_work_factor, None);
    }

    #[test]
    fn no_home_folder_is_an_error_not_a_shared_folder() {
        let err = Config::from_vars_in(|_| None, None).unwrap_err();
        assert_eq!(err.kind(), "config_dir_unknown");
        assert!(err.to_string().contains("ZCW_CONFIG_DIR"));
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
