//! The user's edited message templates, kept in the log (they are the user's data).

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{storage, Log};
use crate::error::Result;
use crate::message::{check_template, Templates};
use crate::time::to_utc_text;

impl Log {
    /// The edited templates as (file name, source).
    pub fn template_edits(&self) -> Result<Vec<(String, String)>> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT name, source FROM template_edits ORDER BY name")
            .map_err(storage)?;
        let edits = statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .and_then(|rows| rows.collect())
            .map_err(storage);
        edits
    }

    /// The templates in use: the built-ins with the user's edits over them.
    pub fn templates(&self) -> Result<Templates> {
        Templates::with_edits(&self.template_edits()?)
    }

    /// Saves the user's version of a template if it passes `check_template`:
    /// a broken or unsafe template is never saved.
    pub fn save_template(&mut self, name: &str, source: &str, now: DateTime<Utc>) -> Result<()> {
        check_template(name, source)?;
        self.connection
            .execute(
                "INSERT INTO template_edits (name, source, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET source = excluded.source, updated_at = excluded.updated_at",
                params![name, source, to_utc_text(now)],
            )
            .map_err(storage)?;
        Ok(())
    }

    /// Back to the built-in version.
    pub fn reset_template(&mut self, name: &str) -> Result<()> {
        self.connection
            .execute("DELETE FROM template_edits WHERE name = ?1", [name])
            .map_err(storage)?;
        Ok(())
    }
}
