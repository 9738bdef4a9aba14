//! When and how often a failed call is sent again.
//!
//! Reads (`get`, `check*`, `has*`, `deduplicate`) are retried on temporary failures: API errors
//! 52, 1000, 1001, 1002, 1020, too many connections (506), HTTP 5xx, connection failures,
//! timeouts and truncated answers. A write is retried only when the error says that the request
//! was not executed (a connection that could not be made, 52, 506, ...). Errors such as 53, 54
//! or 8000 are never retried. Not enough units (152) is an error unless
//! [`RetryPolicy::wait_for_units`] allows waiting for the units to come back.

use std::time::Duration;

use super::error::{Error, ErrorKind};
use super::method::Access;

/// The shortest pause between two tries while waiting for units: a poll interval of zero must
/// not turn into a loop of requests without a pause.
pub const MIN_UNITS_POLL: Duration = Duration::from_millis(100);

/// The retry policy of a [`Client`](super::Client).
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    /// How many times a call is sent at most, the first time included (1 = never retried).
    pub max_attempts: u32,
    /// The delay before the first retry; each further retry doubles it.
    pub initial_backoff: Duration,
    /// The longest delay between two attempts.
    pub max_backoff: Duration,
    /// The share of each delay that is random (0.0 = none, 1.0 = anywhere from 0 to the delay).
    pub jitter: f64,
    /// When `Some(max)`, a call that meets 152 (not enough units) waits and tries again, for at
    /// most `max` in all, checking every [`RetryPolicy::units_poll_interval`].
    pub wait_for_units: Option<Duration>,
    /// How often to try again while waiting for units (never more often than every
    /// [`MIN_UNITS_POLL`]).
    pub units_poll_interval: Duration,
}

impl Default for RetryPolicy {
    /// 4 attempts, 500 ms doubling up to 30 s, half of each delay random, no waiting for units.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            jitter: 0.5,
            wait_for_units: None,
            units_poll_interval: Duration::from_secs(60),
        }
    }
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryDecision {
    /// Give up: return the error.
    Fail,
    /// Send again after the delay.
    RetryAfter(Duration),
}

impl RetryPolicy {
    /// Never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets the number of attempts (at least 1).
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the first delay and the longest one.
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max.max(initial);
        self
    }

    /// Sets the random share of each delay (clamped to 0..=1).
    pub fn with_jitter(mut self, jitter: f64) -> Self {
        self.jitter = jitter.clamp(0.0, 1.0);
        self
    }

    /// Waits for units (error 152) for at most `max`, trying again every `poll`.
    pub fn with_wait_for_units(mut self, max: Duration, poll: Duration) -> Self {
        self.wait_for_units = Some(max);
        self.units_poll_interval = poll;
        self
    }

    /// Whether `error` may be retried for a method of this `access`, by the rules of the module.
    pub fn is_retryable(error: &Error, access: Access) -> bool {
        if error.kind() == Some(ErrorKind::UnitsExhausted) {
            return false; // handled by wait_for_units
        }
        let transient = error.is_temporary()
            || error.kind() == Some(ErrorKind::TooManyConnections)
            || is_truncated(error);
        match access {
            Access::Read => transient,
            Access::Write => transient && error.not_executed(),
        }
    }

    /// Decides about a call whose `attempt`-th counted failure (1 = the first) is `error`,
    /// `waited_for_units` being the time already spent waiting for units. Waits for units
    /// (152) are not counted failures: they have their own budget, `wait_for_units`.
    pub fn decide(
        &self,
        error: &Error,
        access: Access,
        attempt: u32,
        waited_for_units: Duration,
    ) -> RetryDecision {
        if error.kind() == Some(ErrorKind::UnitsExhausted) {
            let pause = self.units_poll_interval.max(MIN_UNITS_POLL);
            return match self.wait_for_units {
                Some(max) if waited_for_units + pause <= max => RetryDecision::RetryAfter(pause),
                _ => RetryDecision::Fail,
            };
        }
        if attempt >= self.max_attempts || !Self::is_retryable(error, access) {
            return RetryDecision::Fail;
        }
        let backoff = self.backoff(attempt);
        RetryDecision::RetryAfter(
            error
                .retry_after()
                .map_or(backoff, |at_least| backoff.max(at_least)),
        )
    }

    /// The delay after failed attempt `attempt` (1-based): exponential, capped, with jitter.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let exp = attempt.saturating_sub(1).min(20);
        let base = self
            .initial_backoff
            .saturating_mul(1u32 << exp)
            .min(self.max_backoff);
        let jitter = self.jitter.clamp(0.0, 1.0);
        if jitter == 0.0 {
            return base;
        }
        let fixed = base.mul_f64(1.0 - jitter);
        fixed + base.mul_f64(jitter * random_unit())
    }
}

/// An answer cut off in the middle (the JSON ended early).
fn is_truncated(error: &Error) -> bool {
    matches!(error, Error::Decode(e) if e.is_truncated())
}

/// A pseudo-random number in `[0, 1)`; good enough for spreading retries.
fn random_unit() -> f64 {
    use std::cell::Cell;
    use std::hash::{BuildHasher, Hasher};
    thread_local! {
        static STATE: Cell<u64> = Cell::new({
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u64(0x9e37_79b9_7f4a_7c15);
            h.finish() | 1
        });
    }
    STATE.with(|s| {
        // xorshift64*
        let mut x = s.get();
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        s.set(x);
        (x.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiError;

    fn api(code: i64) -> Error {
        Error::Api(ApiError {
            code,
            message: String::new(),
            detail: String::new(),
            request_id: None,
            http_status: 200,
            api: crate::Api::DirectV5,
        })
    }

    #[test]
    fn reads_and_writes() {
        for code in [52, 1000, 1001, 1002, 1020, 506] {
            assert!(
                RetryPolicy::is_retryable(&api(code), Access::Read),
                "{code}"
            );
        }
        for code in [53, 54, 8000, 8800, 152, 3500] {
            assert!(
                !RetryPolicy::is_retryable(&api(code), Access::Read),
                "{code}"
            );
        }
        assert!(RetryPolicy::is_retryable(&api(506), Access::Write));
        assert!(RetryPolicy::is_retryable(&api(52), Access::Write));
        assert!(!RetryPolicy::is_retryable(&api(1000), Access::Write));
        let http500 = Error::http_status_error(500, "HTTP 500", None);
        assert!(RetryPolicy::is_retryable(&http500, Access::Read));
        assert!(!RetryPolicy::is_retryable(&http500, Access::Write));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let p = RetryPolicy::default()
            .with_jitter(0.0)
            .with_backoff(Duration::from_millis(100), Duration::from_millis(350));
        assert_eq!(p.backoff(1), Duration::from_millis(100));
        assert_eq!(p.backoff(2), Duration::from_millis(200));
        assert_eq!(p.backoff(3), Duration::from_millis(350));
        let j = p.with_jitter(1.0);
        for _ in 0..100 {
            assert!(j.backoff(2) <= Duration::from_millis(200));
        }
    }

    #[test]
    fn units_wait_is_bounded() {
        let p = RetryPolicy::default();
        assert_eq!(
            p.decide(&api(152), Access::Read, 1, Duration::ZERO),
            RetryDecision::Fail
        );
        let p = p.with_wait_for_units(Duration::from_secs(10), Duration::from_secs(4));
        assert_eq!(
            p.decide(&api(152), Access::Write, 1, Duration::ZERO),
            RetryDecision::RetryAfter(Duration::from_secs(4))
        );
        assert_eq!(
            p.decide(&api(152), Access::Write, 3, Duration::from_secs(8)),
            RetryDecision::Fail
        );
    }

    #[test]
    fn a_zero_units_poll_still_pauses() {
        let p = RetryPolicy::default().with_wait_for_units(Duration::from_secs(1), Duration::ZERO);
        assert_eq!(
            p.decide(&api(152), Access::Read, 1, Duration::ZERO),
            RetryDecision::RetryAfter(MIN_UNITS_POLL)
        );
        // The waited time grows by the floor each time, so the wait ends.
        let mut waited = Duration::ZERO;
        let mut waits = 0;
        while let RetryDecision::RetryAfter(pause) = p.decide(&api(152), Access::Read, 1, waited) {
            waited += pause;
            waits += 1;
            assert!(waits <= 10, "the wait for units never ends");
        }
        assert_eq!(waits, 10);
    }
}
