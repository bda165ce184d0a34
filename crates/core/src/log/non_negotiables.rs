//! The user's non-negotiables (docs/domain.md §7): what a role must offer,
//! in their own words, kept with the profile in the settings table. Some
//! come from a suggestion of the Insights, kept as written or reworded;
//! others the user writes. A suggestion answered once, kept or dismissed,
//! is not offered again.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{begin, storage, validate, Log};
use crate::decision::Scenario;
use crate::error::{Error, Result};
use crate::insights::suggests_a_non_negotiable;
use crate::words::{Said, Words};

const KEY: &str = "non_negotiables";

/// The most non-negotiables kept: the wizard lists them all in one question.
pub const MAX_NON_NEGOTIABLES: usize = 20;
/// The longest one, in characters: one line the wizard can show.
pub const MAX_NON_NEGOTIABLE_CHARS: usize = validate::MAX_NAME_CHARS;

/// One non-negotiable: "Roles I can do from where I live".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonNegotiable {
    pub text: String,
    /// The suggestion it was kept from, if it came from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<Scenario>,
}

/// Everything kept about non-negotiables (`raincheck non-negotiables --json`,
/// and the whole-log export).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonNegotiables {
    /// In the order they were kept; the user numbers them from 1.
    #[serde(default)]
    pub kept: Vec<NonNegotiable>,
    /// The suggestions answered, kept or dismissed: never offered again.
    #[serde(default)]
    pub answered: Vec<Scenario>,
}

impl NonNegotiables {
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty() && self.answered.is_empty()
    }

    /// Keeps one more, checked: one line, not empty, not too long, not one
    /// already kept, not past the most.
    fn keep(&mut self, text: &str, scenario: Option<Scenario>) -> Result<()> {
        if self.kept.len() >= MAX_NON_NEGOTIABLES {
            return Err(Error::said(
                Said::key("error-non-negotiables-full").with("most", MAX_NON_NEGOTIABLES),
            ));
        }
        let text = self.checked_text(text, None)?;
        self.kept.push(NonNegotiable { text, scenario });
        Ok(())
    }

    /// The text as it will be kept (trimmed), or why not; `replacing` is the
    /// index of the one it rewords, which it may repeat.
    fn checked_text(&self, text: &str, replacing: Option<usize>) -> Result<String> {
        let text = validate::required_name("field-non-negotiable", Some(text))
            .map_err(|e| e.for_field("text"))?;
        let same = crate::insights::same_words(&text);
        let twice = self
            .kept
            .iter()
            .enumerate()
            .any(|(index, kept)| Some(index) != replacing && same_words(kept) == same);
        if twice {
            return Err(
                Error::said(Said::key("error-non-negotiable-twice").with("text", text))
                    .for_field("text"),
            );
        }
        Ok(text)
    }

    /// The index of the one the user numbers `number` (from 1).
    fn index_of(&self, number: usize) -> Result<usize> {
        number
            .checked_sub(1)
            .filter(|&index| index < self.kept.len())
            .ok_or_else(|| {
                Error::said(
                    Said::key("error-non-negotiable-number")
                        .with("number", number)
                        .with("count", self.kept.len()),
                )
            })
    }

    fn answer(&mut self, scenario: Scenario) {
        if !self.answered.contains(&scenario) {
            self.answered.push(scenario);
        }
    }

    /// The same, every entry checked as if typed in the app (an import file
    /// is not trusted).
    pub(super) fn checked(&self) -> Result<NonNegotiables> {
        let mut checked = NonNegotiables::default();
        for kept in &self.kept {
            if let Some(scenario) = kept.scenario.filter(|&s| !suggests_a_non_negotiable(s)) {
                return Err(unknown_suggestion(scenario.as_str()));
            }
            checked.keep(&kept.text, kept.scenario)?;
        }
        for &scenario in &self.answered {
            checked.answer(scenario);
        }
        Ok(checked)
    }
}

fn same_words(kept: &NonNegotiable) -> String {
    crate::insights::same_words(&kept.text)
}

fn unknown_suggestion(name: &str) -> Error {
    Error::said(Said::key("error-suggestion-unknown").with("scenario", name)).for_field("scenario")
}

/// The non-negotiables as saved on a connection (or inside a transaction).
pub(super) fn read(connection: &Connection) -> Result<NonNegotiables> {
    let text: Option<String> = connection
        .query_row("SELECT value FROM settings WHERE key = ?1", [KEY], |row| {
            row.get(0)
        })
        .optional()
        .map_err(storage)?;
    match text {
        None => Ok(NonNegotiables::default()),
        Some(text) => serde_json::from_str(&text)
            .map_err(|e| Error::Storage(format!("the saved non-negotiables are unreadable ({e})"))),
    }
}

pub(super) fn save(connection: &Connection, non_negotiables: &NonNegotiables) -> Result<()> {
    let text = serde_json::to_string(non_negotiables)
        .map_err(|e| Error::Internal(format!("writing the non-negotiables ({e})")))?;
    connection
        .execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![KEY, text],
        )
        .map_err(storage)?;
    Ok(())
}

impl Log {
    pub fn non_negotiables(&self) -> Result<NonNegotiables> {
        read(&self.connection)
    }

    /// Keeps a non-negotiable in the user's own words.
    pub fn add_non_negotiable(&mut self, text: &str) -> Result<NonNegotiables> {
        self.change_non_negotiables(|kept| kept.keep(text, None))
    }

    /// Rewords the one numbered `number` (from 1); it keeps where it came from.
    pub fn edit_non_negotiable(&mut self, number: usize, text: &str) -> Result<NonNegotiables> {
        self.change_non_negotiables(|kept| {
            let index = kept.index_of(number)?;
            let text = kept.checked_text(text, Some(index))?;
            if let Some(entry) = kept.kept.get_mut(index) {
                entry.text = text;
            }
            Ok(())
        })
    }

    /// Lets the one numbered `number` go. Its suggestion, if it came from
    /// one, stays answered: removing it says the user has thought it over.
    pub fn remove_non_negotiable(&mut self, number: usize) -> Result<NonNegotiables> {
        self.change_non_negotiables(|kept| {
            let index = kept.index_of(number)?;
            kept.kept.remove(index);
            Ok(())
        })
    }

    /// Keeps the suggestion Insights offers now for `scenario` (its name, e.g.
    /// "relocation"): as written in `words`, or in the user's `own_words`.
    pub fn accept_suggestion(
        &mut self,
        scenario: &str,
        own_words: Option<&str>,
        now: DateTime<Utc>,
        words: &Words,
    ) -> Result<NonNegotiables> {
        let suggestion = self.open_suggestion(scenario, now, words)?;
        let text = own_words.unwrap_or(&suggestion.non_negotiable);
        self.change_non_negotiables(|kept| {
            kept.keep(text, Some(suggestion.scenario))?;
            kept.answer(suggestion.scenario);
            Ok(())
        })
    }

    /// Turns down the suggestion Insights offers now for `scenario`, for good.
    pub fn dismiss_suggestion(
        &mut self,
        scenario: &str,
        now: DateTime<Utc>,
    ) -> Result<NonNegotiables> {
        let suggestion = self.open_suggestion(scenario, now, Words::english())?;
        self.change_non_negotiables(|kept| {
            kept.answer(suggestion.scenario);
            Ok(())
        })
    }

    /// The suggestion Insights offers now under that scenario's name.
    fn open_suggestion(
        &self,
        scenario: &str,
        now: DateTime<Utc>,
        words: &Words,
    ) -> Result<crate::insights::Suggestion> {
        let name = scenario.trim();
        self.insights_in(now, words)?
            .suggestions
            .into_iter()
            .find(|suggestion| suggestion.scenario.as_str() == name)
            .ok_or_else(|| unknown_suggestion(name))
    }

    /// Reads, changes and saves in one transaction: a refused change saves nothing.
    fn change_non_negotiables(
        &mut self,
        change: impl FnOnce(&mut NonNegotiables) -> Result<()>,
    ) -> Result<NonNegotiables> {
        let tx = begin(&mut self.connection)?;
        let mut non_negotiables = read(&tx)?;
        change(&mut non_negotiables)?;
        save(&tx, &non_negotiables)?;
        tx.commit().map_err(storage)?;
        Ok(non_negotiables)
    }
}
