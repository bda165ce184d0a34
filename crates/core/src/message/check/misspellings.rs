//! Misspelt words, with suggestions, from the dictionaries of `spelling.rs`.

use std::ops::Range;

use super::text::{blank_out, words};
use super::{spelling, Problem, Reading};
use crate::language::Language;
use crate::words::Arg;

/// Most spelling problems listed: past that the message needs a reread, not a list.
const MOST_SPELLING_PROBLEMS: usize = 8;
/// How many of them come with suggestions.
const MOST_SUGGESTED: usize = 3;

impl Reading<'_> {
    /// Misspelt words, with suggestions. Names from the interview and the
    /// profile, the greeting and the signature, addresses and words in
    /// capitals are never counted.
    pub(super) fn spelling_problems(&self, problems: &mut Vec<Problem>, notes: &mut Vec<String>) {
        let language = self.rules.language;
        let Some(speller) = spelling::speller(language, &self.rules.dictionaries) else {
            notes.push(self.say_with(
                "check-note-no-dictionary",
                &[
                    ("language", Arg::from(language.as_str())),
                    ("package", Arg::from(spelling::package_hint(language))),
                ],
            ));
            return;
        };
        let checked = self.spelling_text();
        // Names in a language that capitalises only names: a capital inside a
        // sentence marks one. German capitalises every noun, so there only the
        // known names are skipped.
        let capitals_are_names = language != Language::German;
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut listed = 0;
        for (span, word) in words(&checked) {
            if listed >= MOST_SPELLING_PROBLEMS {
                break;
            }
            if !self.worth_spelling(&checked, &span, word, capitals_are_names) || !seen.insert(word)
            {
                continue;
            }
            if self.spelt_right(speller, word) {
                continue;
            }
            // Suggesting is the slow part of spelling: only for the first few.
            let suggestions = if listed < MOST_SUGGESTED && word.chars().count() <= 24 {
                speller.suggestions(word)
            } else {
                Vec::new()
            };
            let message = match suggestions.first() {
                Some(best) => self.say_with(
                    "problem-spelling-suggestion",
                    &[("word", Arg::from(word)), ("best", Arg::from(best))],
                ),
                None => self.say_with("problem-spelling", &[("word", Arg::from(word))]),
            };
            listed += 1;
            problems.push(Problem {
                id: "spelling",
                message,
                excerpt: word.to_owned(),
                suggestions,
            });
        }
    }

    /// The text whose words are spell-checked: without names, addresses,
    /// the greeting line and the signature.
    fn spelling_text(&self) -> String {
        // The subject's label ("Subject:" above a German message) is no word of the text.
        let mut hidden: Vec<Range<usize>> = self.subject.iter().map(|s| 0..s.start).collect();
        let body_start = self.body.start;
        let body = self.body();
        // The greeting: the body's first line when it ends like one ("Dear Dana,").
        let mut offset = body_start;
        for line in body.split_inclusive('\n') {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                if trimmed.ends_with([',', ':']) && trimmed.split_whitespace().count() <= 6 {
                    hidden.push(offset..offset + line.len());
                }
                break;
            }
            offset += line.len();
        }
        // The signature: from the last closing formula to the end.
        if let Some(closing) = self.rules.sign_off.find_iter(body).last() {
            hidden.push(body_start + closing.start()..self.text.len());
        }
        blank_out(&self.plain, &hidden)
    }

    fn worth_spelling(
        &self,
        text: &str,
        span: &Range<usize>,
        word: &str,
        capitals_are_names: bool,
    ) -> bool {
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if word.chars().count() < 2 || word.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        // Our four languages write in Latin letters: a word in another script
        // is a name or a quote, not a misspelling.
        if !word
            .chars()
            .all(|c| !c.is_alphabetic() || is_latin_letter(c))
        {
            return false;
        }
        // Acronyms, and inner capitals (LinkedIn, McKinsey): names, not words.
        if chars.any(char::is_uppercase) {
            return false;
        }
        if self.names.iter().any(|n| n.eq_ignore_ascii_case(word)) {
            return false;
        }
        if capitals_are_names && first.is_uppercase() {
            let before = text.get(..span.start).unwrap_or("").trim_end();
            let starts_sentence =
                before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '"', '¿', '¡']);
            if !starts_sentence {
                return false;
            }
        }
        true
    }

    fn spelt_right(&self, speller: &spelling::Speller, word: &str) -> bool {
        if speller.knows(word) || self.rules.known_word.is_match(word) {
            return true;
        }
        // "l'entretien", "d'un", "qu'il": the elided article, then the word.
        if let Some((head, tail)) = word.split_once('\'') {
            if head.chars().count() <= 2 && !tail.is_empty() && speller.knows(tail) {
                return true;
            }
            if tail == "s" && speller.knows(head) {
                return true;
            }
        }
        // Compounds joined by hyphens: each part a word.
        word.contains('-')
            && word
                .split('-')
                .all(|part| part.is_empty() || speller.knows(part))
    }
}

/// Basic Latin to Latin Extended-B, and the extended additions (ẞ, ạ…).
fn is_latin_letter(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}')
        && c != '×'
        && c != '÷'
}
