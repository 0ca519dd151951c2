//! A sentence the core says beside a result (a warning, a note on a plan): its kind and values,
//! which the app words in each language from its catalog (`note-<kind>`), and its English, which
//! the CLI prints.

use std::collections::BTreeMap;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub kind: &'static str,
    pub args: BTreeMap<&'static str, String>,
    pub text: String,
}

impl Note {
    pub fn new(kind: &'static str, args: &[(&'static str, String)], text: String) -> Self {
        Note {
            kind,
            args: args.iter().cloned().collect(),
            text,
        }
    }

    /// Whether its English contains `part` (for tests).
    pub fn contains(&self, part: &str) -> bool {
        self.text.contains(part)
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}
