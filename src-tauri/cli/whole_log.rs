//! `raincheck export | import | backup | restore | status`: the log as a whole.

use std::path::PathBuf;

use clap::Args;
use raincheck_core::about;
use raincheck_core::exports::{self, ExportFormat};
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
            let mut text = format!("Restored the backup: {} interview(s).", r.interviews);
            if let Some(path) = &r.previous_log_moved_to {
                text.push_str(&format!(
                    " The log it replaced is kept at {}.",
                    path.display()
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
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

pub fn import(args: ImportArgs, context: &Context<'_>) -> Result<()> {
    let text = read_input(&args.file)?;
    let report = context.open_log()?.import_json(&text)?;
    context.print(&report, |report| {
        let mut text = format!("Imported {} interview(s).", report.interviews_added);
        for (old, new) in &report.renumbered {
            text.push_str(&format!("\n#{old} was taken: it is now #{new}."));
        }
        text
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
        format!(
            "Backed up the log to {} ({}).",
            a.backup.display(),
            if a.encrypted {
                "encrypted with the log's key"
            } else {
                "not encrypted"
            }
        )
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
        log: log.status(context.now())?,
    };
    context.print(&report, |r| {
        let read_only = r
            .log
            .read_only
            .as_deref()
            .map(|why| format!("\nRead-only:    {why}"))
            .unwrap_or_default();
        format!(
            "Raincheck {}\nData folder:  {}\nLog:          {} (version {})\nEncryption:   {}\n              {}\nInterviews:   {} ({} upcoming, {} of them undecided); {} message(s) sent{}",
            r.version,
            r.data_dir,
            r.log.log_path,
            r.log.log_version,
            if r.log.encryption.on { "on" } else { "OFF" },
            r.log.encryption.detail,
            r.log.counts.interviews,
            r.log.counts.upcoming,
            r.log.counts.undecided_upcoming,
            r.log.counts.messages_sent,
            read_only
        )
    })
}
