//! Clashes and slot proposals over IPC.

use chrono::Utc;
use raincheck_core::calendar::ics::{import_ics_in, ImportedInvite};
use raincheck_core::calendar::{Clash, SlotProposal};
use raincheck_core::data_dir::exports_dir;
use raincheck_core::exports::{self, Written};
use raincheck_core::time::{parse_start, parse_zone};
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
