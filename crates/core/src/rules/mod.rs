//! The rules each input must follow, one function per kind of input. Each returns the cleaned
//! value or the [`InputError`] to show next to its field.

pub mod error;

use url::{Host, Url};

use crate::error::InputError;
use crate::field::Field;
use crate::flaw::Flaw;
use crate::note::Note;
use crate::secret::{looks_like_client_id, looks_like_client_secret, Passphrase};

/// Ports this app may listen on without special rights.
pub const LOOPBACK_PORTS: (u16, u16) = (1024, 65535);
/// Ports a local development server may use.
pub const SERVE_PORTS: (u16, u16) = (1, 65535);

/// Zoho's client-name rule: letters, digits, spaces, `_` and `&`.
pub fn client_name(input: &str, example: &'static str) -> Result<String, InputError> {
    let name = input.trim();
    if name.is_empty() {
        return Err(InputError::ClientNameEmpty { example });
    }
    let bad = disallowed_chars(name, |c| {
        c.is_alphanumeric() || matches!(c, ' ' | '_' | '&')
    });
    if !bad.is_empty() {
        return Err(InputError::ClientNameInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    Ok(name.to_string())
}

/// A TCP port within `range` (inclusive).
pub fn port(field: Field, input: &str, (min, max): (u16, u16)) -> Result<u16, InputError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(InputError::PortEmpty { field, min, max });
    }
    let value: u64 = text.parse().map_err(|_| InputError::PortNotNumber {
        field,
        given: text.to_string(),
        min,
        max,
    })?;
    if value < u64::from(min) || value > u64::from(max) {
        return Err(InputError::PortOutOfRange {
            field,
            value,
            min,
            max,
        });
    }
    Ok(value as u16)
}

/// The Catalyst project name as it appears in the app's host: spaces removed, lower-cased.
pub fn catalyst_project_slug(input: &str) -> Result<String, InputError> {
    let slug: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    if slug.is_empty() {
        return Err(InputError::ProjectNameEmpty);
    }
    let bad = disallowed_chars(&slug, |c| c.is_ascii_lowercase() || c.is_ascii_digit());
    if !bad.is_empty() {
        return Err(InputError::ProjectNameInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    Ok(slug)
}

/// The Catalyst org ID: digits, or taken from a pasted console address `.../baas/{orgID}/...`.
pub fn catalyst_org_id(input: &str) -> Result<String, InputError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(InputError::OrgIdEmpty);
    }
    if text.chars().all(|c| c.is_ascii_digit()) {
        return Ok(text.to_string());
    }
    if text.contains("://") || text.contains("/baas/") {
        return org_id_from_console_url(text).ok_or(InputError::OrgIdNotInUrl);
    }
    Err(InputError::OrgIdNotNumeric {
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
pub fn catalyst_function(input: &str) -> Result<String, InputError> {
    let name = input.trim();
    if name.is_empty() {
        return Err(InputError::FunctionNameEmpty);
    }
    let bad = disallowed_chars(name, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '-')
    });
    if !bad.is_empty() {
        return Err(InputError::FunctionNameInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    Ok(name.to_string())
}

/// A homepage or redirect URI as Zoho accepts it: https (http only for `localhost`), no user
/// info, no query or fragment (Zoho appends its own `?code=...`), never a loopback IP address.
/// Returns the address exactly as typed (trimmed), because Zoho compares redirect URIs exactly.
pub fn web_address(field: Field, input: &str) -> Result<String, InputError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(InputError::UrlEmpty { field });
    }
    let given = || text.to_string();
    if !text.contains("://") {
        return Err(InputError::UrlNotHttps {
            field,
            given: given(),
        });
    }
    let url = Url::parse(text).map_err(|e| InputError::UrlMalformed {
        field,
        given: given(),
        reason: e.to_string(),
    })?;
    let host = url.host().ok_or_else(|| InputError::UrlMalformed {
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
        return Err(InputError::UrlLoopbackIp {
            field,
            suggestion: suggestion.to_string(),
        });
    }
    let is_localhost = matches!(&host, Host::Domain(d) if d.eq_ignore_ascii_case("localhost"));
    match url.scheme() {
        "https" => {}
        "http" if is_localhost => {}
        _ => {
            return Err(InputError::UrlNotHttps {
                field,
                given: given(),
            })
        }
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(InputError::UrlHasCredentials {
            field,
            given: given(),
        });
    }
    if url.query().is_some() || url.fragment().is_some() || text.contains('#') || text.contains('?')
    {
        return Err(InputError::UrlHasQueryOrFragment {
            field,
            given: given(),
        });
    }
    Ok(text.to_string())
}

/// Why a server address may not be sent credentials, if it may not: https, or plain http only
/// to this computer (where nothing crosses a network), and no user name or password in it.
pub fn credential_transport(url: &Url) -> Result<(), Flaw> {
    let loopback = match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match url.scheme() {
        "https" if url.host().is_some() => {}
        "http" if loopback => {}
        "http" => return Err(Flaw::AddressUnencrypted),
        _ => return Err(Flaw::AddressOtherScheme),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Flaw::AddressHasCredentials);
    }
    Ok(())
}

/// The org ID taken from a pasted console address, when the input is one (for "Org ID 600…
/// taken from the address"); `None` for plain digits or anything else.
pub fn org_id_taken_from_address(input: &str) -> Option<String> {
    let text = input.trim();
    if text.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    org_id_from_console_url(text)
}

/// The longest connection name.
pub const MAX_CONNECTION_NAME_CHARS: usize = 64;

/// A connection name: 1 to 64 letters, digits, spaces, `_`, `.` and `-`. No `/`, because the name
/// becomes part of keychain entry names (`{name}/client_secret`).
pub fn connection_name(input: &str) -> Result<String, InputError> {
    let name = input.trim();
    if name.is_empty() {
        return Err(InputError::ConnectionNameEmpty);
    }
    let bad = disallowed_chars(name, |c| {
        c.is_alphanumeric() || matches!(c, ' ' | '_' | '.' | '-')
    });
    if !bad.is_empty() {
        return Err(InputError::ConnectionNameInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    // "." and ".." would climb folders in a team store's paths.
    if name.chars().all(|c| c == '.') {
        return Err(InputError::ConnectionNameDots);
    }
    if name.chars().count() > MAX_CONNECTION_NAME_CHARS {
        return Err(InputError::ConnectionNameTooLong {
            max: MAX_CONNECTION_NAME_CHARS,
        });
    }
    Ok(name.to_string())
}

/// The longest "who asks" of a credentials request.
pub const MAX_REQUESTER_CHARS: usize = 100;
/// The punctuation "who asks" may hold besides letters, digits and spaces.
pub const REQUESTER_PUNCTUATION: &str = ".,-'&()/@+_:!?#";

/// Who asks for credentials ("Acme Integrations"), as the admin will see it beside the request's
/// fingerprint: letters (any script's, with their accents as marks), decimal digits, single spaces
/// and plain punctuation only. Nothing that could hide or reorder what is on screen (controls,
/// format characters such as bidi overrides and zero-width spaces, line and paragraph
/// separators, blank "filler" letters, stacks of combining marks all fall outside), no `·`, and
/// nothing shaped like a fingerprint or code: the admin compares the fingerprint their own app
/// computes, and no text from the request may imitate it.
pub fn requester(input: &str) -> Result<String, InputError> {
    let from = input
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let from = from.as_str();
    if from.is_empty() {
        return Err(InputError::RequesterEmpty);
    }
    let mut bad = disallowed_chars(from, |c| {
        shown_as_text(c) || c == ' ' || REQUESTER_PUNCTUATION.contains(c)
    });
    // A mark belongs to the letter before it; more than two in a row draw over other lines.
    let mut marks = 0;
    let mut after_letter = false;
    for c in from.chars() {
        if is_mark(c) {
            marks += 1;
            if (!after_letter || marks > 2) && !bad.contains(&c) {
                bad.push(c);
            }
        } else {
            marks = 0;
            after_letter = shown_as_text(c);
        }
    }
    if !bad.is_empty() {
        return Err(InputError::RequesterInvalidChars {
            chars: quote_chars(&bad),
        });
    }
    if from.chars().count() > MAX_REQUESTER_CHARS {
        return Err(InputError::RequesterTooLong {
            max: MAX_REQUESTER_CHARS,
        });
    }
    if shaped_like_a_code(from) {
        return Err(InputError::RequesterLooksLikeCode);
    }
    Ok(from.to_string())
}

/// A letter (of any script) or a decimal digit, or a mark that goes with one; never a letter
/// that shows as blank (Hangul's fillers, which Unicode ignores by default).
fn shown_as_text(c: char) -> bool {
    use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};
    const BLANK_LETTERS: [char; 4] = ['\u{115F}', '\u{1160}', '\u{3164}', '\u{FFA0}'];
    matches!(
        c.general_category(),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::DecimalNumber
            | G::NonspacingMark
            | G::SpacingMark
    ) && !BLANK_LETTERS.contains(&c)
}

/// Text from outside made fit to show as it is: no control or formatting characters (which
/// could hide or reorder what is on screen) but line breaks, at most `max` characters.
pub fn plain_text(text: &str, max: usize) -> String {
    use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};
    let kept: String = text
        .replace("\r\n", "\n")
        .chars()
        .filter(|&c| {
            c == '\n'
                || !matches!(
                    c.general_category(),
                    G::Control
                        | G::Format
                        | G::Surrogate
                        | G::PrivateUse
                        | G::Unassigned
                        | G::LineSeparator
                        | G::ParagraphSeparator
                )
        })
        .take(max)
        .collect();
    kept.trim().to_string()
}

fn is_mark(c: char) -> bool {
    use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};
    matches!(c.general_category(), G::NonspacingMark | G::SpacingMark)
}

/// Whether `text` holds something a person could take for a fingerprint or a reply code (groups
/// of four letters or digits, as ABCD-1234), whatever separates the groups and whatever their
/// case: three groups in a row, or two with a digit among them, or twelve letters and digits
/// in a row with three digits among them. Any script's letters and digits count, so look-alikes
/// from another alphabet do not get through.
pub fn shaped_like_a_code(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let is_group = |word: &&str| word.chars().count() == 4;
    let has_digit = |word: &&str| word.chars().any(char::is_numeric);
    words.windows(3).any(|w| w.iter().all(is_group))
        || words
            .windows(2)
            .any(|w| w.iter().all(is_group) && w.iter().any(has_digit))
        || words
            .iter()
            .any(|w| w.chars().count() >= 12 && w.chars().filter(|c| c.is_numeric()).count() >= 3)
}

/// A Zoho account name (an email address, as Zoho's user info gives it) that can be shown: an
/// address's length, letters, digits and ASCII punctuation only (no control or format
/// characters).
pub fn plausible_account(email: &str) -> bool {
    !email.is_empty()
        && email.len() <= 254
        && email
            .chars()
            .all(|c| c.is_alphanumeric() || c.is_ascii_punctuation())
}

/// The client ID as pasted, trimmed. A client secret in its place is refused (it would end up in
/// the connections file); an unusual shape is only a warning, returned beside the ID.
pub fn client_id(input: &str) -> Result<(String, Option<Note>), InputError> {
    let id = input.trim();
    if id.is_empty() {
        return Err(InputError::ClientIdEmpty);
    }
    if looks_like_client_secret(id) {
        return Err(InputError::ClientIdLooksLikeSecret);
    }
    if id.chars().any(char::is_whitespace) {
        return Err(InputError::ClientIdHasSpaces);
    }
    let warning = (!looks_like_client_id(id)).then(|| {
        Note::new("client-id-shape", &[], "This does not look like a Zoho Client ID (usually 1000. followed by 30 capital letters and digits). Check that you copied the whole Client ID.".to_string())
    });
    Ok((id.to_string(), warning))
}

/// Checks a pasted client secret: not empty, and not the client ID pasted by mistake. An unusual
/// shape is only a warning.
pub fn client_secret(secret: &str) -> Result<Option<Note>, InputError> {
    if secret.is_empty() {
        return Err(InputError::ClientSecretEmpty);
    }
    if looks_like_client_id(secret) || secret.starts_with("1000.") {
        return Err(InputError::ClientSecretLooksLikeId);
    }
    let warning = (!looks_like_client_secret(secret)).then(|| {
        Note::new("client-secret-shape", &[], "This does not look like a Zoho Client Secret (usually 42 lower-case letters and digits). Check that you copied all of it.".to_string())
    });
    Ok(warning)
}

/// A new passphrase typed twice: the two must match (a second copy is optional where a form asks
/// only once).
pub fn confirmed_passphrase(
    passphrase: Passphrase,
    again: Option<&Passphrase>,
) -> Result<Passphrase, InputError> {
    match again {
        Some(again) if *again != passphrase => Err(InputError::PassphraseMismatch),
        _ => Ok(passphrase),
    }
}

/// Lists a set of offending characters the way the messages quote them: `"-", "." and "/"`.
/// One that would not show, or would reorder the message around it (a control, a bidi
/// override, a zero-width space), is named by its code point instead: `U+202E`.
fn quote_chars(chars: &[char]) -> String {
    let quoted: Vec<String> = chars
        .iter()
        .map(|c| match c {
            ' ' => "a space".to_string(),
            c if (shown_as_text(*c) && !is_mark(*c)) || c.is_ascii_punctuation() => {
                format!("\"{c}\"")
            }
            c => format!("U+{:04X}", u32::from(*c)),
        })
        .collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The distinct characters of `text` that `allowed` rejects, in order of first appearance.
fn disallowed_chars(text: &str, allowed: impl Fn(char) -> bool) -> Vec<char> {
    let mut seen = Vec::new();
    for c in text.chars().filter(|c| !allowed(*c)) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    seen
}

/// Whether two addresses are on the same origin (scheme, host and port): where a secret or a
/// token may go is decided by origin.
pub fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_name_rules() {
        assert_eq!(
            connection_name("  Lead Manager_1.0-eu ").unwrap(),
            "Lead Manager_1.0-eu"
        );
        assert_eq!(
            connection_name("").unwrap_err().kind(),
            "connection_name_empty"
        );
        assert_eq!(
            connection_name("crm/eu").unwrap_err().kind(),
            "connection_name_invalid_chars"
        );
        assert_eq!(
            connection_name(&"x".repeat(65)).unwrap_err().kind(),
            "connection_name_too_long"
        );
    }

    #[test]
    fn client_id_shape_is_a_warning_and_a_secret_is_refused() {
        let (id, warning) = client_id(" 1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123 ").unwrap();
        assert_eq!(id, "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123");
        assert!(warning.is_none());
        let (_, warning) = client_id("1000.short").unwrap();
        assert!(warning.unwrap().contains("does not look like"));
        let err = client_id("0123456789abcdef0123456789abcdef0123456789").unwrap_err();
        assert!(!err.to_string().contains("0123456789abcdef"));
        assert_eq!(err.kind(), "client_id_looks_like_secret");
        assert_eq!(client_id("  ").unwrap_err().kind(), "client_id_empty");
    }

    #[test]
    fn client_secret_checks() {
        assert!(client_secret("0123456789abcdef0123456789abcdef0123456789")
            .unwrap()
            .is_none());
        assert!(client_secret("short").unwrap().is_some());
        assert_eq!(client_secret("").unwrap_err().kind(), "client_secret_empty");
        assert_eq!(
            client_secret("1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123")
                .unwrap_err()
                .kind(),
            "client_secret_looks_like_id"
        );
    }

    #[test]
    fn the_org_id_taken_from_an_address_is_named() {
        assert_eq!(
            org_id_taken_from_address("https://console.catalyst.zoho.eu/baas/600123/project"),
            Some("600123".into())
        );
        assert_eq!(org_id_taken_from_address("600123"), None);
        assert_eq!(org_id_taken_from_address("https://example.com/"), None);
    }

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

    #[test]
    fn who_asks_is_plain_text_that_cannot_disguise_what_is_on_screen() {
        for good in [
            "Acme Integrations",
            "Müller & Söhne GmbH",
            "O'Brien (EU) Ltd.",
            "株式会社アクメ",
            "شركة أكمي",
            "Team 42: data & more!",
            "Acme Corp",
            "Acme Integrations 2024",
            "Rhein-Main Integrations",
            "Škoda Auto a.s.",
            "डेटा टीम",
        ] {
            assert_eq!(requester(good).unwrap(), good, "{good}");
        }
        assert_eq!(
            requester("  Acme   Integrations ").unwrap(),
            "Acme Integrations"
        );
        let kind = |text: &str| requester(text).unwrap_err().kind();
        assert_eq!(kind("   "), "requester_empty");
        assert_eq!(kind(&"a".repeat(101)), "requester_too_long");
        for (bad, shown) in [
            ("Acme · expires in 7 days", "U+00B7"),
            ("Acme \u{202E}snoitargetnI", "U+202E"),
            ("Acme \u{2066}x\u{2069}", "U+2066"),
            ("Ac\u{200B}me", "U+200B"),
            ("Acme\u{2028}Integrations", "U+2028"),
            ("Acme\u{2029}Integrations", "U+2029"),
            ("Acme\nIntegrations", "U+000A"),
            ("Acme\tIntegrations", "U+0009"),
            ("Acme\u{00AD}Integrations", "U+00AD"),
            ("Acme\u{FEFF}", "U+FEFF"),
            ("Acme <b>", "\"<\""),
            ("Acme\u{3164}Integrations", "U+3164"),
            ("\u{3164}", "U+3164"),
            ("Acme \u{0301}x", "U+0301"),
            ("Ac\u{0301}\u{0301}\u{0301}me", "U+0301"),
        ] {
            let err = requester(bad).unwrap_err();
            assert_eq!(err.kind(), "requester_invalid_chars", "{bad:?}");
            assert!(err.to_string().contains(shown), "{err} should name {shown}");
            assert!(
                !err.to_string()
                    .chars()
                    .any(|c| c.is_control() || ('\u{2000}'..='\u{206F}').contains(&c)),
                "{err:?} carries the character itself"
            );
        }
        for code in [
            "Acme ABCD-EFGH-JKMN-PQRS",
            "Acme abcd-1234",
            "Acme fingerprint 7Q2M-K9XD",
            "Acme ABCD 1234 EFGH",
            "Acme ABCD EFGH JKMN PQRS",
            "Acme Abcd-Efgh-Jkmn",
            "Fingerprint: ABCD.EFGH.JKMN.PQRS",
            "Acme ABCD - EFGH - JKMN - PQRS",
            "Acme (ABCD EFGH JKMN PQRS)",
            "Acme 7qx2 k9md 4hfa z0pb",
            "Acme 7QX2/K9MD",
            "Acme 2024",
            "Acme Data-Sync",
            "Acme ABCD1234EFGH5678",
            "Acme abcd1234efgh5678",
            // Cyrillic and Greek look-alikes of a fingerprint.
            "Acme АВСD-ЕFGН",
            "Acme ΑΒΓΔ-1234",
        ] {
            assert_eq!(kind(code), "requester_looks_like_code", "{code}");
        }
    }
}
