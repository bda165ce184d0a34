//! The window's page renders what the core decides and keeps no rule or table
//! of its own: this fails when a domain literal comes back into `ui/` (its
//! scripts and its HTML) — the 24-hour rule, `tel:` or `mailto:` links built
//! there, a decision, kind or urgency named, or any label the core's catalogue
//! holds.

use std::path::{Path, PathBuf};

use raincheck_core::catalogue::Catalogue;
use raincheck_core::decision::Decision;
use raincheck_core::message::MessageKind;
use raincheck_core::urgency::Urgency;
use raincheck_core::words::Words;

fn scripts(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("ui/ is readable") {
        let path = entry.expect("ui/ is readable").path();
        if path.is_dir() {
            scripts(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "js") {
            found.push(path);
        }
    }
}

/// The script without its comments, which may explain a rule by name.
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            // Not a comment: "//" inside a string (a URL) is rare in the page
            // and never at the start of the code on its line.
            Some(at) if !line[..at].contains('"') && !line[..at].contains('`') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn quoted(name: &str) -> [String; 3] {
    [
        format!("\"{name}\""),
        format!("'{name}'"),
        format!("`{name}`"),
    ]
}

#[test]
fn the_page_holds_no_domain_literal() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let mut files = Vec::new();
    scripts(&root, &mut files);
    // Fluent's library is not ours and knows nothing of interviews.
    files.retain(|file| !file.starts_with(root.join("vendor")));
    assert!(
        files.len() >= 8,
        "the page's scripts were not found in {}",
        root.display()
    );

    let mut forbidden: Vec<(String, &str)> = vec![
        (
            "tel:".into(),
            "a phone link is built by the core (links::tel)",
        ),
        (
            "mailto:".into(),
            "a mail link is built by the core (links::mailto)",
        ),
    ];
    for name in Decision::ALL.iter().map(|d| d.as_str()) {
        for form in quoted(name) {
            forbidden.push((form, "a decision compared by name: ask the core (views.rs)"));
        }
    }
    for name in MessageKind::ALL.iter().map(|k| k.as_str()) {
        for form in quoted(name) {
            forbidden.push((
                form,
                "a message kind named in the page: the core's catalogue lists them",
            ));
        }
    }
    for urgency in Urgency::ALL {
        let name = serde_json::to_value(urgency).expect("urgency serialises");
        for form in quoted(name.as_str().expect("a name")) {
            forbidden.push((form, "an urgency compared by name: ask the core (views.rs)"));
        }
    }
    // Every label the catalogue gives: a copy of it in the page is a second table.
    let catalogue =
        serde_json::to_value(Catalogue::new(Words::english())).expect("the catalogue serialises");
    let mut labels = Vec::new();
    collect_labels(&catalogue, &mut labels);
    assert!(labels.len() > 50, "the catalogue lost its labels");
    for label in labels {
        for form in quoted(&label) {
            forbidden.push((form, "a label the core's catalogue holds"));
        }
    }

    let hours = regex_lite_24();
    let mut problems = Vec::new();
    for file in &files {
        let code = code_of(&std::fs::read_to_string(file).expect("a script is readable"));
        let name = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        for (literal, why) in &forbidden {
            if code.contains(literal.as_str()) {
                problems.push(format!("ui/{name}: {literal} — {why}"));
            }
        }
        for (number, line) in code.lines().enumerate() {
            if hours(line) {
                problems.push(format!(
                    "ui/{name}:{}: the number 24 — the call-notice rule lives in urgency.rs",
                    number + 1
                ));
            }
        }
    }
    // The page's HTML: no link built, no 24-hour rule, no picker's options or
    // label the catalogue gives (those lists are filled from it). The page's
    // own words (data-t, from page.ftl) may share a word with a label: a
    // "Phone" field is not the "Phone" way of being in touch.
    let page = std::fs::read_to_string(root.join("index.html")).expect("ui/index.html");
    let page = without_own_words(&page);
    for (literal, why) in &forbidden {
        let unquoted = literal.trim_matches(|c| c == '"' || c == '\'' || c == '`');
        let in_html = [format!(">{unquoted}<"), format!("value=\"{unquoted}\"")];
        if (literal.ends_with(':') && page.contains(literal.as_str()))
            || in_html.iter().any(|form| page.contains(form.as_str()))
        {
            let problem = format!("ui/index.html: {unquoted} — {why}");
            // Each quoting of a name is its own entry: say it once.
            if !problems.contains(&problem) {
                problems.push(problem);
            }
        }
    }
    for (number, line) in page.lines().enumerate() {
        if hours(line) {
            problems.push(format!("ui/index.html:{}: the number 24", number + 1));
        }
    }
    assert!(
        problems.is_empty(),
        "domain rules in the page:\n{}",
        problems.join("\n")
    );
}

/// The HTML with the text of its `data-t` elements left out.
fn without_own_words(page: &str) -> String {
    let mut kept = String::new();
    let mut rest = page;
    while let Some(at) = rest.find("data-t=\"") {
        let Some(text_start) = rest[at..].find('>') else {
            break;
        };
        let text_start = at + text_start + 1;
        kept.push_str(&rest[..text_start]);
        rest = &rest[text_start..];
        rest = &rest[rest.find('<').unwrap_or(rest.len())..];
    }
    kept.push_str(rest);
    kept
}

/// True when a line holds 24 as a number of its own (not 240, not 2024).
fn regex_lite_24() -> impl Fn(&str) -> bool {
    |line: &str| {
        let chars: Vec<char> = line.chars().collect();
        chars.windows(2).enumerate().any(|(at, pair)| {
            pair == ['2', '4']
                && (at == 0 || !chars[at - 1].is_ascii_alphanumeric())
                && chars.get(at + 2).is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    }
}

/// The strings of the catalogue that read as labels (words with a space or a
/// capital), not the ids it is keyed by.
fn collect_labels(value: &serde_json::Value, into: &mut Vec<String>) {
    match value {
        serde_json::Value::String(text)
            if text.chars().next().is_some_and(char::is_uppercase) && text.len() > 3 =>
        {
            into.push(text.clone())
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| collect_labels(item, into)),
        serde_json::Value::Object(map) => map.values().for_each(|item| collect_labels(item, into)),
        _ => {}
    }
}

/// Start-up waits for every module the page imports: one not announced in
/// `index.html` is only fetched once the module importing it has been read,
/// a round of requests more before the first screen.
#[test]
fn every_module_is_fetched_with_the_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let page = std::fs::read_to_string(root.join("index.html")).expect("ui/index.html");
    let mut files = Vec::new();
    scripts(&root, &mut files);
    let missing: Vec<String> = files
        .iter()
        .map(|file| {
            file.strip_prefix(&root)
                .unwrap_or(file)
                .display()
                .to_string()
        })
        .filter(|name| name != "app.js")
        // Loaded by the Insights view when it is first shown (a dynamic
        // import): preloading it would put its weight on every start-up.
        .filter(|name| !name.starts_with("vendor/chartist/"))
        .filter(|name| !page.contains(&format!("<link rel=\"modulepreload\" href=\"{name}\">")))
        .collect();
    assert!(
        missing.is_empty(),
        "not preloaded in ui/index.html: {missing:?}"
    );
}
