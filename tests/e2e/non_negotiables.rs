//! Non-negotiables in the window: a suggestion kept in the Insights view is
//! asked about when deciding, and the advice then names it.

use serde_json::json;

use crate::accessibility::audit;
use crate::harness::{add_with_cli, run_cli, wall_time_from_now, App};

const MOVE: &str = "Roles I can do from where I live: remote, or on-site close to home";

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn a_suggestion_kept_in_insights_is_asked_about_when_deciding() {
    let data_dir = tempfile::tempdir().unwrap();
    // Three past interviews, each stepped back from because of a move.
    for weeks_ago in 1..=3 {
        let id = add_with_cli(
            data_dir.path(),
            &json!({
                "company": format!("Firm {weeks_ago}"), "position": "Data Engineer",
                "starts_at": wall_time_from_now(-24 * 7 * weeks_ago, chrono_tz::Europe::London),
                "tz": "Europe/London"
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
                "relocation",
            ],
            None,
        );
    }
    let ahead = add_with_cli(
        data_dir.path(),
        &json!({
            "company": "Initech", "position": "Data Engineer",
            "interviewer": {"name": "Sam Patel", "email": "sam@initech.example"},
            "starts_at": wall_time_from_now(72, chrono_tz::Europe::London), "tz": "Europe/London"
        }),
    );
    let app = App::launch_with(data_dir).await;

    app.go("#insights").await;
    let offered = app
        .text_when("#insights-suggestions", |t| t.contains("about a move"))
        .await;
    assert!(offered.contains(MOVE), "{offered}");
    app.client
        .execute(
            "document.querySelector('#suggestions-title').scrollIntoView();",
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("insights-suggestion").await;
    let mut problems = audit(&app, "a suggestion to answer").await;
    app.click("#insights-suggestions [data-keep=relocation]")
        .await;
    app.text_when("#toast", |t| t == format!("Kept: {MOVE}"))
        .await;
    assert!(
        app.until(
            "return document.querySelector('#insights-suggestions').children.length === 0
                && !document.querySelector('#insights-suggestions-none').hidden;",
            vec![],
        )
        .await,
        "the kept suggestion is no longer offered"
    );
    // The toast goes, as it does for a user, before it covers the wizard's buttons.
    assert!(
        app.until("return document.querySelector('#toast').hidden;", vec![])
            .await
    );

    // The interview still to decide reminds of it, and the wizard asks.
    app.go(&format!("#interview/{ahead}")).await;
    app.text_when("#detail-non-negotiables", |t| t.contains(MOVE))
        .await;
    app.click("#detail-decide").await;
    app.text_when("#decide-question", |t| t.contains("still want this role"))
        .await;
    app.click("#decide-form input[value=yes]").await;
    app.click("#decide-next").await;
    app.text_when("#decide-question", |t| {
        t == "Does this role go against one of your non-negotiables?"
    })
    .await;
    let choices = app
        .text_when("#decide-form .choices", |t| !t.is_empty())
        .await;
    assert!(
        choices.contains(MOVE) && choices.contains("No, it doesn't"),
        "{choices}"
    );
    app.click("#decide-form input[value='1']").await;
    app.click("#decide-next").await;
    app.text_when("#decide-question", |t| t.contains("signed or under way"))
        .await;
    app.click("#decide-next").await;

    assert_eq!(
        app.text_when("#advice-action", |t| !t.is_empty()).await,
        "Withdraw from this interview, by e-mail"
    );
    let reasons = app.text_when("#advice-reasons", |t| !t.is_empty()).await;
    assert!(
        reasons.contains(&format!(
            "This role goes against one of your non-negotiables: {MOVE}."
        )),
        "{reasons}"
    );
    assert_eq!(app.value_of("#advice-reason").await, MOVE);
    app.screenshot("decision-non-negotiable").await;

    // Settings lists it with the profile.
    app.go("#settings").await;
    app.text_when("#non-negotiables-list", |t| t.contains(MOVE))
        .await;
    app.client
        .execute(
            "document.querySelector('#non-negotiables-title').scrollIntoView();",
            vec![],
        )
        .await
        .unwrap();
    app.screenshot("settings-non-negotiables").await;
    app.click("#non-negotiables-list [data-number='1'] button")
        .await;
    app.value_when("#non-negotiables-list input", |v| v == MOVE)
        .await;
    problems.extend(audit(&app, "a non-negotiable being reworded").await);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    app.close().await;
}
