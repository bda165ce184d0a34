//! The checker against a corpus of messages as people write them, in four
//! languages, each with the verdict a careful career coach gives it
//! (`tests/check_corpus/*.toml`). The suite prints every disagreement and
//! fails when the checker agrees on fewer than 95 % of the cases.

use std::collections::{BTreeMap, BTreeSet};

use raincheck_core::language::Language;
use raincheck_core::message::{check, check_in, CheckReport, ItemStatus, MessageInput};
use raincheck_core::words::Words;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusFile {
    context: BTreeMap<String, toml::Value>,
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    context: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    channel: Option<String>,
    #[serde(default)]
    now: Option<String>,
    #[serde(default)]
    pause_until: Option<String>,
    why: String,
    message: String,
    language: String,
    ok: bool,
    failing: Vec<String>,
    problems: Vec<String>,
}

const FILES: [(&str, &str); 4] = [
    ("en", include_str!("check_corpus/en.toml")),
    ("de", include_str!("check_corpus/de.toml")),
    ("fr", include_str!("check_corpus/fr.toml")),
    ("es", include_str!("check_corpus/es.toml")),
];

fn input_for(case: &Case, contexts: &BTreeMap<String, toml::Value>) -> MessageInput {
    let mut context = contexts
        .get(&case.context)
        .unwrap_or_else(|| panic!("{}: no context {:?}", case.id, case.context))
        .clone();
    let table = context.as_table_mut().expect("a context is a table");
    for (key, value) in [
        ("kind", &case.kind),
        ("channel", &case.channel),
        ("now", &case.now),
        ("pause_until", &case.pause_until),
    ] {
        if let Some(value) = value {
            table.insert(key.into(), toml::Value::String(value.clone()));
        }
    }
    context
        .try_into()
        .unwrap_or_else(|e| panic!("{}: context does not read as a message input: {e}", case.id))
}

fn failing(report: &CheckReport) -> BTreeSet<String> {
    report
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::Fail)
        .map(|i| i.id.to_owned())
        .collect()
}

fn problem_ids(report: &CheckReport) -> BTreeSet<String> {
    report.problems.iter().map(|p| p.id.to_owned()).collect()
}

#[test]
fn the_checker_agrees_with_a_coach_on_real_messages() {
    let mut total = 0;
    let mut agreed = 0;
    let mut by_language: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut disagreements = Vec::new();
    for (language, source) in FILES {
        let file: CorpusFile =
            toml::from_str(source).unwrap_or_else(|e| panic!("check_corpus/{language}.toml: {e}"));
        for case in &file.case {
            let input = input_for(case, &file.context);
            let report = check(&case.message, &input)
                .unwrap_or_else(|e| panic!("{}: the context is refused: {e}", case.id));
            let language_seen = report.language.map_or("none", |l| l.as_str());
            let expected_failing: BTreeSet<String> = case.failing.iter().cloned().collect();
            let expected_problems: BTreeSet<String> = case.problems.iter().cloned().collect();
            let same = report.ok == case.ok
                && language_seen == case.language
                && failing(&report) == expected_failing
                && problem_ids(&report) == expected_problems;
            total += 1;
            let tally = by_language.entry(language).or_default();
            tally.1 += 1;
            if same {
                agreed += 1;
                tally.0 += 1;
            } else {
                disagreements.push(format!(
                    "{} ({}): expected ok={} lang={} failing={:?} problems={:?}; got ok={} lang={} failing={:?} problems={:?}{}",
                    case.id,
                    case.why,
                    case.ok,
                    case.language,
                    expected_failing,
                    expected_problems,
                    report.ok,
                    language_seen,
                    failing(&report),
                    problem_ids(&report),
                    report
                        .problems
                        .iter()
                        .map(|p| format!("\n      {}: {} [{}]", p.id, p.message, p.excerpt))
                        .collect::<String>()
                ));
            }
        }
    }
    for line in &disagreements {
        println!("disagrees: {line}");
    }
    for (language, (agreed, total)) in &by_language {
        println!("{language}: {agreed} of {total} agree");
    }
    let share = agreed as f64 / total as f64;
    println!(
        "corpus: {agreed} of {total} cases agree ({:.1} %)",
        share * 100.0
    );
    assert!(total >= 120, "the corpus has only {total} cases");
    assert!(
        share >= 0.95,
        "the checker agrees on {:.1} % of the corpus; it must reach 95 %",
        share * 100.0
    );
}

/// Every sentence of a report: its items', its problems' and its notes.
fn sentences(report: &CheckReport) -> Vec<&str> {
    report
        .items
        .iter()
        .map(|i| i.message.as_str())
        .chain(report.problems.iter().map(|p| p.message.as_str()))
        .chain(report.notes.iter().map(String::as_str))
        .collect()
}

/// A missing key shows itself ("check-thanks-fail"): text that looks like one.
fn looks_like_a_key(text: &str) -> bool {
    text.contains('-')
        && !text.contains(' ')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

#[test]
fn the_corpus_reported_in_every_window_language() {
    let cases: Vec<(MessageInput, String, String)> = FILES
        .iter()
        .flat_map(|(language, source)| {
            let file: CorpusFile = toml::from_str(source)
                .unwrap_or_else(|e| panic!("check_corpus/{language}.toml: {e}"));
            file.case
                .iter()
                .map(|case| {
                    (
                        input_for(case, &file.context),
                        case.message.clone(),
                        case.id.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let english: Vec<CheckReport> = cases
        .iter()
        .map(|(input, message, _)| check(message, input).unwrap())
        .collect();
    for &language in &Language::ALL[1..] {
        let words = Words::new(language);
        let mut same_as_english = 0;
        let mut all = 0;
        for ((input, message, id), in_english) in cases.iter().zip(&english) {
            let report = check_in(message, input, &words).unwrap();
            // The verdict is the message's; only the words change.
            assert_eq!(report.ok, in_english.ok, "{id}");
            assert_eq!(report.language, in_english.language, "{id}");
            let ids = |r: &CheckReport| {
                (
                    r.items.iter().map(|i| (i.id, i.status)).collect::<Vec<_>>(),
                    r.problems.iter().map(|p| p.id).collect::<Vec<_>>(),
                    r.notes.len(),
                )
            };
            assert_eq!(ids(&report), ids(in_english), "{id}");
            for (theirs, english) in sentences(&report).into_iter().zip(sentences(in_english)) {
                assert!(
                    !theirs.trim().is_empty() && !looks_like_a_key(theirs),
                    "{id}, {}: {theirs:?}",
                    language.as_str()
                );
                all += 1;
                if theirs == english {
                    same_as_english += 1;
                }
            }
        }
        assert!(all > 1000, "the corpus lost its reports");
        assert_eq!(
            same_as_english,
            0,
            "{}: some report sentences are the English ones",
            language.as_str()
        );
    }
    for (report, (_, _, id)) in english.iter().zip(&cases) {
        for sentence in sentences(report) {
            assert!(!looks_like_a_key(sentence), "{id}, en: {sentence:?}");
        }
    }
}
