//! Generates the app's permissions: one `allow-*` per command, so capabilities can name each one.
//! The list must match the commands registered in src/lib.rs.

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
            "use_team_store",
            "list_connections",
            "get_connection",
            "replace_secret",
            "rename_connection",
            "remove_connection",
            "sign_in_options",
            "start_sign_in",
            "finish_sign_in",
            "cancel_sign_in",
            "paste_redirect",
            "confirm_account",
            "hand_over",
            "copy_secret",
            "clipboard_setting",
            "set_clipboard_setting",
            "disconnect_connection",
            "app_info",
            "check_this_computer",
        ]),
    ))
    .expect("tauri-build failed");
}
