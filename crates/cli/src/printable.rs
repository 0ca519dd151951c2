//! Text from outside (a name, a server's answer) made safe to print on a terminal.

/// `text` as it may reach a terminal: a control character (an escape sequence would move the
/// cursor or rewrite lines) or one that reorders or hides text (bidi overrides, isolates and
/// marks, zero-width and other format characters, tag characters, line separators) is written as
/// `\u{...}` instead.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            let hides = c.is_control()
                || matches!(
                    c,
                    '\u{00AD}'
                        | '\u{061C}'
                        | '\u{180E}'
                        | '\u{200B}'..='\u{200F}'
                        | '\u{2028}'..='\u{202E}'
                        | '\u{2060}'..='\u{206F}'
                        | '\u{FEFF}'
                        | '\u{FFF9}'..='\u{FFFB}'
                        | '\u{E0000}'..='\u{E007F}'
                );
            if hides {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}
