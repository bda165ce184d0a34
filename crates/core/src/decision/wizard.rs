//! The decision wizard as the window asks it: which questions, each only when
//! its answer can change the advice; and the advice written out for the page
//! (its headline, how to tell them, whether to call now, the check-back day,
//! the message to draft next). The page renders what this returns.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::advice::{advise, Action, Advice, AdviceInput, Interest, LegalFlag};
use super::scenario::{Obstacle, Scenario};
use crate::error::{Error, Result};
use crate::log::Interview;
use crate::message::{links, Channel, MessageKind};
use crate::named_values::named_values;
use crate::time::{countdown, describe_start, parse_zone};
use crate::urgency::{hours_until, CALL_NOTICE_HOURS};

/// How long a pause lasts unless the user picks another day.
const DEFAULT_PAUSE_DAYS: i64 = 14;

/// The answers given so far, as the page holds them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WizardAnswers {
    #[serde(default)]
    pub interest: Option<Interest>,
    /// A scenario's name, or "none" when nothing stands in the way.
    #[serde(default)]
    pub situation: Option<String>,
    /// Keep the door open (ask them to hold the application).
    #[serde(default)]
    pub keep: Option<YesNo>,
    /// Open to remote or hybrid work (asked of a move only).
    #[serde(default)]
    pub remote: Option<YesNo>,
    #[serde(default)]
    pub legal: Vec<LegalFlag>,
}

named_values! {
    /// The answer to a yes-or-no question, as its choices name it.
    pub enum YesNo ("yes or no") {
        Yes = "yes",
        No = "no",
    }
}

/// What stands in the way, as the situation question answers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Situation {
    Nothing,
    Scenario(Scenario),
}

impl WizardAnswers {
    fn situation(&self) -> Result<Option<Situation>> {
        match self.situation.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some("none") => Ok(Some(Situation::Nothing)),
            Some(name) => Ok(Some(Situation::Scenario(name.parse()?))),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    Interest,
    Situation,
    Keep,
    Remote,
    Legal,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: &'static str,
}

fn choice(value: &str, label: &'static str) -> Choice {
    Choice {
        value: value.to_owned(),
        label,
    }
}

/// One step of the wizard.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: QuestionId,
    pub question: &'static str,
    pub hint: Option<&'static str>,
    pub choices: Vec<Choice>,
    /// Tick boxes (any number), rather than one choice.
    pub multiple: bool,
    /// The choice made when the user makes none (`None`: they must choose).
    pub default: Option<&'static str>,
    /// Said when the user goes on without a choice the question needs.
    pub missing: Option<&'static str>,
}

/// The questions to ask for these answers, in order: each is asked only when
/// its answer can change the advice. `passed`: the interview's start is past.
pub fn questions(answers: &WizardAnswers, passed: bool) -> Result<Vec<Question>> {
    let situation = answers.situation()?;
    let obstacle = match situation {
        Some(Situation::Nothing) => Some(Obstacle::None),
        Some(Situation::Scenario(scenario)) => scenario.implied_obstacle(),
        None => None,
    };
    let mut asked = vec![
        Question {
            id: QuestionId::Interest,
            question: "Do you still want this role?",
            hint: Some(
                "Think of where you want your career to go, and what matters to you at work.",
            ),
            choices: vec![
                choice("yes", "Yes, I still want it"),
                choice("unsure", "I'm not sure"),
                choice("no", "No, not any more"),
            ],
            multiple: false,
            default: None,
            missing: Some("Choose one answer."),
        },
        Question {
            id: QuestionId::Situation,
            question: "What stands in the way?",
            hint: Some("Pick the closest; it decides whether this passes or lasts."),
            choices: situation_choices(passed),
            multiple: false,
            default: None,
            missing: Some("Choose what fits best, or “Nothing”."),
        },
    ];
    if answers.interest != Some(Interest::No) && obstacle != Some(Obstacle::Permanent) {
        asked.push(Question {
            id: QuestionId::Keep,
            question: "Would you like to keep the door open for later?",
            hint: Some("Some employers will hold an application for a few weeks."),
            choices: vec![
                choice("no", "No"),
                choice("yes", "Yes, ask them to hold my application"),
            ],
            multiple: false,
            default: Some("no"),
            missing: None,
        });
    }
    if situation == Some(Situation::Scenario(Scenario::Relocation)) {
        asked.push(Question {
            id: QuestionId::Remote,
            question: "Would remote or hybrid work make this role possible?",
            hint: None,
            choices: vec![choice("no", "No"), choice("yes", "Yes, I'd consider it")],
            multiple: false,
            default: Some("no"),
            missing: None,
        });
    }
    if asks_about_papers(answers, situation) {
        asked.push(Question {
            id: QuestionId::Legal,
            question: "Is anything signed or under way?",
            hint: Some("Tick all that apply; leave all empty if nothing is."),
            choices: LegalFlag::ALL
                .iter()
                .map(|&flag| choice(flag.as_str(), legal_label(flag)))
                .collect(),
            multiple: true,
            default: None,
            missing: None,
        });
    }
    Ok(asked)
}

/// Someone who wants the role and has nothing in the way is not stepping back:
/// nothing signed can stand in their way.
fn asks_about_papers(answers: &WizardAnswers, situation: Option<Situation>) -> bool {
    !(answers.interest == Some(Interest::Yes) && situation == Some(Situation::Nothing))
}

fn situation_choices(passed: bool) -> Vec<Choice> {
    let mut choices: Vec<Choice> = Scenario::ALL
        .iter()
        .filter(|&&scenario| (scenario == Scenario::Missed) == passed)
        .map(|&scenario| choice(scenario.as_str(), scenario.label()))
        .collect();
    if !passed {
        choices.push(choice("none", "Nothing: I could go"));
    }
    choices
}

fn legal_label(flag: LegalFlag) -> &'static str {
    match flag {
        LegalFlag::SignedAgreement => "An agreement I signed",
        LegalFlag::ConditionalOffer => "A conditional offer",
        LegalFlag::RelocationPackage => "A relocation package",
        LegalFlag::VisaSponsorship => "Visa sponsorship under way",
        LegalFlag::NonCompete => "A non-compete clause",
    }
}

/// The advice's input from the wizard's answers and the interview in the log.
pub fn advice_input(
    answers: &WizardAnswers,
    interview: &Interview,
    home: Tz,
    now: DateTime<Utc>,
) -> Result<AdviceInput> {
    let interest = answers.interest.ok_or_else(|| {
        Error::invalid("Say whether you still want this role.").for_field("interest")
    })?;
    let situation = answers.situation()?.ok_or_else(|| {
        Error::invalid("Say what stands in the way, or “Nothing”.").for_field("situation")
    })?;
    // An answer to a question no longer asked (the user went back and
    // changed an earlier one) does not count.
    let asked: Vec<QuestionId> = questions(answers, interview.starts_at < now)?
        .into_iter()
        .map(|question| question.id)
        .collect();
    let answered =
        |id: QuestionId, answer: Option<YesNo>| asked.contains(&id) && answer == Some(YesNo::Yes);
    let (obstacle, scenario) = match situation {
        Situation::Nothing => (Some(Obstacle::None), None),
        Situation::Scenario(scenario) => (None, Some(scenario)),
    };
    let mut input = AdviceInput {
        interest,
        obstacle,
        scenario,
        hours_until: None,
        starts_at: None,
        tz: None,
        now: Some(now),
        contact_channel: None,
        has_email: true,
        has_phone: true,
        keep_option_open: answered(QuestionId::Keep, answers.keep),
        open_to_remote: answered(QuestionId::Remote, answers.remote),
        legal_flags: if asked.contains(&QuestionId::Legal) {
            answers.legal.clone()
        } else {
            Vec::new()
        },
        candidate_tz: Some(home.name().to_owned()),
        interviewer_tz: None,
    };
    input.fill_from(interview);
    Ok(input)
}

/// A step of "how to tell them": words, and a number to call when there is one.
#[derive(Debug, Clone, Serialize)]
pub struct TellStep {
    pub text: String,
    /// A `tel:` link to show after the words.
    pub call: Option<PhoneLink>,
    pub after: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhoneLink {
    pub href: String,
    pub number: String,
}

/// The message to draft once the decision is applied.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct DraftChoice {
    pub kind: MessageKind,
    pub channel: Channel,
}

/// The advice as the wizard's last page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct AdvicePage {
    #[serde(flatten)]
    pub advice: Advice,
    /// "Withdraw from this interview, by phone".
    pub headline: String,
    /// Under 24 hours with a call to make: the line that says so, at the top.
    pub call_now: Option<String>,
    pub steps: Vec<TellStep>,
    /// The check-back day offered for a pause.
    pub pause_until: Option<NaiveDate>,
    /// What applying records (undecided when the advice decides nothing yet).
    pub records: super::Decision,
    /// The situation applying records with it, if one was named.
    pub scenario: Option<Scenario>,
    /// The button that records the decision.
    pub apply_label: String,
    /// Said once it is recorded.
    pub recorded: String,
    /// What the Draft view opens with after applying, if a message is due.
    pub draft: Option<DraftChoice>,
}

/// Works out the advice for the answers, and writes it out for the page.
pub fn advice_page(
    answers: &WizardAnswers,
    interview: &Interview,
    home: Tz,
    now: DateTime<Utc>,
) -> Result<AdvicePage> {
    let input = advice_input(answers, interview, home, now)?;
    let advice = advise(&input)?;
    let first = advice.channels.first().copied();
    let headline = match first {
        Some(channel) => format!("{}, {}", advice.action.label(), channel.by()),
        None => advice.action.label().to_owned(),
    };
    let hours = advice.hours_until;
    let call_now = (first == Some(Channel::Phone) && (0.0..CALL_NOTICE_HOURS).contains(&hours))
        .then(|| {
            format!(
                "Under {CALL_NOTICE_HOURS:.0} hours to go ({}): call now.",
                countdown(hours_until(interview.starts_at, now))
            )
        });
    let steps = advice
        .channels
        .iter()
        .map(|&channel| tell_step(channel, interview))
        .collect();
    let pause_until = (advice.action == Action::Pause)
        .then(|| (now.with_timezone(&home) + Duration::days(DEFAULT_PAUSE_DAYS)).date_naive());
    let (apply_label, recorded) = match advice.decision {
        Some(decision) => (
            format!("Apply: {}", decision.label().to_lowercase()),
            format!("Recorded: {}.", decision.label().to_lowercase()),
        ),
        None => (
            "Save my answers".to_owned(),
            "Your answers are saved.".to_owned(),
        ),
    };
    // Drafted in the first written channel (a phone script for a call); the
    // voicemail is said, not written.
    let draft = advice.message_kind.map(|kind| DraftChoice {
        kind,
        channel: advice
            .channels
            .iter()
            .copied()
            .find(|&channel| channel != Channel::Voicemail)
            .unwrap_or(Channel::Email),
    });
    Ok(AdvicePage {
        records: advice.decision.unwrap_or(super::Decision::Undecided),
        scenario: input.scenario,
        advice,
        headline,
        call_now,
        steps,
        pause_until,
        apply_label,
        recorded,
        draft,
    })
}

fn tell_step(channel: Channel, interview: &Interview) -> TellStep {
    let person = &interview.interviewer;
    let who = person.name.as_deref().unwrap_or("the recruiter");
    let plain = |text: String| TellStep {
        text,
        call: None,
        after: "",
    };
    match channel {
        Channel::Phone => {
            let call = person.phone.as_deref().and_then(|number| {
                Some(PhoneLink {
                    href: links::tel(number)?,
                    number: number.to_owned(),
                })
            });
            TellStep {
                text: if call.is_some() {
                    format!("Call {who} on")
                } else {
                    format!("Call {who}")
                },
                call,
                after: ".",
            }
        }
        Channel::Voicemail => plain(
            "If nobody answers, leave a short voicemail: who you are, the interview, your decision, and that an e-mail follows."
                .to_owned(),
        ),
        Channel::Email => plain(match person.email.as_deref() {
            Some(address) => format!("Send the e-mail to {address}, so there is a written record."),
            None => "Send the e-mail, so there is a written record.".to_owned(),
        }),
        Channel::Linkedin => plain("Send the message on LinkedIn, where you have been talking.".to_owned()),
        Channel::Platform => plain(
            "Send the message on the recruiting platform, where you have been talking.".to_owned(),
        ),
        Channel::Sms => plain(format!("Send {who} a text message.")),
    }
}

/// The wizard's heading: "Decide: Nordlicht GmbH".
pub fn title(interview: &Interview) -> String {
    format!("Decide: {}", interview.company)
}

/// The wizard's heading line: "Product Designer · Thu 3 Dec 2026, 10:00 CET · in 2 days".
pub fn subtitle(interview: &Interview, now: DateTime<Utc>) -> String {
    let start = match parse_zone(&interview.tz) {
        Ok(zone) => describe_start(interview.starts_at, zone),
        Err(_) => describe_start(interview.starts_at, Tz::UTC),
    };
    format!(
        "{} · {start} · {}",
        interview.position,
        countdown(hours_until(interview.starts_at, now))
    )
}
