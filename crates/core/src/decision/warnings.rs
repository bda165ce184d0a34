//! Warnings that go with advice: papers signed, steps under way, time zones.

use chrono::Utc;
use serde::Serialize;

use super::advice::{Action, AdviceInput, LegalFlag};
use crate::time::{parse_start, parse_zone};
use crate::words::{Arg, Words};

/// Something to know before acting, with a stable code for the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub code: &'static str,
    pub message: String,
}

impl Warning {
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        Warning {
            code,
            message: message.into(),
        }
    }
}

pub fn warnings_for(
    action: Action,
    input: &AdviceInput,
    hours: f64,
    words: &Words,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let stepping_back = matches!(
        action,
        Action::Withdraw | Action::Pause | Action::Ask | Action::Reflect
    );
    if !input.legal_flags.is_empty() && stepping_back {
        let papers: Vec<String> = input
            .legal_flags
            .iter()
            .map(|flag| words.get(&format!("warning-paper-{}", flag.as_str())))
            .collect();
        warnings.push(Warning::new(
            "legal_documents",
            words.with(
                "warning-legal-documents",
                &[("papers", Arg::from(&papers.join(", ")))],
            ),
        ));
    }
    let steps_under_way = input
        .legal_flags
        .iter()
        .any(|f| matches!(f, LegalFlag::VisaSponsorship | LegalFlag::RelocationPackage));
    if steps_under_way && matches!(action, Action::Withdraw | Action::Pause | Action::Ask) {
        warnings.push(Warning::new(
            "steps_under_way",
            words.get("warning-steps-under-way"),
        ));
    }
    if zones_differ(input, hours) {
        warnings.push(Warning::new("time_zone", words.get("warning-time-zones")));
    }
    warnings
}

/// Whether the candidate's and the interviewer's clocks differ at the interview.
fn zones_differ(input: &AdviceInput, hours: f64) -> bool {
    let (Some(candidate), Some(interviewer)) = (&input.candidate_tz, &input.interviewer_tz) else {
        return false;
    };
    let (Ok(candidate), Ok(interviewer)) = (parse_zone(candidate), parse_zone(interviewer)) else {
        return false;
    };
    let at = match (&input.starts_at, &input.tz) {
        (Some(starts_at), Some(tz)) => parse_zone(tz)
            .and_then(|zone| parse_start(starts_at, zone))
            .unwrap_or_else(|_| Utc::now()),
        _ => input.now.unwrap_or_else(Utc::now) + chrono::Duration::minutes((hours * 60.0) as i64),
    };
    let offset = |zone: chrono_tz::Tz| at.with_timezone(&zone).naive_local();
    offset(candidate) != offset(interviewer)
}
