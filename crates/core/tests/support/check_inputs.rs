//! Inputs for the checker's property tests and its long fuzz run
//! (`examples/fuzz.rs`): contexts of every kind and channel, and text made of
//! the pieces that trip readers up.

use proptest::prelude::*;
use raincheck_core::message::{Channel, MessageInput, MessageKind};

pub fn context_strategy() -> impl Strategy<Value = MessageInput> {
    (
        proptest::option::of("[A-Za-zÀ-ÿ !-]{0,20}"),
        proptest::option::of(0usize..13),
        proptest::option::of(0usize..5),
        proptest::option::of(-48.0f64..200.0),
        proptest::bool::ANY,
    )
        .prop_map(|(company, kind, channel, hours, zoned)| {
            let mut input = MessageInput::default();
            input.interview.company = company.clone();
            input.interview.position = company.map(|c| format!("{c} Engineer"));
            input.candidate.name = Some("Ana Martínez".into());
            input.kind = kind.and_then(|k| MessageKind::ALL.get(k).copied());
            input.channel = channel.and_then(|c| Channel::ALL.get(c).copied());
            input.hours_until = hours;
            if zoned {
                input.interview.starts_at = Some("2026-12-03T10:00".into());
                input.interview.tz = Some("Europe/Berlin".into());
                input.candidate_tz = Some("America/New_York".into());
            }
            input
        })
}

/// Text built from the pieces that trip readers up: digits and separators
/// next to multi-byte letters, dashes, marks, bidi and control characters.
pub fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("3/12".to_owned()),
        Just("03.12.".to_owned()),
        Just("10:00".to_owned()),
        Just("10.00".to_owned()),
        Just("10h".to_owned()),
        Just(" Uhr".to_owned()),
        Just("–".to_owned()),
        Just("—".to_owned()),
        Just("é".to_owned()),
        Just("\u{301}".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("\0".to_owned()),
        Just("🙂".to_owned()),
        Just("Subject:".to_owned()),
        Just("\n".to_owned()),
        Just("December ".to_owned()),
        Just("Dezember ".to_owned()),
        Just("tomorrow ".to_owned()),
        Just("next Tuesday ".to_owned()),
        Just("interview ".to_owned()),
        Just("KPMG ".to_owned()),
        Just("!".to_owned()),
        Just("l'".to_owned()),
        Just("'".to_owned()),
        "\\PC{0,6}",
        "[0-9./: -]{0,6}",
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat())
}
