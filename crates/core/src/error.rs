//! The one error type of Raincheck. Every front shows it to the user worded in
//! their language (`in_words`; `to_string()` is English), so each message says
//! what is wrong and how to put it right.

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use crate::words::{Said, Words};

/// Everything that can go wrong in the core, worded for the person using the app.
///
/// The sentences live in `locales/<language>/errors.ftl`: `Display` gives the
/// English one (the command line, the program's log), [`Error::in_words`] the
/// one in the window's language.
#[derive(Debug)]
pub enum Error {
    /// The user gave something the app cannot take; the message names the field.
    InvalidInput(Said),

    /// Like `InvalidInput`, about one named field of the input (for the form).
    InvalidField { field: &'static str, message: Said },

    /// The thing asked for is not in the log.
    NotFound(Said),

    /// The file at the log's path is not a Raincheck log, or is damaged.
    NotALog { path: PathBuf, detail: String },

    /// The log was written by a newer Raincheck; it is left as it is.
    NewerLog {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// The key from the keyring does not open the log.
    WrongKey { path: PathBuf },

    /// The OS keyring could not be used.
    Keyring(Said),

    /// Another Raincheck holds the log for a restore, an encryption or an update
    /// (or has it open while this one wants to replace it).
    Busy(Said),

    /// The log could be read but nothing can be saved (a read-only folder).
    ReadOnly(Said),

    /// SQLite failed on a log that opened fine (what failed, as SQLite said it).
    Storage(String),

    /// The desktop session refused something outside the log (its login
    /// items, its notifications); the message says what and what to do.
    Desktop(Said),

    /// A fault inside Raincheck itself (a bug), caught before it could take the
    /// window down; what was saved before it stays saved. Holds what it was doing.
    Internal(String),

    /// A file could not be read or written.
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_words(Words::english()))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl Error {
    /// What went wrong and what to do, in `words`' language. Values the user
    /// gave and what other programs said are passed on as they are.
    pub fn in_words(&self, words: &Words) -> String {
        self.sentence().in_words(words)
    }

    /// The sentence of `errors.ftl` this error says: the one it carries, or
    /// the one its kind has, with its details as values.
    fn sentence(&self) -> Cow<'_, Said> {
        let path_of = |path: &PathBuf| path.display().to_string();
        Cow::Owned(match self {
            Error::InvalidInput(said)
            | Error::InvalidField { message: said, .. }
            | Error::NotFound(said)
            | Error::Busy(said)
            | Error::ReadOnly(said)
            | Error::Desktop(said)
            | Error::Keyring(said) => return Cow::Borrowed(said),
            Error::NotALog { path, detail } => Said::key("error-not-a-log")
                .with("path", path_of(path))
                .with("detail", detail),
            Error::NewerLog {
                path,
                found,
                supported,
            } => Said::key("error-newer-log")
                .with("path", path_of(path))
                .with("found", *found)
                .with("supported", *supported),
            Error::WrongKey { path } => Said::key("error-wrong-key").with("path", path_of(path)),
            Error::Storage(detail) => Said::key("error-storage").with("detail", detail),
            Error::Internal(doing) => Said::key("error-internal").with("doing", doing),
            Error::Io {
                action,
                path,
                source,
            } => Said::key("error-io")
                .with("action", *action)
                .with("path", path_of(path))
                .with("detail", source.to_string()),
        })
    }

    /// A stable, machine-readable name for the kind of error (the `code` the UI gets).
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidInput(_) | Error::InvalidField { .. } => "invalid_input",
            Error::NotFound(_) => "not_found",
            Error::NotALog { .. } => "not_a_log",
            Error::NewerLog { .. } => "newer_log",
            Error::WrongKey { .. } => "wrong_key",
            Error::Keyring(_) => "keyring",
            Error::Busy(_) => "busy",
            Error::ReadOnly(_) => "read_only",
            Error::Storage(_) => "storage",
            Error::Desktop(_) => "desktop",
            Error::Io { .. } => "io",
            Error::Internal(_) => "internal",
        }
    }

    /// True when the user can fix it by changing what they gave (the CLI exits 2).
    pub fn is_user_input(&self) -> bool {
        matches!(
            self,
            Error::InvalidInput(_) | Error::InvalidField { .. } | Error::NotFound(_)
        )
    }

    /// The input field an error is about, when it is about one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::InvalidField { field, .. } => Some(field),
            _ => None,
        }
    }

    /// Ties an input error to the field it concerns (JSON name, e.g. "interviewer.email").
    pub fn for_field(self, field: &'static str) -> Self {
        match self {
            Error::InvalidInput(message) => Error::InvalidField { field, message },
            other => other,
        }
    }

    /// An input refused with a sentence in English only. Kept for refusals
    /// that only the command line and JSON callers meet (they name its flags
    /// and fields) and for a template's Tera-level faults; everything the
    /// window's forms can meet is in `errors.ftl` (see [`Error::said`]).
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::InvalidInput(Said::English(message.into()))
    }

    /// An input refused with a sentence of `errors.ftl`.
    pub fn said(said: Said) -> Self {
        Error::InvalidInput(said)
    }

    /// The sentence's catalogue key, for tests that check which refusal it was.
    pub fn catalogue_key(&self) -> Option<&'static str> {
        self.sentence().catalogue_key()
    }

    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_distinct_and_messages_say_what_to_do() {
        let newer = Error::NewerLog {
            path: "/tmp/log.db".into(),
            found: 9,
            supported: 1,
        };
        assert_eq!(newer.code(), "newer_log");
        assert!(newer.to_string().contains("update the app"));
        assert!(!newer.is_user_input());
        let bad = Error::invalid("Company is required: type the employer's name.");
        assert_eq!(bad.code(), "invalid_input");
        assert!(bad.is_user_input());
    }
}
