//! The window in the user's language: German from the desktop's locale for
//! the whole flow (add → decide → draft), then French chosen in Settings,
//! kept over a restart; a refused field is explained in German. What the window should say is read from the same
//! catalogues the app speaks from, so the test checks that they are used
//! (and the German reads as German), not a copy of their words.

use raincheck_core::language::Language;
use raincheck_core::time::parse_zone;
use raincheck_core::words::{sources, Arg, Words};

use crate::harness::{run_cli, wall_time_from_now, App};

/// A one-line message of a page catalogue, as the page shows it.
fn page_words(language: Language, key: &str) -> String {
    let (_, page) = sources(language);
    page.lines()
        .find_map(|line| line.strip_prefix(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("{key} is not a one-line message of {}", language.as_str()))
        .replace("{ $company }", "Nordlicht GmbH")
}

#[tokio::test]
#[ignore = "end to end: needs the desktop session of scripts/test.sh"]
async fn a_german_desktop_gets_the_whole_flow_in_german_and_french_can_be_chosen() {
    let german = Words::new(Language::German);
    let data_dir = tempfile::tempdir().unwrap();
    run_cli(
        data_dir.path(),
        &[
            "profile",
            "--name",
            "Sam Carter",
            "--email",
            "sam@example.org",
        ],
        None,
    );
    let app = App::launch_with_env(data_dir, &[("LC_ALL", "de_DE.UTF-8")]).await;

    // The fixed words, before any interview: German, and said to be.
    let heading = page_words(Language::German, "interviews");
    app.text_when("#interviews-title", |t| t == heading).await;
    assert!(
        app.until("return document.documentElement.lang === 'de';", vec![])
            .await
    );
    let empty = page_words(Language::German, "no-interviews-yet");
    app.text_when("#interviews-empty h2", |t| t == empty).await;

    // Add an interview in the form.
    app.click("#add-interview").await;
    let title = page_words(Language::German, "form-add-title");
    app.text_when("#interview-form-title", |t| t == title).await;
    app.set_value("#interview-form [name=company]", "Nordlicht GmbH")
        .await;
    app.set_value("#interview-form [name=position]", "Produktdesignerin")
        .await;
    app.set_value(
        "#interview-form [name=starts_at]",
        &wall_time_from_now(72, chrono_tz::Europe::Berlin),
    )
    .await;
    app.set_value("#interview-form [name=interviewer_name]", "Jana Berg")
        .await;
    app.set_value(
        "#interview-form [name=interviewer_email]",
        "jana@nordlicht.example",
    )
    .await;
    // A misspelt zone is refused beside its field, in German, with what was typed.
    app.set_value("#interview-form [name=tz]", "Europe/Berln")
        .await;
    app.click("#interview-form-save").await;
    let refusal = parse_zone("Europe/Berln").unwrap_err().in_words(&german);
    app.text_when("#error-tz", |t| t == refusal).await;
    app.screenshot("german-refused").await;
    app.set_value("#interview-form [name=tz]", "Europe/Berlin")
        .await;
    app.click("#interview-form-save").await;
    let added = page_words(Language::German, "form-added");
    app.text_when("#toast", |t| t.contains(&added)).await;
    // Gone before the wizard's buttons come where it was.
    assert!(
        app.until("return document.querySelector('#toast').hidden;", vec![])
            .await
    );

    app.screenshot("german-list").await;

    // Its page: the details card and the time in German.
    app.click("#interview-list .row-link").await;
    let decision = german.get("decision-undecided");
    app.text_when("#detail-decision", |t| t == decision).await;
    let facts = app
        .text_when("#interview-detail .facts", |t| !t.is_empty())
        .await;
    assert!(facts.contains(&german.get("fact-when")), "{facts}");
    assert!(facts.contains(&german.get("fact-interviewer")), "{facts}");
    assert!(
        facts.contains("in 3 Tagen") || facts.contains("in 72 Std."),
        "the time left in German: {facts}"
    );

    // Decide: the questions and the advice in German.
    app.click("#detail-decide").await;
    let decide_title = german.with("wizard-title", &[("company", Arg::from("Nordlicht GmbH"))]);
    app.text_when("#decide-title", |t| t == decide_title).await;
    let question = german.get("wizard-interest");
    app.text_when("#decide-question", |t| t == question).await;
    app.click("#decide-form input[value=no]").await;
    app.click("#decide-next").await;
    let question = german.get("wizard-situation");
    app.text_when("#decide-question", |t| t == question).await;
    app.click("#decide-form input[value=accepted_offer]").await;
    app.click("#decide-next").await;
    let question = german.get("wizard-legal");
    app.text_when("#decide-question", |t| t == question).await;
    app.click("#decide-next").await;
    let headline = german.with(
        "advice-headline",
        &[
            ("action", Arg::from(&german.get("action-withdraw"))),
            ("by", Arg::from(&german.get("channel-by-email"))),
        ],
    );
    app.text_when("#advice-action", |t| t == headline).await;
    app.screenshot("german-advice").await;
    app.click("#decide-apply").await;

    // The Draft view: its heading, its pickers and the checker's verdict.
    let draft_title = page_words(Language::German, "draft-title");
    app.text_when("#draft-title", |t| t == draft_title).await;
    let kind = german.get("kind-withdraw_accepted_offer");
    assert!(
        app.until(
            "const kind = document.querySelector('#draft-options [name=kind]');
             return kind.selectedOptions[0]?.textContent === arguments[0];",
            vec![serde_json::json!(kind)],
        )
        .await,
        "the message kind is named in German"
    );
    let ready = page_words(Language::German, "draft-ready");
    let not_ready = page_words(Language::German, "draft-not-ready");
    app.text_when("#draft-verdict", |t| t == ready || t == not_ready)
        .await;
    app.screenshot("german-draft").await;

    // Settings: French, at once and after a restart.
    app.go("#settings").await;
    let settings = page_words(Language::German, "settings");
    app.text_when("#settings-title", |t| t == settings).await;
    app.client
        .execute(
            "const choice = document.querySelector('#window-language-choice');
             choice.value = 'fr';
             choice.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![],
        )
        .await
        .unwrap();
    let french_settings = page_words(Language::French, "settings");
    app.text_when("#settings-title", |t| t == french_settings)
        .await;
    assert!(
        app.until("return document.documentElement.lang === 'fr';", vec![])
            .await
    );
    // The pickers the core fills speak it too.
    let dark = Words::new(Language::French).get("theme-dark");
    assert!(
        app.until(
            "return [...document.querySelectorAll('#theme-choice option')].some((option) => option.textContent === arguments[0]);",
            vec![serde_json::json!(dark)],
        )
        .await,
        "the colour choices in French"
    );
    let data = app.close().await;

    let app = App::launch_with_env(data, &[("LC_ALL", "de_DE.UTF-8")]).await;
    let french_heading = page_words(Language::French, "interviews");
    app.text_when("#interviews-title", |t| t == french_heading)
        .await;
    let french = Words::new(Language::French);
    let withdrawing = french.get("decision-withdraw");
    app.text_when("#interview-list .badge", |t| t == withdrawing)
        .await;
    app.close().await;
}
