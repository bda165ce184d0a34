//! The files a user takes away — exports, backups, calendar files — named and
//! written the same way from the window and the command line: a dated name in
//! the folder chosen, readable by the user alone, never over another file.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::calendar::ics::export_ics;
use crate::error::{Error, Result};
use crate::files::write_new_private;
use crate::log::{InterviewRecord, Log};
use crate::named_values::named_values;
use crate::words::Said;

named_values! {
    /// What an export is written as.
    pub enum ExportFormat ("an export format") {
        /// Everything, to import again (`raincheck import`, Settings → Import).
        Json = "json",
        /// One row per interview, for a spreadsheet.
        Csv = "csv",
    }
}

/// Where a file was written, as the window and `--json` report it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Written {
    pub path: String,
}

impl Written {
    pub fn at(path: &Path) -> Self {
        Written {
            path: path.display().to_string(),
        }
    }
}

/// The whole log as text in `format`.
pub fn export_text(log: &Log, format: ExportFormat) -> Result<String> {
    match format {
        ExportFormat::Json => log.export_json(),
        ExportFormat::Csv => log.export_csv(),
    }
}

/// Exports the log into `folder` as `raincheck-export-YYYYMMDD-HHMMSS.json` (or .csv).
pub fn export_into(
    log: &Log,
    format: ExportFormat,
    folder: &Path,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let text = export_text(log, format)?;
    let stem = format!("raincheck-export-{}", now.format("%Y%m%d-%H%M%S"));
    write_new_in(folder, &stem, format.as_str(), text.as_bytes())
}

/// The search's figures (`Log::insights`) into `folder` as
/// `raincheck-insights-YYYYMMDD-HHMMSS.csv`, for a spreadsheet or a coach.
pub fn insights_into(log: &Log, folder: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    let text = log.insights(now)?.to_csv()?;
    let stem = format!("raincheck-insights-{}", now.format("%Y%m%d-%H%M%S"));
    write_new_in(folder, &stem, "csv", text.as_bytes())
}

/// Backs the log up into `folder` as `raincheck-backup-YYYYMMDD-HHMMSS.db`.
pub fn backup_into(log: &Log, folder: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    let stem = format!("raincheck-backup-{}", now.format("%Y%m%d-%H%M%S"));
    let path = free_name(folder, &stem, "db")?;
    log.backup_to(&path)?;
    Ok(path)
}

/// "interview-nordlicht-gmbh-20261203": the company as plain words and the day.
pub fn ics_file_stem(record: &InterviewRecord) -> String {
    let mut company = String::new();
    for c in record
        .interview
        .company
        .chars()
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() {
            company.push(c);
        } else if !company.is_empty() && !company.ends_with('-') {
            company.push('-');
        }
        // A long name makes a long file name, not a longer one than needed.
        if company.chars().count() >= 40 {
            break;
        }
    }
    let company = company.trim_end_matches('-');
    // The day as the invitation says it: in the interview's own zone.
    let zone = crate::time::parse_zone(&record.interview.tz).unwrap_or(chrono_tz::Tz::UTC);
    let day = record
        .interview
        .starts_at
        .with_timezone(&zone)
        .format("%Y%m%d");
    if company.is_empty() {
        format!("interview-{day}")
    } else {
        format!("interview-{company}-{day}")
    }
}

/// Writes one interview as an .ics file into `folder`.
pub fn ics_into(record: &InterviewRecord, folder: &Path) -> Result<PathBuf> {
    let text = export_ics(std::slice::from_ref(record))?;
    write_new_in(folder, &ics_file_stem(record), "ics", text.as_bytes())
}

fn write_new_in(folder: &Path, stem: &str, extension: &str, bytes: &[u8]) -> Result<PathBuf> {
    let path = free_name(folder, stem, extension)?;
    write_new_private(&path, bytes)?;
    Ok(path)
}

/// `stem.ext` in `folder`, or `stem-2.ext`, `stem-3.ext`... when taken: a
/// second export in the same second, or the same interview twice, keeps both.
fn free_name(folder: &Path, stem: &str, extension: &str) -> Result<PathBuf> {
    (1..1000)
        .map(|n| match n {
            1 => folder.join(format!("{stem}.{extension}")),
            n => folder.join(format!("{stem}-{n}.{extension}")),
        })
        .find(|path| !path.exists())
        .ok_or_else(|| {
            Error::said(
                Said::key("error-export-folder-full")
                    .with("folder", folder.display().to_string())
                    .with("name", stem),
            )
        })
}
