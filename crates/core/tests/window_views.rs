//! What the window shows comes from the core: the wizard's questions and
//! advice, the list's times in both zones, an interview's page in words. The
//! page renders these as they are (tests/ui_has_no_rules.rs keeps it so).

use chrono::{DateTime, Duration, Utc};
use raincheck_core::catalogue::Catalogue;
use raincheck_core::decision::wizard::{self, QuestionId, WizardAnswers};
use raincheck_core::decision::{Action, Decision, Interest};
use raincheck_core::log::key_vault::{FixedKey, LogKey};
use raincheck_core::log::{
    DecisionUpdate, InterviewFields, Interviewer, ListFilter, ListQuery, Log, Profile,
};
use raincheck_core::message::{Channel, MessageInput, MessageKind};
use raincheck_core::views;
use raincheck_core::words::Words;
use tempfile::TempDir;

fn en() -> &'static Words {
    Words::english()
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z")
        .unwrap()
        .to_utc()
}

fn open(dir: &TempDir) -> Log {
    let key = LogKey::from_hex(&"cd".repeat(32)).unwrap();
    Log::open_at(&dir.path().join("raincheck.db"), &FixedKey(Some(key))).unwrap()
}

/// An interview at `hours` from now in Berlin, the user at home in New York.
fn log_with_interview(dir: &TempDir, hours: i64) -> (Log, i64) {
    let mut log = open(dir);
    log.set_profile(&Profile {
        name: "Sam Carter".into(),
        home_tz: "America/New_York".into(),
        ..Profile::default()
    })
    .unwrap();
    let start = now() + Duration::hours(hours);
    let id = log
        .add_interview(
            &InterviewFields {
                company: Some("Nordlicht GmbH".into()),
                position: Some("Data Engineer".into()),
                starts_at: Some(
                    start
                        .with_timezone(&chrono_tz::Europe::Berlin)
                        .format("%Y-%m-%dT%H:%M")
                        .to_string(),
                ),
                tz: Some("Europe/Berlin".into()),
                interviewer: Some(Interviewer {
                    name: Some("Jörg Brandt".into()),
                    email: Some("j.brandt@nordlicht.example".into()),
                    phone: Some("+49 30 1234 5678".into()),
                }),
                location: Some("Video: https://meet.example/abc".into()),
                ..InterviewFields::default()
            },
            now(),
        )
        .unwrap();
    (log, id)
}

fn answers(interest: Interest, situation: &str) -> WizardAnswers {
    WizardAnswers {
        interest: Some(interest),
        situation: Some(situation.into()),
        ..WizardAnswers::default()
    }
}

/// The wizard for a user who keeps no non-negotiables.
fn asking(passed: bool) -> wizard::Asking<'static> {
    wizard::Asking {
        passed,
        non_negotiables: &[],
    }
}

fn ids(questions: &[wizard::Question]) -> Vec<QuestionId> {
    questions.iter().map(|q| q.id).collect()
}

#[test]
fn the_wizard_asks_only_what_can_change_the_advice() {
    let none = WizardAnswers::default();
    assert_eq!(
        ids(&wizard::questions(&none, asking(false), en()).unwrap()),
        [
            QuestionId::Interest,
            QuestionId::Situation,
            QuestionId::Keep,
            QuestionId::Legal
        ]
    );
    // Wanting the role with nothing in the way: nothing signed matters.
    let free = answers(Interest::Yes, "none");
    assert_eq!(
        ids(&wizard::questions(&free, asking(false), en()).unwrap()),
        [
            QuestionId::Interest,
            QuestionId::Situation,
            QuestionId::Keep
        ]
    );
    // A move asks about remote work; a lasting obstacle never asks to keep the door open.
    let moving = answers(Interest::Unsure, "relocation");
    assert_eq!(
        ids(&wizard::questions(&moving, asking(false), en()).unwrap()),
        [
            QuestionId::Interest,
            QuestionId::Situation,
            QuestionId::Remote,
            QuestionId::Legal
        ]
    );
    // Before the start "missed" is not offered; after it, it is the only situation.
    let before = &wizard::questions(&none, asking(false), en()).unwrap()[1];
    assert!(before.choices.iter().all(|c| c.value != "missed"));
    assert!(before.choices.iter().any(|c| c.value == "none"));
    let after = &wizard::questions(&none, asking(true), en()).unwrap()[1];
    assert_eq!(after.choices.len(), 1);
    assert_eq!(after.choices[0].value, "missed");
    // A situation that is not one is refused in words.
    let odd = answers(Interest::Yes, "bored");
    let error = wizard::questions(&odd, asking(false), en())
        .unwrap_err()
        .to_string();
    assert!(error.contains("\"bored\" is not a scenario"), "{error}");
}

#[test]
fn under_a_day_the_advice_says_call_now_with_their_number() {
    let dir = TempDir::new().unwrap();
    let (log, id) = log_with_interview(&dir, 5);
    let interview = log.interview(id).unwrap();
    let home = log.home_zone().unwrap();
    let page = wizard::advice_page(
        &answers(Interest::No, "none"),
        &interview,
        &[],
        home,
        now(),
        en(),
    )
    .unwrap();
    assert_eq!(page.advice.action, Action::Withdraw);
    assert_eq!(page.headline, "Withdraw from this interview, by phone");
    assert_eq!(
        page.call_now.as_deref(),
        Some("Under 24 hours to go (in 5 h): call now.")
    );
    let call = page.steps[0].call.as_ref().expect("a number to call");
    assert_eq!(call.href, "tel:+493012345678");
    assert_eq!(page.steps[0].text, "Call Jörg Brandt on");
    // Drafted as a phone script, then recorded as a withdrawal.
    let draft = page.draft.unwrap();
    assert_eq!(
        (draft.kind, draft.channel),
        (MessageKind::Withdraw, Channel::Phone)
    );
    assert_eq!(page.records, Decision::Withdraw);
    assert_eq!(page.apply_label, "Apply: withdrawing");

    // Three days out: an e-mail, no call-now line.
    let dir = TempDir::new().unwrap();
    let (log, id) = log_with_interview(&dir, 72);
    let interview = log.interview(id).unwrap();
    let page = wizard::advice_page(
        &answers(Interest::No, "none"),
        &interview,
        &[],
        home,
        now(),
        en(),
    )
    .unwrap();
    assert_eq!(page.call_now, None);
    assert_eq!(page.headline, "Withdraw from this interview, by e-mail");
    assert_eq!(page.draft.unwrap().channel, Channel::Email);
}

#[test]
fn an_answer_to_a_question_no_longer_asked_does_not_count() {
    let dir = TempDir::new().unwrap();
    let (log, id) = log_with_interview(&dir, 72);
    let interview = log.interview(id).unwrap();
    let home = log.home_zone().unwrap();
    // "Keep the door open" was answered, then the user went back and said
    // they no longer want the role: the question is gone, and so is its answer.
    let mut changed = answers(Interest::No, "none");
    changed.keep = Some(wizard::YesNo::Yes);
    let page = wizard::advice_page(&changed, &interview, &[], home, now(), en()).unwrap();
    assert_eq!(page.advice.action, Action::Withdraw);
    // Asked, it decides: a pause with a check-back day two weeks on, in the user's zone.
    let mut keep = answers(Interest::Unsure, "competing_offers");
    keep.keep = Some(wizard::YesNo::Yes);
    let page = wizard::advice_page(&keep, &interview, &[], home, now(), en()).unwrap();
    assert_eq!(page.advice.action, Action::Pause);
    assert_eq!(page.pause_until.unwrap().to_string(), "2026-12-11");
}

#[test]
fn the_list_and_the_page_write_times_in_both_zones() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = log_with_interview(&dir, 50);
    let query = ListQuery {
        filter: ListFilter::All,
        search: String::new(),
        limit: 10,
        offset: 0,
    };
    let list = views::list(&log, &query, now(), en()).unwrap();
    let row = &list.items[0];
    // 2026-11-29 14:00 UTC: 15:00 in Berlin, 09:00 in New York.
    assert_eq!(row.start.theirs, "Sun 29 Nov 2026, 15:00 CET");
    assert_eq!(
        row.start.yours.as_deref(),
        Some("Sun 29 Nov 2026, 09:00 EST")
    );
    assert_eq!(row.start.countdown, "in 2 days");
    assert!(row.can_decide && row.needs_attention);

    log.decide(
        id,
        &DecisionUpdate {
            decision: Decision::Attend,
            reason: None,
            scenario: None,
            pause_until: None,
        },
        now(),
    )
    .unwrap();
    let page = views::interview(&log, id, now(), en()).unwrap();
    assert!(page.shows_checklist && page.decided && page.has_meeting_link);
    let change = page
        .history_lines
        .iter()
        .find(|line| line.field == "Decision")
        .expect("the decision is in the history");
    assert_eq!(change.change, "Undecided → Attending");
    let facts: Vec<(&str, &str)> = page
        .facts
        .iter()
        .map(|f| (f.label.as_str(), f.value.as_str()))
        .collect();
    assert!(
        facts.contains(&("When", "Sun 29 Nov 2026, 15:00 CET (Europe/Berlin)")),
        "{facts:?}"
    );
    assert!(facts.contains(&("Phone", "+49 30 1234 5678")), "{facts:?}");
    // Same zone at home: one time, no "your time".
    log.set_profile(&Profile {
        home_tz: "Europe/Berlin".into(),
        ..log.profile().unwrap()
    })
    .unwrap();
    let page = views::interview(&log, id, now(), en()).unwrap();
    assert_eq!(page.start.yours, None);
    assert!(page.facts.iter().all(|f| f.label != "Your time"));
}

#[test]
fn the_window_and_the_command_line_draft_the_same_message() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = log_with_interview(&dir, 72);
    // Undecided: a withdrawal by e-mail unless the user picks another.
    let input = MessageInput::default()
        .for_interview(&log, id, now())
        .unwrap()
        .with_draft_defaults();
    assert_eq!(input.kind, Some(MessageKind::Withdraw));
    assert_eq!(input.channel, Some(Channel::Email));
    // Rescheduling for illness, under a day: the kind its decision calls for, by phone.
    log.decide(
        id,
        &DecisionUpdate {
            decision: Decision::Reschedule,
            reason: None,
            scenario: Some(raincheck_core::decision::Scenario::Illness),
            pause_until: None,
        },
        now(),
    )
    .unwrap();
    let later = now() + Duration::hours(60);
    let input = MessageInput::default()
        .for_interview(&log, id, later)
        .unwrap()
        .with_draft_defaults();
    assert_eq!(input.kind, Some(MessageKind::RescheduleIllness));
    assert_eq!(input.channel, Some(Channel::Phone));
    // A kind the user chose stays chosen, in a channel it is written for:
    // not the decision's phone, which has no thank-you template.
    let chosen = MessageInput {
        kind: Some(MessageKind::ThankYouReply),
        ..MessageInput::default()
    }
    .for_interview(&log, id, later)
    .unwrap();
    assert_eq!(chosen.kind, Some(MessageKind::ThankYouReply));
    assert_eq!(chosen.channel, Some(Channel::Email));
}

#[test]
fn the_catalogue_labels_every_named_value() {
    let catalogue = Catalogue::new(en());
    assert_eq!(catalogue.decisions.len(), Decision::ALL.len());
    assert_eq!(catalogue.kinds.len(), MessageKind::ALL.len());
    assert!(catalogue
        .kinds
        .iter()
        .all(|k| !k.label.is_empty() && !k.channels.is_empty()));
    // Every kind that takes new times shows the slot fields, and only those.
    for kind in MessageKind::ALL {
        assert_eq!(
            kind.extra_inputs().contains(&"slots"),
            kind.asks_for_new_times() || *kind == MessageKind::NoShowApology,
            "{kind}"
        );
    }
    // Every item the checker reports has its label, for each moment's kind.
    for kind in MessageKind::ALL {
        let input = MessageInput {
            kind: Some(*kind),
            ..MessageInput::default()
        };
        let report = raincheck_core::message::check("Hello, I cannot come.", &input).unwrap();
        for item in report.items {
            assert!(
                catalogue.check_items.contains_key(item.id),
                "{kind}: {} has no label",
                item.id
            );
        }
    }
    let json = serde_json::to_value(&catalogue).unwrap();
    assert_eq!(json["decisions"]["attend"], "Attending");
    assert_eq!(json["urgency"]["call_now"], "Under 24 h: call them");
    assert_eq!(json["channels"]["sms"], "Text message");
}

/// A pause's day is the user's: at 19:00 on 30 November in Los Angeles (03:00
/// on 1 December in UTC) a pause until 1 December is still in the future.
#[test]
fn a_pause_ends_by_the_users_calendar_not_utcs() {
    let dir = TempDir::new().unwrap();
    let (mut log, id) = log_with_interview(&dir, 72);
    log.set_profile(&Profile {
        home_tz: "America/Los_Angeles".into(),
        ..log.profile().unwrap()
    })
    .unwrap();
    let evening_in_los_angeles = DateTime::parse_from_rfc3339("2026-12-01T03:00:00Z")
        .unwrap()
        .to_utc();
    let pause = |day: &str| DecisionUpdate {
        decision: Decision::Pause,
        reason: None,
        scenario: None,
        pause_until: Some(day.parse().unwrap()),
    };
    // The 30th is today there: refused, in words.
    let refused = log
        .decide(id, &pause("2026-11-30"), evening_in_los_angeles)
        .unwrap_err()
        .to_string();
    assert!(refused.contains("has already come"), "{refused}");
    // The 1st is tomorrow there, though already today in UTC.
    let paused = log
        .decide(id, &pause("2026-12-01"), evening_in_los_angeles)
        .unwrap();
    assert_eq!(paused.pause_until.unwrap().to_string(), "2026-12-01");
    // And the message that picks it up again is due from their midnight, not before.
    let before = MessageInput::default()
        .for_interview(&log, id, evening_in_los_angeles)
        .unwrap();
    assert_ne!(before.kind, Some(MessageKind::ResumeAfterPause));
    let their_morning = DateTime::parse_from_rfc3339("2026-12-01T17:00:00Z")
        .unwrap()
        .to_utc();
    let due = MessageInput::default()
        .for_interview(&log, id, their_morning)
        .unwrap();
    assert_eq!(due.kind, Some(MessageKind::ResumeAfterPause));
}

#[test]
fn an_undecided_interview_says_when_to_decide_by_on_the_users_clock() {
    // Friday noon UTC; the interview on Monday 13:00 in Berlin. A day before
    // is a Sunday: the employer reads it on Friday before 17:00 theirs, which
    // is 11:00 in New York, where the user lives.
    let dir = TempDir::new().unwrap();
    let (log, id) = log_with_interview(&dir, 72);
    let page = views::interview(&log, id, now(), en()).unwrap();
    assert_eq!(
        page.start.decide_by.as_deref(),
        Some("Fri 27 Nov 2026, 11:00 EST")
    );
    assert!(page
        .facts
        .iter()
        .any(|f| f.label == "Decide by" && f.value == "Fri 27 Nov 2026, 11:00 EST"));
    // Decided: nothing to decide by.
    let mut log = log;
    log.decide(
        id,
        &raincheck_core::log::DecisionUpdate {
            decision: Decision::Attend,
            reason: None,
            scenario: None,
            pause_until: None,
        },
        now(),
    )
    .unwrap();
    let page = views::interview(&log, id, now(), en()).unwrap();
    assert_eq!(page.start.decide_by, None);
}
