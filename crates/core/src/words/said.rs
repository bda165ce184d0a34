//! A sentence for the user kept as its catalogue key and values, so that each
//! front words it in its own language when it shows it: the window in the
//! language the user chose, the command line in the system's (`Display`:
//! English). Errors carry these.

use std::fmt;

use super::{Arg, Words};

/// One sentence, not yet worded.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// A key of `errors.ftl` and the values its sentence takes.
    Keyed {
        key: &'static str,
        values: Vec<(&'static str, Value)>,
    },
    /// A sentence that exists in English only: what another program said
    /// (SQLite, the desktop, a template engine), passed on as it came.
    English(String),
}

/// A value put into a sentence when it is worded.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    /// A sentence inside a sentence ("interview 3 in the file: …").
    Said(Box<Said>),
}

impl Said {
    /// The sentence under `key` in `errors.ftl`; add its values with [`Said::with`].
    pub fn key(key: &'static str) -> Said {
        Said::Keyed {
            key,
            values: Vec::new(),
        }
    }

    /// Adds a value: text, a number (which picks the plural form) or another sentence.
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Said {
        if let Said::Keyed { values, .. } = &mut self {
            values.push((name, value.into()));
        }
        self
    }

    /// The sentence in `words`' language.
    pub fn in_words(&self, words: &Words) -> String {
        match self {
            Said::English(text) => text.clone(),
            Said::Keyed { key, values } => {
                // Inner sentences are worded first, in the same language.
                let worded: Vec<(&str, Option<String>, &Value)> = values
                    .iter()
                    .map(|(name, value)| {
                        let inner = match value {
                            Value::Said(said) => Some(said.in_words(words)),
                            _ => None,
                        };
                        (*name, inner, value)
                    })
                    .collect();
                let args: Vec<(&str, Arg)> = worded
                    .iter()
                    .map(|(name, inner, value)| {
                        let arg = match (inner, value) {
                            (Some(text), _) => Arg::Text(text),
                            (None, Value::Text(text)) => Arg::Text(text),
                            (None, Value::Number(number)) => Arg::Number(*number),
                            // Already worded above.
                            (None, Value::Said(_)) => Arg::Text(""),
                        };
                        (*name, arg)
                    })
                    .collect();
                words.error_with(key, &args)
            }
        }
    }

    /// The catalogue key, when there is one (for tests and logs).
    pub fn catalogue_key(&self) -> Option<&'static str> {
        match self {
            Said::Keyed { key, .. } => Some(key),
            Said::English(_) => None,
        }
    }
}

/// English, as the command line and the program's own log write it.
impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_words(Words::english()))
    }
}

impl From<String> for Said {
    fn from(text: String) -> Self {
        Said::English(text)
    }
}

impl From<&str> for Said {
    fn from(text: &str) -> Self {
        Said::English(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Self {
        Value::Text(text.clone())
    }
}

impl From<Said> for Value {
    fn from(said: Said) -> Self {
        Value::Said(Box::new(said))
    }
}

macro_rules! numbers_are_values {
    ($($number:ty),+) => {
        $(impl From<$number> for Value {
            fn from(number: $number) -> Self {
                Value::Number(number as f64)
            }
        })+
    };
}

numbers_are_values!(i64, i32, u32, u64, usize, f64);
