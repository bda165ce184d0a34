//! Reminders over IPC: their state, the user's settings, start at login.

use chrono::Utc;
use raincheck_core::reminders::{FollowUpSettings, ReminderKind, ReminderSettings, SnoozeChoice};
use raincheck_core::words::Said;
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;

use crate::ipc_error::IpcResult;
use crate::reminders::{ReminderStatus, Reminders};
use crate::state::AppState;

/// Whether notifications reach the user, and what waits in the window if not
/// (as of the loop's last round; it sends `reminders-changed` after each).
#[tauri::command(async)]
pub fn reminder_status(reminders: State<'_, Reminders>) -> ReminderStatus {
    reminders.status()
}

#[tauri::command(async)]
pub fn get_reminder_settings(state: State<'_, AppState>) -> IpcResult<ReminderSettings> {
    Ok(state.with_log(|log| log.reminder_settings())?)
}

#[tauri::command(async)]
pub fn set_reminder_settings(
    state: State<'_, AppState>,
    settings: ReminderSettings,
) -> IpcResult<()> {
    Ok(state.with_log(|log| log.set_reminder_settings(&settings))?)
}

/// After how many working days of silence a follow-up is offered.
#[tauri::command(async)]
pub fn get_follow_up_settings(state: State<'_, AppState>) -> IpcResult<FollowUpSettings> {
    Ok(state.with_log(|log| log.follow_up_settings())?)
}

#[tauri::command(async)]
pub fn set_follow_up_settings(
    state: State<'_, AppState>,
    settings: FollowUpSettings,
) -> IpcResult<FollowUpSettings> {
    Ok(state.with_log(|log| log.set_follow_up_settings(&settings))?)
}

#[tauri::command(async)]
pub fn start_at_login(app: AppHandle) -> IpcResult<bool> {
    app.autolaunch().is_enabled().map_err(|e| {
        raincheck_core::Error::Desktop(
            Said::key("error-desktop-autostart-read").with("detail", e.to_string()),
        )
        .into()
    })
}

#[tauri::command(async)]
pub fn set_start_at_login(app: AppHandle, on: bool) -> IpcResult<bool> {
    let launcher = app.autolaunch();
    let result = if on {
        launcher.enable()
    } else {
        launcher.disable()
    };
    result.map_err(|e| {
        raincheck_core::Error::Desktop(
            Said::key("error-desktop-autostart-change").with("detail", e.to_string()),
        )
    })?;
    Ok(on)
}

/// Puts off one reminder of an interview, from its page: as the
/// notification's buttons do.
#[tauri::command(async)]
pub fn snooze_reminder(
    state: State<'_, AppState>,
    id: i64,
    kind: ReminderKind,
    choice: SnoozeChoice,
) -> IpcResult<()> {
    state.with_log(|log| log.snooze_reminder(id, kind, choice, Utc::now()))?;
    Ok(())
}
