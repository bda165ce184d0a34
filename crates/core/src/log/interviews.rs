//! Interviews in the log, as rows: adding, editing, deciding, deleting,
//! listing. Every change is written in one transaction with its history
//! entries. What a change may be is checked in `fields.rs` first; what the
//! list shows beside each row is `summary.rs`, and its clashes come from the
//! calendar.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::fields::{
    apply_decision, apply_fields, blank_interview, checked_record, tracked_fields,
};
use super::model::{
    DecisionUpdate, HistoryEntry, Interview, InterviewFields, InterviewRecord, InterviewSummary,
    Interviewer, Prep,
};
use super::prep;
use super::rows;
use super::summary::summarize;
use super::{begin, storage, Log};
use crate::calendar::{mark_clashes, Booking};
use crate::error::{Error, Result};
use crate::time::to_utc_text;
use crate::words::Said;

/// Which interviews a list shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListFilter {
    /// Upcoming first (soonest first), then past ones (latest first).
    #[default]
    All,
    Upcoming,
    Undecided,
    Past,
    /// Marked "no answer": the employer went silent.
    NoAnswer,
}

pub(super) const COLUMNS: &str =
    "id, company, position, interviewer_name, interviewer_email, interviewer_phone, \
     contact_channel, starts_at, tz, duration_minutes, location, stage, decision, decision_reason, \
     scenario, pause_until, notes, created_at, updated_at, prep_time_zone, prep_technology, \
     prep_talking_points, prep_job_description, talking_points, job_description, message_language, \
     no_answer_at";

/// How many columns [`COLUMNS`] names; extra selected columns come after.
pub(super) const COLUMN_COUNT: usize = 27;

pub(super) fn interview_from_row(row: &Row<'_>) -> rusqlite::Result<Interview> {
    Ok(Interview {
        id: row.get(0)?,
        company: row.get(1)?,
        position: row.get(2)?,
        interviewer: Interviewer {
            name: row.get(3)?,
            email: row.get(4)?,
            phone: row.get(5)?,
        },
        contact_channel: rows::named(row, 6)?,
        starts_at: rows::instant(row, 7)?,
        tz: row.get(8)?,
        duration_minutes: row.get(9)?,
        location: row.get(10)?,
        stage: row.get(11)?,
        decision: rows::named(row, 12)?,
        decision_reason: row.get(13)?,
        scenario: rows::optional_named(row, 14)?,
        pause_until: rows::date(row, 15)?,
        notes: row.get(16)?,
        created_at: rows::instant(row, 17)?,
        updated_at: rows::instant(row, 18)?,
        prep: Prep {
            time_zone: row.get(19)?,
            technology: row.get(20)?,
            talking_points: row.get(21)?,
            job_description: row.get(22)?,
            points: prep::points_from_column(&row.get::<_, String>(23)?),
            job_description_text: row.get(24)?,
        },
        message_language: rows::optional_named(row, 25)?,
        no_answer_at: rows::optional_instant(row, 26)?,
    })
}

impl Log {
    /// Adds an interview; returns its id.
    pub fn add_interview(&mut self, fields: &InterviewFields, now: DateTime<Utc>) -> Result<i64> {
        let interview = apply_fields(&blank_interview(now), fields, true)?;
        let tx = begin(&mut self.connection)?;
        let id = insert(&tx, &interview, None).map_err(storage)?;
        record_history(&tx, id, now, "created", None, Some(&interview.company)).map_err(storage)?;
        tx.commit().map_err(storage)?;
        Ok(id)
    }

    /// Changes the given fields; every changed field goes into the history.
    pub fn edit_interview(
        &mut self,
        id: i64,
        fields: &InterviewFields,
        now: DateTime<Utc>,
    ) -> Result<Interview> {
        let before = self.interview(id)?;
        let after = apply_fields(&before, fields, false)?;
        self.save_changes(&before, after, now)
    }

    /// Records a decision (and its reason and scenario) in the log.
    pub fn decide(
        &mut self,
        id: i64,
        update: &DecisionUpdate,
        now: DateTime<Utc>,
    ) -> Result<Interview> {
        let before = self.interview(id)?;
        let today = now.with_timezone(&self.home_zone()?).date_naive();
        let after = apply_decision(&before, update, today)?;
        self.save_changes(&before, after, now)
    }

    pub(super) fn save_changes(
        &mut self,
        before: &Interview,
        after: Interview,
        now: DateTime<Utc>,
    ) -> Result<Interview> {
        if tracked_fields(before) == tracked_fields(&after) {
            return Ok(after);
        }
        let tx = begin(&mut self.connection)?;
        let after = write_changes(&tx, before, after, now)?;
        tx.commit().map_err(storage)?;
        Ok(after)
    }

    /// Deletes an interview with its history and messages, and returns all of it
    /// so the deletion can be undone (see [`Log::restore_interview`]).
    pub fn delete_interview(&mut self, id: i64) -> Result<InterviewRecord> {
        let record = self.interview_record(id)?;
        self.connection
            .execute("DELETE FROM interviews WHERE id = ?1", [id])
            .map_err(storage)?;
        Ok(record)
    }

    /// One interview.
    pub fn interview(&self, id: i64) -> Result<Interview> {
        self.connection
            .query_row(
                &format!("SELECT {COLUMNS} FROM interviews WHERE id = ?1"),
                [id],
                interview_from_row,
            )
            .optional()
            .map_err(storage)?
            .ok_or_else(|| no_such_interview(id))
    }

    /// One interview with its history and messages.
    pub fn interview_record(&self, id: i64) -> Result<InterviewRecord> {
        Ok(InterviewRecord {
            interview: self.interview(id)?,
            history: self.history(id)?,
            messages: self.messages(id)?,
        })
    }

    pub fn history(&self, id: i64) -> Result<Vec<HistoryEntry>> {
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT at, field, old_value, new_value FROM history WHERE interview_id = ?1 ORDER BY id",
            )
            .map_err(storage)?;
        let entries = statement
            .query_map([id], |row| {
                Ok(HistoryEntry {
                    at: rows::instant(row, 0)?,
                    field: row.get(1)?,
                    old_value: row.get(2)?,
                    new_value: row.get(3)?,
                })
            })
            .and_then(|entries| entries.collect())
            .map_err(storage);
        entries
    }

    /// A page of interviews for the list, with their time left.
    pub fn list(
        &self,
        filter: ListFilter,
        now: DateTime<Utc>,
        limit: u32,
        offset: u32,
    ) -> Result<Vec<InterviewSummary>> {
        self.list_in_order(filter, None, now, limit, offset)
    }

    /// A page in the list's order, of every interview of the filter or only
    /// of those the full-text `matching` expression finds.
    pub(super) fn list_in_order(
        &self,
        filter: ListFilter,
        matching: Option<&str>,
        now: DateTime<Utc>,
        limit: u32,
        offset: u32,
    ) -> Result<Vec<InterviewSummary>> {
        let now_text = to_utc_text(now);
        let matching_condition = match matching {
            Some(_) => {
                "AND id IN (SELECT rowid FROM interview_search WHERE interview_search MATCH ?4)"
            }
            None => "",
        };
        // Upcoming soonest first, then past latest first: two index range scans,
        // each cut to the page, merged; no sort over the whole table.
        let (extra, upcoming, past) = match filter {
            ListFilter::All => ("", true, true),
            ListFilter::Undecided => ("AND decision = 'undecided'", true, true),
            ListFilter::Upcoming => ("", true, false),
            ListFilter::Past => ("", false, true),
            ListFilter::NoAnswer => ("AND no_answer_at IS NOT NULL", true, true),
        };
        // Each part reads only its index (start and id), so a deep page skips
        // index entries, not whole rows; the page's rows are read at the end.
        let part = |wanted: bool, part: u8, condition: &str, order: &str| {
            let condition = if wanted { condition } else { "0" };
            format!(
                "SELECT * FROM (SELECT id AS page_id, {part} AS part, starts_at AS page_start
                  FROM interviews WHERE {condition} {extra} {matching_condition}
                  ORDER BY {order}, id LIMIT ?2 + ?3)"
            )
        };
        let order = "part, CASE WHEN part = 0 THEN page_start END, page_start DESC, page_id";
        let sql = format!(
            "SELECT {COLUMNS}, (SELECT max(sent_at) FROM messages WHERE interview_id = interviews.id)
             FROM (SELECT * FROM ({} UNION ALL {}) ORDER BY {order} LIMIT ?2 OFFSET ?3)
             JOIN interviews ON id = page_id
             ORDER BY {order}",
            part(upcoming, 0, "starts_at >= ?1", "starts_at"),
            part(past, 1, "starts_at < ?1", "starts_at DESC"),
        );
        let mut arguments: Vec<&dyn rusqlite::ToSql> = vec![&now_text, &limit, &offset];
        if let Some(expression) = &matching {
            arguments.push(expression);
        }
        self.page_of(&sql, &arguments, now)
    }

    /// A page for the list from `sql`, which selects [`COLUMNS`] and then the
    /// last time a message was sent: each summarized, with its clashes.
    pub(super) fn page_of(
        &self,
        sql: &str,
        arguments: &[&dyn rusqlite::ToSql],
        now: DateTime<Utc>,
    ) -> Result<Vec<InterviewSummary>> {
        let mut statement = self.connection.prepare_cached(sql).map_err(storage)?;
        let rows: Vec<(Interview, Option<DateTime<Utc>>)> = statement
            .query_map(arguments, |row| {
                Ok((
                    interview_from_row(row)?,
                    rows::optional_instant(row, COLUMN_COUNT)?,
                ))
            })
            .and_then(|rows| rows.collect())
            .map_err(storage)?;
        let mut page: Vec<InterviewSummary> = rows
            .into_iter()
            .map(|(interview, last_sent_at)| summarize(interview, last_sent_at, now))
            .collect();
        mark_clashes(self, &mut page)?;
        Ok(page)
    }

    /// Start, length, id and company of the interviews starting in
    /// `[from, to)`: a range of the start index, which holds them all, so no
    /// row is read.
    pub(crate) fn bookings_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(Booking, String)>> {
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT id, starts_at, duration_minutes, company FROM interviews
                 WHERE starts_at >= ?1 AND starts_at < ?2",
            )
            .map_err(storage)?;
        let bookings = statement
            .query_map(params![to_utc_text(from), to_utc_text(to)], |row| {
                let booking = Booking {
                    id: row.get(0)?,
                    starts_at: rows::instant(row, 1)?,
                    duration_minutes: row.get(2)?,
                };
                Ok((booking, row.get(3)?))
            })
            .and_then(|rows| rows.collect())
            .map_err(storage);
        bookings
    }

    /// Interviews whose start falls in `[from, to)`, soonest first.
    pub fn starting_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Interview>> {
        let mut statement = self
            .connection
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM interviews WHERE starts_at >= ?1 AND starts_at < ?2 ORDER BY starts_at, id"
            ))
            .map_err(storage)?;
        let interviews = statement
            .query_map(
                params![to_utc_text(from), to_utc_text(to)],
                interview_from_row,
            )
            .and_then(|rows| rows.collect())
            .map_err(storage);
        interviews
    }

    /// Every interview, in id order (export).
    pub(super) fn all_interviews(&self) -> Result<Vec<Interview>> {
        let mut statement = self
            .connection
            .prepare(&format!("SELECT {COLUMNS} FROM interviews ORDER BY id"))
            .map_err(storage)?;
        let interviews = statement
            .query_map([], interview_from_row)
            .and_then(|rows| rows.collect())
            .map_err(storage);
        interviews
    }

    /// Puts back an interview exactly as it was recorded (undo of a delete,
    /// import). It keeps its id when that id is free; returns the id it got.
    pub fn restore_interview(&mut self, record: &InterviewRecord) -> Result<i64> {
        let tx = begin(&mut self.connection)?;
        let id = restore_record(&tx, record)?;
        tx.commit().map_err(storage)?;
        Ok(id)
    }
}

/// Writes a recorded interview with its history and messages inside `tx`.
pub(super) fn restore_record(tx: &Transaction<'_>, record: &InterviewRecord) -> Result<i64> {
    let record = &checked_record(record)?;
    let taken: bool = tx
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM interviews WHERE id = ?1)",
            [record.interview.id],
            |row| row.get(0),
        )
        .map_err(storage)?;
    let id = insert(
        tx,
        &record.interview,
        (!taken).then_some(record.interview.id),
    )
    .map_err(storage)?;
    for entry in &record.history {
        record_history(
            tx,
            id,
            entry.at,
            &entry.field,
            entry.old_value.as_deref(),
            entry.new_value.as_deref(),
        )
        .map_err(storage)?;
    }
    for message in &record.messages {
        // A message keeps its id only where it is free, as the interview does.
        let message_taken: bool = tx
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM messages WHERE id = ?1)",
                [message.id],
                |row| row.get(0),
            )
            .map_err(storage)?;
        super::messages::insert_message(tx, id, message, !message_taken).map_err(storage)?;
    }
    Ok(id)
}

/// Writes an interview's changed fields inside `tx`, each change into its
/// history.
pub(super) fn write_changes(
    tx: &Transaction<'_>,
    before: &Interview,
    mut after: Interview,
    now: DateTime<Utc>,
) -> Result<Interview> {
    let changes: Vec<_> = tracked_fields(before)
        .into_iter()
        .zip(tracked_fields(&after))
        .filter(|((_, old), (_, new))| old != new)
        .map(|((field, old), (_, new))| (field, old, new))
        .collect();
    if changes.is_empty() {
        return Ok(after);
    }
    after.updated_at = now;
    update(tx, &after).map_err(storage)?;
    for (field, old, new) in &changes {
        record_history(tx, after.id, now, field, old.as_deref(), new.as_deref())
            .map_err(storage)?;
    }
    Ok(after)
}

pub(super) fn no_such_interview(id: i64) -> Error {
    Error::NotFound(Said::key("error-no-such-interview").with("id", id))
}

fn insert(tx: &Transaction<'_>, interview: &Interview, id: Option<i64>) -> rusqlite::Result<i64> {
    tx.execute(
        &format!("INSERT INTO interviews ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27)"),
        params![
            id,
            interview.company,
            interview.position,
            interview.interviewer.name,
            interview.interviewer.email,
            interview.interviewer.phone,
            interview.contact_channel.as_str(),
            to_utc_text(interview.starts_at),
            interview.tz,
            interview.duration_minutes,
            interview.location,
            interview.stage,
            interview.decision.as_str(),
            interview.decision_reason,
            interview.scenario.map(|s| s.as_str()),
            interview.pause_until.map(|d: NaiveDate| d.to_string()),
            interview.notes,
            to_utc_text(interview.created_at),
            to_utc_text(interview.updated_at),
            interview.prep.time_zone,
            interview.prep.technology,
            interview.prep.talking_points,
            interview.prep.job_description,
            prep::points_to_column(&interview.prep.points),
            interview.prep.job_description_text,
            interview.message_language.map(|l| l.as_str()),
            interview.no_answer_at.map(to_utc_text),
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

fn update(tx: &Transaction<'_>, interview: &Interview) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE interviews SET company = ?2, position = ?3, interviewer_name = ?4, interviewer_email = ?5,
             interviewer_phone = ?6, contact_channel = ?7, starts_at = ?8, tz = ?9, duration_minutes = ?10,
             location = ?11, stage = ?12, decision = ?13, decision_reason = ?14, scenario = ?15,
             pause_until = ?16, notes = ?17, updated_at = ?18, prep_time_zone = ?19,
             prep_technology = ?20, prep_talking_points = ?21, prep_job_description = ?22,
             talking_points = ?23, job_description = ?24, message_language = ?25,
             no_answer_at = ?26
         WHERE id = ?1",
        params![
            interview.id,
            interview.company,
            interview.position,
            interview.interviewer.name,
            interview.interviewer.email,
            interview.interviewer.phone,
            interview.contact_channel.as_str(),
            to_utc_text(interview.starts_at),
            interview.tz,
            interview.duration_minutes,
            interview.location,
            interview.stage,
            interview.decision.as_str(),
            interview.decision_reason,
            interview.scenario.map(|s| s.as_str()),
            interview.pause_until.map(|d| d.to_string()),
            interview.notes,
            to_utc_text(interview.updated_at),
            interview.prep.time_zone,
            interview.prep.technology,
            interview.prep.talking_points,
            interview.prep.job_description,
            prep::points_to_column(&interview.prep.points),
            interview.prep.job_description_text,
            interview.message_language.map(|l| l.as_str()),
            interview.no_answer_at.map(to_utc_text),
        ],
    )?;
    Ok(())
}

pub(super) fn record_history(
    tx: &Transaction<'_>,
    interview_id: i64,
    at: DateTime<Utc>,
    field: &str,
    old_value: Option<&str>,
    new_value: Option<&str>,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO history (interview_id, at, field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![interview_id, to_utc_text(at), field, old_value, new_value],
    )?;
    Ok(())
}
