//! The situations the domain names, each with the obstacle it implies.

use crate::named_values::named_values;

named_values! {
    /// How lasting the thing standing in the way is.
    pub enum Obstacle ("an obstacle") {
        None = "none",
        Temporary = "temporary",
        Permanent = "permanent",
    }
}

named_values! {
    /// Why the user is reconsidering the interview.
    pub enum Scenario ("a scenario") {
        AcceptedOffer = "accepted_offer",
        ValuesConcern = "values_concern",
        OtherPath = "other_path",
        Relocation = "relocation",
        LongTermChange = "long_term_change",
        Illness = "illness",
        FamilyEmergency = "family_emergency",
        Transport = "transport",
        NeedPreparation = "need_preparation",
        TimelineShift = "timeline_shift",
        ScheduleConflict = "schedule_conflict",
        PersonalCommitments = "personal_commitments",
        CompetingOffers = "competing_offers",
        ColdFeet = "cold_feet",
        Missed = "missed",
    }
}

impl Scenario {
    /// The obstacle a scenario implies; `None` for a missed interview, where the
    /// question no longer applies.
    pub fn implied_obstacle(self) -> Option<Obstacle> {
        use Scenario::*;
        match self {
            AcceptedOffer | ValuesConcern | OtherPath | Relocation | LongTermChange => {
                Some(Obstacle::Permanent)
            }
            Illness | FamilyEmergency | Transport | NeedPreparation | TimelineShift
            | ScheduleConflict | PersonalCommitments | CompetingOffers => Some(Obstacle::Temporary),
            ColdFeet => Some(Obstacle::None),
            Missed => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_the_allowed_ones() {
        for scenario in Scenario::ALL {
            assert_eq!(scenario.as_str().parse::<Scenario>().unwrap(), *scenario);
        }
        let message = "sick".parse::<Scenario>().unwrap_err().to_string();
        assert!(message.contains("\"sick\" is not a scenario"), "{message}");
        assert!(message.contains("illness"), "{message}");
    }
}
