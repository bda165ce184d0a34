//! What to do about an interview, and how to tell the employer (docs/domain.md §1–2).
//!
//! [`advise`] is a pure function of the answers (and the clock, when it has to
//! work out the time left): the wizard, `raincheck advise` and the tests all
//! call it.

mod advice;
mod channels;
mod decide_by;
mod pause;
mod scenario;
mod warnings;
pub mod wizard;

pub use advice::{
    advise, advise_in, suggested_message, Action, Advice, AdviceInput, Interest, LegalFlag, Warning,
};
pub use decide_by::{decide_by, decide_by_for, is_business_day, BUSINESS_CLOSES, BUSINESS_OPENS};
pub use pause::{check_back_day, check_back_has_come};
pub use scenario::{Obstacle, Scenario};

use crate::named_values::named_values;

named_values! {
    /// What the user decided about an interview, as the log keeps it.
    pub enum Decision ("a decision") {
        Undecided = "undecided",
        Attend = "attend",
        Withdraw = "withdraw",
        Reschedule = "reschedule",
        Pause = "pause",
    }
}

impl Decision {
    /// A decision that needs a message to the employer before the interview.
    pub fn needs_message(self) -> bool {
        matches!(
            self,
            Decision::Withdraw | Decision::Reschedule | Decision::Pause
        )
    }
}
