//! Delivering what is due: show it, then record it, so a crash between the two
//! repeats one reminder rather than losing it.

use chrono::{DateTime, Utc};

use super::due::{due_in, Reminder, ReminderKind, ReminderSettings};
use crate::error::Result;
use crate::log::Log;
use crate::words::{Arg, Words};

/// More than this many at once (after a long time closed) become one summary.
pub const SUMMARY_THRESHOLD: usize = 3;

/// Whatever shows a reminder to the user: a desktop notification, or the app's
/// own banner when no notification server answers.
pub trait Notifier {
    /// Shows one reminder; an error means it did not reach the user.
    fn notify(
        &mut self,
        title: &str,
        body: &str,
        about: Option<About>,
    ) -> std::result::Result<(), String>;
}

/// What a notification is about: the interview a click opens and the
/// reminder a snooze puts off. A summary of several is about none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct About {
    pub interview_id: i64,
    pub kind: ReminderKind,
}

/// What one round of delivery did.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Delivered {
    pub shown: Vec<Reminder>,
    /// Why nothing could be shown, when the notifier failed.
    pub failure: Option<String>,
}

/// One round of the reminder loop: works out what is due at `now`, shows it
/// (one summary when there are many), and records each as delivered.
pub fn deliver_due(
    log: &mut Log,
    now: DateTime<Utc>,
    settings: &ReminderSettings,
    notifier: &mut dyn Notifier,
    words: &Words,
) -> Result<Delivered> {
    let reminders = due_in(log, now, settings, words)?;
    if reminders.is_empty() {
        return Ok(Delivered::default());
    }
    let shown = if reminders.len() > SUMMARY_THRESHOLD {
        let mut unique: Vec<&str> = Vec::new();
        for reminder in &reminders {
            if !unique.contains(&reminder.company.as_str()) {
                unique.push(&reminder.company);
            }
        }
        let companies = unique.join(", ");
        let details = [
            ("count", Arg::from(reminders.len() as i64)),
            ("companies", Arg::from(companies.as_str())),
        ];
        notifier.notify(
            &words.with("notify-summary-title", &details),
            &words.with("notify-summary-body", &details),
            None,
        )
    } else {
        reminders.iter().try_for_each(|r| {
            let about = About {
                interview_id: r.interview_id,
                kind: r.kind,
            };
            notifier.notify(&r.title, &r.body, Some(about))
        })
    };
    if let Err(why) = shown {
        return Ok(Delivered {
            shown: Vec::new(),
            failure: Some(why),
        });
    }
    for reminder in &reminders {
        log.record_delivered(
            reminder.interview_id,
            reminder.kind.as_str(),
            reminder.key_instant,
            now,
        )?;
    }
    Ok(Delivered {
        shown: reminders,
        failure: None,
    })
}
