//! Reading the update feed: the release workflow's `latest.json` (Tauri's static update format),
//! fetched through the injected HTTP client. Only what is shown is taken from it, checked: the
//! version, the notes as plain text, the date. Nothing is sent but the request for the file.

use serde::Deserialize;
use url::Url;

use super::error::UpdateError;
use super::version;
use crate::http::{HttpClient, HttpRequest};
use crate::rules;

/// The notes shown beside an offer, at most (a release's notes are a paragraph or two).
const MAX_NOTES: usize = 2000;
/// Redirects followed (a release page's "latest" address redirects to the file).
const MAX_REDIRECTS: usize = 3;

/// A newer version the feed offers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Offer {
    pub version: String,
    /// What is new, as plain text (the feed's word, not ours).
    pub notes: String,
    /// When it was published, as the feed says (RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

#[derive(Deserialize)]
struct Latest {
    version: String,
    #[serde(default)]
    notes: Option<String>,
    #[serde(default)]
    pub_date: Option<String>,
}

/// Asks the feed at `feed` for the latest version: `Some` when it is newer than `running`.
pub async fn look(
    http: &dyn HttpClient,
    feed: &Url,
    running: &str,
) -> Result<Option<Offer>, UpdateError> {
    // The address as shown: no query, which could hold a mirror's token.
    let mut shown = feed.clone();
    shown.set_query(None);
    shown.set_fragment(None);
    let unreachable = |reason: String| UpdateError::FeedUnreachable {
        address: shown.to_string(),
        reason,
    };
    let mut url = feed.clone();
    for _ in 0..=MAX_REDIRECTS {
        let answer = http
            .send(HttpRequest::get(url.clone()))
            .await
            .map_err(|e| unreachable(e.details().unwrap_or_else(|| e.to_string())))?;
        match answer.status {
            200 => return read(&answer.body, running),
            301 | 302 | 303 | 307 | 308 => {
                let location = answer
                    .headers
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case("location"))
                    .map(|(_, value)| value.clone())
                    .ok_or_else(|| {
                        unreachable(format!("HTTP {} without a Location", answer.status))
                    })?;
                let next = url.join(&location).map_err(|_| {
                    unreachable("a redirect to something that is not an address".into())
                })?;
                // The feed is public, but what it says decides what is offered: https only (a
                // feed on this computer, a test's, may stay on it).
                let allowed = next.scheme() == "https"
                    || (feed.scheme() == "http" && rules::same_origin(feed, &next));
                if !allowed {
                    return Err(unreachable(
                        "a redirect to an address that is not https".into(),
                    ));
                }
                url = next;
            }
            404 => {
                return Err(unreachable(
                    "HTTP 404: no release is published there".into(),
                ))
            }
            status => return Err(unreachable(format!("HTTP {status}"))),
        }
    }
    Err(unreachable("too many redirects".into()))
}

/// The offer in a feed's text, checked like typed input: a version Cargo would take, notes
/// without characters that hide or reorder text.
fn read(body: &str, running: &str) -> Result<Option<Offer>, UpdateError> {
    let latest: Latest = serde_json::from_str(body).map_err(|e| UpdateError::FeedUnreadable {
        reason: format!("not an update feed: {e}"),
    })?;
    let offered = version(&latest.version).ok_or_else(|| UpdateError::FeedUnreadable {
        reason: "its version is not a version number".into(),
    })?;
    let newer = version(running).is_none_or(|running| offered > running);
    if !newer {
        return Ok(None);
    }
    let published = latest.pub_date.filter(|date| {
        date.len() <= 40
            && date
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '.' | '+'))
    });
    Ok(Some(Offer {
        version: offered.to_string(),
        notes: rules::plain_text(latest.notes.as_deref().unwrap_or_default(), MAX_NOTES),
        published,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::fake::CannedHttp;

    const FEED: &str = r#"{"version": "v0.3.0", "notes": "Faster sign-in.\u202E\r\nFixes.", "pub_date": "2026-12-01T10:00:00Z",
        "platforms": {"linux-x86_64": {"signature": "x", "url": "https://example.com/a.AppImage"}}}"#;

    fn feed() -> Url {
        Url::parse("https://example.com/releases/latest/download/latest.json").unwrap()
    }

    #[tokio::test]
    async fn a_newer_version_is_offered_with_its_notes_as_plain_text() {
        let http = CannedHttp::new();
        http.answer(200, FEED);
        let offer = look(&http, &feed(), "0.2.0").await.unwrap().unwrap();
        assert_eq!(offer.version, "0.3.0");
        assert_eq!(offer.notes, "Faster sign-in.\nFixes.");
        assert_eq!(offer.published.as_deref(), Some("2026-12-01T10:00:00Z"));
        let asked = http.requests();
        assert_eq!(asked.len(), 1);
        assert_eq!(
            asked[0].1,
            feed().to_string(),
            "nothing but the file is asked for"
        );
        assert_eq!(asked[0].3, None);
        http.answer(200, FEED);
        assert_eq!(look(&http, &feed(), "0.3.0").await.unwrap(), None);
    }

    #[tokio::test]
    async fn redirects_are_followed_to_https_only() {
        let http = CannedHttp::new();
        http.answer_with_headers(
            302,
            "",
            &[("Location", "https://objects.example.net/latest.json")],
        );
        http.answer(200, FEED);
        assert!(look(&http, &feed(), "0.2.0").await.unwrap().is_some());
        assert_eq!(
            http.requests()[1].1,
            "https://objects.example.net/latest.json"
        );

        let http = CannedHttp::new();
        http.answer_with_headers(302, "", &[("Location", "http://evil.example/latest.json")]);
        let err = look(&http, &feed(), "0.2.0").await.unwrap_err();
        assert!(
            matches!(err, UpdateError::FeedUnreachable { .. }),
            "{err:?}"
        );
        // An https feed does not send the app to this computer's services either.
        let http = CannedHttp::new();
        http.answer_with_headers(302, "", &[("Location", "http://127.0.0.1:9/latest.json")]);
        let err = look(&http, &feed(), "0.2.0").await.unwrap_err();
        assert!(
            matches!(err, UpdateError::FeedUnreachable { .. }),
            "{err:?}"
        );
    }

    #[tokio::test]
    async fn a_feed_that_is_not_one_is_said_and_not_offered() {
        for body in ["<html>", r#"{"version": "latest"}"#, r#"{"notes": "x"}"#] {
            let http = CannedHttp::new();
            http.answer(200, body);
            let err = look(&http, &feed(), "0.2.0").await.unwrap_err();
            assert!(
                matches!(err, UpdateError::FeedUnreadable { .. }),
                "{body}: {err:?}"
            );
        }
        let http = CannedHttp::new();
        http.answer(404, "Not Found");
        let err = look(&http, &feed(), "0.2.0").await.unwrap_err();
        assert!(matches!(err, UpdateError::FeedUnreachable { .. }));
        let http = CannedHttp::new();
        http.answer(
            200,
            &format!(r#"{{"version": "1.0.0", "notes": "{}"}}"#, "a".repeat(5000)),
        );
        let offer = look(&http, &feed(), "0.2.0").await.unwrap().unwrap();
        assert_eq!(offer.notes.chars().count(), MAX_NOTES);
    }
}
