//! The checklist of docs/domain.md §3, items 1 to 5 (the interview, the reason,
//! the action, the apology, the thanks, the new times), and what each moment
//! of §8 adds to it.

use regex::Regex;

use super::claims::Claims;
use super::{
    contains_word, item, not_applicable, pass_or_fail, text_of, CheckItem, ItemStatus, Reading,
    BARE_OFFSET, ZONE_OFFSET,
};
use crate::message::MessageKind;

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
                not_applicable("interview_date", "A follow-up need not repeat the date."),
                not_applicable("interview_time", "A follow-up need not repeat the time."),
            ];
        }
        [
            pass_or_fail(
                "interview_date",
                !self.dates.is_empty(),
                "The interview's date is there.",
                "Say which interview: give its date, e.g. Thursday 3 December.",
            ),
            pass_or_fail(
                "interview_time",
                !self.times.is_empty(),
                "The interview's time is there.",
                &format!(
                    "Give the interview's time too, e.g. {}.",
                    self.expected.example_time.as_deref().unwrap_or("10:00")
                ),
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
        pass_or_fail(
            "position",
            position_named,
            "The position is named at the start.",
            "Name the position in the subject line or the first sentence.",
        )
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
        pass_or_fail(
            "brief_reason",
            reason_sentences <= 1,
            "The reason, if any, is brief.",
            "Give at most one short sentence of reason; leave the rest out.",
        )
    }

    fn clear_action_item(&self) -> CheckItem {
        match self.action_said() {
            Some((found, fail)) => pass_or_fail(
                "clear_action",
                found,
                "It says plainly what you are doing.",
                fail,
            ),
            None => not_applicable("clear_action", "A follow-up has nothing to cancel or move."),
        }
    }

    /// Whether the message says the action its kind is for, with the advice
    /// when it does not; `None` for a kind that takes no action (or one this
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
            pass_or_fail(
                "apology",
                self.says(&self.rules.apology),
                "It apologises for the trouble.",
                "Add a short apology for the inconvenience.",
            )
        } else {
            not_applicable("apology", "Nothing here calls for an apology.")
        }
    }

    fn thanks_item(&self) -> CheckItem {
        pass_or_fail(
            "thanks",
            self.says(&self.rules.thanks),
            "It thanks them.",
            "Thank them for their time.",
        )
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
            pass_or_fail(
                "alternatives",
                offered,
                "It offers new times or asks them to propose some.",
                "Offer two or three specific new times, or ask them to suggest some.",
            )
        } else {
            not_applicable("alternatives", "Only a reschedule needs new times.")
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
        moment_item(
            "delay",
            self.says_moment(&self.rules.moments.delay)
                .map(|found| found || arrival),
            "It says how late you will be.",
            "Say how late you will be, or when you will be there (\"about 10 minutes\", \"by 10:15\").",
        )
    }

    fn new_time_item(&self) -> CheckItem {
        let days = &self.expected.new_time_days;
        if days.is_empty() {
            return not_applicable(
                "new_time",
                "No new time was given: the interview's own time is the one confirmed.",
            );
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
        pass_or_fail(
            "new_time",
            named,
            "It names the new time you confirm.",
            "Name the new date and time you are confirming, so there is no doubt.",
        )
    }

    fn pass_on_item(&self) -> CheckItem {
        moment_item(
            "pass_on",
            self.says_moment(&self.rules.moments.pass_on),
            "It asks the recruiter to pass it on.",
            "Ask the recruiter to pass your decision on to their client.",
        )
    }

    fn client_named_item(&self) -> CheckItem {
        match text_of(&self.input.interview.company) {
            Some(company) => pass_or_fail(
                "client_named",
                self.text.to_lowercase().contains(&company.to_lowercase()),
                "It names the client company.",
                "Name the company the interview is with: a recruiter works for several.",
            ),
            None => not_applicable("client_named", "No company was given to look for."),
        }
    }

    fn stop_steps_item(&self) -> CheckItem {
        moment_item(
            "stop_steps",
            self.says_moment(&self.rules.moments.stop_steps),
            "It asks them to stop what was started for you.",
            "Ask them to stop anything already started for you (paperwork, checks, relocation).",
        )
    }
}

/// A moment's item: passed or failed where the language has its words,
/// otherwise left to the user.
fn moment_item(id: &'static str, found: Option<bool>, pass: &str, fail: &str) -> CheckItem {
    match found {
        Some(found) => pass_or_fail(id, found, pass, fail),
        None => not_applicable(
            id,
            "Not checked in this language yet: read it over yourself.",
        ),
    }
}
