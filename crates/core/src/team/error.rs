//! What can go wrong with the team store, in words a person can act on. Owned here, beside the
//! code that fails; the core's [`crate::Error`] wraps it. The messages name no command of ours:
//! each front end words the next step (see [`crate::NextStep`]).

use std::path::PathBuf;

use crate::flaw::Flaw;

/// The team store (OpenBao or Vault) could not be used, or holds something it should not.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[serde(untagged)]
pub enum TeamError {
    #[strum(serialize = "team_unreachable")]
    #[error("The team store at {address} cannot be reached. Check the address and that the server is running, then try again. Nothing was changed.")]
    Unreachable { address: String, reason: String },

    #[strum(serialize = "team_quorum_lost")]
    #[error("The team store's cluster ({addresses}) has no active node: {down} of its {nodes} nodes do not answer, so it has lost its quorum (a majority must run). Start the stopped nodes, then try again. Nothing was changed.")]
    QuorumLost {
        addresses: String,
        down: usize,
        nodes: usize,
    },

    #[strum(serialize = "team_no_active_node")]
    #[error("The team store's cluster ({addresses}) found no active node within {seconds} seconds (an election that does not finish). Check the cluster's health, then try again. Nothing was changed.")]
    NoActiveNode { addresses: String, seconds: u64 },

    #[strum(serialize = "team_sealed")]
    #[error("The team store at {address} is sealed. Ask its operator to unseal it (bao operator unseal, or vault operator unseal), then try again. Nothing was changed.")]
    Sealed { address: String },

    #[strum(serialize = "team_token_missing")]
    #[error("No token for the team store. Set VAULT_TOKEN (or BAO_TOKEN), or sign in with bao login or vault login (they keep the token in ~/.vault-token); on a server, give an AppRole (role ID and secret ID file).")]
    TokenMissing,

    #[strum(serialize = "team_token_rejected")]
    #[error("The team store at {address} refused the token: it has expired or was revoked. Get a new one (bao login, vault login, or a new AppRole secret ID), then try again. Nothing was changed.")]
    TokenRejected { address: String },

    #[strum(serialize = "team_permission_denied")]
    #[error("The team store's token may not {capability} \"{path}\". Its policy needs the \"{capability}\" capability on that path (see README, Teams and servers). Nothing was changed.")]
    PermissionDenied {
        capability: &'static str,
        path: String,
    },

    #[strum(serialize = "team_app_role_refused")]
    #[error("The team store's AppRole login was refused. Check the role ID and that the secret ID in its file is current.")]
    AppRoleRefused { reason: String },

    #[strum(serialize = "team_secret_id_file")]
    #[error("The AppRole secret ID file {} cannot be read. Check that it exists and that this user may read it.", path.display())]
    SecretIdFile { path: PathBuf, reason: String },

    #[strum(serialize = "team_ca_cert")]
    #[error("The team store's CA certificate {} cannot be used. Give a PEM file with the CA that signed the server's certificate.", path.display())]
    CaCert { path: PathBuf, reason: String },

    #[strum(serialize = "team_answer")]
    #[error("The team store at {address} refused the request (HTTP {status}). Nothing was changed. Try again; if it repeats, show the details to whoever runs the team store.")]
    Answer {
        address: String,
        status: u16,
        message: String,
    },

    #[strum(serialize = "team_record_unreadable")]
    #[error("The team store's record {path} is not in the shape this app writes. Someone changed it by hand: fix or delete it.")]
    RecordUnreadable { path: String, reason: String },

    #[strum(serialize = "team_record_damaged")]
    #[error("The team store's record {path} is damaged: {problem}. It is not used. Fix it, or delete it and add the connection again.")]
    RecordDamaged { path: String, problem: Flaw },

    #[strum(serialize = "team_conflict")]
    #[error("The team store's record {path} kept changing under us (other machines were writing). Try again in a moment.")]
    Conflict { path: String },

    #[strum(serialize = "team_refresh_stuck")]
    #[error("Another machine has been refreshing the access token of \"{name}\" for {seconds} seconds without finishing. Try again in a minute; if it keeps happening, check that machine.")]
    RefreshStuck { name: String, seconds: u64 },

    #[strum(serialize = "team_not_set_up")]
    #[error("No team store is set up on this computer.")]
    NotSetUp,
}
