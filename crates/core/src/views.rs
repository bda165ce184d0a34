//! What the window shows, worked out here so that the page only renders: the
//! list's rows and an interview's page with their times written out (in the
//! interview's zone and in the user's), the time left, and history values
//! in words.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::catalogue::{history_field_label, Choice};
use crate::decision::{decide_by_for, suggested_message, Decision};
use crate::error::Result;
use crate::log::{
    unconfirmed_new_time, FilterCounts, HistoryEntry, Interview, InterviewRecord, InterviewSummary,
    ListQuery, Log, Message, NEW_TIME_PROPOSED,
};
use crate::message::links;
use crate::message::MessageKind;
use crate::reminders::{
    reminders_of, ReminderKind, ReminderNow, Silence, SilenceStage, SnoozeChoice,
};
use crate::time::{countdown, describe_start, from_utc_text, parse_zone};
use crate::urgency::{hours_until, Urgency};
use crate::words::{Arg, Words};

/// An interview's start as it reads in the interview's zone and, when it
/// reads differently there, in the user's.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StartTexts {
    /// "Thu 3 Dec 2026, 10:00 CET".
    pub theirs: String,
    /// The same instant on the user's clock, when it differs.
    pub yours: Option<String>,
    /// "in 18 h", "3 days ago".
    pub countdown: String,
    /// Undecided and still time to tell them politely: the last moment to
    /// decide ("Wed 2 Dec 2026, 10:00 CET"), on the user's clock.
    pub decide_by: Option<String>,
}

fn zone_of(interview: &Interview) -> Tz {
    parse_zone(&interview.tz).unwrap_or(Tz::UTC)
}

pub fn start_texts(
    interview: &Interview,
    home: Tz,
    now: DateTime<Utc>,
    words: &Words,
) -> StartTexts {
    let theirs = describe_start(interview.starts_at, zone_of(interview), words);
    let yours = describe_start(interview.starts_at, home, words);
    let decide_by = decide_by_for(interview, now)
        .filter(|by| *by > now)
        .map(|by| describe_start(by, home, words));
    StartTexts {
        yours: (yours != theirs).then_some(yours),
        theirs,
        countdown: countdown(hours_until(interview.starts_at, now), words),
        decide_by,
    }
}

/// A row of the Interviews list.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    #[serde(flatten)]
    pub summary: InterviewSummary,
    pub start: StartTexts,
    /// Still to be decided, with time to decide: the row offers "Decide".
    pub can_decide: bool,
    /// Pressing enough for the "Next up" card.
    pub needs_attention: bool,
}

/// A page of the list (see [`Log::list_page`]), its rows written out.
#[derive(Debug, Clone, Serialize)]
pub struct ListView {
    pub items: Vec<Row>,
    pub total: i64,
    pub offset: u32,
    pub counts: FilterCounts,
}

pub fn list(log: &Log, query: &ListQuery, now: DateTime<Utc>, words: &Words) -> Result<ListView> {
    let page = log.list_page(query, now)?;
    let home = log.home_zone()?;
    Ok(ListView {
        items: page
            .items
            .into_iter()
            .map(|summary| Row {
                start: start_texts(&summary.interview, home, now, words),
                can_decide: summary.interview.decision == Decision::Undecided
                    && summary.urgency != Urgency::Past,
                needs_attention: matches!(summary.urgency, Urgency::CallNow | Urgency::ActSoon),
                summary,
            })
            .collect(),
        total: page.total,
        offset: page.offset,
        counts: page.counts,
    })
}

/// A change in an interview's history, in words.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryLine {
    /// When, on the user's clock.
    pub at: String,
    pub field: String,
    /// "Undecided → Withdrawing"; "Added to the log" for the first entry.
    pub change: String,
}

/// A message recorded for an interview, in words.
#[derive(Debug, Clone, Serialize)]
pub struct MessageLine {
    pub id: i64,
    /// "E-mail · Withdraw".
    pub title: String,
    /// "sent Thu 3 Dec 2026, 10:00 CET", or "not sent".
    pub sent: String,
    /// Once they replied: the messages that answer a reply, to draft next.
    pub answers: Vec<ReplyDraft>,
}

/// A message to draft in answer to their reply.
#[derive(Debug, Clone, Serialize)]
pub struct ReplyDraft {
    pub kind: MessageKind,
    pub channel: crate::message::Channel,
    pub label: String,
}

/// One line of the details card: "Duration: 45 min".
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

fn facts(interview: &Interview, start: &StartTexts, words: &Words) -> Vec<Fact> {
    let person = &interview.interviewer;
    [
        ("when", Some(format!("{} ({})", start.theirs, interview.tz))),
        ("your-time", start.yours.clone()),
        ("time-left", Some(start.countdown.clone())),
        ("decide-by", start.decide_by.clone()),
        (
            "duration",
            Some(words.with(
                "fact-duration-minutes",
                &[("minutes", Arg::from(i64::from(interview.duration_minutes)))],
            )),
        ),
        ("interviewer", person.name.clone()),
        ("email", person.email.clone()),
        ("phone", person.phone.clone()),
        ("in-touch-by", Some(interview.contact_channel.label(words))),
        ("place", interview.location.clone()),
        ("stage", interview.stage.clone()),
        ("reason", interview.decision_reason.clone()),
        (
            "check-back-on",
            interview.pause_until.map(|day| day.to_string()),
        ),
        ("notes", Some(interview.notes.clone())),
        (
            "write-in",
            interview
                .message_language
                .map(|language| language.own_name().to_owned()),
        ),
    ]
    .into_iter()
    .filter_map(|(fact, value)| {
        let value = value.filter(|value| !value.trim().is_empty())?;
        Some(Fact {
            label: words.get(&format!("fact-{fact}")),
            value,
        })
    })
    .collect()
}

/// An interview's page: the record, and what it shows in words.
#[derive(Debug, Clone, Serialize)]
pub struct InterviewView {
    #[serde(flatten)]
    pub record: InterviewRecord,
    pub start: StartTexts,
    pub history_lines: Vec<HistoryLine>,
    pub message_lines: Vec<MessageLine>,
    /// The details card: each fact the interview has, labelled.
    pub facts: Vec<Fact>,
    /// Whether its place holds a meeting link the checklist can open.
    pub has_meeting_link: bool,
    /// The checklist before the interview: for one the user attends.
    pub shows_checklist: bool,
    /// They owe an answer and the silence has lasted: what to do about it.
    pub silence: Option<SilenceLine>,
    /// They proposed a new time, now in the log: confirm it with them.
    pub new_time: Option<DueMessage>,
    /// A pause's check-back day has come: the message that picks the
    /// application up again, until one goes out.
    pub resume: Option<DueMessage>,
    /// Its reminders whose time has come, each to put off from here.
    pub reminders: Vec<ReminderLine>,
    /// Marked "no answer" (the mark can be taken away).
    pub no_answer: bool,
    pub decided: bool,
    /// The user's non-negotiables, to bear in mind while deciding: given
    /// for an undecided interview still ahead, else empty.
    pub non_negotiables: Vec<String>,
}

/// A message the moment calls for, said and offered: the confirmation of a
/// new time they proposed (its calendar file then replaces the old event,
/// its SEQUENCE one higher), or the message that ends a pause.
#[derive(Debug, Clone, Serialize)]
pub struct DueMessage {
    pub text: String,
    pub draft: ReplyDraft,
}

/// A reminder on the interview's page: what it said, and how long to put
/// it off (or until when it is put off already).
#[derive(Debug, Clone, Serialize)]
pub struct ReminderLine {
    pub kind: ReminderKind,
    pub title: String,
    /// "Put off until Tue 1 Dec 2026, 18:00 CET."
    pub snoozed: Option<String>,
    pub choices: Vec<Choice<SnoozeChoice>>,
}

/// The silence after a message that asked them something, once it has
/// lasted the working days set: a follow-up to draft, or the "no answer" mark.
#[derive(Debug, Clone, Serialize)]
pub struct SilenceLine {
    pub text: String,
    /// The follow-up to draft (none once the follow-up itself met silence).
    pub draft: Option<ReplyDraft>,
    /// The interview can be marked "no answer".
    pub can_mark_no_answer: bool,
}

pub fn interview(log: &Log, id: i64, now: DateTime<Utc>, words: &Words) -> Result<InterviewView> {
    let record = log.interview_record(id)?;
    let home = log.home_zone()?;
    let waiting = log
        .silence_of(id)?
        .filter(|silence| record.interview.no_answer_at.is_none() && silence.due_at <= now);
    let mut view = interview_view(record, home, now, words);
    view.silence = waiting.map(|silence| silence_line(&silence, words));
    view.reminders = reminders_of(log, id, now, words)?
        .into_iter()
        .map(|reminder| reminder_line(reminder, home, words))
        .collect();
    if !view.decided && view.record.interview.starts_at > now {
        view.non_negotiables = log
            .non_negotiables()?
            .kept
            .into_iter()
            // The sentence around them ends with its own full stop.
            .map(|kept| kept.text.trim_end_matches(['.', '!']).to_owned())
            .collect();
    }
    Ok(view)
}

fn reminder_line(reminder: ReminderNow, home: Tz, words: &Words) -> ReminderLine {
    ReminderLine {
        kind: reminder.kind,
        title: reminder.title,
        snoozed: reminder.snoozed_until.map(|until| {
            let until = describe_start(until, home, words);
            words.with("snooze-put-off-until", &[("until", Arg::from(&until))])
        }),
        choices: SnoozeChoice::ALL
            .iter()
            .map(|&choice| Choice {
                id: choice,
                label: words.get(&format!("notify-snooze-{choice}")),
            })
            .collect(),
    }
}

/// The pause is over: the message to resume, until one went out since the
/// user decided to pause.
fn resume_line(
    record: &InterviewRecord,
    home: Tz,
    now: DateTime<Utc>,
    words: &Words,
) -> Option<DueMessage> {
    let (MessageKind::ResumeAfterPause, channel) = suggested_message(&record.interview, now, home)?
    else {
        return None;
    };
    let paused_at = record
        .history
        .iter()
        .rev()
        .find(|entry| entry.field == "decision" && entry.new_value.as_deref() == Some("pause"))
        .map(|entry| entry.at);
    let resumed = record.messages.iter().any(|message| {
        message.kind == MessageKind::ResumeAfterPause
            && message
                .sent_at
                .is_some_and(|sent| paused_at.is_none_or(|paused| sent >= paused))
    });
    (!resumed).then(|| DueMessage {
        text: words.get("resume-due"),
        draft: ReplyDraft {
            kind: MessageKind::ResumeAfterPause,
            channel,
            label: words.get("resume-draft"),
        },
    })
}

fn new_time_line(
    record: &InterviewRecord,
    now: DateTime<Utc>,
    words: &Words,
) -> Option<DueMessage> {
    let unconfirmed = unconfirmed_new_time(record, now)?;
    let zone = zone_of(&record.interview);
    let when = describe_start(unconfirmed.starts_at, zone, words);
    let text = match unconfirmed.moved_from {
        Some(before) => words.with(
            "new-time-moved",
            &[
                ("when", Arg::from(&when)),
                ("before", Arg::from(&describe_start(before, zone, words))),
            ],
        ),
        None => words.with("new-time-kept", &[("when", Arg::from(&when))]),
    };
    Some(DueMessage {
        text,
        draft: ReplyDraft {
            kind: MessageKind::ConfirmNewTime,
            channel: crate::message::Channel::Email,
            label: words.get("new-time-draft"),
        },
    })
}

fn silence_line(silence: &Silence, words: &Words) -> SilenceLine {
    let kind = silence.kind.label(words);
    let since = [("kind", Arg::from(&kind))];
    match silence.stage {
        SilenceStage::FollowUp => SilenceLine {
            text: words.with("silence-follow-up", &since),
            draft: Some(ReplyDraft {
                kind: MessageKind::FollowUpNoReply,
                channel: crate::message::Channel::Email,
                label: words.get("silence-draft-follow-up"),
            }),
            can_mark_no_answer: false,
        },
        SilenceStage::NoAnswer => SilenceLine {
            text: words.with("silence-no-answer", &since),
            draft: None,
            can_mark_no_answer: true,
        },
    }
}

pub fn interview_view(
    record: InterviewRecord,
    home: Tz,
    now: DateTime<Utc>,
    words: &Words,
) -> InterviewView {
    let zone = zone_of(&record.interview);
    let start = start_texts(&record.interview, home, now, words);
    InterviewView {
        facts: facts(&record.interview, &start, words),
        start,
        history_lines: record
            .history
            .iter()
            .map(|entry| history_line(entry, zone, home, words))
            .collect(),
        message_lines: record
            .messages
            .iter()
            .map(|message| message_line(message, home, words))
            .collect(),
        shows_checklist: record.interview.decision == Decision::Attend,
        silence: None,
        new_time: new_time_line(&record, now, words),
        resume: resume_line(&record, home, now, words),
        reminders: Vec::new(),
        no_answer: record.interview.no_answer_at.is_some(),
        decided: record.interview.decision != Decision::Undecided,
        non_negotiables: Vec::new(),
        has_meeting_link: record
            .interview
            .location
            .as_deref()
            .is_some_and(|place| links::meeting_link(place).is_ok()),
        record,
    }
}

fn history_line(entry: &HistoryEntry, zone: Tz, home: Tz, words: &Words) -> HistoryLine {
    let value = |value: &Option<String>| -> String {
        let Some(value) = value else {
            return "—".to_owned();
        };
        match entry.field.as_str() {
            "starts_at" | NEW_TIME_PROPOSED => from_utc_text(value)
                .map(|instant| describe_start(instant, zone, words))
                .unwrap_or_else(|_| value.clone()),
            "no_answer_at" => from_utc_text(value)
                .map(|instant| describe_start(instant, home, words))
                .unwrap_or_else(|_| value.clone()),
            "decision" => value
                .parse::<Decision>()
                .map(|decision| decision.label(words))
                .unwrap_or_else(|_| value.clone()),
            _ => value.clone(),
        }
    };
    HistoryLine {
        at: describe_start(entry.at, home, words),
        field: history_field_label(&entry.field, words).unwrap_or_else(|| entry.field.clone()),
        change: if entry.field == "created" {
            words.get("history-added-to-log")
        } else if entry.field == NEW_TIME_PROPOSED {
            value(&entry.new_value)
        } else {
            format!("{} → {}", value(&entry.old_value), value(&entry.new_value))
        },
    }
}

fn message_line(message: &Message, home: Tz, words: &Words) -> MessageLine {
    let reply_draft = |kind: MessageKind, key: &str| ReplyDraft {
        kind,
        channel: crate::message::Channel::Email,
        label: words.get(key),
    };
    MessageLine {
        id: message.id,
        title: format!(
            "{} · {}",
            message.channel.label(words),
            message.kind.label(words)
        ),
        sent: match message.sent_at {
            Some(at) => words.with(
                "message-sent-at",
                &[("when", Arg::from(&describe_start(at, home, words)))],
            ),
            None => words.get("message-not-sent"),
        },
        answers: if message.reply.is_some() {
            vec![
                reply_draft(MessageKind::ThankYouReply, "reply-thank-them"),
                reply_draft(MessageKind::ReplyToNegative, "reply-to-a-no"),
            ]
        } else {
            Vec::new()
        },
    }
}

/// The countdowns for instants, for a page that moves its texts each minute
/// without asking for the whole list again.
pub fn countdowns(instants: &[DateTime<Utc>], now: DateTime<Utc>, words: &Words) -> Vec<String> {
    instants
        .iter()
        .map(|&instant| countdown(hours_until(instant, now), words))
        .collect()
}
