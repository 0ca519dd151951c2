//! The app's languages: which one a person sees (their choice in the app, else the operating
//! system's), the catalog the webview words every screen with, and the shell's own few words
//! (file dialogs) from the same catalog.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// One language the app speaks: its tag, its own name for itself, and its catalog.
#[derive(Debug)]
pub struct Language {
    pub tag: &'static str,
    /// The language's name in itself, as a person looking for their language reads it.
    pub name: &'static str,
    pub right_to_left: bool,
    pub catalog: &'static str,
}

const fn language(tag: &'static str, name: &'static str, catalog: &'static str) -> Language {
    Language {
        tag,
        name,
        right_to_left: false,
        catalog,
    }
}

/// English first: the language every other falls back to, word by word.
pub const LANGUAGES: &[Language] = &[
    language("en", "English", include_str!("../locales/en.ftl")),
    language("de", "Deutsch", include_str!("../locales/de.ftl")),
    language("fr", "Français", include_str!("../locales/fr.ftl")),
    language("es", "Español", include_str!("../locales/es.ftl")),
    language(
        "pt-BR",
        "Português (Brasil)",
        include_str!("../locales/pt-BR.ftl"),
    ),
    language("ja", "日本語", include_str!("../locales/ja.ftl")),
    language("zh-CN", "简体中文", include_str!("../locales/zh-CN.ftl")),
    Language {
        right_to_left: true,
        ..language("ar", "العربية", include_str!("../locales/ar.ftl"))
    },
];

/// The pseudo-locale: English accented and made longer by the webview, to find text that is not
/// in the catalog or does not fit its box. Reached only through the operating system's language
/// (`LANGUAGE=en-XA`), never offered in the app.
pub const PSEUDO: &str = "en-XA";

/// Which language to show: the one chosen in the app when it is one of ours, else the first of
/// the operating system's preferred languages that matches one (`pt-PT` finds `pt-BR`, `de-AT`
/// finds `de`), else English.
pub fn choose(chosen: Option<&str>, system: impl IntoIterator<Item = String>) -> Choice {
    if let Some(language) = chosen.and_then(find) {
        return Choice {
            language,
            pseudo: false,
        };
    }
    let requested: Vec<LanguageIdentifier> = system
        .into_iter()
        .filter_map(|tag| tag.parse().ok())
        .collect();
    if requested.first().is_some_and(|first| *first == PSEUDO) {
        return Choice {
            language: &LANGUAGES[0],
            pseudo: true,
        };
    }
    let available: Vec<LanguageIdentifier> = LANGUAGES
        .iter()
        .map(|l| l.tag.parse().expect("our tags parse"))
        .collect();
    let english = &available[0];
    let best = negotiate_languages(
        &requested,
        &available,
        Some(english),
        NegotiationStrategy::Lookup,
    );
    let tag = best
        .first()
        .map_or_else(|| "en".to_string(), ToString::to_string);
    Choice {
        language: find(&tag).unwrap_or(&LANGUAGES[0]),
        pseudo: false,
    }
}

/// One of ours, by its exact tag.
pub fn find(tag: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.tag == tag)
}

/// The language the app shows, and whether it is the pseudo-locale (English, transformed).
#[derive(Debug, Clone, Copy)]
pub struct Choice {
    pub language: &'static Language,
    pub pseudo: bool,
}

/// What the webview needs to word its screens: the catalogs (the chosen one and English, for a
/// message a translation lacks), the direction, and the choices for the language menu.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Words {
    pub tag: &'static str,
    pub right_to_left: bool,
    pub pseudo: bool,
    pub catalog: &'static str,
    pub english: &'static str,
    /// The language chosen in the app; `None` follows the operating system.
    pub chosen: Option<String>,
    pub choices: Vec<LanguageChoice>,
}

#[derive(Debug, Serialize)]
pub struct LanguageChoice {
    pub tag: &'static str,
    pub name: &'static str,
}

impl Choice {
    pub fn words(self, chosen: Option<String>) -> Words {
        Words {
            tag: if self.pseudo {
                PSEUDO
            } else {
                self.language.tag
            },
            right_to_left: self.language.right_to_left,
            pseudo: self.pseudo,
            catalog: self.language.catalog,
            english: LANGUAGES[0].catalog,
            chosen,
            choices: LANGUAGES
                .iter()
                .map(|l| LanguageChoice {
                    tag: l.tag,
                    name: l.name,
                })
                .collect(),
        }
    }

    /// The shell's own words (a file dialog's title), from the same catalog as the screens.
    pub fn shell_words(self) -> ShellWords {
        ShellWords {
            bundle: bundle(self.language),
            english: bundle(&LANGUAGES[0]),
        }
    }
}

fn bundle(language: &Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.tag.parse().expect("our tags parse");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Our catalogs are checked by a test; a message the parser skipped falls back to English.
    let resource = FluentResource::try_new(language.catalog.to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle.set_use_isolating(false);
    bundle
}

/// Messages without values from the chosen language's catalog, English where it has none.
pub struct ShellWords {
    bundle: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for ShellWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ShellWords")
    }
}

impl ShellWords {
    pub fn get(&self, id: &str) -> String {
        [&self.bundle, &self.english]
            .into_iter()
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, None, &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(chosen: Option<&str>, system: &[&str]) -> &'static str {
        let choice = choose(chosen, system.iter().map(ToString::to_string));
        if choice.pseudo {
            PSEUDO
        } else {
            choice.language.tag
        }
    }

    #[test]
    fn the_choice_in_the_app_wins_then_the_systems_languages_in_order_then_english() {
        assert_eq!(tag(Some("ja"), &["de-DE"]), "ja");
        assert_eq!(tag(Some("tlh"), &["de-DE"]), "de");
        assert_eq!(tag(None, &["de-AT", "fr-FR"]), "de");
        assert_eq!(tag(None, &["nl-NL", "fr-CA"]), "fr");
        assert_eq!(tag(None, &["pt-PT"]), "pt-BR");
        assert_eq!(tag(None, &["zh-CN"]), "zh-CN");
        assert_eq!(tag(None, &["ar-SA"]), "ar");
        assert_eq!(tag(None, &["en-XA"]), PSEUDO);
        assert_eq!(tag(None, &["nl-NL"]), "en");
        assert_eq!(tag(None, &[]), "en");
        assert!(find("ar").unwrap().right_to_left);
    }

    #[test]
    fn the_shell_words_its_dialogs_in_the_chosen_language() {
        let japanese = choose(Some("ja"), []).shell_words();
        let english = choose(Some("en"), []).shell_words();
        assert_ne!(
            japanese.get("dialog-choose-request"),
            english.get("dialog-choose-request")
        );
        assert_eq!(english.get("no-such-message"), "no-such-message");
    }
}
