//! After the decision (docs/domain.md §7): "decide by" across zones, weekends
//! and both clock changes; the follow-up reminder through a simulated
//! fortnight on a real log; the "no answer" mark; and an older log taking
//! the new migration.

#[path = "support/older_logs.rs"]
mod older_logs;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use raincheck_core::decision::{decide_by, decide_by_for, Decision};
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{DecisionUpdate, InterviewFields, ListFilter, Log, Profile, SentMessage};
use raincheck_core::message::{Channel, MessageKind};
use raincheck_core::reminders::{
    due, FollowUpSettings, Reminder, ReminderKind, ReminderSettings, SilenceStage,
};
use tempfile::TempDir;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn zone(name: &str) -> Tz {
    name.parse().unwrap()
}

/// The interview's start (UTC) and the expected "decide by" (UTC).
fn assert_decide_by(zone_name: &str, start: &str, expected: &str) {
    assert_eq!(
        decide_by(at(start), zone(zone_name)),
        at(expected),
        "an interview at {start} in {zone_name}"
    );
}

#[test]
fn inside_business_hours_the_24_hour_mark_stands() {
    // Tuesday 9 March 2027, 14:00 in Berlin: Monday 14:00 is a working hour.
    assert_decide_by(
        "Europe/Berlin",
        "2027-03-09T13:00:00Z",
        "2027-03-08T13:00:00Z",
    );
    // 17:00 on the dot is still the working day; a minute later is not.
    assert_decide_by(
        "Europe/Berlin",
        "2027-03-09T16:00:00Z",
        "2027-03-08T16:00:00Z",
    );
    assert_decide_by(
        "Europe/Berlin",
        "2027-03-09T16:01:00Z",
        "2027-03-08T16:00:00Z",
    );
    // 09:00 on the dot is the working day too.
    assert_decide_by("Asia/Tokyo", "2027-02-10T00:00:00Z", "2027-02-09T00:00:00Z");
}

#[test]
fn a_monday_morning_interview_is_decided_by_friday_at_five() {
    // Monday 8 March 2027, 10:00 in Berlin: the mark is Sunday, so Friday 17:00 CET.
    assert_decide_by(
        "Europe/Berlin",
        "2027-03-08T09:00:00Z",
        "2027-03-05T16:00:00Z",
    );
    // Monday 8 February 2027, 09:30 in Sydney (summer time, +11).
    assert_decide_by(
        "Australia/Sydney",
        "2027-02-07T22:30:00Z",
        "2027-02-05T06:00:00Z",
    );
}

#[test]
fn before_opening_or_after_closing_it_moves_to_the_last_close() {
    // Tuesday 12 January 2027, 08:00 in Los Angeles: Monday 08:00 is before
    // opening, so the Friday before at 17:00 PST.
    assert_decide_by(
        "America/Los_Angeles",
        "2027-01-12T16:00:00Z",
        "2027-01-09T01:00:00Z",
    );
    // Wednesday 10 February 2027, 19:00 in Tokyo: Tuesday 19:00 is after
    // closing, so Tuesday 17:00.
    assert_decide_by("Asia/Tokyo", "2027-02-10T10:00:00Z", "2027-02-09T08:00:00Z");
    // Wednesday 10 March 2027, 08:00 in Berlin: Monday 17:00.
    assert_decide_by(
        "Europe/Berlin",
        "2027-03-10T07:00:00Z",
        "2027-03-08T16:00:00Z",
    );
}

#[test]
fn weekends_lead_back_to_friday() {
    // Saturday 13 March 2027, 10:00 in Berlin: Friday 10:00 is a working hour.
    assert_decide_by(
        "Europe/Berlin",
        "2027-03-13T09:00:00Z",
        "2027-03-12T09:00:00Z",
    );
    // Sunday 14 March, 10:00: Saturday is off, so Friday 17:00.
    assert_decide_by(
        "Europe/Berlin",
        "2027-03-14T09:00:00Z",
        "2027-03-12T16:00:00Z",
    );
    // Friday 18:00 in Los Angeles (Saturday in UTC): their own Thursday, 17:00.
    assert_decide_by(
        "America/Los_Angeles",
        "2027-03-06T02:00:00Z",
        "2027-03-05T01:00:00Z",
    );
}

#[test]
fn both_clock_changes_keep_friday_at_five_on_the_friday_clock() {
    // Berlin springs forward on Sunday 28 March 2027: Monday 10:00 CEST, decided
    // by Friday 17:00 CET.
    assert_decide_by(
        "Europe/Berlin",
        "2027-03-29T08:00:00Z",
        "2027-03-26T16:00:00Z",
    );
    // Berlin falls back on Sunday 31 October 2027: Monday 09:30 CET, decided by
    // Friday 17:00 CEST.
    assert_decide_by(
        "Europe/Berlin",
        "2027-11-01T08:30:00Z",
        "2027-10-29T15:00:00Z",
    );
    // Los Angeles springs forward on 14 March 2027 and falls back on 7 November.
    assert_decide_by(
        "America/Los_Angeles",
        "2027-03-15T17:00:00Z",
        "2027-03-13T01:00:00Z",
    );
    assert_decide_by(
        "America/Los_Angeles",
        "2027-11-08T18:00:00Z",
        "2027-11-06T00:00:00Z",
    );
    // Sydney falls back on 4 April 2027 and springs forward on 3 October.
    assert_decide_by(
        "Australia/Sydney",
        "2027-04-04T23:00:00Z",
        "2027-04-02T06:00:00Z",
    );
    assert_decide_by(
        "Australia/Sydney",
        "2027-10-03T22:00:00Z",
        "2027-10-01T07:00:00Z",
    );
}

#[test]
fn a_friday_that_never_was_leads_to_thursday() {
    // Samoa skipped Friday 30 December 2011 when it crossed the date line:
    // an interview on Monday 2 January 2012 at 10:00 is decided by Thursday
    // 29 December, 17:00 (UTC−10 then).
    assert_decide_by(
        "Pacific/Apia",
        "2012-01-01T20:00:00Z",
        "2011-12-30T03:00:00Z",
    );
}

#[test]
fn in_every_zone_decide_by_is_a_working_hour_no_later_than_the_mark() {
    use chrono::{Datelike, Timelike};
    use raincheck_core::decision::is_business_day;
    let first = at("2026-01-01T00:00:00Z");
    for zone in chrono_tz::TZ_VARIANTS {
        // Every 37 hours over two years: each hour of the day and each weekday
        // comes round, and both clock changes of the year.
        for step in 0..475 {
            let start = first + Duration::hours(37 * step);
            let moment = decide_by(start, zone);
            let mark = start - Duration::hours(24);
            assert!(moment <= mark, "{zone} {start}");
            assert!(
                mark - moment < Duration::days(4),
                "{zone} {start}: {moment}"
            );
            let local = moment.with_timezone(&zone);
            let minutes = local.hour() * 60 + local.minute();
            assert!(
                is_business_day(local.weekday()) && (9 * 60..=17 * 60).contains(&minutes),
                "{zone} {start}: {local}"
            );
        }
    }
}

fn open(dir: &TempDir) -> Log {
    Log::open_at(
        &dir.path().join("raincheck.db"),
        &NoKeyring("tests use a plain log".into()),
    )
    .unwrap()
}

fn add(log: &mut Log, company: &str, starts_at: &str, tz: &str, now: DateTime<Utc>) -> i64 {
    log.add_interview(
        &InterviewFields {
            company: Some(company.into()),
            position: Some("Engineer".into()),
            starts_at: Some(starts_at.into()),
            tz: Some(tz.into()),
            ..InterviewFields::default()
        },
        now,
    )
    .unwrap()
}

fn decide(log: &mut Log, id: i64, decision: Decision, now: DateTime<Utc>) {
    let update = DecisionUpdate {
        decision,
        reason: None,
        scenario: None,
        pause_until: None,
    };
    log.decide(id, &update, now).unwrap();
}

fn send(log: &mut Log, id: i64, kind: MessageKind, now: DateTime<Utc>) -> i64 {
    let sent = SentMessage {
        kind,
        channel: Channel::Email,
        subject: Some("About the interview".into()),
        body: "Dear Ms Lee, thank you. Best regards, Sam".into(),
    };
    log.record_sent(id, &sent, now).unwrap().id
}

#[test]
fn log_show_and_the_list_carry_decide_by_for_an_undecided_interview_ahead() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let now = at("2027-03-01T09:00:00Z");
    // Monday 8 March 2027, 10:00 in Berlin.
    let id = add(&mut log, "Acme", "2027-03-08T10:00", "Europe/Berlin", now);
    let shown = log.interview_record_as_of(id, now).unwrap();
    let json = serde_json::to_value(&shown).unwrap();
    assert_eq!(json["decide_by"], "2027-03-05T16:00:00Z");
    assert_eq!(json["company"], "Acme");
    assert_eq!(json["follow_up"], serde_json::Value::Null);
    assert!(json["history"].is_array() && json["messages"].is_array());
    let page = log.list(ListFilter::All, now, 10, 0).unwrap();
    assert_eq!(page[0].decide_by, Some(at("2027-03-05T16:00:00Z")));

    // Under 24 hours away: the moment has passed, and is still given.
    let late = at("2027-03-07T20:00:00Z");
    let moment = log.interview_record_as_of(id, late).unwrap().decide_by;
    assert!(moment.is_some_and(|moment| moment < late));

    // Decided, or passed: nothing to decide by.
    let interview = log.interview(id).unwrap();
    assert_eq!(decide_by_for(&interview, at("2027-03-08T09:00:01Z")), None);
    decide(&mut log, id, Decision::Attend, now);
    let json = serde_json::to_value(log.interview_record_as_of(id, now).unwrap()).unwrap();
    assert_eq!(json["decide_by"], serde_json::Value::Null);
}

fn follow_ups(log: &Log, now: DateTime<Utc>) -> Vec<Reminder> {
    due(log, now, &ReminderSettings::default())
        .unwrap()
        .into_iter()
        .filter(|reminder| reminder.kind == ReminderKind::FollowUp)
        .collect()
}

/// A log whose user lives in Berlin, with an interview they asked to move.
fn rescheduling(dir: &TempDir) -> (Log, i64) {
    let mut log = open(dir);
    log.set_profile(&Profile {
        name: "Sam Doe".into(),
        home_tz: "Europe/Berlin".into(),
        ..Profile::default()
    })
    .unwrap();
    let booked = at("2026-11-20T09:00:00Z");
    let id = add(
        &mut log,
        "Acme",
        "2026-12-08T10:00",
        "Europe/Berlin",
        booked,
    );
    decide(&mut log, id, Decision::Reschedule, booked);
    (log, id)
}

#[test]
fn a_request_met_with_silence_is_followed_up_after_five_working_days() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = rescheduling(&dir);
    // Thursday 3 December 2026, 10:00 in Berlin.
    let sent_at = at("2026-12-03T09:00:00Z");
    send(&mut log, id, MessageKind::Reschedule, sent_at);
    // Every day at noon in Berlin up to the Wednesday after: nothing, the
    // weekend not counted (five calendar days would be Tuesday).
    for day in 0..7 {
        let noon = at("2026-12-03T11:00:00Z") + Duration::days(day);
        assert_eq!(follow_ups(&log, noon), [], "day {day}");
    }
    // The Thursday after, at the hour it went out.
    assert_eq!(follow_ups(&log, at("2026-12-10T08:59:59Z")), []);
    let due_now = follow_ups(&log, at("2026-12-10T09:00:00Z"));
    assert_eq!(due_now.len(), 1);
    let reminder = &due_now[0];
    assert_eq!(reminder.interview_id, id);
    assert_eq!(reminder.title, "Acme: no reply yet");
    assert!(
        reminder.body.contains("5 working days"),
        "{}",
        reminder.body
    );
    assert_eq!(reminder.key_instant, sent_at);
    let json = serde_json::to_value(reminder).unwrap();
    assert_eq!(json["kind"], "follow_up");
    let shown = log
        .interview_record_as_of(id, at("2026-12-10T09:00:00Z"))
        .unwrap();
    let silence = shown.follow_up.unwrap();
    assert_eq!(silence.stage, SilenceStage::FollowUp);
    assert_eq!(silence.due_at, at("2026-12-10T09:00:00Z"));

    // Shown once: not again, a restart included.
    log.record_delivered(
        id,
        "follow_up",
        reminder.key_instant,
        at("2026-12-10T09:00:00Z"),
    )
    .unwrap();
    drop(log);
    let log = open(&dir);
    assert_eq!(follow_ups(&log, at("2026-12-10T12:00:00Z")), []);
}

#[test]
fn a_reply_ends_the_wait_and_the_reminder() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = rescheduling(&dir);
    let message = send(
        &mut log,
        id,
        MessageKind::Reschedule,
        at("2026-12-03T09:00:00Z"),
    );
    log.record_reply(
        message,
        "Happy to move it to Friday.",
        at("2026-12-08T15:00:00Z"),
    )
    .unwrap();
    for day in 0..14 {
        let noon = at("2026-12-03T11:00:00Z") + Duration::days(day);
        assert_eq!(follow_ups(&log, noon), [], "day {day}");
    }
    assert_eq!(
        log.interview_record_as_of(id, at("2026-12-17T11:00:00Z"))
            .unwrap()
            .follow_up,
        None
    );
}

#[test]
fn a_message_sent_on_friday_is_followed_up_the_next_friday_and_a_withdrawal_never() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = rescheduling(&dir);
    // Friday 4 December 2026, 16:00 in Berlin.
    send(&mut log, id, MessageKind::Pause, at("2026-12-04T15:00:00Z"));
    assert_eq!(follow_ups(&log, at("2026-12-09T16:00:00Z")), []);
    assert_eq!(follow_ups(&log, at("2026-12-11T14:59:00Z")), []);
    assert_eq!(follow_ups(&log, at("2026-12-11T15:00:00Z")).len(), 1);

    let other = add(
        &mut log,
        "Globex",
        "2026-12-09T10:00",
        "Europe/Berlin",
        at("2026-11-20T09:00:00Z"),
    );
    decide(
        &mut log,
        other,
        Decision::Withdraw,
        at("2026-11-20T09:00:00Z"),
    );
    send(
        &mut log,
        other,
        MessageKind::Withdraw,
        at("2026-12-03T09:00:00Z"),
    );
    for day in 0..20 {
        let noon = at("2026-12-03T11:00:00Z") + Duration::days(day);
        assert!(
            follow_ups(&log, noon)
                .iter()
                .all(|reminder| reminder.interview_id != other),
            "day {day}"
        );
    }
}

#[test]
fn a_second_silence_lets_the_interview_be_marked_no_answer() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = rescheduling(&dir);
    send(
        &mut log,
        id,
        MessageKind::Reschedule,
        at("2026-12-03T09:00:00Z"),
    );
    // Not yet: no follow-up has gone out.
    let refused = log
        .set_no_answer(id, true, at("2026-12-10T10:00:00Z"))
        .unwrap_err();
    assert!(refused.to_string().contains("follow-up"), "{refused}");
    // The follow-up goes out on Thursday 10 December at 11:00 in Berlin.
    let follow_up_sent = at("2026-12-10T10:00:00Z");
    send(&mut log, id, MessageKind::FollowUpNoReply, follow_up_sent);
    assert_eq!(follow_ups(&log, at("2026-12-10T12:00:00Z")), []);
    assert_eq!(follow_ups(&log, at("2026-12-16T12:00:00Z")), []);
    let early = log
        .set_no_answer(id, true, at("2026-12-16T12:00:00Z"))
        .unwrap_err();
    assert!(
        early.to_string().contains("2026-12-17T10:00:00Z"),
        "{early}"
    );
    let second = follow_ups(&log, at("2026-12-17T10:00:00Z"));
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].title, "Acme: still no answer");
    assert_eq!(second[0].key_instant, follow_up_sent);

    let marked_at = at("2026-12-17T12:00:00Z");
    let marked = log.set_no_answer(id, true, marked_at).unwrap();
    assert_eq!(marked.no_answer_at, Some(marked_at));
    assert_eq!(follow_ups(&log, marked_at), []);
    let record = log.interview_record_as_of(id, marked_at).unwrap();
    assert_eq!(record.follow_up, None);
    let entry = record.record.history.last().unwrap();
    assert_eq!(entry.field, "no_answer_at");
    assert_eq!(entry.new_value.as_deref(), Some("2026-12-17T12:00:00Z"));
    // A column of its own in the CSV for a spreadsheet or a coach.
    let csv = log.export_csv().unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let column = header
        .iter()
        .position(|name| *name == "no_answer_at")
        .unwrap();
    let row = lines.next().unwrap();
    assert!(row.ends_with("2026-12-17T12:00:00Z"), "{row}");
    assert_eq!(column, header.len() - 1);
    // The mark survives an export and an import.
    let export = log.export_json().unwrap();
    let other_dir = TempDir::new().unwrap();
    let mut copy = open(&other_dir);
    copy.import_json(&export).unwrap();
    assert_eq!(copy.interview(id).unwrap().no_answer_at, Some(marked_at));
    // Taken away again (they answered after all).
    let cleared = log
        .set_no_answer(id, false, at("2026-12-18T12:00:00Z"))
        .unwrap();
    assert_eq!(cleared.no_answer_at, None);
}

#[test]
fn the_working_days_are_a_setting_kept_in_the_log() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = rescheduling(&dir);
    assert_eq!(log.follow_up_settings().unwrap().working_days, 5);
    assert!(log
        .set_follow_up_settings(&FollowUpSettings { working_days: 0 })
        .is_err());
    log.set_follow_up_settings(&FollowUpSettings { working_days: 3 })
        .unwrap();
    send(
        &mut log,
        id,
        MessageKind::AskRemote,
        at("2026-12-03T09:00:00Z"),
    );
    drop(log);
    let log = open(&dir);
    assert_eq!(log.follow_up_settings().unwrap().working_days, 3);
    // Thursday + 3 working days: Tuesday.
    assert_eq!(follow_ups(&log, at("2026-12-08T08:59:00Z")), []);
    let due_now = follow_ups(&log, at("2026-12-08T09:00:00Z"));
    assert_eq!(due_now.len(), 1);
    assert!(due_now[0].body.contains("3 working days"));
    // Switched off in Settings: not shown.
    let mut settings = ReminderSettings::default();
    settings.off.insert("follow_up".into(), true);
    assert!(due(&log, at("2026-12-08T09:00:00Z"), &settings)
        .unwrap()
        .iter()
        .all(|reminder| reminder.kind != ReminderKind::FollowUp));
}

#[test]
fn a_log_from_before_follow_ups_opens_and_is_followed_up() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("raincheck.db");
    let (mut log, id) = rescheduling(&dir);
    send(
        &mut log,
        id,
        MessageKind::Reschedule,
        at("2026-12-03T09:00:00Z"),
    );
    drop(log);
    older_logs::back_to_version(&path, 4);
    let log = open(&dir);
    assert_eq!(log.interview(id).unwrap().no_answer_at, None);
    assert_eq!(follow_ups(&log, at("2026-12-10T09:00:00Z")).len(), 1);
}
