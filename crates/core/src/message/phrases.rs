//! How a draft in each language writes its dates, times, lengths and
//! greetings: read from `rules/phrases/<language>.toml` (data a writer of that
//! language keeps), parsed the first time a draft in that language is made.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::format::{Item, StrftimeItems};
use chrono::{DateTime, Locale, NaiveDate, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::language::MessageLanguage;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseFile {
    locale: String,
    dates: Dates,
    spoken: Spoken,
    greeting: Greeting,
    lengths: Lengths,
    #[serde(default)]
    spelling: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Dates {
    day: String,
    weekday: String,
    day_month: String,
    time: String,
    both_times: String,
    both_times_other_day: String,
    day_at_time: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Spoken {
    clock: String,
    clock_minutes: String,
    your_time: String,
    day_at_clock: String,
    plus: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Greeting {
    named: String,
    first_name: String,
    nobody: String,
    agency_nobody: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Lengths {
    numbers: Vec<String>,
    few_days: String,
    about_a_week: String,
    about_weeks: String,
    about_months: String,
    few_minutes: String,
    about_minutes: String,
    yesterday: String,
    ago: String,
    next_round: String,
}

/// One language's way of writing, ready to use.
#[derive(Debug)]
pub struct Phrases {
    locale: Locale,
    file: PhraseFile,
}

/// Each language's file by its name ("en-GB", "de"), listed by `build.rs`.
const PHRASE_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/builtin_phrases.rs"));

fn parse(language: MessageLanguage) -> std::result::Result<Phrases, String> {
    let name = language.as_str();
    let source = PHRASE_FILES
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, source)| *source)
        .ok_or_else(|| format!("Raincheck does not write {} yet", language.name()))?;
    let file: PhraseFile = toml::from_str(source)
        .map_err(|e| format!("rules/phrases/{name}.toml cannot be read ({e})"))?;
    let locale = Locale::try_from(file.locale.as_str())
        .map_err(|_| format!("rules/phrases/{name}.toml names an unknown locale"))?;
    // A pattern chrono cannot read would panic when a date is written with
    // it: every one is tried here, once, instead.
    let patterns = [
        &file.dates.day,
        &file.dates.weekday,
        &file.dates.day_month,
        &file.dates.time,
        &file.spoken.clock,
        &file.spoken.clock_minutes,
    ];
    for pattern in patterns {
        if StrftimeItems::new_with_locale(pattern, locale).any(|item| item == Item::Error) {
            return Err(format!(
                "rules/phrases/{name}.toml has a date pattern chrono cannot read: {pattern}"
            ));
        }
    }
    Ok(Phrases { locale, file })
}

type Parsed = std::result::Result<Phrases, String>;

/// In the order of `MessageLanguage::ALL`, each parsed on first use.
static PHRASES: [LazyLock<Parsed>; 5] = [
    LazyLock::new(|| parse(MessageLanguage::BritishEnglish)),
    LazyLock::new(|| parse(MessageLanguage::AmericanEnglish)),
    LazyLock::new(|| parse(MessageLanguage::German)),
    LazyLock::new(|| parse(MessageLanguage::French)),
    LazyLock::new(|| parse(MessageLanguage::Spanish)),
];

/// The phrases of a language (parsed on first use).
pub fn phrases(language: MessageLanguage) -> Result<&'static Phrases> {
    let index = MessageLanguage::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    PHRASES[index].as_ref().map_err(|why| {
        Error::invalid(format!("{why}: draft the message in another language."))
            .for_field("language")
    })
}

/// Fills `{name}`-style slots in one pass (a value is never read as a slot);
/// a brace that opens no known slot stays as it is.
fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let slot = after.split_once('}').and_then(|(key, tail)| {
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, tail))
        });
        match slot {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Phrases {
    fn date(&self, day: NaiveDate, pattern: &str) -> String {
        day.format_localized(pattern, self.locale).to_string()
    }

    fn at<Z: TimeZone>(&self, instant: &DateTime<Z>, pattern: &str) -> String
    where
        Z::Offset: std::fmt::Display,
    {
        instant.format_localized(pattern, self.locale).to_string()
    }

    /// "Thursday 3 December"
    pub fn day(&self, day: NaiveDate) -> String {
        self.date(day, &self.file.dates.day)
    }

    /// "Thursday"
    pub fn weekday(&self, day: NaiveDate) -> String {
        self.date(day, &self.file.dates.weekday)
    }

    /// "15 January"
    pub fn day_month(&self, day: NaiveDate) -> String {
        self.date(day, &self.file.dates.day_month)
    }

    /// The date and the time of an instant, written for both people: their
    /// clock, and the candidate's beside it when it reads differently (with
    /// its own day when the day differs too).
    pub fn when(&self, instant: DateTime<Utc>, theirs: Tz, mine: Option<Tz>) -> (String, String) {
        let their_time = instant.with_timezone(&theirs);
        let date = self.day(their_time.date_naive());
        let mut time = self.at(&their_time, &self.file.dates.time);
        if let Some(mine) = mine {
            let my_time = instant.with_timezone(&mine);
            let mine_text = self.at(&my_time, &self.file.dates.time);
            if mine_text != time {
                time = if my_time.date_naive() == their_time.date_naive() {
                    fill(
                        &self.file.dates.both_times,
                        &[("theirs", &time), ("mine", &mine_text)],
                    )
                } else {
                    let day = self.day(my_time.date_naive());
                    fill(
                        &self.file.dates.both_times_other_day,
                        &[("theirs", &time), ("mine", &mine_text), ("day", &day)],
                    )
                };
            }
        }
        (date, time)
    }

    /// "Monday 7 December at 15:00 CET / 09:00 EST"
    pub fn day_at_time(&self, instant: DateTime<Utc>, theirs: Tz, mine: Option<Tz>) -> String {
        let (day, time) = self.when(instant, theirs, mine);
        fill(
            &self.file.dates.day_at_time,
            &[("day", &day), ("time", &time)],
        )
    }

    /// The time of day on the listener's clock, as said: "10 am", "5:30 pm".
    pub fn clock(&self, instant: DateTime<Utc>, zone: Tz) -> String {
        let local = instant.with_timezone(&zone);
        let pattern = if local.minute() == 0 {
            &self.file.spoken.clock
        } else {
            &self.file.spoken.clock_minutes
        };
        self.at(&local, pattern).trim().to_owned()
    }

    /// "10 am your time"
    pub fn your_time(&self, clock: &str) -> String {
        fill(&self.file.spoken.your_time, &[("clock", clock)])
    }

    /// "Monday 7 December at 3 pm", on the listener's clock.
    pub fn day_at_clock(&self, instant: DateTime<Utc>, listener: Tz) -> String {
        let day = self.day(instant.with_timezone(&listener).date_naive());
        let clock = self.clock(instant, listener);
        fill(
            &self.file.spoken.day_at_clock,
            &[("day", &day), ("clock", &clock)],
        )
    }

    /// The word for "+" in a phone number read aloud.
    pub fn plus(&self) -> &str {
        &self.file.spoken.plus
    }

    /// The greeting: to a named person (by full or first name), or to nobody
    /// in particular.
    pub fn greeting(&self, name: Option<&str>, first_name_only: bool, agency: bool) -> String {
        match name {
            Some(name) if first_name_only => {
                fill(&self.file.greeting.first_name, &[("name", name)])
            }
            Some(name) => fill(&self.file.greeting.named, &[("name", name)]),
            None if agency => self.file.greeting.agency_nobody.clone(),
            None => self.file.greeting.nobody.clone(),
        }
    }

    fn number(&self, n: i64) -> String {
        usize::try_from(n)
            .ok()
            .and_then(|i| self.file.lengths.numbers.get(i))
            .cloned()
            .unwrap_or_else(|| n.to_string())
    }

    /// "about six weeks": a length of `days` in round words; none when it is
    /// not ahead or longer than a year (the date alone says it then).
    pub fn length(&self, days: i64) -> Option<String> {
        const DAYS_PER_WEEK: i64 = 7;
        const DAYS_PER_MONTH: i64 = 30;
        let lengths = &self.file.lengths;
        match days {
            1..=4 => Some(lengths.few_days.clone()),
            5..=10 => Some(lengths.about_a_week.clone()),
            11..=59 => Some(fill(
                &lengths.about_weeks,
                &[(
                    "n",
                    &self.number((days + DAYS_PER_WEEK / 2) / DAYS_PER_WEEK),
                )],
            )),
            60..=365 => Some(fill(
                &lengths.about_months,
                &[(
                    "n",
                    &self.number((days + DAYS_PER_MONTH / 2) / DAYS_PER_MONTH),
                )],
            )),
            _ => None,
        }
    }

    /// How late: "about 15 minutes", or "a few minutes" when not said.
    pub fn late_by(&self, minutes: Option<u32>) -> String {
        match minutes {
            Some(minutes) if minutes > 0 => fill(
                &self.file.lengths.about_minutes,
                &[("n", &minutes.to_string())],
            ),
            _ => self.file.lengths.few_minutes.clone(),
        }
    }

    /// When the last message went: "yesterday", "about a week ago".
    pub fn since(&self, days: u32) -> Option<String> {
        match days {
            0 => None,
            1 => Some(self.file.lengths.yesterday.clone()),
            days => self
                .length(i64::from(days))
                .map(|length| fill(&self.file.lengths.ago, &[("length", &length)])),
        }
    }

    /// A later round nobody named.
    pub fn next_round(&self) -> &str {
        &self.file.lengths.next_round
    }

    /// The text in this language's spelling (American English: "apologize"),
    /// leaving alone every word in `theirs` (lower case): the user's own
    /// words and names ("Harbour Centre Ltd") stay as they were typed.
    pub fn respell(&self, text: &str, theirs: &std::collections::HashSet<String>) -> String {
        if self.file.spelling.is_empty() {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            let lower = word.to_lowercase();
            match self
                .file
                .spelling
                .get(&lower)
                .filter(|_| !theirs.contains(&lower))
            {
                Some(other) => {
                    let mut chars = other.chars();
                    let capital = word.chars().next().is_some_and(char::is_uppercase);
                    if let (true, Some(first)) = (capital, chars.next()) {
                        out.extend(first.to_uppercase());
                        out.push_str(chars.as_str());
                    } else {
                        out.push_str(other);
                    }
                }
                None => out.push_str(word),
            }
            word.clear();
        };
        for c in text.chars() {
            if c.is_alphabetic() {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ZoneFile {
    zones: BTreeMap<String, MessageLanguage>,
}

static ZONES: LazyLock<BTreeMap<String, MessageLanguage>> = LazyLock::new(|| {
    toml::from_str::<ZoneFile>(include_str!("../../rules/phrases/zones.toml"))
        .map(|file| file.zones)
        .unwrap_or_default()
});

/// The language most employers in `zone` write in, when it is one of ours.
pub fn language_of_zone(zone: &str) -> Option<MessageLanguage> {
    ZONES.get(zone.trim()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_readable_phrases_and_the_zone_list_reads() {
        let written: Vec<&str> = PHRASE_FILES.iter().map(|(name, _)| *name).collect();
        for language in MessageLanguage::ALL
            .into_iter()
            .filter(|l| written.contains(&l.as_str()))
        {
            let phrases = phrases(language).unwrap();
            let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
            assert!(!phrases.day(day).is_empty());
            assert!(phrases.length(42).is_some());
        }
        assert_eq!(
            language_of_zone("Europe/Berlin"),
            Some(MessageLanguage::German)
        );
        assert!(ZONES.len() > 40);
    }

    #[test]
    fn english_writes_as_before_and_american_respells() {
        let british = phrases(MessageLanguage::BritishEnglish).unwrap();
        let start = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
        let (date, time) = british.when(
            start,
            chrono_tz::Europe::Berlin,
            Some(chrono_tz::America::New_York),
        );
        assert_eq!(date, "Thursday 3 December");
        assert_eq!(time, "10:00 CET / 04:00 EST");
        assert_eq!(british.clock(start, chrono_tz::Europe::Berlin), "10 am");
        let american = phrases(MessageLanguage::AmericanEnglish).unwrap();
        assert_eq!(american.day(start.date_naive()), "Thursday, December 3");
        let theirs = ["centre".to_owned()].into_iter().collect();
        assert_eq!(
            american.respell(
                "I apologise. Apologising, I cancelled at Harbour Centre.",
                &theirs
            ),
            "I apologize. Apologizing, I canceled at Harbour Centre."
        );
        assert_eq!(
            fill("{a} and {b} {c}", &[("a", "{b}"), ("b", "x")]),
            "{b} and x {c}"
        );
    }

    #[test]
    fn english_says_the_clock_in_twelve_hours_and_lengths_in_round_words() {
        let english = phrases(MessageLanguage::BritishEnglish).unwrap();
        let at = |text: &str| DateTime::parse_from_rfc3339(text).unwrap().to_utc();
        let berlin = chrono_tz::Europe::Berlin;
        assert_eq!(english.clock(at("2026-12-03T09:00:00Z"), berlin), "10 am");
        assert_eq!(english.clock(at("2026-12-03T16:30:00Z"), berlin), "5:30 pm");
        assert_eq!(
            english.clock(at("2026-12-03T11:05:00Z"), berlin),
            "12:05 pm"
        );
        assert_eq!(english.clock(at("2026-12-02T23:00:00Z"), berlin), "12 am");
        assert_eq!(english.length(0), None);
        assert_eq!(english.length(3).as_deref(), Some("a few days"));
        assert_eq!(english.length(7).as_deref(), Some("about a week"));
        assert_eq!(english.length(14).as_deref(), Some("about two weeks"));
        assert_eq!(english.length(43).as_deref(), Some("about six weeks"));
        assert_eq!(english.length(90).as_deref(), Some("about three months"));
        assert_eq!(english.length(365).as_deref(), Some("about twelve months"));
        assert_eq!(english.length(800), None);
    }
}
