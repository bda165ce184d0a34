//! IANA zone names: parsing, with the closest valid names when one is unknown.

use chrono_tz::{Tz, TZ_VARIANTS};

use crate::error::{Error, Result};
use crate::words::Said;

/// The system's zone (from the OS), or UTC when it cannot be told.
pub fn system_zone() -> Tz {
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| name.parse().ok())
        .unwrap_or(Tz::UTC)
}

/// Every IANA zone name the app knows, for the UI's zone search.
pub fn zone_names() -> impl Iterator<Item = &'static str> {
    TZ_VARIANTS.iter().map(|zone| zone.name())
}

/// Longer than any IANA zone name (the longest have about 30 characters).
const MAX_ZONE_CHARS: usize = 64;

/// Parses an IANA zone name ("Europe/Berlin"); an unknown one is refused with
/// the closest valid names.
pub fn parse_zone(name: &str) -> Result<Tz> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::said(Said::key("error-zone-missing")));
    }
    if let Ok(zone) = name.parse::<Tz>() {
        return Ok(zone);
    }
    // No zone name is this long; comparing one with every name would take
    // time in proportion to its length (found by the long fuzz run).
    if name.chars().count() > MAX_ZONE_CHARS {
        let start: String = name.chars().take(30).collect();
        return Err(Error::said(
            Said::key("error-zone-too-long").with("start", start),
        ));
    }
    let suggestions = closest_zone_names(name, 3);
    Err(Error::said(
        Said::key("error-zone-unknown")
            .with("name", name)
            .with("suggestions", suggestions.join(", ")),
    ))
}

/// The zone names nearest to what was typed: a case-insensitive match of the
/// city part first, then by edit distance.
fn closest_zone_names(typed: &str, how_many: usize) -> Vec<&'static str> {
    let typed = typed.to_lowercase().replace(' ', "_");
    let mut scored: Vec<(usize, &'static str)> = zone_names()
        .map(|name| {
            let lower = name.to_lowercase();
            let city = lower.rsplit('/').next().unwrap_or(&lower);
            let distance = if city == typed || lower == typed {
                0
            } else {
                strsim::levenshtein(&typed, &lower).min(strsim::levenshtein(&typed, city) + 1)
            };
            (distance, name)
        })
        .collect();
    scored.sort();
    scored
        .into_iter()
        .take(how_many)
        .map(|(_, name)| name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_zone_name_is_refused_at_once() {
        let huge = "Europe/Berlinx".repeat(70_000);
        let started = std::time::Instant::now();
        let error = parse_zone(&huge).unwrap_err().to_string();
        assert!(error.contains("too long to be a time zone"), "{error}");
        assert!(error.chars().count() < 200, "{error}");
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert!(parse_zone("Europe/Berlni")
            .unwrap_err()
            .to_string()
            .contains("Europe/Berlin"));
    }

    #[test]
    fn known_zones_parse() {
        assert_eq!(
            parse_zone("Europe/Berlin").unwrap(),
            chrono_tz::Europe::Berlin
        );
        assert_eq!(
            parse_zone(" Australia/Lord_Howe ").unwrap(),
            chrono_tz::Australia::Lord_Howe
        );
    }

    #[test]
    fn unknown_zones_are_refused_with_the_closest_names() {
        let message = parse_zone("Europe/Berln").unwrap_err().to_string();
        assert!(message.contains("Europe/Berlin"), "{message}");
        let message = parse_zone("berlin").unwrap_err().to_string();
        assert!(message.contains("Europe/Berlin"), "{message}");
        let message = parse_zone("New York").unwrap_err().to_string();
        assert!(message.contains("America/New_York"), "{message}");
    }

    #[test]
    fn an_empty_zone_says_what_to_give() {
        let message = parse_zone("  ").unwrap_err().to_string();
        assert!(message.contains("Europe/Berlin"), "{message}");
    }
}
