//! The calendar questions asked of the log: clashes and free slots.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::Log;
use crate::calendar::{clashes, propose_slots, Clash, SlotProposal, SEARCH_DAYS};
use crate::error::Result;
use crate::time::{parse_zone, system_zone};

impl Log {
    /// What an interview at `start` for `duration` minutes would clash with
    /// (`id`: the interview itself, when it is already in the log).
    pub fn clashes_for(
        &self,
        id: Option<i64>,
        start: DateTime<Utc>,
        duration_minutes: u32,
    ) -> Result<Vec<Clash>> {
        let profile = self.profile()?;
        let around = self.starting_between(start - Duration::days(1), start + Duration::days(1))?;
        Ok(clashes(
            id,
            start,
            duration_minutes,
            &around,
            profile.buffer_minutes,
        ))
    }

    /// Free slots to propose for moving an interview.
    pub fn slots_for(&self, id: i64, count: usize, now: DateTime<Utc>) -> Result<SlotProposal> {
        let interview = self.interview(id)?;
        let profile = self.profile()?;
        let others = self.starting_between(now, now + Duration::days(SEARCH_DAYS + 1))?;
        propose_slots(&interview, &others, &profile, self.home_zone()?, now, count)
    }

    /// The user's zone: the profile's, else the system's.
    pub fn home_zone(&self) -> Result<Tz> {
        let profile = self.profile()?;
        match profile.home_tz.trim() {
            "" => Ok(system_zone()),
            zone => parse_zone(zone),
        }
    }
}
