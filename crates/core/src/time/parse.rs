//! Reading an interview's start: a wall-clock time in its zone, or an RFC 3339
//! instant. A time inside a spring-forward gap does not exist and is refused; a
//! time inside an autumn fold happens twice and needs its offset.

use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDateTime, Offset, SecondsFormat, TimeZone,
    Utc,
};
use chrono_tz::Tz;

use crate::error::{Error, Result};
use crate::words::Said;

const WALL_TIME_FORMATS: [&str; 4] = [
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
];

/// Turns `starts_at` (wall time in `zone`, or an instant with an offset) into a
/// UTC instant. An offset must be one the zone really uses at that moment.
pub fn parse_start(starts_at: &str, zone: Tz) -> Result<DateTime<Utc>> {
    let text = starts_at.trim();
    if let Ok(instant) = DateTime::parse_from_rfc3339(text)
        .or_else(|_| DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M%:z"))
    {
        return instant_in_zone(instant, zone);
    }
    let wall = WALL_TIME_FORMATS
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
        .ok_or_else(|| Error::said(Said::key("error-start-unreadable").with("text", text)))?;
    match zone.from_local_datetime(&wall) {
        LocalResult::Single(start) => Ok(start.with_timezone(&Utc)),
        LocalResult::None => Err(gap_error(wall, zone)),
        LocalResult::Ambiguous(first, second) => {
            let wall_text = wall.format("%Y-%m-%dT%H:%M");
            Err(Error::said(
                Said::key("error-time-twice")
                    .with("time", wall.format("%H:%M").to_string())
                    .with("zone", zone.name())
                    .with("date", wall.format("%Y-%m-%d").to_string())
                    .with("first", format!("{wall_text}{}", first.offset().fix()))
                    .with("second", format!("{wall_text}{}", second.offset().fix())),
            ))
        }
    }
}

/// An instant given with an offset: accepted when the zone uses that offset then.
fn instant_in_zone(instant: DateTime<FixedOffset>, zone: Tz) -> Result<DateTime<Utc>> {
    let utc = instant.with_timezone(&Utc);
    let zone_offset = zone.offset_from_utc_datetime(&utc.naive_utc()).fix();
    if zone_offset != *instant.offset() {
        return Err(Error::said(
            Said::key("error-offset-not-the-zones")
                .with("given", instant.offset().to_string())
                .with("zone", zone.name())
                .with(
                    "wall",
                    instant.naive_local().format("%Y-%m-%d %H:%M").to_string(),
                )
                .with("offset", zone_offset.to_string()),
        ));
    }
    Ok(utc)
}

/// Explains a spring-forward gap: which wall times are skipped on that day.
fn gap_error(wall: NaiveDateTime, zone: Tz) -> Error {
    let before = zone
        .offset_from_utc_datetime(&(wall - Duration::days(1)))
        .fix();
    let after = zone
        .offset_from_utc_datetime(&(wall + Duration::days(1)))
        .fix();
    // The transition is the first UTC minute with the new offset; find it by bisection.
    let mut low = (wall - Duration::days(1)).and_utc();
    let mut high = (wall + Duration::days(1)).and_utc();
    while high - low > Duration::minutes(1) {
        let middle = low + (high - low) / 2;
        if zone.offset_from_utc_datetime(&middle.naive_utc()).fix() == after {
            high = middle;
        } else {
            low = middle;
        }
    }
    let jump_from = (high + Duration::seconds(i64::from(before.local_minus_utc()))).format("%H:%M");
    let jump_to = (high + Duration::seconds(i64::from(after.local_minus_utc()))).format("%H:%M");
    Error::said(
        Said::key("error-time-skipped")
            .with("time", wall.format("%H:%M").to_string())
            .with("zone", zone.name())
            .with("date", wall.format("%Y-%m-%d").to_string())
            .with("from", jump_from.to_string())
            .with("to", jump_to.to_string()),
    )
}

/// The one text form of an instant in the log: UTC, to the second, with `Z`.
pub fn to_utc_text(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Reads an instant written by [`to_utc_text`] (or any RFC 3339 instant).
pub fn from_utc_text(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|instant| instant.with_timezone(&Utc))
        .map_err(|e| {
            Error::Storage(format!(
                "the instant \"{text}\" in the log is unreadable ({e})"
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::{America, Australia, Europe};

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_wall_time_becomes_the_right_instant() {
        assert_eq!(
            parse_start("2026-12-03T10:00", Europe::Berlin).unwrap(),
            utc("2026-12-03T09:00:00Z")
        );
        assert_eq!(
            parse_start("2026-07-03 10:00", Europe::Berlin).unwrap(),
            utc("2026-07-03T08:00:00Z")
        );
        assert_eq!(
            parse_start("2026-12-03T10:00", America::New_York).unwrap(),
            utc("2026-12-03T15:00:00Z")
        );
    }

    #[test]
    fn a_time_in_the_spring_gap_is_refused_with_the_jump() {
        let message = parse_start("2027-03-28T02:30", Europe::Berlin)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("does not exist in Europe/Berlin on 2027-03-28"),
            "{message}"
        );
        assert!(message.contains("from 02:00 to 03:00"), "{message}");
        let message = parse_start("2027-03-14T02:30", America::New_York)
            .unwrap_err()
            .to_string();
        assert!(message.contains("from 02:00 to 03:00"), "{message}");
    }

    #[test]
    fn a_time_in_the_autumn_fold_needs_its_offset() {
        let message = parse_start("2026-10-25T02:30", Europe::Berlin)
            .unwrap_err()
            .to_string();
        assert!(message.contains("happens twice"), "{message}");
        assert!(message.contains("2026-10-25T02:30+02:00"), "{message}");
        assert!(message.contains("2026-10-25T02:30+01:00"), "{message}");
        assert_eq!(
            parse_start("2026-10-25T02:30+02:00", Europe::Berlin).unwrap(),
            utc("2026-10-25T00:30:00Z")
        );
        assert_eq!(
            parse_start("2026-10-25T02:30+01:00", Europe::Berlin).unwrap(),
            utc("2026-10-25T01:30:00Z")
        );
    }

    #[test]
    fn an_offset_the_zone_does_not_use_is_refused() {
        let message = parse_start("2026-12-03T10:00+05:00", Europe::Berlin)
            .unwrap_err()
            .to_string();
        assert!(message.contains("+01:00"), "{message}");
    }

    #[test]
    fn lord_howe_moves_by_half_an_hour() {
        // Lord Howe goes from +10:30 to +11:00 on the first Sunday of October at 02:00.
        let message = parse_start("2026-10-04T02:15", Australia::Lord_Howe)
            .unwrap_err()
            .to_string();
        assert!(message.contains("from 02:00 to 02:30"), "{message}");
        assert_eq!(
            parse_start("2026-10-04T02:45", Australia::Lord_Howe).unwrap(),
            utc("2026-10-03T15:45:00Z")
        );
        // ...and back on the first Sunday of April: 01:30 to 02:00 happens twice.
        let message = parse_start("2027-04-04T01:45", Australia::Lord_Howe)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("+11:00") && message.contains("+10:30"),
            "{message}"
        );
    }

    #[test]
    fn nonsense_says_how_to_write_a_start() {
        let message = parse_start("next tuesday", Europe::Berlin)
            .unwrap_err()
            .to_string();
        assert!(message.contains("2026-12-03T10:00"), "{message}");
    }

    #[test]
    fn utc_text_round_trips() {
        let instant = utc("2026-12-03T09:00:00Z");
        assert_eq!(to_utc_text(instant), "2026-12-03T09:00:00Z");
        assert_eq!(from_utc_text(&to_utc_text(instant)).unwrap(), instant);
    }
}
