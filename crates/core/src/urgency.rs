//! How pressing an interview is, for the list's colours and words: undecided
//! (or decided but not yet told) under 24 hours is a call to make now.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::decision::Decision;

/// Hours of notice under which the employer should be called, not e-mailed.
pub const CALL_NOTICE_HOURS: f64 = 24.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
}
