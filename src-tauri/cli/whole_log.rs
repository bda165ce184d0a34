//! `raincheck export | import | backup | restore | status`: the log as a whole.

use std::path::PathBuf;

use clap::Args;
use raincheck_core::about;
use raincheck_core::exports::{self, ExportFormat};
use raincheck_core::words::Arg;
use raincheck_core::Result;
use serde::Serialize;

use super::log::parse_named;
use super::{read_input, Context};

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_parser = parse_named::<ExportFormat>)]
    format: ExportFormat,
    /// Write to this file instead of standard output
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A JSON export (from `raincheck export --format json`), or - for standard input
    file: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A backup made with `raincheck backup` (or Settings → Back up)
    file: PathBuf,
}

/// Puts a backup in the log's place; the current log is moved aside, not deleted.
pub fn restore(args: RestoreArgs, context: &Context<'_>) -> Result<()> {
    let (log, aside) = raincheck_core::log::restore_backup(
        &context.data_dir()?,
        &args.file,
        &raincheck_core::log::key_vault::SystemKeyring,
        context.now(),
    )?;
    let count = log.status(context.now())?.counts.interviews;
    #[derive(Serialize)]
    struct Restored {
        interviews: i64,
        previous_log_moved_to: Option<PathBuf>,
    }
    context.print(
        &Restored {
            interviews: count,
            previous_log_moved_to: aside,
        },
        |r| {
            let words = context.words();
            let mut text = words.line_with("restored", &[("count", Arg::from(r.interviews))]);
            if let Some(path) = &r.previous_log_moved_to {
                text.push(' ');
                text.push_str(&words.line_with(
                    "restored-replaced-kept",
                    &[("path", Arg::from(&path.display().to_string()))],
                ));
            }
            text
        },
    )
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The new backup file (it must not exist yet)
    file: PathBuf,
}

pub fn export(args: ExportArgs, context: &Context<'_>) -> Result<()> {
    let log = context.open_log()?;
    let text = exports::export_text(&log, args.format)?;
    match args.output {
        Some(path) => raincheck_core::files::write_private(&path, text.as_bytes()),
        None => super::write_out(&text),
    }
}

pub fn import(args: ImportArgs, context: &Context<'_>) -> Result<()> {
    let text = read_input(&args.file)?;
    let report = context.open_log()?.import_json(&text)?;
    let words = context.words();
    context.print(&report, |report| {
        let mut lines =
            vec![words.line_with("imported", &[("count", Arg::from(report.interviews_added))])];
        for (old, new) in &report.renumbered {
            lines.push(words.line_with(
                "imported-renumbered",
                &[("old", Arg::from(*old)), ("new", Arg::from(*new))],
            ));
        }
        lines.join("\n")
    })
}

pub fn backup(args: BackupArgs, context: &Context<'_>) -> Result<()> {
    let log = context.open_log()?;
    log.backup_to(&args.file)?;
    #[derive(Serialize)]
    struct BackedUp<'a> {
        backup: &'a std::path::Path,
        encrypted: bool,
    }
    let answer = BackedUp {
        backup: &args.file,
        encrypted: log.encryption().on,
    };
    context.print(&answer, |a| {
        let key = if a.encrypted {
            "backed-up-encrypted"
        } else {
            "backed-up-plain"
        };
        context
            .words()
            .line_with(key, &[("path", Arg::from(&a.backup.display().to_string()))])
    })
}

#[derive(Serialize)]
struct StatusReport {
    version: &'static str,
    data_dir: String,
    #[serde(flatten)]
    log: raincheck_core::log::Status,
}

pub fn status(context: &Context<'_>) -> Result<()> {
    let data_dir = context.data_dir()?;
    let log = context.open_log()?;
    let report = StatusReport {
        version: about::VERSION,
        data_dir: data_dir.path().display().to_string(),
        log: log.status_in(context.now(), context.answer_words())?,
    };
    let words = context.words();
    context.print(&report, |r| {
        let line = |key: &str, value: &str| format!("{:<13} {value}", words.line(key));
        let counts = &r.log.counts;
        let mut lines = vec![
            format!("Raincheck {}", r.version),
            line("status-data-folder", &r.data_dir),
            line(
                "status-log",
                &words.line_with(
                    "status-log-value",
                    &[
                        ("path", Arg::from(&r.log.log_path)),
                        ("version", Arg::from(r.log.log_version)),
                    ],
                ),
            ),
            line(
                "status-encryption",
                &words.line(if r.log.encryption.on {
                    "status-encryption-on"
                } else {
                    "status-encryption-off"
                }),
            ),
            format!("{:<13} {}", "", r.log.encryption.detail),
            line(
                "status-interviews",
                &words.line_with(
                    "status-interviews-value",
                    &[
                        ("count", Arg::from(counts.interviews)),
                        ("upcoming", Arg::from(counts.upcoming)),
                        ("undecided", Arg::from(counts.undecided_upcoming)),
                        ("sent", Arg::from(counts.messages_sent)),
                    ],
                ),
            ),
        ];
        if let Some(why) = r.log.read_only.as_deref() {
            lines.push(line("status-read-only", why));
        }
        lines.join("\n")
    })
}
