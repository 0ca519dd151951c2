//! The language commands: the words the screens speak, and the person's choice of language.

use tauri::State;

use crate::error::Result;
use crate::language::{self, Words};
use crate::state::AppState;

/// The operating system's preferred languages, read once when the app starts.
#[derive(Debug, Default)]
pub struct SystemLanguages(pub Vec<String>);

/// The language chosen in the app, when the settings can be read and it is one of ours.
fn chosen(state: &AppState) -> Option<String> {
    let ready = state.ready().ok()?;
    let tag = ready.ctx.connections.language().ok()??;
    language::find(&tag).map(|l| l.tag.to_string())
}

/// The language the app speaks now, from the person's choice or the operating system's.
pub fn current(state: &AppState, system: &SystemLanguages) -> language::Choice {
    language::choose(chosen(state).as_deref(), system.0.iter().cloned())
}

#[tauri::command]
pub fn language(state: State<'_, AppState>, system: State<'_, SystemLanguages>) -> Words {
    // The settings are read once: the choice decides the language and is shown in the menu.
    let chosen = chosen(&state);
    language::choose(chosen.as_deref(), system.0.iter().cloned()).words(chosen)
}

/// Keeps the person's choice (`None`: follow the operating system); the webview then reloads.
/// A tag that is not one of ours is not kept.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, tag: Option<String>) -> Result<()> {
    let tag = tag
        .and_then(|t| language::find(&t))
        .map(|l| l.tag.to_string());
    Ok(state.ready()?.ctx.connections.set_language(tag)?)
}
