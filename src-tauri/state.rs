//! What every IPC command and the reminder loop share: the data folder and
//! the log, opened once and held behind one lock.

use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use raincheck_core::data_dir::DataDir;
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::SystemKeyring;
use raincheck_core::log::Log;
use raincheck_core::words::{WindowLanguage, Words};
use raincheck_core::Result;

/// What every IPC command may reach. The log opens in the background once the
/// window is up (see `open_log_in_background`), or on first use.
pub struct AppState {
    pub data_dir: DataDir,
    log: Mutex<Option<Log>>,
}

/// The window's words, in the language the user chose (or the system's).
/// Held for the whole process rather than in `AppState`: an error a command
/// returns with `?` is worded in `From<Error> for IpcError`, which has no
/// state at hand. One window, one language.
static WINDOW_WORDS: RwLock<Option<Arc<Words>>> = RwLock::new(None);

/// The words the window speaks now; English before the state is made.
pub fn window_words() -> Option<Arc<Words>> {
    WINDOW_WORDS
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .clone()
}

fn speak(words: &Arc<Words>) {
    *WINDOW_WORDS
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(Arc::clone(words));
}

impl AppState {
    pub fn new(data_dir: DataDir) -> Self {
        let language = WindowLanguage::load(&data_dir).resolve();
        speak(&Arc::new(Words::new(language)));
        AppState {
            data_dir,
            log: Mutex::new(None),
        }
    }

    /// The words the window speaks now.
    pub fn words(&self) -> Arc<Words> {
        window_words().unwrap_or_else(|| Arc::new(Words::new(Language::English)))
    }

    /// Keeps the user's choice and speaks it from now on.
    pub fn choose_language(&self, choice: WindowLanguage) -> Result<Arc<Words>> {
        choice.save(&self.data_dir)?;
        let words = Arc::new(Words::new(choice.resolve()));
        speak(&words);
        Ok(words)
    }

    /// Runs `work` on the open log, opening it first if needed.
    pub fn with_log<T>(&self, work: impl FnOnce(&mut Log) -> Result<T>) -> Result<T> {
        let mut slot = self.lock();
        let log = match slot.as_mut() {
            Some(log) => log,
            None => slot.insert(Log::open(&self.data_dir, &SystemKeyring)?),
        };
        crate::ipc_error::caught("working with the log", || work(log))
    }

    /// Runs `work` with the log closed, holding the log's slot for the whole
    /// of it: the reminder loop or a list refresh waits instead of reopening
    /// the file half way through a restore or a move aside. The log `work`
    /// returns (if any) is the one used next; otherwise the next call reopens.
    pub fn with_log_closed<T>(
        &self,
        work: impl FnOnce(&DataDir) -> Result<(Option<Log>, T)>,
    ) -> Result<T> {
        let mut slot = self.lock();
        // Closing releases this window's own lock on the log file first.
        *slot = None;
        let (log, answer) = work(&self.data_dir)?;
        *slot = log;
        Ok(answer)
    }

    fn lock(&self) -> MutexGuard<'_, Option<Log>> {
        // A panic while holding the lock leaves the connection usable: SQLite
        // rolled back any open transaction when it was dropped mid-way.
        self.log
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
