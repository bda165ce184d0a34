//! Drafting and checking messages: every built-in template passes the
//! checklist for varied inputs, and the checker catches what it should.

// Shared with languages.rs, which also uses its `in_language`.
#[allow(dead_code)]
#[path = "support/message_inputs.rs"]
mod message_inputs;

use message_inputs::{failure_report, input_for, variants};
use raincheck_core::message::{
    check, draft, CandidateInput, Channel, InterviewInput, ItemStatus, MessageInput, MessageKind,
    Templates, CONTACT_PLACEHOLDER, NAME_PLACEHOLDER, PHONE_PLACEHOLDER,
};

#[test]
fn every_template_on_every_channel_passes_the_checklist() {
    let templates = Templates::builtin().unwrap();
    let mut checked = 0;
    let mut failures = Vec::new();
    for kind in MessageKind::ALL {
        for channel in kind.channels() {
            for variant in variants() {
                let input = input_for(*kind, *channel, &variant);
                let drafted = draft(&input, &templates)
                    .unwrap_or_else(|e| panic!("{kind} by {channel} ({}): {e}", variant.label));
                assert_eq!(
                    drafted.subject.is_some(),
                    *channel == Channel::Email,
                    "{kind} by {channel}"
                );
                let text = drafted.full_text();
                let report = check(&text, &input).unwrap();
                checked += 1;
                if !report.ok {
                    let label = format!("{kind} by {channel} ({})", variant.label);
                    failures.push(failure_report(&label, &text, &report));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} drafts failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked >= 280, "{checked}");
}

#[test]
fn a_draft_names_the_time_in_both_zones_and_the_subject_says_what_it_is() {
    let templates = Templates::builtin().unwrap();
    let variant = &variants()[1];
    let drafted = draft(
        &input_for(MessageKind::Withdraw, Channel::Email, variant),
        &templates,
    )
    .unwrap();
    let subject = drafted.subject.unwrap();
    assert!(
        subject.contains(variant.name)
            && subject.contains(variant.position)
            && subject.contains("Withdrawing"),
        "{subject}"
    );
    assert!(
        drafted
            .body
            .contains("Thursday 3 December at 17:30 EST / 07:30 JST on Friday 4 December"),
        "{}",
        drafted.body
    );
    assert!(
        drafted.body.starts_with("Hi Jean-Baptiste,"),
        "{}",
        drafted.body
    );
    let reschedule = draft(
        &input_for(MessageKind::Reschedule, Channel::Email, variant),
        &templates,
    )
    .unwrap();
    assert!(
        reschedule
            .body
            .contains("- Monday 7 December at 14:00 EST / 04:00 JST on Tuesday 8 December"),
        "{}",
        reschedule.body
    );
}

#[test]
fn a_reschedule_with_no_slots_asks_them_to_propose() {
    let templates = Templates::builtin().unwrap();
    let mut input = input_for(MessageKind::Reschedule, Channel::Email, &variants()[0]);
    input.slots.clear();
    let drafted = draft(&input, &templates).unwrap();
    assert!(
        drafted
            .body
            .contains("Could you suggest two or three times"),
        "{}",
        drafted.body
    );
}

#[test]
fn a_first_draft_without_a_name_or_number_shows_where_they_go_and_is_not_ready() {
    let templates = Templates::builtin().unwrap();
    let mut input = input_for(MessageKind::Withdraw, Channel::Email, &variants()[0]);
    input.candidate.name = None;
    input.candidate.email = None;
    input.candidate.phone = None;
    let drafted = draft(&input, &templates).unwrap();
    assert!(drafted.body.contains(NAME_PLACEHOLDER), "{}", drafted.body);
    assert!(
        drafted.body.contains(CONTACT_PLACEHOLDER),
        "{}",
        drafted.body
    );
    let missing: Vec<&str> = drafted.missing.iter().map(|m| m.detail.as_str()).collect();
    assert_eq!(missing, ["name", "contact"]);
    assert!(drafted.missing[0]
        .message
        .starts_with("Your name is missing"));
    let report = check(&drafted.full_text(), &input).unwrap();
    assert!(!report.ok);
    let failing = |id: &str| {
        report
            .items
            .iter()
            .find(|item| item.id == id)
            .filter(|item| item.status == ItemStatus::Fail)
            .map(|item| item.message.clone())
    };
    assert!(failing("signature").unwrap().contains("[your name]"));
    assert!(failing("contact")
        .unwrap()
        .contains("[your e-mail or phone]"));

    // The same draft, the placeholders replaced by hand: ready.
    input.candidate.name = Some("Ana Martínez".into());
    input.candidate.email = Some("ana@example.org".into());
    let by_hand = drafted
        .full_text()
        .replace(NAME_PLACEHOLDER, "Ana Martínez")
        .replace(CONTACT_PLACEHOLDER, "ana@example.org");
    let report = check(&by_hand, &input).unwrap();
    assert!(report.ok, "{report:?}");

    // A voicemail without a number leaves the number's place, and says so.
    let mut input = input_for(MessageKind::Withdraw, Channel::Voicemail, &variants()[0]);
    input.candidate.phone = None;
    let drafted = draft(&input, &templates).unwrap();
    assert!(drafted.body.contains(PHONE_PLACEHOLDER));
    assert_eq!(drafted.missing[0].detail, "phone");
    assert!(!check(&drafted.full_text(), &input).unwrap().ok);
}

#[test]
fn missing_values_are_named() {
    let templates = Templates::builtin().unwrap();
    let base = input_for(MessageKind::Pause, Channel::Email, &variants()[0]);
    let mut input = base.clone();
    input.pause_until = None;
    assert_eq!(
        draft(&input, &templates).unwrap_err().field(),
        Some("pause_until")
    );
    let mut input = base.clone();
    input.interview.starts_at = None;
    let error = draft(&input, &templates).unwrap_err();
    assert_eq!(error.field(), Some("interview.starts_at"));
    // Said as the window says it, never as the input's key.
    assert!(
        error
            .to_string()
            .starts_with("The interview's date and time are missing"),
        "{error}"
    );
    let mut input = base.clone();
    input.kind = Some(MessageKind::ThankYouReply);
    input.channel = Some(Channel::Voicemail);
    let message = draft(&input, &templates).unwrap_err().to_string();
    assert!(
        message.contains("no voicemail version") && message.contains("email, linkedin"),
        "{message}"
    );
    let mut input = base;
    input.reason = Some("I am ill. It is bad.".into());
    assert_eq!(
        draft(&input, &templates).unwrap_err().field(),
        Some("reason")
    );
}

#[test]
fn hostile_input_stays_inert_text() {
    let templates = Templates::builtin().unwrap();
    let mut input = input_for(MessageKind::Withdraw, Channel::Email, &variants()[0]);
    input.interview.company =
        Some("{{ candidate.email }} <script>alert(1)</script> {% raw %}".into());
    input.reason = Some("{{ 7 * 7 }} {% for x in slots %}x{% endfor %}".into());
    let drafted = draft(&input, &templates).unwrap();
    assert!(
        drafted
            .body
            .contains("{{ candidate.email }} <script>alert(1)</script> {% raw %}"),
        "{}",
        drafted.body
    );
    assert!(
        drafted
            .body
            .contains("{{ 7 * 7 }} {% for x in slots %}x{% endfor %}"),
        "{}",
        drafted.body
    );
    assert!(!drafted.body.contains("49"));
    // 100 kB in a field is refused with the field's name, not rendered.
    input.interview.company = Some("x".repeat(100_000));
    let error = draft(&input, &templates).unwrap_err();
    assert_eq!(error.field(), Some("interview.company"));
}

fn context() -> MessageInput {
    MessageInput {
        kind: Some(MessageKind::Reschedule),
        channel: Some(Channel::Email),
        candidate: CandidateInput {
            name: Some("Ana Martínez".into()),
            email: Some("ana@example.org".into()),
            phone: None,
        },
        interview: InterviewInput {
            company: Some("Acme".into()),
            position: Some("Backend Engineer".into()),
            interviewer: Some("Dana Lee".into()),
            starts_at: Some("2026-12-03T10:00".into()),
            tz: Some("Europe/Berlin".into()),
            duration_minutes: None,
            location: None,
        },
        candidate_tz: Some("America/New_York".into()),
        ..MessageInput::default()
    }
}

const GOOD: &str = "Subject: Reschedule request – Ana Martínez – Backend Engineer

Dear Dana,

I am writing about our interview for the Backend Engineer position on Thursday 3 December at 10:00 CET / 04:00 EST. I am sorry, but I need to reschedule it. Could you suggest two or three times that suit you?

Thank you for your understanding.

Kind regards,
Ana Martínez
ana@example.org";

fn failed(report: &raincheck_core::message::CheckReport) -> Vec<&str> {
    report
        .items
        .iter()
        .filter(|i| i.status == ItemStatus::Fail)
        .map(|i| i.id)
        .collect()
}

fn problems(report: &raincheck_core::message::CheckReport) -> Vec<&str> {
    report.problems.iter().map(|p| p.id).collect()
}

#[test]
fn a_good_hand_written_message_passes_with_and_without_context() {
    let report = check(GOOD, &context()).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(
        report
            .items
            .iter()
            .find(|i| i.id == "time_zone")
            .unwrap()
            .status,
        ItemStatus::Pass
    );
    let report = check(GOOD, &MessageInput::default()).unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(
        report
            .items
            .iter()
            .find(|i| i.id == "time_zone")
            .unwrap()
            .status,
        ItemStatus::NotApplicable
    );
}

#[test]
fn each_missing_item_is_caught() {
    let cases = [
        ("interview_date", GOOD.replace(" on Thursday 3 December", "")),
        ("interview_time", GOOD.replace(" at 10:00 CET / 04:00 EST", "")),
        ("time_zone", GOOD.replace("10:00 CET / 04:00 EST", "10:00")),
        ("position", GOOD.replace("Backend Engineer", "job")),
        ("clear_action", GOOD.replace("I need to reschedule it", "I cannot come").replace("Reschedule request", "Interview")),
        ("apology", GOOD.replace("I am sorry, but ", "")),
        ("thanks", GOOD.replace("Thank you for your understanding.", "")),
        ("alternatives", GOOD.replace(" Could you suggest two or three times that suit you?", "")),
        ("signature", GOOD.replace("Kind regards,\nAna Martínez\n", "")),
        ("contact", GOOD.replace("\nana@example.org", "")),
        ("brief_reason", GOOD.replace("I am sorry,", "Because my cat is ill, I am sorry. Because of that, I can't sleep, and due to this I am tired. I am sorry,")),
    ];
    for (id, message) in cases {
        let report = check(&message, &context()).unwrap();
        assert!(
            failed(&report).contains(&id),
            "{id} not caught: {:?}\n{message}",
            report.items
        );
        assert!(!report.ok);
    }
}

#[test]
fn each_thing_to_avoid_is_caught_with_an_excerpt() {
    let cases = [
        (
            "too_long",
            GOOD.replace(
                "Thank you for your understanding.",
                &"I really want to explain everything in detail here. ".repeat(20),
            ),
        ),
        (
            "oversharing",
            GOOD.replace("I am sorry, but", "My migraine is back and I am sorry, but"),
        ),
        (
            "blame",
            GOOD.replace(
                "I am sorry, but",
                "Your process was confusing and I am sorry, but",
            ),
        ),
        (
            "vague",
            GOOD.replace("I need to reschedule it", "maybe I need to reschedule it"),
        ),
        (
            "drama",
            GOOD.replace("I need to reschedule it.", "I need to reschedule it!"),
        ),
        ("drama", GOOD.replace("I am sorry", "I am VERY sorry")),
    ];
    for (id, message) in cases {
        let report = check(&message, &context()).unwrap();
        let problem = report
            .problems
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("{id} not caught: {:?}", report.problems));
        assert!(!problem.excerpt.is_empty() && !problem.message.is_empty());
    }
    let mut late = context();
    late.hours_until = Some(6.0);
    assert!(problems(&check(GOOD, &late).unwrap()).contains(&"late_email"));
}

#[test]
fn a_wrong_date_weekday_time_or_position_is_a_mismatch_with_the_right_value() {
    let wrong_date = check(
        &GOOD.replace("Thursday 3 December", "4 December"),
        &context(),
    )
    .unwrap();
    let mismatch = wrong_date
        .problems
        .iter()
        .find(|p| p.id == "mismatch")
        .expect("a date mismatch");
    assert_eq!(mismatch.excerpt, "4 December");
    assert!(
        mismatch.message.contains("Thursday 3 December"),
        "{}",
        mismatch.message
    );

    let wrong_weekday = check(
        &GOOD.replace("Thursday 3 December", "Friday 3 December"),
        &context(),
    )
    .unwrap();
    let mismatch = wrong_weekday
        .problems
        .iter()
        .find(|p| p.id == "mismatch")
        .expect("a weekday mismatch");
    assert!(
        mismatch.message.contains("Thursday"),
        "{}",
        mismatch.message
    );

    let wrong_time = check(
        &GOOD.replace("10:00 CET / 04:00 EST", "11:00 CET"),
        &context(),
    )
    .unwrap();
    let mismatch = wrong_time
        .problems
        .iter()
        .find(|p| p.id == "mismatch")
        .expect("a time mismatch");
    assert_eq!(mismatch.excerpt, "11:00");
    assert!(
        mismatch.message.contains("10:00 CET"),
        "{}",
        mismatch.message
    );

    let wrong_position = check(
        &GOOD.replace(
            "for the Backend Engineer position",
            "for the Frontend Engineer position",
        ),
        &context(),
    )
    .unwrap();
    assert!(problems(&wrong_position).contains(&"mismatch"));

    // Other ways of writing the right date are no mismatch.
    for right in ["03/12", "Dec 3rd", "2026-12-03", "Thursday the 3rd"] {
        let report = check(&GOOD.replace("Thursday 3 December", right), &context()).unwrap();
        assert!(
            !problems(&report).contains(&"mismatch"),
            "{right}: {:?}",
            report.problems
        );
    }
}

#[test]
fn edited_templates_are_checked_saved_reset_and_exported() {
    use raincheck_core::log::key_vault::NoKeyring;
    use raincheck_core::log::Log;
    let dir = tempfile::tempdir().unwrap();
    let mut log =
        Log::open_at(&dir.path().join("raincheck.db"), &NoKeyring("none".into())).unwrap();
    let now = "2026-11-27T12:00:00Z".parse().unwrap();
    let name = "withdraw.email.tera";

    let broken = "Subject: Hi\n\n{{ greeting }}\n\nI withdraw {% if reason %}{{ reason }}\n";
    let error = log.save_template(name, broken, now).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("line") && message.contains("column"),
        "{message}"
    );
    assert!(
        log.template_edits().unwrap().is_empty(),
        "a broken template is never saved"
    );

    let mine = "Subject: Withdrawal – {{ candidate.name }} – {{ interview.position }}\n\n{{ greeting }}\n\nMy own words about {{ interview.date }} at {{ interview.time }}: I withdraw, sorry, and thank you.\n\n{{ candidate.name }}\n{{ candidate.contact_line }}";
    log.save_template(name, mine, now).unwrap();
    let input = input_for(MessageKind::Withdraw, Channel::Email, &variants()[0]);
    let drafted = draft(&input, &log.templates().unwrap()).unwrap();
    assert!(
        drafted
            .body
            .contains("My own words about Thursday 3 December"),
        "{}",
        drafted.body
    );

    let exported = log.export_json().unwrap();
    let other_dir = tempfile::tempdir().unwrap();
    let mut other = Log::open_at(
        &other_dir.path().join("raincheck.db"),
        &NoKeyring("none".into()),
    )
    .unwrap();
    other.import_json(&exported).unwrap();
    assert_eq!(
        other.template_edits().unwrap(),
        vec![(name.to_string(), mine.to_string())]
    );

    log.reset_template(name).unwrap();
    let drafted = draft(&input, &log.templates().unwrap()).unwrap();
    assert!(
        drafted.body.contains("I have decided to withdraw"),
        "{}",
        drafted.body
    );
    assert!(log.save_template("not-a-template.tera", mine, now).is_err());
}

/// The item `id` of a report.
fn status_of(report: &raincheck_core::message::CheckReport, id: &str) -> Option<ItemStatus> {
    report.items.iter().find(|i| i.id == id).map(|i| i.status)
}

#[test]
fn each_moment_item_passes_on_the_draft_and_fails_without_its_words() {
    let templates = Templates::builtin().unwrap();
    let variant = &variants()[0];
    // (kind, channel, item, what to take out of the draft, what to put in)
    let cases = [
        (MessageKind::RunningLate, Channel::Sms, "delay", "a few minutes", "a bit"),
        (MessageKind::RunningLate, Channel::Sms, "clear_action", "running about 15 minutes late", "held up"),
        (MessageKind::ConfirmNewTime, Channel::Email, "new_time", "Tuesday 8 December at 09:30 CET", "the time you offered"),
        (MessageKind::ConfirmNewTime, Channel::Sms, "clear_action", "I'm glad to confirm", "I note"),
        (MessageKind::WithdrawViaAgency, Channel::Email, "pass_on", "Could you please pass this on to Dana Lee at Acme Analytics GmbH, with my apologies?", ""),
        (MessageKind::WithdrawViaAgency, Channel::Sms, "client_named", " at Acme Analytics GmbH", ""),
        (MessageKind::WithdrawAfterOffer, Channel::Email, "stop_steps", "Please stop any steps already under way for me, such as paperwork, checks or relocation, and tell me if there is anything I should return. ", ""),
        (MessageKind::DeclineOffer, Channel::Email, "clear_action", "decline the offer", "move on"),
        (MessageKind::FollowUpNoReply, Channel::Linkedin, "clear_action", "I wanted to follow up on the message I sent you", "There is news"),
        (MessageKind::ResumeAfterPause, Channel::Linkedin, "clear_action", "I am now ready to continue, and would", "I would"),
        (MessageKind::UnableToJoin, Channel::Sms, "alternatives", "Could we find another time? I'll e-mail you a few options. ", ""),
    ];
    for (kind, channel, id, take_out, put_in) in cases {
        let mut input = input_for(kind, channel, variant);
        // Without minutes there is no arrival time, which would say how late on its own.
        input.minutes_late = (id != "delay").then_some(15);
        // Slots in the input count as offered, whatever the text says.
        if id == "alternatives" {
            input.slots.clear();
        }
        let text = draft(&input, &templates).unwrap().full_text();
        let report = check(&text, &input).unwrap();
        assert_eq!(
            status_of(&report, id),
            Some(ItemStatus::Pass),
            "{kind} by {channel}: {id} should pass\n{text}\n{:?}",
            report.items
        );
        assert!(
            text.contains(take_out),
            "{kind} by {channel}: {take_out:?} not in\n{text}"
        );
        let without = text.replace(take_out, put_in);
        let report = check(&without, &input).unwrap();
        assert_eq!(
            status_of(&report, id),
            Some(ItemStatus::Fail),
            "{kind} by {channel}: {id} should fail\n{without}\n{:?}",
            report.items
        );
        assert!(!report.ok);
    }
    // Each item belongs to its own kind: a plain withdrawal lists none of them.
    let input = input_for(MessageKind::Withdraw, Channel::Email, variant);
    let report = check(&draft(&input, &templates).unwrap().full_text(), &input).unwrap();
    for id in ["delay", "new_time", "pass_on", "client_named", "stop_steps"] {
        assert_eq!(status_of(&report, id), None, "{id}");
    }
}

#[test]
fn old_inputs_without_the_new_fields_still_read() {
    let old = r#"{"kind": "withdraw", "channel": "email", "candidate": {"name": "Ana"},
        "interview": {"company": "Acme", "position": "Engineer"}, "slots": []}"#;
    let input: MessageInput = serde_json::from_str(old).unwrap();
    assert_eq!(input.minutes_late, None);
    assert_eq!(input.new_time, None);
    assert_eq!(input.agency, None);
    let new = r#"{"kind": "running_late", "channel": "sms", "minutes_late": 10,
        "new_time": {"starts_at": "2026-12-07T14:00", "tz": "Europe/Berlin"},
        "agency": "Hays", "recruiter": "Chris Morgan", "next_round": "the final round",
        "days_since_last_message": 6}"#;
    let input: MessageInput = serde_json::from_str(new).unwrap();
    assert_eq!(input.channel, Some(Channel::Sms));
    assert_eq!(input.minutes_late, Some(10));
}
