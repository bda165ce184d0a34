//! `raincheck export | import | backup | status`: the log as a whole.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use raincheck_core::about;
use raincheck_core::language::MessageLanguage;
use raincheck_core::Result;
use serde::Serialize;

use super::{read_input, Context};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
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
    let text = match args.format {
        ExportFormat::Json => log.export_json()?,
        ExportFormat::Csv => log.export_csv()?,
    };
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

#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// Your name, as messages sign off
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    /// Your IANA time zone, e.g. Europe/Madrid
    #[arg(long, value_name = "ZONE")]
    home_tz: Option<String>,
    /// Least minutes to keep free between two interviews
    #[arg(long, value_name = "MINUTES")]
    buffer_minutes: Option<u32>,
    /// The language messages are drafted in: en-GB, en-US, de, fr or es
    #[arg(long, value_name = "LANGUAGE", value_parser = super::log::parse_named::<MessageLanguage>)]
    message_language: Option<MessageLanguage>,
}

/// Shows the profile, changing the fields given first.
pub fn profile(args: ProfileArgs, context: &Context<'_>) -> Result<()> {
    let mut log = context.open_log()?;
    let mut profile = log.profile()?;
    let changing = args.name.is_some()
        || args.email.is_some()
        || args.phone.is_some()
        || args.home_tz.is_some()
        || args.buffer_minutes.is_some()
        || args.message_language.is_some();
    if changing {
        profile.name = args.name.unwrap_or(profile.name);
        profile.email = args.email.unwrap_or(profile.email);
        profile.phone = args.phone.unwrap_or(profile.phone);
        profile.home_tz = args.home_tz.unwrap_or(profile.home_tz);
        profile.buffer_minutes = args.buffer_minutes.unwrap_or(profile.buffer_minutes);
        profile.message_language = args.message_language.or(profile.message_language);
        profile = log.set_profile(&profile)?;
    }
    context.print(&profile, |p| {
        let or_unset = |v: &str| {
            if v.is_empty() {
                "(not set)".to_owned()
            } else {
                v.to_owned()
            }
        };
        format!(
            "Name:      {}\nE-mail:    {}\nPhone:     {}\nHome zone: {}\nBuffer:    {} min",
            or_unset(&p.name),
            or_unset(&p.email),
            or_unset(&p.phone),
            if p.home_tz.is_empty() {
                "the system's".to_owned()
            } else {
                p.home_tz.clone()
            },
            p.buffer_minutes
        )
    })
}

/// `raincheck due`: what the reminder loop would show now (delivers nothing).
pub fn due(context: &Context<'_>) -> Result<()> {
    let log = context.open_log()?;
    let reminders = raincheck_core::reminders::due(&log, context.now(), &log.reminder_settings()?)?;
    context.print(&reminders, |list| {
        if list.is_empty() {
            return "Nothing is due.".into();
        }
        list.iter()
            .map(|r| {
                format!(
                    "#{:<4} {:<16} {}\n      {}",
                    r.interview_id, r.kind, r.title, r.body
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
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
    let proposal = context
        .open_log()?
        .slots_for(args.interview, args.count, context.now())?;
    context.print(&proposal, |p| {
        let mut lines: Vec<String> = p.slots.iter().map(|s| format!("- {}", s.text)).collect();
        if let Some(why) = &p.explanation {
            lines.push(why.clone());
        }
        lines.join("\n")
    })
}
