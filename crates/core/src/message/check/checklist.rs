//! The checklist of docs/domain.md §3, items 1 to 5 (the interview, the reason,
//! the action, the apology, the thanks, the new times), and what each moment
//! of §8 adds to it.

use regex::Regex;

use super::claims::Claims;
use super::{
    contains_word, item, text_of, CheckItem, ItemStatus, Reading, BARE_OFFSET, ZONE_OFFSET,
};
use crate::message::MessageKind;
use crate::words::Arg;

/// How far after a time its zone is looked for ("10:00 a.m. Eastern Time (UTC-5)").
const ZONE_WINDOW_CHARS: usize = 40;

/// German speakers write CET and CEST as MEZ and MESZ.
const ZONE_ALIASES: [(&str, &str); 2] = [("MEZ", "CET"), ("MESZ", "CEST")];

impl Reading<'_> {
    /// 1. The interview: date, time, zone, position.
    pub(super) fn interview_items(&self, items: &mut Vec<CheckItem>) {
        items.extend(self.date_and_time_items());
        items.push(self.time_zone_item());
        items.push(self.position_item());
    }

    fn date_and_time_items(&self) -> [CheckItem; 2] {
        if !self.about_interview() {
            return [
                self.not_applicable("interview_date", "check-interview_date-na"),
                self.not_applicable("interview_time", "check-interview_time-na"),
            ];
        }
        let example = self.expected.example_time.as_deref().unwrap_or("10:00");
        [
            self.pass_or_fail("interview_date", !self.dates.is_empty(), &[]),
            self.pass_or_fail(
                "interview_time",
                !self.times.is_empty(),
                &[("example", Arg::from(example))],
            ),
        ]
    }

    fn position_item(&self) -> CheckItem {
        let opening: String = self.subject().unwrap_or("").to_owned()
            + " "
            + &self.body().chars().take(400).collect::<String>();
        let position_named = match text_of(&self.input.interview.position) {
            Some(position) => opening.to_lowercase().contains(&position.to_lowercase()),
            None => true,
        };
        self.pass_or_fail("position", position_named, &[])
    }

    fn time_zone_item(&self) -> CheckItem {
        if !(self.about_interview() && self.expected.zones_differ) {
            return self.not_applicable("time_zone", "check-time_zone-na");
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
                let example = self.expected.example_time.as_deref().unwrap_or(right);
                return item(
                    "time_zone",
                    ItemStatus::Fail,
                    self.say_with(
                        "check-time_zone-season",
                        &[
                            ("right", Arg::from(right)),
                            ("wrong", Arg::from(wrong)),
                            ("example", Arg::from(example)),
                        ],
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
        let example = self.expected.example_time.as_deref().unwrap_or("10:00 CET");
        self.pass_or_fail("time_zone", named, &[("example", Arg::from(example))])
    }

    /// 2-5: reason, action, apology, thanks, alternatives.
    pub(super) fn content_items(&self, items: &mut Vec<CheckItem>, claims: &Claims) {
        items.push(self.brief_reason_item());
        items.push(self.clear_action_item());
        items.push(self.apology_item());
        items.push(self.thanks_item());
        items.push(self.alternatives_item(claims));
    }

    /// Whether the plain text (names and addresses blanked) says one of `phrases`.
    fn says(&self, phrases: &Regex) -> bool {
        phrases.is_match(&self.plain)
    }

    fn brief_reason_item(&self) -> CheckItem {
        let rules = self.rules;
        let body = self.plain.get(self.body.clone()).unwrap_or("");
        // A sentence of reason is one that gives a cause or personal detail.
        let reason_sentences = body
            .split(['.', '!', '?', '\n'])
            .filter(|s| rules.reason.is_match(s) || rules.oversharing.is_match(s))
            .count();
        self.pass_or_fail("brief_reason", reason_sentences <= 1, &[])
    }

    fn clear_action_item(&self) -> CheckItem {
        match self.action_said() {
            Some((found, fail)) => {
                self.pass_or_fail_as("clear_action", found, &format!("check-clear_action-{fail}"))
            }
            None => self.not_applicable("clear_action", "check-clear_action-na"),
        }
    }

    /// Whether the message says the action its kind is for, with the advice
    /// when it does not (`check-clear_action-<advice>`); `None` for a kind that takes no action (or one this
    /// language has no words for yet).
    fn action_said(&self) -> Option<(bool, &'static str)> {
        let rules = self.rules;
        let says = |phrases: &Regex| self.says(phrases);
        match self.kind {
            Some(
                MessageKind::Withdraw
                | MessageKind::WithdrawAcceptedOffer
                | MessageKind::WithdrawNotAFit
                | MessageKind::WithdrawRelocation,
            ) => Some((says(&rules.withdraw) || says(&rules.cancel), "withdraw")),
            Some(MessageKind::Reschedule | MessageKind::RescheduleIllness) => {
                Some((says(&rules.reschedule), "reschedule"))
            }
            Some(MessageKind::Pause) => Some((says(&rules.pause), "pause")),
            Some(MessageKind::AskRemote) => Some((says(&rules.remote), "remote")),
            Some(MessageKind::NoShowApology) => Some((says(&rules.missed), "missed")),
            Some(MessageKind::DeclineNextRound | MessageKind::WithdrawViaAgency) => {
                Some((says(&rules.withdraw) || says(&rules.cancel), "withdraw"))
            }
            Some(MessageKind::DeclineOffer) => rules
                .moments
                .offer
                .as_ref()
                .map(|offer| (says(&rules.withdraw) && says(offer), "decline_offer")),
            Some(MessageKind::WithdrawAfterOffer) => rules.moments.offer.as_ref().map(|offer| {
                (
                    (says(&rules.withdraw) || says(&rules.cancel)) && says(offer),
                    "withdraw_after_offer",
                )
            }),
            Some(MessageKind::RunningLate) => {
                rules.moments.late.as_ref().map(|late| (says(late), "late"))
            }
            Some(MessageKind::UnableToJoin) => Some((
                says(&rules.cancel) || says(&rules.reschedule),
                "unable_to_join",
            )),
            Some(MessageKind::ConfirmNewTime) => rules
                .moments
                .confirm
                .as_ref()
                .map(|confirm| (says(confirm), "confirm")),
            Some(MessageKind::FollowUpNoReply) => rules
                .moments
                .follow_up
                .as_ref()
                .map(|follow_up| (says(follow_up), "follow_up")),
            Some(MessageKind::ResumeAfterPause) => rules
                .moments
                .resume
                .as_ref()
                .map(|resume| (says(resume), "resume")),
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
                "any",
            )),
        }
    }

    fn apology_item(&self) -> CheckItem {
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
        if wants_apology {
            self.pass_or_fail("apology", self.says(&self.rules.apology), &[])
        } else {
            self.not_applicable("apology", "check-apology-na")
        }
    }

    fn thanks_item(&self) -> CheckItem {
        self.pass_or_fail("thanks", self.says(&self.rules.thanks), &[])
    }

    fn alternatives_item(&self, claims: &Claims) -> CheckItem {
        let rules = self.rules;
        let says = |phrases: &Regex| self.says(phrases);
        let reschedule = self
            .kind
            .map_or_else(|| says(&rules.reschedule), MessageKind::asks_for_new_times);
        if reschedule {
            let offered_dates = claims.alternative_dates;
            let offered_times = claims.alternative_times;
            let offered = offered_dates.max(offered_times) >= 2
                || self.input.slots.len() >= 2
                || says(&rules.propose);
            self.pass_or_fail("alternatives", offered, &[])
        } else {
            self.not_applicable("alternatives", "check-alternatives-na")
        }
    }

    /// What the moments of docs/domain.md §8 hold beyond the checklist: how late
    /// you will be, the new time confirmed, an agency asked to pass it on and
    /// the client named, and, after an offer, a request to stop what was
    /// started. Each is listed only for its kind.
    pub(super) fn moment_items(&self, items: &mut Vec<CheckItem>) {
        match self.kind {
            Some(MessageKind::RunningLate) => items.push(self.delay_item()),
            Some(MessageKind::ConfirmNewTime) => items.push(self.new_time_item()),
            Some(MessageKind::WithdrawViaAgency) => {
                items.push(self.pass_on_item());
                items.push(self.client_named_item());
            }
            Some(MessageKind::WithdrawAfterOffer) => items.push(self.stop_steps_item()),
            _ => {}
        }
    }

    /// Whether the text says one of a moment's `phrases`; `None` when this
    /// language has no words for that moment yet.
    fn says_moment(&self, phrases: &Option<Regex>) -> Option<bool> {
        phrases.as_ref().map(|phrases| self.says(phrases))
    }

    fn delay_item(&self) -> CheckItem {
        // The arrival time, when the input gives one, counts as written.
        let arrival = self.input.minutes_late.is_some()
            && self.times.len() > 1
            && self.times.iter().any(|time| {
                !time
                    .minutes
                    .iter()
                    .any(|m| self.expected.interview_minutes.contains(m))
            });
        self.moment_item(
            "delay",
            self.says_moment(&self.rules.moments.delay)
                .map(|found| found || arrival),
        )
    }

    fn new_time_item(&self) -> CheckItem {
        let days = &self.expected.new_time_days;
        if days.is_empty() {
            return self.not_applicable("new_time", "check-new_time-na");
        }
        let anchor = self.expected.interview_days.first().or(days.first());
        let named = anchor.is_some_and(|&anchor| {
            self.dates.iter().any(|mention| {
                mention
                    .readings(anchor, self.expected.today)
                    .iter()
                    .any(|d| days.contains(d))
            })
        });
        self.pass_or_fail("new_time", named, &[])
    }

    fn pass_on_item(&self) -> CheckItem {
        self.moment_item("pass_on", self.says_moment(&self.rules.moments.pass_on))
    }

    fn client_named_item(&self) -> CheckItem {
        match text_of(&self.input.interview.company) {
            Some(company) => self.pass_or_fail(
                "client_named",
                self.text.to_lowercase().contains(&company.to_lowercase()),
                &[],
            ),
            None => self.not_applicable("client_named", "check-client_named-na"),
        }
    }

    fn stop_steps_item(&self) -> CheckItem {
        self.moment_item(
            "stop_steps",
            self.says_moment(&self.rules.moments.stop_steps),
        )
    }

    /// A moment's item: passed or failed where the message's language has its
    /// words, otherwise left to the user.
    fn moment_item(&self, id: &'static str, found: Option<bool>) -> CheckItem {
        match found {
            Some(found) => self.pass_or_fail(id, found, &[]),
            None => self.not_applicable(id, "check-moment-not-read"),
        }
    }
}
