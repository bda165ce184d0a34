//! Reminders reach the desktop's notification server (dunst in the test
//! session) over D-Bus, once, and not for interviews already decided.

use std::time::Duration;

use serde_json::json;

use crate::harness::{add_with_cli, run_cli, wall_time_from_now, App, NotificationListener};

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn an_undecided_interview_23_hours_away_is_notified_once_and_a_decided_one_not_at_all() {
    let data_dir = tempfile::tempdir().unwrap();
    add_with_cli(
        data_dir.path(),
        &json!({"company": "Umbrella Corp", "position": "Analyst",
                "starts_at": wall_time_from_now(23, chrono_tz::Europe::Madrid), "tz": "Europe/Madrid"}),
    );
    let stark = add_with_cli(
        data_dir.path(),
        &json!({"company": "Stark Industries", "position": "Engineer",
                "starts_at": wall_time_from_now(22, chrono_tz::Europe::Madrid), "tz": "Europe/Madrid"}),
    );
    run_cli(
        data_dir.path(),
        &["log", "decide", &stark.to_string(), "--decision", "attend"],
        None,
    );
    // Something on its checklist is done: no evening nudge to prepare either.
    run_cli(
        data_dir.path(),
        &["prep", &stark.to_string(), "--tick", "time_zone"],
        None,
    );

    let listener = NotificationListener::start();
    let app = App::launch_with(data_dir).await;
    let seen = listener
        .wait_for(
            "Umbrella Corp: interview in 23 h, still undecided",
            Duration::from_secs(30),
        )
        .await;
    assert!(seen.contains("call them rather than e-mail"), "{seen}");
    assert!(seen.contains("Raincheck"), "sent as Raincheck: {seen}");
    assert!(
        !seen.contains("Stark Industries"),
        "an interview being attended is not an undecided one: {seen}"
    );
    // The window says so too: Settings names the server that answered.
    app.click("a[data-view=settings]").await;
    app.text_when("#reminders-server", |t| t.contains("dunst"))
        .await;
    let data_dir = app.close().await;

    // A restart on the same log: the loop runs at start-up, and sends nothing again.
    let listener = NotificationListener::start();
    let app = App::launch_with(data_dir).await;
    app.text_when("#interview-list", |t| t.contains("Umbrella Corp"))
        .await;
    // The loop's first round comes 2 s after start: wait past it.
    tokio::time::sleep(Duration::from_secs(6)).await;
    assert!(
        !listener.seen().contains("Umbrella Corp"),
        "delivered twice:\n{}",
        listener.seen()
    );
    app.close().await;
}

/// An instant `days` before now, as `--now` takes it.
fn days_ago(days: i64) -> String {
    (chrono::Utc::now() - chrono::Duration::days(days)).to_rfc3339()
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn an_unanswered_message_brings_the_follow_up_and_then_the_no_answer_mark() {
    let data_dir = tempfile::tempdir().unwrap();
    let globex = add_with_cli(
        data_dir.path(),
        &json!({"company": "Globex", "position": "Analyst",
                "interviewer": {"email": "hr@globex.example"},
                "starts_at": wall_time_from_now(20 * 24, chrono_tz::Europe::Madrid), "tz": "Europe/Madrid"}),
    );
    let id = globex.to_string();
    run_cli(
        data_dir.path(),
        &["log", "decide", &id, "--decision", "reschedule"],
        None,
    );
    // Asked for another time ten days ago (more than five working days), no reply.
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
            "--now",
            &days_ago(10),
        ],
        None,
    );

    let listener = NotificationListener::start();
    let app = App::launch_with(data_dir).await;
    let seen = listener
        .wait_for("Globex: no reply yet", Duration::from_secs(30))
        .await;
    assert!(seen.contains("follow-up"), "{seen}");
    // The interview's page offers the follow-up, and drafts it.
    app.click(&format!("#interview-list li[data-id='{id}'] .row-link"))
        .await;
    app.text_when("#detail-silence", |t| t.contains("No reply yet"))
        .await;
    app.click("#detail-silence a").await;
    app.value_when("#draft-options [name=kind]", |kind| {
        kind == "follow_up_no_reply"
    })
    .await;
    let data_dir = app.close().await;

    // The follow-up went out eight days ago, and silence again: the page
    // offers the "no answer" mark, which the list's figures then count.
    run_cli(
        data_dir.path(),
        &[
            "log",
            "sent",
            &id,
            "--kind",
            "follow_up_no_reply",
            "--channel",
            "email",
            "--now",
            &days_ago(8),
        ],
        None,
    );
    let app = App::launch_with(data_dir).await;
    app.click(&format!("#interview-list li[data-id='{id}'] .row-link"))
        .await;
    app.click("#detail-mark-no-answer").await;
    app.text_when("#detail-no-answer", |t| t.contains("Marked “no answer”"))
        .await;
    let data_dir = app.close().await;
    let figures: serde_json::Value =
        serde_json::from_str(&run_cli(data_dir.path(), &["insights", "--json"], None)).unwrap();
    assert_eq!(figures["outcomes"]["no_answer"], 1);
}

/// The notification offers to put the reminder off (in the window's words);
/// pressing "In an hour" brings it back after that hour, not before.
#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn a_reminder_put_off_from_its_notification_comes_back_after_the_hour() {
    let data_dir = tempfile::tempdir().unwrap();
    let initech = add_with_cli(
        data_dir.path(),
        &json!({"company": "Initech", "position": "Tester",
                "starts_at": wall_time_from_now(23, chrono_tz::Europe::Madrid), "tz": "Europe/Madrid"}),
    );
    let listener = NotificationListener::start();
    // A German desktop: the buttons are in the window's words, not English.
    let app = App::launch_with_env(data_dir, &[("LC_ALL", "de_DE.UTF-8")]).await;
    let seen = listener.wait_for("Initech", Duration::from_secs(30)).await;
    let german = raincheck_core::words::Words::new(raincheck_core::language::Language::German);
    for key in [
        "notify-snooze-hour",
        "notify-snooze-evening",
        "notify-snooze-morning",
    ] {
        assert!(seen.contains(&german.get(key)), "the {key} button: {seen}");
    }
    assert!(seen.contains("snooze-hour"), "{seen}");
    let id = listener
        .id_of("Initech")
        .unwrap_or_else(|| panic!("the server's answer with its id:\n{seen}"));

    let due_in = |minutes: i64| {
        let at = (chrono::Utc::now() + chrono::Duration::minutes(minutes)).to_rfc3339();
        let due: serde_json::Value = serde_json::from_str(&run_cli(
            app.data_dir(),
            &["due", "--json", "--now", &at],
            None,
        ))
        .unwrap();
        due.as_array()
            .unwrap()
            .iter()
            .any(|r| r["interview_id"] == initech && r["kind"] == "undecided_24h")
    };
    // Shown once, it would not come again.
    assert!(!due_in(65), "delivered: not shown again");
    listener.press(id, "snooze-hour");
    let mut put_off = false;
    for _ in 0..50 {
        if due_in(65) {
            put_off = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(
        put_off,
        "the button put it off: it comes back after the hour"
    );
    assert!(!due_in(55), "and not within the hour");
    app.close().await;
}

/// The interview's page lists the reminder that has come and puts it off
/// with a button, as the notification does: it then says until when, and
/// the reminder is not back within the hour. A pause whose check-back day
/// has come offers the message that resumes it.
#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn a_reminder_put_off_from_the_interviews_page_and_a_pause_that_ends() {
    let data_dir = tempfile::tempdir().unwrap();
    let umbrella = add_with_cli(
        data_dir.path(),
        &json!({"company": "Umbrella", "position": "Chemist",
                "starts_at": wall_time_from_now(22, chrono_tz::Europe::Lisbon), "tz": "Europe/Lisbon"}),
    );
    // Paused until today: the check-back day has come.
    let hooli = add_with_cli(
        data_dir.path(),
        &json!({"company": "Hooli", "position": "Product Manager",
                "interviewer": {"email": "jobs@hooli.example"},
                "starts_at": wall_time_from_now(24 * 30, chrono_tz::America::Los_Angeles), "tz": "America/Los_Angeles"}),
    );
    let yesterday = (chrono::Utc::now() - chrono::Duration::days(1)).to_rfc3339();
    let today = chrono::Local::now().date_naive().to_string();
    run_cli(
        data_dir.path(),
        &[
            "log",
            "decide",
            &hooli.to_string(),
            "--decision",
            "pause",
            "--pause-until",
            &today,
            "--now",
            &yesterday,
        ],
        None,
    );
    let listener = NotificationListener::start();
    let app = App::launch_with(data_dir).await;
    listener.wait_for("Umbrella", Duration::from_secs(30)).await;

    app.go(&format!("#interview/{umbrella}")).await;
    let reminder = "#detail-reminders li[data-kind=undecided_24h]";
    app.text_when(reminder, |text| text.contains("Umbrella"))
        .await;
    app.click(&format!("{reminder} button[data-choice=morning]"))
        .await;
    // Until tomorrow morning, or until the sharper reminder two hours
    // before the start, whichever comes first.
    app.text_when(reminder, |text| text.contains("Put off until"))
        .await;

    let due_at = |at: chrono::DateTime<chrono::Utc>| {
        let due: serde_json::Value = serde_json::from_str(&run_cli(
            app.data_dir(),
            &["due", "--json", "--now", &at.to_rfc3339()],
            None,
        ))
        .unwrap();
        due.as_array()
            .unwrap()
            .iter()
            .any(|r| r["interview_id"] == umbrella && r["kind"] == "undecided_24h")
    };
    assert!(
        !due_at(chrono::Utc::now() + chrono::Duration::minutes(65)),
        "put off: not back within the hour"
    );

    // The pause: its page offers the message that resumes it, and drafts it.
    app.go(&format!("#interview/{hooli}")).await;
    app.text_when("#detail-resume", |text| text.contains("check-back day"))
        .await;
    app.click("#detail-resume-draft").await;
    app.value_when("#draft-options [name=kind]", |kind| {
        kind == "resume_after_pause"
    })
    .await;
    app.close().await;
}
