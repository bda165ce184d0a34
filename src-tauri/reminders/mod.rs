//! The reminder loop: asks the core what is due at start-up and every minute,
//! shows it through the desktop's notifications, and records it as delivered.
//! When no notification server answers, the window shows the reminders instead.

mod notifier;
pub mod tray;

use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use raincheck_core::reminders::{deliver_due, due, Reminder};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager};

use crate::clock;
use crate::desktop::AppState;
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
    let mut notifier = DesktopNotifier::new(app.clone());
    let result = state.with_log(|log| {
        let settings = log.reminder_settings()?;
        let delivered = deliver_due(log, now, &settings, &mut notifier)?;
        let pending = if delivered.failure.is_some() {
            due(log, now, &settings)?
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
            status.problem = delivered.failure;
            status.pending = pending;
        }
        Err(error) => status.problem = Some(format!("Reminders could not read the log: {error}")),
    }
    // Told only when something changed: a page that stays open all day (or
    // hidden in the tray) has nothing to redo after a round that changed nothing.
    if *status == before {
        return;
    }
    let snapshot = status.clone();
    drop(status);
    let _ = app.emit("reminders-changed", snapshot);
}
