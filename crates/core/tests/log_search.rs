//! A long search in the log: every interview reachable page by page, found by
//! what the user types (accents and case aside), and the pre-interview
//! checklist kept with its history.

#[path = "support/older_logs.rs"]
mod older_logs;

use chrono::{DateTime, Duration, Utc};
use raincheck_core::decision::Decision;
use raincheck_core::log::key_vault::{FixedKey, LogKey, NoKeyring};
use raincheck_core::log::{
    DecisionUpdate, InterviewFields, Interviewer, ListFilter, ListQuery, Log, PrepItem, PrepUpdate,
};
use tempfile::TempDir;

const NOW: &str = "2026-11-27T12:00:00Z";

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(NOW).unwrap().to_utc()
}

fn open(dir: &TempDir) -> Log {
    let key = LogKey::from_hex(&"ab".repeat(32)).unwrap();
    Log::open_at(&dir.path().join("raincheck.db"), &FixedKey(Some(key))).unwrap()
}

fn fields(company: &str, starts_at: DateTime<Utc>) -> InterviewFields {
    InterviewFields {
        company: Some(company.into()),
        position: Some("Operations Analyst".into()),
        starts_at: Some(starts_at.format("%Y-%m-%dT%H:%M").to_string()),
        tz: Some("UTC".into()),
        ..InterviewFields::default()
    }
}

fn search(log: &Log, filter: ListFilter, text: &str) -> Vec<String> {
    log.list_page(
        &ListQuery {
            filter,
            search: text.into(),
            limit: 100,
            offset: 0,
        },
        now(),
    )
    .unwrap()
    .items
    .into_iter()
    .map(|item| item.interview.company)
    .collect()
}

/// Dana Müller at a logistics company, next week; two others around her.
fn small_log(dir: &TempDir) -> Log {
    let mut log = open(dir);
    log.add_interview(
        &InterviewFields {
            interviewer: Some(Interviewer {
                name: Some("Dana Müller".into()),
                email: Some("d.mueller@nordfracht.example".into()),
                phone: None,
            }),
            stage: Some("Second round".into()),
            location: Some("Hamburg, Speicherstadt".into()),
            ..fields("Nordfracht Logistik GmbH", now() + Duration::days(6))
        },
        now(),
    )
    .unwrap();
    log.add_interview(
        &InterviewFields {
            notes: Some("Recruiter said Nordfracht is a competitor.".into()),
            ..fields("Acme", now() + Duration::days(2))
        },
        now(),
    )
    .unwrap();
    log.add_interview(&fields("Globex", now() - Duration::days(30)), now())
        .unwrap();
    log
}

#[test]
fn a_name_typed_without_accents_or_capitals_finds_the_interview() {
    let dir = TempDir::new().unwrap();
    let log = small_log(&dir);
    assert_eq!(
        search(&log, ListFilter::All, "muller"),
        ["Nordfracht Logistik GmbH"]
    );
    assert_eq!(
        search(&log, ListFilter::All, "DANA"),
        ["Nordfracht Logistik GmbH"]
    );
    // As the user types: a word's beginning is enough, every word must match.
    assert_eq!(
        search(&log, ListFilter::All, "dana logi"),
        ["Nordfracht Logistik GmbH"]
    );
    assert!(search(&log, ListFilter::All, "dana globex").is_empty());
    // The e-mail, the place and the stage are searched too.
    assert_eq!(
        search(&log, ListFilter::All, "d.mueller@nord"),
        ["Nordfracht Logistik GmbH"]
    );
    assert_eq!(
        search(&log, ListFilter::All, "speicherstadt"),
        ["Nordfracht Logistik GmbH"]
    );
    assert_eq!(
        search(&log, ListFilter::All, "second round"),
        ["Nordfracht Logistik GmbH"]
    );
}

#[test]
fn a_match_in_the_name_ranks_above_a_match_in_the_notes() {
    let dir = TempDir::new().unwrap();
    let log = small_log(&dir);
    // Acme is sooner, but only its notes mention Nordfracht.
    assert_eq!(
        search(&log, ListFilter::All, "nordfracht"),
        ["Nordfracht Logistik GmbH", "Acme"]
    );
}

#[test]
fn the_search_is_combined_with_the_filter_and_counted_per_filter() {
    let dir = TempDir::new().unwrap();
    let mut log = small_log(&dir);
    log.decide(
        2,
        &DecisionUpdate {
            decision: Decision::Attend,
            reason: Some("The operations team sounds right".into()),
            scenario: None,
            pause_until: None,
        },
        now(),
    )
    .unwrap();
    assert_eq!(search(&log, ListFilter::Past, "globex"), ["Globex"]);
    assert!(search(&log, ListFilter::Upcoming, "globex").is_empty());
    // The reason is searched.
    assert_eq!(search(&log, ListFilter::All, "sounds right"), ["Acme"]);

    let page = log
        .list_page(
            &ListQuery {
                filter: ListFilter::Undecided,
                search: "operations".into(),
                limit: 100,
                offset: 0,
            },
            now(),
        )
        .unwrap();
    // "Operations Analyst" is everyone's position: all three match.
    assert_eq!(page.counts.all, 3);
    assert_eq!(page.counts.upcoming, 2);
    assert_eq!(page.counts.past, 1);
    assert_eq!(page.counts.undecided, 2);
    assert_eq!(page.total, 2);
    assert_eq!(page.items.len(), 2);
}

#[test]
fn the_index_follows_every_edit_delete_undo_and_import() {
    let dir = TempDir::new().unwrap();
    let mut log = small_log(&dir);
    log.edit_interview(
        3,
        &InterviewFields {
            company: Some("Initech".into()),
            ..InterviewFields::default()
        },
        now(),
    )
    .unwrap();
    assert!(search(&log, ListFilter::All, "globex").is_empty());
    assert_eq!(search(&log, ListFilter::All, "initech"), ["Initech"]);

    let deleted = log.delete_interview(1).unwrap();
    assert!(search(&log, ListFilter::All, "muller").is_empty());
    log.restore_interview(&deleted).unwrap();
    assert_eq!(
        search(&log, ListFilter::All, "muller"),
        ["Nordfracht Logistik GmbH"]
    );

    let export = log.export_json().unwrap();
    let other_dir = TempDir::new().unwrap();
    let mut other = open(&other_dir);
    other.import_json(&export).unwrap();
    assert_eq!(
        search(&other, ListFilter::All, "muller"),
        ["Nordfracht Logistik GmbH"]
    );
    // Importing the same log again adds copies, each found.
    log.import_json(&export).unwrap();
    assert_eq!(search(&log, ListFilter::All, "initech").len(), 2);
}

#[test]
fn the_index_survives_encrypting_a_plain_log_in_place() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("raincheck.db");
    let mut log = Log::open_at(&path, &NoKeyring("no Secret Service".into())).unwrap();
    log.add_interview(&fields("Überseehafen AG", now() + Duration::days(1)), now())
        .unwrap();
    drop(log);
    let key = LogKey::from_hex(&"ab".repeat(32)).unwrap();
    let log = Log::open_at(&path, &FixedKey(Some(key))).unwrap();
    assert!(log.encryption().on);
    assert_eq!(
        search(&log, ListFilter::All, "uberseehafen"),
        ["Überseehafen AG"]
    );
}

#[test]
fn every_interview_is_reachable_page_by_page_in_list_order() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    // 150 interviews, one a day: 90 past, 60 upcoming, added in no order.
    for i in 0..150_i64 {
        let day = (i * 61) % 150 - 90;
        log.add_interview(
            &fields(
                &format!("Company {day:+04}"),
                now() + Duration::days(day) + Duration::hours(1),
            ),
            now(),
        )
        .unwrap();
    }
    let mut seen = Vec::new();
    let mut offset = 0;
    loop {
        let page = log
            .list_page(
                &ListQuery {
                    filter: ListFilter::All,
                    search: String::new(),
                    limit: 40,
                    offset,
                },
                now(),
            )
            .unwrap();
        assert_eq!(page.total, 150);
        assert_eq!((page.counts.upcoming, page.counts.past), (60, 90));
        if page.items.is_empty() {
            break;
        }
        offset += page.items.len() as u32;
        seen.extend(page.items.into_iter().map(|item| item.interview.starts_at));
    }
    assert_eq!(seen.len(), 150);
    let (upcoming, past) = seen.split_at(60);
    assert!(upcoming.windows(2).all(|w| w[0] < w[1]), "soonest first");
    assert!(upcoming.iter().all(|at| *at >= now()));
    assert!(past.windows(2).all(|w| w[0] > w[1]), "latest first");
}

#[test]
fn the_checklist_is_kept_with_its_history_and_shown_as_progress() {
    let dir = TempDir::new().unwrap();
    let mut log = small_log(&dir);
    let attend = DecisionUpdate {
        decision: Decision::Attend,
        reason: None,
        scenario: None,
        pause_until: None,
    };
    log.decide(1, &attend, now()).unwrap();
    log.update_prep(
        1,
        &PrepUpdate {
            tick: vec![PrepItem::TimeZone, PrepItem::TalkingPoints],
            points: Some(vec![
                "Cut pallet dwell time by a fifth".into(),
                "  ".into(),
                "Why the Hamburg hub".into(),
            ]),
            job_description_text: Some("https://nordfracht.example/jobs/17".into()),
            ..PrepUpdate::default()
        },
        now(),
    )
    .unwrap();
    drop(log);

    let mut log = open(&dir);
    let interview = log.interview(1).unwrap();
    assert!(interview.prep.time_zone && interview.prep.talking_points);
    assert!(!interview.prep.technology);
    assert_eq!(
        interview.prep.points,
        ["Cut pallet dwell time by a fifth", "Why the Hamburg hub"]
    );
    let history = log.history(1).unwrap();
    assert!(history
        .iter()
        .any(|e| e.field == "prep_time_zone" && e.new_value.as_deref() == Some("ticked")));
    assert!(history.iter().any(|e| e.field == "talking_points"));

    let list = log.list(ListFilter::All, now(), 10, 0).unwrap();
    let progress = |company: &str| {
        list.iter()
            .find(|item| item.interview.company.starts_with(company))
            .unwrap()
            .prep_progress
    };
    let nordfracht = progress("Nordfracht").expect("attending and upcoming");
    assert_eq!((nordfracht.done, nordfracht.of), (2, 4));
    assert_eq!(progress("Acme"), None, "undecided: no checklist yet");

    log.update_prep(
        1,
        &PrepUpdate {
            untick: vec![PrepItem::TimeZone],
            ..PrepUpdate::default()
        },
        now(),
    )
    .unwrap();
    assert!(!log.interview(1).unwrap().prep.time_zone);

    // It travels through export and import.
    let export = log.export_json().unwrap();
    let other_dir = TempDir::new().unwrap();
    let mut other = open(&other_dir);
    other.import_json(&export).unwrap();
    assert_eq!(
        other.interview(1).unwrap().prep,
        log.interview(1).unwrap().prep
    );
}

#[test]
fn a_checklist_that_cannot_be_kept_is_refused_and_changes_nothing() {
    let dir = TempDir::new().unwrap();
    let mut log = small_log(&dir);
    let before = log.interview_record(1).unwrap();
    let four = PrepUpdate {
        points: Some(vec!["a".into(), "b".into(), "c".into(), "d".into()]),
        tick: vec![PrepItem::Technology],
        ..PrepUpdate::default()
    };
    let error = log.update_prep(1, &four, now()).unwrap_err().to_string();
    assert!(error.contains("three"), "{error}");
    let both = PrepUpdate {
        tick: vec![PrepItem::Technology],
        untick: vec![PrepItem::Technology],
        ..PrepUpdate::default()
    };
    let error = log.update_prep(1, &both, now()).unwrap_err().to_string();
    assert!(error.contains("technology"), "{error}");
    let two_lines = PrepUpdate {
        points: Some(vec!["one\ntwo".into()]),
        ..PrepUpdate::default()
    };
    assert!(log.update_prep(1, &two_lines, now()).is_err());
    assert_eq!(log.interview_record(1).unwrap(), before);
}

#[test]
fn an_older_log_is_indexed_when_it_is_first_opened() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("raincheck.db");
    let mut log = Log::open_at(&path, &NoKeyring("plain, to edit it below".into())).unwrap();
    log.add_interview(&fields("Müller & Söhne", now() + Duration::days(3)), now())
        .unwrap();
    drop(log);
    // Back to the version before search and the checklist.
    older_logs::back_to_version(&path, 2);
    let log = Log::open_at(&path, &NoKeyring("plain".into())).unwrap();
    assert_eq!(
        search(&log, ListFilter::All, "muller sohne"),
        ["Müller & Söhne"]
    );
    assert_eq!(log.interview(1).unwrap().prep.done(), 0);
}

#[test]
fn a_search_page_spread_over_months_still_marks_each_clash() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let far = now() + Duration::days(90);
    // A day-long assessment centre, and an interview on its afternoon.
    let assessment = log
        .add_interview(
            &InterviewFields {
                duration_minutes: Some(8 * 60),
                ..fields("Hafen Assessment", far)
            },
            now(),
        )
        .unwrap();
    log.add_interview(&fields("Hafen Call", far + Duration::hours(6)), now())
        .unwrap();
    log.add_interview(&fields("Hafen Early", now() + Duration::days(1)), now())
        .unwrap();
    let page = log
        .list_page(
            &ListQuery {
                filter: ListFilter::All,
                search: "hafen".into(),
                limit: 10,
                offset: 0,
            },
            now(),
        )
        .unwrap();
    let clashes = |company: &str| {
        page.items
            .iter()
            .find(|item| item.interview.company == company)
            .unwrap()
            .clashes
            .iter()
            .map(|clash| clash.other_company.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(clashes("Hafen Call"), ["Hafen Assessment"]);
    assert_eq!(clashes("Hafen Assessment"), ["Hafen Call"]);
    assert!(clashes("Hafen Early").is_empty());
    assert!(page
        .items
        .iter()
        .any(|item| item.interview.id == assessment));
}

#[test]
fn the_counts_follow_every_change_and_the_clock() {
    let dir = TempDir::new().unwrap();
    let mut log = small_log(&dir);
    let counts = |log: &Log, at: DateTime<Utc>| {
        let page = log
            .list_page(
                &ListQuery {
                    limit: 10,
                    ..ListQuery::default()
                },
                at,
            )
            .unwrap();
        (page.counts.all, page.counts.upcoming, page.counts.past)
    };
    assert_eq!(counts(&log, now()), (3, 2, 1));
    // Asked again, the same; then a write here.
    assert_eq!(counts(&log, now()), (3, 2, 1));
    log.add_interview(&fields("Initech", now() + Duration::days(9)), now())
        .unwrap();
    assert_eq!(counts(&log, now()), (4, 3, 1));
    // A write by another Raincheck on the same file (the command line).
    let key = LogKey::from_hex(&"ab".repeat(32)).unwrap();
    let mut beside = Log::open_at(&dir.path().join("raincheck.db"), &FixedKey(Some(key))).unwrap();
    beside.delete_interview(3).unwrap();
    drop(beside);
    assert_eq!(counts(&log, now()), (3, 3, 0));
    // The clock passes Acme's start (in two days): one fewer upcoming.
    assert_eq!(
        counts(&log, now() + Duration::days(2)),
        (3, 3, 0),
        "starting now"
    );
    assert_eq!(
        counts(&log, now() + Duration::days(2) + Duration::minutes(1)),
        (3, 2, 1)
    );
    assert_eq!(
        counts(&log, now()),
        (3, 3, 0),
        "and back, in a test's clock"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    /// Whatever is typed in the search field, the list answers: never an
    /// error, never a panic, and only interviews that exist.
    #[test]
    fn any_typed_search_lists_without_error(typed in "\\PC{0,40}|[\"*^():+\\-]{0,12}|(NEAR|AND|OR|NOT) ?\\PC{0,8}") {
        let dir = TempDir::new().unwrap();
        let log = small_log(&dir);
        let page = log
            .list_page(
                &ListQuery { search: typed, limit: 10, ..ListQuery::default() },
                now(),
            )
            .unwrap();
        proptest::prop_assert!(page.items.len() <= 3);
        proptest::prop_assert!(page.total <= 3);
    }

    /// Whatever is typed into the checklist, it is kept as typed or refused
    /// with a sentence for the user, and a refusal changes nothing.
    #[test]
    fn any_checklist_text_is_kept_or_refused_cleanly(
        points in proptest::collection::vec("\\PC{0,60}|[\\x00-\\x1f\\u{202e}]{1,3}", 0..5),
        description in "\\PC{0,200}|[\\x00-\\x1f\\u{202e}]{1,3}",
    ) {
        let dir = TempDir::new().unwrap();
        let mut log = small_log(&dir);
        let before = log.interview_record(1).unwrap();
        let update = PrepUpdate {
            points: Some(points),
            job_description_text: Some(description),
            ..PrepUpdate::default()
        };
        match log.update_prep(1, &update, now()) {
            Ok(interview) => {
                proptest::prop_assert!(interview.prep.points.len() <= 3);
                proptest::prop_assert_eq!(log.interview(1).unwrap().prep, interview.prep);
            }
            Err(error) => {
                proptest::prop_assert!(error.is_user_input(), "{}", error);
                proptest::prop_assert_eq!(log.interview_record(1).unwrap(), before);
            }
        }
    }
}

#[test]
fn an_import_with_a_crafted_checklist_is_refused_whole() {
    let dir = TempDir::new().unwrap();
    let log = small_log(&dir);
    let export: serde_json::Value = serde_json::from_str(&log.export_json().unwrap()).unwrap();
    for crafted in [
        serde_json::json!({ "points": ["a", "b", "c", "d"] }),
        serde_json::json!({ "points": ["two\nlines"] }),
        serde_json::json!({ "time_zone": "yes" }),
        serde_json::json!({ "job_description_text": "x\u{202e}y" }),
        serde_json::json!({ "homework": true }),
    ] {
        let mut file = export.clone();
        file["interviews"][0]["prep"] = crafted.clone();
        let other_dir = TempDir::new().unwrap();
        let mut other = open(&other_dir);
        let error = other.import_json(&file.to_string()).unwrap_err();
        assert!(error.is_user_input(), "{crafted}: {error}");
        assert!(!error.to_string().contains("interviews[0]"), "{error}");
        assert_eq!(other.status(now()).unwrap().counts.interviews, 0);
    }
}

#[test]
fn a_message_sent_about_the_second_interview_counts_for_it_alone() {
    use raincheck_core::log::SentMessage;
    use raincheck_core::message::{Channel, MessageKind};
    use raincheck_core::reminders::{due, ReminderKind, ReminderSettings};
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    let soon = now() + Duration::hours(20);
    for company in ["Acme", "Globex", "Initech"] {
        let id = log.add_interview(&fields(company, soon), now()).unwrap();
        log.decide(
            id,
            &DecisionUpdate {
                decision: Decision::Withdraw,
                reason: None,
                scenario: None,
                pause_until: None,
            },
            now(),
        )
        .unwrap();
    }
    // Ids of messages and interviews differ: the message is #1, about #2.
    let sent = SentMessage {
        kind: MessageKind::Withdraw,
        channel: Channel::Email,
        subject: None,
        body: "…".into(),
    };
    log.record_sent(2, &sent, now()).unwrap();
    let page = log.list(ListFilter::All, now(), 10, 0).unwrap();
    let told: Vec<(String, bool)> = page
        .iter()
        .map(|item| (item.interview.company.clone(), item.last_sent_at.is_some()))
        .collect();
    assert_eq!(
        told,
        [
            ("Acme".to_owned(), false),
            ("Globex".to_owned(), true),
            ("Initech".to_owned(), false)
        ]
    );
    let searched = log
        .list_page(
            &ListQuery {
                search: "globex".into(),
                limit: 10,
                ..ListQuery::default()
            },
            now(),
        )
        .unwrap();
    assert!(searched.items[0].last_sent_at.is_some());
    let untold: Vec<i64> = due(&log, now(), &ReminderSettings::default())
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == ReminderKind::Unsent24h)
        .map(|r| r.interview_id)
        .collect();
    assert_eq!(untold, [1, 3]);
}
