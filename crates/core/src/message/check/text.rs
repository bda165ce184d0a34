//! Text helpers for the checker. Every offset is a byte offset at a
//! character boundary: offsets come from regex matches or from finding ASCII
//! characters, and no arithmetic is done on them without checking.

use std::ops::Range;

/// The message as the checker reads it: one kind of line break, straight
/// quotes, plain spaces, and control characters as spaces.
pub(super) fn normalize(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '’' | '‘' | 'ʼ' | '′' => out.push('\''),
            '“' | '”' | '„' | '«' | '»' => out.push('"'),
            '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' => out.push(' '),
            '\n' | '\t' => out.push(ch),
            c if c.is_control() => out.push(' '),
            // Bidi controls and zero-width characters change nothing a reader sees.
            '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The labels a subject line starts with, in the languages we read.
const SUBJECT_LABELS: [&str; 5] = ["subject:", "betreff:", "objet :", "objet:", "asunto:"];

/// The subject line's span (its text after the label) and the body's span.
pub(super) fn split_subject(text: &str) -> (Option<Range<usize>>, Range<usize>) {
    let start = text.len() - text.trim_start().len();
    let first_line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let first_line = &text[start..first_line_end];
    let lower = first_line.to_lowercase();
    for label in SUBJECT_LABELS {
        // The label is ASCII, so its length in the line is its byte length when it matches.
        if lower.starts_with(label) && first_line.is_char_boundary(label.len()) {
            let subject = start + label.len()..first_line_end;
            return (Some(subject), first_line_end..text.len());
        }
    }
    (None, 0..text.len())
}

/// The sentence around an offset: from the last full stop, question mark,
/// exclamation mark or line break before it to the next one.
pub(super) fn sentence_around(text: &str, at: usize) -> Range<usize> {
    let at = floor_boundary(text, at);
    let start = text[..at].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let end = text[at..]
        .find(['.', '!', '?', '\n'])
        .map_or(text.len(), |i| at + i + 1);
    start..end
}

/// The nearest character boundary at or before `at`.
pub(super) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A short quote of a piece of text for a problem's excerpt.
pub(super) fn excerpt(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= 80 {
        text
    } else {
        format!("{}…", text.chars().take(79).collect::<String>())
    }
}

/// The text with the given spans blanked out (same length, so offsets hold).
pub(super) fn blank_out(text: &str, spans: &[Range<usize>]) -> String {
    let mut spans: Vec<Range<usize>> = spans
        .iter()
        .filter(|s| {
            s.start < s.end
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end.min(text.len()))
        })
        .map(|s| s.start..s.end.min(text.len()))
        .collect();
    spans.sort_by_key(|s| s.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for span in spans {
        if span.end <= at {
            continue;
        }
        let start = span.start.max(at);
        out.push_str(&text[at..start]);
        out.extend(std::iter::repeat_n(' ', span.end - start));
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The words of a text with their spans: letters and digits, with inner
/// apostrophes and hyphens ("don't", "e-mail"); symbols end a word.
pub(super) fn words(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        let inner = matches!(ch, '\'' | '-')
            && start.is_some()
            && chars.peek().is_some_and(|(_, next)| next.is_alphabetic());
        if ch.is_alphabetic() || ch.is_ascii_digit() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            found.push((s..i, &text[s..i]));
        }
    }
    if let Some(s) = start {
        found.push((s..text.len(), &text[s..]));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_around_multibyte_characters() {
        let text = "Interview – on 3/12 at 10:00. Ça va? Ünïcödé.";
        for at in 0..=text.len() + 3 {
            let span = sentence_around(text, at);
            assert!(text.get(span).is_some());
        }
    }

    #[test]
    fn blanking_keeps_offsets_and_utf8() {
        let text = "Müller & Söhne: Dana Lee";
        let out = blank_out(text, &[0..7, 17..21]);
        assert_eq!(out.len(), text.len());
        assert!(out.ends_with("Lee"));
        assert!(!out.contains("Müller"));
    }

    #[test]
    fn subject_labels_in_four_languages() {
        for text in [
            "Subject: A\nbody",
            "Betreff: A\nbody",
            "Objet : A\nbody",
            "Asunto: A\nbody",
        ] {
            let (subject, body) = split_subject(text);
            assert_eq!(
                subject.map(|s| text[s].trim().to_owned()),
                Some("A".into()),
                "{text}"
            );
            assert_eq!(&text[body], "\nbody");
        }
        assert!(split_subject("Betreffend Ihre Anfrage").0.is_none());
    }
}
