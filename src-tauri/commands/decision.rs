//! The decision wizard over IPC: the questions for the answers so far, and
//! the advice for the answers given.

use chrono::Utc;
use raincheck_core::decision::wizard::{self, AdvicePage, Asking, Question, WizardAnswers};
use serde::Serialize;
use tauri::State;

use crate::ipc_error::IpcResult;
use crate::state::AppState;

#[derive(Serialize)]
pub struct Wizard {
    title: String,
    subtitle: String,
    questions: Vec<Question>,
}

/// The wizard for an interview: its heading, and the questions these answers call for.
#[tauri::command(async)]
pub fn wizard(
    state: State<'_, AppState>,
    interview: i64,
    answers: WizardAnswers,
) -> IpcResult<Wizard> {
    let now = Utc::now();
    let (record, kept) =
        state.with_log(|log| Ok((log.interview(interview)?, log.non_negotiables()?.kept)))?;
    let words = state.words();
    let asking = Asking {
        passed: record.starts_at < now,
        non_negotiables: &kept,
    };
    Ok(Wizard {
        title: wizard::title(&record, &words),
        subtitle: wizard::subtitle(&record, now, &words),
        questions: wizard::questions(&answers, asking, &words)?,
    })
}

/// What to do, for the answers given about an interview in the log.
#[tauri::command(async)]
pub fn advise(
    state: State<'_, AppState>,
    interview: i64,
    answers: WizardAnswers,
) -> IpcResult<AdvicePage> {
    let (record, home, kept) = state.with_log(|log| {
        Ok((
            log.interview(interview)?,
            log.home_zone()?,
            log.non_negotiables()?.kept,
        ))
    })?;
    Ok(wizard::advice_page(
        &answers,
        &record,
        &kept,
        home,
        Utc::now(),
        &state.words(),
    )?)
}
