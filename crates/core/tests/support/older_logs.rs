//! Takes a plain (unencrypted) log file back to an older format, as a log
//! written by an older Raincheck: each step undoes one migration.

use std::path::Path;

/// What each migration added, undone; index 0 undoes version 2 (back to 1).
const UNDO: &[&str] = &[
    "DROP TABLE template_edits;",
    "DROP TABLE interview_search;
     DROP TRIGGER IF EXISTS interview_search_add;
     DROP TRIGGER IF EXISTS interview_search_remove;
     DROP TRIGGER IF EXISTS interview_search_change;
     ALTER TABLE interviews DROP COLUMN prep_time_zone;
     ALTER TABLE interviews DROP COLUMN prep_technology;
     ALTER TABLE interviews DROP COLUMN prep_talking_points;
     ALTER TABLE interviews DROP COLUMN prep_job_description;
     ALTER TABLE interviews DROP COLUMN talking_points;
     ALTER TABLE interviews DROP COLUMN job_description;
     DROP INDEX interviews_by_start;
     CREATE INDEX interviews_by_start ON interviews (starts_at);",
    "ALTER TABLE interviews DROP COLUMN message_language;",
    "DROP INDEX messages_awaiting_reply;
     ALTER TABLE interviews DROP COLUMN no_answer_at;",
    "DROP TABLE snoozed_reminders;",
    "DROP INDEX interviews_no_answer;",
];

pub fn back_to_version(path: &Path, version: usize) {
    let connection = rusqlite::Connection::open(path).unwrap();
    let current: i64 = connection
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    let current = usize::try_from(current).unwrap();
    for undo in UNDO[version - 1..current - 1].iter().rev() {
        connection.execute_batch(undo).unwrap();
    }
    connection
        .execute_batch(&format!("PRAGMA user_version = {version};"))
        .unwrap();
}
