//! Reminders with a fixed clock: each kind at the edges of its window, no
//! reminder twice, and a reschedule starting them afresh.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use raincheck_core::decision::Decision;
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{
    DecisionUpdate, InterviewFields, Log, PrepItem, PrepUpdate, Profile, SentMessage,
};
use raincheck_core::message::{Channel, MessageKind};
use raincheck_core::reminders::{
    deliver_due, due, due_in, About, Notifier, ReminderKind, ReminderSettings,
};
use raincheck_core::words::{Arg, Words};
use tempfile::TempDir;

const START: &str = "2026-12-10T12:00:00Z";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn start() -> DateTime<Utc> {
    at(START)
}

fn open(dir: &TempDir) -> Log {
    Log::open_at(
        &dir.path().join("raincheck.db"),
        &NoKeyring("tests use a plain log".into()),
    )
    .unwrap()
}

fn add(log: &mut Log, company: &str, starts_at: DateTime<Utc>) -> i64 {
    log.add_interview(
        &InterviewFields {
            company: Some(company.into()),
            position: Some("Engineer".into()),
            starts_at: Some(starts_at.to_rfc3339()),
            tz: Some("UTC".into()),
            ..InterviewFields::default()
        },
        starts_at - Duration::days(10),
    )
    .unwrap()
}

fn decide(log: &mut Log, id: i64, decision: Decision, pause_until: Option<NaiveDate>) {
    let update = DecisionUpdate {
        decision,
        reason: None,
        scenario: None,
        pause_until,
    };
    log.decide(id, &update, start() - Duration::days(5))
        .unwrap();
}

fn kinds_at(log: &Log, now: DateTime<Utc>) -> Vec<ReminderKind> {
    due(log, now, &ReminderSettings::default())
        .unwrap()
        .iter()
        .map(|r| r.kind)
        .collect()
}

fn hours_before(hours: f64) -> DateTime<Utc> {
    start() - Duration::seconds((hours * 3600.0) as i64)
}

#[test]
fn undecided_is_reminded_inside_24_hours_then_in_the_last_2_then_as_missed() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    add(&mut log, "Acme", start());
    assert_eq!(kinds_at(&log, hours_before(24.01)), []);
    assert_eq!(
        kinds_at(&log, hours_before(24.0)),
        [ReminderKind::Undecided24h]
    );
    assert_eq!(
        kinds_at(&log, hours_before(2.01)),
        [ReminderKind::Undecided24h]
    );
    assert_eq!(kinds_at(&log, hours_before(2.0)), [ReminderKind::Final2h]);
    assert_eq!(kinds_at(&log, hours_before(0.01)), [ReminderKind::Final2h]);
    assert_eq!(kinds_at(&log, start()), [ReminderKind::Missed]);
    assert_eq!(
        kinds_at(&log, start() + Duration::days(7) - Duration::minutes(1)),
        [ReminderKind::Missed]
    );
    assert_eq!(kinds_at(&log, start() + Duration::days(7)), []);
}

#[test]
fn decided_against_but_untold_is_reminded_until_a_message_is_sent() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let id = add(&mut log, "Acme", start());
    decide(&mut log, id, Decision::Withdraw, None);
    assert_eq!(kinds_at(&log, hours_before(24.5)), []);
    assert_eq!(
        kinds_at(&log, hours_before(23.0)),
        [ReminderKind::Unsent24h]
    );
    assert_eq!(kinds_at(&log, hours_before(1.0)), [ReminderKind::Final2h]);
    assert_eq!(kinds_at(&log, start()), [], "no 'missed' once decided");
    let sent = SentMessage {
        kind: MessageKind::Withdraw,
        channel: Channel::Email,
        subject: None,
        body: "…".into(),
    };
    log.record_sent(id, &sent, hours_before(30.0)).unwrap();
    assert_eq!(kinds_at(&log, hours_before(23.0)), []);
    assert_eq!(kinds_at(&log, hours_before(1.0)), []);
}

#[test]
fn attending_gets_the_prep_checklist_in_the_last_hour() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let id = add(&mut log, "Acme", start());
    decide(&mut log, id, Decision::Attend, None);
    // One tick: the evening nudge has nothing to say.
    let tick = PrepUpdate {
        tick: vec![PrepItem::TimeZone],
        ..PrepUpdate::default()
    };
    log.update_prep(id, &tick, hours_before(30.0)).unwrap();
    assert_eq!(kinds_at(&log, hours_before(23.0)), []);
    assert_eq!(kinds_at(&log, hours_before(1.01)), []);
    assert_eq!(kinds_at(&log, hours_before(1.0)), [ReminderKind::Prep]);
    let reminder = &due(&log, hours_before(0.5), &ReminderSettings::default()).unwrap()[0];
    assert!(
        reminder.body.contains("talking points") && reminder.body.contains("job description"),
        "{}",
        reminder.body
    );
    assert_eq!(kinds_at(&log, start()), []);
}

#[test]
fn nothing_prepared_by_the_evening_before_is_nudged_in_the_users_zone() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    log.set_profile(&Profile {
        home_tz: "Asia/Tokyo".into(),
        ..Profile::default()
    })
    .unwrap();
    // 12:00 UTC on 10 December is 21:00 in Tokyo: the evening before is
    // 9 December, 18:00 Tokyo = 09:00 UTC, 27 hours before the start.
    let id = add(&mut log, "Acme", start());
    assert_eq!(kinds_at(&log, hours_before(26.0)), [], "undecided: no prep");
    decide(&mut log, id, Decision::Attend, None);
    assert_eq!(kinds_at(&log, hours_before(27.01)), []);
    assert_eq!(
        kinds_at(&log, hours_before(27.0)),
        [ReminderKind::PrepEvening]
    );
    assert_eq!(
        kinds_at(&log, hours_before(1.01)),
        [ReminderKind::PrepEvening]
    );
    assert_eq!(kinds_at(&log, hours_before(1.0)), [ReminderKind::Prep]);
    let reminder = &due(&log, hours_before(20.0), &ReminderSettings::default()).unwrap()[0];
    assert!(reminder.body.contains("checklist"), "{}", reminder.body);
    // Shown once, then not again for the same start.
    deliver_due(
        &mut log,
        hours_before(20.0),
        &ReminderSettings::default(),
        &mut Recorder::default(),
        Words::english(),
    )
    .unwrap();
    assert_eq!(kinds_at(&log, hours_before(19.0)), []);
    // A tick before the evening means no nudge at all.
    let other = add(&mut log, "Globex", start() + Duration::days(1));
    decide(&mut log, other, Decision::Attend, None);
    let tick = PrepUpdate {
        tick: vec![PrepItem::Technology],
        ..PrepUpdate::default()
    };
    log.update_prep(other, &tick, hours_before(30.0)).unwrap();
    assert_eq!(kinds_at(&log, start() + Duration::hours(20)), []);
}

#[test]
fn a_pause_reminds_on_its_check_back_day() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let id = add(&mut log, "Acme", start());
    let day = NaiveDate::from_ymd_opt(2027, 1, 8).unwrap();
    decide(&mut log, id, Decision::Pause, Some(day));
    assert_eq!(kinds_at(&log, at("2027-01-07T23:59:00Z")), []);
    assert_eq!(
        kinds_at(&log, at("2027-01-08T00:00:00Z")),
        [ReminderKind::PauseCheckback]
    );
    assert_eq!(
        kinds_at(&log, at("2027-01-20T09:00:00Z")),
        [ReminderKind::PauseCheckback]
    );
}

#[test]
fn texts_name_the_company_and_the_time_left_and_say_the_way_out() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    add(&mut log, "Initech", start());
    let reminder = &due(&log, hours_before(18.0), &ReminderSettings::default()).unwrap()[0];
    assert_eq!(
        reminder.title,
        "Initech: interview in 18 h, still undecided"
    );
    assert!(
        reminder.body.contains("call them rather than e-mail"),
        "{}",
        reminder.body
    );
    assert_eq!(reminder.hours_left, 18.0);
}

#[test]
fn kinds_switched_off_in_settings_do_not_fire() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    add(&mut log, "Acme", start());
    let mut settings = ReminderSettings::default();
    settings.off.insert("undecided_24h".into(), true);
    assert!(due(&log, hours_before(5.0), &settings).unwrap().is_empty());
    assert!(log
        .set_reminder_settings(&ReminderSettings {
            off: [("sometimes".to_string(), true)].into()
        })
        .is_err());
}

/// Records what it was asked to show; can be told to fail like a missing server.
#[derive(Default)]
struct Recorder {
    shown: Vec<(String, Option<i64>)>,
    fail: bool,
}

impl Notifier for Recorder {
    fn notify(&mut self, title: &str, _body: &str, about: Option<About>) -> Result<(), String> {
        if self.fail {
            return Err("no notification server".into());
        }
        self.shown
            .push((title.to_string(), about.map(|about| about.interview_id)));
        Ok(())
    }
}

#[test]
fn through_two_days_each_reminder_is_delivered_once_even_after_a_restart() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let acme = add(&mut log, "Acme", start());
    let globex = add(&mut log, "Globex", start() + Duration::hours(5));
    let initech = add(&mut log, "Initech", start() + Duration::hours(20));
    decide(&mut log, globex, Decision::Attend, None);
    decide(&mut log, initech, Decision::Withdraw, None);
    let settings = ReminderSettings::default();
    let mut notifier = Recorder::default();
    let first = start() - Duration::hours(30);
    let mut now = first;
    while now < start() + Duration::hours(30) {
        deliver_due(&mut log, now, &settings, &mut notifier, Words::english()).unwrap();
        now += Duration::minutes(1);
    }
    let expected = [
        ("Acme", "still undecided"),
        ("Acme", "interview in 2 h"),
        ("Acme", "has passed"),
        ("Globex", "nothing prepared yet"),
        ("Globex", "interview in 1 h"),
        ("Initech", "they don't know yet"),
        ("Initech", "interview in 2 h"),
    ];
    for (company, words) in expected {
        let matching = notifier
            .shown
            .iter()
            .filter(|(t, _)| t.starts_with(company) && t.contains(words))
            .count();
        assert_eq!(matching, 1, "{company} / {words}: {:?}", notifier.shown);
    }
    assert_eq!(notifier.shown.len(), expected.len(), "{:?}", notifier.shown);
    assert!(notifier
        .shown
        .iter()
        .all(|(_, id)| [acme, globex, initech].contains(&id.unwrap())));

    // A new run on the same file (as after a restart) delivers nothing again.
    drop(log);
    let mut log = open(&dir);
    let mut after_restart = Recorder::default();
    let mut now = first;
    while now < start() + Duration::hours(30) {
        deliver_due(
            &mut log,
            now,
            &settings,
            &mut after_restart,
            Words::english(),
        )
        .unwrap();
        now += Duration::minutes(7);
    }
    assert!(after_restart.shown.is_empty(), "{:?}", after_restart.shown);
}

#[test]
fn a_reminder_that_could_not_be_shown_is_tried_again() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    add(&mut log, "Acme", start());
    let settings = ReminderSettings::default();
    let mut broken = Recorder {
        fail: true,
        ..Recorder::default()
    };
    let result = deliver_due(
        &mut log,
        hours_before(10.0),
        &settings,
        &mut broken,
        Words::english(),
    )
    .unwrap();
    assert_eq!(result.failure.as_deref(), Some("no notification server"));
    let mut working = Recorder::default();
    let result = deliver_due(
        &mut log,
        hours_before(9.0),
        &settings,
        &mut working,
        Words::english(),
    )
    .unwrap();
    assert_eq!(result.shown.len(), 1);
    assert_eq!(working.shown.len(), 1);
}

#[test]
fn many_due_at_once_become_one_summary() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    for company in ["A", "B", "C", "D", "E"] {
        add(&mut log, company, start());
    }
    let mut notifier = Recorder::default();
    let result = deliver_due(
        &mut log,
        hours_before(10.0),
        &ReminderSettings::default(),
        &mut notifier,
        Words::english(),
    )
    .unwrap();
    assert_eq!(result.shown.len(), 5);
    assert_eq!(notifier.shown.len(), 1);
    assert_eq!(notifier.shown[0].0, "5 reminders from Raincheck");
    assert!(due(&log, hours_before(9.0), &ReminderSettings::default())
        .unwrap()
        .is_empty());
}

#[test]
fn a_rescheduled_interview_gets_its_reminders_afresh() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let id = add(&mut log, "Acme", start());
    let mut notifier = Recorder::default();
    deliver_due(
        &mut log,
        hours_before(10.0),
        &ReminderSettings::default(),
        &mut notifier,
        Words::english(),
    )
    .unwrap();
    assert_eq!(notifier.shown.len(), 1);
    let later = start() + Duration::days(3);
    log.edit_interview(
        id,
        &InterviewFields {
            starts_at: Some(later.to_rfc3339()),
            ..Default::default()
        },
        hours_before(9.0),
    )
    .unwrap();
    assert!(due(&log, hours_before(8.0), &ReminderSettings::default())
        .unwrap()
        .is_empty());
    assert_eq!(
        kinds_at(&log, later - Duration::hours(10)),
        [ReminderKind::Undecided24h]
    );
}

#[test]
fn reminders_speak_the_windows_language() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    add(&mut log, "Acme", start());
    let settings = ReminderSettings::default();
    for language in [Language::German, Language::French, Language::Spanish] {
        let words = Words::new(language);
        let due = due_in(&log, hours_before(10.0), &settings, &words).unwrap();
        assert_eq!(due.len(), 1);
        let left = raincheck_core::time::countdown(10.0, &words);
        let title = words.with(
            "notify-undecided_24h-title",
            &[("company", Arg::from("Acme")), ("left", Arg::from(&left))],
        );
        assert_eq!(due[0].title, title);
        assert_eq!(
            due[0].body,
            words.with("notify-undecided_24h-body", &[("phone", Arg::from("yes"))])
        );
        // Not the English words.
        let english = raincheck_core::reminders::due(&log, hours_before(10.0), &settings).unwrap();
        assert_ne!(due[0].body, english[0].body, "{language:?}");
    }
}

// ---- "Decide by": the reminders to decide start at the interview's decide-by
// moment (docs/domain.md §5, §7), not at the bare 24-hour mark.

/// An interview whose start is written as a wall time in `zone`.
fn add_in(log: &mut Log, company: &str, wall: &str, zone: &str) -> i64 {
    log.add_interview(
        &InterviewFields {
            company: Some(company.into()),
            position: Some("Engineer".into()),
            starts_at: Some(wall.into()),
            tz: Some(zone.into()),
            ..InterviewFields::default()
        },
        at("2026-01-05T09:00:00Z"),
    )
    .unwrap()
}

fn home(log: &mut Log, zone: &str) {
    log.set_profile(&Profile {
        home_tz: zone.into(),
        ..Profile::default()
    })
    .unwrap();
}

/// Runs the reminder loop every `step` from `from` to `to` and returns each
/// reminder shown, with the minute it was shown at.
fn deliveries(
    log: &mut Log,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    step: Duration,
) -> Vec<(DateTime<Utc>, ReminderKind)> {
    let mut notifier = Recorder::default();
    let mut shown = Vec::new();
    let mut now = from;
    while now < to {
        let delivered = deliver_due(
            log,
            now,
            &ReminderSettings::default(),
            &mut notifier,
            Words::english(),
        )
        .unwrap();
        shown.extend(delivered.shown.iter().map(|r| (now, r.kind)));
        now += step;
    }
    shown
}

#[test]
fn a_monday_morning_interview_is_to_be_decided_by_friday_five_oclock_their_time() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    home(&mut log, "Europe/Berlin");
    // Monday 14 December 2026, 09:00 in Berlin (CET, +1) = 08:00 UTC. The
    // 24-hour mark, Sunday 09:00, is no working time: back to Friday 11
    // December, 17:00 CET = 16:00 UTC, 64 hours before the start.
    let id = add_in(&mut log, "Acme", "2026-12-14T09:00", "Europe/Berlin");
    let friday_five = at("2026-12-11T16:00:00Z");
    assert_eq!(kinds_at(&log, friday_five - Duration::seconds(1)), []);
    assert_eq!(kinds_at(&log, friday_five), [ReminderKind::Undecided24h]);
    let reminder = &due(&log, friday_five, &ReminderSettings::default()).unwrap()[0];
    // 64 hours ahead a message is still the way: no "call them" yet.
    assert!(
        reminder.body.contains("write to them now"),
        "{}",
        reminder.body
    );
    assert_eq!(
        kinds_at(&log, at("2026-12-13T08:00:00Z")),
        [ReminderKind::Undecided24h]
    );
    // Sunday 09:00 (under 24 hours): the phone.
    let reminder = &due(
        &log,
        at("2026-12-13T09:00:00Z"),
        &ReminderSettings::default(),
    )
    .unwrap()[0];
    assert!(
        reminder.body.contains("call them rather than e-mail"),
        "{}",
        reminder.body
    );
    // The last two hours as ever: from 06:00 UTC on Monday.
    assert_eq!(
        kinds_at(&log, at("2026-12-14T05:59:59Z")),
        [ReminderKind::Undecided24h]
    );
    assert_eq!(
        kinds_at(&log, at("2026-12-14T06:00:00Z")),
        [ReminderKind::Final2h]
    );

    // Once each, from Thursday to the start, the loop running every 5 minutes.
    let shown = deliveries(
        &mut log,
        at("2026-12-10T00:00:00Z"),
        at("2026-12-14T08:00:00Z"),
        Duration::minutes(5),
    );
    assert_eq!(
        shown,
        [
            (friday_five, ReminderKind::Undecided24h),
            (at("2026-12-14T06:00:00Z"), ReminderKind::Final2h),
        ]
    );

    // Decided to withdraw, nothing sent: the same moment, for telling them.
    decide(&mut log, id, Decision::Withdraw, None);
    assert_eq!(kinds_at(&log, friday_five - Duration::seconds(1)), []);
    let reminder = &due(&log, friday_five, &ReminderSettings::default()).unwrap()[0];
    assert_eq!(reminder.kind, ReminderKind::Unsent24h);
    assert!(
        reminder.body.contains("while someone is there to read it"),
        "{}",
        reminder.body
    );
}

#[test]
fn decide_by_counts_the_employers_clock_across_a_change_of_time() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    home(&mut log, "Europe/Berlin");
    // Monday 26 October 2026, 09:00 CET (+1) = 08:00 UTC; the clocks went
    // back on Sunday 25 October. Friday 23 October 17:00 is summer time
    // (CEST, +2) = 15:00 UTC; a fixed +1 would say 16:00.
    add_in(&mut log, "Autumn", "2026-10-26T09:00", "Europe/Berlin");
    assert_eq!(kinds_at(&log, at("2026-10-23T14:59:59Z")), []);
    assert_eq!(
        kinds_at(&log, at("2026-10-23T15:00:00Z")),
        [ReminderKind::Undecided24h]
    );
    // Monday 30 March 2026, 09:00 CEST (+2) = 07:00 UTC; the clocks went
    // forward on Sunday 29 March. Friday 27 March 17:00 is still winter time
    // (CET, +1) = 16:00 UTC.
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    home(&mut log, "Europe/Berlin");
    add_in(&mut log, "Spring", "2026-03-30T09:00", "Europe/Berlin");
    assert_eq!(kinds_at(&log, at("2026-03-27T15:59:59Z")), []);
    assert_eq!(
        kinds_at(&log, at("2026-03-27T16:00:00Z")),
        [ReminderKind::Undecided24h]
    );
    let shown = deliveries(
        &mut log,
        at("2026-03-26T00:00:00Z"),
        at("2026-03-30T07:00:00Z"),
        Duration::minutes(10),
    );
    assert_eq!(
        shown,
        [
            (at("2026-03-27T16:00:00Z"), ReminderKind::Undecided24h),
            (at("2026-03-30T05:00:00Z"), ReminderKind::Final2h),
        ]
    );
}

#[test]
fn decide_by_is_the_employers_working_day_however_far_the_user_lives() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    home(&mut log, "Europe/Berlin");
    // Monday 7 December 2026, 09:00 in Los Angeles (PST, -8) = 17:00 UTC.
    // Their Friday 4 December 17:00 PST = Saturday 5 December 01:00 UTC,
    // 02:00 at night for the user in Berlin: still the moment.
    add_in(&mut log, "Far", "2026-12-07T09:00", "America/Los_Angeles");
    assert_eq!(kinds_at(&log, at("2026-12-05T00:59:59Z")), []);
    assert_eq!(
        kinds_at(&log, at("2026-12-05T01:00:00Z")),
        [ReminderKind::Undecided24h]
    );
    // Tuesday 12 January 2027, 10:00 in Tokyo (+9) = 01:00 UTC: the mark,
    // Monday 10:00 in Tokyo, is working time there, so the plain 24 hours.
    add_in(&mut log, "Near", "2027-01-12T10:00", "Asia/Tokyo");
    assert_eq!(kinds_at(&log, at("2027-01-11T00:59:59Z")), []);
    assert_eq!(
        kinds_at(&log, at("2027-01-11T01:00:00Z")),
        [ReminderKind::Undecided24h]
    );
}

#[test]
fn the_furthest_decide_by_is_nearly_four_days_ahead_and_still_found() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    home(&mut log, "Europe/Berlin");
    // Tuesday 15 December 2026, 08:30 CET = 07:30 UTC. The mark, Monday
    // 08:30, is before opening: back to Friday 11 December 17:00 CET =
    // 16:00 UTC, 87 h 30 min before the start.
    add_in(&mut log, "Early", "2026-12-15T08:30", "Europe/Berlin");
    assert_eq!(kinds_at(&log, at("2026-12-11T15:59:59Z")), []);
    assert_eq!(
        kinds_at(&log, at("2026-12-11T16:00:00Z")),
        [ReminderKind::Undecided24h]
    );
}
