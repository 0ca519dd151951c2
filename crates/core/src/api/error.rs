//! What can go wrong with a call to a connection's Zoho API, in words a person can act on. The
//! messages name no command of ours: each front end words the next step.

/// A call that was refused before it was sent, or an answer that says the connection must change.
#[derive(Debug, thiserror::Error, strum::IntoStaticStr, strum::EnumCount, serde::Serialize)]
#[strum(serialize_all = "snake_case")]
#[serde(untagged)]
pub enum ApiError {
    #[error("{given} is not on the API domain of \"{name}\", {domain}: its token is sent nowhere else, so nothing was sent. Give a path such as /crm/v8/org, or an address on {domain}.")]
    OtherHost {
        name: String,
        given: String,
        domain: String,
    },

    #[error("\"{given}\" is not an API path or address. Give a path such as /crm/v8/org.")]
    BadTarget { given: String },

    #[error("The header \"{name}\" cannot be sent: a header is Name: value, the name made of letters, digits and -, the value on one line in plain ASCII. Correct it and try again.")]
    BadHeader { name: String },

    #[error("The {header} header is set from the connection itself and cannot be given. Leave it out and try again.")]
    HeaderRefused { header: String },

    #[error("\"{name}\" has no API domain on record and its data centre names none, so there is nowhere its token may go. Sign in again so that Zoho names it.")]
    NoApiDomain { name: String },

    #[error("Zoho refused the access token of \"{name}\" (INVALID_TOKEN), again right after a new one was made: the sign-in was revoked or is no longer valid.")]
    TokenRefused { name: String },

    #[error("{}", scope_missing(name, needs.as_deref(), granted))]
    ScopeMissing {
        name: String,
        /// The scope the call needs, where the path tells.
        needs: Option<String>,
        granted: Vec<String>,
    },

    #[error("Zoho's API rate limit was reached for \"{name}\" (HTTP 429): nothing more is sent for now. Wait a minute, then try again.")]
    ApiRateLimited { name: String },
}

fn scope_missing(name: &str, needs: Option<&str>, granted: &[String]) -> String {
    let granted = if granted.is_empty() {
        "none on record".to_string()
    } else {
        granted.join(", ")
    };
    match needs {
        Some(scope) => format!(
            "The access token of \"{name}\" works, but its scopes do not cover this call (Zoho answered OAUTH_SCOPE_MISMATCH): it needs {scope}, and the sign-in granted {granted}."
        ),
        None => format!(
            "The access token of \"{name}\" works, but its scopes do not cover this call (Zoho answered OAUTH_SCOPE_MISMATCH); the sign-in granted {granted}. Zoho's documentation of the call names the scope it needs."
        ),
    }
}
