//! The calendar feed's setting (the folder, off by default) and what it
//! reads from the log: the interviews ahead, with whether each was told and
//! how often it moved.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::interviews::{interview_from_row, COLUMNS, COLUMN_COUNT};
use super::{begin, storage, Log};
use crate::calendar::feed::{
    checked_feed_folder, feed_ics_after, read_feed, remove_feed, write_feed, Feed, FeedInterview,
    FeedStatus,
};
use crate::calendar::ics::MOVED_FIELD;
use crate::error::{Error, Result};
use crate::time::to_utc_text;
use crate::words::Words;

const FEED_KEY: &str = "calendar_feed";

/// The setting as the settings table keeps it.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FeedSetting {
    folder: PathBuf,
}

impl Log {
    /// The folder the feed is kept in; none while it is off. A setting this
    /// version cannot read counts as off, never as a stopped reminder loop.
    pub fn calendar_feed_folder(&self) -> Result<Option<PathBuf>> {
        let text: Option<String> = self
            .connection
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [FEED_KEY],
                |row| row.get(0),
            )
            .optional()
            .map_err(storage)?;
        Ok(text
            .and_then(|text| serde_json::from_str::<FeedSetting>(&text).ok())
            .map(|setting| setting.folder))
    }

    /// The interviews starting after `now`, each with whether a message
    /// about it was sent and how often its start moved, soonest first.
    pub fn feed_interviews(&self, now: DateTime<Utc>) -> Result<Vec<FeedInterview>> {
        let mut statement = self
            .connection
            .prepare_cached(&format!(
                "SELECT {COLUMNS},
                        EXISTS (SELECT 1 FROM messages
                                WHERE interview_id = interviews.id AND sent_at IS NOT NULL),
                        (SELECT count(*) FROM history
                         WHERE interview_id = interviews.id AND field = ?2)
                 FROM interviews INDEXED BY interviews_by_start
                 WHERE starts_at > ?1
                 ORDER BY starts_at, id"
            ))
            .map_err(storage)?;
        let found = statement
            .query_map(params![to_utc_text(now), MOVED_FIELD], |row| {
                let moves: i64 = row.get(COLUMN_COUNT + 1)?;
                Ok(FeedInterview {
                    interview: interview_from_row(row)?,
                    told_employer: row.get(COLUMN_COUNT)?,
                    moves: u32::try_from(moves).unwrap_or(u32::MAX),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(storage);
        found
    }

    /// The feed as it stands at `now`, in `words`' language, after the one
    /// written in `folder` before (an unchanged event keeps its stamp).
    fn feed_now(&self, folder: &Path, now: DateTime<Utc>, words: &Words) -> Result<Feed> {
        let previous = read_feed(folder);
        Ok(feed_ics_after(
            &self.feed_interviews(now)?,
            self.home_zone()?,
            now,
            words,
            previous.as_deref(),
        ))
    }

    /// Keeps the feed in `folder` from now on, and writes it at once. A
    /// folder that is missing, not a folder or not writable is refused in
    /// words, and the setting stays as it was. A feed kept elsewhere before
    /// is removed there: one file, one set of alarms.
    pub fn switch_calendar_feed_on(
        &mut self,
        folder: &Path,
        now: DateTime<Utc>,
        words: &Words,
    ) -> Result<FeedStatus> {
        let folder = checked_feed_folder(folder)?;
        let before = self.calendar_feed_folder()?;
        let feed = self.feed_now(&folder, now, words)?;
        let text = serde_json::to_string(&FeedSetting {
            folder: folder.clone(),
        })
        .map_err(|e| Error::Internal(format!("writing the calendar feed's setting ({e})")))?;
        // The setting and the file together: a log that cannot be saved
        // writes no file, a file that cannot be written keeps no setting.
        let tx = begin(&mut self.connection)?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![FEED_KEY, text],
        )
        .map_err(storage)?;
        let written = write_feed(&folder, &feed.text).map_err(|e| e.for_field("folder"))?;
        tx.commit().map_err(storage)?;
        if let Some(old) = before.filter(|old| *old != folder) {
            // Best effort: the old folder may be gone, which is as good.
            let _ = remove_feed(&old);
        }
        Ok(FeedStatus::in_folder(&folder, feed.events, written))
    }

    /// Stops keeping the feed and removes its file, so the phone stops
    /// reminding of what it held. Returns the folder it was in, if it was on.
    pub fn switch_calendar_feed_off(&mut self) -> Result<Option<PathBuf>> {
        let folder = self.calendar_feed_folder()?;
        self.connection
            .execute("DELETE FROM settings WHERE key = ?1", [FEED_KEY])
            .map_err(storage)?;
        if let Some(folder) = &folder {
            // Best effort: the feed is off whether or not the file could go
            // (a folder gone or read-only since).
            let _ = remove_feed(folder);
        }
        Ok(folder)
    }

    /// Writes the feed if it is on and its content changed (a syncing
    /// folder is not touched otherwise); what it holds now.
    pub fn refresh_calendar_feed(&self, now: DateTime<Utc>, words: &Words) -> Result<FeedStatus> {
        let Some(folder) = self.calendar_feed_folder()? else {
            return Ok(FeedStatus::off());
        };
        let feed = self.feed_now(&folder, now, words)?;
        let written = write_feed(&folder, &feed.text)?;
        Ok(FeedStatus::in_folder(&folder, feed.events, written))
    }

    /// What the feed holds and when it was written, without writing it.
    pub fn calendar_feed_status(&self, now: DateTime<Utc>) -> Result<FeedStatus> {
        let Some(folder) = self.calendar_feed_folder()? else {
            return Ok(FeedStatus::off());
        };
        let events = self
            .feed_interviews(now)?
            .iter()
            .filter(|item| item.is_open(now))
            .count();
        Ok(FeedStatus::in_folder(&folder, events, false))
    }
}
