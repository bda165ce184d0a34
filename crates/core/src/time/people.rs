//! Dates and times as a message writes them: "Thursday 3 December at 10:00 CET",
//! and both clocks when the candidate's differs ("10:00 CET / 04:00 EST").

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

/// "Thursday 3 December"
pub fn day_text(day: NaiveDate) -> String {
    day.format("%A %-d %B").to_string()
}

/// An instant written for both people. `their` is the interviewer's zone,
/// `mine` the candidate's; the second clock is added only when it reads
/// differently, and with its own day when the day differs too.
pub fn when_text(instant: DateTime<Utc>, their: Tz, mine: Option<Tz>) -> WhenText {
    let theirs = instant.with_timezone(&their);
    let date = day_text(theirs.date_naive());
    let mut time = theirs.format("%H:%M %Z").to_string();
    if let Some(mine) = mine {
        let local = instant.with_timezone(&mine);
        let local_time = local.format("%H:%M %Z").to_string();
        if local_time != time {
            if local.date_naive() == theirs.date_naive() {
                time = format!("{time} / {local_time}");
            } else {
                time = format!("{time} / {local_time} on {}", day_text(local.date_naive()));
            }
        }
    }
    WhenText { date, time }
}

/// The two halves a message uses: "Thursday 3 December" and "10:00 CET / 04:00 EST".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WhenText {
    pub date: String,
    pub time: String,
}

impl std::fmt::Display for WhenText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at {}", self.date, self.time)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America, Asia, Europe};

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    #[test]
    fn one_zone_or_both_when_the_clocks_differ() {
        let instant = at("2026-12-03T09:00:00Z");
        assert_eq!(
            when_text(instant, Europe::Berlin, None).to_string(),
            "Thursday 3 December at 10:00 CET"
        );
        assert_eq!(
            when_text(instant, Europe::Berlin, Some(America::New_York)).to_string(),
            "Thursday 3 December at 10:00 CET / 04:00 EST"
        );
        assert_eq!(
            when_text(instant, Europe::Berlin, Some(Europe::Paris)).to_string(),
            "Thursday 3 December at 10:00 CET"
        );
    }

    #[test]
    fn the_other_day_is_named_when_the_date_differs() {
        let instant = at("2026-12-03T23:30:00Z");
        assert_eq!(
            when_text(instant, America::Los_Angeles, Some(Asia::Tokyo)).to_string(),
            "Thursday 3 December at 15:30 PST / 08:30 JST on Friday 4 December"
        );
    }

    #[test]
    fn summer_time_is_named_for_that_date() {
        let instant = at("2027-04-01T08:00:00Z");
        assert_eq!(
            when_text(instant, Europe::Berlin, Some(America::New_York)).to_string(),
            "Thursday 1 April at 10:00 CEST / 04:00 EDT"
        );
    }
}
