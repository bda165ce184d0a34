//! Which dates and times the message says are the interview's, and the
//! mismatches: a claimed date, weekday, time or position that is not the
//! interview's.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::text::sentence_around;
use super::when::{DateMention, Relative};
use super::{text_of, Problem, Reading};
use crate::words::Arg;

/// How far after a date its time may stand, in bytes ("Thursday 3 December, at 10:00").
const TIME_AFTER_DATE_BYTES: usize = 25;

/// Which mentions claim to be the interview's (indexes into the reading's
/// dates and times) and how many new ones are offered.
#[derive(Default)]
pub(super) struct Claims {
    pub(super) dates: Vec<usize>,
    pub(super) times: Vec<usize>,
    pub(super) alternative_dates: usize,
    pub(super) alternative_times: usize,
}

impl Reading<'_> {
    /// Which dates and times the message says are the interview's, and how
    /// many it offers instead.
    pub(super) fn claims(&self) -> Claims {
        let mut claims = Claims::default();
        let mut first_date_seen = false;
        for (index, mention) in self.dates.iter().enumerate() {
            let first = !first_date_seen;
            first_date_seen = true;
            if self.claims_interview(&mention.span, first) {
                claims.dates.push(index);
            } else if !self.is_expected_date(mention) {
                claims.alternative_dates += 1;
            }
        }
        for (index, time) in self.times.iter().enumerate() {
            // A time right after a claimed date ("3 December at 10:00") is the
            // interview's time: the nearest date before it, on the same line.
            let nearest_date = self
                .dates
                .iter()
                .rposition(|d| d.span.end <= time.span.start);
            let after_claimed_date = nearest_date.is_some_and(|d| {
                let date = &self.dates[d].span;
                claims.dates.contains(&d)
                    && time.span.start - date.end <= TIME_AFTER_DATE_BYTES
                    && self
                        .text
                        .get(date.end..time.span.start)
                        .is_some_and(|gap| !gap.contains(['.', '\n', '?', '!']))
            });
            if after_claimed_date || self.claims_interview(&time.span, false) {
                claims.times.push(index);
            } else if !time
                .minutes
                .iter()
                .any(|m| self.expected.interview_minutes.contains(m))
            {
                claims.alternative_times += 1;
            }
        }
        claims
    }

    /// Whether a date or time at `span` says it is the interview's: it is in
    /// the subject line, or a word for the interview comes before it in its
    /// sentence with no word for a new time in between ("our interview on 3
    /// December" claims; "move our interview to 8 December" offers). The
    /// message's first date claims unless a new-time word comes before it.
    fn claims_interview(&self, span: &Range<usize>, first: bool) -> bool {
        let sentence = sentence_around(self.text, span.start);
        let before = self.text.get(sentence.start..span.start).unwrap_or("");
        let in_subject = self
            .subject
            .as_ref()
            .is_some_and(|s| s.contains(&span.start));
        let gap = match self.rules.interview.find_iter(before).last() {
            Some(word) => before.get(word.end()..).unwrap_or(""),
            None if in_subject || first => before,
            None => return false,
        };
        !self.rules.new_time.is_match(gap)
    }

    fn is_expected_date(&self, mention: &DateMention) -> bool {
        let Some(&day) = self.expected.interview_days.first() else {
            return false;
        };
        mention
            .readings(day, self.expected.today)
            .iter()
            .any(|d| self.expected.dates.contains(d))
    }

    /// A date, weekday, time or position that claims to be the interview's
    /// and is not; and a weekday that does not go with its date anywhere.
    pub(super) fn mismatch_problems(&self, claims: &Claims, problems: &mut Vec<Problem>) {
        // Without the interview's day there is no date or time to hold them to.
        if let Some(&interview_day) = self.expected.interview_days.first() {
            for (index, mention) in self.dates.iter().enumerate() {
                let claimed = claims.dates.contains(&index);
                problems.extend(self.date_mismatch(mention, claimed, interview_day));
            }
            problems.extend(self.time_mismatches(claims));
        }
        self.position_mismatch(problems);
    }

    /// A date that claims to be the interview's and is another day, else a
    /// weekday written beside a date that is not that date's.
    fn date_mismatch(
        &self,
        mention: &DateMention,
        claimed: bool,
        interview_day: NaiveDate,
    ) -> Option<Problem> {
        let readings = mention.readings(interview_day, self.expected.today);
        if readings.is_empty() {
            return None;
        }
        if claimed {
            let wrong_weekday_alone = matches!(mention.relative, Some(Relative::Weekday(w)) if !self.expected.interview_days.iter().any(|d| d.weekday() == w));
            let dated =
                mention.relative.is_none() || matches!(mention.relative, Some(Relative::Days(_)));
            let matches = readings.iter().any(|d| {
                self.expected.interview_days.contains(d) || self.expected.dates.contains(d)
            });
            if (dated && !matches) || wrong_weekday_alone {
                let day = self.date_text(interview_day, "check-format-day");
                return Some(self.problem(
                    "mismatch",
                    "problem-mismatch-date",
                    &[
                        ("said", Arg::from(mention.text.trim())),
                        ("day", Arg::from(&day)),
                    ],
                    mention.text.clone(),
                ));
            }
        }
        // The weekday written beside a date must be that date's.
        let weekday = mention.weekday.filter(|_| mention.relative.is_none())?;
        // The date meant: one the message may name, else the reading nearest
        // the interview (a year-less "Wednesday 11 February" is next February's).
        let best = readings
            .iter()
            .find(|d| self.expected.dates.contains(d))
            .or_else(|| {
                readings
                    .iter()
                    .min_by_key(|d| (**d - interview_day).num_days().abs())
            });
        best.filter(|d| d.weekday() != weekday).map(|day| {
            let date = self.date_text(*day, "check-format-date");
            let weekday = self.date_text(*day, "check-format-weekday");
            self.problem(
                "mismatch",
                "problem-mismatch-weekday",
                &[
                    ("said", Arg::from(mention.text.trim())),
                    ("date", Arg::from(&date)),
                    ("weekday", Arg::from(&weekday)),
                ],
                mention.text.clone(),
            )
        })
    }

    /// Times that claim to be the interview's and are none the message may name.
    fn time_mismatches(&self, claims: &Claims) -> Vec<Problem> {
        let right = self.interview_when();
        claims
            .times
            .iter()
            .filter_map(|&index| self.times.get(index))
            .filter(|time| {
                !time.minutes.iter().any(|m| {
                    self.expected.interview_minutes.contains(m) || self.expected.minutes.contains(m)
                })
            })
            .map(|time| {
                self.problem(
                    "mismatch",
                    "problem-mismatch-time",
                    &[
                        ("said", Arg::from(time.text.trim())),
                        ("when", Arg::from(&right)),
                    ],
                    time.text.clone(),
                )
            })
            .collect()
    }

    /// The interview's day and time for both people, as `time::when_text`
    /// writes them ("Thursday 3 December at 10:00 CET / 04:00 EST"), in the
    /// report's language.
    fn interview_when(&self) -> String {
        let Some((start, theirs, mine)) = self.expected.interview_when else {
            return String::new();
        };
        let their_start = start.with_timezone(&theirs);
        let date = self.date_text(their_start.date_naive(), "check-format-day");
        let mut time = their_start.format("%H:%M %Z").to_string();
        if let Some(mine) = mine {
            let local = start.with_timezone(&mine);
            let local_time = local.format("%H:%M %Z").to_string();
            if local_time != time {
                time = format!("{time} / {local_time}");
                if local.date_naive() != their_start.date_naive() {
                    let day = self.date_text(local.date_naive(), "check-format-day");
                    time = self.say_with(
                        "check-when-other-day",
                        &[("time", Arg::from(&time)), ("day", Arg::from(&day))],
                    );
                }
            }
        }
        self.say_with(
            "check-when",
            &[("date", Arg::from(&date)), ("time", Arg::from(&time))],
        )
    }

    fn position_mismatch(&self, problems: &mut Vec<Problem>) {
        let (Some(position), Some(pattern)) = (
            text_of(&self.input.interview.position),
            &self.rules.position_phrase,
        ) else {
            return;
        };
        for found in pattern.captures_iter(self.text) {
            let named = found.get(1).map_or("", |m| m.as_str()).trim();
            let (a, b) = (named.to_lowercase(), position.to_lowercase());
            if !a.contains(&b) && !b.contains(&a) && !["same", "this", "that"].contains(&a.as_str())
            {
                problems.push(self.problem(
                    "mismatch",
                    "problem-mismatch-position",
                    &[
                        ("named", Arg::from(named)),
                        ("position", Arg::from(position)),
                    ],
                    found.get(0).map_or("", |m| m.as_str()).to_owned(),
                ));
            }
        }
    }
}
