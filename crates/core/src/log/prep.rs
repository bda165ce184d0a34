//! The pre-interview checklist: four ticks, three talking points and the job
//! description, kept on the interview with their history.

use chrono::{DateTime, Utc};

use super::model::{Interview, Prep, PrepProgress, PrepUpdate};
use super::validate;
use super::Log;
use crate::decision::Decision;
use crate::error::{Error, Result};
use crate::words::Said;

/// Three points: enough to steer an interview, few enough to remember.
pub const MAX_TALKING_POINTS: usize = 3;

/// The talking points as one column, one point a line.
pub(super) fn points_to_column(points: &[String]) -> String {
    points.join("\n")
}

pub(super) fn points_from_column(column: &str) -> Vec<String> {
    column
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// The checklist as it may be kept: up to three one-line points, and a job
/// description within the size of notes.
pub(super) fn checked(prep: &Prep) -> Result<Prep> {
    Ok(Prep {
        points: checked_points(&prep.points)?,
        job_description_text: validate::optional_multiline(
            "field-job-description",
            prep.job_description_text.as_deref(),
            validate::MAX_NOTES_CHARS,
        )
        .map_err(|e| e.for_field("job_description_text"))?,
        ..prep.clone()
    })
}

fn checked_points(points: &[String]) -> Result<Vec<String>> {
    let points: Vec<String> = points
        .iter()
        .map(|point| validate::optional_name("field-talking-point", Some(point)))
        .collect::<Result<Vec<_>>>()
        .map_err(|e| e.for_field("points"))?
        .into_iter()
        .flatten()
        .collect();
    if points.len() > MAX_TALKING_POINTS {
        return Err(Error::said(
            Said::key("error-too-many-points")
                .with("count", points.len())
                .with("most", MAX_TALKING_POINTS),
        )
        .for_field("points"));
    }
    Ok(points)
}

/// "prep 2/4" for an upcoming interview the user attends; nothing otherwise.
pub(super) fn progress(interview: &Interview, now: DateTime<Utc>) -> Option<PrepProgress> {
    (interview.decision == Decision::Attend && interview.starts_at >= now).then(|| PrepProgress {
        done: interview.prep.done(),
        of: crate::log::PrepItem::ALL.len() as u8,
    })
}

impl Log {
    /// Ticks, unticks and writes the checklist; every change goes into the
    /// interview's history.
    pub fn update_prep(
        &mut self,
        id: i64,
        update: &PrepUpdate,
        now: DateTime<Utc>,
    ) -> Result<Interview> {
        if let Some(item) = update.tick.iter().find(|item| update.untick.contains(item)) {
            return Err(Error::said(
                Said::key("error-ticked-and-unticked").with("item", item.to_string()),
            ));
        }
        let before = self.interview(id)?;
        let mut after = before.clone();
        for item in &update.tick {
            after.prep.set_ticked(*item, true);
        }
        for item in &update.untick {
            after.prep.set_ticked(*item, false);
        }
        if let Some(points) = &update.points {
            after.prep.points = checked_points(points)?;
        }
        if let Some(text) = &update.job_description_text {
            after.prep.job_description_text = Some(text.clone());
        }
        after.prep = checked(&after.prep)?;
        self.save_changes(&before, after, now)
    }
}
