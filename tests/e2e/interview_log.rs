//! The interview log through the window: add, list, edit, history, encryption.

use chrono::{Duration, Timelike, Utc};
use fantoccini::Locator;
use serde_json::json;

use crate::harness::App;

/// A wall-clock time in New York about 30 hours from now, as the form takes it.
fn start_in_new_york_30_hours_ahead() -> String {
    let start = (Utc::now() + Duration::hours(30) + Duration::minutes(5))
        .with_second(0)
        .unwrap()
        .with_timezone(&chrono_tz::America::New_York);
    start.format("%Y-%m-%dT%H:%M").to_string()
}

async fn type_into(app: &App, css: &str, text: &str) {
    let field = app.find(css).await;
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn an_interview_added_in_the_form_is_listed_with_its_countdown_and_its_edits_are_in_the_history(
) {
    let app = App::launch().await;
    app.find("#interviews-empty").await;

    app.click("#add-interview").await;
    type_into(&app, "#interview-form [name=company]", "Acme Analytics").await;
    type_into(&app, "#interview-form [name=position]", "Backend Engineer").await;
    // The date-time picker is a native widget; set its value as picking would.
    app.client
        .execute(
            "document.querySelector('#interview-form [name=starts_at]').value = arguments[0];",
            vec![json!(start_in_new_york_30_hours_ahead())],
        )
        .await
        .unwrap();
    type_into(&app, "#interview-form [name=tz]", "America/New_York").await;
    type_into(
        &app,
        "#interview-form [name=interviewer_email]",
        "dana@acme.example",
    )
    .await;
    type_into(&app, "#interview-form [name=interviewer_phone]", "call me").await;
    app.click("#interview-form-save").await;

    // Refused: the message sits beside the phone field and nothing typed is lost.
    let error = app
        .text_when("#error-interviewer_phone", |t| !t.is_empty())
        .await;
    assert!(error.contains("not a phone number"), "{error}");
    let company = app.find("#interview-form [name=company]").await;
    assert_eq!(
        company.prop("value").await.unwrap().as_deref(),
        Some("Acme Analytics")
    );

    type_into(
        &app,
        "#interview-form [name=interviewer_phone]",
        "+1 212 555 0100",
    )
    .await;
    app.click("#interview-form-save").await;

    let row = app
        .text_when("#interview-list .interview-row", |t| {
            t.contains("Acme Analytics")
        })
        .await;
    assert!(row.contains("in 30 h"), "the countdown is shown: {row}");
    assert!(
        row.contains("their time:") && row.contains("EST"),
        "both zones are shown: {row}"
    );
    assert!(
        !row.contains("Under 24 h") && row.contains("Undecided"),
        "{row}"
    );
    let next_up = app
        .text_when("#next-up", |t| t.contains("Acme Analytics"))
        .await;
    assert!(next_up.contains("Next up"), "{next_up}");
    app.screenshot("interview-list").await;

    app.click("#interview-list .row-link").await;
    app.text_when("#detail-title", |t| t == "Acme Analytics")
        .await;
    app.click("#detail-edit").await;
    type_into(&app, "#interview-form [name=position]", "Staff Engineer").await;
    app.click("#interview-form-save").await;
    let history = app
        .text_when("#detail-history", |t| t.contains("Staff Engineer"))
        .await;
    assert!(history.contains("Position"), "{history}");
    assert!(
        history.contains("Backend Engineer → Staff Engineer"),
        "{history}"
    );
    assert!(history.contains("Added to the log"), "{history}");
    app.screenshot("interview-detail").await;

    // Settings says the log is encrypted, and the file bears that out.
    app.click("a[data-view=settings]").await;
    app.text_when("#log-encryption", |t| t == "On").await;
    let app_data = app.close().await;
    // The log and its write-ahead file: the data may still be in the latter.
    let mut total = 0;
    for entry in std::fs::read_dir(app_data.path()).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("raincheck.db")
        {
            let bytes = std::fs::read(&path).unwrap();
            total += bytes.len();
            assert!(
                !bytes.windows(14).any(|w| w == b"Acme Analytics"),
                "{} holds the company name in plain bytes",
                path.display()
            );
        }
    }
    assert!(total > 8192, "the log files hold the data ({total} bytes)");
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn a_deleted_interview_comes_back_with_undo() {
    let app = App::launch().await;
    app.click("#add-interview").await;
    type_into(&app, "#interview-form [name=company]", "Globex").await;
    type_into(&app, "#interview-form [name=position]", "Analyst").await;
    app.client
        .execute(
            "document.querySelector('#interview-form [name=starts_at]').value = arguments[0];",
            vec![json!(start_in_new_york_30_hours_ahead())],
        )
        .await
        .unwrap();
    type_into(&app, "#interview-form [name=tz]", "America/New_York").await;
    app.click("#interview-form-save").await;
    app.text_when("#interview-list", |t| t.contains("Globex"))
        .await;

    app.click("#interview-list .row-link").await;
    app.click("#detail-delete").await;
    app.click("#confirm-yes").await;
    app.find("#interviews-empty").await;
    app.client
        .find(Locator::Css("#toast .toast-action"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.text_when("#detail-title", |t| t == "Globex").await;
    app.close().await;
}

/// They answered a request to reschedule with a new time: the reply dialog
/// takes it (a time already past is refused in the dialog, with what was
/// typed kept), the interview moves there, and its page offers the
/// confirmation, which the Draft view then writes for the new time.
#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn a_reply_with_a_new_time_moves_the_interview_and_offers_the_confirmation() {
    use crate::harness::{run_cli, signed_profile_and_acme, wall_time_from_now};

    let data_dir = tempfile::tempdir().unwrap();
    let id = signed_profile_and_acme(data_dir.path(), Some("reschedule")).to_string();
    run_cli(
        data_dir.path(),
        &[
            "log",
            "sent",
            &id,
            "--kind",
            "reschedule",
            "--channel",
            "email",
        ],
        None,
    );
    let app = App::launch_with(data_dir).await;
    app.go(&format!("#interview/{id}")).await;
    app.click("#detail-messages li button").await;
    app.find("#reply-dialog[open]").await;
    app.set_value("#reply-text", "Could you do the week after, same time?")
        .await;
    app.set_value("#reply-new-time", "2020-01-06T10:00").await;
    app.click("#reply-dialog button[value=save]").await;
    let refusal = app
        .text_when("#reply-error", |text| text.contains("already passed"))
        .await;
    assert!(refusal.contains("2020-01-06T10:00"), "{refusal}");
    app.find("#reply-dialog[open]").await;
    assert_eq!(
        app.value_of("#reply-text").await,
        "Could you do the week after, same time?"
    );

    let new_time = wall_time_from_now(24 * 8, chrono_tz::Europe::Berlin);
    app.set_value("#reply-new-time", &new_time).await;
    app.click("#reply-dialog button[value=save]").await;
    let banner = app
        .text_when("#detail-new-time", |text| text.contains("They proposed"))
        .await;
    assert!(banner.contains("Confirm it with them"), "{banner}");
    let history = app
        .text_when("#detail-history", |text| {
            text.contains("New time they proposed")
        })
        .await;
    assert!(history.contains("Rescheduling → Attending"), "{history}");

    app.click("#detail-new-time-draft").await;
    app.value_when("#draft-options [name=kind]", |kind| {
        kind == "confirm_new_time"
    })
    .await;
    // The confirmation names the new time as the log now has it.
    let hour = new_time.split('T').nth(1).unwrap();
    let body = app
        .value_when("#draft-body", |body| body.contains(hour))
        .await;
    assert!(body.contains("Dana"), "{body}");
    let data_dir = app.close().await;

    let shown: serde_json::Value = serde_json::from_str(&run_cli(
        data_dir.path(),
        &["log", "show", &id, "--json"],
        None,
    ))
    .unwrap();
    assert_eq!(shown["decision"], "attend");
    assert_eq!(
        shown["messages"][0]["reply"],
        "Could you do the week after, same time?"
    );
    assert!(shown["new_time_to_confirm"].is_object(), "{shown}");
}
