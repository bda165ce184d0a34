//! The `raincheck` binary run as a user runs it: arguments, files, standard
//! input, exit codes, and what it prints.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const NOW: &str = "2026-11-27T12:00:00Z";

fn raincheck(data_dir: &Path) -> Command {
    let mut command = Command::cargo_bin("raincheck").unwrap();
    command
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("RAINCHECK_DATA_DIR")
        // What it prints for a person is in the system's language: English here.
        .env("LC_ALL", "C.UTF-8");
    command
}

/// The same, on a session bus where no keyring answers.
fn raincheck_without_keyring(data_dir: &Path) -> Command {
    let mut command = raincheck(data_dir);
    command.env(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/raincheck-test-bus",
    );
    command
}

/// Runs a command that must succeed and print JSON; returns what it printed.
fn json_from(command: &mut Command) -> Value {
    json_of(&command.assert().success().get_output().stdout)
}

fn json_of(output: &[u8]) -> Value {
    serde_json::from_slice(output)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(output)))
}

const ACME: &str = r#"{"company":"Acme","position":"Backend Engineer",
  "interviewer":{"name":"Dana Lee","email":"dana@acme.example","phone":"+49 30 1234567"},
  "contact_channel":"email","starts_at":"2026-12-03T10:00","tz":"Europe/Berlin","duration_minutes":45}"#;

fn add(data_dir: &Path, json: &str) -> i64 {
    let output = raincheck_without_keyring(data_dir)
        .args(["log", "add", "--input", "-", "--json", "--now", NOW])
        .write_stdin(json)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    json_of(&output)["id"].as_i64().unwrap()
}

#[test]
fn version_and_help_need_no_display() {
    let mut command = Command::cargo_bin("raincheck").unwrap();
    command
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .arg("--version");
    command
        .assert()
        .success()
        .stdout(format!("raincheck {}\n", env!("CARGO_PKG_VERSION")));
    let mut command = Command::cargo_bin("raincheck").unwrap();
    command.env_remove("DISPLAY").arg("--help");
    command
        .assert()
        .success()
        .stdout(predicate::str::contains("log").and(predicate::str::contains("--data-dir")));
}

#[test]
fn a_malformed_command_line_exits_2() {
    let dir = TempDir::new().unwrap();
    raincheck(dir.path()).arg("--no-such-flag").assert().code(2);
    raincheck(dir.path())
        .args(["log", "decide", "1", "--decision", "maybe"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("\"maybe\" is not a decision")
                .and(predicate::str::contains("withdraw")),
        );
}

#[test]
fn add_list_show_edit_decide_sent_delete() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME);
    assert_eq!(id, 1);

    let list = json_from(raincheck_without_keyring(dir.path()).args([
        "log",
        "list",
        "--json",
        "--now",
        "2026-12-02T20:00:00Z",
    ]));
    assert_eq!(list[0]["company"], "Acme");
    assert_eq!(list[0]["hours_left"], 13.0);
    assert_eq!(list[0]["urgency"], "call_now");
    assert_eq!(list[0]["starts_at"], "2026-12-03T09:00:00Z");

    raincheck_without_keyring(dir.path())
        .args(["log", "list", "--now", "2026-12-02T20:00:00Z"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("in 13 h")
                .and(predicate::str::contains("Thu 3 Dec 2026, 10:00 CET")),
        );

    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "edit",
            "1",
            "--input",
            "-",
            "--now",
            "2026-11-28T08:00:00Z",
        ])
        .write_stdin(r#"{"starts_at":"2026-12-08T14:30"}"#)
        .assert()
        .success()
        .stdout(predicate::str::contains("Tue 8 Dec 2026, 14:30 CET"));

    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "decide",
            "1",
            "--decision",
            "withdraw",
            "--scenario",
            "accepted_offer",
        ])
        .args(["--reason", "took another offer"])
        .assert()
        .success();

    let message = dir.path().join("message.txt");
    std::fs::write(
        &message,
        "Subject: Withdrawing my application\n\nDear Dana,\n...",
    )
    .unwrap();
    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "sent",
            "1",
            "--kind",
            "withdraw_accepted_offer",
            "--channel",
            "email",
            "--message-file",
        ])
        .arg(&message)
        .assert()
        .success();

    let show =
        json_from(raincheck_without_keyring(dir.path()).args(["log", "show", "1", "--json"]));
    assert_eq!(show["decision"], "withdraw");
    assert_eq!(show["scenario"], "accepted_offer");
    assert_eq!(show["messages"][0]["subject"], "Withdrawing my application");
    assert_eq!(show["messages"][0]["body"], "Dear Dana,\n...");
    let moved = show["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["field"] == "starts_at")
        .expect("the reschedule is in the history");
    assert_eq!(moved["old_value"], "2026-12-03T09:00:00Z");
    assert_eq!(moved["new_value"], "2026-12-08T13:30:00Z");

    raincheck_without_keyring(dir.path())
        .args(["log", "delete", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("with its history and one message"));
    raincheck_without_keyring(dir.path())
        .args(["log", "show", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("There is no interview #1"));
}

#[test]
fn bad_input_says_what_to_fix_and_saves_nothing() {
    let dir = TempDir::new().unwrap();
    raincheck_without_keyring(dir.path())
        .args(["log", "add", "--input", "-"])
        .write_stdin(r#"{"company":"Acme","position":"Engineer","starts_at":"2027-03-28T02:30","tz":"Europe/Berlin"}"#)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist in Europe/Berlin on 2027-03-28: the clocks jump from 02:00 to 03:00"));
    raincheck_without_keyring(dir.path())
        .args(["log", "add", "--input", "-"])
        .write_stdin(r#"{"compnay":"Acme"}"#)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown field `compnay`"));
    raincheck_without_keyring(dir.path())
        .args(["log", "add", "--input", "/no/such/file.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/no/such/file.json"));
    raincheck_without_keyring(dir.path())
        .args(["log", "list", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn export_import_round_trip_and_csv() {
    let first = TempDir::new().unwrap();
    add(first.path(), ACME);
    add(
        first.path(),
        &ACME
            .replace("Acme", "Globex")
            .replace("Europe/Berlin", "Asia/Tokyo"),
    );
    let export = |dir: &Path| {
        raincheck_without_keyring(dir)
            .args(["export", "--format", "json"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let exported = export(first.path());
    let file = first.path().join("export.json");
    std::fs::write(&file, &exported).unwrap();

    let second = TempDir::new().unwrap();
    raincheck_without_keyring(second.path())
        .arg("import")
        .arg(&file)
        .assert()
        .success()
        .stdout("Imported 2 interviews.\n");
    assert_eq!(export(second.path()), exported);

    raincheck_without_keyring(first.path())
        .args(["export", "--format", "csv"])
        .assert()
        .success()
        .stdout(
            predicate::str::starts_with("id,company,position")
                .and(predicate::str::contains("2026-12-03 10:00")),
        );
}

#[test]
fn without_a_keyring_status_says_encryption_is_off_and_why() {
    let dir = TempDir::new().unwrap();
    add(dir.path(), ACME);
    raincheck_without_keyring(dir.path())
        .args(["status"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Encryption:   OFF")
                .and(predicate::str::contains("keyring did not answer")),
        );
}

#[test]
fn a_file_that_is_not_a_log_is_refused_and_kept() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("raincheck.db");
    std::fs::write(&path, "my shopping list\n").unwrap();
    raincheck_without_keyring(dir.path())
        .args(["status"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("is not a Raincheck log")
                .and(predicate::str::contains("left untouched")),
        );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "my shopping list\n"
    );
}

/// With the session's real Secret Service: the key is made on first use, kept
/// in the keyring, and the log on disk holds no plain text.
#[test]
#[ignore = "needs a Secret Service: runs in the desktop session of scripts/test.sh"]
fn with_the_keyring_the_log_is_encrypted_and_a_plain_log_gets_encrypted_in_place() {
    let dir = TempDir::new().unwrap();
    add(dir.path(), ACME); // made while no keyring answered: plain
    let path = dir.path().join("raincheck.db");
    assert!(std::fs::read(&path)
        .unwrap()
        .windows(4)
        .any(|w| w == b"Acme"));

    let status = json_from(raincheck(dir.path()).args(["status", "--json"]));
    assert_eq!(status["encryption"]["on"], true, "{status}");
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(
            !bytes.windows(4).any(|w| w == b"Acme"),
            "plain text left on disk"
        );
    }
    raincheck(dir.path())
        .args(["log", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Acme"));
    // Without the keyring the encrypted log cannot be read, and says what to do.
    raincheck_without_keyring(dir.path())
        .args(["log", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unlock or start your keyring"));
}

#[test]
fn advise_prints_the_advice_as_json() {
    let dir = TempDir::new().unwrap();
    let advice = json_from(raincheck(dir.path())
        .args(["advise", "--input", "-"])
        .write_stdin(r#"{"interest":"no","scenario":"accepted_offer","hours_until":72,"legal_flags":["visa_sponsorship"]}"#));
    assert_eq!(advice["action"], "withdraw");
    assert_eq!(advice["channels"], serde_json::json!(["email"]));
    assert_eq!(advice["message_kind"], "withdraw_accepted_offer");
    let codes: Vec<&str> = advice["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["legal_documents", "steps_under_way"]);
    assert!(!advice["reasons"].as_array().unwrap().is_empty());
}

#[test]
fn advise_takes_the_time_and_contacts_from_an_interview_in_the_log() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME); // Thu 3 Dec 10:00 Berlin = 09:00 UTC, with a phone number
    let advice = json_from(
        raincheck_without_keyring(dir.path())
            .args([
                "advise",
                "--input",
                "-",
                "--now",
                "2026-12-02T15:00:00Z",
                "--interview",
                &id.to_string(),
            ])
            .write_stdin(r#"{"interest":"yes","scenario":"illness"}"#),
    );
    assert_eq!(advice["hours_until"], 18.0);
    assert_eq!(advice["action"], "reschedule");
    assert_eq!(
        advice["channels"],
        serde_json::json!(["phone", "voicemail", "email"])
    );
    assert_eq!(advice["message_kind"], "reschedule_illness");
}

#[test]
fn advise_names_wrong_fields_and_values() {
    let dir = TempDir::new().unwrap();
    raincheck(dir.path())
        .args(["advise", "--input", "-"])
        .write_stdin(r#"{"interest":"yes","scenario":"illness","hours":5}"#)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("unknown field `hours`")
                .and(predicate::str::contains("hours_until")),
        );
    raincheck(dir.path())
        .args(["advise", "--input", "-"])
        .write_stdin(r#"{"interest":"maybe","scenario":"illness","hours_until":5}"#)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("\"maybe\" is not a interest")
                .not()
                .and(predicate::str::contains("use one of yes, no, unsure")),
        );
    raincheck(dir.path())
        .args(["advise", "--input", "-"])
        .write_stdin(
            r#"{"interest":"yes","obstacle":"temporary","scenario":"relocation","hours_until":5}"#,
        )
        .assert()
        .code(2)
        .stderr(predicate::str::contains("obstacle and scenario disagree"));
}

const DRAFT_INPUT: &str = r#"{"kind":"reschedule","channel":"email",
  "candidate":{"name":"Ana Martínez","email":"ana@example.org"},
  "interview":{"company":"Acme","position":"Backend Engineer","interviewer":"Dana Lee","starts_at":"2026-12-03T10:00","tz":"Europe/Berlin"},
  "candidate_tz":"America/New_York"}"#;

#[test]
fn draft_prints_subject_and_body_and_check_passes_it() {
    let dir = TempDir::new().unwrap();
    let output = raincheck(dir.path())
        .args(["draft", "--input", "-"])
        .write_stdin(DRAFT_INPUT)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).unwrap();
    assert!(text.starts_with("Subject: Request to reschedule our interview – Ana Martínez – Backend Engineer\n\nDear Dana Lee,"), "{text}");
    assert!(
        text.contains("Thursday 3 December at 10:00 CET / 04:00 EST"),
        "{text}"
    );
    assert!(
        text.contains("Could you suggest two or three times"),
        "{text}"
    );

    let message = dir.path().join("message.txt");
    let context = dir.path().join("context.json");
    std::fs::write(&message, &text).unwrap();
    std::fs::write(&context, DRAFT_INPUT).unwrap();
    raincheck(dir.path())
        .args(["check", "--message"])
        .arg(&message)
        .arg("--context")
        .arg(&context)
        .assert()
        .success()
        .stdout(predicate::str::contains("Ready to send."));

    // The wrong weekday is a mismatch: exit 1, with the right value.
    std::fs::write(
        &message,
        text.replace("Thursday 3 December", "Friday 3 December"),
    )
    .unwrap();
    let report = raincheck(dir.path())
        .args(["check", "--json", "--message"])
        .arg(&message)
        .arg("--context")
        .arg(&context)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let report = json_of(&report);
    assert_eq!(report["ok"], false);
    assert_eq!(report["problems"][0]["id"], "mismatch");
    assert!(report["problems"][0]["message"]
        .as_str()
        .unwrap()
        .contains("Thursday"));

    let json = json_from(
        raincheck(dir.path())
            .args(["draft", "--json", "--input", "-"])
            .write_stdin(DRAFT_INPUT.replace(r#""channel":"email""#, r#""channel":"linkedin""#)),
    );
    assert_eq!(json["subject"], Value::Null);
    assert!(json["body"].as_str().unwrap().contains("Best regards"));
}

#[test]
fn draft_for_an_interview_in_the_log_uses_the_profile() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME);
    raincheck_without_keyring(dir.path())
        .args([
            "draft",
            "--interview",
            &id.to_string(),
            "--kind",
            "withdraw",
            "--channel",
            "email",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("[your name]"))
        .stderr(
            predicate::str::contains("Your name is missing")
                .and(predicate::str::contains("raincheck profile --name")),
        );
    raincheck_without_keyring(dir.path())
        .args([
            "profile",
            "--name",
            "Ana Martínez",
            "--email",
            "ana@example.org",
        ])
        .assert()
        .success();
    raincheck_without_keyring(dir.path())
        .args([
            "draft",
            "--interview",
            &id.to_string(),
            "--kind",
            "withdraw",
            "--channel",
            "voicemail",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("[your phone number]"))
        .stderr(predicate::str::contains("Your phone number is missing"));
    raincheck_without_keyring(dir.path())
        .args([
            "draft",
            "--interview",
            &id.to_string(),
            "--kind",
            "withdraw",
            "--channel",
            "email",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Dear Dana Lee,")
                .and(predicate::str::contains("Ana Martínez\nana@example.org")),
        );
}

#[test]
fn due_lists_what_the_reminder_loop_would_show() {
    let dir = TempDir::new().unwrap();
    add(dir.path(), ACME); // Thu 3 Dec 10:00 CET = 09:00 UTC
    raincheck_without_keyring(dir.path())
        .args(["due", "--now", "2026-12-01T09:00:00Z"])
        .assert()
        .success()
        .stdout("Nothing is due.\n");
    let due = json_from(raincheck_without_keyring(dir.path()).args([
        "due",
        "--json",
        "--now",
        "2026-12-02T15:00:00Z",
    ]));
    assert_eq!(due[0]["kind"], "undecided_24h");
    assert_eq!(due[0]["company"], "Acme");
    assert_eq!(due[0]["hours_left"], 18.0);
    assert!(due[0]["body"]
        .as_str()
        .unwrap()
        .contains("call them rather than e-mail"));
    // Listing delivers nothing: the same reminder is still due.
    raincheck_without_keyring(dir.path())
        .args(["due", "--now", "2026-12-02T15:00:00Z"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Acme: interview in 18 h, still undecided",
        ));
}

#[test]
fn a_backup_restores_in_place_of_a_broken_log_which_is_kept_aside() {
    let dir = TempDir::new().unwrap();
    add(dir.path(), ACME);
    let backup = dir.path().join("backup.db");
    raincheck_without_keyring(dir.path())
        .arg("backup")
        .arg(&backup)
        .assert()
        .success();
    std::fs::write(dir.path().join("raincheck.db"), "garbage that is not a log").unwrap();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.path().join(format!("raincheck.db{suffix}")));
    }
    raincheck_without_keyring(dir.path())
        .args(["status"])
        .assert()
        .code(1);
    raincheck_without_keyring(dir.path())
        .arg("restore")
        .arg(&backup)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Restored the backup: one interview.")
                .and(predicate::str::contains("unreadable-")),
        );
    raincheck_without_keyring(dir.path())
        .args(["log", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Acme"));
    let kept = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().contains("unreadable-"))
        .expect("the broken file is kept aside");
    assert_eq!(
        std::fs::read_to_string(kept.path()).unwrap(),
        "garbage that is not a log"
    );
    assert_eq!(
        restore_copies_left(),
        0,
        "the checked copy of the backup is not left in the temp folder"
    );
    // A file that is not a backup is refused, and the log stays as it is.
    raincheck_without_keyring(dir.path())
        .arg("restore")
        .arg(dir.path().join(kept.file_name()))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("is not a Raincheck backup")
                .and(predicate::str::contains("choose another backup file"))
                .and(predicate::str::contains("Your log was not changed")),
        );
    assert_eq!(restore_copies_left(), 0, "nor after a refusal");
}

#[test]
fn slots_proposes_free_times_in_both_zones() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME); // Thu 3 Dec 10:00 Berlin
    raincheck_without_keyring(dir.path())
        .args([
            "profile",
            "--home-tz",
            "America/New_York",
            "--buffer-minutes",
            "15",
        ])
        .assert()
        .success();
    let proposal = json_from(raincheck_without_keyring(dir.path()).args([
        "slots",
        "--interview",
        &id.to_string(),
        "--count",
        "2",
        "--json",
        "--now",
        "2026-11-30T08:00:00Z",
    ]));
    let slots = proposal["slots"].as_array().unwrap();
    assert_eq!(slots.len(), 2, "{proposal}");
    // 09:00 in New York is 15:00 in Berlin: the first hour both sides are working.
    assert_eq!(slots[0]["wall_time"], "2026-12-01T15:00");
    assert_eq!(
        slots[0]["text"],
        "Tuesday 1 December at 15:00 CET / 09:00 EST"
    );
    raincheck_without_keyring(dir.path())
        .args(["slots", "--interview", "99"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no interview #99"));
}

#[test]
fn ics_export_and_import_round_trip_through_the_command_line() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME);
    let ics = dir.path().join("acme.ics");
    raincheck_without_keyring(dir.path())
        .args(["ics", "export", &id.to_string(), "--output"])
        .arg(&ics)
        .assert()
        .success();
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(
        text.contains("DTSTART;TZID=Europe/Berlin:20261203T100000"),
        "{text}"
    );

    let other = TempDir::new().unwrap();
    let fields = json_from(
        raincheck_without_keyring(other.path())
            .args(["ics", "import", "--json"])
            .arg(&ics),
    );
    assert_eq!(fields[0]["company"], "Acme");
    assert_eq!(fields[0]["position"], "Backend Engineer");
    assert_eq!(fields[0]["starts_at"], "2026-12-03T10:00");
    assert_eq!(fields[0]["tz"], "Europe/Berlin");
    assert_eq!(fields[0]["duration_minutes"], 45);
    // Printing saved nothing; --save adds it.
    raincheck_without_keyring(other.path())
        .args(["log", "list", "--json"])
        .assert()
        .stdout("[]\n");
    raincheck_without_keyring(other.path())
        .args(["ics", "import", "--save"])
        .arg(&ics)
        .assert()
        .success();
    raincheck_without_keyring(other.path())
        .args(["log", "list"])
        .assert()
        .stdout(predicate::str::contains(
            "Acme — Backend Engineer, Thu 3 Dec 2026, 10:00 CET",
        ));
    raincheck_without_keyring(other.path())
        .args([
            "ics",
            "export",
            "--upcoming",
            "--now",
            "2026-11-27T12:00:00Z",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("BEGIN:VEVENT"));
}

#[test]
fn ics_feed_switches_on_keeps_up_with_the_log_and_switches_off() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME);
    raincheck_without_keyring(dir.path())
        .args(["ics", "feed", "--now", NOW])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The calendar feed is off. Switch it on with: raincheck ics feed --folder DIR",
        ));

    let phone = TempDir::new().unwrap();
    let answer = json_from(
        raincheck_without_keyring(dir.path())
            .args(["ics", "feed", "--json", "--now", NOW, "--folder"])
            .arg(phone.path()),
    );
    assert_eq!(answer["on"], true);
    assert_eq!(answer["events"], 1);
    assert_eq!(answer["written"], true);
    assert!(answer["last_written_at"].is_string(), "{answer}");
    let file = phone.path().join("raincheck-decide-by.ics");
    assert_eq!(
        Path::new(answer["file"].as_str().unwrap()),
        std::fs::canonicalize(&file).unwrap()
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("SUMMARY:Decide about Acme — Backend Engineer"),
        "{text}"
    );
    // Thursday 10:00 Berlin: Wednesday 10:00 there, 09:00 UTC.
    assert!(text.contains("DTSTART:20261202T090000Z"), "{text}");

    // Written again only when something changed.
    raincheck_without_keyring(dir.path())
        .args(["ics", "feed", "--now", NOW])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("One event in").and(predicate::str::contains(
                "raincheck-decide-by.ics, unchanged since",
            )),
        );

    // A decision made on the command line reaches the feed at once.
    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "decide",
            &id.to_string(),
            "--decision",
            "attend",
            "--now",
            NOW,
        ])
        .assert()
        .success();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("BEGIN:VEVENT"), "{text}");

    raincheck_without_keyring(dir.path())
        .args(["ics", "feed", "--off"])
        .assert()
        .success()
        .stdout(predicate::str::contains("The calendar feed is off;"));
    assert!(!file.exists());
    let answer = json_from(raincheck_without_keyring(dir.path()).args(["ics", "feed", "--json"]));
    assert_eq!(answer["on"], false);
}

#[test]
fn ics_feed_refuses_a_missing_folder_in_the_systems_language() {
    let dir = TempDir::new().unwrap();
    add(dir.path(), ACME);
    let missing = dir.path().join("not-there");
    raincheck_without_keyring(dir.path())
        .args(["ics", "feed", "--folder"])
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not exist"));
    raincheck_without_keyring(dir.path())
        .env("LC_ALL", "de_DE.UTF-8")
        .args(["ics", "feed", "--folder"])
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("gibt es nicht"));
    raincheck_without_keyring(dir.path())
        .args(["ics", "feed", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"on\": false"));
}

/// Scratch copies that `restore` made to check a backup and did not remove.
fn restore_copies_left() -> usize {
    std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("raincheck-restore-check-")
        })
        .count()
}

#[test]
fn log_list_search_finds_a_name_without_its_accent_and_pages_say_where_they_are() {
    let dir = TempDir::new().unwrap();
    add(
        dir.path(),
        r#"{"company":"Nordfracht Logistik","position":"Analyst","interviewer":{"name":"Jörg Müller"},
            "starts_at":"2026-12-04T10:00","tz":"Europe/Berlin"}"#,
    );
    add(dir.path(), ACME);
    let found = json_from(
        raincheck_without_keyring(dir.path())
            .args(["log", "list", "--search", "muller", "--json", "--now", NOW]),
    );
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["company"], "Nordfracht Logistik");

    raincheck_without_keyring(dir.path())
        .args(["log", "list", "--limit", "1", "--now", NOW])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(
                "1–1 of 2 (all 2 · upcoming 2 · undecided 2 · past 0 · no-answer 0)",
            )
            .and(predicate::str::contains("next page: --offset 1")),
        );
    raincheck_without_keyring(dir.path())
        .args(["log", "list", "--search", "globex", "--now", NOW])
        .assert()
        .success()
        .stdout(predicate::str::contains("No interview matches \"globex\""));
    // Whatever is typed, never an error: query syntax is only words here.
    for odd in ["\"", "NOT", "a*b(", "NEAR(x y)", "^", "-", "\u{202e}"] {
        raincheck_without_keyring(dir.path())
            .args(["log", "list", "--search", odd, "--now", NOW])
            .assert()
            .success();
    }
}

#[test]
fn prep_ticks_the_checklist_and_refuses_a_fourth_talking_point() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME).to_string();
    let prep = json_from(raincheck_without_keyring(dir.path()).args([
        "prep",
        &id,
        "--tick",
        "time_zone",
        "--tick",
        "technology",
        "--point",
        "Shipped the billing rewrite",
        "--json",
        "--now",
        NOW,
    ]));
    assert_eq!(prep["time_zone"], true);
    assert_eq!(prep["technology"], true);
    assert_eq!(prep["talking_points"], false);
    assert_eq!(prep["points"][0], "Shipped the billing rewrite");

    raincheck_without_keyring(dir.path())
        .args(["prep", &id, "--now", NOW])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("2 of 4 done")
                .and(predicate::str::contains("[x] time_zone"))
                .and(predicate::str::contains("[ ] job_description")),
        );
    raincheck_without_keyring(dir.path())
        .args(["prep", &id, "--tick", "homework", "--now", NOW])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "time_zone, technology, talking_points, job_description",
        ));
    raincheck_without_keyring(dir.path())
        .args([
            "prep", &id, "--point", "a", "--point", "b", "--point", "c", "--point", "d", "--now",
            NOW,
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("keep the three that matter most"));
    // Nothing of the refused change was kept.
    let prep = json_from(raincheck_without_keyring(dir.path()).args(["prep", &id, "--json"]));
    assert_eq!(prep["points"].as_array().unwrap().len(), 1);
}

#[test]
fn draft_writes_in_the_language_asked_or_the_profiles() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME).to_string();
    raincheck_without_keyring(dir.path())
        .args([
            "profile",
            "--name",
            "Ana Martínez",
            "--email",
            "ana@example.org",
        ])
        .assert()
        .success();
    let draft = |extra: &[&str]| {
        let mut command = raincheck_without_keyring(dir.path());
        command.args([
            "draft",
            "--interview",
            &id,
            "--kind",
            "withdraw",
            "--channel",
            "email",
        ]);
        command.args(extra).args(["--now", NOW]);
        String::from_utf8(command.assert().success().get_output().stdout.clone()).unwrap()
    };
    let german = draft(&["--language", "de"]);
    assert!(german.contains("Guten Tag Dana Lee,"), "{german}");
    assert!(german.contains("Donnerstag, 3. Dezember"), "{german}");
    let american = draft(&["--language", "en-US"]);
    assert!(american.contains("Thursday, December 3"), "{american}");
    raincheck_without_keyring(dir.path())
        .args([
            "draft",
            "--interview",
            &id,
            "--kind",
            "withdraw",
            "--channel",
            "email",
        ])
        .args(["--language", "klingon"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("en-GB, en-US, de, fr, es"));
    // The profile's language is the default.
    raincheck_without_keyring(dir.path())
        .args(["profile", "--message-language", "fr"])
        .assert()
        .success();
    let french = draft(&[]);
    assert!(french.contains("Bonjour Dana Lee,"), "{french}");
    assert!(french.contains("jeudi 3 décembre"), "{french}");
}

/// `raincheck draft --interview ID` alone drafts what the Draft view would:
/// the message the decision calls for, by the channel the time left calls for.
#[test]
fn draft_for_an_interview_without_kind_follows_its_decision_like_the_window() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME).to_string();
    raincheck_without_keyring(dir.path())
        .args(["profile", "--name", "Sam Carter"])
        .assert()
        .success();
    // Undecided: a withdrawal by e-mail.
    let undecided = json_from(raincheck_without_keyring(dir.path()).args([
        "draft",
        "--interview",
        &id,
        "--json",
        "--now",
        "2026-11-29T09:00:00Z",
    ]));
    assert!(
        undecided["subject"]
            .as_str()
            .unwrap()
            .contains("Backend Engineer"),
        "{undecided}"
    );
    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "decide",
            &id,
            "--decision",
            "reschedule",
            "--scenario",
            "illness",
        ])
        .assert()
        .success();
    // Rescheduling for illness 13 hours out: the phone script of that kind.
    let late = json_from(raincheck_without_keyring(dir.path()).args([
        "draft",
        "--interview",
        &id,
        "--json",
        "--now",
        "2026-12-02T20:00:00Z",
    ]));
    assert!(
        late["subject"].is_null(),
        "a phone script has no subject: {late}"
    );
    assert!(
        late["template"]
            .as_str()
            .unwrap()
            .contains("reschedule_illness.phone"),
        "{late}"
    );
    // A kind given on the command line still wins.
    let chosen = json_from(raincheck_without_keyring(dir.path()).args([
        "draft",
        "--interview",
        &id,
        "--kind",
        "withdraw",
        "--channel",
        "linkedin",
        "--json",
    ]));
    assert!(
        chosen["template"]
            .as_str()
            .unwrap()
            .contains("withdraw.linkedin"),
        "{chosen}"
    );
}

#[test]
fn follow_through_contracts_decide_by_follow_up_and_insights() {
    let dir = TempDir::new().unwrap();
    // Thu 3 Dec 10:00 CET: 24 hours before is a Wednesday in office hours.
    let thursday = add(dir.path(), ACME);
    let shown = json_from(raincheck_without_keyring(dir.path()).args([
        "log",
        "show",
        &thursday.to_string(),
        "--json",
        "--now",
        NOW,
    ]));
    assert_eq!(shown["decide_by"], "2026-12-02T09:00:00Z");
    assert_eq!(shown["follow_up"], Value::Null);
    assert_eq!(shown["company"], "Acme");
    // Mon 21 Dec 10:00 CET: 24 hours before is a Sunday, so Friday 17:00 theirs.
    let monday = add(
        dir.path(),
        &ACME.replace("2026-12-03T10:00", "2026-12-21T10:00"),
    );
    let shown = json_from(raincheck_without_keyring(dir.path()).args([
        "log",
        "show",
        &monday.to_string(),
        "--json",
        "--now",
        NOW,
    ]));
    assert_eq!(shown["decide_by"], "2026-12-18T16:00:00Z");

    // Asked to reschedule on Friday 27 November; no reply. Five working days
    // later (the weekend skipped) the follow-up is due, not before.
    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "decide",
            &monday.to_string(),
            "--decision",
            "reschedule",
        ])
        .args(["--now", NOW])
        .assert()
        .success();
    raincheck_without_keyring(dir.path())
        .args(["log", "sent", &monday.to_string(), "--kind", "reschedule"])
        .args(["--channel", "email", "--now", NOW])
        .assert()
        .success();
    let kinds = |now: &str| -> Vec<String> {
        let due =
            json_from(raincheck_without_keyring(dir.path()).args(["due", "--json", "--now", now]));
        due.as_array()
            .unwrap()
            .iter()
            .filter(|reminder| reminder["interview_id"] == monday)
            .map(|reminder| reminder["kind"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(kinds("2026-12-03T12:00:00Z").is_empty());
    assert_eq!(kinds("2026-12-04T13:00:00Z"), ["follow_up"]);

    // The figures of the search: two interviews, one rescheduled.
    let figures =
        json_from(raincheck_without_keyring(dir.path()).args(["insights", "--json", "--now", NOW]));
    assert_eq!(figures["interviews"], 2);
    assert_eq!(figures["outcomes"]["rescheduled"], 1);
    assert_eq!(figures["outcomes"]["upcoming"], 1);
    assert_eq!(figures["replies"]["asked"], 1);
    assert_eq!(figures["replies"]["answered"], 0);
    assert!(figures["reasons"].is_array());
    assert!(figures["notice_hours"].is_array());
    assert!(figures["suggestions"].is_array());
    let csv = raincheck_without_keyring(dir.path())
        .args(["insights", "--csv", "--now", NOW])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.starts_with("section,name,count,hours,share,detail"),
        "{csv}"
    );
    assert!(csv.contains("outcome,rescheduled,1"), "{csv}");
    raincheck_without_keyring(dir.path())
        .args(["insights", "--csv", "--json"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Choose one form"));
}

/// The command line's lines are its catalogue's (`cli.ftl`): every key a
/// `line`/`line_with` call names is there, and every key there is named.
#[test]
fn the_command_lines_words_are_its_catalogues_and_all_of_them_are_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogue = std::fs::read_to_string(root.join("crates/core/locales/en/cli.ftl")).unwrap();
    let keys: Vec<&str> = catalogue
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(key, _)| key))
        .filter(|key| !key.starts_with([' ', '#']) && !key.contains(' '))
        .collect();
    assert!(keys.len() > 50, "cli.ftl lost its lines");
    let mut sources = String::new();
    for entry in std::fs::read_dir(root.join("src-tauri/cli")).unwrap() {
        sources.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let unused: Vec<_> = keys
        .iter()
        .filter(|key| !sources.contains(&format!("\"{key}\"")))
        .collect();
    assert!(unused.is_empty(), "in cli.ftl, named nowhere: {unused:?}");
    // Each literal right after `.line(` or `.line_with(` is a key of the catalogue.
    for call in [".line(", ".line_with("] {
        for (at, _) in sources.match_indices(call) {
            let rest = sources[at + call.len()..].trim_start();
            if let Some(literal) = rest.strip_prefix('"') {
                let key = &literal[..literal.find('"').unwrap()];
                assert!(keys.contains(&key), "{key} is not in cli.ftl");
            }
        }
    }
}

/// On a German desktop the lines for a person are German, errors too, with
/// the same exit codes; the JSON is the same in every language.
#[test]
fn a_german_system_gets_german_lines_and_the_same_json() {
    use raincheck_core::language::Language;
    use raincheck_core::words::{Arg, Words};

    let german = Words::new(Language::German);
    let dir = TempDir::new().unwrap();
    let in_german = |args: &[&str]| {
        let mut command = raincheck_without_keyring(dir.path());
        command
            .env("LC_ALL", "de_DE.UTF-8")
            .args(args)
            .args(["--now", NOW]);
        command
    };
    let added = in_german(&["log", "add", "--input", "-"])
        .write_stdin(ACME)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let added = String::from_utf8(added).unwrap();
    let expected = german.line_with(
        "log-added",
        &[("id", Arg::from(1_i64)), ("interview", Arg::from("Acme"))],
    );
    let start = expected.split("Acme").next().unwrap();
    assert!(added.starts_with(start), "{added} starts with {start}");
    assert!(
        added.contains("3. Dezember 2026"),
        "the start in German: {added}"
    );

    let shown = in_german(&["log", "show", "1"]).assert().success();
    let shown = String::from_utf8(shown.get_output().stdout.clone()).unwrap();
    for key in [
        "show-starts",
        "show-decision",
        "show-history",
        "show-decide-by",
    ] {
        assert!(
            shown.contains(&german.line(key)),
            "{key} in German: {shown}"
        );
    }

    let listed = in_german(&["log", "list"]).assert().success();
    let listed = String::from_utf8(listed.get_output().stdout.clone()).unwrap();
    let footer = german.line_with(
        "list-page",
        &[
            ("first", Arg::from(1_i64)),
            ("last", Arg::from(1_i64)),
            ("total", Arg::from(1_i64)),
            ("all", Arg::from(1_i64)),
            ("upcoming", Arg::from(1_i64)),
            ("undecided", Arg::from(1_i64)),
            ("past", Arg::from(0_i64)),
            ("no_answer", Arg::from(0_i64)),
        ],
    );
    assert!(listed.contains(&footer), "{listed}");

    // A refusal: German, and still exit 2.
    let refused = german.error_with("error-no-such-interview", &[("id", Arg::from(99_i64))]);
    in_german(&["log", "show", "99"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(refused));

    // The JSON does not change with the language.
    let json_in = |language: &str| {
        let mut command = raincheck_without_keyring(dir.path());
        command
            .env("LC_ALL", language)
            .args(["log", "show", "1", "--json", "--now", NOW]);
        json_from(&mut command)
    };
    assert_eq!(json_in("de_DE.UTF-8"), json_in("C.UTF-8"));
    let due_in = |language: &str| {
        let mut command = raincheck_without_keyring(dir.path());
        command
            .env("LC_ALL", language)
            .args(["due", "--json", "--now", "2026-12-02T12:00:00Z"]);
        json_from(&mut command)
    };
    // A draft's JSON (what it lacks, said in it) and a check's too.
    let draft_in = |language: &str| {
        let mut command = raincheck_without_keyring(dir.path());
        command.env("LC_ALL", language).args([
            "draft",
            "--interview",
            "1",
            "--kind",
            "withdraw_accepted_offer",
            "--channel",
            "email",
            "--json",
            "--now",
            NOW,
        ]);
        json_from(&mut command)
    };
    let english_draft = draft_in("C.UTF-8");
    assert!(!english_draft["missing"].as_array().unwrap().is_empty());
    assert_eq!(draft_in("es_ES.UTF-8"), english_draft);
    let due = due_in("fr_FR.UTF-8");
    assert!(due.as_array().is_some_and(|list| !list.is_empty()), "{due}");
    assert_eq!(due, due_in("C.UTF-8"));
}

/// `raincheck snooze` puts off one reminder that is due: for the hour it is
/// not listed, after it it is; a reminder not due is refused in words.
#[test]
fn a_reminder_put_off_for_an_hour_is_away_for_the_hour() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME);
    // 24 hours before Thursday 10:00 in Berlin is Wednesday 09:00 UTC: it is due at noon.
    let due_at = |now: &str| {
        let mut command = raincheck_without_keyring(dir.path());
        command.args(["due", "--json", "--now", now]);
        json_from(&mut command)
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["interview_id"] == id && r["kind"] == "undecided_24h")
    };
    assert!(due_at("2026-12-02T12:00:00Z"));
    let mut snooze = raincheck_without_keyring(dir.path());
    snooze.args([
        "snooze",
        &id.to_string(),
        "--kind",
        "undecided_24h",
        "--for",
        "hour",
        "--json",
        "--now",
        "2026-12-02T12:00:00Z",
    ]);
    assert_eq!(json_from(&mut snooze)["until"], "2026-12-02T13:00:00Z");
    assert!(!due_at("2026-12-02T12:59:00Z"), "away for the hour");
    assert!(due_at("2026-12-02T13:01:00Z"), "back after it");

    raincheck_without_keyring(dir.path())
        .args([
            "snooze",
            &id.to_string(),
            "--kind",
            "final_2h",
            "--for",
            "evening",
            "--now",
            "2026-12-02T12:00:00Z",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing to put off"));
}

/// `raincheck log reply --new-time` moves the interview to the time they
/// proposed; `log show` then says it is still to confirm, `draft --interview`
/// drafts that confirmation, and a time already past is refused in words
/// with exit 2 and nothing changed.
#[test]
fn a_reply_proposing_a_new_time_moves_the_interview_and_asks_for_the_confirmation() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME);
    let id_text = id.to_string();
    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "decide",
            &id_text,
            "--decision",
            "reschedule",
            "--now",
            NOW,
        ])
        .assert()
        .success();
    let sent = json_from(raincheck_without_keyring(dir.path()).args([
        "log",
        "sent",
        &id_text,
        "--kind",
        "reschedule",
        "--channel",
        "email",
        "--json",
        "--now",
        NOW,
    ]));
    let message = sent["id"].as_i64().unwrap().to_string();

    // A time already past: refused, and the interview keeps its time.
    raincheck_without_keyring(dir.path())
        .args(["log", "reply", &message, "--text", "Last Monday?"])
        .args(["--new-time", "2026-11-23T10:00", "--now", NOW])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "\"2026-11-23T10:00\" has already passed",
        ));

    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "reply",
            &message,
            "--text",
            "Could you do Tuesday at 14:00?",
        ])
        .args(["--new-time", "2026-12-08T14:00", "--now", NOW])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Tue 8 Dec 2026, 14:00 CET")
                .and(predicate::str::contains("raincheck draft --interview 1")),
        );

    let shown = json_from(
        raincheck_without_keyring(dir.path())
            .args(["log", "show", &id_text, "--json", "--now", NOW]),
    );
    assert_eq!(shown["starts_at"], "2026-12-08T13:00:00Z");
    assert_eq!(shown["decision"], "attend");
    assert_eq!(
        shown["messages"][0]["reply"],
        "Could you do Tuesday at 14:00?"
    );
    assert_eq!(
        shown["new_time_to_confirm"]["moved_from"],
        "2026-12-03T09:00:00Z"
    );
    raincheck_without_keyring(dir.path())
        .args(["log", "show", &id_text, "--now", NOW])
        .assert()
        .success()
        .stdout(predicate::str::contains("New time:"));

    let draft = json_from(raincheck_without_keyring(dir.path()).args([
        "draft",
        "--interview",
        &id_text,
        "--json",
        "--now",
        NOW,
    ]));
    assert!(
        draft["template"]
            .as_str()
            .unwrap()
            .contains("confirm_new_time"),
        "{draft}"
    );
    let body = draft["body"].as_str().unwrap();
    assert!(
        body.contains("Tuesday 8 December") && body.contains("14:00"),
        "{body}"
    );

    // A plain reply on the same message, without a time, only records it.
    raincheck_without_keyring(dir.path())
        .args(["log", "reply", &message, "--text", "Thanks, see you then."])
        .args(["--now", NOW])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Recorded their reply to message #1",
        ));
}

/// `log list --filter no-answer` lists the interviews marked "no answer".
#[test]
fn the_list_filters_interviews_marked_no_answer() {
    let dir = TempDir::new().unwrap();
    let id = add(dir.path(), ACME);
    add(dir.path(), &ACME.replace("Acme", "Globex"));
    let id_text = id.to_string();
    raincheck_without_keyring(dir.path())
        .args([
            "log",
            "decide",
            &id_text,
            "--decision",
            "reschedule",
            "--now",
            NOW,
        ])
        .assert()
        .success();
    for kind in ["reschedule", "follow_up_no_reply"] {
        raincheck_without_keyring(dir.path())
            .args([
                "log",
                "sent",
                &id_text,
                "--kind",
                kind,
                "--channel",
                "email",
                "--now",
                NOW,
            ])
            .assert()
            .success();
    }
    let later = "2026-12-31T12:00:00Z";
    raincheck_without_keyring(dir.path())
        .args(["log", "no-answer", &id_text, "--now", later])
        .assert()
        .success();
    let list = json_from(raincheck_without_keyring(dir.path()).args([
        "log",
        "list",
        "--filter",
        "no-answer",
        "--json",
        "--now",
        later,
    ]));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["company"], "Acme");
    raincheck_without_keyring(dir.path())
        .args(["log", "list", "--now", later])
        .assert()
        .success()
        .stdout(predicate::str::contains("no-answer 1"));
}

/// A reader that stops early (`raincheck due --json | head -1`) ends the
/// command quietly, as any Unix tool: no panic, no error.
#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::Read;
    use std::process::{Command as Process, Stdio};

    let dir = TempDir::new().unwrap();
    // More than a pipe holds (64 KiB), so the writer meets the closed end.
    for n in 0..100 {
        add(dir.path(), &ACME.replace("Acme", &format!("Company {n}")));
    }
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("raincheck"))
        .args(["--data-dir"])
        .arg(dir.path())
        .args(["log", "list", "--limit", "200", "--json", "--now", NOW])
        .env("LC_ALL", "C.UTF-8")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/raincheck-test-bus",
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one byte, then close the pipe as `head -c1` would.
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
}

/// `raincheck non-negotiables`: a suggestion of `raincheck insights` kept in
/// the user's words is gone from the insights and listed with the profile;
/// their own are added, reworded and removed by number; bad input is
/// refused in words with exit 2 and nothing lost.
#[test]
fn non_negotiables_are_kept_from_insights_and_shown_with_the_profile() {
    let dir = TempDir::new().unwrap();
    let run = |args: &[&str]| {
        let mut command = raincheck_without_keyring(dir.path());
        command.args(args).args(["--now", NOW]);
        command
    };
    // Three withdrawals, all about a move.
    for day in ["2026-11-02", "2026-11-09", "2026-11-16"] {
        let id = add(dir.path(), &ACME.replace("2026-12-03", day)).to_string();
        run(&["log", "decide", &id, "--decision", "withdraw"])
            .args(["--scenario", "relocation"])
            .assert()
            .success();
    }
    run(&["insights"]).assert().success().stdout(
        predicate::str::contains("3 of your 3 withdrawals were about a move.").and(
            predicate::str::contains("raincheck non-negotiables accept relocation"),
        ),
    );
    run(&["non-negotiables"])
        .assert()
        .success()
        .stdout(predicate::str::contains("No non-negotiables yet"));

    let kept = json_from(&mut run(&[
        "non-negotiables",
        "accept",
        "relocation",
        "--as",
        "Work I can do from Lisbon",
        "--json",
    ]));
    assert_eq!(kept["kept"][0]["text"], "Work I can do from Lisbon");
    assert_eq!(kept["kept"][0]["scenario"], "relocation");
    let figures = json_from(&mut run(&["insights", "--json"]));
    assert_eq!(figures["suggestions"], serde_json::json!([]));
    run(&["insights"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Suggestion").not());

    run(&["non-negotiables", "add", "Pay I can live on"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Kept: Pay I can live on")
                .and(predicate::str::contains("  2. Pay I can live on")),
        );
    run(&["non-negotiables", "edit", "2", "A salary I can live on"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Changed: A salary I can live on"));
    run(&["profile"]).assert().success().stdout(
        predicate::str::contains("Non-negotiables:")
            .and(predicate::str::contains("  1. Work I can do from Lisbon"))
            .and(predicate::str::contains("  2. A salary I can live on")),
    );
    let profile = json_from(&mut run(&["profile", "--json"]));
    assert_eq!(
        profile["non_negotiables"][1]["text"],
        "A salary I can live on"
    );
    assert_eq!(profile["buffer_minutes"], 30);

    for (args, said) in [
        (
            vec!["remove", "99"],
            "There is no non-negotiable number 99: pick a number from 1 to 2.",
        ),
        (vec!["add", "   "], "The non-negotiable is required"),
        (vec!["add", "Two\nlines"], "must be one line"),
        (
            vec!["add", "a salary  I can LIVE on."],
            "You already keep “a salary  I can LIVE on.” as a non-negotiable.",
        ),
        (
            vec!["accept", "bored"],
            "There is no suggested non-negotiable “bored” to keep or dismiss",
        ),
        // Answered already: not offered again.
        (vec!["dismiss", "relocation"], "“relocation”"),
    ] {
        run(&["non-negotiables"])
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(said));
    }
    run(&["non-negotiables", "remove", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Removed: Work I can do from Lisbon",
        ));
    let left = json_from(&mut run(&["non-negotiables", "list", "--json"]));
    assert_eq!(left["kept"].as_array().unwrap().len(), 1);
    assert_eq!(left["kept"][0]["text"], "A salary I can live on");
    assert_eq!(left["answered"], serde_json::json!(["relocation"]));
}
