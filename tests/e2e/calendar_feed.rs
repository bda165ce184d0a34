//! The calendar feed switched on in Settings: the file appears in the folder
//! with the interview's "decide by" event, a missing folder is refused in
//! words, and turning it off removes the file.

use serde_json::json;

use crate::harness::{add_with_cli, wall_time_from_now, App};

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn settings_switches_the_calendar_feed_on_and_the_file_appears() {
    let data_dir = tempfile::tempdir().unwrap();
    add_with_cli(
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
