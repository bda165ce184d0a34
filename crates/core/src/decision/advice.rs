//! The decision rules, in the order docs/domain.md §1 gives them: the first that
//! matches wins.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::channels::plan_channels;
use super::scenario::{Obstacle, Scenario};
use super::warnings::warnings_for;
use super::Decision;
use crate::error::{Error, Result};
use crate::log::{ContactChannel, Interview};
use crate::message::{Channel, MessageKind};
use crate::named_values::named_values;
use crate::time::{parse_start, parse_zone};
use crate::urgency::{hours_until, CALL_NOTICE_HOURS};
use crate::words::{Arg, Words};

pub use super::warnings::Warning;

named_values! {
    /// Does the user still want this role?
    pub enum Interest ("an interest") {
        Yes = "yes",
        No = "no",
        Unsure = "unsure",
    }
}

named_values! {
    /// Papers or processes that make stepping back more than a message.
    pub enum LegalFlag ("a legal flag") {
        SignedAgreement = "signed_agreement",
        ConditionalOffer = "conditional_offer",
        RelocationPackage = "relocation_package",
        VisaSponsorship = "visa_sponsorship",
        NonCompete = "non_compete",
    }
}

named_values! {
    /// What the advice says to do.
    pub enum Action ("an action") {
        Withdraw = "withdraw",
        Reschedule = "reschedule",
        Pause = "pause",
        Attend = "attend",
        Reflect = "reflect",
        Ask = "ask",
        Apologize = "apologize",
    }
}

impl Action {
    /// The decision the log records when the user applies this advice; `None`
    /// where the user is not decided yet (reflect, ask) or it is too late to
    /// decide (apologize).
    pub fn decision(self) -> Option<Decision> {
        match self {
            Action::Withdraw => Some(Decision::Withdraw),
            Action::Reschedule => Some(Decision::Reschedule),
            Action::Pause => Some(Decision::Pause),
            Action::Attend => Some(Decision::Attend),
            Action::Reflect | Action::Ask | Action::Apologize => None,
        }
    }

    /// Whether this action means writing or calling the employer now.
    pub fn needs_message(self) -> bool {
        !matches!(self, Action::Attend | Action::Reflect)
    }
}

fn yes() -> bool {
    true
}

/// The answers the advice works from (the JSON of `raincheck advise`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdviceInput {
    pub interest: Interest,
    #[serde(default)]
    pub obstacle: Option<Obstacle>,
    #[serde(default)]
    pub scenario: Option<Scenario>,
    /// Hours until the start, negative once passed; else worked out from
    /// `starts_at`, `tz` and `now`.
    #[serde(default)]
    pub hours_until: Option<f64>,
    #[serde(default)]
    pub starts_at: Option<String>,
    #[serde(default)]
    pub tz: Option<String>,
    #[serde(default)]
    pub now: Option<DateTime<Utc>>,
    #[serde(default)]
    pub contact_channel: Option<ContactChannel>,
    #[serde(default = "yes")]
    pub has_email: bool,
    #[serde(default = "yes")]
    pub has_phone: bool,
    #[serde(default)]
    pub keep_option_open: bool,
    #[serde(default)]
    pub open_to_remote: bool,
    #[serde(default)]
    pub legal_flags: Vec<LegalFlag>,
    #[serde(default)]
    pub candidate_tz: Option<String>,
    #[serde(default)]
    pub interviewer_tz: Option<String>,
    /// The user's non-negotiable this role goes against, in their words.
    #[serde(default)]
    pub against_non_negotiable: Option<String>,
}

impl AdviceInput {
    /// Fills what the user did not say from the interview in the log: its start
    /// and zone, how they have been in touch, which contact details are known.
    pub fn fill_from(&mut self, interview: &Interview) {
        if self.hours_until.is_none() && self.starts_at.is_none() {
            // The instant with the zone's own offset, which parse_start accepts
            // for that zone (a fold stays unambiguous).
            let start = match parse_zone(&interview.tz) {
                Ok(zone) => interview.starts_at.with_timezone(&zone).to_rfc3339(),
                Err(_) => interview.starts_at.to_rfc3339(),
            };
            self.starts_at = Some(start);
            self.tz = Some(interview.tz.clone());
        }
        self.interviewer_tz
            .get_or_insert_with(|| interview.tz.clone());
        self.contact_channel
            .get_or_insert(interview.contact_channel);
        self.has_email = self.has_email && interview.interviewer.email.is_some();
        self.has_phone = self.has_phone && interview.interviewer.phone.is_some();
    }
}

/// What to do, how to tell them, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub action: Action,
    /// What the log records when the user applies this advice (see [`Action::decision`]).
    pub decision: Option<Decision>,
    /// In order: first try the first.
    pub channels: Vec<Channel>,
    pub message_kind: Option<MessageKind>,
    pub warnings: Vec<Warning>,
    pub reasons: Vec<String>,
    /// The hours to the start the advice used (negative: passed).
    pub hours_until: f64,
}

/// The obstacle the answers amount to: given, or implied by the scenario; a
/// given one that contradicts the scenario is an input error.
fn settle_obstacle(input: &AdviceInput) -> Result<Option<Obstacle>> {
    let implied = input.scenario.and_then(Scenario::implied_obstacle);
    match (input.obstacle, input.scenario, implied) {
        // A role against a non-negotiable is in the way for good.
        (None, None, _) if input.against_non_negotiable.is_some() => {
            Ok(Some(Obstacle::Permanent))
        }
        (None, None, _) => Err(Error::invalid(format!(
            "Say what stands in the way: give obstacle ({}) or scenario ({}).",
            Obstacle::names(),
            Scenario::names()
        ))
        .for_field("obstacle")),
        (Some(given), Some(scenario), Some(implied)) if given != implied => Err(Error::invalid(format!(
            "obstacle and scenario disagree: the scenario {scenario} means a {implied} obstacle, but obstacle is {given}. Leave obstacle out or change one of them."
        ))
        .for_field("obstacle")),
        (given, _, implied) => Ok(given.or(implied)),
    }
}

fn settle_hours(input: &AdviceInput) -> Result<f64> {
    if let Some(hours) = input.hours_until {
        if !hours.is_finite() {
            return Err(
                Error::invalid("hours_until must be a number of hours, e.g. 30 or -2.")
                    .for_field("hours_until"),
            );
        }
        return Ok(hours);
    }
    match (&input.starts_at, &input.tz) {
        (Some(starts_at), Some(tz)) => {
            let zone = parse_zone(tz).map_err(|e| e.for_field("tz"))?;
            let start = parse_start(starts_at, zone).map_err(|e| e.for_field("starts_at"))?;
            Ok(hours_until(start, input.now.unwrap_or_else(Utc::now)))
        }
        _ => Err(Error::invalid(
            "How long until the interview? Give hours_until, or starts_at with tz (or --interview ID to take them from the log).",
        )
        .for_field("hours_until")),
    }
}

/// Works out what to do about an interview from the user's answers, its
/// reasons and warnings in English (the command line's words).
pub fn advise(input: &AdviceInput) -> Result<Advice> {
    advise_in(input, Words::english())
}

/// The same, its reasons and warnings in `words`.
pub fn advise_in(input: &AdviceInput, words: &Words) -> Result<Advice> {
    let obstacle = settle_obstacle(input)?;
    let hours = settle_hours(input)?;
    for zone in [&input.candidate_tz, &input.interviewer_tz]
        .into_iter()
        .flatten()
    {
        parse_zone(zone)?;
    }
    let passed = hours < 0.0;
    if input.scenario == Some(Scenario::Missed) && !passed {
        return Err(Error::invalid(format!(
            "scenario and the time disagree: the scenario is missed, but the interview is {hours:.1} hours away. Pick another scenario, or check the time."
        ))
        .for_field("scenario"));
    }

    let mut reasons = Vec::new();
    let action = if passed {
        reasons.push(words.get("reason-passed"));
        if input.interest != Interest::No {
            reasons.push(words.get("reason-passed-still-interested"));
        }
        Action::Apologize
    } else if let Some(non_negotiable) = &input.against_non_negotiable {
        reasons.push(words.with(
            "reason-withdraw-non-negotiable",
            // The sentence has its own full stop.
            &[(
                "non_negotiable",
                Arg::from(non_negotiable.trim_end_matches(['.', '!', '?'])),
            )],
        ));
        Action::Withdraw
    } else if input.scenario == Some(Scenario::Relocation) && input.open_to_remote {
        reasons.push(words.get("reason-ask-remote"));
        Action::Ask
    } else if input.interest == Interest::No || obstacle == Some(Obstacle::Permanent) {
        reasons.push(if input.interest == Interest::No {
            words.get("reason-withdraw-no-interest")
        } else {
            words.get("reason-withdraw-lasting")
        });
        Action::Withdraw
    } else if input.keep_option_open
        || matches!(
            input.scenario,
            Some(Scenario::PersonalCommitments | Scenario::CompetingOffers)
        )
    {
        reasons.push(if input.keep_option_open {
            words.get("reason-pause-keep-open")
        } else {
            words.get("reason-pause-weeks")
        });
        Action::Pause
    } else if obstacle == Some(Obstacle::Temporary) {
        reasons.push(words.get("reason-reschedule"));
        if matches!(
            input.scenario,
            Some(Scenario::Illness | Scenario::Transport | Scenario::FamilyEmergency)
        ) {
            reasons.push(words.get("reason-offer-video"));
        }
        Action::Reschedule
    } else if input.interest == Interest::Unsure {
        reasons.push(words.with("reason-reflect", &[("hours", Arg::from(CALL_NOTICE_HOURS))]));
        Action::Reflect
    } else {
        reasons.push(words.get("reason-attend"));
        Action::Attend
    };

    let contact = input.contact_channel.unwrap_or(ContactChannel::Email);
    let plan = plan_channels(
        action,
        hours,
        contact,
        input.has_email,
        input.has_phone,
        words,
    );
    reasons.extend(plan.reasons);
    let mut warnings = plan.warnings;
    warnings.extend(warnings_for(action, input, hours, words));

    Ok(Advice {
        action,
        decision: action.decision(),
        channels: plan.channels,
        message_kind: message_kind(
            action,
            input.scenario,
            input.against_non_negotiable.is_some(),
        ),
        warnings,
        reasons,
        hours_until: hours,
    })
}

/// The message that fits an interview as the log has it: the kind its decision
/// calls for, by the channel the rules pick for the time left. `None` when the
/// decision needs no message (undecided, attend). `home` is the user's zone:
/// a check-back day comes at their midnight.
pub fn suggested_message(
    interview: &Interview,
    now: DateTime<Utc>,
    home: chrono_tz::Tz,
) -> Option<(MessageKind, Channel)> {
    // A pause whose check-back day has come (the day its reminder fires):
    // the message that picks the application up again, in writing.
    let today = now.with_timezone(&home).date_naive();
    if super::check_back_has_come(interview.decision, interview.pause_until, today) {
        let channel = match (
            interview.contact_channel,
            interview.interviewer.email.is_some(),
        ) {
            (ContactChannel::Linkedin, false) => Channel::Linkedin,
            (ContactChannel::Platform, false) => Channel::Platform,
            _ => Channel::Email,
        };
        return Some((MessageKind::ResumeAfterPause, channel));
    }
    let action = match interview.decision {
        Decision::Withdraw => Action::Withdraw,
        Decision::Reschedule => Action::Reschedule,
        Decision::Pause => Action::Pause,
        Decision::Undecided | Decision::Attend => return None,
    };
    let kind = message_kind(action, interview.scenario, false)?;
    let plan = plan_channels(
        action,
        hours_until(interview.starts_at, now),
        interview.contact_channel,
        interview.interviewer.email.is_some(),
        interview.interviewer.phone.is_some(),
        Words::english(),
    );
    let channel = plan.channels.first().copied().unwrap_or(Channel::Email);
    Some((
        kind,
        if channel == Channel::Voicemail {
            Channel::Phone
        } else {
            channel
        },
    ))
}

/// `against_non_negotiable`: the role is not a fit, whatever the scenario
/// (a role that needs a move is not the user moving).
fn message_kind(
    action: Action,
    scenario: Option<Scenario>,
    against_non_negotiable: bool,
) -> Option<MessageKind> {
    match action {
        Action::Withdraw if against_non_negotiable => Some(MessageKind::WithdrawNotAFit),
        Action::Withdraw => Some(match scenario {
            Some(Scenario::AcceptedOffer) => MessageKind::WithdrawAcceptedOffer,
            Some(Scenario::ValuesConcern) => MessageKind::WithdrawNotAFit,
            Some(Scenario::Relocation) => MessageKind::WithdrawRelocation,
            _ => MessageKind::Withdraw,
        }),
        Action::Reschedule if scenario == Some(Scenario::Illness) => {
            Some(MessageKind::RescheduleIllness)
        }
        Action::Reschedule => Some(MessageKind::Reschedule),
        Action::Pause => Some(MessageKind::Pause),
        Action::Ask => Some(MessageKind::AskRemote),
        Action::Apologize => Some(MessageKind::NoShowApology),
        Action::Attend | Action::Reflect => None,
    }
}
