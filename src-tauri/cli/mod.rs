//! The command line: the same core functions as the window, run headless.
//! Nothing here initialises GTK, so every subcommand works without a display.
//!
//! Exit codes: 0 success, 1 a check that failed (or the log could not be used),
//! 2 bad input (clap also exits 2 for a malformed command line).
//!
//! What it prints for a person is in the system's language (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`), from the core's catalogues (`cli.ftl` for its own
//! lines); `--json` is the same in every language. `--help` stays English.

mod advise;
mod calendar;
mod insights;
mod log;
mod message;
mod non_negotiables;
mod prep;
mod profile;
mod reminders;
mod whole_log;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::{Args as ClapArgs, Parser, Subcommand};
use raincheck_core::data_dir::DataDir;
use raincheck_core::log::key_vault::SystemKeyring;
use raincheck_core::log::Log;
use raincheck_core::words::{system_language, WindowLanguage, Words};
use raincheck_core::{Error, Result};
use serde::Serialize;

#[derive(Debug, Parser)]
#[command(
    name = "raincheck",
    version,
    about = "Decide what to do about a job interview you no longer want or can't make, tell the employer well, and keep a record.",
    long_about = "Raincheck without a subcommand opens the desktop window. With one, it runs in the terminal and needs no display."
)]
pub struct Args {
    #[command(flatten)]
    pub global: GlobalArgs,

    /// Open in the background (tray only), as when started at login
    #[arg(long)]
    pub hidden: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every subcommand (and the window) takes, anywhere on the line.
#[derive(Debug, ClapArgs)]
pub struct GlobalArgs {
    /// Folder holding the log [default: $RAINCHECK_DATA_DIR, else the platform's app-data folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Print JSON instead of text
    #[arg(long, global = true)]
    pub json: bool,

    /// Act as if it were this instant (RFC 3339), e.g. to see what is due tomorrow
    #[arg(long, global = true, value_name = "RFC3339", value_parser = parse_now)]
    pub now: Option<DateTime<Utc>>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add, list, show, edit, decide about and delete interviews
    #[command(subcommand)]
    Log(log::LogCommand),
    /// What to do about an interview and how to tell them, from your answers (JSON out)
    Advise(advise::AdviseArgs),
    /// Draft a message: e-mail, phone script, voicemail or LinkedIn
    Draft(message::DraftArgs),
    /// Check a message against the checklist; exit 1 when it is not ready
    Check(message::CheckArgs),
    /// List the reminders due now, without delivering them
    Due,
    /// Put off one reminder: for an hour, until this evening or until tomorrow morning
    Snooze(reminders::SnoozeArgs),
    /// The checklist before an interview you attend: show it, tick items, keep talking points
    Prep(prep::PrepArgs),
    /// Propose free times to move an interview to, in both zones
    Slots(calendar::SlotsArgs),
    /// Calendar files: export interviews, import invites
    #[command(subcommand)]
    Ics(calendar::IcsCommand),
    /// Write the whole log as JSON (lossless) or CSV (for spreadsheets)
    Export(whole_log::ExportArgs),
    /// Read a JSON export into the log
    Import(whole_log::ImportArgs),
    /// Copy the log to a new file, consistent even while the app runs
    Backup(whole_log::BackupArgs),
    /// Put a backup in the log's place (the current log is moved aside, not deleted)
    Restore(whole_log::RestoreArgs),
    /// Where the log is, its version, whether it is encrypted, and counts
    Status,
    /// Show your profile (name, e-mail, phone, home zone, buffer), or change parts of it
    Profile(profile::ProfileArgs),
    /// Your non-negotiables: list, add, edit, remove; keep or dismiss what insights suggests
    NonNegotiables(non_negotiables::NonNegotiablesArgs),
    /// Show how the window looks (colours, size), or change it
    Appearance(profile::AppearanceArgs),
    /// What the whole search shows: outcomes, notice given, replies, reasons (--csv for a spreadsheet)
    Insights(insights::InsightsArgs),
}

pub fn run(command: Command, global: &GlobalArgs) -> ExitCode {
    let context = Context {
        global,
        words: Words::new(system_language()),
    };
    let done = |result: Result<()>| result.map(|()| ExitCode::SUCCESS);
    let refresh_feed = changes_feed(&command);
    let result = match command {
        Command::Log(command) => done(log::run(command, &context)),
        Command::Advise(args) => done(advise::advise(args, &context)),
        Command::Draft(args) => done(message::draft(args, &context)),
        Command::Check(args) => message::check(args, &context).map(|ok| {
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }),
        Command::Due => done(reminders::due(&context)),
        Command::Snooze(args) => done(reminders::snooze(args, &context)),
        Command::Prep(args) => done(prep::prep(args, &context)),
        Command::Slots(args) => done(calendar::slots(args, &context)),
        Command::Ics(command) => done(calendar::run(command, &context)),
        Command::Export(args) => done(whole_log::export(args, &context)),
        Command::Import(args) => done(whole_log::import(args, &context)),
        Command::Backup(args) => done(whole_log::backup(args, &context)),
        Command::Restore(args) => done(whole_log::restore(args, &context)),
        Command::Status => done(whole_log::status(&context)),
        Command::Profile(args) => done(profile::profile(args, &context)),
        Command::NonNegotiables(args) => done(non_negotiables::non_negotiables(args, &context)),
        Command::Appearance(args) => done(profile::appearance(args, &context)),
        Command::Insights(args) => done(insights::insights(args, &context)),
    };
    if refresh_feed && result.is_ok() {
        refresh_feed_quietly(&context);
    }
    result.unwrap_or_else(|error| report(&error, &context.words))
}

/// Whether a command may change what the calendar feed holds (an
/// interview's time, its decision, a message sent, the user's zone).
fn changes_feed(command: &Command) -> bool {
    use log::LogCommand;
    matches!(
        command,
        Command::Log(
            LogCommand::Add { .. }
                | LogCommand::Edit { .. }
                | LogCommand::Decide { .. }
                | LogCommand::Sent { .. }
                | LogCommand::Delete { .. }
        ) | Command::Import(_)
            | Command::Restore(_)
            | Command::Profile(_)
            | Command::Ics(calendar::IcsCommand::Import(_))
    )
}

/// Brings the calendar feed up to date after the log changed (nothing when
/// it is off). A failure is a warning: what the command did is done.
fn refresh_feed_quietly(context: &Context<'_>) {
    let refreshed = context
        .open_log()
        .and_then(|log| log.refresh_calendar_feed(context.now(), &context.feed_words()?));
    if let Err(error) = refreshed {
        let words = &context.words;
        let line = words.line_with(
            "ics-feed-not-updated",
            &[(
                "error",
                raincheck_core::words::Arg::from(&error.in_words(words)),
            )],
        );
        eprintln!("raincheck: {}", raincheck_core::text::visible(&line));
    }
}

/// What a subcommand needs from the command line.
pub struct Context<'a> {
    global: &'a GlobalArgs,
    /// The system's language, for what is printed for a person.
    words: Words,
}

impl Context<'_> {
    fn words(&self) -> &Words {
        &self.words
    }

    /// Whether the answer is printed as JSON: its words are English in every
    /// language, so scripts read the same names and sentences everywhere.
    fn json(&self) -> bool {
        self.global.json
    }

    /// The words of the answer: English for JSON, the system's language for a person.
    fn answer_words(&self) -> &Words {
        if self.json() {
            Words::english()
        } else {
            &self.words
        }
    }

    fn now(&self) -> DateTime<Utc> {
        self.global.now.unwrap_or_else(Utc::now)
    }

    /// The words the calendar feed is written in: the window's language, so
    /// the window and the command line write the same feed.
    fn feed_words(&self) -> Result<Words> {
        Ok(Words::new(
            WindowLanguage::load(&self.data_dir()?).resolve(),
        ))
    }

    fn data_dir(&self) -> Result<DataDir> {
        DataDir::resolve(self.global.data_dir.as_deref())
    }

    fn open_log(&self) -> Result<Log> {
        Log::open(&self.data_dir()?, &SystemKeyring)
    }

    /// The log, only if one exists already (drafting needs none, but uses the
    /// user's edited templates when there are some).
    fn open_log_if_present(&self) -> Result<Option<Log>> {
        let data_dir = self.data_dir()?;
        if data_dir
            .path()
            .join(raincheck_core::log::LOG_FILE_NAME)
            .exists()
        {
            self.open_log().map(Some)
        } else {
            Ok(None)
        }
    }

    /// Prints `value` as JSON with `--json`, else the text `describe` makes.
    fn print<T: Serialize>(&self, value: &T, describe: impl FnOnce(&T) -> String) -> Result<()> {
        if self.global.json {
            let text = serde_json::to_string_pretty(value)
                .map_err(|e| Error::Internal(format!("writing the answer as JSON ({e})")))?;
            write_out(&format!("{}\n", raincheck_core::text::inert_json(&text)))?;
        } else {
            // Text for a terminal: a control or direction character in the
            // user's data (from an older log) is shown, never obeyed.
            let text = describe(value);
            if !text.is_empty() {
                write_out(&format!("{}\n", raincheck_core::text::visible(&text)))?;
            }
        }
        Ok(())
    }
}

/// Writes to standard output. A reader that stopped early (`| head`) is not
/// a failure: the rest is simply not wanted, as with any Unix tool.
pub(crate) fn write_out(text: &str) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Error::Internal(format!("writing to standard output ({e})")))
        }
        _ => Ok(()),
    }
}

/// Prints a core error the way every subcommand does, and picks the exit code.
pub fn report(error: &Error, words: &Words) -> ExitCode {
    eprintln!(
        "raincheck: {}",
        raincheck_core::text::visible(&error.in_words(words))
    );
    if error.is_user_input() {
        ExitCode::from(2)
    } else {
        ExitCode::FAILURE
    }
}

fn parse_now(text: &str) -> std::result::Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|instant| instant.to_utc())
        .map_err(|e| format!("{e}: write an instant such as 2026-12-03T10:00:00Z"))
}

/// Reads a file, or standard input for `-`.
fn read_input(path: &Path) -> Result<String> {
    if path == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("read", "standard input", e))?;
        Ok(text)
    } else {
        std::fs::read_to_string(path).map_err(|e| Error::io("read", path, e))
    }
}

/// Reads a JSON document into a payload type, naming what is wrong in it.
fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let text = read_input(path)?;
    serde_json::from_str(&text).map_err(|e| {
        Error::invalid(format!(
            "The input in {} is not valid: {e}.",
            path.display()
        ))
    })
}
