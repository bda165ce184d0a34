//! "They proposed a new time" (docs/domain.md §8): their answer kept on the
//! message, the interview moved to that time with the old one in its
//! history, and the confirmation offered until one goes out.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::Serialize;

use super::fields::apply_fields;
use super::interviews::{record_history, write_changes};
use super::messages::{no_such_message, write_reply};
use super::model::{Interview, InterviewFields, InterviewRecord, Message};
use super::{begin, storage, Log};
use crate::decision::Decision;
use crate::error::{Error, Result};
use crate::message::MessageKind;
use crate::time::{from_utc_text, to_utc_text};
use crate::words::Said;

/// The history field that marks a start moved because the employer proposed it.
pub const NEW_TIME_PROPOSED: &str = "new_time_proposed";

/// What recording a proposed time changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewTime {
    /// The message they answered, with their reply.
    pub message: Message,
    /// The interview at its new time.
    pub interview: Interview,
}

/// A time they proposed that is in the log but not yet confirmed to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct UnconfirmedTime {
    /// The new start.
    pub starts_at: DateTime<Utc>,
    /// The start before it.
    pub moved_from: Option<DateTime<Utc>>,
    /// When their proposal was recorded.
    pub recorded_at: DateTime<Utc>,
}

impl Log {
    /// Records their answer to a message proposing a new start (`starts_at`
    /// as the form takes it: wall time in the interview's zone, or RFC 3339).
    /// The interview moves there, its history keeping the old time; since
    /// confirming a time means going, the decision becomes "attend" (the
    /// history keeps the one before). All of it or nothing is saved.
    pub fn record_new_time(
        &mut self,
        message_id: i64,
        reply: &str,
        starts_at: &str,
        now: DateTime<Utc>,
    ) -> Result<NewTime> {
        let interview_id: i64 = self
            .connection
            .query_row(
                "SELECT interview_id FROM messages WHERE id = ?1",
                [message_id],
                |row| row.get(0),
            )
            .optional()
            .map_err(storage)?
            .ok_or_else(|| no_such_message(message_id))?;
        let before = self.interview(interview_id)?;
        let moved = InterviewFields {
            starts_at: Some(starts_at.to_owned()),
            ..InterviewFields::default()
        };
        let mut after = apply_fields(&before, &moved, false)?;
        if after.starts_at <= now {
            return Err(Error::said(
                Said::key("error-new-time-passed").with("when", starts_at.trim()),
            )
            .for_field("new_start"));
        }
        after.decision = Decision::Attend;
        after.pause_until = None;

        let tx = begin(&mut self.connection)?;
        let message = write_reply(&tx, message_id, reply, now)?;
        let interview = write_changes(&tx, &before, after, now)?;
        record_history(
            &tx,
            interview_id,
            now,
            NEW_TIME_PROPOSED,
            None,
            Some(&to_utc_text(interview.starts_at)),
        )
        .map_err(storage)?;
        tx.commit().map_err(storage)?;
        Ok(NewTime { message, interview })
    }
}

/// The time they last proposed, while it still needs confirming: the
/// interview still starts then, that is ahead, and no confirmation of a new
/// time went out since it was recorded.
pub fn unconfirmed_new_time(
    record: &InterviewRecord,
    now: DateTime<Utc>,
) -> Option<UnconfirmedTime> {
    let proposal = record
        .history
        .iter()
        .rev()
        .find(|entry| entry.field == NEW_TIME_PROPOSED)?;
    let proposed = from_utc_text(proposal.new_value.as_deref()?).ok()?;
    let starts_at = record.interview.starts_at;
    if proposed != starts_at || starts_at <= now {
        return None;
    }
    let confirmed = record.messages.iter().any(|message| {
        message.kind == MessageKind::ConfirmNewTime
            && message.sent_at.is_some_and(|sent| sent >= proposal.at)
    });
    if confirmed {
        return None;
    }
    let moved_from = record
        .history
        .iter()
        .find(|entry| entry.field == "starts_at" && entry.at == proposal.at)
        .and_then(|entry| from_utc_text(entry.old_value.as_deref()?).ok());
    Some(UnconfirmedTime {
        starts_at,
        moved_from,
        recorded_at: proposal.at,
    })
}
