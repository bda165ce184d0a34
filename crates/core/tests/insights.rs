//! Insights on a generated year of search: 500 interviews, made the same way
//! every run, imported into a real log. Every expected figure is counted
//! here from what was generated, not worked out by the code under test.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use raincheck_core::decision::{Decision, Scenario};
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::transfer::LogExport;
use raincheck_core::log::{
    ContactChannel, HistoryEntry, Interview, InterviewRecord, Interviewer, Log, Message, Prep,
    Profile,
};
use raincheck_core::message::{Channel, MessageKind};
use tempfile::TempDir;

/// A small, fixed pseudo-random sequence (a linear congruential generator).
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// 0 ≤ n < below.
    fn below(&mut self, below: u64) -> u64 {
        self.next() % below
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> T {
        from[self.below(from.len() as u64) as usize]
    }
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn now() -> DateTime<Utc> {
    at("2026-11-15T12:00:00Z")
}

/// What the generator made of one interview, beside its record.
struct Truth {
    decision: Decision,
    scenario: Option<Scenario>,
    starts_at: DateTime<Utc>,
    no_answer: bool,
    /// Hours between the message calling it off and the start as it then stood.
    notice_hours: Option<f64>,
    /// Messages that asked something: (is a follow-up, minutes to the reply).
    asked: Vec<(bool, Option<i64>)>,
    sent: usize,
    reason: Option<String>,
}

fn message(
    id: i64,
    kind: MessageKind,
    sent_at: DateTime<Utc>,
    reply_after: Option<i64>,
) -> Message {
    Message {
        id,
        kind,
        channel: Channel::Email,
        subject: Some("About the interview".into()),
        body: "Dear Ms Lee, thank you for your time. Kind regards, Sam".into(),
        created_at: sent_at,
        sent_at: Some(sent_at),
        reply: reply_after.map(|_| "Thank you for letting us know.".to_owned()),
        replied_at: reply_after.map(|minutes| sent_at + Duration::minutes(minutes)),
    }
}

const WITHDRAW_REASONS: [Option<Scenario>; 9] = [
    Some(Scenario::Relocation),
    Some(Scenario::Relocation),
    Some(Scenario::Relocation),
    Some(Scenario::ValuesConcern),
    Some(Scenario::AcceptedOffer),
    Some(Scenario::AcceptedOffer),
    Some(Scenario::AcceptedOffer),
    Some(Scenario::ColdFeet),
    None,
];
const RESCHEDULE_REASONS: [Option<Scenario>; 5] = [
    Some(Scenario::Illness),
    Some(Scenario::Transport),
    Some(Scenario::ScheduleConflict),
    Some(Scenario::NeedPreparation),
    None,
];
const PAUSE_REASONS: [Option<Scenario>; 3] = [
    Some(Scenario::PersonalCommitments),
    Some(Scenario::CompetingOffers),
    None,
];
const OWN_WORDS: [&str; 3] = [
    "Moving to Lisbon",
    "moving to lisbon.",
    "Moving  to  Lisbon",
];

/// A year of search: 500 interviews from January to December 2026.
fn generate() -> (Vec<InterviewRecord>, Vec<Truth>) {
    let mut dice = Dice(2026);
    let year_start = at("2026-01-05T08:00:00Z");
    let mut message_id = 0;
    let mut records = Vec::new();
    let mut truths = Vec::new();
    for n in 0..500_i64 {
        let id = n + 1;
        let mut starts_at = year_start
            + Duration::minutes(n * 365 * 24 * 60 / 500)
            + Duration::minutes(dice.below(600) as i64);
        let decision = match dice.below(20) {
            0..=6 => Decision::Attend,
            7..=11 => Decision::Withdraw,
            12..=14 => Decision::Reschedule,
            15..=16 => Decision::Pause,
            _ => Decision::Undecided,
        };
        let scenario = match decision {
            Decision::Withdraw => dice.pick(&WITHDRAW_REASONS),
            Decision::Reschedule => dice.pick(&RESCHEDULE_REASONS),
            Decision::Pause => dice.pick(&PAUSE_REASONS),
            Decision::Attend | Decision::Undecided => None,
        };
        let reason = (scenario == Some(Scenario::Relocation) && dice.below(2) == 0)
            .then(|| dice.pick(&OWN_WORDS).to_owned());
        let mut messages = Vec::new();
        let mut history = Vec::new();
        let mut truth = Truth {
            decision,
            scenario,
            starts_at,
            no_answer: false,
            notice_hours: None,
            asked: Vec::new(),
            sent: 0,
            reason: reason.clone(),
        };
        if decision.needs_message() && dice.below(10) < 8 {
            // Notice between 2 hours and 9 days, in quarter hours.
            let notice_minutes = 120 + 15 * dice.below(860) as i64;
            let sent_at = starts_at - Duration::minutes(notice_minutes);
            truth.notice_hours = Some(notice_minutes as f64 / 60.0);
            let kind = match (decision, scenario) {
                (Decision::Withdraw, Some(Scenario::Relocation)) => MessageKind::WithdrawRelocation,
                (Decision::Withdraw, _) => MessageKind::Withdraw,
                (Decision::Reschedule, Some(Scenario::Illness)) => MessageKind::RescheduleIllness,
                (Decision::Reschedule, _) => MessageKind::Reschedule,
                _ => MessageKind::Pause,
            };
            let asks = decision != Decision::Withdraw;
            let reply = (asks && dice.below(10) < 6).then(|| 30 + dice.below(4_000) as i64);
            message_id += 1;
            messages.push(message(message_id, kind, sent_at, reply));
            truth.sent += 1;
            if asks {
                truth.asked.push((false, reply));
            }
            if reply.is_some() {
                message_id += 1;
                let thanks_at = sent_at + Duration::minutes(reply.unwrap_or(0) + 60);
                messages.push(message(
                    message_id,
                    MessageKind::ThankYouReply,
                    thanks_at,
                    None,
                ));
                truth.sent += 1;
                // Every other rescheduled one got its new time: the start
                // moved a week on after the message.
                if decision == Decision::Reschedule && n % 2 == 0 {
                    let moved = starts_at + Duration::days(7);
                    history.push(HistoryEntry {
                        at: thanks_at,
                        field: "starts_at".into(),
                        old_value: Some(starts_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                        new_value: Some(moved.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                    });
                    starts_at = moved;
                    truth.starts_at = moved;
                }
            } else if asks && dice.below(2) == 0 {
                let follow_up_at = sent_at + Duration::days(7);
                let follow_up_reply = (dice.below(10) < 3).then(|| 60 + dice.below(3_000) as i64);
                message_id += 1;
                messages.push(message(
                    message_id,
                    MessageKind::FollowUpNoReply,
                    follow_up_at,
                    follow_up_reply,
                ));
                truth.sent += 1;
                truth.asked.push((true, follow_up_reply));
                truth.no_answer = follow_up_reply.is_none() && dice.below(2) == 0;
            }
        }
        let no_answer_at = truth.no_answer.then(|| now() - Duration::days(1));
        records.push(InterviewRecord {
            interview: Interview {
                id,
                company: format!("Company {n}"),
                position: "Data Analyst".into(),
                interviewer: Interviewer::default(),
                contact_channel: ContactChannel::Email,
                starts_at,
                tz: "Europe/Berlin".into(),
                duration_minutes: 60,
                location: None,
                stage: None,
                decision,
                decision_reason: reason,
                scenario,
                pause_until: None,
                notes: String::new(),
                created_at: year_start,
                updated_at: year_start,
                prep: Prep::default(),
                message_language: None,
                no_answer_at,
            },
            history,
            messages,
        });
        truths.push(truth);
    }
    (records, truths)
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = values.len();
    if n == 0 {
        None
    } else if n % 2 == 1 {
        Some(values[n / 2])
    } else {
        Some((values[n / 2 - 1] + values[n / 2]) / 2.0)
    }
}

fn tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

fn imported_log(dir: &TempDir, records: Vec<InterviewRecord>) -> Log {
    let mut log = Log::open_at(
        &dir.path().join("raincheck.db"),
        &NoKeyring("tests use a plain log".into()),
    )
    .unwrap();
    let export = LogExport {
        format: "raincheck-log".into(),
        version: 3,
        profile: Profile {
            home_tz: "Europe/Berlin".into(),
            ..Profile::default()
        },
        non_negotiables: Default::default(),
        interviews: records,
        delivered_reminders: Vec::new(),
        template_edits: Vec::new(),
    };
    log.import_json(&serde_json::to_string(&export).unwrap())
        .unwrap();
    log
}

/// The outcome names as the generator sees them.
fn outcome_of(truth: &Truth) -> &'static str {
    let passed = truth.starts_at <= now();
    if truth.no_answer {
        return "no_answer";
    }
    match truth.decision {
        Decision::Withdraw => "withdrawn",
        Decision::Reschedule => "rescheduled",
        Decision::Pause => "paused",
        Decision::Attend if passed => "attended",
        Decision::Undecided if passed => "missed",
        _ => "upcoming",
    }
}

#[test]
fn a_year_of_search_adds_up() {
    let (records, truths) = generate();
    let dir = TempDir::new().unwrap();
    let log = imported_log(&dir, records);
    let insights = log.insights(now()).unwrap();
    let json = serde_json::to_value(&insights).unwrap();

    assert_eq!(json["interviews"], 500);
    // Outcomes: every one named, zeros included.
    let mut outcomes: BTreeMap<&str, usize> = [
        "attended",
        "withdrawn",
        "rescheduled",
        "paused",
        "missed",
        "no_answer",
        "upcoming",
    ]
    .into_iter()
    .map(|name| (name, 0))
    .collect();
    for truth in &truths {
        *outcomes.get_mut(outcome_of(truth)).unwrap() += 1;
    }
    let reported: BTreeMap<String, usize> =
        serde_json::from_value(json["outcomes"].clone()).unwrap();
    assert_eq!(
        reported,
        outcomes
            .iter()
            .map(|(name, count)| (name.to_string(), *count))
            .collect::<BTreeMap<_, _>>()
    );
    assert!(outcomes.values().all(|&count| count > 0), "{outcomes:?}");

    // Reasons by scenario, most frequent first.
    let mut by_scenario: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for truth in &truths {
        if let Some(scenario) = truth.scenario {
            let entry = by_scenario.entry(scenario.to_string()).or_default();
            entry.0 += 1;
            if truth.decision == Decision::Withdraw {
                entry.1 += 1;
            }
        }
    }
    let reasons = json["reasons"].as_array().unwrap();
    assert_eq!(reasons.len(), by_scenario.len());
    for reason in reasons {
        let (count, withdrawn) = by_scenario[reason["scenario"].as_str().unwrap()];
        assert_eq!(reason["count"], count);
        assert_eq!(reason["withdrawn"], withdrawn);
    }
    let counts: Vec<u64> = reasons
        .iter()
        .map(|r| r["count"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|pair| pair[0] >= pair[1]));
    let unrecorded = truths
        .iter()
        .filter(|t| t.scenario.is_none() && t.decision.needs_message())
        .count();
    assert_eq!(json["reasons_unrecorded"], unrecorded);

    // The user's own words, case, spacing and the full stop aside.
    let lisbon = truths.iter().filter(|t| t.reason.is_some()).count();
    assert!(lisbon > 1);
    assert_eq!(json["own_words"][0]["count"], lisbon);
    assert_eq!(
        json["own_words"][0]["text"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>(),
        ["moving", "to", "lisbon"]
    );

    // Notice per cancellation, against the start as it stood when they were told.
    let notices: Vec<f64> = truths.iter().filter_map(|t| t.notice_hours).collect();
    let reported_notice = json["notice_hours"].as_array().unwrap();
    assert_eq!(reported_notice.len(), notices.len());
    let mut reported_hours: Vec<f64> = reported_notice
        .iter()
        .map(|n| n["hours"].as_f64().unwrap())
        .collect();
    let mut expected_hours: Vec<f64> = notices.iter().map(|&h| tenth(h)).collect();
    reported_hours.sort_by(|a, b| a.partial_cmp(b).unwrap());
    expected_hours.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(reported_hours, expected_hours);
    assert_eq!(json["notice"]["count"], notices.len());
    let expected_median = tenth(median(notices.iter().map(|&h| tenth(h)).collect()).unwrap());
    assert!((json["notice"]["median_hours"].as_f64().unwrap() - expected_median).abs() < 1e-9);
    assert_eq!(
        json["notice"]["under_24h"],
        notices.iter().filter(|&&h| h < 24.0).count()
    );
    let sent_order: Vec<&str> = reported_notice
        .iter()
        .map(|n| n["sent_at"].as_str().unwrap())
        .collect();
    assert!(sent_order.windows(2).all(|pair| pair[0] <= pair[1]));

    // Replies to messages that asked something.
    let asked: Vec<&(bool, Option<i64>)> = truths.iter().flat_map(|t| &t.asked).collect();
    let answered: Vec<i64> = asked.iter().filter_map(|(_, reply)| *reply).collect();
    let replies = &json["replies"];
    assert_eq!(
        replies["sent"],
        truths.iter().map(|t| t.sent).sum::<usize>()
    );
    assert_eq!(replies["asked"], asked.len());
    assert_eq!(replies["answered"], answered.len());
    let rate = (answered.len() as f64 / asked.len() as f64 * 1000.0).round() / 1000.0;
    assert!((replies["rate"].as_f64().unwrap() - rate).abs() < 1e-9);
    let median_reply = tenth(median(answered.iter().map(|&m| m as f64 / 60.0).collect()).unwrap());
    assert!((replies["median_hours"].as_f64().unwrap() - median_reply).abs() < 1e-9);
    assert_eq!(
        replies["follow_ups_sent"],
        asked.iter().filter(|(follow_up, _)| *follow_up).count()
    );
    assert_eq!(
        replies["follow_ups_answered"],
        asked
            .iter()
            .filter(|(follow_up, reply)| *follow_up && reply.is_some())
            .count()
    );
    assert_eq!(
        replies["no_answer"],
        truths.iter().filter(|t| t.no_answer).count()
    );

    // Suggestions: a reason behind at least two withdrawals and a quarter of
    // them, when it says something about the roles to look for.
    let withdrawals = truths
        .iter()
        .filter(|t| t.decision == Decision::Withdraw)
        .count();
    let says_nothing = [
        "accepted_offer",
        "illness",
        "family_emergency",
        "need_preparation",
        "missed",
    ];
    let mut expected: Vec<(String, usize)> = by_scenario
        .iter()
        .filter(|(scenario, (_, withdrawn))| {
            *withdrawn >= 2
                && withdrawn * 4 >= withdrawals
                && !says_nothing.contains(&scenario.as_str())
        })
        .map(|(scenario, (_, withdrawn))| (scenario.clone(), *withdrawn))
        .collect();
    expected.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let suggestions: Vec<(String, usize)> = json["suggestions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["scenario"].as_str().unwrap().to_owned(),
                s["count"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    assert_eq!(suggestions, expected);
    let relocation = by_scenario["relocation"].1;
    assert_eq!(
        suggestions.first().map(|s| s.0.as_str()),
        Some("relocation")
    );
    assert_eq!(
        json["suggestions"][0]["text"],
        format!("{relocation} of your {withdrawals} withdrawals were about a move.")
    );
    // Accepting another offer is common here, and still suggests nothing.
    assert!(by_scenario["accepted_offer"].1 * 4 >= withdrawals);

    // Months: every interview once, in the user's calendar.
    let months = json["months"].as_array().unwrap();
    let total: u64 = months
        .iter()
        .flat_map(|m| m["outcomes"].as_object().unwrap().values())
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(total, 500);
    assert_eq!(months.first().unwrap()["month"], "2026-01");
    let mut relocations_by_month: BTreeMap<String, u64> = BTreeMap::new();
    for truth in &truths {
        if truth.scenario == Some(Scenario::Relocation) {
            let month = truth
                .starts_at
                .with_timezone(&chrono_tz::Europe::Berlin)
                .format("%Y-%m")
                .to_string();
            *relocations_by_month.entry(month).or_default() += 1;
        }
    }
    let reported_relocations: BTreeMap<String, u64> = months
        .iter()
        .filter_map(|m| {
            let count = m["reasons"]["relocation"].as_u64()?;
            Some((m["month"].as_str().unwrap().to_owned(), count))
        })
        .collect();
    assert_eq!(reported_relocations, relocations_by_month);
}

#[test]
fn the_same_figures_export_as_csv() {
    let (records, truths) = generate();
    let dir = TempDir::new().unwrap();
    let log = imported_log(&dir, records);
    let insights = log.insights(now()).unwrap();
    let csv = insights.to_csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["section", "name", "count", "hours", "share", "detail"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let withdrawn = rows
        .iter()
        .find(|r| &r[0] == "outcome" && &r[1] == "withdrawn")
        .unwrap();
    let expected = truths
        .iter()
        .filter(|t| outcome_of(t) == "withdrawn")
        .count();
    assert_eq!(withdrawn[2].parse::<usize>().unwrap(), expected);
    let notices = rows.iter().filter(|r| &r[0] == "notice").count();
    assert_eq!(
        notices,
        truths.iter().filter(|t| t.notice_hours.is_some()).count()
    );
    assert!(rows
        .iter()
        .any(|r| &r[0] == "suggestion" && r[5].contains("withdrawals were about a move")));
}

#[test]
fn an_empty_log_has_zeros_and_no_medians() {
    let dir = TempDir::new().unwrap();
    let log = imported_log(&dir, Vec::new());
    let json = serde_json::to_value(log.insights(now()).unwrap()).unwrap();
    assert_eq!(json["interviews"], 0);
    assert_eq!(json["outcomes"]["attended"], 0);
    assert_eq!(json["notice"]["median_hours"], serde_json::Value::Null);
    assert_eq!(json["replies"]["rate"], serde_json::Value::Null);
    assert_eq!(json["suggestions"], serde_json::json!([]));
}

#[test]
fn a_reason_that_looks_like_a_formula_stays_text_in_the_csv() {
    let (mut records, _) = generate();
    for record in records.iter_mut().take(3) {
        record.interview.decision = Decision::Withdraw;
        record.interview.decision_reason = Some("=HYPERLINK(\"x\")".into());
    }
    let dir = TempDir::new().unwrap();
    let log = imported_log(&dir, records);
    let csv = log.insights(now()).unwrap().to_csv().unwrap();
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
}

/// A chart over time shows a quiet month as one: every month from the
/// first interview's to the last's is there, empty ones with zeros, each
/// named in the user's language.
#[test]
fn months_run_without_gaps_and_are_named_in_the_users_language() {
    use raincheck_core::insights::{figures, InterviewFacts};
    use raincheck_core::language::Language;
    use raincheck_core::words::Words;

    let interview = |id: i64, start: &str| InterviewFacts {
        id,
        starts_at: at(start),
        decision: Decision::Attend,
        scenario: None,
        reason: None,
        no_answer_at: None,
        sent: Vec::new(),
        moves: Vec::new(),
    };
    let search = [
        interview(1, "2026-11-03T10:00:00Z"),
        interview(2, "2027-02-10T10:00:00Z"),
        // 31 January, 23:30 UTC is already February in Berlin.
        interview(3, "2027-01-31T23:30:00Z"),
    ];
    let berlin = chrono_tz::Europe::Berlin;
    let later = at("2027-06-01T00:00:00Z");
    let english = figures(&search, later, berlin, Words::english());
    let months: Vec<(&str, &str, usize)> = english
        .months
        .iter()
        .map(|m| {
            (
                m.month.as_str(),
                m.label.as_str(),
                m.outcomes.values().sum(),
            )
        })
        .collect();
    assert_eq!(
        months,
        [
            ("2026-11", "Nov 2026", 1),
            ("2026-12", "Dec 2026", 0),
            ("2027-01", "Jan 2027", 0),
            ("2027-02", "Feb 2027", 2),
        ]
    );
    let german = figures(&search, later, berlin, &Words::new(Language::German));
    assert_eq!(german.months[1].label, "Dez 2026");
    let french = figures(&search, later, berlin, &Words::new(Language::French));
    assert_eq!(french.months[3].label, "févr. 2027");
    assert!(figures(&[], later, berlin, Words::english())
        .months
        .is_empty());
}
