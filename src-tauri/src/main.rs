//! Desktop entry point.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    zoho_credential_wizard_lib::run();
}
