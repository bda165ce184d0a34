//! The window: builds the Tauri app with its state and commands, and runs it.

use std::process::ExitCode;

use raincheck_core::data_dir::DataDir;
use tauri::{AppHandle, Manager, WindowEvent};

use crate::cli::GlobalArgs;
use crate::commands;
use crate::reminders::{self, tray, Reminders};
use crate::state::AppState;
use crate::webview;
use crate::window::{build_main_window, show_main_window, tell_page_visibility};

// The handler of every command in `commands/list.rs`.
include!("commands/list.rs");
macro_rules! ipc_handler {
    ($($module:ident :: $name:ident),* $(,)?) => {
        tauri::generate_handler![$(commands::$module::$name),*]
    };
}

/// Whether the tray icon could be made (a desktop without a tray has none).
struct Tray(bool);

/// Told once: closing the window leaves Raincheck running in the tray.
fn tell_once_about_the_tray(app: &AppHandle) {
    let state = app.state::<AppState>();
    let marker = state.data_dir.path().join("tray-notice-shown");
    if marker.exists() {
        return;
    }
    use raincheck_core::reminders::Notifier;
    let words = state.words();
    let shown = reminders::notifier_for(app).notify(
        &words.get("tray-still-running"),
        &words.get("tray-still-running-body"),
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
            build_main_window(&handle, &handle.state::<AppState>().words())?;
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
        .invoke_handler(with_ipc_commands!(ipc_handler))
        .run(tauri::generate_context!("tauri.conf.json"));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("raincheck: the window could not be opened: {error}");
            ExitCode::FAILURE
        }
    }
}
