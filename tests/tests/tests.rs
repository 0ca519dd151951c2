//! One integration test binary (as ripgrep does): CLI flows and the GUI end to end.

mod cli_connections;
mod cli_console;
mod cli_login;
mod cli_uris;
mod gui_connect;
mod gui_secret;
mod gui_wizard;
