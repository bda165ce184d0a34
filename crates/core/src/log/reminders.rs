//! What the reminders need from the log: pauses coming due, deliveries made,
//! snoozes, and the user's reminder settings.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};

use std::collections::HashMap;

use super::interviews::{interview_from_row, COLUMNS, COLUMN_COUNT};
use super::model::Interview;
use super::{begin, rows, storage, Log};
use crate::error::{Error, Result};
use crate::reminders::{
    occasions, snooze_until, FollowUpSettings, ReminderKind, ReminderSettings, SentFacts,
    SnoozeChoice,
};
use crate::time::{from_utc_text, to_utc_text};
use crate::words::Said;

const SETTINGS_KEY: &str = "reminders";
const FOLLOW_UP_KEY: &str = "follow_up";

/// An interview a reminder may be due for, with what the rules need beside it.
#[derive(Debug, Clone)]
pub struct ReminderCandidate {
    pub interview: Interview,
    /// A message about it was marked sent.
    pub told_employer: bool,
    /// Reminders already shown for it: (kind, the instant they were for).
    pub delivered: Vec<(String, DateTime<Utc>)>,
    /// The messages about it that went out, for the follow-up rules (one
    /// whose kind this version does not know is left out).
    pub sent: Vec<SentFacts>,
    /// Reminders of it the user put off.
    pub snoozed: Vec<SnoozedReminder>,
}

/// One reminder put off, named as `delivered` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnoozedReminder {
    pub kind: String,
    /// The instant the reminder is for (the start, the check-back day...).
    pub instant: DateTime<Utc>,
    /// When it comes back.
    pub until: DateTime<Utc>,
}

/// The sent messages of one interview as the candidate query writes them:
/// "kind sent_at replied_at;…", with "-" for no reply. Kinds and instants
/// hold no spaces or semicolons.
fn sent_from_text(text: &str) -> Vec<SentFacts> {
    text.split(';')
        .filter_map(|message| {
            let mut parts = message.split(' ');
            let kind = parts.next()?.parse().ok()?;
            let sent_at = from_utc_text(parts.next()?).ok()?;
            let replied_at = match parts.next()? {
                "-" => None,
                replied => Some(from_utc_text(replied).ok()?),
            };
            Some(SentFacts {
                kind,
                sent_at,
                replied_at,
            })
        })
        .collect()
}

impl Log {
    /// In one statement: the interviews starting in `[from, to)`, the
    /// undecided ones that started in `[missed_since, from)`, the pauses
    /// whose check-back day is `today` or earlier, and those with a message
    /// sent since `awaiting_since` (and before `from`) still without a reply,
    /// soonest first, each with whether it was told, the reminders already
    /// shown and the messages sent.
    pub fn reminder_candidates(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        missed_since: DateTime<Utc>,
        today: NaiveDate,
        awaiting_since: DateTime<Utc>,
    ) -> Result<Vec<ReminderCandidate>> {
        // Four parts, each a range of its own index (named, so the plan
        // cannot drift to a whole-table scan), then each row. The first three
        // are disjoint; the last (silences) may repeat an interview of
        // another, which is merged below (cheaper than UNION's sorter). A
        // reminder already shown comes as one more row of its interview (the
        // join). Sorted here rather than in SQL, which would copy every whole
        // row into a sorter.
        let mut statement = self
            .connection
            .prepare_cached(&format!(
                "SELECT {COLUMNS},
                        shown_kind, shown_at,
                        -- Every message sent, as text (NULL when none was: not told).
                        (SELECT group_concat(kind || ' ' || sent_at || ' ' || coalesce(replied_at, '-'), ';')
                         FROM messages
                         WHERE interview_id = interviews.id AND sent_at IS NOT NULL)
                 FROM (SELECT id AS candidate_id FROM interviews INDEXED BY interviews_by_start
                       WHERE starts_at >= ?1 AND starts_at < ?2
                       UNION ALL
                       SELECT id FROM interviews INDEXED BY interviews_by_decision
                       WHERE decision = 'undecided' AND starts_at >= ?3 AND starts_at < ?1
                       UNION ALL
                       SELECT id FROM interviews INDEXED BY interviews_by_decision
                       WHERE decision = 'pause' AND pause_until <= ?4
                         AND NOT (starts_at >= ?1 AND starts_at < ?2)
                       UNION ALL
                       SELECT interview_id FROM messages INDEXED BY messages_awaiting_reply
                       WHERE sent_at IS NOT NULL AND reply IS NULL
                         AND sent_at >= ?5 AND sent_at < ?1)
                 JOIN interviews ON id = candidate_id
                 LEFT JOIN (SELECT interview_id AS shown_for, kind AS shown_kind,
                                   starts_at AS shown_at
                            FROM delivered_reminders)
                        ON shown_for = id"
            ))
            .map_err(storage)?;
        let mut found = statement
            .query(params![
                to_utc_text(from),
                to_utc_text(to),
                to_utc_text(missed_since),
                today.to_string(),
                to_utc_text(awaiting_since)
            ])
            .map_err(storage)?;
        let mut candidates: Vec<ReminderCandidate> = Vec::new();
        // Where each interview's candidate is, for its further reminders shown.
        let mut index_of: HashMap<i64, usize> = HashMap::new();
        while let Some(row) = found.next().map_err(storage)? {
            let id: i64 = row.get(0).map_err(storage)?;
            let shown = match row
                .get::<_, Option<String>>(COLUMN_COUNT)
                .map_err(storage)?
            {
                Some(kind) => Some((kind, rows::instant(row, COLUMN_COUNT + 1).map_err(storage)?)),
                None => None,
            };
            match index_of
                .get(&id)
                .and_then(|&index| candidates.get_mut(index))
            {
                // A further reminder shown, or the same row again from a
                // second part (an interview with two silent messages, or a
                // silence that also starts soon): kept once.
                Some(candidate) => {
                    if let Some(shown) = shown {
                        if !candidate.delivered.contains(&shown) {
                            candidate.delivered.push(shown);
                        }
                    }
                }
                None => {
                    index_of.insert(id, candidates.len());
                    let sent_text: Option<String> = row.get(COLUMN_COUNT + 2).map_err(storage)?;
                    candidates.push(ReminderCandidate {
                        interview: interview_from_row(row).map_err(storage)?,
                        told_employer: sent_text.is_some(),
                        delivered: shown.into_iter().collect(),
                        sent: sent_text.as_deref().map(sent_from_text).unwrap_or_default(),
                        snoozed: Vec::new(),
                    });
                }
            }
        }
        // Snoozes are few (each goes once its reminder has come back): all
        // of them, in a query of their own rather than more joined rows.
        for (id, snoozed) in self.snoozed_reminders()? {
            if let Some(candidate) = index_of
                .get(&id)
                .and_then(|&index| candidates.get_mut(index))
            {
                candidate.snoozed.push(snoozed);
            }
        }
        candidates.sort_by_key(|candidate| (candidate.interview.starts_at, candidate.interview.id));
        Ok(candidates)
    }

    /// Every snoozed reminder, with its interview.
    fn snoozed_reminders(&self) -> Result<Vec<(i64, SnoozedReminder)>> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT interview_id, kind, starts_at, until FROM snoozed_reminders")
            .map_err(storage)?;
        let snoozed = statement
            .query_map([], |row| {
                Ok((
                    row.get(0)?,
                    SnoozedReminder {
                        kind: row.get(1)?,
                        instant: rows::instant(row, 2)?,
                        until: rows::instant(row, 3)?,
                    },
                ))
            })
            .and_then(|rows| rows.collect())
            .map_err(storage);
        snoozed
    }

    pub fn was_delivered(
        &self,
        interview_id: i64,
        kind: &str,
        instant: DateTime<Utc>,
    ) -> Result<bool> {
        self.connection
            .query_row(
                "SELECT 1 FROM delivered_reminders WHERE interview_id = ?1 AND kind = ?2 AND starts_at = ?3",
                params![interview_id, kind, to_utc_text(instant)],
                |_| Ok(()),
            )
            .optional()
            .map(|found| found.is_some())
            .map_err(storage)
    }

    /// Records a reminder as shown at `now`. A snooze of it that is over
    /// goes with it: the reminder came back, and is not shown again.
    pub fn record_delivered(
        &mut self,
        interview_id: i64,
        kind: &str,
        instant: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = begin(&mut self.connection)?;
        tx.execute(
            "INSERT OR IGNORE INTO delivered_reminders (interview_id, kind, starts_at, delivered_at) VALUES (?1, ?2, ?3, ?4)",
            params![interview_id, kind, to_utc_text(instant), to_utc_text(now)],
        )
        .map_err(storage)?;
        tx.execute(
            "DELETE FROM snoozed_reminders
             WHERE interview_id = ?1 AND kind = ?2 AND starts_at = ?3 AND until <= ?4",
            params![interview_id, kind, to_utc_text(instant), to_utc_text(now)],
        )
        .map_err(storage)?;
        tx.commit().map_err(storage)
    }

    /// Puts off one reminder of an interview, due now (usually just shown),
    /// by the user's `choice`; returns when it comes back (to the second).
    ///
    /// The end is [`crate::reminders::snooze_until`]: the choice read in the
    /// user's home zone, and never later than the moment the interview's next
    /// reminder takes over (2 h before the start for the "decide by"
    /// reminders, the start for the last two hours). Until then `due` leaves
    /// this one reminder out, and only it: the interview's other kinds fire
    /// as ever. Once the snooze is over it is due again, shown or not before,
    /// and once shown the snooze is gone ([`Log::record_delivered`]). A
    /// snooze chosen again replaces the one before. The interview's deletion
    /// takes its snoozes with it.
    ///
    /// Refused for an interview not in the log, and for a kind that is not
    /// due for it now (not come yet, over, or switched off in Settings).
    pub fn snooze_reminder(
        &mut self,
        interview_id: i64,
        kind: ReminderKind,
        choice: SnoozeChoice,
        now: DateTime<Utc>,
    ) -> Result<DateTime<Utc>> {
        let interview = self.interview(interview_id)?;
        let settings = self.reminder_settings()?;
        let occasion = occasions(self, now, &settings)?
            .into_iter()
            .find(|occasion| occasion.interview.id == interview_id && occasion.kind == kind)
            .ok_or_else(|| {
                Error::said(Said::key("error-snooze-not-due").with("id", interview_id))
            })?;
        let until = snooze_until(kind, interview.starts_at, choice, now, self.home_zone()?);
        // Kept to the second, as every instant of the log: the stored end is
        // the one returned.
        let until_text = to_utc_text(until);
        let until = from_utc_text(&until_text)?;
        self.connection
            .execute(
                "INSERT INTO snoozed_reminders (interview_id, kind, starts_at, until, snoozed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (interview_id, kind, starts_at)
                 DO UPDATE SET until = excluded.until, snoozed_at = excluded.snoozed_at",
                params![
                    interview_id,
                    kind.as_str(),
                    to_utc_text(occasion.key_instant),
                    until_text,
                    to_utc_text(now)
                ],
            )
            .map_err(storage)?;
        Ok(until)
    }

    pub fn reminder_settings(&self) -> Result<ReminderSettings> {
        let text: Option<String> = self
            .connection
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [SETTINGS_KEY],
                |row| row.get(0),
            )
            .optional()
            .map_err(storage)?;
        match text {
            None => Ok(ReminderSettings::default()),
            Some(text) => serde_json::from_str(&text)
                .map_err(|e| Error::Storage(format!("the reminder settings are unreadable ({e})"))),
        }
    }

    pub fn set_reminder_settings(&mut self, settings: &ReminderSettings) -> Result<()> {
        for kind in settings.off.keys() {
            kind.parse::<ReminderKind>()?;
        }
        let text = serde_json::to_string(settings).map_err(|e| Error::Storage(e.to_string()))?;
        self.connection
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![SETTINGS_KEY, text],
            )
            .map_err(storage)?;
        Ok(())
    }
}

impl Log {
    /// How many working days to wait for a reply (Settings).
    pub fn follow_up_settings(&self) -> Result<FollowUpSettings> {
        let text: Option<String> = self
            .connection
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [FOLLOW_UP_KEY],
                |row| row.get(0),
            )
            .optional()
            .map_err(storage)?;
        // Unreadable (written by hand, or by a later version): the default,
        // never reminders that stop.
        Ok(text
            .and_then(|text| serde_json::from_str::<FollowUpSettings>(&text).ok())
            .and_then(|settings| settings.checked().ok())
            .unwrap_or_default())
    }

    pub fn set_follow_up_settings(
        &mut self,
        settings: &FollowUpSettings,
    ) -> Result<FollowUpSettings> {
        let settings = settings.checked()?;
        let text = serde_json::to_string(&settings)
            .map_err(|e| Error::Internal(format!("writing the follow-up setting ({e})")))?;
        self.connection
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![FOLLOW_UP_KEY, text],
            )
            .map_err(storage)?;
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::decision::Decision;
    use crate::log::key_vault::NoKeyring;
    use crate::log::{DecisionUpdate, InterviewFields};

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn add(log: &mut Log, company: &str, starts_at: &str) -> i64 {
        let fields = InterviewFields {
            company: Some(company.into()),
            position: Some("Engineer".into()),
            starts_at: Some(starts_at.into()),
            tz: Some("UTC".into()),
            ..InterviewFields::default()
        };
        log.add_interview(&fields, at("2026-11-01T09:00:00Z"))
            .unwrap()
    }

    #[test]
    fn each_candidate_comes_once_soonest_first_with_every_reminder_shown() {
        let dir = tempfile::tempdir().unwrap();
        let mut log = Log::open_at(
            &dir.path().join("raincheck.db"),
            &NoKeyring("a plain log".into()),
        )
        .unwrap();
        let now = at("2026-12-10T08:00:00Z");
        let later = add(&mut log, "Later", "2026-12-10T20:00:00");
        // A pause due today that also starts inside the window: one candidate.
        let paused = add(&mut log, "Paused", "2026-12-10T12:00:00");
        let pause = DecisionUpdate {
            decision: Decision::Pause,
            reason: None,
            scenario: None,
            pause_until: Some(now.date_naive()),
        };
        log.decide(paused, &pause, at("2026-12-01T09:00:00Z"))
            .unwrap();
        let missed = add(&mut log, "Missed", "2026-12-08T10:00:00");
        add(&mut log, "Long gone", "2026-11-20T10:00:00");
        add(&mut log, "Far ahead", "2026-12-20T10:00:00");
        let pause_day = now.date_naive().and_time(chrono::NaiveTime::MIN).and_utc();
        log.record_delivered(paused, "pause_checkback", pause_day, now)
            .unwrap();
        log.record_delivered(paused, "final_2h", at("2026-12-10T12:00:00Z"), now)
            .unwrap();

        let candidates = log
            .reminder_candidates(
                now,
                now + Duration::hours(36),
                now - Duration::days(7),
                now.date_naive(),
                now - Duration::days(30),
            )
            .unwrap();
        let ids: Vec<i64> = candidates.iter().map(|c| c.interview.id).collect();
        assert_eq!(ids, [missed, paused, later]);
        let mut shown = candidates[1].delivered.clone();
        shown.sort();
        assert_eq!(
            shown,
            [
                ("final_2h".to_owned(), at("2026-12-10T12:00:00Z")),
                ("pause_checkback".to_owned(), pause_day),
            ]
        );
        assert!(candidates[0].delivered.is_empty() && !candidates[0].told_employer);
    }
}
