//! The rules each wizard input must follow, one function per kind of input.

use url::{Host, Url};

use crate::error::{disallowed_chars, quote_chars, Error, Result};
use crate::field::Field;

/// Ports this app may listen on without special rights.
pub const LOOPBACK_PORTS: (u16, u16) = (1024, 65535);
/// Ports a local development server may use.
pub const SERVE_PORTS: (u16, u16) = (1, 65535);

/// Zoho's client-name rule: letters, digits, spaces, `_` and `&`.
pub fn client_name(input: &str, example: &'static str) -> Result<String> {
    let name = input.trim();
    if name.is_empty() {
        return Err(Error::ClientNameEmpty { example });
    }
    let bad = disallowed_chars(name, |c| {
        c.is_alphanumeric() || matches!(c, ' ' | '_' | '&')
    });
    if !bad.is_empty() {
        return Err(Error::ClientNameInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    Ok(name.to_string())
}

/// A TCP port within `range` (inclusive).
pub fn port(field: Field, input: &str, (min, max): (u16, u16)) -> Result<u16> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Error::PortEmpty { field, min, max });
    }
    let value: u64 = text.parse().map_err(|_| Error::PortNotNumber {
        field,
        given: text.to_string(),
        min,
        max,
    })?;
    if value < u64::from(min) || value > u64::from(max) {
        return Err(Error::PortOutOfRange {
            field,
            value,
            min,
            max,
        });
    }
    Ok(value as u16)
}

/// The Catalyst project name as it appears in the app's host: spaces removed, lower-cased.
pub fn catalyst_project_slug(input: &str) -> Result<String> {
    let slug: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    if slug.is_empty() {
        return Err(Error::ProjectNameEmpty);
    }
    let bad = disallowed_chars(&slug, |c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !bad.is_empty() {
        return Err(Error::ProjectNameInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    Ok(slug)
}

/// The Catalyst org ID: digits, or taken from a pasted console address `.../baas/{orgID}/...`.
pub fn catalyst_org_id(input: &str) -> Result<String> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Error::OrgIdEmpty);
    }
    if text.chars().all(|c| c.is_ascii_digit()) {
        return Ok(text.to_string());
    }
    if text.contains("://") || text.contains("/baas/") {
        return org_id_from_console_url(text).ok_or(Error::OrgIdNotInUrl);
    }
    Err(Error::OrgIdNotNumeric {
        given: text.to_string(),
    })
}

fn org_id_from_console_url(text: &str) -> Option<String> {
    let (_, after) = text.split_once("/baas/")?;
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    let ends_cleanly = after[digits.len()..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '/' | '#' | '?'));
    (!digits.is_empty() && ends_cleanly).then_some(digits)
}

/// A Catalyst function name (the path segment after `/server/`).
pub fn catalyst_function(input: &str) -> Result<String> {
    let name = input.trim();
    if name.is_empty() {
        return Err(Error::FunctionNameEmpty);
    }
    let bad = disallowed_chars(name, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '-')
    });
    if !bad.is_empty() {
        return Err(Error::FunctionNameInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    Ok(name.to_string())
}

/// A homepage or redirect URI as Zoho accepts it: https (http only for `localhost`), no user
/// info, no query or fragment (Zoho appends its own `?code=...`), never a loopback IP address.
/// Returns the address exactly as typed (trimmed), because Zoho compares redirect URIs exactly.
pub fn web_address(field: Field, input: &str) -> Result<String> {
    let text = input.trim();
    if text.is_empty() {
        return Err(Error::UrlEmpty { field });
    }
    let given = || text.to_string();
    if !text.contains("://") {
        return Err(Error::UrlNotHttps {
            field,
            given: given(),
        });
    }
    let url = Url::parse(text).map_err(|e| Error::UrlMalformed {
        field,
        given: given(),
        reason: e.to_string(),
    })?;
    let host = url.host().ok_or_else(|| Error::UrlMalformed {
        field,
        given: given(),
        reason: "it has no host name".to_string(),
    })?;
    if matches!(host, Host::Ipv4(ip) if ip.is_loopback())
        || matches!(host, Host::Ipv6(ip) if ip.is_loopback())
    {
        let mut suggestion = url.clone();
        suggestion
            .set_host(Some("localhost"))
            .expect("localhost is a valid host");
        return Err(Error::UrlLoopbackIp {
            field,
            suggestion: suggestion.to_string(),
        });
    }
    let is_localhost = matches!(&host, Host::Domain(d) if d.eq_ignore_ascii_case("localhost"));
    match url.scheme() {
        "https" => {}
        "http" if is_localhost => {}
        _ => {
            return Err(Error::UrlNotHttps {
                field,
                given: given(),
            })
        }
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::UrlHasCredentials {
            field,
            given: given(),
        });
    }
    if url.query().is_some() || url.fragment().is_some() || text.contains('#') || text.contains('?')
    {
        return Err(Error::UrlHasQueryOrFragment {
            field,
            given: given(),
        });
    }
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_name_allows_letters_digits_spaces_underscore_ampersand() {
        assert_eq!(
            client_name("  Lead Manager_2 & Co ", "X").unwrap(),
            "Lead Manager_2 & Co"
        );
        let err = client_name("Lead-Manager.app", "X").unwrap_err();
        assert_eq!(err.kind(), "client_name_invalid_chars");
        assert!(err.to_string().contains("\"-\" and \".\""), "{err}");
        assert_eq!(
            client_name("   ", "LeadManagerApp").unwrap_err().kind(),
            "client_name_empty"
        );
        assert!(client_name("", "LeadManagerApp")
            .unwrap_err()
            .to_string()
            .contains("LeadManagerApp"));
    }

    #[test]
    fn port_range_and_format() {
        let range = LOOPBACK_PORTS;
        assert_eq!(port(Field::LoopbackPort, " 47823 ", range).unwrap(), 47823);
        assert_eq!(port(Field::LoopbackPort, "1024", range).unwrap(), 1024);
        assert_eq!(port(Field::LoopbackPort, "65535", range).unwrap(), 65535);
        for (input, kind) in [
            ("1023", "port_out_of_range"),
            ("65536", "port_out_of_range"),
            ("99999999999999999999999", "port_not_number"),
            ("80a", "port_not_number"),
            ("-1", "port_not_number"),
            ("", "port_empty"),
        ] {
            let err = port(Field::LoopbackPort, input, range).unwrap_err();
            assert_eq!(err.kind(), kind, "{input}");
            assert_eq!(err.field(), Some(Field::LoopbackPort));
        }
        assert_eq!(
            port(Field::CatalystServePort, "80", SERVE_PORTS).unwrap(),
            80
        );
        assert!(port(Field::CatalystServePort, "0", SERVE_PORTS).is_err());
    }

    #[test]
    fn project_name_loses_spaces_and_capitals() {
        assert_eq!(
            catalyst_project_slug("Lead Manager").unwrap(),
            "leadmanager"
        );
        assert_eq!(
            catalyst_project_slug(" LeadManager2 ").unwrap(),
            "leadmanager2"
        );
        let err = catalyst_project_slug("lead_manager!").unwrap_err();
        assert_eq!(err.kind(), "project_name_invalid_chars");
        assert!(err.to_string().contains("\"_\" and \"!\""), "{err}");
        assert_eq!(
            catalyst_project_slug("  ").unwrap_err().kind(),
            "project_name_empty"
        );
    }

    #[test]
    fn org_id_must_be_numeric() {
        assert_eq!(catalyst_org_id(" 60012345678 ").unwrap(), "60012345678");
        let err = catalyst_org_id("60012abc").unwrap_err();
        assert_eq!(err.kind(), "org_id_not_numeric");
        assert!(err.to_string().contains("60012abc"));
        assert_eq!(catalyst_org_id("").unwrap_err().kind(), "org_id_empty");
    }

    #[test]
    fn org_id_is_taken_from_a_pasted_console_url() {
        for url in [
            "https://console.catalyst.zoho.com/baas/60012345678/project/4000000012345/Development#/cloud-scale/functions",
            "https://console.catalyst.zoho.eu/baas/60012345678/project",
            "console.catalyst.zoho.in/baas/60012345678",
            "https://console.catalyst.zoho.com/baas/60012345678#/",
        ] {
            assert_eq!(catalyst_org_id(url).unwrap(), "60012345678", "{url}");
        }
        for url in [
            "https://console.catalyst.zoho.com/baas/index",
            "https://console.catalyst.zoho.com/baas/123abc/project",
            "https://console.catalyst.zoho.com/",
        ] {
            assert_eq!(
                catalyst_org_id(url).unwrap_err().kind(),
                "org_id_not_in_url",
                "{url}"
            );
        }
    }

    #[test]
    fn function_name_rule() {
        assert_eq!(catalyst_function(" crm_crud ").unwrap(), "crm_crud");
        assert_eq!(
            catalyst_function("lead-manager_function").unwrap(),
            "lead-manager_function"
        );
        assert_eq!(
            catalyst_function("crm/crud").unwrap_err().kind(),
            "function_name_invalid_chars"
        );
        assert_eq!(
            catalyst_function("").unwrap_err().kind(),
            "function_name_empty"
        );
    }

    #[test]
    fn http_is_rejected_except_for_localhost() {
        let f = Field::CustomRedirectUris;
        assert_eq!(
            web_address(f, "https://example.com/cb").unwrap(),
            "https://example.com/cb"
        );
        assert_eq!(
            web_address(f, "http://localhost:8080/cb").unwrap(),
            "http://localhost:8080/cb"
        );
        assert_eq!(
            web_address(f, "http://LOCALHOST:8080/cb").unwrap(),
            "http://LOCALHOST:8080/cb"
        );
        for input in [
            "http://example.com/cb",
            "ftp://example.com/",
            "example.com/cb",
            "javascript:alert(1)",
        ] {
            assert_eq!(
                web_address(f, input).unwrap_err().kind(),
                "url_not_https",
                "{input}"
            );
        }
    }

    #[test]
    fn loopback_ip_addresses_are_rejected_with_a_localhost_suggestion() {
        let err = web_address(Field::CustomRedirectUris, "http://127.0.0.1:8080/cb").unwrap_err();
        assert_eq!(err.kind(), "url_loopback_ip");
        assert!(
            err.to_string().contains("http://localhost:8080/cb"),
            "{err}"
        );
        let err = web_address(Field::CustomRedirectUris, "http://[::1]:8080/cb").unwrap_err();
        assert_eq!(err.kind(), "url_loopback_ip");
    }

    #[test]
    fn query_or_fragment_is_rejected_in_a_base_url() {
        for input in [
            "https://example.com/?a=1",
            "https://example.com/#top",
            "https://example.com/cb?",
            "https://example.com/cb#",
        ] {
            let err = web_address(Field::CustomHomepage, input).unwrap_err();
            assert_eq!(err.kind(), "url_has_query_or_fragment", "{input}");
            assert_eq!(err.field(), Some(Field::CustomHomepage));
        }
    }

    #[test]
    fn malformed_and_credential_urls_are_rejected() {
        let f = Field::HotglueHomepage;
        assert_eq!(web_address(f, "").unwrap_err().kind(), "url_empty");
        assert_eq!(
            web_address(f, "https://exa mple.com").unwrap_err().kind(),
            "url_malformed"
        );
        assert_eq!(
            web_address(f, "https://user:pw@example.com/")
                .unwrap_err()
                .kind(),
            "url_has_credentials"
        );
    }
}
