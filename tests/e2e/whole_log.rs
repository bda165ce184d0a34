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
