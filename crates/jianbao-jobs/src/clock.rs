//! Time as the scheduler sees it, injectable so tests can move through days and time zones
//! without waiting.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// A source of the current time and a way to wait.
pub trait Clock: Sync {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;
    /// Waits for `duration` (used by the daemon between checks and by SMTP retry backoff).
    fn sleep(&self, duration: Duration);
}

/// The real wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn sleep(&self, duration: Duration) {
        std::thread::sleep(duration);
    }
}
