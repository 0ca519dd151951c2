//! The app in other languages: the wizard walked end to end in Japanese and in Arabic (right to
//! left, mirrored), every screen saved as a screenshot and checked with axe; the pseudo-locale
//! (English accented and longer) finds text outside the catalogs and text that does not fit its
//! box; and the language menu keeps the person's choice.

use std::path::Path;

use fantoccini::Client;
use zcw_test_support::axe;
use zcw_test_support::emulator::ZohoEmulator;
use zcw_test_support::gui::{save_screenshot, GuiHarness};
use zcw_test_support::session::KeyringSession;
use zcw_test_support::ui::{
    attr, click, prop, text_of, type_into, wait_displayed, wait_enabled, wait_text,
};
use zcw_test_support::RecordingBrowser;

use crate::{app, zcw_path};

/// The emulator, a keychain with the registered connection "crm", and the app in `language`.
struct Walk {
    session: KeyringSession,
    _zoho: ZohoEmulator,
    harness: GuiHarness,
    _browser: RecordingBrowser,
}

fn start(language: &str) -> Walk {
    let session = KeyringSession::start();
    let zoho = ZohoEmulator::start();
    session.add_registered_connection(zcw_path(), &zoho, "crm");
    let dir = session.root.path().join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    let browser = RecordingBrowser::following(&dir);
    let accounts = std::path::PathBuf::from(zoho.url());
    let harness = GuiHarness::start(
        &session,
        app(),
        &[
            ("LANGUAGE", Path::new(language)),
            ("BROWSER", &browser.program),
            ("ZCW_ACCOUNTS_URL", &accounts),
        ],
    );
    Walk {
        session,
        _zoho: zoho,
        harness,
        _browser: browser,
    }
}

/// The visible text of `css`, as a person reads it.
async fn visible_text(client: &Client, css: &str) -> String {
    client
        .execute(
            "return document.querySelector(arguments[0]).innerText",
            vec![css.into()],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Saves the screen, checks it with axe, and that what it shows is in `script` (Japanese or
/// Arabic letters) with none of English's sentences left: a screen's words are all translated.
async fn check_screen(client: &Client, language: &str, view: &str, name: &str) {
    wait_displayed(client, view, true).await;
    let shot = format!("{language}-{name}");
    save_screenshot(client, &shot).await;
    axe::assert_clean(client, &shot).await;
    let text = visible_text(client, view).await;
    let foreign = |c: char| match language {
        "ja" => ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c),
        _ => ('\u{0600}'..='\u{06ff}').contains(&c),
    };
    assert!(
        text.chars().filter(|c| foreign(*c)).count() > 20,
        "{shot} is not in {language}: {text}"
    );
    for english in [
        " the ", " and ", " your ", "Click ", "Next:", " this ", "Back", "Cancel",
    ] {
        assert!(
            !text.contains(english),
            "{shot} still shows English ({english:?}): {text}"
        );
    }
}

/// Steps 1 to 5 and the connections screen in `language`: a new connection as far as its saved
/// secret, then the registered "crm" signed in through the emulator and handed over.
async fn walk_the_wizard_in(language: &str) -> (Walk, Client) {
    let walk = start(language);
    let client = walk.harness.launch_app().await;
    assert_eq!(
        attr(&client, "html", "lang").await.as_deref(),
        Some(language)
    );

    check_screen(&client, language, "#home", "home").await;
    click(&client, "#new-connection").await;
    zcw_test_support::ui::fill_custom_integration(&client).await;
    check_screen(&client, language, "#step-1", "step1").await;
    click(&client, "#next").await;
    check_screen(&client, language, "#step-2", "step2").await;
    click(&client, "#next-2").await;
    type_into(&client, "#client-id", zcw_test_support::TEST_CLIENT_ID).await;
    type_into(&client, "#client-secret", zcw_test_support::TEST_SECRET).await;
    type_into(&client, "#connection-name", "new").await;
    click(&client, "#save-secret").await;
    wait_displayed(&client, "#saved", true).await;
    check_screen(&client, language, "#step-3", "step3-saved").await;

    // Step 4 and 5 with the connection the emulator knows.
    click(&client, "#nav-home").await;
    zcw_test_support::ui::open_connection(&client, "crm").await;
    check_screen(&client, language, "#details", "details").await;
    click(&client, "#show-connect").await;
    wait_displayed(&client, "#step-4", true).await;
    click(&client, "#s4-presets input[value='ZohoCRM.modules.ALL']").await;
    check_screen(&client, language, "#step-4", "step4").await;
    click(&client, "#s4-connect").await;
    wait_displayed(&client, "#s4-done", true).await;
    check_screen(&client, language, "#step-4", "step4-connected").await;
    click(&client, "#s4-handover").await;
    check_screen(&client, language, "#step-5", "step5").await;
    (walk, client)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wizard_speaks_japanese_from_step_1_to_the_hand_over() {
    let (walk, client) = walk_the_wizard_in("ja").await;
    // The stepper, the buttons and the values' names are Japanese too.
    let stepper = visible_text(&client, "#stepper").await;
    assert!(!stepper.contains("Hand over"), "{stepper}");
    assert!(walk.session.lookup("crm/refresh_token").len() > 10);
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_runs_right_to_left_and_mirrors_every_step() {
    let (_walk, client) = walk_the_wizard_in("ar").await;
    assert_eq!(attr(&client, "html", "dir").await.as_deref(), Some("rtl"));
    // Mirrored: Back is on the right of the step's actions, the main button on the left.
    let x = |css: &'static str| {
        let client = client.clone();
        async move {
            client
                .execute(
                    "return document.querySelector(arguments[0]).getBoundingClientRect().left",
                    vec![css.into()],
                )
                .await
                .unwrap()
                .as_f64()
                .unwrap()
        }
    };
    assert!(x("#s5-done").await < x("#back-5").await);
    client.close().await.unwrap();
}

/// Every visible text in `css` that has letters but no pseudo-locale accent (so it did not come
/// from a catalog), apart from the values the test itself typed or knows; and every element
/// whose text does not fit its box.
async fn untranslated_and_cut_off(client: &Client, css: &str, values: &[&str]) -> Vec<String> {
    let found = client
        .execute(
            r"const [css, values] = arguments;
            const problems = [];
            const shown = (el) => el && el.getClientRects().length > 0
              && getComputedStyle(el).visibility !== 'hidden';
            // Values the app fills in (names, addresses, Zoho's product names), not words of its own.
            const data = 'code, pre, input, textarea, select, .value, .fingerprint, .mono, .scope-name, .product-name, #about, .language-menu, #connection-rows td:not(.status), #details-title, dd, bdi, .snippet-caption, [data-l10n-name]:not([data-l10n-id])';
            const root = document.querySelector(css);
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const el = walker.currentNode.parentElement;
              let text = walker.currentNode.textContent;
              for (const value of values) text = text.split(value).join('');
              if (!/[A-Za-z]{3,}/.test(text) || !shown(el) || el.closest(data)) continue;
              if (!/[áéíóúÁÉÍÓÚ]/.test(text)) problems.push(`not from a catalog: ${text.trim()}`);
            }
            for (const el of root.querySelectorAll('button, label, th, legend, summary, h1, h2, dt, .choice-title, li, p')) {
              if (!shown(el)) continue;
              if (el.scrollWidth > el.clientWidth + 2 && getComputedStyle(el).overflowX !== 'visible') {
                problems.push(`cut off: ${el.id || el.tagName} ${el.textContent.trim().slice(0, 60)}`);
              }
              const box = el.getBoundingClientRect();
              if (box.right > document.documentElement.clientWidth + 2) {
                problems.push(`beyond the window: ${el.id || el.tagName} ${el.textContent.trim().slice(0, 60)}`);
              }
            }
            return problems;",
            vec![css.into(), serde_json::json!(values)],
        )
        .await
        .unwrap();
    serde_json::from_value(found).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pseudo_locale_finds_no_text_outside_the_catalogs_and_none_cut_off() {
    let walk = start("en-XA");
    let client = walk.harness.launch_app().await;
    // Longest first: "acme-crm" before "crm".
    let values = [
        "Acme Integrations",
        "acme-crm",
        "Zoho Credential Wizard",
        zcw_test_support::emulator::TEST_EMAIL,
        zcw_test_support::TEST_CLIENT_ID,
        "example.com",
        "crm",
        "new",
    ];
    let mut problems = Vec::new();
    let mut look = async |view: &str, name: &str| {
        wait_displayed(&client, view, true).await;
        save_screenshot(&client, &format!("pseudo-{name}")).await;
        for found in untranslated_and_cut_off(&client, "body", &values).await {
            problems.push(format!("{name}: {found}"));
        }
    };
    look("#home", "home").await;
    click(&client, "#change-store").await;
    look("#store-picker", "store-picker").await;
    click(&client, "#cancel-store").await;
    click(&client, "#new-connection").await;
    for template in ["catalyst", "hotglue", "self-client", "custom"] {
        click(&client, &format!("#template-{template}")).await;
        look("#step-1", &format!("step1-{template}")).await;
    }
    // A missing client name's example is the suggestion, in the screens' language.
    let suggested = prop(&client, "#client-name", "value").await;
    zcw_test_support::ui::find(&client, "#client-name")
        .await
        .clear()
        .await
        .unwrap();
    let said = wait_text(&client, "#err-client-name", &suggested).await;
    assert!(!said.contains("My Zoho Client"), "{said}");
    type_into(&client, "#client-name", &suggested).await;
    zcw_test_support::ui::fill_custom_integration(&client).await;
    click(&client, "#next").await;
    look("#step-2", "step2").await;
    click(&client, "#next-2").await;
    type_into(&client, "#client-id", zcw_test_support::TEST_CLIENT_ID).await;
    type_into(&client, "#client-secret", zcw_test_support::TEST_SECRET).await;
    type_into(&client, "#connection-name", "new").await;
    click(&client, "#save-secret").await;
    look("#saved", "step3-saved").await;
    click(&client, "#nav-home").await;
    zcw_test_support::ui::open_connection(&client, "crm").await;
    look("#details", "details").await;
    click(&client, "#show-connect").await;
    click(&client, "#s4-presets input[value='ZohoCRM.modules.ALL']").await;
    look("#step-4", "step4").await;
    click(&client, "#s4-connect").await;
    look("#s4-done", "step4-connected").await;
    click(&client, "#s4-handover").await;
    look("#step-5", "step5").await;

    // The screens off the main path.
    click(&client, "#nav-home").await;
    click(&client, "#change-store").await;
    for store in ["encrypted-file", "vault"] {
        click(
            &client,
            &format!("input[name='store-choice'][value='{store}']"),
        )
        .await;
        look("#store-picker", &format!("store-{store}")).await;
    }
    // The core's error with what is wrong in it (a flaw), both from the catalog.
    type_into(&client, "#team-address", "http://vault.example.com:8200").await;
    click(&client, "#confirm-store").await;
    let said = wait_text(&client, "#err-team-address", "https://").await;
    assert!(
        !said.contains("unencrypted") && said.contains("éé"),
        "{said}"
    );
    look("#store-picker", "store-vault-refused").await;
    click(&client, "#cancel-store").await;
    click(&client, "#check-computer").await;
    wait_enabled(&client, "#doctor-again", true).await;
    look("#doctor", "doctor").await;
    click(&client, "#doctor-back").await;
    click(&client, "#open-request").await;
    look("#open-request-view", "open-request").await;
    click(&client, "#open-request-back").await;
    click(&client, "#import-reply").await;
    look("#import-reply-view", "import-reply").await;
    click(&client, "#import-reply-back").await;
    click(&client, "#new-connection").await;
    click(&client, "#template-self-client").await;
    click(&client, "#next").await;
    look("#step-2-self", "self-client").await;
    crate::onboarding::start_request(&client).await;
    look("#step-1", "request-form").await;
    click(&client, "#make-request").await;
    look("#request-made", "request-made").await;
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The language menu keeps a choice: German after a reload, then the system's again.
    click(&client, "#nav-home").await;
    client
        .execute(
            "const menu = document.getElementById('language'); menu.value = 'de'; \
             menu.dispatchEvent(new Event('change'));",
            vec![],
        )
        .await
        .unwrap();
    zcw_test_support::ui::wait_prop(&client, "html", "lang", "de").await;
    zcw_test_support::ui::find(&client, "body[data-ready='true']").await;
    assert_ne!(text_of(&client, "#nav-home").await, "All connections");
    assert_eq!(prop(&client, "#language", "value").await, "de");
    client.close().await.unwrap();
}

/// Steps 1 to 5 in each language the other tests do not walk, switched with the language menu in
/// one running app: screenshots for a native speaker to read, and no English left on them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn steps_1_to_5_in_every_language_for_screenshots() {
    let walk = start("en");
    let client = walk.harness.launch_app().await;
    for language in ["de", "fr", "es", "pt-BR", "zh-CN"] {
        client
            .execute(
                "const menu = document.getElementById('language'); menu.value = arguments[0]; \
                 menu.dispatchEvent(new Event('change'));",
                vec![language.into()],
            )
            .await
            .unwrap();
        zcw_test_support::ui::wait_prop(&client, "html", "lang", language).await;
        zcw_test_support::ui::find(&client, "body[data-ready='true']").await;
        let shot = async |view: &str, name: &str| {
            wait_displayed(&client, view, true).await;
            save_screenshot(&client, &format!("{language}-{name}")).await;
            let text = visible_text(&client, view).await;
            for english in [" the ", " your ", "Click ", "Next:", "Cancel"] {
                assert!(
                    !text.contains(english),
                    "{language}-{name} still shows English ({english:?}): {text}"
                );
            }
        };
        // The app may have resumed the draft the last language left: home first.
        let away = client
            .execute("return !document.getElementById('nav-home').hidden", vec![])
            .await
            .unwrap();
        if away.as_bool() == Some(true) {
            click(&client, "#nav-home").await;
        }
        shot("#home", "home").await;
        click(&client, "#new-connection").await;
        zcw_test_support::ui::fill_custom_integration(&client).await;
        shot("#step-1", "step1").await;
        click(&client, "#next").await;
        shot("#step-2", "step2").await;
        click(&client, "#next-2").await;
        shot("#step-3", "step3").await;
        click(&client, "#nav-home").await;
        zcw_test_support::ui::open_connection(&client, "crm").await;
        shot("#details", "details").await;
        click(&client, "#show-connect").await;
        shot("#step-4", "step4").await;
        click(&client, "#back-4").await;
        click(&client, "#show-handover").await;
        shot("#step-5", "step5").await;
        click(&client, "#nav-home").await;
    }
    client.close().await.unwrap();
}
