//! The paths only the window takes: exporting and backing up from Settings,
//! restoring a backup picked as a file, and editing a template with its live
//! preview. Each file lands in the user's folder under the core's name.

use std::path::PathBuf;

use serde_json::json;

use crate::harness::{add_with_cli, run_cli, signed_profile_and_acme, wall_time_from_now, App};

/// The path a "Saved to …" toast names.
async fn saved_path(app: &App) -> PathBuf {
    let said = app
        .text_when("#toast", |t| t.starts_with("Saved to "))
        .await;
    PathBuf::from(said.trim_start_matches("Saved to ").trim())
}

async fn dismiss_toast(app: &App) {
    app.client
        .execute("document.querySelector('#toast').hidden = true;", vec![])
        .await
        .unwrap();
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn settings_exports_backs_up_and_restores_a_backup_picked_as_a_file() {
    let data_dir = tempfile::tempdir().unwrap();
    // The user's folder: exports and backups go to Documents, else home.
    let home = tempfile::tempdir().unwrap();
    add_with_cli(
        data_dir.path(),
        &json!({"company": "Acme Analytics", "position": "Backend Engineer",
                "starts_at": wall_time_from_now(72, chrono_tz::Europe::Berlin), "tz": "Europe/Berlin"}),
    );
    let home_path = home.path().to_str().unwrap().to_owned();
    let app = App::launch_with_env(data_dir, &[("HOME", &home_path)]).await;
    app.text_when("#interview-list", |t| t.contains("Acme Analytics"))
        .await;
    app.go("#settings").await;

    app.click("#export-json").await;
    let export = saved_path(&app).await;
    assert!(export.starts_with(home.path()), "{export:?}");
    let name = export.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("raincheck-export-") && name.ends_with(".json"),
        "{name}"
    );
    assert!(std::fs::read_to_string(&export)
        .unwrap()
        .contains("Acme Analytics"));
    dismiss_toast(&app).await;

    app.click("#backup-log").await;
    let backup = saved_path(&app).await;
    assert!(backup.starts_with(home.path()), "{backup:?}");
    assert!(backup.to_string_lossy().ends_with(".db"), "{backup:?}");
    dismiss_toast(&app).await;

    // Another interview after the backup, from the command line.
    add_with_cli(
        app.data_dir(),
        &json!({"company": "Zeta Logistik", "position": "Analyst",
                "starts_at": wall_time_from_now(96, chrono_tz::Europe::Berlin), "tz": "Europe/Berlin"}),
    );
    // The backup picked in the file chooser: its bytes reach the input as a file.
    let bytes = std::fs::read(&backup).unwrap();
    app.client
        .execute(
            "const input = document.querySelector('#view-settings .restore-file');
             const file = new File([new Uint8Array(arguments[0])], 'backup.db');
             const picked = new DataTransfer();
             picked.items.add(file);
             input.files = picked.files;
             input.dispatchEvent(new Event('change'));",
            vec![json!(bytes)],
        )
        .await
        .unwrap();
    let said = app
        .text_when("#toast", |t| t.starts_with("Backup restored"))
        .await;
    assert!(said.contains("kept at"), "{said}");
    // The log is the backup's: Acme is there, the later Zeta is not.
    app.go("#interviews").await;
    let list = app
        .text_when("#interview-list", |t| t.contains("Acme Analytics"))
        .await;
    assert!(!list.contains("Zeta"), "{list}");
    let shown = run_cli(app.data_dir(), &["log", "list", "--json"], None);
    assert!(!shown.contains("Zeta"), "{shown}");
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn a_template_edited_in_the_window_previews_refuses_a_mistake_saves_and_resets() {
    let data_dir = tempfile::tempdir().unwrap();
    let id = signed_profile_and_acme(data_dir.path(), Some("withdraw"));
    let app = App::launch_with(data_dir).await;
    app.go(&format!("#draft/{id}")).await;
    app.text_when("#draft-verdict", |t| t == "Ready to send.")
        .await;

    app.click("#draft-edit-template").await;
    let source = app
        .value_when("#template-source", |s| s.contains("{{"))
        .await;
    assert_eq!(
        app.text_when("#template-name", |t| !t.is_empty()).await,
        "withdraw.email.tera"
    );
    // A line added shows in the preview as it is typed.
    let signoff = "{% include \"parts/signoff.tera\" %}";
    let added = source.replace(
        signoff,
        &format!("I wish you every success with the search.\n\n{signoff}"),
    );
    let added = if added == source {
        format!("{source}\nI wish you every success with the search.")
    } else {
        added
    };
    app.set_value("#template-source", &added).await;
    app.text_when("#template-preview", |t| {
        t.contains("every success with the search")
    })
    .await;
    // A mistake is refused with where it is, and cannot be saved.
    app.set_value("#template-source", &format!("{added}\n{{% if %}}"))
        .await;
    let error = app.text_when("#template-error", |t| !t.is_empty()).await;
    assert!(error.contains("line"), "{error}");
    let save_disabled = app
        .client
        .execute(
            "return document.querySelector('#template-save').disabled;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(save_disabled, json!(true));
    // Fixed and saved: the draft is made from it. (The preview kept the last
    // good text through the mistake: wait for Save to come back instead.)
    app.set_value("#template-source", &added).await;
    let enabled = app
        .until(
            "return !document.querySelector('#template-save').disabled;",
            vec![],
        )
        .await;
    assert!(enabled, "Save stayed disabled after the mistake was fixed");
    app.click("#template-save").await;
    app.value_when("#draft-body", |b| {
        b.contains("every success with the search")
    })
    .await;
    // Reset: the built-in wording again.
    app.click("#draft-edit-template").await;
    app.value_when("#template-source", |s| s.contains("every success"))
        .await;
    app.click("#template-reset").await;
    app.value_when("#template-source", |s| !s.contains("every success"))
        .await;
    app.click("#template-close").await;
    app.value_when("#draft-body", |b| {
        !b.contains("every success with the search")
    })
    .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn insights_show_what_became_of_the_interviews_as_charts_with_their_tables() {
    let data_dir = tempfile::tempdir().unwrap();
    // Three withdrawals, two of them for a move; one interview still ahead.
    for (company, scenario) in [
        ("Initech", "relocation"),
        ("Hooli", "relocation"),
        ("Globex", "accepted_offer"),
    ] {
        let id = add_with_cli(
            data_dir.path(),
            &json!({"company": company, "position": "Analyst",
                "starts_at": wall_time_from_now(96, chrono_tz::Europe::Berlin), "tz": "Europe/Berlin"}),
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
                scenario,
            ],
            None,
        );
    }
    add_with_cli(
        data_dir.path(),
        &json!({"company": "Acme", "position": "Analyst",
            "starts_at": wall_time_from_now(96, chrono_tz::Europe::Berlin), "tz": "Europe/Berlin"}),
    );
    let home = tempfile::tempdir().unwrap();
    let home_path = home.path().to_str().unwrap().to_owned();
    let app = App::launch_with_env(data_dir, &[("HOME", &home_path)]).await;
    app.click("a[data-view=insights]").await;
    app.text_when("#insights-summary", |t| t.contains('4'))
        .await;
    // The outcomes: a table of labels and counts, for a screen reader and
    // for anyone who wants the numbers.
    let rows: serde_json::Value = app
        .client
        .execute(
            "return [...document.querySelectorAll('#insights-outcomes tbody tr')].map((row) =>
               [row.querySelector('th').textContent, row.querySelector('.count').textContent]);",
            vec![],
        )
        .await
        .unwrap();
    let rows = rows.as_array().unwrap();
    let row = |label: &str| {
        rows.iter()
            .find(|row| row[0] == label)
            .unwrap_or_else(|| panic!("no {label} row in {rows:?}"))
    };
    assert_eq!(row("Withdrew")[1], "3");
    assert_eq!(row("Still ahead")[1], "1");
    // Beside it, the same counts drawn as SVG bars, hidden from a screen
    // reader (the table says it): the withdrawals' bar three times as long.
    assert!(
        app.until(
            "return document.querySelectorAll('#insights-outcomes-chart svg .ct-bar').length > 0;",
            vec![]
        )
        .await,
        "the outcomes' chart is drawn"
    );
    let lengths: serde_json::Value = app
        .client
        .execute(
            "return [...document.querySelectorAll('#insights-outcomes-chart svg .ct-bar')]
               .map((bar) => bar.getBBox().width).filter((width) => width > 0);",
            vec![],
        )
        .await
        .unwrap();
    let mut lengths: Vec<f64> = lengths
        .as_array()
        .unwrap()
        .iter()
        .map(|length| length.as_f64().unwrap())
        .collect();
    lengths.sort_by(f64::total_cmp);
    assert_eq!(
        lengths.len(),
        2,
        "a bar for each outcome that happened: {lengths:?}"
    );
    let ratio = lengths[1] / lengths[0];
    assert!(
        (2.7..3.3).contains(&ratio),
        "bars follow the counts: {lengths:?}"
    );
    let hidden = app
        .client
        .execute(
            "return document.querySelector('#insights-outcomes-chart').getAttribute('aria-hidden');",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(hidden, "true");
    // Month by month: this month's four interviews, drawn and in the table.
    let months = app.text_when("#insights-months", |t| t.contains('4')).await;
    let this_month = chrono::Local::now()
        .checked_add_signed(chrono::Duration::hours(96))
        .unwrap()
        .format("%b %Y")
        .to_string();
    assert!(months.contains(&this_month), "{months}");
    assert!(
        app.until(
            "return document.querySelectorAll('#insights-months-chart svg .ct-bar').length > 0;",
            vec![]
        )
        .await,
        "the months' chart is drawn"
    );
    // Why: a move twice, and the non-negotiable it suggests.
    let reasons = app.text_when("#insights-reasons", |t| !t.is_empty()).await;
    assert!(
        reasons.contains("I'm moving and can't work there"),
        "{reasons}"
    );
    let suggestion = app
        .text_when("#insights-suggestions", |t| !t.is_empty())
        .await;
    assert!(
        suggestion.contains("2 of your 3 withdrawals were about a move"),
        "{suggestion}"
    );
    app.screenshot("insights").await;
    // How long a silence lasts before a follow-up is offered: a setting,
    // refused in words out of its range.
    app.go("#settings").await;
    for (typed, said) in [("-4", "between 1 and 30"), ("45", "between 1 and 30")] {
        app.set_value("#follow-up-days", typed).await;
        app.client
            .execute(
                "document.querySelector('#follow-up-days').dispatchEvent(new Event('change'));",
                vec![],
            )
            .await
            .unwrap();
        app.text_when("#follow-up-days-error", |t| t.contains(said))
            .await;
    }
    app.set_value("#follow-up-days", "3").await;
    app.client
        .execute(
            "document.querySelector('#follow-up-days').dispatchEvent(new Event('change'));",
            vec![],
        )
        .await
        .unwrap();
    app.text_when("#toast", |t| t.contains("Follow-ups: saved"))
        .await;
    app.go("#insights").await;
    // The same figures for a coach, as CSV in the user's folder.
    app.click("#export-insights").await;
    let said = app.text_when("#toast", |t| t.contains(".csv")).await;
    let path = said.trim_start_matches("Saved to ").trim();
    assert!(path.starts_with(&home_path), "{path}");
    let csv = std::fs::read_to_string(path).unwrap();
    assert!(csv.contains("outcome,withdrawn,3"), "{csv}");
    app.close().await;
}
