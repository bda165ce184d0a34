//! The files a user takes away, named the same from the window and the
//! command line: dated, never over another file, the company in plain words.

use chrono::{DateTime, Utc};
use raincheck_core::exports::{self, ExportFormat};
use raincheck_core::log::key_vault::{FixedKey, LogKey};
use raincheck_core::log::{InterviewFields, Log};
use tempfile::TempDir;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T12:00:05Z")
        .unwrap()
        .to_utc()
}

fn log_with(dir: &TempDir, company: &str) -> (Log, i64) {
    let key = LogKey::from_hex(&"ef".repeat(32)).unwrap();
    let mut log = Log::open_at(&dir.path().join("raincheck.db"), &FixedKey(Some(key))).unwrap();
    let id = log
        .add_interview(
            &InterviewFields {
                company: Some(company.into()),
                position: Some("Analyst".into()),
                starts_at: Some("2026-12-03T10:00".into()),
                tz: Some("Europe/Berlin".into()),
                ..InterviewFields::default()
            },
            now(),
        )
        .unwrap();
    (log, id)
}

#[test]
fn two_exports_in_one_second_keep_both_files() {
    let dir = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let (log, _) = log_with(&dir, "Acme");
    let first = exports::export_into(&log, ExportFormat::Json, out.path(), now()).unwrap();
    let second = exports::export_into(&log, ExportFormat::Json, out.path(), now()).unwrap();
    assert!(
        first.ends_with("raincheck-export-20261127-120005.json"),
        "{first:?}"
    );
    assert!(
        second.ends_with("raincheck-export-20261127-120005-2.json"),
        "{second:?}"
    );
    let csv = exports::export_into(&log, ExportFormat::Csv, out.path(), now()).unwrap();
    assert!(std::fs::read_to_string(&csv).unwrap().contains("Acme"));
    // An export imports again: it is the whole log.
    let text = std::fs::read_to_string(&first).unwrap();
    let again = TempDir::new().unwrap();
    let (mut other, _) = log_with(&again, "Other");
    assert_eq!(other.import_json(&text).unwrap().interviews_added, 1);
    let backup = exports::backup_into(&log, out.path(), now()).unwrap();
    assert!(
        backup.ends_with("raincheck-backup-20261127-120005.db"),
        "{backup:?}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in [&first, &second, &csv, &backup] {
            let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{file:?} is readable by others");
        }
    }
}

#[test]
fn calendar_files_name_the_company_in_plain_words() {
    for (company, stem) in [
        (
            "Müller & Söhne GmbH",
            "interview-müller-söhne-gmbh-20261203",
        ),
        ("  ACME, Inc.  ", "interview-acme-inc-20261203"),
        ("../../etc/passwd", "interview-etc-passwd-20261203"),
        ("!!!", "interview-20261203"),
        ("株式会社テスト", "interview-株式会社テスト-20261203"),
    ] {
        let dir = TempDir::new().unwrap();
        let (log, id) = log_with(&dir, company);
        let record = log.interview_record(id).unwrap();
        assert_eq!(exports::ics_file_stem(&record), stem, "{company}");
        let out = TempDir::new().unwrap();
        let path = exports::ics_into(&record, out.path()).unwrap();
        assert_eq!(
            path.parent(),
            Some(out.path()),
            "{company} escaped the folder"
        );
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .contains("BEGIN:VCALENDAR"));
    }
    let long = "A".repeat(200);
    let dir = TempDir::new().unwrap();
    let (log, id) = log_with(&dir, &long);
    let stem = exports::ics_file_stem(&log.interview_record(id).unwrap());
    assert!(stem.chars().count() < 70, "{stem}");
}
