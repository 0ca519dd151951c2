//! The desktop shell: reads the settings once, builds the core's context, registers the commands
//! and the opener plugin, and starts the window.

#[cfg(test)]
mod catalog_check;
mod commands;
mod error;
mod language;
mod received;
mod state;
mod updates;

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
    let languages = commands::language::SystemLanguages(sys_locale::get_locales().collect());
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
        .plugin(tauri_plugin_updater::Builder::new().build())
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
        .manage(languages)
        .manage(updates::Offered::default())
        .invoke_handler(tauri::generate_handler![
            commands::language::language,
            commands::language::set_language,
            commands::updates::update_status,
            commands::updates::check_for_update,
            commands::updates::install_update,
            commands::updates::set_automatic_updates,
            commands::wizard::wizard_options,
            commands::wizard::preview_registration,
            commands::wizard::load_draft,
            commands::wizard::save_draft,
            commands::wizard::clear_draft,
            commands::wizard::open_console,
            commands::stores::store_status,
            commands::wizard::suggest_connection_name,
            commands::wizard::check_connection,
            commands::wizard::save_connection,
            commands::stores::use_file_store,
            commands::stores::unlock_file_store,
            commands::connections::delete_damaged_record,
            commands::stores::use_keychain,
            commands::stores::use_team_store,
            commands::connections::list_connections,
            commands::connections::connection_health,
            commands::connections::get_connection,
            commands::connections::replace_secret,
            commands::connections::rename_connection,
            commands::connections::remove_connection,
            commands::sign_in::sign_in_options,
            commands::sign_in::start_sign_in,
            commands::sign_in::finish_sign_in,
            commands::sign_in::cancel_sign_in,
            commands::sign_in::paste_redirect,
            commands::sign_in::confirm_account,
            commands::connections::hand_over,
            commands::connections::copy_secret,
            commands::connections::clipboard_setting,
            commands::connections::set_clipboard_setting,
            commands::connections::disconnect_connection,
            commands::app_info,
            commands::check_this_computer,
            commands::onboarding::take_handed_request,
            commands::onboarding::open_request_text,
            commands::onboarding::choose_request_file,
            commands::onboarding::stop_answering,
            commands::onboarding::save_requested_connection,
            commands::onboarding::accept_reconnect,
            commands::onboarding::copy_reply,
            commands::onboarding::save_reply,
            commands::onboarding::create_request,
            commands::onboarding::create_reconnect_request,
            commands::onboarding::save_request_file,
            commands::onboarding::copy_request_link,
            commands::onboarding::list_requests,
            commands::onboarding::cancel_request,
            commands::onboarding::open_reply,
            commands::onboarding::confirm_import,
            commands::onboarding::discard_import,
            commands::onboarding::switch_request,
            commands::onboarding::import_self_client_file,
            commands::onboarding::import_self_client_values,
            commands::onboarding::delete_self_client_file,
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
