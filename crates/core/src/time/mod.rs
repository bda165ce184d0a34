//! Time zones and instants: reading a wall-clock time in an IANA zone (refusing
//! times that do not exist or happen twice), and writing times for people.

mod format;
mod parse;
mod people;
mod zone;

pub use format::{countdown, describe_start};
pub use parse::{from_utc_text, parse_start, to_utc_text};
pub use people::{day_text, when_text, WhenText};
pub use zone::{parse_zone, system_zone, zone_names};
