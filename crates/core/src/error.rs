//! The one error type of Raincheck. Every front shows `to_string()` to the user,
//! so each message says what is wrong and how to put it right.

use std::path::PathBuf;

/// Everything that can go wrong in the core, worded for the person using the app.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user gave something the app cannot take; the message names the field.
    #[error("{0}")]
    InvalidInput(String),

    /// Like `InvalidInput`, about one named field of the input (for the form).
    #[error("{message}")]
    InvalidField {
        field: &'static str,
        message: String,
    },

    /// The thing asked for is not in the log.
    #[error("{0}")]
    NotFound(String),

    /// The file at the log's path is not a Raincheck log, or is damaged.
    #[error("The file {path} is not a Raincheck log or is damaged ({detail}). It was left untouched: move it aside or restore a backup.")]
    NotALog { path: PathBuf, detail: String },

    /// The log was written by a newer Raincheck; it is left as it is.
    #[error("The log at {path} was made by a newer Raincheck (log version {found}, this app reads up to {supported}): update the app. The file was not touched.")]
    NewerLog {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// The key from the keyring does not open the log.
    #[error("The key in the system keyring does not open the log at {path}. The file was not touched: restore the keyring entry 'raincheck / log-key', or move the file aside and restore a backup.")]
    WrongKey { path: PathBuf },

    /// The OS keyring could not be used.
    #[error("The system keyring did not answer: {0}")]
    Keyring(String),

    /// Another Raincheck holds the log for a restore, an encryption or an update
    /// (or has it open while this one wants to replace it).
    #[error("{0}")]
    Busy(String),

    /// The log could be read but nothing can be saved (a read-only folder).
    #[error("{0}")]
    ReadOnly(String),

    /// SQLite failed on a log that opened fine.
    #[error("The log could not be read or written: {0}")]
    Storage(String),

    /// The desktop session refused something outside the log (its login
    /// items, its notifications); the message says what and what to do.
    #[error("{0}")]
    Desktop(String),

    /// A fault inside Raincheck itself (a bug), caught before it could take the
    /// window down; what was saved before it stays saved.
    #[error("Something went wrong inside Raincheck while {0}. Nothing already saved was lost. Try again; if it happens again, restart Raincheck and report it.")]
    Internal(String),

    /// A file could not be read or written.
    #[error("Could not {action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Error {
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

    pub fn invalid(message: impl Into<String>) -> Self {
        Error::InvalidInput(message.into())
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
