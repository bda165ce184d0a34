//! Silence after a message (docs/domain.md §7): a message that asks the
//! employer something and meets no reply for N working days earns one polite
//! follow-up; silence after the follow-up too makes the interview "no
//! answer". Pure functions of the messages, the user's zone and N.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::decision::is_business_day;
use crate::error::{Error, Result};
use crate::message::MessageKind;
use crate::named_values::named_values;
use crate::words::Said;

/// Working days of silence before a follow-up, unless the user picks another number.
pub const DEFAULT_FOLLOW_UP_WORKING_DAYS: u32 = 5;
/// The most Settings accepts: six weeks of silence is an answer already.
pub const MAX_FOLLOW_UP_WORKING_DAYS: u32 = 30;
/// How long after it falls due a silence is still reminded of; an older one
/// is stale (the user has moved on, or has not opened Raincheck for weeks).
pub const FOLLOW_UP_OFFERED_DAYS: i64 = 14;

/// How long to wait for a reply (Settings; kept in the log's settings table
/// under "follow_up").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpSettings {
    /// Working days (Monday to Friday, in the user's zone) without a reply
    /// before the follow-up is due, and again before "no answer".
    #[serde(default = "default_working_days")]
    pub working_days: u32,
}

fn default_working_days() -> u32 {
    DEFAULT_FOLLOW_UP_WORKING_DAYS
}

impl Default for FollowUpSettings {
    fn default() -> Self {
        FollowUpSettings {
            working_days: DEFAULT_FOLLOW_UP_WORKING_DAYS,
        }
    }
}

impl FollowUpSettings {
    pub fn checked(self) -> Result<FollowUpSettings> {
        if (1..=MAX_FOLLOW_UP_WORKING_DAYS).contains(&self.working_days) {
            Ok(self)
        } else {
            Err(Error::said(
                Said::key("error-follow-up-days")
                    .with("most", MAX_FOLLOW_UP_WORKING_DAYS)
                    .with("days", self.working_days),
            )
            .for_field("working_days"))
        }
    }
}

/// A message that went out, as the follow-up rules read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentFacts {
    pub kind: MessageKind,
    pub sent_at: DateTime<Utc>,
    /// When a reply to it was recorded.
    pub replied_at: Option<DateTime<Utc>>,
}

named_values! {
    /// What a silence calls for.
    pub enum SilenceStage ("a follow-up stage") {
        /// The message that asked them something has had no reply: follow up once.
        FollowUp = "follow_up",
        /// The follow-up has had no reply either: the interview may be marked "no answer".
        NoAnswer = "no_answer",
    }
}

/// The employer's silence after the last message that asked them something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Silence {
    pub stage: SilenceStage,
    /// The kind of the message met with silence (the question, or the follow-up).
    pub kind: MessageKind,
    /// When that message went out.
    pub since: DateTime<Utc>,
    /// When the silence has lasted the working days: the follow-up (or "no
    /// answer") is due from then.
    pub due_at: DateTime<Utc>,
}

impl Silence {
    /// Due at `now`, and not yet stale.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        let stale_from = self
            .due_at
            .checked_add_signed(Duration::days(FOLLOW_UP_OFFERED_DAYS))
            .unwrap_or(DateTime::<Utc>::MAX_UTC);
        self.due_at <= now && now < stale_from
    }
}

/// The silence the messages of one interview are waiting in, if any.
///
/// The last message sent (follow-ups aside) decides: when it asks something
/// of them ([`MessageKind::expects_reply`]) and no reply was recorded on it,
/// on a later message or after it went out, the employer owes an answer.
/// Before any follow-up the follow-up is what is due; after one, "no answer".
pub fn silence(messages: &[SentFacts], working_days: u32, home: Tz) -> Option<Silence> {
    let mut sent: Vec<&SentFacts> = messages.iter().collect();
    // Stable: messages sent in the same second keep the order they were written.
    sent.sort_by_key(|message| message.sent_at);
    let question = sent
        .iter()
        .rev()
        .find(|message| message.kind != MessageKind::FollowUpNoReply)?;
    if !question.kind.expects_reply() {
        return None;
    }
    let answered = sent.iter().any(|message| {
        message.replied_at.is_some_and(|replied| {
            message.sent_at >= question.sent_at || replied >= question.sent_at
        })
    });
    if answered {
        return None;
    }
    let follow_up = sent.iter().rev().find(|message| {
        message.kind == MessageKind::FollowUpNoReply && message.sent_at >= question.sent_at
    });
    let (stage, waiting) = match follow_up {
        Some(follow_up) => (SilenceStage::NoAnswer, follow_up),
        None => (SilenceStage::FollowUp, question),
    };
    Some(Silence {
        stage,
        kind: waiting.kind,
        since: waiting.sent_at,
        due_at: after_working_days(waiting.sent_at, working_days, home),
    })
}

/// `from` moved on by `days` working days (Monday to Friday in `home`), at
/// the same time on the clock: sent on a Thursday at 10:00, five working
/// days later is the next Thursday at 10:00, the weekend skipped.
pub fn after_working_days(from: DateTime<Utc>, days: u32, home: Tz) -> DateTime<Utc> {
    let local = from.with_timezone(&home).naive_local();
    let mut day = local.date();
    let mut counted = 0;
    // Capped, so a hostile number cannot keep this busy.
    let wanted = days.min(MAX_FOLLOW_UP_WORKING_DAYS);
    while counted < wanted {
        match day.succ_opt() {
            Some(next) => day = next,
            None => return from,
        }
        if is_business_day(day.weekday()) {
            counted += 1;
        }
    }
    on_the_clock(day.and_time(local.time()), home).unwrap_or(from)
}

/// A wall time in `zone` as an instant: the first of two when the clocks go
/// back, and just past the jump when they skip it.
fn on_the_clock(wall: NaiveDateTime, zone: Tz) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&wall) {
        LocalResult::Single(at) => Some(at.to_utc()),
        LocalResult::Ambiguous(earlier, _) => Some(earlier.to_utc()),
        LocalResult::None => {
            // The offset in force before the jump reads the wall time as an
            // instant just after it.
            let before = wall.and_utc().checked_sub_signed(Duration::days(1))?;
            let offset = chrono::Offset::fix(&zone.offset_from_utc_datetime(&before.naive_utc()));
            wall.checked_sub_signed(Duration::seconds(i64::from(offset.local_minus_utc())))
                .map(|naive| naive.and_utc())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn sent(kind: MessageKind, sent_at: &str, replied_at: Option<&str>) -> SentFacts {
        SentFacts {
            kind,
            sent_at: at(sent_at),
            replied_at: replied_at.map(at),
        }
    }

    #[test]
    fn five_working_days_skip_the_weekend_in_the_users_zone() {
        let berlin = chrono_tz::Europe::Berlin;
        // Thursday 3 December 2026, 10:00 in Berlin.
        let thursday = at("2026-12-03T09:00:00Z");
        assert_eq!(
            after_working_days(thursday, 5, berlin),
            at("2026-12-10T09:00:00Z")
        );
        // Friday 23:30 in Los Angeles is already Saturday in UTC: still Friday there.
        let los_angeles = chrono_tz::America::Los_Angeles;
        let friday_night = at("2026-12-05T07:30:00Z");
        assert_eq!(
            after_working_days(friday_night, 1, los_angeles),
            at("2026-12-08T07:30:00Z")
        );
        // Across the clocks going forward: the same wall time, an hour fewer.
        assert_eq!(
            after_working_days(at("2027-03-25T09:00:00Z"), 2, berlin),
            at("2027-03-29T08:00:00Z")
        );
    }

    #[test]
    fn a_withdrawal_waits_for_nothing_and_a_reply_ends_the_wait() {
        let utc = Tz::UTC;
        let withdraw = [sent(MessageKind::Withdraw, "2026-12-03T09:00:00Z", None)];
        assert_eq!(silence(&withdraw, 5, utc), None);
        let asked = [sent(MessageKind::Reschedule, "2026-12-03T09:00:00Z", None)];
        let waiting = silence(&asked, 5, utc).unwrap();
        assert_eq!(waiting.stage, SilenceStage::FollowUp);
        assert_eq!(waiting.due_at, at("2026-12-10T09:00:00Z"));
        let answered = [sent(
            MessageKind::Reschedule,
            "2026-12-03T09:00:00Z",
            Some("2026-12-04T09:00:00Z"),
        )];
        assert_eq!(silence(&answered, 5, utc), None);
        // The answer recorded on the follow-up counts for the question too.
        let followed = [
            sent(MessageKind::Reschedule, "2026-12-03T09:00:00Z", None),
            sent(
                MessageKind::FollowUpNoReply,
                "2026-12-10T09:00:00Z",
                Some("2026-12-11T09:00:00Z"),
            ),
        ];
        assert_eq!(silence(&followed, 5, utc), None);
        let ignored = [
            sent(MessageKind::Reschedule, "2026-12-03T09:00:00Z", None),
            sent(MessageKind::FollowUpNoReply, "2026-12-10T09:00:00Z", None),
        ];
        let second = silence(&ignored, 5, utc).unwrap();
        assert_eq!(second.stage, SilenceStage::NoAnswer);
        assert_eq!(second.due_at, at("2026-12-17T09:00:00Z"));
        // Withdrawing after asking: nobody waits any more.
        let then_withdrew = [
            sent(MessageKind::Pause, "2026-12-03T09:00:00Z", None),
            sent(MessageKind::Withdraw, "2026-12-05T09:00:00Z", None),
        ];
        assert_eq!(silence(&then_withdrew, 5, utc), None);
    }

    #[test]
    fn settings_outside_the_range_are_refused() {
        assert!(FollowUpSettings { working_days: 0 }.checked().is_err());
        assert!(FollowUpSettings { working_days: 31 }.checked().is_err());
        assert!(FollowUpSettings { working_days: 30 }.checked().is_ok());
    }
}
