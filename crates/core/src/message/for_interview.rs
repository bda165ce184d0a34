//! The input for a message about an interview in the log, the same from the
//! window and the command line: the kind and channel its decision calls for
//! (or the confirmation of a new time they proposed), unless given, then the
//! interview's and the profile's details.

use chrono::{DateTime, Utc};

use super::{Channel, MessageInput, MessageKind};
use crate::decision::suggested_message;
use crate::error::Result;
use crate::log::{unconfirmed_new_time, Log};

impl MessageInput {
    /// For drafting: the interview's and profile's details, and the kind and
    /// channel unless the user chose them.
    pub fn for_interview(mut self, log: &Log, id: i64, now: DateTime<Utc>) -> Result<Self> {
        let full = log.interview_record(id)?;
        // A time they proposed and the log took, not yet confirmed: that
        // confirmation is the message due, whatever the decision says.
        let suggested = match unconfirmed_new_time(&full, now) {
            Some(_) => Some((MessageKind::ConfirmNewTime, Channel::Email)),
            None => suggested_message(&full.interview, now, log.home_zone()?),
        };
        let record = full.interview;
        match (self.kind, suggested) {
            // Nothing chosen: the message its decision calls for, as a pair.
            (None, Some((kind, channel))) => {
                self.kind = Some(kind);
                self.channel.get_or_insert(channel);
            }
            // A kind chosen without a channel: the first it is written for
            // (the decision's channel may be one this kind has no template in).
            (Some(kind), _) => {
                self.channel
                    .get_or_insert(kind.channels().first().copied().unwrap_or(Channel::Email));
            }
            (None, None) => {}
        }
        self.fill_from(&record, &log.profile()?);
        Ok(self)
    }
}

impl MessageInput {
    /// What a draft is made of when nothing chose otherwise: a withdrawal by
    /// e-mail (the message an undecided interview most often needs), in the
    /// language from the interview or profile, else British English. Not for
    /// checking, where a missing language is told from the text.
    pub fn with_draft_defaults(mut self) -> Self {
        self.kind.get_or_insert(MessageKind::Withdraw);
        self.channel.get_or_insert(Channel::Email);
        self.language.get_or_insert_with(Default::default);
        self
    }
}
