//! Drafting, checking and editing messages over IPC.

use chrono::Utc;
use raincheck_core::message::{self, CheckReport, Draft, MessageInput, TemplateInfo};
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::ipc_error::{guarded, IpcResult};
use crate::state::AppState;

/// The input for a message about an interview, filled from the log and profile;
/// kind and channel, when not given, are those its decision calls for.
#[tauri::command(async)]
pub fn message_input(
    state: State<'_, AppState>,
    interview: i64,
    input: MessageInput,
) -> IpcResult<MessageInput> {
    Ok(state.with_log(|log| {
        input
            .for_interview(log, interview, Utc::now())
            .map(MessageInput::with_draft_defaults)
    })?)
}

#[tauri::command(async)]
pub fn draft_message(state: State<'_, AppState>, mut input: MessageInput) -> IpcResult<Draft> {
    // The hours left decide whether the message apologises for short notice.
    input.now.get_or_insert_with(Utc::now);
    // Filled in outside the log's lock: a slow template must not hold up the
    // reminder loop or the rest of the window.
    let templates = state.with_log(|log| log.templates())?;
    // What it still needs is said in the window's language.
    Ok(message::draft(&input, &templates)?.in_words(&state.words()))
}

#[tauri::command(async)]
pub fn check_message(
    state: State<'_, AppState>,
    text: String,
    mut input: MessageInput,
) -> IpcResult<CheckReport> {
    input.now.get_or_insert_with(Utc::now);
    // Reported in the window's language, whatever the message is written in.
    let words = state.words();
    guarded("checking the message", || {
        message::check_in(&text, &input, &words)
    })
}

#[tauri::command(async)]
pub fn list_templates(state: State<'_, AppState>) -> IpcResult<Vec<TemplateInfo>> {
    Ok(state.with_log(|log| {
        let edits = log.template_edits()?;
        Ok(log.templates()?.list(&edits))
    })?)
}

#[derive(Serialize)]
pub struct Preview {
    draft: Draft,
}

/// Renders a template being edited, without saving it: syntax errors come back
/// with line and column.
#[tauri::command(async)]
pub fn preview_template(
    state: State<'_, AppState>,
    name: String,
    source: String,
    mut input: MessageInput,
) -> IpcResult<Preview> {
    input.now.get_or_insert_with(Utc::now);
    message::check_template(&name, &source)?;
    let mut edits = state.with_log(|log| log.template_edits())?;
    edits.retain(|(n, _)| *n != name);
    edits.push((name, source));
    // Rendered outside the log's lock, like a draft.
    let templates = message::Templates::with_edits(&edits)?;
    Ok(Preview {
        draft: message::draft(&input, &templates)?,
    })
}

#[tauri::command(async)]
pub fn save_template(state: State<'_, AppState>, name: String, source: String) -> IpcResult<()> {
    Ok(state.with_log(|log| log.save_template(&name, &source, Utc::now()))?)
}

#[tauri::command(async)]
pub fn reset_template(state: State<'_, AppState>, name: String) -> IpcResult<String> {
    state.with_log(|log| log.reset_template(&name))?;
    Ok(message::builtin_source(&name)
        .unwrap_or_default()
        .to_owned())
}

/// The `mailto:` link for a drafted e-mail (the UI shows it, and opens it).
#[tauri::command]
pub fn mail_link(to: Option<String>, subject: Option<String>, body: String) -> String {
    message::links::mailto(to.as_deref(), subject.as_deref(), &body)
}

/// What the window may hand to the system: the parts of a message, a phone
/// number, or an interview's place, never a URL. The link is built (or found
/// and checked) here, so a page can never pass another scheme or a `mailto:`
/// with `attach=`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkParts {
    Mail {
        #[serde(default)]
        to: Option<String>,
        #[serde(default)]
        subject: Option<String>,
        body: String,
    },
    Phone {
        number: String,
    },
    /// The meeting link found in the place of an interview in the log (the
    /// checklist's "test the technology"): the page names the interview only.
    Meeting {
        interview: i64,
    },
}

/// Opens the system's mail app on a drafted message, or its phone app on a number.
#[tauri::command(async)]
pub fn open_link(state: State<'_, AppState>, link: LinkParts) -> IpcResult<()> {
    let url = match link {
        LinkParts::Mail { to, subject, body } => {
            message::links::checked_mailto(to.as_deref(), subject.as_deref(), &body)?
        }
        LinkParts::Phone { number } => message::links::checked_tel(&number)?,
        LinkParts::Meeting { interview } => {
            let place = state.with_log(|log| log.interview(interview))?.location;
            message::links::meeting_link(place.as_deref().unwrap_or_default())?
        }
    };
    tauri_plugin_opener::open_url(&url, None::<&str>).map_err(|e| {
        raincheck_core::Error::said(
            raincheck_core::words::Said::key("error-link-no-app").with("detail", e.to_string()),
        )
        .into()
    })
}
