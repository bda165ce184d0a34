//! The interview log: an encrypted SQLite file holding every interview, the
//! decision about it, its history and the messages sent (docs/domain.md §4).

mod appearance;
mod calendar_feed;
mod fields;
mod follow_up;
mod insights;
mod interviews;
pub mod key_vault;
mod lock;
mod messages;
pub mod model;
mod new_time;
mod non_negotiables;
mod open;
mod prep;
mod profile;
mod reminders;
mod rows;
mod schema;
pub mod search;
mod status;
mod summary;
mod template_edits;
pub mod transfer;
mod validate;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use appearance::{Appearance, Theme, SIZES};
pub use follow_up::sent_facts;
pub use interviews::ListFilter;
pub use model::*;
pub use new_time::{unconfirmed_new_time, NewTime, UnconfirmedTime, NEW_TIME_PROPOSED};
pub use non_negotiables::{
    NonNegotiable, NonNegotiables, MAX_NON_NEGOTIABLES, MAX_NON_NEGOTIABLE_CHARS,
};
pub use open::Encryption;
pub use prep::MAX_TALKING_POINTS;
pub use schema::LATEST_VERSION;
pub use search::{FilterCounts, ListPage, ListQuery};
pub use status::{Counts, Status};
pub(crate) use validate::MAX_DURATION_MINUTES;

use crate::data_dir::DataDir;
use crate::error::{Error, Result};
use crate::files;
use crate::words::Said;
use key_vault::KeyVault;

/// The log file's name inside the data folder.
pub const LOG_FILE_NAME: &str = "raincheck.db";

/// An open interview log.
pub struct Log {
    connection: Connection,
    path: PathBuf,
    encryption: Encryption,
    /// The key the log was opened with; a backup is encrypted with it too.
    key: Option<key_vault::LogKey>,
    /// Held while the log is open, so no other Raincheck swaps the file
    /// underneath it (see `lock.rs`).
    _lock: Option<lock::LogLock>,
    /// Why nothing can be saved, when the log was opened from a read-only folder.
    read_only: Option<Said>,
    /// The last count of each filter, kept until the log changes or the clock
    /// passes a start (see `search.rs`).
    counts_cache: std::cell::Cell<Option<search::CachedCounts>>,
}

impl Log {
    /// Opens the log in the data folder, creating it on first use.
    pub fn open(data_dir: &DataDir, vault: &dyn KeyVault) -> Result<Log> {
        Self::open_at(&data_dir.path().join(LOG_FILE_NAME), vault)
    }

    /// Opens (or creates) the log at a given file.
    pub fn open_at(path: &Path, vault: &dyn KeyVault) -> Result<Log> {
        let opened = open::open_log(path, vault)?;
        Ok(Log {
            connection: opened.connection,
            path: path.to_owned(),
            encryption: opened.encryption,
            key: opened.key,
            _lock: opened.lock,
            read_only: opened.read_only,
            counts_cache: std::cell::Cell::new(None),
        })
    }

    /// Why nothing can be saved, when the log is read-only.
    /// Why nothing can be saved, in English, when the log's folder is read-only.
    pub fn read_only(&self) -> Option<String> {
        self.read_only.as_ref().map(Said::to_string)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn encryption(&self) -> &Encryption {
        &self.encryption
    }
}

/// A failed SQLite call on an open log, as the user reads it.
fn storage(error: rusqlite::Error) -> Error {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly(Said::key("error-read-only-log")),
        Some(rusqlite::ErrorCode::DiskFull) => Error::ReadOnly(Said::key("error-disk-full")),
        _ => Error::Storage(error.to_string()),
    }
}

/// Starts a write transaction that takes the write lock at once, so two writers
/// queue on the busy timeout instead of failing half-way.
fn begin(connection: &mut Connection) -> Result<rusqlite::Transaction<'_>> {
    connection
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(storage)
}

/// Puts a backup in the log's place: the backup must open as a Raincheck log
/// (with this machine's key when it is encrypted). The current log, if any, is
/// moved aside first, never deleted. Returns the opened log and where the old
/// file went.
pub fn restore_backup(
    data_dir: &DataDir,
    backup: &Path,
    vault: &dyn KeyVault,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Log, Option<PathBuf>)> {
    let mut source =
        std::fs::File::open(backup).map_err(|e| Error::io("read the backup", backup, e))?;
    restore_from(data_dir, &mut source, backup, vault, now)
}

/// The same, from the backup's bytes (the window sends the file it was given).
pub fn restore_backup_bytes(
    data_dir: &DataDir,
    bytes: &[u8],
    vault: &dyn KeyVault,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Log, Option<PathBuf>)> {
    restore_from(
        data_dir,
        &mut std::io::Cursor::new(bytes),
        Path::new("the backup"),
        vault,
        now,
    )
}

/// The backup is copied into a private scratch file in the data folder (never a
/// shared temp folder), checked there, brought to this machine's key (a plain
/// backup is encrypted when a keyring answers) and the latest format, flushed,
/// then renamed into place, all under the log's exclusive lock; the scratch
/// file goes on every path. A bad backup changes nothing.
fn restore_from(
    data_dir: &DataDir,
    source: &mut dyn std::io::Read,
    named: &Path,
    vault: &dyn KeyVault,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Log, Option<PathBuf>)> {
    data_dir.ensure_exists()?;
    let path = data_dir.path().join(LOG_FILE_NAME);
    let held = lock::LogLock::take_waiting(&path, lock::Mode::Exclusive)?;
    let (scratch, mut file) = files::ScratchFile::create(data_dir.path(), "restore", "db")?;
    std::io::copy(source, &mut file)
        .and_then(|_| file.sync_all())
        .map_err(|e| Error::io("copy the backup into", scratch.path(), e))?;
    drop(file);
    {
        let checked =
            Log::open_at(scratch.path(), vault).map_err(|e| about_the_backup(e, named))?;
        // Everything into the main file before it moves: its -wal stays behind.
        checked
            .connection
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .map_err(storage)?;
        checked.connection.close().map_err(|(_, e)| storage(e))?;
    }
    std::fs::File::open(scratch.path())
        .and_then(|file| file.sync_all())
        .map_err(|e| Error::io("flush", scratch.path(), e))?;
    let aside = if path.exists() {
        Some(move_aside_locked(data_dir, now)?)
    } else {
        None
    };
    if let Err(e) = std::fs::rename(scratch.path(), &path) {
        // Put the log back where it was, so a failed restore loses nothing.
        if let Some(aside) = &aside {
            rename_with_journal(aside, &path);
        }
        return Err(Error::io(
            "put the backup in place of the log (the log and the backup are as they were)",
            named,
            e,
        ));
    }
    scratch.keep();
    files::sync_dir(data_dir.path())?;
    drop(held);
    Ok((Log::open_at(&path, vault)?, aside))
}

/// Moves a file that is not a usable log out of the way (to
/// `raincheck.db.unreadable-<time>`), so a new log or a backup can take its place.
/// Holds the log's lock exclusively meanwhile. Returns where it went.
pub fn move_aside(data_dir: &DataDir, now: chrono::DateTime<chrono::Utc>) -> Result<PathBuf> {
    let path = data_dir.path().join(LOG_FILE_NAME);
    let _held = lock::LogLock::take_waiting(&path, lock::Mode::Exclusive)?;
    move_aside_locked(data_dir, now)
}

fn move_aside_locked(data_dir: &DataDir, now: chrono::DateTime<chrono::Utc>) -> Result<PathBuf> {
    let path = data_dir.path().join(LOG_FILE_NAME);
    let aside = path.with_extension(format!("db.unreadable-{}", now.format("%Y%m%dT%H%M%SZ")));
    if aside.exists() {
        return Err(Error::Busy(
            Said::key("error-moved-aside-exists").with("path", aside.display().to_string()),
        ));
    }
    std::fs::rename(&path, &aside).map_err(|e| Error::io("move aside", &path, e))?;
    rename_journal(&path, &aside);
    files::sync_dir(data_dir.path())?;
    Ok(aside)
}

/// An error from opening the backup's copy, said of the backup the user chose
/// (the copy is gone by then) with what to do instead.
fn about_the_backup(error: Error, named: &Path) -> Error {
    let named = named.display().to_string();
    match error {
        Error::NotALog { detail, .. } => Error::said(
            Said::key("error-backup-not-a-log")
                .with("path", named)
                .with("detail", detail),
        ),
        Error::WrongKey { .. } => {
            Error::said(Said::key("error-backup-other-key").with("path", named))
        }
        Error::NewerLog { .. } => Error::said(Said::key("error-backup-newer").with("path", named)),
        other => other,
    }
}

/// Moves a log file back with its -wal and -shm (best effort for those two).
fn rename_with_journal(from: &Path, to: &Path) {
    if std::fs::rename(from, to).is_ok() {
        rename_journal(from, to);
    }
}

/// Moves a log's -wal and -shm after it, where they exist.
fn rename_journal(from: &Path, to: &Path) {
    for suffix in ["-wal", "-shm"] {
        let mut old = from.as_os_str().to_owned();
        old.push(suffix);
        let mut new = to.as_os_str().to_owned();
        new.push(suffix);
        let _ = std::fs::rename(old, new);
    }
}
