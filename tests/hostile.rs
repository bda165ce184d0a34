//! The command line tried as a hostile user would: odd characters typed or
//! imported, files others could read, scratch files in shared folders, and a
//! second Raincheck in the way. Each test fails if its door opens again.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

const NOW: &str = "2026-11-27T12:00:00Z";

/// The binary on a session bus where no keyring answers, with its own temp
/// folder so anything it leaves there can be seen.
fn raincheck(data_dir: &Path, tmp: &Path) -> Command {
    let mut command = Command::cargo_bin("raincheck").unwrap();
    command
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("RAINCHECK_DATA_DIR")
        .env("LC_ALL", "C.UTF-8")
        .env("TMPDIR", tmp)
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/raincheck-test-bus",
        );
    command
}

struct Setup {
    _root: TempDir,
    data: std::path::PathBuf,
    tmp: std::path::PathBuf,
    files: std::path::PathBuf,
}

fn setup() -> Setup {
    let root = TempDir::new().unwrap();
    let data = root.path().join("data");
    let tmp = root.path().join("tmp");
    let files = root.path().join("files");
    std::fs::create_dir(&tmp).unwrap();
    std::fs::create_dir(&files).unwrap();
    Setup {
        data,
        tmp,
        files,
        _root: root,
    }
}

const ACME: &str = r#"{"company":"Acme","position":"Backend Engineer",
  "interviewer":{"name":"Dana Lee","email":"dana@acme.example","phone":"+49 30 1234567"},
  "starts_at":"2026-12-03T10:00","tz":"Europe/Berlin","notes":"two\nlines"}"#;

fn add(s: &Setup, json: &str) -> std::process::Output {
    raincheck(&s.data, &s.tmp)
        .args(["log", "add", "--input", "-", "--json", "--now", NOW])
        .write_stdin(json)
        .output()
        .unwrap()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Nothing the terminal would obey: no ESC, no C1, no direction override.
fn assert_inert(text: &str) {
    assert!(
        !text
            .chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t') || raincheck_core_like_bidi(c)),
        "hidden characters reached the terminal: {text:?}"
    );
}

fn raincheck_core_like_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn hidden_characters_typed_into_a_name_are_refused_naming_the_field() {
    let s = setup();
    for (field, value) in [
        ("company", "Acme\u{202E}gnp.exe"),
        ("company", "Acme\u{0}"),
        ("position", "\u{1b}[2JLead"),
    ] {
        let mut json: Value = serde_json::from_str(ACME).unwrap();
        json[field] = value.into();
        let output = add(&s, &json.to_string());
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        let message = stderr(&output);
        assert!(message.contains(&format!("The {field}")), "{message}");
        assert!(message.contains("Remove it"), "{message}");
        assert_inert(&message);
    }
    // Nothing went in.
    let list = raincheck(&s.data, &s.tmp)
        .args(["log", "list", "--json", "--now", NOW])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&list.stdout).trim(), "[]");
}

#[test]
fn an_import_with_a_direction_override_is_refused_and_says_where() {
    let s = setup();
    assert!(add(&s, ACME).status.success());
    let export = raincheck(&s.data, &s.tmp)
        .args(["export", "--format", "json"])
        .output()
        .unwrap();
    let mut file: Value = serde_json::from_slice(&export.stdout).unwrap();
    file["interviews"][0]["company"] = "Evil\u{202E}Corp".into();
    let path = s.files.join("crafted.json");
    std::fs::write(&path, file.to_string()).unwrap();
    let output = raincheck(&s.data, &s.tmp)
        .arg("import")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("Interview 1 in the file"), "{message}");
    assert!(message.contains("company"), "{message}");
    assert!(message.contains("U+202E"), "{message}");
    assert_inert(&message);
}

#[test]
fn odd_bytes_in_a_refused_value_are_shown_escaped_not_obeyed() {
    let s = setup();
    // serde repeats an unknown value in its message: it must arrive escaped.
    let mut json: Value = serde_json::from_str(ACME).unwrap();
    json["contact_channel"] = "\u{1b}]0;pwned\u{7}\u{9b}31m".into();
    let output = add(&s, &json.to_string());
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("<U+001B>"), "{message}");
    assert_inert(&message);
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn the_data_folder_log_exports_backups_and_calendar_files_are_private() {
    let s = setup();
    let output = add(&s, ACME);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(mode(&s.data), 0o700, "data folder");
    let log = s.data.join("raincheck.db");
    assert_eq!(mode(&log), 0o600, "log");
    for suffix in ["-wal", "-shm"] {
        let mut name = log.as_os_str().to_owned();
        name.push(suffix);
        let path = std::path::PathBuf::from(name);
        if path.exists() {
            assert_eq!(mode(&path), 0o600, "{suffix}");
        }
    }
    let json = s.files.join("export.json");
    let csv = s.files.join("export.csv");
    let ics = s.files.join("interview.ics");
    let backup = s.files.join("backup.db");
    for (args, path) in [
        (vec!["export", "--format", "json", "--output"], &json),
        (vec!["export", "--format", "csv", "--output"], &csv),
        (vec!["ics", "export", "1", "--output"], &ics),
        (vec!["backup"], &backup),
    ] {
        raincheck(&s.data, &s.tmp)
            .args(&args)
            .arg(path)
            .args(["--now", NOW])
            .assert()
            .success();
        assert_eq!(mode(path), 0o600, "{args:?}");
    }
}

#[test]
fn a_restore_leaves_nothing_in_the_temp_folder_or_the_data_folder() {
    let s = setup();
    assert!(add(&s, ACME).status.success());
    let backup = s.files.join("backup.db");
    raincheck(&s.data, &s.tmp)
        .arg("backup")
        .arg(&backup)
        .assert()
        .success();
    raincheck(&s.data, &s.tmp)
        .arg("restore")
        .arg(&backup)
        .assert()
        .success();
    let bad = s.files.join("bad.db");
    std::fs::write(&bad, b"not a backup").unwrap();
    raincheck(&s.data, &s.tmp)
        .arg("restore")
        .arg(&bad)
        .assert()
        .failure();
    let in_tmp: Vec<_> = std::fs::read_dir(&s.tmp).unwrap().collect();
    assert!(in_tmp.is_empty(), "left in the temp folder: {in_tmp:?}");
    let scratch: Vec<String> = std::fs::read_dir(&s.data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(scratch.is_empty(), "left in the data folder: {scratch:?}");
}

#[test]
fn a_restore_while_another_raincheck_has_the_log_open_says_it_is_busy() {
    let s = setup();
    assert!(add(&s, ACME).status.success());
    let backup = s.files.join("backup.db");
    raincheck(&s.data, &s.tmp)
        .arg("backup")
        .arg(&backup)
        .assert()
        .success();
    // Another Raincheck holding the log open: a shared lock, as the window has.
    let mut holder = std::process::Command::new("flock")
        .arg("--shared")
        .arg(s.data.join("raincheck.db.lock"))
        .args(["sleep", "30"])
        .spawn()
        .expect("flock(1) from util-linux");
    std::thread::sleep(std::time::Duration::from_millis(300));
    // Reading alongside it is fine.
    raincheck(&s.data, &s.tmp)
        .args(["log", "list", "--now", NOW])
        .assert()
        .success();
    let before = std::fs::read(s.data.join("raincheck.db")).unwrap();
    let output = raincheck(&s.data, &s.tmp)
        .arg("restore")
        .arg(&backup)
        .output()
        .unwrap();
    let _ = holder.kill();
    let _ = holder.wait();
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("Raincheck is busy"), "{message}");
    assert_eq!(std::fs::read(s.data.join("raincheck.db")).unwrap(), before);
}

/// Runs the binary as an ordinary user: as root, permissions mean nothing, so
/// the binary is copied where anyone can run it and started as `nobody`.
#[cfg(unix)]
fn as_ordinary_user(root: &Path, data: &Path) -> Option<Command> {
    use std::os::unix::fs::PermissionsExt;
    let uid = std::process::Command::new("id").arg("-u").output().ok()?;
    let is_root = String::from_utf8_lossy(&uid.stdout).trim() == "0";
    let mut command = if is_root {
        if !Path::new("/usr/bin/setpriv").exists() {
            return None;
        }
        std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o755)).ok()?;
        let binary = root.join("raincheck");
        std::fs::copy(assert_cmd::cargo::cargo_bin("raincheck"), &binary).ok()?;
        std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).ok()?;
        let chown = std::process::Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(data)
            .status()
            .ok()?;
        if !chown.success() {
            return None;
        }
        let mut command = Command::new("/usr/bin/setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&binary);
        command
    } else {
        Command::cargo_bin("raincheck").ok()?
    };
    command
        .arg("--data-dir")
        .arg(data)
        .env_remove("RAINCHECK_DATA_DIR")
        .env_remove("XDG_RUNTIME_DIR")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/raincheck-test-bus",
        );
    Some(command)
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_still_shows_the_log_and_says_why_nothing_is_saved() {
    use std::os::unix::fs::PermissionsExt;
    let s = setup();
    assert!(add(&s, ACME).status.success());
    let root = s.data.parent().unwrap().to_owned();
    let Some(mut list) = as_ordinary_user(&root, &s.data) else {
        eprintln!("skipped: no way to run as an ordinary user here");
        return;
    };
    std::fs::set_permissions(&s.data, std::fs::Permissions::from_mode(0o500)).unwrap();
    let before: Vec<_> = std::fs::read_dir(&s.data).unwrap().collect();
    let listed = list.args(["log", "list", "--now", NOW]).output().unwrap();
    assert!(listed.status.success(), "{}", stderr(&listed));
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Acme"));
    let mut status = as_ordinary_user(&root, &s.data).unwrap();
    let status = status.arg("status").output().unwrap();
    assert!(
        String::from_utf8_lossy(&status.stdout).contains("Read-only:"),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );
    let mut add = as_ordinary_user(&root, &s.data).unwrap();
    let added = add
        .args(["log", "add", "--input", "-", "--now", NOW])
        .write_stdin(ACME)
        .output()
        .unwrap();
    assert_eq!(added.status.code(), Some(1));
    let message = stderr(&added);
    assert!(message.contains("Nothing was saved"), "{message}");
    assert!(message.contains("read-only"), "{message}");
    std::fs::set_permissions(&s.data, std::fs::Permissions::from_mode(0o700)).unwrap();
    let after: Vec<_> = std::fs::read_dir(&s.data).unwrap().collect();
    assert_eq!(
        before.len(),
        after.len(),
        "nothing was written beside the log"
    );
}
