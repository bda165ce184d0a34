//! Messages recorded for an interview: what was sent, when, and the reply.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row, Transaction};

use super::model::{Message, SentMessage};
use super::{begin, rows, storage, validate, Log};
use crate::error::{Error, Result};
use crate::time::to_utc_text;
use crate::words::Said;

const COLUMNS: &str = "id, kind, channel, subject, body, created_at, sent_at, reply, replied_at";

fn message_from_row(row: &Row<'_>) -> rusqlite::Result<Message> {
    Ok(Message {
        id: row.get(0)?,
        kind: rows::named(row, 1)?,
        channel: rows::named(row, 2)?,
        subject: row.get(3)?,
        body: row.get(4)?,
        created_at: rows::instant(row, 5)?,
        sent_at: rows::optional_instant(row, 6)?,
        reply: row.get(7)?,
        replied_at: rows::optional_instant(row, 8)?,
    })
}

/// Inserts a message as recorded; `keep_id` keeps its id (restore into a free slot).
pub(super) fn insert_message(
    tx: &Transaction<'_>,
    interview_id: i64,
    message: &Message,
    keep_id: bool,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO messages (id, interview_id, kind, channel, subject, body, created_at, sent_at, reply, replied_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            keep_id.then_some(message.id),
            interview_id,
            message.kind.as_str(),
            message.channel.as_str(),
            message.subject,
            message.body,
            to_utc_text(message.created_at),
            message.sent_at.map(to_utc_text),
            message.reply,
            message.replied_at.map(to_utc_text),
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Keeps their answer on a message; returns the message as it now stands.
pub(super) fn write_reply(
    connection: &Connection,
    message_id: i64,
    reply: &str,
    now: DateTime<Utc>,
) -> Result<Message> {
    let reply =
        validate::optional_multiline("field-reply", Some(reply), validate::MAX_MESSAGE_CHARS)?
            .ok_or_else(|| Error::said(Said::key("error-reply-empty")))?;
    let changed = connection
        .execute(
            "UPDATE messages SET reply = ?2, replied_at = ?3 WHERE id = ?1",
            params![message_id, reply, to_utc_text(now)],
        )
        .map_err(storage)?;
    if changed == 0 {
        return Err(no_such_message(message_id));
    }
    connection
        .query_row(
            &format!("SELECT {COLUMNS} FROM messages WHERE id = ?1"),
            [message_id],
            message_from_row,
        )
        .map_err(storage)
}

pub(super) fn no_such_message(message_id: i64) -> Error {
    Error::NotFound(Said::key("error-no-such-message").with("id", message_id))
}

/// A recorded message (undo, import) checked as a new one is.
pub(super) fn checked_message(message: &Message) -> Result<Message> {
    Ok(Message {
        subject: validate::optional_name("field-message-subject", message.subject.as_deref())?,
        body: validate::multiline(
            "field-message",
            message.body.trim(),
            validate::MAX_MESSAGE_CHARS,
        )?
        .to_owned(),
        reply: validate::optional_multiline(
            "field-reply",
            message.reply.as_deref(),
            validate::MAX_MESSAGE_CHARS,
        )?,
        ..message.clone()
    })
}

impl Log {
    /// Records a message as sent now, with a history entry on the interview.
    pub fn record_sent(
        &mut self,
        interview_id: i64,
        sent: &SentMessage,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        self.interview(interview_id)?;
        let subject = validate::optional_name("field-subject", sent.subject.as_deref())?;
        let body = validate::multiline(
            "field-message",
            sent.body.trim(),
            validate::MAX_MESSAGE_CHARS,
        )?;
        let message = Message {
            id: 0,
            kind: sent.kind,
            channel: sent.channel,
            subject,
            body: body.to_owned(),
            created_at: now,
            sent_at: Some(now),
            reply: None,
            replied_at: None,
        };
        let tx = begin(&mut self.connection)?;
        let id = insert_message(&tx, interview_id, &message, false).map_err(storage)?;
        tx.execute(
            "INSERT INTO history (interview_id, at, field, old_value, new_value) VALUES (?1, ?2, 'message_sent', NULL, ?3)",
            params![interview_id, to_utc_text(now), format!("{} by {}", sent.kind, sent.channel)],
        )
        .map_err(storage)?;
        tx.commit().map_err(storage)?;
        Ok(Message { id, ..message })
    }

    /// Records what the employer answered to a message.
    pub fn record_reply(
        &mut self,
        message_id: i64,
        reply: &str,
        now: DateTime<Utc>,
    ) -> Result<Message> {
        write_reply(&self.connection, message_id, reply, now)
    }

    /// The messages of one interview, oldest first.
    pub fn messages(&self, interview_id: i64) -> Result<Vec<Message>> {
        let mut statement = self
            .connection
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM messages WHERE interview_id = ?1 ORDER BY id"
            ))
            .map_err(storage)?;
        let messages = statement
            .query_map([interview_id], message_from_row)
            .and_then(|rows| rows.collect())
            .map_err(storage);
        messages
    }
}
