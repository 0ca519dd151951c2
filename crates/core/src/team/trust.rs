//! The trust boundary: a team record is data other machines wrote (any machine that may refresh
//! can write a tokens record), so it is checked by the rules typed input meets before anything
//! uses it. What decides where a secret or a token goes comes from rules, never from a record:
//! the sign-in's redirect URI is built from the port, the accounts server must be a trusted one,
//! the API domain must be the connection's data centre's.

use crate::connection::Connection;
use crate::dc::DataCentre;
use crate::field::Field;
use crate::flaw::Flaw;
use crate::home::TokenRead;
use crate::oauth::accounts::AccountsServers;
use crate::onboarding::request::is_scope;
use crate::registration::loopback_uri;
use crate::rules;
use crate::secret_store::Place;
use crate::token_cache::window;

use super::records::TokensRecord;

/// A connection record read under `key`, checked; `Err` says what is wrong with it.
pub fn connection(
    key: &str,
    mut record: Connection,
    accounts: &AccountsServers,
) -> Result<Connection, Flaw> {
    if record.name != key {
        // What the record says is not quoted: it came from another machine.
        return Err(Flaw::KeptUnderAnother { key: key.into() });
    }
    rules::connection_name(&record.name).map_err(|_| Flaw::NameNotAllowed)?;
    rules::client_id(&record.client_id).map_err(|_| Flaw::ClientIdUnusable)?;
    let dc = DataCentre::by_id(&record.dc).map_err(|_| Flaw::UnknownDataCentre)?;
    let port = rules::port(
        Field::LoopbackPort,
        &record.loopback_port.to_string(),
        rules::LOOPBACK_PORTS,
    )
    .map_err(|_| Flaw::PortUnusable)?;
    for uri in &record.redirect_uris {
        rules::web_address(Field::CustomRedirectUris, uri)
            .map_err(|_| Flaw::RedirectUriUnusable)?;
    }
    // What the app shows of it meets the rules typed input meets too.
    if !record.homepage.is_empty() {
        rules::web_address(Field::CustomHomepage, &record.homepage)
            .map_err(|_| Flaw::HomepageUnusable)?;
    }
    if !record.client_name.is_empty() {
        rules::client_name(&record.client_name, "").map_err(|_| Flaw::ClientNameNotAllowed)?;
    }
    let scopes = record
        .signed_in
        .iter()
        .flat_map(|s| &s.granted_scopes)
        .chain(&record.scopes);
    if scopes.clone().count() > 100 || !scopes.into_iter().all(|s| is_scope(s)) {
        return Err(Flaw::ScopesNotZohos);
    }
    // Built from the port, whatever the record says.
    record.loopback_uri = loopback_uri(port);
    if let Some(signed_in) = &record.signed_in {
        if signed_in
            .email
            .as_deref()
            .is_some_and(|e| !rules::plausible_account(e))
        {
            return Err(Flaw::AccountNotAddress);
        }
        if signed_in
            .location
            .as_deref()
            .is_some_and(|l| DataCentre::by_id(l).is_err())
        {
            return Err(Flaw::SignedInAtUnknown);
        }
        accounts
            .trusted(&signed_in.accounts_server)
            .map_err(|_| Flaw::UntrustedAccountsServer)?;
        if let Some(api) = &signed_in.api_domain {
            if !is_api_domain_of(dc, api) {
                return Err(Flaw::ApiDomainElsewhere {
                    dc: dc.id.to_uppercase(),
                    expected: dc.api_domain.to_string(),
                });
            }
        }
    }
    // A reply goes to the request's key, and the admin is shown its fingerprint: the request
    // kept with the connection meets the rules a request file meets.
    if let Some(origin) = &record.request {
        origin.verify().map_err(|_| Flaw::RequestUnusable)?;
    }
    // Whatever a record says, its secrets are in the team store.
    record.secret_store = Place::TeamStore;
    Ok(record)
}

fn is_api_domain_of(dc: &DataCentre, given: &str) -> bool {
    dc.is_api_domain(given)
}

/// The cached token in a tokens record read without its connection record (a cached-token call
/// costs the team store one read): plausible, not revoked, and its API domain one of the DC
/// table's. Whatever sends a secret somewhere reads and checks the connection record as well.
pub fn token_alone(record: &TokensRecord, now: u64) -> Option<crate::token_cache::CachedToken> {
    if record.revoked_at.is_some() || window::has_future(&record.recent_refreshes, now) {
        return None;
    }
    record.cached().filter(|token| {
        token.plausible(now)
            && token.api_domain.as_deref().is_none_or(|api| {
                crate::dc::DATA_CENTRES
                    .iter()
                    .any(|dc| is_api_domain_of(dc, api))
            })
    })
}

/// The cached token in a tokens record, if it could have come from Zoho for `connection`.
pub fn tokens(record: &TokensRecord, connection: &Connection, now: u64) -> TokenRead {
    let Some(token) = record.cached() else {
        return TokenRead::default();
    };
    let domain_fits = match (&token.api_domain, DataCentre::by_id(&connection.dc)) {
        (None, _) => true,
        (Some(api), Ok(dc)) => is_api_domain_of(dc, api),
        (Some(_), Err(_)) => false,
    };
    if token.plausible(now) && domain_fits && !window::has_future(&record.recent_refreshes, now) {
        TokenRead {
            token: Some(token),
            implausible: false,
        }
    } else {
        TokenRead {
            token: None,
            implausible: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token_cache::CachedToken;

    fn record(name: &str) -> Connection {
        crate::testing::signed_in_record(name, Place::Keychain)
    }

    #[test]
    fn a_good_record_passes_with_its_redirect_uri_built_from_the_port() {
        let mut c = record("crm");
        c.loopback_uri = "https://evil.example/callback".into();
        let checked = connection("crm", c, &AccountsServers::dc_table()).unwrap();
        assert_eq!(checked.loopback_uri, "http://localhost:47823/callback");
        assert_eq!(checked.secret_store, Place::TeamStore);
    }

    #[test]
    fn names_servers_and_domains_from_elsewhere_are_refused_with_the_reason() {
        let accounts = AccountsServers::dc_table();
        let bad = |change: &dyn Fn(&mut Connection), key: &str| {
            let mut c = record("crm");
            change(&mut c);
            connection(key, c, &accounts).unwrap_err()
        };
        assert_eq!(
            bad(&|_| (), "other").to_string(),
            "it names another connection than the one it is kept under (\"other\")"
        );
        assert_eq!(
            bad(&|c| c.name = "a;rm -rf ~".into(), "a;rm -rf ~"),
            Flaw::NameNotAllowed
        );
        assert_eq!(
            bad(&|c| c.client_id = String::new(), "crm"),
            Flaw::ClientIdUnusable
        );
        let mars = bad(&|c| c.dc = "mars".into(), "crm");
        assert_eq!(mars, Flaw::UnknownDataCentre);
        assert!(!mars.to_string().contains("mars"));
        assert_eq!(
            bad(
                &|c| c.signed_in.as_mut().unwrap().accounts_server = "http://127.0.0.1:9".into(),
                "crm"
            ),
            Flaw::UntrustedAccountsServer
        );
        assert!(bad(
            &|c| c.signed_in.as_mut().unwrap().api_domain = Some("https://evil.example".into()),
            "crm"
        )
        .to_string()
        .contains("not the US data centre's"));
    }

    #[test]
    fn the_request_a_connection_answers_is_checked_like_a_request_file() {
        let accounts = AccountsServers::dc_table();
        let with = |change: &dyn Fn(&mut crate::onboarding::request::Request)| {
            let mut request = crate::testing::request(crate::clock::now());
            change(&mut request);
            let mut c = record("crm");
            c.request = Some(crate::onboarding::request::RequestOrigin::Whole(Box::new(
                request,
            )));
            connection("crm", c, &accounts)
        };
        assert!(with(&|_| ()).is_ok());
        let err = with(&|r| r.from = "Acme \u{202E}snoitargetnI".into()).unwrap_err();
        assert_eq!(err, Flaw::RequestUnusable);
        assert_eq!(
            with(&|r| r.public_key = "age1nope".into()).unwrap_err(),
            Flaw::RequestUnusable
        );
        // An earlier version's few fields: checked too.
        let mut c = record("crm");
        c.request = Some(
            serde_json::from_value(serde_json::json!({
                "id": "00112233445566778899aabb", "from": "Acme · fingerprint ABCD-EFGH-JKMN-PQRS",
                "expiresAt": 1, "publicKey": crate::testing::request(1).public_key,
                "refreshToken": true, "fingerprint": "ABCD-EFGH-JKMN-PQRS"
            }))
            .unwrap(),
        );
        assert!(matches!(
            c.request,
            Some(crate::onboarding::request::RequestOrigin::Earlier(_))
        ));
        assert!(connection("crm", c, &accounts).is_err());
    }

    #[test]
    fn a_token_from_elsewhere_is_implausible() {
        let c = record("crm");
        let now = 1_000_000;
        let with = |expires_at: u64, api: &str, recent: Vec<u64>| {
            let mut r = TokensRecord::default();
            r.set_cached(&CachedToken {
                access_token: crate::secret::AccessToken::new("1000.x"),
                lifetime: 0,
                expires_at,
                api_domain: Some(api.into()),
            });
            r.recent_refreshes = recent;
            tokens(&r, &c, now)
        };
        let good = with(now + 3000, "https://www.zohoapis.com", vec![now - 600 + 1]);
        assert!(good.token.is_some() && !good.implausible);
        for read in [
            with(now + 10 * 365 * 86_400, "https://www.zohoapis.com", vec![]),
            with(now + 3000, "https://evil.example", vec![]),
            with(now + 3000, "https://www.zohoapis.com", vec![now + 86_400]),
        ] {
            assert!(read.token.is_none() && read.implausible);
        }
        assert!(!tokens(&TokensRecord::default(), &c, now).implausible);
    }

    #[test]
    fn a_token_read_alone_must_be_plausible_and_of_a_known_data_centre() {
        let now = 1_000_000;
        let record = |api: &str, revoked: Option<u64>| {
            let mut r = TokensRecord::default();
            r.set_cached(&CachedToken {
                access_token: crate::secret::AccessToken::new("1000.x"),
                lifetime: 0,
                expires_at: now + 3000,
                api_domain: Some(api.into()),
            });
            r.revoked_at = revoked;
            r
        };
        assert!(token_alone(&record("https://www.zohoapis.eu", None), now).is_some());
        assert!(token_alone(&record("https://evil.example", None), now).is_none());
        assert!(token_alone(&record("https://www.zohoapis.eu", Some(now)), now).is_none());
    }
}
