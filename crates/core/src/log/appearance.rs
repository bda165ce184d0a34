//! How the window looks — light or dark, and its size — kept in the log's
//! settings, so a restart (or a kill) finds it as the user left it.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{storage, Log};
use crate::error::{Error, Result};
use crate::named_values::named_values;
use crate::words::Said;

named_values! {
    /// The window's colours.
    #[derive(Default)]
    pub enum Theme ("a colour scheme") {
        /// As the desktop is.
        #[default]
        System = "system",
        Light = "light",
        Dark = "dark",
    }
}

/// The sizes the window offers (Settings → Appearance, Ctrl + and −).
pub const SIZES: [f64; 5] = [1.0, 1.25, 1.5, 1.75, 2.0];

fn normal_size() -> f64 {
    1.0
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Appearance {
    #[serde(default)]
    pub theme: Theme,
    /// 1.0 is normal; one of [`SIZES`].
    #[serde(default = "normal_size")]
    pub zoom: f64,
}

impl Default for Appearance {
    fn default() -> Self {
        Appearance {
            theme: Theme::System,
            zoom: normal_size(),
        }
    }
}

const KEY: &str = "appearance";

impl Log {
    pub fn appearance(&self) -> Result<Appearance> {
        let text: Option<String> = self
            .connection
            .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |row| {
                row.get(0)
            })
            .optional()
            .map_err(storage)?;
        // Unreadable (written by hand, or by a later version): the defaults,
        // never a window that cannot open.
        Ok(text
            .and_then(|text| serde_json::from_str(&text).ok())
            .filter(|appearance: &Appearance| SIZES.contains(&appearance.zoom))
            .unwrap_or_default())
    }

    pub fn set_appearance(&mut self, appearance: &Appearance) -> Result<Appearance> {
        if !SIZES.contains(&appearance.zoom) {
            return Err(
                Error::said(Said::key("error-zoom").with("size", appearance.zoom))
                    .for_field("zoom"),
            );
        }
        let text = serde_json::to_string(appearance)
            .map_err(|e| Error::Internal(format!("writing the appearance ({e})")))?;
        self.connection
            .execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![KEY, text],
            )
            .map_err(storage)?;
        Ok(*appearance)
    }
}
