//! The desktop shell: registers the commands and the opener plugin, and starts the window.

mod commands;
mod error;
mod state;

use std::sync::Arc;

use zcw_core::connections::Connections;
use zcw_core::draft::DraftStore;
use zcw_core::secret_store::keychain::KeychainStore;

use crate::state::AppState;

pub fn run() {
    let dir = zcw_core::config_dir::config_dir().unwrap_or_else(|e| {
        // Without a home directory the wizard still works; its files go to a temporary folder.
        eprintln!("zoho-credential-wizard: {e}");
        std::env::temp_dir().join("zoho-credential-wizard")
    });
    let state = AppState::new(
        DraftStore::in_dir(&dir),
        Connections::new(&dir, Arc::new(KeychainStore::default())),
    );
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
            commands::login_options,
            commands::start_login,
            commands::finish_login,
            commands::cancel_login,
            commands::paste_redirect,
        ])
        .run(tauri::generate_context!())
        .expect("the window could not start");
}
