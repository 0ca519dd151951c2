//! Secret values as types that never print themselves and are wiped from memory on drop.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer};

macro_rules! secret_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $name(SecretString);

        impl $name {
            /// Wraps a value, trimming the whitespace a paste tends to bring along.
            pub fn new(value: &str) -> Self {
                $name(SecretString::from(value.trim()))
            }

            /// The value itself: call only where it must be handed on (secret store, token request).
            pub fn expose(&self) -> &str {
                self.0.expose_secret()
            }

            pub fn is_empty(&self) -> bool {
                self.expose().is_empty()
            }

            /// The last four characters, for "••••abcd" confirmations.
            pub fn last4(&self) -> String {
                let chars: Vec<char> = self.expose().chars().collect();
                chars[chars.len().saturating_sub(4)..].iter().collect()
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("[redacted]")
            }
        }

        // The SecretString inside wipes itself when dropped.
        impl zeroize::ZeroizeOnDrop for $name {}

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.expose() == other.expose()
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let raw = zeroize::Zeroizing::new(String::deserialize(deserializer)?);
                Ok($name::new(&raw))
            }
        }
    };
}

secret_newtype!(
    /// A Zoho OAuth client secret.
    ClientSecret
);
secret_newtype!(
    /// The passphrase of the encrypted file.
    Passphrase
);
secret_newtype!(
    /// A Zoho refresh token: long-lived, so it stays in a secret store and is never printed.
    RefreshToken
);
secret_newtype!(
    /// A Zoho access token (one hour).
    AccessToken
);
secret_newtype!(
    /// The one-time code Zoho sends back to the loopback listener.
    AuthorizationCode
);
secret_newtype!(
    /// A team store (OpenBao/Vault) token typed into the app: held in memory, never saved.
    TeamToken
);
secret_newtype!(
    /// The private half of a credentials request's age key pair (`AGE-SECRET-KEY-1...`): kept in
    /// the secret store until the reply is imported, never shown.
    RequestKey
);

impl Passphrase {
    pub(crate) fn to_age(&self) -> SecretString {
        SecretString::from(self.expose().to_string())
    }
}

/// Zoho's client ID shape: `1000.` and 30 capitals or digits. Not documented, so only a hint.
pub fn looks_like_client_id(value: &str) -> bool {
    value.strip_prefix("1000.").is_some_and(|rest| {
        rest.len() == 30
            && rest
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    })
}

/// Zoho's token shape: `1000.` then two groups of hex digits, as access and refresh tokens and
/// authorization codes look. Not documented, so only a hint.
pub fn looks_like_token(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("1000.") else {
        return false;
    };
    let mut parts = rest.split('.');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(a), Some(b), None)
            if a.len() >= 16 && b.len() >= 16
                && a.chars().chain(b.chars()).all(|c| c.is_ascii_hexdigit())
    )
}

/// Whether a value looks like something that must never be saved in plain text.
pub fn looks_like_secret(value: &str) -> bool {
    looks_like_client_secret(value) || looks_like_token(value)
}

/// Zoho's client secret shape: 42 lower-case hex-like characters. Not documented, so only a hint.
pub fn looks_like_client_secret(value: &str) -> bool {
    value.len() == 42
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "0123456789abcdef0123456789abcdef0123456789";

    #[test]
    fn debug_never_shows_the_value() {
        let secret = ClientSecret::new(SECRET);
        assert_eq!(format!("{secret:?}"), "[redacted]");
        assert_eq!(
            format!("{:?}", Some(Passphrase::new("hunter2"))),
            "Some([redacted])"
        );
    }

    #[test]
    fn every_secret_and_token_type_is_wiped_on_drop() {
        fn wiped_on_drop<T: zeroize::ZeroizeOnDrop>() {}
        wiped_on_drop::<ClientSecret>();
        wiped_on_drop::<Passphrase>();
        wiped_on_drop::<RefreshToken>();
        wiped_on_drop::<AccessToken>();
        wiped_on_drop::<AuthorizationCode>();
    }

    #[test]
    fn values_are_trimmed_and_last4_is_the_tail() {
        let secret = ClientSecret::new(&format!("  {SECRET}\n"));
        assert_eq!(secret.expose(), SECRET);
        assert_eq!(secret.last4(), "6789");
        assert_eq!(ClientSecret::new("ab").last4(), "ab");
        assert!(ClientSecret::new("  ").is_empty());
    }

    #[test]
    fn deserialises_from_a_json_string() {
        let secret: ClientSecret = serde_json::from_str(&format!("\" {SECRET} \"")).unwrap();
        assert_eq!(secret.expose(), SECRET);
    }

    #[test]
    fn zoho_shapes() {
        assert!(looks_like_client_id("1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"));
        assert!(!looks_like_client_id("1000.abcdefghijklmnopqrstuvwxyz0123"));
        assert!(!looks_like_client_id("1000.ABC"));
        assert!(looks_like_client_secret(SECRET));
        assert!(!looks_like_client_secret(
            "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"
        ));
    }
}
