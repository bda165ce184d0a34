//! Holding a draft (ours or the user's own) against the checklist of DOMAIN.md
//! §3 and its list of things to avoid. With a context, a date, weekday, time or
//! position that disagrees with the interview is a mismatch, quoting the text.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use regex::{Captures, Regex};
use serde::Serialize;

use super::draft::{interview_time, slot_instants, MessageInput};
use super::{Channel, MessageKind};
use crate::error::Result;
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
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    pub ok: bool,
    pub items: Vec<CheckItem>,
    pub problems: Vec<Problem>,
}

fn re(pattern: &str) -> Regex {
    // The patterns are constants of this file, checked by its tests.
    Regex::new(pattern).unwrap_or_else(|e| panic!("checker pattern {pattern:?}: {e}"))
}

const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun";

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:({WEEKDAYS})\.?,?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({MONTHS})\.?(?:,?\s+(\d{{4}}))?\b"
    ))
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:({WEEKDAYS})\.?,?\s+)?({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?"
    ))
});
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
static NUMERIC_DATE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b"));
static WEEKDAY_NTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b({WEEKDAYS})\.?,?\s+the\s+(\d{{1,2}})(?:st|nd|rd|th)\b"
    ))
});
/// 10:00, 16:30, 10:30 am; and 4.30 pm (a dot only with am/pm, so 03.12 stays a date).
static CLOCK_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b([01]?\d|2[0-3]):([0-5]\d)(?:\s*([ap])\.?m\b\.?)?|\b(1[0-2]|0?[1-9])\.([0-5]\d)\s*([ap])\.?m\b\.?",
    )
});
static HOUR_TIME: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(1[0-2]|0?[1-9])\s*(?:([ap])\.?m\b\.?|o'clock\b)"));
static EMAIL: LazyLock<Regex> = LazyLock::new(|| re(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"));
static PHONE: LazyLock<Regex> = LazyLock::new(|| re(r"\+?\(?\d[\d ().-]{5,}\d"));
static POSITION_PHRASE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\bfor the ([^.,;:\n]{2,80}?) (?:position|role)\b"));

fn any(pattern: &str) -> Regex {
    re(&format!("(?i){pattern}"))
}

static ACTION_WITHDRAW: LazyLock<Regex> = LazyLock::new(|| any(r"\bwithdraw"));
static ACTION_RESCHEDULE: LazyLock<Regex> = LazyLock::new(|| {
    any(
        r"\breschedul|\bmove (?:our|the) (?:interview|meeting)|\b(?:another|a new|a different) time\b",
    )
});
static ACTION_PAUSE: LazyLock<Regex> =
    LazyLock::new(|| any(r"\bpause|\bon hold\b|\bhold (?:my|the) (?:application|candidacy)"));
static ACTION_REMOTE: LazyLock<Regex> = LazyLock::new(|| any(r"\bremote|\bhybrid"));
static ACTION_MISSED: LazyLock<Regex> = LazyLock::new(|| {
    any(
        r"\bmissed\b|\b(?:did not|didn't|was not able to|wasn't able to|could not|couldn't) (?:attend|make it|join)",
    )
});
static ACTION_CANCEL: LazyLock<Regex> = LazyLock::new(|| any(r"\bcancel"));
static APOLOGY: LazyLock<Regex> = LazyLock::new(|| any(r"\bsorry\b|\bapolog|\bregret"));
static THANKS: LazyLock<Regex> = LazyLock::new(|| any(r"\bthank|\bgrateful\b|\bappreciate"));
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    any(
        r"^\s*(?:kind regards|best regards|warm regards|regards|best wishes|best|sincerely|yours sincerely|yours faithfully|many thanks|thank you|thanks|cheers|all the best)\b",
    )
});
static PROPOSE: LazyLock<Regex> = LazyLock::new(|| {
    any(
        r"\b(?:could|would|can) you (?:suggest|propose|share|send|offer)|\b(?:suggest|propose|offer) (?:a|some|another|other|new|two or three|a few) (?:other )?(?:times?|slots?|dates?)|\bwhat (?:times|days) (?:would )?(?:suit|work)|\btimes? that (?:works?|suits?)|\byour availability|\bsend you (?:some )?(?:other|alternative|new) times|\bother times\b",
    )
});
static REASON_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    any(r"\bbecause\b|\bdue to\b|\bowing to\b|\bsince i\b|\bas i\b|\bas a result\b")
});
static OVERSHARING: LazyLock<Regex> = LazyLock::new(|| {
    any(
        r"\bdiagnos|\bsurgery\b|\bhospital|\bfever\b|\bvomit|\bdiarrh|\bmigraine|\bpregnan|\bdivorce|\bfuneral|\bpassed away\b|\bdied\b|\btherapy\b|\btherapist|\bdepress|\banxiety\b|\bpanic attack|\bmental health|\bmedication|\bbreak-?up\b|\bmy (?:mother|father|mum|mom|dad|wife|husband|partner|child|son|daughter|kid)'?s? (?:is|was|has|had) |\bdevastated\b|\bheartbroken\b|\boverwhelmed\b|\bstressed out\b|\bfreaking out\b|\bterrified\b",
    )
});
static BLAME: LazyLock<Regex> = LazyLock::new(|| {
    any(
        r"\bunprofessional|\bdisorganis|\bdisorganiz|\btoxic\b|\bwaste of (?:my )?time\b|\byour (?:company|process|team|recruiter)s? (?:is|was|are|were|has been|have been) (?:slow|bad|poor|awful|terrible|confusing|rude|disappointing)|\bbad reviews\b|\bglassdoor\b|\byou guys\b|\bdisappointing\b|\bridiculous\b|\bpoorly (?:run|organi[sz]ed|handled)",
    )
});
static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    any(
        r"\bmaybe\b|\bnot sure (?:if|whether)\b|\bperhaps\b|\bpossibly\b|\bwe'?ll see\b|\bi guess\b|\bprobably\b|\bkind of\b|\bsort of\b|\bi think i\b|\bhopefully\b",
    )
});
static SHOUTING: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[A-Z]{5,}\b|\b[A-Z]{3}[ABCDEFGHIJKLMNOPQRSUVWXYZ]\b|!|\?\?"));

fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| name.starts_with(m))
        .map(|i| i as u32 + 1)
}

/// A date as the text wrote it; any part may be missing.
#[derive(Debug, Clone)]
struct DateMention {
    text: String,
    day: u32,
    month: Option<u32>,
    /// The other reading of 03/12, as (day, month), where there is one.
    alternative: Option<(u32, u32)>,
    year: Option<i32>,
    weekday: Option<Weekday>,
}

fn number<T: std::str::FromStr>(captures: &Captures<'_>, index: usize) -> Option<T> {
    captures.get(index).and_then(|m| m.as_str().parse().ok())
}

fn find_dates(text: &str) -> Vec<DateMention> {
    let mut found: Vec<(usize, DateMention)> = Vec::new();
    let taken = |start: usize, end: usize, found: &Vec<(usize, DateMention)>| {
        found
            .iter()
            .any(|(s, m)| start < s + m.text.len() && *s < end)
    };
    // "3 December" and "December 3rd": the same parts in two orders (day, month groups).
    for (pattern, day_group, month_group) in [(&*DAY_MONTH, 2, 3), (&*MONTH_DAY, 3, 2)] {
        for c in pattern.captures_iter(text) {
            let all = c.get(0).map_or(0..0, |m| m.range());
            if taken(all.start, all.end, &found) {
                continue;
            }
            let month = c.get(month_group).and_then(|m| month_number(m.as_str()));
            if let (Some(day), Some(month)) = (number(&c, day_group), month) {
                found.push((
                    all.start,
                    DateMention {
                        text: text[all.clone()].to_owned(),
                        day,
                        month: Some(month),
                        alternative: None,
                        year: number(&c, 4),
                        weekday: c
                            .get(1)
                            .and_then(|m| crate::calendar::weekday_named(m.as_str())),
                    },
                ));
            }
        }
    }
    for c in ISO_DATE.captures_iter(text) {
        let all = c.get(0).map_or(0..0, |m| m.range());
        if let (Some(year), Some(month), Some(day)) = (number(&c, 1), number(&c, 2), number(&c, 3))
        {
            found.push((
                all.start,
                DateMention {
                    text: text[all].to_owned(),
                    day,
                    month: Some(month),
                    alternative: None,
                    year: Some(year),
                    weekday: None,
                },
            ));
        }
    }
    for c in NUMERIC_DATE.captures_iter(text) {
        let all = c.get(0).map_or(0..0, |m| m.range());
        if taken(all.start, all.end, &found)
            || ISO_DATE.is_match(&text[all.start.saturating_sub(5)..all.end.min(text.len())])
        {
            continue;
        }
        let (Some(first), Some(second)) = (number::<u32>(&c, 1), number::<u32>(&c, 2)) else {
            continue;
        };
        if first == 0 || second == 0 || (first > 12 && second > 12) || first > 31 || second > 31 {
            continue;
        }
        let year = number::<i32>(&c, 3).map(|y| if y < 100 { 2000 + y } else { y });
        // 03/12 is 3 December to most of the world and March 12 to the US: keep both readings.
        let (day, month, alternative) = if second <= 12 {
            (
                first,
                second,
                (first <= 12 && first != second).then_some((second, first)),
            )
        } else {
            (second, first, None)
        };
        found.push((
            all.start,
            DateMention {
                text: text[all].to_owned(),
                day,
                month: Some(month),
                alternative,
                year,
                weekday: None,
            },
        ));
    }
    for c in WEEKDAY_NTH.captures_iter(text) {
        let all = c.get(0).map_or(0..0, |m| m.range());
        if taken(all.start, all.end, &found) {
            continue;
        }
        if let Some(day) = number(&c, 2) {
            found.push((
                all.start,
                DateMention {
                    text: text[all].to_owned(),
                    day,
                    month: None,
                    alternative: None,
                    year: None,
                    weekday: c
                        .get(1)
                        .and_then(|m| crate::calendar::weekday_named(m.as_str())),
                },
            ));
        }
    }
    found.sort_by_key(|(start, _)| *start);
    found.into_iter().map(|(_, mention)| mention).collect()
}

/// A time as written, as minutes after midnight (12 h clocks read both ways when no am/pm).
#[derive(Debug, Clone)]
struct TimeMention {
    text: String,
    minutes: Vec<u32>,
}

fn find_times(text: &str) -> Vec<TimeMention> {
    let mut found = Vec::new();
    for c in CLOCK_TIME.captures_iter(text) {
        let whole = c.get(0).map_or("", |m| m.as_str()).trim_end().to_owned();
        // Groups 1-3: the colon form; 4-6: the dot form with am/pm.
        let (hour, minute, meridiem) = match number::<u32>(&c, 1) {
            Some(hour) => (hour, number(&c, 2).unwrap_or(0), c.get(3)),
            None => (
                number(&c, 4).unwrap_or(0),
                number(&c, 5).unwrap_or(0),
                c.get(6),
            ),
        };
        let meridiem = meridiem.map(|m| m.as_str().to_lowercase());
        found.push(TimeMention {
            text: whole,
            minutes: readings(hour, minute, meridiem.as_deref()),
        });
    }
    for c in HOUR_TIME.captures_iter(text) {
        let whole = c.get(0).map_or("", |m| m.as_str()).trim_end().to_owned();
        if found
            .iter()
            .any(|t: &TimeMention| t.text.contains(&whole) || whole.contains(&t.text))
        {
            continue;
        }
        let Some(hour) = number::<u32>(&c, 1) else {
            continue;
        };
        let meridiem = c.get(2).map(|m| m.as_str().to_lowercase());
        found.push(TimeMention {
            text: whole,
            minutes: readings(hour, 0, meridiem.as_deref()),
        });
    }
    found
}

fn readings(hour: u32, minute: u32, meridiem: Option<&str>) -> Vec<u32> {
    match meridiem {
        Some("a") => vec![(hour % 12) * 60 + minute],
        Some("p") => vec![(hour % 12 + 12) * 60 + minute],
        _ if hour <= 12 => vec![hour * 60 + minute, ((hour % 12) + 12) * 60 + minute],
        _ => vec![hour * 60 + minute],
    }
}

/// The moments the message may name: the interview and each slot, on both clocks.
struct Expected {
    dates: Vec<NaiveDate>,
    minutes: Vec<u32>,
    interview_day: Option<NaiveDate>,
    interview_text: Option<String>,
    zone_names: Vec<String>,
    zones_differ: bool,
}

fn expected(input: &MessageInput) -> Result<Expected> {
    let mut expected = Expected {
        dates: Vec::new(),
        minutes: Vec::new(),
        interview_day: None,
        interview_text: None,
        zone_names: Vec::new(),
        zones_differ: false,
    };
    let add = |instant: DateTime<Utc>, zone: Tz, expected: &mut Expected| {
        let local = instant.with_timezone(&zone);
        expected.dates.push(local.date_naive());
        expected.minutes.push(local.hour() * 60 + local.minute());
        expected.zone_names.push(local.format("%Z").to_string());
        expected.zone_names.push(zone.name().to_owned());
    };
    if let Some(when) = interview_time(input)? {
        add(when.start, when.theirs, &mut expected);
        expected.interview_day = Some(when.start.with_timezone(&when.theirs).date_naive());
        expected.interview_text =
            Some(crate::time::when_text(when.start, when.theirs, when.mine).to_string());
        if let Some(mine) = when.mine {
            expected.zones_differ = when.start.with_timezone(&mine).naive_local()
                != when.start.with_timezone(&when.theirs).naive_local();
            add(when.start, mine, &mut expected);
        }
        for (start, zone) in slot_instants(input)? {
            add(start, zone, &mut expected);
            if let Some(mine) = when.mine {
                add(start, mine, &mut expected);
            }
        }
    }
    if let Some(day) = input.pause_until {
        expected.dates.push(day);
    }
    Ok(expected)
}

fn excerpt(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= 80 {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(79).collect::<String>())
    }
}

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

/// Checks a message; `input` is whatever is known of it (kind, channel, the
/// interview...). Only errors in the context itself are errors.
pub fn check(message: &str, input: &MessageInput) -> Result<CheckReport> {
    let (subject, body) = match message.trim_start().strip_prefix("Subject:") {
        Some(rest) => {
            let (subject, body) = rest.split_once('\n').unwrap_or((rest, ""));
            (Some(subject.trim()), body)
        }
        None => (None, message),
    };
    let whole = message;
    let kind = input.kind;
    // Without a channel a message is read as an e-mail, the strictest case.
    let channel = input.channel.unwrap_or(Channel::Email);
    let about_interview = kind.is_none_or(MessageKind::is_about_the_interview);
    let expected = expected(input)?;
    let dates = find_dates(whole);
    let times = find_times(whole);
    let mut items = Vec::new();
    let mut problems = Vec::new();

    // 1. The interview: date, time, zone, position.
    if about_interview {
        items.push(pass_or_fail(
            "interview_date",
            !dates.is_empty(),
            "The interview's date is there.",
            "Say which interview: give its date, e.g. Thursday 3 December.",
        ));
        items.push(pass_or_fail(
            "interview_time",
            !times.is_empty(),
            "The interview's time is there.",
            "Give the interview's time too, e.g. 10:00 CET.",
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
    if about_interview && expected.zones_differ {
        // Abbreviations as whole words and in capitals ("EST", not the "est" of "request").
        let named = expected
            .zone_names
            .iter()
            .map(String::as_str)
            .chain(["UTC", "GMT"])
            .any(|zone| {
                Regex::new(&format!(r"\b{}\b", regex::escape(zone)))
                    .is_ok_and(|r| r.is_match(whole))
            });
        items.push(pass_or_fail(
            "time_zone",
            named,
            "The time says which zone it is in.",
            "You and they are in different time zones: add the zone to the time, e.g. 10:00 CET.",
        ));
    } else {
        items.push(not_applicable(
            "time_zone",
            "Both sides read the same clock.",
        ));
    }
    let opening: String =
        subject.unwrap_or("").to_owned() + " " + &body.chars().take(400).collect::<String>();
    let position_named = match input
        .interview
        .position
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        Some(position) => opening.to_lowercase().contains(&position.to_lowercase()),
        None => any(r"\bposition\b|\brole\b|\bvacancy\b|\bopening\b|\binterview for\b")
            .is_match(&opening),
    };
    items.push(pass_or_fail(
        "position",
        position_named,
        "The position is named at the start.",
        "Name the position in the subject line or the first sentence.",
    ));

    // 2. At most one sentence of reason.
    let reason_sentences = body
        .split(['.', '!', '?', '\n'])
        .filter(|s| REASON_MARKER.is_match(s))
        .count();
    items.push(pass_or_fail(
        "brief_reason",
        reason_sentences <= 1,
        "The reason, if any, is brief.",
        "Give at most one short sentence of reason; leave the rest out.",
    ));

    // 3. What you are doing, plainly.
    let action = match kind {
        Some(
            MessageKind::Withdraw
            | MessageKind::WithdrawAcceptedOffer
            | MessageKind::WithdrawNotAFit
            | MessageKind::WithdrawRelocation,
        ) => Some((
            ACTION_WITHDRAW.is_match(whole),
            "Say plainly that you are withdrawing your application.",
        )),
        Some(MessageKind::Reschedule | MessageKind::RescheduleIllness) => Some((
            ACTION_RESCHEDULE.is_match(whole),
            "Say plainly that you are asking to reschedule.",
        )),
        Some(MessageKind::Pause) => Some((
            ACTION_PAUSE.is_match(whole),
            "Say plainly that you are asking them to pause your application.",
        )),
        Some(MessageKind::AskRemote) => Some((
            ACTION_REMOTE.is_match(whole),
            "Ask plainly whether remote or hybrid work is possible.",
        )),
        Some(MessageKind::NoShowApology) => Some((
            ACTION_MISSED.is_match(whole),
            "Say plainly that you missed the interview.",
        )),
        Some(_) => None,
        None => Some((
            [
                &*ACTION_WITHDRAW,
                &*ACTION_RESCHEDULE,
                &*ACTION_PAUSE,
                &*ACTION_CANCEL,
                &*ACTION_MISSED,
            ]
            .iter()
            .any(|r| r.is_match(whole)),
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

    // 4. Apology and thanks.
    let wants_apology = match kind {
        None => true,
        Some(kind) => {
            kind.is_about_the_interview() && kind != MessageKind::AskRemote
                || kind == MessageKind::ClarifyAfterOvershare
        }
    };
    items.push(if wants_apology {
        pass_or_fail(
            "apology",
            APOLOGY.is_match(whole),
            "It apologises for the trouble.",
            "Add a short apology for the inconvenience.",
        )
    } else {
        not_applicable("apology", "Nothing here calls for an apology.")
    });
    items.push(pass_or_fail(
        "thanks",
        THANKS.is_match(whole),
        "It thanks them.",
        "Thank them for their time.",
    ));

    // 5. Alternatives for a reschedule.
    let reschedule = kind.map_or_else(
        || ACTION_RESCHEDULE.is_match(whole),
        MessageKind::is_reschedule,
    );
    items.push(if reschedule {
        let offered = times.len() >= 3 || dates.len() >= 3 || PROPOSE.is_match(whole);
        pass_or_fail(
            "alternatives",
            offered,
            "It offers new times or asks them to propose some.",
            "Offer two or three specific new times, or ask them to suggest some.",
        )
    } else {
        not_applicable("alternatives", "Only a reschedule needs new times.")
    });

    // 6. Name and contact details.
    let name = input
        .candidate
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    if channel.is_spoken() {
        items.push(match name {
            Some(name) => pass_or_fail(
                "signature",
                whole.contains(name),
                "You say who you are.",
                "Say your name at the start.",
            ),
            None => not_applicable("signature", "Spoken: you say your name as you start."),
        });
    } else {
        let tail: Vec<&str> = body
            .lines()
            .filter(|l| !l.trim().is_empty())
            .rev()
            .take(4)
            .collect();
        let signed = match name {
            Some(name) => tail.iter().any(|line| line.contains(name)),
            None => tail.iter().skip(1).any(|line| SIGN_OFF.is_match(line)),
        };
        items.push(pass_or_fail(
            "signature",
            signed,
            "It is signed with your name.",
            "End with a sign-off and your name.",
        ));
    }
    if channel == Channel::Phone {
        items.push(not_applicable(
            "contact",
            "On the phone they already have your number.",
        ));
    } else {
        let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
        let known = [
            input.candidate.email.as_deref(),
            input.candidate.phone.as_deref(),
        ]
        .into_iter()
        .flatten()
        .any(|c| {
            whole.contains(c)
                || (c.chars().filter(char::is_ascii_digit).count() >= 6
                    && digits(whole).contains(&digits(c)))
        });
        let any_contact = EMAIL.is_match(whole)
            || PHONE
                .find_iter(whole)
                .any(|m| m.as_str().chars().filter(char::is_ascii_digit).count() >= 7);
        items.push(pass_or_fail(
            "contact",
            known || any_contact,
            "Your contact details are there.",
            "Add an e-mail address or phone number they can reach you on.",
        ));
    }

    // Things to avoid.
    let words = prose_words(body);
    let limit = match channel {
        Channel::Email => 180,
        Channel::Linkedin | Channel::Platform => 120,
        Channel::Phone => 160,
        Channel::Voicemail => 90,
    };
    if words > limit {
        problems.push(Problem { id: "too_long", excerpt: excerpt(body.lines().find(|l| l.split_whitespace().count() > 12).unwrap_or(body)),
            message: format!("At {words} words it is long for a {channel} message: cut it to {limit} or fewer, one or two short paragraphs.") });
    }
    for (id, pattern, message) in [
        (
            "oversharing",
            &*OVERSHARING,
            "Leave out medical, family and emotional detail: one plain sentence is enough.",
        ),
        (
            "blame",
            &*BLAME,
            "Leave out criticism of the company: you may meet these people again.",
        ),
        (
            "vague",
            &*VAGUE,
            "Be definite: say what you are doing, without 'maybe' or 'not sure'.",
        ),
    ] {
        if let Some(found) = pattern.find(whole) {
            problems.push(Problem {
                id,
                message: message.to_owned(),
                excerpt: excerpt(&sentence_around(whole, found.start())),
            });
        }
    }
    if let Some(found) = SHOUTING.find(whole) {
        let hit = found.as_str();
        let zone_like = expected.zone_names.iter().any(|z| z == hit);
        if !zone_like {
            problems.push(Problem {
                id: "drama",
                message: "Keep the tone calm: no exclamation marks or words in capitals.".into(),
                excerpt: excerpt(&sentence_around(whole, found.start())),
            });
        }
    }
    if channel == Channel::Email
        && input.hours_until.is_some_and(|h| (0.0..24.0).contains(&h))
        && kind.is_none_or(MessageKind::is_about_the_interview)
    {
        problems.push(Problem { id: "late_email", excerpt: excerpt(subject.unwrap_or(body)),
            message: "Under 24 hours to go: call them first, and send this e-mail after the call as the record.".into() });
    }

    // Against the interview: dates, weekdays, times, position.
    if let Some(interview_day) = expected.interview_day {
        let right = expected.interview_text.clone().unwrap_or_default();
        for mention in &dates {
            let readings = date_readings(mention, interview_day);
            let matches_expected = readings.iter().any(|d| expected.dates.contains(d))
                || (mention.month.is_none()
                    && expected.dates.iter().any(|d| d.day() == mention.day));
            if !matches_expected {
                problems.push(Problem {
                    id: "mismatch",
                    excerpt: mention.text.clone(),
                    message: format!(
                        "The message says \"{}\", but the interview is on {}: correct the date.",
                        mention.text.trim(),
                        day_text(interview_day)
                    ),
                });
                continue;
            }
            if let Some(weekday) = mention.weekday {
                let day = readings
                    .iter()
                    .find(|d| expected.dates.contains(d))
                    .copied()
                    .or_else(|| {
                        expected
                            .dates
                            .iter()
                            .find(|d| d.day() == mention.day)
                            .copied()
                    });
                if let Some(day) = day.filter(|d| d.weekday() != weekday) {
                    problems.push(Problem {
                        id: "mismatch",
                        excerpt: mention.text.clone(),
                        message: format!(
                            "\"{}\" has the wrong weekday: {} is a {}.",
                            mention.text.trim(),
                            day_text(day).split_once(' ').map_or("", |(_, rest)| rest),
                            day.format("%A")
                        ),
                    });
                }
            }
        }
        for mention in &times {
            if !mention.minutes.iter().any(|m| expected.minutes.contains(m)) {
                problems.push(Problem {
                    id: "mismatch",
                    excerpt: mention.text.clone(),
                    message: format!(
                        "The message says \"{}\", but the interview is {}: correct the time.",
                        mention.text.trim(),
                        right
                    ),
                });
            }
        }
    }
    if let Some(position) = input
        .interview
        .position
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        for found in POSITION_PHRASE.captures_iter(whole) {
            let named = found.get(1).map_or("", |m| m.as_str()).trim();
            let (a, b) = (named.to_lowercase(), position.to_lowercase());
            if !a.contains(&b) && !b.contains(&a) && !["same", "this", "that"].contains(&a.as_str())
            {
                problems.push(Problem { id: "mismatch", excerpt: found.get(0).map_or("", |m| m.as_str()).to_owned(),
                    message: format!("The message names the position \"{named}\", but the interview is for \"{position}\": correct it.") });
            }
        }
    }

    let ok = items.iter().all(|i| i.status != ItemStatus::Fail) && problems.is_empty();
    Ok(CheckReport {
        ok,
        items,
        problems,
    })
}

/// The calendar dates a mention can mean, filling a missing year from the interview's.
fn date_readings(mention: &DateMention, interview_day: NaiveDate) -> Vec<NaiveDate> {
    let years = match mention.year {
        Some(year) => vec![year],
        None => vec![
            interview_day.year(),
            interview_day.year() + 1,
            interview_day.year() - 1,
        ],
    };
    let days_and_months = mention
        .month
        .map(|month| (mention.day, month))
        .into_iter()
        .chain(mention.alternative);
    let pairs: Vec<(u32, u32)> = days_and_months.collect();
    years
        .iter()
        .flat_map(|year| {
            pairs
                .iter()
                .filter_map(move |(day, month)| NaiveDate::from_ymd_opt(*year, *month, *day))
        })
        .collect()
}

/// Words of prose: not the list of times, nor the sign-off and what follows it
/// (a name and contact details are not reading).
fn prose_words(body: &str) -> usize {
    let lines: Vec<&str> = body.lines().collect();
    let sign_off = lines
        .iter()
        .rposition(|line| SIGN_OFF.is_match(line) && line.split_whitespace().count() <= 4)
        .unwrap_or(lines.len());
    lines[..sign_off]
        .iter()
        .filter(|line| !line.trim_start().starts_with("- "))
        .map(|line| line.split_whitespace().count())
        .sum()
}

/// The sentence around a byte offset, for an excerpt.
fn sentence_around(text: &str, at: usize) -> String {
    let start = text[..at].rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let end = text[at..]
        .find(['.', '?', '\n'])
        .map_or(text.len(), |i| at + i + 1);
    text[start..end].trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for pattern in [
            &*DAY_MONTH,
            &*MONTH_DAY,
            &*ISO_DATE,
            &*NUMERIC_DATE,
            &*WEEKDAY_NTH,
            &*CLOCK_TIME,
            &*HOUR_TIME,
            &*EMAIL,
            &*PHONE,
            &*POSITION_PHRASE,
            &*ACTION_WITHDRAW,
            &*ACTION_RESCHEDULE,
            &*ACTION_PAUSE,
            &*ACTION_REMOTE,
            &*ACTION_MISSED,
            &*ACTION_CANCEL,
            &*APOLOGY,
            &*THANKS,
            &*SIGN_OFF,
            &*PROPOSE,
            &*REASON_MARKER,
            &*OVERSHARING,
            &*BLAME,
            &*VAGUE,
            &*SHOUTING,
        ] {
            let _ = pattern.is_match("");
        }
    }

    #[test]
    fn dates_in_common_forms() {
        for text in [
            "on 3 December",
            "Dec 3rd",
            "on 03/12",
            "2026-12-03",
            "Thursday the 3rd",
            "December 3, 2026",
            "Thu, 3 Dec",
        ] {
            let found = find_dates(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].day, 3, "{text}");
        }
    }

    #[test]
    fn times_in_common_forms() {
        for (text, minutes) in [
            ("at 10:00", 600),
            ("at 10am", 600),
            ("at 10 o'clock", 600),
            ("at 4.30 pm", 990),
            ("at 16:30 CET", 990),
        ] {
            let found = find_times(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].minutes.contains(&minutes), "{text}: {found:?}");
        }
        assert!(find_times("call +49 30 1234567 or 2026-12-03").is_empty());
    }
}
