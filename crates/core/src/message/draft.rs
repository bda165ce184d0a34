//! Drafting a message: the input (shared with the checker), the checks on it,
//! and the context the templates see.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::phrases::{self, Phrases};
use super::spoken::{self, name_to_greet};
use super::templates::Templates;
use super::{Channel, MessageKind};
use crate::decision::Decision;
use crate::error::{Error, Result};
use crate::language::MessageLanguage;
use crate::time::{parse_start, parse_zone};
use crate::urgency::{hours_until, CALL_NOTICE_HOURS};
use crate::words::{Said, Words};

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
    /// Where it takes place: an address, or a video link. A place means it is
    /// in person, and an unwell candidate may offer to join by video instead.
    #[serde(default)]
    pub location: Option<String>,
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
    /// For the note after starting elsewhere: the new role, e.g. "Data Analyst at Globex".
    #[serde(default)]
    pub new_role: Option<String>,
    /// For a reply: the subject of the employer's message, so the reply stays
    /// in their thread ("Re: ...").
    #[serde(default)]
    pub their_subject: Option<String>,
    /// For the apology after a missed interview: whether you still want the
    /// role. Only then does it ask for another time; left out, it does.
    #[serde(default)]
    pub still_interested: Option<bool>,
    /// For the short follow-up after an over-long message: what you decided,
    /// so it can be said again in one line.
    #[serde(default)]
    pub decision: Option<Decision>,
    /// For asking about remote work: where you are moving, e.g. "Lisbon".
    #[serde(default)]
    pub moving_to: Option<String>,
    /// For asking about remote work: when you move, as you would say it
    /// ("in March", "at the end of January").
    #[serde(default)]
    pub moving_when: Option<String>,
    /// Someone to recommend in your place.
    #[serde(default)]
    pub referral: Option<String>,
    /// For running late: how many minutes; left out, "a few minutes".
    #[serde(default)]
    pub minutes_late: Option<u32>,
    /// For confirming a new time: the time they proposed. Left out, the
    /// interview's own time is confirmed (when the log already has the new one).
    #[serde(default)]
    pub new_time: Option<SlotInput>,
    /// For declining a later round: which one, as you would say it ("the final
    /// round", "the technical interview"); left out, "the next round".
    #[serde(default)]
    pub next_round: Option<String>,
    /// For a message through an agency: the recruiter's agency, e.g. "Hays".
    #[serde(default)]
    pub agency: Option<String>,
    /// For a message through an agency: the recruiter's name, who is greeted
    /// (the interviewer is the client's).
    #[serde(default)]
    pub recruiter: Option<String>,
    /// For the follow-up after no reply: how many days ago the last message went.
    #[serde(default)]
    pub days_since_last_message: Option<u32>,
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
    pub language: Option<MessageLanguage>,
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
        if let Some(location) = &interview.location {
            keep(&mut self.interview.location, location);
        }
        if self.decision.is_none() && interview.decision.needs_message() {
            self.decision = Some(interview.decision);
        }
        if self.language.is_none() {
            self.language = interview.message_language.or(profile.message_language);
        }
    }
}

/// Where the draft stands in for a detail of the candidate nobody has given
/// yet: visible in the text, refused by the checker until replaced.
pub const NAME_PLACEHOLDER: &str = "[your name]";
pub const CONTACT_PLACEHOLDER: &str = "[your e-mail or phone]";
pub const PHONE_PLACEHOLDER: &str = "[your phone number]";

/// A detail of the candidate the draft lacks, in the user's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissingDetail {
    /// "name", "contact" or "phone".
    pub detail: String,
    pub message: String,
    /// What stands in its place in the text.
    pub placeholder: String,
}

/// A drafted message: a subject for e-mail, and the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub subject: Option<String>,
    pub body: String,
    /// What the text holds a placeholder for (empty when nothing is missing).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<MissingDetail>,
    /// The language it is written in.
    #[serde(default)]
    pub language: MessageLanguage,
    /// Another language employers in the interviewer's zone usually write
    /// in, offered beside the draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_guess: Option<MessageLanguage>,
    /// The template it was made from (the editor opens it).
    #[serde(default)]
    pub template: String,
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
/// Under six days ahead a weekday names one day only.
const WEEKDAY_ALONE_HOURS: f64 = 6.0 * 24.0;
const MAX_FIELD_CHARS: usize = 200;
/// Later than this is no longer "running late".
const MAX_MINUTES_LATE: u32 = 180;

fn text(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// A field of the input as the window and the user call it (errors name it
/// so; the error's `field` carries the input's own key).
/// The `errors.ftl` key naming a detail of the message's input.
fn label(field: &str) -> &'static str {
    match field {
        "candidate.name" => "draft-field-your-name",
        "interview.company" => "draft-field-company",
        "interview.position" => "draft-field-position",
        "interview.location" => "draft-field-place",
        "their_subject" => "draft-field-their-subject",
        "moving_to" => "draft-field-moving-to",
        "moving_when" => "draft-field-moving-when",
        "new_role" => "draft-field-new-role",
        "referral" => "draft-field-referral",
        "interview.interviewer" => "draft-field-interviewer",
        _ => "draft-field-other",
    }
}

/// A detail the message cannot do without; `missing` is the refusal's key.
fn required<'a>(
    value: &'a Option<String>,
    field: &'static str,
    missing: &'static str,
) -> Result<&'a str> {
    text(value).ok_or_else(|| Error::said(Said::key(missing)).for_field(field))
}

fn bounded<'a>(value: &'a str, field: &'static str) -> Result<&'a str> {
    let chars = value.chars().count();
    if chars > MAX_FIELD_CHARS {
        return Err(Error::said(
            Said::key("error-draft-too-long")
                .with("field", Said::key(label(field)))
                .with("chars", chars)
                .with("most", MAX_FIELD_CHARS),
        )
        .for_field(field));
    }
    Ok(value)
}

/// The reason as one sentence ending with a full stop.
fn one_sentence(reason: &str) -> Result<String> {
    let reason = reason.trim();
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(
            Error::said(Said::key("error-reason-too-long").with("most", MAX_REASON_CHARS))
                .for_field("reason"),
        );
    }
    let inner = reason.trim_end_matches(['.', '!', '?']);
    if inner.contains(['.', '!', '?']) {
        return Err(Error::said(Said::key("error-reason-sentences")).for_field("reason"));
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
    /// The slots as said on the phone, on the listener's clock: "Monday 7 December at 2 pm".
    spoken_slots: Vec<String>,
    /// The candidate's clock reads differently from the listener's: spoken
    /// times then say "your time".
    clocks_differ: bool,
    pause_until: Option<String>,
    /// The same day as said aloud, without its weekday: "15 January".
    pause_until_spoken: Option<String>,
    /// "about six weeks": from today (or the interview) to `pause_until`.
    pause_length: Option<String>,
    /// Under 24 hours to go: only then does a message apologise for the short notice.
    short_notice: bool,
    /// For the missed interview: only then does it ask for another time.
    still_interested: bool,
    /// Their subject without its "Re:", for a reply in their thread.
    their_subject: Option<String>,
    /// "withdraw", "reschedule" or "pause", for the short follow-up.
    decision: Option<&'static str>,
    moving_to: Option<String>,
    moving_when: Option<String>,
    new_role: Option<String>,
    referral: Option<String>,
    /// Running late: "about 10 minutes", or "a few minutes" when not given.
    late_by: String,
    /// Running late: when you expect to be there, on both clocks ("10:15 CET / 04:15 EST").
    arrival_time: Option<String>,
    /// The same, said aloud on the listener's clock: "10:15 am".
    arrival_spoken: Option<String>,
    /// The time they proposed, written out: "Monday 7 December at 14:00 CET".
    new_time: Option<String>,
    /// The same, said aloud on their clock: "Monday 7 December at 2 pm".
    new_time_spoken: Option<String>,
    /// The round you decline: "the final round", or "the next round".
    next_round: String,
    agency: Option<String>,
    /// Who a phone call or text to the agency greets.
    recruiter_first_name: Option<String>,
    /// When the unanswered message went: "about a week ago"; none when not given.
    since_last_message: Option<String>,
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
    /// The number as a voicemail reads it: "plus 3 4, 6 0 0, 1 2 3, 4 5 6".
    phone_spoken: Option<String>,
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
    /// The day as said on the phone: the weekday alone ("Thursday") when the
    /// interview is in the coming six days, so no one wonders which Thursday;
    /// otherwise the date.
    spoken_date: String,
    /// The time as said on the phone, on the listener's clock only: "10 am",
    /// or "10 am your time" when the candidate's clock reads differently.
    spoken_time: String,
    /// Who a phone call greets: "Dana" for Dana Lee, "Dr Okafor" for Dr Ada Okafor.
    interviewer_first_name: Option<String>,
    /// A place is given and it is no link, video service or phone call.
    in_person: bool,
    /// The interview is today in their zone (known only when `now` is given):
    /// a message on the day says "today".
    on_the_day: bool,
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

/// Why a detail of the candidate is wanted, in `words`' language.
fn missing_sentence(detail: &str, words: &Words) -> String {
    words.get(match detail {
        "name" => "missing-name",
        "phone" => "missing-phone",
        _ => "missing-contact",
    })
}

impl Draft {
    /// The same draft, with what it lacks said in `words`' language (the
    /// message itself stays in the language it is written in).
    pub fn in_words(mut self, words: &Words) -> Draft {
        for missing in &mut self.missing {
            missing.message = missing_sentence(&missing.detail, words);
        }
        self
    }
}

/// Drafts a message from the input with the given templates.
pub fn draft(input: &MessageInput, templates: &Templates) -> Result<Draft> {
    let kind = input.kind.ok_or_else(|| {
        Error::said(Said::key("error-draft-kind-missing").with("kinds", MessageKind::names()))
            .for_field("kind")
    })?;
    let channel = input.channel.ok_or_else(|| {
        Error::said(
            Said::key("error-draft-channel-missing")
                .with("kind", kind.as_str())
                .with("channels", channel_list(kind)),
        )
        .for_field("channel")
    })?;
    if !kind.channels().contains(&channel) {
        return Err(Error::said(
            Said::key("error-draft-channel-wrong")
                .with("channel", channel.as_str())
                .with("kind", kind.as_str())
                .with("channels", channel_list(kind)),
        )
        .for_field("channel"));
    }
    let language = input.language.unwrap_or_default();
    let phrases = phrases::phrases(language)?;
    // A draft is never blocked by a detail of the candidate: it shows where
    // the detail goes, and says what is missing.
    let mut missing = Vec::new();
    let mut lacks = |detail: &str, placeholder: &str| {
        missing.push(MissingDetail {
            detail: detail.to_owned(),
            message: missing_sentence(detail, Words::english()),
            placeholder: placeholder.to_owned(),
        });
    };
    let name = match text(&input.candidate.name) {
        Some(name) => bounded(name, "candidate.name")?,
        None => {
            lacks("name", NAME_PLACEHOLDER);
            NAME_PLACEHOLDER
        }
    };
    let email = text(&input.candidate.email).map(str::to_owned);
    let phone = text(&input.candidate.phone).map(str::to_owned);
    let no_contact = email.is_none() && phone.is_none() && channel != Channel::Phone;
    if no_contact {
        lacks("contact", CONTACT_PLACEHOLDER);
    }
    let phone_spoken = match (&phone, channel) {
        (Some(phone), _) => Some(spoken::phone_in_words(phone, phrases.plus())),
        (None, Channel::Voicemail) => {
            if !no_contact {
                lacks("phone", PHONE_PLACEHOLDER);
            }
            Some(PHONE_PLACEHOLDER.to_owned())
        }
        (None, _) => None,
    };
    let company = bounded(
        required(
            &input.interview.company,
            "interview.company",
            "error-draft-company-missing",
        )?,
        "interview.company",
    )?;
    let position = bounded(
        required(
            &input.interview.position,
            "interview.position",
            "error-draft-position-missing",
        )?,
        "interview.position",
    )?;

    let when = interview_time(input)?;
    let (date, time, spoken_time) = match &when {
        Some(when) => {
            let (date, time) = phrases.when(when.start, when.theirs, when.mine);
            (date, time, spoken_time(phrases, when, clocks_differ(when)))
        }
        None if kind.is_about_the_interview() => {
            return Err(
                Error::said(Said::key("error-draft-time-missing")).for_field("interview.starts_at")
            )
        }
        None => (String::new(), String::new(), String::new()),
    };
    let hours_left = input.hours_until.filter(|h| h.is_finite()).or_else(|| {
        when.as_ref()
            .zip(input.now)
            .map(|(when, now)| hours_until(when.start, now))
    });
    let short_notice = hours_left.is_some_and(|h| (0.0..CALL_NOTICE_HOURS).contains(&h));
    let this_week = hours_left.is_some_and(|h| (0.0..WEEKDAY_ALONE_HOURS).contains(&h));
    let spoken_date = match &when {
        Some(when) if this_week => {
            phrases.weekday(when.start.with_timezone(&when.theirs).date_naive())
        }
        _ => date.clone(),
    };
    let mine = text(&input.candidate_tz).map(parse_zone).transpose()?;
    let slot_times = slot_instants(input)?;
    let slots = slot_times
        .iter()
        .map(|&(start, zone)| phrases.day_at_time(start, zone, mine))
        .collect::<Vec<_>>();
    // Said aloud, every time is on the listener's clock, like the interview's.
    let spoken_slots = slot_times
        .iter()
        .map(|&(start, zone)| {
            let listener = when.as_ref().map_or(zone, |when| when.theirs);
            phrases.day_at_clock(start, listener)
        })
        .collect::<Vec<_>>();
    if slots.len() > 3 {
        return Err(Error::said(Said::key("error-draft-too-many-slots")).for_field("slots"));
    }
    let pause_until = match (kind, input.pause_until) {
        (MessageKind::Pause, None) => {
            return Err(
                Error::said(Said::key("error-draft-check-back-missing")).for_field("pause_until")
            )
        }
        (_, day) => day.map(|day| phrases.day(day)),
    };
    // The pause runs from today, or from the interview when today is not given.
    let pause_start = when.as_ref().map(|when| {
        let today = input.now.unwrap_or(when.start);
        today.with_timezone(&when.theirs).date_naive()
    });
    let pause_length = pause_start
        .zip(input.pause_until)
        .and_then(|(start, until)| phrases.length((until - start).num_days()));
    let interviewer = text(&input.interview.interviewer)
        .map(|n| bounded(n, "interview.interviewer"))
        .transpose()?;
    let recruiter = text(&input.recruiter)
        .map(|n| bounded(n, "recruiter"))
        .transpose()?;
    // Through an agency the recruiter is written to; the interviewer is the client's.
    let agency_kind = kind == MessageKind::WithdrawViaAgency;
    let addressee = if agency_kind { recruiter } else { interviewer };
    let greeting = match addressee {
        Some(full) if input.options.first_names => {
            phrases.greeting(Some(&name_to_greet(full)), true, agency_kind)
        }
        other => phrases.greeting(other, false, agency_kind),
    };
    if input.minutes_late.is_some_and(|m| m > MAX_MINUTES_LATE) {
        return Err(
            Error::said(Said::key("error-draft-too-late").with("most", MAX_MINUTES_LATE))
                .for_field("minutes_late"),
        );
    }
    let optional_field = |value: &Option<String>, field: &'static str| {
        text(value)
            .map(|v| bounded(v, field).map(str::to_owned))
            .transpose()
    };
    let contact_line = [email.as_deref(), phone.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let location = optional_field(&input.interview.location, "interview.location")?;
    let on_the_day = match (&when, input.now) {
        (Some(when), Some(now)) => {
            now.with_timezone(&when.theirs).date_naive()
                == when.start.with_timezone(&when.theirs).date_naive()
        }
        _ => false,
    };
    let arrival = when
        .as_ref()
        .zip(input.minutes_late)
        .map(|(when, minutes)| {
            let at = when.start + chrono::Duration::minutes(i64::from(minutes));
            (
                phrases.when(at, when.theirs, when.mine).1,
                phrases.clock(at, when.theirs),
            )
        });
    let new_time = input
        .new_time
        .as_ref()
        .map(|slot| {
            let zone = parse_zone(&slot.tz).map_err(|e| e.for_field("new_time"))?;
            let start = parse_start(&slot.starts_at, zone).map_err(|e| e.for_field("new_time"))?;
            let listener = when.as_ref().map_or(zone, |when| when.theirs);
            Ok::<_, Error>((
                phrases.day_at_time(start, zone, mine),
                phrases.day_at_clock(start, listener),
            ))
        })
        .transpose()?;
    let context = TemplateContext {
        kind: kind.as_str(),
        channel: channel.as_str(),
        greeting,
        candidate: CandidateContext {
            name: name.to_owned(),
            first_name: if name == NAME_PLACEHOLDER {
                name.to_owned()
            } else {
                first_name(name).to_owned()
            },
            phone_spoken,
            email,
            phone,
            contact_line: if no_contact {
                CONTACT_PLACEHOLDER.to_owned()
            } else {
                contact_line
            },
        },
        interview: InterviewContext {
            company: company.to_owned(),
            position: position.to_owned(),
            interviewer: interviewer.map(str::to_owned),
            date,
            time,
            spoken_date,
            spoken_time,
            interviewer_first_name: interviewer.map(name_to_greet),
            in_person: location.as_deref().is_some_and(is_in_person),
            on_the_day,
        },
        reason: text(&input.reason).map(one_sentence).transpose()?,
        slots,
        spoken_slots,
        clocks_differ: when.as_ref().is_some_and(clocks_differ),
        pause_until,
        pause_until_spoken: input.pause_until.map(|day| phrases.day_month(day)),
        pause_length,
        short_notice,
        still_interested: input.still_interested.unwrap_or(true),
        their_subject: optional_field(&input.their_subject, "their_subject")?
            .map(|subject| without_reply_prefix(&subject).to_owned())
            .filter(|subject| !subject.is_empty()),
        decision: input
            .decision
            .filter(|d| d.needs_message())
            .map(Decision::as_str),
        moving_to: optional_field(&input.moving_to, "moving_to")?,
        moving_when: optional_field(&input.moving_when, "moving_when")?,
        new_role: optional_field(&input.new_role, "new_role")?,
        referral: optional_field(&input.referral, "referral")?,
        late_by: phrases.late_by(input.minutes_late),
        arrival_time: arrival.as_ref().map(|(written, _)| written.clone()),
        arrival_spoken: arrival.map(|(_, spoken)| spoken),
        new_time_spoken: new_time.as_ref().map(|(_, spoken)| spoken.clone()),
        new_time: new_time.map(|(written, _)| written),
        next_round: optional_field(&input.next_round, "next_round")?
            .unwrap_or_else(|| phrases.next_round().to_owned()),
        agency: optional_field(&input.agency, "agency")?,
        recruiter_first_name: recruiter.map(name_to_greet),
        since_last_message: input
            .days_since_last_message
            .and_then(|days| phrases.since(days)),
        options: input.options.clone(),
    };
    let rendered = templates.render(kind, channel, language, &context)?;
    let language_guess = text(&input.interview.tz)
        .and_then(MessageLanguage::guess_from_zone)
        .filter(|guess| guess.checked_as() != language.checked_as());
    Ok(Draft {
        missing,
        language,
        language_guess,
        template: super::templates::template_name(kind, channel, language),
        ..split_subject(
            &phrases.respell(&tidy(&rendered), &words_given(input)),
            channel,
        )
    })
}

/// Every word the user typed into the input (names, places, the reason...),
/// lower case: a respelling leaves them as typed.
fn words_given(input: &MessageInput) -> std::collections::HashSet<String> {
    [
        &input.candidate.name,
        &input.candidate.email,
        &input.interview.company,
        &input.interview.position,
        &input.interview.interviewer,
        &input.interview.location,
        &input.reason,
        &input.referral,
        &input.their_subject,
        &input.moving_to,
        &input.moving_when,
        &input.new_role,
        &input.next_round,
        &input.agency,
        &input.recruiter,
    ]
    .into_iter()
    .flatten()
    .flat_map(|value| {
        value
            .split(|c: char| !c.is_alphabetic())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    })
    .collect()
}

/// Whether the candidate's clock reads differently from the interviewer's.
fn clocks_differ(when: &InterviewTime) -> bool {
    when.mine.is_some_and(|mine| {
        when.start.with_timezone(&mine).naive_local()
            != when.start.with_timezone(&when.theirs).naive_local()
    })
}

/// The interview's time on the listener's clock, as said aloud; "your time"
/// tells them so when the candidate's clock reads differently.
fn spoken_time(phrases: &Phrases, when: &InterviewTime, clocks_differ: bool) -> String {
    let clock = phrases.clock(when.start, when.theirs);
    if clocks_differ {
        phrases.your_time(&clock)
    } else {
        clock
    }
}

/// Words in a place that mean the interview is not in a room.
const NOT_IN_PERSON_WORDS: [&str; 14] = [
    "zoom", "teams", "meet", "webex", "skype", "whereby", "jitsi", "hangouts", "video", "online",
    "virtual", "remote", "phone", "call",
];

/// Whether a place is somewhere to go: not a link, a video service or a call.
fn is_in_person(location: &str) -> bool {
    let lower = location.to_lowercase();
    let a_link = lower.contains("://") || lower.contains("www.");
    let remote_word = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| NOT_IN_PERSON_WORDS.contains(&word));
    !(a_link || remote_word)
}

/// A subject without the "Re:" (or "RE:", "Re[2]:") mail programs put before it,
/// so the reply's own "Re:" is not doubled.
fn without_reply_prefix(subject: &str) -> &str {
    let mut rest = subject.trim();
    loop {
        let Some(head) = rest.get(..2).filter(|h| h.eq_ignore_ascii_case("re")) else {
            return rest;
        };
        let tail = rest.get(head.len()..).unwrap_or("");
        let tail = match tail.strip_prefix('[') {
            Some(counted) => match counted.split_once(']') {
                Some((count, after)) if count.chars().all(|c| c.is_ascii_digit()) => after,
                _ => return rest,
            },
            None => tail,
        };
        match tail.strip_prefix(':') {
            Some(after) => rest = after.trim_start(),
            None => return rest,
        }
    }
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
                missing: Vec::new(),
                language: MessageLanguage::default(),
                language_guess: None,
                template: String::new(),
            };
        }
    }
    Draft {
        subject: None,
        body: text.to_owned(),
        missing: Vec::new(),
        language: MessageLanguage::default(),
        language_guess: None,
        template: String::new(),
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
    fn a_place_is_in_person_a_link_or_a_call_is_not() {
        assert!(is_in_person("Acme HQ, 12 Rue de Rivoli, Paris"));
        assert!(is_in_person("Room 4.12, Callander House"));
        assert!(!is_in_person("https://meet.example.com/abc"));
        assert!(!is_in_person("Zoom"));
        assert!(!is_in_person("MS Teams link to follow"));
        assert!(!is_in_person("Phone call"));
        assert!(!is_in_person("www.example.com/room"));
    }

    #[test]
    fn the_reply_prefix_is_not_doubled() {
        assert_eq!(without_reply_prefix("Re: Your interview"), "Your interview");
        assert_eq!(
            without_reply_prefix("RE: re:Your interview"),
            "Your interview"
        );
        assert_eq!(without_reply_prefix("Re[2]: Update"), "Update");
        assert_eq!(
            without_reply_prefix("Recruitment update"),
            "Recruitment update"
        );
        assert_eq!(without_reply_prefix("Ré: x"), "Ré: x");
    }

    #[test]
    fn tidy_keeps_one_blank_line() {
        assert_eq!(tidy("\n\nA  \n\n\n\nB\n\n"), "A\n\nB");
    }
}
