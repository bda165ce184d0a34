//! The words of the window and the command line (`crates/core/locales/`): every language has exactly
//! the keys English has, each file reads without a mistake, each message uses
//! the values English gives it, and nothing the core asks for is missing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use raincheck_core::catalogue::Catalogue;
use raincheck_core::decision::wizard::{self, WizardAnswers, YesNo};
use raincheck_core::decision::{Interest, LegalFlag};
use raincheck_core::language::Language;
use raincheck_core::log::key_vault::{FixedKey, LogKey};
use raincheck_core::log::{Interview, InterviewFields, Interviewer, Log, NonNegotiable};
use raincheck_core::time::{countdown, describe_start};
use raincheck_core::views;
use raincheck_core::words::Words;
use tempfile::TempDir;

const FILES: [&str; 5] = ["core.ftl", "check.ftl", "page.ftl", "errors.ftl", "cli.ftl"];

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Each message's key and the values (`$name`) it uses, from one file.
fn messages(language: Language, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = locales().join(language.as_str()).join(file);
    let source = std::fs::read_to_string(&path).expect("a catalogue is readable");
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{}: Fluent cannot read it: {errors:?}", path.display())
    });
    let mut found = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let mut values = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    values_in_pattern(pattern, &mut values);
                }
                let key = message.id.name.to_owned();
                assert!(
                    found.insert(key.clone(), values).is_none(),
                    "{}: {key} is given twice",
                    path.display()
                );
            }
            Entry::Junk { content } => panic!("{}: cannot read {content:?}", path.display()),
            _ => {}
        }
    }
    found
}

fn values_in_pattern(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            values_in_expression(expression, into);
        }
    }
}

fn values_in_expression(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            values_in_inline(selector, into);
            for variant in variants {
                values_in_pattern(&variant.value, into);
            }
        }
        Expression::Inline(inline) => values_in_inline(inline, into),
    }
}

fn values_in_inline(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => values_in_expression(expression, into),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                values_in_inline(argument, into);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_the_keys_english_has_and_no_other() {
    let mut problems = Vec::new();
    for file in FILES {
        let english = messages(Language::English, file);
        // check.ftl holds some eighty sentences of the checker, cli.ftl some
        // seventy lines of the command line's own.
        let least = match file {
            "check.ftl" => 60,
            "cli.ftl" => 50,
            _ => 100,
        };
        assert!(english.len() > least, "{file}: English lost its words");
        for &language in &Language::ALL[1..] {
            let other = messages(language, file);
            let name = format!("{}/{file}", language.as_str());
            for key in english.keys().filter(|key| !other.contains_key(*key)) {
                problems.push(format!("{name}: {key} is missing"));
            }
            for key in other.keys().filter(|key| !english.contains_key(*key)) {
                problems.push(format!("{name}: {key} is not an English key"));
            }
            for (key, values) in &english {
                if let Some(theirs) = other.get(key).filter(|theirs| *theirs != values) {
                    problems.push(format!("{name}: {key} uses {theirs:?}, English {values:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn now() -> DateTime<Utc> {
    "2026-11-30T09:00:00Z".parse().unwrap()
}

/// A log with one interview `hours_ahead` from now in Berlin, every detail given.
fn log_with_interview(dir: &TempDir, hours_ahead: i64) -> (Log, Interview) {
    let key = LogKey::from_hex(&"cd".repeat(32)).unwrap();
    let mut log = Log::open_at(&dir.path().join("raincheck.db"), &FixedKey(Some(key))).unwrap();
    let start = now() + chrono::Duration::hours(hours_ahead);
    let id = log
        .add_interview(
            &InterviewFields {
                company: Some("Nordlicht GmbH".into()),
                position: Some("Product Designer".into()),
                starts_at: Some(
                    start
                        .with_timezone(&chrono_tz::Europe::Berlin)
                        .format("%Y-%m-%dT%H:%M")
                        .to_string(),
                ),
                tz: Some("Europe/Berlin".into()),
                interviewer: Some(Interviewer {
                    name: Some("Jana Berg".into()),
                    email: Some("jana@nordlicht.example".into()),
                    phone: Some("+49 30 1234 5678".into()),
                }),
                location: Some("https://meet.example/abc".into()),
                stage: Some("first round".into()),
                ..InterviewFields::default()
            },
            now(),
        )
        .unwrap();
    let interview = log.interview(id).unwrap();
    (log, interview)
}

/// Everything the core writes for the window, for one set of words.
fn all_the_core_writes(words: &Words) -> Vec<String> {
    let mut written = Vec::new();
    let mut collect = |value: serde_json::Value| collect_strings(&value, &mut written);
    collect(serde_json::to_value(Catalogue::new(words)).unwrap());
    let asks_everything = [
        WizardAnswers {
            interest: Some(Interest::Unsure),
            situation: Some("relocation".into()),
            ..WizardAnswers::default()
        },
        WizardAnswers {
            interest: Some(Interest::Unsure),
            situation: Some("illness".into()),
            keep: Some(YesNo::Yes),
            legal: vec![LegalFlag::SignedAgreement],
            ..WizardAnswers::default()
        },
    ];
    // Someone who keeps a non-negotiable is asked about it too.
    let kept = [NonNegotiable {
        text: "Roles I can do from where I live".into(),
        scenario: None,
    }];
    for answers in &asks_everything {
        for passed in [false, true] {
            let asking = wizard::Asking {
                passed,
                non_negotiables: &kept,
            };
            collect(
                serde_json::to_value(wizard::questions(answers, asking, words).unwrap()).unwrap(),
            );
        }
    }
    for hours_ahead in [3, 30, 400] {
        let dir = TempDir::new().unwrap();
        let (log, interview) = log_with_interview(&dir, hours_ahead);
        collect(
            serde_json::to_value(views::interview(&log, interview.id, now(), words).unwrap())
                .unwrap(),
        );
        for answers in asks_everything.iter().cloned().chain([
            WizardAnswers {
                interest: Some(Interest::No),
                situation: Some("none".into()),
                ..WizardAnswers::default()
            },
            WizardAnswers {
                interest: Some(Interest::Yes),
                situation: Some("none".into()),
                ..WizardAnswers::default()
            },
            WizardAnswers {
                interest: Some(Interest::Yes),
                non_negotiable: Some("1".into()),
                ..WizardAnswers::default()
            },
        ]) {
            let page = wizard::advice_page(
                &answers,
                &interview,
                &kept,
                chrono_tz::Europe::Berlin,
                now(),
                words,
            )
            .unwrap();
            collect(serde_json::to_value(page).unwrap());
        }
        collect(serde_json::Value::String(wizard::title(&interview, words)));
        collect(serde_json::Value::String(wizard::subtitle(
            &interview,
            now(),
            words,
        )));
    }
    for hours in [0.5, 5.0, 30.0, 100.0, -2.0, -100.0] {
        written.push(countdown(hours, words));
    }
    written.push(describe_start(now(), chrono_tz::Europe::Berlin, words));
    written
}

fn collect_strings(value: &serde_json::Value, into: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text) => into.push(text.clone()),
        serde_json::Value::Array(items) => {
            items.iter().for_each(|item| collect_strings(item, into))
        }
        serde_json::Value::Object(map) => map.values().for_each(|item| collect_strings(item, into)),
        _ => {}
    }
}

/// A missing key shows itself ("decision-withdraw"): text that looks like one.
fn looks_like_a_key(text: &str) -> bool {
    text.contains('-')
        && text.chars().any(|c| c.is_ascii_lowercase())
        && !text.contains(' ')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

#[test]
fn nothing_the_core_writes_is_missing_in_any_language() {
    for &language in Language::ALL {
        let words = Words::new(language);
        let written = all_the_core_writes(&words);
        assert!(written.len() > 200, "the walk lost its way");
        let keys: Vec<&String> = written
            .iter()
            .filter(|text| looks_like_a_key(text))
            .collect();
        assert!(
            keys.is_empty(),
            "{}: not in the catalogue: {keys:?}",
            language.as_str()
        );
    }
}

#[test]
fn each_language_writes_its_own_words() {
    let english = all_the_core_writes(Words::english());
    for &language in &Language::ALL[1..] {
        let theirs = all_the_core_writes(&Words::new(language));
        assert_eq!(english.len(), theirs.len());
        // Names, numbers and a few words every language shares aside, the
        // wording differs from English: the catalogue is really in use.
        let same = english
            .iter()
            .zip(&theirs)
            .filter(|(a, b)| a == b && a.contains(' '))
            .count();
        assert!(
            same * 10 < english.len(),
            "{}: {same} of {} sentences are the English ones",
            language.as_str(),
            english.len()
        );
    }
}
