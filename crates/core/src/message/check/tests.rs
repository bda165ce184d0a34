use chrono::NaiveDate;

use super::when::{find_dates, find_times};
use super::*;

fn english() -> &'static Rules {
    rules(Language::English)
}

#[test]
fn every_constant_pattern_compiles() {
    for pattern in [&*EMAIL, &*LINK, &*PHONE, &*ZONE_OFFSET, &*BARE_OFFSET] {
        let _ = pattern.is_match("");
    }
    let _ = find_times("10:00 10.00 10am 10 Uhr at 10");
    let _ = find_dates("2026-12-03 03/12", &english().dates);
}

#[test]
fn dates_in_common_forms() {
    for text in [
        "on 3 December",
        "Dec 3rd",
        "on 03/12",
        "2026-12-03",
        "Thursday the 3rd",
        "December 3, 2026",
        "Thu, 3 Dec",
        "the 3rd of December",
    ] {
        let found = find_dates(text, &english().dates);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert!(
            found[0].readings(day, None).contains(&day),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn dates_in_german_french_and_spanish() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    for (language, text) in [
        (Language::German, "am Donnerstag, 3. Dezember 2026"),
        (Language::German, "am 03.12."),
        (Language::German, "am 3. Dez."),
        (Language::French, "le jeudi 3 décembre"),
        (Language::French, "le 3 déc. 2026"),
        (Language::Spanish, "el jueves 3 de diciembre de 2026"),
        (Language::Spanish, "el 3 de dic."),
    ] {
        let found = find_dates(text, &rules(language).dates);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(
            found[0].readings(day, None).contains(&day),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn relative_days_starting_with_an_accent() {
    let found = find_dates(
        "Könnten wir es übermorgen versuchen?",
        &rules(Language::German).dates,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let interview = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    assert_eq!(found[0].readings(interview, Some(today)), vec![interview]);
}

#[test]
fn relative_days_need_today() {
    let interview = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let found = find_dates("see you tomorrow at 10:00", &english().dates);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].readings(interview, Some(today)), vec![interview]);
    assert!(found[0].readings(interview, None).is_empty());
    let next = find_dates("next Thursday", &english().dates);
    assert!(next[0]
        .readings(interview, Some(today))
        .contains(&interview));
}

#[test]
fn times_in_common_forms() {
    for (text, minutes) in [
        ("at 10:00", 600),
        ("at 10am", 600),
        ("at 3pm", 900),
        ("at 10 o'clock", 600),
        ("at 4.30 pm", 990),
        ("at 16:30 CET", 990),
        ("à 10h00", 600),
        ("à 15 h", 900),
        ("à 10.05", 605),
        ("prévu jeudi à 10 heures", 600),
        ("um 10 Uhr", 600),
        ("um 10.00 Uhr", 600),
        ("a las 10:30", 630),
        ("10.00", 600),
    ] {
        let found = find_times(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].minutes.contains(&minutes), "{text}: {found:?}");
    }
    assert!(find_times("call +49 30 1234567 or 2026-12-03").is_empty());
    assert!(find_times("am 03.12.2026").is_empty());
}

#[test]
fn a_dash_before_a_numeric_date_is_read_not_crashed_on() {
    let input = MessageInput::default();
    for text in [
        "Interview – on 3/12 at 10:00",
        "Interview —3/12",
        "Gespräch – am 3.12.",
        "–3/12",
        "é3/12",
        "ü 1/2/2027",
    ] {
        let report = check(text, &input).unwrap();
        let date = report
            .items
            .iter()
            .find(|i| i.id == "interview_date")
            .unwrap();
        assert_eq!(date.status, ItemStatus::Pass, "the date is read: {text}");
    }
}
