//! No panic on any input, for the entry points that read what a stranger can
//! write: an .ics invite, the draft's input, and a message template.
//!
//! Each property runs 256 cases in the suite. For a long fuzz run, raise the
//! count (see the README):
//!     PROPTEST_CASES=1000000 cargo test --release -p raincheck-core --test fuzz_inputs

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::sample::select;
use raincheck_core::calendar::ics::import_ics;
use raincheck_core::message::{
    check_template, draft, CandidateInput, Channel, InterviewInput, MessageInput, MessageKind,
    MessageOptions, SlotInput, Templates,
};

/// Lines an invite is made of, some well formed, some broken, some random.
fn ics_line() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec![
            "BEGIN:VCALENDAR",
            "END:VCALENDAR",
            "BEGIN:VEVENT",
            "END:VEVENT",
            "BEGIN:VALARM",
            "END:VALARM",
            "BEGIN:VTIMEZONE",
            "END:VTIMEZONE",
            "VERSION:2.0",
            "DTSTART:20261203T090000Z",
            "DTEND:20261203T100000Z",
            "DTSTART;VALUE=DATE:20261203",
        ])
        .prop_map(str::to_owned),
        "(DTSTART|DTEND)(;TZID=\"?[A-Za-z/_ ]{0,30}\"?)?:[0-9TZ]{0,17}",
        "SUMMARY:[^\r\n]{0,60}",
        "ORGANIZER(;CN=\"?[^\r\n\"]{0,12}\"?)?:(mailto:|MAILTO:)?[a-z@. ]{0,20}",
        "[A-Z-]{1,10}(;[A-Z]{0,5}=\"?[^\r\n]{0,12}\"?){0,3}:[^\r\n]{0,30}",
        any::<String>(),
    ]
}

fn ics_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            ics_line(),
            select(vec!["\r\n", "\n", "\r", "\r\n ", "\n\t", ""]),
        ),
        0..40,
    )
    .prop_map(|lines| {
        lines
            .into_iter()
            .map(|(line, end)| line + end)
            .collect::<String>()
    })
}

fn some_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        "[ -~]{0,40}".prop_map(Some),
        any::<String>().prop_map(Some),
        "[a-zA-Z .'-]{1,30}".prop_map(Some),
    ]
}

fn start_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        "20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?([+-][01][0-9]:[0-5][0-9]|Z)?"
            .prop_map(Some),
        any::<String>().prop_map(Some),
    ]
}

fn zone_text() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        select(vec![
            "Europe/Berlin",
            "America/New_York",
            "Asia/Kolkata",
            "Australia/Lord_Howe",
            "UTC",
            "Etc/GMT+12",
            "europe/berlin",
            "",
        ])
        .prop_map(|z| Some(z.to_owned())),
        any::<String>().prop_map(Some),
    ]
}

prop_compose! {
    fn message_input()(
        kind in prop::option::of(select(MessageKind::ALL.to_vec())),
        channel in prop::option::of(select(vec![
            Channel::Phone, Channel::Voicemail, Channel::Email, Channel::Linkedin, Channel::Platform,
            Channel::Sms,
        ])),
        names in (some_text(), some_text(), some_text()),
        interview in (some_text(), some_text(), some_text(), start_text(), zone_text(), prop::option::of(any::<u32>()), some_text()),
        candidate_tz in zone_text(),
        reason in some_text(),
        slots in prop::collection::vec((start_text(), zone_text()), 0..5),
        pause in prop::option::of((-400_000i32..400_000, 0u32..14, 0u32..33)),
        extras in (some_text(), some_text(), some_text(), prop::option::of(any::<bool>())),
        moving in (some_text(), some_text()),
        options in (any::<bool>(), any::<bool>(), any::<bool>()),
        hours_until in prop::option::of(any::<f64>()),
        moments in (
            prop::option::of(any::<u32>()),
            prop::option::of((start_text(), zone_text())),
            (some_text(), some_text(), some_text()),
            prop::option::of(any::<u32>()),
        ),
    ) -> MessageInput {
        MessageInput {
            kind,
            channel,
            candidate: CandidateInput { name: names.0, email: names.1, phone: names.2 },
            interview: InterviewInput {
                company: interview.0,
                position: interview.1,
                interviewer: interview.2,
                starts_at: interview.3,
                tz: interview.4,
                duration_minutes: interview.5,
                location: interview.6,
            },
            candidate_tz,
            reason,
            slots: slots
                .into_iter()
                .map(|(starts_at, tz)| SlotInput {
                    starts_at: starts_at.unwrap_or_default(),
                    tz: tz.unwrap_or_default(),
                })
                .collect(),
            pause_until: pause.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            new_role: extras.0,
            referral: extras.1,
            their_subject: extras.2,
            still_interested: extras.3,
            decision: None,
            moving_to: moving.0,
            moving_when: moving.1,
            minutes_late: moments.0,
            new_time: moments.1.map(|(starts_at, tz)| SlotInput {
                starts_at: starts_at.unwrap_or_default(),
                tz: tz.unwrap_or_default(),
            }),
            next_round: moments.2.0,
            agency: moments.2.1,
            recruiter: moments.2.2,
            days_since_last_message: moments.3,
            options: MessageOptions { door_open: options.0, keep_in_touch: options.1, first_names: options.2 },
            hours_until,
            now: None,
            language: None,
        }
    }
}

/// Pieces templates are made of, so generated templates reach Tera's parser
/// and the checks rather than stopping at the first character.
fn template_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        select(vec![
            "{{",
            "}}",
            "{%",
            "%}",
            "{#",
            "#}",
            "{{-",
            "-}}",
            "{%-",
            "-%}",
            " if ",
            " elif ",
            " else ",
            " endif ",
            " for c in slots ",
            " for c in candidate.name ",
            " endfor ",
            " include \"parts/signoff.tera\" ",
            " include \"withdraw.email.tera\" ",
            " raw ",
            " endraw ",
            " macro m() ",
            " endmacro ",
            " set x = 1 ",
            " set_global y = y ~ y ",
            "candidate.name",
            "interview.position",
            "slots",
            "loop.last",
            "greeting",
            " | upper",
            " | truncate(length=3)",
            " | replace(from=\"a\", to=\"b\")",
            " | join(sep=\", \")",
            "range(end=5)",
            "get_env(name=\"HOME\")",
            "(",
            ")",
            "[",
            "]",
            "\"",
            "'",
            "`",
            ",",
            " not ",
            " and ",
            " or ",
            " ~ ",
            " == ",
            " > ",
            " in ",
            " is defined ",
            "1",
            "1.5",
            "true",
            "\n",
            "Subject: x\n\n",
            "Dear ",
            "x",
            " ",
        ])
        .prop_map(str::to_owned),
        "[ -~]{0,6}",
    ];
    prop::collection::vec(token, 0..60).prop_map(|tokens| tokens.concat())
}

fn fixed_input() -> MessageInput {
    MessageInput {
        kind: Some(MessageKind::Withdraw),
        channel: Some(Channel::Email),
        candidate: CandidateInput {
            name: Some("Ana Martínez".into()),
            email: Some("ana@example.org".into()),
            phone: None,
        },
        interview: InterviewInput {
            company: Some("Acme".into()),
            position: Some("Engineer".into()),
            interviewer: Some("Dana Lee".into()),
            starts_at: Some("2026-12-03T10:00".into()),
            tz: Some("Europe/Berlin".into()),
            duration_minutes: Some(45),
            location: None,
        },
        slots: vec![SlotInput {
            starts_at: "2026-12-07T14:00".into(),
            tz: "Europe/Berlin".into(),
        }],
        ..MessageInput::default()
    }
}

static BUILTIN: std::sync::LazyLock<Templates> =
    std::sync::LazyLock::new(|| Templates::builtin().expect("built-ins load"));

/// A template that passes the checks is rendered within the limits; one that
/// does not is never rendered.
fn check_then_draft(source: &str) {
    let name = "withdraw.email.tera";
    let accepted = check_template(name, source).is_ok();
    let templates =
        Templates::with_edits(&[(name.to_string(), source.to_string())]).expect("built-ins load");
    match draft(&fixed_input(), &templates) {
        Ok(drafted) => {
            assert!(accepted, "an unchecked template was rendered: {source:?}");
            assert!(drafted.full_text().len() <= 64 * 1024);
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
}

proptest! {
    #[test]
    fn ics_import_never_panics_on_invite_like_text(text in ics_text()) {
        if let Err(error) = import_ics(&text) {
            prop_assert!(!error.to_string().is_empty());
        }
    }

    #[test]
    fn ics_import_never_panics_on_any_text(text in any::<String>()) {
        let _ = import_ics(&text);
    }

    #[test]
    fn drafting_never_panics_on_any_input(input in message_input()) {
        if let Ok(drafted) = draft(&input, &BUILTIN) {
            prop_assert!(!drafted.body.trim().is_empty());
        }
    }

    #[test]
    fn drafting_a_good_input_with_one_odd_field_never_panics(
        kind in select(MessageKind::ALL.to_vec()),
        channel in select(vec![Channel::Phone, Channel::Voicemail, Channel::Email, Channel::Linkedin, Channel::Platform]),
        field in 0usize..9,
        odd in any::<String>(),
        n_slots in 0usize..5,
    ) {
        let mut input = fixed_input();
        input.kind = Some(kind);
        input.channel = Some(channel);
        input.candidate.phone = Some("+34 600 123 456".into());
        input.pause_until = NaiveDate::from_ymd_opt(2027, 1, 15);
        input.slots = vec![input.slots[0].clone(); n_slots];
        let odd = Some(odd);
        match field {
            0 => input.candidate.name = odd,
            1 => input.candidate.email = odd,
            2 => input.interview.company = odd,
            3 => input.interview.position = odd,
            4 => input.interview.interviewer = odd,
            5 => input.reason = odd,
            6 => input.referral = odd,
            7 => input.new_role = odd,
            _ => input.interview.starts_at = odd,
        }
        if let Ok(drafted) = draft(&input, &BUILTIN) {
            prop_assert!(!drafted.body.trim().is_empty());
        }
    }

    #[test]
    fn drafting_never_panics_on_any_json(text in any::<String>()) {
        if let Ok(input) = serde_json::from_str::<MessageInput>(&text) {
            let _ = draft(&input, &BUILTIN);
        }
    }

    #[test]
    fn template_checks_never_panic_and_bound_what_they_accept(source in template_text()) {
        check_then_draft(&source);
    }

    #[test]
    fn template_checks_never_panic_on_any_text(source in any::<String>()) {
        check_then_draft(&source);
    }
}
