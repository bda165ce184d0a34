//! The window: builds the Tauri app with its state and commands, and runs it.

use std::process::ExitCode;

use raincheck_core::data_dir::DataDir;

use crate::cli::GlobalArgs;
use crate::commands;

/// What every IPC command may reach.
pub struct AppState {
    pub data_dir: DataDir,
}

pub fn run(global: &GlobalArgs) -> ExitCode {
    let data_dir = match DataDir::resolve(global.data_dir.as_deref()) {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("raincheck: {error}");
            return ExitCode::from(2);
        }
    };
    let result = tauri::Builder::default()
        .manage(AppState { data_dir })
        .invoke_handler(tauri::generate_handler![commands::app_info])
        .run(tauri::generate_context!("tauri.conf.json"));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("raincheck: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
