//! Tests that the language catalogs agree: every language has every English message, with the
//! same values, the same app elements and the same attributes, and every message the screens
//! name exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::language::LANGUAGES;

/// What a message must keep in every language.
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    values: BTreeSet<String>,
    /// The app's own elements a message places (`data-l10n-name`).
    elements: BTreeSet<String>,
    attributes: BTreeSet<String>,
    has_value: bool,
}

fn inline(expression: &InlineExpression<&str>, shape: &mut Shape) {
    match expression {
        InlineExpression::VariableReference { id } => {
            shape.values.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline(argument, shape);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn walk_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Select { selector, variants } => {
            inline(selector, shape);
            for variant in variants {
                pattern(&variant.value, shape);
            }
        }
        Expression::Inline(expression) => inline(expression, shape),
    }
}

fn pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                for part in value.split("data-l10n-name=\"").skip(1) {
                    if let Some(name) = part.split('"').next() {
                        shape.elements.insert(name.to_string());
                    }
                }
            }
            PatternElement::Placeable { expression } => walk_expression(expression, shape),
        }
    }
}

/// Each message's shape by id; a catalog the parser could not read whole is an error.
fn shapes(tag: &str, source: &str) -> BTreeMap<String, Shape> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{tag}: not valid Fluent: {errors:?}"));
    let mut found = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut shape = Shape {
                    has_value: message.value.is_some(),
                    ..Shape::default()
                };
                if let Some(value) = &message.value {
                    pattern(value, &mut shape);
                }
                for attribute in &message.attributes {
                    shape.attributes.insert(attribute.id.name.to_string());
                    pattern(&attribute.value, &mut shape);
                }
                let id = message.id.name.to_string();
                assert!(
                    found.insert(id.clone(), shape).is_none(),
                    "{tag}: {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{tag}: not valid Fluent: {content}"),
            _ => {}
        }
    }
    found
}

/// The English catalog's messages and their values, for the core's error test and the screens'.
fn english() -> BTreeMap<String, Shape> {
    shapes("en", LANGUAGES[0].catalog)
}

#[test]
fn every_language_has_every_message_with_the_same_values_and_elements() {
    let english = english();
    assert!(english.len() > 600, "{}", english.len());
    for language in &LANGUAGES[1..] {
        let other = shapes(language.tag, language.catalog);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", language.tag);
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{}: not in English {extra:?}",
            language.tag
        );
        for (id, shape) in &english {
            assert_eq!(&other[id], shape, "{}: {id}", language.tag);
        }
    }
}

/// The quoted strings shaped like message ids in `text` (`'copy'`, `'step-1-title'`), apart from
/// those a value is compared with (`state === 'expired'`) and the prefixes `said('doctor', …)`
/// words a core sentence with.
fn quoted_ids(text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split('\'').collect();
    (1..parts.len())
        .step_by(2)
        .filter(|&i| {
            let before = parts[i - 1].trim_end();
            !(before.ends_with("===") || before.ends_with("!==") || before.ends_with("said("))
        })
        .map(|i| parts[i])
        .filter(|quoted| {
            quoted.starts_with(|c: char| c.is_ascii_lowercase())
                && quoted
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        })
        .map(str::to_string)
        .collect()
}

/// The argument list of each `t(…)` call in a view's code.
fn translate_calls(text: &str) -> Vec<&str> {
    let mut calls = Vec::new();
    for (at, _) in text.match_indices("t(") {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let rest = &text[at + 2..];
        let mut depth = 1;
        let end = rest.char_indices().find_map(|(i, c)| {
            depth += match c {
                '(' => 1,
                ')' => -1,
                _ => 0,
            };
            (depth == 0).then_some(i)
        });
        calls.push(&rest[..end.unwrap_or(rest.len())]);
    }
    calls
}

fn ui() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui")
}

/// Every `data-l10n-id` on the page.
fn page_ids() -> BTreeSet<String> {
    let html = std::fs::read_to_string(ui().join("index.html")).unwrap();
    html.split("data-l10n-id=\"")
        .skip(1)
        .filter_map(|part| part.split('"').next().map(str::to_string))
        .collect()
}

/// Every `data-l10n-id` on the page and every message id a view's `t(…)` names.
fn ids_the_screens_name() -> BTreeSet<String> {
    let ui = ui();
    let mut ids = page_ids();
    for entry in std::fs::read_dir(&ui).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "js") {
            let code = std::fs::read_to_string(&path).unwrap();
            for call in translate_calls(&code) {
                ids.extend(quoted_ids(call));
            }
        }
    }
    ids
}

#[test]
fn every_message_the_screens_name_is_in_the_english_catalog() {
    let english = english();
    let ids = ids_the_screens_name();
    assert!(ids.len() > 400, "{}", ids.len());
    let missing: Vec<_> = ids.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "not in en.ftl: {missing:?}");
}

#[test]
fn the_pages_own_messages_take_no_values() {
    // A translation may carry markup for the page's elements; a value from outside (a name, a
    // server's text) must never be parsed with it, so these messages have none.
    let english = english();
    for id in page_ids() {
        let shape = &english[&id];
        assert!(shape.values.is_empty(), "{id} takes {:?}", shape.values);
    }
}
