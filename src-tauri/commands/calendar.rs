//! Clashes and slot proposals over IPC.

use std::path::Path;

use chrono::Utc;
use raincheck_core::calendar::feed::FeedStatus;
use raincheck_core::calendar::ics::{import_ics_in, ImportedInvite};
use raincheck_core::calendar::{Clash, SlotProposal};
use raincheck_core::data_dir::exports_dir;
use raincheck_core::exports::{self, Written};
use raincheck_core::log::Log;
use raincheck_core::time::{describe_start, parse_start, parse_zone};
use raincheck_core::words::Words;
use serde::Serialize;
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

/// What a start (as typed in the form) would clash with; `id` is the interview
/// being edited, if any.
#[tauri::command(async)]
pub fn check_clashes(
    state: State<'_, AppState>,
    id: Option<i64>,
    starts_at: String,
    tz: String,
    duration_minutes: u32,
) -> IpcResult<Vec<Clash>> {
    let zone = parse_zone(&tz).map_err(|e| e.for_field("tz"))?;
    let start = parse_start(&starts_at, zone).map_err(|e| e.for_field("starts_at"))?;
    Ok(state.with_log(|log| log.clashes_for(id, start, duration_minutes))?)
}

#[tauri::command(async)]
pub fn propose_slots(
    state: State<'_, AppState>,
    interview: i64,
    count: usize,
) -> IpcResult<SlotProposal> {
    let words = state.words();
    Ok(state.with_log(|log| log.slots_for_in(interview, count, Utc::now(), &words))?)
}

/// Writes one interview as an .ics file into the Documents folder.
#[tauri::command(async)]
pub fn export_interview_ics(state: State<'_, AppState>, id: i64) -> IpcResult<Written> {
    let record = state.with_log(|log| log.interview_record(id))?;
    Ok(Written::at(&exports::ics_into(&record, &exports_dir()?)?))
}

/// Reads an invite the user picked: the events in it, as add-form fields.
#[tauri::command(async)]
pub fn read_invite(state: State<'_, AppState>, text: String) -> IpcResult<Vec<ImportedInvite>> {
    // Its warnings in the window's language.
    Ok(import_ics_in(&text, &state.words())?)
}

/// The calendar feed as Settings shows it.
#[derive(Debug, Serialize)]
pub struct FeedView {
    #[serde(flatten)]
    pub status: FeedStatus,
    /// When the file was last written, in the user's zone and the window's words.
    pub last_written: Option<String>,
    /// Why it could not be written last time, if so.
    pub problem: Option<String>,
}

fn feed_view(log: &Log, status: FeedStatus, words: &Words) -> raincheck_core::Result<FeedView> {
    let last_written = match status.last_written_at {
        Some(at) => Some(describe_start(at, log.home_zone()?, words)),
        None => None,
    };
    Ok(FeedView {
        status,
        last_written,
        problem: None,
    })
}

/// Where the feed is kept, how many events it holds and when it was written.
#[tauri::command(async)]
pub fn calendar_feed(state: State<'_, AppState>) -> IpcResult<FeedView> {
    let words = state.words();
    let mut view = state.with_log(|log| {
        let status = log.calendar_feed_status(Utc::now())?;
        feed_view(log, status, &words)
    })?;
    view.problem = state.feed_problem().filter(|_| view.status.on);
    Ok(view)
}

/// Keeps the feed in `folder` (typed or pasted in Settings) and writes it
/// now; a folder that is missing or read-only is refused in words.
#[tauri::command(async)]
pub fn set_calendar_feed(state: State<'_, AppState>, folder: String) -> IpcResult<FeedView> {
    let words = state.words();
    let view = state.with_log(|log| {
        let status = log.switch_calendar_feed_on(Path::new(folder.trim()), Utc::now(), &words)?;
        feed_view(log, status, &words)
    })?;
    state.clear_feed_problem();
    Ok(view)
}

/// Stops keeping the feed and removes its file.
#[tauri::command(async)]
pub fn calendar_feed_off(state: State<'_, AppState>) -> IpcResult<FeedView> {
    state.with_log(|log| log.switch_calendar_feed_off())?;
    state.clear_feed_problem();
    Ok(FeedView {
        status: FeedStatus::off(),
        last_written: None,
        problem: None,
    })
}
