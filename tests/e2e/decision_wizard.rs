//! The decision wizard in the window, for interviews already in the log.

use serde_json::json;

use crate::harness::{add_with_cli, wall_time_from_now, App};

async fn choose(app: &App, value: &str) {
    app.click(&format!("#decide-form input[value={value}]"))
        .await;
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn accepted_another_offer_three_days_out_withdraws_by_email_and_is_recorded() {
    let data_dir = tempfile::tempdir().unwrap();
    let id = add_with_cli(
        data_dir.path(),
        &json!({
            "company": "Initech", "position": "Data Engineer",
            "interviewer": {"name": "Sam Patel", "email": "sam@initech.example", "phone": "+44 20 7946 0000"},
            "starts_at": wall_time_from_now(72, chrono_tz::Europe::London), "tz": "Europe/London"
        }),
    );
    let app = App::launch_with(data_dir).await;
    app.click(&format!("#interview-list li[data-id='{id}'] .row-decide"))
        .await;
    app.text_when("#decide-title", |t| t == "Decide: Initech")
        .await;

    app.text_when("#decide-question", |t| t.contains("still want this role"))
        .await;
    choose(&app, "no").await;
    app.click("#decide-next").await;
    app.text_when("#decide-question", |t| t.contains("What stands in the way"))
        .await;
    choose(&app, "accepted_offer").await;
    app.click("#decide-next").await;
    app.text_when("#decide-question", |t| t.contains("signed or under way"))
        .await;
    app.click("#decide-next").await;

    let action = app.text_when("#advice-action", |t| !t.is_empty()).await;
    assert_eq!(action, "Withdraw from this interview, by e-mail");
    let plan = app.text_when("#advice-plan", |t| !t.is_empty()).await;
    assert!(plan.contains("sam@initech.example"), "{plan}");
    assert!(app
        .client
        .find(fantoccini::Locator::Css("#advice-call-now"))
        .await
        .is_err());
    app.find("#advice-reason")
        .await
        .send_keys("took an offer elsewhere")
        .await
        .unwrap();
    app.screenshot("decision-advice").await;
    app.click("#decide-apply").await;

    // Applying leads on to the message, preset from the advice.
    app.text_when("#draft-title", |t| t == "Draft: Initech")
        .await;
    assert_eq!(
        app.value_of("#draft-options [name=kind]").await,
        "withdraw_accepted_offer"
    );
    assert_eq!(app.value_of("#draft-options [name=channel]").await, "email");
    app.click("a[data-view=interviews]").await;
    app.click(&format!("#interview-list li[data-id='{id}'] .row-link"))
        .await;
    app.text_when("#detail-decision", |t| t == "Withdrawing")
        .await;
    let history = app
        .text_when("#detail-history", |t| t.contains("Decision"))
        .await;
    assert!(history.contains("Undecided → Withdrawing"), "{history}");
    assert!(history.contains("accepted_offer"), "{history}");
    assert!(history.contains("took an offer elsewhere"), "{history}");
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn under_a_day_away_the_advice_says_call_now_first() {
    let data_dir = tempfile::tempdir().unwrap();
    let id = add_with_cli(
        data_dir.path(),
        &json!({
            "company": "Hooli", "position": "SRE",
            "interviewer": {"email": "jo@hooli.example", "phone": "+1 (650) 555-0199"},
            "starts_at": wall_time_from_now(5, chrono_tz::America::Los_Angeles), "tz": "America/Los_Angeles"
        }),
    );
    let app = App::launch_with(data_dir).await;
    app.text_when("#next-up", |t| {
        t.contains("Hooli") && t.contains("call them now")
    })
    .await;
    app.click("#next-up-decide").await;
    choose(&app, "yes").await;
    app.click("#decide-next").await;
    choose(&app, "illness").await;
    app.click("#decide-next").await;
    app.click("#decide-next").await; // keep the door open: no
    app.click("#decide-next").await; // nothing signed

    let call_now = app.text_when("#advice-call-now", |t| !t.is_empty()).await;
    assert!(call_now.contains("call now"), "{call_now}");
    assert_eq!(
        app.text_when("#advice-action", |t| !t.is_empty()).await,
        "Ask to move the interview, by phone"
    );
    let tel = app.find("#advice-tel").await;
    assert_eq!(
        tel.attr("href").await.unwrap().as_deref(),
        Some("tel:+16505550199")
    );
    app.screenshot("decision-call-now").await;
    app.click("#decide-apply").await;
    app.text_when("#draft-title", |t| t == "Draft: Hooli").await;
    assert_eq!(
        app.value_of("#draft-options [name=kind]").await,
        "reschedule_illness"
    );
    app.click("a[data-view=interviews]").await;
    app.click(&format!("#interview-list li[data-id='{id}'] .row-link"))
        .await;
    app.text_when("#detail-decision", |t| t == "Rescheduling")
        .await;
    app.close().await;
}
