//! Figures for Insights at 10 000 interviews (a benchmark, not a test: it
//! prints, it asserts nothing; the goal is 50 ms). Run with
//! `cargo bench -p raincheck-core --bench insights`.
//!
//! The log is encrypted (SQLCipher, WAL, synchronous=FULL), as the app uses
//! it, and busier than a real one: most interviews have a message or three,
//! with replies, follow-ups and moved starts. The due query is timed on it
//! too, since follow-ups make it read messages.

use std::time::{Duration, Instant};

use chrono::{DateTime, Duration as Span, Utc};
use raincheck_core::decision::{Decision, Scenario};
use raincheck_core::log::key_vault::{FixedKey, LogKey};
use raincheck_core::log::transfer::LogExport;
use raincheck_core::log::{
    ContactChannel, HistoryEntry, Interview, InterviewRecord, Interviewer, Log, Message, Prep,
    Profile,
};
use raincheck_core::message::{Channel, MessageKind};
use raincheck_core::reminders::{due, ReminderSettings};

const SIZE: usize = 10_000;
const RUNS: usize = 15;

fn key() -> FixedKey {
    FixedKey(Some(
        LogKey::from_hex(&"42".repeat(32)).expect("a valid key"),
    ))
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(mut work: impl FnMut() -> T) -> Duration {
    median(
        (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(work());
                start.elapsed()
            })
            .collect(),
    )
}

const DECISIONS: [Decision; 10] = [
    Decision::Attend,
    Decision::Attend,
    Decision::Attend,
    Decision::Withdraw,
    Decision::Withdraw,
    Decision::Withdraw,
    Decision::Reschedule,
    Decision::Reschedule,
    Decision::Pause,
    Decision::Undecided,
];

fn message(id: i64, kind: MessageKind, sent_at: DateTime<Utc>, replied: bool) -> Message {
    Message {
        id,
        kind,
        channel: Channel::Email,
        subject: Some("About the interview".into()),
        body: "Dear Ms Lee, thank you for your time. Kind regards, Sam".into(),
        created_at: sent_at,
        sent_at: Some(sent_at),
        reply: replied.then(|| "Thanks for letting us know.".to_owned()),
        replied_at: replied.then(|| sent_at + Span::hours(20)),
    }
}

/// `count` interviews over a year around `now`, as an export to import.
fn export_of(count: usize, now: DateTime<Utc>) -> String {
    let mut message_id = 0;
    let interviews = (0..count)
        .map(|n| {
            let starts_at =
                now + Span::minutes((n as i64 * 5_273) % (365 * 24 * 60) - 300 * 24 * 60);
            let decision = DECISIONS[n % DECISIONS.len()];
            let scenario = match decision {
                Decision::Withdraw => Some(Scenario::ALL[n % 5]),
                Decision::Reschedule => Some(Scenario::Illness),
                Decision::Pause => Some(Scenario::PersonalCommitments),
                Decision::Attend | Decision::Undecided => None,
            };
            let mut messages = Vec::new();
            let mut history = Vec::new();
            if decision.needs_message() {
                let sent_at = starts_at - Span::hours(24 + (n % 100) as i64);
                let kind = match decision {
                    Decision::Withdraw => MessageKind::Withdraw,
                    Decision::Reschedule => MessageKind::Reschedule,
                    _ => MessageKind::Pause,
                };
                let replied = n % 3 == 0;
                message_id += 1;
                messages.push(message(message_id, kind, sent_at, replied));
                if decision != Decision::Withdraw && !replied {
                    message_id += 1;
                    messages.push(message(
                        message_id,
                        MessageKind::FollowUpNoReply,
                        sent_at + Span::days(7),
                        n % 2 == 0,
                    ));
                }
                if decision == Decision::Reschedule && replied {
                    history.push(HistoryEntry {
                        at: sent_at + Span::days(1),
                        field: "starts_at".into(),
                        old_value: Some(starts_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                        new_value: None,
                    });
                }
            }
            InterviewRecord {
                interview: Interview {
                    id: n as i64 + 1,
                    company: format!("Company {n}"),
                    position: "Software Engineer".into(),
                    interviewer: Interviewer::default(),
                    contact_channel: ContactChannel::Email,
                    starts_at,
                    tz: "Europe/Berlin".into(),
                    duration_minutes: 60,
                    location: None,
                    stage: Some("first round".into()),
                    decision,
                    decision_reason: scenario.map(|_| "Not the right move for me now.".into()),
                    scenario,
                    pause_until: None,
                    notes: "Notes about the role and the team.".into(),
                    created_at: now,
                    updated_at: now,
                    prep: Prep::default(),
                    message_language: None,
                    no_answer_at: None,
                },
                history,
                messages,
            }
        })
        .collect();
    serde_json::to_string(&LogExport {
        format: "raincheck-log".into(),
        version: 3,
        profile: Profile {
            home_tz: "Europe/Berlin".into(),
            ..Profile::default()
        },
        non_negotiables: Default::default(),
        interviews,
        delivered_reminders: Vec::new(),
        template_edits: Vec::new(),
    })
    .expect("an export")
}

fn main() {
    let now = Utc::now();
    let dir = tempfile::tempdir().expect("a temp folder");
    let path = dir.path().join("raincheck.db");
    let mut log = Log::open_at(&path, &key()).expect("a new log");
    log.import_json(&export_of(SIZE, now)).expect("the import");
    let insights = log.insights(now).expect("the figures");
    let messages = insights.replies.sent;
    let read = time(|| log.insight_facts().expect("the facts").len());
    let whole = time(|| log.insights(now).expect("the figures").interviews);
    let csv = time(|| insights.to_csv().expect("the CSV").len());
    let settings = ReminderSettings::default();
    let due_query = time(|| due(&log, now, &settings).expect("the due query").len());
    println!("Insights, encrypted log (SQLCipher), median of {RUNS} runs\n");
    println!(
        "{:>10} | {:>8} | {:>12} | {:>14} | {:>9} | {:>13}",
        "interviews", "messages", "read facts", "insights (all)", "CSV", "due query"
    );
    println!("{}", "-".repeat(82));
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{:>10} | {:>8} | {:>9.2} ms | {:>11.2} ms | {:>6.2} ms | {:>10.2} ms",
        SIZE,
        messages,
        ms(read),
        ms(whole),
        ms(csv),
        ms(due_query)
    );
    println!("\n(insights (all): reading the log and working out every figure; the goal is 50 ms)");
}
