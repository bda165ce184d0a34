//! Interviews that overlap, or leave less than the buffer between them. All
//! instants are UTC, so interviews in different zones compare as they really fall.
//! The log keeps the bookings; which of them clash is decided here.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use crate::error::Result;
use crate::log::{Interview, InterviewSummary, Log, MAX_DURATION_MINUTES};

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

impl Log {
    /// What an interview at `start` for `duration` minutes would clash with
    /// (`id`: the interview itself, when it is already in the log).
    pub fn clashes_for(
        &self,
        id: Option<i64>,
        start: DateTime<Utc>,
        duration_minutes: u32,
    ) -> Result<Vec<Clash>> {
        let profile = self.profile()?;
        let around = self.starting_between(start - Duration::days(1), start + Duration::days(1))?;
        Ok(clashes(
            id,
            start,
            duration_minutes,
            &around,
            profile.buffer_minutes,
        ))
    }
}

/// Marks each interview of a list page that overlaps another (or leaves too
/// little time between). The interviews near each one are read from the log's
/// start index alone (start, length, company, id), in as few ranges as the
/// page needs.
pub(crate) fn mark_clashes(log: &Log, page: &mut [InterviewSummary]) -> Result<()> {
    if page.is_empty() {
        return Ok(());
    }
    let buffer = log.profile()?.buffer_minutes;
    let margin = Duration::minutes(i64::from(buffer));
    // Another interview reaches this one if it starts at most its own length
    // (a day at most) plus the buffer before, or before this one ends plus
    // the buffer.
    let longest = Duration::minutes(i64::from(MAX_DURATION_MINUTES));
    let reach = |booking: &Booking| (booking.starts_at - longest - margin, booking.end() + margin);
    let mut ranges: Vec<(DateTime<Utc>, DateTime<Utc>)> = page
        .iter()
        .map(|summary| reach(&Booking::of(&summary.interview)))
        .collect();
    ranges.sort();
    let mut merged: Vec<(DateTime<Utc>, DateTime<Utc>)> = Vec::new();
    for (from, to) in ranges {
        match merged.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => merged.push((from, to)),
        }
    }
    let mut nearby = Vec::new();
    for (from, to) in merged {
        nearby.extend(log.bookings_between(from, to)?);
    }
    // By start, so each interview compares only with its own range: those
    // starting before it by at most the longest of them (not a whole day, as
    // the ranges read had to allow) plus the buffer, or before its end plus
    // the buffer.
    nearby.sort_by_key(|(booking, _): &(Booking, String)| (booking.starts_at, booking.id));
    let longest_nearby = nearby
        .iter()
        .map(|(booking, _)| booking.duration_minutes)
        .max()
        .unwrap_or(0);
    let look_back = Duration::minutes(i64::from(longest_nearby)) + margin;
    for summary in page {
        let this = Booking::of(&summary.interview);
        let from = this.starts_at - look_back;
        let to = this.end() + margin;
        let first = nearby.partition_point(|(other, _)| other.starts_at < from);
        let last = nearby.partition_point(|(other, _)| other.starts_at < to);
        summary.clashes = nearby
            .get(first..last.max(first))
            .unwrap_or_default()
            .iter()
            .filter_map(|(other, company)| {
                clash_between(this, *other, buffer)
                    .map(|clash| Clash::new(clash, other.id, company, buffer))
            })
            .collect();
    }
    Ok(())
}
