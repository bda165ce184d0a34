//! The user's non-negotiables (docs/domain.md §7): kept from a suggestion as
//! written or reworded, dismissed, added and removed, on a real log file
//! reopened each time; answered suggestions gone from the Insights; the
//! wizard asking about them and the advice then naming the user's words.

use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use raincheck_core::decision::wizard::{self, Asking, QuestionId, WizardAnswers};
use raincheck_core::decision::{Action, Decision, Interest, Scenario};
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::{
    DecisionUpdate, InterviewFields, Log, NonNegotiable, MAX_NON_NEGOTIABLES,
};
use raincheck_core::message::MessageKind;
use raincheck_core::words::Words;
use raincheck_core::Error;
use tempfile::TempDir;

const MOVE: &str = "Roles I can do from where I live: remote, or on-site close to home";

fn now() -> DateTime<Utc> {
    "2026-11-30T09:00:00Z".parse().unwrap()
}

fn en() -> &'static Words {
    Words::english()
}

fn open(dir: &TempDir) -> Log {
    Log::open_at(
        &dir.path().join("raincheck.db"),
        &NoKeyring("tests use a plain log".into()),
    )
    .unwrap()
}

fn add(log: &mut Log, company: &str, starts_at: DateTime<Utc>) -> i64 {
    log.add_interview(
        &InterviewFields {
            company: Some(company.into()),
            position: Some("Product Designer".into()),
            starts_at: Some(starts_at.format("%Y-%m-%dT%H:%M").to_string()),
            tz: Some("UTC".into()),
            ..InterviewFields::default()
        },
        now() - Duration::days(60),
    )
    .unwrap()
}

/// A search where three of five withdrawals were about a move and two about
/// worries over the company: two suggestions. One interview is still ahead.
fn search(dir: &TempDir) -> (Log, i64) {
    let mut log = open(dir);
    let reasons = [
        Scenario::Relocation,
        Scenario::Relocation,
        Scenario::Relocation,
        Scenario::ValuesConcern,
        Scenario::ValuesConcern,
    ];
    for (n, scenario) in reasons.into_iter().enumerate() {
        let id = add(
            &mut log,
            &format!("Firm {n}"),
            now() - Duration::days(40 - n as i64),
        );
        log.decide(
            id,
            &DecisionUpdate {
                decision: Decision::Withdraw,
                reason: None,
                scenario: Some(scenario),
                pause_until: None,
            },
            now() - Duration::days(45),
        )
        .unwrap();
    }
    let ahead = add(&mut log, "Nordlicht GmbH", now() + Duration::days(5));
    (log, ahead)
}

fn suggested(log: &Log) -> Vec<Scenario> {
    log.insights(now())
        .unwrap()
        .suggestions
        .iter()
        .map(|suggestion| suggestion.scenario)
        .collect()
}

fn texts(log: &Log) -> Vec<String> {
    log.non_negotiables()
        .unwrap()
        .kept
        .into_iter()
        .map(|kept| kept.text)
        .collect()
}

#[test]
fn a_suggestion_kept_as_written_or_reworded_stays_kept_and_is_not_suggested_again() {
    let dir = TempDir::new().unwrap();
    let (mut log, _) = search(&dir);
    assert_eq!(
        suggested(&log),
        [Scenario::Relocation, Scenario::ValuesConcern]
    );

    log.accept_suggestion("relocation", None, now(), en())
        .unwrap();
    drop(log);
    let mut log = open(&dir);
    assert_eq!(texts(&log), [MOVE]);
    assert_eq!(
        log.non_negotiables().unwrap().kept[0].scenario,
        Some(Scenario::Relocation)
    );
    assert_eq!(suggested(&log), [Scenario::ValuesConcern]);
    // The JSON and the view read the same figures: gone there too.
    let json = serde_json::to_value(log.insights(now()).unwrap()).unwrap();
    assert!(!json["suggestions"].to_string().contains("relocation"));

    // In the user's own words, trimmed.
    log.accept_suggestion(
        "values_concern",
        Some("  Companies that treat people decently "),
        now(),
        en(),
    )
    .unwrap();
    drop(log);
    let log = open(&dir);
    assert_eq!(texts(&log), [MOVE, "Companies that treat people decently"]);
    assert!(suggested(&log).is_empty());
}

#[test]
fn a_dismissed_suggestion_is_gone_for_good_and_keeps_nothing() {
    let dir = TempDir::new().unwrap();
    let (mut log, _) = search(&dir);
    log.dismiss_suggestion("values_concern", now()).unwrap();
    drop(log);
    let mut log = open(&dir);
    assert!(texts(&log).is_empty());
    assert_eq!(suggested(&log), [Scenario::Relocation]);
    // Answered once, it cannot be kept or dismissed again.
    let error = log
        .accept_suggestion("values_concern", None, now(), en())
        .unwrap_err();
    assert_eq!(error.catalogue_key(), Some("error-suggestion-unknown"));
    // More withdrawals for the same reason do not bring it back.
    for n in 0..3 {
        let id = add(&mut log, &format!("Later {n}"), now() - Duration::days(3));
        log.decide(
            id,
            &DecisionUpdate {
                decision: Decision::Withdraw,
                reason: None,
                scenario: Some(Scenario::ValuesConcern),
                pause_until: None,
            },
            now() - Duration::days(4),
        )
        .unwrap();
    }
    assert_eq!(suggested(&log), [Scenario::Relocation]);
}

#[test]
fn own_non_negotiables_are_added_edited_and_removed_by_number() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    log.add_non_negotiable("A team that reviews code").unwrap();
    log.add_non_negotiable("No more than two office days a week")
        .unwrap();
    log.add_non_negotiable("Pay I can live on").unwrap();
    drop(log);
    let mut log = open(&dir);
    log.edit_non_negotiable(2, "At most two office days a week")
        .unwrap();
    log.remove_non_negotiable(1).unwrap();
    drop(log);
    let mut log = open(&dir);
    assert_eq!(
        texts(&log),
        ["At most two office days a week", "Pay I can live on"]
    );
    // Rewording one into its own words again is no duplicate.
    log.edit_non_negotiable(2, "pay I can live on.").unwrap();
    assert_eq!(texts(&log)[1], "pay I can live on.");
}

/// Each refusal: its key, and the list exactly as it was.
#[test]
fn bad_input_is_refused_in_words_and_loses_nothing() {
    let dir = TempDir::new().unwrap();
    let (mut log, _) = search(&dir);
    log.add_non_negotiable("Pay I can live on").unwrap();
    let before = log.non_negotiables().unwrap();
    let long = "é".repeat(201);
    let refusals: Vec<(&str, Error)> = vec![
        ("error-required", log.add_non_negotiable("   ").unwrap_err()),
        ("error-too-long", log.add_non_negotiable(&long).unwrap_err()),
        (
            "error-line-break",
            log.add_non_negotiable("Pay\nI can live on").unwrap_err(),
        ),
        (
            "error-non-negotiable-twice",
            log.add_non_negotiable(" pay  I can LIVE on. ").unwrap_err(),
        ),
        (
            "error-non-negotiable-number",
            log.remove_non_negotiable(99).unwrap_err(),
        ),
        (
            "error-non-negotiable-number",
            log.edit_non_negotiable(0, "Anything").unwrap_err(),
        ),
        (
            "error-required",
            log.edit_non_negotiable(1, "").unwrap_err(),
        ),
        (
            "error-suggestion-unknown",
            log.accept_suggestion("bored", None, now(), en())
                .unwrap_err(),
        ),
        (
            "error-suggestion-unknown",
            // A real scenario, but nothing suggests it.
            log.dismiss_suggestion("illness", now()).unwrap_err(),
        ),
        (
            "error-required",
            log.accept_suggestion("relocation", Some(" "), now(), en())
                .unwrap_err(),
        ),
    ];
    for (key, error) in &refusals {
        assert_eq!(error.catalogue_key(), Some(*key), "{error}");
        assert!(error.is_user_input(), "{error}");
    }
    assert_eq!(
        refusals[4].1.to_string(),
        "There is no non-negotiable number 99: you keep only number 1."
    );
    assert_eq!(
        refusals[0].1.to_string(),
        "The non-negotiable is required: fill it in."
    );
    drop(log);
    let mut log = open(&dir);
    assert_eq!(log.non_negotiables().unwrap(), before);
    // Still open after a refused keep: the suggestion waits.
    assert!(suggested(&log).contains(&Scenario::Relocation));

    for n in 1..MAX_NON_NEGOTIABLES {
        log.add_non_negotiable(&format!("Number {n}")).unwrap();
    }
    let full = log.add_non_negotiable("One too many").unwrap_err();
    assert_eq!(full.catalogue_key(), Some("error-non-negotiables-full"));
    assert_eq!(
        log.non_negotiables().unwrap().kept.len(),
        MAX_NON_NEGOTIABLES
    );
}

#[test]
fn refusals_are_worded_in_all_four_languages() {
    let dir = TempDir::new().unwrap();
    let mut log = open(&dir);
    log.add_non_negotiable("Pay I can live on").unwrap();
    let refusals = [
        log.add_non_negotiable("").unwrap_err(),
        log.add_non_negotiable("pay i can live on").unwrap_err(),
        log.remove_non_negotiable(99).unwrap_err(),
        log.dismiss_suggestion("relocation", now()).unwrap_err(),
    ];
    for error in &refusals {
        let english = error.in_words(en());
        for &language in &Language::ALL[1..] {
            let theirs = error.in_words(&Words::new(language));
            assert_ne!(theirs, english, "still English in {}", language.as_str());
            assert!(
                !theirs.contains("error-") && !theirs.contains("field-"),
                "a bare key in {}: {theirs}",
                language.as_str()
            );
        }
    }
    // The user's own text comes back unchanged in every language.
    for &language in Language::ALL {
        assert!(refusals[1]
            .in_words(&Words::new(language))
            .contains("pay i can live on"));
    }
}

fn ids(questions: &[wizard::Question]) -> Vec<QuestionId> {
    questions.iter().map(|question| question.id).collect()
}

#[test]
fn the_wizard_asks_about_non_negotiables_only_when_there_are_some() {
    let dir = TempDir::new().unwrap();
    let (mut log, ahead) = search(&dir);
    let interview = log.interview(ahead).unwrap();
    let home = log.home_zone().unwrap();
    let nothing = WizardAnswers::default();
    let none_kept = Asking {
        passed: false,
        non_negotiables: &[],
    };
    assert!(!ids(&wizard::questions(&nothing, none_kept, en()).unwrap())
        .contains(&QuestionId::NonNegotiable));

    log.accept_suggestion("relocation", None, now(), en())
        .unwrap();
    log.add_non_negotiable("Pay I can live on.").unwrap();
    let kept = log.non_negotiables().unwrap().kept;
    let asking = Asking {
        passed: false,
        non_negotiables: &kept,
    };
    let questions = wizard::questions(&nothing, asking, en()).unwrap();
    assert_eq!(
        ids(&questions)[..3],
        [
            QuestionId::Interest,
            QuestionId::NonNegotiable,
            QuestionId::Situation
        ]
    );
    let question = &questions[1];
    assert_eq!(
        question.question,
        "Does this role go against one of your non-negotiables?"
    );
    let labels: Vec<&str> = question.choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, [MOVE, "Pay I can live on.", "No, it doesn't"]);
    // A missed interview is apologised for, whatever the role.
    let passed = Asking {
        passed: true,
        ..asking
    };
    assert!(!ids(&wizard::questions(&nothing, passed, en()).unwrap())
        .contains(&QuestionId::NonNegotiable));

    // "No": the wizard goes on as before.
    let no = WizardAnswers {
        interest: Some(Interest::Yes),
        non_negotiable: Some("no".into()),
        situation: Some("none".into()),
        ..WizardAnswers::default()
    };
    let page = wizard::advice_page(&no, &interview, &kept, home, now(), en()).unwrap();
    assert_eq!(page.advice.action, Action::Attend);
    assert_eq!(page.reason, None);

    // Choosing one: nothing more about what stands in the way; withdraw, in
    // the user's words, with a "not a fit" message and their words as the reason.
    let against = WizardAnswers {
        interest: Some(Interest::Yes),
        non_negotiable: Some("2".into()),
        ..WizardAnswers::default()
    };
    assert_eq!(
        ids(&wizard::questions(&against, asking, en()).unwrap()),
        [
            QuestionId::Interest,
            QuestionId::NonNegotiable,
            QuestionId::Legal
        ]
    );
    let page = wizard::advice_page(&against, &interview, &kept, home, now(), en()).unwrap();
    assert_eq!(page.advice.action, Action::Withdraw);
    assert_eq!(page.records, Decision::Withdraw);
    assert_eq!(
        page.advice.reasons[0],
        "This role goes against one of your non-negotiables: Pay I can live on. \
         Withdraw now rather than interview for a job you would not take."
    );
    assert_eq!(page.reason.as_deref(), Some("Pay I can live on."));
    assert_eq!(page.scenario, None);
    assert_eq!(page.draft.unwrap().kind, MessageKind::WithdrawNotAFit);

    // The one kept from a move is a role that needs one, not the user moving.
    let moving = WizardAnswers {
        non_negotiable: Some("1".into()),
        ..against.clone()
    };
    let page = wizard::advice_page(&moving, &interview, &kept, home, now(), en()).unwrap();
    assert!(
        page.advice.reasons[0].contains(MOVE),
        "{:?}",
        page.advice.reasons
    );
    assert_eq!(page.draft.unwrap().kind, MessageKind::WithdrawNotAFit);

    // A number no longer in the list is refused in words.
    let gone = WizardAnswers {
        non_negotiable: Some("7".into()),
        ..against
    };
    let error = wizard::advice_page(&gone, &interview, &kept, home, now(), en()).unwrap_err();
    assert_eq!(error.catalogue_key(), Some("error-wizard-non-negotiable"));
}

#[test]
fn the_whole_log_export_carries_them_into_a_fresh_log() {
    let dir = TempDir::new().unwrap();
    let (mut log, _) = search(&dir);
    log.accept_suggestion("relocation", Some("Work I can do from home"), now(), en())
        .unwrap();
    log.dismiss_suggestion("values_concern", now()).unwrap();
    let export = log.export_json().unwrap();

    let other = TempDir::new().unwrap();
    let mut fresh = open(&other);
    fresh.import_json(&export).unwrap();
    assert_eq!(
        fresh.non_negotiables().unwrap(),
        log.non_negotiables().unwrap()
    );
    assert!(suggested(&fresh).is_empty());

    // A log with its own keeps them: an import adds interviews only.
    let third = TempDir::new().unwrap();
    let mut own = open(&third);
    own.add_non_negotiable("Pay I can live on").unwrap();
    own.import_json(&export).unwrap();
    assert_eq!(texts(&own), ["Pay I can live on"]);

    // An untrusted file is checked as if typed.
    let tampered = export.replace("Work I can do from home", "Work\\nI can do");
    let fourth = TempDir::new().unwrap();
    let mut refused = open(&fourth);
    let error = refused.import_json(&tampered).unwrap_err();
    assert_eq!(error.catalogue_key(), Some("error-line-break"), "{error}");
    assert!(refused.insight_facts().unwrap().is_empty());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is typed is kept exactly as trimmed, or refused in words
    /// with nothing saved; never a panic.
    #[test]
    fn any_text_is_kept_trimmed_or_refused(text in any::<String>()) {
        let dir = TempDir::new().unwrap();
        let mut log = open(&dir);
        match log.add_non_negotiable(&text) {
            Ok(kept) => {
                prop_assert_eq!(
                    kept.kept,
                    vec![NonNegotiable { text: text.trim().to_owned(), scenario: None }]
                );
                prop_assert_eq!(&texts(&open_again(log, &dir))[..], [text.trim().to_owned()]);
            }
            Err(error) => {
                prop_assert!(error.is_user_input());
                prop_assert!(error.catalogue_key().is_some());
                prop_assert!(texts(&log).is_empty());
            }
        }
    }
}

fn open_again(log: Log, dir: &TempDir) -> Log {
    drop(log);
    open(dir)
}

#[test]
fn an_undecided_interview_still_ahead_recalls_them_on_its_page() {
    let dir = TempDir::new().unwrap();
    let (mut log, ahead) = search(&dir);
    let page = |log: &Log, id| {
        raincheck_core::views::interview(log, id, now(), en())
            .unwrap()
            .non_negotiables
    };
    assert!(page(&log, ahead).is_empty());
    log.add_non_negotiable("Pay I can live on").unwrap();
    assert_eq!(page(&log, ahead), ["Pay I can live on"]);
    // One written as a sentence is listed without its full stop: the line
    // around the list ends with one.
    log.add_non_negotiable("No more than two days a week in the office.")
        .unwrap();
    assert_eq!(
        page(&log, ahead),
        [
            "Pay I can live on",
            "No more than two days a week in the office"
        ]
    );
    // Decided, or already past: nothing left to weigh.
    assert!(page(&log, 1).is_empty());
    log.decide(
        ahead,
        &DecisionUpdate {
            decision: Decision::Attend,
            reason: None,
            scenario: None,
            pause_until: None,
        },
        now(),
    )
    .unwrap();
    assert!(page(&log, ahead).is_empty());
}

/// `raincheck advise` takes the same answer as JSON: the user's words are
/// enough to say what stands in the way.
#[test]
fn advise_alone_withdraws_for_a_non_negotiable() {
    let input: raincheck_core::decision::AdviceInput = serde_json::from_value(serde_json::json!({
        "interest": "unsure",
        "hours_until": 48,
        "against_non_negotiable": "Pay I can live on"
    }))
    .unwrap();
    let advice = raincheck_core::decision::advise(&input).unwrap();
    assert_eq!(advice.action, Action::Withdraw);
    assert_eq!(advice.message_kind, Some(MessageKind::WithdrawNotAFit));
    assert!(
        advice.reasons[0].contains("Pay I can live on."),
        "{:?}",
        advice.reasons
    );
}
