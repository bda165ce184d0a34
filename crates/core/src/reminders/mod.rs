//! What is due (docs/domain.md §5): a pure function of the log and the clock. The
//! shell's loop asks it every minute, shows each reminder, and records it as
//! delivered, so none fires twice, even across restarts. A reminder the user
//! snoozes ([`crate::log::Log::snooze_reminder`]) is held back until its
//! snooze ends, then shown once more.

mod delivery;
mod due;
mod follow_up;
mod snooze;

pub use delivery::{deliver_due, About, Delivered, Notifier, SUMMARY_THRESHOLD};
pub(crate) use due::occasions;
pub use due::{
    awaits_decision_or_message, due, due_in, reminders_of, Reminder, ReminderKind, ReminderNow,
    ReminderSettings,
};
pub use follow_up::{
    after_working_days, silence, FollowUpSettings, SentFacts, Silence, SilenceStage,
    DEFAULT_FOLLOW_UP_WORKING_DAYS, FOLLOW_UP_OFFERED_DAYS, MAX_FOLLOW_UP_WORKING_DAYS,
};
pub use snooze::{next_escalation, snooze_ends, snooze_until, SnoozeChoice};
