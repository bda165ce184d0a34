//! Non-negotiables suggested by the reasons that keep coming back: "3 of
//! your 5 withdrawals were about a move", in the catalogue's words
//! (`suggestion-*` in core.ftl).

use serde::Serialize;

use super::ReasonCount;
use crate::decision::Scenario;
use crate::words::{Arg, Words};

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
    pub non_negotiable: String,
}

/// Whether withdrawals for a reason say something about the roles to look
/// for (a move does; an illness, an emergency, a missed interview or another
/// offer taken do not).
pub fn suggests_a_non_negotiable(scenario: Scenario) -> bool {
    use Scenario::*;
    !matches!(
        scenario,
        AcceptedOffer | Illness | FamilyEmergency | NeedPreparation | Missed
    )
}

/// The suggestion's words: why ("3 of your 5 withdrawals were about a
/// move.") and the non-negotiable, ready to keep.
pub fn suggestion_words(
    scenario: Scenario,
    count: usize,
    of: usize,
    words: &Words,
) -> (String, String) {
    let about = words.get(&format!("suggestion-about-{}", scenario.as_str()));
    let text = words.with(
        "suggestion-text",
        &[
            ("count", Arg::from(count as i64)),
            ("of", Arg::from(of as i64)),
            ("about", Arg::from(&about)),
        ],
    );
    (
        text,
        words.get(&format!("suggestion-keep-{}", scenario.as_str())),
    )
}

/// The reasons behind at least [`SUGGESTION_MIN_COUNT`] withdrawals and a
/// quarter of all of them, most frequent first.
pub(super) fn suggest(
    reasons: &[ReasonCount],
    withdrawals: usize,
    words: &Words,
) -> Vec<Suggestion> {
    let mut suggestions: Vec<Suggestion> = reasons
        .iter()
        .filter(|reason| {
            reason.withdrawn >= SUGGESTION_MIN_COUNT
                && reason.withdrawn * 4 >= withdrawals
                && suggests_a_non_negotiable(reason.scenario)
        })
        .map(|reason| {
            let (text, non_negotiable) =
                suggestion_words(reason.scenario, reason.withdrawn, withdrawals, words);
            Suggestion {
                scenario: reason.scenario,
                count: reason.withdrawn,
                of: withdrawals,
                text,
                non_negotiable,
            }
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
pub(crate) fn same_words(reason: &str) -> String {
    reason
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', '!', '?'])
        .to_lowercase()
}
