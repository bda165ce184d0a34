//! The built-in wording, read as a recruiter reads it: each test drafts a
//! message and looks for what a reader would notice.

use chrono::NaiveDate;
use raincheck_core::decision::Decision;
use raincheck_core::message::{
    draft, phone_for_speaking, CandidateInput, Channel, InterviewInput, MessageInput, MessageKind,
    MessageOptions, SlotInput, Templates,
};

const PHONE: &str = "+34 600 123 456";

/// An interview on Thursday 3 December, 10:00 in Berlin, for a candidate in New York.
fn input(kind: MessageKind, channel: Channel) -> MessageInput {
    MessageInput {
        kind: Some(kind),
        channel: Some(channel),
        candidate: CandidateInput {
            name: Some("Ana Martínez".into()),
            email: Some("ana@example.org".into()),
            phone: Some(PHONE.into()),
        },
        interview: InterviewInput {
            company: Some("Acme Analytics GmbH".into()),
            position: Some("Backend Engineer".into()),
            interviewer: Some("Dana Lee".into()),
            starts_at: Some("2026-12-03T10:00".into()),
            tz: Some("Europe/Berlin".into()),
            duration_minutes: Some(45),
            location: None,
        },
        candidate_tz: Some("America/New_York".into()),
        pause_until: NaiveDate::from_ymd_opt(2027, 1, 15),
        ..MessageInput::default()
    }
}

fn text_of(input: &MessageInput) -> String {
    let templates = Templates::builtin().unwrap();
    draft(input, &templates)
        .unwrap_or_else(|e| panic!("{:?} by {:?}: {e}", input.kind, input.channel))
        .full_text()
}

fn text(kind: MessageKind, channel: Channel) -> String {
    text_of(&input(kind, channel))
}

/// Every kind and channel there is, Platform aside (it uses the LinkedIn text).
fn every_draft() -> Vec<(MessageKind, Channel)> {
    MessageKind::ALL
        .iter()
        .flat_map(|kind| kind.channels().iter().map(move |channel| (*kind, *channel)))
        .filter(|(_, channel)| *channel != Channel::Platform)
        .collect()
}

#[test]
fn a_pause_says_the_candidate_is_still_very_interested_and_names_its_date_once() {
    for channel in MessageKind::Pause.channels() {
        let message = text(MessageKind::Pause, *channel);
        // Said aloud, the weekday is left out.
        let date = if *channel == Channel::Voicemail {
            "15 January"
        } else {
            "Friday 15 January"
        };
        assert_eq!(message.matches(date).count(), 1, "{channel}: {message}");
        assert!(
            message.contains("still very interested"),
            "{channel}: {message}"
        );
        assert!(!message.contains("few weeks"), "{channel}: {message}");
    }
}

#[test]
fn a_pause_is_as_long_as_the_date_chosen() {
    let mut pause = input(MessageKind::Pause, Channel::Email);
    assert!(text_of(&pause).contains("for about six weeks"));
    pause.pause_until = NaiveDate::from_ymd_opt(2026, 12, 17);
    assert!(text_of(&pause).contains("for about two weeks"));
    // Counted from today when today is known.
    pause.now = Some("2026-11-19T09:00:00Z".parse().unwrap());
    assert!(text_of(&pause).contains("for about four weeks"));
}

#[test]
fn an_unwell_candidate_offers_video_only_for_an_interview_in_person() {
    let places = [
        (Some("Friedrichstraße 12, 10117 Berlin"), true),
        (Some("https://meet.example.com/abc-defg-hij"), false),
        (Some("Zoom (link to follow)"), false),
        (None, false),
    ];
    for channel in [Channel::Email, Channel::Linkedin, Channel::Phone] {
        for (place, in_person) in places {
            let mut ill = input(MessageKind::RescheduleIllness, channel);
            ill.interview.location = place.map(Into::into);
            let message = text_of(&ill);
            assert_eq!(
                message.contains("by video"),
                in_person,
                "{channel} at {place:?}: {message}"
            );
            assert!(
                message.contains("still interests me very much") || message.contains("still keen"),
                "{channel}: {message}"
            );
        }
    }
}

#[test]
fn short_notice_is_apologised_for_only_when_it_is_short() {
    let phrase = "short notice";
    for (kind, channel) in every_draft() {
        let mut days_ahead = input(kind, channel);
        days_ahead.hours_until = Some(5.0 * 24.0);
        let message = text_of(&days_ahead);
        assert!(!message.contains(phrase), "{kind} by {channel}: {message}");
    }
    // From the clock as well as from a given number of hours.
    let mut tomorrow = input(MessageKind::Reschedule, Channel::Phone);
    tomorrow.now = Some("2026-12-02T15:00:00Z".parse().unwrap());
    assert!(text_of(&tomorrow).contains(phrase));
    for kind in [
        MessageKind::Withdraw,
        MessageKind::WithdrawAcceptedOffer,
        MessageKind::WithdrawNotAFit,
        MessageKind::WithdrawRelocation,
        MessageKind::Reschedule,
        MessageKind::RescheduleIllness,
        MessageKind::Pause,
    ] {
        let mut late = input(kind, Channel::Phone);
        late.hours_until = Some(5.0);
        let message = text_of(&late);
        assert!(message.contains(phrase), "{kind}: {message}");
    }
}

#[test]
fn a_missed_interview_asks_for_a_new_time_only_when_the_role_is_still_wanted() {
    for channel in MessageKind::NoShowApology.channels() {
        let mut wanted = input(MessageKind::NoShowApology, *channel);
        wanted.reason = Some("a family emergency kept me away".into());
        let message = text_of(&wanted);
        assert!(message.contains("another time"), "{channel}: {message}");
        // After a real emergency there is nothing they should have done.
        assert!(!message.contains("should have"), "{channel}: {message}");

        let mut not_wanted = wanted.clone();
        not_wanted.still_interested = Some(false);
        not_wanted.slots = vec![SlotInput {
            starts_at: "2026-12-07T14:00".into(),
            tz: "Europe/Berlin".into(),
        }];
        let message = text_of(&not_wanted);
        assert!(
            !message.contains("another time") || message.contains("not asking for another time"),
            "{channel}: {message}"
        );
        assert!(
            !message.contains("Monday 7 December"),
            "{channel}: {message}"
        );
        assert!(message.contains("withdraw"), "{channel}: {message}");
        assert!(message.contains("sorry"), "{channel}: {message}");
    }
}

#[test]
fn asking_about_remote_work_does_not_contradict_itself_and_says_where_and_when() {
    for channel in MessageKind::AskRemote.channels() {
        let mut ask = input(MessageKind::AskRemote, *channel);
        let message = text_of(&ask);
        assert!(
            !message.contains("could not work from your office"),
            "{message}"
        );
        assert!(
            message.contains("every day") && message.contains("hybrid"),
            "{message}"
        );
        ask.moving_to = Some("Lisbon".into());
        ask.moving_when = Some("at the end of January".into());
        let message = text_of(&ask);
        assert!(
            message.contains("moving to Lisbon at the end of January"),
            "{channel}: {message}"
        );
    }
}

#[test]
fn the_short_follow_up_restates_the_decision_in_one_line() {
    for channel in [Channel::Email, Channel::Linkedin] {
        let mut follow_up = input(MessageKind::ClarifyAfterOvershare, channel);
        for (decision, line) in [
            (
                Decision::Withdraw,
                "In short, I am withdrawing my application.",
            ),
            (
                Decision::Reschedule,
                "In short, I would like to move our interview to another time",
            ),
            (
                Decision::Pause,
                "In short, I would like you to keep my application open until Friday 15 January",
            ),
        ] {
            follow_up.decision = Some(decision);
            let message = text_of(&follow_up);
            assert!(message.contains(line), "{decision}: {message}");
        }
    }
}

#[test]
fn replies_keep_the_employers_thread_and_read_warmly() {
    for kind in [MessageKind::ReplyToNegative, MessageKind::ThankYouReply] {
        let mut reply = input(kind, Channel::Email);
        let fallback = text_of(&reply);
        assert!(fallback.starts_with("Subject: "), "{fallback}");
        for subject in [
            "Your interview on 3 December",
            "RE: Your interview on 3 December",
        ] {
            reply.their_subject = Some(subject.into());
            let message = text_of(&reply);
            assert!(
                message.starts_with("Subject: Re: Your interview on 3 December\n"),
                "{kind}: {message}"
            );
            assert!(!message.contains("honesty"), "{kind}: {message}");
        }
    }
}

#[test]
fn the_note_after_a_new_start_names_the_role_naturally() {
    for channel in [Channel::Email, Channel::Linkedin] {
        let mut note = input(MessageKind::NewRoleNote, channel);
        note.new_role = Some("Data Analyst at Globex".into());
        let message = text_of(&note);
        assert!(
            message.contains("I have now started my new role: Data Analyst at Globex."),
            "{message}"
        );
        assert!(!message.contains("our conversations"), "{message}");
        note.new_role = None;
        assert!(text_of(&note).contains("I have now started a new role."));
    }
}

#[test]
fn optional_lines_sit_in_their_own_paragraph_and_linkedin_is_not_offered_on_linkedin() {
    for (kind, channel) in every_draft() {
        let mut with_options = input(kind, channel);
        with_options.options = MessageOptions {
            door_open: true,
            keep_in_touch: true,
            first_names: false,
        };
        with_options.referral = Some("Priya Raman".into());
        let message = text_of(&with_options);
        if channel == Channel::Linkedin {
            assert!(!message.contains("on LinkedIn"), "{kind}: {message}");
        }
        let Some(paragraph) = message.split("\n\n").find(|p| p.contains("Priya Raman")) else {
            continue;
        };
        assert!(
            paragraph.contains("future roles") && paragraph.contains("stay in touch"),
            "{kind} by {channel}: {paragraph}"
        );
        assert!(
            !paragraph.contains("Backend Engineer") && !paragraph.contains("Thank you"),
            "{kind} by {channel}: the optional lines share a paragraph: {paragraph}"
        );
    }
    let email = text_of(&MessageInput {
        options: MessageOptions {
            keep_in_touch: true,
            ..MessageOptions::default()
        },
        ..input(MessageKind::Withdraw, Channel::Email)
    });
    assert!(email.contains("stay in touch on LinkedIn"), "{email}");
}

#[test]
fn phone_scripts_greet_by_first_name_say_their_time_name_the_company_and_have_an_answer_ready() {
    for kind in MessageKind::ALL {
        if !kind.channels().contains(&Channel::Phone) {
            continue;
        }
        let mut call = input(*kind, Channel::Phone);
        // Through an agency the call is to the recruiter.
        call.recruiter = Some("Dana Lee".into());
        let message = text_of(&call);
        assert!(
            message.starts_with("Opening: Hello Dana, this is Ana Martínez."),
            "{message}"
        );
        assert!(!message.contains("Dana Lee"), "{message}");
        assert!(message.contains("Acme Analytics GmbH"), "{message}");
        if kind.is_about_the_interview() {
            // Their clock only: 10:00 in Berlin, never the candidate's 04:00 EST.
            assert!(message.contains("at 10 am your time"), "{message}");
        }
        assert!(
            !message.contains("EST") && !message.contains("4 am"),
            "{message}"
        );
        assert!(
            [
                "If they ask why:",
                "If they ask what happened:",
                "If they ask what changed:"
            ]
            .iter()
            .any(|line| message.contains(line)),
            "{message}"
        );
    }
    let mut titled = input(MessageKind::Withdraw, Channel::Phone);
    titled.interview.interviewer = Some("Dr. Ada Okafor".into());
    assert!(text_of(&titled).starts_with("Opening: Hello Dr. Okafor,"));
}

#[test]
fn voicemails_give_the_number_slowly_at_the_start_and_again_at_the_end() {
    let spoken = phone_for_speaking(PHONE);
    assert_eq!(spoken, "plus 3 4, 6 0 0, 1 2 3, 4 5 6");
    for kind in MessageKind::ALL {
        if !kind.channels().contains(&Channel::Voicemail) {
            continue;
        }
        let message = text(*kind, Channel::Voicemail);
        let first_sentence = message.split(". ").next().unwrap_or("");
        assert_eq!(
            first_sentence,
            format!("Hello, this is Ana Martínez, on {spoken}"),
            "{kind}: {message}"
        );
        assert!(
            message.ends_with(&format!("{spoken}.")),
            "{kind}: {message}"
        );
        assert_eq!(message.matches(&spoken).count(), 2, "{kind}: {message}");
        assert!(
            message.contains("Acme Analytics GmbH") && message.contains("Backend Engineer"),
            "{kind}: {message}"
        );
    }
}

#[test]
fn the_rewritten_templates_do_not_follow_the_source_article() {
    // Phrases of the article's own examples, which our wording must not reuse.
    let borrowed = [
        "would prefer to reschedule",
        "perform at my best",
        "be at my best",
        "after further reflection",
        "right fit for my career direction",
        "need to pause my candidacy",
        "would you be open to holding my application",
        "due to personal commitments",
        "must withdraw my candidacy",
        "cross paths in the future",
        "thank you for the opportunity",
    ];
    for kind in [
        MessageKind::RescheduleIllness,
        MessageKind::WithdrawNotAFit,
        MessageKind::Pause,
        MessageKind::DeclineNextRound,
        MessageKind::RunningLate,
        MessageKind::UnableToJoin,
        MessageKind::ConfirmNewTime,
        MessageKind::FollowUpNoReply,
        MessageKind::ResumeAfterPause,
        MessageKind::DeclineOffer,
        MessageKind::WithdrawAfterOffer,
        MessageKind::WithdrawViaAgency,
    ] {
        for channel in kind.channels() {
            let message = text(kind, *channel).to_lowercase();
            for phrase in borrowed {
                assert!(!message.contains(phrase), "{kind} by {channel}: {phrase:?}");
            }
        }
    }
}

#[test]
fn texts_are_short_have_no_subject_and_end_with_the_name() {
    for kind in MessageKind::ALL {
        if !kind.channels().contains(&Channel::Sms) {
            continue;
        }
        let mut sms = input(*kind, Channel::Sms);
        sms.recruiter = Some("Chris Morgan".into());
        sms.minutes_late = Some(10);
        let message = text_of(&sms);
        assert!(!message.contains("Subject:"), "{kind}: {message}");
        assert!(!message.contains("regards"), "{kind}: {message}");
        assert_eq!(
            message.lines().last(),
            Some("Ana Martínez"),
            "{kind}: {message}"
        );
        assert!(
            message.split_whitespace().count() <= 60,
            "{kind}: {message}"
        );
    }
}

#[test]
fn running_late_says_today_on_the_day_and_by_when() {
    for channel in MessageKind::RunningLate.channels() {
        let mut late = input(MessageKind::RunningLate, *channel);
        late.minutes_late = Some(10);
        late.now = Some("2026-12-03T08:30:00Z".parse().unwrap());
        let message = text_of(&late);
        assert!(message.contains("today"), "{channel}: {message}");
        assert!(!message.contains("3 December"), "{channel}: {message}");
        assert!(
            message.contains("about 10 minutes late"),
            "{channel}: {message}"
        );
        let by = if channel.is_spoken() {
            "by 10:10 am"
        } else {
            "by 10:10 CET"
        };
        assert!(message.contains(by), "{channel}: {message}");
        assert!(!message.contains("short notice"), "{channel}: {message}");
        // Drafted the day before, it names the date instead.
        late.now = Some("2026-12-02T08:30:00Z".parse().unwrap());
        let message = text_of(&late);
        assert!(!message.contains("today"), "{channel}: {message}");
    }
}

#[test]
fn confirming_names_the_time_they_proposed() {
    for channel in MessageKind::ConfirmNewTime.channels() {
        let mut confirm = input(MessageKind::ConfirmNewTime, *channel);
        confirm.new_time = Some(SlotInput {
            starts_at: "2026-12-07T14:00".into(),
            tz: "Europe/Berlin".into(),
        });
        let message = text_of(&confirm);
        assert!(
            message.contains("confirm Monday 7 December at 14:00 CET / 08:00 EST"),
            "{channel}: {message}"
        );
        assert!(!message.contains("sorry"), "{channel}: {message}");
    }
}

#[test]
fn through_an_agency_the_recruiter_is_greeted_and_asked_to_pass_it_on() {
    let mut agency = input(MessageKind::WithdrawViaAgency, Channel::Email);
    agency.recruiter = Some("Chris Morgan".into());
    agency.agency = Some("Northbridge Talent".into());
    let message = text_of(&agency);
    assert!(message.contains("\nDear Chris Morgan,\n"), "{message}");
    assert!(
        message.contains("pass this on to Dana Lee at Acme Analytics GmbH"),
        "{message}"
    );
    assert!(message.contains("Thank you for all your work"), "{message}");
    assert!(
        message.contains("with you and Northbridge Talent"),
        "{message}"
    );
    // No recruiter's name: a plain hello, never "Dear hiring team".
    agency.recruiter = None;
    let message = text_of(&agency);
    assert!(message.contains("\nHello,\n"), "{message}");
}

#[test]
fn the_follow_up_says_when_and_what_was_asked() {
    for channel in MessageKind::FollowUpNoReply.channels() {
        let mut nudge = input(MessageKind::FollowUpNoReply, *channel);
        nudge.days_since_last_message = Some(6);
        nudge.decision = Some(Decision::Reschedule);
        let message = text_of(&nudge);
        assert!(message.contains("about a week ago"), "{channel}: {message}");
        assert!(
            message.contains("asking to move our interview"),
            "{channel}: {message}"
        );
        assert!(
            message.contains("which time would suit you"),
            "{channel}: {message}"
        );
        nudge.decision = Some(Decision::Pause);
        let message = text_of(&nudge);
        assert!(
            message.contains("keep my application open until Friday 15 January"),
            "{channel}: {message}"
        );
    }
}

#[test]
fn after_an_offer_the_message_is_quick_warm_and_stops_what_was_started() {
    for channel in MessageKind::WithdrawAfterOffer.channels() {
        let message = text(MessageKind::WithdrawAfterOffer, *channel);
        assert!(message.contains("stop any steps"), "{channel}: {message}");
        assert!(message.contains("sorry"), "{channel}: {message}");
    }
    for channel in MessageKind::DeclineOffer.channels() {
        let message = text(MessageKind::DeclineOffer, *channel);
        assert!(message.contains("decline"), "{channel}: {message}");
        assert!(message.contains("straight away"), "{channel}: {message}");
        // No date: there is no interview left to name.
        assert!(!message.contains("3 December"), "{channel}: {message}");
    }
}
