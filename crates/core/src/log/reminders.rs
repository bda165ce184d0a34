//! What the reminders need from the log: pauses coming due, deliveries made,
//! and the user's reminder settings.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

use super::model::Interview;
use super::{storage, Log};
use crate::error::{Error, Result};
use crate::reminders::ReminderSettings;
use crate::time::to_utc_text;

const SETTINGS_KEY: &str = "reminders";

impl Log {
    /// Paused interviews whose check-back day is `today` or earlier.
    pub fn pauses_due(&self, today: NaiveDate) -> Result<Vec<Interview>> {
        let ids: Vec<i64> = {
            let mut statement = self
                .connection
                .prepare_cached("SELECT id FROM interviews WHERE decision = 'pause' AND pause_until <= ?1 ORDER BY id")
                .map_err(storage)?;
            let ids = statement
                .query_map([today.to_string()], |row| row.get(0))
                .and_then(|rows| rows.collect())
                .map_err(storage)?;
            ids
        };
        ids.into_iter().map(|id| self.interview(id)).collect()
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
