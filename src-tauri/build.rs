//! Generates the app's permissions: one `allow-*` per command, so capabilities can name each one.

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "wizard_options",
            "preview_registration",
            "load_draft",
            "save_draft",
            "open_console",
        ]),
    ))
    .expect("tauri-build failed");
}
