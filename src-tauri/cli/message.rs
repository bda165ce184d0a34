//! `raincheck draft` and `raincheck check`: messages from the terminal.

use std::path::PathBuf;

use clap::Args;
use raincheck_core::language::MessageLanguage;
use raincheck_core::message::{self, Channel, CheckReport, ItemStatus, MessageInput, MessageKind};
use raincheck_core::words::{Arg, Words};
use raincheck_core::Result;

use super::log::parse_named;
use super::{read_input, read_json, Context};

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The message input as a JSON object (see the README), or - for standard input
    #[arg(long, value_name = "FILE", required_unless_present = "interview")]
    input: Option<PathBuf>,
    /// Fill the interview and your profile from the log; without --kind and
    /// --channel, the message its decision calls for (as the window drafts it)
    #[arg(long, value_name = "ID")]
    interview: Option<i64>,
    #[arg(long, value_parser = parse_named::<MessageKind>)]
    kind: Option<MessageKind>,
    #[arg(long, value_parser = parse_named::<Channel>)]
    channel: Option<Channel>,
    /// The language to write in: en-GB, en-US, de, fr or es (default: your
    /// profile's, else British English)
    #[arg(long, value_parser = parse_named::<MessageLanguage>)]
    language: Option<MessageLanguage>,
    /// For a reply: the subject of their message, to answer in their thread
    #[arg(long, value_name = "TEXT")]
    their_subject: Option<String>,
    /// For the note after starting elsewhere, e.g. "Data Analyst at Globex"
    #[arg(long, value_name = "TEXT")]
    new_role: Option<String>,
    /// For the apology after a missed interview: you no longer want the role,
    /// so it asks for no new time
    #[arg(long)]
    not_interested: bool,
    /// For running late: how many minutes
    #[arg(long, value_name = "MINUTES")]
    minutes_late: Option<u32>,
    /// For confirming a new time: the time they proposed, on the interview's
    /// clock (YYYY-MM-DDTHH:MM); another zone goes in the input's new_time
    #[arg(long, value_name = "START")]
    new_time: Option<String>,
    /// For declining a later round: which one, e.g. "the final round"
    #[arg(long, value_name = "TEXT")]
    next_round: Option<String>,
    /// For a message through an agency: the recruiter's agency
    #[arg(long, value_name = "NAME")]
    agency: Option<String>,
    /// For a message through an agency: the recruiter's name, who is greeted
    #[arg(long, value_name = "NAME")]
    recruiter: Option<String>,
    /// For the follow-up after no reply: days since your last message
    #[arg(long, value_name = "DAYS")]
    days_since_last_message: Option<u32>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The message to check (a first line "Subject: ..." is its subject), or - for standard input
    #[arg(long, value_name = "FILE")]
    message: PathBuf,
    /// What the message is about: the draft input object, or any part of it
    #[arg(long, value_name = "FILE", conflicts_with = "interview")]
    context: Option<PathBuf>,
    /// Check against this interview in the log (and your profile)
    #[arg(long, value_name = "ID")]
    interview: Option<i64>,
}

/// The input from the file (if any), with `lay_over` applied, then the
/// interview and profile from the log filled in, if asked: the same input
/// the window drafts from.
enum Purpose {
    Draft,
    Check,
}

fn input_with_log(
    input: Option<&PathBuf>,
    interview: Option<i64>,
    purpose: Purpose,
    context: &Context<'_>,
    lay_over: impl FnOnce(&mut MessageInput),
) -> Result<(MessageInput, Option<raincheck_core::log::Log>)> {
    let mut input: MessageInput = match input {
        Some(path) => read_json(path)?,
        None => MessageInput::default(),
    };
    lay_over(&mut input);
    match interview {
        Some(id) => {
            let log = context.open_log()?;
            let input = match purpose {
                Purpose::Draft => input.for_interview(&log, id, context.now())?,
                // A message checked is judged as what it is, not as the
                // message the decision would call for.
                Purpose::Check => {
                    input.fill_from(&log.interview(id)?, &log.profile()?);
                    input
                }
            };
            Ok((input, Some(log)))
        }
        None => Ok((input, None)),
    }
}

pub fn draft(args: DraftArgs, context: &Context<'_>) -> Result<()> {
    let (mut input, log) = input_with_log(
        args.input.as_ref(),
        args.interview,
        Purpose::Draft,
        context,
        |input| {
            // A flag given on the command line wins over the input file's value.
            fn given<T>(field: &mut Option<T>, flag: Option<T>) {
                if flag.is_some() {
                    *field = flag;
                }
            }
            given(&mut input.kind, args.kind);
            given(&mut input.channel, args.channel);
            given(&mut input.language, args.language);
            given(&mut input.their_subject, args.their_subject);
            given(&mut input.new_role, args.new_role);
            given(&mut input.minutes_late, args.minutes_late);
            given(&mut input.next_round, args.next_round);
            given(&mut input.agency, args.agency);
            given(&mut input.recruiter, args.recruiter);
            given(
                &mut input.days_since_last_message,
                args.days_since_last_message,
            );
            if args.not_interested {
                input.still_interested = Some(false);
            }
        },
    )?;
    if args.interview.is_some() {
        input = input.with_draft_defaults();
    }
    if let Some(starts_at) = args.new_time {
        // On the interview's clock; without a zone the draft names the field.
        let tz = input.interview.tz.clone().unwrap_or_default();
        input.new_time = Some(message::SlotInput { starts_at, tz });
    }
    // The hours left decide whether the message apologises for short notice.
    input.now.get_or_insert(context.now());
    let templates = match log {
        Some(log) => log.templates()?,
        None => match context.open_log_if_present()? {
            Some(log) => log.templates()?,
            None => message::Templates::builtin()?,
        },
    };
    // The log is closed by now (moved into the match above): the template is
    // filled in without holding it.
    // What the draft lacks: English in its JSON, the system's language on
    // standard error.
    let words = context.words();
    let drafted = message::draft(&input, &templates)?.in_words(context.answer_words());
    // The draft stands with its placeholders; what to give, and how, goes to
    // standard error so a pipe gets the message alone.
    for missing in &drafted.clone().in_words(words).missing {
        let how = match missing.detail.as_str() {
            "name" => "raincheck profile --name \"Your Name\"",
            "phone" => "raincheck profile --phone \"+44 20 7946 0000\"",
            _ => "raincheck profile --email you@example.org",
        };
        let add = words.line_with("draft-add-once", &[("command", Arg::from(how))]);
        eprintln!("raincheck: {} {add}", missing.message);
    }
    context.print(&drafted, |d| d.full_text())
}

/// Checks a message; `Ok(false)` when it does not pass (exit 1).
pub fn check(args: CheckArgs, context: &Context<'_>) -> Result<bool> {
    let text = read_input(&args.message)?;
    let (mut input, _) = input_with_log(
        args.context.as_ref(),
        args.interview,
        Purpose::Check,
        context,
        |_| {},
    )?;
    input.now.get_or_insert(context.now());
    let words = context.answer_words();
    let report = message::check_in(&text, &input, words)?;
    context.print(&report, |report| describe(report, words))?;
    Ok(report.ok)
}

fn describe(report: &CheckReport, words: &Words) -> String {
    let mut lines = Vec::new();
    for item in &report.items {
        let mark = match item.status {
            ItemStatus::Pass => "✓",
            ItemStatus::Fail => "✗",
            ItemStatus::NotApplicable => "·",
        };
        lines.push(format!("{mark} {:<14} {}", item.id, item.message));
    }
    for problem in &report.problems {
        lines.push(format!(
            "! {:<14} {} «{}»",
            problem.id, problem.message, problem.excerpt
        ));
    }
    for note in &report.notes {
        lines.push(format!("· {note}"));
    }
    if let Some(language) = report.language {
        lines.push(words.line_with(
            "check-read-as",
            &[("language", Arg::from(language.own_name()))],
        ));
    }
    lines.push(words.line(if report.ok {
        "check-ready"
    } else {
        "check-not-ready"
    }));
    lines.join("\n")
}
