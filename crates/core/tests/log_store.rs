//! The interview log as a store: what goes in comes out, refused writes change
//! nothing, and files that are not ours are never touched.
//!
//! These tests hand the log a fixed key or no keyring; the real Secret Service
//! is exercised by the command-line and end-to-end tests.

use chrono::{DateTime, NaiveDate, Utc};
use raincheck_core::decision::{Decision, Scenario};
use raincheck_core::log::key_vault::{FixedKey, LogKey, NoKeyring};
use raincheck_core::log::{
    DecisionUpdate, InterviewFields, Interviewer, ListFilter, Log, Profile, SentMessage,
};
use raincheck_core::message::{Channel, MessageKind};
use raincheck_core::urgency::Urgency;
use raincheck_core::Error;
use tempfile::TempDir;

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn fields(company: &str, starts_at: &str, tz: &str) -> InterviewFields {
    InterviewFields {
        company: Some(company.into()),
        position: Some("Backend Engineer".into()),
        starts_at: Some(starts_at.into()),
        tz: Some(tz.into()),
        ..InterviewFields::default()
    }
}

fn encrypted_log(dir: &TempDir) -> Log {
    Log::open_at(
        &dir.path().join("raincheck.db"),
        &FixedKey(Some(test_key())),
    )
    .unwrap()
}

fn test_key() -> LogKey {
    LogKey::from_hex(&"ab".repeat(32)).unwrap()
}

const NOW: &str = "2026-11-27T12:00:00Z";

/// A log with a bit of everything in it.
fn populated_log(dir: &TempDir) -> Log {
    let mut log = encrypted_log(dir);
    let now = at(NOW);
    log.set_profile(&Profile {
        name: "Ana Martínez".into(),
        email: "ana@example.org".into(),
        phone: "+34 600 123 456".into(),
        home_tz: "Europe/Madrid".into(),
        buffer_minutes: 45,
        work_days: vec!["mon".into(), "Wednesday".into(), "fri".into()],
        work_start: "8:30".into(),
        work_end: "16:00".into(),
        message_language: Some(raincheck_core::language::MessageLanguage::AmericanEnglish),
    })
    .unwrap();
    let acme = log
        .add_interview(
            &InterviewFields {
                interviewer: Some(Interviewer {
                    name: Some("Dana Lee".into()),
                    email: Some("dana@acme.example".into()),
                    phone: Some("+1 212 555 0100".into()),
                }),
                notes: Some("Second round, with the team lead. «Ünïcødé» notes.".into()),
                location: Some("https://meet.example/abc".into()),
                ..fields("Acme", "2026-12-03T10:00", "America/New_York")
            },
            now,
        )
        .unwrap();
    log.decide(
        acme,
        &DecisionUpdate {
            decision: Decision::Withdraw,
            reason: Some("accepted another offer".into()),
            scenario: Some(Scenario::AcceptedOffer),
            pause_until: None,
        },
        at("2026-11-28T09:00:00Z"),
    )
    .unwrap();
    let sent = log
        .record_sent(
            acme,
            &SentMessage {
                kind: MessageKind::WithdrawAcceptedOffer,
                channel: Channel::Email,
                subject: Some("Withdrawing".into()),
                body: "Dear Dana, ...".into(),
            },
            at("2026-11-28T09:05:00Z"),
        )
        .unwrap();
    log.record_reply(
        sent.id,
        "Thanks for letting us know.",
        at("2026-11-29T10:00:00Z"),
    )
    .unwrap();
    let globex = log
        .add_interview(&fields("Globex", "2026-12-10T15:30", "Asia/Kolkata"), now)
        .unwrap();
    log.decide(
        globex,
        &DecisionUpdate {
            decision: Decision::Pause,
            reason: None,
            scenario: Some(Scenario::PersonalCommitments),
            pause_until: NaiveDate::from_ymd_opt(2026, 12, 20),
        },
        now,
    )
    .unwrap();
    log.add_interview(&fields("Initech", "2026-11-20T09:00", "Europe/Berlin"), now)
        .unwrap();
    log
}

#[test]
fn the_profile_is_checked_and_kept_in_a_standard_form() {
    let dir = TempDir::new().unwrap();
    let log = populated_log(&dir);
    let profile = log.profile().unwrap();
    assert_eq!(profile.work_days, ["mon", "wed", "fri"]);
    assert_eq!(
        (profile.work_start.as_str(), profile.work_end.as_str()),
        ("08:30", "16:00")
    );
    let mut log = log;
    let bad = Profile {
        work_days: vec!["someday".into()],
        ..profile.clone()
    };
    assert_eq!(
        log.set_profile(&bad).unwrap_err().field(),
        Some("work_days")
    );
    let bad = Profile {
        work_end: "5pm".into(),
        ..profile
    };
    assert_eq!(log.set_profile(&bad).unwrap_err().field(), Some("work_end"));
}

#[test]
fn export_then_import_into_an_empty_log_then_export_is_identical() {
    let first_dir = TempDir::new().unwrap();
    let first = populated_log(&first_dir);
    let exported = first.export_json().unwrap();

    let second_dir = TempDir::new().unwrap();
    let mut second = encrypted_log(&second_dir);
    let report = second.import_json(&exported).unwrap();
    assert_eq!(report.interviews_added, 3);
    assert!(report.renumbered.is_empty());
    assert_eq!(second.export_json().unwrap(), exported);
    assert!(exported.contains("Ana Martínez") && exported.contains("Thanks for letting us know."));
}

#[test]
fn importing_into_a_log_that_has_those_ids_renumbers_and_keeps_everything() {
    let dir = TempDir::new().unwrap();
    let mut log = populated_log(&dir);
    let exported = log.export_json().unwrap();
    let report = log.import_json(&exported).unwrap();
    assert_eq!(report.renumbered.len(), 3);
    let (_, new_acme) = report.renumbered[0];
    let record = log.interview_record(new_acme).unwrap();
    assert_eq!(record.interview.company, "Acme");
    assert_eq!(record.messages.len(), 1);
    assert!(record.history.len() >= 4);
}

#[test]
fn a_refused_import_adds_nothing() {
    let source_dir = TempDir::new().unwrap();
    let exported = populated_log(&source_dir).export_json().unwrap();
    // Break the last interview only: the first two must not go in either.
    let broken = exported.replacen("\"Asia/Kolkata\"", "\"Mars/Olympus\"", 1);
    let dir = TempDir::new().unwrap();
    let mut log = encrypted_log(&dir);
    let error = log.import_json(&broken).unwrap_err();
    assert!(error.to_string().contains("Mars/Olympus"), "{error}");
    assert_eq!(log.status(at(NOW)).unwrap().counts.interviews, 0);
    assert_eq!(log.profile().unwrap(), Profile::default());
}

#[test]
fn edits_go_into_the_history_and_a_reschedule_keeps_the_old_time() {
    let dir = TempDir::new().unwrap();
    let mut log = encrypted_log(&dir);
    let id = log
        .add_interview(
            &fields("Acme", "2026-12-03T10:00", "Europe/Berlin"),
            at(NOW),
        )
        .unwrap();
    let moved = log
        .edit_interview(
            id,
            &InterviewFields {
                starts_at: Some("2026-12-08T14:30".into()),
                ..InterviewFields::default()
            },
            at("2026-11-28T08:00:00Z"),
        )
        .unwrap();
    assert_eq!(moved.starts_at, at("2026-12-08T13:30:00Z"));
    let history = log.history(id).unwrap();
    let change = history
        .iter()
        .find(|entry| entry.field == "starts_at")
        .unwrap();
    assert_eq!(change.old_value.as_deref(), Some("2026-12-03T09:00:00Z"));
    assert_eq!(change.new_value.as_deref(), Some("2026-12-08T13:30:00Z"));
    assert_eq!(change.at, at("2026-11-28T08:00:00Z"));
    // Saving the same values again records nothing.
    let before = log.history(id).unwrap().len();
    log.edit_interview(
        id,
        &InterviewFields {
            company: Some(" Acme ".into()),
            ..Default::default()
        },
        at(NOW),
    )
    .unwrap();
    assert_eq!(log.history(id).unwrap().len(), before);
}

#[test]
fn a_new_zone_alone_keeps_the_wall_clock_time() {
    let dir = TempDir::new().unwrap();
    let mut log = encrypted_log(&dir);
    let id = log
        .add_interview(
            &fields("Acme", "2026-12-03T10:00", "Europe/Berlin"),
            at(NOW),
        )
        .unwrap();
    let fixed = log
        .edit_interview(
            id,
            &InterviewFields {
                tz: Some("Europe/London".into()),
                ..Default::default()
            },
            at(NOW),
        )
        .unwrap();
    assert_eq!(fixed.starts_at, at("2026-12-03T10:00:00Z"));
    assert_eq!(fixed.tz, "Europe/London");
}

#[test]
fn dst_gaps_and_folds_are_refused_and_a_refused_write_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let mut log = encrypted_log(&dir);
    let gap = log
        .add_interview(
            &fields("Acme", "2027-03-28T02:30", "Europe/Berlin"),
            at(NOW),
        )
        .unwrap_err();
    assert_eq!(
        (gap.code(), gap.field()),
        ("invalid_input", Some("starts_at"))
    );
    assert!(
        gap.to_string().contains("does not exist in Europe/Berlin"),
        "{gap}"
    );
    let fold = log
        .add_interview(
            &fields("Acme", "2026-10-25T02:30", "Europe/Berlin"),
            at(NOW),
        )
        .unwrap_err();
    assert!(fold.to_string().contains("happens twice"), "{fold}");
    assert_eq!(log.status(at(NOW)).unwrap().counts.interviews, 0);

    let id = log
        .add_interview(
            &fields("Acme", "2026-10-25T02:30+01:00", "Europe/Berlin"),
            at(NOW),
        )
        .unwrap();
    assert_eq!(
        log.interview(id).unwrap().starts_at,
        at("2026-10-25T01:30:00Z")
    );
    let ny = log
        .add_interview(
            &fields("Initech", "2026-11-01T01:30-04:00", "America/New_York"),
            at(NOW),
        )
        .unwrap();
    assert_eq!(
        log.interview(ny).unwrap().starts_at,
        at("2026-11-01T05:30:00Z")
    );
    let lord_howe = log
        .add_interview(
            &fields("Globex", "2026-10-04T02:15", "Australia/Lord_Howe"),
            at(NOW),
        )
        .unwrap_err();
    assert!(
        lord_howe.to_string().contains("from 02:00 to 02:30"),
        "{lord_howe}"
    );

    let before = log.interview_record(id).unwrap();
    let refused = log
        .edit_interview(
            id,
            &InterviewFields {
                company: Some("New name".into()),
                starts_at: Some("2027-03-28T02:30".into()),
                ..InterviewFields::default()
            },
            at(NOW),
        )
        .unwrap_err();
    assert!(refused.to_string().contains("does not exist"), "{refused}");
    assert_eq!(log.interview_record(id).unwrap(), before);
}

#[test]
fn unknown_zones_suggest_the_closest_names() {
    let dir = TempDir::new().unwrap();
    let mut log = encrypted_log(&dir);
    let error = log
        .add_interview(&fields("Acme", "2026-12-03T10:00", "Europe/Berln"), at(NOW))
        .unwrap_err();
    assert!(
        error.to_string().contains("Did you mean Europe/Berlin"),
        "{error}"
    );
}

#[test]
fn field_checks_name_the_field() {
    let dir = TempDir::new().unwrap();
    let mut log = encrypted_log(&dir);
    let mut bad = fields("", "2026-12-03T10:00", "Europe/Berlin");
    assert_eq!(
        log.add_interview(&bad, at(NOW)).unwrap_err().to_string(),
        "The company is required: fill it in."
    );
    bad.company = Some("Acme".into());
    bad.interviewer = Some(Interviewer {
        email: Some("dana-at-acme".into()),
        ..Default::default()
    });
    assert!(log
        .add_interview(&bad, at(NOW))
        .unwrap_err()
        .to_string()
        .contains("interviewer's e-mail"));
    bad.interviewer = None;
    bad.notes = Some("n".repeat(20_001));
    assert!(log
        .add_interview(&bad, at(NOW))
        .unwrap_err()
        .to_string()
        .contains("notes"));
    assert_eq!(log.status(at(NOW)).unwrap().counts.interviews, 0);
}

#[test]
fn a_pause_needs_a_future_check_back_day() {
    let dir = TempDir::new().unwrap();
    let mut log = encrypted_log(&dir);
    let id = log
        .add_interview(
            &fields("Acme", "2026-12-03T10:00", "Europe/Berlin"),
            at(NOW),
        )
        .unwrap();
    let pause = |day| DecisionUpdate {
        decision: Decision::Pause,
        reason: None,
        scenario: None,
        pause_until: day,
    };
    assert!(log
        .decide(id, &pause(None), at(NOW))
        .unwrap_err()
        .to_string()
        .contains("pause_until"));
    let past = NaiveDate::from_ymd_opt(2026, 11, 1);
    assert!(log
        .decide(id, &pause(past), at(NOW))
        .unwrap_err()
        .to_string()
        .contains("already come"));
    let decided = log
        .decide(id, &pause(NaiveDate::from_ymd_opt(2026, 12, 15)), at(NOW))
        .unwrap();
    assert_eq!(decided.pause_until, NaiveDate::from_ymd_opt(2026, 12, 15));
}

#[test]
fn the_list_shows_upcoming_first_with_time_left_and_urgency() {
    let dir = TempDir::new().unwrap();
    let log = populated_log(&dir);
    let now = at("2026-12-02T16:00:00Z");
    let all = log.list(ListFilter::All, now, 50, 0).unwrap();
    let order: Vec<_> = all.iter().map(|s| s.interview.company.as_str()).collect();
    assert_eq!(order, ["Acme", "Globex", "Initech"]);
    assert_eq!(all[0].hours_left, 23.0);
    assert_eq!(all[0].urgency, Urgency::Settled, "withdrawn and told");
    assert_eq!(all[2].urgency, Urgency::Past);
    assert!(
        all[0].starts_at_text.ends_with("10:00 EST"),
        "{}",
        all[0].starts_at_text
    );
    let past = log.list(ListFilter::Past, now, 50, 0).unwrap();
    assert_eq!(past.len(), 1);
    let undecided = log.list(ListFilter::Undecided, now, 50, 0).unwrap();
    assert_eq!(
        undecided
            .iter()
            .map(|s| s.interview.company.as_str())
            .collect::<Vec<_>>(),
        ["Initech"]
    );
    assert_eq!(
        log.list(ListFilter::All, now, 1, 1).unwrap()[0]
            .interview
            .company,
        "Globex"
    );
}

#[test]
fn a_deleted_interview_comes_back_whole_with_undo() {
    let dir = TempDir::new().unwrap();
    let mut log = populated_log(&dir);
    let before = log.interview_record(1).unwrap();
    let deleted = log.delete_interview(1).unwrap();
    assert!(matches!(log.interview(1), Err(Error::NotFound(_))));
    assert_eq!(log.restore_interview(&deleted).unwrap(), 1);
    assert_eq!(log.interview_record(1).unwrap(), before);
}

#[test]
fn the_log_file_holds_no_plain_text_when_encrypted() {
    let dir = TempDir::new().unwrap();
    drop(populated_log(&dir));
    let bytes = std::fs::read(dir.path().join("raincheck.db")).unwrap();
    assert!(!bytes.windows(4).any(|w| w == b"Acme"));
    assert_ne!(&bytes[..6], b"SQLite");
}

#[test]
fn without_a_keyring_the_log_works_unencrypted_and_says_why() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("raincheck.db");
    let mut log = Log::open_at(&path, &NoKeyring("no Secret Service on this bus".into())).unwrap();
    assert!(!log.encryption().on);
    assert!(log
        .encryption()
        .detail
        .contains("no Secret Service on this bus"));
    log.add_interview(
        &fields("Acme", "2026-12-03T10:00", "Europe/Berlin"),
        at(NOW),
    )
    .unwrap();
    drop(log);
    // Once a keyring answers, the same file is encrypted in place, nothing lost.
    let log = Log::open_at(&path, &FixedKey(Some(test_key()))).unwrap();
    assert!(log.encryption().on);
    assert_eq!(log.interview(1).unwrap().company, "Acme");
    drop(log);
    let bytes = std::fs::read(&path).unwrap();
    assert!(!bytes.windows(4).any(|w| w == b"Acme"));
}

#[test]
fn a_key_that_does_not_open_the_log_is_an_error_and_the_file_is_kept() {
    let dir = TempDir::new().unwrap();
    drop(populated_log(&dir));
    let path = dir.path().join("raincheck.db");
    let bytes = std::fs::read(&path).unwrap();
    let other = FixedKey(Some(LogKey::from_hex(&"cd".repeat(32)).unwrap()));
    let error = Log::open_at(&path, &other).err().unwrap();
    assert!(matches!(error, Error::WrongKey { .. }), "{error}");
    let error = Log::open_at(&path, &FixedKey(None)).err().unwrap();
    assert!(matches!(error, Error::WrongKey { .. }), "{error}");
    let error = Log::open_at(&path, &NoKeyring("locked".into()))
        .err()
        .unwrap();
    assert!(
        error.to_string().contains("unlock or start your keyring"),
        "{error}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

fn assert_refused_and_untouched(content: &[u8], expect: &str) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("raincheck.db");
    std::fs::write(&path, content).unwrap();
    for vault in [
        &FixedKey(Some(test_key())) as &dyn raincheck_core::log::key_vault::KeyVault,
        &NoKeyring("none".into()),
    ] {
        let error = Log::open_at(&path, vault).err().expect("a refusal");
        assert!(error.to_string().contains(expect), "{error}");
        assert!(
            error.to_string().contains("left untouched")
                || error.to_string().contains("not touched")
                || error.to_string().contains("keyring"),
            "{error}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), content, "the file changed");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "files appeared beside it: {names:?}");
    }
}

#[test]
fn a_file_that_is_not_a_log_is_refused_and_left_as_it_was() {
    assert_refused_and_untouched(
        b"Dear diary, today I decided to withdraw.\n",
        "not a Raincheck log",
    );
    // Another program's SQLite database.
    let dir = TempDir::new().unwrap();
    let other = dir.path().join("other.db");
    let connection = rusqlite::Connection::open(&other).unwrap();
    connection
        .execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
        .unwrap();
    drop(connection);
    assert_refused_and_untouched(&std::fs::read(&other).unwrap(), "another program");
}

#[test]
fn a_truncated_log_is_refused_and_left_as_it_was() {
    let dir = TempDir::new().unwrap();
    drop(populated_log(&dir));
    let bytes = std::fs::read(dir.path().join("raincheck.db")).unwrap();
    assert!(bytes.len() > 8192);
    assert_refused_and_untouched(&bytes[..bytes.len() / 2 + 100], "damaged");

    // A plain log cut short is caught by SQLite's own check.
    let plain_dir = TempDir::new().unwrap();
    let plain_path = plain_dir.path().join("raincheck.db");
    let mut log = Log::open_at(&plain_path, &NoKeyring("none".into())).unwrap();
    for day in 1..=60 {
        log.add_interview(
            &fields(
                &format!("Company {day}"),
                &format!("2027-01-{:02}T10:00", day % 28 + 1),
                "UTC",
            ),
            at(NOW),
        )
        .unwrap();
    }
    drop(log);
    let plain = std::fs::read(&plain_path).unwrap();
    assert_refused_and_untouched(&plain[..plain.len() - 4096], "damaged");
}

#[test]
fn a_log_from_a_newer_raincheck_is_refused_untouched() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("raincheck.db");
    drop(Log::open_at(&path, &NoKeyring("none".into())).unwrap());
    let connection = rusqlite::Connection::open(&path).unwrap();
    connection
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    drop(connection);
    let bytes = std::fs::read(&path).unwrap();
    let error = Log::open_at(&path, &NoKeyring("none".into()))
        .err()
        .unwrap();
    assert!(
        matches!(error, Error::NewerLog { found: 99, .. }),
        "{error}"
    );
    assert!(error.to_string().contains("update the app"));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_backup_opens_as_a_log_with_everything_in_it() {
    let dir = TempDir::new().unwrap();
    let log = populated_log(&dir);
    let backup = dir.path().join("backup.db");
    log.backup_to(&backup).unwrap();
    assert!(log
        .backup_to(&backup)
        .unwrap_err()
        .to_string()
        .contains("already exists"));
    let restored = Log::open_at(&backup, &FixedKey(Some(test_key()))).unwrap();
    assert_eq!(restored.export_json().unwrap(), log.export_json().unwrap());
}
