//! The calendar feed switched on in Settings: the file appears in the folder
//! with the interview's "decide by" event, a missing folder is refused in
//! words, and turning it off removes the file.

use serde_json::json;

use crate::harness::{add_with_cli, wall_time_from_now, App};

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn settings_switches_the_calendar_feed_on_and_the_file_appears() {
    let data_dir = tempfile::tempdir().unwrap();
    let id = add_with_cli(
        data_dir.path(),
        &json!({"company": "Acme Analytics", "position": "Backend Engineer",
                "interviewer": {"name": "Dana Lee", "email": "dana@acme.example"},
                "starts_at": wall_time_from_now(72, chrono_tz::Europe::Berlin), "tz": "Europe/Berlin"}),
    );
    // The folder a phone's calendar would sync.
    let synced = tempfile::tempdir().unwrap();
    let app = App::launch_with(data_dir).await;
    app.text_when("#interview-list", |t| t.contains("Acme Analytics"))
        .await;
    app.go("#settings").await;
    app.text_when("#feed-title", |t| t.contains("Calendar feed"))
        .await;
    // Settings has drawn itself, the feed's part included.
    app.text_when("#about-version", |t| t != "…").await;
    assert!(
        app.until(
            "return document.querySelector('#feed-events').textContent !== '…';",
            vec![]
        )
        .await
    );

    // A folder that is not there: refused in words, nothing kept.
    let missing = synced.path().join("not-there");
    app.set_value("#feed-folder", missing.to_str().unwrap())
        .await;
    app.click("#feed-on").await;
    let refusal = app
        .text_when("#feed-error", |t| t.contains("does not exist"))
        .await;
    assert!(refusal.contains("not-there"), "{refusal}");

    app.set_value("#feed-folder", synced.path().to_str().unwrap())
        .await;
    app.click("#feed-on").await;
    let file = synced.path().join("raincheck-decide-by.ics");
    let shown = app
        .text_when("#feed-file", |t| t.ends_with("raincheck-decide-by.ics"))
        .await;
    assert_eq!(
        std::path::Path::new(&shown),
        std::fs::canonicalize(&file).unwrap()
    );
    app.text_when("#feed-events", |t| t == "1").await;
    app.text_when("#feed-last-written", |t| t.contains(':'))
        .await;
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("SUMMARY:Decide about Acme Analytics — Backend Engineer"),
        "{text}"
    );
    assert!(
        text.contains("BEGIN:VALARM") && text.contains("ACTION:DISPLAY"),
        "{text}"
    );
    app.screenshot("settings-calendar-feed").await;

    // A decision made in the window reaches the feed at once, not at the
    // reminder loop's next round.
    let answer = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI__.core
               .invoke('decide_interview', { id: arguments[0], update: { decision: 'attend' } })
               .then(() => done('ok'), (error) => done(String(error.message ?? error)));",
            vec![json!(id)],
        )
        .await
        .unwrap();
    assert_eq!(answer, json!("ok"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while std::fs::read_to_string(&file)
        .unwrap()
        .contains("BEGIN:VEVENT")
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the feed still holds the decided interview"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    app.click("#feed-off").await;
    assert!(
        app.until(
            "return document.querySelector('#feed-facts').hidden;",
            vec![]
        )
        .await
    );
    assert!(!file.exists(), "turned off, the file goes");
}
