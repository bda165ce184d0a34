//! What a message may mention: the interview's day and time on both clocks,
//! the slots offered, the new time, the zones' names.

use chrono::{DateTime, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;

use crate::error::Result;
use crate::message::draft::{interview_time, slot_instants, MessageInput};

/// The moments and names the message may mention: the interview and each
/// slot, on both clocks.
pub(super) struct Expected {
    /// The interview's own day, in their zone and in the candidate's.
    pub(super) interview_days: Vec<NaiveDate>,
    /// The interview's start, minutes after midnight, on both clocks.
    pub(super) interview_minutes: Vec<u32>,
    /// Every date the message may name: the interview, the slots, the pause's end.
    pub(super) dates: Vec<NaiveDate>,
    pub(super) minutes: Vec<u32>,
    /// The interview's start, their zone and the candidate's, for the report.
    pub(super) interview_when: Option<(DateTime<Utc>, Tz, Option<Tz>)>,
    /// Abbreviations and names of the zones, as they are at the interview.
    pub(super) zone_names: Vec<String>,
    /// An abbreviation of the interview's zone for the other season ("CET" in June).
    pub(super) wrong_season: Vec<(String, String)>,
    pub(super) zones_differ: bool,
    /// A time as it should be written, e.g. "10:00 CEST", for advice.
    pub(super) example_time: Option<String>,
    pub(super) hours_until: Option<f64>,
    pub(super) today: Option<NaiveDate>,
    /// The day of the new time being confirmed, on both clocks.
    pub(super) new_time_days: Vec<NaiveDate>,
}

pub(super) fn expected(input: &MessageInput) -> Result<Expected> {
    let mut expected = Expected {
        interview_days: Vec::new(),
        interview_minutes: Vec::new(),
        dates: Vec::new(),
        minutes: Vec::new(),
        interview_when: None,
        zone_names: Vec::new(),
        wrong_season: Vec::new(),
        zones_differ: false,
        example_time: None,
        hours_until: input.hours_until,
        today: None,
        new_time_days: Vec::new(),
    };
    let add = |instant: DateTime<Utc>, zone: Tz, expected: &mut Expected| {
        let local = instant.with_timezone(&zone);
        expected.dates.push(local.date_naive());
        expected.minutes.push(local.hour() * 60 + local.minute());
    };
    let now = input.now;
    if let Some(when) = interview_time(input)? {
        let zones: Vec<Tz> = std::iter::once(when.theirs).chain(when.mine).collect();
        for &zone in &zones {
            let local = when.start.with_timezone(&zone);
            expected.interview_days.push(local.date_naive());
            expected
                .interview_minutes
                .push(local.hour() * 60 + local.minute());
            let abbreviation = local.format("%Z").to_string();
            expected.zone_names.push(abbreviation.clone());
            expected.zone_names.push(zone.name().to_owned());
            if let Some(city) = zone.name().rsplit('/').next() {
                expected.zone_names.push(city.replace('_', " "));
            }
            if let Some(other) = other_season_abbreviation(zone, when.start) {
                expected.wrong_season.push((other, abbreviation));
            }
            add(when.start, zone, &mut expected);
        }
        let theirs = when.start.with_timezone(&when.theirs);
        expected.example_time = Some(theirs.format("%H:%M %Z").to_string());
        expected.interview_when = Some((when.start, when.theirs, when.mine));
        if let Some(mine) = when.mine {
            expected.zones_differ = when.start.with_timezone(&mine).naive_local()
                != when.start.with_timezone(&when.theirs).naive_local();
        }
        for (start, zone) in slot_instants(input)? {
            for &z in std::iter::once(&zone).chain(zones.iter()) {
                add(start, z, &mut expected);
            }
        }
        // The time they proposed, and when a late candidate expects to be there.
        if let Some((start, zone)) = new_time_instant(input)? {
            for &z in std::iter::once(&zone).chain(zones.iter()) {
                add(start, z, &mut expected);
                expected
                    .new_time_days
                    .push(start.with_timezone(&z).date_naive());
            }
        }
        if let Some(minutes) = input.minutes_late {
            let arrival = when.start + chrono::Duration::minutes(i64::from(minutes));
            for &z in &zones {
                add(arrival, z, &mut expected);
            }
        }
        if let Some(now) = now {
            expected
                .hours_until
                .get_or_insert(crate::urgency::hours_until(when.start, now));
            expected.today = Some(
                now.with_timezone(&when.mine.unwrap_or(when.theirs))
                    .date_naive(),
            );
        }
    } else if let Some(now) = now {
        expected.today = Some(now.date_naive());
    }
    if let Some(day) = input.pause_until {
        expected.dates.push(day);
    }
    Ok(expected)
}

/// The new time being confirmed, when the input gives one.
fn new_time_instant(input: &MessageInput) -> Result<Option<(DateTime<Utc>, Tz)>> {
    let Some(slot) = &input.new_time else {
        return Ok(None);
    };
    let zone = crate::time::parse_zone(&slot.tz).map_err(|e| e.for_field("new_time"))?;
    let start =
        crate::time::parse_start(&slot.starts_at, zone).map_err(|e| e.for_field("new_time"))?;
    Ok(Some((start, zone)))
}

/// The zone's abbreviation in the other half of the year, when it has one
/// ("CET" for a June date in Berlin, whose summer abbreviation is "CEST").
fn other_season_abbreviation(zone: Tz, at: DateTime<Utc>) -> Option<String> {
    let now = at.with_timezone(&zone).format("%Z").to_string();
    let half_a_year = at.checked_add_signed(chrono::Duration::days(182))?;
    let other = half_a_year.with_timezone(&zone).format("%Z").to_string();
    // Numeric "abbreviations" (+04) are offsets, not names a person confuses.
    (other != now && other.chars().all(|c| c.is_ascii_alphabetic())).then_some(other)
}
