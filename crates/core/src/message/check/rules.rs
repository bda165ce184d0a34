//! The checker's words for each language, kept as data in
//! `crates/core/rules/check/<language>.toml` and compiled into patterns on the
//! first check (telling a message's language reads every file's common words).

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::language::Language;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    language: String,
    name: String,
    dictionaries: Vec<String>,
    common_words: Vec<String>,
    #[serde(default)]
    position_phrase: Option<String>,
    #[serde(default)]
    known_words: Vec<String>,
    action: ActionWords,
    courtesy: CourtesyWords,
    avoid: AvoidWords,
    dates: DateWords,
    /// Words for the kinds beyond the cancellation itself (docs/domain.md §8). A
    /// language without them leaves those items unchecked.
    #[serde(default)]
    moments: MomentWords,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct MomentWords {
    #[serde(default)]
    late: Vec<String>,
    #[serde(default)]
    delay: Vec<String>,
    #[serde(default)]
    confirm: Vec<String>,
    #[serde(default)]
    follow_up: Vec<String>,
    #[serde(default)]
    resume: Vec<String>,
    #[serde(default)]
    offer: Vec<String>,
    #[serde(default)]
    pass_on: Vec<String>,
    #[serde(default)]
    stop_steps: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionWords {
    withdraw: Vec<String>,
    cancel: Vec<String>,
    reschedule: Vec<String>,
    pause: Vec<String>,
    remote: Vec<String>,
    missed: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CourtesyWords {
    apology: Vec<String>,
    thanks: Vec<String>,
    sign_off: Vec<String>,
    propose: Vec<String>,
    new_time: Vec<String>,
    interview: Vec<String>,
    reason: Vec<String>,
    zone: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AvoidWords {
    oversharing: Vec<String>,
    blame: Vec<String>,
    vague: Vec<String>,
    acronyms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DateWords {
    months: Vec<Vec<String>>,
    weekdays: Vec<Vec<String>>,
    day_suffixes: Vec<String>,
    day_month_joiners: Vec<String>,
    year_joiners: Vec<String>,
    day_articles: Vec<String>,
    month_first: bool,
    relative_days: Vec<(String, i64)>,
    next_words: Vec<String>,
    /// Words that turn a relative day into something else right before it
    /// ("la mañana" is the morning, not tomorrow).
    #[serde(default)]
    not_relative_after: Vec<String>,
}

/// One language's rules, compiled.
pub(super) struct Rules {
    pub language: Language,
    pub dictionaries: Vec<String>,
    pub common_words: Vec<String>,
    pub position_phrase: Option<Regex>,
    /// A whole word the dictionaries lack but that is spelt right.
    pub known_word: Regex,
    pub withdraw: Regex,
    pub cancel: Regex,
    pub reschedule: Regex,
    pub pause: Regex,
    pub remote: Regex,
    pub missed: Regex,
    pub apology: Regex,
    pub thanks: Regex,
    /// Matches a line that starts with a closing formula.
    pub sign_off: Regex,
    pub propose: Regex,
    pub new_time: Regex,
    pub interview: Regex,
    pub reason: Regex,
    pub zone: Regex,
    pub oversharing: Regex,
    pub blame: Regex,
    pub vague: Regex,
    pub acronyms: Vec<String>,
    pub dates: DatePatterns,
    pub moments: Moments,
}

/// The words of docs/domain.md §8's moments, each `None` in a language that has none yet.
pub(super) struct Moments {
    /// Saying you are running late.
    pub late: Option<Regex>,
    /// How late, or when you will be there ("10 minutes", "be there by").
    pub delay: Option<Regex>,
    /// Confirming a time.
    pub confirm: Option<Regex>,
    /// Pointing back to an unanswered message.
    pub follow_up: Option<Regex>,
    /// Saying you are ready to continue after a pause.
    pub resume: Option<Regex>,
    /// Naming the offer.
    pub offer: Option<Regex>,
    /// Asking an agency recruiter to pass the message on.
    pub pass_on: Option<Regex>,
    /// Asking them to stop what was started for you (paperwork, checks, relocation).
    pub stop_steps: Option<Regex>,
}

/// The date shapes of one language.
pub(super) struct DatePatterns {
    /// Groups: weekday, day, month, year.
    pub day_month: Regex,
    /// Groups: weekday, month, day, year ("December 3rd").
    pub month_day: Option<Regex>,
    /// Groups: weekday, day ("Thursday the 3rd", "jeudi 3").
    pub weekday_day: Regex,
    /// A weekday on its own, written out in full, with "next" on either side.
    /// Group 1: the weekday.
    pub weekday: Regex,
    /// The relative days ("tomorrow"), longest first.
    pub relative: Regex,
    relative_offsets: Vec<(String, i64)>,
    not_relative_after: Vec<String>,
    months: Vec<(String, u32)>,
    weekdays: Vec<(String, chrono::Weekday)>,
}

impl DatePatterns {
    /// The month a name stands for (1-12).
    pub fn month(&self, name: &str) -> Option<u32> {
        let name = fold(name);
        self.months
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, m)| *m)
    }

    pub fn weekday(&self, name: &str) -> Option<chrono::Weekday> {
        let name = fold(name);
        self.weekdays
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, d)| *d)
    }

    /// How many days from today a relative day word means.
    pub fn relative_offset(&self, phrase: &str) -> Option<i64> {
        let phrase = fold(phrase);
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        self.relative_offsets
            .iter()
            .find(|(p, _)| *p == phrase)
            .map(|(_, offset)| *offset)
    }

    /// Whether the word just before a relative day word makes it something else.
    pub fn cancels_relative(&self, word_before: &str) -> bool {
        let word = fold(word_before);
        self.not_relative_after.contains(&word)
    }
}

/// Lower case, straight apostrophes, trailing dots off: how names are compared.
fn fold(text: &str) -> String {
    text.trim()
        .trim_end_matches('.')
        .to_lowercase()
        .replace('’', "'")
}

fn load(source: &str) -> Result<Rules, String> {
    let file: RuleFile = toml::from_str(source).map_err(|e| e.to_string())?;
    let language: Language = file.language.parse().map_err(|e| format!("{e}"))?;
    let _ = file.name;
    let courtesy = &file.courtesy;
    let sign_off = format!(r"(?im)^\s*(?:{})", alternatives(&courtesy.sign_off)?);
    Ok(Rules {
        language,
        dictionaries: file.dictionaries,
        common_words: file.common_words.iter().map(|w| fold(w)).collect(),
        position_phrase: file
            .position_phrase
            .as_deref()
            .map(|p| regex(&format!("(?i){p}")))
            .transpose()?,
        known_word: regex(&format!("(?i)^{}$", alternatives(&file.known_words)?))?,
        withdraw: phrases(&file.action.withdraw)?,
        cancel: phrases(&file.action.cancel)?,
        reschedule: phrases(&file.action.reschedule)?,
        pause: phrases(&file.action.pause)?,
        remote: phrases(&file.action.remote)?,
        missed: phrases(&file.action.missed)?,
        apology: phrases(&courtesy.apology)?,
        thanks: phrases(&courtesy.thanks)?,
        sign_off: regex(&sign_off)?,
        propose: phrases(&courtesy.propose)?,
        new_time: phrases(&courtesy.new_time)?,
        interview: phrases(&courtesy.interview)?,
        reason: phrases(&courtesy.reason)?,
        zone: phrases(&courtesy.zone)?,
        oversharing: phrases(&file.avoid.oversharing)?,
        blame: phrases(&file.avoid.blame)?,
        vague: phrases(&file.avoid.vague)?,
        acronyms: file.avoid.acronyms,
        dates: date_patterns(&file.dates)?,
        moments: Moments {
            late: optional_phrases(&file.moments.late)?,
            delay: optional_phrases(&file.moments.delay)?,
            confirm: optional_phrases(&file.moments.confirm)?,
            follow_up: optional_phrases(&file.moments.follow_up)?,
            resume: optional_phrases(&file.moments.resume)?,
            offer: optional_phrases(&file.moments.offer)?,
            pass_on: optional_phrases(&file.moments.pass_on)?,
            stop_steps: optional_phrases(&file.moments.stop_steps)?,
        },
    })
}

/// A list of phrases as a pattern, or none when the list is empty.
fn optional_phrases(list: &[String]) -> Result<Option<Regex>, String> {
    if list.iter().all(|p| p.trim().is_empty()) {
        return Ok(None);
    }
    phrases(list).map(Some)
}

/// A list of phrases as one case-insensitive pattern.
fn phrases(list: &[String]) -> Result<Regex, String> {
    regex(&format!("(?i){}", alternatives(list)?))
}

/// Compiles a pattern with ASCII word boundaries. A Unicode `\b` makes the
/// regex engine fall back to its slowest matcher on any text with an accent
/// (every German, French or Spanish message); an ASCII one does not, and a
/// phrase that starts or ends with an accented letter gets no boundary there.
pub(super) fn regex(pattern: &str) -> Result<Regex, String> {
    Regex::new(&ascii_boundaries(pattern)).map_err(|e| e.to_string())
}

fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('b') => out.push_str("(?-u:\\b)"),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The phrases as `(?:a|b|…)`, longest first so "best regards" wins over "best".
fn alternatives(list: &[String]) -> Result<String, String> {
    let mut parts: Vec<String> = Vec::with_capacity(list.len());
    for phrase in list {
        let part = match phrase.strip_prefix("re:") {
            Some(pattern) => {
                // Checked on its own so a broken pattern is named in the error.
                Regex::new(pattern).map_err(|e| format!("pattern {pattern:?}: {e}"))?;
                format!("(?:{pattern})")
            }
            None => phrase_pattern(phrase),
        };
        if !part.is_empty() {
            parts.push(part);
        }
    }
    if parts.is_empty() {
        // Matches nothing: a list left empty on purpose.
        return Ok(r"[^\s\S]".to_owned());
    }
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    Ok(format!("(?:{})", parts.join("|")))
}

fn phrase_pattern(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return String::new();
    };
    let body = words
        .iter()
        .map(|word| {
            let (stem, open_end) = match word.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (*word, false),
            };
            let stem = regex::escape(stem).replace(['\'', '’'], "['’]");
            if open_end {
                format!(r"{stem}\w*")
            } else {
                stem
            }
        })
        .collect::<Vec<_>>()
        .join(r"\s+");
    let starts_with_word = first
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    let ends_with_word = last.ends_with('*')
        || last
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_alphanumeric());
    format!(
        "{}{body}{}",
        if starts_with_word { r"\b" } else { "" },
        if ends_with_word && !last.ends_with('*') {
            r"\b"
        } else {
            ""
        }
    )
}

/// Plain words as an alternation (no wildcards), longest first; escaped.
fn words_alternation(words: impl IntoIterator<Item = String>) -> String {
    let mut words: Vec<String> = words
        .into_iter()
        .filter(|w| !w.trim().is_empty())
        .map(|w| {
            w.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words.dedup();
    if words.is_empty() {
        r"[^\s\S]".to_owned()
    } else {
        format!("(?:{})", words.join("|"))
    }
}

fn date_patterns(words: &DateWords) -> Result<DatePatterns, String> {
    if words.months.len() != 12 || words.weekdays.len() != 7 {
        return Err("dates need twelve months and seven weekdays".into());
    }
    let months: Vec<(String, u32)> = words
        .months
        .iter()
        .zip(1..)
        .flat_map(|(names, number)| names.iter().map(move |n| (fold(n), number)))
        .collect();
    let days = [
        chrono::Weekday::Mon,
        chrono::Weekday::Tue,
        chrono::Weekday::Wed,
        chrono::Weekday::Thu,
        chrono::Weekday::Fri,
        chrono::Weekday::Sat,
        chrono::Weekday::Sun,
    ];
    let weekdays: Vec<(String, chrono::Weekday)> = words
        .weekdays
        .iter()
        .zip(days)
        .flat_map(|(names, day)| names.iter().map(move |n| (fold(n), day)))
        .collect();
    let month = words_alternation(months.iter().map(|(n, _)| n.clone()));
    let weekday = words_alternation(weekdays.iter().map(|(n, _)| n.clone()));
    // On its own a weekday is read only written out: "sat", "sun" and "mer" are words too.
    let full_weekday = words_alternation(
        weekdays
            .iter()
            .map(|(n, _)| n.clone())
            .filter(|n| n.chars().count() >= 5),
    );
    let suffix = words_alternation(words.day_suffixes.iter().cloned());
    let joiner = words_alternation(words.day_month_joiners.iter().cloned());
    let year_joiner = words_alternation(words.year_joiners.iter().cloned());
    let article = words_alternation(words.day_articles.iter().cloned());
    let next = words_alternation(words.next_words.iter().cloned());
    // As phrases, so "übermorgen" (an accent first) needs no word boundary before it.
    let relative = alternatives(
        &words
            .relative_days
            .iter()
            .map(|(p, _)| p.clone())
            .collect::<Vec<_>>(),
    )?;
    let compile = |pattern: String| regex(&pattern);
    let weekday_part = format!(r"(?:\b({weekday})\.?,?\s+(?:{article}\s+)?)?");
    let year_part = format!(r"(?:,?\s+(?:{year_joiner}\s+)?(\d{{4}})\b)?");
    Ok(DatePatterns {
        day_month: compile(format!(
            r"(?i){weekday_part}(?:\b{article}\s+)?\b(\d{{1,2}})(?:{suffix})?(?:\s+{joiner})?\s*\b({month})\b\.?{year_part}"
        ))?,
        month_day: words
            .month_first
            .then(|| {
                compile(format!(
                    r"(?i){weekday_part}\b({month})\b\.?\s+(?:{article}\s+)?(\d{{1,2}})(?:{suffix})?\b{year_part}"
                ))
            })
            .transpose()?,
        weekday_day: compile(format!(
            r"(?i)\b({weekday})\b\.?,?\s+(?:{article}\s+)?(\d{{1,2}})(?:{suffix})?\b"
        ))?,
        // "next" before or after ("el próximo martes", "mardi prochain"): both are read.
        weekday: compile(format!(
            r"(?i)(?:\b{next}\s+)?\b({full_weekday})\b(?:\s+{next}\b)?"
        ))?,
        relative: compile(format!(r"(?i){relative}"))?,
        relative_offsets: words
            .relative_days
            .iter()
            .map(|(p, o)| (fold(p).split_whitespace().collect::<Vec<_>>().join(" "), *o))
            .collect(),
        not_relative_after: words.not_relative_after.iter().map(|w| fold(w)).collect(),
        months,
        weekdays,
    })
}

fn compiled(source: &str, file: &str) -> Rules {
    // The rule files are part of the crate and every one is loaded by the
    // tests, so a broken file cannot ship; the message names the file to fix.
    load(source).unwrap_or_else(|e| panic!("rules/check/{file}: {e}"))
}

static ENGLISH: LazyLock<Rules> =
    LazyLock::new(|| compiled(include_str!("../../../rules/check/en.toml"), "en.toml"));
static GERMAN: LazyLock<Rules> =
    LazyLock::new(|| compiled(include_str!("../../../rules/check/de.toml"), "de.toml"));
static FRENCH: LazyLock<Rules> =
    LazyLock::new(|| compiled(include_str!("../../../rules/check/fr.toml"), "fr.toml"));
static SPANISH: LazyLock<Rules> =
    LazyLock::new(|| compiled(include_str!("../../../rules/check/es.toml"), "es.toml"));

/// The rules for a language, compiled on first use.
pub(super) fn rules(language: Language) -> &'static Rules {
    match language {
        Language::English => &ENGLISH,
        Language::German => &GERMAN,
        Language::French => &FRENCH,
        Language::Spanish => &SPANISH,
    }
}

/// The small words of a language, for telling languages apart.
pub(super) fn common_words(language: Language) -> &'static [String] {
    &rules(language).common_words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_file_loads_and_says_its_language() {
        for &language in Language::ALL {
            assert_eq!(rules(language).language, language);
        }
    }

    #[test]
    fn phrases_match_whole_words_with_open_endings() {
        let list = |l: &[&str]| phrases(&l.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        let action = list(&["reschedul*", "move the interview", "can't make it"]).unwrap();
        assert!(action.is_match("I need to Rescheduling"));
        assert!(action.is_match("could we move  the\ninterview"));
        assert!(action.is_match("I can’t make it"));
        assert!(!action.is_match("unrescheduled"));
        let apology = list(&["sorry"]).unwrap();
        assert!(!apology.is_match("sorrys"));
        let empty = list(&[]).unwrap();
        assert!(!empty.is_match("anything"));
    }
}
