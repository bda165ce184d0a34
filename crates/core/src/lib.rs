//! raincheck-core: everything Raincheck knows, with no UI in it.
//!
//! The desktop shell, the command line and the tests are thin fronts over this
//! crate; a rule about interviews lives here and nowhere else.

mod named_values;

pub mod about;
pub mod calendar;
pub mod catalogue;
pub mod data_dir;
pub mod decision;
pub mod error;
pub mod exports;
pub mod files;
pub mod insights;
pub mod language;
pub mod log;
pub mod message;
pub mod reminders;
pub mod text;
pub mod time;
pub mod urgency;
pub mod views;
pub mod words;

pub use error::{Error, Result};
