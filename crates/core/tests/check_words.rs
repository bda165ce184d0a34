//! The checker's report in the window's language (`check_in`): a message
//! written in English, read by a user whose window speaks German, is
//! reported in German; `check` keeps English.

use chrono::NaiveDate;
use raincheck_core::language::Language;
use raincheck_core::message::{
    check, check_in, CandidateInput, Channel, CheckReport, InterviewInput, ItemStatus,
    MessageInput, MessageKind,
};
use raincheck_core::words::{Arg, Words};

fn context() -> MessageInput {
    MessageInput {
        kind: Some(MessageKind::Withdraw),
        channel: Some(Channel::Email),
        candidate: CandidateInput {
            name: Some("Ana Martínez".into()),
            email: None,
            phone: None,
        },
        interview: InterviewInput {
            company: Some("Acme".into()),
            position: Some("Backend Engineer".into()),
            interviewer: Some("Dana Lee".into()),
            starts_at: Some("2026-12-03T10:00".into()),
            tz: Some("Europe/Berlin".into()),
            duration_minutes: None,
            location: None,
        },
        ..MessageInput::default()
    }
}

/// A withdrawal in English on the wrong weekday (3 December 2026 is a
/// Thursday), with no sign-off, name or contact details.
const WITHDRAWAL: &str = "Subject: Backend Engineer interview

Dear Dana,

I am writing about my interview for the Backend Engineer position on Friday 3 December at 10:00 CET. I am sorry for the short notice, but I have decided to withdraw my application.

Thank you for your time and consideration.";

fn item<'a>(report: &'a CheckReport, id: &str) -> (&'a str, ItemStatus) {
    let item = report
        .items
        .iter()
        .find(|item| item.id == id)
        .unwrap_or_else(|| panic!("no item {id}"));
    (item.message.as_str(), item.status)
}

#[test]
fn an_english_message_is_reported_in_the_windows_german() {
    let german = Words::new(Language::German);
    let report = check_in(WITHDRAWAL, &context(), &german).unwrap();
    // The message is read as English; the report speaks German.
    assert_eq!(report.language, Some(Language::English));
    assert!(!report.ok);

    let fail = |id: &str| (german.get(&format!("check-{id}-fail")), ItemStatus::Fail);
    let pass = |id: &str| (german.get(&format!("check-{id}-pass")), ItemStatus::Pass);
    let owned = |(message, status): (&str, ItemStatus)| (message.to_owned(), status);
    assert_eq!(owned(item(&report, "signature")), fail("signature"));
    assert_eq!(owned(item(&report, "contact")), fail("contact"));
    assert_eq!(owned(item(&report, "clear_action")), pass("clear_action"));
    assert_eq!(owned(item(&report, "apology")), pass("apology"));
    assert_eq!(owned(item(&report, "thanks")), pass("thanks"));
    assert_eq!(
        owned(item(&report, "interview_date")),
        pass("interview_date")
    );
    assert_eq!(
        owned(item(&report, "time_zone")),
        (german.get("check-time_zone-na"), ItemStatus::NotApplicable)
    );

    // The weekday: the message's words quoted, the right day in German.
    let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let in_german = |key: &str| {
        day.format_localized(&german.get(key), german.date_locale())
            .to_string()
    };
    let (date, weekday) = (
        in_german("check-format-date"),
        in_german("check-format-weekday"),
    );
    assert_eq!(date, "3. Dezember 2026");
    assert_eq!(weekday, "Donnerstag");
    let expected = german.with(
        "problem-mismatch-weekday",
        &[
            ("said", Arg::from("Friday 3 December")),
            ("date", Arg::from(&date)),
            ("weekday", Arg::from(&weekday)),
        ],
    );
    let mismatches: Vec<&str> = report
        .problems
        .iter()
        .filter(|p| p.id == "mismatch")
        .map(|p| p.message.as_str())
        .collect();
    assert_eq!(mismatches, [expected.as_str()]);

    // The same message through `check` is reported in English.
    let english = check(WITHDRAWAL, &context()).unwrap();
    let english_words = Words::english();
    assert_eq!(
        item(&english, "signature").0,
        english_words.get("check-signature-fail")
    );
    assert!(english.problems.iter().any(|p| p.message
        == "\"Friday 3 December\" has the wrong weekday: 3 December 2026 is a Thursday."));
    // Ids and verdicts do not depend on the window's language.
    let ids = |r: &CheckReport| {
        r.items
            .iter()
            .map(|i| (i.id, i.status))
            .chain(r.problems.iter().map(|p| (p.id, ItemStatus::Fail)))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&english), ids(&report));
}

#[test]
fn a_time_on_the_wrong_clock_is_corrected_in_the_windows_words() {
    let mut input = context();
    input.candidate_tz = Some("America/New_York".into());
    let text = WITHDRAWAL.replace(
        "Friday 3 December at 10:00 CET",
        "Thursday 3 December at 11:00 CET",
    );
    for &language in Language::ALL {
        let words = Words::new(language);
        let report = check_in(&text, &input, &words).unwrap();
        let mismatch = report
            .problems
            .iter()
            .find(|p| p.id == "mismatch")
            .unwrap_or_else(|| panic!("{}: no time mismatch", language.as_str()));
        assert_eq!(mismatch.excerpt, "11:00");
        assert!(
            mismatch.message.contains("10:00 CET / 04:00 EST"),
            "{}: {}",
            language.as_str(),
            mismatch.message
        );
        let day = NaiveDate::from_ymd_opt(2026, 12, 3)
            .unwrap()
            .format_localized(&words.get("check-format-day"), words.date_locale())
            .to_string();
        assert!(
            mismatch.message.contains(&day),
            "{}: {}",
            language.as_str(),
            mismatch.message
        );
    }
}

#[test]
fn a_message_the_checker_cannot_read_is_said_so_in_the_windows_words() {
    let italian = "Gentile Dana, purtroppo non potrò partecipare al colloquio di giovedì. \
                   Vi ringrazio per la disponibilità e mi scuso per il disagio. Cordiali saluti, Ana";
    for &language in Language::ALL {
        let words = Words::new(language);
        let report = check_in(italian, &MessageInput::default(), &words).unwrap();
        assert_eq!(report.language, None, "{}", language.as_str());
        for item in &report.items {
            assert_eq!(item.status, ItemStatus::NotApplicable);
            assert_eq!(item.message, words.get("check-not-read"));
        }
        assert_eq!(report.notes.len(), 1);
        let note = &report.notes[0];
        for read in Language::ALL {
            let name = words.get(&format!("check-language-{}", read.as_str()));
            assert!(note.contains(&name), "{}: {note}", language.as_str());
        }
        let name = if language == Language::English {
            "Italian"
        } else {
            "Italiano"
        };
        assert!(note.contains(name), "{}: {note}", language.as_str());
    }
}
