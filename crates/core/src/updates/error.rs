//! What can go wrong looking for a new version of the app or installing it, in words a person can
//! act on; each says that the app they have is unchanged.

/// The update feed or an update could not be used.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum UpdateError {
    #[error("The update feed at {address} could not be reached, so the app could not look for a new version. Check the network and try again later; the app is unchanged.")]
    FeedUnreachable { address: String, reason: String },

    #[error("The update feed's answer is not one this app reads, so no update was offered. Try again later; the app is unchanged.")]
    FeedUnreadable { reason: String },

    #[error("The downloaded update does not carry a valid signature from the app's publisher, so it was not installed. The app is unchanged. Try again later; if it repeats, download the app from its release page and check it as the README says.")]
    SignatureRefused,

    #[error("The update could not be downloaded. Try again later; the app is unchanged.")]
    DownloadFailed { reason: String },

    #[error("The update could not be installed, so the app is unchanged. Try again, or download the new version from the app's release page.")]
    InstallFailed { reason: String },

    #[error("There is no update waiting to be installed. Check for updates first.")]
    NothingToInstall,

    #[error("The update feed now offers version {now}, not the {offered} you agreed to, so nothing was installed. Check for updates again.")]
    OfferChanged { offered: String, now: String },
}
