//! `raincheck due`: the reminders as the loop would see them.

use clap::Args;
use raincheck_core::reminders::{ReminderKind, SnoozeChoice};
use raincheck_core::time::describe_start;
use raincheck_core::words::Arg;
use raincheck_core::Result;
use serde::Serialize;

use super::log::parse_named;
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

#[derive(Debug, Args)]
pub struct SnoozeArgs {
    /// The interview the reminder is about
    id: i64,
    /// Which reminder, as `raincheck due` names it (undecided_24h, final_2h…)
    #[arg(long, value_parser = parse_named::<ReminderKind>)]
    kind: ReminderKind,
    /// For how long: hour, evening (18:00 today, or an hour when later) or morning (09:00 tomorrow)
    #[arg(long = "for", value_name = "CHOICE", value_parser = parse_named::<SnoozeChoice>)]
    choice: SnoozeChoice,
}

/// `raincheck snooze`: puts off one reminder that is due now.
pub fn snooze(args: SnoozeArgs, context: &Context<'_>) -> Result<()> {
    let mut log = context.open_log()?;
    let until = log.snooze_reminder(args.id, args.kind, args.choice, context.now())?;
    let home = log.home_zone()?;
    #[derive(Serialize)]
    struct Snoozed {
        interview_id: i64,
        kind: ReminderKind,
        until: chrono::DateTime<chrono::Utc>,
    }
    let words = context.words();
    let answer = Snoozed {
        interview_id: args.id,
        kind: args.kind,
        until,
    };
    context.print(&answer, |snoozed| {
        words.line_with(
            "snoozed",
            &[
                ("id", Arg::from(snoozed.interview_id)),
                (
                    "until",
                    Arg::from(&describe_start(snoozed.until, home, words)),
                ),
            ],
        )
    })
}
