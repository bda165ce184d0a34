//! The window opens, renders its frame and answers through IPC.

use crate::harness::App;

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn the_window_opens_on_interviews_and_settings_shows_the_apps_own_answer() {
    let app = App::launch().await;

    assert_eq!(app.client.title().await.unwrap(), "Raincheck");
    let heading = app.find("#view-interviews h1").await;
    assert_eq!(heading.text().await.unwrap(), "Interviews");
    let empty = app.find("#interviews-empty").await.text().await.unwrap();
    assert!(empty.contains("No interviews yet"), "empty state: {empty}");

    app.click("a[data-view=settings]").await;
    let version = app
        .text_when("#about-version", |text| text != "…" && !text.is_empty())
        .await;
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    let data_dir = app
        .text_when("#about-data-dir", |text| text != "…" && !text.is_empty())
        .await;
    assert_eq!(data_dir, app.data_dir().display().to_string());
    app.screenshot("settings").await;

    app.click("a[data-view=interviews]").await;
    app.find("#interviews-empty").await;
    app.screenshot("first-screen").await;
    app.close().await;
}
