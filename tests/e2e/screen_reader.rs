//! What a screen reader gets: each view's heading, its form fields by their
//! labels, and its live regions reach the accessibility bus (AT-SPI, read by
//! scripts/atspi_tree.py as Orca would); and the checklist's verdict is said
//! once when it changes, not again at every pause in typing.

use serde_json::{json, Value};

use crate::harness::{signed_profile_and_acme, App};

/// The window's accessibility tree: one (role, name, live) per node.
fn tree() -> Vec<(String, String, String)> {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/atspi_tree.py");
    let output = std::process::Command::new("/usr/bin/python3")
        .arg(&script)
        .output()
        .expect("python3 runs the tree reader");
    assert!(
        output.status.success(),
        "the accessibility bus has no Raincheck window: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .map(|node| {
            let text = |key: &str| node[key].as_str().unwrap_or_default().to_owned();
            (text("role"), text("name"), text("live"))
        })
        .collect()
}

/// Reads the tree until `wanted` holds (the page may still be drawing).
async fn tree_when(
    wanted: impl Fn(&[(String, String, String)]) -> bool,
) -> Vec<(String, String, String)> {
    let mut nodes = Vec::new();
    for _ in 0..20 {
        nodes = tree();
        if wanted(&nodes) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    nodes
}

fn has(nodes: &[(String, String, String)], role: &str, name: &str) -> bool {
    nodes.iter().any(|(r, n, _)| r == role && n.contains(name))
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn headings_fields_and_live_regions_reach_the_accessibility_bus() {
    let data_dir = tempfile::tempdir().unwrap();
    let id = signed_profile_and_acme(data_dir.path(), Some("withdraw"));
    let app = App::launch_with(data_dir).await;
    app.text_when("#interview-list", |t| t.contains("Acme Analytics"))
        .await;

    let list = tree_when(|nodes| has(nodes, "heading", "Interviews")).await;
    assert!(
        has(&list, "heading", "Interviews"),
        "no Interviews heading: {list:?}"
    );
    assert!(
        list.iter()
            .any(|(role, name, _)| name.contains("Search") && (role == "entry" || role == "text")),
        "the search field has no name: {list:?}"
    );
    assert!(
        list.iter().any(|(_, _, live)| live == "polite"),
        "no live region on the list: {list:?}"
    );

    app.go("#settings").await;
    app.text_when("#about-version", |t| t != "…").await;
    let settings = tree_when(|nodes| has(nodes, "heading", "Settings")).await;
    assert!(has(&settings, "heading", "Settings"), "{settings:?}");
    for label in ["Name", "E-mail", "Phone", "Home time zone"] {
        assert!(
            settings
                .iter()
                .any(|(role, name, _)| name.starts_with(label)
                    && (role == "entry" || role == "text")),
            "the {label} field has no name a screen reader can read: {settings:?}"
        );
    }

    // Typing in the draft: the verdict stays "Not ready", and is not said again.
    app.go(&format!("#draft/{id}")).await;
    app.text_when("#draft-verdict", |t| t == "Ready to send.")
        .await;
    app.set_value("#draft-body", "Hello, I cannot come.").await;
    app.text_when("#draft-verdict", |t| t.starts_with("Not ready"))
        .await;
    app.client
        .execute(
            "window.verdictChanges = 0;
             new MutationObserver((changes) => { window.verdictChanges += changes.length; })
               .observe(document.querySelector('#draft-verdict'), { childList: true, characterData: true, subtree: true });",
            vec![],
        )
        .await
        .unwrap();
    for more in [" Sorry.", " Really sorry.", " Best, Sam"] {
        let body = app.value_of("#draft-body").await;
        app.set_value("#draft-body", &format!("{body}{more}")).await;
        // Past the pause after which the text is checked again.
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    }
    let changes = app
        .client
        .execute("return window.verdictChanges;", vec![])
        .await
        .unwrap();
    assert_eq!(
        changes,
        json!(0),
        "the unchanged verdict was written (and read out) again"
    );
    let draft =
        tree_when(|nodes| nodes.iter().any(|(_, name, _)| name.contains("Not ready"))).await;
    assert!(
        draft
            .iter()
            .any(|(_, name, live)| name.contains("Not ready") && live == "polite")
            || draft.iter().any(|(_, _, live)| live == "polite"),
        "the verdict is not a live region: {draft:?}"
    );
    app.close().await;
}
