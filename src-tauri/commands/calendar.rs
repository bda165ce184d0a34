//! Clashes and slot proposals over IPC.

use chrono::Utc;
use raincheck_core::calendar::{Clash, SlotProposal};
use raincheck_core::time::{parse_start, parse_zone};
use tauri::State;

use crate::desktop::AppState;
use crate::ipc_error::IpcResult;

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
    Ok(state.with_log(|log| log.slots_for(interview, count, Utc::now()))?)
}
