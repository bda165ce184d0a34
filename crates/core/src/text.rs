//! Characters that must not hide in what the user reads: control characters
//! (NUL, ESC, the C1 set) and the invisible direction overrides that make text
//! display differently from what it says. Input refuses them (see
//! `log::validate`); output that may still meet them (an old log, a file from
//! elsewhere) shows them as visible escapes instead.

use std::borrow::Cow;

/// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A character that must not reach the log, a terminal, a notification or a
/// file. Tab and newline are kept only where `multi_line` allows them.
pub fn is_hidden_control(c: char, multi_line: bool) -> bool {
    if multi_line && (c == '\n' || c == '\t') {
        return false;
    }
    c.is_control() || is_bidi_control(c)
}

/// The first forbidden character of `text`, with its 1-based position in
/// characters. A CR directly before a LF counts as part of the line break.
pub fn first_hidden_control(text: &str, multi_line: bool) -> Option<(usize, char)> {
    let mut chars = text.chars().enumerate().peekable();
    while let Some((at, c)) = chars.next() {
        if multi_line && c == '\r' && chars.peek().is_some_and(|(_, next)| *next == '\n') {
            continue;
        }
        if is_hidden_control(c, multi_line) {
            return Some((at + 1, c));
        }
    }
    None
}

/// `text` with every control or direction character written out as `<U+XXXX>`,
/// keeping line breaks and tabs: safe for a terminal or a notification.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_hidden_control(c, true)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_hidden_control(c, true) {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// JSON text with every control or direction character written as a `\uXXXX`
/// escape: the same JSON value, lossless, but inert in a terminal or an editor.
/// Such characters can only stand inside JSON strings, where the escape means
/// the same; line breaks and tabs between values are kept.
pub fn inert_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(|c| is_hidden_control(c, true)) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if is_hidden_control(c, true) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Escapes `&`, `<` and `>` for a reader of simple markup (a notification server
/// with body-markup), after making hidden characters visible.
pub fn escape_markup(text: &str) -> String {
    let visible = visible(text);
    let mut out = String::with_capacity(visible.len());
    for c in visible.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_direction_overrides_are_found_with_their_position() {
        assert_eq!(first_hidden_control("Acme", false), None);
        assert_eq!(
            first_hidden_control("Ac\u{1b}me", false),
            Some((3, '\u{1b}'))
        );
        assert_eq!(
            first_hidden_control("\u{202E}emcA", false),
            Some((1, '\u{202E}'))
        );
        assert_eq!(
            first_hidden_control("x\u{2069}", false),
            Some((2, '\u{2069}'))
        );
        assert_eq!(first_hidden_control("a\u{85}", false), Some((2, '\u{85}')));
        assert_eq!(first_hidden_control("a\nb", false), Some((2, '\n')));
        assert_eq!(first_hidden_control("a\r\nb\tc", true), None);
        assert_eq!(first_hidden_control("a\rb", true), Some((2, '\r')));
        assert_eq!(first_hidden_control("a\0", true), Some((2, '\0')));
        // Ordinary right-to-left text is not a control.
        assert_eq!(first_hidden_control("שלום مرحبا", false), None);
    }

    #[test]
    fn json_keeps_its_value_and_loses_its_hidden_characters() {
        let value = serde_json::json!({"company": "Ev\u{202E}il\u{9b}", "notes": "a\nb"});
        let text = serde_json::to_string_pretty(&value).unwrap();
        let inert = inert_json(&text);
        assert!(inert.contains("Ev\\u202eil\\u009b"), "{inert}");
        let back: serde_json::Value = serde_json::from_str(&inert).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn visible_and_markup_escapes() {
        assert_eq!(visible("plain\ttext\n"), "plain\ttext\n");
        assert_eq!(visible("a\u{1b}[31mb\u{202E}"), "a<U+001B>[31mb<U+202E>");
        assert_eq!(
            escape_markup("<b>R&D</b>\u{0}"),
            "&lt;b&gt;R&amp;D&lt;/b&gt;&lt;U+0000&gt;"
        );
    }
}
