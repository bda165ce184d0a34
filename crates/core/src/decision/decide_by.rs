//! "Decide by" (docs/domain.md §7): the last moment to decide about an
//! interview and still tell the employer politely. It is the 24-hour mark,
//! pulled back to the end of the employer's last working period when the mark
//! falls outside their business hours: a message that lands at 03:00 their
//! time is read at 09:00, too late for a day's notice.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

use super::Decision;
use crate::log::Interview;
use crate::urgency::CALL_NOTICE_HOURS;

/// When the employer's working day begins and ends, in their zone.
pub const BUSINESS_OPENS: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};
pub const BUSINESS_CLOSES: NaiveTime = match NaiveTime::from_hms_opt(17, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// Monday to Friday.
pub fn is_business_day(day: Weekday) -> bool {
    !matches!(day, Weekday::Sat | Weekday::Sun)
}

/// A week holds at most two days off in a row; a few more steps are a margin.
const MAX_DAYS_BACK: usize = 7;

/// The last moment to decide about an interview starting at `start` in the
/// employer's `zone` (see the module's comment). Never later than the
/// 24-hour mark; a pure function of its inputs.
pub fn decide_by(start: DateTime<Utc>, zone: Tz) -> DateTime<Utc> {
    // At the very edge of the calendar there is no day before: the start itself.
    let Some(mark) =
        start.checked_sub_signed(Duration::seconds((CALL_NOTICE_HOURS * 3600.0) as i64))
    else {
        return start;
    };
    let local = mark.with_timezone(&zone).naive_local();
    let time = local.time();
    let business_day = is_business_day(local.weekday());
    if business_day && time >= BUSINESS_OPENS && time <= BUSINESS_CLOSES {
        return mark;
    }
    // After closing on a working day, that day's close; otherwise (before
    // opening, or a weekend) the close of the working day before.
    let closing_day = if business_day && time > BUSINESS_CLOSES {
        Some(local.date())
    } else {
        previous_business_day(local.date())
    };
    closing_day
        .and_then(|day| closing_instant(day, zone))
        // Earlier, never later: a message sent then is still read in time.
        .map_or(mark, |closing| closing.min(mark))
}

fn previous_business_day(day: NaiveDate) -> Option<NaiveDate> {
    let mut day = day;
    for _ in 0..MAX_DAYS_BACK {
        day = day.pred_opt()?;
        if is_business_day(day.weekday()) {
            return Some(day);
        }
    }
    None
}

/// 17:00 on `day` in `zone` as an instant. Where the clocks go back over it,
/// the first 17:00; where they skip it (or the whole day, as Samoa skipped
/// 30 December 2011), the moment just before the jump.
fn closing_instant(day: NaiveDate, zone: Tz) -> Option<DateTime<Utc>> {
    let closing = day.and_time(BUSINESS_CLOSES);
    match zone.from_local_datetime(&closing) {
        LocalResult::Single(at) => Some(at.to_utc()),
        LocalResult::Ambiguous(earlier, _) => Some(earlier.to_utc()),
        LocalResult::None => {
            // Read 17:00 with the offset in force after the jump: that lands
            // before the jump, on the clock as it was then.
            let after_jump = closing.and_utc().checked_add_signed(Duration::days(1))?;
            let offset = zone.offset_from_utc_datetime(&after_jump.naive_utc());
            let offset = chrono::Offset::fix(&offset);
            closing
                .checked_sub_signed(Duration::seconds(i64::from(offset.local_minus_utc())))
                .map(|naive| naive.and_utc())
        }
    }
}

/// The "decide by" moment of an interview that is still undecided and still
/// ahead; `None` otherwise. A moment already passed (under 24 hours to go)
/// is still given: the user has to tell them now, by phone.
pub fn decide_by_for(interview: &Interview, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if interview.decision != Decision::Undecided || interview.starts_at <= now {
        return None;
    }
    // The zone was checked when it was written; a damaged one reads as UTC,
    // as the window shows it.
    let zone = interview.tz.trim().parse::<Tz>().unwrap_or(Tz::UTC);
    Some(decide_by(interview.starts_at, zone))
}
