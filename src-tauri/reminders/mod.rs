//! The reminder loop: asks the core what is due at start-up and every minute,
//! shows it through the desktop's notifications, and records it as delivered.
//! When no notification server answers, the window shows the reminders instead.

mod notifier;
pub mod tray;

use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use raincheck_core::reminders::{deliver_due, due_in, Reminder};
#[cfg(target_os = "linux")]
use raincheck_core::reminders::{ReminderKind, SnoozeChoice};
use raincheck_core::words::Arg;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};

use crate::clock;
use crate::state::AppState;
pub use notifier::server_name;
pub use notifier::DesktopNotifier;

/// How often the loop asks what is due (shortened by `clock::speed` in the soak).
const TICK: Duration = Duration::from_secs(60);
/// The first round waits for the window's first answers: it holds the log while
/// it talks to D-Bus, and the first screen should not wait behind it.
const FIRST_ROUND_DELAY: Duration = Duration::from_secs(2);

/// What the window shows about reminders (Settings, the banner).
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct ReminderStatus {
    /// The notification server that answered, e.g. "dunst" or "gnome-shell".
    pub server: Option<String>,
    /// Why reminders could not be shown as notifications, if they could not.
    pub problem: Option<String>,
    /// Reminders due and not shown: the window lists them when notifications fail.
    pub pending: Vec<Reminder>,
    pub paused_until: Option<DateTime<Utc>>,
}

/// The loop's state, kept beside the app's.
#[derive(Default)]
pub struct Reminders {
    status: Mutex<ReminderStatus>,
    backoff: Mutex<Backoff>,
}

/// After a failed round (the log could not record a shown reminder: a full
/// disk, a read-only folder), the loop waits longer each time, up to an hour,
/// instead of showing the same notification again every minute.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    failures: u32,
    /// Rounds still to skip.
    skip: u32,
}

impl Backoff {
    const MAX_ROUNDS: u32 = 60;

    /// Whether this round runs (and counts a skipped one down).
    pub fn should_run(&mut self) -> bool {
        if self.skip == 0 {
            return true;
        }
        self.skip -= 1;
        false
    }

    /// A failed round: skip 1, 2, 4 … 60 rounds (minutes) before the next try.
    /// Returns how many.
    pub fn failed(&mut self) -> u32 {
        self.failures = self.failures.saturating_add(1);
        self.skip = 1u32
            .checked_shl(self.failures - 1)
            .unwrap_or(u32::MAX)
            .min(Self::MAX_ROUNDS);
        self.skip
    }

    pub fn succeeded(&mut self) {
        *self = Backoff::default();
    }
}

impl Reminders {
    pub fn status(&self) -> ReminderStatus {
        self.lock().clone()
    }

    pub fn pause_for(&self, span: chrono::Duration) {
        self.lock().paused_until = Some(Utc::now() + span);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ReminderStatus> {
        self.status
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Puts off one reminder, as its notification's button asked; the tray's
/// next-interview line follows. What went wrong goes to the program's log:
/// the notification the user clicked is gone by then. Only the Linux notifier
/// has those buttons (the notification plugin shows none on desktop).
#[cfg(target_os = "linux")]
pub fn snooze(app: &AppHandle, interview_id: i64, kind: ReminderKind, choice: SnoozeChoice) {
    let state = app.state::<AppState>();
    let snoozed = state.with_log(|log| log.snooze_reminder(interview_id, kind, choice, Utc::now()));
    match snoozed {
        Ok(_) => tray::refresh(app),
        Err(error) => eprintln!("raincheck: the reminder was not put off: {error}"),
    }
}

/// The notifier the app uses for anything it tells the user from the background.
pub fn notifier_for(app: &AppHandle) -> DesktopNotifier {
    DesktopNotifier::new(app.clone())
}

/// Starts the loop on its own thread.
pub fn start(app: AppHandle) {
    std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || {
            std::thread::sleep(FIRST_ROUND_DELAY);
            loop {
                tick(&app);
                // After the reminders, and whatever became of them: the
                // feed failing is a warning in Settings, never a stop.
                app.state::<AppState>().refresh_feed();
                tray::refresh(&app);
                // A sleep across suspend ends late, and the next round catches up.
                std::thread::sleep(clock::scaled(TICK));
            }
        })
        .map_err(|e| eprintln!("raincheck: the reminder loop could not start: {e}"))
        .ok();
}

/// One round: deliver what is due, or keep it for the window when that fails.
pub fn tick(app: &AppHandle) {
    let state = app.state::<AppState>();
    let reminders = app.state::<Reminders>();
    let now = Utc::now();
    if reminders
        .status()
        .paused_until
        .is_some_and(|until| until > now)
    {
        return;
    }
    let mut backoff = reminders
        .backoff
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if !backoff.should_run() {
        return;
    }
    let mut notifier = DesktopNotifier::new(app.clone());
    // Told in the window's language.
    let words = state.words();
    let result = state.with_log(|log| {
        let settings = log.reminder_settings()?;
        let delivered = deliver_due(log, now, &settings, &mut notifier, &words)?;
        let pending = if delivered.failure.is_some() {
            due_in(log, now, &settings, &words)?
        } else {
            Vec::new()
        };
        Ok((delivered, pending))
    });
    let server = server_name(app);
    let mut status = reminders.lock();
    let before = status.clone();
    status.server = server;
    match result {
        Ok((delivered, pending)) => {
            backoff.succeeded();
            status.problem = delivered.failure;
            status.pending = pending;
        }
        Err(error) => {
            let minutes = backoff.failed();
            let words = state.words();
            status.problem = Some(words.with(
                "reminders-log-problem",
                &[
                    ("error", Arg::from(&error.in_words(&words))),
                    ("minutes", Arg::from(i64::from(minutes))),
                ],
            ));
        }
    }
    drop(backoff);
    // Told only when something changed: a page that stays open all day (or
    // hidden in the tray) has nothing to redo after a round that changed nothing.
    if *status == before {
        return;
    }
    let snapshot = status.clone();
    drop(status);
    let _ = app.emit("reminders-changed", snapshot);
}

#[cfg(test)]
mod tests {
    use super::Backoff;

    #[test]
    fn failures_space_the_rounds_out_up_to_an_hour() {
        let mut backoff = Backoff::default();
        assert!(backoff.should_run());
        let waits: Vec<u32> = (0..10).map(|_| backoff.failed()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
        let skipped = (0..60).filter(|_| !backoff.should_run()).count();
        assert_eq!(skipped, 60);
        assert!(backoff.should_run());
        backoff.succeeded();
        assert!(backoff.should_run());
    }
}
