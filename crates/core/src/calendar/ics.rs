//! Calendar files (RFC 5545): an interview out as an `.ics` event in its own
//! zone, and invites in from Google, Outlook/Exchange and Apple Calendar.

use chrono::{DateTime, Datelike, Duration, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike};
use serde::Serialize;

use crate::decision::Decision;
use crate::error::{Error, Result};
use crate::log::{Interview, InterviewFields, InterviewRecord, Interviewer};
use crate::time::{parse_zone, system_zone};
use crate::words::{Arg, Said, Words};

const PRODID: &str = "-//Raincheck//Raincheck interview log//EN";

/// A stable UID for an interview: the same across exports, so calendars update
/// the event rather than add another.
pub fn interview_uid(record: &InterviewRecord) -> String {
    interview_uid_of(&record.interview)
}

/// The same UID from the interview alone.
pub(crate) fn interview_uid_of(interview: &Interview) -> String {
    format!(
        "interview-{}-{}@raincheck.app",
        interview.id,
        interview.created_at.timestamp()
    )
}

/// The history field whose changes are moves of the event.
pub(crate) const MOVED_FIELD: &str = "starts_at";

/// How many times the start was moved: the event's SEQUENCE.
fn sequence(record: &InterviewRecord) -> u32 {
    let moves = record
        .history
        .iter()
        .filter(|entry| entry.field == MOVED_FIELD)
        .count();
    u32::try_from(moves).unwrap_or(u32::MAX)
}

/// The `.ics` for some interviews. One withdrawn interview alone is sent as a
/// cancellation (METHOD:CANCEL); otherwise the events are published.
///
/// Written here rather than with the icalendar crate's builder, which stamps a
/// UID and DTSTAMP on VTIMEZONE and VALARM, where RFC 5545 has none; the crate
/// reads invites, and the tests read these files back with it and with Python's.
pub fn export_ics(records: &[InterviewRecord]) -> Result<String> {
    let mut out = IcsWriter::default();
    out.begin_calendar();
    let cancelling = records.len() == 1 && records[0].interview.decision == Decision::Withdraw;
    out.line(if cancelling {
        "METHOD:CANCEL"
    } else {
        "METHOD:PUBLISH"
    });
    let mut zones: Vec<Tz> = Vec::new();
    for record in records {
        let zone = parse_zone(&record.interview.tz)?;
        if !zones.contains(&zone) {
            zones.push(zone);
            let years = records.iter().map(|r| r.interview.starts_at.year());
            let (first, last) = (
                years.clone().min().unwrap_or(2026),
                years.max().unwrap_or(2026),
            );
            for line in vtimezone(zone, first, last) {
                out.line(&line);
            }
        }
    }
    for record in records {
        let interview = &record.interview;
        let zone = parse_zone(&interview.tz)?;
        let local = |instant: DateTime<Utc>| {
            instant
                .with_timezone(&zone)
                .format("%Y%m%dT%H%M%S")
                .to_string()
        };
        let end = interview.starts_at + Duration::minutes(i64::from(interview.duration_minutes));
        out.line("BEGIN:VEVENT");
        out.line(&format!("UID:{}", interview_uid(record)));
        out.line(&format!(
            "DTSTAMP:{}",
            interview.updated_at.format("%Y%m%dT%H%M%SZ")
        ));
        out.line(&format!(
            "DTSTART;TZID={}:{}",
            zone.name(),
            local(interview.starts_at)
        ));
        out.line(&format!("DTEND;TZID={}:{}", zone.name(), local(end)));
        out.line(&format!("SEQUENCE:{}", sequence(record)));
        out.line(&format!(
            "SUMMARY:{}",
            escape(&format!(
                "Interview: {} at {}",
                interview.position, interview.company
            ))
        ));
        out.line(if interview.decision == Decision::Withdraw {
            "STATUS:CANCELLED"
        } else {
            "STATUS:CONFIRMED"
        });
        if let Some(location) = &interview.location {
            out.line(&format!("LOCATION:{}", escape(location)));
        }
        if !interview.notes.is_empty() {
            out.line(&format!("DESCRIPTION:{}", escape(&interview.notes)));
        }
        if let Some(email) = &interview.interviewer.email {
            let name = interview
                .interviewer
                .name
                .as_deref()
                .map(|n| format!(";CN={}", param_value(n)))
                .unwrap_or_default();
            out.line(&format!("ORGANIZER{name}:{}", mailto_value(email)));
        }
        out.line("BEGIN:VALARM");
        out.line("ACTION:DISPLAY");
        out.line("TRIGGER:-P1D");
        out.line(&format!(
            "DESCRIPTION:{}",
            escape(&format!(
                "Tomorrow: interview with {}. Still undecided? Decide today.",
                interview.company
            ))
        ));
        out.line("END:VALARM");
        out.line("END:VEVENT");
    }
    out.line("END:VCALENDAR");
    Ok(out.text)
}

/// An RFC 5545 TEXT value: backslash, semicolon and comma escaped, every line
/// break (CRLF, LF, a lone CR, and the Unicode line and paragraph separators
/// that some readers split on) written as `\n`, other control characters
/// dropped. Nothing in a value can start a new property.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (the organiser's CN), always quoted, so that it can
/// close neither the quote nor the line: a double quote becomes `'` (readable
/// in every calendar), a caret and line breaks are encoded as RFC 6868 says
/// (`^^`, `^n`), other control characters are dropped.
fn param_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push('\''),
            '^' => out.push_str("^^"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("^n");
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("^n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An e-mail address as a `mailto:` URI: control characters, spaces, quotes
/// and anything beyond ASCII percent-encoded, so it stays one value.
fn mailto_value(email: &str) -> String {
    const UNSAFE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'<')
        .add(b'>')
        .add(b'\\');
    format!(
        "mailto:{}",
        percent_encoding::utf8_percent_encode(email.trim(), UNSAFE)
    )
}

/// Content lines ended with CRLF and folded at 75 octets, never inside a character.
#[derive(Default)]
pub(crate) struct IcsWriter {
    pub(crate) text: String,
}

impl IcsWriter {
    /// The calendar's first lines, the same for every file Raincheck writes.
    pub(crate) fn begin_calendar(&mut self) {
        self.line("BEGIN:VCALENDAR");
        self.line("VERSION:2.0");
        self.line(&format!("PRODID:{PRODID}"));
        self.line("CALSCALE:GREGORIAN");
    }

    pub(crate) fn line(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            if width + c.len_utf8() > 75 {
                self.text.push_str("\r\n ");
                width = 1;
            }
            self.text.push(c);
            width += c.len_utf8();
        }
        self.text.push_str("\r\n");
    }
}

/// A VTIMEZONE with the zone's real transitions in the given years (one
/// STANDARD observance for a zone that never changes).
fn vtimezone(zone: Tz, first_year: i32, last_year: i32) -> Vec<String> {
    let offset_text = |seconds: i32| {
        let sign = if seconds < 0 { '-' } else { '+' };
        let seconds = seconds.abs();
        format!("{sign}{:02}{:02}", seconds / 3600, (seconds % 3600) / 60)
    };
    let offset_at = |instant: DateTime<Utc>| {
        zone.offset_from_utc_datetime(&instant.naive_utc())
            .fix()
            .local_minus_utc()
    };
    let mut lines = vec![
        "BEGIN:VTIMEZONE".to_string(),
        format!("TZID:{}", zone.name()),
    ];
    let start = Utc
        .with_ymd_and_hms(first_year - 1, 12, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let end = Utc
        .with_ymd_and_hms(last_year + 1, 2, 1, 0, 0, 0)
        .single()
        .unwrap_or_else(Utc::now);
    let mut before = offset_at(start);
    let mut at = start;
    let mut transitions = 0;
    while at < end {
        let next = at + Duration::hours(1);
        let after = offset_at(next);
        if after != before {
            // Find the minute it changes.
            let mut low = at;
            let mut high = next;
            while high - low > Duration::minutes(1) {
                let middle = low + (high - low) / 2;
                if offset_at(middle) == before {
                    low = middle
                } else {
                    high = middle
                }
            }
            let kind = if after > before {
                "DAYLIGHT"
            } else {
                "STANDARD"
            };
            let local = (high + Duration::seconds(i64::from(before))).naive_utc();
            lines.push(format!("BEGIN:{kind}"));
            lines.push(format!("DTSTART:{}", local.format("%Y%m%dT%H%M%S")));
            lines.push(format!("TZOFFSETFROM:{}", offset_text(before)));
            lines.push(format!("TZOFFSETTO:{}", offset_text(after)));
            lines.push(format!("TZNAME:{}", high.with_timezone(&zone).format("%Z")));
            lines.push(format!("END:{kind}"));
            transitions += 1;
            before = after;
        }
        at = next;
    }
    if transitions == 0 {
        lines.extend([
            "BEGIN:STANDARD".into(),
            "DTSTART:19700101T000000".into(),
            format!("TZOFFSETFROM:{}", offset_text(before)),
            format!("TZOFFSETTO:{}", offset_text(before)),
            format!("TZNAME:{}", start.with_timezone(&zone).format("%Z")),
            "END:STANDARD".into(),
        ]);
    }
    lines.push("END:VTIMEZONE".into());
    lines
}

/// One event read from an invite, as the add form (and `log add`) takes it,
/// with what could not be read for certain.
#[derive(Debug, Clone, Serialize)]
pub struct ImportedInvite {
    pub fields: InterviewFields,
    /// Things to check before saving: times without a zone, guesses, gaps.
    pub warnings: Vec<String>,
}

/// Windows zone names (Outlook, Exchange) for the IANA zones they mean.
const WINDOWS_ZONES: &[(&str, &str)] = &[
    ("Dateline Standard Time", "Etc/GMT+12"),
    ("Hawaiian Standard Time", "Pacific/Honolulu"),
    ("Alaskan Standard Time", "America/Anchorage"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("Mountain Standard Time", "America/Denver"),
    ("US Mountain Standard Time", "America/Phoenix"),
    ("Central Standard Time", "America/Chicago"),
    ("Eastern Standard Time", "America/New_York"),
    ("Atlantic Standard Time", "America/Halifax"),
    ("Newfoundland Standard Time", "America/St_Johns"),
    ("E. South America Standard Time", "America/Sao_Paulo"),
    ("Argentina Standard Time", "America/Buenos_Aires"),
    ("UTC", "UTC"),
    ("Coordinated Universal Time", "UTC"),
    ("GMT Standard Time", "Europe/London"),
    ("Greenwich Standard Time", "Atlantic/Reykjavik"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("Central Europe Standard Time", "Europe/Budapest"),
    ("Central European Standard Time", "Europe/Warsaw"),
    ("Romance Standard Time", "Europe/Paris"),
    ("E. Europe Standard Time", "Europe/Chisinau"),
    ("FLE Standard Time", "Europe/Kiev"),
    ("GTB Standard Time", "Europe/Bucharest"),
    ("Turkey Standard Time", "Europe/Istanbul"),
    ("Israel Standard Time", "Asia/Jerusalem"),
    ("South Africa Standard Time", "Africa/Johannesburg"),
    ("Russian Standard Time", "Europe/Moscow"),
    ("Arabian Standard Time", "Asia/Dubai"),
    ("India Standard Time", "Asia/Kolkata"),
    ("China Standard Time", "Asia/Shanghai"),
    ("Singapore Standard Time", "Asia/Singapore"),
    ("Tokyo Standard Time", "Asia/Tokyo"),
    ("Korea Standard Time", "Asia/Seoul"),
    ("AUS Eastern Standard Time", "Australia/Sydney"),
    ("E. Australia Standard Time", "Australia/Brisbane"),
    ("Cen. Australia Standard Time", "Australia/Adelaide"),
    ("W. Australia Standard Time", "Australia/Perth"),
    ("New Zealand Standard Time", "Pacific/Auckland"),
];

/// An IANA zone from a TZID as invites write it: IANA itself, a Windows name,
/// or a path ending in an IANA name ("/mozilla.org/.../Europe/Berlin").
fn zone_from_tzid(tzid: &str) -> Option<Tz> {
    let tzid = tzid.trim().trim_matches('"');
    if let Ok(zone) = tzid.parse::<Tz>() {
        return Some(zone);
    }
    if let Some((_, iana)) = WINDOWS_ZONES
        .iter()
        .find(|(windows, _)| windows.eq_ignore_ascii_case(tzid))
    {
        return iana.parse().ok();
    }
    // Only the last three segments: no IANA name has more, and trying every
    // suffix of a long crafted TZID would be quadratic.
    let parts: Vec<&str> = tzid.split('/').collect();
    let first = parts.len().saturating_sub(3).max(1);
    (first..parts.len()).find_map(|i| parts[i..].join("/").parse().ok())
}

/// The largest calendar file read, in bytes: an invite is a few kilobytes.
pub const MAX_ICS_BYTES: usize = 1024 * 1024;
/// The most events read from one file.
pub const MAX_ICS_EVENTS: usize = 200;
/// How deep parts may sit inside one another (an invite needs three:
/// calendar, event, alarm). The parser recurses once per level.
pub const MAX_ICS_DEPTH: usize = 8;

/// Reads a calendar file within limits: its size, its number of events and
/// how deep its parts nest, each refused with its own message before the
/// parser sees the file. Linear in the file's length.
fn read_calendar(text: &str) -> Result<Calendar> {
    if text.len() > MAX_ICS_BYTES {
        // Not its size: the command line and the window read only this far.
        return Err(Error::said(
            Said::key("error-ics-too-big").with("kilobytes", MAX_ICS_BYTES / 1024),
        ));
    }
    // Every line ended with CRLF: the parser looks for CRLF to end each value,
    // and with bare LF endings it would search to the end of the file for
    // every line, a quadratic step.
    let normalized = text
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .collect::<Vec<_>>()
        .join("\r\n");
    let unfolded = icalendar::parser::unfold(&normalized);
    check_structure(&unfolded)?;
    let parsed = icalendar::parser::read_calendar(&unfolded)
        .map_err(|e| Error::said(Said::key("error-ics-unreadable").with("detail", short(&e))))?;
    Ok(Calendar::from(parsed))
}

/// The start of a message from the parser, which can quote a whole line of
/// the file: one line, at most 120 characters, no control characters.
fn short(text: &str) -> String {
    let first = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && *line != "error:")
        .unwrap_or_default();
    let mut out: String = first
        .chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect();
    if first.chars().count() > 120 {
        out.push('…');
    }
    out
}

/// Checks the unfolded file line by line before it is parsed: every line a
/// BEGIN, an END, a property or empty, each complete on its own line, no more
/// than `MAX_ICS_DEPTH` levels and `MAX_ICS_EVENTS` events. A parameter value
/// that ran past its line would let the parser read lines this check counted
/// (a hidden END), so such a line is refused too.
fn check_structure(unfolded: &str) -> Result<()> {
    let damaged = |line: &str, what: &'static str| {
        let start: String = line.chars().filter(|c| !c.is_control()).take(40).collect();
        Error::said(
            Said::key("error-ics-damaged")
                .with("start", start)
                .with("what", Said::key(what)),
        )
    };
    let mut depth = 0usize;
    let mut events = 0usize;
    for line in unfolded.split("\r\n") {
        if line.is_empty() {
            continue;
        }
        if let Some(name) = strip_prefix_ignore_case(line, "BEGIN:") {
            if !is_key(name) {
                return Err(damaged(line, "ics-line-no-part-name"));
            }
            depth += 1;
            if depth > MAX_ICS_DEPTH {
                return Err(Error::said(
                    Said::key("error-ics-too-deep").with("most", MAX_ICS_DEPTH),
                ));
            }
            if name.eq_ignore_ascii_case("VEVENT") {
                events += 1;
                if events > MAX_ICS_EVENTS {
                    return Err(Error::said(
                        Said::key("error-ics-too-many-events").with("most", MAX_ICS_EVENTS),
                    ));
                }
            }
        } else if let Some(name) = strip_prefix_ignore_case(line, "END:") {
            if !is_key(name) {
                return Err(damaged(line, "ics-line-no-part-name"));
            }
            depth = depth.saturating_sub(1);
        } else if let Err(what) = check_property_line(line) {
            return Err(damaged(line, what));
        }
    }
    Ok(())
}

fn strip_prefix_ignore_case<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let head = line.get(..prefix.len())?;
    if head.eq_ignore_ascii_case(prefix) {
        line.get(prefix.len()..)
    } else {
        None
    }
}

/// A name as the parser reads one: letters, digits and `.,/_-`.
fn is_key_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '_' | '-')
}

fn is_key(name: &str) -> bool {
    !name.is_empty() && name.chars().all(is_key_char)
}

/// `NAME;PARAM=value;PARAM="quoted":value`, with the colon before the value
/// and every parameter value on this line.
fn check_property_line(line: &str) -> std::result::Result<(), &'static str> {
    let mut rest = line.trim_start_matches(is_key_char);
    if rest.len() == line.len() {
        return Err("ics-line-no-property-name");
    }
    loop {
        if rest.starts_with(':') {
            return Ok(());
        }
        let Some(parameter) = rest.strip_prefix(';') else {
            return Err("ics-line-no-colon");
        };
        rest = parameter
            .trim_start_matches([' ', '\t'])
            .trim_start_matches(is_key_char);
        let Some(value) = rest.strip_prefix('=') else {
            continue;
        };
        rest = value;
        if rest.starts_with('"') {
            // One or more quoted values, "a","b": each closes on this line.
            while let Some(quoted) = rest.strip_prefix('"') {
                let Some((_, after)) = quoted.split_once('"') else {
                    return Err("ics-line-open-quote");
                };
                rest = after;
                match after.strip_prefix(',') {
                    Some(next) if next.starts_with('"') => rest = next,
                    _ => break,
                }
            }
        } else {
            rest = rest.trim_start_matches(|c| c != ';' && c != ':');
            if rest.is_empty() {
                return Err("ics-line-no-colon");
            }
        }
    }
}

/// Reads the events of an invite into interviews to add, its warnings in
/// English (JSON and tests).
pub fn import_ics(text: &str) -> Result<Vec<ImportedInvite>> {
    import_ics_in(text, Words::english())
}

/// The same, the warnings in `words`' language (the window's).
pub fn import_ics_in(text: &str, words: &Words) -> Result<Vec<ImportedInvite>> {
    let calendar = read_calendar(text)?;
    let home = system_zone();
    let mut invites = Vec::new();
    for event in calendar.events() {
        let mut warnings = Vec::new();
        let summary = event.get_summary().unwrap_or_default().trim().to_owned();
        let organizer = event.properties().get("ORGANIZER");
        let organizer_email = organizer
            .map(|p| {
                p.value()
                    .trim_start_matches("mailto:")
                    .trim_start_matches("MAILTO:")
                    .to_owned()
            })
            .filter(|e| e.contains('@'));
        let domain = organizer_email
            .as_deref()
            .and_then(|e| e.split('@').nth(1))
            .and_then(|d| d.split('.').next())
            .unwrap_or_default();
        let (position, company) = split_summary(&summary, domain);
        if position.is_empty() {
            warnings.push(words.get("invite-no-position"));
        }
        let organizer_name = organizer
            .and_then(|p| p.params().get("CN"))
            .map(|p| p.value().trim_matches('"').to_owned());
        let company = company.or_else(|| {
            let domain = organizer_email
                .as_ref()?
                .split('@')
                .nth(1)?
                .split('.')
                .next()?;
            let mut letters = domain.chars();
            let name: String = letters.next()?.to_uppercase().chain(letters).collect();
            warnings.push(words.with("invite-company-guessed", &[("name", Arg::from(&name))]));
            Some(name)
        });
        if company.is_none() {
            warnings.push(words.get("invite-no-company"));
        }
        let start = event.get_start();
        let end = event.get_end();
        let (starts_at, tz, start_instant) = match start {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
                match zone_from_tzid(&tzid) {
                    Some(zone) => match zone.from_local_datetime(&date_time).earliest() {
                        Some(local) => (
                            Some(date_time.format("%Y-%m-%dT%H:%M").to_string()),
                            Some(zone.name().to_owned()),
                            Some(local.to_utc()),
                        ),
                        None => {
                            warnings.push(words.with(
                                "invite-start-skipped",
                                &[
                                    ("start", Arg::from(&date_time.to_string())),
                                    ("zone", Arg::from(zone.name())),
                                ],
                            ));
                            (None, Some(zone.name().to_owned()), None)
                        }
                    },
                    None => {
                        warnings
                            .push(words.with("invite-zone-unknown", &[("zone", Arg::from(&tzid))]));
                        (
                            Some(date_time.format("%Y-%m-%dT%H:%M").to_string()),
                            None,
                            None,
                        )
                    }
                }
            }
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(instant))) => {
                let local = instant.with_timezone(&home);
                warnings.push(words.with("invite-in-utc", &[("zone", Arg::from(home.name()))]));
                (
                    Some(local.format("%Y-%m-%dT%H:%M").to_string()),
                    Some(home.name().to_owned()),
                    Some(instant),
                )
            }
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(naive))) => {
                warnings.push(words.with(
                    "invite-no-zone",
                    &[
                        ("time", Arg::from(&naive.format("%H:%M").to_string())),
                        ("zone", Arg::from(home.name())),
                    ],
                ));
                let instant = home
                    .from_local_datetime(&naive)
                    .earliest()
                    .map(|t| t.to_utc());
                (
                    Some(naive.format("%Y-%m-%dT%H:%M").to_string()),
                    Some(home.name().to_owned()),
                    instant,
                )
            }
            Some(DatePerhapsTime::Date(day)) => {
                warnings
                    .push(words.with("invite-whole-day", &[("day", Arg::from(&day.to_string()))]));
                (None, None, None)
            }
            None => {
                warnings.push(words.get("invite-no-start"));
                (None, None, None)
            }
        };
        let duration = match (start_instant, end) {
            (Some(start), Some(DatePerhapsTime::DateTime(end))) => {
                end_instant(end).map(|end| (end - start).num_minutes())
            }
            _ => None,
        }
        .and_then(|minutes| u32::try_from(minutes).ok())
        .filter(|minutes| (1..=24 * 60).contains(minutes));
        invites.push(ImportedInvite {
            fields: InterviewFields {
                company,
                position: Some(position).filter(|p| !p.is_empty()),
                interviewer: Some(Interviewer {
                    name: organizer_name,
                    email: organizer_email,
                    phone: None,
                }),
                contact_channel: None,
                starts_at,
                tz,
                duration_minutes: duration,
                location: event.get_location().map(str::to_owned),
                stage: None,
                notes: event.get_description().map(str::to_owned),
                message_language: None,
            },
            warnings,
        });
    }
    if invites.is_empty() {
        return Err(Error::said(Said::key("error-ics-no-event")));
    }
    Ok(invites)
}

fn end_instant(end: CalendarDateTime) -> Option<DateTime<Utc>> {
    match end {
        CalendarDateTime::Utc(instant) => Some(instant),
        CalendarDateTime::WithTimezone { date_time, tzid } => zone_from_tzid(&tzid)?
            .from_local_datetime(&date_time)
            .earliest()
            .map(|t| t.to_utc()),
        CalendarDateTime::Floating(naive) => system_zone()
            .from_local_datetime(&naive)
            .earliest()
            .map(|t| t.to_utc()),
    }
}

/// Position and company from a summary: "Interview: Backend Engineer at Acme",
/// "Interview with Hooli", "Initech – Second round" (the side that matches the
/// organiser's domain is the company).
fn split_summary(summary: &str, organizer_domain: &str) -> (String, Option<String>) {
    for prefix in ["Interview with ", "Interview at "] {
        if let Some(company) = summary.strip_prefix(prefix) {
            return (String::new(), Some(company.trim().to_owned()));
        }
    }
    let mut text = summary.to_owned();
    for prefix in [
        "Interview:",
        "Interview -",
        "Interview –",
        "Interview for",
        "Interview",
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.trim().to_owned();
            break;
        }
    }
    let domain = organizer_domain.to_lowercase();
    for separator in [" at ", " @ ", " – ", " - ", " with "] {
        if let Some((first, second)) = text.split_once(separator) {
            let (first, second) = (first.trim().to_owned(), second.trim().to_owned());
            if !domain.is_empty() && first.to_lowercase().replace(' ', "").contains(&domain) {
                return (second, Some(first));
            }
            return (first, Some(second).filter(|c| !c.is_empty()));
        }
    }
    (text, None)
}
