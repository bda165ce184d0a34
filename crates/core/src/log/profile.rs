//! The candidate's profile and preferences, kept in the log's settings table.

use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};

use super::model::Profile;
use super::{storage, validate, Log};
use crate::error::{Error, Result};
use crate::time::{parse_zone, system_zone};
use crate::words::Said;

const PROFILE_KEY: &str = "profile";
const MAX_BUFFER_MINUTES: u32 = 8 * 60;

impl Log {
    pub fn profile(&self) -> Result<Profile> {
        let text: Option<String> = self
            .connection
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [PROFILE_KEY],
                |row| row.get(0),
            )
            .optional()
            .map_err(storage)?;
        match text {
            None => Ok(Profile::default()),
            Some(text) => serde_json::from_str(&text)
                .map_err(|e| Error::Storage(format!("the saved profile is unreadable ({e})"))),
        }
    }

    /// Checks and saves the profile.
    pub fn set_profile(&mut self, profile: &Profile) -> Result<Profile> {
        let checked = checked_profile(profile)?;
        save_profile(&self.connection, &checked)?;
        Ok(checked)
    }

    /// The user's zone: the profile's, else the system's.
    pub fn home_zone(&self) -> Result<Tz> {
        let profile = self.profile()?;
        match profile.home_tz.trim() {
            "" => Ok(system_zone()),
            zone => parse_zone(zone),
        }
    }
}

/// Checks every field of a profile; the fields come back trimmed.
fn checked_profile(profile: &Profile) -> Result<Profile> {
    Ok(Profile {
        name: validate::optional_name("field-name", Some(&profile.name))
            .map_err(|e| e.for_field("name"))?
            .unwrap_or_default(),
        email: validate::optional_email("field-email", Some(&profile.email))
            .map_err(|e| e.for_field("email"))?
            .unwrap_or_default(),
        phone: validate::optional_phone("field-phone", Some(&profile.phone))
            .map_err(|e| e.for_field("phone"))?
            .unwrap_or_default(),
        home_tz: match profile.home_tz.trim() {
            "" => String::new(),
            zone => parse_zone(zone)
                .map_err(|e| e.for_field("home_tz"))?
                .name()
                .to_owned(),
        },
        buffer_minutes: if profile.buffer_minutes > MAX_BUFFER_MINUTES {
            return Err(Error::said(
                Said::key("error-buffer")
                    .with("minutes", profile.buffer_minutes)
                    .with("most", MAX_BUFFER_MINUTES),
            )
            .for_field("buffer_minutes"));
        } else {
            profile.buffer_minutes
        },
        work_days: crate::calendar::parse_work_days(&profile.work_days)?
            .iter()
            .map(|day| crate::calendar::weekday_name(*day).to_owned())
            .collect(),
        work_start: crate::calendar::parse_clock(&profile.work_start, "work_start")?
            .format("%H:%M")
            .to_string(),
        work_end: crate::calendar::parse_clock(&profile.work_end, "work_end")?
            .format("%H:%M")
            .to_string(),
        message_language: profile.message_language,
    })
}

/// Saves a profile on a connection (or inside a transaction).
pub(super) fn save_profile(connection: &Connection, profile: &Profile) -> Result<()> {
    let checked = checked_profile(profile)?;
    let text = serde_json::to_string(&checked)
        .map_err(|e| Error::Storage(format!("the profile could not be written ({e})")))?;
    connection
        .execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![PROFILE_KEY, text],
        )
        .map_err(storage)?;
    Ok(())
}
