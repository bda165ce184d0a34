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
use raincheck_core::words::Words;
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
    /// Delete an interview with its history and messages
    Delete { id: i64 },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FilterArg {
    All,
    Upcoming,
    Undecided,
    Past,
}

impl From<FilterArg> for ListFilter {
    fn from(filter: FilterArg) -> Self {
        match filter {
            FilterArg::All => ListFilter::All,
            FilterArg::Upcoming => ListFilter::Upcoming,
            FilterArg::Undecided => ListFilter::Undecided,
            FilterArg::Past => ListFilter::Past,
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
            context.print(&Added { id }, |_| {
                format!("Added interview #{id}: {}", one_line(&interview))
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
            context.print(&page.items, |_| describe_page(&page, &query))
        }
        LogCommand::Show { id } => {
            let shown = context.open_log()?.interview_record_as_of(id, now)?;
            context.print(&shown, describe_shown)
        }
        LogCommand::NoAnswer { id, clear } => {
            let interview = context.open_log()?.set_no_answer(id, !clear, now)?;
            context.print(&interview, |i| {
                if clear {
                    format!("#{id} is no longer marked “no answer”: {}", one_line(i))
                } else {
                    format!("Marked #{id} “no answer”: {}", one_line(i))
                }
            })
        }
        LogCommand::Edit { id, input } => {
            let fields: InterviewFields = read_json(&input)?;
            let interview = context.open_log()?.edit_interview(id, &fields, now)?;
            context.print(&interview, |i| {
                format!("Updated interview #{id}: {}", one_line(i))
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
            context.print(&interview, |i| {
                format!("Decided to {} for #{id}: {}", i.decision, one_line(i))
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
            context.print(&message, |m| {
                format!(
                    "Recorded the {} message ({}) for #{id} as sent.",
                    m.channel, m.kind
                )
            })
        }
        LogCommand::Delete { id } => {
            let record = context.open_log()?.delete_interview(id)?;
            context.print(&record, |r| {
                format!(
                    "Deleted interview #{id} ({} — {}) with its history and {} message(s).",
                    r.interview.company,
                    r.interview.position,
                    r.messages.len()
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

pub fn starts_text(interview: &Interview) -> String {
    parse_zone(&interview.tz)
        .map(|zone| {
            format!(
                "{} ({})",
                describe_start(interview.starts_at, zone, Words::english()),
                interview.tz
            )
        })
        .unwrap_or_else(|_| interview.starts_at.to_rfc3339())
}

fn one_line(interview: &Interview) -> String {
    format!(
        "{} — {}, {}",
        interview.company,
        interview.position,
        starts_text(interview)
    )
}

fn describe_page(page: &ListPage, query: &ListQuery) -> String {
    if page.items.is_empty() && !query.search.trim().is_empty() {
        return format!(
            "No interview matches \"{}\" here. Try fewer or shorter words, or `--filter all`.",
            query.search.trim()
        );
    }
    if page.items.is_empty() && page.total > 0 {
        return format!(
            "This page is past the end: there are {} interviews here. Try `--offset 0`.",
            page.total
        );
    }
    let mut text = describe_list(&page.items);
    if !page.items.is_empty() {
        let first = i64::from(page.offset) + 1;
        let last = i64::from(page.offset) + page.items.len() as i64;
        let counts = page.counts;
        text.push_str(&format!(
            "\n\n{first}–{last} of {} (all {} · upcoming {} · undecided {} · past {})",
            page.total, counts.all, counts.upcoming, counts.undecided, counts.past
        ));
        if last < page.total {
            text.push_str(&format!("; next page: --offset {last}"));
        }
    }
    text
}

fn describe_list(page: &[InterviewSummary]) -> String {
    if page.is_empty() {
        return "No interviews here. Add one with `raincheck log add --input FILE`.".into();
    }
    page.iter()
        .map(|summary| {
            let interview = &summary.interview;
            format!(
                "#{:<4} {:<11} {:<10} {} — {}, {}",
                interview.id,
                interview.decision.as_str(),
                countdown(summary.hours_left, Words::english()),
                interview.company,
                interview.position,
                summary.starts_at_text
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn describe_shown(shown: &InterviewRecordAsOf) -> String {
    let mut text = describe_record(&shown.record);
    if let Some(by) = shown.decide_by {
        let when = parse_zone(&shown.record.interview.tz).map_or_else(
            |_| to_utc_text(by),
            |zone| describe_start(by, zone, Words::english()),
        );
        text.push_str(&format!(
            "\nDecide by:   {when} (the last polite moment to tell them)"
        ));
    }
    if let Some(silence) = &shown.follow_up {
        let next = match silence.stage {
            SilenceStage::FollowUp => "a follow-up is fair",
            SilenceStage::NoAnswer => "it can be marked \"no answer\"",
        };
        text.push_str(&format!(
            "\nNo reply:    to your message of {} ({}); {next} from {}",
            silence.since.format("%Y-%m-%d"),
            silence.kind.label(Words::english()).to_lowercase(),
            silence.due_at.format("%Y-%m-%d")
        ));
    }
    text
}

fn describe_record(record: &InterviewRecord) -> String {
    let interview = &record.interview;
    let mut lines = vec![
        format!(
            "#{} {} — {}",
            interview.id, interview.company, interview.position
        ),
        format!(
            "Starts:      {}, {} min",
            starts_text(interview),
            interview.duration_minutes
        ),
        format!("Decision:    {}", interview.decision),
    ];
    let mut optional = |label: &str, value: Option<&str>| {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            lines.push(format!("{label:<12} {value}"));
        }
    };
    optional("Reason:", interview.decision_reason.as_deref());
    optional("Scenario:", interview.scenario.map(|s| s.as_str()));
    optional(
        "Check back:",
        interview.pause_until.map(|d| d.to_string()).as_deref(),
    );
    optional("Interviewer:", interview.interviewer.name.as_deref());
    optional("E-mail:", interview.interviewer.email.as_deref());
    optional("Phone:", interview.interviewer.phone.as_deref());
    optional("Contact via:", Some(interview.contact_channel.as_str()));
    optional("Place:", interview.location.as_deref());
    optional("Stage:", interview.stage.as_deref());
    optional("Notes:", Some(&interview.notes));
    lines.push(String::new());
    lines.push("History:".into());
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
        lines.push("Messages:".into());
        for message in &record.messages {
            let when = message.sent_at.map_or("not sent".into(), |at| {
                format!("sent {}", at.format("%Y-%m-%d %H:%M UTC"))
            });
            lines.push(format!(
                "  #{} {} by {}, {when}",
                message.id, message.kind, message.channel
            ));
        }
    }
    lines.join("\n")
}
