//! IPC commands: each takes the app state, calls the core, and maps the error.

use raincheck_core::about::{self, AppInfo};
use tauri::State;

use crate::desktop::AppState;
use crate::ipc_error::IpcResult;

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> IpcResult<AppInfo> {
    Ok(about::app_info(&state.data_dir))
}
