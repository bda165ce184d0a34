//! A pause: the employer is asked to hold the application until a day the
//! user picks to check back with them.

use chrono::NaiveDate;

use super::Decision;
use crate::error::{Error, Result};
use crate::words::Said;

/// The check-back day a decision keeps: a pause needs one after `today`, and
/// no other decision takes one.
pub fn check_back_day(
    decision: Decision,
    given: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Option<NaiveDate>> {
    match (decision, given) {
        (Decision::Pause, Some(day)) if day <= today => Err(Error::said(
            Said::key("error-check-back-passed").with("day", day.to_string()),
        )),
        (Decision::Pause, Some(day)) => Ok(Some(day)),
        (Decision::Pause, None) => Err(Error::invalid(
            "A pause needs the day to check back with the employer: give pause_until (--pause-until YYYY-MM-DD), e.g. two weeks from today.",
        )),
        (other, Some(_)) => Err(Error::invalid(format!(
            "pause_until goes with the pause decision, not with {other}: leave it out or decide pause."
        ))),
        (_, None) => Ok(None),
    }
}

/// Whether a paused application's check-back day has come by `today` (the
/// day its reminder fires and the message that picks it up again is due).
pub fn check_back_has_come(
    decision: Decision,
    check_back: Option<NaiveDate>,
    today: NaiveDate,
) -> bool {
    decision == Decision::Pause && check_back.is_some_and(|day| day <= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_pause_needs_a_day_after_today_and_nothing_else_takes_one() {
        let today = day("2026-12-10");
        assert_eq!(
            check_back_day(Decision::Pause, Some(day("2026-12-11")), today).unwrap(),
            Some(day("2026-12-11"))
        );
        for given in [None, Some(today), Some(day("2026-12-01"))] {
            assert!(check_back_day(Decision::Pause, given, today).is_err());
        }
        assert!(check_back_day(Decision::Attend, Some(day("2026-12-11")), today).is_err());
        assert_eq!(
            check_back_day(Decision::Withdraw, None, today).unwrap(),
            None
        );
    }

    #[test]
    fn the_check_back_day_comes_on_that_day_and_stays_come() {
        let on = Some(day("2026-12-10"));
        assert!(!check_back_has_come(Decision::Pause, on, day("2026-12-09")));
        assert!(check_back_has_come(Decision::Pause, on, day("2026-12-10")));
        assert!(check_back_has_come(Decision::Pause, on, day("2027-01-10")));
        assert!(!check_back_has_come(
            Decision::Attend,
            on,
            day("2026-12-10")
        ));
        assert!(!check_back_has_come(
            Decision::Pause,
            None,
            day("2026-12-10")
        ));
    }
}
