//! The calendar feed (docs/domain.md §6): one `.ics` file kept in a folder
//! the user picks (one their phone's calendar syncs), with an event and an
//! alarm at the "decide by" moment of each interview still open, so the
//! phone reminds even while the laptop is shut.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::ics::{escape, interview_uid_of, IcsWriter};
use crate::decision::decide_by;
use crate::error::{Error, Result};
use crate::files::{sync_dir, ScratchFile};
use crate::log::Interview;
use crate::reminders::awaits_decision_or_message;
use crate::time::{describe_start, parse_zone};
use crate::urgency::{hours_until, CALL_NOTICE_HOURS};
use crate::words::{Arg, Said, Words};

/// The feed's file name, the only file Raincheck writes in the chosen folder.
pub const FEED_FILE_NAME: &str = "raincheck-decide-by.ics";

/// How long each event lasts: a reminder, not a meeting.
const EVENT_MINUTES: i64 = 15;

/// An interview as the feed reads it from the log.
#[derive(Debug, Clone)]
pub struct FeedInterview {
    pub interview: Interview,
    /// A message about it was marked sent.
    pub told_employer: bool,
    /// How many times its start moved: the event's SEQUENCE.
    pub moves: u32,
}

impl FeedInterview {
    /// Still open at `now`: ahead, and undecided or decided with nothing
    /// sent (the rule of the "decide by" reminders).
    pub fn is_open(&self, now: DateTime<Utc>) -> bool {
        self.interview.starts_at > now
            && awaits_decision_or_message(self.interview.decision, self.told_employer)
    }
}

/// The feed's text and how many events it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub text: String,
    pub events: usize,
}

/// The UID of an interview's "decide by" event: stable, so a calendar
/// updates the event rather than adding another, and distinct from the
/// interview's own event (`ics export`), which may sit in the same calendar.
pub fn feed_uid(interview: &Interview) -> String {
    format!("decide-by-{}", interview_uid_of(interview))
}

/// The feed for the interviews open at `now`, in `words`' language, the
/// user's clock read in `home`. Times are written in UTC: each event is one
/// instant, and no VTIMEZONE is needed for it.
pub fn feed_ics(interviews: &[FeedInterview], home: Tz, now: DateTime<Utc>, words: &Words) -> Feed {
    feed_ics_after(interviews, home, now, words, None)
}

/// The same, given the feed written before (if any): an event whose text
/// changed since then without its interview changing (another language,
/// another home zone, a call instead of an e-mail) is stamped `now`, so a
/// calendar sees it is newer; an unchanged one keeps its stamp.
pub fn feed_ics_after(
    interviews: &[FeedInterview],
    home: Tz,
    now: DateTime<Utc>,
    words: &Words,
    previous: Option<&str>,
) -> Feed {
    let stamps_before = previous.map(previous_events).unwrap_or_default();
    let mut out = IcsWriter::default();
    out.begin_calendar();
    out.line("METHOD:PUBLISH");
    out.line(&format!(
        "X-WR-CALNAME:{}",
        escape(&words.get("feed-calendar-name"))
    ));
    // For a calendar that subscribes to the file where it is served (a
    // WebDAV share): look again each hour.
    out.line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    out.line("X-PUBLISHED-TTL:PT1H");
    let mut events = 0;
    for item in interviews.iter().filter(|item| item.is_open(now)) {
        let uid = feed_uid(&item.interview);
        let lines = event_lines(item, home, now, words);
        let stamp = match stamps_before.iter().find(|event| event.uid == uid) {
            Some(before) if before.lines == lines => before.stamp.clone(),
            Some(_) => utc_text(now.max(item.interview.updated_at)),
            None => utc_text(item.interview.updated_at),
        };
        out.line("BEGIN:VEVENT");
        out.line(&format!("UID:{uid}"));
        out.line(&format!("DTSTAMP:{stamp}"));
        for line in &lines {
            out.line(line);
        }
        out.line("END:VEVENT");
        events += 1;
    }
    out.line("END:VCALENDAR");
    Feed {
        text: out.text,
        events,
    }
}

fn utc_text(instant: DateTime<Utc>) -> String {
    instant.format("%Y%m%dT%H%M%SZ").to_string()
}

/// An event's content lines after its UID and DTSTAMP, unfolded.
fn event_lines(item: &FeedInterview, home: Tz, now: DateTime<Utc>, words: &Words) -> Vec<String> {
    let interview = &item.interview;
    // A damaged zone reads as UTC, as the window shows it.
    let zone = parse_zone(&interview.tz).unwrap_or(Tz::UTC);
    let starts = decide_by(interview.starts_at, zone);
    let summary = words.with(
        "feed-event-summary",
        &[
            ("decision", Arg::from(interview.decision.as_str())),
            ("company", Arg::from(&interview.company)),
            ("position", Arg::from(&interview.position)),
        ],
    );
    vec![
        format!("DTSTART:{}", utc_text(starts)),
        format!(
            "DTEND:{}",
            utc_text(starts + Duration::minutes(EVENT_MINUTES))
        ),
        format!("SEQUENCE:{}", item.moves),
        format!("SUMMARY:{}", escape(&summary)),
        format!(
            "DESCRIPTION:{}",
            escape(&description(interview, zone, starts, home, now, words))
        ),
        // A reminder to act, not time the user is busy.
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        "TRIGGER:PT0S".to_owned(),
        format!("DESCRIPTION:{}", escape(&summary)),
        "END:VALARM".to_owned(),
    ]
}

/// One event of a feed written before: its UID, its stamp, the rest.
#[derive(Default)]
struct EventBefore {
    uid: String,
    stamp: String,
    lines: Vec<String>,
}

/// The events of a feed Raincheck wrote, read line by line (its own
/// format: one property a line once unfolded). Anything else reads as no
/// event, and every event is then stamped anew.
fn previous_events(text: &str) -> Vec<EventBefore> {
    let unfolded = text.replace("\r\n ", "");
    let mut events = Vec::new();
    let mut current: Option<EventBefore> = None;
    for line in unfolded.split("\r\n") {
        match (line, current.as_mut()) {
            ("BEGIN:VEVENT", _) => current = Some(EventBefore::default()),
            ("END:VEVENT", Some(_)) => events.extend(current.take()),
            (line, Some(event)) => {
                if let Some(uid) = line.strip_prefix("UID:") {
                    uid.clone_into(&mut event.uid);
                } else if let Some(stamp) = line.strip_prefix("DTSTAMP:") {
                    stamp.clone_into(&mut event.stamp);
                } else {
                    event.lines.push(line.to_owned());
                }
            }
            _ => {}
        }
    }
    events
}

/// The interview's time in both zones, how to reach them, and what is left
/// to do. The way to reach them is the one right when the alarm rings (or
/// now, once that has passed): a call inside the last 24 hours, else e-mail.
fn description(
    interview: &Interview,
    zone: Tz,
    decide_by: DateTime<Utc>,
    home: Tz,
    now: DateTime<Utc>,
    words: &Words,
) -> String {
    let theirs = describe_start(interview.starts_at, zone, words);
    let yours = describe_start(interview.starts_at, home, words);
    let when = words.with(
        "feed-event-when",
        &[
            (
                "both",
                Arg::from(if yours == theirs { "no" } else { "yes" }),
            ),
            ("theirs", Arg::from(&theirs)),
            ("yours", Arg::from(&yours)),
        ],
    );
    let phone = hours_until(interview.starts_at, decide_by.max(now)) < CALL_NOTICE_HOURS;
    let contact = if phone {
        interview.interviewer.phone.as_deref()
    } else {
        interview.interviewer.email.as_deref()
    }
    .map(str::trim)
    .filter(|contact| !contact.is_empty());
    let reach = words.with(
        "feed-event-reach",
        &[
            ("phone", Arg::from(if phone { "yes" } else { "no" })),
            (
                "known",
                Arg::from(if contact.is_some() { "yes" } else { "no" }),
            ),
            ("contact", Arg::from(contact.unwrap_or_default())),
        ],
    );
    let next = words.with(
        "feed-event-next",
        &[("decision", Arg::from(interview.decision.as_str()))],
    );
    format!("{when}\n{reach}\n{next}")
}

/// What the feed is doing, as Settings and `raincheck ics feed` show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedStatus {
    pub on: bool,
    /// The folder chosen.
    pub folder: Option<String>,
    /// The feed's file in it.
    pub file: Option<String>,
    /// Events in the feed now.
    pub events: usize,
    /// Whether this call wrote the file (its content had changed).
    pub written: bool,
    /// When the file was last written (its modification time).
    pub last_written_at: Option<DateTime<Utc>>,
}

impl FeedStatus {
    pub fn off() -> FeedStatus {
        FeedStatus {
            on: false,
            folder: None,
            file: None,
            events: 0,
            written: false,
            last_written_at: None,
        }
    }

    /// The feed in `folder`, its file's time read from the disk.
    pub fn in_folder(folder: &Path, events: usize, written: bool) -> FeedStatus {
        let file = feed_file(folder);
        let last_written_at = std::fs::metadata(&file)
            .and_then(|meta| meta.modified())
            .ok()
            .map(DateTime::<Utc>::from);
        FeedStatus {
            on: true,
            folder: Some(folder.display().to_string()),
            file: Some(file.display().to_string()),
            events,
            written,
            last_written_at,
        }
    }
}

/// The feed's file in `folder`: the fixed name, never a path the user typed.
pub fn feed_file(folder: &Path) -> PathBuf {
    folder.join(FEED_FILE_NAME)
}

/// A folder for the feed, checked: it exists, is a folder, and Raincheck
/// can write in it. Returned absolute, its links resolved, so the feed
/// stays where the user pointed whatever the working folder.
pub fn checked_feed_folder(folder: &Path) -> Result<PathBuf> {
    if folder.as_os_str().is_empty() {
        return Err(Error::said(Said::key("error-feed-folder-empty")).for_field("folder"));
    }
    let typed = folder;
    let folder = &expand_home(folder);
    let metadata =
        std::fs::metadata(folder).map_err(|e| folder_refusal(typed, &e).for_field("folder"))?;
    if !metadata.is_dir() {
        return Err(Error::said(
            Said::key("error-feed-folder-not-a-folder").with("path", folder.display().to_string()),
        )
        .for_field("folder"));
    }
    let absolute =
        absolute_folder(folder).map_err(|e| folder_refusal(folder, &e).for_field("folder"))?;
    // Writable: a scratch file made there (and removed when dropped).
    ScratchFile::create(&absolute, "raincheck-decide-by", "ics")
        .map_err(|e| scratch_refusal(&absolute, e).for_field("folder"))?;
    Ok(absolute)
}

/// "~/Sync" as a shell reads it: in the user's home (a folder typed by hand).
fn expand_home(folder: &Path) -> PathBuf {
    match (folder.strip_prefix("~"), dirs::home_dir()) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => folder.to_owned(),
    }
}

/// The folder as an absolute path, its links resolved; on Windows without
/// the verbatim prefix a canonical path carries there.
fn absolute_folder(folder: &Path) -> std::io::Result<PathBuf> {
    if cfg!(windows) {
        std::path::absolute(folder)
    } else {
        std::fs::canonicalize(folder)
    }
}

/// The feed written in `folder` before, if it is there as a plain file.
pub fn read_feed(folder: &Path) -> Option<String> {
    let file = feed_file(folder);
    std::fs::symlink_metadata(&file)
        .is_ok_and(|meta| meta.is_file())
        .then(|| std::fs::read_to_string(&file).ok())
        .flatten()
}

/// Writes the feed into `folder` if its content changed; true when it did.
/// The new file is written beside the old and renamed over it, so a syncing
/// app never reads half a file, and an unchanged feed leaves the file (and
/// the folder) untouched.
pub fn write_feed(folder: &Path, text: &str) -> Result<bool> {
    let file = feed_file(folder);
    // Only a plain file is compared: a link there is replaced, not followed.
    if read_feed(folder).is_some_and(|old| old == text) {
        return Ok(false);
    }
    let (scratch, mut new_file) = ScratchFile::create(folder, "raincheck-decide-by", "ics")
        .map_err(|e| scratch_refusal(folder, e))?;
    new_file
        .write_all(text.as_bytes())
        .and_then(|()| new_file.sync_all())
        .map_err(|e| folder_refusal(folder, &e))?;
    drop(new_file);
    std::fs::rename(scratch.path(), &file).map_err(|e| folder_refusal(folder, &e))?;
    scratch.keep();
    sync_dir(folder)?;
    Ok(true)
}

/// Removes the feed's file (the feed was switched off), so a phone stops
/// reminding of it. A file already gone is fine.
pub fn remove_feed(folder: &Path) -> Result<()> {
    match std::fs::remove_file(feed_file(folder)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(folder_refusal(folder, &e)),
        _ => Ok(()),
    }
}

/// A scratch file that could not be made, said as what it means for the folder.
fn scratch_refusal(folder: &Path, error: Error) -> Error {
    match error {
        Error::Io { source, .. } => folder_refusal(folder, &source),
        other => other,
    }
}

/// What went wrong with the feed's folder, in the user's words.
fn folder_refusal(folder: &Path, error: &std::io::Error) -> Error {
    let path = folder.display().to_string();
    let said = match error.kind() {
        std::io::ErrorKind::NotFound => Said::key("error-feed-folder-missing").with("path", path),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            Said::key("error-feed-folder-read-only").with("path", path)
        }
        _ => Said::key("error-feed-folder-unusable")
            .with("path", path)
            .with("detail", error.to_string()),
    };
    Error::said(said)
}
