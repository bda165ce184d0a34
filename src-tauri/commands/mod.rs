//! IPC commands: each takes the app state, calls the core, and maps the error.
//! The commands of one subject live in one module.

pub mod calendar;
pub mod decision;
pub mod log;
pub mod message;
pub mod reminders;

use raincheck_core::about::{self, AppInfo};
use tauri::State;

use crate::desktop::AppState;
use crate::ipc_error::IpcResult;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> IpcResult<AppInfo> {
    Ok(about::app_info(&state.data_dir))
}

/// How much faster than real time the page's minute passes (1 but in the soak
/// benchmark; see `clock`).
#[tauri::command]
pub fn clock_speed() -> u32 {
    crate::clock::speed()
}

/// Every IANA zone name, for the zone search in the interview form.
#[tauri::command]
pub fn zone_names() -> Vec<&'static str> {
    raincheck_core::time::zone_names().collect()
}
