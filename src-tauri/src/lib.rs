//! The desktop shell: registers the commands and the opener plugin, and starts the window.

mod commands;
mod error;

use zcw_core::draft::DraftStore;

pub fn run() {
    let drafts = match zcw_core::config_dir::config_dir() {
        Ok(dir) => DraftStore::in_dir(&dir),
        Err(e) => {
            // Without a config directory the wizard still works; drafts go to a temporary folder.
            eprintln!("zoho-credential-wizard: {e}");
            DraftStore::in_dir(&std::env::temp_dir().join("zoho-credential-wizard"))
        }
    };
    tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .manage(drafts)
        .invoke_handler(tauri::generate_handler![
            commands::wizard_options,
            commands::preview_registration,
            commands::load_draft,
            commands::save_draft,
            commands::open_console,
        ])
        .run(tauri::generate_context!())
        .expect("the window could not start");
}
