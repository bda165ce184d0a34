//! Which reminders are due now.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::follow_up::{silence, Silence, SilenceStage, FOLLOW_UP_OFFERED_DAYS};
use crate::decision::{check_back_has_come, decide_by, Decision};
use crate::error::Result;
use crate::log::{Interview, Log};
use crate::named_values::named_values;
use crate::time::{countdown, describe_start, parse_zone};
use crate::urgency::{hours_until, CALL_NOTICE_HOURS};
use crate::words::{Arg, Words};

named_values! {
    /// Why a reminder fires.
    pub enum ReminderKind ("a reminder kind") {
        /// Undecided, from the interview's "decide by" moment (24 h before
        /// the start, pulled back into the employer's working hours: Friday
        /// 17:00 their time for a Monday 09:00 start; see
        /// [`crate::decision::decide_by`]) until 2 h before the start.
        Undecided24h = "undecided_24h",
        /// Withdraw, reschedule or pause decided, no message sent: from the
        /// same "decide by" moment (decided, but they still have to be told
        /// while someone is there to read it) until 2 h before the start.
        Unsent24h = "unsent_24h",
        /// Undecided, or decided against with nothing sent, 0 < time ≤ 2 h.
        Final2h = "final_2h",
        /// A pause whose check-back day has come.
        PauseCheckback = "pause_checkback",
        /// Attending, 0 < time ≤ 60 min: the preparation checklist.
        Prep = "prep",
        /// Attending, nothing on the checklist ticked, from the evening before
        /// (18:00 in the user's zone) until the last hour.
        PrepEvening = "prep_evening",
        /// Undecided and the start has passed (within 7 days).
        Missed = "missed",
        /// A message that asked them something has met N working days of
        /// silence: follow up once; after the follow-up, mark "no answer".
        FollowUp = "follow_up",
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

fn when_text(interview: &Interview, words: &Words) -> String {
    parse_zone(&interview.tz)
        .map(|zone| describe_start(interview.starts_at, zone, words))
        .unwrap_or_default()
}

/// A reminder's title and body, in `words`: `notify-<kind>-title` and
/// `notify-<kind>-body`, given the interview's details.
fn text_for(
    kind: ReminderKind,
    interview: &Interview,
    hours: f64,
    words: &Words,
) -> (String, String) {
    let left = countdown(hours, words);
    let when = when_text(interview, words);
    // From "decide by" to the 24-hour mark a message still reaches them in
    // time; inside the last day, the phone (docs/domain.md §2).
    let phone = if hours < CALL_NOTICE_HOURS {
        "yes"
    } else {
        "no"
    };
    let details = [
        ("phone", Arg::from(phone)),
        ("company", Arg::from(&interview.company)),
        ("position", Arg::from(&interview.position)),
        ("left", Arg::from(&left)),
        ("when", Arg::from(&when)),
        ("decision", Arg::from(interview.decision.as_str())),
    ];
    (
        words.with(&format!("notify-{}-title", kind.as_str()), &details),
        words.with(&format!("notify-{}-body", kind.as_str()), &details),
    )
}

/// The follow-up reminder, worded from the silence: after the question, the
/// offer of a follow-up; after the follow-up, the "no answer" mark.
fn follow_up_text(
    interview: &Interview,
    silence: &Silence,
    working_days: u32,
    words: &Words,
) -> (String, String) {
    let kind = silence.kind.label(words);
    let details = [
        ("company", Arg::from(&interview.company)),
        ("kind", Arg::from(&kind)),
        ("days", Arg::from(i64::from(working_days))),
    ];
    let stage = match silence.stage {
        SilenceStage::FollowUp => "follow_up",
        SilenceStage::NoAnswer => "no_answer",
    };
    (
        words.with(&format!("notify-silence-{stage}-title"), &details),
        words.with(&format!("notify-silence-{stage}-body"), &details),
    )
}

/// When the evening nudge to prepare starts: this hour, in the user's zone, on
/// the day before the interview (as the user's calendar has it).
const PREP_EVENING_HOUR: u32 = 18;

fn prep_evening_starts(interview: &Interview, home: Tz) -> Option<DateTime<Utc>> {
    let day_before = interview
        .starts_at
        .with_timezone(&home)
        .date_naive()
        .pred_opt()?;
    let evening = day_before.and_hms_opt(PREP_EVENING_HOUR, 0, 0)?;
    // On a DST change at 18:00 (none today, but zones change), the earlier instant.
    home.from_local_datetime(&evening)
        .earliest()
        .map(|at| at.to_utc())
}

/// What an interview's reminders depend on besides the clock.
struct Circumstances {
    told_employer: bool,
    today_checkback: bool,
    /// The evening before, when the nudge to prepare starts.
    prep_evening: Option<DateTime<Utc>>,
    /// The interview's "decide by" moment, when the reminders to decide (or
    /// to tell them what was decided) start.
    decide_by: DateTime<Utc>,
}

/// The interview's "decide by" moment, in the employer's zone (a damaged
/// zone reads as UTC, as the window shows it).
fn decide_by_of(interview: &Interview) -> DateTime<Utc> {
    let zone = parse_zone(&interview.tz).unwrap_or(Tz::UTC);
    decide_by(interview.starts_at, zone)
}

/// Whether an interview still waits on the user at its "decide by":
/// undecided, or withdraw, reschedule or pause decided and nothing sent. The
/// rule of the `undecided_24h` and `unsent_24h` reminders, and of the
/// calendar feed's events (`calendar::feed`).
pub fn awaits_decision_or_message(decision: Decision, told_employer: bool) -> bool {
    decision == Decision::Undecided || (decision.needs_message() && !told_employer)
}

/// The kinds an interview is due for at `now`, by the rules of the table above.
fn kinds_for(
    interview: &Interview,
    circumstances: &Circumstances,
    hours: f64,
    now: DateTime<Utc>,
) -> Vec<ReminderKind> {
    let told_employer = circumstances.told_employer;
    let today_checkback = circumstances.today_checkback;
    let mut kinds = Vec::new();
    let undecided = interview.decision == Decision::Undecided;
    let untold = interview.decision.needs_message() && !told_employer;
    let waits_on_user = awaits_decision_or_message(interview.decision, told_employer);
    // "Decide by" is never later than 24 h before the start, so this is
    // inside the last day or earlier, never later.
    let time_to_decide = now >= circumstances.decide_by && hours > 2.0;
    if undecided && time_to_decide {
        kinds.push(ReminderKind::Undecided24h);
    }
    if untold && time_to_decide {
        kinds.push(ReminderKind::Unsent24h);
    }
    if waits_on_user && hours > 0.0 && hours <= 2.0 {
        kinds.push(ReminderKind::Final2h);
    }
    if interview.decision == Decision::Attend && hours > 0.0 && hours <= 1.0 {
        kinds.push(ReminderKind::Prep);
    }
    let evening_come = circumstances.prep_evening.is_some_and(|at| now >= at);
    if interview.decision == Decision::Attend
        && interview.prep.done() == 0
        && evening_come
        && hours > 1.0
    {
        kinds.push(ReminderKind::PrepEvening);
    }
    if undecided && hours <= 0.0 && hours > -(MISSED_WINDOW_DAYS as f64) * 24.0 {
        kinds.push(ReminderKind::Missed);
    }
    if today_checkback {
        kinds.push(ReminderKind::PauseCheckback);
    }
    kinds
}

/// Everything due at `now` that has not been delivered, soonest interview
/// first, worded in English (JSON and tests).
pub fn due(log: &Log, now: DateTime<Utc>, settings: &ReminderSettings) -> Result<Vec<Reminder>> {
    due_in(log, now, settings, Words::english())
}

/// One reminder whose time has come, shown or not.
pub(crate) struct Occasion {
    pub interview: Interview,
    pub kind: ReminderKind,
    /// What the reminder is for: the start, the check-back day, the message
    /// met with silence (see [`Reminder::key_instant`]).
    pub key_instant: DateTime<Utc>,
    hours: f64,
    waiting: Option<Silence>,
    /// Shown already (recorded as delivered).
    shown: bool,
    /// Snoozed until then (past or not).
    snoozed_until: Option<DateTime<Utc>>,
}

impl Occasion {
    /// Whether it is to be shown at `now`: not shown yet, or snoozed and
    /// the snooze is over (then once more, whatever was shown before).
    fn to_show(&self, now: DateTime<Utc>) -> bool {
        match self.snoozed_until {
            Some(until) => now >= until,
            None => !self.shown,
        }
    }
}

/// Every reminder switched on in `settings` whose time has come at `now`,
/// shown or not, snoozed or not.
pub(crate) fn occasions(
    log: &Log,
    now: DateTime<Utc>,
    settings: &ReminderSettings,
) -> Result<Vec<Occasion>> {
    // The furthest ahead a reminder can fire is "decide by": the 24-hour mark
    // pulled back at most over a weekend (a Tuesday 08:59 start: the mark,
    // Monday 08:59, goes back to Friday 17:00, some 88 hours before the
    // start), an hour more for a clock change. Five days is a margin over
    // that. (The query's end is exclusive; each kind checks its own window.)
    let window_end = now + Duration::days(5);
    let home = log.home_zone()?;
    // A check-back day comes at the user's midnight, not UTC's.
    let today = now.with_timezone(&home).date_naive();
    let follow_up = log.follow_up_settings()?;
    // A silence is reminded of until FOLLOW_UP_OFFERED_DAYS after it falls
    // due; N working days never span more than 2N + 4 calendar days.
    let awaiting_since =
        now - Duration::days(2 * i64::from(follow_up.working_days) + 4 + FOLLOW_UP_OFFERED_DAYS);
    let candidates = log.reminder_candidates(
        now,
        window_end,
        now - Duration::days(MISSED_WINDOW_DAYS),
        today,
        awaiting_since,
    )?;
    let mut occasions = Vec::new();
    for candidate in candidates {
        let interview = candidate.interview;
        let hours = hours_until(interview.starts_at, now);
        let circumstances = Circumstances {
            told_employer: candidate.told_employer,
            today_checkback: check_back_has_come(interview.decision, interview.pause_until, today),
            prep_evening: prep_evening_starts(&interview, home),
            decide_by: decide_by_of(&interview),
        };
        // Marked "no answer": the silence is settled.
        let waiting = silence(&candidate.sent, follow_up.working_days, home)
            .filter(|silence| interview.no_answer_at.is_none() && silence.is_due(now));
        let mut kinds = kinds_for(&interview, &circumstances, hours, now);
        if waiting.is_some() {
            kinds.push(ReminderKind::FollowUp);
        }
        for kind in kinds {
            if !settings.is_on(kind) {
                continue;
            }
            let key_instant = match (kind, interview.pause_until, waiting) {
                (ReminderKind::PauseCheckback, Some(day), _) => {
                    day.and_time(NaiveTime::MIN).and_utc()
                }
                // Once per message met with silence: the question, then the follow-up.
                (ReminderKind::FollowUp, _, Some(waiting)) => waiting.since,
                _ => interview.starts_at,
            };
            let shown = candidate
                .delivered
                .iter()
                .any(|(shown_kind, at)| shown_kind == kind.as_str() && *at == key_instant);
            let snoozed_until = candidate
                .snoozed
                .iter()
                .find(|snoozed| snoozed.kind == kind.as_str() && snoozed.instant == key_instant)
                .map(|snoozed| snoozed.until);
            occasions.push(Occasion {
                interview: interview.clone(),
                kind,
                key_instant,
                hours,
                waiting: waiting.filter(|_| kind == ReminderKind::FollowUp),
                shown,
                snoozed_until,
            });
        }
    }
    Ok(occasions)
}

/// The same, worded in `words` (the notifications speak the window's
/// language). A snoozed reminder is left out until its snooze is over, then
/// given once more (see [`crate::log::Log::snooze_reminder`]).
pub fn due_in(
    log: &Log,
    now: DateTime<Utc>,
    settings: &ReminderSettings,
    words: &Words,
) -> Result<Vec<Reminder>> {
    let follow_up = log.follow_up_settings()?;
    let mut reminders = Vec::new();
    for occasion in occasions(log, now, settings)? {
        if !occasion.to_show(now) {
            continue;
        }
        let Occasion {
            interview,
            kind,
            key_instant,
            hours,
            waiting,
            ..
        } = occasion;
        let (title, body) = match (kind, &waiting) {
            (ReminderKind::FollowUp, Some(waiting)) => {
                follow_up_text(&interview, waiting, follow_up.working_days, words)
            }
            _ => text_for(kind, &interview, hours, words),
        };
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
    Ok(reminders)
}

/// A reminder of one interview whose time has come, as the interview's page
/// offers to put it off (the window's way to snooze, beside the
/// notification's buttons).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReminderNow {
    pub kind: ReminderKind,
    /// The notification's title: "Acme: decide by Friday 17:00".
    pub title: String,
    /// Put off until then, while that is still ahead.
    pub snoozed_until: Option<DateTime<Utc>>,
}

/// The reminders of interview `id` whose time has come at `now` (shown,
/// waiting, or put off), in the order they fire: the ones
/// [`crate::log::Log::snooze_reminder`] takes.
pub fn reminders_of(
    log: &Log,
    id: i64,
    now: DateTime<Utc>,
    words: &Words,
) -> Result<Vec<ReminderNow>> {
    let settings = log.reminder_settings()?;
    let follow_up = log.follow_up_settings()?;
    Ok(occasions(log, now, &settings)?
        .into_iter()
        .filter(|occasion| occasion.interview.id == id)
        .map(|occasion| {
            let title = match (occasion.kind, &occasion.waiting) {
                (ReminderKind::FollowUp, Some(waiting)) => {
                    follow_up_text(&occasion.interview, waiting, follow_up.working_days, words).0
                }
                _ => text_for(occasion.kind, &occasion.interview, occasion.hours, words).0,
            };
            ReminderNow {
                kind: occasion.kind,
                title,
                snoozed_until: occasion.snoozed_until.filter(|&until| until > now),
            }
        })
        .collect())
}
