//! What Raincheck says when it refuses something, in the window's language
//! (`locales/<language>/errors.ftl`): every sentence the code names is in the
//! catalogue and every sentence there is used; real refusals come out in
//! each language, with the user's own text in them unchanged.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use raincheck_core::calendar::ics::import_ics;
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::{FixedKey, LogKey};
use raincheck_core::log::{InterviewFields, Interviewer, Log};
use raincheck_core::time::{parse_start, parse_zone};
use raincheck_core::words::Words;
use raincheck_core::Error;
use tempfile::TempDir;

/// The kinds of key a sentence of errors.ftl has.
const PREFIXES: [&str; 7] = [
    "error-",
    "field-",
    "draft-field-",
    "ics-line-",
    "template-at-",
    "encryption-",
    "read-only-",
];

fn errors_ftl_keys() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/errors.ftl");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(key, _)| key.trim()))
        .filter(|key| !key.starts_with('#') && !key.contains(' '))
        .map(str::to_owned)
        .collect()
}

/// Every quoted literal in the Rust sources that has the shape of an errors.ftl key.
fn keys_named_in(folder: &Path, into: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            keys_named_in(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let source = std::fs::read_to_string(&path).unwrap();
            // Each `"` that opens a literal of a key's shape, up to the `"` closing it.
            for (at, _) in source.match_indices('"') {
                let rest = &source[at + 1..];
                let Some(end) = rest.find('"') else { continue };
                let literal = &rest[..end];
                let shaped = PREFIXES.iter().any(|prefix| literal.starts_with(prefix))
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if shaped {
                    into.insert(literal.to_owned());
                }
            }
        }
    }
}

#[test]
fn every_refusal_the_code_names_is_in_the_catalogue_and_every_one_there_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut named = BTreeSet::new();
    keys_named_in(&root.join("src"), &mut named);
    keys_named_in(&root.join("../../src-tauri"), &mut named);
    let written = errors_ftl_keys();
    assert!(written.len() > 100, "errors.ftl lost its sentences");
    let missing: Vec<_> = named.difference(&written).collect();
    assert!(
        missing.is_empty(),
        "named in the code, not in errors.ftl: {missing:?}"
    );
    let unused: Vec<_> = written.difference(&named).collect();
    assert!(
        unused.is_empty(),
        "in errors.ftl, named nowhere: {unused:?}"
    );
}

fn now() -> DateTime<Utc> {
    "2026-11-30T09:00:00Z".parse().unwrap()
}

fn open_log(dir: &TempDir) -> Log {
    let key = LogKey::from_hex(&"ab".repeat(32)).unwrap();
    Log::open_at(&dir.path().join("raincheck.db"), &FixedKey(Some(key))).unwrap()
}

fn fields() -> InterviewFields {
    InterviewFields {
        company: Some("Nordlicht GmbH".into()),
        position: Some("Product Designer".into()),
        starts_at: Some("2026-12-03T10:00".into()),
        tz: Some("Europe/Berlin".into()),
        ..InterviewFields::default()
    }
}

/// Refusals a person meets in the window, each from the real code path.
fn real_refusals() -> Vec<(&'static str, Error)> {
    let dir = TempDir::new().unwrap();
    let mut log = open_log(&dir);
    let mut refused = |fields: InterviewFields| log.add_interview(&fields, now()).unwrap_err();
    let mut list = vec![
        (
            "an empty company",
            refused(InterviewFields {
                company: Some("   ".into()),
                ..fields()
            }),
        ),
        (
            "a mistyped e-mail",
            refused(InterviewFields {
                interviewer: Some(Interviewer {
                    email: Some("jana.nordlicht.example".into()),
                    ..Interviewer::default()
                }),
                ..fields()
            }),
        ),
        (
            "a misspelt zone",
            refused(InterviewFields {
                tz: Some("Europe/Berln".into()),
                ..fields()
            }),
        ),
        (
            "a time the clocks skip",
            refused(InterviewFields {
                starts_at: Some("2027-03-28T02:30".into()),
                ..fields()
            }),
        ),
        (
            "a line break in a name",
            refused(InterviewFields {
                position: Some("Designer\nSenior".into()),
                ..fields()
            }),
        ),
    ];
    list.push((
        "a damaged invite",
        import_ics("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            .unwrap_err(),
    ));
    list.push((
        "an interview that is gone",
        log.interview(4711).unwrap_err(),
    ));
    list
}

#[test]
fn real_refusals_are_worded_in_each_language_and_english_is_what_display_gives() {
    for (what, error) in real_refusals() {
        assert!(
            error.catalogue_key().is_some(),
            "{what}: not from errors.ftl: {error}"
        );
        let english = error.in_words(Words::english());
        assert_eq!(english, error.to_string(), "{what}");
        for &language in &Language::ALL[1..] {
            let theirs = error.in_words(&Words::new(language));
            assert_ne!(
                theirs,
                english,
                "{what}: still English in {}",
                language.as_str()
            );
            // No key left bare, nested sentences included.
            for word in theirs.split(|c: char| c.is_whitespace() || "(),.:;„“«»\"".contains(c))
            {
                assert!(
                    !PREFIXES.iter().any(|prefix| word.starts_with(prefix)),
                    "{what}: a bare key in {}: {theirs}",
                    language.as_str()
                );
            }
        }
    }
}

#[test]
fn a_refusal_keeps_the_users_text_and_names_the_field_in_their_language() {
    let dir = TempDir::new().unwrap();
    let mut log = open_log(&dir);
    let error = log
        .add_interview(
            &InterviewFields {
                tz: Some("Europe/Berln".into()),
                ..fields()
            },
            now(),
        )
        .unwrap_err();
    assert_eq!(error.field(), Some("tz"));
    for &language in Language::ALL {
        let said = error.in_words(&Words::new(language));
        assert!(said.contains("Europe/Berln"), "{said}");
        assert!(said.contains("Europe/Berlin"), "the suggestion: {said}");
    }
    let empty = log
        .add_interview(
            &InterviewFields {
                company: None,
                ..fields()
            },
            now(),
        )
        .unwrap_err();
    let german = empty.in_words(&Words::new(Language::German));
    let field = Words::new(Language::German).error_with("field-company", &[]);
    assert!(german.contains(&field), "{german} names {field}");
}

#[test]
fn an_import_refusal_says_where_in_the_file_in_the_same_language() {
    let dir = TempDir::new().unwrap();
    let mut log = open_log(&dir);
    log.add_interview(&fields(), now()).unwrap();
    let export = log.export_json().unwrap();
    let broken = export.replace("Nordlicht GmbH", "Nord\\u0007licht");
    let error = TempDir::new()
        .map(|other| open_log(&other).import_json(&broken).unwrap_err())
        .unwrap();
    for &language in Language::ALL {
        let words = Words::new(language);
        let said = error.in_words(&words);
        let field = words.error_with("field-company", &[]);
        assert!(said.contains("U+0007") && said.contains(&field), "{said}");
        assert!(said.contains("#1"), "which interview: {said}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever is typed as a zone, the refusal quotes it as typed, in every language.
    #[test]
    fn any_unknown_zone_is_quoted_as_typed(typed in "[A-Za-z/_ éü-]{1,40}") {
        let trimmed = typed.trim();
        prop_assume!(!trimmed.is_empty() && parse_zone(trimmed).is_err());
        let error = parse_zone(&typed).unwrap_err();
        for &language in Language::ALL {
            let said = error.in_words(&Words::new(language));
            prop_assert!(said.contains(trimmed), "{}", said);
        }
    }

    /// Whatever is typed as a start, the refusal quotes it and never panics.
    #[test]
    fn any_unreadable_start_is_quoted_as_typed(typed in "\\PC{1,40}") {
        if let Err(error) = parse_start(&typed, chrono_tz::Europe::Paris) {
            for &language in Language::ALL {
                let said = error.in_words(&Words::new(language));
                prop_assert!(!said.is_empty());
                if error.catalogue_key() == Some("error-start-unreadable") {
                    prop_assert!(said.contains(typed.trim()), "{}", said);
                }
            }
        }
    }
}
