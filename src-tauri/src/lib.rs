//! The desktop shell: reads the settings once, builds the core's context, registers the commands
//! and the opener plugin, and starts the window.

mod commands;
mod error;
mod received;
mod state;

use zcw_core::config::Config;
use zcw_core::Context;

use crate::received::Inbox;
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
    // A request file or link the app was started with (a double-click, a clicked link).
    let inbox = Inbox::default();
    inbox.take_args(std::env::args());
    tauri::Builder::default()
        // First: a second launch (another request opened) hands its arguments to this window.
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            if tauri::Manager::state::<Inbox>(app).take_args(args) {
                received::announce(app);
            } else if let Some(window) = tauri::Manager::get_webview_window(app, "main") {
                let _ = window.set_focus();
            }
        }))
        .plugin(tauri_plugin_deep_link::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            use tauri_plugin_deep_link::DeepLinkExt;
            let handle = app.handle().clone();
            app.deep_link().on_open_url(move |event| {
                if let Some(url) = event.urls().into_iter().next() {
                    tauri::Manager::state::<Inbox>(&handle).take_link(url.to_string());
                    received::announce(&handle);
                }
            });
            Ok(())
        })
        .manage(state)
        .manage(inbox)
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
            commands::unlock_file_store,
            commands::delete_damaged_record,
            commands::use_keychain,
            commands::use_team_store,
            commands::list_connections,
            commands::connection_health,
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
            commands::take_handed_request,
            commands::open_request_text,
            commands::choose_request_file,
            commands::stop_answering,
            commands::save_requested_connection,
            commands::accept_reconnect,
            commands::copy_reply,
            commands::save_reply,
            commands::create_request,
            commands::create_reconnect_request,
            commands::save_request_file,
            commands::copy_request_link,
            commands::list_requests,
            commands::cancel_request,
            commands::open_reply,
            commands::confirm_import,
            commands::discard_import,
            commands::switch_request,
            commands::import_self_client_file,
            commands::import_self_client_values,
            commands::delete_self_client_file,
        ])
        .build(tauri::generate_context!())
        .unwrap_or_else(|error| {
            // The one failure a person can cause: opening the app while its last window is
            // still closing (the request cannot be handed over). Said, not a crash.
            if let tauri::Error::PluginInitialization(plugin, _) = &error {
                if plugin == "single-instance" {
                    eprintln!("Zoho Credential Wizard was still closing, so it could not open. Open it again in a moment.");
                    std::process::exit(1);
                }
            }
            panic!("the window could not start: {error}")
        })
        .run(|app, event| {
            // A secret the app copied does not outlive it on the clipboard.
            if let tauri::RunEvent::Exit = event {
                if let Ok(ready) = tauri::Manager::state::<AppState>(app).ready() {
                    ready.clipboard.clear_ours();
                }
            }
        });
}
