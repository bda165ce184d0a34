//! Putting off one reminder (docs/domain.md §5): for an hour, until this
//! evening, or until tomorrow morning, in the user's own zone.
//!
//! A snooze holds back one reminder (one interview, one kind, one start) and
//! nothing else: every other kind of the same interview still fires at its
//! time. It never holds a reminder past the moment the interview's next
//! reminder takes over ([`next_escalation`]): there the snooze ends, and the
//! more pressing reminder speaks instead.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::due::ReminderKind;
use crate::named_values::named_values;

named_values! {
    /// How long the user puts a reminder off.
    pub enum SnoozeChoice ("a snooze") {
        /// For one hour.
        Hour = "hour",
        /// Until 18:00 today in the user's zone; an hour from now once it is
        /// past 17:00 (an evening snooze is never shorter than an hour).
        Evening = "evening",
        /// Until 09:00 tomorrow in the user's zone.
        Morning = "morning",
    }
}

/// The evening a snooze lasts until, and the morning after.
const EVENING: NaiveTime = match NaiveTime::from_hms_opt(18, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};
/// Past this (in the user's zone), "this evening" is an hour from now.
const EVENING_TOO_CLOSE: NaiveTime = match NaiveTime::from_hms_opt(17, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};
const MORNING: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};
/// Before this (in the user's zone), "tomorrow morning" is this morning.
const NIGHT_ENDS: NaiveTime = match NaiveTime::from_hms_opt(5, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// When a snooze chosen at `now` ends, for a user living in `home`, before
/// any clamping (see [`snooze_until`]). Always after `now`, and at most
/// 28 hours later (09:00 tomorrow chosen at 05:00) plus whatever the clocks
/// go back that night (an hour in most zones, two in a few). In the small
/// hours "tomorrow morning" is the morning after the night, today's 09:00:
/// someone up at 00:30 means the coming morning, not the one after it.
///
/// Wall times are read on the user's calendar with their zone's rules, never
/// a fixed offset: a 09:00 or 18:00 that the clocks skip that day becomes
/// the first instant after the jump; one they pass twice, the first of the two.
pub fn snooze_ends(choice: SnoozeChoice, now: DateTime<Utc>, home: Tz) -> DateTime<Utc> {
    let in_an_hour = now + Duration::hours(1);
    let local = now.with_timezone(&home).naive_local();
    let wall = match choice {
        SnoozeChoice::Hour => return in_an_hour,
        SnoozeChoice::Evening if local.time() > EVENING_TOO_CLOSE => return in_an_hour,
        SnoozeChoice::Evening => Some(local.date().and_time(EVENING)),
        SnoozeChoice::Morning if local.time() < NIGHT_ENDS => Some(local.date().and_time(MORNING)),
        SnoozeChoice::Morning => local.date().succ_opt().map(|day| day.and_time(MORNING)),
    };
    // A zone whose rules put that wall time before now (a day skipped or
    // repeated, or the very end of the calendar): an hour, as the least.
    wall.and_then(|wall| first_instant_at_or_after(home, wall))
        .filter(|end| *end > now)
        .unwrap_or(in_an_hour)
}

/// The instant a wall time `wall` in `zone` comes: itself when it exists
/// (the first, when the clocks pass it twice), else the first instant after
/// the gap the clocks jump over.
fn first_instant_at_or_after(zone: Tz, wall: NaiveDateTime) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&wall) {
        LocalResult::Single(at) => Some(at.to_utc()),
        LocalResult::Ambiguous(earlier, _) => Some(earlier.to_utc()),
        LocalResult::None => {
            // No zone is more than a day from UTC: `low` reads before `wall`
            // on the zone's clock and `high` after it. Between them, find the
            // first second whose wall time is `wall` or later: the end of the gap.
            // Whole seconds, as the zone's rules and the log count them.
            let as_utc = wall.and_utc().timestamp();
            let reads_at_or_after = |second: i64| {
                DateTime::from_timestamp(second, 0)
                    .is_some_and(|at| at.with_timezone(&zone).naive_local() >= wall)
            };
            let mut low = as_utc.checked_sub(30 * 3600)?;
            let mut high = as_utc.checked_add(30 * 3600)?;
            if reads_at_or_after(low) || !reads_at_or_after(high) {
                return None;
            }
            // `low` reads before, `high` at or after: halve until they touch.
            while high - low > 1 {
                let middle = low + (high - low) / 2;
                if reads_at_or_after(middle) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            DateTime::from_timestamp(high, 0)
        }
    }
}

/// When the reminder after `kind` begins for an interview starting at
/// `starts_at`: the "decide by" reminders give way to the last two hours,
/// those two hours to the start, the evening nudge to prepare to the last
/// hour's checklist, and the checklist to the start. `None` for the kinds
/// no later reminder replaces (a missed interview, a pause's check-back day,
/// a follow-up): their snooze lasts as chosen.
pub fn next_escalation(kind: ReminderKind, starts_at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let before = |hours: i64| starts_at.checked_sub_signed(Duration::hours(hours));
    match kind {
        ReminderKind::Undecided24h | ReminderKind::Unsent24h => before(2),
        ReminderKind::PrepEvening => before(1),
        ReminderKind::Final2h | ReminderKind::Prep => Some(starts_at),
        ReminderKind::Missed | ReminderKind::PauseCheckback | ReminderKind::FollowUp => None,
    }
}

/// When a reminder of `kind` about the interview starting at `starts_at`,
/// snoozed at `now` with `choice`, comes back: [`snooze_ends`], but never
/// later than [`next_escalation`]. A reminder snoozed past that moment would
/// come back after a more pressing one, or after the start, when it no longer
/// makes sense; so the snooze ends there, the reminder is no longer due, and
/// the next kind fires at its own time (a snooze never holds back another kind).
pub fn snooze_until(
    kind: ReminderKind,
    starts_at: DateTime<Utc>,
    choice: SnoozeChoice,
    now: DateTime<Utc>,
    home: Tz,
) -> DateTime<Utc> {
    let ends = snooze_ends(choice, now, home);
    match next_escalation(kind, starts_at) {
        Some(escalation) => ends.min(escalation),
        None => ends,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    #[test]
    fn a_gap_is_left_at_its_end() {
        // Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00 UTC).
        let wall = NaiveDateTime::parse_from_str("2026-03-29 02:30", "%Y-%m-%d %H:%M").unwrap();
        assert_eq!(
            first_instant_at_or_after(chrono_tz::Europe::Berlin, wall),
            Some(at("2026-03-29T01:00:00Z"))
        );
        // Samoa skipped 30 December 2011: its first instant is 31 December 00:00 (+14).
        let wall = NaiveDateTime::parse_from_str("2011-12-30 09:00", "%Y-%m-%d %H:%M").unwrap();
        assert_eq!(
            first_instant_at_or_after(chrono_tz::Pacific::Apia, wall),
            Some(at("2011-12-30T10:00:00Z"))
        );
    }

    #[test]
    fn each_kind_gives_way_to_the_next() {
        let start = at("2026-12-10T12:00:00Z");
        assert_eq!(
            next_escalation(ReminderKind::Undecided24h, start),
            Some(at("2026-12-10T10:00:00Z"))
        );
        assert_eq!(next_escalation(ReminderKind::Final2h, start), Some(start));
        assert_eq!(next_escalation(ReminderKind::FollowUp, start), None);
    }
}
