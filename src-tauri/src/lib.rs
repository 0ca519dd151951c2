//! The desktop shell: reads the settings once, builds the core's context, registers the commands
//! and the opener plugin, and starts the window.

mod commands;
mod error;
mod state;

use zcw_core::config::{Config, CONFIG_DIR_VAR};
use zcw_core::Context;

use crate::state::AppState;

/// The settings from the environment, read once for the app's lifetime.
fn config() -> Config {
    Config::from_vars(|name| std::env::var_os(name)).unwrap_or_else(|e| {
        // Without a home folder the wizard still works; its files go to a temporary folder.
        eprintln!("zoho-credential-wizard: {e}");
        let fallback = std::env::temp_dir().join("zoho-credential-wizard");
        Config::from_vars(|name| match name {
            CONFIG_DIR_VAR => Some(fallback.clone().into_os_string()),
            other => std::env::var_os(other),
        })
        .expect("a config folder is given")
    })
}

pub fn run() {
    let state = AppState::new(Context::open(config()));
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::wizard_options,
            commands::preview_registration,
            commands::load_draft,
            commands::save_draft,
            commands::clear_draft,
            commands::open_console,
            commands::store_status,
            commands::suggest_connection_name,
            commands::check_connection,
            commands::save_connection,
            commands::use_file_store,
            commands::use_keychain,
            commands::list_connections,
            commands::get_connection,
            commands::replace_secret,
            commands::rename_connection,
            commands::remove_connection,
            commands::sign_in_options,
            commands::start_sign_in,
            commands::finish_sign_in,
            commands::cancel_sign_in,
            commands::paste_redirect,
        ])
        .run(tauri::generate_context!())
        .expect("the window could not start");
}
