//! Generates the app's permissions: one `allow-*` per command, so capabilities can name each one.

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "wizard_options",
            "preview_registration",
            "load_draft",
            "save_draft",
            "clear_draft",
            "open_console",
            "store_status",
            "suggest_connection_name",
            "check_connection",
            "save_connection",
            "use_file_store",
            "use_keychain",
            "list_connections",
            "get_connection",
            "replace_secret",
            "rename_connection",
            "remove_connection",
            "login_options",
            "start_login",
            "finish_login",
            "cancel_login",
            "paste_redirect",
        ]),
    ))
    .expect("tauri-build failed");
}
