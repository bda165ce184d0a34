//! What every IPC command and the reminder loop share: the data folder and
//! the log, opened once and held behind one lock.

use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use chrono::Utc;
use raincheck_core::data_dir::DataDir;
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::SystemKeyring;
use raincheck_core::log::Log;
use raincheck_core::words::{Arg, WindowLanguage, Words};
use raincheck_core::Result;

/// What every IPC command may reach. The log opens in the background once the
/// window is up (see `open_log_in_background`), or on first use.
pub struct AppState {
    pub data_dir: DataDir,
    log: Mutex<Option<Log>>,
    /// Why the calendar feed could not be written last time, in the window's
    /// words; none once it was written (or while it is off).
    feed_problem: Mutex<Option<String>>,
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
            feed_problem: Mutex::new(None),
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

    /// Runs `work` on the log, then brings the calendar feed up to date: for
    /// the commands that change what it holds. The feed failing is kept as
    /// a warning (`feed_problem`), never the command's failure.
    pub fn changing_log<T>(&self, work: impl FnOnce(&mut Log) -> Result<T>) -> Result<T> {
        let answer = self.with_log(work)?;
        self.refresh_feed();
        Ok(answer)
    }

    /// Writes the calendar feed if it is on and changed (the reminder loop
    /// each round, and after a change); a failure is kept, and said in the
    /// program's log once, not each minute.
    pub fn refresh_feed(&self) {
        let words = self.words();
        // A log that cannot be opened is said by the reminders and the
        // window; only the feed's own failures are kept here.
        let Ok(failure) = self.with_log(|log| {
            Ok(match log.calendar_feed_folder()? {
                Some(_) => log.refresh_calendar_feed(Utc::now(), &words).err(),
                None => None,
            })
        }) else {
            return;
        };
        let problem = failure.map(|error| {
            words.with(
                "feed-not-updated",
                &[("error", Arg::from(&error.in_words(&words)))],
            )
        });
        let mut kept = self
            .feed_problem
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if problem != *kept {
            if let Some(problem) = &problem {
                eprintln!("raincheck: {problem}");
            }
            *kept = problem;
        }
    }

    /// Why the feed was not written last time, if it was not.
    pub fn feed_problem(&self) -> Option<String> {
        self.feed_problem
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Forgets the last problem (the feed was switched on elsewhere, or off).
    pub fn clear_feed_problem(&self) {
        *self
            .feed_problem
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
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
