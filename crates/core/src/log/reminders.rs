//! What the reminders need from the log: pauses coming due, deliveries made,
//! and the user's reminder settings.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

use std::collections::HashMap;

use super::interviews::{interview_from_row, COLUMNS, COLUMN_COUNT};
use super::model::Interview;
use super::{storage, Log};
use crate::error::{Error, Result};
use crate::reminders::ReminderSettings;
use crate::time::to_utc_text;

const SETTINGS_KEY: &str = "reminders";

/// An interview a reminder may be due for, with what the rules need beside it.
#[derive(Debug, Clone)]
pub struct ReminderCandidate {
    pub interview: Interview,
    /// A message about it was marked sent.
    pub told_employer: bool,
    /// Reminders already shown for it: (kind, the instant they were for).
    pub delivered: Vec<(String, DateTime<Utc>)>,
}

impl Log {
    /// In two queries (not one per interview): the interviews starting in
    /// `[from, to)`, the undecided ones that started in `[missed_since, from)`,
    /// and the pauses whose check-back day is `today` or earlier, soonest first,
    /// each with whether it was told and the reminders already shown.
    pub fn reminder_candidates(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        missed_since: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<Vec<ReminderCandidate>> {
        const WHICH: &str = "(starts_at >= ?1 AND starts_at < ?2)
            OR (decision = 'undecided' AND starts_at >= ?3 AND starts_at < ?1)
            OR (decision = 'pause' AND pause_until <= ?4)";
        let arguments = params![
            to_utc_text(from),
            to_utc_text(to),
            to_utc_text(missed_since),
            today.to_string()
        ];
        let mut delivered: HashMap<i64, Vec<(String, DateTime<Utc>)>> = HashMap::new();
        {
            let mut statement = self
                .connection
                .prepare_cached(&format!(
                    "SELECT interview_id, kind, starts_at FROM delivered_reminders
                     WHERE interview_id IN (SELECT id FROM interviews WHERE {WHICH})"
                ))
                .map_err(storage)?;
            let mut rows = statement.query(arguments).map_err(storage)?;
            while let Some(row) = rows.next().map_err(storage)? {
                let id: i64 = row.get(0).map_err(storage)?;
                let kind: String = row.get(1).map_err(storage)?;
                let instant = super::rows::instant(row, 2).map_err(storage)?;
                delivered.entry(id).or_default().push((kind, instant));
            }
        }
        let mut statement = self
            .connection
            .prepare_cached(&format!(
                "SELECT {COLUMNS}, EXISTS (SELECT 1 FROM messages
                                           WHERE interview_id = interviews.id AND sent_at IS NOT NULL)
                 FROM interviews WHERE {WHICH} ORDER BY starts_at, id"
            ))
            .map_err(storage)?;
        let candidates = statement
            .query_map(arguments, |row| {
                let interview = interview_from_row(row)?;
                Ok(ReminderCandidate {
                    told_employer: row.get(COLUMN_COUNT)?,
                    delivered: delivered.remove(&interview.id).unwrap_or_default(),
                    interview,
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(storage);
        candidates
    }

    pub fn was_delivered(
        &self,
        interview_id: i64,
        kind: &str,
        instant: DateTime<Utc>,
    ) -> Result<bool> {
        self.connection
            .query_row(
                "SELECT 1 FROM delivered_reminders WHERE interview_id = ?1 AND kind = ?2 AND starts_at = ?3",
                params![interview_id, kind, to_utc_text(instant)],
                |_| Ok(()),
            )
            .optional()
            .map(|found| found.is_some())
            .map_err(storage)
    }

    pub fn record_delivered(
        &mut self,
        interview_id: i64,
        kind: &str,
        instant: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.connection
            .execute(
                "INSERT OR IGNORE INTO delivered_reminders (interview_id, kind, starts_at, delivered_at) VALUES (?1, ?2, ?3, ?4)",
                params![interview_id, kind, to_utc_text(instant), to_utc_text(now)],
            )
            .map_err(storage)?;
        Ok(())
    }

    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let text: Option<String> = self
            .connection
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [SETTINGS_KEY],
                |row| row.get(0),
            )
            .optional()
            .map_err(storage)?;
        match text {
            None => Ok(ReminderSettings::default()),
            Some(text) => serde_json::from_str(&text)
                .map_err(|e| Error::Storage(format!("the reminder settings are unreadable ({e})"))),
        }
    }

    pub fn set_reminder_settings(&mut self, settings: &ReminderSettings) -> Result<()> {
        for kind in settings.off.keys() {
            kind.parse::<crate::reminders::ReminderKind>()?;
        }
        let text = serde_json::to_string(settings).map_err(|e| Error::Storage(e.to_string()))?;
        self.connection
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![SETTINGS_KEY, text],
            )
            .map_err(storage)?;
        Ok(())
    }
}
