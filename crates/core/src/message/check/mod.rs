//! Holding a draft (ours or the user's own) against the checklist of
//! docs/domain.md §3 and its list of things to avoid, in the message's own
//! language. The words each rule looks for are data
//! (`crates/core/rules/check/`); this module is the reading. With a context,
//! a date, weekday, time or position that claims to be the interview's and is
//! wrong is a mismatch.

mod rules;
mod spelling;
mod text;
mod when;

use std::ops::Range;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;
use regex::Regex;
use serde::Serialize;

use self::rules::{rules, Rules};
use self::text::{blank_out, excerpt, normalize, sentence_around, split_subject, words};
use self::when::{find_dates, find_times, DateMention, Relative, TimeMention};
use super::draft::{
    interview_time, slot_instants, MessageInput, CONTACT_PLACEHOLDER, NAME_PLACEHOLDER,
    PHONE_PLACEHOLDER,
};
use super::{Channel, MessageKind};
use crate::error::Result;
use crate::language::{detect, Detected, Language};
use crate::time::day_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    Pass,
    Fail,
    #[serde(rename = "n/a")]
    NotApplicable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckItem {
    pub id: &'static str,
    pub status: ItemStatus,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub id: &'static str,
    pub message: String,
    pub excerpt: String,
    /// For `spelling`: likely words, best first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    pub ok: bool,
    /// The language the message was read in; none when it is in one the
    /// checker does not read.
    pub language: Option<Language>,
    pub items: Vec<CheckItem>,
    pub problems: Vec<Problem>,
    /// What the checker could not do (a language it does not read, no
    /// dictionary): said once, so the user knows what to read over themselves.
    pub notes: Vec<String>,
}

/// Most spelling problems listed: past that the message needs a reread, not a list.
const MOST_SPELLING_PROBLEMS: usize = 8;
/// How many of them come with suggestions.
const MOST_SUGGESTED: usize = 3;

/// Checks a message; `input` is whatever is known of it (kind, channel, the
/// interview, the language...). Only errors in the context itself are errors.
pub fn check(message: &str, input: &MessageInput) -> Result<CheckReport> {
    let expected = expected(input)?;
    let text = normalize(message);
    let language = match input.language {
        Some(language) => Detected::Read(language.checked_as()),
        None => detect(&text, rules::common_words),
    };
    let language = match language {
        Detected::Read(language) => language,
        Detected::Other(name) => return Ok(not_read(name)),
    };
    Ok(Reading::new(&text, input, &expected, rules(language)).report())
}

/// The report for a message in a language the checker does not read.
fn not_read(name: &str) -> CheckReport {
    let ids = [
        "interview_date",
        "interview_time",
        "time_zone",
        "position",
        "brief_reason",
        "clear_action",
        "apology",
        "thanks",
        "alternatives",
        "signature",
        "contact",
    ];
    let read = Language::ALL
        .iter()
        .map(|l| l.name())
        .collect::<Vec<_>>()
        .join(", ");
    CheckReport {
        ok: false,
        language: None,
        items: ids
            .into_iter()
            .map(|id| not_applicable(id, "Not checked: the message is in a language the checker does not read."))
            .collect(),
        problems: Vec::new(),
        notes: vec![format!(
            "This message looks like {name}. The checker reads {read}, so nothing here was checked: read it over yourself against the checklist before you send it."
        )],
    }
}

/// The moments and names the message may mention: the interview and each
/// slot, on both clocks.
struct Expected {
    /// The interview's own day, in their zone and in the candidate's.
    interview_days: Vec<NaiveDate>,
    /// The interview's start, minutes after midnight, on both clocks.
    interview_minutes: Vec<u32>,
    /// Every date the message may name: the interview, the slots, the pause's end.
    dates: Vec<NaiveDate>,
    minutes: Vec<u32>,
    interview_text: Option<String>,
    /// Abbreviations and names of the zones, as they are at the interview.
    zone_names: Vec<String>,
    /// An abbreviation of the interview's zone for the other season ("CET" in June).
    wrong_season: Vec<(String, String)>,
    zones_differ: bool,
    /// A time as it should be written, e.g. "10:00 CEST", for advice.
    example_time: Option<String>,
    hours_until: Option<f64>,
    today: Option<NaiveDate>,
    /// The day of the new time being confirmed, on both clocks.
    new_time_days: Vec<NaiveDate>,
}

fn expected(input: &MessageInput) -> Result<Expected> {
    let mut expected = Expected {
        interview_days: Vec::new(),
        interview_minutes: Vec::new(),
        dates: Vec::new(),
        minutes: Vec::new(),
        interview_text: None,
        zone_names: Vec::new(),
        wrong_season: Vec::new(),
        zones_differ: false,
        example_time: None,
        hours_until: input.hours_until,
        today: None,
        new_time_days: Vec::new(),
    };
    let add = |instant: DateTime<Utc>, zone: Tz, expected: &mut Expected| {
        let local = instant.with_timezone(&zone);
        expected.dates.push(local.date_naive());
        expected.minutes.push(local.hour() * 60 + local.minute());
    };
    let now = input.now;
    if let Some(when) = interview_time(input)? {
        let zones: Vec<Tz> = std::iter::once(when.theirs).chain(when.mine).collect();
        for &zone in &zones {
            let local = when.start.with_timezone(&zone);
            expected.interview_days.push(local.date_naive());
            expected
                .interview_minutes
                .push(local.hour() * 60 + local.minute());
            let abbreviation = local.format("%Z").to_string();
            expected.zone_names.push(abbreviation.clone());
            expected.zone_names.push(zone.name().to_owned());
            if let Some(city) = zone.name().rsplit('/').next() {
                expected.zone_names.push(city.replace('_', " "));
            }
            if let Some(other) = other_season_abbreviation(zone, when.start) {
                expected.wrong_season.push((other, abbreviation));
            }
            add(when.start, zone, &mut expected);
        }
        let theirs = when.start.with_timezone(&when.theirs);
        expected.example_time = Some(theirs.format("%H:%M %Z").to_string());
        expected.interview_text =
            Some(crate::time::when_text(when.start, when.theirs, when.mine).to_string());
        if let Some(mine) = when.mine {
            expected.zones_differ = when.start.with_timezone(&mine).naive_local()
                != when.start.with_timezone(&when.theirs).naive_local();
        }
        for (start, zone) in slot_instants(input)? {
            for &z in std::iter::once(&zone).chain(zones.iter()) {
                add(start, z, &mut expected);
            }
        }
        // The time they proposed, and when a late candidate expects to be there.
        if let Some((start, zone)) = new_time_instant(input)? {
            for &z in std::iter::once(&zone).chain(zones.iter()) {
                add(start, z, &mut expected);
                expected
                    .new_time_days
                    .push(start.with_timezone(&z).date_naive());
            }
        }
        if let Some(minutes) = input.minutes_late {
            let arrival = when.start + chrono::Duration::minutes(i64::from(minutes));
            for &z in &zones {
                add(arrival, z, &mut expected);
            }
        }
        if let Some(now) = now {
            expected
                .hours_until
                .get_or_insert(crate::urgency::hours_until(when.start, now));
            expected.today = Some(
                now.with_timezone(&when.mine.unwrap_or(when.theirs))
                    .date_naive(),
            );
        }
    } else if let Some(now) = now {
        expected.today = Some(now.date_naive());
    }
    if let Some(day) = input.pause_until {
        expected.dates.push(day);
    }
    Ok(expected)
}

/// The new time being confirmed, when the input gives one.
fn new_time_instant(input: &MessageInput) -> Result<Option<(DateTime<Utc>, Tz)>> {
    let Some(slot) = &input.new_time else {
        return Ok(None);
    };
    let zone = crate::time::parse_zone(&slot.tz).map_err(|e| e.for_field("new_time"))?;
    let start =
        crate::time::parse_start(&slot.starts_at, zone).map_err(|e| e.for_field("new_time"))?;
    Ok(Some((start, zone)))
}

/// The zone's abbreviation in the other half of the year, when it has one
/// ("CET" for a June date in Berlin, whose summer abbreviation is "CEST").
fn other_season_abbreviation(zone: Tz, at: DateTime<Utc>) -> Option<String> {
    let now = at.with_timezone(&zone).format("%Z").to_string();
    let half_a_year = at.checked_add_signed(chrono::Duration::days(182))?;
    let other = half_a_year.with_timezone(&zone).format("%Z").to_string();
    // Numeric "abbreviations" (+04) are offsets, not names a person confuses.
    (other != now && other.chars().all(|c| c.is_ascii_alphabetic())).then_some(other)
}

/// How far after a date its time may stand, in bytes ("Thursday 3 December, at 10:00").
const TIME_AFTER_DATE_BYTES: usize = 25;

/// How far after a time its zone is looked for ("10:00 a.m. Eastern Time (UTC-5)").
const ZONE_WINDOW_CHARS: usize = 40;

/// German speakers write CET and CEST as MEZ and MESZ.
const ZONE_ALIASES: [(&str, &str); 2] = [("MEZ", "CET"), ("MESZ", "CEST")];

/// Abbreviations of zones that are capitals but never shouting.
const ZONE_ABBREVIATIONS: [&str; 30] = [
    "UTC", "GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "EST", "EDT", "CST",
    "CDT", "MST", "MDT", "PST", "PDT", "AEST", "AEDT", "MEZ", "MESZ", "JST", "KST", "SGT", "HKT",
    "NZST", "NZDT", "AKST", "AKDT",
];

fn item(id: &'static str, status: ItemStatus, message: impl Into<String>) -> CheckItem {
    CheckItem {
        id,
        status,
        message: message.into(),
    }
}

fn pass_or_fail(id: &'static str, passed: bool, pass: &str, fail: &str) -> CheckItem {
    if passed {
        item(id, ItemStatus::Pass, pass)
    } else {
        item(id, ItemStatus::Fail, fail)
    }
}

fn not_applicable(id: &'static str, why: &str) -> CheckItem {
    item(id, ItemStatus::NotApplicable, why)
}

fn problem(id: &'static str, message: impl Into<String>, excerpt: String) -> Problem {
    Problem {
        id,
        message: message.into(),
        excerpt,
        suggestions: Vec::new(),
    }
}

/// One message read against one language's rules.
struct Reading<'a> {
    text: &'a str,
    input: &'a MessageInput,
    expected: &'a Expected,
    rules: &'static Rules,
    subject: Option<Range<usize>>,
    body: Range<usize>,
    /// The text with names, addresses and links blanked out, for the word lists.
    plain: String,
    /// Spans of the names the message may use (company, people, position).
    names: Vec<String>,
    kind: Option<MessageKind>,
    channel: Channel,
    dates: Vec<DateMention>,
    times: Vec<TimeMention>,
}

static EMAIL: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"));
static LINK: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"(?i)\b(?:https?://|www\.)\S+"));
static PHONE: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"\+?\(?\d[\d ().-]{5,}\d"));
static ZONE_OFFSET: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    constant(r"(?i)\b(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?\b|\b(?:UTC|GMT)\b")
});
static BARE_OFFSET: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| constant(r"^\s?\(?[+−-]\d{2}(?::?\d{2})?\b"));

fn constant(pattern: &str) -> Regex {
    // Patterns of this file, compiled by its tests.
    rules::regex(pattern).unwrap_or_else(|e| panic!("checker pattern {pattern:?}: {e}"))
}

impl<'a> Reading<'a> {
    fn new(
        text: &'a str,
        input: &'a MessageInput,
        expected: &'a Expected,
        rules: &'static Rules,
    ) -> Reading<'a> {
        let (subject, body) = split_subject(text);
        let names = known_names(input);
        let mut hidden: Vec<Range<usize>> = name_spans(text, &names);
        hidden.extend(EMAIL.find_iter(text).map(|m| m.range()));
        hidden.extend(LINK.find_iter(text).map(|m| m.range()));
        Reading {
            text,
            input,
            expected,
            rules,
            subject,
            body,
            plain: blank_out(text, &hidden),
            names,
            kind: input.kind,
            // Without a channel a message is read as an e-mail, the strictest case.
            channel: input.channel.unwrap_or(Channel::Email),
            dates: find_dates(text, &rules.dates),
            times: find_times(text),
        }
    }

    fn body(&self) -> &'a str {
        self.text.get(self.body.clone()).unwrap_or("")
    }

    fn subject(&self) -> Option<&'a str> {
        self.subject.clone().and_then(|s| self.text.get(s))
    }

    fn about_interview(&self) -> bool {
        self.kind.is_none_or(MessageKind::is_about_the_interview)
    }

    fn report(&self) -> CheckReport {
        let mut items = Vec::new();
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        let claims = self.claims();
        self.interview_items(&mut items);
        self.content_items(&mut items, &claims);
        self.moment_items(&mut items);
        self.signature_items(&mut items);
        self.avoid_problems(&mut problems);
        self.mismatch_problems(&claims, &mut problems);
        self.spelling_problems(&mut problems, &mut notes);
        let ok = items.iter().all(|i| i.status != ItemStatus::Fail) && problems.is_empty();
        CheckReport {
            ok,
            language: Some(self.rules.language),
            items,
            problems,
            notes,
        }
    }

    /// 1. The interview: date, time, zone, position.
    fn interview_items(&self, items: &mut Vec<CheckItem>) {
        if self.about_interview() {
            items.push(pass_or_fail(
                "interview_date",
                !self.dates.is_empty(),
                "The interview's date is there.",
                "Say which interview: give its date, e.g. Thursday 3 December.",
            ));
            items.push(pass_or_fail(
                "interview_time",
                !self.times.is_empty(),
                "The interview's time is there.",
                &format!(
                    "Give the interview's time too, e.g. {}.",
                    self.expected.example_time.as_deref().unwrap_or("10:00")
                ),
            ));
        } else {
            items.push(not_applicable(
                "interview_date",
                "A follow-up need not repeat the date.",
            ));
            items.push(not_applicable(
                "interview_time",
                "A follow-up need not repeat the time.",
            ));
        }
        items.push(self.time_zone_item());
        let opening: String = self.subject().unwrap_or("").to_owned()
            + " "
            + &self.body().chars().take(400).collect::<String>();
        let position_named = match text_of(&self.input.interview.position) {
            Some(position) => opening.to_lowercase().contains(&position.to_lowercase()),
            None => true,
        };
        items.push(pass_or_fail(
            "position",
            position_named,
            "The position is named at the start.",
            "Name the position in the subject line or the first sentence.",
        ));
    }

    fn time_zone_item(&self) -> CheckItem {
        if !(self.about_interview() && self.expected.zones_differ) {
            return not_applicable("time_zone", "Both sides read the same clock.");
        }
        let text = self.text;
        let capitals_present = |word: &str| contains_word(text, word);
        for (wrong, right) in &self.expected.wrong_season {
            let aliases = ZONE_ALIASES
                .iter()
                .filter(|(_, a)| a == wrong)
                .map(|(alias, _)| *alias);
            if std::iter::once(wrong.as_str())
                .chain(aliases)
                .any(capitals_present)
                && !capitals_present(right)
            {
                return item(
                    "time_zone",
                    ItemStatus::Fail,
                    format!(
                        "On that date the zone is {right}, not {wrong}: write the time as {}.",
                        self.expected.example_time.as_deref().unwrap_or(right)
                    ),
                );
            }
        }
        // A zone counts where it goes with a time: right after one, on its line
        // ("10:00 CET", "3pm your time", "15 h (heure de Paris)"), so "thank you
        // for your time" or an office in Berlin say nothing about the clock.
        let abbreviation = |name: &String| name.chars().all(|c| c.is_ascii_uppercase());
        let named = self.times.iter().any(|time| {
            let after = text.get(time.span.end..).unwrap_or("");
            let line = after.split('\n').next().unwrap_or("");
            let window: String = line.chars().take(ZONE_WINDOW_CHARS).collect();
            let lower_window = window.to_lowercase();
            self.expected.zone_names.iter().any(|zone| {
                if abbreviation(zone) {
                    contains_word(&window, zone)
                        || ZONE_ALIASES
                            .iter()
                            .any(|(alias, a)| a == zone && contains_word(&window, alias))
                } else {
                    contains_word(&lower_window, &zone.to_lowercase())
                }
            }) || ZONE_OFFSET.is_match(&window)
                || self.rules.zone.is_match(&window)
                || BARE_OFFSET.is_match(&window)
        });
        pass_or_fail(
            "time_zone",
            named,
            "The time says which zone it is in.",
            &format!(
                "You and they are in different time zones: add the zone to the time, e.g. {}.",
                self.expected.example_time.as_deref().unwrap_or("10:00 CET")
            ),
        )
    }

    /// 2-5: reason, action, apology, thanks, alternatives.
    fn content_items(&self, items: &mut Vec<CheckItem>, claims: &Claims) {
        let rules = self.rules;
        let plain = &self.plain;
        let body = plain.get(self.body.clone()).unwrap_or("");
        // A sentence of reason is one that gives a cause or personal detail.
        let reason_sentences = body
            .split(['.', '!', '?', '\n'])
            .filter(|s| rules.reason.is_match(s) || rules.oversharing.is_match(s))
            .count();
        items.push(pass_or_fail(
            "brief_reason",
            reason_sentences <= 1,
            "The reason, if any, is brief.",
            "Give at most one short sentence of reason; leave the rest out.",
        ));

        let says = |r: &Regex| r.is_match(plain);
        let action = match self.kind {
            Some(
                MessageKind::Withdraw
                | MessageKind::WithdrawAcceptedOffer
                | MessageKind::WithdrawNotAFit
                | MessageKind::WithdrawRelocation,
            ) => Some((
                says(&rules.withdraw) || says(&rules.cancel),
                "Say plainly that you are withdrawing your application.",
            )),
            Some(MessageKind::Reschedule | MessageKind::RescheduleIllness) => Some((
                says(&rules.reschedule),
                "Say plainly that you are asking to reschedule.",
            )),
            Some(MessageKind::Pause) => Some((
                says(&rules.pause),
                "Say plainly that you are asking them to pause your application.",
            )),
            Some(MessageKind::AskRemote) => Some((
                says(&rules.remote),
                "Ask plainly whether remote or hybrid work is possible.",
            )),
            Some(MessageKind::NoShowApology) => Some((
                says(&rules.missed),
                "Say plainly that you missed the interview.",
            )),
            Some(MessageKind::DeclineNextRound | MessageKind::WithdrawViaAgency) => Some((
                says(&rules.withdraw) || says(&rules.cancel),
                "Say plainly that you are withdrawing your application.",
            )),
            Some(MessageKind::DeclineOffer) => rules.moments.offer.as_ref().map(|offer| {
                (
                    says(&rules.withdraw) && says(offer),
                    "Say plainly that you are declining their offer.",
                )
            }),
            Some(MessageKind::WithdrawAfterOffer) => rules.moments.offer.as_ref().map(|offer| {
                (
                    (says(&rules.withdraw) || says(&rules.cancel)) && says(offer),
                    "Say plainly that you are withdrawing after their offer.",
                )
            }),
            Some(MessageKind::RunningLate) => rules
                .moments
                .late
                .as_ref()
                .map(|late| (says(late), "Say plainly that you are running late.")),
            Some(MessageKind::UnableToJoin) => Some((
                says(&rules.cancel) || says(&rules.reschedule),
                "Say plainly that you cannot join today and need another time.",
            )),
            Some(MessageKind::ConfirmNewTime) => rules
                .moments
                .confirm
                .as_ref()
                .map(|confirm| (says(confirm), "Say plainly that you confirm the new time.")),
            Some(MessageKind::FollowUpNoReply) => {
                rules.moments.follow_up.as_ref().map(|follow_up| {
                    (
                        says(follow_up),
                        "Say that you are following up on your earlier message.",
                    )
                })
            }
            Some(MessageKind::ResumeAfterPause) => rules
                .moments
                .resume
                .as_ref()
                .map(|resume| (says(resume), "Say plainly that you are ready to continue.")),
            Some(_) => None,
            None => Some((
                [
                    &rules.withdraw,
                    &rules.reschedule,
                    &rules.pause,
                    &rules.cancel,
                    &rules.missed,
                ]
                .into_iter()
                .any(says),
                "Say plainly what you are doing: withdrawing, cancelling, rescheduling or pausing.",
            )),
        };
        items.push(match action {
            Some((found, fail)) => pass_or_fail(
                "clear_action",
                found,
                "It says plainly what you are doing.",
                fail,
            ),
            None => not_applicable("clear_action", "A follow-up has nothing to cancel or move."),
        });

        let wants_apology = match self.kind {
            None => true,
            Some(kind) => {
                kind.is_about_the_interview()
                    && !matches!(kind, MessageKind::AskRemote | MessageKind::ConfirmNewTime)
                    || matches!(
                        kind,
                        MessageKind::ClarifyAfterOvershare | MessageKind::WithdrawAfterOffer
                    )
            }
        };
        items.push(if wants_apology {
            pass_or_fail(
                "apology",
                says(&rules.apology),
                "It apologises for the trouble.",
                "Add a short apology for the inconvenience.",
            )
        } else {
            not_applicable("apology", "Nothing here calls for an apology.")
        });
        items.push(pass_or_fail(
            "thanks",
            says(&rules.thanks),
            "It thanks them.",
            "Thank them for their time.",
        ));

        let reschedule = self
            .kind
            .map_or_else(|| says(&rules.reschedule), MessageKind::asks_for_new_times);
        items.push(if reschedule {
            let offered_dates = claims.alternative_dates;
            let offered_times = claims.alternative_times;
            let offered = offered_dates.max(offered_times) >= 2
                || self.input.slots.len() >= 2
                || says(&rules.propose);
            pass_or_fail(
                "alternatives",
                offered,
                "It offers new times or asks them to propose some.",
                "Offer two or three specific new times, or ask them to suggest some.",
            )
        } else {
            not_applicable("alternatives", "Only a reschedule needs new times.")
        });
    }

    /// What the moments of docs/domain.md §8 hold beyond the checklist: how late
    /// you will be, the new time confirmed, an agency asked to pass it on and
    /// the client named, and, after an offer, a request to stop what was
    /// started. Each is listed only for its kind.
    fn moment_items(&self, items: &mut Vec<CheckItem>) {
        let moments = &self.rules.moments;
        let says = |r: &Option<Regex>| r.as_ref().map(|r| r.is_match(&self.plain));
        let unread = "Not checked in this language yet: read it over yourself.";
        let mut push = |id, found: Option<bool>, pass: &str, fail: &str| {
            items.push(match found {
                Some(found) => pass_or_fail(id, found, pass, fail),
                None => not_applicable(id, unread),
            });
        };
        match self.kind {
            Some(MessageKind::RunningLate) => {
                // The arrival time, when the input gives one, counts as written.
                let arrival = self.input.minutes_late.is_some()
                    && self.times.len() > 1
                    && self.times.iter().any(|time| {
                        !time
                            .minutes
                            .iter()
                            .any(|m| self.expected.interview_minutes.contains(m))
                    });
                push(
                    "delay",
                    says(&moments.delay).map(|found| found || arrival),
                    "It says how late you will be.",
                    "Say how late you will be, or when you will be there (\"about 10 minutes\", \"by 10:15\").",
                );
            }
            Some(MessageKind::ConfirmNewTime) => {
                let days = &self.expected.new_time_days;
                if days.is_empty() {
                    items.push(not_applicable(
                        "new_time",
                        "No new time was given: the interview's own time is the one confirmed.",
                    ));
                } else {
                    let anchor = self.expected.interview_days.first().or(days.first());
                    let named = anchor.is_some_and(|&anchor| {
                        self.dates.iter().any(|mention| {
                            mention
                                .readings(anchor, self.expected.today)
                                .iter()
                                .any(|d| days.contains(d))
                        })
                    });
                    items.push(pass_or_fail(
                        "new_time",
                        named,
                        "It names the new time you confirm.",
                        "Name the new date and time you are confirming, so there is no doubt.",
                    ));
                }
            }
            Some(MessageKind::WithdrawViaAgency) => {
                push(
                    "pass_on",
                    says(&moments.pass_on),
                    "It asks the recruiter to pass it on.",
                    "Ask the recruiter to pass your decision on to their client.",
                );
                let company = text_of(&self.input.interview.company);
                items.push(match company {
                    Some(company) => pass_or_fail(
                        "client_named",
                        self.text.to_lowercase().contains(&company.to_lowercase()),
                        "It names the client company.",
                        "Name the company the interview is with: a recruiter works for several.",
                    ),
                    None => not_applicable("client_named", "No company was given to look for."),
                });
            }
            Some(MessageKind::WithdrawAfterOffer) => push(
                "stop_steps",
                says(&moments.stop_steps),
                "It asks them to stop what was started for you.",
                "Ask them to stop anything already started for you (paperwork, checks, relocation).",
            ),
            _ => {}
        }
    }

    /// 6. Name and contact details.
    fn signature_items(&self, items: &mut Vec<CheckItem>) {
        let text = self.text;
        // A draft made before the user gave their name or number holds a
        // placeholder: the message is not ready until it is replaced.
        let holds = |placeholder: &str| text.contains(placeholder);
        if holds(NAME_PLACEHOLDER) {
            items.push(item(
                "signature",
                ItemStatus::Fail,
                format!(
                    "Put your name in place of “{NAME_PLACEHOLDER}” (or add it once in Settings)."
                ),
            ));
        } else {
            self.signature_item(items);
        }
        match [CONTACT_PLACEHOLDER, PHONE_PLACEHOLDER]
            .into_iter()
            .find(|p| holds(p))
        {
            Some(placeholder) => items.push(item(
                "contact",
                ItemStatus::Fail,
                format!("Put your e-mail or phone number in place of “{placeholder}”."),
            )),
            None => self.contact_item(items),
        }
    }

    fn signature_item(&self, items: &mut Vec<CheckItem>) {
        let text = self.text;
        let name = text_of(&self.input.candidate.name);
        let first_name = name.and_then(|n| n.split_whitespace().next());
        let names_line = |line: &str| {
            let line = line.to_lowercase();
            [name, first_name]
                .into_iter()
                .flatten()
                .any(|n| contains_word(&line, &n.to_lowercase()))
        };
        if self.channel.is_spoken() {
            items.push(match name {
                Some(_) => pass_or_fail(
                    "signature",
                    names_line(text),
                    "You say who you are.",
                    "Say your name at the start.",
                ),
                None => not_applicable("signature", "Spoken: you say your name as you start."),
            });
        } else {
            // An address that starts with the name ("ana@…") is no signature.
            let without_addresses = blank_out(
                self.body(),
                &EMAIL
                    .find_iter(self.body())
                    .map(|m| m.range())
                    .collect::<Vec<_>>(),
            );
            let tail: Vec<&str> = without_addresses
                .lines()
                .filter(|l| !l.trim().is_empty())
                .rev()
                .take(4)
                .collect();
            let signed = match name {
                Some(_) => tail.iter().any(|line| names_line(line)),
                None => tail
                    .iter()
                    .skip(1)
                    .any(|line| self.rules.sign_off.is_match(line)),
            };
            items.push(pass_or_fail(
                "signature",
                signed,
                "It is signed with your name.",
                "End with a sign-off and your name.",
            ));
        }
    }

    fn contact_item(&self, items: &mut Vec<CheckItem>) {
        let text = self.text;
        if self.channel == Channel::Phone {
            items.push(not_applicable(
                "contact",
                "On the phone they already have your number.",
            ));
            return;
        }
        if self.channel == Channel::Sms {
            items.push(not_applicable(
                "contact",
                "A text comes from your number: they can reply to it.",
            ));
            return;
        }
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let text_digits = digits(text);
        let known = [
            text_of(&self.input.candidate.email),
            text_of(&self.input.candidate.phone),
        ]
        .into_iter()
        .flatten()
        .any(|c| {
            text.to_lowercase().contains(&c.trim().to_lowercase())
                || (digits(c).len() >= 6 && text_digits.contains(&digits(c)))
        });
        let any_contact = EMAIL.is_match(text)
            || PHONE
                .find_iter(text)
                .any(|m| m.as_str().chars().filter(char::is_ascii_digit).count() >= 7);
        items.push(pass_or_fail(
            "contact",
            known || any_contact,
            "Your contact details are there.",
            "Add an e-mail address or phone number they can reach you on.",
        ));
    }

    /// Things to avoid: length, oversharing, blame, vagueness, drama, a late e-mail.
    fn avoid_problems(&self, problems: &mut Vec<Problem>) {
        let plain = &self.plain;
        let words = prose_words(self.body(), &self.rules.sign_off);
        let limit = match self.channel {
            Channel::Email => 180,
            Channel::Linkedin | Channel::Platform => 120,
            Channel::Phone => 160,
            Channel::Voicemail => 90,
            Channel::Sms => 60,
        };
        if words > limit {
            let long_line = self
                .body()
                .lines()
                .find(|l| l.split_whitespace().count() > 12)
                .unwrap_or(self.body());
            problems.push(problem("too_long", format!("At {words} words it is long for a {} message: cut it to {limit} or fewer, one or two short paragraphs.", self.channel), excerpt(long_line)));
        }
        for (id, pattern, message) in [
            (
                "oversharing",
                &self.rules.oversharing,
                "Leave out medical, family and emotional detail: one plain sentence is enough.",
            ),
            (
                "blame",
                &self.rules.blame,
                "Leave out criticism of the company: you may meet these people again.",
            ),
            (
                "vague",
                &self.rules.vague,
                "Be definite: say what you are doing, without 'maybe' or 'not sure'.",
            ),
        ] {
            if let Some(found) = pattern.find(plain) {
                problems.push(problem(id, message, self.sentence_excerpt(found.start())));
            }
        }
        if let Some(at) = self.shouting() {
            problems.push(problem(
                "drama",
                "Keep the tone calm: no exclamation marks or words in capitals.",
                self.sentence_excerpt(at),
            ));
        }
        if self.channel == Channel::Email
            && self
                .expected
                .hours_until
                .is_some_and(|h| (0.0..24.0).contains(&h))
            && self.about_interview()
            // Late by nature, or answering their own proposal: no call first.
            && !matches!(
                self.kind,
                Some(MessageKind::RunningLate | MessageKind::ConfirmNewTime)
            )
        {
            problems.push(problem(
                "late_email",
                "Under 24 hours to go: call them first, and send this e-mail after the call as the record.",
                excerpt(self.subject().unwrap_or(self.body())),
            ));
        }
    }

    fn sentence_excerpt(&self, at: usize) -> String {
        excerpt(self.text.get(sentence_around(self.text, at)).unwrap_or(""))
    }

    /// Where the message raises its voice: an exclamation mark, "??", or an
    /// ordinary word in capitals (a name or an acronym in capitals is fine).
    fn shouting(&self) -> Option<usize> {
        let plain = &self.plain;
        if let Some(at) = plain.find(['!', '¡']).or_else(|| plain.find("??")) {
            return Some(at);
        }
        let speller = spelling::speller(self.rules.language, &self.rules.dictionaries);
        words(plain).into_iter().find_map(|(span, word)| {
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let capitals = word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
            if letters < 3 || !capitals || word.chars().any(|c| c.is_ascii_digit()) {
                return None;
            }
            let fine = ZONE_ABBREVIATIONS.contains(&word)
                || self
                    .rules
                    .acronyms
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(word));
            if fine {
                return None;
            }
            let lower = word.to_lowercase();
            let ordinary = match speller {
                Some(speller) => letters >= 4 && speller.knows(&lower),
                None => letters >= 5,
            };
            ordinary.then_some(span.start)
        })
    }

    /// Which dates and times the message says are the interview's, and how
    /// many it offers instead.
    fn claims(&self) -> Claims {
        let mut claims = Claims::default();
        let mut first_date_seen = false;
        for (index, mention) in self.dates.iter().enumerate() {
            let first = !first_date_seen;
            first_date_seen = true;
            if self.claims_interview(&mention.span, first) {
                claims.dates.push(index);
            } else if !self.is_expected_date(mention) {
                claims.alternative_dates += 1;
            }
        }
        for (index, time) in self.times.iter().enumerate() {
            // A time right after a claimed date ("3 December at 10:00") is the
            // interview's time: the nearest date before it, on the same line.
            let nearest_date = self
                .dates
                .iter()
                .rposition(|d| d.span.end <= time.span.start);
            let after_claimed_date = nearest_date.is_some_and(|d| {
                let date = &self.dates[d].span;
                claims.dates.contains(&d)
                    && time.span.start - date.end <= TIME_AFTER_DATE_BYTES
                    && self
                        .text
                        .get(date.end..time.span.start)
                        .is_some_and(|gap| !gap.contains(['.', '\n', '?', '!']))
            });
            if after_claimed_date || self.claims_interview(&time.span, false) {
                claims.times.push(index);
            } else if !time
                .minutes
                .iter()
                .any(|m| self.expected.interview_minutes.contains(m))
            {
                claims.alternative_times += 1;
            }
        }
        claims
    }

    /// Whether a date or time at `span` says it is the interview's: it is in
    /// the subject line, or a word for the interview comes before it in its
    /// sentence with no word for a new time in between ("our interview on 3
    /// December" claims; "move our interview to 8 December" offers). The
    /// message's first date claims unless a new-time word comes before it.
    fn claims_interview(&self, span: &Range<usize>, first: bool) -> bool {
        let sentence = sentence_around(self.text, span.start);
        let before = self.text.get(sentence.start..span.start).unwrap_or("");
        let in_subject = self
            .subject
            .as_ref()
            .is_some_and(|s| s.contains(&span.start));
        let gap = match self.rules.interview.find_iter(before).last() {
            Some(word) => before.get(word.end()..).unwrap_or(""),
            None if in_subject || first => before,
            None => return false,
        };
        !self.rules.new_time.is_match(gap)
    }

    fn is_expected_date(&self, mention: &DateMention) -> bool {
        let Some(&day) = self.expected.interview_days.first() else {
            return false;
        };
        mention
            .readings(day, self.expected.today)
            .iter()
            .any(|d| self.expected.dates.contains(d))
    }

    /// A date, weekday, time or position that claims to be the interview's
    /// and is not; and a weekday that does not go with its date anywhere.
    fn mismatch_problems(&self, claims: &Claims, problems: &mut Vec<Problem>) {
        let Some(&interview_day) = self.expected.interview_days.first() else {
            return self.position_mismatch(problems);
        };
        let today = self.expected.today;
        for (index, mention) in self.dates.iter().enumerate() {
            let readings = mention.readings(interview_day, today);
            let claimed = claims.dates.contains(&index);
            if readings.is_empty() {
                continue;
            }
            if claimed {
                let wrong_weekday_alone = matches!(mention.relative, Some(Relative::Weekday(w)) if !self.expected.interview_days.iter().any(|d| d.weekday() == w));
                let dated = mention.relative.is_none()
                    || matches!(mention.relative, Some(Relative::Days(_)));
                let matches = readings.iter().any(|d| {
                    self.expected.interview_days.contains(d) || self.expected.dates.contains(d)
                });
                if (dated && !matches) || wrong_weekday_alone {
                    problems.push(problem(
                        "mismatch",
                        format!(
                            "The message says \"{}\", but the interview is on {}: correct the date.",
                            mention.text.trim(),
                            day_text(interview_day)
                        ),
                        mention.text.clone(),
                    ));
                    continue;
                }
            }
            // The weekday written beside a date must be that date's.
            let Some(weekday) = mention.weekday.filter(|_| mention.relative.is_none()) else {
                continue;
            };
            // The date meant: one the message may name, else the reading nearest
            // the interview (a year-less "Wednesday 11 February" is next February's).
            let best = readings
                .iter()
                .find(|d| self.expected.dates.contains(d))
                .or_else(|| {
                    readings
                        .iter()
                        .min_by_key(|d| (**d - interview_day).num_days().abs())
                });
            if let Some(day) = best.filter(|d| d.weekday() != weekday) {
                problems.push(problem(
                    "mismatch",
                    format!(
                        "\"{}\" has the wrong weekday: {} is a {}.",
                        mention.text.trim(),
                        day.format("%-d %B %Y"),
                        day.format("%A")
                    ),
                    mention.text.clone(),
                ));
            }
        }
        let right = self.expected.interview_text.clone().unwrap_or_default();
        for &index in &claims.times {
            let Some(time) = self.times.get(index) else {
                continue;
            };
            let known = time.minutes.iter().any(|m| {
                self.expected.interview_minutes.contains(m) || self.expected.minutes.contains(m)
            });
            if !known {
                problems.push(problem(
                    "mismatch",
                    format!(
                        "The message says \"{}\", but the interview is {}: correct the time.",
                        time.text.trim(),
                        right
                    ),
                    time.text.clone(),
                ));
            }
        }
        self.position_mismatch(problems);
    }

    fn position_mismatch(&self, problems: &mut Vec<Problem>) {
        let (Some(position), Some(pattern)) = (
            text_of(&self.input.interview.position),
            &self.rules.position_phrase,
        ) else {
            return;
        };
        for found in pattern.captures_iter(self.text) {
            let named = found.get(1).map_or("", |m| m.as_str()).trim();
            let (a, b) = (named.to_lowercase(), position.to_lowercase());
            if !a.contains(&b) && !b.contains(&a) && !["same", "this", "that"].contains(&a.as_str())
            {
                problems.push(problem(
                    "mismatch",
                    format!("The message names the position \"{named}\", but the interview is for \"{position}\": correct it."),
                    found.get(0).map_or("", |m| m.as_str()).to_owned(),
                ));
            }
        }
    }

    /// Misspelt words, with suggestions. Names from the interview and the
    /// profile, the greeting and the signature, addresses and words in
    /// capitals are never counted.
    fn spelling_problems(&self, problems: &mut Vec<Problem>, notes: &mut Vec<String>) {
        let language = self.rules.language;
        let Some(speller) = spelling::speller(language, &self.rules.dictionaries) else {
            notes.push(format!(
                "Spelling was not checked: no {} dictionary was found on this computer (on Debian or Ubuntu: install {}).",
                language.name(),
                spelling::package_hint(language)
            ));
            return;
        };
        let checked = self.spelling_text();
        // Names in a language that capitalises only names: a capital inside a
        // sentence marks one. German capitalises every noun, so there only the
        // known names are skipped.
        let capitals_are_names = language != Language::German;
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let mut listed = 0;
        for (span, word) in words(&checked) {
            if listed >= MOST_SPELLING_PROBLEMS {
                break;
            }
            if !self.worth_spelling(&checked, &span, word, capitals_are_names) || !seen.insert(word)
            {
                continue;
            }
            if self.spelt_right(speller, word) {
                continue;
            }
            // Suggesting is the slow part of spelling: only for the first few.
            let suggestions = if listed < MOST_SUGGESTED && word.chars().count() <= 24 {
                speller.suggestions(word)
            } else {
                Vec::new()
            };
            let message = match suggestions.first() {
                Some(best) => format!("\"{word}\" looks misspelt: did you mean \"{best}\"?"),
                None => format!("\"{word}\" looks misspelt: check its spelling."),
            };
            listed += 1;
            problems.push(Problem {
                id: "spelling",
                message,
                excerpt: word.to_owned(),
                suggestions,
            });
        }
    }

    /// The text whose words are spell-checked: without names, addresses,
    /// the greeting line and the signature.
    fn spelling_text(&self) -> String {
        // The subject's label ("Subject:" above a German message) is no word of the text.
        let mut hidden: Vec<Range<usize>> = self.subject.iter().map(|s| 0..s.start).collect();
        let body_start = self.body.start;
        let body = self.body();
        // The greeting: the body's first line when it ends like one ("Dear Dana,").
        let mut offset = body_start;
        for line in body.split_inclusive('\n') {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                if trimmed.ends_with([',', ':']) && trimmed.split_whitespace().count() <= 6 {
                    hidden.push(offset..offset + line.len());
                }
                break;
            }
            offset += line.len();
        }
        // The signature: from the last closing formula to the end.
        if let Some(closing) = self.rules.sign_off.find_iter(body).last() {
            hidden.push(body_start + closing.start()..self.text.len());
        }
        blank_out(&self.plain, &hidden)
    }

    fn worth_spelling(
        &self,
        text: &str,
        span: &Range<usize>,
        word: &str,
        capitals_are_names: bool,
    ) -> bool {
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if word.chars().count() < 2 || word.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        // Our four languages write in Latin letters: a word in another script
        // is a name or a quote, not a misspelling.
        if !word
            .chars()
            .all(|c| !c.is_alphabetic() || is_latin_letter(c))
        {
            return false;
        }
        // Acronyms, and inner capitals (LinkedIn, McKinsey): names, not words.
        if chars.any(char::is_uppercase) {
            return false;
        }
        if self.names.iter().any(|n| n.eq_ignore_ascii_case(word)) {
            return false;
        }
        if capitals_are_names && first.is_uppercase() {
            let before = text.get(..span.start).unwrap_or("").trim_end();
            let starts_sentence =
                before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':', '"', '¿', '¡']);
            if !starts_sentence {
                return false;
            }
        }
        true
    }

    fn spelt_right(&self, speller: &spelling::Speller, word: &str) -> bool {
        if speller.knows(word) || self.rules.known_word.is_match(word) {
            return true;
        }
        // "l'entretien", "d'un", "qu'il": the elided article, then the word.
        if let Some((head, tail)) = word.split_once('\'') {
            if head.chars().count() <= 2 && !tail.is_empty() && speller.knows(tail) {
                return true;
            }
            if tail == "s" && speller.knows(head) {
                return true;
            }
        }
        // Compounds joined by hyphens: each part a word.
        word.contains('-')
            && word
                .split('-')
                .all(|part| part.is_empty() || speller.knows(part))
    }
}

/// Which mentions claim to be the interview's (indexes into the reading's
/// dates and times) and how many new ones are offered.
#[derive(Default)]
struct Claims {
    dates: Vec<usize>,
    times: Vec<usize>,
    alternative_dates: usize,
    alternative_times: usize,
}

fn text_of(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The names the message may use that no word list should read: the
/// company, the position, the interviewer and the candidate (whole and each
/// part), and the referral.
fn known_names(input: &MessageInput) -> Vec<String> {
    let mut names = Vec::new();
    for value in [
        &input.interview.company,
        &input.interview.position,
        &input.interview.interviewer,
        &input.candidate.name,
        &input.referral,
        // Through an agency: the recruiter greeted and the agency named. In
        // German every noun has a capital, so a capital alone marks no name.
        &input.recruiter,
        &input.agency,
        // The new employer and role, and the place of a move: names too.
        &input.new_role,
        &input.moving_to,
    ] {
        if let Some(value) = text_of(value) {
            names.push(value.to_owned());
            names.extend(
                value
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|part| part.chars().count() >= 2)
                    .map(str::to_owned),
            );
        }
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// Basic Latin to Latin Extended-B, and the extended additions (ẞ, ạ…).
fn is_latin_letter(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}')
        && c != '×'
        && c != '÷'
}

/// Where the names stand in the text as whole words, any case of ASCII
/// letters: one pass over the text for all of them.
fn name_spans(text: &str, names: &[String]) -> Vec<Range<usize>> {
    let Ok(finder) = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(names)
    else {
        return Vec::new();
    };
    finder
        .find_iter(text)
        .map(|m| m.range())
        .filter(|span| {
            let before = text.get(..span.start).and_then(|t| t.chars().next_back());
            let after = text.get(span.end..).and_then(|t| t.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .collect()
}

/// Whether `word` stands in `text` as a whole word, matching case exactly.
fn contains_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// Words of prose: not the list of times, nor the sign-off and what follows it
/// (a name and contact details are not reading).
fn prose_words(body: &str, sign_off: &Regex) -> usize {
    let lines: Vec<&str> = body.lines().collect();
    let end = lines
        .iter()
        .rposition(|line| sign_off.is_match(line) && line.split_whitespace().count() <= 5)
        .unwrap_or(lines.len());
    lines
        .get(..end)
        .unwrap_or(&[])
        .iter()
        .filter(|line| !line.trim_start().starts_with(['-', '•', '*']))
        .map(|line| line.split_whitespace().count())
        .sum()
}

#[cfg(test)]
mod tests;
