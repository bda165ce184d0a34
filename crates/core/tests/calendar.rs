//! Clashes and buffers across zones, and slot proposals.

use chrono::{DateTime, Datelike, Duration, Timelike, Utc, Weekday};
use raincheck_core::calendar::{clashes, propose_slots, ClashKind};
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{InterviewFields, Log, Profile};
use raincheck_core::words::Words;
use tempfile::TempDir;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn log_with(interviews: &[(&str, &str, &str, u32)]) -> (TempDir, Log) {
    let dir = TempDir::new().unwrap();
    let mut log = Log::open_at(
        &dir.path().join("raincheck.db"),
        &NoKeyring("plain for tests".into()),
    )
    .unwrap();
    for (company, starts_at, tz, minutes) in interviews {
        log.add_interview(
            &InterviewFields {
                company: Some((*company).into()),
                position: Some("Engineer".into()),
                starts_at: Some((*starts_at).into()),
                tz: Some((*tz).into()),
                duration_minutes: Some(*minutes),
                ..InterviewFields::default()
            },
            at("2026-11-27T12:00:00Z"),
        )
        .unwrap();
    }
    (dir, log)
}

#[test]
fn overlaps_and_buffers_are_found_across_zones_at_the_edges() {
    // Berlin 10:00–11:00 is 09:00–10:00 UTC; London 10:30 is 10:30 UTC: 30 min after.
    let (_dir, log) = log_with(&[("Acme", "2026-12-03T10:00", "Europe/Berlin", 60)]);
    let others = log
        .starting_between(at("2026-12-01T00:00:00Z"), at("2026-12-05T00:00:00Z"))
        .unwrap();
    let exactly_buffer = clashes(None, at("2026-12-03T10:30:00Z"), 45, &others, 30);
    assert!(exactly_buffer.is_empty(), "{exactly_buffer:?}");
    let a_minute_short = clashes(None, at("2026-12-03T10:29:00Z"), 45, &others, 30);
    assert_eq!(a_minute_short.len(), 1);
    assert_eq!(
        (a_minute_short[0].kind, a_minute_short[0].gap_minutes),
        (ClashKind::TooClose, 29)
    );
    assert!(a_minute_short[0].message.contains("Acme"));
    // Before it: ending at 08:30 UTC leaves exactly 30 minutes; 08:31 leaves 29.
    assert!(clashes(None, at("2026-12-03T07:30:00Z"), 60, &others, 30).is_empty());
    assert_eq!(
        clashes(None, at("2026-12-03T07:31:00Z"), 60, &others, 30)[0].kind,
        ClashKind::TooClose
    );
    // New York 04:30 is 09:30 UTC: inside Acme's hour.
    let overlap = clashes(None, at("2026-12-03T09:30:00Z"), 30, &others, 30);
    assert_eq!(overlap[0].kind, ClashKind::Overlap);
}

#[test]
fn the_list_marks_interviews_that_clash() {
    let (_dir, log) = log_with(&[
        ("Acme", "2026-12-03T10:00", "Europe/Berlin", 60),
        ("Globex", "2026-12-03T05:15", "America/New_York", 60), // 10:15 UTC: 15 min after Acme ends
        ("Initech", "2026-12-04T10:00", "Europe/Berlin", 60),
    ]);
    let page = log
        .list(
            raincheck_core::log::ListFilter::All,
            at("2026-11-27T12:00:00Z"),
            50,
            0,
        )
        .unwrap();
    let flagged: Vec<(&str, usize)> = page
        .iter()
        .map(|s| (s.interview.company.as_str(), s.clashes.len()))
        .collect();
    assert_eq!(flagged, [("Acme", 1), ("Globex", 1), ("Initech", 0)]);
}

#[test]
fn proposed_slots_fit_both_sides_avoid_clashes_and_are_a_day_ahead() {
    let (_dir, log) = log_with(&[
        ("Acme", "2026-12-03T10:00", "America/New_York", 45),
        ("Globex", "2026-12-01T15:00", "Europe/Madrid", 60),
    ]);
    let now = at("2026-11-30T08:00:00Z"); // a Monday
    let profile = Profile {
        home_tz: "Europe/Madrid".into(),
        ..Profile::default()
    };
    let interview = log.interview(1).unwrap();
    let others = log.starting_between(now, now + Duration::days(15)).unwrap();
    let proposal = propose_slots(
        &interview,
        &others,
        &profile,
        chrono_tz::Europe::Madrid,
        now,
        3,
        Words::english(),
    )
    .unwrap();
    assert_eq!(proposal.slots.len(), 3, "{proposal:?}");
    assert!(proposal.explanation.is_none());
    let mut days = Vec::new();
    for slot in &proposal.slots {
        assert!(slot.starts_at >= now + Duration::hours(24), "{slot:?}");
        let mine = slot.starts_at.with_timezone(&chrono_tz::Europe::Madrid);
        let mine_end = mine + Duration::minutes(45);
        let theirs = slot.starts_at.with_timezone(&chrono_tz::America::New_York);
        assert!(
            mine.hour() >= 9 && (mine_end.hour(), mine_end.minute()) <= (17, 30),
            "{slot:?}"
        );
        assert!(theirs.hour() >= 9 && theirs.hour() < 18, "{slot:?}");
        assert!(!matches!(theirs.weekday(), Weekday::Sat | Weekday::Sun));
        assert!(
            clashes(Some(1), slot.starts_at, 45, &others, 30).is_empty(),
            "{slot:?}"
        );
        assert!(
            slot.text.contains("EST") && slot.text.contains("CET"),
            "both zones: {}",
            slot.text
        );
        days.push(mine.date_naive());
    }
    days.dedup();
    assert_eq!(days.len(), 3, "one a day");

    // The same times said in the window's language: the day and month its
    // own, both clocks still there.
    let french = propose_slots(
        &interview,
        &others,
        &profile,
        chrono_tz::Europe::Madrid,
        now,
        3,
        &Words::new(Language::French),
    )
    .unwrap();
    for (english, french) in proposal.slots.iter().zip(&french.slots) {
        assert_eq!(english.wall_time, french.wall_time);
        assert_ne!(english.text, french.text);
        assert!(
            french.text.contains("décembre") && french.text.contains("EST"),
            "{}",
            french.text
        );
    }
}

#[test]
fn no_common_hours_is_explained() {
    let (_dir, log) = log_with(&[("Acme", "2026-12-03T10:00", "Asia/Tokyo", 60)]);
    let now = at("2026-11-30T08:00:00Z");
    let profile = Profile {
        work_start: "09:00".into(),
        work_end: "12:00".into(),
        ..Profile::default()
    };
    let interview = log.interview(1).unwrap();
    // Mornings in Los Angeles are after office hours in Tokyo.
    let proposal = propose_slots(
        &interview,
        &[],
        &profile,
        chrono_tz::America::Los_Angeles,
        now,
        3,
        Words::english(),
    )
    .unwrap();
    assert!(proposal.slots.is_empty(), "{proposal:?}");
    let explanation = proposal.explanation.unwrap();
    assert!(
        explanation.starts_with("No common hours in the next 14 days"),
        "{explanation}"
    );
}
