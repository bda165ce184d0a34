//! End-to-end tests: the real Raincheck window, driven through WebDriver.
//! Run by `scripts/test.sh` inside the desktop session; `cargo test` alone
//! leaves them out (they are `#[ignore]`d with the reason).

mod harness;

mod accessibility;
mod all_day;
mod app_frame;
mod calendar;
mod calendar_feed;
mod decision_wizard;
mod drafting;
mod hostile_text;
mod interview_log;
mod keyboard;
mod languages;
mod long_search;
mod non_negotiables;
mod reminders;
mod screen_reader;
mod whole_log;
