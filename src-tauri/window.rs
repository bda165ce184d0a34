//! The main window as the rest of the shell sees it: show it, show one
//! interview in it, and tell its page whether it is visible.

use raincheck_core::words::{sources, Words};
use tauri::{AppHandle, Emitter, Manager, WebviewWindowBuilder};

/// Opens the main window (hidden until shown) as `tauri.conf.json` describes
/// it, with the page's words handed over before its first script runs: no
/// round trip, and no English flash before a German page.
pub fn build_main_window(app: &AppHandle, words: &Words) -> tauri::Result<()> {
    let Some(config) = app
        .config()
        .app
        .windows
        .iter()
        .find(|window| window.label == "main")
    else {
        return Ok(());
    };
    WebviewWindowBuilder::from_config(app, config)?
        .initialization_script(page_words_script(words))
        .build()?;
    Ok(())
}

/// `window.__RAINCHECK_WORDS__ = {"language": "de", "source": "<page.ftl>"}`.
pub fn page_words_script(words: &Words) -> String {
    let language = words.language();
    let page = serde_json::json!({ "language": language.as_str(), "source": sources(language).1 });
    format!("window.__RAINCHECK_WORDS__ = {page};")
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
pub fn tell_page_visibility(app: &AppHandle, visible: bool) {
    let _ = app.emit("window-visibility", WindowVisibility { visible });
}

/// Shows the window on one interview (a click on its reminder; only the Linux
/// notifier reports clicks).
#[cfg(target_os = "linux")]
pub fn show_interview(app: &AppHandle, interview_id: Option<i64>) {
    show_main_window(app);
    if let Some(id) = interview_id {
        let _ = app.emit("open-interview", id);
    }
}
