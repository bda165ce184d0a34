//! The figures as CSV, for a job centre or a coach: one table with a row per
//! figure, so a spreadsheet can filter it by section.

use super::Insights;
use crate::error::{Error, Result};
use crate::log::transfer::inert_row;

/// The columns: which figure, what it counts, and its value. Empty cells
/// are figures that do not apply to the row.
pub const CSV_HEADER: [&str; 6] = ["section", "name", "count", "hours", "share", "detail"];

/// Text from the log (the user's reasons) cannot run as a formula.
fn inert(text: &str) -> String {
    let [cell] = inert_row([text.to_owned()]);
    cell
}

fn number(value: Option<f64>) -> String {
    value.map(|value| value.to_string()).unwrap_or_default()
}

impl Insights {
    /// Sections: outcome, reason, own_words, notice, notice_summary,
    /// replies, suggestion, month (by outcome), month_reason (by scenario).
    pub fn to_csv(&self) -> Result<String> {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut rows: Vec<[String; 6]> = Vec::new();
        let mut row = |section: &str,
                       name: String,
                       count: Option<usize>,
                       hours: Option<f64>,
                       share: Option<f64>,
                       detail: String| {
            rows.push([
                section.to_owned(),
                name,
                count.map(|count| count.to_string()).unwrap_or_default(),
                number(hours),
                number(share),
                detail,
            ]);
        };
        for (outcome, count) in &self.outcomes {
            row(
                "outcome",
                outcome.to_string(),
                Some(*count),
                None,
                None,
                String::new(),
            );
        }
        for reason in &self.reasons {
            row(
                "reason",
                reason.scenario.to_string(),
                Some(reason.count),
                None,
                None,
                format!(
                    "{} (withdrawn {}, rescheduled {}, paused {})",
                    reason.label, reason.withdrawn, reason.rescheduled, reason.paused
                ),
            );
        }
        row(
            "reason",
            "unrecorded".to_owned(),
            Some(self.reasons_unrecorded),
            None,
            None,
            "Withdrawals, reschedules and pauses with no reason chosen".to_owned(),
        );
        for words in &self.own_words {
            row(
                "own_words",
                String::new(),
                Some(words.count),
                None,
                None,
                inert(&words.text),
            );
        }
        for notice in &self.notice_hours {
            row(
                "notice",
                format!("interview {}", notice.interview_id),
                None,
                Some(notice.hours),
                None,
                notice.outcome.to_string(),
            );
        }
        row(
            "notice_summary",
            "median".to_owned(),
            Some(self.notice.count),
            self.notice.median_hours,
            None,
            String::new(),
        );
        row(
            "notice_summary",
            "under_24h".to_owned(),
            Some(self.notice.under_24h),
            None,
            None,
            String::new(),
        );
        let replies = &self.replies;
        for (name, count) in [
            ("sent", replies.sent),
            ("asked", replies.asked),
            ("answered", replies.answered),
            ("follow_ups_sent", replies.follow_ups_sent),
            ("follow_ups_answered", replies.follow_ups_answered),
            ("no_answer", replies.no_answer),
        ] {
            row(
                "replies",
                name.to_owned(),
                Some(count),
                None,
                None,
                String::new(),
            );
        }
        row(
            "replies",
            "rate".to_owned(),
            None,
            None,
            replies.rate,
            String::new(),
        );
        row(
            "replies",
            "median_hours".to_owned(),
            None,
            replies.median_hours,
            None,
            String::new(),
        );
        for suggestion in &self.suggestions {
            let share = (suggestion.of > 0).then(|| {
                (suggestion.count as f64 / suggestion.of as f64 * 1000.0).round() / 1000.0
            });
            row(
                "suggestion",
                suggestion.scenario.to_string(),
                Some(suggestion.count),
                None,
                share,
                format!("{} {}", suggestion.text, suggestion.non_negotiable),
            );
        }
        for month in &self.months {
            for (outcome, count) in &month.outcomes {
                row(
                    "month",
                    month.month.clone(),
                    Some(*count),
                    None,
                    None,
                    outcome.to_string(),
                );
            }
            for (scenario, count) in &month.reasons {
                row(
                    "month_reason",
                    month.month.clone(),
                    Some(*count),
                    None,
                    None,
                    scenario.to_string(),
                );
            }
        }
        let csv_error =
            |e: csv::Error| Error::Internal(format!("the insights CSV could not be written ({e})"));
        writer.write_record(CSV_HEADER).map_err(csv_error)?;
        for cells in &rows {
            writer.write_record(cells).map_err(csv_error)?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|e| Error::Internal(format!("the insights CSV could not be written ({e})")))?;
        String::from_utf8(bytes)
            .map_err(|e| Error::Internal(format!("the insights CSV is not text ({e})")))
    }
}
