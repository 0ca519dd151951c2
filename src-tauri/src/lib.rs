//! The desktop shell: reads the settings once, builds the core's context, registers the commands
//! and the opener plugin, and starts the window.

mod commands;
mod error;
mod state;

use zcw_core::config::Config;
use zcw_core::Context;

use crate::state::AppState;

pub fn run() {
    // The settings, read once for the app's lifetime. Without them (no home folder) the window
    // still opens and says why, rather than keep secrets in a folder other users can read.
    let state = match Config::from_vars(|name| std::env::var_os(name)) {
        Ok(config) => AppState::new(Context::open(config)),
        Err(problem) => {
            eprintln!("zoho-credential-wizard: {problem}");
            AppState::Unusable(problem)
        }
    };
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
            commands::use_team_store,
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
            commands::confirm_account,
            commands::hand_over,
            commands::copy_secret,
            commands::clipboard_setting,
            commands::set_clipboard_setting,
            commands::disconnect_connection,
            commands::app_info,
            commands::check_this_computer,
        ])
        .build(tauri::generate_context!())
        .expect("the window could not start")
        .run(|app, event| {
            // A secret the app copied does not outlive it on the clipboard.
            if let tauri::RunEvent::Exit = event {
                if let Ok(ready) = tauri::Manager::state::<AppState>(app).ready() {
                    ready.clipboard.clear_ours();
                }
            }
        });
}
