//! Zoho's OAuth code flow: the authorization request, the loopback listener that receives the
//! answer, the token endpoint, and the tokens kept for `zcw token`.

pub mod accounts;
pub mod authorize;
pub mod listener;
pub mod login;
pub mod page;
pub mod scopes;
pub mod token_client;
pub mod tokens;
