//! The OS file lock through which the window and the command line share a log.
//!
//! Every open log holds a shared lock on `raincheck.db.lock` beside it for as
//! long as it is open. Work that swaps or rewrites the file under other
//! readers (encrypting a plain log in place, migrations, a restore, moving a
//! log aside) takes it exclusively, so no process ever keeps writing into a
//! file that was replaced underneath it. The lock file itself holds nothing and
//! stays: removing a lock file another process may be about to lock would let
//! two processes each lock a different file.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::key_vault::open_lock_file;
use crate::error::{Error, Result};
use crate::words::Said;

/// How long to wait for another Raincheck to finish before saying it is busy.
pub(crate) const WAIT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(50);

/// A held lock on a log; released when dropped.
#[derive(Debug)]
pub(crate) struct LogLock {
    file: File,
    path: PathBuf,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Shared,
    Exclusive,
}

/// The lock file of the log at `log_path`.
pub(crate) fn lock_path(log_path: &Path) -> PathBuf {
    let mut name = log_path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

impl LogLock {
    /// Takes the lock, waiting up to `wait` for another holder to let go.
    pub(crate) fn take(log_path: &Path, mode: Mode, wait: Duration) -> Result<LogLock> {
        let path = lock_path(log_path);
        let file = open_lock_file(&path)?;
        let lock = LogLock { file, path };
        lock.relock(mode, wait)?;
        Ok(lock)
    }

    /// The usual wait for the lock.
    pub(crate) fn take_waiting(log_path: &Path, mode: Mode) -> Result<LogLock> {
        Self::take(log_path, mode, WAIT)
    }

    /// Changes the held lock to `mode` (e.g. up to exclusive for a migration,
    /// and back to shared after).
    pub(crate) fn relock(&self, mode: Mode, wait: Duration) -> Result<()> {
        let started = Instant::now();
        loop {
            match self.try_relock(mode) {
                Ok(()) => return Ok(()),
                Err(TryLockError::WouldBlock) if started.elapsed() < wait => {
                    std::thread::sleep(POLL)
                }
                Err(TryLockError::WouldBlock) => return Err(busy(&self.path, mode)),
                Err(TryLockError::Error(e)) => return Err(Error::io("lock", &self.path, e)),
            }
        }
    }

    /// One try. flock(2) converts the lock a descriptor holds in place.
    #[cfg(not(windows))]
    fn try_relock(&self, mode: Mode) -> std::result::Result<(), TryLockError> {
        match mode {
            Mode::Shared => self.file.try_lock_shared(),
            Mode::Exclusive => self.file.try_lock(),
        }
    }

    /// One try. Windows' LockFileEx converts nothing: it refuses an exclusive
    /// lock over the handle's own shared one (busy for ever) and stacks a
    /// shared one on an exclusive one. So the held lock goes first, as in a
    /// flock(2) conversion, which is not atomic either; a downgrade leaves the
    /// log unlocked for that moment. What unlocking says is not news: after a
    /// failed try nothing is held, and Wine answers std's second UnlockFile
    /// with a lock violation where Windows says "not locked". A lock that
    /// stayed shows as busy.
    #[cfg(windows)]
    fn try_relock(&self, mode: Mode) -> std::result::Result<(), TryLockError> {
        let _ = self.file.unlock();
        match mode {
            Mode::Shared => self.file.try_lock_shared(),
            Mode::Exclusive => self.file.try_lock(),
        }
    }
}

fn busy(path: &Path, mode: Mode) -> Error {
    let key = match mode {
        Mode::Shared => "error-busy-changing",
        Mode::Exclusive => "error-busy-open",
    };
    Error::Busy(Said::key(key).with("lock", path.display().to_string()))
}
