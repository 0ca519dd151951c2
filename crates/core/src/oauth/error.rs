//! What can go wrong in a sign-in: the loopback listener and what the browser brought back,
//! and the errors Zoho answers with.

/// The sign-in (the loopback listener and what the browser brought back) did not complete.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum SignInError {
    #[error("Port {port} is already in use on this computer, so the sign-in cannot come back to this app. Close the program using it and try again, or pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.")]
    PortInUse { port: u16 },

    #[error("This computer does not allow listening on port {port} (on Windows the port may be in a reserved range). Pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.")]
    PortPermissionDenied { port: u16 },

    #[error("This app could not listen on port {port} for the sign-in. Close the program using it and try again, or pick another port for this connection and register http://localhost:PORT/callback for it in the Zoho API console.")]
    ListenerFailed { port: u16, reason: String },

    #[error(
        "No answer came back from Zoho within {seconds} seconds. {}",
        crate::cause::numbered(causes)
    )]
    TimedOut {
        seconds: u64,
        causes: Vec<crate::cause::Cause>,
    },

    #[error("The sign-in was cancelled. Start it again when you are ready.")]
    Cancelled,

    #[error("You declined access in Zoho, so no tokens were issued. Start the sign-in again and click Accept in Zoho.")]
    Declined,

    #[error("Zoho's answer names {server} as the accounts server, which is not a known Zoho accounts server. Nothing was sent to it. Start the sign-in again; if this repeats, someone may be tampering with the sign-in.")]
    UntrustedAccountsServer { server: String },

    #[error("There is no sign-in in progress. Start the sign-in again.")]
    NotStarted,

    #[error("The new sign-in was cancelled at Zoho and its tokens deleted; the connection stays signed in as {previous}. To use the other account after all, sign in again and switch to it.")]
    Discarded { previous: String },

    #[error("Zoho could not be reached to revoke the sign-in of \"{name}\", so nothing was deleted. You can also revoke it by hand: in your Zoho account, open Connected apps and remove this client.")]
    RevokeUnreachable { name: String, reason: String },

    #[error("\"{name}\" has no working sign-in: {why}.")]
    NeedsSignIn { name: String, why: NoSignIn },
}

/// Why a connection has no working sign-in (the app words each as `why-<kind>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoSignIn {
    NeverConnected,
    RefreshTokenMissing,
    RefreshTokenRefused,
    DisconnectedDuringRefresh,
    Disconnected,
    NoRefreshToken,
}

impl std::fmt::Display for NoSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NoSignIn::NeverConnected => "it has never been connected",
            NoSignIn::RefreshTokenMissing => "its refresh token is missing",
            NoSignIn::RefreshTokenRefused => "Zoho no longer accepts its refresh token (revoked, or pushed out by newer sign-ins: Zoho keeps at most 20 per user)",
            NoSignIn::DisconnectedDuringRefresh => {
                "it was disconnected while its access token was being refreshed"
            }
            NoSignIn::Disconnected => "it was disconnected",
            NoSignIn::NoRefreshToken => "it has no refresh token",
        })
    }
}

/// Zoho answered, with an error.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum ZohoError {
    #[error("Zoho rejected the client: the client secret is wrong, or this client is registered in another data centre. Check the data centre, replace the secret if you regenerated it, and try again.")]
    InvalidClient,

    #[error("Zoho says the client secret is wrong. Copy it again from the Zoho API console (or regenerate it) and replace it.")]
    InvalidClientSecret,

    #[error("The sign-in code expired or was already used (codes live 1 to 2 minutes). Start the sign-in again.")]
    InvalidCode,

    #[error("Zoho says the redirect URI does not match the registered one. Register {uri} exactly (same port, no trailing slash) in the Zoho API console.")]
    InvalidRedirectUri { uri: String },

    #[error(
        "Zoho is rate limiting this client (too many requests). Wait a few minutes and try again."
    )]
    RateLimited,

    #[error("Zoho refused access: too many grants for this client, or access was declined. Wait a few minutes, then sign in again.")]
    AccessDenied,

    #[error("Zoho answered with an error this app does not know. Try again; if it repeats, check the client in the Zoho API console.")]
    Unexpected { error: String },

    #[error("Zoho's answer could not be understood. Try again in a few minutes; if it repeats, Zoho may be changing something on its side.")]
    BadResponse { reason: String },

    #[error("Zoho allows at most 10 new access tokens per 10 minutes for a connection, and \"{name}\" has used them. Try again in {wait_secs} seconds.")]
    TokenRateLimited { name: String, wait_secs: u64 },
}
