//! Calendar files: exports read back by two independent parsers, and invites
//! in the shapes Google, Outlook/Exchange and Apple Calendar send.

use std::io::Write;
use std::process::{Command, Stdio};

use chrono::{DateTime, TimeZone, Utc};
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime, EventLike};
use raincheck_core::calendar::ics::{export_ics, import_ics, interview_uid};
use raincheck_core::decision::Decision;
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{DecisionUpdate, InterviewFields, Interviewer, Log};
use tempfile::TempDir;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn log_with_acme() -> (TempDir, Log) {
    let dir = TempDir::new().unwrap();
    let mut log = Log::open_at(
        &dir.path().join("raincheck.db"),
        &NoKeyring("plain for tests".into()),
    )
    .unwrap();
    log.add_interview(
        &InterviewFields {
            company: Some("Acme".into()),
            position: Some("Backend Engineer".into()),
            interviewer: Some(Interviewer {
                name: Some("Dana Lee".into()),
                email: Some("dana@acme.example".into()),
                phone: None,
            }),
            starts_at: Some("2027-03-29T10:00".into()), // the day after Berlin moves to summer time
            tz: Some("Europe/Berlin".into()),
            duration_minutes: Some(45),
            location: Some("Acme HQ, Room 4; floor 2".into()),
            notes: Some("Bring the portfolio, please".into()),
            ..InterviewFields::default()
        },
        at("2026-11-27T12:00:00Z"),
    )
    .unwrap();
    (dir, log)
}

#[test]
fn an_export_reads_back_with_the_same_instant_zone_and_uid() {
    let (_dir, log) = log_with_acme();
    let record = log.interview_record(1).unwrap();
    let text = export_ics(std::slice::from_ref(&record)).unwrap();
    assert!(
        text.contains("BEGIN:VTIMEZONE") && text.contains("TZID:Europe/Berlin"),
        "{text}"
    );
    assert!(
        text.contains("BEGIN:VALARM") && text.contains("TRIGGER:-P1D"),
        "{text}"
    );
    assert!(
        text.contains("ORGANIZER;CN=\"Dana Lee\":mailto:dana@acme.example"),
        "{text}"
    );
    assert!(
        text.lines().all(|line| line.len() <= 76),
        "lines are folded: {text}"
    );
    assert!(!text.contains("ICALENDAR-RS"));
    let calendar: icalendar::Calendar = text.parse().unwrap();
    let event = calendar.events().next().unwrap();
    assert_eq!(event.get_uid(), Some(interview_uid(&record).as_str()));
    let Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) =
        event.get_start()
    else {
        panic!("DTSTART with TZID expected: {text}");
    };
    assert_eq!(tzid, "Europe/Berlin");
    let instant = chrono_tz::Europe::Berlin
        .from_local_datetime(&date_time)
        .single()
        .unwrap()
        .to_utc();
    assert_eq!(instant, at("2027-03-29T08:00:00Z"));
    assert_eq!(event.get_location(), Some("Acme HQ, Room 4; floor 2"));
    assert!(calendar
        .components
        .iter()
        .any(|c| matches!(c, CalendarComponent::Other(o) if o.component_kind() == "VTIMEZONE")));
}

#[test]
fn a_second_parser_agrees() {
    let (_dir, log) = log_with_acme();
    let record = log.interview_record(1).unwrap();
    let text = export_ics(std::slice::from_ref(&record)).unwrap();
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
for event in cal.walk("VEVENT"):
    start = event.decoded("DTSTART")
    print(event["UID"], start.tzinfo, start.astimezone(__import__("datetime").timezone.utc).isoformat(), event.get("SEQUENCE"))
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
        "Python's icalendar refused the export: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        printed.trim(),
        format!(
            "{} Europe/Berlin 2027-03-29T08:00:00+00:00 0",
            interview_uid(&record)
        )
    );
}

#[test]
fn sequence_grows_on_each_reschedule_and_a_withdrawal_is_a_cancellation() {
    let (_dir, mut log) = log_with_acme();
    for (i, new_time) in ["2027-03-30T10:00", "2027-04-02T15:00"].iter().enumerate() {
        log.edit_interview(
            1,
            &InterviewFields {
                starts_at: Some((*new_time).into()),
                ..Default::default()
            },
            at("2026-11-28T12:00:00Z"),
        )
        .unwrap();
        let text = export_ics(&[log.interview_record(1).unwrap()]).unwrap();
        assert!(text.contains(&format!("SEQUENCE:{}", i + 1)), "{text}");
    }
    let update = DecisionUpdate {
        decision: Decision::Withdraw,
        reason: None,
        scenario: None,
        pause_until: None,
    };
    log.decide(1, &update, at("2026-11-29T12:00:00Z")).unwrap();
    let text = export_ics(&[log.interview_record(1).unwrap()]).unwrap();
    assert!(
        text.contains("METHOD:CANCEL") && text.contains("STATUS:CANCELLED"),
        "{text}"
    );
}

const GOOGLE: &str = "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n\
BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n\
BEGIN:VEVENT\r\nDTSTART;TZID=America/New_York:20261203T100000\r\nDTEND;TZID=America/New_York:20261203T104500\r\n\
ORGANIZER;CN=Dana Lee:mailto:dana@globex.example\r\nUID:abc123@google.com\r\nSUMMARY:Interview: Data Engineer at Globex\r\n\
DESCRIPTION:Video call. Join with the link be\r\n low, or dial in.\r\nLOCATION:https://meet.example/xyz\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

const OUTLOOK: &str = "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n\
BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n\
BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n\
BEGIN:VEVENT\r\nDTSTART;TZID=\"W. Europe Standard Time\":20270329T093000\r\nDTEND;TZID=\"W. Europe Standard Time\":20270329T103000\r\n\
ORGANIZER;CN=\"Sam Patel\":mailto:sam@initech.example\r\nSUMMARY:Initech – Second round\r\nUID:040000008200E00074C5B7101A82E008\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

const APPLE_TWO_EVENTS: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.0//EN\r\n\
BEGIN:VEVENT\r\nUID:one@apple\r\nDTSTART:20261204T140000Z\r\nDTEND:20261204T150000Z\r\nSUMMARY:Interview with Hooli\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:two@apple\r\nDTSTART:20261207T090000\r\nDTEND:20261207T093000\r\nSUMMARY:Phone screen\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn a_google_invite_with_folded_lines_fills_the_form() {
    let invites = import_ics(GOOGLE).unwrap();
    assert_eq!(invites.len(), 1);
    let fields = &invites[0].fields;
    assert_eq!(fields.company.as_deref(), Some("Globex"));
    assert_eq!(fields.position.as_deref(), Some("Data Engineer"));
    assert_eq!(fields.starts_at.as_deref(), Some("2026-12-03T10:00"));
    assert_eq!(fields.tz.as_deref(), Some("America/New_York"));
    assert_eq!(fields.duration_minutes, Some(45));
    assert_eq!(
        fields.interviewer.as_ref().unwrap().email.as_deref(),
        Some("dana@globex.example")
    );
    assert_eq!(
        fields.notes.as_deref(),
        Some("Video call. Join with the link below, or dial in.")
    );
    assert!(invites[0].warnings.is_empty(), "{:?}", invites[0].warnings);
}

#[test]
fn an_outlook_invite_with_a_windows_zone_on_a_dst_date_is_mapped() {
    let invites = import_ics(OUTLOOK).unwrap();
    let fields = &invites[0].fields;
    assert_eq!(fields.tz.as_deref(), Some("Europe/Berlin"));
    assert_eq!(fields.starts_at.as_deref(), Some("2027-03-29T09:30"));
    assert_eq!(fields.duration_minutes, Some(60));
    assert_eq!(fields.company.as_deref(), Some("Initech"));
    assert_eq!(fields.position.as_deref(), Some("Second round"));
    assert_eq!(
        fields.interviewer.as_ref().unwrap().name.as_deref(),
        Some("Sam Patel")
    );
}

#[test]
fn utc_and_floating_times_and_several_events_are_read_with_warnings() {
    let invites = import_ics(APPLE_TWO_EVENTS).unwrap();
    assert_eq!(invites.len(), 2, "both events, for the user to pick");
    assert!(
        invites[0].warnings.iter().any(|w| w.contains("in UTC")),
        "{:?}",
        invites[0].warnings
    );
    assert_eq!(invites[0].fields.company.as_deref(), Some("Hooli"));
    assert_eq!(invites[0].fields.duration_minutes, Some(60));
    assert!(
        invites[1]
            .warnings
            .iter()
            .any(|w| w.contains("no time zone")),
        "{:?}",
        invites[1].warnings
    );
    assert!(
        invites[1].warnings.iter().any(|w| w.contains("company")),
        "{:?}",
        invites[1].warnings
    );
}

#[test]
fn an_unknown_zone_is_shown_not_guessed() {
    let text = GOOGLE.replace("TZID=America/New_York", "TZID=Custom Zone 7");
    let invites = import_ics(&text).unwrap();
    assert_eq!(invites[0].fields.tz, None);
    assert!(
        invites[0]
            .warnings
            .iter()
            .any(|w| w.contains("Custom Zone 7")),
        "{:?}",
        invites[0].warnings
    );
    assert!(import_ics("this is not a calendar").is_err());
}
