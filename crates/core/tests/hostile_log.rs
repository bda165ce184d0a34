//! The log tried as a hostile user would: odd characters in every field, crafted
//! import files and Undo records, files others could read, scratch files left
//! behind, and a second Raincheck swapping the file underneath. Each test fails
//! if its door opens again.

#[path = "support/older_logs.rs"]
mod older_logs;

use std::path::Path;

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use raincheck_core::data_dir::DataDir;
use raincheck_core::decision::Decision;
use raincheck_core::log::key_vault::{FixedKey, LogKey, NoKeyring};
use raincheck_core::log::{
    self, DecisionUpdate, InterviewFields, Interviewer, Log, Profile, SentMessage,
};
use raincheck_core::message::{Channel, MessageKind};
use raincheck_core::Error;
use serde_json::Value;
use tempfile::TempDir;

const NOW: &str = "2026-11-27T12:00:00Z";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn key() -> FixedKey {
    FixedKey(Some(LogKey::from_hex(&"cd".repeat(32)).unwrap()))
}

fn log_in(dir: &Path) -> Log {
    Log::open_at(&dir.join(log::LOG_FILE_NAME), &key()).unwrap()
}

fn acme() -> InterviewFields {
    InterviewFields {
        company: Some("Acme".into()),
        position: Some("Backend Engineer".into()),
        interviewer: Some(Interviewer {
            name: Some("Dana Lee".into()),
            email: Some("dana@acme.example".into()),
            phone: Some("+49 30 1234567".into()),
        }),
        starts_at: Some("2026-12-03T10:00".into()),
        tz: Some("Europe/Berlin".into()),
        location: Some("Room 4".into()),
        stage: Some("second round".into()),
        notes: Some("Line one\nLine two\twith a tab".into()),
        ..InterviewFields::default()
    }
}

/// The hidden characters the issue names, and a few of their kin.
const HOSTILE: &[(char, &str)] = &[
    ('\u{0}', "U+0000"),
    ('\u{1b}', "U+001B"),
    ('\u{7f}', "U+007F"),
    ('\u{85}', "U+0085"),
    ('\u{9b}', "U+009B"),
    ('\u{202A}', "U+202A"),
    ('\u{202E}', "U+202E"),
    ('\u{2066}', "U+2066"),
    ('\u{2069}', "U+2069"),
];

/// A refusal that names the field in the user's words, says what to do, and
/// does not repeat the character it refuses.
fn assert_refused(error: &Error, field_words: &str, code: &str, hidden: char) {
    let message = error.to_string();
    assert!(error.is_user_input(), "{message}");
    assert!(message.contains(field_words), "no field in: {message}");
    assert!(message.contains(code), "no code point in: {message}");
    assert!(message.contains("Remove"), "no way out in: {message}");
    assert!(!message.contains(hidden), "echoed {hidden:?}: {message}");
}

#[test]
fn hidden_characters_are_refused_in_every_field_of_the_form() {
    let dir = TempDir::new().unwrap();
    let mut log = log_in(dir.path());
    let now = at(NOW);
    let id = log.add_interview(&acme(), now).unwrap();
    for &(hidden, code) in HOSTILE {
        let text = format!("Ac{hidden}me");
        let with = |change: &dyn Fn(&mut InterviewFields)| {
            let mut fields = acme();
            change(&mut fields);
            fields
        };
        let cases: Vec<(&str, InterviewFields)> = vec![
            ("company", with(&|f| f.company = Some(text.clone()))),
            ("position", with(&|f| f.position = Some(text.clone()))),
            (
                "interviewer's name",
                with(&|f| {
                    f.interviewer = Some(Interviewer {
                        name: Some(text.clone()),
                        ..Interviewer::default()
                    })
                }),
            ),
            (
                "interviewer's e-mail",
                with(&|f| {
                    f.interviewer = Some(Interviewer {
                        email: Some(format!("dana{hidden}@acme.example")),
                        ..Interviewer::default()
                    })
                }),
            ),
            (
                "interviewer's phone",
                with(&|f| {
                    f.interviewer = Some(Interviewer {
                        phone: Some(format!("+49 30{hidden} 1234567")),
                        ..Interviewer::default()
                    })
                }),
            ),
            ("place or link", with(&|f| f.location = Some(text.clone()))),
            ("stage", with(&|f| f.stage = Some(text.clone()))),
            ("notes", with(&|f| f.notes = Some(text.clone()))),
        ];
        for (words, fields) in &cases {
            let added = log.add_interview(fields, now).unwrap_err();
            assert_refused(&added, words, code, hidden);
            let edited = log.edit_interview(id, fields, now).unwrap_err();
            assert_refused(&edited, words, code, hidden);
        }
        let decided = log
            .decide(
                id,
                &DecisionUpdate {
                    decision: Decision::Withdraw,
                    reason: Some(text.clone()),
                    scenario: None,
                    pause_until: None,
                },
                now,
            )
            .unwrap_err();
        assert_refused(&decided, "reason", code, hidden);
        let sent = |subject: Option<String>, body: String| SentMessage {
            kind: MessageKind::Withdraw,
            channel: Channel::Email,
            subject,
            body,
        };
        let error = log
            .record_sent(id, &sent(Some(text.clone()), "Hello".into()), now)
            .unwrap_err();
        assert_refused(&error, "subject", code, hidden);
        let error = log
            .record_sent(id, &sent(None, text.clone()), now)
            .unwrap_err();
        assert_refused(&error, "message", code, hidden);
        let profile = Profile {
            name: text.clone(),
            ..Profile::default()
        };
        assert_refused(
            &log.set_profile(&profile).unwrap_err(),
            "name",
            code,
            hidden,
        );
    }
    // Nothing of it went in; line breaks and tabs in notes still do.
    assert_eq!(log.status(at(NOW)).unwrap().counts.interviews, 1);
    assert_eq!(
        log.interview(id).unwrap().notes,
        "Line one\nLine two\twith a tab"
    );
    let one_line = InterviewFields {
        company: Some("Acme\nCorp".into()),
        ..acme()
    };
    let error = log.add_interview(&one_line, now).unwrap_err();
    assert!(error.to_string().contains("one line"), "{error}");
}

/// An export of a log holding one interview with a message and a shown reminder.
fn export_with_everything() -> Value {
    let dir = TempDir::new().unwrap();
    let mut log = log_in(dir.path());
    let now = at(NOW);
    let id = log.add_interview(&acme(), now).unwrap();
    log.record_sent(
        id,
        &SentMessage {
            kind: MessageKind::Withdraw,
            channel: Channel::Email,
            subject: Some("Withdrawing".into()),
            body: "Dear Dana,\nthank you.".into(),
        },
        now,
    )
    .unwrap();
    log.record_delivered(id, "prep", at("2026-12-03T09:00:00Z"), now)
        .unwrap();
    serde_json::from_str(&log.export_json().unwrap()).unwrap()
}

fn import(
    value: &Value,
) -> (
    TempDir,
    Log,
    Result<raincheck_core::log::transfer::ImportReport, Error>,
) {
    let dir = TempDir::new().unwrap();
    let mut log = log_in(dir.path());
    let result = log.import_json(&value.to_string());
    (dir, log, result)
}

#[test]
fn an_import_is_checked_field_by_field_as_the_form_is() {
    let good = export_with_everything();
    let cases: Vec<(&str, Value, &str)> = vec![
        ("/interviews/0/company", "Ac\u{202E}me".into(), "company"),
        (
            "/interviews/0/position",
            "\u{1b}[31mLead".into(),
            "position",
        ),
        (
            "/interviews/0/interviewer/name",
            "Dana\u{0}".into(),
            "interviewer's name",
        ),
        (
            "/interviews/0/interviewer/email",
            "not-an-address".into(),
            "interviewer's e-mail",
        ),
        (
            "/interviews/0/interviewer/phone",
            "call me".into(),
            "interviewer's phone",
        ),
        ("/interviews/0/tz", "Mars/Olympus".into(), "Mars/Olympus"),
        ("/interviews/0/duration_minutes", 0.into(), "duration"),
        ("/interviews/0/company", "x".repeat(201).into(), "company"),
        (
            "/interviews/0/location",
            "a\u{2066}b".into(),
            "place or link",
        ),
        ("/interviews/0/stage", "a\u{85}b".into(), "stage"),
        ("/interviews/0/notes", "a\u{7f}b".into(), "notes"),
        (
            "/interviews/0/decision_reason",
            "a\u{202B}b".into(),
            "reason",
        ),
        (
            "/interviews/0/messages/0/body",
            "Dear\u{1b}]8;;evil\u{7}".into(),
            "message",
        ),
        (
            "/interviews/0/messages/0/subject",
            "Re\u{202E}".into(),
            "subject",
        ),
        (
            "/interviews/0/history/0/new_value",
            "x\u{0}".into(),
            "history",
        ),
        ("/profile/name", "Ana\u{2067}".into(), "name"),
    ];
    for (pointer, value, words) in cases {
        let mut file = good.clone();
        *file
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer}")) = value;
        let (_dir, log, result) = import(&file);
        let error = result.expect_err(pointer);
        let message = error.to_string();
        assert!(error.is_user_input(), "{pointer}: {message}");
        assert!(message.contains(words), "{pointer}: {message}");
        assert!(
            !message.contains('\u{202E}')
                && !message.contains('\u{1b}')
                && !message.contains('\u{0}'),
            "{pointer} echoed a hidden character: {message}"
        );
        if pointer.starts_with("/interviews") {
            assert!(
                message.contains("Interview 1 in the file"),
                "{pointer}: {message}"
            );
        }
        assert_eq!(
            log.status(at(NOW)).unwrap().counts.interviews,
            0,
            "{pointer}"
        );
    }
}

#[test]
fn undo_of_a_delete_is_checked_as_the_form_is() {
    let dir = TempDir::new().unwrap();
    let mut log = log_in(dir.path());
    let id = log.add_interview(&acme(), at(NOW)).unwrap();
    let mut record = log.delete_interview(id).unwrap();
    record.interview.company = "Acme\u{202E}moc.exe".into();
    let error = log.restore_interview(&record).unwrap_err();
    assert!(error.to_string().contains("company"), "{error}");
    record.interview.company = "Acme".into();
    record.interview.interviewer.email = Some("dana at acme".into());
    assert!(log.restore_interview(&record).is_err());
    record.interview.interviewer.email = None;
    record.interview.tz = "Nowhere/Town".into();
    assert!(log.restore_interview(&record).is_err());
    record.interview.tz = "Europe/Berlin".into();
    assert_eq!(log.restore_interview(&record).unwrap(), id);
}

#[test]
fn an_import_never_fails_on_a_message_id_and_renumbers_it() {
    let file = export_with_everything();
    let dir = TempDir::new().unwrap();
    let mut log = log_in(dir.path());
    // The user's own interview #1 with message #1 ...
    let mine = log.add_interview(&acme(), at(NOW)).unwrap();
    log.record_sent(
        mine,
        &SentMessage {
            kind: MessageKind::Withdraw,
            channel: Channel::Phone,
            subject: None,
            body: "Called".into(),
        },
        at(NOW),
    )
    .unwrap();
    // ... and a file whose interview has a free id but message #1.
    let mut file = file;
    file["interviews"][0]["id"] = 7.into();
    file["delivered_reminders"][0]["interview_id"] = 7.into();
    let report = log.import_json(&file.to_string()).unwrap();
    assert_eq!(report.interviews_added, 1);
    let imported = log.interview_record(7).unwrap();
    assert_eq!(imported.messages.len(), 1);
    assert_ne!(imported.messages[0].id, 1);
    assert_eq!(log.messages(mine).unwrap()[0].body, "Called");
}

#[test]
fn reminder_records_of_an_import_attach_only_to_its_own_interviews() {
    let mut file = export_with_everything();
    let dir = TempDir::new().unwrap();
    let mut log = log_in(dir.path());
    let first = log.add_interview(&acme(), at(NOW)).unwrap();
    let second = log.add_interview(&acme(), at(NOW)).unwrap();
    // A record for the user's interview #2, which this file does not bring:
    // it would silence a reminder the user has not seen.
    let starts = at("2026-12-03T09:00:00Z");
    let stray = serde_json::json!({
        "interview_id": second, "kind": "prep",
        "starts_at": "2026-12-03T09:00:00Z", "delivered_at": NOW
    });
    file["delivered_reminders"]
        .as_array_mut()
        .unwrap()
        .push(stray);
    let report = log.import_json(&file.to_string()).unwrap();
    let (_, new_id) = report.renumbered[0];
    assert_eq!(report.renumbered[0].0, first);
    assert!(log.was_delivered(new_id, "prep", starts).unwrap());
    assert!(!log.was_delivered(first, "prep", starts).unwrap());
    assert!(!log.was_delivered(second, "prep", starts).unwrap());
    // An unknown reminder kind is refused, not stored.
    let mut file = export_with_everything();
    file["delivered_reminders"][0]["kind"] = "\u{1b}[2J".into();
    let (_dir, _log, result) = import(&file);
    let error = result.unwrap_err();
    assert!(error.to_string().contains("unknown kind"), "{error}");
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn sibling(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

#[cfg(unix)]
#[test]
fn the_folder_the_log_its_wal_and_backups_are_the_users_alone() {
    let base = TempDir::new().unwrap();
    let data = DataDir::at(&base.path().join("data")).unwrap();
    let mut log = Log::open(&data, &key()).unwrap();
    log.add_interview(&acme(), at(NOW)).unwrap();
    let path = data.path().join(log::LOG_FILE_NAME);
    assert_eq!(mode(data.path()), 0o700, "data folder");
    assert_eq!(mode(&path), 0o600, "log");
    assert_eq!(mode(&sibling(&path, "-wal")), 0o600, "-wal");
    assert_eq!(mode(&sibling(&path, "-shm")), 0o600, "-shm");
    assert_eq!(mode(&sibling(&path, ".lock")), 0o600, "lock");
    let backup = base.path().join("backup.db");
    log.backup_to(&backup).unwrap();
    assert_eq!(mode(&backup), 0o600, "backup");
    // A plain log made without a keyring is encrypted, still 0600, once one answers.
    let plain_dir = base.path().join("plain");
    let plain = plain_dir.join(log::LOG_FILE_NAME);
    drop(Log::open_at(&plain, &NoKeyring("none".into())).unwrap());
    assert_eq!(mode(&plain_dir), 0o700);
    assert_eq!(mode(&plain), 0o600);
    let encrypted = Log::open_at(&plain, &key()).unwrap();
    assert!(encrypted.encryption().on);
    assert_eq!(mode(&plain), 0o600);
    assert!(!std::fs::read(&plain)
        .unwrap()
        .starts_with(b"SQLite format 3"));
}

#[cfg(unix)]
#[test]
fn a_log_left_readable_by_an_older_version_is_tightened_on_open() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(log::LOG_FILE_NAME);
    drop(log_in(dir.path()));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    drop(log_in(dir.path()));
    assert_eq!(mode(&path), 0o600);
}

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_restore_is_private_leaves_no_scratch_file_and_encrypts_a_plain_backup() {
    use std::os::unix::fs::PermissionsExt;
    let base = TempDir::new().unwrap();
    // A backup made while the log was plain, left world-readable by its owner.
    let plain_dir = base.path().join("plain");
    let mut plain = Log::open_at(
        &plain_dir.join(log::LOG_FILE_NAME),
        &NoKeyring("none".into()),
    )
    .unwrap();
    plain.add_interview(&acme(), at(NOW)).unwrap();
    let backup = base.path().join("plain-backup.db");
    plain.backup_to(&backup).unwrap();
    drop(plain);
    std::fs::set_permissions(&backup, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert!(std::fs::read(&backup)
        .unwrap()
        .starts_with(b"SQLite format 3"));

    let data = DataDir::at(&base.path().join("data")).unwrap();
    let mut current = Log::open(&data, &key()).unwrap();
    current.add_interview(&acme(), at(NOW)).unwrap();
    drop(current);
    let (restored, aside) = log::restore_backup(&data, &backup, &key(), at(NOW)).unwrap();
    assert!(
        restored.encryption().on,
        "a plain backup comes back encrypted"
    );
    assert_eq!(restored.status(at(NOW)).unwrap().counts.interviews, 1);
    let path = data.path().join(log::LOG_FILE_NAME);
    assert_eq!(mode(&path), 0o600);
    assert!(!std::fs::read(&path)
        .unwrap()
        .starts_with(b"SQLite format 3"));
    let aside = aside.expect("the old log is kept");
    assert!(aside.exists());
    drop(restored);
    let left: Vec<String> = names(data.path())
        .into_iter()
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "scratch files left: {left:?}");

    // A bad backup changes nothing and leaves nothing either.
    let bad = base.path().join("bad.db");
    std::fs::write(&bad, b"not a backup at all").unwrap();
    let before = names(data.path());
    let error = log::restore_backup(&data, &bad, &key(), at(NOW))
        .err()
        .unwrap();
    assert_eq!(error.code(), "invalid_input", "{error}");
    assert!(
        error.to_string().contains("is not a Raincheck backup")
            && error.to_string().contains("choose another backup file"),
        "said of the backup chosen, with what to do: {error}"
    );
    assert_eq!(names(data.path()), before);
    // And from bytes (the window), the same.
    let error = log::restore_backup_bytes(&data, b"\0\0\0 nope", &key(), at(NOW))
        .err()
        .unwrap();
    assert!(
        error.to_string().contains("is not a Raincheck backup"),
        "{error}"
    );
    assert_eq!(names(data.path()), before);
}

#[test]
fn a_restore_while_another_raincheck_has_the_log_open_says_it_is_busy() {
    let base = TempDir::new().unwrap();
    let data = DataDir::at(&base.path().join("data")).unwrap();
    let mut open = Log::open(&data, &key()).unwrap();
    let id = open.add_interview(&acme(), at(NOW)).unwrap();
    let backup = base.path().join("backup.db");
    open.backup_to(&backup).unwrap();
    let error = log::restore_backup(&data, &backup, &key(), at(NOW))
        .err()
        .unwrap();
    let message = error.to_string();
    assert_eq!(error.code(), "busy", "{message}");
    assert!(message.starts_with("Raincheck is busy"), "{message}");
    let error = log::move_aside(&data, at(NOW)).unwrap_err();
    assert_eq!(error.code(), "busy");
    // The open log was not swapped underneath: it still works.
    assert_eq!(open.interview(id).unwrap().company, "Acme");
    assert!(names(data.path()).iter().all(|n| !n.contains("unreadable")));
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_still_shows_the_log_and_says_why_nothing_is_saved() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let data = dir.path().join("data");
    let mut log = log_in(&data);
    log.add_interview(&acme(), at(NOW)).unwrap();
    drop(log);
    let path = data.join(log::LOG_FILE_NAME);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o500)).unwrap();
    // Root may write anywhere: nothing to show there.
    let probe = data.join("probe");
    if std::fs::write(&probe, b"").is_ok() {
        let _ = std::fs::remove_file(&probe);
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
        eprintln!("skipped: this user can write into a read-only folder");
        return;
    }
    let mut log = Log::open_at(&path, &key()).unwrap();
    assert_eq!(log.status(at(NOW)).unwrap().counts.interviews, 1);
    let why = log.read_only().expect("says it is read-only").to_owned();
    assert!(why.contains("read-only"), "{why}");
    let error = log.add_interview(&acme(), at(NOW)).unwrap_err();
    assert_eq!(error.code(), "read_only", "{error}");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
}

/// 128 cases in the suite; a longer run sets PROPTEST_CASES, e.g.
/// `PROPTEST_CASES=20000 cargo test -p raincheck-core --test hostile_log import_json`.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(128)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    /// Any text at all: an answer, never a panic.
    #[test]
    fn import_json_never_panics_on_any_text(text in "\\PC*") {
        let dir = TempDir::new().unwrap();
        let mut log = log_in(dir.path());
        let _ = log.import_json(&text);
    }

    /// A real export with any text in its fields: it goes in, or it is refused
    /// as input, and nothing hidden is ever stored.
    #[test]
    fn import_json_takes_or_refuses_any_field_text(
        company in any::<String>(),
        notes in any::<String>(),
        email in any::<String>(),
        tz in "[A-Za-z/_+-]{0,20}",
    ) {
        let mut file = export_with_everything();
        file["interviews"][0]["company"] = company.into();
        file["interviews"][0]["notes"] = notes.into();
        file["interviews"][0]["interviewer"]["email"] = email.into();
        file["interviews"][0]["tz"] = tz.into();
        let (_dir, log, result) = import(&file);
        match result {
            Ok(_) => {
                let record = log.interview_record(1).unwrap();
                let i = &record.interview;
                let email = i.interviewer.email.clone().unwrap_or_default();
                for text in [&i.company, &i.notes, &email] {
                    prop_assert!(raincheck_core::text::first_hidden_control(text, true).is_none());
                }
            }
            Err(error) => prop_assert!(error.is_user_input(), "{}", error),
        }
    }
}

/// Holds the log's lock the way another Raincheck with the log open does.
fn hold_shared(log_path: &Path) -> std::fs::File {
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(sibling(log_path, ".lock"))
        .unwrap();
    lock.lock_shared().unwrap();
    lock
}

#[test]
fn a_migration_waits_for_the_log_to_itself_and_never_runs_under_another_reader() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(log::LOG_FILE_NAME);
    let mut old = Log::open_at(&path, &NoKeyring("none".into())).unwrap();
    old.add_interview(&acme(), at(NOW)).unwrap();
    drop(old);
    // Back to the first format, as a log from an older Raincheck.
    older_logs::back_to_version(&path, 1);
    let other = hold_shared(&path);
    let error = Log::open_at(&path, &NoKeyring("none".into()))
        .err()
        .expect("busy");
    assert_eq!(error.code(), "busy", "{error}");
    assert!(error.to_string().contains("Raincheck is busy"), "{error}");
    drop(other);
    let log = Log::open_at(&path, &NoKeyring("none".into())).unwrap();
    assert_eq!(
        log.status(at(NOW)).unwrap().log_version,
        log::LATEST_VERSION
    );
    assert_eq!(log.status(at(NOW)).unwrap().counts.interviews, 1);
}

#[test]
fn a_plain_log_is_not_encrypted_in_place_under_another_reader() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(log::LOG_FILE_NAME);
    let mut plain = Log::open_at(&path, &NoKeyring("none".into())).unwrap();
    plain.add_interview(&acme(), at(NOW)).unwrap();
    // The plain log stays open, as in a window that found no keyring; a
    // command that finds one goes on without swapping the file underneath.
    let beside = Log::open_at(&path, &key()).unwrap();
    assert!(!beside.encryption().on);
    assert!(
        beside
            .encryption()
            .detail
            .contains("another Raincheck has the log open"),
        "{}",
        beside.encryption().detail
    );
    plain.add_interview(&acme(), at(NOW)).unwrap();
    assert_eq!(beside.status(at(NOW)).unwrap().counts.interviews, 2);
    drop(beside);
    drop(plain);
    // On its own, it is encrypted.
    let alone = Log::open_at(&path, &key()).unwrap();
    assert!(alone.encryption().on);
    assert_eq!(alone.status(at(NOW)).unwrap().counts.interviews, 2);
}
