//! The input for a message about an interview in the log, the same from the
//! window and the command line: the kind and channel its decision calls for
//! (unless given), then the interview's and the profile's details.

use chrono::{DateTime, Utc};

use super::{Channel, MessageInput, MessageKind};
use crate::decision::suggested_message;
use crate::error::Result;
use crate::log::Log;

impl MessageInput {
    pub fn for_interview(mut self, log: &Log, id: i64, now: DateTime<Utc>) -> Result<Self> {
        let record = log.interview(id)?;
        if let Some((kind, channel)) = suggested_message(&record, now) {
            self.kind.get_or_insert(kind);
            self.channel.get_or_insert(channel);
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
