//! What to do about an interview (DOMAIN.md §1).

mod scenario;

pub use scenario::{Obstacle, Scenario};

use crate::named_values::named_values;

named_values! {
    /// What the user decided about an interview, as the log keeps it.
    pub enum Decision ("decision") {
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
