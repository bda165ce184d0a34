//! Which reminders are due now.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

use crate::decision::Decision;
use crate::error::Result;
use crate::log::{Interview, Log};
use crate::named_values::named_values;
use crate::time::{countdown, describe_start, parse_zone};
use crate::urgency::hours_until;

named_values! {
    /// Why a reminder fires.
    pub enum ReminderKind ("a reminder kind") {
        /// Undecided, 2 h < time to start ≤ 24 h.
        Undecided24h = "undecided_24h",
        /// Withdraw, reschedule or pause decided, no message sent, 2 h < time ≤ 24 h.
        Unsent24h = "unsent_24h",
        /// Undecided, or decided against with nothing sent, 0 < time ≤ 2 h.
        Final2h = "final_2h",
        /// A pause whose check-back day has come.
        PauseCheckback = "pause_checkback",
        /// Attending, 0 < time ≤ 60 min: the preparation checklist.
        Prep = "prep",
        /// Undecided and the start has passed (within 7 days).
        Missed = "missed",
    }
}

/// A reminder to show, as `raincheck due --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reminder {
    pub interview_id: i64,
    pub kind: ReminderKind,
    pub company: String,
    pub position: String,
    pub starts_at: DateTime<Utc>,
    pub hours_left: f64,
    pub title: String,
    pub body: String,
    /// What makes it unique: a reminder fires once per interview, kind and this
    /// instant (the start, or the check-back day), so a new time means new reminders.
    #[serde(skip)]
    pub key_instant: DateTime<Utc>,
}

/// Which kinds the user wants (Settings); all are on unless switched off.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReminderSettings {
    #[serde(default)]
    pub off: BTreeMap<String, bool>,
}

impl ReminderSettings {
    pub fn is_on(&self, kind: ReminderKind) -> bool {
        !self.off.get(kind.as_str()).copied().unwrap_or(false)
    }
}

const MISSED_WINDOW_DAYS: i64 = 7;

fn when_text(interview: &Interview) -> String {
    parse_zone(&interview.tz)
        .map(|zone| describe_start(interview.starts_at, zone))
        .unwrap_or_default()
}

fn text_for(kind: ReminderKind, interview: &Interview, hours: f64) -> (String, String) {
    let company = &interview.company;
    let left = countdown(hours);
    match kind {
        ReminderKind::Undecided24h => (
            format!("{company}: interview {left}, still undecided"),
            "Under 24 h: if you won't go, call them rather than e-mail. Open Raincheck to decide.".into(),
        ),
        ReminderKind::Unsent24h => (
            format!("{company}: interview {left}, they don't know yet"),
            format!("You decided to {}, but nothing is marked sent. Under 24 h: call them now.", interview.decision),
        ),
        ReminderKind::Final2h => (
            format!("{company}: interview {left}"),
            "Last call: if you are not going, phone them now, then send the e-mail.".into(),
        ),
        ReminderKind::PauseCheckback => (
            format!("{company}: time to check back"),
            format!("Your pause for the {} application ends today: get back in touch.", interview.position),
        ),
        ReminderKind::Prep => (
            format!("{company}: interview {left}"),
            format!("{}. Confirm the time and zone, test your link and sound, have three talking points ready, and reread the job description.", when_text(interview)),
        ),
        ReminderKind::Missed => (
            format!("{company}: the interview time has passed"),
            "If you did not go, apologise today: Raincheck has the message ready.".into(),
        ),
    }
}

/// The kinds an interview is due for at `now`, by the rules of the table above.
fn kinds_for(
    interview: &Interview,
    told_employer: bool,
    hours: f64,
    today_checkback: bool,
) -> Vec<ReminderKind> {
    let mut kinds = Vec::new();
    let undecided = interview.decision == Decision::Undecided;
    let untold = interview.decision.needs_message() && !told_employer;
    if undecided && hours > 2.0 && hours <= 24.0 {
        kinds.push(ReminderKind::Undecided24h);
    }
    if untold && hours > 2.0 && hours <= 24.0 {
        kinds.push(ReminderKind::Unsent24h);
    }
    if (undecided || untold) && hours > 0.0 && hours <= 2.0 {
        kinds.push(ReminderKind::Final2h);
    }
    if interview.decision == Decision::Attend && hours > 0.0 && hours <= 1.0 {
        kinds.push(ReminderKind::Prep);
    }
    if undecided && hours <= 0.0 && hours > -(MISSED_WINDOW_DAYS as f64) * 24.0 {
        kinds.push(ReminderKind::Missed);
    }
    if today_checkback {
        kinds.push(ReminderKind::PauseCheckback);
    }
    kinds
}

/// Everything due at `now` that has not been delivered, soonest interview first.
pub fn due(log: &Log, now: DateTime<Utc>, settings: &ReminderSettings) -> Result<Vec<Reminder>> {
    // "≤ 24 h" includes a start exactly 24 hours away: the query's end is exclusive.
    let window_end = now + Duration::hours(24) + Duration::seconds(1);
    let mut interviews =
        log.starting_between(now - Duration::days(MISSED_WINDOW_DAYS), window_end)?;
    let checkbacks = log.pauses_due(now.date_naive())?;
    for interview in &checkbacks {
        if !interviews.iter().any(|i| i.id == interview.id) {
            interviews.push(interview.clone());
        }
    }
    let mut reminders = Vec::new();
    for interview in interviews {
        let hours = hours_until(interview.starts_at, now);
        let told = log.last_sent_at(interview.id)?.is_some();
        let checkback = checkbacks.iter().any(|i| i.id == interview.id);
        for kind in kinds_for(&interview, told, hours, checkback) {
            if !settings.is_on(kind) {
                continue;
            }
            let key_instant = match (kind, interview.pause_until) {
                (ReminderKind::PauseCheckback, Some(day)) => day.and_time(NaiveTime::MIN).and_utc(),
                _ => interview.starts_at,
            };
            if log.was_delivered(interview.id, kind.as_str(), key_instant)? {
                continue;
            }
            let (title, body) = text_for(kind, &interview, hours);
            reminders.push(Reminder {
                interview_id: interview.id,
                kind,
                company: interview.company.clone(),
                position: interview.position.clone(),
                starts_at: interview.starts_at,
                hours_left: (hours * 100.0).round() / 100.0,
                title,
                body,
                key_instant,
            });
        }
    }
    Ok(reminders)
}
