//! What a whole search teaches (docs/domain.md §7): interviews by outcome,
//! the notice given when calling one off, how often and how fast employers
//! answer, the reasons that recur, and the non-negotiables they suggest.
//!
//! [`figures`] is a pure function of the log's facts and the clock;
//! `Log::insights` reads the facts. `raincheck insights --json` and the
//! Insights view print [`Insights`]; [`Insights::to_csv`] is the same
//! figures for a job centre or a coach.

mod export;
mod outcome;
mod suggestions;

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Months, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::decision::{Decision, Scenario};
use crate::reminders::SentFacts;
use crate::words::Words;

pub use export::CSV_HEADER;
pub use outcome::Outcome;
pub(crate) use suggestions::same_words;
pub use suggestions::{
    suggestion_words, suggests_a_non_negotiable, Suggestion, SUGGESTION_MIN_COUNT,
};

/// One interview as the figures need it.
#[derive(Debug, Clone, PartialEq)]
pub struct InterviewFacts {
    pub id: i64,
    pub starts_at: DateTime<Utc>,
    pub decision: Decision,
    pub scenario: Option<Scenario>,
    /// The reason in the user's own words.
    pub reason: Option<String>,
    pub no_answer_at: Option<DateTime<Utc>>,
    /// The messages that went out about it.
    pub sent: Vec<SentFacts>,
    /// Each change of its start: when, and the start before the change.
    pub moves: Vec<StartMove>,
}

/// A change of an interview's start, from its history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartMove {
    pub at: DateTime<Utc>,
    pub from: DateTime<Utc>,
}

impl InterviewFacts {
    /// The start as it stood at `instant`: a later move's "from" if the
    /// start moved after it, else the start now.
    fn start_at(&self, instant: DateTime<Utc>) -> DateTime<Utc> {
        self.moves
            .iter()
            .filter(|change| change.at > instant)
            .min_by_key(|change| change.at)
            .map_or(self.starts_at, |change| change.from)
    }
}

/// Everything the Insights view shows (`raincheck insights --json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insights {
    /// How many interviews the log holds.
    pub interviews: usize,
    /// Interviews by outcome, every outcome named (zeros included): attended,
    /// withdrawn, rescheduled, paused, missed, no_answer, upcoming. See [`Outcome`].
    pub outcomes: BTreeMap<Outcome, usize>,
    /// Interviews by the situation recorded with the decision (the
    /// scenario), most frequent first; scenarios never recorded are left out.
    pub reasons: Vec<ReasonCount>,
    /// Withdrawals, reschedules and pauses with no scenario recorded.
    pub reasons_unrecorded: usize,
    /// Reasons in the user's own words that came up more than once (case,
    /// spacing and a final full stop aside), most frequent first, at most ten.
    pub own_words: Vec<OwnWords>,
    /// Per withdrawal, reschedule or pause told to the employer: the hours
    /// from the message calling it off to the start as it stood then, in the
    /// order the messages went out.
    pub notice_hours: Vec<Notice>,
    /// The notice in one line: how many, the median, how many under 24 hours.
    pub notice: NoticeSummary,
    /// How employers answer messages that asked them something.
    pub replies: Replies,
    /// Non-negotiables the recurring reasons for withdrawing suggest, but
    /// for those the user already kept or dismissed.
    pub suggestions: Vec<Suggestion>,
    /// Interviews by month of their start (the user's calendar), by outcome
    /// and by scenario, oldest month first: outcomes and reasons over time.
    pub months: Vec<Month>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReasonCount {
    pub scenario: Scenario,
    /// The scenario as the wizard words it.
    pub label: String,
    /// Interviews with this scenario, whatever was decided.
    pub count: usize,
    /// Of those, the ones withdrawn from.
    pub withdrawn: usize,
    pub rescheduled: usize,
    pub paused: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnWords {
    /// The reason as first written, its spacing tidied.
    pub text: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notice {
    pub interview_id: i64,
    pub outcome: Outcome,
    /// When the message calling it off went out.
    pub sent_at: DateTime<Utc>,
    /// Hours from then to the start, to a tenth; below zero when sent after it.
    pub hours: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoticeSummary {
    pub count: usize,
    /// To a tenth of an hour; none without any notice.
    pub median_hours: Option<f64>,
    /// Given with less than 24 hours to go (a call was due).
    pub under_24h: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Replies {
    /// Messages marked sent.
    pub sent: usize,
    /// Of those, the ones that asked them something (follow-ups included).
    pub asked: usize,
    /// Of those that asked, the ones with a reply recorded.
    pub answered: usize,
    /// `answered / asked`, from 0 to 1 to three places; none when nothing asked.
    pub rate: Option<f64>,
    /// Median hours from sending to the reply being recorded, over the
    /// answered ones, to a tenth; none without any.
    pub median_hours: Option<f64>,
    /// Follow-ups sent after a silence, and how many of them were answered.
    pub follow_ups_sent: usize,
    pub follow_ups_answered: usize,
    /// Interviews marked "no answer".
    pub no_answer: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Month {
    /// "2026-03".
    pub month: String,
    /// The month as the user's language writes it: "Mar 2026", "März 2026".
    pub label: String,
    /// Every outcome, zeros included.
    pub outcomes: BTreeMap<Outcome, usize>,
    /// The scenarios recorded that month (only those that were).
    pub reasons: BTreeMap<Scenario, usize>,
}

fn tenths(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

fn hours_between(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    (to - from).num_seconds() as f64 / 3600.0
}

/// The middle value (the mean of the two middle ones for an even count).
fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => None,
        n if n % 2 == 1 => values.get(middle).copied(),
        _ => Some((values.get(middle - 1)? + values.get(middle)?) / 2.0),
    }
}

fn every_outcome() -> BTreeMap<Outcome, usize> {
    Outcome::ALL.iter().map(|&outcome| (outcome, 0)).collect()
}

/// The figures of a whole log at `now`; months are the `home` zone's.
pub fn figures(
    interviews: &[InterviewFacts],
    now: DateTime<Utc>,
    home: Tz,
    words: &Words,
) -> Insights {
    let mut outcomes = every_outcome();
    let mut months: BTreeMap<String, Month> = BTreeMap::new();
    let mut reasons: HashMap<Scenario, ReasonCount> = HashMap::new();
    let mut reasons_unrecorded = 0;
    let mut own_words: HashMap<String, OwnWords> = HashMap::new();
    let mut notice_hours = Vec::new();
    let mut replies = Replies {
        sent: 0,
        asked: 0,
        answered: 0,
        rate: None,
        median_hours: None,
        follow_ups_sent: 0,
        follow_ups_answered: 0,
        no_answer: 0,
    };
    let mut reply_hours = Vec::new();
    for interview in interviews {
        let outcome = Outcome::of(interview, now);
        *outcomes.entry(outcome).or_default() += 1;
        let day = interview.starts_at.with_timezone(&home).date_naive();
        let month = months
            .entry(day.format("%Y-%m").to_string())
            .or_insert_with(|| empty_month(day, words));
        *month.outcomes.entry(outcome).or_default() += 1;
        if let Some(scenario) = interview.scenario {
            *month.reasons.entry(scenario).or_default() += 1;
        }
        if interview.no_answer_at.is_some() {
            replies.no_answer += 1;
        }

        match interview.scenario {
            Some(scenario) => {
                let count = reasons.entry(scenario).or_insert(ReasonCount {
                    scenario,
                    label: scenario.label(words),
                    count: 0,
                    withdrawn: 0,
                    rescheduled: 0,
                    paused: 0,
                });
                count.count += 1;
                match interview.decision {
                    Decision::Withdraw => count.withdrawn += 1,
                    Decision::Reschedule => count.rescheduled += 1,
                    Decision::Pause => count.paused += 1,
                    Decision::Undecided | Decision::Attend => {}
                }
            }
            None if interview.decision.needs_message() => reasons_unrecorded += 1,
            None => {}
        }
        if let Some(reason) = &interview.reason {
            let key = suggestions::same_words(reason);
            if !key.is_empty() {
                own_words
                    .entry(key)
                    .or_insert_with(|| OwnWords {
                        text: reason.split_whitespace().collect::<Vec<_>>().join(" "),
                        count: 0,
                    })
                    .count += 1;
            }
        }

        if interview.decision.needs_message() {
            let calling_off = interview
                .sent
                .iter()
                .filter(|message| message.kind.calls_off_the_interview())
                .min_by_key(|message| message.sent_at);
            if let Some(message) = calling_off {
                notice_hours.push(Notice {
                    interview_id: interview.id,
                    outcome,
                    sent_at: message.sent_at,
                    hours: tenths(hours_between(
                        message.sent_at,
                        interview.start_at(message.sent_at),
                    )),
                });
            }
        }

        for message in &interview.sent {
            replies.sent += 1;
            let follow_up = message.kind == crate::message::MessageKind::FollowUpNoReply;
            if follow_up {
                replies.follow_ups_sent += 1;
            }
            if !message.kind.expects_reply() {
                continue;
            }
            replies.asked += 1;
            if let Some(replied_at) = message.replied_at {
                replies.answered += 1;
                if follow_up {
                    replies.follow_ups_answered += 1;
                }
                // A reply recorded before the message went out is a slip of
                // the clock: no time at all.
                reply_hours.push(hours_between(message.sent_at, replied_at).max(0.0));
            }
        }
    }
    replies.rate = (replies.asked > 0)
        .then(|| (replies.answered as f64 / replies.asked as f64 * 1000.0).round() / 1000.0);
    replies.median_hours = median(reply_hours).map(tenths);

    notice_hours.sort_by_key(|notice| (notice.sent_at, notice.interview_id));
    let notice = NoticeSummary {
        count: notice_hours.len(),
        median_hours: median(notice_hours.iter().map(|notice| notice.hours).collect()).map(tenths),
        under_24h: notice_hours
            .iter()
            .filter(|notice| notice.hours < crate::urgency::CALL_NOTICE_HOURS)
            .count(),
    };

    let mut reasons: Vec<ReasonCount> = reasons.into_values().collect();
    reasons.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.scenario.as_str().cmp(b.scenario.as_str()))
    });
    let mut own_words: Vec<OwnWords> = own_words
        .into_values()
        .filter(|words| words.count > 1)
        .collect();
    own_words.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.text.cmp(&b.text)));
    own_words.truncate(10);
    // Every withdrawal, a silent employer's included: the user still walked away.
    let withdrawals = interviews
        .iter()
        .filter(|interview| interview.decision == Decision::Withdraw)
        .count();
    let suggestions = suggestions::suggest(&reasons, withdrawals, words);

    Insights {
        interviews: interviews.len(),
        outcomes,
        reasons,
        reasons_unrecorded,
        own_words,
        notice_hours,
        notice,
        replies,
        suggestions,
        months: every_month(months, words),
    }
}

/// A month with nothing in it yet, named by any day of it.
fn empty_month(day: NaiveDate, words: &Words) -> Month {
    Month {
        month: day.format("%Y-%m").to_string(),
        label: day
            .format_localized(&words.get("date-month"), words.date_locale())
            .to_string(),
        outcomes: every_outcome(),
        reasons: BTreeMap::new(),
    }
}

/// Every month from the first interview's to the last's, the empty ones
/// too: a chart over time shows a quiet month as one.
fn every_month(mut found: BTreeMap<String, Month>, words: &Words) -> Vec<Month> {
    let first_day =
        |key: Option<&String>| NaiveDate::parse_from_str(&format!("{}-01", key?), "%Y-%m-%d").ok();
    let (Some(mut day), Some(last)) = (
        first_day(found.keys().next()),
        first_day(found.keys().next_back()),
    ) else {
        return found.into_values().collect();
    };
    let mut months = Vec::new();
    while day <= last {
        let key = day.format("%Y-%m").to_string();
        months.push(
            found
                .remove(&key)
                .unwrap_or_else(|| empty_month(day, words)),
        );
        let Some(next) = day.checked_add_months(Months::new(1)) else {
            break;
        };
        day = next;
    }
    months
}
