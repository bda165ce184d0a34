//! The tray icon: open the window, see the next interview, pause reminders, quit.

use std::sync::Mutex;

use chrono::Utc;
use raincheck_core::log::ListFilter;
use raincheck_core::time::countdown;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Wry};

use super::Reminders;
use crate::state::AppState;
use crate::window::show_main_window;

const NEXT_ITEM: &str = "next";

/// Builds the tray icon; `false` when the desktop has no tray to put it in.
pub fn build(app: &AppHandle) -> bool {
    let built = (|| -> tauri::Result<()> {
        let open = MenuItem::with_id(app, "open", "Open Raincheck", true, None::<&str>)?;
        let next = MenuItem::with_id(
            app,
            NEXT_ITEM,
            "No interview coming up",
            false,
            None::<&str>,
        )?;
        let pause = MenuItem::with_id(
            app,
            "pause",
            "Pause reminders for 1 hour",
            true,
            None::<&str>,
        )?;
        let quit = MenuItem::with_id(app, "quit", "Quit Raincheck", true, None::<&str>)?;
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
    let label = match next {
        Some(item) => format!(
            "Next: {} {}",
            item.interview.company,
            countdown(item.hours_left)
        ),
        None => "No interview coming up".into(),
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
            format!("Raincheck: {waiting} reminder(s) waiting")
        } else {
            "Raincheck".into()
        };
        let _ = tray.set_tooltip(Some(tooltip));
    }
}
