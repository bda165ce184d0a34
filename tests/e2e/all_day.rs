//! All day in the tray: while the window is hidden the page does no work (no
//! countdown redraw, no list refresh); shown again, it catches up at once.

use std::time::Duration;

use serde_json::json;

use crate::harness::{add_with_cli, wall_time_from_now, App};

/// The page's minute lasts 100 ms: 30 of them pass in the 3 s the test waits.
const CLOCK_SPEED: &str = "600";

/// Makes the first row's countdown wrong on purpose: the page's minute rewrites
/// any countdown that does not match the clock, so a stale text left alone
/// means no timer ran.
const SPOIL_COUNTDOWN: &str =
    "document.querySelector('#interview-list .row-countdown').textContent = 'stale';";
const COUNTDOWN: &str =
    "return document.querySelector('#interview-list .row-countdown').textContent;";

/// Says the document is hidden (or shown) as WebKit does for a window hidden to
/// the tray, and counts every change to the Interviews view from then on.
const SET_HIDDEN: &str = "
    const hidden = arguments[0];
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => hidden ? 'hidden' : 'visible' });
    window.changes = 0;
    window.watcher?.disconnect();
    window.watcher = new MutationObserver((records) => { window.changes += records.length; });
    window.watcher.observe(document.querySelector('#view-interviews'), { subtree: true, childList: true, characterData: true, attributes: true });
    document.dispatchEvent(new Event('visibilitychange'));
";

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn hidden_the_page_runs_no_timer_and_shown_it_catches_up() {
    let data_dir = tempfile::tempdir().unwrap();
    add_with_cli(
        data_dir.path(),
        &json!({"company": "Initech", "position": "Analyst",
                "starts_at": wall_time_from_now(30, chrono_tz::Europe::Lisbon), "tz": "Europe/Lisbon"}),
    );
    let app = App::launch_with_env(data_dir, &[("RAINCHECK_CLOCK_SPEED", CLOCK_SPEED)]).await;
    let real = app
        .text_when("#interview-list .row-countdown", |t| t.starts_with("in "))
        .await;
    let script = |js: &'static str, args: Vec<serde_json::Value>| {
        let client = app.client.clone();
        async move { client.execute(js, args).await.unwrap() }
    };

    // Shown: the page's minute comes round and puts the countdown right.
    script(SPOIL_COUNTDOWN, vec![]).await;
    app.text_when("#interview-list .row-countdown", |t| t == real)
        .await;

    // Hidden: thirty page minutes pass and nothing on the page changes.
    script(SET_HIDDEN, vec![json!(true)]).await;
    script(SPOIL_COUNTDOWN, vec![]).await;
    script("window.changes = 0;", vec![]).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        script(COUNTDOWN, vec![]).await,
        json!("stale"),
        "a timer ran while hidden"
    );
    assert_eq!(
        script("return window.changes;", vec![]).await,
        json!(0),
        "the page changed while hidden"
    );

    // Shown again: it catches up at once, the countdown and the list.
    script(SET_HIDDEN, vec![json!(false)]).await;
    app.text_when("#interview-list .row-countdown", |t| t == real)
        .await;
    let changes = script("return window.changes;", vec![]).await;
    assert!(changes.as_u64().unwrap_or(0) > 0, "no catch-up: {changes}");
    app.close().await;
}
