//! Times written for people: always with their zone, and the time left.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// "Thu 3 Dec 2026, 10:00 CET": a start as read in one zone.
pub fn describe_start(instant: DateTime<Utc>, zone: Tz) -> String {
    instant
        .with_timezone(&zone)
        .format("%a %-d %b %Y, %H:%M %Z")
        .to_string()
}

/// "in 18 h", "in 3 days", "in 40 min", "5 h ago": the time left, rounded the
/// way a person says it.
pub fn countdown(hours_left: f64) -> String {
    let minutes = (hours_left.abs() * 60.0).round() as i64;
    let amount = if minutes < 60 {
        format!("{minutes} min")
    } else if minutes < 48 * 60 {
        format!("{} h", (minutes + 30) / 60)
    } else {
        format!("{} days", (minutes + 12 * 60) / (24 * 60))
    };
    if hours_left >= 0.0 {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
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
            describe_start(instant, chrono_tz::Europe::Berlin),
            "Thu 3 Dec 2026, 10:00 CET"
        );
        assert_eq!(
            describe_start(instant, chrono_tz::America::New_York),
            "Thu 3 Dec 2026, 04:00 EST"
        );
    }

    #[test]
    fn countdowns_read_naturally() {
        assert_eq!(countdown(0.5), "in 30 min");
        assert_eq!(countdown(18.2), "in 18 h");
        assert_eq!(countdown(47.0), "in 47 h");
        assert_eq!(countdown(72.0), "in 3 days");
        assert_eq!(countdown(-5.0), "5 h ago");
    }
}
