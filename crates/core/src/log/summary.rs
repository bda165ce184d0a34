//! What the list shows of an interview beside its row: the time left, how
//! pressing it is, its start in its own zone and the checklist's progress.

use chrono::{DateTime, Utc};

use super::model::{Interview, InterviewSummary};
use super::prep;
use crate::decision::decide_by_for;
use crate::time::{describe_start, parse_zone, to_utc_text};
use crate::urgency::{hours_until, next_change, urgency};
use crate::words::Words;

pub(super) fn summarize(
    interview: Interview,
    last_sent_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> InterviewSummary {
    let hours = hours_until(interview.starts_at, now);
    let starts_at_text = parse_zone(&interview.tz)
        .map(|zone| describe_start(interview.starts_at, zone, Words::english()))
        .unwrap_or_else(|_| to_utc_text(interview.starts_at));
    InterviewSummary {
        urgency: urgency(interview.decision, last_sent_at.is_some(), hours),
        urgency_changes_at: next_change(
            interview.decision,
            last_sent_at.is_some(),
            interview.starts_at,
            now,
        ),
        decide_by: decide_by_for(&interview, now),
        // Two decimals are enough for "in 18 h" and keep the JSON short.
        hours_left: (hours * 100.0).round() / 100.0,
        last_sent_at,
        starts_at_text,
        prep_progress: prep::progress(&interview, now),
        interview,
        clashes: Vec::new(),
    }
}
