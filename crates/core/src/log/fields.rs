//! The rules of an interview's own fields, apart from the SQL that keeps them:
//! what the user may type and how it is checked, the blank a new interview
//! starts from, what a decision changes, how a recorded interview (undo, an
//! import) is checked again, and the fields history tracks.

use chrono::{DateTime, NaiveDate, Utc};

use super::model::{
    ContactChannel, DecisionUpdate, HistoryEntry, Interview, InterviewFields, InterviewRecord,
    Interviewer, Prep,
};
use super::{prep, validate};
use crate::decision::{check_back_day, Decision};
use crate::error::{Error, Result};
use crate::time::{parse_start, parse_zone, to_utc_text};
use crate::words::Said;

const DEFAULT_DURATION_MINUTES: u32 = 60;
const MAX_REASON_CHARS: usize = 500;
const MAX_LOCATION_CHARS: usize = 500;

/// The fields of an interview as history shows them, one text each.
pub(super) fn tracked_fields(interview: &Interview) -> [(&'static str, Option<String>); 24] {
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
        ("no_answer_at", interview.no_answer_at.map(to_utc_text)),
    ]
}

/// Applies what the user typed to an interview (a new one when `base` is the
/// blank one), checking every field.
pub(super) fn apply_fields(
    base: &Interview,
    fields: &InterviewFields,
    is_new: bool,
) -> Result<Interview> {
    let mut next = base.clone();
    if is_new || fields.company.is_some() {
        next.company = validate::required_name("field-company", fields.company.as_deref())
            .map_err(|e| e.for_field("company"))?;
    }
    if is_new || fields.position.is_some() {
        next.position = validate::required_name("field-position", fields.position.as_deref())
            .map_err(|e| e.for_field("position"))?;
    }
    if let Some(interviewer) = &fields.interviewer {
        next.interviewer = Interviewer {
            name: validate::optional_name("field-interviewer-name", interviewer.name.as_deref())
                .map_err(|e| e.for_field("interviewer.name"))?,
            email: validate::optional_email(
                "field-interviewer-email",
                interviewer.email.as_deref(),
            )
            .map_err(|e| e.for_field("interviewer.email"))?,
            phone: validate::optional_phone(
                "field-interviewer-phone",
                interviewer.phone.as_deref(),
            )
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
        return Err(Error::said(Said::key("error-start-required")).for_field(field));
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
        next.location = validate::optional_text("field-place", Some(location), MAX_LOCATION_CHARS)
            .map_err(|e| e.for_field("location"))?;
    }
    if let Some(stage) = &fields.stage {
        next.stage = validate::optional_name("field-stage", Some(stage))
            .map_err(|e| e.for_field("stage"))?;
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
        next.notes =
            validate::optional_multiline("field-notes", Some(notes), validate::MAX_NOTES_CHARS)
                .map_err(|e| e.for_field("notes"))?
                .unwrap_or_default();
    }
    Ok(next)
}

pub(super) fn blank_interview(now: DateTime<Utc>) -> Interview {
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
        no_answer_at: None,
    }
}

/// `today` is the user's (in their zone): a pause must end after it.
pub(super) fn apply_decision(
    base: &Interview,
    update: &DecisionUpdate,
    today: NaiveDate,
) -> Result<Interview> {
    let mut next = base.clone();
    next.decision = update.decision;
    next.decision_reason =
        validate::optional_multiline("field-reason", update.reason.as_deref(), MAX_REASON_CHARS)
            .map_err(|e| e.for_field("reason"))?;
    next.scenario = update.scenario;
    next.pause_until = check_back_day(update.decision, update.pause_until, today)?;
    Ok(next)
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
    interview.decision_reason = validate::optional_multiline(
        "field-reason",
        given.decision_reason.as_deref(),
        MAX_REASON_CHARS,
    )
    .map_err(|e| e.for_field("decision_reason"))?;
    interview.prep = prep::checked(&given.prep)?;
    let history = record
        .history
        .iter()
        .map(|entry| {
            let value = |value: &Option<String>| {
                validate::optional_multiline(
                    "field-history-entry",
                    value.as_deref(),
                    validate::MAX_MESSAGE_CHARS,
                )
            };
            Ok(HistoryEntry {
                at: entry.at,
                field: validate::required_name("field-history-field", Some(&entry.field))?,
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
