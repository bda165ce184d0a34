//! Figures for the interview log at 10 000 and 100 000 interviews (a benchmark,
//! not a test: it prints, it asserts nothing). Run with
//! `cargo bench -p raincheck-core --bench log` (add `-- 10000` for one size).
//!
//! Each figure is the median of several runs on an encrypted log (SQLCipher,
//! WAL, synchronous=FULL), as the app uses it.

use std::time::{Duration, Instant};

use chrono::{DateTime, Duration as Span, Utc};
use raincheck_core::decision::Decision;
use raincheck_core::log::key_vault::{FixedKey, LogKey};
use raincheck_core::log::transfer::LogExport;
use raincheck_core::log::{
    ContactChannel, Interview, InterviewFields, InterviewRecord, Interviewer, ListFilter,
    ListQuery, Log, Prep, Profile,
};
use raincheck_core::reminders::{due, ReminderSettings};

const SIZES: [usize; 2] = [10_000, 100_000];
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

/// Interviewers are one of 40 first names with one of 40 surnames: a full
/// name is on one interview in 1 600 (a few dozen at 100 000), a surname on one
/// in forty.
const FIRST_NAMES: [&str; 40] = [
    "Dana", "Jonas", "Aoife", "José", "Chloé", "Priya", "Tomasz", "Sven", "Amara", "Lucía", "Mei",
    "Omar", "Ingrid", "Kenji", "Fatima", "Liam", "Élodie", "Raj", "Greta", "Mateo", "Hanna",
    "Noah", "Zoë", "Ivan", "Sofia", "Ahmed", "Nora", "Pedro", "Yuki", "Eva", "Ben", "Laila",
    "Oskar", "Marta", "Diego", "Anaïs", "Kwame", "Sara", "Felix", "Rosa",
];
const SURNAMES: [&str; 40] = [
    "Lee",
    "Müller",
    "Byrne",
    "Núñez",
    "Martin",
    "Raman",
    "Wójcik",
    "Ødegård",
    "Okafor",
    "Fernández",
    "Chen",
    "Haddad",
    "Larsen",
    "Sato",
    "Zahra",
    "O'Connor",
    "Bernard",
    "Patel",
    "Schröder",
    "Rossi",
    "Virtanen",
    "Cohen",
    "Adams",
    "Petrov",
    "Costa",
    "Saleh",
    "Fischer",
    "Alves",
    "Tanaka",
    "Novák",
    "Carter",
    "Haidari",
    "Lindqvist",
    "Kowalska",
    "Ramírez",
    "Girard",
    "Mensah",
    "Lindgren",
    "Wagner",
    "Jiménez",
];

fn interviewer(n: usize) -> String {
    format!(
        "{} {}",
        FIRST_NAMES[n % FIRST_NAMES.len()],
        SURNAMES[(n / FIRST_NAMES.len()) % SURNAMES.len()]
    )
}

/// `count` interviews spread over a year around `now`, as an export to import.
fn export_of(count: usize, now: DateTime<Utc>) -> String {
    let interviews = (0..count)
        .map(|n| {
            let offset_minutes = (n as i64 * 5_273) % (365 * 24 * 60) - 182 * 24 * 60;
            InterviewRecord {
                interview: Interview {
                    id: n as i64 + 1,
                    company: format!("Company {n}"),
                    position: "Software Engineer".into(),
                    interviewer: Interviewer {
                        name: Some(interviewer(n)),
                        email: Some(format!("people{}@example.com", n % 1_600)),
                        phone: None,
                    },
                    contact_channel: ContactChannel::Email,
                    starts_at: now + Span::minutes(offset_minutes),
                    tz: "Europe/Berlin".into(),
                    duration_minutes: 60,
                    location: None,
                    stage: Some("first round".into()),
                    decision: if n % 3 == 0 {
                        Decision::Undecided
                    } else {
                        Decision::Attend
                    },
                    decision_reason: None,
                    scenario: None,
                    pause_until: None,
                    notes: "Notes about the role and the team.".into(),
                    created_at: now,
                    updated_at: now,
                    prep: Prep::default(),
                    message_language: None,
                    no_answer_at: None,
                },
                history: Vec::new(),
                messages: Vec::new(),
            }
        })
        .collect();
    serde_json::to_string(&LogExport {
        format: "raincheck-log".into(),
        version: 2,
        profile: Profile::default(),
        non_negotiables: Default::default(),
        interviews,
        delivered_reminders: Vec::new(),
        template_edits: Vec::new(),
    })
    .expect("an export")
}

fn main() {
    let now = Utc::now();
    println!("Interview log, encrypted (SQLCipher), median of {RUNS} runs\n");
    println!(
        "{:>9} | {:>14} | {:>13} | {:>15} | {:>17} | {:>13} | {:>10} | {:>9}",
        "interviews",
        "bulk insert",
        "one add",
        "first page (50)",
        "next 24 h query",
        "due query",
        "open",
        "file"
    );
    println!("{}", "-".repeat(122));
    let mut searches = Vec::new();
    // `cargo bench -p raincheck-core --bench log -- 100000`: one size only.
    let only: Option<usize> = std::env::args().skip(1).find_map(|arg| arg.parse().ok());
    for size in SIZES
        .into_iter()
        .filter(|size| only.is_none_or(|only| only == *size))
    {
        let dir = tempfile::tempdir().expect("a temp folder");
        let path = dir.path().join("raincheck.db");
        let mut log = Log::open_at(&path, &key()).expect("a new log");
        let export = export_of(size, now);
        let start = Instant::now();
        log.import_json(&export).expect("the import");
        let bulk = start.elapsed();

        let fields = InterviewFields {
            company: Some("Acme".into()),
            position: Some("Engineer".into()),
            starts_at: Some("2027-02-03T10:00".into()),
            tz: Some("Europe/Berlin".into()),
            ..InterviewFields::default()
        };
        let one_add = time(|| log.add_interview(&fields, now).expect("an add"));
        let first_page = time(|| log.list(ListFilter::All, now, 50, 0).expect("a page").len());
        let next_day = time(|| {
            log.starting_between(now, now + Span::hours(24))
                .expect("the query")
                .len()
        });
        let page_with_counts = |search: &str, offset: u32| {
            let query = ListQuery {
                filter: ListFilter::All,
                search: search.into(),
                limit: 100,
                offset,
            };
            time(|| log.list_page(&query, now).expect("a page").items.len())
        };
        let listing = [
            page_with_counts("", 0),
            page_with_counts("", (size - 100) as u32),
            page_with_counts("greta schr", 0),
            page_with_counts("muller", 0),
            page_with_counts("engineer", 0),
        ];
        let settings = ReminderSettings::default();
        let due_query = time(|| due(&log, now, &settings).expect("the due query").len());
        drop(log);
        let open = time(|| Log::open_at(&path, &key()).expect("the log opens"));
        searches.push((size, listing));
        let bytes: u64 = std::fs::read_dir(dir.path())
            .expect("the folder")
            .map(|entry| {
                entry
                    .map(|e| e.metadata().map(|m| m.len()).unwrap_or(0))
                    .unwrap_or(0)
            })
            .sum();
        println!(
            "{:>10} | {:>11.0} ms | {:>10.2} ms | {:>12.2} ms | {:>14.2} ms | {:>10.2} ms | {:>7.1} ms | {:>6.1} MB",
            size,
            bulk.as_secs_f64() * 1e3,
            one_add.as_secs_f64() * 1e3,
            first_page.as_secs_f64() * 1e3,
            next_day.as_secs_f64() * 1e3,
            due_query.as_secs_f64() * 1e3,
            open.as_secs_f64() * 1e3,
            bytes as f64 / 1e6,
        );
    }
    println!("\n(bulk insert: one import transaction; one add: a single interview with its history entry, fsynced)");
    println!("\nPages of 100 with the count of every filter, median of {RUNS} runs\n");
    println!(
        "{:>10} | {:>12} | {:>12} | {:>26} | {:>26} | {:>26}",
        "interviews",
        "first page",
        "last page",
        "\"greta schr\" (a full name)",
        "\"muller\" (1 in 40 match)",
        "\"engineer\" (all match)"
    );
    println!("{}", "-".repeat(124));
    for (size, [first, last, name, surname, everyone]) in searches {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "{:>10} | {:>9.2} ms | {:>9.2} ms | {:>23.2} ms | {:>23.2} ms | {:>23.2} ms",
            size,
            ms(first),
            ms(last),
            ms(name),
            ms(surname),
            ms(everyone)
        );
    }
}
