//! The main window as the rest of the shell sees it: show it, show one
//! interview in it, and tell its page whether it is visible.

use tauri::{AppHandle, Emitter, Manager};

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
pub fn tell_page_visibility(app: &AppHandle, visible: bool) {
    let _ = app.emit("window-visibility", WindowVisibility { visible });
}

/// Shows the window on one interview (a click on its reminder).
pub fn show_interview(app: &AppHandle, interview_id: Option<i64>) {
    show_main_window(app);
    if let Some(id) = interview_id {
        let _ = app.emit("open-interview", id);
    }
}
