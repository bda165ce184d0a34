//! Where an interview ended up, for the figures.

use chrono::{DateTime, Utc};

use super::InterviewFacts;
use crate::decision::Decision;
use crate::named_values::named_values;

named_values! {
    /// An interview's outcome, from its decision, its start and the "no
    /// answer" mark.
    pub enum Outcome ("an outcome") {
        /// Going, and the start has passed.
        Attended = "attended",
        Withdrawn = "withdrawn",
        Rescheduled = "rescheduled",
        Paused = "paused",
        /// Undecided when the start passed.
        Missed = "missed",
        /// Marked "no answer": the employer stayed silent after a follow-up.
        NoAnswer = "no_answer",
        /// Still ahead, going or undecided.
        Upcoming = "upcoming",
    }
}

impl Outcome {
    pub fn of(interview: &InterviewFacts, now: DateTime<Utc>) -> Outcome {
        // The silence settles it whatever was asked of them.
        if interview.no_answer_at.is_some() {
            return Outcome::NoAnswer;
        }
        let passed = interview.starts_at <= now;
        match interview.decision {
            Decision::Withdraw => Outcome::Withdrawn,
            Decision::Reschedule => Outcome::Rescheduled,
            Decision::Pause => Outcome::Paused,
            Decision::Attend if passed => Outcome::Attended,
            Decision::Undecided if passed => Outcome::Missed,
            Decision::Attend | Decision::Undecided => Outcome::Upcoming,
        }
    }
}
