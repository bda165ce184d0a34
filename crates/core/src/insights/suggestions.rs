//! Non-negotiables suggested by the reasons that keep coming back: "3 of
//! your 5 withdrawals were about a move". Our own plain words, English for now.

use serde::Serialize;

use super::ReasonCount;
use crate::decision::Scenario;

/// A reason recurs when it is behind at least this many withdrawals, and at
/// least a quarter of them.
pub const SUGGESTION_MIN_COUNT: usize = 2;

/// A non-negotiable to offer the user, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub scenario: Scenario,
    /// Withdrawals with this reason.
    pub count: usize,
    /// All withdrawals.
    pub of: usize,
    /// "3 of your 5 withdrawals were about a move."
    pub text: String,
    /// The non-negotiable, ready to keep: "Roles I can do from where I live".
    pub non_negotiable: &'static str,
}

/// What withdrawals for a reason were about, and the non-negotiable it
/// suggests; `None` where the reason says nothing about the roles to look
/// for (an illness, an emergency, a missed interview, another offer taken).
pub fn non_negotiable(scenario: Scenario) -> Option<(&'static str, &'static str)> {
    use Scenario::*;
    Some(match scenario {
        Relocation => (
            "a move",
            "Roles I can do from where I live: remote, or on-site close to home",
        ),
        ValuesConcern => (
            "worries about the company",
            "Employers whose values and ways of working I can stand behind",
        ),
        OtherPath => (
            "wanting another path",
            "Roles on the path I actually want to follow",
        ),
        LongTermChange => (
            "a lasting change in your life",
            "Hours, travel and flexibility that fit my life as it is now",
        ),
        CompetingOffers => (
            "other offers",
            "Pay and terms at least as good as the offers I already have",
        ),
        ColdFeet => (
            "doubts about the role",
            "Roles I am sure I want before I apply",
        ),
        TimelineShift => ("timing", "A start date and a hiring pace that fit my plans"),
        ScheduleConflict | PersonalCommitments => (
            "other commitments",
            "Interview times that fit around my commitments",
        ),
        Transport => (
            "getting there",
            "Interviews I can reach easily, or hold by video",
        ),
        AcceptedOffer | Illness | FamilyEmergency | NeedPreparation | Missed => return None,
    })
}

/// The reasons behind at least [`SUGGESTION_MIN_COUNT`] withdrawals and a
/// quarter of all of them, most frequent first.
pub(super) fn suggest(reasons: &[ReasonCount], withdrawals: usize) -> Vec<Suggestion> {
    let mut suggestions: Vec<Suggestion> = reasons
        .iter()
        .filter(|reason| {
            reason.withdrawn >= SUGGESTION_MIN_COUNT && reason.withdrawn * 4 >= withdrawals
        })
        .filter_map(|reason| {
            let (about, keep) = non_negotiable(reason.scenario)?;
            Some(Suggestion {
                scenario: reason.scenario,
                count: reason.withdrawn,
                of: withdrawals,
                text: format!(
                    "{} of your {withdrawals} withdrawals were about {about}.",
                    reason.withdrawn
                ),
                non_negotiable: keep,
            })
        })
        .collect();
    suggestions.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.scenario.as_str().cmp(b.scenario.as_str()))
    });
    suggestions
}

/// A reason's words as compared: lower case, single spaces, no full stop at the end.
pub(super) fn same_words(reason: &str) -> String {
    reason
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', '!', '?'])
        .to_lowercase()
}
