//! `raincheck due`: the reminders as the loop would see them.

use raincheck_core::Result;

use super::Context;

/// `raincheck due`: what the reminder loop would show now (delivers nothing).
pub fn due(context: &Context<'_>) -> Result<()> {
    let log = context.open_log()?;
    let reminders = raincheck_core::reminders::due(&log, context.now(), &log.reminder_settings()?)?;
    context.print(&reminders, |list| {
        if list.is_empty() {
            return "Nothing is due.".into();
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
