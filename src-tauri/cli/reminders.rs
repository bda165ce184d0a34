//! `raincheck due`: the reminders as the loop would see them.

use raincheck_core::Result;

use super::Context;

/// `raincheck due`: what the reminder loop would show now (delivers nothing).
pub fn due(context: &Context<'_>) -> Result<()> {
    let log = context.open_log()?;
    let words = context.answer_words();
    let reminders =
        raincheck_core::reminders::due_in(&log, context.now(), &log.reminder_settings()?, words)?;
    context.print(&reminders, |list| {
        if list.is_empty() {
            return words.line("due-nothing");
        }
        list.iter()
            .map(|r| {
                format!(
                    "#{:<4} {:<16} {}\n      {}",
                    r.interview_id, r.kind, r.title, r.body
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}
