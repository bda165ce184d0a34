//! Every built-in draft in every language Raincheck writes: each kind on each
//! channel, over a spread of inputs, drafted in the language and checked by
//! the checker in that language. `cargo test --test languages -- de` runs one.

#[path = "support/message_inputs.rs"]
mod message_inputs;

use message_inputs::{failure_report, in_language, input_for, variants};
use raincheck_core::language::MessageLanguage;
use raincheck_core::message::{check, draft, Channel, MessageKind, Templates};

/// Drafts and checks everything in `language`; the failures, with the drafts.
fn failures_in(language: MessageLanguage) -> (usize, Vec<String>) {
    let templates = Templates::builtin().unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for kind in MessageKind::ALL {
        for channel in kind.channels() {
            for variant in variants() {
                let input = in_language(input_for(*kind, *channel, &variant), language);
                let drafted = match draft(&input, &templates) {
                    Ok(drafted) => drafted,
                    Err(e) => {
                        failures.push(format!("--- {kind} by {channel} ({}): {e}", variant.label));
                        continue;
                    }
                };
                assert_eq!(drafted.language, language);
                assert_eq!(drafted.subject.is_some(), *channel == Channel::Email);
                let text = drafted.full_text();
                let report = check(&text, &input).unwrap();
                checked += 1;
                if !report.ok {
                    let label = format!("{kind} by {channel} ({})", variant.label);
                    failures.push(failure_report(&label, &text, &report));
                }
            }
        }
    }
    (checked, failures)
}

fn every_draft_passes(language: MessageLanguage) {
    let (checked, failures) = failures_in(language);
    assert!(
        failures.is_empty(),
        "{} of {} {} drafts failed:\n{}",
        failures.len(),
        checked + failures.iter().filter(|f| !f.contains('\n')).count(),
        language.name(),
        failures.join("\n")
    );
    assert!(checked >= 280, "{checked}");
}

#[test]
fn en_gb() {
    every_draft_passes(MessageLanguage::BritishEnglish);
}

#[test]
fn en_us() {
    every_draft_passes(MessageLanguage::AmericanEnglish);
}

#[test]
fn de() {
    every_draft_passes(MessageLanguage::German);
}

#[test]
fn fr() {
    every_draft_passes(MessageLanguage::French);
}

#[test]
fn es() {
    every_draft_passes(MessageLanguage::Spanish);
}

#[test]
fn american_english_is_respelled_and_dated_month_first() {
    let templates = Templates::builtin().unwrap();
    let variant = &variants()[0];
    let mut input = input_for(MessageKind::Withdraw, Channel::Email, variant);
    input.language = Some(MessageLanguage::AmericanEnglish);
    let american = draft(&input, &templates).unwrap().full_text();
    input.language = Some(MessageLanguage::BritishEnglish);
    let british = draft(&input, &templates).unwrap().full_text();
    assert!(american.contains("Thursday, December 3"), "{american}");
    assert!(british.contains("Thursday 3 December"), "{british}");
    if british.contains("apologise") {
        assert!(american.contains("apologize"), "{american}");
    }
    // The user's own words keep their spelling.
    input.language = Some(MessageLanguage::AmericanEnglish);
    input.interview.company = Some("Harbour Centre Ltd".into());
    input.interview.position = Some("Programme Manager".into());
    let american = draft(&input, &templates).unwrap().full_text();
    assert!(american.contains("Harbour Centre Ltd"), "{american}");
    assert!(american.contains("Programme Manager"), "{american}");
}

#[test]
fn an_edit_of_the_english_template_leaves_the_german_one_alone() {
    let variant = &variants()[0];
    let english = input_for(MessageKind::Withdraw, Channel::Email, variant);
    let german = in_language(english.clone(), MessageLanguage::German);
    let builtin = Templates::builtin().unwrap();
    let edit = "Subject: Withdrawing – {{ candidate.name }}\n\n{{ greeting }}\n\nMy own words: I withdraw from the {{ interview.position }} interview on {{ interview.date }} at {{ interview.time }}. Sorry, and thank you.\n\n{{ candidate.name }}\n{{ candidate.contact_line }}";
    let edited =
        Templates::with_edits(&[("withdraw.email.tera".to_owned(), edit.to_owned())]).unwrap();
    assert!(draft(&english, &edited)
        .unwrap()
        .body
        .contains("My own words"));
    assert_eq!(
        draft(&german, &edited).unwrap(),
        draft(&german, &builtin).unwrap()
    );
    let names: Vec<String> = edited.list(&[]).into_iter().map(|t| t.name).collect();
    assert!(names.contains(&"de/withdraw.email.tera".to_owned()));
    assert!(names.contains(&"es/running_late.sms.tera".to_owned()));
}

#[test]
fn an_interviews_language_is_kept_in_the_log_and_drafts_in_it() {
    use raincheck_core::log::key_vault::NoKeyring;
    use raincheck_core::log::{InterviewFields, Log, Profile};
    use raincheck_core::message::MessageInput;
    let dir = tempfile::TempDir::new().unwrap();
    let mut log =
        Log::open_at(&dir.path().join("raincheck.db"), &NoKeyring("plain".into())).unwrap();
    let now = chrono::Utc::now();
    let id = log
        .add_interview(
            &InterviewFields {
                company: Some("Hafen AG".into()),
                position: Some("Analystin".into()),
                starts_at: Some("2027-03-03T10:00".into()),
                tz: Some("Europe/Berlin".into()),
                message_language: Some("de".into()),
                ..InterviewFields::default()
            },
            now,
        )
        .unwrap();
    log.set_profile(&Profile {
        message_language: Some(MessageLanguage::French),
        ..Profile::default()
    })
    .unwrap();
    let interview = log.interview(id).unwrap();
    assert_eq!(interview.message_language, Some(MessageLanguage::German));
    let mut input = MessageInput::default();
    input.fill_from(&interview, &log.profile().unwrap());
    assert_eq!(
        input.language,
        Some(MessageLanguage::German),
        "the interview's first"
    );
    // Cleared: the profile's.
    let cleared = InterviewFields {
        message_language: Some(String::new()),
        ..InterviewFields::default()
    };
    let interview = log.edit_interview(id, &cleared, now).unwrap();
    let mut input = MessageInput::default();
    input.fill_from(&interview, &log.profile().unwrap());
    assert_eq!(input.language, Some(MessageLanguage::French));
    assert!(log
        .history(id)
        .unwrap()
        .iter()
        .any(|e| e.field == "message_language" && e.old_value.as_deref() == Some("de")));
    let wrong = InterviewFields {
        message_language: Some("klingon".into()),
        ..InterviewFields::default()
    };
    let error = log.edit_interview(id, &wrong, now).unwrap_err();
    assert_eq!(error.field(), Some("message_language"));
    assert!(
        error.to_string().contains("en-GB, en-US, de, fr, es"),
        "{error}"
    );
}
