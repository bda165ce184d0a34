//! The Draft view: a message drafted for an interview, checked as it is edited,
//! and recorded as sent.

use serde_json::json;

use crate::harness::{add_with_cli, run_cli, wall_time_from_now, App};

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn a_withdrawal_is_drafted_checked_broken_and_recorded_as_sent() {
    let data_dir = tempfile::tempdir().unwrap();
    run_cli(
        data_dir.path(),
        &[
            "profile",
            "--name",
            "Ana Martínez",
            "--email",
            "ana@example.org",
            "--home-tz",
            "Europe/Madrid",
        ],
        None,
    );
    let id = add_with_cli(
        data_dir.path(),
        &json!({
            "company": "Globex", "position": "Platform Engineer",
            "interviewer": {"name": "Dana Lee", "email": "dana@globex.example"},
            "starts_at": wall_time_from_now(72, chrono_tz::America::New_York), "tz": "America/New_York"
        }),
    );
    run_cli(
        data_dir.path(),
        &[
            "log",
            "decide",
            &id.to_string(),
            "--decision",
            "withdraw",
            "--scenario",
            "accepted_offer",
        ],
        None,
    );

    let app = App::launch_with(data_dir).await;
    app.click(&format!("#interview-list li[data-id='{id}'] .row-link"))
        .await;
    app.click("#detail-draft").await;
    app.text_when("#draft-verdict", |t| t == "Ready to send.")
        .await;
    assert_eq!(
        app.value_of("#draft-options [name=kind]").await,
        "withdraw_accepted_offer"
    );
    let subject = app.value_of("#draft-subject").await;
    assert!(
        subject.contains("Ana Martínez") && subject.contains("Platform Engineer"),
        "{subject}"
    );
    let body = app.value_of("#draft-body").await;
    assert!(
        body.contains("EST / ") && body.contains("CET"),
        "both zones: {body}"
    );
    assert!(app
        .client
        .find_all(fantoccini::Locator::Css("#draft-checklist .check-fail"))
        .await
        .unwrap()
        .is_empty());
    app.screenshot("draft-ready").await;

    // Delete the date, as a user editing the text would: the item fails.
    app.client
        .execute(
            "const area = document.querySelector('#draft-body');
             area.value = area.value.replace(/ on [A-Z][a-z]+day \\d+ [A-Z][a-z]+/, '');
             area.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    app.text_when("#draft-checklist [data-item=interview_date]", |t| {
        t.contains("give its date")
    })
    .await;
    app.text_when("#draft-verdict", |t| t.starts_with("Not ready"))
        .await;
    app.screenshot("draft-broken").await;

    app.click("#draft-sent").await;
    let messages = app
        .text_when("#detail-messages", |t| t.contains("sent"))
        .await;
    assert!(
        messages.contains("E-mail · withdraw accepted offer"),
        "{messages}"
    );
    app.close().await;
}
