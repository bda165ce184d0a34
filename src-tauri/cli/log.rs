//! `raincheck log ...`: the interview log from the terminal.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Subcommand, ValueEnum};
use raincheck_core::decision::{Decision, Scenario};
use raincheck_core::log::{
    Added, DecisionUpdate, Interview, InterviewFields, InterviewRecord, InterviewRecordAsOf,
    InterviewSummary, ListFilter, ListPage, ListQuery, SentMessage,
};
use raincheck_core::message::{Channel, MessageKind};
use raincheck_core::reminders::SilenceStage;
use raincheck_core::time::{countdown, describe_start, parse_zone, to_utc_text};
use raincheck_core::words::{Arg, Words};
use raincheck_core::Result;

use super::{read_input, read_json, Context};

#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// Add an interview from a JSON object (see the README for its fields)
    Add {
        /// The JSON file, or - for standard input
        #[arg(long, value_name = "FILE")]
        input: PathBuf,
    },
    /// List interviews: upcoming first, with the time left
    List {
        #[arg(long, value_enum, default_value_t = FilterArg::All)]
        filter: FilterArg,
        /// How many to show
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// How many to skip (for the next page)
        #[arg(long, default_value_t = 0)]
        offset: u32,
        /// Only interviews matching these words (company, position, interviewer,
        /// e-mail, place, stage, notes, reason; accents and case aside), best first
        #[arg(long, value_name = "TEXT", default_value = "")]
        search: String,
    },
    /// Show one interview with its history and messages (and, undecided, when to decide by)
    Show { id: i64 },
    /// Mark an interview "no answer": they stayed silent after your follow-up
    NoAnswer {
        id: i64,
        /// Take the mark away (they answered after all)
        #[arg(long)]
        clear: bool,
    },
    /// Change some fields of an interview (JSON object with only those fields)
    Edit {
        id: i64,
        #[arg(long, value_name = "FILE")]
        input: PathBuf,
    },
    /// Record what you decided about an interview
    Decide {
        id: i64,
        #[arg(long, value_parser = parse_named::<Decision>)]
        decision: Decision,
        /// Why, in a few words (kept for you; not sent)
        #[arg(long)]
        reason: Option<String>,
        #[arg(long, value_parser = parse_named::<Scenario>)]
        scenario: Option<Scenario>,
        /// For a pause: the day to check back (YYYY-MM-DD)
        #[arg(long, value_name = "YYYY-MM-DD")]
        pause_until: Option<NaiveDate>,
    },
    /// Record a message as sent now
    Sent {
        id: i64,
        #[arg(long, value_parser = parse_named::<MessageKind>)]
        kind: MessageKind,
        #[arg(long, value_parser = parse_named::<Channel>)]
        channel: Channel,
        /// The text sent; a first line "Subject: ..." is kept as the subject
        #[arg(long, value_name = "FILE")]
        message_file: Option<PathBuf>,
    },
    /// Record what the employer answered to a message (its number is in `log show`)
    Reply {
        message_id: i64,
        /// Their answer, pasted or in a few words
        #[arg(long)]
        text: String,
        /// They proposed a new time: the interview moves there (wall time in
        /// its zone, e.g. 2026-12-08T14:00), its history keeping the old one
        #[arg(long, value_name = "WHEN")]
        new_time: Option<String>,
    },
    /// Delete an interview with its history and messages
    Delete { id: i64 },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FilterArg {
    All,
    Upcoming,
    Undecided,
    Past,
    /// Marked "no answer"
    NoAnswer,
}

impl From<FilterArg> for ListFilter {
    fn from(filter: FilterArg) -> Self {
        match filter {
            FilterArg::All => ListFilter::All,
            FilterArg::Upcoming => ListFilter::Upcoming,
            FilterArg::Undecided => ListFilter::Undecided,
            FilterArg::Past => ListFilter::Past,
            FilterArg::NoAnswer => ListFilter::NoAnswer,
        }
    }
}

/// Lets clap parse the core's named values, with the core's error wording.
pub fn parse_named<T: std::str::FromStr<Err = raincheck_core::Error>>(
    text: &str,
) -> std::result::Result<T, String> {
    text.parse()
        .map_err(|e: raincheck_core::Error| e.to_string())
}

pub fn run(command: LogCommand, context: &Context<'_>) -> Result<()> {
    let now = context.now();
    match command {
        LogCommand::Add { input } => {
            let fields: InterviewFields = read_json(&input)?;
            let mut log = context.open_log()?;
            let id = log.add_interview(&fields, now)?;
            let interview = log.interview(id)?;
            let words = context.words();
            context.print(&Added { id }, |_| {
                words.line_with(
                    "log-added",
                    &[
                        ("id", Arg::from(id)),
                        ("interview", Arg::from(&one_line(&interview, words))),
                    ],
                )
            })
        }
        LogCommand::List {
            filter,
            limit,
            offset,
            search,
        } => {
            let log = context.open_log()?;
            let query = ListQuery {
                filter: filter.into(),
                search,
                limit,
                offset,
            };
            let page = log.list_page(&query, now)?;
            // JSON: the interviews of the page, as before searching existed.
            context.print(&page.items, |_| {
                describe_page(&page, &query, context.words())
            })
        }
        LogCommand::Show { id } => {
            let shown = context.open_log()?.interview_record_as_of(id, now)?;
            context.print(&shown, |shown| describe_shown(shown, context.words()))
        }
        LogCommand::NoAnswer { id, clear } => {
            let interview = context.open_log()?.set_no_answer(id, !clear, now)?;
            let words = context.words();
            let key = if clear {
                "log-no-answer-cleared"
            } else {
                "log-no-answer-marked"
            };
            context.print(&interview, |i| about_one(words, key, id, i))
        }
        LogCommand::Edit { id, input } => {
            let fields: InterviewFields = read_json(&input)?;
            let interview = context.open_log()?.edit_interview(id, &fields, now)?;
            context.print(&interview, |i| {
                about_one(context.words(), "log-updated", id, i)
            })
        }
        LogCommand::Decide {
            id,
            decision,
            reason,
            scenario,
            pause_until,
        } => {
            let update = DecisionUpdate {
                decision,
                reason,
                scenario,
                pause_until,
            };
            let interview = context.open_log()?.decide(id, &update, now)?;
            let words = context.words();
            context.print(&interview, |i| {
                words.line_with(
                    "log-decided",
                    &[
                        ("decision", Arg::from(&i.decision.label(words))),
                        ("id", Arg::from(id)),
                        ("interview", Arg::from(&one_line(i, words))),
                    ],
                )
            })
        }
        LogCommand::Sent {
            id,
            kind,
            channel,
            message_file,
        } => {
            let text = message_file
                .as_deref()
                .map(read_input)
                .transpose()?
                .unwrap_or_default();
            let (subject, body) = split_subject(&text);
            let sent = SentMessage {
                kind,
                channel,
                subject,
                body,
            };
            let message = context.open_log()?.record_sent(id, &sent, now)?;
            let words = context.words();
            context.print(&message, |m| {
                words.line_with(
                    "log-sent",
                    &[
                        ("kind", Arg::from(&m.kind.label(words))),
                        ("channel", Arg::from(&m.channel.label(words))),
                        ("id", Arg::from(id)),
                    ],
                )
            })
        }
        LogCommand::Reply {
            message_id,
            text,
            new_time: None,
        } => {
            let message = context.open_log()?.record_reply(message_id, &text, now)?;
            context.print(&message, |m| {
                context
                    .words()
                    .line_with("log-reply-recorded", &[("id", Arg::from(m.id))])
            })
        }
        LogCommand::Reply {
            message_id,
            text,
            new_time: Some(starts_at),
        } => {
            let moved = context
                .open_log()?
                .record_new_time(message_id, &text, &starts_at, now)?;
            context.print(&moved, |moved| {
                let id = moved.interview.id;
                about_one(context.words(), "log-new-time", id, &moved.interview)
            })
        }
        LogCommand::Delete { id } => {
            let record = context.open_log()?.delete_interview(id)?;
            context.print(&record, |r| {
                context.words().line_with(
                    "log-deleted",
                    &[
                        ("id", Arg::from(id)),
                        ("company", Arg::from(&r.interview.company)),
                        ("position", Arg::from(&r.interview.position)),
                        ("messages", Arg::from(r.messages.len() as i64)),
                    ],
                )
            })
        }
    }
}

/// "A first line 'Subject: ...' is the subject, the rest the body."
fn split_subject(text: &str) -> (Option<String>, String) {
    match text.split_once('\n') {
        Some((first, rest)) if first.starts_with("Subject:") => (
            Some(first.trim_start_matches("Subject:").trim().to_owned()),
            rest.trim_start_matches(['\r', '\n']).to_owned(),
        ),
        _ => (None, text.to_owned()),
    }
}

pub fn starts_text(interview: &Interview, words: &Words) -> String {
    parse_zone(&interview.tz)
        .map(|zone| {
            format!(
                "{} ({})",
                describe_start(interview.starts_at, zone, words),
                interview.tz
            )
        })
        .unwrap_or_else(|_| interview.starts_at.to_rfc3339())
}

fn one_line(interview: &Interview, words: &Words) -> String {
    format!(
        "{} — {}, {}",
        interview.company,
        interview.position,
        starts_text(interview, words)
    )
}

/// "Updated interview #3: Acme — Designer, Thu 3 Dec …" and its kin.
fn about_one(words: &Words, key: &str, id: i64, interview: &Interview) -> String {
    words.line_with(
        key,
        &[
            ("id", Arg::from(id)),
            ("interview", Arg::from(&one_line(interview, words))),
        ],
    )
}

fn describe_page(page: &ListPage, query: &ListQuery, words: &Words) -> String {
    if page.items.is_empty() && !query.search.trim().is_empty() {
        return words.line_with(
            "list-no-match",
            &[("search", Arg::from(query.search.trim()))],
        );
    }
    if page.items.is_empty() && page.total > 0 {
        return words.line_with("list-past-the-end", &[("total", Arg::from(page.total))]);
    }
    let mut text = describe_list(&page.items, words);
    if !page.items.is_empty() {
        let first = i64::from(page.offset) + 1;
        let last = i64::from(page.offset) + page.items.len() as i64;
        let counts = page.counts;
        let count = Arg::from;
        text.push_str("\n\n");
        text.push_str(&words.line_with(
            "list-page",
            &[
                ("first", Arg::from(first)),
                ("last", Arg::from(last)),
                ("total", count(page.total)),
                ("all", count(counts.all)),
                ("upcoming", count(counts.upcoming)),
                ("undecided", count(counts.undecided)),
                ("past", count(counts.past)),
                ("no_answer", count(counts.no_answer)),
            ],
        ));
        if last < page.total {
            text.push_str(&words.line_with("list-next-page", &[("offset", Arg::from(last))]));
        }
    }
    text
}

/// One line an interview: the decision and filters as the commands take them.
fn describe_list(page: &[InterviewSummary], words: &Words) -> String {
    if page.is_empty() {
        return words.line("list-empty");
    }
    page.iter()
        .map(|summary| {
            let interview = &summary.interview;
            format!(
                "#{:<4} {:<11} {:<10} {} — {}, {}",
                interview.id,
                interview.decision.as_str(),
                countdown(summary.hours_left, words),
                interview.company,
                interview.position,
                summary.starts_at_text
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn describe_shown(shown: &InterviewRecordAsOf, words: &Words) -> String {
    let mut lines = vec![describe_record(&shown.record, words)];
    if let Some(by) = shown.decide_by {
        let when = parse_zone(&shown.record.interview.tz)
            .map_or_else(|_| to_utc_text(by), |zone| describe_start(by, zone, words));
        lines.push(labelled(
            words,
            "show-decide-by",
            &words.line_with("show-decide-by-value", &[("when", Arg::from(&when))]),
        ));
    }
    if let Some(silence) = &shown.follow_up {
        let key = match silence.stage {
            SilenceStage::FollowUp => "show-no-reply-follow-up",
            SilenceStage::NoAnswer => "show-no-reply-no-answer",
        };
        let since = silence.since.format("%Y-%m-%d").to_string();
        let due = silence.due_at.format("%Y-%m-%d").to_string();
        let value = words.line_with(
            key,
            &[
                ("since", Arg::from(&since)),
                ("kind", Arg::from(&silence.kind.label(words))),
                ("due", Arg::from(&due)),
            ],
        );
        lines.push(labelled(words, "show-no-reply", &value));
    }
    if shown.new_time_to_confirm.is_some() {
        let id = Arg::from(shown.record.interview.id);
        let value = words.line_with("show-new-time-value", &[("id", id)]);
        lines.push(labelled(words, "show-new-time", &value));
    }
    lines.join("\n")
}

/// "Label:      value", the labels in one column.
fn labelled(words: &Words, key: &str, value: &str) -> String {
    format!("{:<12} {value}", words.line(key))
}

fn describe_record(record: &InterviewRecord, words: &Words) -> String {
    let interview = &record.interview;
    let starts = words.line_with(
        "show-starts-value",
        &[
            ("when", Arg::from(&starts_text(interview, words))),
            ("minutes", Arg::from(i64::from(interview.duration_minutes))),
        ],
    );
    let mut lines = vec![
        format!(
            "#{} {} — {}",
            interview.id, interview.company, interview.position
        ),
        labelled(words, "show-starts", &starts),
        labelled(words, "show-decision", interview.decision.as_str()),
    ];
    let mut optional = |key: &str, value: Option<&str>| {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            lines.push(labelled(words, key, value));
        }
    };
    optional("show-reason", interview.decision_reason.as_deref());
    optional("show-scenario", interview.scenario.map(|s| s.as_str()));
    optional(
        "show-check-back",
        interview.pause_until.map(|d| d.to_string()).as_deref(),
    );
    optional("show-interviewer", interview.interviewer.name.as_deref());
    optional("show-email", interview.interviewer.email.as_deref());
    optional("show-phone", interview.interviewer.phone.as_deref());
    optional("show-contact-via", Some(interview.contact_channel.as_str()));
    optional("show-place", interview.location.as_deref());
    optional("show-stage", interview.stage.as_deref());
    optional("show-notes", Some(&interview.notes));
    lines.push(String::new());
    lines.push(words.line("show-history"));
    for entry in &record.history {
        lines.push(format!(
            "  {}  {}: {} → {}",
            entry.at.format("%Y-%m-%d %H:%M UTC"),
            entry.field,
            entry.old_value.as_deref().unwrap_or("—"),
            entry.new_value.as_deref().unwrap_or("—")
        ));
    }
    if !record.messages.is_empty() {
        lines.push(String::new());
        lines.push(words.line("show-messages"));
        for message in &record.messages {
            let when = message.sent_at.map_or_else(
                || words.line("show-message-not-sent"),
                |at| {
                    let at = at.format("%Y-%m-%d %H:%M UTC").to_string();
                    words.line_with("show-message-sent", &[("at", Arg::from(&at))])
                },
            );
            lines.push(format!(
                "  #{} {} — {}, {when}",
                message.id,
                message.kind.label(words),
                message.channel.label(words)
            ));
        }
    }
    lines.join("\n")
}
