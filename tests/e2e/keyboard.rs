//! The whole flow with the keyboard alone — find an interview, decide, draft,
//! mark as sent, delete and undo — with Tab, Shift+Tab, arrows, Enter, Space
//! and Escape only. Focus is always shown, starts at each new view's heading,
//! and comes back to the button that opened a dialog.

use fantoccini::key::Key;
use serde_json::{json, Value};

use crate::harness::{signed_profile_and_acme, App};

/// Presses keys where the keyboard is now, as the user would.
async fn press(app: &App, keys: &str) {
    let active = app
        .client
        .active_element()
        .await
        .expect("something has the keyboard");
    active
        .send_keys(keys)
        .await
        .expect("the keys reach the window");
    tokio::time::sleep(std::time::Duration::from_millis(80)).await;
}

fn key(key: Key) -> String {
    char::from(key).to_string()
}

/// What has the keyboard: its id, else its tag and text; and whether the
/// focus is drawn (`:focus-visible`).
async fn focused(app: &App) -> (String, bool) {
    let found: Value = app
        .client
        .execute(
            "const node = document.activeElement;
             const name = node.id ? '#' + node.id : node.tagName.toLowerCase() + ' ' + (node.textContent || node.value || '').trim().slice(0, 40);
             return [name, node === document.body || node.matches(':focus-visible')];",
            vec![],
        )
        .await
        .unwrap();
    (
        found[0].as_str().unwrap_or_default().to_owned(),
        found[1].as_bool().unwrap_or(false),
    )
}

/// Tab until `target` (a CSS selector) has the keyboard, checking on the way
/// that every stop is drawn as focused and none is hidden.
async fn tab_to(app: &App, target: &str) {
    for _ in 0..60 {
        let here: Value = app
            .client
            .execute(
                "return document.activeElement.matches(arguments[0]);",
                vec![json!(target)],
            )
            .await
            .unwrap();
        if here == json!(true) {
            return;
        }
        press(app, &key(Key::Tab)).await;
        let (name, drawn) = focused(app).await;
        assert!(drawn, "{name} has the keyboard but no visible focus");
        let shown: Value = app
            .client
            .execute("return document.activeElement.checkVisibility();", vec![])
            .await
            .unwrap();
        assert_eq!(
            shown,
            json!(true),
            "the keyboard went into something hidden: {name}"
        );
    }
    let (name, _) = focused(app).await;
    app.screenshot("keyboard-lost").await;
    panic!("Tab never reached {target}; the keyboard is on {name}");
}

/// Waits until the keyboard is on something matching `css` (a view that has
/// just drawn itself puts it there).
async fn focus_on(app: &App, css: &str) {
    let there = app
        .until(
            "return document.activeElement.matches(arguments[0]);",
            vec![json!(css)],
        )
        .await;
    assert!(
        there,
        "the keyboard is on {} rather than {css}",
        focused(app).await.0
    );
}

async fn focus_is(app: &App, expected: &str) {
    for _ in 0..50 {
        if focused(app).await.0 == expected {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!(
        "the keyboard is on {} rather than {expected}",
        focused(app).await.0
    );
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn the_whole_flow_with_the_keyboard_alone() {
    let data_dir = tempfile::tempdir().unwrap();
    signed_profile_and_acme(data_dir.path(), None);
    let app = App::launch_with(data_dir).await;
    app.text_when("#interview-list", |t| t.contains("Acme Analytics"))
        .await;

    // "/" to the search, ↓ to the first row, Enter to open it.
    press(&app, "/").await;
    focus_is(&app, "#interview-search").await;
    press(&app, &key(Key::Down)).await;
    press(&app, &key(Key::Enter)).await;
    app.find("#detail-title").await;
    focus_is(&app, "#detail-title").await;

    // The delete dialog: Escape closes it, and the keyboard is back on its button.
    tab_to(&app, "#detail-delete").await;
    press(&app, &key(Key::Enter)).await;
    app.find("#confirm-dialog").await;
    press(&app, &key(Key::Escape)).await;
    focus_is(&app, "#detail-delete").await;
    // Shift+Tab goes back the way it came.
    press(&app, &(key(Key::Shift) + &key(Key::Tab))).await;
    assert_ne!(focused(&app).await.0, "#detail-delete");

    // Decide: arrows pick, Space ticks, Tab and Enter go on.
    tab_to(&app, "#detail-decide").await;
    press(&app, &key(Key::Enter)).await;
    app.text_when("#decide-question", |t| t.contains("still want"))
        .await;
    focus_on(&app, "#decide-form input").await;
    press(&app, &key(Key::Down)).await;
    press(&app, &key(Key::Down)).await;
    let chosen = app
        .client
        .execute(
            "return document.querySelector('#decide-form input:checked')?.value;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(chosen, json!("no"));
    tab_to(&app, "#decide-next").await;
    press(&app, &key(Key::Enter)).await;
    app.text_when("#decide-question", |t| t.contains("stands in the way"))
        .await;
    focus_on(&app, "#decide-form input").await;
    // Space takes the one the keyboard is on: "I accepted another offer".
    press(&app, &key(Key::Space)).await;
    tab_to(&app, "#decide-next").await;
    press(&app, &key(Key::Enter)).await;
    app.text_when("#decide-question", |t| t.contains("signed"))
        .await;
    focus_on(&app, "#decide-form input").await;
    press(&app, &key(Key::Space)).await;
    press(&app, &key(Key::Space)).await;
    tab_to(&app, "#decide-next").await;
    press(&app, &key(Key::Enter)).await;
    app.find("#advice-action").await;
    focus_is(&app, "#decide-apply").await;
    press(&app, &key(Key::Enter)).await;

    // The draft, then Mark as sent.
    app.text_when("#draft-verdict", |t| t == "Ready to send.")
        .await;
    tab_to(&app, "#draft-sent").await;
    press(&app, &key(Key::Enter)).await;
    app.text_when("#detail-messages", |t| t.contains("sent"))
        .await;
    focus_is(&app, "#detail-title").await;

    // Delete, then Undo straight away: the keyboard is on Undo.
    tab_to(&app, "#detail-delete").await;
    press(&app, &key(Key::Enter)).await;
    app.find("#confirm-dialog").await;
    tab_to(&app, "#confirm-yes").await;
    press(&app, &key(Key::Enter)).await;
    app.text_when("#toast", |t| t.contains("Deleted Acme Analytics"))
        .await;
    let (on, _) = focused(&app).await;
    assert!(on.contains("Undo"), "the keyboard is on {on}, not Undo");
    press(&app, &key(Key::Enter)).await;
    let title = app
        .text_when("#detail-title", |t| t == "Acme Analytics")
        .await;
    assert_eq!(title, "Acme Analytics");
    app.text_when("#detail-messages", |t| t.contains("sent"))
        .await;
    app.close().await;
}
