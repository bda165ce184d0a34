//! Interviews in the log: adding, editing, deciding, deleting, listing. Every
//! change is written in one transaction with its history entries.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::model::{
    ContactChannel, DecisionUpdate, HistoryEntry, Interview, InterviewFields, InterviewRecord,
    InterviewSummary, Interviewer, Prep,
};
use super::prep;
use super::rows;
use super::validate;
use super::{begin, storage, Log};
use crate::calendar::{clash_between, Booking, Clash};
use crate::decision::Decision;
use crate::error::{Error, Result};
use crate::time::{describe_start, parse_start, parse_zone, to_utc_text};
use crate::urgency::{hours_until, next_change, urgency};

pub const DEFAULT_DURATION_MINUTES: u32 = 60;
const MAX_REASON_CHARS: usize = 500;
const MAX_LOCATION_CHARS: usize = 500;

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
}

pub(super) const COLUMNS: &str =
    "id, company, position, interviewer_name, interviewer_email, interviewer_phone, \
     contact_channel, starts_at, tz, duration_minutes, location, stage, decision, decision_reason, \
     scenario, pause_until, notes, created_at, updated_at, prep_time_zone, prep_technology, \
     prep_talking_points, prep_job_description, talking_points, job_description, message_language";

/// How many columns [`COLUMNS`] names; extra selected columns come after.
pub(super) const COLUMN_COUNT: usize = 26;

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
    })
}

/// The fields of an interview as history shows them, one text each.
fn tracked_fields(interview: &Interview) -> [(&'static str, Option<String>); 23] {
    let text = |value: &Option<String>| value.clone();
    let tick = |ticked: bool| Some(if ticked { "ticked" } else { "not ticked" }.to_owned());
    let prep = &interview.prep;
    [
        ("company", Some(interview.company.clone())),
        ("position", Some(interview.position.clone())),
        ("interviewer_name", text(&interview.interviewer.name)),
        ("interviewer_email", text(&interview.interviewer.email)),
        ("interviewer_phone", text(&interview.interviewer.phone)),
        (
            "contact_channel",
            Some(interview.contact_channel.to_string()),
        ),
        ("starts_at", Some(to_utc_text(interview.starts_at))),
        ("tz", Some(interview.tz.clone())),
        (
            "duration_minutes",
            Some(interview.duration_minutes.to_string()),
        ),
        ("location", text(&interview.location)),
        ("stage", text(&interview.stage)),
        (
            "notes",
            Some(interview.notes.clone()).filter(|n| !n.is_empty()),
        ),
        ("decision", Some(interview.decision.to_string())),
        ("decision_reason", text(&interview.decision_reason)),
        ("scenario", interview.scenario.map(|s| s.to_string())),
        ("pause_until", interview.pause_until.map(|d| d.to_string())),
        ("prep_time_zone", tick(prep.time_zone)),
        ("prep_technology", tick(prep.technology)),
        ("prep_talking_points", tick(prep.talking_points)),
        ("prep_job_description", tick(prep.job_description)),
        (
            "talking_points",
            Some(prep::points_to_column(&prep.points)).filter(|p| !p.is_empty()),
        ),
        ("job_description", text(&prep.job_description_text)),
        (
            "message_language",
            interview.message_language.map(|l| l.to_string()),
        ),
    ]
}

/// Applies what the user typed to an interview (a new one when `base` is the
/// blank one), checking every field.
fn apply_fields(base: &Interview, fields: &InterviewFields, is_new: bool) -> Result<Interview> {
    let mut next = base.clone();
    if is_new || fields.company.is_some() {
        next.company = validate::required_name("company", fields.company.as_deref())
            .map_err(|e| e.for_field("company"))?;
    }
    if is_new || fields.position.is_some() {
        next.position = validate::required_name("position", fields.position.as_deref())
            .map_err(|e| e.for_field("position"))?;
    }
    if let Some(interviewer) = &fields.interviewer {
        next.interviewer = Interviewer {
            name: validate::optional_name("interviewer's name", interviewer.name.as_deref())
                .map_err(|e| e.for_field("interviewer.name"))?,
            email: validate::optional_email("interviewer's e-mail", interviewer.email.as_deref())
                .map_err(|e| e.for_field("interviewer.email"))?,
            phone: validate::optional_phone("interviewer's phone", interviewer.phone.as_deref())
                .map_err(|e| e.for_field("interviewer.phone"))?,
        };
    }
    if let Some(channel) = fields.contact_channel {
        next.contact_channel = channel;
    }
    if is_new && (fields.starts_at.is_none() || fields.tz.is_none()) {
        let field = if fields.starts_at.is_none() {
            "starts_at"
        } else {
            "tz"
        };
        return Err(Error::invalid(
            "The start and its time zone are required: give starts_at (e.g. 2026-12-03T10:00) and tz (e.g. Europe/Berlin).",
        )
        .for_field(field));
    }
    let zone =
        parse_zone(fields.tz.as_deref().unwrap_or(&base.tz)).map_err(|e| e.for_field("tz"))?;
    match (&fields.starts_at, &fields.tz) {
        (Some(starts_at), _) => {
            next.starts_at = parse_start(starts_at, zone).map_err(|e| e.for_field("starts_at"))?
        }
        // A new zone alone keeps the wall-clock time and moves the instant: the
        // usual fix for an interview entered in the wrong zone.
        (None, Some(_)) => {
            let old_zone = parse_zone(&base.tz)?;
            let wall = base.starts_at.with_timezone(&old_zone).naive_local();
            next.starts_at = parse_start(&wall.format("%Y-%m-%dT%H:%M:%S").to_string(), zone)
                .map_err(|e| e.for_field("tz"))?;
        }
        (None, None) => {}
    }
    next.tz = zone.name().to_owned();
    if let Some(minutes) = fields.duration_minutes {
        next.duration_minutes =
            validate::duration(minutes).map_err(|e| e.for_field("duration_minutes"))?;
    }
    if let Some(location) = &fields.location {
        next.location =
            validate::optional_text("place or link", Some(location), MAX_LOCATION_CHARS)
                .map_err(|e| e.for_field("location"))?;
    }
    if let Some(stage) = &fields.stage {
        next.stage =
            validate::optional_name("stage", Some(stage)).map_err(|e| e.for_field("stage"))?;
    }
    if let Some(language) = &fields.message_language {
        next.message_language = match language.trim() {
            "" => None,
            language => Some(
                language
                    .parse()
                    .map_err(|e: Error| e.for_field("message_language"))?,
            ),
        };
    }
    if let Some(notes) = &fields.notes {
        next.notes = validate::optional_multiline("notes", Some(notes), validate::MAX_NOTES_CHARS)
            .map_err(|e| e.for_field("notes"))?
            .unwrap_or_default();
    }
    Ok(next)
}

fn blank_interview(now: DateTime<Utc>) -> Interview {
    Interview {
        id: 0,
        company: String::new(),
        position: String::new(),
        interviewer: Interviewer::default(),
        contact_channel: ContactChannel::Email,
        starts_at: now,
        tz: "UTC".into(),
        duration_minutes: DEFAULT_DURATION_MINUTES,
        location: None,
        stage: None,
        decision: Decision::Undecided,
        decision_reason: None,
        scenario: None,
        pause_until: None,
        notes: String::new(),
        created_at: now,
        updated_at: now,
        prep: Prep::default(),
        message_language: None,
    }
}

fn apply_decision(
    base: &Interview,
    update: &DecisionUpdate,
    now: DateTime<Utc>,
) -> Result<Interview> {
    let mut next = base.clone();
    next.decision = update.decision;
    next.decision_reason =
        validate::optional_multiline("reason", update.reason.as_deref(), MAX_REASON_CHARS)
            .map_err(|e| e.for_field("reason"))?;
    next.scenario = update.scenario;
    next.pause_until = match (update.decision, update.pause_until) {
        (Decision::Pause, Some(day)) if day <= now.date_naive() => {
            return Err(Error::invalid(format!(
                "The check-back day {day} has already come: pick a day after today for the pause to end."
            )))
        }
        (Decision::Pause, Some(day)) => Some(day),
        (Decision::Pause, None) => {
            return Err(Error::invalid(
                "A pause needs the day to check back with the employer: give pause_until (--pause-until YYYY-MM-DD), e.g. two weeks from today.",
            ))
        }
        (other, Some(_)) => {
            return Err(Error::invalid(format!(
                "pause_until goes with the pause decision, not with {other}: leave it out or decide pause."
            )))
        }
        (_, None) => None,
    };
    Ok(next)
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
        let after = apply_decision(&before, update, now)?;
        self.save_changes(&before, after, now)
    }

    pub(super) fn save_changes(
        &mut self,
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
        let tx = begin(&mut self.connection)?;
        update(&tx, &after).map_err(storage)?;
        for (field, old, new) in &changes {
            record_history(&tx, after.id, now, field, old.as_deref(), new.as_deref())
                .map_err(storage)?;
        }
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
        let page = rows
            .into_iter()
            .map(|(interview, last_sent_at)| summarize(interview, last_sent_at, now))
            .collect();
        self.with_clashes(page)
    }

    /// Marks each interview of a page that overlaps another (or leaves too
    /// little time between). The interviews near each one are read from the
    /// start index alone (start, length, company, id), in as few ranges as the
    /// page needs.
    pub(super) fn with_clashes(
        &self,
        mut page: Vec<InterviewSummary>,
    ) -> Result<Vec<InterviewSummary>> {
        if page.is_empty() {
            return Ok(page);
        }
        let buffer = self.profile()?.buffer_minutes;
        let margin = chrono::Duration::minutes(i64::from(buffer));
        // Another interview reaches this one if it starts at most its own
        // length (a day at most) plus the buffer before, or before this one
        // ends plus the buffer.
        let longest = chrono::Duration::minutes(i64::from(validate::MAX_DURATION_MINUTES));
        let mut ranges: Vec<(DateTime<Utc>, DateTime<Utc>)> = page
            .iter()
            .map(|summary| {
                let i = &summary.interview;
                let end = i.starts_at + chrono::Duration::minutes(i64::from(i.duration_minutes));
                (i.starts_at - longest - margin, end + margin)
            })
            .collect();
        ranges.sort();
        let mut merged: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
        for (from, to) in ranges {
            match merged.last_mut() {
                Some(last) if from <= last.1 => last.1 = last.1.max(to),
                _ => merged.push((from, to)),
            }
        }
        let mut nearby = Vec::new();
        for (from, to) in merged {
            nearby.extend(self.bookings_between(from, to)?);
        }
        // By start, so each interview compares only with its own range.
        nearby.sort_by_key(|(booking, _): &(Booking, String)| (booking.starts_at, booking.id));
        for summary in &mut page {
            let this = Booking::of(&summary.interview);
            let end = this.starts_at + chrono::Duration::minutes(i64::from(this.duration_minutes));
            let first =
                nearby.partition_point(|(o, _)| o.starts_at < this.starts_at - longest - margin);
            let last = nearby.partition_point(|(o, _)| o.starts_at < end + margin);
            summary.clashes = nearby[first..last.max(first)]
                .iter()
                .filter_map(|(other, company)| {
                    clash_between(this, *other, buffer)
                        .map(|clash| Clash::new(clash, other.id, company, buffer))
                })
                .collect();
        }
        Ok(page)
    }

    /// Start, length, id and company of the interviews starting in
    /// `[from, to)`: a range of the start index, which holds them all, so no
    /// row is read.
    fn bookings_between(
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

pub(super) fn no_such_interview(id: i64) -> Error {
    Error::NotFound(format!(
        "There is no interview #{id} in the log: `raincheck log list` shows the ids."
    ))
}

/// Checks a recorded interview (undo of a delete, an import) exactly as the
/// form checks a typed one, through the same [`apply_fields`], and its history
/// and messages as they were first checked; returns the checked copy (trimmed,
/// zone names canonical).
pub(super) fn checked_record(record: &InterviewRecord) -> Result<InterviewRecord> {
    let given = &record.interview;
    let typed = InterviewFields {
        company: Some(given.company.clone()),
        position: Some(given.position.clone()),
        interviewer: Some(given.interviewer.clone()),
        contact_channel: Some(given.contact_channel),
        // The instant is kept as recorded; the zone is still checked below.
        starts_at: None,
        tz: None,
        duration_minutes: Some(given.duration_minutes),
        location: Some(given.location.clone().unwrap_or_default()),
        stage: Some(given.stage.clone().unwrap_or_default()),
        notes: Some(given.notes.clone()),
        message_language: Some(
            given
                .message_language
                .map(|l| l.to_string())
                .unwrap_or_default(),
        ),
    };
    let mut interview = apply_fields(given, &typed, false)?;
    interview.decision_reason =
        validate::optional_multiline("reason", given.decision_reason.as_deref(), MAX_REASON_CHARS)
            .map_err(|e| e.for_field("decision_reason"))?;
    interview.prep = prep::checked(&given.prep)?;
    let history = record
        .history
        .iter()
        .map(|entry| {
            let value = |value: &Option<String>| {
                validate::optional_multiline(
                    "history entry",
                    value.as_deref(),
                    validate::MAX_MESSAGE_CHARS,
                )
            };
            Ok(HistoryEntry {
                at: entry.at,
                field: validate::required_name("history entry's field", Some(&entry.field))?,
                old_value: value(&entry.old_value)?,
                new_value: value(&entry.new_value)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let messages = record
        .messages
        .iter()
        .map(super::messages::checked_message)
        .collect::<Result<Vec<_>>>()?;
    Ok(InterviewRecord {
        interview,
        history,
        messages,
    })
}

pub(super) fn summarize(
    interview: Interview,
    last_sent_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> InterviewSummary {
    let hours = hours_until(interview.starts_at, now);
    let starts_at_text = parse_zone(&interview.tz)
        .map(|zone| describe_start(interview.starts_at, zone))
        .unwrap_or_else(|_| to_utc_text(interview.starts_at));
    InterviewSummary {
        urgency: urgency(interview.decision, last_sent_at.is_some(), hours),
        urgency_changes_at: next_change(
            interview.decision,
            last_sent_at.is_some(),
            interview.starts_at,
            now,
        ),
        // Two decimals are enough for "in 18 h" and keep the JSON short.
        hours_left: (hours * 100.0).round() / 100.0,
        last_sent_at,
        starts_at_text,
        prep_progress: prep::progress(&interview, now),
        interview,
        clashes: Vec::new(),
    }
}

fn insert(tx: &Transaction<'_>, interview: &Interview, id: Option<i64>) -> rusqlite::Result<i64> {
    tx.execute(
        &format!("INSERT INTO interviews ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)"),
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
             talking_points = ?23, job_description = ?24, message_language = ?25
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
        ],
    )?;
    Ok(())
}

fn record_history(
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
