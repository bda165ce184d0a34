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

/// The time an interview takes, without the rest of it: what the clash rule
/// compares (the list reads these from an index alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Booking {
    pub id: i64,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: u32,
}

impl Booking {
    pub fn of(interview: &Interview) -> Booking {
        Booking {
            id: interview.id,
            starts_at: interview.starts_at,
            duration_minutes: interview.duration_minutes,
        }
    }

    fn end(&self) -> DateTime<Utc> {
        self.starts_at + Duration::minutes(i64::from(self.duration_minutes))
    }
}

/// How `this` and `other` clash, if they do: they overlap, or leave less than
/// the buffer between them. Returns the kind and the minutes between them.
pub fn clash_between(
    this: Booking,
    other: Booking,
    buffer_minutes: u32,
) -> Option<(ClashKind, i64)> {
    if this.id == other.id {
        return None;
    }
    if this.starts_at < other.end() && other.starts_at < this.end() {
        return Some((ClashKind::Overlap, 0));
    }
    let gap = if other.starts_at >= this.end() {
        other.starts_at - this.end()
    } else {
        this.starts_at - other.end()
    };
    (gap < Duration::minutes(i64::from(buffer_minutes)))
        .then(|| (ClashKind::TooClose, gap.num_minutes()))
}

impl Clash {
    /// The clash with `other_company`, worded for the user.
    pub fn new(
        (kind, gap_minutes): (ClashKind, i64),
        other_id: i64,
        other_company: &str,
        buffer_minutes: u32,
    ) -> Clash {
        let message = match kind {
            ClashKind::Overlap => format!("It overlaps your interview with {other_company}."),
            ClashKind::TooClose => format!(
                "Only {gap_minutes} min between this and your interview with {other_company} (you asked for {buffer_minutes})."
            ),
        };
        Clash {
            kind,
            other_id,
            other_company: other_company.to_owned(),
            gap_minutes,
            message,
        }
    }
}

/// What `start` for `duration` clashes with among `others` (itself excluded by `id`).
pub fn clashes(
    id: Option<i64>,
    start: DateTime<Utc>,
    duration_minutes: u32,
    others: &[Interview],
    buffer_minutes: u32,
) -> Vec<Clash> {
    // A new interview (no id yet) is never any of the others.
    let this = Booking {
        id: id.unwrap_or(i64::MIN),
        starts_at: start,
        duration_minutes,
    };
    others
        .iter()
        .filter_map(|other| {
            clash_between(this, Booking::of(other), buffer_minutes)
                .map(|clash| Clash::new(clash, other.id, &other.company, buffer_minutes))
        })
        .collect()
}
