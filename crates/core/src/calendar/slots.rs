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
use crate::time::when_text;

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
    /// "Monday 7 December at 15:00 CET / 09:00 EST"
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
                text: when_text(candidate, theirs, (home != theirs).then_some(home)).to_string(),
            });
        }
        candidate += Duration::minutes(STEP_MINUTES);
    }
    let explanation = (slots.len() < count).then(|| {
        if slots.is_empty() {
            format!(
                "No common hours in the next {SEARCH_DAYS} days: your hours ({} to {}, {}) never meet {:02}:00 to {:02}:00 on a weekday in {} without a clash. Widen your hours in Settings, or ask them to suggest times.",
                profile.work_start, profile.work_end, home.name(), INTERVIEWER_HOURS.0, INTERVIEWER_HOURS.1, theirs.name()
            )
        } else {
            format!("Only {} free day(s) fit both sides in the next {SEARCH_DAYS} days.", slots.len())
        }
    });
    Ok(SlotProposal { slots, explanation })
}

impl Log {
    /// Free slots to propose for moving an interview, clear of the others in
    /// the log.
    pub fn slots_for(&self, id: i64, count: usize, now: DateTime<Utc>) -> Result<SlotProposal> {
        let interview = self.interview(id)?;
        let profile = self.profile()?;
        let others = self.starting_between(now, now + Duration::days(SEARCH_DAYS + 1))?;
        propose_slots(&interview, &others, &profile, self.home_zone()?, now, count)
    }
}
