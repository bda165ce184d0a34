//! Clashes shown in the list, and free times suggested in the Draft view.

use serde_json::json;

use crate::harness::{add_with_cli, run_cli, wall_time_from_now, App};

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn clashing_interviews_are_marked_and_free_times_fill_a_reschedule() {
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
    let first = add_with_cli(
        data_dir.path(),
        &json!({"company": "Acme", "position": "Engineer", "duration_minutes": 60,
                "starts_at": wall_time_from_now(50, chrono_tz::Europe::Madrid), "tz": "Europe/Madrid"}),
    );
    // Same moment, written in London time: an overlap across zones.
    add_with_cli(
        data_dir.path(),
        &json!({"company": "Globex", "position": "Engineer",
                "starts_at": wall_time_from_now(49, chrono_tz::Europe::London), "tz": "Europe/London"}),
    );
    run_cli(
        data_dir.path(),
        &[
            "log",
            "decide",
            &first.to_string(),
            "--decision",
            "reschedule",
        ],
        None,
    );

    let app = App::launch_with(data_dir).await;
    let row = app
        .text_when(&format!("#interview-list li[data-id='{first}']"), |t| {
            t.contains("Clash")
        })
        .await;
    assert!(row.contains("Acme"), "{row}");

    app.client
        .execute(
            "location.hash = arguments[0];",
            vec![json!(format!("#draft/{first}/reschedule/email"))],
        )
        .await
        .unwrap();
    app.text_when("#draft-title", |t| t == "Draft: Acme").await;
    app.click("#draft-suggest-slots").await;
    let note = app
        .text_when("#draft-slots-note", |t| {
            t.starts_with("Free in both") || t.starts_with("Only")
        })
        .await;
    assert!(note.contains("CET"), "{note}");
    let body = app.value_of("#draft-body").await;
    assert!(body.contains("I could do any of these times:"), "{body}");
    app.text_when("#draft-verdict", |t| t == "Ready to send.")
        .await;
    app.screenshot("draft-slots").await;
    app.close().await;
}

const OUTLOOK_INVITE: &str = "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n\
BEGIN:VEVENT\r\nDTSTART;TZID=\"W. Europe Standard Time\":20270329T093000\r\nDTEND;TZID=\"W. Europe Standard Time\":20270329T103000\r\n\
ORGANIZER;CN=\"Sam Patel\":mailto:sam@initech.example\r\nSUMMARY:Interview: Data Engineer at Initech\r\nUID:outlook-1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn an_outlook_invite_fills_the_add_form_and_is_saved() {
    let app = App::launch().await;
    // The view is ready (its handlers wired) once the empty list shows.
    app.find("#interviews-empty").await;
    let invite = app.data_dir().join("invite.ics");
    std::fs::write(&invite, OUTLOOK_INVITE).unwrap();
    // The file field is visually hidden behind its label: hand it the file.
    let input = app
        .client
        .find(fantoccini::Locator::Css("#invite-file"))
        .await
        .unwrap();
    input
        .send_keys(&invite.display().to_string())
        .await
        .unwrap();

    app.value_when("#interview-form [name=company]", |v| v == "Initech")
        .await;
    assert_eq!(
        app.value_of("#interview-form [name=tz]").await,
        "Europe/Berlin",
        "the Windows zone name is mapped"
    );
    assert_eq!(
        app.value_of("#interview-form [name=starts_at]").await,
        "2027-03-29T09:30"
    );
    app.click("#interview-form-save").await;
    let row = app
        .text_when("#interview-list", |t| t.contains("Initech"))
        .await;
    assert!(row.contains("Data Engineer"), "{row}");
    app.close().await;
}
