//! Times written for people: always with their zone, and the time left, in
//! the words of the user's language.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::words::{Arg, Words};

/// "Thu 3 Dec 2026, 10:00 CET": a start as read in one zone. The order of
/// its parts is the catalogue's (`date-start`), the day and month names the
/// language's.
pub fn describe_start(instant: DateTime<Utc>, zone: Tz, words: &Words) -> String {
    instant
        .with_timezone(&zone)
        .format_localized(&words.get("date-start"), words.date_locale())
        .to_string()
}

/// "in 18 h", "in 3 days", "in 40 min", "5 h ago": the time left, rounded the
/// way a person says it.
pub fn countdown(hours_left: f64, words: &Words) -> String {
    let minutes = (hours_left.abs() * 60.0).round() as i64;
    let (unit, amount) = if minutes < 60 {
        ("minutes", minutes)
    } else if minutes < 48 * 60 {
        ("hours", (minutes + 30) / 60)
    } else {
        ("days", (minutes + 12 * 60) / (24 * 60))
    };
    let key = if hours_left >= 0.0 {
        "countdown-ahead"
    } else {
        "countdown-ago"
    };
    words.with(
        key,
        &[("unit", Arg::from(unit)), ("amount", Arg::from(amount))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_are_described_in_their_zone_with_its_abbreviation() {
        let instant = DateTime::parse_from_rfc3339("2026-12-03T09:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            describe_start(instant, chrono_tz::Europe::Berlin, Words::english()),
            "Thu 3 Dec 2026, 10:00 CET"
        );
        assert_eq!(
            describe_start(instant, chrono_tz::America::New_York, Words::english()),
            "Thu 3 Dec 2026, 04:00 EST"
        );
    }

    #[test]
    fn starts_and_countdowns_follow_the_language() {
        let instant = DateTime::parse_from_rfc3339("2026-12-03T09:00:00Z")
            .unwrap()
            .to_utc();
        let german = Words::new(crate::language::Language::German);
        assert_eq!(
            describe_start(instant, chrono_tz::Europe::Berlin, &german),
            "Do., 3. Dezember 2026, 10:00 CET"
        );
        assert_eq!(countdown(72.0, &german), "in 3 Tagen");
        assert_eq!(countdown(24.0, &german), "in 24 Std.");
        assert_eq!(countdown(-1.0, &german), "vor 1 Std.");
        let french = Words::new(crate::language::Language::French);
        assert_eq!(countdown(72.0, &french), "dans 3 jours");
        let spanish = Words::new(crate::language::Language::Spanish);
        assert_eq!(countdown(-72.0, &spanish), "hace 3 días");
    }

    #[test]
    fn countdowns_read_naturally() {
        let en = Words::english();
        assert_eq!(countdown(0.5, en), "in 30 min");
        assert_eq!(countdown(18.2, en), "in 18 h");
        assert_eq!(countdown(47.0, en), "in 47 h");
        assert_eq!(countdown(72.0, en), "in 3 days");
        assert_eq!(countdown(-5.0, en), "5 h ago");
    }
}
