//! What can go wrong opening an address in the browser.

/// The browser could not show an address.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum BrowserError {
    #[error("Could not open the browser. Copy the address {url} into your browser instead.")]
    LaunchFailed { url: String, reason: String },

    #[error("Refusing to open {url}: it is not the Zoho API console of a known data centre. Nothing was opened. Use the Open Zoho API Console button, which opens the console of the data centre you chose.")]
    UntrustedUrl { url: String },
}
