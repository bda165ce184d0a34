//! Getting the log out and back in: a lossless JSON export and its import, a CSV
//! for spreadsheets, and a backup file made with SQLite's backup API.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::interviews::restore_record;
use super::model::{InterviewRecord, Profile};
use super::non_negotiables::{self, NonNegotiables};
use super::profile::save_profile;
use super::{begin, storage, Log, LOG_FILE_NAME};
use crate::error::{Error, Result};
use crate::files;
use crate::time::{parse_zone, to_utc_text};
use crate::words::Said;

const FORMAT_NAME: &str = "raincheck-log";
/// 2 added the pre-interview checklist (`prep`), 3 the "no answer" mark
/// (`no_answer_at`), 4 the non-negotiables; older files still import.
const FORMAT_VERSION: u32 = 4;

/// CSV cells a spreadsheet will not run: text that starts like a formula
/// (`=`, `+`, `-`, `@`, their full-width forms, a tab or a line break) gets a
/// leading apostrophe, the usual mark for "this is text". Company names and
/// notes can come from an employer's invite, so they are not trusted.
pub(crate) fn inert_row<const N: usize>(cells: [String; N]) -> [String; N] {
    const FORMULA_STARTS: &[char] = &[
        '=', '+', '-', '@', '\t', '\r', '\n', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
    ];
    cells.map(|cell| {
        if cell.starts_with(FORMULA_STARTS) {
            format!("'{cell}")
        } else {
            cell
        }
    })
}

/// A reminder already shown, kept through export so it does not fire again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveredReminder {
    pub interview_id: i64,
    pub kind: String,
    pub starts_at: DateTime<Utc>,
    pub delivered_at: DateTime<Utc>,
}

/// The whole log as one JSON document. It carries no export time, so exporting
/// the same log twice gives the same bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogExport {
    pub format: String,
    pub version: u32,
    pub profile: Profile,
    /// The user's non-negotiables and the suggestions answered; they travel
    /// with the profile.
    #[serde(default, skip_serializing_if = "NonNegotiables::is_empty")]
    pub non_negotiables: NonNegotiables,
    pub interviews: Vec<InterviewRecord>,
    #[serde(default)]
    pub delivered_reminders: Vec<DeliveredReminder>,
    /// The user's own versions of message templates.
    #[serde(default)]
    pub template_edits: Vec<TemplateEdit>,
}

/// One edited template, by file name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateEdit {
    pub name: String,
    pub source: String,
}

/// Says which interview of the file a refusal is about (by its place and number
/// in the file, never by its text, which may be what was refused).
fn in_file(error: Error, index: usize, id: i64) -> Error {
    let placed = |message: Said| {
        Said::key("error-in-file")
            .with("place", index + 1)
            .with("id", id)
            .with("message", message)
    };
    match error {
        Error::InvalidInput(message) => Error::InvalidInput(placed(message)),
        Error::InvalidField { field, message } => Error::InvalidField {
            field,
            message: placed(message),
        },
        other => other,
    }
}

/// What an import did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub interviews_added: usize,
    /// Interviews whose id was taken and got a new one: (old, new).
    pub renumbered: Vec<(i64, i64)>,
}

impl Log {
    pub fn export(&self) -> Result<LogExport> {
        let interviews = self
            .all_interviews()?
            .into_iter()
            .map(|interview| {
                Ok(InterviewRecord {
                    history: self.history(interview.id)?,
                    messages: self.messages(interview.id)?,
                    interview,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(LogExport {
            format: FORMAT_NAME.into(),
            version: FORMAT_VERSION,
            profile: self.profile()?,
            non_negotiables: self.non_negotiables()?,
            interviews,
            delivered_reminders: self.delivered_reminders()?,
            template_edits: self
                .template_edits()?
                .into_iter()
                .map(|(name, source)| TemplateEdit { name, source })
                .collect(),
        })
    }

    pub fn export_json(&self) -> Result<String> {
        // Hidden characters an older log may hold travel as \u escapes.
        serde_json::to_string_pretty(&self.export()?)
            .map(|text| {
                let mut text = crate::text::inert_json(&text).into_owned();
                text.push('\n');
                text
            })
            .map_err(|e| Error::Storage(format!("the export could not be written ({e})")))
    }

    /// The interviews as CSV, one row each, times both in UTC and in the interview's zone.
    pub fn export_csv(&self) -> Result<String> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let csv_error =
            |e: csv::Error| Error::Storage(format!("the CSV could not be written ({e})"));
        writer
            .write_record([
                "id",
                "company",
                "position",
                "interviewer_name",
                "interviewer_email",
                "interviewer_phone",
                "contact_channel",
                "starts_at_utc",
                "tz",
                "starts_at_local",
                "duration_minutes",
                "location",
                "stage",
                "decision",
                "decision_reason",
                "scenario",
                "pause_until",
                "messages_sent",
                "notes",
                "created_at",
                "updated_at",
                "prep_ticked",
                "no_answer_at",
            ])
            .map_err(csv_error)?;
        for interview in self.all_interviews()? {
            let local = parse_zone(&interview.tz)
                .map(|zone| {
                    interview
                        .starts_at
                        .with_timezone(&zone)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                })
                .unwrap_or_default();
            let sent = self
                .messages(interview.id)?
                .iter()
                .filter(|message| message.sent_at.is_some())
                .count();
            let text = |value: &Option<String>| value.clone().unwrap_or_default();
            writer
                .write_record(inert_row([
                    interview.id.to_string(),
                    interview.company.clone(),
                    interview.position.clone(),
                    text(&interview.interviewer.name),
                    text(&interview.interviewer.email),
                    text(&interview.interviewer.phone),
                    interview.contact_channel.to_string(),
                    to_utc_text(interview.starts_at),
                    interview.tz.clone(),
                    local,
                    interview.duration_minutes.to_string(),
                    text(&interview.location),
                    text(&interview.stage),
                    interview.decision.to_string(),
                    text(&interview.decision_reason),
                    interview
                        .scenario
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                    interview
                        .pause_until
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    sent.to_string(),
                    interview.notes.clone(),
                    to_utc_text(interview.created_at),
                    to_utc_text(interview.updated_at),
                    interview.prep.done().to_string(),
                    interview.no_answer_at.map(to_utc_text).unwrap_or_default(),
                ]))
                .map_err(csv_error)?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|e| Error::Storage(format!("the CSV could not be written ({e})")))?;
        String::from_utf8(bytes).map_err(|e| Error::Storage(format!("the CSV is not text ({e})")))
    }

    /// Reads a JSON export into this log. Interviews keep their ids where free.
    /// All of it goes in, or none of it: a refused import changes nothing.
    pub fn import_json(&mut self, text: &str) -> Result<ImportReport> {
        let export: LogExport = serde_json::from_str(text).map_err(|e| {
            Error::said(Said::key("error-not-an-export").with("detail", e.to_string()))
        })?;
        if export.format != FORMAT_NAME || export.version > FORMAT_VERSION {
            return Err(Error::said(
                Said::key("error-export-version")
                    .with("format", export.format.as_str())
                    .with("version", export.version)
                    .with("ours", FORMAT_NAME)
                    .with("newest", FORMAT_VERSION),
            ));
        }
        // The profile and non-negotiables in the file are taken only where this
        // log has none of its own: an import adds interviews, it does not
        // overwrite who the user is.
        let keep_profile = self.profile()? != Profile::default();
        let keep_non_negotiables = !self.non_negotiables()?.is_empty();
        // One transaction: dropped without commit on any error, so nothing is half-imported.
        let tx = begin(&mut self.connection)?;
        let mut report = ImportReport {
            interviews_added: 0,
            renumbered: Vec::new(),
        };
        if !keep_profile {
            save_profile(&tx, &export.profile)?;
        }
        if !keep_non_negotiables {
            non_negotiables::save(&tx, &export.non_negotiables.checked()?)?;
        }
        // Every interview this import brought, by its id in the file.
        let mut brought: HashMap<i64, i64> = HashMap::with_capacity(export.interviews.len());
        for (index, record) in export.interviews.iter().enumerate() {
            let old = record.interview.id;
            if brought.contains_key(&old) {
                return Err(Error::said(
                    Said::key("error-export-same-number")
                        .with("id", old)
                        .with("place", index + 1),
                ));
            }
            let id = restore_record(&tx, record).map_err(|e| in_file(e, index, old))?;
            brought.insert(old, id);
            report.interviews_added += 1;
            if id != old {
                report.renumbered.push((old, id));
            }
        }
        for reminder in &export.delivered_reminders {
            // A record about an interview this import did not bring would mark
            // one of the user's own reminders as shown: it is left out.
            let Some(&id) = brought.get(&reminder.interview_id) else {
                continue;
            };
            let kind = reminder
                .kind
                .parse::<crate::reminders::ReminderKind>()
                .map_err(|_| {
                    Error::said(
                        Said::key("error-export-reminder-kind").with("id", reminder.interview_id),
                    )
                })?;
            tx.execute(
                    "INSERT OR IGNORE INTO delivered_reminders (interview_id, kind, starts_at, delivered_at)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![id, kind.as_str(), to_utc_text(reminder.starts_at), to_utc_text(reminder.delivered_at)],
                )
                .map_err(storage)?;
        }
        let mut seen = std::collections::HashSet::new();
        for edit in &export.template_edits {
            if !seen.insert(edit.name.as_str()) {
                return Err(Error::said(
                    Said::key("error-export-template-twice").with("name", edit.name.as_str()),
                ));
            }
            // The same checks as an edit typed in the app: an import file is untrusted.
            crate::message::check_template(&edit.name, &edit.source)?;
            tx.execute(
                "INSERT INTO template_edits (name, source, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO NOTHING",
                params![edit.name, edit.source, to_utc_text(chrono::Utc::now())],
            )
            .map_err(storage)?;
        }
        tx.commit().map_err(storage)?;
        Ok(report)
    }

    /// The reminders shown, for the export. Snoozes are not exported (they
    /// last hours, and belong to the computer that shows them): a reminder
    /// shown and then snoozed is left out instead, so that after an import it
    /// comes again at once rather than never.
    fn delivered_reminders(&self) -> Result<Vec<DeliveredReminder>> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT interview_id, kind, starts_at, delivered_at FROM delivered_reminders AS shown
                 WHERE NOT EXISTS (SELECT 1 FROM snoozed_reminders AS snoozed
                                   WHERE snoozed.interview_id = shown.interview_id
                                     AND snoozed.kind = shown.kind
                                     AND snoozed.starts_at = shown.starts_at)
                 ORDER BY interview_id, kind, starts_at",
            )
            .map_err(storage)?;
        let reminders = statement
            .query_map([], |row| {
                Ok(DeliveredReminder {
                    interview_id: row.get(0)?,
                    kind: row.get(1)?,
                    starts_at: super::rows::instant(row, 2)?,
                    delivered_at: super::rows::instant(row, 3)?,
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(storage);
        reminders
    }

    /// Writes a consistent copy of the log to `target` with SQLite's backup API,
    /// encrypted with the same key as the log. An existing file is not replaced.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(Error::said(
                Said::key("error-backup-exists").with("path", target.display().to_string()),
            ));
        }
        if target.file_name().is_some_and(|name| name == LOG_FILE_NAME)
            && target.parent() == self.path.parent()
        {
            return Err(Error::said(Said::key("error-backup-over-log")));
        }
        // Made 0600 and exclusively before SQLite writes into it: a file (or a
        // link) that appeared since the check above is never written through.
        drop(files::create_new_private(target).map_err(|e| Error::io("create", target, e))?);
        let written = self.write_backup(target);
        if written.is_err() {
            let _ = std::fs::remove_file(target);
        }
        written
    }

    fn write_backup(&self, target: &Path) -> Result<()> {
        let key = self.key.as_ref().map(|key| key.to_hex());
        let mut destination = Connection::open(target)
            .map_err(|e| Error::io("create", target, std::io::Error::other(e)))?;
        if let Some(key) = key {
            destination
                .execute_batch(&format!("PRAGMA key = \"x'{key}'\";"))
                .map_err(storage)?;
        }
        let backup =
            rusqlite::backup::Backup::new(&self.connection, &mut destination).map_err(storage)?;
        backup
            .run_to_completion(256, std::time::Duration::ZERO, None)
            .map_err(storage)?;
        drop(backup);
        destination.close().map_err(|(_, e)| storage(e))?;
        Ok(())
    }
}
