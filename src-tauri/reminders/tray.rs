//! The tray icon: open the window, see the next interview, pause reminders, quit.

use std::sync::Mutex;

use chrono::Utc;
use raincheck_core::log::ListFilter;
use raincheck_core::time::countdown;
use raincheck_core::words::Arg;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Wry};

use super::Reminders;
use crate::state::AppState;
use crate::window::show_main_window;

const NEXT_ITEM: &str = "next";

/// Builds the tray icon; `false` when the desktop has no tray to put it in.
pub fn build(app: &AppHandle) -> bool {
    // The menu's fixed items speak the language of the start; the next
    // interview's line follows a change at once.
    let words = app.state::<AppState>().words();
    let built = (|| -> tauri::Result<()> {
        let item = |id: &str, key: &str, enabled: bool| {
            MenuItem::with_id(app, id, words.get(key), enabled, None::<&str>)
        };
        let open = item("open", "tray-open", true)?;
        let next = item(NEXT_ITEM, "tray-nothing-coming", false)?;
        let pause = item("pause", "tray-pause-hour", true)?;
        let quit = item("quit", "tray-quit", true)?;
        let separator = PredefinedMenuItem::separator(app)?;
        let menu = Menu::with_items(app, &[&open, &next, &pause, &separator, &quit])?;
        let mut builder = TrayIconBuilder::with_id("main")
            .tooltip("Raincheck")
            .menu(&menu)
            .on_menu_event(|app, event| match event.id().as_ref() {
                "open" => show_main_window(app),
                "pause" => {
                    let reminders = app.state::<Reminders>();
                    reminders.pause_for(chrono::Duration::hours(1));
                    let _ = app.emit("reminders-changed", reminders.status());
                }
                "quit" => app.exit(0),
                _ => {}
            });
        if let Some(icon) = app.default_window_icon() {
            builder = builder.icon(icon.clone());
        }
        builder.build(app)?;
        app.manage(TrayMenu {
            next,
            shown: Mutex::default(),
        });
        Ok(())
    })();
    match built {
        Ok(()) => true,
        Err(error) => {
            eprintln!("raincheck: no tray icon ({error}); closing the window will quit");
            false
        }
    }
}

struct TrayMenu {
    next: MenuItem<Wry>,
    /// What the tray shows now (the next interview, reminders waiting): set
    /// again only when it changes, not on every round of the loop.
    shown: Mutex<Option<(String, usize)>>,
}

/// Puts the next interview that needs a decision, and reminders waiting, in the tray.
pub fn refresh(app: &AppHandle) {
    let Some(menu) = app.try_state::<TrayMenu>() else {
        return;
    };
    let state = app.state::<AppState>();
    let now = Utc::now();
    let next = state
        .with_log(|log| log.list(ListFilter::Upcoming, now, 1, 0))
        .ok()
        .and_then(|page| page.into_iter().next());
    let words = state.words();
    let label = match next {
        Some(item) => words.with(
            "tray-next",
            &[
                ("company", Arg::from(&item.interview.company)),
                ("left", Arg::from(&countdown(item.hours_left, &words))),
            ],
        ),
        None => words.get("tray-nothing-coming"),
    };
    let waiting = app.state::<Reminders>().status().pending.len();
    let now_shown = Some((label.clone(), waiting));
    {
        let mut shown = menu
            .shown
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if *shown == now_shown {
            return;
        }
        *shown = now_shown;
    }
    let _ = menu.next.set_text(label);
    if let Some(tray) = app.tray_by_id("main") {
        // The badge: on Linux the text beside the icon; the tooltip everywhere.
        let badge = (waiting > 0).then(|| format!("{waiting}"));
        let _ = tray.set_title(badge.as_deref());
        let tooltip = if waiting > 0 {
            words.with("tray-waiting", &[("count", Arg::from(waiting as i64))])
        } else {
            "Raincheck".into()
        };
        let _ = tray.set_tooltip(Some(tooltip));
    }
}
