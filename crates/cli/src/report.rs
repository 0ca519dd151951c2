//! How a saved connection is reported: its warnings on standard error, then one line saying
//! where its secret went.

use zcw_core::connections::SavedSecret;

pub fn report_saved(what: &str, saved: &SavedSecret) {
    for warning in &saved.warnings {
        eprintln!("zcw: warning: {warning}");
    }
    println!(
        "{what} \"{}\". Client secret saved in {} · ••••{}",
        saved.connection.name, saved.stored_in, saved.secret_last4
    );
}
