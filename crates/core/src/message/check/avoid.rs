//! The things to avoid: length, oversharing, blame, vagueness, drama, and an
//! e-mail where a call is due.

use regex::Regex;

use super::text::{excerpt, sentence_around, words};
use super::{spelling, Problem, Reading};
use crate::message::{Channel, MessageKind};
use crate::words::Arg;

/// Abbreviations of zones that are capitals but never shouting.
const ZONE_ABBREVIATIONS: [&str; 30] = [
    "UTC", "GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "EST", "EDT", "CST",
    "CDT", "MST", "MDT", "PST", "PDT", "AEST", "AEDT", "MEZ", "MESZ", "JST", "KST", "SGT", "HKT",
    "NZST", "NZDT", "AKST", "AKDT",
];

impl Reading<'_> {
    /// Things to avoid: length, oversharing, blame, vagueness, drama, a late e-mail.
    pub(super) fn avoid_problems(&self, problems: &mut Vec<Problem>) {
        problems.extend(self.too_long());
        problems.extend(self.words_to_leave_out());
        problems.extend(self.drama());
        problems.extend(self.late_email());
    }

    /// More words of prose than the channel bears.
    fn too_long(&self) -> Option<Problem> {
        let words = prose_words(self.body(), &self.rules.sign_off);
        let limit: i64 = match self.channel {
            Channel::Email => 180,
            Channel::Linkedin | Channel::Platform => 120,
            Channel::Phone => 160,
            Channel::Voicemail => 90,
            Channel::Sms => 60,
        };
        if words as i64 <= limit {
            return None;
        }
        let long_line = self
            .body()
            .lines()
            .find(|l| l.split_whitespace().count() > 12)
            .unwrap_or(self.body());
        Some(self.problem(
            "too_long",
            "problem-too_long",
            &[
                ("words", Arg::from(words as i64)),
                ("channel", Arg::from(self.channel.as_str())),
                ("limit", Arg::from(limit)),
            ],
            excerpt(long_line),
        ))
    }

    /// Oversharing, blame and vagueness: the first sentence with words of each.
    fn words_to_leave_out(&self) -> Vec<Problem> {
        [
            ("oversharing", &self.rules.oversharing),
            ("blame", &self.rules.blame),
            ("vague", &self.rules.vague),
        ]
        .into_iter()
        .filter_map(|(id, pattern)| {
            pattern.find(&self.plain).map(|found| {
                self.problem(
                    id,
                    &format!("problem-{id}"),
                    &[],
                    self.sentence_excerpt(found.start()),
                )
            })
        })
        .collect()
    }

    fn drama(&self) -> Option<Problem> {
        self.shouting()
            .map(|at| self.problem("drama", "problem-drama", &[], self.sentence_excerpt(at)))
    }

    /// An e-mail under 24 hours before the interview, where a call comes first.
    fn late_email(&self) -> Option<Problem> {
        let late = self.channel == Channel::Email
            && self
                .expected
                .hours_until
                .is_some_and(|h| (0.0..24.0).contains(&h))
            && self.about_interview()
            // Late by nature, or answering their own proposal: no call first.
            && !matches!(
                self.kind,
                Some(MessageKind::RunningLate | MessageKind::ConfirmNewTime)
            );
        late.then(|| {
            self.problem(
                "late_email",
                "problem-late_email",
                &[],
                excerpt(self.subject().unwrap_or(self.body())),
            )
        })
    }

    fn sentence_excerpt(&self, at: usize) -> String {
        excerpt(self.text.get(sentence_around(self.text, at)).unwrap_or(""))
    }

    /// Where the message raises its voice: an exclamation mark, "??", or an
    /// ordinary word in capitals (a name or an acronym in capitals is fine).
    fn shouting(&self) -> Option<usize> {
        let plain = &self.plain;
        if let Some(at) = plain.find(['!', '¡']).or_else(|| plain.find("??")) {
            return Some(at);
        }
        let speller = spelling::speller(self.rules.language, &self.rules.dictionaries);
        words(plain).into_iter().find_map(|(span, word)| {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let capitals = word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
            if letters < 3 || !capitals || word.chars().any(|c| c.is_ascii_digit()) {
                return None;
            }
            let fine = ZONE_ABBREVIATIONS.contains(&word)
                || self
                    .rules
                    .acronyms
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(word));
            if fine {
                return None;
            }
            let lower = word.to_lowercase();
            let ordinary = match speller {
                Some(speller) => letters >= 4 && speller.knows(&lower),
                None => letters >= 5,
            };
            ordinary.then_some(span.start)
        })
    }
}

/// Words of prose: not the list of times, nor the sign-off and what follows it
/// (a name and contact details are not reading).
fn prose_words(body: &str, sign_off: &Regex) -> usize {
    let lines: Vec<&str> = body.lines().collect();
    let end = lines
        .iter()
        .rposition(|line| sign_off.is_match(line) && line.split_whitespace().count() <= 5)
        .unwrap_or(lines.len());
    lines
        .get(..end)
        .unwrap_or(&[])
        .iter()
        .filter(|line| !line.trim_start().starts_with(['-', '•', '*']))
        .map(|line| line.split_whitespace().count())
        .sum()
}
