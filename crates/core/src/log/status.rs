//! What `raincheck status` and Settings say about the log.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{storage, Log};
use crate::error::Result;
use crate::time::to_utc_text;
use crate::words::Words;

#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    pub interviews: i64,
    pub upcoming: i64,
    pub undecided_upcoming: i64,
    pub messages_sent: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub log_path: String,
    pub log_version: i64,
    pub encryption: super::Encryption,
    pub counts: Counts,
    /// Why nothing can be saved, when the log's folder is read-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<String>,
}

impl Log {
    /// The status in English (JSON and tests).
    pub fn status(&self, now: DateTime<Utc>) -> Result<Status> {
        self.status_in(now, Words::english())
    }

    /// The status, what it says in `words`' language.
    pub fn status_in(&self, now: DateTime<Utc>, words: &Words) -> Result<Status> {
        let now = to_utc_text(now);
        let count = |sql: &str, params: &[&dyn rusqlite::ToSql]| -> Result<i64> {
            self.connection
                .query_row(sql, params, |row| row.get(0))
                .map_err(storage)
        };
        Ok(Status {
            log_path: self.path.display().to_string(),
            log_version: self
                .connection
                .query_row("PRAGMA user_version", [], |row| row.get(0))
                .map_err(storage)?,
            encryption: super::Encryption {
                detail: self.encryption.why.in_words(words),
                ..self.encryption.clone()
            },
            counts: Counts {
                interviews: count("SELECT count(*) FROM interviews", &[])?,
                upcoming: count("SELECT count(*) FROM interviews WHERE starts_at >= ?1", &[&now])?,
                undecided_upcoming: count(
                    "SELECT count(*) FROM interviews WHERE starts_at >= ?1 AND decision = 'undecided'",
                    &[&now],
                )?,
                messages_sent: count("SELECT count(*) FROM messages WHERE sent_at IS NOT NULL", &[])?,
            },
            read_only: self.read_only.as_ref().map(|why| why.in_words(words)),
        })
    }
}
