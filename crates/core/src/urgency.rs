//! How pressing an interview is, for the list's colours and words: undecided
//! (or decided but not yet told) under 24 hours is a call to make now.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use crate::decision::Decision;

/// Hours of notice under which the employer should be called, not e-mailed.
pub const CALL_NOTICE_HOURS: f64 = 24.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// Under 24 h away and still undecided, or decided against but not yet told: call.
    CallNow,
    /// Still needs a decision or a message, with a day or more to go.
    ActSoon,
    /// Decided and dealt with, or attending.
    Settled,
    /// The start has passed.
    Past,
}

impl Urgency {
    pub const ALL: &'static [Urgency] = &[
        Urgency::CallNow,
        Urgency::ActSoon,
        Urgency::Settled,
        Urgency::Past,
    ];
}

pub fn urgency(decision: Decision, told_employer: bool, hours_left: f64) -> Urgency {
    let open = match decision {
        Decision::Undecided => true,
        Decision::Attend => false,
        Decision::Withdraw | Decision::Reschedule | Decision::Pause => !told_employer,
    };
    if hours_left < 0.0 {
        Urgency::Past
    } else if !open {
        Urgency::Settled
    } else if hours_left < CALL_NOTICE_HOURS {
        Urgency::CallNow
    } else {
        Urgency::ActSoon
    }
}

/// When the clock alone next changes `urgency` (the same decision, no new
/// message): just past the 24-hour mark, or just past the start; `None` when
/// nothing more changes. The window refreshes its list then, not every minute.
pub fn next_change(
    decision: Decision,
    told_employer: bool,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let current = urgency(decision, told_employer, hours_until(start, now));
    // Both boundaries are strict (`<`): the new urgency holds from a second past each.
    let call_mark = start - Duration::seconds((CALL_NOTICE_HOURS * 3600.0) as i64);
    [call_mark, start]
        .into_iter()
        .map(|mark| mark + Duration::seconds(1))
        .filter(|&instant| instant > now)
        .find(|&instant| urgency(decision, told_employer, hours_until(start, instant)) != current)
}

/// Hours from `now` to `start`, negative once it has passed.
pub fn hours_until(start: DateTime<Utc>, now: DateTime<Utc>) -> f64 {
    (start - now).num_seconds() as f64 / 3600.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undecided_under_a_day_is_a_call() {
        assert_eq!(urgency(Decision::Undecided, false, 23.9), Urgency::CallNow);
        assert_eq!(urgency(Decision::Undecided, false, 24.0), Urgency::ActSoon);
        assert_eq!(urgency(Decision::Withdraw, false, 3.0), Urgency::CallNow);
        assert_eq!(urgency(Decision::Withdraw, true, 3.0), Urgency::Settled);
        assert_eq!(urgency(Decision::Attend, false, 3.0), Urgency::Settled);
        assert_eq!(urgency(Decision::Undecided, false, -1.0), Urgency::Past);
    }

    #[test]
    fn the_next_change_is_the_24_hour_mark_then_the_start() {
        let start: DateTime<Utc> = "2027-03-10T15:00:00Z".parse().unwrap();
        let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
        let second = Duration::seconds(1);
        // Undecided two days out: red a second past the 24-hour mark, then past.
        let now = at("2027-03-08T15:00:00Z");
        let mark = next_change(Decision::Undecided, false, start, now).unwrap();
        assert_eq!(mark, at("2027-03-09T15:00:01Z"));
        assert_eq!(
            urgency(
                Decision::Undecided,
                false,
                hours_until(start, mark - second)
            ),
            Urgency::ActSoon
        );
        assert_eq!(
            urgency(Decision::Undecided, false, hours_until(start, mark)),
            Urgency::CallNow
        );
        let then = next_change(Decision::Undecided, false, start, mark).unwrap();
        assert_eq!(then, start + second);
        assert_eq!(next_change(Decision::Undecided, false, start, then), None);
        // Attending: nothing happens at the 24-hour mark, only at the start.
        assert_eq!(
            next_change(Decision::Attend, false, start, now),
            Some(start + second)
        );
        // Withdrawn and told: settled until it passes.
        assert_eq!(
            next_change(Decision::Withdraw, true, start, now),
            Some(start + second)
        );
    }
}
