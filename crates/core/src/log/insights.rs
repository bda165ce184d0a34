//! What the Insights figures read from the log: every interview's outcome
//! fields, every message sent, every move of a start. Three statements, each
//! one pass over its table; the figures themselves are `crate::insights`.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{rows, storage, Log};
use crate::error::Result;
use crate::insights::{figures, Insights, InterviewFacts, StartMove};
use crate::reminders::SentFacts;
use crate::time::from_utc_text;
use crate::words::Words;

impl Log {
    /// The figures of the whole log at `now`, worded in English (`raincheck insights`).
    pub fn insights(&self, now: DateTime<Utc>) -> Result<Insights> {
        self.insights_in(now, Words::english())
    }

    /// The same, reasons and suggestions worded in `words` (the window).
    /// A suggestion the user has answered (kept or dismissed) is left out.
    pub fn insights_in(&self, now: DateTime<Utc>, words: &Words) -> Result<Insights> {
        let mut insights = figures(&self.insight_facts()?, now, self.home_zone()?, words);
        let answered = self.non_negotiables()?.answered;
        insights
            .suggestions
            .retain(|suggestion| !answered.contains(&suggestion.scenario));
        Ok(insights)
    }

    /// Every interview with what the figures need of it, by id.
    pub fn insight_facts(&self) -> Result<Vec<InterviewFacts>> {
        let mut interviews: Vec<InterviewFacts> = {
            let mut statement = self
                .connection
                .prepare_cached(
                    "SELECT id, starts_at, decision, scenario, decision_reason, no_answer_at
                     FROM interviews ORDER BY id",
                )
                .map_err(storage)?;
            let found = statement
                .query_map([], |row| {
                    Ok(InterviewFacts {
                        id: row.get(0)?,
                        starts_at: rows::instant(row, 1)?,
                        decision: rows::named(row, 2)?,
                        scenario: rows::optional_named(row, 3)?,
                        reason: row.get(4)?,
                        no_answer_at: rows::optional_instant(row, 5)?,
                        sent: Vec::new(),
                        moves: Vec::new(),
                    })
                })
                .and_then(|rows| rows.collect())
                .map_err(storage);
            found?
        };
        let index_of: HashMap<i64, usize> = interviews
            .iter()
            .enumerate()
            .map(|(index, interview)| (interview.id, index))
            .collect();

        let mut messages = self
            .connection
            .prepare_cached(
                "SELECT interview_id, kind, sent_at, replied_at FROM messages
                 WHERE sent_at IS NOT NULL ORDER BY interview_id, id",
            )
            .map_err(storage)?;
        let mut found = messages.query([]).map_err(storage)?;
        while let Some(row) = found.next().map_err(storage)? {
            let interview_id: i64 = row.get(0).map_err(storage)?;
            // A kind this version does not know is left out of the figures.
            let Ok(kind) = row.get::<_, String>(1).map_err(storage)?.parse() else {
                continue;
            };
            let facts = SentFacts {
                kind,
                sent_at: rows::instant(row, 2).map_err(storage)?,
                replied_at: rows::optional_instant(row, 3).map_err(storage)?,
            };
            if let Some(interview) = index_of
                .get(&interview_id)
                .and_then(|&index| interviews.get_mut(index))
            {
                interview.sent.push(facts);
            }
        }

        let mut moves = self
            .connection
            .prepare_cached(
                "SELECT interview_id, at, old_value FROM history
                 WHERE field = 'starts_at' AND old_value IS NOT NULL",
            )
            .map_err(storage)?;
        let mut found = moves.query([]).map_err(storage)?;
        while let Some(row) = found.next().map_err(storage)? {
            let interview_id: i64 = row.get(0).map_err(storage)?;
            let at = rows::instant(row, 1).map_err(storage)?;
            // History is text as it was written; an unreadable start is skipped.
            let Ok(from) = from_utc_text(&row.get::<_, String>(2).map_err(storage)?) else {
                continue;
            };
            if let Some(interview) = index_of
                .get(&interview_id)
                .and_then(|&index| interviews.get_mut(index))
            {
                interview.moves.push(StartMove { at, from });
            }
        }
        Ok(interviews)
    }
}
