//! Snoozing a reminder (docs/domain.md §5): when each choice ends in the
//! user's zone, across clock changes; a snoozed reminder held back until
//! then and shown once more after; never past the interview's next reminder;
//! kept in the log file and gone with its interview. Every expected instant
//! is worked out by hand in the comment beside it.

#[path = "support/older_logs.rs"]
mod older_logs;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{InterviewFields, Log, Profile};
use raincheck_core::reminders::{
    deliver_due, due, next_escalation, snooze_ends, snooze_until, About, Notifier, ReminderKind,
    ReminderSettings, SnoozeChoice,
};
use raincheck_core::words::Words;
use tempfile::TempDir;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn zone(name: &str) -> Tz {
    name.parse().unwrap()
}

// ---- When each choice ends.

#[test]
fn an_hour_is_an_hour() {
    let now = at("2026-12-10T16:20:00Z");
    for home in ["Europe/Berlin", "Asia/Tokyo", "America/New_York"] {
        assert_eq!(
            snooze_ends(SnoozeChoice::Hour, now, zone(home)),
            at("2026-12-10T17:20:00Z")
        );
    }
    // Over the hour the clocks go back (Berlin, 25 October 2026, 03:00 CEST
    // = 01:00 UTC): 60 real minutes, though the clock shows 00:00 later.
    assert_eq!(
        snooze_ends(
            SnoozeChoice::Hour,
            at("2026-10-25T00:30:00Z"),
            zone("Europe/Berlin")
        ),
        at("2026-10-25T01:30:00Z")
    );
}

#[test]
fn this_evening_is_six_oclock_or_an_hour_once_five_has_passed() {
    let berlin = zone("Europe/Berlin");
    // 10 December 2026, Berlin is CET (+1).
    // 09:00 CET = 08:00 UTC: until 18:00 CET = 17:00 UTC.
    assert_eq!(
        snooze_ends(SnoozeChoice::Evening, at("2026-12-10T08:00:00Z"), berlin),
        at("2026-12-10T17:00:00Z")
    );
    // 17:00 CET exactly (16:00 UTC): not past five, so 18:00 CET.
    assert_eq!(
        snooze_ends(SnoozeChoice::Evening, at("2026-12-10T16:00:00Z"), berlin),
        at("2026-12-10T17:00:00Z")
    );
    // 17:01 CET (16:01 UTC): past five, an hour from now.
    assert_eq!(
        snooze_ends(SnoozeChoice::Evening, at("2026-12-10T16:01:00Z"), berlin),
        at("2026-12-10T17:01:00Z")
    );
    // 22:00 CET: an hour too, never "tomorrow evening".
    assert_eq!(
        snooze_ends(SnoozeChoice::Evening, at("2026-12-10T21:00:00Z"), berlin),
        at("2026-12-10T22:00:00Z")
    );
    // Tokyo (+9, no summer time): 03:00 UTC is 12:00 there; 18:00 JST = 09:00 UTC.
    assert_eq!(
        snooze_ends(
            SnoozeChoice::Evening,
            at("2026-12-10T03:00:00Z"),
            zone("Asia/Tokyo")
        ),
        at("2026-12-10T09:00:00Z")
    );
    // New York in December (EST, -5): 16:30 EST = 21:30 UTC; 18:00 EST = 23:00 UTC.
    let new_york = zone("America/New_York");
    assert_eq!(
        snooze_ends(SnoozeChoice::Evening, at("2026-12-10T21:30:00Z"), new_york),
        at("2026-12-10T23:00:00Z")
    );
    // 17:00 EST = 22:00 UTC, still "this evening"; 17:01 EST is not.
    assert_eq!(
        snooze_ends(SnoozeChoice::Evening, at("2026-12-10T22:00:00Z"), new_york),
        at("2026-12-10T23:00:00Z")
    );
    assert_eq!(
        snooze_ends(SnoozeChoice::Evening, at("2026-12-10T22:01:00Z"), new_york),
        at("2026-12-10T23:01:00Z")
    );
    // New York in July (EDT, -4): 10:00 EDT = 14:00 UTC; 18:00 EDT = 22:00 UTC.
    assert_eq!(
        snooze_ends(SnoozeChoice::Evening, at("2026-07-01T14:00:00Z"), new_york),
        at("2026-07-01T22:00:00Z")
    );
}

#[test]
fn tomorrow_morning_is_nine_on_the_users_next_day_whatever_the_clocks_do() {
    let berlin = zone("Europe/Berlin");
    // Thursday 10 December 2026, 17:30 CET = 16:30 UTC: Friday 09:00 CET = 08:00 UTC.
    assert_eq!(
        snooze_ends(SnoozeChoice::Morning, at("2026-12-10T16:30:00Z"), berlin),
        at("2026-12-11T08:00:00Z")
    );
    // The night the clocks go forward (Sunday 29 March 2026, 02:00 CET ->
    // 03:00 CEST). Saturday 23:30 CET = 22:30 UTC: Sunday 09:00 is summer
    // time, CEST (+2) = 07:00 UTC, 8 h 30 min later (not 9 h 30 min).
    assert_eq!(
        snooze_ends(SnoozeChoice::Morning, at("2026-03-28T22:30:00Z"), berlin),
        at("2026-03-29T07:00:00Z")
    );
    // The night the clocks go back (Sunday 25 October 2026, 03:00 CEST ->
    // 02:00 CET). Saturday 23:30 CEST = 21:30 UTC: Sunday 09:00 CET (+1) =
    // 08:00 UTC, 10 h 30 min later.
    assert_eq!(
        snooze_ends(SnoozeChoice::Morning, at("2026-10-24T21:30:00Z"), berlin),
        at("2026-10-25T08:00:00Z")
    );
    // Already Sunday, 01:30 CEST (23:30 UTC on Saturday), in the small
    // hours: the coming morning, Sunday 09:00 CET (the clocks went back at
    // 03:00) = 08:00 UTC on the 25th.
    assert_eq!(
        snooze_ends(SnoozeChoice::Morning, at("2026-10-24T23:30:00Z"), berlin),
        at("2026-10-25T08:00:00Z")
    );
    // Sunday 05:00 CET (04:00 UTC), the night over: Monday 09:00 CET.
    assert_eq!(
        snooze_ends(SnoozeChoice::Morning, at("2026-10-25T04:00:00Z"), berlin),
        at("2026-10-26T08:00:00Z")
    );
    // New York goes forward on Sunday 8 March 2026 (02:00 EST -> 03:00 EDT).
    // Saturday 22:00 EST = Sunday 03:00 UTC: Sunday 09:00 EDT (-4) = 13:00 UTC.
    assert_eq!(
        snooze_ends(
            SnoozeChoice::Morning,
            at("2026-03-08T03:00:00Z"),
            zone("America/New_York")
        ),
        at("2026-03-08T13:00:00Z")
    );
    // Tokyo: 14:30 UTC is 23:30 JST; the next day's 09:00 JST = 00:00 UTC.
    let tokyo = zone("Asia/Tokyo");
    assert_eq!(
        snooze_ends(SnoozeChoice::Morning, at("2026-12-10T14:30:00Z"), tokyo),
        at("2026-12-11T00:00:00Z")
    );
    // An hour later it is 00:30 JST on the 11th: still that coming morning.
    assert_eq!(
        snooze_ends(SnoozeChoice::Morning, at("2026-12-10T15:30:00Z"), tokyo),
        at("2026-12-11T00:00:00Z")
    );
    // 06:00 JST on the 11th (21:00 UTC on the 10th): the 12th.
    assert_eq!(
        snooze_ends(SnoozeChoice::Morning, at("2026-12-10T21:00:00Z"), tokyo),
        at("2026-12-12T00:00:00Z")
    );
}

#[test]
fn a_snooze_ends_where_the_interviews_next_reminder_begins() {
    let berlin = zone("Europe/Berlin");
    let start = at("2026-12-14T08:00:00Z");
    // 05:30 UTC, 2 h 30 min before: tomorrow morning would be long after the
    // start; the last two hours begin at 06:00 UTC.
    let now = at("2026-12-14T05:30:00Z");
    for choice in SnoozeChoice::ALL {
        assert_eq!(
            snooze_until(ReminderKind::Undecided24h, start, *choice, now, berlin),
            at("2026-12-14T06:00:00Z"),
            "{choice}"
        );
    }
    // The last two hours: until the start at the latest.
    assert_eq!(
        snooze_until(
            ReminderKind::Final2h,
            start,
            SnoozeChoice::Hour,
            at("2026-12-14T07:30:00Z"),
            berlin
        ),
        start
    );
    // Far enough ahead, the choice as it is (Friday 17:05 CET = 16:05 UTC).
    assert_eq!(
        snooze_until(
            ReminderKind::Undecided24h,
            start,
            SnoozeChoice::Morning,
            at("2026-12-11T16:05:00Z"),
            berlin
        ),
        at("2026-12-12T08:00:00Z")
    );
    assert_eq!(next_escalation(ReminderKind::Missed, start), None);
}

prop_compose! {
    fn any_zone()(index in 0..chrono_tz::TZ_VARIANTS.len()) -> Tz {
        chrono_tz::TZ_VARIANTS[index]
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever the zone and the moment (1970 to 2100), a snooze ends after
    /// now and no more than 36 hours later (tomorrow's 09:00 chosen at 05:00
    /// is 28 hours away, a clock going back adds one or two).
    #[test]
    fn a_snooze_always_ends_after_now_and_within_a_day_and_a_half(
        seconds in 0i64..4_102_444_800,
        choice_index in 0usize..3,
        home in any_zone(),
    ) {
        let now = DateTime::from_timestamp(seconds, 0).unwrap();
        let choice = SnoozeChoice::ALL[choice_index];
        let ends = snooze_ends(choice, now, home);
        prop_assert!(ends > now, "{choice} at {now} in {home}: {ends}");
        prop_assert!(
            ends - now <= Duration::hours(36),
            "{choice} at {now} in {home}: {ends}"
        );
    }

    /// Clamped, it still never ends after the next reminder's moment.
    #[test]
    fn a_clamped_snooze_never_outlasts_the_next_reminder(
        seconds in 1_000_000_000i64..4_000_000_000,
        ahead_minutes in 121i64..(5 * 24 * 60),
        choice_index in 0usize..3,
        home in any_zone(),
    ) {
        let now = DateTime::from_timestamp(seconds, 0).unwrap();
        let start = now + Duration::minutes(ahead_minutes);
        let choice = SnoozeChoice::ALL[choice_index];
        let until = snooze_until(ReminderKind::Undecided24h, start, choice, now, home);
        prop_assert!(until > now);
        prop_assert!(until <= start - Duration::hours(2));
    }
}

// ---- Snoozing in the log.

fn open(dir: &TempDir) -> Log {
    Log::open_at(
        &dir.path().join("raincheck.db"),
        &NoKeyring("tests use a plain log".into()),
    )
    .unwrap()
}

/// A log for a user in Berlin with one undecided interview on Monday
/// 14 December 2026, 09:00 in Berlin (08:00 UTC): "decide by" is Friday
/// 11 December 17:00 CET = 16:00 UTC; the last two hours begin at 06:00 UTC.
fn berlin_log(dir: &TempDir) -> (Log, i64) {
    let mut log = open(dir);
    log.set_profile(&Profile {
        home_tz: "Europe/Berlin".into(),
        ..Profile::default()
    })
    .unwrap();
    let id = log
        .add_interview(
            &InterviewFields {
                company: Some("Acme".into()),
                position: Some("Engineer".into()),
                starts_at: Some("2026-12-14T09:00".into()),
                tz: Some("Europe/Berlin".into()),
                ..InterviewFields::default()
            },
            at("2026-12-01T09:00:00Z"),
        )
        .unwrap();
    (log, id)
}

#[derive(Default)]
struct Recorder {
    shown: Vec<String>,
}

impl Notifier for Recorder {
    fn notify(&mut self, title: &str, _body: &str, _about: Option<About>) -> Result<(), String> {
        self.shown.push(title.to_string());
        Ok(())
    }
}

/// One round of the loop at `now`: the kinds it showed.
fn deliver(log: &mut Log, now: DateTime<Utc>) -> Vec<ReminderKind> {
    deliver_due(
        log,
        now,
        &ReminderSettings::default(),
        &mut Recorder::default(),
        Words::english(),
    )
    .unwrap()
    .shown
    .iter()
    .map(|reminder| reminder.kind)
    .collect()
}

/// Runs the loop every minute over `[from, to)`: each kind shown, with when.
fn deliver_through(
    log: &mut Log,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, ReminderKind)> {
    let mut shown = Vec::new();
    let mut now = from;
    while now < to {
        shown.extend(deliver(log, now).into_iter().map(|kind| (now, kind)));
        now += Duration::minutes(1);
    }
    shown
}

fn kinds_due(log: &Log, now: DateTime<Utc>) -> Vec<ReminderKind> {
    due(log, now, &ReminderSettings::default())
        .unwrap()
        .iter()
        .map(|reminder| reminder.kind)
        .collect()
}

#[test]
fn a_snoozed_reminder_comes_back_once_when_the_snooze_is_over() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    let friday_five = at("2026-12-11T16:00:00Z");
    assert_eq!(deliver(&mut log, friday_five), [ReminderKind::Undecided24h]);
    assert_eq!(kinds_due(&log, friday_five + Duration::minutes(5)), []);

    // Put off for an hour at 16:05 UTC: back at 17:05 UTC.
    let back = log
        .snooze_reminder(
            id,
            ReminderKind::Undecided24h,
            SnoozeChoice::Hour,
            at("2026-12-11T16:05:00Z"),
        )
        .unwrap();
    assert_eq!(back, at("2026-12-11T17:05:00Z"));
    assert_eq!(kinds_due(&log, at("2026-12-11T17:04:59Z")), []);
    assert_eq!(
        kinds_due(&log, at("2026-12-11T17:05:00Z")),
        [ReminderKind::Undecided24h]
    );
    // Run the loop from the snooze to the start: shown once at 17:05, then
    // nothing until the last two hours.
    let shown = deliver_through(
        &mut log,
        at("2026-12-11T16:05:00Z"),
        at("2026-12-14T08:00:00Z"),
    );
    assert_eq!(
        shown,
        [
            (at("2026-12-11T17:05:00Z"), ReminderKind::Undecided24h),
            (at("2026-12-14T06:00:00Z"), ReminderKind::Final2h),
        ]
    );
}

#[test]
fn evening_and_morning_in_the_log_are_read_in_the_users_zone() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    let friday_five = at("2026-12-11T16:00:00Z");
    deliver(&mut log, friday_five);
    // 17:00 CET on the dot: until 18:00 CET = 17:00 UTC.
    let evening = log
        .snooze_reminder(
            id,
            ReminderKind::Undecided24h,
            SnoozeChoice::Evening,
            friday_five,
        )
        .unwrap();
    assert_eq!(evening, at("2026-12-11T17:00:00Z"));
    // Chosen again at 17:01 CET: an hour from then, replacing the first.
    let again = log
        .snooze_reminder(
            id,
            ReminderKind::Undecided24h,
            SnoozeChoice::Evening,
            at("2026-12-11T16:01:00Z"),
        )
        .unwrap();
    assert_eq!(again, at("2026-12-11T17:01:00Z"));
    assert_eq!(kinds_due(&log, at("2026-12-11T17:00:30Z")), []);
    // Then "tomorrow morning": Saturday 09:00 CET = 08:00 UTC.
    let morning = log
        .snooze_reminder(
            id,
            ReminderKind::Undecided24h,
            SnoozeChoice::Morning,
            at("2026-12-11T16:02:00Z"),
        )
        .unwrap();
    assert_eq!(morning, at("2026-12-12T08:00:00Z"));
    assert_eq!(kinds_due(&log, at("2026-12-12T07:59:59Z")), []);
    assert_eq!(
        deliver(&mut log, at("2026-12-12T08:00:00Z")),
        [ReminderKind::Undecided24h]
    );
    assert_eq!(kinds_due(&log, at("2026-12-12T08:01:00Z")), []);
}

#[test]
fn snoozing_the_decide_by_reminder_never_holds_back_the_last_two_hours() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    // Monday 05:30 UTC (06:30 CET), 2 h 30 min before the start: the
    // reminder to decide is shown, and put off until tomorrow morning.
    assert_eq!(
        deliver(&mut log, at("2026-12-14T05:30:00Z")),
        [ReminderKind::Undecided24h]
    );
    let back = log
        .snooze_reminder(
            id,
            ReminderKind::Undecided24h,
            SnoozeChoice::Morning,
            at("2026-12-14T05:30:00Z"),
        )
        .unwrap();
    // Not Tuesday 08:00 UTC: the last two hours begin at 06:00 UTC.
    assert_eq!(back, at("2026-12-14T06:00:00Z"));
    let shown = deliver_through(
        &mut log,
        at("2026-12-14T05:31:00Z"),
        at("2026-12-14T08:00:00Z"),
    );
    assert_eq!(shown, [(at("2026-12-14T06:00:00Z"), ReminderKind::Final2h)]);
    // The last call can be put off too, but not past the start.
    let back = log
        .snooze_reminder(
            id,
            ReminderKind::Final2h,
            SnoozeChoice::Evening,
            at("2026-12-14T07:30:00Z"),
        )
        .unwrap();
    assert_eq!(back, at("2026-12-14T08:00:00Z"));
}

#[test]
fn a_snooze_is_kept_in_the_file() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    deliver(&mut log, at("2026-12-11T16:00:00Z"));
    log.snooze_reminder(
        id,
        ReminderKind::Undecided24h,
        SnoozeChoice::Morning,
        at("2026-12-11T16:10:00Z"),
    )
    .unwrap();
    drop(log);
    let mut log = open(&dir);
    assert_eq!(kinds_due(&log, at("2026-12-12T07:59:00Z")), []);
    assert_eq!(
        deliver(&mut log, at("2026-12-12T08:00:00Z")),
        [ReminderKind::Undecided24h]
    );
    drop(log);
    // Shown after the snooze: not again, after another restart either.
    let log = open(&dir);
    assert_eq!(kinds_due(&log, at("2026-12-12T09:00:00Z")), []);
}

fn snoozes_in_file(dir: &TempDir) -> i64 {
    let connection = rusqlite::Connection::open(dir.path().join("raincheck.db")).unwrap();
    connection
        .query_row("SELECT count(*) FROM snoozed_reminders", [], |row| {
            row.get(0)
        })
        .unwrap()
}

#[test]
fn a_snooze_goes_with_its_interview() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    deliver(&mut log, at("2026-12-11T16:00:00Z"));
    log.snooze_reminder(
        id,
        ReminderKind::Undecided24h,
        SnoozeChoice::Morning,
        at("2026-12-11T16:10:00Z"),
    )
    .unwrap();
    assert_eq!(snoozes_in_file(&dir), 1);
    let record = log.delete_interview(id).unwrap();
    assert_eq!(snoozes_in_file(&dir), 0);
    // Undone, the interview's reminders start afresh (what was shown went
    // with it too), so the reminder to decide is due at once.
    let restored = log.restore_interview(&record).unwrap();
    assert_eq!(restored, id);
    assert_eq!(
        kinds_due(&log, at("2026-12-11T16:15:00Z")),
        [ReminderKind::Undecided24h]
    );
}

#[test]
fn an_export_leaves_a_snoozed_reminder_to_come_again() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    deliver(&mut log, at("2026-12-11T16:00:00Z"));
    let exported = log.export().unwrap();
    assert_eq!(exported.delivered_reminders.len(), 1);
    log.snooze_reminder(
        id,
        ReminderKind::Undecided24h,
        SnoozeChoice::Morning,
        at("2026-12-11T16:10:00Z"),
    )
    .unwrap();
    let text = log.export_json().unwrap();
    assert!(log.export().unwrap().delivered_reminders.is_empty());
    // Read into another log, it is due there straight away, not never.
    let other_dir = TempDir::new().unwrap();
    let mut other = open(&other_dir);
    other.import_json(&text).unwrap();
    assert_eq!(
        kinds_due(&other, at("2026-12-11T16:15:00Z")),
        [ReminderKind::Undecided24h]
    );
}

#[test]
fn only_a_reminder_due_now_can_be_snoozed() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    let friday = at("2026-12-11T16:30:00Z");
    let unknown = log
        .snooze_reminder(
            id + 1,
            ReminderKind::Undecided24h,
            SnoozeChoice::Hour,
            friday,
        )
        .unwrap_err();
    assert_eq!(unknown.catalogue_key(), Some("error-no-such-interview"));
    // The last two hours have not come on Friday.
    let not_yet = log
        .snooze_reminder(id, ReminderKind::Final2h, SnoozeChoice::Hour, friday)
        .unwrap_err();
    assert_eq!(not_yet.catalogue_key(), Some("error-snooze-not-due"));
    assert_eq!(not_yet.code(), "invalid_input");
    assert!(not_yet.to_string().contains("#1"), "{not_yet}");
    // Nor the reminder to decide, before Friday 17:00 CET.
    let too_early = log
        .snooze_reminder(
            id,
            ReminderKind::Undecided24h,
            SnoozeChoice::Hour,
            at("2026-12-11T15:59:00Z"),
        )
        .unwrap_err();
    assert_eq!(too_early.catalogue_key(), Some("error-snooze-not-due"));
    // Nor one switched off.
    let mut settings = ReminderSettings::default();
    settings.off.insert("undecided_24h".into(), true);
    log.set_reminder_settings(&settings).unwrap();
    assert!(log
        .snooze_reminder(id, ReminderKind::Undecided24h, SnoozeChoice::Hour, friday)
        .is_err());
    // Each language says it in its own words.
    let english = not_yet.to_string();
    for language in [Language::German, Language::French, Language::Spanish] {
        let worded = not_yet.in_words(&Words::new(language));
        assert!(
            worded.contains("#1") && worded != english,
            "{language:?}: {worded}"
        );
    }
}

#[test]
fn a_log_from_before_snoozes_opens_and_snoozes() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    deliver(&mut log, at("2026-12-11T16:00:00Z"));
    drop(log);
    older_logs::back_to_version(&dir.path().join("raincheck.db"), 5);
    let mut log = open(&dir);
    // What was shown stays shown; the new table is there.
    assert_eq!(kinds_due(&log, at("2026-12-11T16:30:00Z")), []);
    let back = log
        .snooze_reminder(
            id,
            ReminderKind::Undecided24h,
            SnoozeChoice::Hour,
            at("2026-12-11T16:30:00Z"),
        )
        .unwrap();
    assert_eq!(back, at("2026-12-11T17:30:00Z"));
    assert_eq!(snoozes_in_file(&dir), 1);
}

// ---- From the interview's page.

/// The page lists the reminders whose time has come, with the three ways to
/// put each off (in the window's language); put off, it says until when,
/// and a reminder not come yet is not offered.
#[test]
fn the_interviews_page_offers_to_put_off_the_reminders_that_have_come() {
    use raincheck_core::views;

    let dir = TempDir::new().unwrap();
    let (mut log, id) = berlin_log(&dir);
    // Thursday: nothing has come yet.
    let thursday = at("2026-12-10T10:00:00Z");
    let page = views::interview(&log, id, thursday, Words::english()).unwrap();
    assert!(page.reminders.is_empty(), "{:?}", page.reminders);

    // Friday 17:10 CET: "decide by" has passed, the reminder has come.
    let friday = at("2026-12-11T16:10:00Z");
    let page = views::interview(&log, id, friday, Words::english()).unwrap();
    let [line] = page.reminders.as_slice() else {
        panic!("one reminder: {:?}", page.reminders)
    };
    assert_eq!(line.kind, ReminderKind::Undecided24h);
    assert!(line.title.contains("Acme"), "{}", line.title);
    assert_eq!(line.snoozed, None);
    let labels: Vec<&str> = line.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["In an hour", "This evening", "Tomorrow morning"]);
    let german = views::interview(&log, id, friday, &Words::new(Language::German)).unwrap();
    assert_eq!(german.reminders[0].choices[0].label, "In einer Stunde");

    // Put off until tomorrow morning (Saturday 09:00 CET): the page says so.
    log.snooze_reminder(
        id,
        ReminderKind::Undecided24h,
        SnoozeChoice::Morning,
        friday,
    )
    .unwrap();
    let page = views::interview(&log, id, friday, Words::english()).unwrap();
    assert_eq!(
        page.reminders[0].snoozed.as_deref(),
        Some("Put off until Sat 12 Dec 2026, 09:00 CET.")
    );
    // Once the morning has come, it is on again, no longer put off.
    let saturday = at("2026-12-12T08:30:00Z");
    let page = views::interview(&log, id, saturday, Words::english()).unwrap();
    assert_eq!(page.reminders[0].snoozed, None);
}
