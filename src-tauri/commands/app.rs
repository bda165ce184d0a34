//! The app as a whole over IPC: about, the page's clock, the zone list, and
//! the words the window labels things with.

use chrono::{DateTime, Utc};
use raincheck_core::about::{self, AppInfo};
use raincheck_core::catalogue::Catalogue;
use raincheck_core::language::Language;
use raincheck_core::log::{Appearance, SIZES};
use raincheck_core::words::{sources, Said, WindowLanguage};
use serde::Serialize;
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

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

/// The user's zone (the profile's, else the system's): a new interview's default.
#[tauri::command(async)]
pub fn home_zone(state: State<'_, AppState>) -> IpcResult<String> {
    Ok(state.with_log(|log| log.home_zone())?.name().to_owned())
}

/// The labels of every named value the window shows, asked for once (and
/// again when the user picks another language).
#[tauri::command]
pub fn catalogue(state: State<'_, AppState>) -> Catalogue {
    Catalogue::new(&state.words())
}

/// "in 18 h" for each instant: the page's countdowns, moved each minute.
#[tauri::command]
pub fn countdowns(state: State<'_, AppState>, instants: Vec<DateTime<Utc>>) -> Vec<String> {
    raincheck_core::views::countdowns(&instants, Utc::now(), &state.words())
}

/// The page's words in one language: what `window.__RAINCHECK_WORDS__` holds.
#[derive(Serialize)]
pub struct PageWords {
    /// The user's choice: "system" or a language.
    choice: WindowLanguage,
    /// The language spoken.
    language: Language,
    /// Its `page.ftl`, which the page formats with Fluent.
    source: &'static str,
}

fn page_words(choice: WindowLanguage, language: Language) -> PageWords {
    PageWords {
        choice,
        language,
        source: sources(language).1,
    }
}

/// The window's language as the user chose it.
#[tauri::command]
pub fn window_language(state: State<'_, AppState>) -> PageWords {
    let choice = WindowLanguage::load(&state.data_dir);
    page_words(choice, state.words().language())
}

/// Speaks another language from now on (and at the next start).
#[tauri::command(async)]
pub fn set_window_language(
    state: State<'_, AppState>,
    choice: WindowLanguage,
) -> IpcResult<PageWords> {
    let words = state.choose_language(choice)?;
    // The feed speaks the window's language too.
    state.refresh_feed();
    Ok(page_words(choice, words.language()))
}

/// How the window looks, as the user left it.
#[tauri::command(async)]
pub fn get_appearance(state: State<'_, AppState>) -> IpcResult<Appearance> {
    Ok(state.with_log(|log| log.appearance())?)
}

/// Keeps how the window looks and applies its size: the webview's own zoom,
/// so the page reflows as a narrower window would (no sideways scrolling).
#[tauri::command(async)]
pub fn set_appearance(
    state: State<'_, AppState>,
    window: tauri::WebviewWindow,
    appearance: Appearance,
) -> IpcResult<Appearance> {
    // The size first: it must work even when the log cannot be written (a
    // read-only folder, a wrong key), which is when the banner must be read.
    if SIZES.contains(&appearance.zoom) {
        window.set_zoom(appearance.zoom).map_err(|e| {
            raincheck_core::Error::Desktop(
                Said::key("error-desktop-zoom").with("detail", e.to_string()),
            )
        })?;
    }
    Ok(state.with_log(|log| log.set_appearance(&appearance))?)
}
