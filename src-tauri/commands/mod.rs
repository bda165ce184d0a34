//! IPC commands: each takes the app state, calls the core, and maps the error.
//! The commands of one subject live in one module; `list.rs` names them all.

pub mod app;
pub mod calendar;
pub mod decision;
pub mod log;
pub mod message;
pub mod reminders;
