//! Following through after a message: the silence an interview waits in, the
//! "no answer" mark, and the record as `log show` prints it now.

use chrono::{DateTime, Utc};

use super::model::{Interview, InterviewRecordAsOf, Message};
use super::{unconfirmed_new_time, Log};
use crate::decision::decide_by_for;
use crate::error::{Error, Result};
use crate::reminders::{silence, SentFacts, Silence, SilenceStage};
use crate::words::Said;

/// The messages that went out, as the follow-up rules read them.
pub fn sent_facts(messages: &[Message]) -> Vec<SentFacts> {
    messages
        .iter()
        .filter_map(|message| {
            Some(SentFacts {
                kind: message.kind,
                sent_at: message.sent_at?,
                replied_at: message.replied_at,
            })
        })
        .collect()
}

impl Log {
    /// The silence an interview's messages wait in, if they owe an answer.
    pub fn silence_of(&self, interview_id: i64) -> Result<Option<Silence>> {
        let messages = self.messages(interview_id)?;
        Ok(silence(
            &sent_facts(&messages),
            self.follow_up_settings()?.working_days,
            self.home_zone()?,
        ))
    }

    /// One interview with its history and messages, its "decide by", the
    /// silence it waits in and a new time still to confirm (`raincheck log
    /// show ID --json`).
    pub fn interview_record_as_of(
        &self,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<InterviewRecordAsOf> {
        let record = self.interview_record(id)?;
        let follow_up = silence(
            &sent_facts(&record.messages),
            self.follow_up_settings()?.working_days,
            self.home_zone()?,
        )
        .filter(|_| record.interview.no_answer_at.is_none());
        Ok(InterviewRecordAsOf {
            decide_by: decide_by_for(&record.interview, now),
            follow_up,
            new_time_to_confirm: unconfirmed_new_time(&record, now),
            record,
        })
    }

    /// Marks an interview "no answer" (or takes the mark away), with a
    /// history entry. Marking needs the second silence: a follow-up sent and
    /// left unanswered for the working days of the setting.
    pub fn set_no_answer(
        &mut self,
        id: i64,
        marked: bool,
        now: DateTime<Utc>,
    ) -> Result<Interview> {
        let before = self.interview(id)?;
        if marked == before.no_answer_at.is_some() {
            return Ok(before);
        }
        if marked {
            match self.silence_of(id)? {
                Some(waiting)
                    if waiting.stage == SilenceStage::NoAnswer && waiting.due_at <= now => {}
                Some(waiting) if waiting.stage == SilenceStage::NoAnswer => {
                    return Err(Error::said(
                        Said::key("error-no-answer-too-soon")
                            .with("until", crate::time::to_utc_text(waiting.due_at)),
                    ))
                }
                _ => return Err(Error::said(Said::key("error-no-answer-without-follow-up"))),
            }
        }
        let after = Interview {
            no_answer_at: marked.then_some(now),
            ..before.clone()
        };
        self.save_changes(&before, after, now)
    }
}
