//! The window: builds the Tauri app with its state and commands, and runs it.

use std::process::ExitCode;
use std::sync::{Mutex, MutexGuard};

use raincheck_core::data_dir::DataDir;
use raincheck_core::log::key_vault::SystemKeyring;
use raincheck_core::log::Log;
use raincheck_core::Result;
use tauri::{AppHandle, Emitter, Manager, WindowEvent};

use crate::cli::GlobalArgs;
use crate::commands;
use crate::reminders::{self, tray, Reminders};
use crate::webview;

/// Whether the tray icon could be made (a desktop without a tray has none).
struct Tray(bool);

/// What every IPC command may reach. The log opens in the background once the
/// window is up (see `open_log_in_background`), or on first use.
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

/// Shows and focuses the main window.
pub fn show_main_window(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        tell_page_visibility(app, true);
    }
}

#[derive(Clone, serde::Serialize)]
struct WindowVisibility {
    visible: bool,
}

/// The page stops its timers while hidden in the tray and catches up when
/// shown. WebKitGTK reports a hidden window's page as hidden (the soak shows
/// `document.visibilityState`); the shell says so too, for webviews that don't.
fn tell_page_visibility(app: &AppHandle, visible: bool) {
    let _ = app.emit("window-visibility", WindowVisibility { visible });
}

/// Shows the window on one interview (a click on its reminder).
pub fn show_interview(app: &AppHandle, interview_id: Option<i64>) {
    show_main_window(app);
    if let Some(id) = interview_id {
        let _ = app.emit("open-interview", id);
    }
}

/// Told once: closing the window leaves Raincheck running in the tray.
fn tell_once_about_the_tray(app: &AppHandle) {
    let state = app.state::<AppState>();
    let marker = state.data_dir.path().join("tray-notice-shown");
    if marker.exists() {
        return;
    }
    use raincheck_core::reminders::Notifier;
    let shown = reminders::notifier_for(app).notify(
        "Raincheck is still running",
        "It stays in the tray to remind you before your interviews. Quit from the tray menu.",
        None,
    );
    if shown.is_ok() && state.data_dir.ensure_exists().is_ok() {
        let _ = raincheck_core::files::write_private(&marker, b"");
    }
}

/// Opens the log while the window loads its page: the first screen's first
/// call then finds it open instead of waiting for the keyring and SQLCipher.
/// A failure is left for that call to report, where the user can act on it.
fn open_log_in_background(app: AppHandle) {
    let spawned = std::thread::Builder::new()
        .name("log-open".into())
        .spawn(move || {
            let _ = app.state::<AppState>().with_log(|_| Ok(()));
        });
    if let Err(error) = spawned {
        eprintln!("raincheck: the log will open on first use ({error})");
    }
}

pub fn run(global: &GlobalArgs, start_hidden: bool) -> ExitCode {
    let data_dir = match DataDir::resolve(global.data_dir.as_deref()) {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("raincheck: {error}");
            return ExitCode::from(2);
        }
    };
    webview::ask_only_what_the_ui_needs();
    let builder = tauri::Builder::default()
        // First: a second launch hands its arguments over to this one and ends;
        // a start at login (--hidden) leaves the window where it is.
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| {
            if !args.iter().any(|arg| arg == "--hidden") {
                show_main_window(app)
            }
        }))
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec!["--hidden"]),
        ));
    #[cfg(not(target_os = "linux"))]
    let builder = builder.plugin(tauri_plugin_notification::init());
    let result = builder
        .manage(AppState::new(data_dir))
        .manage(Reminders::default())
        .setup(move |app| {
            let handle = app.handle().clone();
            let has_tray = tray::build(&handle);
            app.manage(Tray(has_tray));
            if !start_hidden || !has_tray {
                show_main_window(&handle);
            }
            open_log_in_background(handle.clone());
            reminders::start(handle);
            Ok(())
        })
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                let app = window.app_handle();
                // With a tray, closing hides: reminders keep coming.
                if app.state::<Tray>().0 {
                    api.prevent_close();
                    let _ = window.hide();
                    tell_page_visibility(app, false);
                    tell_once_about_the_tray(app);
                }
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::clock_speed,
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
            commands::reminders::reminder_status,
            commands::reminders::get_reminder_settings,
            commands::reminders::set_reminder_settings,
            commands::reminders::start_at_login,
            commands::reminders::set_start_at_login,
            commands::calendar::check_clashes,
            commands::calendar::propose_slots,
            commands::calendar::export_interview_ics,
            commands::calendar::read_invite,
            commands::log::log_status,
            commands::log::list_interviews,
            commands::log::get_interview,
            commands::log::add_interview,
            commands::log::edit_interview,
            commands::log::decide_interview,
            commands::log::update_prep,
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
            commands::log::restore_backup,
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
