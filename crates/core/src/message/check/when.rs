//! Finding the dates and times a message names, in the forms people write
//! them: "Thursday 3 December", "Dec 3rd", "03/12" (both readings), "am
//! 3.12.", "tomorrow", "next Tuesday", "10am", "10.00", "10h00", "10 Uhr".
//! Every position is a byte offset at a character boundary of the text.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::{Captures, Regex};

use super::rules::DatePatterns;

/// More mentions than this is not a message; the rest is not read, which keeps
/// the checker linear on any text.
const MOST_MENTIONS: usize = 200;

/// A date as the text wrote it; any part may be missing.
#[derive(Debug, Clone)]
pub(super) struct DateMention {
    pub span: Range<usize>,
    pub text: String,
    /// The (day, month) pairs it can mean: both readings of 03/12.
    pub day_months: Vec<(u32, u32)>,
    /// A day of the month with no month ("Thursday the 3rd").
    pub day_only: Option<u32>,
    /// Missing: filled in from the interview's year.
    pub year: Option<i32>,
    pub weekday: Option<Weekday>,
    /// A day counted from today ("tomorrow"), or a weekday on its own.
    pub relative: Option<Relative>,
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Relative {
    Days(i64),
    /// A weekday with no date: the next one from today (or this week's).
    Weekday(Weekday),
}

/// A time as written, as minutes after midnight (a 12-hour clock without am/pm
/// is read both ways).
#[derive(Debug, Clone)]
pub(super) struct TimeMention {
    pub span: Range<usize>,
    pub text: String,
    pub minutes: Vec<u32>,
}

impl DateMention {
    /// "tomorrow" or "next Tuesday": a day counted from today, no date written.
    fn relative(text: String, span: Range<usize>, relative: Relative) -> DateMention {
        DateMention {
            text,
            span,
            day_months: Vec::new(),
            day_only: None,
            year: None,
            weekday: match relative {
                Relative::Weekday(day) => Some(day),
                Relative::Days(_) => None,
            },
            relative: Some(relative),
        }
    }

    /// The dates this mention can mean, given the interview's day (for a
    /// missing year) and today (for relative days).
    pub fn readings(&self, interview_day: NaiveDate, today: Option<NaiveDate>) -> Vec<NaiveDate> {
        match self.relative {
            Some(Relative::Days(offset)) => today
                .and_then(|t| t.checked_add_signed(chrono::Duration::days(offset)))
                .into_iter()
                .collect(),
            Some(Relative::Weekday(weekday)) => {
                // The coming such day from today, else the one in the interview's week.
                let from = today.unwrap_or(interview_day);
                (0..7u64)
                    .filter_map(|n| from.checked_add_days(Days::new(n)))
                    .filter(|d| d.weekday() == weekday)
                    .chain(
                        (0..7u64)
                            .filter_map(|n| {
                                interview_day
                                    .checked_sub_days(Days::new(3))
                                    .and_then(|d| d.checked_add_days(Days::new(n)))
                            })
                            .filter(|d| d.weekday() == weekday),
                    )
                    .collect()
            }
            None => {
                if let Some(day) = self.day_only {
                    // "Thursday the 3rd": the 3rd of the interview's month or the next.
                    let first = interview_day.with_day(1);
                    return first
                        .into_iter()
                        .flat_map(|f| [Some(f), f.checked_add_months(chrono::Months::new(1))])
                        .flatten()
                        .filter_map(|f| f.with_day(day))
                        .collect();
                }
                let years = match self.year {
                    Some(year) => vec![year],
                    None => vec![
                        interview_day.year(),
                        interview_day.year() + 1,
                        interview_day.year() - 1,
                    ],
                };
                years
                    .iter()
                    .flat_map(|&year| {
                        self.day_months.iter().filter_map(move |&(day, month)| {
                            NaiveDate::from_ymd_opt(year, month, day)
                        })
                    })
                    .collect()
            }
        }
    }
}

fn number<T: std::str::FromStr>(captures: &Captures<'_>, index: usize) -> Option<T> {
    captures.get(index).and_then(|m| m.as_str().parse().ok())
}

fn whole(c: &Captures<'_>) -> Range<usize> {
    c.get(0).map_or(0..0, |m| m.range())
}

/// Keeps mentions apart: a span already taken by an earlier (more specific)
/// pattern is not read again. Kept sorted, so each look-up is a binary search.
#[derive(Default)]
struct Taken(Vec<Range<usize>>);

impl Taken {
    fn overlaps(&self, span: &Range<usize>) -> bool {
        let at = self.0.partition_point(|r| r.end <= span.start);
        self.0.get(at).is_some_and(|r| r.start < span.end)
    }

    fn take(&mut self, span: Range<usize>) {
        let at = self.0.partition_point(|r| r.start < span.start);
        self.0.insert(at, span);
    }

    fn full(&self) -> bool {
        self.0.len() >= MOST_MENTIONS
    }
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| pattern(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
/// 03/12, 3/12/2026, 03.12.2026, 3.12. — slash dates may be American, dot dates never are.
static NUMERIC_DATE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"\b(\d{1,2})([/.])(\d{1,2})(?:[/.](\d{4}|\d{2})\b|(\.))?"));

fn pattern(source: &str) -> Regex {
    // Constant patterns of this file, compiled by its tests.
    super::rules::regex(source).unwrap_or_else(|e| panic!("date pattern {source:?}: {e}"))
}

pub(super) fn find_dates(text: &str, words: &DatePatterns) -> Vec<DateMention> {
    let mut taken = Taken::default();
    let mut found: Vec<DateMention> = Vec::new();
    let mut push = |mention: DateMention, taken: &mut Taken| {
        if taken.full() || taken.overlaps(&mention.span) {
            return;
        }
        taken.take(mention.span.clone());
        found.push(mention);
    };
    let text_of = |span: &Range<usize>| text.get(span.clone()).unwrap_or("").to_owned();

    for c in ISO_DATE.captures_iter(text) {
        let span = whole(&c);
        if let (Some(year), Some(month), Some(day)) = (number(&c, 1), number(&c, 2), number(&c, 3))
        {
            push(
                DateMention {
                    text: text_of(&span),
                    span,
                    day_months: vec![(day, month)],
                    day_only: None,
                    year: Some(year),
                    weekday: None,
                    relative: None,
                },
                &mut taken,
            );
        }
    }
    // "3 December" and "December 3rd": the same parts in two orders.
    let named = [
        (Some(&words.day_month), 2, 3),
        (words.month_day.as_ref(), 3, 2),
    ];
    for (pattern, day_group, month_group) in named {
        let Some(pattern) = pattern else { continue };
        for c in pattern.captures_iter(text) {
            let span = whole(&c);
            let month = c.get(month_group).and_then(|m| words.month(m.as_str()));
            let day: Option<u32> = number(&c, day_group);
            if let (Some(day), Some(month)) = (day.filter(|d| (1..=31).contains(d)), month) {
                push(
                    DateMention {
                        text: text_of(&span),
                        span,
                        day_months: vec![(day, month)],
                        day_only: None,
                        year: number(&c, 4),
                        weekday: c.get(1).and_then(|m| words.weekday(m.as_str())),
                        relative: None,
                    },
                    &mut taken,
                );
            }
        }
    }
    for c in NUMERIC_DATE.captures_iter(text) {
        let span = whole(&c);
        if let Some(mention) = numeric_date(text, &c, span) {
            push(mention, &mut taken);
        }
    }
    for c in words.weekday_day.captures_iter(text) {
        let span = whole(&c);
        // "Thursday 10:00" is a weekday and a time, not the 10th.
        let after = text.get(span.end..).unwrap_or("");
        if starts_like_a_time(after) {
            continue;
        }
        let day: Option<u32> = number(&c, 2);
        if let Some(day) = day.filter(|d| (1..=31).contains(d)) {
            push(
                DateMention {
                    text: text_of(&span),
                    span,
                    day_months: Vec::new(),
                    day_only: Some(day),
                    year: None,
                    weekday: c.get(1).and_then(|m| words.weekday(m.as_str())),
                    relative: None,
                },
                &mut taken,
            );
        }
    }
    for c in words.relative.find_iter(text) {
        let span = c.range();
        let before = text.get(..span.start).unwrap_or("");
        let word_before = before.split_whitespace().next_back().unwrap_or("");
        if words.cancels_relative(word_before) {
            continue;
        }
        if let Some(offset) = words.relative_offset(c.as_str()) {
            push(
                DateMention::relative(text_of(&span), span, Relative::Days(offset)),
                &mut taken,
            );
        }
    }
    for c in words.weekday.captures_iter(text) {
        let span = whole(&c);
        if let Some(day) = c.get(1).and_then(|m| words.weekday(m.as_str())) {
            push(
                DateMention::relative(text_of(&span), span, Relative::Weekday(day)),
                &mut taken,
            );
        }
    }
    found.sort_by_key(|m| m.span.start);
    found
}

fn numeric_date(text: &str, c: &Captures<'_>, span: Range<usize>) -> Option<DateMention> {
    let first: u32 = number(c, 1)?;
    let second: u32 = number(c, 3)?;
    let slash = c.get(2).is_some_and(|m| m.as_str() == "/");
    let year_text = c.get(4).map(|m| m.as_str());
    let trailing_dot = c.get(5).is_some();
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    // Part of a longer number, a version or a phone number: not a date.
    if before.ends_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '.' | '/' | '-' | '+'))
        || after.starts_with(|ch: char| ch.is_ascii_digit() || ch == '/')
    {
        return None;
    }
    if !slash {
        // 10.30 and 14.00 are times; 03.12 is a date only when written as one.
        let two_digits =
            c.get(1).is_some_and(|m| m.len() == 2) && c.get(3).is_some_and(|m| m.len() == 2);
        if year_text.is_none() && (!(trailing_dot || two_digits) || starts_like_a_time(after)) {
            return None;
        }
    }
    if first == 0 || second == 0 || first > 31 || second > 31 {
        return None;
    }
    let mut day_months = Vec::new();
    if second <= 12 {
        day_months.push((first, second));
    }
    // 03/12 is 3 December to most of the world and March 12 in the US: both.
    if slash && first <= 12 && first != second {
        day_months.push((second, first));
    }
    if day_months.is_empty() {
        return None;
    }
    Some(DateMention {
        text: text.get(span.clone()).unwrap_or("").to_owned(),
        span,
        day_months,
        day_only: None,
        year: year_text
            .and_then(|y| y.parse::<i32>().ok())
            .map(|y| if y < 100 { 2000 + y } else { y }),
        weekday: None,
        relative: None,
    })
}

fn starts_like_a_time(after: &str) -> bool {
    let after = after.trim_start();
    let lower: String = after.chars().take(5).collect::<String>().to_lowercase();
    after.starts_with(':')
        || after
            .strip_prefix('.')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        || lower.starts_with("uhr")
        || lower.starts_with("am")
        || lower.starts_with("pm")
        || lower.starts_with("a.m")
        || lower.starts_with("p.m")
        || lower.starts_with('h') && !lower.starts_with("ha") && !lower.starts_with("he")
}

/// 10:00, 10h00, 15 h 30, 10:30 am.
static CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)\b([01]?\d|2[0-3])(?::|\s?h\s?)([0-5]\d)(?:\s*([ap])\.?\s?m\b\.?|\b)")
});
/// 10.00, 4.30 pm: a time when it cannot be a date or says it is one.
static DOTTED_TIME: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)\b([01]?\d|2[0-3])\.([0-5]\d)(?:\s*([ap])\.?\s?m\b\.?|\b)"));
/// 10am, 3 p.m.
static MERIDIEM_HOUR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)\b(1[0-2]|0?[1-9])\s?([ap])\.?\s?m\b\.?"));
/// 10 Uhr, 15 h, 10 o'clock.
static WORD_HOUR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)\b([01]?\d|2[0-3])\s?(?:uhr|heures?|h|o'clock)\b"));
/// at 10, um 10, à 15, a las 10.
static PREPOSITION_HOUR: LazyLock<Regex> = LazyLock::new(|| {
    // "à" starts with an accent, where an ASCII word boundary cannot stand.
    pattern(r"(?i)(?:\b(?:at|um|a las|a la)|(?:^|[\s(])à)\s+([01]?\d|2[0-3])\b")
});
static TIME_WORD_AFTER: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)^\s?(?:uhr|h)\b"));
static TIME_PREPOSITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)(?:\b(?:at|um|a las|a la|from|von|de|ab|until|bis)|(?:^|[\s(])à)\s*$")
});

pub(super) fn find_times(text: &str) -> Vec<TimeMention> {
    let mut taken = Taken::default();
    let mut found = Vec::new();
    let mut push =
        |span: Range<usize>, hour: u32, minute: u32, meridiem: Option<&str>, taken: &mut Taken| {
            if taken.full() || taken.overlaps(&span) {
                return;
            }
            taken.take(span.clone());
            found.push(TimeMention {
                text: text.get(span.clone()).unwrap_or("").trim_end().to_owned(),
                span,
                minutes: readings(hour, minute, meridiem),
            });
        };
    let meridiem_of =
        |c: &Captures<'_>, group: usize| c.get(group).map(|m| m.as_str().to_lowercase());
    for c in CLOCK_TIME.captures_iter(text) {
        let (Some(hour), Some(minute)) = (number(&c, 1), number(&c, 2)) else {
            continue;
        };
        push(
            whole(&c),
            hour,
            minute,
            meridiem_of(&c, 3).as_deref(),
            &mut taken,
        );
    }
    for c in DOTTED_TIME.captures_iter(text) {
        let span = whole(&c);
        let (Some(hour), Some(minute)) = (number::<u32>(&c, 1), number::<u32>(&c, 2)) else {
            continue;
        };
        let before = text.get(..span.start).unwrap_or("");
        let after = text.get(span.end..).unwrap_or("");
        if before.ends_with(|ch: char| ch.is_ascii_digit() || ch == '.')
            || after.starts_with(|ch: char| ch == '.' || ch.is_ascii_digit())
        {
            continue;
        }
        let says_so = c.get(3).is_some()
            || TIME_WORD_AFTER.is_match(after)
            || TIME_PREPOSITION_BEFORE.is_match(before);
        if says_so || minute == 0 || minute > 12 {
            push(
                span,
                hour,
                minute,
                meridiem_of(&c, 3).as_deref(),
                &mut taken,
            );
        }
    }
    for c in MERIDIEM_HOUR.captures_iter(text) {
        let Some(hour) = number(&c, 1) else { continue };
        push(
            whole(&c),
            hour,
            0,
            meridiem_of(&c, 2).as_deref(),
            &mut taken,
        );
    }
    for c in WORD_HOUR.captures_iter(text) {
        let Some(hour) = number(&c, 1) else { continue };
        push(whole(&c), hour, 0, None, &mut taken);
    }
    for c in PREPOSITION_HOUR.captures_iter(text) {
        let span = c.get(1).map_or(0..0, |m| m.range());
        let after = text.get(span.end..).unwrap_or("");
        // "at 10/12" or "at 3 companies" is no time.
        if after.starts_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '/' | '.' | ','))
            && !after.starts_with(", ")
        {
            continue;
        }
        let Some(hour) = number(&c, 1) else { continue };
        push(span, hour, 0, None, &mut taken);
    }
    found.sort_by_key(|t| t.span.start);
    found
}

fn readings(hour: u32, minute: u32, meridiem: Option<&str>) -> Vec<u32> {
    match meridiem {
        Some("a") => vec![(hour % 12) * 60 + minute],
        Some("p") => vec![(hour % 12 + 12) * 60 + minute],
        _ if hour <= 12 => vec![hour * 60 + minute, ((hour % 12) + 12) * 60 + minute],
        _ => vec![hour * 60 + minute],
    }
}
