//! Every built-in draft in every language Raincheck writes: each kind on each
//! channel, over a spread of inputs, drafted in the language and checked by
//! the checker in that language. `cargo test --test languages -- de` runs one.

#[path = "support/message_inputs.rs"]
mod message_inputs;

use message_inputs::{in_language, input_for, variants};
use raincheck_core::language::MessageLanguage;
use raincheck_core::message::{check, draft, Channel, ItemStatus, MessageKind, Templates};

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
                    let failed: Vec<_> = report
                        .items
                        .iter()
                        .filter(|i| i.status == ItemStatus::Fail)
                        .map(|i| format!("{}: {}", i.id, i.message))
                        .collect();
                    let problems: Vec<_> = report
                        .problems
                        .iter()
                        .map(|p| format!("{}: {} [{}]", p.id, p.message, p.excerpt))
                        .collect();
                    failures.push(format!(
                        "--- {kind} by {channel} ({})\n{text}\nfailed: {failed:?}\nproblems: {problems:?}",
                        variant.label
                    ));
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
}
