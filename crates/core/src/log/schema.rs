//! The log's schema, as SQL migrations versioned by `user_version`.

use std::sync::LazyLock;

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

/// Marks a SQLite file as a Raincheck log (`PRAGMA application_id`, "RCHK").
pub const APPLICATION_ID: i64 = 0x5243_484B;

/// The migrations in order; a log's `user_version` is how many it has had.
const MIGRATION_SQL: &[&str] = &[
    include_str!("migrations/0001_interview_log.sql"),
    include_str!("migrations/0002_template_edits.sql"),
    include_str!("migrations/0003_search_and_prep.sql"),
    include_str!("migrations/0004_message_language.sql"),
    include_str!("migrations/0005_follow_up.sql"),
    include_str!("migrations/0006_snoozes.sql"),
    include_str!("migrations/0007_no_answer_filter.sql"),
];

/// The newest log version this app reads and writes.
pub const LATEST_VERSION: i64 = MIGRATION_SQL.len() as i64;

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATION_SQL.iter().map(|sql| M::up(sql)).collect()));

pub fn migrate(connection: &mut Connection) -> Result<(), rusqlite_migration::Error> {
    MIGRATIONS.to_latest(connection)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_migrations_are_valid_and_counted() {
        MIGRATIONS.validate().unwrap();
        let mut connection = Connection::open_in_memory().unwrap();
        migrate(&mut connection).unwrap();
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(version, LATEST_VERSION);
        let id: i64 = connection
            .query_row("PRAGMA application_id", [], |row| row.get(0))
            .unwrap();
        assert_eq!(id, APPLICATION_ID);
    }
}
