//! Text someone else wrote stays text: markup in an interview's names is shown
//! as typed, runs nothing and builds no element, in the list and the
//! notification; a direction override typed into the form is refused beside
//! its field.

use std::time::Duration;

use serde_json::json;

use crate::harness::{add_with_cli, wall_time_from_now, App, NotificationListener};

const MARKUP: &str = "<img src=x onerror=\"document.title='pwned'\"><b>Evil</b> & Co";

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn markup_in_names_stays_text_and_a_direction_override_is_refused() {
    let data_dir = tempfile::tempdir().unwrap();
    add_with_cli(
        data_dir.path(),
        &json!({"company": MARKUP, "position": "<script>document.title='pwned'</script>Analyst",
                "starts_at": wall_time_from_now(23, chrono_tz::Europe::Madrid), "tz": "Europe/Madrid"}),
    );
    let listener = NotificationListener::start();
    let app = App::launch_with(data_dir).await;

    let row = app
        .text_when("#interview-list", |t| t.contains("<b>Evil</b> & Co"))
        .await;
    assert!(row.contains("<script>"), "the position as typed: {row}");
    tokio::time::sleep(Duration::from_secs(1)).await;
    let page = app
        .client
        .execute(
            "return [document.querySelectorAll('main img, main b, main script').length, document.title]",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        page,
        json!([0, "Raincheck"]),
        "no element built, nothing run"
    );

    // The notification carries the name as typed, as its plain-text summary.
    listener
        .wait_for("Evil</b> & Co: interview in 23 h", Duration::from_secs(30))
        .await;

    // A right-to-left override in the form: refused, said beside the field.
    app.click("#add-interview").await;
    let company = app.find("#interview-form [name=company]").await;
    company.send_keys("Acme\u{202E}gnp.exe").await.unwrap();
    app.find("#interview-form [name=position]")
        .await
        .send_keys("Analyst")
        .await
        .unwrap();
    app.client
        .execute(
            "document.querySelector('#interview-form [name=starts_at]').value = arguments[0];",
            vec![json!(wall_time_from_now(48, chrono_tz::Europe::Madrid))],
        )
        .await
        .unwrap();
    let zone = app.find("#interview-form [name=tz]").await;
    zone.clear().await.unwrap();
    zone.send_keys("Europe/Madrid").await.unwrap();
    app.click("#interview-form-save").await;
    let error = app.text_when("#error-company", |t| !t.is_empty()).await;
    assert!(
        error.to_lowercase().contains("company"),
        "the error names the field: {error}"
    );
    app.close().await;
}
