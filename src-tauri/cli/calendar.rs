//! `raincheck ics export | import` and `raincheck slots`: the calendar.

use std::io::Read;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use raincheck_core::calendar::feed::{feed_file, FeedStatus};
use raincheck_core::calendar::ics::{export_ics, import_ics_in, MAX_ICS_BYTES};
use raincheck_core::log::ListFilter;
use raincheck_core::time::describe_start;
use raincheck_core::words::{Arg, Said, Words};
use raincheck_core::{Error, Result};

use super::Context;

#[derive(Debug, Subcommand)]
pub enum IcsCommand {
    /// Write an interview (or all upcoming ones) as an .ics calendar file
    Export(ExportArgs),
    /// Read an invite (.ics) into interviews; prints them, saves only with --save
    Import(ImportArgs),
    /// Keep a calendar feed (raincheck-decide-by.ics) in a folder your phone's
    /// calendar syncs: an event with an alarm at each open interview's "decide by".
    /// Without options: write it now and say where and how many events
    Feed(FeedArgs),
}

#[derive(Debug, Args)]
pub struct FeedArgs {
    /// Switch the feed on in this folder (it must exist), and write it now
    #[arg(long, value_name = "DIR", conflicts_with = "off")]
    folder: Option<PathBuf>,
    /// Switch the feed off and remove its file
    #[arg(long)]
    off: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The interview to export
    #[arg(required_unless_present = "upcoming", conflicts_with = "upcoming")]
    id: Option<i64>,
    /// Every upcoming interview
    #[arg(long)]
    upcoming: bool,
    /// Write to this file instead of standard output
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The invite, or - for standard input
    file: PathBuf,
    /// Add the interviews to the log
    #[arg(long)]
    save: bool,
}

pub fn run(command: IcsCommand, context: &Context<'_>) -> Result<()> {
    match command {
        IcsCommand::Feed(args) => feed(args, context),
        IcsCommand::Export(args) => {
            let log = context.open_log()?;
            let ids: Vec<i64> = match args.id {
                Some(id) => vec![id],
                None => log
                    .list(ListFilter::Upcoming, context.now(), u32::MAX, 0)?
                    .into_iter()
                    .map(|summary| summary.interview.id)
                    .collect(),
            };
            if ids.is_empty() {
                return Err(Error::said(Said::key("error-no-upcoming-to-export")));
            }
            let records = ids
                .into_iter()
                .map(|id| log.interview_record(id))
                .collect::<Result<Vec<_>>>()?;
            let text = export_ics(&records)?;
            match args.output {
                Some(path) => raincheck_core::files::write_private(&path, text.as_bytes()),
                None => super::write_out(&text),
            }
        }
        IcsCommand::Import(args) => {
            let invites = import_ics_in(&read_invite(&args.file)?, context.answer_words())?;
            for invite in &invites {
                for warning in &invite.warnings {
                    // Invite text is the sender's: nothing hidden reaches the terminal.
                    eprintln!("raincheck: {}", raincheck_core::text::visible(warning));
                }
            }
            let fields: Vec<_> = invites.iter().map(|invite| invite.fields.clone()).collect();
            if args.save {
                let mut log = context.open_log()?;
                let mut ids = Vec::new();
                for one in &fields {
                    ids.push(log.add_interview(one, context.now())?);
                }
                let words = context.words();
                return context.print(&ids, |ids| {
                    let ids: Vec<String> = ids.iter().map(|id| format!("#{id}")).collect();
                    words.line_with(
                        "ics-added",
                        &[
                            ("count", Arg::from(ids.len())),
                            ("ids", Arg::from(&ids.join(", "))),
                        ],
                    )
                });
            }
            let words = context.words();
            context.print(&fields, |fields| {
                let unknown = words.line("ics-unknown");
                fields
                    .iter()
                    .map(|f| {
                        let or_unknown = |value: &Option<String>| {
                            value.clone().unwrap_or_else(|| unknown.clone())
                        };
                        format!(
                            "{} — {}, {} ({})",
                            or_unknown(&f.company),
                            or_unknown(&f.position),
                            or_unknown(&f.starts_at),
                            or_unknown(&f.tz)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
    }
}

/// `raincheck ics feed`: switches the feed on or off, or writes it now.
fn feed(args: FeedArgs, context: &Context<'_>) -> Result<()> {
    let mut log = context.open_log()?;
    let now = context.now();
    let feed_words = context.feed_words()?;
    if args.off {
        let folder = log.switch_calendar_feed_off()?;
        let words = context.words();
        let answer = FeedStatus::off();
        return context.print(&answer, |_| match folder {
            Some(folder) => words.line_with(
                "ics-feed-switched-off",
                &[("file", Arg::from(&feed_file(&folder).display().to_string()))],
            ),
            None => words.line("ics-feed-off"),
        });
    }
    let status = match args.folder {
        Some(folder) => log.switch_calendar_feed_on(&folder, now, &feed_words)?,
        None => log.refresh_calendar_feed(now, &feed_words)?,
    };
    let words = context.words();
    let when = match status.last_written_at {
        Some(at) => describe_start(at, log.home_zone()?, words),
        None => String::new(),
    };
    context.print(&status, |status| describe_feed(status, &when, words))
}

/// One line for a person: how many events, where, and when written.
fn describe_feed(status: &FeedStatus, when: &str, words: &Words) -> String {
    if !status.on {
        return words.line("ics-feed-off");
    }
    words.line_with(
        "ics-feed-status",
        &[
            ("count", Arg::from(status.events)),
            (
                "file",
                Arg::from(status.file.as_deref().unwrap_or_default()),
            ),
            (
                "written",
                Arg::from(if status.written { "yes" } else { "no" }),
            ),
            ("when", Arg::from(when)),
        ],
    )
}

/// Reads an invite, or standard input for `-`, but never more than one byte
/// past the size `import_ics` accepts: a huge file is refused with its
/// sentence without first filling memory.
fn read_invite(path: &Path) -> Result<String> {
    let limit = MAX_ICS_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|file| file.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| Error::io("read", path, e))?;
    if bytes.len() > MAX_ICS_BYTES {
        // Cut at the limit, possibly inside a character: only its length matters now.
        return Ok(String::from_utf8_lossy(&bytes).into_owned());
    }
    String::from_utf8(bytes).map_err(|_| {
        Error::said(Said::key("error-invite-not-text").with("path", path.display().to_string()))
    })
}

#[derive(Debug, Args)]
pub struct SlotsArgs {
    /// The interview to move
    #[arg(long, value_name = "ID")]
    interview: i64,
    /// How many times to propose
    #[arg(long, default_value_t = 3)]
    count: usize,
}

/// `raincheck slots`: free times to propose, in both zones.
pub fn slots(args: SlotsArgs, context: &Context<'_>) -> Result<()> {
    let proposal = context.open_log()?.slots_for_in(
        args.interview,
        args.count,
        context.now(),
        context.answer_words(),
    )?;
    context.print(&proposal, |p| {
        let mut lines: Vec<String> = p.slots.iter().map(|s| format!("- {}", s.text)).collect();
        if let Some(why) = &p.explanation {
            lines.push(why.clone());
        }
        lines.join("\n")
    })
}
