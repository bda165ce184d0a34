//! Calendar habits (docs/domain.md §6): interviews that overlap or leave too little
//! buffer, and free slots to propose that suit both sides' hours.

mod clash;
pub mod feed;
pub mod ics;
mod slots;

pub(crate) use clash::mark_clashes;
pub use clash::{clash_between, clashes, Booking, Clash, ClashKind};
pub use slots::{propose_slots, ProposedSlot, SlotProposal, INTERVIEWER_HOURS, SEARCH_DAYS};

use chrono::{NaiveTime, Weekday};

use crate::error::{Error, Result};
use crate::words::Said;

const DAYS: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

pub fn weekday_name(day: Weekday) -> &'static str {
    DAYS.iter()
        .find(|(_, d)| *d == day)
        .map_or("mon", |(name, _)| name)
}

/// The weekday a name starts with: "Mon", "tues", "Thursday"; any case.
pub(crate) fn weekday_named(name: &str) -> Option<Weekday> {
    let lower = name.trim().to_lowercase();
    DAYS.iter()
        .find(|(short, _)| lower.starts_with(short))
        .map(|(_, day)| *day)
}

/// Reads "mon", "Tuesday", ... into weekdays; an unknown name says which are known.
pub fn parse_work_days(names: &[String]) -> Result<Vec<Weekday>> {
    let mut days = Vec::new();
    for name in names {
        let day = weekday_named(name).ok_or_else(|| {
            Error::said(Said::key("error-not-a-weekday").with("name", name)).for_field("work_days")
        })?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort_by_key(Weekday::num_days_from_monday);
    Ok(days)
}

/// Reads a clock time "09:00".
pub fn parse_clock(text: &str, field: &'static str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
        Error::said(Said::key("error-not-a-time-of-day").with("text", text)).for_field(field)
    })
}
