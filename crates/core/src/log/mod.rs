//! The interview log: an encrypted SQLite file holding every interview, the
//! decision about it, its history and the messages sent (DOMAIN.md §4).

mod calendar;
mod interviews;
pub mod key_vault;
mod messages;
pub mod model;
mod open;
mod profile;
mod reminders;
mod rows;
mod schema;
mod status;
mod template_edits;
pub mod transfer;
mod validate;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use interviews::ListFilter;
pub use model::*;
pub use open::Encryption;
pub use schema::LATEST_VERSION;
pub use status::{Counts, Status};

use crate::data_dir::DataDir;
use crate::error::{Error, Result};
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
}

impl Log {
    /// Opens the log in the data folder, creating it on first use.
    pub fn open(data_dir: &DataDir, vault: &dyn KeyVault) -> Result<Log> {
        Self::open_at(&data_dir.path().join(LOG_FILE_NAME), vault)
    }

    /// Opens (or creates) the log at a given file.
    pub fn open_at(path: &Path, vault: &dyn KeyVault) -> Result<Log> {
        let (connection, encryption, key) = open::open_log(path, vault)?;
        Ok(Log {
            connection,
            path: path.to_owned(),
            encryption,
            key,
        })
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
    Error::Storage(error.to_string())
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
    // Check a copy first, so a bad backup changes nothing; the copy holds the
    // user's data, so it goes as soon as it has been checked.
    let scratch = ScratchCopy::of(backup)?;
    drop(Log::open_at(&scratch.path, vault)?);
    drop(scratch);
    data_dir.ensure_exists()?;
    let path = data_dir.path().join(LOG_FILE_NAME);
    let aside = if path.exists() {
        Some(move_aside(data_dir, now)?)
    } else {
        None
    };
    std::fs::copy(backup, &path).map_err(|e| Error::io("copy the backup to", &path, e))?;
    Ok((Log::open_at(&path, vault)?, aside))
}

/// A copy of a file in the temp folder, removed with its -wal/-shm files when dropped.
struct ScratchCopy {
    path: PathBuf,
}

impl ScratchCopy {
    fn of(file: &Path) -> Result<Self> {
        let path =
            std::env::temp_dir().join(format!("raincheck-restore-check-{}.db", std::process::id()));
        let scratch = ScratchCopy { path };
        scratch.remove();
        std::fs::copy(file, &scratch.path).map_err(|e| Error::io("read the backup", file, e))?;
        Ok(scratch)
    }

    fn remove(&self) {
        for suffix in ["", "-wal", "-shm", ".encrypting"] {
            let mut name = self.path.as_os_str().to_owned();
            name.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(name));
        }
    }
}

impl Drop for ScratchCopy {
    fn drop(&mut self) {
        self.remove();
    }
}

/// Moves a file that is not a usable log out of the way (to
/// `raincheck.db.unreadable-<time>`), so a new log or a backup can take its place.
/// Returns where it went.
pub fn move_aside(data_dir: &DataDir, now: chrono::DateTime<chrono::Utc>) -> Result<PathBuf> {
    let path = data_dir.path().join(LOG_FILE_NAME);
    let aside = path.with_extension(format!("db.unreadable-{}", now.format("%Y%m%dT%H%M%SZ")));
    std::fs::rename(&path, &aside).map_err(|e| Error::io("move aside", &path, e))?;
    for suffix in ["-wal", "-shm"] {
        let mut from = path.as_os_str().to_owned();
        from.push(suffix);
        let mut to = aside.as_os_str().to_owned();
        to.push(suffix);
        let _ = std::fs::rename(from, to);
    }
    Ok(aside)
}
