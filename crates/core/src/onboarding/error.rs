//! What can go wrong between a request and its reply, and with a Self Client file, in words a
//! person can act on. The messages name no command of ours: each front end words the next step.

use crate::flaw::Flaw;

/// A request, a reply or a Self Client file that cannot be used.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum OnboardingError {
    #[error("This is not a credentials request from Zoho Credential Wizard. Ask the sender to send the request file or its link again.")]
    RequestUnreadable { reason: String },

    #[error("This request was made with a newer version of Zoho Credential Wizard (its format is version {version}), which this version cannot read. Update the app, then open the request again; nothing was created.")]
    RequestFromNewerApp { version: u32 },

    #[error(
        "The request from {from} expired {when}. Ask {from} for a new request; nothing was sent."
    )]
    RequestExpired {
        from: String,
        when: String,
        /// The moment `when` words (seconds since 1970), for a front end that words it itself.
        at: u64,
    },

    #[error("The app does not show who sent this request: {why}. It shows only names that cannot disguise what is on the screen. Nothing was created. Ask the sender to make a new request with Zoho Credential Wizard.")]
    RequesterRefused { why: Flaw },

    #[error("This request says it was made {when}, by this computer's clock. Check this computer's date and time; if they are right, ask the sender for a new request. Nothing was created.")]
    RequestFromTheFuture {
        when: String,
        /// The moment `when` words (seconds since 1970), for a front end that words it itself.
        at: u64,
    },

    #[error("The fingerprint does not match this request's, so the request may have been changed on the way (its key swapped). Nothing was saved. Call the sender on a number you already know and ask them to read the fingerprint their app shows for this request; if it still differs, ask for a new request.")]
    FingerprintMismatch,

    #[error("\"{name}\" was not made from a credentials request, so there is nobody to send it to. Open the request you were sent and create the connection from it.")]
    NotFromRequest { name: String },

    #[error("{from} asked for a signed-in connection, and \"{name}\" is not signed in yet. Sign in to Zoho for it first, then send the reply.")]
    SignInFirst { name: String, from: String },

    #[error("There is no pending request named \"{name}\" on this computer's active store. Check the name in the list of requests (a cancelled request cannot be answered).")]
    NoSuchRequest { name: String },

    #[error("A request named \"{name}\" is already waiting for its reply. Cancel it first, or choose another name.")]
    RequestExists { name: String },

    #[error("The reply to \"{name}\" was already imported {when}; its key is gone, so a reply cannot be imported twice. The connection \"{name}\" holds what it brought.")]
    AlreadyAnswered {
        name: String,
        when: String,
        /// The moment `when` words (seconds since 1970), for a front end that words it itself.
        at: u64,
    },

    #[error("This reply cannot be opened with the key of any request waiting here. It was changed on the way, or it answers a request that was cancelled or made on another computer's store. Nothing was changed. Ask the sender to save the reply again and send the file itself.")]
    ReplyUnreadable { reason: String },

    #[error("This reply was made with a newer version of Zoho Credential Wizard (its format is version {version}), which this version cannot read. Update the app, then import the reply again; nothing was changed.")]
    ReplyFromNewerApp { version: u32 },

    #[error("This reply answers another request than \"{name}\" (request {expected}). Import it with the request it answers; nothing was changed.")]
    ReplyForAnotherRequest { name: String, expected: String },

    #[error("The reply for \"{name}\" arrived after its request expired ({when}), so it was not imported. Anyone who saw the request could have answered it; import it only if you expected this reply from your customer.")]
    ReplyLate {
        name: String,
        when: String,
        /// The moment `when` words (seconds since 1970), for a front end that words it itself.
        at: u64,
    },

    #[error("The reply for \"{name}\" holds a value that cannot be used: {reason}. Ask the sender to check the connection and send a new reply; nothing was changed.")]
    ReplyInvalid { name: String, reason: Flaw },

    #[error("\"{name}\" is a Self Client: it belongs to the account that made it, so no customer can reconnect it. Make a new Self Client code in the Zoho API console and import its file again.")]
    ReconnectSelfClient { name: String },

    #[error("This request asks you to sign in again to \"{name}\" with the client {asked}, and the Client ID given is another client's. Use the client the connection was made with (the Zoho API console shows its Client ID under Client Secret); a different client needs a new request, not a reconnect. Nothing was saved.")]
    ReconnectOtherClient { name: String, asked: String },

    #[error("This request asks you to sign in again to \"{name}\" with the client {asked}, and the connection \"{name}\" on this computer uses another client. Nothing was changed. Ask the sender whether the request is for this connection; if it is, remove the connection here and open the request again.")]
    ReconnectKeptOtherClient { name: String, asked: String },

    #[error("This request asks you to sign in again to \"{name}\", and the connection \"{name}\" on this computer was not made from a request, so it is not handed over. Nothing was changed. If you do want to give the requester this connection, ask them for a new request (not a reconnect) and answer it under another name.")]
    ReconnectNotFromRequest { name: String },

    #[error("This is not a self_client.json from the Zoho API console. In the console, open Self Client, generate a code and choose DOWNLOAD, then use that file.")]
    SelfClientFileUnreadable { reason: String },

    #[error("The code in this self_client.json expired {when}; nothing was sent to Zoho. In the Zoho API console, open Self Client, generate a new code (choose 10 minutes) and use the new file right away.")]
    SelfClientCodeExpired {
        when: String,
        /// The moment `when` words (seconds since 1970), for a front end that words it itself.
        at: u64,
    },
}
