//! The window: builds the Tauri app with its state and commands, and runs it.

use std::process::ExitCode;
use std::sync::{Mutex, MutexGuard};

use raincheck_core::data_dir::DataDir;
use raincheck_core::log::key_vault::SystemKeyring;
use raincheck_core::log::Log;
use raincheck_core::{Error, Result};

use crate::cli::GlobalArgs;
use crate::commands;

/// What every IPC command may reach. The log opens on first use, not at start-up.
pub struct AppState {
    pub data_dir: DataDir,
    log: Mutex<Option<Log>>,
}

impl AppState {
    pub fn new(data_dir: DataDir) -> Self {
        AppState {
            data_dir,
            log: Mutex::new(None),
        }
    }

    /// Runs `work` on the open log, opening it first if needed.
    pub fn with_log<T>(&self, work: impl FnOnce(&mut Log) -> Result<T>) -> Result<T> {
        let mut slot = self.lock();
        if slot.is_none() {
            *slot = Some(Log::open(&self.data_dir, &SystemKeyring)?);
        }
        match slot.as_mut() {
            Some(log) => work(log),
            None => Err(Error::Storage("the log is not open".into())),
        }
    }

    /// Closes the log (before its file is moved aside); the next call reopens it.
    pub fn close_log(&self) {
        *self.lock() = None;
    }

    fn lock(&self) -> MutexGuard<'_, Option<Log>> {
        // A panic while holding the lock leaves the connection usable: SQLite
        // rolled back any open transaction when it was dropped mid-way.
        self.log
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
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
        .manage(AppState::new(data_dir))
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::zone_names,
            commands::decision::advise,
            commands::decision::scenarios,
            commands::message::message_input,
            commands::message::draft_message,
            commands::message::check_message,
            commands::message::list_templates,
            commands::message::preview_template,
            commands::message::save_template,
            commands::message::reset_template,
            commands::message::mail_link,
            commands::message::open_link,
            commands::log::log_status,
            commands::log::list_interviews,
            commands::log::get_interview,
            commands::log::add_interview,
            commands::log::edit_interview,
            commands::log::decide_interview,
            commands::log::delete_interview,
            commands::log::restore_interview,
            commands::log::record_sent,
            commands::log::record_reply,
            commands::log::get_profile,
            commands::log::set_profile,
            commands::log::export_log,
            commands::log::import_log,
            commands::log::backup_log,
            commands::log::move_log_aside,
        ])
        .run(tauri::generate_context!("tauri.conf.json"));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("raincheck: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
