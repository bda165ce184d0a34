//! Interviews that overlap, or leave less than the buffer between them. All
//! instants are UTC, so interviews in different zones compare as they really fall.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use crate::log::Interview;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClashKind {
    Overlap,
    /// Less than the buffer between the two.
    TooClose,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Clash {
    pub kind: ClashKind,
    pub other_id: i64,
    pub other_company: String,
    /// Minutes between the two (0 when they overlap).
    pub gap_minutes: i64,
    pub message: String,
}

/// What `start` for `duration` clashes with among `others` (itself excluded by `id`).
pub fn clashes(
    id: Option<i64>,
    start: DateTime<Utc>,
    duration_minutes: u32,
    others: &[Interview],
    buffer_minutes: u32,
) -> Vec<Clash> {
    let end = start + Duration::minutes(i64::from(duration_minutes));
    let buffer = Duration::minutes(i64::from(buffer_minutes));
    let mut found = Vec::new();
    for other in others.iter().filter(|o| Some(o.id) != id) {
        let other_end = other.starts_at + Duration::minutes(i64::from(other.duration_minutes));
        if start < other_end && other.starts_at < end {
            found.push(Clash {
                kind: ClashKind::Overlap,
                other_id: other.id,
                other_company: other.company.clone(),
                gap_minutes: 0,
                message: format!("It overlaps your interview with {}.", other.company),
            });
            continue;
        }
        let gap = if other.starts_at >= end {
            other.starts_at - end
        } else {
            start - other_end
        };
        if gap < buffer {
            found.push(Clash {
                kind: ClashKind::TooClose,
                other_id: other.id,
                other_company: other.company.clone(),
                gap_minutes: gap.num_minutes(),
                message: format!(
                    "Only {} min between this and your interview with {} (you asked for {buffer_minutes}).",
                    gap.num_minutes(),
                    other.company
                ),
            });
        }
    }
    found
}
