//! The calendar feed: one `.ics` file in a folder the user picks, with an
//! event and an alarm at the "decide by" of each interview still open, so a
//! phone's calendar reminds while the laptop is shut.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::{DateTime, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime};
use proptest::prelude::*;
use raincheck_core::calendar::feed::{feed_ics, feed_uid, FeedInterview, FEED_FILE_NAME};
use raincheck_core::calendar::ics::import_ics;
use raincheck_core::decision::Decision;
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{
    DecisionUpdate, InterviewFields, Interviewer, Log, Profile, SentMessage,
};
use raincheck_core::message::{Channel, MessageKind};
use raincheck_core::words::{Arg, Words};
use tempfile::TempDir;

const NOW: &str = "2026-12-01T10:00:00Z";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn open(dir: &Path) -> Log {
    Log::open_at(
        &dir.join("raincheck.db"),
        &NoKeyring("plain for tests".into()),
    )
    .unwrap()
}

fn add(log: &mut Log, company: &str, position: &str, starts_at: &str, tz: &str) -> i64 {
    log.add_interview(
        &InterviewFields {
            company: Some(company.into()),
            position: Some(position.into()),
            interviewer: Some(Interviewer {
                name: Some("Dana Lee".into()),
                email: Some(format!("dana@{}.example", company.to_lowercase())),
                phone: Some("+49 30 1234567".into()),
            }),
            starts_at: Some(starts_at.into()),
            tz: Some(tz.into()),
            ..InterviewFields::default()
        },
        at("2026-11-20T12:00:00Z"),
    )
    .unwrap()
}

fn decide(log: &mut Log, id: i64, decision: Decision) {
    log.decide(
        id,
        &DecisionUpdate {
            decision,
            reason: None,
            scenario: None,
            pause_until: None,
        },
        at("2026-11-21T12:00:00Z"),
    )
    .unwrap();
}

/// Acme (undecided, a Monday 09:00 in Berlin), Globex (undecided, New
/// York), Initech (withdrawal decided, nothing sent), Hooli (withdrawal
/// sent), Umbrella (attending), Stark (undecided, already past). The
/// user lives in Madrid.
struct SmallLog {
    _dir: TempDir,
    log: Log,
    acme: i64,
    globex: i64,
    initech: i64,
}

fn small_log() -> SmallLog {
    let dir = TempDir::new().unwrap();
    let mut log = open(dir.path());
    log.set_profile(&Profile {
        home_tz: "Europe/Madrid".into(),
        ..Profile::default()
    })
    .unwrap();
    let acme = add(
        &mut log,
        "Acme",
        "Data Analyst",
        "2026-12-07T09:00",
        "Europe/Berlin",
    );
    let globex = add(
        &mut log,
        "Globex",
        "Engineer",
        "2026-12-09T14:00",
        "America/New_York",
    );
    let initech = add(
        &mut log,
        "Initech",
        "Engineer",
        "2026-12-10T10:00",
        "Europe/London",
    );
    decide(&mut log, initech, Decision::Withdraw);
    let hooli = add(
        &mut log,
        "Hooli",
        "Engineer",
        "2026-12-11T10:00",
        "Europe/London",
    );
    decide(&mut log, hooli, Decision::Withdraw);
    log.record_sent(
        hooli,
        &SentMessage {
            kind: MessageKind::Withdraw,
            channel: Channel::Email,
            subject: None,
            body: "…".into(),
        },
        at("2026-11-22T12:00:00Z"),
    )
    .unwrap();
    let umbrella = add(
        &mut log,
        "Umbrella",
        "Engineer",
        "2026-12-12T10:00",
        "Europe/London",
    );
    decide(&mut log, umbrella, Decision::Attend);
    add(
        &mut log,
        "Stark",
        "Engineer",
        "2026-11-30T10:00",
        "Europe/London",
    );
    SmallLog {
        _dir: dir,
        log,
        acme,
        globex,
        initech,
    }
}

fn feed_text(log: &Log, words: &Words) -> String {
    let home = log.home_zone().unwrap();
    feed_ics(&log.feed_interviews(at(NOW)).unwrap(), home, at(NOW), words).text
}

fn events(text: &str) -> Vec<icalendar::Event> {
    let calendar: Calendar = text.parse().unwrap();
    calendar.events().cloned().collect()
}

fn start_of(event: &icalendar::Event) -> DateTime<Utc> {
    match event.get_start() {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(instant))) => instant,
        other => panic!("a UTC start expected, got {other:?}"),
    }
}

#[test]
fn events_only_for_open_interviews_at_their_decide_by_with_an_alarm() {
    let small = small_log();
    let text = feed_text(&small.log, Words::english());
    let events = events(&text);
    let summaries: Vec<&str> = events.iter().filter_map(|e| e.get_summary()).collect();
    assert_eq!(
        summaries,
        [
            "Decide about Acme — Data Analyst",
            "Decide about Globex — Engineer",
            "Tell Initech — Engineer",
        ],
        "{text}"
    );
    // Monday 09:00 in Berlin: the 24-hour mark falls on a Sunday, so it
    // moves back to Friday 17:00 Berlin time (16:00 UTC).
    assert_eq!(start_of(&events[0]), at("2026-12-04T16:00:00Z"));
    // Wednesday 14:00 in New York: Tuesday 14:00 there, inside their hours.
    assert_eq!(start_of(&events[1]), at("2026-12-08T19:00:00Z"));
    assert_eq!(start_of(&events[2]), at("2026-12-09T10:00:00Z"));
    let description = events[0].get_description().unwrap();
    // Madrid reads Berlin's clock: one time is enough.
    assert!(
        description.starts_with("The interview: Mon 7 Dec 2026, 09:00 CET.\n"),
        "{description}"
    );
    let globex = events[1].get_description().unwrap();
    assert!(
        globex.starts_with(
            "The interview: Wed 9 Dec 2026, 14:00 EST their time (Wed 9 Dec 2026, 20:00 CET yours)."
        ),
        "both clocks: {globex}"
    );
    assert!(
        description.contains("e-mail them at dana@acme.example"),
        "more than a day ahead, a message: {description}"
    );
    assert!(events[2]
        .get_description()
        .unwrap()
        .contains("You decided to withdraw, but nothing is marked as sent."));
    assert_eq!(text.matches("BEGIN:VALARM").count(), 3, "{text}");
    assert_eq!(text.matches("ACTION:DISPLAY").count(), 3, "{text}");
    assert_eq!(text.matches("TRIGGER:PT0S").count(), 3, "{text}");
    assert!(
        text.contains("DTEND:20261204T161500Z"),
        "a short event: {text}"
    );
    assert!(text.lines().all(|line| line.len() <= 76), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
}

#[test]
fn under_a_day_to_go_the_description_says_to_call() {
    let small = small_log();
    let now = at("2026-12-06T12:00:00Z");
    let home = small.log.home_zone().unwrap();
    let feed = feed_ics(
        &small.log.feed_interviews(now).unwrap(),
        home,
        now,
        Words::english(),
    );
    let events = events(&feed.text);
    let acme = events
        .iter()
        .find(|e| e.get_summary().is_some_and(|s| s.contains("Acme")))
        .unwrap();
    assert!(
        acme.get_description()
            .unwrap()
            .contains("call them on +49 30 1234567"),
        "{}",
        feed.text
    );
}

#[test]
fn uids_are_stable_and_a_move_raises_the_sequence_and_stamp() {
    let mut small = small_log();
    let before = events(&feed_text(&small.log, Words::english()));
    let again = events(&feed_text(&small.log, Words::english()));
    assert_eq!(before, again, "the same log, the same feed");
    let acme = small.log.interview(small.acme).unwrap();
    assert_eq!(before[0].get_uid(), Some(feed_uid(&acme).as_str()));
    assert!(before[0]
        .get_uid()
        .unwrap()
        .starts_with("decide-by-interview-"));
    assert_eq!(before[0].get_sequence(), Some(0));
    small
        .log
        .edit_interview(
            small.acme,
            &InterviewFields {
                starts_at: Some("2026-12-08T11:00".into()),
                ..InterviewFields::default()
            },
            at("2026-11-25T08:00:00Z"),
        )
        .unwrap();
    let after = events(&feed_text(&small.log, Words::english()));
    let moved = after
        .iter()
        .find(|e| e.get_uid() == before[0].get_uid())
        .unwrap();
    assert_eq!(moved.get_sequence(), Some(1));
    assert_ne!(moved.get_timestamp(), before[0].get_timestamp());
    // Tuesday 11:00 Berlin: Monday 11:00, inside their hours.
    assert_eq!(start_of(moved), at("2026-12-07T10:00:00Z"));
    // The others are left as they were.
    let globex = small.log.interview(small.globex).unwrap();
    let unchanged = |list: &[icalendar::Event]| {
        list.iter()
            .find(|e| e.get_uid() == Some(feed_uid(&globex).as_str()))
            .cloned()
    };
    assert_eq!(unchanged(&before), unchanged(&after));
}

#[test]
fn an_interview_no_longer_open_drops_out() {
    let mut small = small_log();
    decide(&mut small.log, small.acme, Decision::Attend);
    small
        .log
        .record_sent(
            small.initech,
            &SentMessage {
                kind: MessageKind::Withdraw,
                channel: Channel::Email,
                subject: None,
                body: "…".into(),
            },
            at("2026-11-26T12:00:00Z"),
        )
        .unwrap();
    let text = feed_text(&small.log, Words::english());
    let summaries: Vec<String> = events(&text)
        .iter()
        .filter_map(|e| e.get_summary().map(str::to_owned))
        .collect();
    assert_eq!(summaries, ["Decide about Globex — Engineer"]);
}

#[test]
fn the_feed_reads_back_with_our_own_reader() {
    let small = small_log();
    let text = feed_text(&small.log, Words::english());
    let invites = import_ics(&text).unwrap();
    assert_eq!(invites.len(), 3);
    assert!(invites.iter().all(|invite| invite.fields.tz.is_some()));
}

#[test]
fn the_feed_speaks_the_users_language() {
    let small = small_log();
    for (language, decide_about) in [
        (Language::German, "Entscheidung fällig: Acme — Data Analyst"),
        (Language::French, "À décider\u{a0}: Acme — Data Analyst"),
        (Language::Spanish, "Hora de decidir: Acme — Data Analyst"),
    ] {
        let words = Words::new(language);
        let text = feed_text(&small.log, &words);
        let read = events(&text);
        assert_eq!(read[0].get_summary(), Some(decide_about), "{text}");
        assert_ne!(
            read[0].get_description(),
            events(&feed_text(&small.log, Words::english()))[0].get_description()
        );
    }
}

#[test]
fn a_second_parser_reads_the_same_events_and_alarms() {
    let small = small_log();
    let text = feed_text(&small.log, Words::english());
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
for event in cal.walk("VEVENT"):
    alarms = [a["ACTION"] for a in event.walk("VALARM")]
    print(event["SUMMARY"], "|", event.decoded("DTSTART").isoformat(), "|", event["SEQUENCE"], "|", ",".join(alarms))
"#;
    // Debian's python3-icalendar serves the system interpreter (scripts/setup.sh --test).
    let mut python = Command::new("/usr/bin/python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("/usr/bin/python3 with python3-icalendar (scripts/setup.sh --test installs it)");
    python
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = python.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "Python's icalendar refused the feed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8(output.stdout).unwrap().trim(),
        "Decide about Acme — Data Analyst | 2026-12-04T16:00:00+00:00 | 0 | DISPLAY\n\
         Decide about Globex — Engineer | 2026-12-08T19:00:00+00:00 | 0 | DISPLAY\n\
         Tell Initech — Engineer | 2026-12-09T10:00:00+00:00 | 0 | DISPLAY"
    );
}

fn modified(path: &Path) -> std::time::SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn switched_on_it_writes_at_once_and_again_only_when_something_changed() {
    let mut small = small_log();
    let folder = TempDir::new().unwrap();
    let status = small
        .log
        .switch_calendar_feed_on(folder.path(), at(NOW), Words::english())
        .unwrap();
    let file = folder.path().join(FEED_FILE_NAME);
    assert!(status.on && status.written, "{status:?}");
    assert_eq!(status.events, 3);
    assert_eq!(
        Path::new(status.file.as_deref().unwrap()),
        std::fs::canonicalize(&file).unwrap()
    );
    assert!(status.last_written_at.is_some());
    let first = modified(&file);
    let bytes = std::fs::read(&file).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));

    let status = small
        .log
        .refresh_calendar_feed(at(NOW), Words::english())
        .unwrap();
    assert!(!status.written, "nothing changed: {status:?}");
    assert_eq!(modified(&file), first, "the file is not touched");
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
    let names: Vec<_> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names, [FEED_FILE_NAME], "no scratch file left behind");

    decide(&mut small.log, small.globex, Decision::Attend);
    let status = small
        .log
        .refresh_calendar_feed(at(NOW), Words::english())
        .unwrap();
    assert!(status.written && status.events == 2, "{status:?}");
    assert!(!std::fs::read_to_string(&file).unwrap().contains("Globex"));

    assert_eq!(
        small.log.switch_calendar_feed_off().unwrap().as_deref(),
        Some(std::fs::canonicalize(folder.path()).unwrap().as_path())
    );
    assert!(!file.exists(), "switched off, the phone stops reminding");
    let status = small
        .log
        .refresh_calendar_feed(at(NOW), Words::english())
        .unwrap();
    assert!(!status.on && !file.exists());
}

#[test]
fn a_new_folder_takes_the_feed_and_the_old_file_goes() {
    let mut small = small_log();
    let first = TempDir::new().unwrap();
    let second = TempDir::new().unwrap();
    for folder in [first.path(), second.path()] {
        small
            .log
            .switch_calendar_feed_on(folder, at(NOW), Words::english())
            .unwrap();
    }
    assert!(!first.path().join(FEED_FILE_NAME).exists());
    assert!(second.path().join(FEED_FILE_NAME).exists());
}

#[test]
fn a_file_is_not_a_folder() {
    let mut small = small_log();
    let dir = TempDir::new().unwrap();
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "x").unwrap();
    let error = small
        .log
        .switch_calendar_feed_on(&file, at(NOW), Words::english())
        .unwrap_err();
    assert_eq!(
        error.catalogue_key(),
        Some("error-feed-folder-not-a-folder")
    );
    let error = small
        .log
        .switch_calendar_feed_on(Path::new(""), at(NOW), Words::english())
        .unwrap_err();
    assert_eq!(error.catalogue_key(), Some("error-feed-folder-empty"));
}

#[test]
fn an_event_whose_words_change_is_stamped_anew_then_left_alone() {
    let mut small = small_log();
    let folder = TempDir::new().unwrap();
    small
        .log
        .switch_calendar_feed_on(folder.path(), at(NOW), Words::english())
        .unwrap();
    let file = folder.path().join(FEED_FILE_NAME);
    let english = events(&std::fs::read_to_string(&file).unwrap());
    let later = at("2026-12-01T11:00:00Z");
    let german = Words::new(Language::German);
    assert!(
        small
            .log
            .refresh_calendar_feed(later, &german)
            .unwrap()
            .written
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let restamped = events(&text);
    for (before, after) in english.iter().zip(&restamped) {
        assert_eq!(before.get_uid(), after.get_uid());
        assert_eq!(after.get_timestamp(), Some(later), "{text}");
        assert_eq!(before.get_sequence(), after.get_sequence());
    }
    // The same words an hour later: nothing to write, the stamps kept.
    let status = small
        .log
        .refresh_calendar_feed(at("2026-12-01T12:00:00Z"), &german)
        .unwrap();
    assert!(!status.written, "{status:?}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[cfg(unix)]
#[test]
fn a_folder_typed_from_home_with_a_tilde_is_found() {
    let mut small = small_log();
    let home = std::path::PathBuf::from(std::env::var_os("HOME").unwrap());
    let synced = TempDir::new_in(&home).unwrap();
    let typed = Path::new("~").join(synced.path().strip_prefix(&home).unwrap());
    let status = small
        .log
        .switch_calendar_feed_on(&typed, at(NOW), Words::english())
        .unwrap();
    assert!(synced.path().join(FEED_FILE_NAME).exists(), "{status:?}");
}

#[test]
fn off_by_default() {
    let small = small_log();
    assert_eq!(small.log.calendar_feed_folder().unwrap(), None);
    assert!(!small.log.calendar_feed_status(at(NOW)).unwrap().on);
}

#[test]
fn a_file_already_named_so_is_replaced_not_followed() {
    let mut small = small_log();
    let folder = TempDir::new().unwrap();
    let elsewhere = TempDir::new().unwrap();
    let outside = elsewhere.path().join("outside.txt");
    std::fs::write(&outside, "keep me").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, folder.path().join(FEED_FILE_NAME)).unwrap();
    small
        .log
        .switch_calendar_feed_on(folder.path(), at(NOW), Words::english())
        .unwrap();
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "keep me");
    let file = folder.path().join(FEED_FILE_NAME);
    assert!(std::fs::symlink_metadata(&file).unwrap().is_file());
}

/// A folder this user cannot write in: a read-only one, or (for root, who
/// writes anywhere) one the kernel keeps read-only.
#[cfg(unix)]
fn read_only_folder(dir: &TempDir) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let folder = dir.path().join("read-only");
    std::fs::create_dir(&folder).unwrap();
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o500)).unwrap();
    let writable = |folder: &Path| {
        let probe = folder.join("raincheck-probe");
        let wrote = std::fs::write(&probe, b"").is_ok();
        let _ = std::fs::remove_file(&probe);
        wrote
    };
    if !writable(&folder) {
        return Some(folder);
    }
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o700)).unwrap();
    let kernel = Path::new("/sys/kernel");
    (kernel.is_dir() && !writable(kernel)).then(|| kernel.to_owned())
}

#[cfg(unix)]
#[test]
fn a_missing_or_read_only_folder_is_refused_in_words_in_four_languages() {
    let mut small = small_log();
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("not-there");
    let error = small
        .log
        .switch_calendar_feed_on(&missing, at(NOW), Words::english())
        .unwrap_err();
    assert_eq!(error.catalogue_key(), Some("error-feed-folder-missing"));
    assert_eq!(error.field(), Some("folder"));
    let mut sentences = Vec::new();
    for language in [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
    ] {
        let sentence = error.in_words(&Words::new(language));
        assert!(
            sentence.contains(&missing.display().to_string()),
            "{sentence}"
        );
        sentences.push(sentence);
    }
    assert!(sentences[0].contains("does not exist"), "{}", sentences[0]);
    assert!(sentences[1].contains("gibt es nicht"), "{}", sentences[1]);
    assert!(sentences[2].contains("n’existe pas"), "{}", sentences[2]);
    assert!(sentences[3].contains("no existe"), "{}", sentences[3]);

    let Some(read_only) = read_only_folder(&dir) else {
        eprintln!("skipped the read-only half: this user can write everywhere");
        return;
    };
    let error = small
        .log
        .switch_calendar_feed_on(&read_only, at(NOW), Words::english())
        .unwrap_err();
    assert_eq!(error.catalogue_key(), Some("error-feed-folder-read-only"));
    for (language, says) in [
        (Language::English, "may not write in"),
        (Language::German, "darf in"),
        (Language::French, "n’a pas le droit d’écrire"),
        (Language::Spanish, "no puede escribir en"),
    ] {
        let sentence = error.in_words(&Words::new(language));
        assert!(
            sentence.contains(says) && sentence.contains(&read_only.display().to_string()),
            "{sentence}"
        );
    }
    assert_eq!(
        small.log.calendar_feed_folder().unwrap(),
        None,
        "a refused folder is not kept"
    );
}

#[test]
fn a_folder_gone_later_fails_the_refresh_without_switching_it_off() {
    let mut small = small_log();
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("synced");
    std::fs::create_dir(&folder).unwrap();
    small
        .log
        .switch_calendar_feed_on(&folder, at(NOW), Words::english())
        .unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    let error = small
        .log
        .refresh_calendar_feed(at(NOW), Words::english())
        .unwrap_err();
    assert_eq!(error.catalogue_key(), Some("error-feed-folder-missing"));
    assert!(small.log.calendar_feed_folder().unwrap().is_some());
    std::fs::create_dir(&folder).unwrap();
    assert!(
        small
            .log
            .refresh_calendar_feed(at(NOW), Words::english())
            .unwrap()
            .written
    );
}

#[test]
fn a_newline_in_a_name_is_refused_before_it_reaches_the_feed() {
    let dir = TempDir::new().unwrap();
    let mut log = open(dir.path());
    let refused = log.add_interview(
        &InterviewFields {
            company: Some("Acme\r\nBEGIN:VEVENT".into()),
            position: Some("Engineer".into()),
            starts_at: Some("2026-12-07T09:00".into()),
            tz: Some("Europe/Berlin".into()),
            ..InterviewFields::default()
        },
        at(NOW),
    );
    assert!(refused.is_err());
}

/// Names with what RFC 5545 escapes, quotes, emoji, right-to-left text and
/// other scripts; line breaks are refused when an interview is saved.
fn name_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just(",".to_owned()),
            Just(";".to_owned()),
            Just("\\".to_owned()),
            Just("\"".to_owned()),
            Just(":".to_owned()),
            Just("😀".to_owned()),
            Just("👩🏽‍💻".to_owned()),
            Just("שלום".to_owned()),
            Just("مرحبا".to_owned()),
            Just("\u{200f}".to_owned()),
            Just("日本語".to_owned()),
            Just("Ünïcödé".to_owned()),
            "[a-zA-Z0-9 &'()./-]{1,12}",
        ],
        1..24,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_company_and_position_give_folded_lines_and_the_same_summary(
        company in name_text(),
        position in name_text(),
    ) {
        let dir = TempDir::new().unwrap();
        let mut log = open(dir.path());
        let saved = log.add_interview(
            &InterviewFields {
                company: Some(company),
                position: Some(position),
                starts_at: Some("2026-12-07T09:00".into()),
                tz: Some("Europe/Berlin".into()),
                ..InterviewFields::default()
            },
            at(NOW),
        );
        // What the log refuses never reaches a feed.
        prop_assume!(saved.is_ok());
        let interview = log.interview(saved.unwrap()).unwrap();
        let feed: Vec<FeedInterview> = log.feed_interviews(at(NOW)).unwrap();
        let text = feed_ics(&feed, chrono_tz::UTC, at(NOW), Words::english()).text;
        for line in text.split("\r\n") {
            prop_assert!(line.len() <= 75, "{} octets: {:?}", line.len(), line);
        }
        let expected = Words::english().with(
            "feed-event-summary",
            &[
                ("decision", Arg::from("undecided")),
                ("company", Arg::from(&interview.company)),
                ("position", Arg::from(&interview.position)),
            ],
        );
        let read = events(&text);
        prop_assert_eq!(read.len(), 1);
        prop_assert_eq!(read[0].get_summary(), Some(expected.as_str()));
        prop_assert!(import_ics(&text).is_ok());
    }
}
