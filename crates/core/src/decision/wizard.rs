//! The decision wizard as the window asks it: which questions, each only when
//! its answer can change the advice; and the advice written out for the page
//! (its headline, how to tell them, whether to call now, the check-back day,
//! the message to draft next). The page renders what this returns.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::advice::{advise_in, Action, Advice, AdviceInput, Interest, LegalFlag};
use super::scenario::{Obstacle, Scenario};
use crate::error::{Error, Result};
use crate::log::{Interview, NonNegotiable};
use crate::message::{links, Channel, MessageKind};
use crate::named_values::named_values;
use crate::time::{countdown, describe_start, parse_zone};
use crate::urgency::{hours_until, CALL_NOTICE_HOURS};
use crate::words::Said;
use crate::words::{Arg, Words};

/// How long a pause lasts unless the user picks another day.
const DEFAULT_PAUSE_DAYS: i64 = 14;

/// The answers given so far, as the page holds them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WizardAnswers {
    #[serde(default)]
    pub interest: Option<Interest>,
    /// The number (from 1) of the user's non-negotiable this role goes
    /// against, or "no".
    #[serde(default)]
    pub non_negotiable: Option<String>,
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
    /// The non-negotiable the role goes against, when one was chosen.
    fn against<'a>(&self, kept: &'a [NonNegotiable]) -> Result<Option<&'a NonNegotiable>> {
        match self.non_negotiable.as_deref().map(str::trim) {
            None | Some("") | Some("no") => Ok(None),
            Some(number) => number
                .parse::<usize>()
                .ok()
                .and_then(|number| kept.get(number.checked_sub(1)?))
                .map(Some)
                .ok_or_else(|| {
                    Error::said(Said::key("error-wizard-non-negotiable"))
                        .for_field("non_negotiable")
                }),
        }
    }

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
    NonNegotiable,
    Situation,
    Keep,
    Remote,
    Legal,
}

#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// One step of the wizard.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: QuestionId,
    pub question: String,
    pub hint: Option<String>,
    pub choices: Vec<Choice>,
    /// Tick boxes (any number), rather than one choice.
    pub multiple: bool,
    /// The choice made when the user makes none (`None`: they must choose).
    pub default: Option<&'static str>,
    /// Said when the user goes on without a choice the question needs.
    pub missing: Option<String>,
}

/// What the wizard knows besides the answers.
#[derive(Debug, Clone, Copy)]
pub struct Asking<'a> {
    /// The interview's start is past.
    pub passed: bool,
    /// The user's non-negotiables, numbered from 1 in this order.
    pub non_negotiables: &'a [NonNegotiable],
}

impl<'a> Asking<'a> {
    /// The non-negotiables matter to an interview still ahead: an apology
    /// for a missed one is owed whatever the role.
    fn asks_about_non_negotiables(self) -> bool {
        !self.passed && !self.non_negotiables.is_empty()
    }

    /// The non-negotiable the answers say the role goes against.
    fn against(self, answers: &WizardAnswers) -> Result<Option<&'a NonNegotiable>> {
        if self.asks_about_non_negotiables() {
            answers.against(self.non_negotiables)
        } else {
            Ok(None)
        }
    }
}

/// Which questions to ask for these answers, in order: each is asked only
/// when its answer can change the advice.
fn asked(answers: &WizardAnswers, asking: Asking<'_>) -> Result<Vec<QuestionId>> {
    let mut asked = vec![QuestionId::Interest];
    if asking.asks_about_non_negotiables() {
        asked.push(QuestionId::NonNegotiable);
    }
    // A role against a non-negotiable is stepped back from, whatever else
    // stands in the way: only the papers signed still matter.
    if asking.against(answers)?.is_some() {
        asked.push(QuestionId::Legal);
        return Ok(asked);
    }
    let situation = answers.situation()?;
    let obstacle = match situation {
        Some(Situation::Nothing) => Some(Obstacle::None),
        Some(Situation::Scenario(scenario)) => scenario.implied_obstacle(),
        None => None,
    };
    asked.push(QuestionId::Situation);
    if answers.interest != Some(Interest::No) && obstacle != Some(Obstacle::Permanent) {
        asked.push(QuestionId::Keep);
    }
    if situation == Some(Situation::Scenario(Scenario::Relocation)) {
        asked.push(QuestionId::Remote);
    }
    if asks_about_papers(answers, situation) {
        asked.push(QuestionId::Legal);
    }
    Ok(asked)
}

/// The questions to ask for these answers, written out in `words`.
pub fn questions(
    answers: &WizardAnswers,
    asking: Asking<'_>,
    words: &Words,
) -> Result<Vec<Question>> {
    Ok(asked(answers, asking)?
        .into_iter()
        .map(|id| question(id, asking, words))
        .collect())
}

fn question(id: QuestionId, asking: Asking<'_>, words: &Words) -> Question {
    let key = id.key();
    let choice = |value: &str| Choice {
        value: value.to_owned(),
        label: words.get(&format!("wizard-{key}-{value}")),
    };
    let yes_no = || vec![choice("no"), choice("yes")];
    let (choices, multiple, default) = match id {
        QuestionId::Interest => (
            vec![choice("yes"), choice("unsure"), choice("no")],
            false,
            None,
        ),
        QuestionId::NonNegotiable => {
            let mut choices: Vec<Choice> = asking
                .non_negotiables
                .iter()
                .enumerate()
                .map(|(index, kept)| Choice {
                    value: (index + 1).to_string(),
                    label: kept.text.clone(),
                })
                .collect();
            choices.push(choice("no"));
            (choices, false, None)
        }
        QuestionId::Situation => (situation_choices(asking.passed, words), false, None),
        QuestionId::Keep | QuestionId::Remote => (yes_no(), false, Some("no")),
        QuestionId::Legal => (
            LegalFlag::ALL
                .iter()
                .map(|flag| choice(flag.as_str()))
                .collect(),
            true,
            None,
        ),
    };
    let optional = |part: &str| {
        let key = format!("wizard-{key}-{part}");
        words.has(&key).then(|| words.get(&key))
    };
    Question {
        id,
        question: words.get(&format!("wizard-{key}")),
        hint: optional("hint"),
        choices,
        multiple,
        default,
        missing: optional("missing"),
    }
}

impl QuestionId {
    /// The question's name in the catalogues: `wizard-interest`, `wizard-interest-hint`...
    fn key(self) -> &'static str {
        match self {
            QuestionId::Interest => "interest",
            QuestionId::NonNegotiable => "non_negotiable",
            QuestionId::Situation => "situation",
            QuestionId::Keep => "keep",
            QuestionId::Remote => "remote",
            QuestionId::Legal => "legal",
        }
    }
}

/// Someone who wants the role and has nothing in the way is not stepping back:
/// nothing signed can stand in their way.
fn asks_about_papers(answers: &WizardAnswers, situation: Option<Situation>) -> bool {
    !(answers.interest == Some(Interest::Yes) && situation == Some(Situation::Nothing))
}

fn situation_choices(passed: bool, words: &Words) -> Vec<Choice> {
    let mut choices: Vec<Choice> = Scenario::ALL
        .iter()
        .filter(|&&scenario| (scenario == Scenario::Missed) == passed)
        .map(|&scenario| Choice {
            value: scenario.as_str().to_owned(),
            label: scenario.label(words),
        })
        .collect();
    if !passed {
        choices.push(Choice {
            value: "none".to_owned(),
            label: words.get("wizard-situation-none"),
        });
    }
    choices
}

/// The advice's input from the wizard's answers, the interview in the log
/// and the user's non-negotiables.
pub fn advice_input(
    answers: &WizardAnswers,
    interview: &Interview,
    non_negotiables: &[NonNegotiable],
    home: Tz,
    now: DateTime<Utc>,
) -> Result<AdviceInput> {
    let asking = Asking {
        passed: interview.starts_at < now,
        non_negotiables,
    };
    let interest = answers
        .interest
        .ok_or_else(|| Error::said(Said::key("error-wizard-interest")).for_field("interest"))?;
    let against = asking.against(answers)?;
    // An answer to a question no longer asked (the user went back and
    // changed an earlier one) does not count.
    let asked = asked(answers, asking)?;
    let answered =
        |id: QuestionId, answer: Option<YesNo>| asked.contains(&id) && answer == Some(YesNo::Yes);
    // Against a non-negotiable, nothing else is asked about what stands in
    // the way: it lasts, and no scenario is recorded (the user's words say why).
    let (obstacle, scenario) = match against {
        Some(_) => (Some(Obstacle::Permanent), None),
        None => match answers.situation()?.ok_or_else(|| {
            Error::said(Said::key("error-wizard-situation")).for_field("situation")
        })? {
            Situation::Nothing => (Some(Obstacle::None), None),
            Situation::Scenario(scenario) => (None, Some(scenario)),
        },
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
        against_non_negotiable: against.map(|kept| kept.text.clone()),
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
    /// Words after the link (".", or the end of the sentence in languages
    /// that put the verb last).
    pub after: String,
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
    /// The reason applying records, in the user's words, when the answers
    /// gave one (the non-negotiable the role goes against).
    pub reason: Option<String>,
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
    non_negotiables: &[NonNegotiable],
    home: Tz,
    now: DateTime<Utc>,
    words: &Words,
) -> Result<AdvicePage> {
    let input = advice_input(answers, interview, non_negotiables, home, now)?;
    let advice = advise_in(&input, words)?;
    let first = advice.channels.first().copied();
    let action = advice.action.label(words);
    let headline = match first {
        Some(channel) => words.with(
            "advice-headline",
            &[
                ("action", Arg::from(&action)),
                ("by", Arg::from(&channel.by(words))),
            ],
        ),
        None => action,
    };
    let hours = advice.hours_until;
    let call_now = (first == Some(Channel::Phone) && (0.0..CALL_NOTICE_HOURS).contains(&hours))
        .then(|| {
            words.with(
                "advice-call-now",
                &[
                    ("hours", Arg::from(CALL_NOTICE_HOURS)),
                    (
                        "left",
                        Arg::from(&countdown(hours_until(interview.starts_at, now), words)),
                    ),
                ],
            )
        });
    let steps = advice
        .channels
        .iter()
        .map(|&channel| tell_step(channel, interview, words))
        .collect();
    let pause_until = (advice.action == Action::Pause)
        .then(|| (now.with_timezone(&home) + Duration::days(DEFAULT_PAUSE_DAYS)).date_naive());
    let (apply_label, recorded) = match advice.decision {
        Some(decision) => {
            let decision = [("decision", Arg::from(decision.as_str()))];
            (
                words.with("advice-apply", &decision),
                words.with("advice-recorded", &decision),
            )
        }
        None => (
            words.get("advice-save-answers"),
            words.get("advice-answers-saved"),
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
        reason: input.against_non_negotiable.clone(),
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

fn tell_step(channel: Channel, interview: &Interview, words: &Words) -> TellStep {
    let person = &interview.interviewer;
    let recruiter = words.get("step-the-recruiter");
    let who = Arg::from(person.name.as_deref().unwrap_or(&recruiter));
    let plain = |text: String| TellStep {
        text,
        call: None,
        after: String::new(),
    };
    match channel {
        Channel::Phone => {
            let call = person.phone.as_deref().and_then(|number| {
                Some(PhoneLink {
                    href: links::tel(number)?,
                    number: number.to_owned(),
                })
            });
            match call {
                Some(call) => TellStep {
                    text: words.with("step-call-on", &[("who", who)]),
                    call: Some(call),
                    after: words.get("step-call-on-after"),
                },
                None => plain(words.with("step-call", &[("who", who)])),
            }
        }
        Channel::Voicemail => plain(words.get("step-voicemail")),
        Channel::Email => plain(match person.email.as_deref() {
            Some(address) => words.with("step-email-to", &[("address", Arg::from(address))]),
            None => words.get("step-email"),
        }),
        Channel::Linkedin => plain(words.get("step-linkedin")),
        Channel::Platform => plain(words.get("step-platform")),
        Channel::Sms => plain(words.with("step-sms", &[("who", who)])),
    }
}

/// The wizard's heading: "Decide: Nordlicht GmbH".
pub fn title(interview: &Interview, words: &Words) -> String {
    words.with(
        "wizard-title",
        &[("company", Arg::from(&interview.company))],
    )
}

/// The wizard's heading line: "Product Designer · Thu 3 Dec 2026, 10:00 CET · in 2 days".
pub fn subtitle(interview: &Interview, now: DateTime<Utc>, words: &Words) -> String {
    let zone = parse_zone(&interview.tz).unwrap_or(Tz::UTC);
    format!(
        "{} · {} · {}",
        interview.position,
        describe_start(interview.starts_at, zone, words),
        countdown(hours_until(interview.starts_at, now), words)
    )
}
