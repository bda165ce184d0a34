//! The checker on any input: no text and no context makes it panic, and a
//! message about an interview always comes back with its eleven items.

#[path = "support/check_inputs.rs"]
mod check_inputs;

use check_inputs::{context_strategy, tricky_text};
use proptest::prelude::*;
use raincheck_core::message::{check, Channel, MessageInput, MessageKind};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_text_is_checked_without_panic(text in tricky_text(), input in context_strategy()) {
        let report = check(&text, &input).unwrap();
        prop_assert_eq!(report.items.len(), 11);
    }

    #[test]
    fn any_unicode_is_checked_without_panic(text in "\\PC{0,300}", input in context_strategy()) {
        let report = check(&text, &input).unwrap();
        prop_assert_eq!(report.items.len(), 11);
    }
}

/// Ten thousand lines full of dates, times and capitals: read to the end,
/// within the checker's bound on mentions.
#[test]
fn a_very_long_text_is_checked() {
    let line =
        "Interview – on 3/12 at 10:00 CET, or Dec 4th 3pm? KPMG! l'entretien am 03.12. um 10 Uhr\n";
    let text = line.repeat(10_000);
    let input = interview_context();
    let report = check(&text, &input).unwrap();
    assert_eq!(report.items.len(), 11);
    assert!(report.problems.iter().any(|p| p.id == "too_long"));
}

/// A reschedule of an interview in Berlin, by a candidate in New York.
pub fn interview_context() -> MessageInput {
    let mut input = MessageInput {
        kind: Some(MessageKind::Reschedule),
        channel: Some(Channel::Email),
        candidate_tz: Some("America/New_York".into()),
        ..MessageInput::default()
    };
    input.candidate.name = Some("Ana Martínez".into());
    input.interview.company = Some("KPMG".into());
    input.interview.position = Some("Auditor".into());
    input.interview.starts_at = Some("2026-12-03T10:00".into());
    input.interview.tz = Some("Europe/Berlin".into());
    input
}
