//! The page's own words come from `page.ftl` (ui/words.js): every key the
//! page asks for is in the English catalogue, every key there is asked for,
//! and the English written into ui/index.html (what shows before any script
//! runs) is the catalogue's. The other languages are held to English's keys
//! by crates/core/tests/catalogues.rs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The English page catalogue's one-line messages as written, and every key.
fn english() -> (BTreeMap<String, String>, BTreeSet<String>) {
    let text = std::fs::read_to_string(root().join("crates/core/locales/en/page.ftl"))
        .expect("the English page catalogue");
    let mut lines = BTreeMap::new();
    let mut keys = BTreeSet::new();
    for line in text.lines() {
        let Some((key, value)) = line.split_once(" = ").or_else(|| line.split_once(" =")) else {
            continue;
        };
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            continue;
        }
        keys.insert(key.to_owned());
        lines.insert(key.to_owned(), value.trim().to_owned());
    }
    (lines, keys)
}

/// Text as it shows: HTML folds runs of spaces into one.
fn spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page's scripts, the vendored library left out.
fn scripts() -> Vec<(String, String)> {
    let mut found = Vec::new();
    let ui = root().join("ui");
    let mut folders = vec![ui.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("ui/ is readable") {
            let path = entry.expect("ui/ is readable").path();
            if path.is_dir() && !path.ends_with("vendor") {
                folders.push(path);
            } else if path.extension().is_some_and(|ext| ext == "js") {
                let name = path.strip_prefix(&ui).unwrap().display().to_string();
                found.push((name, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    found
}

/// The keys a script passes to `t(…)`: every string literal before the
/// call's first comma (`t(cond ? "a" : "b", {…})` names two).
fn keys_asked_in(script: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut rest = script;
    while let Some(at) = rest.find("t(") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + 2..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue;
        }
        let end = rest.find([',', ')']).unwrap_or(rest.len());
        let call = &rest[..end];
        keys.extend(call.split('"').skip(1).step_by(2).map(str::to_owned));
    }
    keys
}

/// `data-t="key">text<` and `attr="text" data-t-attr="key"` in index.html.
fn keys_in_page(page: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (marker, attribute) in [
        ("data-t=\"", None),
        ("data-t-aria-label=\"", Some("aria-label")),
        ("data-t-placeholder=\"", Some("placeholder")),
        ("data-t-title=\"", Some("title")),
    ] {
        for (at, _) in page.match_indices(marker) {
            let after = &page[at + marker.len()..];
            let key = after.split('"').next().unwrap_or_default().to_owned();
            let text = match attribute {
                None => after
                    .split_once('>')
                    .and_then(|(_, text)| text.split('<').next())
                    .unwrap_or_default()
                    .to_owned(),
                Some(attribute) => {
                    let tag_start = page[..at].rfind('<').unwrap_or(0);
                    let tag = &page[tag_start..at];
                    let pattern = format!(" {attribute}=\"");
                    tag.find(&pattern)
                        .map(|from| {
                            tag[from + pattern.len()..]
                                .split('"')
                                .next()
                                .unwrap_or_default()
                        })
                        .unwrap_or_default()
                        .to_owned()
                }
            };
            found.push((key, text));
        }
    }
    found
}

#[test]
fn every_word_the_page_asks_for_is_in_the_catalogue_and_every_word_there_is_asked_for() {
    let (lines, keys) = english();
    assert!(keys.len() > 150, "the page catalogue lost its words");
    let page = std::fs::read_to_string(root().join("ui/index.html")).expect("ui/index.html");
    let mut asked = BTreeSet::new();
    let mut problems = Vec::new();
    for (key, text) in keys_in_page(&page) {
        match lines.get(&key) {
            None => problems.push(format!("ui/index.html: {key} is not in page.ftl")),
            Some(english) if spaced(english) != spaced(&text) => problems.push(format!(
                "ui/index.html: {key} reads “{text}”, page.ftl “{english}”"
            )),
            Some(_) => {}
        }
        asked.insert(key);
    }
    let scripts = scripts();
    assert!(scripts.len() >= 10, "the page's scripts were not found");
    for (name, script) in &scripts {
        for key in keys_asked_in(script) {
            if !keys.contains(&key) {
                problems.push(format!("ui/{name}: t(\"{key}\") is not in page.ftl"));
            }
            asked.insert(key);
        }
    }
    for key in keys.difference(&asked) {
        problems.push(format!("page.ftl: {key} is asked for nowhere"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_key_finder_reads_the_forms_the_page_uses() {
    assert_eq!(
        keys_asked_in(
            r#"toast(t(ok ? "draft-ready" : "draft-not-ready", { n })); const x = format(1);"#
        ),
        ["draft-ready", "draft-not-ready"]
    );
    assert_eq!(
        keys_in_page(
            r#"<b aria-label="Hi there" data-t-aria-label="hi"><span data-t="go">Go now</span></b>"#
        ),
        [
            ("go".to_owned(), "Go now".to_owned()),
            ("hi".to_owned(), "Hi there".to_owned())
        ]
    );
}
