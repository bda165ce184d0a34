//! Proposing new times: inside the user's working hours (home zone), inside
//! office hours in the interviewer's zone, clear of other interviews and their
//! buffers, at least 24 hours ahead. One slot a day, so they spread out.

use chrono::{DateTime, Datelike, Duration, NaiveTime, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

use super::clash::clashes;
use super::{parse_clock, parse_work_days};
use crate::error::Result;
use crate::log::{Interview, Log, Profile};
use crate::words::{Arg, Words};

/// The hours proposed in the interviewer's zone: 09:00–18:00, Monday to Friday.
pub const INTERVIEWER_HOURS: (u32, u32) = (9, 18);
/// How far ahead to look.
pub const SEARCH_DAYS: i64 = 14;
const STEP_MINUTES: i64 = 30;
const MIN_NOTICE_HOURS: i64 = 24;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProposedSlot {
    pub starts_at: DateTime<Utc>,
    /// The interviewer's zone, in which `wall_time` is given.
    pub tz: String,
    /// "2026-12-07T15:00": the form and the draft take it as is.
    pub wall_time: String,
    /// "Monday 7 December at 15:00 CET / 09:00 EST", in the words given.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SlotProposal {
    pub slots: Vec<ProposedSlot>,
    /// Why fewer were found than asked for, in a sentence.
    pub explanation: Option<String>,
}

fn within(time: NaiveTime, end: NaiveTime, start: NaiveTime, until: NaiveTime) -> bool {
    time >= start && end <= until && end > time
}

/// Up to `count` slots for moving `interview`, given the user's profile and the
/// other interviews in the log.
pub fn propose_slots(
    interview: &Interview,
    others: &[Interview],
    profile: &Profile,
    home: Tz,
    now: DateTime<Utc>,
    count: usize,
    words: &Words,
) -> Result<SlotProposal> {
    let theirs: Tz = crate::time::parse_zone(&interview.tz)?;
    let work_days = parse_work_days(&profile.work_days)?;
    let (work_start, work_end) = (
        parse_clock(&profile.work_start, "work_start")?,
        parse_clock(&profile.work_end, "work_end")?,
    );
    let office = (
        NaiveTime::from_hms_opt(INTERVIEWER_HOURS.0, 0, 0).unwrap_or(NaiveTime::MIN),
        NaiveTime::from_hms_opt(INTERVIEWER_HOURS.1, 0, 0).unwrap_or(NaiveTime::MIN),
    );
    let length = Duration::minutes(i64::from(interview.duration_minutes));
    // The first half hour at least 24 hours from now.
    let earliest = now + Duration::hours(MIN_NOTICE_HOURS);
    let mut candidate = earliest
        - Duration::minutes(i64::from(earliest.minute() % 30))
        - Duration::seconds(i64::from(earliest.second()));
    if candidate < earliest {
        candidate += Duration::minutes(STEP_MINUTES);
    }
    let last = now + Duration::days(SEARCH_DAYS);
    let mut slots: Vec<ProposedSlot> = Vec::new();
    let mut days_used = Vec::new();
    while candidate < last && slots.len() < count {
        let mine = candidate.with_timezone(&home);
        let mine_end = (candidate + length).with_timezone(&home);
        let their = candidate.with_timezone(&theirs);
        let their_end = (candidate + length).with_timezone(&theirs);
        let fits_me = work_days.contains(&mine.weekday())
            && mine.date_naive() == mine_end.date_naive()
            && within(mine.time(), mine_end.time(), work_start, work_end);
        let fits_them = !matches!(their.weekday(), Weekday::Sat | Weekday::Sun)
            && their.date_naive() == their_end.date_naive()
            && within(their.time(), their_end.time(), office.0, office.1);
        let new_day = !days_used.contains(&mine.date_naive());
        if fits_me
            && fits_them
            && new_day
            && clashes(
                Some(interview.id),
                candidate,
                interview.duration_minutes,
                others,
                profile.buffer_minutes,
            )
            .is_empty()
        {
            days_used.push(mine.date_naive());
            slots.push(ProposedSlot {
                starts_at: candidate,
                tz: interview.tz.clone(),
                wall_time: their.format("%Y-%m-%dT%H:%M").to_string(),
                text: slot_text(candidate, theirs, home, words),
            });
        }
        candidate += Duration::minutes(STEP_MINUTES);
    }
    let explanation = (slots.len() < count).then(|| {
        if slots.is_empty() {
            let hour = |h: u32| format!("{h:02}:00");
            words.with(
                "slots-none",
                &[
                    ("days", Arg::from(SEARCH_DAYS)),
                    ("from", Arg::from(&profile.work_start)),
                    ("to", Arg::from(&profile.work_end)),
                    ("zone", Arg::from(home.name())),
                    ("their-from", Arg::from(&hour(INTERVIEWER_HOURS.0))),
                    ("their-to", Arg::from(&hour(INTERVIEWER_HOURS.1))),
                    ("their-zone", Arg::from(theirs.name())),
                ],
            )
        } else {
            words.with(
                "slots-fewer",
                &[
                    ("count", Arg::from(slots.len())),
                    ("days", Arg::from(SEARCH_DAYS)),
                ],
            )
        }
    });
    Ok(SlotProposal { slots, explanation })
}

/// A slot on their clock, and on the user's when it differs:
/// "Tuesday 1 December at 15:00 CET / 09:00 EST".
fn slot_text(instant: DateTime<Utc>, theirs: Tz, home: Tz, words: &Words) -> String {
    let format = |zone: Tz, key: &str| {
        instant
            .with_timezone(&zone)
            .format_localized(&words.get(key), words.date_locale())
            .to_string()
    };
    let their_text = format(theirs, "date-slot");
    let (their_day, my_day) = (
        instant.with_timezone(&theirs).date_naive(),
        instant.with_timezone(&home).date_naive(),
    );
    let mine = if their_day == my_day {
        format(home, "date-slot-mine")
    } else {
        format(home, "date-slot-mine-other-day")
    };
    let their_time = format(theirs, "date-slot-mine");
    if mine == their_time {
        their_text
    } else {
        format!("{their_text} / {mine}")
    }
}

impl Log {
    /// Free slots to propose for moving an interview, clear of the others in
    /// the log.
    pub fn slots_for(&self, id: i64, count: usize, now: DateTime<Utc>) -> Result<SlotProposal> {
        self.slots_for_in(id, count, now, Words::english())
    }

    /// The same, said in `words` (the window's language).
    pub fn slots_for_in(
        &self,
        id: i64,
        count: usize,
        now: DateTime<Utc>,
        words: &Words,
    ) -> Result<SlotProposal> {
        let interview = self.interview(id)?;
        let profile = self.profile()?;
        let others = self.starting_between(now, now + Duration::days(SEARCH_DAYS + 1))?;
        propose_slots(
            &interview,
            &others,
            &profile,
            self.home_zone()?,
            now,
            count,
            words,
        )
    }
}
