//! "They proposed a new time" (docs/domain.md §8): the reply recorded with
//! the time they proposed moves the interview there on a real log file, the
//! history keeps the old time, the confirmation is offered (and drafted by
//! default) until it goes out, the calendar file replaces its event, and a
//! time that cannot be right is refused with nothing saved.

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use raincheck_core::calendar::ics::export_ics;
use raincheck_core::decision::Decision;
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{
    unconfirmed_new_time, DecisionUpdate, InterviewFields, ListFilter, ListQuery, Log, SentMessage,
    NEW_TIME_PROPOSED,
};
use raincheck_core::message::{Channel, MessageInput, MessageKind};
use raincheck_core::views;
use raincheck_core::words::Words;
use tempfile::TempDir;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn open(dir: &TempDir) -> Log {
    Log::open_at(
        &dir.path().join("raincheck.db"),
        &NoKeyring("tests use a plain log".into()),
    )
    .unwrap()
}

/// Monday 30 November 2026, 09:00 UTC.
fn now() -> DateTime<Utc> {
    at("2026-11-30T09:00:00Z")
}

/// An interview on Thursday 3 December at 10:00 in Berlin, a reschedule
/// asked for by e-mail: the log and the message's id.
fn asked_to_reschedule(dir: &TempDir) -> (Log, i64, i64) {
    let mut log = open(dir);
    let id = log
        .add_interview(
            &InterviewFields {
                company: Some("Nordlicht GmbH".into()),
                position: Some("Data Analyst".into()),
                starts_at: Some("2026-12-03T10:00".into()),
                tz: Some("Europe/Berlin".into()),
                ..InterviewFields::default()
            },
            now(),
        )
        .unwrap();
    let update = DecisionUpdate {
        decision: Decision::Reschedule,
        reason: Some("A clash with my current job".into()),
        scenario: None,
        pause_until: None,
    };
    log.decide(id, &update, now()).unwrap();
    let sent = SentMessage {
        kind: MessageKind::Reschedule,
        channel: Channel::Email,
        subject: Some("Rescheduling my interview".into()),
        body: "Dear Ms Weber, could we move Thursday's interview? Best regards, Sam".into(),
    };
    let message = log.record_sent(id, &sent, now()).unwrap().id;
    (log, id, message)
}

#[test]
fn their_new_time_moves_the_interview_and_the_history_keeps_the_old_one() {
    let dir = TempDir::new().unwrap();
    let (mut log, id, message) = asked_to_reschedule(&dir);
    let replied = at("2026-11-30T15:00:00Z");
    let moved = log
        .record_new_time(
            message,
            "Tuesday 8 December at 14:00 works for us.",
            "2026-12-08T14:00",
            replied,
        )
        .unwrap();
    // 14:00 in Berlin in winter is 13:00 UTC.
    assert_eq!(moved.interview.starts_at, at("2026-12-08T13:00:00Z"));
    assert_eq!(moved.interview.decision, Decision::Attend);
    // Their reason to reschedule stays with the interview.
    assert_eq!(
        moved.interview.decision_reason.as_deref(),
        Some("A clash with my current job")
    );
    assert_eq!(
        moved.message.reply.as_deref(),
        Some("Tuesday 8 December at 14:00 works for us.")
    );

    // Closed and opened again: all of it is in the file.
    drop(log);
    let log = open(&dir);
    let record = log.interview_record(id).unwrap();
    assert_eq!(record.interview.starts_at, at("2026-12-08T13:00:00Z"));
    assert_eq!(record.messages[0].replied_at, Some(replied));
    let change = |field: &str| {
        record
            .history
            .iter()
            .find(|entry| entry.field == field && entry.at == replied)
            .unwrap_or_else(|| panic!("a {field} entry at the reply"))
    };
    assert_eq!(
        change("starts_at").old_value.as_deref(),
        Some("2026-12-03T09:00:00Z")
    );
    assert_eq!(
        change("starts_at").new_value.as_deref(),
        Some("2026-12-08T13:00:00Z")
    );
    assert_eq!(change("decision").old_value.as_deref(), Some("reschedule"));
    assert_eq!(change("decision").new_value.as_deref(), Some("attend"));
    assert_eq!(
        change(NEW_TIME_PROPOSED).new_value.as_deref(),
        Some("2026-12-08T13:00:00Z")
    );

    // The page says it, old and new time in the interview's zone, and
    // offers the confirmation; its history shows the proposal in words.
    let view = views::interview(&log, id, replied, Words::english()).unwrap();
    let line = view.new_time.expect("the confirmation is offered");
    assert!(
        line.text.contains("Tue 8 Dec 2026, 14:00 CET"),
        "{}",
        line.text
    );
    assert!(
        line.text.contains("Thu 3 Dec 2026, 10:00 CET"),
        "{}",
        line.text
    );
    assert_eq!(line.draft.kind, MessageKind::ConfirmNewTime);
    assert!(view.history_lines.iter().any(|history| {
        history.field == "New time they proposed" && history.change == "Tue 8 Dec 2026, 14:00 CET"
    }));
    // So does a German window, in German.
    let german = views::interview(&log, id, replied, &Words::new(Language::German)).unwrap();
    let german = german.new_time.unwrap();
    assert!(german.text.contains("vorgeschlagen"), "{}", german.text);
    assert_eq!(german.draft.label, "Bestätigung entwerfen");
    // `log show --json` carries it.
    let shown = log.interview_record_as_of(id, replied).unwrap();
    let unconfirmed = shown.new_time_to_confirm.unwrap();
    assert_eq!(unconfirmed.starts_at, at("2026-12-08T13:00:00Z"));
    assert_eq!(unconfirmed.moved_from, Some(at("2026-12-03T09:00:00Z")));
}

#[test]
fn the_confirmation_is_the_draft_due_until_it_goes_out() {
    let dir = TempDir::new().unwrap();
    let (mut log, id, message) = asked_to_reschedule(&dir);
    let replied = at("2026-11-30T15:00:00Z");
    log.record_new_time(message, "Tuesday at 14:00?", "2026-12-08T14:00", replied)
        .unwrap();

    // Nothing chosen: the draft is the confirmation, by e-mail, of the log's time.
    let input = MessageInput::default()
        .for_interview(&log, id, replied)
        .unwrap();
    assert_eq!(input.kind, Some(MessageKind::ConfirmNewTime));
    assert_eq!(input.channel, Some(Channel::Email));

    // Sent: nothing is left to confirm, and the draft is what attending calls for.
    let sent = SentMessage {
        kind: MessageKind::ConfirmNewTime,
        channel: Channel::Email,
        subject: Some("Confirming Tuesday 8 December at 14:00".into()),
        body: "Dear Ms Weber, Tuesday at 14:00 suits me well. Best regards, Sam".into(),
    };
    let later = at("2026-11-30T16:00:00Z");
    log.record_sent(id, &sent, later).unwrap();
    let record = log.interview_record(id).unwrap();
    assert_eq!(unconfirmed_new_time(&record, later), None);
    assert!(views::interview(&log, id, later, Words::english())
        .unwrap()
        .new_time
        .is_none());
    let input = MessageInput::default()
        .for_interview(&log, id, later)
        .unwrap();
    assert_ne!(input.kind, Some(MessageKind::ConfirmNewTime));
}

#[test]
fn an_unconfirmed_time_that_passed_or_was_moved_again_by_hand_is_not_offered() {
    let dir = TempDir::new().unwrap();
    let (mut log, id, message) = asked_to_reschedule(&dir);
    log.record_new_time(message, "Tuesday at 14:00?", "2026-12-08T14:00", now())
        .unwrap();
    // The start has passed: too late to confirm.
    let record = log.interview_record(id).unwrap();
    assert!(unconfirmed_new_time(&record, at("2026-12-08T13:00:00Z")).is_none());
    // The user moved it again in the form (a call settled another time):
    // the proposal no longer stands.
    let moved = InterviewFields {
        starts_at: Some("2026-12-09T11:00".into()),
        ..InterviewFields::default()
    };
    log.edit_interview(id, &moved, now()).unwrap();
    let record = log.interview_record(id).unwrap();
    assert!(unconfirmed_new_time(&record, now()).is_none());
}

#[test]
fn the_calendar_file_replaces_its_event_after_each_move() {
    let dir = TempDir::new().unwrap();
    let (mut log, id, message) = asked_to_reschedule(&dir);
    let before = export_ics(&[log.interview_record(id).unwrap()]).unwrap();
    log.record_new_time(message, "Tuesday at 14:00?", "2026-12-08T14:00", now())
        .unwrap();
    let after = export_ics(&[log.interview_record(id).unwrap()]).unwrap();
    let line = |text: &str, name: &str| {
        text.lines()
            .find(|line| line.starts_with(name))
            .map(str::to_owned)
            .unwrap()
    };
    // The same event (UID), one step later (SEQUENCE), at the new time.
    assert_eq!(line(&before, "UID:"), line(&after, "UID:"));
    assert_eq!(line(&before, "SEQUENCE:"), "SEQUENCE:0");
    assert_eq!(line(&after, "SEQUENCE:"), "SEQUENCE:1");
    assert_eq!(
        line(&after, "DTSTART;"),
        "DTSTART;TZID=Europe/Berlin:20261208T140000"
    );
}

/// What the log holds for an interview and its messages, to show a refusal
/// changed nothing.
fn snapshot(log: &Log, id: i64) -> String {
    format!("{:?}", log.interview_record(id).unwrap())
}

#[test]
fn a_time_that_cannot_be_right_is_refused_and_nothing_is_saved() {
    let dir = TempDir::new().unwrap();
    let (mut log, id, message) = asked_to_reschedule(&dir);
    let kept = snapshot(&log, id);
    let refused = [
        // Already passed.
        ("Sorry, we meant last week", "2026-11-23T10:00"),
        // Not a time.
        ("Next Tuesday?", "next Tuesday"),
        // The hour Berlin's clocks skip in spring.
        ("Sunday night then", "2027-03-28T02:30"),
    ];
    for (reply, starts_at) in refused {
        let error = log
            .record_new_time(message, reply, starts_at, now())
            .unwrap_err();
        // It names what was typed (the skipped hour by its clock time).
        let typed_time = starts_at.rsplit('T').next().unwrap_or(starts_at);
        assert!(
            error.to_string().contains(typed_time),
            "the refusal quotes what was typed: {error}"
        );
        assert_eq!(snapshot(&log, id), kept, "{starts_at} changed the log");
    }
    let passed = log
        .record_new_time(message, "Last week", "2026-11-23T10:00", now())
        .unwrap_err();
    assert_eq!(passed.field(), Some("new_start"));
    assert!(passed.to_string().contains("already passed"), "{passed}");
    for language in [Language::German, Language::French, Language::Spanish] {
        let worded = passed.in_words(&Words::new(language));
        assert!(worded.contains("2026-11-23T10:00"), "{worded}");
        assert_ne!(worded, passed.to_string());
    }
    // An empty reply, or a message that is not there.
    assert!(log
        .record_new_time(message, "  ", "2026-12-08T14:00", now())
        .is_err());
    assert!(log
        .record_new_time(message + 99, "Tuesday?", "2026-12-08T14:00", now())
        .is_err());
    assert_eq!(snapshot(&log, id), kept);
}

#[test]
fn the_no_answer_filter_lists_only_the_interviews_marked_so() {
    let dir = TempDir::new().unwrap();
    let (mut log, id, _) = asked_to_reschedule(&dir);
    let other = log
        .add_interview(
            &InterviewFields {
                company: Some("Helio SA".into()),
                position: Some("Analyst".into()),
                starts_at: Some("2026-12-10T10:00".into()),
                tz: Some("Europe/Paris".into()),
                ..InterviewFields::default()
            },
            now(),
        )
        .unwrap();
    // The mark needs a second silence: a follow-up left unanswered.
    let follow_up = SentMessage {
        kind: MessageKind::FollowUpNoReply,
        channel: Channel::Email,
        subject: None,
        body: "Dear Ms Weber, I am following up on my message. Best regards, Sam".into(),
    };
    log.record_sent(id, &follow_up, at("2026-12-08T09:00:00Z"))
        .unwrap();
    let much_later = at("2026-12-31T09:00:00Z");
    log.set_no_answer(id, true, much_later).unwrap();
    let query = |filter, search: &str| ListQuery {
        filter,
        search: search.into(),
        limit: 50,
        offset: 0,
    };
    let page = log
        .list_page(&query(ListFilter::NoAnswer, ""), much_later)
        .unwrap();
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].interview.id, id);
    assert_eq!(page.counts.no_answer, 1);
    assert_eq!(page.counts.all, 2);
    // With words typed, counted among the matches.
    let page = log
        .list_page(&query(ListFilter::NoAnswer, "Helio"), much_later)
        .unwrap();
    assert!(page.items.is_empty());
    assert_eq!(page.counts.no_answer, 0);
    assert_eq!(page.counts.all, 1);
    let page = log
        .list_page(&query(ListFilter::All, "Nordlicht"), much_later)
        .unwrap();
    assert_eq!(page.counts.no_answer, 1);
    // The mark taken away: the filter is empty again.
    log.set_no_answer(id, false, much_later).unwrap();
    let page = log
        .list_page(&query(ListFilter::NoAnswer, ""), much_later)
        .unwrap();
    assert!(page.items.is_empty(), "{other}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is typed as the new time: either the interview moves there
    /// (a time ahead) with the reply kept, or it is refused and the log is
    /// as it was. Never a panic.
    #[test]
    fn any_typed_time_moves_the_interview_or_changes_nothing(
        typed in prop_oneof![
            "\\PC{0,30}",
            "20[0-9]{2}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]",
            "20[0-9]{2}-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9][+-][0-1][0-9]:[0-5][0-9]",
        ]
    ) {
        let dir = TempDir::new().unwrap();
        let (mut log, id, message) = asked_to_reschedule(&dir);
        let kept = snapshot(&log, id);
        match log.record_new_time(message, "How about this?", &typed, now()) {
            Ok(moved) => {
                prop_assert!(moved.interview.starts_at > now());
                let record = log.interview_record(id).unwrap();
                prop_assert_eq!(record.interview.starts_at, moved.interview.starts_at);
                prop_assert_eq!(record.messages[0].reply.as_deref(), Some("How about this?"));
            }
            Err(error) => {
                prop_assert!(!error.to_string().is_empty());
                prop_assert_eq!(snapshot(&log, id), kept);
            }
        }
    }
}

/// A pause's check-back day offers the message that resumes the
/// application on the interview's page, until that message goes out.
#[test]
fn a_pauses_check_back_day_offers_the_message_that_resumes_it() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let id = log
        .add_interview(
            &InterviewFields {
                company: Some("Helio SA".into()),
                position: Some("Analyst".into()),
                starts_at: Some("2026-12-03T10:00".into()),
                tz: Some("Europe/Paris".into()),
                interviewer: Some(raincheck_core::log::Interviewer {
                    email: Some("rh@helio.example".into()),
                    ..Default::default()
                }),
                ..InterviewFields::default()
            },
            now(),
        )
        .unwrap();
    let pause = DecisionUpdate {
        decision: Decision::Pause,
        reason: None,
        scenario: None,
        pause_until: Some("2026-12-14".parse().unwrap()),
    };
    log.decide(id, &pause, now()).unwrap();
    let page =
        |log: &Log, when: &str| views::interview(log, id, at(when), Words::english()).unwrap();
    // The day before: nothing to offer yet.
    assert!(page(&log, "2026-12-13T12:00:00Z").resume.is_none());
    // The day itself (the log's user lives in UTC here): the offer.
    let offered = page(&log, "2026-12-14T08:00:00Z")
        .resume
        .expect("the resume message");
    assert_eq!(offered.draft.kind, MessageKind::ResumeAfterPause);
    assert_eq!(offered.draft.channel, Channel::Email);
    assert!(offered.text.contains("check-back day"), "{}", offered.text);

    let sent = SentMessage {
        kind: MessageKind::ResumeAfterPause,
        channel: Channel::Email,
        subject: None,
        body: "Dear Ms Martin, I am ready to pick up my application again. Best regards, Sam"
            .into(),
    };
    log.record_sent(id, &sent, at("2026-12-14T09:00:00Z"))
        .unwrap();
    assert!(page(&log, "2026-12-14T10:00:00Z").resume.is_none());
}
