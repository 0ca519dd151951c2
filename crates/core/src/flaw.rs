//! What is wrong with a value an error names (an address, a reply's field, a team record, who a
//! request says sent it): a kind with its values, which the app words in each language
//! (`flaw-<kind>` in its catalogs), and its English clause, which the CLI prints inside the
//! error's sentence.

use serde::Serialize;

use crate::field::Field;

/// One flaw. Its English is a clause that completes the error's sentence ("The reply for "crm"
/// holds a value that cannot be used: {flaw}."). Values from outside are never quoted in it,
/// apart from ones this side already knew (a connection's name, its earlier account).
#[derive(
    Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error, strum::VariantNames, strum::EnumCount,
)]
#[serde(tag = "flaw", rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Flaw {
    // A server's address (after "The team store's address "…"" or "ZCW_… is "…", which").
    #[error("is empty: give the server's address, for example https://vault.example.com:8200")]
    AddressEmpty,
    #[error("is not a web address")]
    AddressNotWeb,
    #[error("has a path: give the server's address alone")]
    AddressHasPath,
    #[error("would send secrets unencrypted to another computer: use https://")]
    AddressUnencrypted,
    #[error("is neither https:// nor http:// on this computer")]
    AddressOtherScheme,
    #[error("contains a user name or password")]
    AddressHasCredentials,

    // Who a request says sent it (after "The app does not show who sent this request:").
    #[error("the name is empty")]
    SenderEmpty,
    #[error("the name has spaces around it, or doubled")]
    SenderSpaced,
    #[error("the name is longer than {max} characters")]
    SenderTooLong { max: usize },
    #[error("the name contains a code shaped like a fingerprint")]
    SenderLikeCode,
    #[error("the name contains characters that could hide or reorder what is on screen (control or formatting characters) or other symbols")]
    SenderHiddenCharacters,

    // A pasted sign-in answer (inside "(…)").
    #[error("it is not a web address")]
    PastedNotWeb,
    #[error("this connection has no valid redirect URI")]
    PastedNoRedirectUri,
    #[error("it points somewhere else")]
    PastedElsewhere,
    #[error("it belongs to another sign-in attempt")]
    PastedOtherAttempt,
    #[error("its {part} appears more than once")]
    PastedRepeated { part: String },
    #[error("it has no code")]
    PastedNoCode,

    // A reply's or a team record's values (after "holds a value that cannot be used:" or
    // "is damaged:").
    #[error("it names another connection than \"{name}\"")]
    OtherConnection { name: String },
    #[error("its connection name is not allowed")]
    NameNotAllowed,
    #[error("its Client ID is not one Zoho makes")]
    ClientIdUnusable,
    #[error("its Client Secret is not one Zoho makes")]
    ClientSecretUnusable,
    #[error("it is for another client than the one the connection uses")]
    OtherClient,
    #[error("its data centre is not one Zoho has")]
    UnknownDataCentre,
    #[error("the client is in the {dc} data centre, and the request asked for {asked}")]
    OtherDataCentre { dc: String, asked: String },
    #[error("the request's registration is not valid in the reply's data centre ({})", which(*field))]
    RegistrationInvalid { field: Option<Field> },
    #[error("it carries no sign-in, and the request asked for one")]
    NoSignIn,
    #[error("its accounts server is not a trusted Zoho accounts server")]
    UntrustedAccountsServer,
    #[error("its accounts server is the {other} data centre's, not {dc}'s")]
    AccountsServerElsewhere { other: String, dc: String },
    #[error("its API domain is not the {dc} data centre's ({expected})")]
    ApiDomainElsewhere { dc: String, expected: String },
    #[error("its scopes are not Zoho scope names")]
    ScopesNotZohos,
    #[error("the account it was signed in with is not an address")]
    AccountNotAddress,
    #[error("the connection it reconnects is no longer here")]
    ConnectionGone,
    #[error("the connection here uses another client now")]
    ClientChanged,
    #[error("the connection here moved to another data centre since the request")]
    DataCentreChanged,
    #[error("the connection was signed in again here after the request was made")]
    SignedInSince,
    #[error(
        "Zoho does not say whose account its sign-in belongs to, and the request asked to know"
    )]
    AccountUnnamed,
    #[error("the account it names is not the one Zoho says signed in ({zoho})")]
    AccountNotZohos { zoho: String },
    #[error("it was signed in with another Zoho account than the connection's ({earlier})")]
    OtherAccount { earlier: String },
    #[error("Zoho does not say whose account signed in, and the connection's was {earlier}")]
    AccountUnknown { earlier: String },

    // Only a team record's.
    #[error("it names another connection than the one it is kept under (\"{key}\")")]
    KeptUnderAnother { key: String },
    #[error("its loopback port is not usable")]
    PortUnusable,
    #[error("a redirect URI is not usable")]
    RedirectUriUnusable,
    #[error("its homepage is not usable")]
    HomepageUnusable,
    #[error("its client name is not allowed")]
    ClientNameNotAllowed,
    #[error("the data centre it was signed in at is not one Zoho has")]
    SignedInAtUnknown,
    #[error("the request the connection came from is not usable")]
    RequestUnusable,
}

fn which(field: Option<Field>) -> String {
    field.map_or("one of its values".into(), |f| format!("its {}", f.label()))
}

#[cfg(test)]
mod tests {
    use strum::{EnumCount, VariantNames};

    use super::*;

    /// One of each, with values, so the catalog check below sees every variant.
    pub(crate) fn every() -> Vec<Flaw> {
        let s = || "x".to_string();
        let all = vec![
            Flaw::AddressEmpty,
            Flaw::AddressNotWeb,
            Flaw::AddressHasPath,
            Flaw::AddressUnencrypted,
            Flaw::AddressOtherScheme,
            Flaw::AddressHasCredentials,
            Flaw::SenderEmpty,
            Flaw::SenderSpaced,
            Flaw::SenderTooLong { max: 1 },
            Flaw::SenderLikeCode,
            Flaw::SenderHiddenCharacters,
            Flaw::PastedNotWeb,
            Flaw::PastedNoRedirectUri,
            Flaw::PastedElsewhere,
            Flaw::PastedOtherAttempt,
            Flaw::PastedRepeated { part: s() },
            Flaw::PastedNoCode,
            Flaw::OtherConnection { name: s() },
            Flaw::NameNotAllowed,
            Flaw::ClientIdUnusable,
            Flaw::ClientSecretUnusable,
            Flaw::OtherClient,
            Flaw::UnknownDataCentre,
            Flaw::OtherDataCentre {
                dc: s(),
                asked: s(),
            },
            Flaw::RegistrationInvalid {
                field: Some(Field::CustomHomepage),
            },
            Flaw::NoSignIn,
            Flaw::UntrustedAccountsServer,
            Flaw::AccountsServerElsewhere {
                other: s(),
                dc: s(),
            },
            Flaw::ApiDomainElsewhere {
                dc: s(),
                expected: s(),
            },
            Flaw::ScopesNotZohos,
            Flaw::AccountNotAddress,
            Flaw::ConnectionGone,
            Flaw::ClientChanged,
            Flaw::DataCentreChanged,
            Flaw::SignedInSince,
            Flaw::AccountUnnamed,
            Flaw::AccountNotZohos { zoho: s() },
            Flaw::OtherAccount { earlier: s() },
            Flaw::AccountUnknown { earlier: s() },
            Flaw::KeptUnderAnother { key: s() },
            Flaw::PortUnusable,
            Flaw::RedirectUriUnusable,
            Flaw::HomepageUnusable,
            Flaw::ClientNameNotAllowed,
            Flaw::SignedInAtUnknown,
            Flaw::RequestUnusable,
        ];
        assert_eq!(all.len(), Flaw::COUNT, "every flaw is listed");
        all
    }

    #[test]
    fn every_flaw_has_its_words_in_the_apps_catalog_naming_only_its_values() {
        let catalog = include_str!("../../../src-tauri/locales/en.ftl");
        for flaw in every() {
            let json = serde_json::to_value(&flaw).unwrap();
            let kind = json["flaw"].as_str().unwrap();
            assert!(Flaw::VARIANTS.contains(&kind));
            let words = catalog
                .lines()
                .find_map(|line| line.strip_prefix(&format!("flaw-{kind} = ")))
                .unwrap_or_else(|| panic!("the app's catalog has no flaw-{kind}"));
            for value in words.split("{ $").skip(1) {
                let name = value.split([' ', '}']).next().unwrap_or_default();
                assert!(
                    json.get(name).is_some(),
                    "flaw-{kind} names {name}, which the flaw does not give: {json}"
                );
            }
        }
    }

    #[test]
    fn a_flaw_is_its_kind_and_values() {
        let json = serde_json::to_value(Flaw::OtherDataCentre {
            dc: "EU".into(),
            asked: "US".into(),
        })
        .unwrap();
        assert_eq!(
            json,
            serde_json::json!({"flaw": "other-data-centre", "dc": "EU", "asked": "US"})
        );
        assert_eq!(
            Flaw::RegistrationInvalid { field: None }.to_string(),
            "the request's registration is not valid in the reply's data centre (one of its values)"
        );
    }
}
