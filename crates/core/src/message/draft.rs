//! Drafting a message: the input (shared with the checker), the checks on it,
//! and the context the templates see.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::templates::Templates;
use super::{Channel, MessageKind};
use crate::error::{Error, Result};
use crate::time::{day_text, parse_start, parse_zone, when_text};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CandidateInput {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterviewInput {
    #[serde(default)]
    pub company: Option<String>,
    #[serde(default)]
    pub position: Option<String>,
    /// The interviewer's name.
    #[serde(default)]
    pub interviewer: Option<String>,
    #[serde(default)]
    pub starts_at: Option<String>,
    #[serde(default)]
    pub tz: Option<String>,
    #[serde(default)]
    pub duration_minutes: Option<u32>,
}

/// A proposed new time, in its own zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotInput {
    pub starts_at: String,
    pub tz: String,
}

/// The optional lines the user can switch on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageOptions {
    /// Say they would be glad to be considered for future roles.
    #[serde(default)]
    pub door_open: bool,
    /// Offer to stay in touch on LinkedIn.
    #[serde(default)]
    pub keep_in_touch: bool,
    /// Greet the interviewer by first name ("Hi Dana,").
    #[serde(default)]
    pub first_names: bool,
}

/// What a message is drafted from, and what a draft is checked against (the
/// JSON of `raincheck draft` and of `raincheck check --context`). For drafting
/// `kind` and `channel` are required; for checking, any part helps.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageInput {
    #[serde(default)]
    pub kind: Option<MessageKind>,
    #[serde(default)]
    pub channel: Option<Channel>,
    #[serde(default)]
    pub candidate: CandidateInput,
    #[serde(default)]
    pub interview: InterviewInput,
    /// The candidate's own zone; when its clock differs, times are given in both.
    #[serde(default)]
    pub candidate_tz: Option<String>,
    /// At most one sentence; left out, the message gives no reason.
    #[serde(default)]
    pub reason: Option<String>,
    /// For a reschedule: two or three new times. Leave empty to ask them to propose times.
    #[serde(default)]
    pub slots: Vec<SlotInput>,
    /// For a pause: the day to check back.
    #[serde(default)]
    pub pause_until: Option<NaiveDate>,
    /// For the note after starting elsewhere: the new role, e.g. "a platform team at Globex".
    #[serde(default)]
    pub new_role: Option<String>,
    /// Someone to recommend in your place.
    #[serde(default)]
    pub referral: Option<String>,
    #[serde(default)]
    pub options: MessageOptions,
    /// Hours until the interview, for the checker's late-notice rule; worked
    /// out from `now` when left out.
    #[serde(default)]
    pub hours_until: Option<f64>,
    /// When the message is written: "tomorrow" and the hours left are counted from it.
    #[serde(default)]
    pub now: Option<DateTime<Utc>>,
    /// The message's language; left out, the checker tells it from the text.
    #[serde(default)]
    pub language: Option<crate::language::Language>,
}

impl MessageInput {
    /// The input for a message about an interview in the log, signed with the
    /// user's profile. What the caller set already is kept.
    pub fn fill_from(&mut self, interview: &crate::log::Interview, profile: &crate::log::Profile) {
        let keep = |current: &mut Option<String>, value: &str| {
            if text(current).is_none() && !value.trim().is_empty() {
                *current = Some(value.to_owned());
            }
        };
        keep(&mut self.candidate.name, &profile.name);
        keep(&mut self.candidate.email, &profile.email);
        keep(&mut self.candidate.phone, &profile.phone);
        keep(&mut self.candidate_tz, &profile.home_tz);
        keep(&mut self.interview.company, &interview.company);
        keep(&mut self.interview.position, &interview.position);
        if let Some(name) = &interview.interviewer.name {
            keep(&mut self.interview.interviewer, name);
        }
        if text(&self.interview.starts_at).is_none() {
            let start = match parse_zone(&interview.tz) {
                Ok(zone) => interview.starts_at.with_timezone(&zone).to_rfc3339(),
                Err(_) => interview.starts_at.to_rfc3339(),
            };
            self.interview.starts_at = Some(start);
            self.interview.tz = Some(interview.tz.clone());
        }
        self.interview
            .duration_minutes
            .get_or_insert(interview.duration_minutes);
        if self.pause_until.is_none() {
            self.pause_until = interview.pause_until;
        }
    }
}

/// A drafted message: a subject for e-mail, and the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub subject: Option<String>,
    pub body: String,
}

impl Draft {
    /// The text as the checker and the clipboard take it: "Subject: ..." first for e-mail.
    pub fn full_text(&self) -> String {
        match &self.subject {
            Some(subject) => format!("Subject: {subject}\n\n{}", self.body),
            None => self.body.clone(),
        }
    }
}

const MAX_REASON_CHARS: usize = 200;
const MAX_FIELD_CHARS: usize = 200;

fn text(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn required<'a>(value: &'a Option<String>, field: &'static str, hint: &str) -> Result<&'a str> {
    text(value)
        .ok_or_else(|| Error::invalid(format!("{field} is missing: {hint}")).for_field(field))
}

fn bounded<'a>(value: &'a str, field: &'static str) -> Result<&'a str> {
    let chars = value.chars().count();
    if chars > MAX_FIELD_CHARS {
        return Err(Error::invalid(format!(
            "{field} is {chars} characters long; the most is {MAX_FIELD_CHARS}. Shorten it."
        ))
        .for_field(field));
    }
    Ok(value)
}

/// The reason as one sentence ending with a full stop.
fn one_sentence(reason: &str) -> Result<String> {
    let reason = reason.trim();
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(Error::invalid(format!(
            "reason is longer than {MAX_REASON_CHARS} characters: one short sentence is enough."
        ))
        .for_field("reason"));
    }
    let inner = reason.trim_end_matches(['.', '!', '?']);
    if inner.contains(['.', '!', '?']) {
        return Err(
            Error::invalid("reason has more than one sentence: keep it to one.")
                .for_field("reason"),
        );
    }
    let mut sentence = inner.to_owned();
    if let Some(first) = sentence.chars().next() {
        sentence.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    sentence.push('.');
    Ok(sentence)
}

fn first_name(full: &str) -> &str {
    full.split_whitespace().next().unwrap_or(full)
}

/// Everything a template can use.
#[derive(Debug, Serialize)]
struct TemplateContext {
    kind: &'static str,
    channel: &'static str,
    greeting: String,
    candidate: CandidateContext,
    interview: InterviewContext,
    reason: Option<String>,
    slots: Vec<String>,
    pause_until: Option<String>,
    new_role: Option<String>,
    referral: Option<String>,
    options: MessageOptions,
}

#[derive(Debug, Serialize)]
struct CandidateContext {
    name: String,
    first_name: String,
    email: Option<String>,
    phone: Option<String>,
    /// "ana@example.org · +34 600 123 456"
    contact_line: String,
}

#[derive(Debug, Serialize)]
struct InterviewContext {
    company: String,
    position: String,
    interviewer: Option<String>,
    /// "Thursday 3 December"
    date: String,
    /// "10:00 CET / 04:00 EST"
    time: String,
}

/// The start of the interview and the two zones, when the input has them.
pub(super) struct InterviewTime {
    pub start: DateTime<Utc>,
    pub theirs: Tz,
    pub mine: Option<Tz>,
}

pub(super) fn interview_time(input: &MessageInput) -> Result<Option<InterviewTime>> {
    let mine = text(&input.candidate_tz)
        .map(|zone| parse_zone(zone).map_err(|e| e.for_field("candidate_tz")))
        .transpose()?;
    match (text(&input.interview.starts_at), text(&input.interview.tz)) {
        (Some(starts_at), Some(tz)) => {
            let theirs = parse_zone(tz).map_err(|e| e.for_field("interview.tz"))?;
            let start =
                parse_start(starts_at, theirs).map_err(|e| e.for_field("interview.starts_at"))?;
            Ok(Some(InterviewTime {
                start,
                theirs,
                mine,
            }))
        }
        _ => Ok(None),
    }
}

pub(super) fn slot_instants(input: &MessageInput) -> Result<Vec<(DateTime<Utc>, Tz)>> {
    input
        .slots
        .iter()
        .map(|slot| {
            let zone = parse_zone(&slot.tz).map_err(|e| e.for_field("slots"))?;
            Ok((
                parse_start(&slot.starts_at, zone).map_err(|e| e.for_field("slots"))?,
                zone,
            ))
        })
        .collect()
}

/// Drafts a message from the input with the given templates.
pub fn draft(input: &MessageInput, templates: &Templates) -> Result<Draft> {
    let kind = input.kind.ok_or_else(|| {
        Error::invalid(format!(
            "kind is missing: use one of {}.",
            MessageKind::names()
        ))
        .for_field("kind")
    })?;
    let channel = input.channel.ok_or_else(|| {
        Error::invalid(format!(
            "channel is missing: {kind} can go by {}.",
            channel_list(kind)
        ))
        .for_field("channel")
    })?;
    if !kind.channels().contains(&channel) {
        return Err(Error::invalid(format!(
            "There is no {channel} version of a {kind} message: it can go by {}.",
            channel_list(kind)
        ))
        .for_field("channel"));
    }
    let name = bounded(
        required(
            &input.candidate.name,
            "candidate.name",
            "add your name (Settings, or the draft's input)",
        )?,
        "candidate.name",
    )?;
    let email = text(&input.candidate.email).map(str::to_owned);
    let phone = text(&input.candidate.phone).map(str::to_owned);
    if email.is_none() && phone.is_none() && channel != Channel::Phone {
        return Err(Error::invalid(
            "candidate.email and candidate.phone are both missing: add at least one (Settings), so they can reach you.",
        )
        .for_field("candidate.email"));
    }
    if channel == Channel::Voicemail && phone.is_none() {
        return Err(Error::invalid(
            "candidate.phone is missing: a voicemail must leave a number to call back.",
        )
        .for_field("candidate.phone"));
    }
    let company = bounded(
        required(
            &input.interview.company,
            "interview.company",
            "give the employer's name",
        )?,
        "interview.company",
    )?;
    let position = bounded(
        required(
            &input.interview.position,
            "interview.position",
            "give the position's title",
        )?,
        "interview.position",
    )?;

    let (date, time) = match interview_time(input)? {
        Some(when) => {
            let text = when_text(when.start, when.theirs, when.mine);
            (text.date, text.time)
        }
        None if kind.is_about_the_interview() => {
            return Err(Error::invalid(
                "interview.starts_at and interview.tz are missing: the message must name the interview's date and time.",
            )
            .for_field("interview.starts_at"))
        }
        None => (String::new(), String::new()),
    };
    let mine = text(&input.candidate_tz).map(parse_zone).transpose()?;
    let slots = slot_instants(input)?
        .into_iter()
        .map(|(start, zone)| when_text(start, zone, mine).to_string())
        .collect::<Vec<_>>();
    if slots.len() > 3 {
        return Err(
            Error::invalid("There are more than three slots: offer two or three.")
                .for_field("slots"),
        );
    }
    let pause_until = match (kind, input.pause_until) {
        (MessageKind::Pause, None) => {
            return Err(Error::invalid(
                "pause_until is missing: give the day you will check back (YYYY-MM-DD).",
            )
            .for_field("pause_until"))
        }
        (_, day) => day.map(day_text),
    };
    let interviewer = text(&input.interview.interviewer)
        .map(|n| bounded(n, "interview.interviewer"))
        .transpose()?;
    let greeting = match interviewer {
        Some(full) if input.options.first_names => format!("Hi {},", first_name(full)),
        Some(full) => format!("Dear {full},"),
        None => "Dear hiring team,".to_string(),
    };
    let contact_line = [email.as_deref(), phone.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let context = TemplateContext {
        kind: kind.as_str(),
        channel: channel.as_str(),
        greeting,
        candidate: CandidateContext {
            name: name.to_owned(),
            first_name: first_name(name).to_owned(),
            email,
            phone,
            contact_line,
        },
        interview: InterviewContext {
            company: company.to_owned(),
            position: position.to_owned(),
            interviewer: interviewer.map(str::to_owned),
            date,
            time,
        },
        reason: text(&input.reason).map(one_sentence).transpose()?,
        slots,
        pause_until,
        new_role: text(&input.new_role)
            .map(|r| bounded(r, "new_role").map(str::to_owned))
            .transpose()?,
        referral: text(&input.referral)
            .map(|r| bounded(r, "referral").map(str::to_owned))
            .transpose()?,
        options: input.options.clone(),
    };
    let rendered = templates.render(kind, channel, &context)?;
    Ok(split_subject(&tidy(&rendered), channel))
}

fn channel_list(kind: MessageKind) -> String {
    kind.channels()
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Trailing spaces off, at most one blank line in a row, no blank start or end:
/// templates can lay out their tags freely.
fn tidy(text: &str) -> String {
    let mut out = Vec::new();
    let mut blank = true;
    for line in text.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            if !blank {
                out.push("");
            }
            blank = true;
        } else {
            out.push(line);
            blank = false;
        }
    }
    while out.last() == Some(&"") {
        out.pop();
    }
    out.join("\n")
}

fn split_subject(text: &str, channel: Channel) -> Draft {
    if channel == Channel::Email {
        if let Some(rest) = text.strip_prefix("Subject:") {
            let (subject, body) = rest.split_once('\n').unwrap_or((rest, ""));
            return Draft {
                subject: Some(subject.trim().to_owned()),
                body: body.trim_start_matches('\n').to_owned(),
            };
        }
    }
    Draft {
        subject: None,
        body: text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_one_sentence_with_a_full_stop() {
        assert_eq!(
            one_sentence("i have accepted another offer").unwrap(),
            "I have accepted another offer."
        );
        assert!(one_sentence("I am ill. Very ill.").is_err());
    }

    #[test]
    fn tidy_keeps_one_blank_line() {
        assert_eq!(tidy("\n\nA  \n\n\n\nB\n\n"), "A\n\nB");
    }
}
