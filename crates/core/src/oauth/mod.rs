//! Zoho's OAuth code flow: the authorization request, the loopback listener that receives the
//! answer, the token endpoint, the sign-in that ties them together, and the tokens kept for
//! `zcw token`.

pub mod accounts;
pub mod authorize;
pub mod disconnect;
pub mod error;
pub mod listener;
pub mod page;
pub mod scopes;
pub mod sign_in;
pub mod token_endpoint;
pub mod tokens;
