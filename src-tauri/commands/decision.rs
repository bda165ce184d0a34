//! The decision wizard over IPC.

use raincheck_core::decision::{advise as work_out, Advice, AdviceInput, Scenario};
use serde::Serialize;
use tauri::State;

use crate::desktop::AppState;
use crate::ipc_error::IpcResult;

/// Advice for the wizard's answers; with `interview`, the log fills the start,
/// the zone and the contact details.
#[tauri::command(async)]
pub fn advise(
    state: State<'_, AppState>,
    mut input: AdviceInput,
    interview: Option<i64>,
) -> IpcResult<Advice> {
    if let Some(id) = interview {
        let record = state.with_log(|log| log.interview(id))?;
        input.fill_from(&record);
    }
    Ok(work_out(&input)?)
}

#[derive(Serialize)]
pub struct ScenarioChoice {
    id: Scenario,
    label: &'static str,
    obstacle: Option<raincheck_core::decision::Obstacle>,
}

/// The situations the wizard offers, in plain words, with what each implies.
#[tauri::command]
pub fn scenarios() -> Vec<ScenarioChoice> {
    Scenario::ALL
        .iter()
        .map(|scenario| ScenarioChoice {
            id: *scenario,
            label: scenario.label(),
            obstacle: scenario.implied_obstacle(),
        })
        .collect()
}
