//! Small WebDriver helpers: find, type, and wait for what a person would wait for.

use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, Locator};

/// How long any wait lasts before the test fails with what it was waiting for.
const PATIENCE: Duration = Duration::from_secs(15);
const PAUSE: Duration = Duration::from_millis(50);

/// Polls `check` until it returns `Some`, or fails naming `what` after [`PATIENCE`].
async fn poll<T>(what: impl Fn() -> String, mut check: impl AsyncFnMut() -> Option<T>) -> T {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        if let Some(found) = check().await {
            return found;
        }
        if tokio::time::Instant::now() > deadline {
            panic!("gave up after {PATIENCE:?}: {}", what());
        }
        tokio::time::sleep(PAUSE).await;
    }
}

/// The element matching `css`, waiting up to 10 s for it to exist.
pub async fn find(client: &Client, css: &str) -> Element {
    client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
}

/// Whether the page holds `needle` anywhere: markup or any input's value.
pub async fn page_contains(client: &Client, needle: &str) -> bool {
    client
        .execute(
            "const needle = arguments[0];
             const values = [...document.querySelectorAll('input, textarea')].map((i) => i.value);
             return document.documentElement.outerHTML.includes(needle) || values.some((v) => v.includes(needle));",
            vec![needle.into()],
        )
        .await
        .unwrap()
        .as_bool()
        .unwrap()
}

/// Clicks the element matching `css` once it is shown and enabled (a click is not retried:
/// a second one could act twice).
pub async fn click(client: &Client, css: &str) {
    let element = poll(
        || format!("{css} to be shown and enabled"),
        async || {
            let element = client.find(Locator::Css(css)).await.ok()?;
            let ready = element.is_displayed().await.ok()? && element.is_enabled().await.ok()?;
            ready.then_some(element)
        },
    )
    .await;
    // Into the middle of the window first: at its edge, the sticky action bar would take a click
    // meant for an element the driver counts as in view.
    let _ = client
        .execute(
            "document.querySelector(arguments[0])?.scrollIntoView({ block: 'center' });",
            vec![css.into()],
        )
        .await;
    element
        .click()
        .await
        .unwrap_or_else(|e| panic!("{css} could not be clicked: {e}"));
}

/// An attribute of the element matching `css` (`None` when it is not set).
pub async fn attr(client: &Client, css: &str, name: &str) -> Option<String> {
    find(client, css)
        .await
        .attr(name)
        .await
        .unwrap_or_else(|e| panic!("the {name} of {css}: {e}"))
}

/// Replaces an input's value by typing, as a person would. A field that has just been revealed
/// (an opened `<details>`, a view coming in) can refuse keys for a frame, so this retries until
/// the field shows exactly `text`.
pub async fn type_into(client: &Client, css: &str, text: &str) {
    poll(
        || format!("typing into {css}"),
        async || {
            let input = client.find(Locator::Css(css)).await.ok()?;
            if !input.is_displayed().await.ok()? {
                return None;
            }
            input.clear().await.ok()?;
            input.send_keys(text).await.ok()?;
            (input.prop("value").await.ok()?.as_deref() == Some(text)).then_some(())
        },
    )
    .await;
}

/// Puts `text` into a field at once, as a paste does (typing a long text key by key is slow),
/// and tells the page, as a paste's `input` event would.
pub async fn paste_into(client: &Client, css: &str, text: &str) {
    find(client, css).await;
    let script = "const field = document.querySelector(arguments[0]); field.value = arguments[1]; \
        field.dispatchEvent(new Event('input', { bubbles: true })); return field.value;";
    let value = client
        .execute(script, vec![css.into(), text.into()])
        .await
        .unwrap_or_else(|e| panic!("pasting into {css}: {e}"));
    assert_eq!(value.as_str(), Some(text), "{css} holds what was pasted");
}

/// The element's visible text (retrying while the page is still settling).
pub async fn text_of(client: &Client, css: &str) -> String {
    poll(
        || format!("the text of {css}"),
        async || client.find(Locator::Css(css)).await.ok()?.text().await.ok(),
    )
    .await
}

/// A DOM property (`value`, `type`, ...) as a string.
pub async fn prop(client: &Client, css: &str, name: &str) -> String {
    poll(
        || format!("the {name} of {css}"),
        async || {
            let value = client
                .find(Locator::Css(css))
                .await
                .ok()?
                .prop(name)
                .await
                .ok()?;
            Some(value.unwrap_or_default())
        },
    )
    .await
}

/// Waits until `css` is shown (or hidden).
pub async fn wait_displayed(client: &Client, css: &str, shown: bool) {
    poll(
        || format!("{css} to be {}", if shown { "visible" } else { "hidden" }),
        async || {
            let el = client.find(Locator::Css(css)).await.ok()?;
            (el.is_displayed().await.ok()? == shown).then_some(())
        },
    )
    .await;
}

/// Waits until the text of `css` contains `needle`, and returns it.
pub async fn wait_text(client: &Client, css: &str, needle: &str) -> String {
    let last = std::cell::RefCell::new(String::new());
    poll(
        || format!("{css} to say {needle:?}; it said {:?}", last.borrow()),
        async || {
            let text = client
                .find(Locator::Css(css))
                .await
                .ok()?
                .text()
                .await
                .ok()?;
            last.replace(text.clone());
            text.contains(needle).then_some(text)
        },
    )
    .await
}

pub async fn wait_enabled(client: &Client, css: &str, enabled: bool) {
    poll(
        || {
            format!(
                "{css} to be {}",
                if enabled { "enabled" } else { "disabled" }
            )
        },
        async || {
            let el = client.find(Locator::Css(css)).await.ok()?;
            (el.is_enabled().await.ok()? == enabled).then_some(())
        },
    )
    .await;
}

/// Waits until a DOM property has the given value.
pub async fn wait_prop(client: &Client, css: &str, name: &str, expected: &str) {
    poll(
        || format!("the {name} of {css} to be {expected:?}"),
        async || {
            let value = client
                .find(Locator::Css(css))
                .await
                .ok()?
                .prop(name)
                .await
                .ok()??;
            (value == expected).then_some(())
        },
    )
    .await;
}

/// Step 1 filled in for a custom connection (its homepage and one redirect URI), Next enabled.
pub async fn fill_custom_integration(client: &Client) {
    click(client, "#template-custom").await;
    type_into(client, "#custom-homepage", "https://example.com").await;
    type_into(
        client,
        "#custom-redirect-uris",
        "https://example.com/oauth/callback",
    )
    .await;
    wait_enabled(client, "#next", true).await;
}

/// Opens a connection's details from the home screen's list.
pub async fn open_connection(client: &Client, name: &str) {
    click(
        client,
        &format!("#connection-rows tr[data-name='{name}'] .open-connection"),
    )
    .await;
    wait_displayed(client, "#details", true).await;
}

/// Whether the webview is in the dark colour scheme (`GTK_THEME=Adwaita:dark` makes it so).
pub async fn prefers_dark(client: &Client) -> bool {
    client
        .execute(
            "return window.matchMedia('(prefers-color-scheme: dark)').matches",
            vec![],
        )
        .await
        .unwrap()
        .as_bool()
        .unwrap_or(false)
}
