//! A long search in the window: 150 interviews, every one reachable from the
//! keyboard, found by a name typed without its accent, and the checklist
//! before an interview kept across a restart.

use chrono::{Duration, SecondsFormat, Utc};
use fantoccini::key::Key;
use serde_json::json;

use crate::harness::{run_cli, App};

const COUNT: i64 = 150;

/// 150 upcoming interviews, one a day; the last (the 150th in the list) is
/// with Dana Müller, and attended.
fn long_log_export() -> String {
    let now = Utc::now();
    let text = |at: chrono::DateTime<Utc>| at.to_rfc3339_opts(SecondsFormat::Secs, true);
    let interviews: Vec<_> = (1..=COUNT)
        .map(|day| {
            let last = day == COUNT;
            json!({
                "id": day,
                "company": if last { "Zeta Logistik GmbH".to_string() } else { format!("Company {day:03}") },
                "position": "Operations Analyst",
                "interviewer": { "name": if last { Some("Dana Müller") } else { None } },
                "contact_channel": "email",
                "starts_at": text(now + Duration::days(day) + Duration::hours(2)),
                "tz": "Europe/Berlin",
                "duration_minutes": 60,
                "location": if last { Some("Video call: https://meet.example/zeta-ops") } else { None },
                "stage": null,
                "decision": if last { "attend" } else { "undecided" },
                "decision_reason": null,
                "scenario": null,
                "pause_until": null,
                "notes": "",
                "created_at": text(now),
                "updated_at": text(now),
                "history": [],
                "messages": [],
            })
        })
        .collect();
    json!({
        "format": "raincheck-log",
        "version": 2,
        "profile": { "name": "Sam Rivera" },
        "interviews": interviews,
    })
    .to_string()
}

async fn rows(app: &App) -> usize {
    app.client
        .execute(
            "return document.querySelectorAll('#interview-list .row-link').length;",
            vec![],
        )
        .await
        .unwrap()
        .as_u64()
        .unwrap() as usize
}

async fn focused_company(app: &App) -> String {
    app.client
        .execute(
            "return document.activeElement.querySelector('.row-company')?.textContent ?? '';",
            vec![],
        )
        .await
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn the_150th_interview_is_reached_by_keyboard_found_by_search_and_its_checklist_kept() {
    let data = tempfile::TempDir::new().unwrap();
    run_cli(data.path(), &["import", "-"], Some(&long_log_export()));
    let app = App::launch_with(data).await;

    // The first page, and the count of the whole.
    let shown = app
        .text_when("#interviews-shown", |t| t.contains("of 150"))
        .await;
    assert_eq!(shown, "100 of 150 interviews shown");
    assert_eq!(
        app.text_when("[data-count=upcoming]", |t| !t.is_empty())
            .await,
        "150"
    );

    // From the first row, End reaches the last interview of the list.
    let first = app.find("#interview-list .row-link").await;
    first.send_keys(&Key::End.to_string()).await.unwrap();
    let mut last = String::new();
    for _ in 0..50 {
        last = focused_company(&app).await;
        if last == "Zeta Logistik GmbH" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(last, "Zeta Logistik GmbH");
    assert_eq!(rows(&app).await, 150);
    app.text_when("#interviews-shown", |t| t == "150 of 150 interviews shown")
        .await;

    // Open it, tick two items of the checklist, write a talking point.
    let focused = app.client.active_element().await.unwrap();
    focused.send_keys(&Key::Enter.to_string()).await.unwrap();
    app.text_when("#detail-title", |t| t == "Zeta Logistik GmbH")
        .await;
    app.click("#prep [data-item=time_zone]").await;
    app.announced_when("#prep-saved", |t| t.contains("ticked"))
        .await;
    app.click("#prep [data-item=technology]").await;
    app.text_when("#prep-done", |t| t.contains("2 of 4")).await;
    let point = app.find("#prep-point-1").await;
    point.send_keys("Cut dwell time at the hub").await.unwrap();
    app.click("#prep [data-item=job_description]").await;
    app.text_when("#prep-done", |t| t.contains("3 of 4")).await;
    app.click("#prep [data-item=job_description]").await;
    app.text_when("#prep-done", |t| t.contains("2 of 4")).await;
    app.announced_when("#prep-saved", |t| {
        t == "Job description read again: not ticked."
    })
    .await;

    // Back to the list: the same 150 rows, the keyboard on the row opened.
    app.click(".back-link").await;
    app.text_when("#interviews-shown", |t| t == "150 of 150 interviews shown")
        .await;
    assert_eq!(focused_company(&app).await, "Zeta Logistik GmbH");

    // "muller" finds Müller, through the search field ("/" from anywhere).
    app.client
        .execute("document.activeElement.blur();", vec![])
        .await
        .unwrap();
    app.find("body").await.send_keys("/").await.unwrap();
    let search = app.client.active_element().await.unwrap();
    assert_eq!(
        search.attr("id").await.unwrap().as_deref(),
        Some("interview-search")
    );
    search.send_keys("muller").await.unwrap();
    app.text_when("#interviews-shown", |t| t == "1 interview matches “muller”")
        .await;
    assert_eq!(rows(&app).await, 1);
    app.text_when("#interview-list", |t| t.contains("Zeta Logistik GmbH"))
        .await;
    search.send_keys("xyz").await.unwrap();
    let why = app
        .text_when("#interviews-empty-filtered-why", |t| {
            t.contains("mullerxyz")
        })
        .await;
    assert!(why.starts_with("No interview matches “mullerxyz”"), "{why}");

    // After a restart, the ticks are there, in the detail and in the list.
    let data = app.close().await;
    let app = App::launch_with(data).await;
    app.text_when("#interviews-shown", |t| t.contains("of 150"))
        .await;
    app.find("#interview-search")
        .await
        .send_keys("zeta")
        .await
        .unwrap();
    let badge = app
        .text_when("#interview-list .badge.prep", |t| !t.is_empty())
        .await;
    assert_eq!(badge, "2 of 4 ready");
    app.click("#interview-list .row-link").await;
    app.text_when("#prep-done", |t| t.contains("2 of 4")).await;
    let checked = |item: &'static str| {
        let app = &app;
        async move {
            app.find(&format!("#prep [data-item={item}]"))
                .await
                .prop("checked")
                .await
                .unwrap()
                .as_deref()
                == Some("true")
        }
    };
    assert!(checked("time_zone").await && checked("technology").await);
    assert!(!checked("job_description").await);
    assert_eq!(
        app.value_of("#prep-point-1").await,
        "Cut dwell time at the hub"
    );
}
