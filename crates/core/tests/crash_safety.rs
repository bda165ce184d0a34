//! Crash safety of the log: a child process writes in a loop and is killed with
//! SIGKILL at random moments. Every write it reported as committed must be there
//! afterwards, and SQLite's integrity check must pass.
//!
//! This target has its own `main`: run with `RAINCHECK_CRASH_WRITER=<file>` it is
//! the writer child; otherwise it runs the trials.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use chrono::Utc;
use raincheck_core::decision::Decision;
use raincheck_core::log::key_vault::{FixedKey, LogKey};
use raincheck_core::log::{DecisionUpdate, InterviewFields, Log};

const TRIALS: usize = 25;
const WRITER_ENV: &str = "RAINCHECK_CRASH_WRITER";

fn key() -> FixedKey {
    FixedKey(Some(
        LogKey::from_hex(&"5a".repeat(32)).expect("a valid test key"),
    ))
}

/// The child: adds an interview and then decides about it (two transactions,
/// the second spanning the interview and its history), reporting each commit.
fn writer(path: &str) {
    let mut log = Log::open_at(path.as_ref(), &key()).expect("the log opens in the child");
    let mut out = std::io::stdout().lock();
    for n in 0.. {
        let fields = InterviewFields {
            company: Some(format!("Company {n}")),
            position: Some("Engineer".into()),
            starts_at: Some("2027-01-15T10:00".into()),
            tz: Some("Europe/Paris".into()),
            notes: Some("x".repeat(n % 2000)),
            ..InterviewFields::default()
        };
        let id = log.add_interview(&fields, Utc::now()).expect("an add");
        writeln!(out, "added {id}")
            .and_then(|()| out.flush())
            .expect("stdout");
        let update = DecisionUpdate {
            decision: Decision::Withdraw,
            reason: Some(format!("reason {n}")),
            scenario: None,
            pause_until: None,
        };
        log.decide(id, &update, Utc::now()).expect("a decision");
        writeln!(out, "decided {id}")
            .and_then(|()| out.flush())
            .expect("stdout");
    }
}

fn main() {
    if let Ok(path) = std::env::var(WRITER_ENV) {
        writer(&path);
        return;
    }
    let dir = tempfile::tempdir().expect("a temp folder");
    let path = dir.path().join("raincheck.db");
    let mut failures = 0;
    let mut total_reported = 0;
    for trial in 1..=TRIALS {
        let mut child = Command::new(std::env::current_exe().expect("this test's own path"))
            .env(WRITER_ENV, &path)
            .stdout(Stdio::piped())
            .spawn()
            .expect("the writer child starts");
        let stdout = child.stdout.take().expect("the child's stdout");
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        let wait = Duration::from_millis(rand::random_range(20..400));
        std::thread::sleep(wait);
        child.kill().expect("SIGKILL to the child"); // kill() sends SIGKILL on Unix
        child.wait().expect("the child ends");
        let reported = reader.join().expect("the reader thread");
        total_reported += reported.len();

        let log = Log::open_at(&path, &key()).expect("the log opens after the kill");
        let mut missing = Vec::new();
        for line in &reported {
            let (what, id) = line.split_once(' ').expect("a report line");
            let id: i64 = id.parse().expect("an id");
            match (what, log.interview(id)) {
                ("added", Ok(_)) => {}
                ("decided", Ok(interview)) if interview.decision == Decision::Withdraw => {}
                (_, other) => missing.push(format!("{line}: {other:?}")),
            }
        }
        drop(log);
        let connection = rusqlite::Connection::open(&path).expect("a raw connection");
        connection
            .execute_batch(&format!("PRAGMA key = \"x'{}'\";", "5a".repeat(32)))
            .expect("the key");
        let integrity: String = connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .expect("an integrity check");
        let ok = missing.is_empty() && integrity == "ok";
        println!(
            "trial {trial:>2}: killed after {:>3} ms, {:>4} commits reported, {} — integrity {integrity}",
            wait.as_millis(),
            reported.len(),
            if missing.is_empty() { "all present".to_string() } else { format!("MISSING {missing:?}") },
        );
        if !ok {
            failures += 1;
        }
    }
    println!("{total_reported} reported commits checked over {TRIALS} kills");
    println!("{} passed, {failures} failed", TRIALS - failures);
    if failures > 0 {
        std::process::exit(1);
    }
}
