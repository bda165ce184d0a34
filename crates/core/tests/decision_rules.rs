//! The decision and channel rules of docs/domain.md §1–2, case by case, and over
//! every combination of the enumerated answers.

use raincheck_core::decision::{
    advise, Action, AdviceInput, Interest, LegalFlag, Obstacle, Scenario,
};
use raincheck_core::log::ContactChannel;
use raincheck_core::message::{Channel, MessageKind};

fn input(
    interest: Interest,
    obstacle: Option<Obstacle>,
    scenario: Option<Scenario>,
    hours: f64,
) -> AdviceInput {
    AdviceInput {
        interest,
        obstacle,
        scenario,
        hours_until: Some(hours),
        starts_at: None,
        tz: None,
        now: None,
        contact_channel: None,
        has_email: true,
        has_phone: true,
        keep_option_open: false,
        open_to_remote: false,
        legal_flags: Vec::new(),
        candidate_tz: None,
        interviewer_tz: None,
        against_non_negotiable: None,
    }
}

fn scenario(interest: Interest, scenario: Scenario, hours: f64) -> AdviceInput {
    input(interest, None, Some(scenario), hours)
}

use Channel::{Email, Linkedin, Phone, Platform, Voicemail};

#[test]
fn every_scenario_has_its_default_action_and_message() {
    use Scenario::*;
    let cases = [
        (
            AcceptedOffer,
            Action::Withdraw,
            Some(MessageKind::WithdrawAcceptedOffer),
        ),
        (
            ValuesConcern,
            Action::Withdraw,
            Some(MessageKind::WithdrawNotAFit),
        ),
        (OtherPath, Action::Withdraw, Some(MessageKind::Withdraw)),
        (
            Relocation,
            Action::Withdraw,
            Some(MessageKind::WithdrawRelocation),
        ),
        (
            LongTermChange,
            Action::Withdraw,
            Some(MessageKind::Withdraw),
        ),
        (
            Illness,
            Action::Reschedule,
            Some(MessageKind::RescheduleIllness),
        ),
        (
            FamilyEmergency,
            Action::Reschedule,
            Some(MessageKind::Reschedule),
        ),
        (Transport, Action::Reschedule, Some(MessageKind::Reschedule)),
        (
            NeedPreparation,
            Action::Reschedule,
            Some(MessageKind::Reschedule),
        ),
        (
            TimelineShift,
            Action::Reschedule,
            Some(MessageKind::Reschedule),
        ),
        (
            ScheduleConflict,
            Action::Reschedule,
            Some(MessageKind::Reschedule),
        ),
        (PersonalCommitments, Action::Pause, Some(MessageKind::Pause)),
        (CompetingOffers, Action::Pause, Some(MessageKind::Pause)),
        (ColdFeet, Action::Reflect, None),
    ];
    for (situation, action, kind) in cases {
        let advice = advise(&scenario(Interest::Unsure, situation, 72.0)).unwrap();
        assert_eq!(
            (advice.action, advice.message_kind),
            (action, kind),
            "{situation}"
        );
    }
    let missed = advise(&scenario(Interest::Yes, Missed, -3.0)).unwrap();
    assert_eq!(
        (missed.action, missed.message_kind),
        (Action::Apologize, Some(MessageKind::NoShowApology))
    );
    assert_eq!(missed.channels, [Phone, Email]);
}

#[test]
fn the_rules_apply_in_order() {
    // 1. Passed beats everything, even a wish to withdraw.
    assert_eq!(
        advise(&input(Interest::No, Some(Obstacle::Permanent), None, -0.5))
            .unwrap()
            .action,
        Action::Apologize
    );
    // 2. Relocation with remote openness asks first...
    let mut moving = scenario(Interest::Yes, Scenario::Relocation, 72.0);
    moving.open_to_remote = true;
    let advice = advise(&moving).unwrap();
    assert_eq!(
        (advice.action, advice.message_kind),
        (Action::Ask, Some(MessageKind::AskRemote))
    );
    // ...even when the user does not want the role as it is.
    moving.interest = Interest::No;
    assert_eq!(advise(&moving).unwrap().action, Action::Ask);
    // 3. No interest withdraws, even with a wish to keep the option open.
    let mut no = input(Interest::No, Some(Obstacle::None), None, 72.0);
    no.keep_option_open = true;
    assert_eq!(advise(&no).unwrap().action, Action::Withdraw);
    // 4. Keeping the option open pauses, even for a short-lived obstacle.
    let mut keep = scenario(Interest::Yes, Scenario::Illness, 72.0);
    keep.keep_option_open = true;
    assert_eq!(advise(&keep).unwrap().action, Action::Pause);
    // 5. Temporary + yes/unsure reschedules.
    assert_eq!(
        advise(&input(Interest::Yes, Some(Obstacle::Temporary), None, 72.0))
            .unwrap()
            .action,
        Action::Reschedule
    );
    // 6. Unsure with nothing in the way reflects; 7. otherwise attend.
    assert_eq!(
        advise(&input(Interest::Unsure, Some(Obstacle::None), None, 72.0))
            .unwrap()
            .action,
        Action::Reflect
    );
    let attend = advise(&input(Interest::Yes, Some(Obstacle::None), None, 72.0)).unwrap();
    assert_eq!(
        (attend.action, attend.channels.len(), attend.message_kind),
        (Action::Attend, 0, None)
    );
}

#[test]
fn under_24_hours_call_then_voicemail_then_email_and_24_hours_exactly_is_email() {
    let late = advise(&scenario(Interest::Yes, Scenario::AcceptedOffer, 23.99)).unwrap();
    assert_eq!(late.channels, [Phone, Voicemail, Email]);
    assert!(late.warnings.iter().any(|w| w.code == "late_notice"));
    assert!(late.reasons.iter().any(|r| r.contains("call")));
    let on_time = advise(&scenario(Interest::Yes, Scenario::AcceptedOffer, 24.0)).unwrap();
    assert_eq!(on_time.channels, [Email]);
    assert!(on_time.warnings.is_empty());
}

#[test]
fn missing_contact_details_change_the_plan_and_warn() {
    let mut no_phone = scenario(Interest::Yes, Scenario::Illness, 5.0);
    no_phone.has_phone = false;
    let advice = advise(&no_phone).unwrap();
    assert_eq!(advice.channels, [Email]);
    assert!(advice
        .warnings
        .iter()
        .any(|w| w.code == "no_contact_detail"));

    let mut linkedin = scenario(Interest::No, Scenario::OtherPath, 72.0);
    linkedin.has_email = false;
    linkedin.contact_channel = Some(ContactChannel::Linkedin);
    assert_eq!(advise(&linkedin).unwrap().channels, [Linkedin]);
    linkedin.contact_channel = Some(ContactChannel::Platform);
    assert_eq!(advise(&linkedin).unwrap().channels, [Platform]);
    // LinkedIn so far, but an address is known: e-mail is preferred.
    linkedin.has_email = true;
    assert_eq!(advise(&linkedin).unwrap().channels, [Email]);

    let mut phone_only = scenario(Interest::No, Scenario::OtherPath, 72.0);
    phone_only.has_email = false;
    let advice = advise(&phone_only).unwrap();
    assert_eq!(advice.channels, [Phone]);
    assert!(advice
        .warnings
        .iter()
        .any(|w| w.code == "no_contact_detail"));

    phone_only.has_phone = false;
    let advice = advise(&phone_only).unwrap();
    assert!(advice.channels.is_empty());
    assert!(advice
        .warnings
        .iter()
        .any(|w| w.code == "no_contact_detail"));
}

#[test]
fn every_legal_flag_warns_before_stepping_back() {
    for flag in LegalFlag::ALL {
        let mut answers = scenario(Interest::No, Scenario::AcceptedOffer, 72.0);
        answers.legal_flags = vec![*flag];
        let advice = advise(&answers).unwrap();
        assert!(
            advice.warnings.iter().any(|w| w.code == "legal_documents"),
            "{flag}"
        );
        let steps = advice.warnings.iter().any(|w| w.code == "steps_under_way");
        assert_eq!(
            steps,
            matches!(
                flag,
                LegalFlag::VisaSponsorship | LegalFlag::RelocationPackage
            ),
            "{flag}"
        );
        // Going ahead with the interview needs no such warning.
        answers.interest = Interest::Yes;
        answers.scenario = None;
        answers.obstacle = Some(Obstacle::None);
        assert!(
            advise(&answers)
                .unwrap()
                .warnings
                .iter()
                .all(|w| w.code != "legal_documents"),
            "{flag}"
        );
    }
}

#[test]
fn different_time_zones_warn_to_state_the_zone() {
    let mut answers = scenario(Interest::Yes, Scenario::Illness, 48.0);
    answers.candidate_tz = Some("Europe/Lisbon".into());
    answers.interviewer_tz = Some("America/Chicago".into());
    assert!(advise(&answers)
        .unwrap()
        .warnings
        .iter()
        .any(|w| w.code == "time_zone"));
    answers.interviewer_tz = Some("Europe/London".into()); // same clock in winter and summer
    assert!(advise(&answers)
        .unwrap()
        .warnings
        .iter()
        .all(|w| w.code != "time_zone"));
}

#[test]
fn contradictions_and_gaps_are_input_errors_naming_the_fields() {
    let error = advise(&input(
        Interest::Yes,
        Some(Obstacle::Temporary),
        Some(Scenario::AcceptedOffer),
        72.0,
    ))
    .unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("obstacle and scenario disagree"),
        "{message}"
    );
    assert!(
        message.contains("accepted_offer")
            && message.contains("permanent")
            && message.contains("temporary"),
        "{message}"
    );
    assert_eq!(error.code(), "invalid_input");

    let error = advise(&input(Interest::Yes, None, None, 72.0)).unwrap_err();
    assert!(error.to_string().contains("give obstacle"), "{error}");

    let mut no_time = scenario(Interest::Yes, Scenario::Illness, 0.0);
    no_time.hours_until = None;
    assert!(advise(&no_time)
        .unwrap_err()
        .to_string()
        .contains("hours_until"));

    let error = advise(&scenario(Interest::Yes, Scenario::Missed, 5.0)).unwrap_err();
    assert!(
        error.to_string().contains("scenario and the time disagree"),
        "{error}"
    );
}

#[test]
fn the_time_left_can_come_from_the_start_and_its_zone() {
    let mut answers = scenario(Interest::Yes, Scenario::AcceptedOffer, 0.0);
    answers.hours_until = None;
    answers.starts_at = Some("2026-12-03T10:00".into());
    answers.tz = Some("Europe/Berlin".into());
    answers.now = Some("2026-12-02T10:00:00Z".parse().unwrap());
    let advice = advise(&answers).unwrap();
    assert_eq!(advice.hours_until, 23.0);
    assert_eq!(advice.channels, [Phone, Voicemail, Email]);
}

/// Every combination of the enumerated answers gives one action whose channel
/// plan fits it, and never panics.
#[test]
fn every_combination_gives_a_consistent_plan() {
    let obstacles: Vec<(Option<Obstacle>, Option<Scenario>)> = Obstacle::ALL
        .iter()
        .map(|o| (Some(*o), None))
        .chain(Scenario::ALL.iter().map(|s| (None, Some(*s))))
        .collect();
    let hours = [-48.0, -0.01, 0.5, 23.99, 24.0, 24.01, 200.0];
    let mut checked = 0;
    for interest in Interest::ALL {
        for (obstacle, situation) in &obstacles {
            for hour in hours {
                for contact in ContactChannel::ALL {
                    for bits in 0..16u8 {
                        let mut answers = input(*interest, *obstacle, *situation, hour);
                        answers.contact_channel = Some(*contact);
                        answers.has_email = bits & 1 != 0;
                        answers.has_phone = bits & 2 != 0;
                        answers.keep_option_open = bits & 4 != 0;
                        answers.open_to_remote = bits & 8 != 0;
                        answers.legal_flags = LegalFlag::ALL
                            .iter()
                            .copied()
                            .filter(|_| bits % 3 == 0)
                            .collect();
                        let Ok(advice) = advise(&answers) else {
                            // The only refusal: "missed" for an interview still ahead.
                            assert!(
                                *situation == Some(Scenario::Missed) && hour >= 0.0,
                                "{answers:?}"
                            );
                            continue;
                        };
                        checked += 1;
                        let needs_message =
                            !matches!(advice.action, Action::Attend | Action::Reflect);
                        assert_eq!(advice.message_kind.is_some(), needs_message, "{answers:?}");
                        if !needs_message {
                            assert!(advice.channels.is_empty(), "{answers:?}");
                        }
                        assert_eq!(
                            hour < 0.0,
                            advice.action == Action::Apologize,
                            "{answers:?}"
                        );
                        let reachable = answers.has_email
                            || answers.has_phone
                            || matches!(
                                contact,
                                ContactChannel::Linkedin | ContactChannel::Platform
                            );
                        if needs_message && reachable {
                            assert!(!advice.channels.is_empty(), "{answers:?}");
                        }
                        if needs_message && answers.has_phone && (hour < 24.0) {
                            assert_eq!(advice.channels[0], Phone, "{answers:?}");
                        }
                        if needs_message && hour >= 24.0 && answers.has_email {
                            assert_eq!(advice.channels, [Email], "{answers:?}");
                        }
                        if !answers.has_phone {
                            assert!(
                                !advice.channels.contains(&Phone)
                                    && !advice.channels.contains(&Voicemail)
                            );
                        }
                        assert!(!advice.reasons.is_empty());
                    }
                }
            }
        }
    }
    assert!(checked > 20_000, "{checked}");
}

#[test]
fn answers_about_an_interview_in_the_log_take_its_time_zone_and_contacts() {
    use raincheck_core::log::key_vault::NoKeyring;
    use raincheck_core::log::{InterviewFields, Interviewer, Log};
    let dir = tempfile::tempdir().unwrap();
    let mut log =
        Log::open_at(&dir.path().join("raincheck.db"), &NoKeyring("none".into())).unwrap();
    let now = "2026-11-27T12:00:00Z".parse().unwrap();
    let id = log
        .add_interview(
            &InterviewFields {
                company: Some("Hooli".into()),
                position: Some("SRE".into()),
                starts_at: Some("2026-11-27T09:00".into()),
                tz: Some("America/Los_Angeles".into()),
                interviewer: Some(Interviewer {
                    email: Some("jo@hooli.example".into()),
                    ..Default::default()
                }),
                ..InterviewFields::default()
            },
            now,
        )
        .unwrap();
    let mut answers = scenario(Interest::Yes, Scenario::Illness, 0.0);
    answers.hours_until = None;
    answers.now = Some(now);
    answers.fill_from(&log.interview(id).unwrap());
    let advice = advise(&answers).unwrap();
    assert_eq!(advice.hours_until, 5.0);
    // No phone number in the log: no call in the plan, and a warning says so.
    assert_eq!(advice.channels, [Email]);
    assert!(advice
        .warnings
        .iter()
        .any(|w| w.code == "no_contact_detail"));
}

#[test]
fn a_pause_whose_check_back_day_has_come_offers_the_message_that_resumes_it() {
    use chrono::{NaiveDate, TimeZone, Utc};
    use raincheck_core::decision::{suggested_message, Decision};
    use raincheck_core::log::{Interview, Interviewer};
    let start = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    let mut paused = Interview {
        id: 1,
        company: "Acme".into(),
        position: "Backend Engineer".into(),
        interviewer: Interviewer {
            name: Some("Dana Lee".into()),
            email: None,
            phone: None,
        },
        contact_channel: ContactChannel::Linkedin,
        starts_at: start,
        tz: "Europe/Berlin".into(),
        duration_minutes: 45,
        location: None,
        stage: None,
        decision: Decision::Pause,
        decision_reason: None,
        scenario: None,
        pause_until: NaiveDate::from_ymd_opt(2027, 1, 15),
        notes: String::new(),
        created_at: start,
        updated_at: start,
        prep: Default::default(),
        message_language: None,
        no_answer_at: None,
    };
    let before = Utc.with_ymd_and_hms(2027, 1, 14, 12, 0, 0).unwrap();
    let on_the_day = Utc.with_ymd_and_hms(2027, 1, 15, 8, 0, 0).unwrap();
    assert_ne!(
        suggested_message(&paused, before, chrono_tz::Europe::Berlin).map(|(kind, _)| kind),
        Some(MessageKind::ResumeAfterPause)
    );
    assert_eq!(
        suggested_message(&paused, on_the_day, chrono_tz::Europe::Berlin),
        Some((MessageKind::ResumeAfterPause, Channel::Linkedin))
    );
    // With an address known, e-mail is preferred.
    paused.interviewer.email = Some("dana@acme.example".into());
    assert_eq!(
        suggested_message(&paused, on_the_day, chrono_tz::Europe::Berlin),
        Some((MessageKind::ResumeAfterPause, Channel::Email))
    );
}
