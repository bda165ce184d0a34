//! How fast the app's waits pass. `RAINCHECK_CLOCK_SPEED=N` makes the waits on
//! the clock N times shorter — the reminder loop's round, the page's minute —
//! so the soak benchmark (scripts/soak.sh) fits hours of an all-day app into
//! minutes, running the same code. Instants (when an interview starts, what is
//! due) stay real. Read here and nowhere else; users never set it.

use std::sync::OnceLock;
use std::time::Duration;

/// Above this a minute is shorter than the work done in it.
const FASTEST: u32 = 600;

/// The speed-up: 1 unless the environment asks for more.
pub fn speed() -> u32 {
    static SPEED: OnceLock<u32> = OnceLock::new();
    *SPEED.get_or_init(|| {
        std::env::var("RAINCHECK_CLOCK_SPEED")
            .ok()
            .and_then(|text| text.trim().parse::<u32>().ok())
            .map_or(1, |speed| speed.clamp(1, FASTEST))
    })
}

/// A wait on the clock, shortened by the speed-up.
pub fn scaled(wait: Duration) -> Duration {
    wait / speed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wait_is_shortened_by_the_speed() {
        // The test process does not set the variable: real time.
        assert_eq!(speed(), 1);
        assert_eq!(scaled(Duration::from_secs(60)), Duration::from_secs(60));
    }
}
