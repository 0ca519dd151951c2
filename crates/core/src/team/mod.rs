//! The team store: connections, their secrets and their access tokens in KV version 2 on OpenBao
//! or HashiCorp Vault, so that every machine with the address and a token shares them, and one
//! machine at a time refreshes a connection's access token for all of them.

pub mod auth;
pub mod kv;
pub mod records;
pub mod settings;
pub mod store;
