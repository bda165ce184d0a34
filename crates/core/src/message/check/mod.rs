//! Holding a draft (ours or the user's own) against the checklist of
//! docs/domain.md §3 and its list of things to avoid, in the message's own language. The
//! words each rule looks for are data (`crates/core/rules/check/`); this
//! module is the reading. With a context, a date, weekday, time or position
//! that claims to be the interview's and is wrong is a mismatch.

mod avoid;
mod checklist;
mod claims;
mod expected;
mod misspellings;
mod rules;
mod signature;
mod spelling;
mod text;
mod when;

use std::ops::Range;

use regex::Regex;
use serde::Serialize;

use self::expected::{expected, Expected};
use self::rules::{rules, Rules};
use self::text::{blank_out, normalize, split_subject};
use self::when::{find_dates, find_times, DateMention, TimeMention};
use super::draft::MessageInput;
use super::{Channel, MessageKind};
use crate::error::Result;
use crate::language::{detect, Detected, Language};
use crate::words::{Arg, Words};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Pass,
    Fail,
    #[serde(rename = "n/a")]
    NotApplicable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckItem {
    pub id: &'static str,
    pub status: ItemStatus,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub id: &'static str,
    pub message: String,
    pub excerpt: String,
    /// For `spelling`: likely words, best first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    pub ok: bool,
    /// The language the message was read in; none when it is in one the
    /// checker does not read.
    pub language: Option<Language>,
    pub items: Vec<CheckItem>,
    pub problems: Vec<Problem>,
    /// What the checker could not do (a language it does not read, no
    /// dictionary): said once, so the user knows what to read over themselves.
    pub notes: Vec<String>,
}

/// Checks a message; `input` is whatever is known of it (kind, channel, the
/// interview, the language...). Only errors in the context itself are errors.
/// The report is in English (JSON and tests); [`check_in`] reports in
/// the window's language.
pub fn check(message: &str, input: &MessageInput) -> Result<CheckReport> {
    check_in(message, input, Words::english())
}

/// Checks a message as [`check`] does, reporting in `words`' language: the
/// user's, whatever language the message itself is written in.
pub fn check_in(message: &str, input: &MessageInput, words: &Words) -> Result<CheckReport> {
    let expected = expected(input)?;
    let text = normalize(message);
    let language = match input.language {
        Some(language) => Detected::Read(language.checked_as()),
        None => detect(&text, rules::common_words),
    };
    let language = match language {
        Detected::Read(language) => language,
        Detected::Other(name) => return Ok(not_read(name, words)),
    };
    Ok(Reading::new(&text, input, &expected, rules(language), words).report())
}

/// The checklist every message is held against, by item id, in order.
pub const CHECKLIST: [&str; 11] = [
    "interview_date",
    "interview_time",
    "time_zone",
    "position",
    "brief_reason",
    "clear_action",
    "apology",
    "thanks",
    "alternatives",
    "signature",
    "contact",
];

/// The items only some moments add (running late, a new time, an agency...).
pub const MOMENT_ITEMS: [&str; 5] = ["delay", "new_time", "pass_on", "client_named", "stop_steps"];

/// The report for a message in a language the checker does not read.
fn not_read(name: &str, words: &Words) -> CheckReport {
    let mut names: Vec<String> = Language::ALL
        .iter()
        .map(|l| words.get(&format!("check-language-{}", l.as_str())))
        .collect();
    let last = names.pop().unwrap_or_default();
    let read = words.with(
        "check-list",
        &[
            ("rest", Arg::from(&names.join(", "))),
            ("last", Arg::from(&last)),
        ],
    );
    // whatlang names the language in English; another window names it as its
    // speakers do ("Italiano"), which reads in any language.
    let name = if words.language() == Language::English {
        name.to_owned()
    } else {
        autonym(name).unwrap_or(name).to_owned()
    };
    CheckReport {
        ok: false,
        language: None,
        items: CHECKLIST
            .into_iter()
            .map(|id| item(id, ItemStatus::NotApplicable, words.get("check-not-read")))
            .collect(),
        problems: Vec::new(),
        notes: vec![words.with(
            "check-not-read-note",
            &[("name", Arg::from(&name)), ("read", Arg::from(&read))],
        )],
    }
}

/// A language's own name for itself, from its English name.
fn autonym(english_name: &str) -> Option<&'static str> {
    whatlang::Lang::all()
        .iter()
        .find(|lang| lang.eng_name() == english_name)
        .map(|lang| lang.name())
}

fn item(id: &'static str, status: ItemStatus, message: String) -> CheckItem {
    CheckItem {
        id,
        status,
        message,
    }
}

fn problem(id: &'static str, message: String, excerpt: String) -> Problem {
    Problem {
        id,
        message,
        excerpt,
        suggestions: Vec::new(),
    }
}

/// One message read against one language's rules.
struct Reading<'a> {
    text: &'a str,
    input: &'a MessageInput,
    expected: &'a Expected,
    rules: &'static Rules,
    /// The words the report is written in: the user's, not the message's.
    words: &'a Words,
    subject: Option<Range<usize>>,
    body: Range<usize>,
    /// The text with names, addresses and links blanked out, for the word lists.
    plain: String,
    /// Spans of the names the message may use (company, people, position).
    names: Vec<String>,
    kind: Option<MessageKind>,
    channel: Channel,
    dates: Vec<DateMention>,
    times: Vec<TimeMention>,
}

static EMAIL: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"));
static LINK: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"(?i)\b(?:https?://|www\.)\S+"));
static PHONE: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"\+?\(?\d[\d ().-]{5,}\d"));
static ZONE_OFFSET: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    constant(r"(?i)\b(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?\b|\b(?:UTC|GMT)\b")
});
static BARE_OFFSET: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"^\s?\(?[+−-]\d{2}(?::?\d{2})?\b"));

fn constant(pattern: &str) -> Regex {
    // Patterns of this file, compiled by its tests.
    rules::regex(pattern).unwrap_or_else(|e| panic!("checker pattern {pattern:?}: {e}"))
}

impl<'a> Reading<'a> {
    fn new(
        text: &'a str,
        input: &'a MessageInput,
        expected: &'a Expected,
        rules: &'static Rules,
        words: &'a Words,
    ) -> Reading<'a> {
        let (subject, body) = split_subject(text);
        let names = known_names(input);
        let mut hidden: Vec<Range<usize>> = name_spans(text, &names);
        hidden.extend(EMAIL.find_iter(text).map(|m| m.range()));
        hidden.extend(LINK.find_iter(text).map(|m| m.range()));
        Reading {
            text,
            input,
            expected,
            rules,
            words,
            subject,
            body,
            plain: blank_out(text, &hidden),
            names,
            kind: input.kind,
            // Without a channel a message is read as an e-mail, the strictest case.
            channel: input.channel.unwrap_or(Channel::Email),
            dates: find_dates(text, &rules.dates),
            times: find_times(text),
        }
    }

    fn body(&self) -> &'a str {
        self.text.get(self.body.clone()).unwrap_or("")
    }

    fn subject(&self) -> Option<&'a str> {
        self.subject.clone().and_then(|s| self.text.get(s))
    }

    /// The sentence under `key`, in the report's language.
    fn say(&self, key: &str) -> String {
        self.words.get(key)
    }

    /// The sentence under `key` with its values filled in.
    fn say_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.words.with(key, args)
    }

    /// An item that passes or fails, saying so under `check-<id>-pass` or
    /// `check-<id>-fail` (given `args`).
    fn pass_or_fail(&self, id: &'static str, passed: bool, args: &[(&str, Arg)]) -> CheckItem {
        if passed {
            item(
                id,
                ItemStatus::Pass,
                self.say_with(&format!("check-{id}-pass"), args),
            )
        } else {
            item(
                id,
                ItemStatus::Fail,
                self.say_with(&format!("check-{id}-fail"), args),
            )
        }
    }

    /// An item that passes, or fails with the advice under `fail_key`.
    fn pass_or_fail_as(&self, id: &'static str, passed: bool, fail_key: &str) -> CheckItem {
        if passed {
            item(id, ItemStatus::Pass, self.say(&format!("check-{id}-pass")))
        } else {
            item(id, ItemStatus::Fail, self.say(fail_key))
        }
    }

    /// An item that does not apply, with why under `key`.
    fn not_applicable(&self, id: &'static str, key: &str) -> CheckItem {
        item(id, ItemStatus::NotApplicable, self.say(key))
    }

    /// A problem, said under `key` with `args`.
    fn problem(
        &self,
        id: &'static str,
        key: &str,
        args: &[(&str, Arg)],
        excerpt: String,
    ) -> Problem {
        problem(id, self.say_with(key, args), excerpt)
    }

    /// A date in the report's language, by the strftime pattern under `key`.
    fn date_text(&self, day: chrono::NaiveDate, key: &str) -> String {
        day.format_localized(&self.say(key), self.words.date_locale())
            .to_string()
    }

    fn about_interview(&self) -> bool {
        self.kind.is_none_or(MessageKind::is_about_the_interview)
    }

    /// The checklist items in the order the user reads them, then the
    /// problems, then what could not be checked.
    fn report(&self) -> CheckReport {
        let claims = self.claims();
        let mut items = Vec::new();
        self.interview_items(&mut items); // checklist.rs
        self.content_items(&mut items, &claims); // checklist.rs
        self.moment_items(&mut items); // checklist.rs
        self.signature_items(&mut items); // signature.rs
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        self.avoid_problems(&mut problems); // avoid.rs
        self.mismatch_problems(&claims, &mut problems); // claims.rs
        self.spelling_problems(&mut problems, &mut notes); // misspellings.rs
        let ok = items.iter().all(|i| i.status != ItemStatus::Fail) && problems.is_empty();
        CheckReport {
            ok,
            language: Some(self.rules.language),
            items,
            problems,
            notes,
        }
    }
}

fn text_of(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The names the message may use that no word list should read: the
/// company, the position, the interviewer and the candidate (whole and each
/// part), and the referral.
fn known_names(input: &MessageInput) -> Vec<String> {
    let mut names = Vec::new();
    for value in [
        &input.interview.company,
        &input.interview.position,
        &input.interview.interviewer,
        &input.candidate.name,
        &input.referral,
        // Through an agency: the recruiter greeted and the agency named. In
        // German every noun has a capital, so a capital alone marks no name.
        &input.recruiter,
        &input.agency,
        // The new employer and role, and the place of a move: names too.
        &input.new_role,
        &input.moving_to,
    ] {
        if let Some(value) = text_of(value) {
            names.push(value.to_owned());
            names.extend(
                value
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|part| part.chars().count() >= 2)
                    .map(str::to_owned),
            );
        }
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// Where the names stand in the text as whole words, any case of ASCII
/// letters: one pass over the text for all of them.
fn name_spans(text: &str, names: &[String]) -> Vec<Range<usize>> {
    let Ok(finder) = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(names)
    else {
        return Vec::new();
    };
    finder
        .find_iter(text)
        .map(|m| m.range())
        .filter(|span| {
            let before = text.get(..span.start).and_then(|t| t.chars().next_back());
            let after = text.get(span.end..).and_then(|t| t.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .collect()
}

/// Whether `word` stands in `text` as a whole word, matching case exactly.
fn contains_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

#[cfg(test)]
mod tests;
