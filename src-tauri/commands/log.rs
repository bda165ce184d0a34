//! The interview log over IPC: the same payload types as `raincheck log ...`.

use chrono::Utc;
use raincheck_core::data_dir::exports_dir;
use raincheck_core::exports::{self, ExportFormat, Written};
use raincheck_core::insights::Insights;
use raincheck_core::log::transfer::ImportReport;
use raincheck_core::log::{
    self, Added, DecisionUpdate, Interview, InterviewFields, InterviewRecord, ListQuery, Message,
    NewTime, NonNegotiables, PrepUpdate, Profile, SentMessage, Status,
};
use raincheck_core::views::{self, InterviewView, ListView};
use tauri::ipc::{InvokeBody, Request};
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn log_status(state: State<'_, AppState>) -> IpcResult<Status> {
    let words = state.words();
    Ok(state.with_log(|log| log.status_in(Utc::now(), &words))?)
}

/// A page of the list, with the count of each filter (see `ListQuery`).
#[tauri::command(async)]
pub fn list_interviews(state: State<'_, AppState>, query: ListQuery) -> IpcResult<ListView> {
    let words = state.words();
    let page = state.with_log(|log| views::list(log, &query, Utc::now(), &words))?;
    mark_interactive();
    Ok(page)
}

/// The first screen's first answer: when `RAINCHECK_STARTUP_MARK` names a file,
/// it is written then, so the benchmark (scripts/bench.py) can time start-up.
fn mark_interactive() {
    static MARKED: std::sync::Once = std::sync::Once::new();
    MARKED.call_once(|| {
        if let Some(path) = std::env::var_os("RAINCHECK_STARTUP_MARK") {
            let _ = std::fs::write(path, b"interactive");
        }
    });
}

#[tauri::command(async)]
pub fn get_interview(state: State<'_, AppState>, id: i64) -> IpcResult<InterviewView> {
    let words = state.words();
    Ok(state.with_log(|log| views::interview(log, id, Utc::now(), &words))?)
}

#[tauri::command(async)]
pub fn add_interview(state: State<'_, AppState>, fields: InterviewFields) -> IpcResult<Added> {
    let id = state.changing_log(|log| log.add_interview(&fields, Utc::now()))?;
    Ok(Added { id })
}

#[tauri::command(async)]
pub fn edit_interview(
    state: State<'_, AppState>,
    id: i64,
    fields: InterviewFields,
) -> IpcResult<Interview> {
    Ok(state.changing_log(|log| log.edit_interview(id, &fields, Utc::now()))?)
}

#[tauri::command(async)]
pub fn decide_interview(
    state: State<'_, AppState>,
    id: i64,
    update: DecisionUpdate,
) -> IpcResult<Interview> {
    Ok(state.changing_log(|log| log.decide(id, &update, Utc::now()))?)
}

/// Deletes and returns the whole record, which the UI keeps for "Undo".
#[tauri::command(async)]
pub fn delete_interview(state: State<'_, AppState>, id: i64) -> IpcResult<InterviewRecord> {
    Ok(state.changing_log(|log| log.delete_interview(id))?)
}

#[tauri::command(async)]
pub fn restore_interview(state: State<'_, AppState>, record: InterviewRecord) -> IpcResult<Added> {
    let id = state.changing_log(|log| log.restore_interview(&record))?;
    Ok(Added { id })
}

/// Ticks, unticks and writes the pre-interview checklist.
#[tauri::command(async)]
pub fn update_prep(
    state: State<'_, AppState>,
    id: i64,
    update: PrepUpdate,
) -> IpcResult<Interview> {
    Ok(state.with_log(|log| log.update_prep(id, &update, Utc::now()))?)
}

#[tauri::command(async)]
pub fn record_sent(
    state: State<'_, AppState>,
    id: i64,
    message: SentMessage,
) -> IpcResult<Message> {
    Ok(state.changing_log(|log| log.record_sent(id, &message, Utc::now()))?)
}

#[tauri::command(async)]
pub fn record_reply(
    state: State<'_, AppState>,
    message_id: i64,
    reply: String,
) -> IpcResult<Message> {
    Ok(state.with_log(|log| log.record_reply(message_id, &reply, Utc::now()))?)
}

/// Records their answer proposing a new time: the interview moves there
/// (wall time in its zone), the old time kept in its history.
#[tauri::command(async)]
pub fn record_new_time(
    state: State<'_, AppState>,
    message_id: i64,
    reply: String,
    starts_at: String,
) -> IpcResult<NewTime> {
    Ok(state.with_log(|log| log.record_new_time(message_id, &reply, &starts_at, Utc::now()))?)
}

/// Marks an interview "no answer" (they stayed silent after a follow-up), or
/// takes the mark away.
#[tauri::command(async)]
pub fn set_no_answer(state: State<'_, AppState>, id: i64, marked: bool) -> IpcResult<Interview> {
    Ok(state.with_log(|log| log.set_no_answer(id, marked, Utc::now()))?)
}

#[tauri::command(async)]
pub fn get_profile(state: State<'_, AppState>) -> IpcResult<Profile> {
    Ok(state.with_log(|log| log.profile())?)
}

#[tauri::command(async)]
pub fn set_profile(state: State<'_, AppState>, profile: Profile) -> IpcResult<Profile> {
    Ok(state.changing_log(|log| log.set_profile(&profile))?)
}

/// The user's non-negotiables, and the suggestions already answered.
#[tauri::command(async)]
pub fn non_negotiables(state: State<'_, AppState>) -> IpcResult<NonNegotiables> {
    Ok(state.with_log(|log| log.non_negotiables())?)
}

#[tauri::command(async)]
pub fn add_non_negotiable(state: State<'_, AppState>, text: String) -> IpcResult<NonNegotiables> {
    Ok(state.with_log(|log| log.add_non_negotiable(&text))?)
}

/// Rewords the non-negotiable numbered `number` (from 1).
#[tauri::command(async)]
pub fn edit_non_negotiable(
    state: State<'_, AppState>,
    number: usize,
    text: String,
) -> IpcResult<NonNegotiables> {
    Ok(state.with_log(|log| log.edit_non_negotiable(number, &text))?)
}

#[tauri::command(async)]
pub fn remove_non_negotiable(
    state: State<'_, AppState>,
    number: usize,
) -> IpcResult<NonNegotiables> {
    Ok(state.with_log(|log| log.remove_non_negotiable(number))?)
}

/// Keeps a suggestion of the Insights, as worded in the window's language or
/// in the user's own `text`.
#[tauri::command(async)]
pub fn accept_suggestion(
    state: State<'_, AppState>,
    scenario: String,
    text: Option<String>,
) -> IpcResult<NonNegotiables> {
    let words = state.words();
    Ok(state
        .with_log(|log| log.accept_suggestion(&scenario, text.as_deref(), Utc::now(), &words))?)
}

#[tauri::command(async)]
pub fn dismiss_suggestion(
    state: State<'_, AppState>,
    scenario: String,
) -> IpcResult<NonNegotiables> {
    Ok(state.with_log(|log| log.dismiss_suggestion(&scenario, Utc::now()))?)
}

/// Writes an export into the user's Documents folder under a dated name; the
/// file is readable by the user alone.
#[tauri::command(async)]
pub fn export_log(state: State<'_, AppState>, format: ExportFormat) -> IpcResult<Written> {
    let folder = exports_dir()?;
    let path = state.with_log(|log| exports::export_into(log, format, &folder, Utc::now()))?;
    Ok(Written::at(&path))
}

/// Imports the text of a JSON export the user picked.
#[tauri::command(async)]
pub fn import_log(state: State<'_, AppState>, text: String) -> IpcResult<ImportReport> {
    Ok(state.changing_log(|log| log.import_json(&text))?)
}

/// What the whole search shows, in the window's words.
#[tauri::command(async)]
pub fn insights(state: State<'_, AppState>) -> IpcResult<Insights> {
    let words = state.words();
    Ok(state.with_log(|log| log.insights_in(Utc::now(), &words))?)
}

/// The same figures as CSV in the user's Documents folder, for a coach.
#[tauri::command(async)]
pub fn export_insights(state: State<'_, AppState>) -> IpcResult<Written> {
    let folder = exports_dir()?;
    let path = state.with_log(|log| exports::insights_into(log, &folder, Utc::now()))?;
    Ok(Written::at(&path))
}

/// Backs the log up into the user's Documents folder under a dated name.
#[tauri::command(async)]
pub fn backup_log(state: State<'_, AppState>) -> IpcResult<Written> {
    let folder = exports_dir()?;
    let path = state.with_log(|log| exports::backup_into(log, &folder, Utc::now()))?;
    Ok(Written::at(&path))
}

/// Moves an unreadable log file aside so a fresh log can start.
#[tauri::command(async)]
pub fn move_log_aside(state: State<'_, AppState>) -> IpcResult<Written> {
    let path =
        state.with_log_closed(|data_dir| Ok((None, log::move_aside(data_dir, Utc::now())?)))?;
    Ok(Written::at(&path))
}

/// Restores a backup the user picked: its bytes come as the raw body of the
/// call (not a JSON array of numbers). The current log is moved aside.
#[tauri::command(async)]
pub fn restore_backup(state: State<'_, AppState>, request: Request<'_>) -> IpcResult<Written> {
    let bytes: std::borrow::Cow<'_, [u8]> = match request.body() {
        InvokeBody::Raw(bytes) => bytes.into(),
        // A webview without the raw channel sends the bytes as a JSON array.
        InvokeBody::Json(value) => serde_json::from_value::<Vec<u8>>(value.clone())
            .map_err(|_| {
                raincheck_core::Error::said(raincheck_core::words::Said::key(
                    "error-backup-not-a-file",
                ))
            })?
            .into(),
    };
    let aside = state.with_log_closed(|data_dir| {
        let (log, aside) = log::restore_backup_bytes(
            data_dir,
            &bytes,
            &raincheck_core::log::key_vault::SystemKeyring,
            Utc::now(),
        )?;
        Ok((Some(log), aside))
    })?;
    state.refresh_feed();
    // No log to move aside (a first run): an empty path says so.
    Ok(aside.as_deref().map(Written::at).unwrap_or(Written {
        path: String::new(),
    }))
}
