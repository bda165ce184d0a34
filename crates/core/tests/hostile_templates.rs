//! Templates are code the user did not write: one can arrive in an import
//! file. Each test writes the hostile template and checks it is refused at
//! save and at import, or inert when drafted, and that the app survives it.

use raincheck_core::log::key_vault::NoKeyring;
use raincheck_core::log::Log;
use raincheck_core::message::{
    check_template, draft, CandidateInput, Channel, InterviewInput, MessageInput, MessageKind,
    Templates,
};
use tempfile::TempDir;

const NAME: &str = "withdraw.email.tera";

fn now() -> chrono::DateTime<chrono::Utc> {
    "2026-11-27T12:00:00Z".parse().unwrap()
}

fn log() -> (TempDir, Log) {
    let dir = TempDir::new().unwrap();
    let log = Log::open_at(&dir.path().join("raincheck.db"), &NoKeyring("none".into())).unwrap();
    (dir, log)
}

fn input(kind: MessageKind, position: &str) -> MessageInput {
    MessageInput {
        kind: Some(kind),
        channel: Some(Channel::Email),
        candidate: CandidateInput {
            name: Some("Ana Martínez".into()),
            email: Some("ana@example.org".into()),
            phone: None,
        },
        interview: InterviewInput {
            company: Some("Acme".into()),
            position: Some(position.into()),
            interviewer: None,
            starts_at: Some("2026-12-03T10:00".into()),
            tz: Some("Europe/Berlin".into()),
            duration_minutes: Some(45),
            location: None,
        },
        ..MessageInput::default()
    }
}

/// A JSON export of an empty log carrying the given template edits.
fn import_file(edits: &[(&str, &str)]) -> String {
    let (_dir, log) = log();
    let mut file: serde_json::Value = serde_json::from_str(&log.export_json().unwrap()).unwrap();
    file["template_edits"] = edits
        .iter()
        .map(|(name, source)| serde_json::json!({ "name": name, "source": source }))
        .collect();
    file.to_string()
}

/// Refused when saved and when imported, with a message naming the template
/// and containing `expect`; nothing is kept either way.
fn assert_refused(source: &str, expect: &str) {
    let (_dir, mut log) = log();
    let error = log
        .save_template(NAME, source, now())
        .expect_err("a hostile template must not be saved")
        .to_string();
    assert!(error.contains(NAME), "names the template: {error}");
    assert!(error.contains(expect), "says why ({expect}): {error}");
    assert!(log.template_edits().unwrap().is_empty());

    let error = log
        .import_json(&import_file(&[(NAME, source)]))
        .expect_err("a hostile template must not be imported")
        .to_string();
    assert!(
        error.contains(expect),
        "import says why ({expect}): {error}"
    );
    assert!(log.template_edits().unwrap().is_empty());
}

#[test]
fn functions_that_reach_outside_the_draft_are_refused() {
    assert_refused(
        "Subject: x\n\n{{ get_env(name=\"HOME\") }}",
        "calls the function get_env",
    );
    assert_refused(
        "Subject: x\n\n{{ get_env(name=\"PATH\", default=\"\") | upper }}",
        "get_env",
    );
    assert_refused("Subject: x\n\n{{ now() }}", "calls the function now");
    assert_refused("Subject: x\n\n{{ get_random(end=10) }}", "get_random");
    assert_refused(
        "Subject: x\n\n{% if get_env(name=\"HOME\") %}home{% endif %}",
        "get_env",
    );
    assert_refused("Subject: x\n\n{{ throw(message=\"boom\") }}", "throw");
}

#[test]
fn an_unchecked_edit_with_get_env_prints_nothing_of_the_environment() {
    // As if a template had been stored by an older Raincheck that did not check.
    let path = std::env::var("PATH").unwrap_or_else(|_| "/usr/bin".into());
    let templates = Templates::with_edits(&[(
        NAME.to_string(),
        "Subject: x\n\n{{ get_env(name=\"PATH\") }}".to_string(),
    )])
    .unwrap();
    let error = draft(&input(MessageKind::Withdraw, "Engineer"), &templates)
        .expect_err("the edit is not run")
        .to_string();
    assert!(error.contains(NAME) && error.contains("get_env"), "{error}");
    assert!(!error.contains(&path), "{error}");
    // Every other template still drafts.
    draft(&input(MessageKind::Reschedule, "Engineer"), &templates).unwrap();
}

#[test]
fn endless_ranges_are_refused() {
    assert_refused(
        "Subject: x\n\n{% for i in range(end=10, step_by=0) %}x{% endfor %}",
        "range",
    );
    assert_refused(
        "Subject: x\n\n{% for i in range(end=100000000000) %}{{ i }}{% endfor %}",
        "range",
    );
}

#[test]
fn includes_of_itself_or_of_other_templates_are_refused() {
    assert_refused(
        "Subject: x\n\n{% include \"withdraw.email.tera\" %}",
        "includes itself",
    );
    assert_refused(
        "Subject: x\n\n{% include \"pause.email.tera\" %}",
        "includes pause.email.tera",
    );
    assert_refused(
        "{% extends \"withdraw.email.tera\" %}",
        "extends withdraw.email.tera",
    );
    // Two edits that include each other: each is refused on its own.
    assert!(check_template("pause.email.tera", "{% include \"withdraw.email.tera\" %}").is_err());
    // The shared parts stay available, as the built-ins use them.
    let (_dir, mut log) = log();
    log.save_template(
        NAME,
        "Subject: x\n\n{{ greeting }}\n\nI withdraw.\n\n{% include \"parts/signoff.tera\" %}",
        now(),
    )
    .unwrap();
}

#[test]
fn macros_blocks_and_variables_are_refused() {
    assert_refused(
        "{% macro boom(n) %}{{ self::boom(n=n) }}{% endmacro boom %}Subject: x\n\n{{ self::boom(n=1) }}",
        "defines the macro boom",
    );
    assert_refused(
        "{% import \"withdraw.email.tera\" as m %}Subject: x",
        "imports macros",
    );
    // Doubling a text in a loop grows memory without end.
    assert_refused(
        "{% set_global s = \"xx\" %}{% for c in slots %}{% set_global s = s ~ s %}{% endfor %}{{ s }}",
        "sets the variable s",
    );
    assert_refused("{% block body %}x{% endblock body %}", "uses a block");
    assert_refused(
        "{% filter upper %}x{% endfilter %}",
        "uses a filter section",
    );
    assert_refused("{% raw %}{{ x }}{% endraw %}", "raw block");
}

#[test]
fn only_filters_that_reshape_a_value_are_allowed() {
    assert_refused(
        "Subject: x\n\n{{ candidate.name | replace(from=\"\", to=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\") }}",
        "filter replace",
    );
    assert_refused(
        "Subject: x\n\n{{ candidate.name | indent(width=100000000) }}",
        "filter indent",
    );
    assert_refused(
        "Subject: x\n\n{{ interview | json_encode }}",
        "filter json_encode",
    );
    let (_dir, mut log) = log();
    log.save_template(
        NAME,
        "Subject: {{ interview.position | upper }}\n\n{{ greeting }} {{ candidate.name | default(value=\"me\") | trim }}",
        now(),
    )
    .unwrap();
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let ifs = "{% if true %}".repeat(500) + &"{% endif %}".repeat(500);
    assert_refused(&ifs, "more than 6 deep");
    let brackets = format!("{{{{ {}1{} }}}}", "(".repeat(20), ")".repeat(20));
    assert_refused(&brackets, "brackets");
    let nots = format!("{{{{ {}true }}}}", "not ".repeat(1_000));
    assert_refused(&nots, "longer than 200 characters");
    // Hiding closing tags in a string does not fool the count.
    let hidden = "{% if true %}{{ \"{% endif %}\" }}".repeat(10) + &"{% endif %}".repeat(10);
    assert_refused(&hidden, "more than 6 deep");
    let loops = "{% for a in slots %}{% for b in slots %}x{% endfor %}{% endfor %}";
    assert_refused(loops, "loop inside a loop");
}

#[test]
fn a_template_longer_than_the_limit_is_refused_at_save_and_import() {
    let long = format!("Subject: x\n\n{}", "a".repeat(20_001));
    assert_refused(&long, "longer than 20000 characters");
}

#[test]
fn an_import_with_two_versions_of_a_template_is_refused() {
    let (_dir, mut log) = log();
    let file = import_file(&[
        (NAME, "Subject: a\n\nfirst"),
        (NAME, "Subject: b\n\nsecond"),
    ]);
    let error = log.import_json(&file).unwrap_err().to_string();
    assert!(error.contains("more than one version"), "{error}");
    assert!(log.template_edits().unwrap().is_empty());
}

#[test]
fn a_render_that_grows_past_the_size_limit_stops_with_an_error_naming_the_template() {
    // Within every rule, but 800 copies of a 200-character position make a
    // message far longer than anyone sends.
    let source = format!("Subject: x\n\n{}", "{{ interview.position }}".repeat(800));
    let (_dir, mut log) = log();
    log.save_template(NAME, &source, now()).unwrap();
    let position = "P".repeat(200);
    let error = draft(
        &input(MessageKind::Withdraw, &position),
        &log.templates().unwrap(),
    )
    .expect_err("stopped at the limit")
    .to_string();
    assert!(error.contains(NAME), "{error}");
    assert!(error.contains("longer than 64 KB"), "{error}");
}

#[test]
fn a_loop_over_a_field_stays_small() {
    // The one loop allowed runs over at most a field's characters.
    let source = "Subject: x\n\n{% for c in interview.position %}{{ c }}.{% endfor %}";
    let (_dir, mut log) = log();
    log.save_template(NAME, source, now()).unwrap();
    let drafted = draft(
        &input(MessageKind::Withdraw, "abc"),
        &log.templates().unwrap(),
    )
    .unwrap();
    assert_eq!(drafted.body, "a.b.c.");
}

#[test]
fn numbers_and_lists_tera_can_panic_on_are_refused() {
    // Tera 1 panics on an infinite float; lists have cases it does not handle.
    assert_refused("Subject: x\n\n{{ 1.5 }}", "decimal number");
    assert_refused("Subject: x\n\n{% for c in [1, 2] %}x{% endfor %}", "list");
    assert_refused("Subject: x\n\n{{ \"a\" in [\"a\"] }}", "list");
    assert_refused("Subject: x\n\n{{ 1 / 0 }}", "arithmetic");
}
