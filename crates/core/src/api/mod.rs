//! Calls to a connection's Zoho API with its access token: where they may go, the call with its
//! one retry after a refresh, and Zoho's API answers read as verdicts.

pub mod call;
pub mod check;
pub mod error;
pub mod needs;
pub mod servers;

pub use call::{call, ApiAnswer, ApiRequest};
pub use error::ApiError;
