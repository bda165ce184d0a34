//! Turning rows into values: text columns back into instants, dates and names.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Type;
use rusqlite::Row;

use crate::time::from_utc_text;

fn conversion_error(index: usize, message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, Type::Text, message.into())
}

pub fn instant(row: &Row<'_>, index: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(index)?;
    from_utc_text(&text).map_err(|e| conversion_error(index, e.to_string()))
}

pub fn optional_instant(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    match row.get::<_, Option<String>>(index)? {
        None => Ok(None),
        Some(text) => from_utc_text(&text)
            .map(Some)
            .map_err(|e| conversion_error(index, e.to_string())),
    }
}

pub fn date(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<NaiveDate>> {
    match row.get::<_, Option<String>>(index)? {
        None => Ok(None),
        Some(text) => NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(Some)
            .map_err(|e| conversion_error(index, e.to_string())),
    }
}

/// A named value (decision, channel...) kept as its name.
pub fn named<T: FromStr<Err = crate::Error>>(row: &Row<'_>, index: usize) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    text.parse()
        .map_err(|e: crate::Error| conversion_error(index, e.to_string()))
}

pub fn optional_named<T: FromStr<Err = crate::Error>>(
    row: &Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<T>> {
    match row.get::<_, Option<String>>(index)? {
        None => Ok(None),
        Some(text) => text
            .parse()
            .map(Some)
            .map_err(|e: crate::Error| conversion_error(index, e.to_string())),
    }
}
