//! What the calls of every protocol share: the retry loop around their attempts.
//!
//! Each protocol makes one attempt its own way (Direct v5 and v4 with the login's slot and
//! units, Google REST with its token and the quota governor) and hands it to
//! [`Retries`], which decides by the [`RetryPolicy`] whether to send again.

use std::time::Duration;

use super::error::{Error, ErrorKind};
use super::method::Access;
use super::retry::{RetryDecision, RetryPolicy};

/// The retry state of one call. Each protocol's loop is
///
/// ```ignore
/// let mut retries = Retries::new(policy, access, "Google API", &span);
/// loop {
///     let attempt = retries.start();
///     match send(attempt).await {
///         Ok(answer) => {
///             retries.succeeded();
///             return Ok(answer);
///         }
///         Err(error) => retries.failed(error, may_retry).await?,
///     }
/// }
/// ```
///
/// and everything else (the policy's decision, the attempts it counts, the budget of waits for
/// Direct's units, the log lines, the span's `attempts` and `request_id`, the pause) is here.
pub(crate) struct Retries<'a> {
    policy: &'a RetryPolicy,
    access: Access,
    api: &'static str,
    span: &'a tracing::Span,
    sent: u32,
    counted_failures: u32,
    waited_for_units: Duration,
}

impl<'a> Retries<'a> {
    /// The state before the first attempt; `api` names the calls in log lines.
    pub(crate) fn new(
        policy: &'a RetryPolicy,
        access: Access,
        api: &'static str,
        span: &'a tracing::Span,
    ) -> Self {
        Retries {
            policy,
            access,
            api,
            span,
            sent: 0,
            counted_failures: 0,
            waited_for_units: Duration::ZERO,
        }
    }

    /// Starts an attempt: its number, 1 for the first.
    pub(crate) fn start(&mut self) -> u32 {
        self.sent += 1;
        self.span.record("attempts", self.sent);
        self.sent
    }

    /// The attempt succeeded.
    pub(crate) fn succeeded(&self) {
        tracing::debug!("call succeeded");
    }

    /// The attempt failed with `error`: pauses and returns `Ok` when the policy sends again
    /// (and `may_retry`, the protocol's own veto, allows it), else gives the error back. Waits
    /// for units (Direct's 152) have their own budget and do not use up the policy's attempts.
    pub(crate) async fn failed(&mut self, error: Error, may_retry: bool) -> Result<(), Error> {
        if let Some(id) = error.request_id() {
            self.span.record("request_id", id);
        }
        let units_wait = error.kind() == Some(ErrorKind::UnitsExhausted);
        if !units_wait {
            self.counted_failures += 1;
        }
        let decision = self.policy.decide(
            &error,
            self.access,
            self.counted_failures,
            self.waited_for_units,
        );
        match decision {
            RetryDecision::RetryAfter(delay) if may_retry => {
                if units_wait {
                    self.waited_for_units += delay;
                }
                tracing::warn!(
                    attempt = self.sent,
                    delay_ms = delay.as_millis() as u64,
                    error = %error,
                    "retrying {} call",
                    self.api
                );
                tokio::time::sleep(delay).await;
                Ok(())
            }
            _ => {
                tracing::debug!(error = %error, attempt = self.sent, "call failed");
                Err(error)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fails every attempt with a 503, vetoing the retry from attempt `veto_after` on; gives
    /// the number of attempts made and the last error.
    async fn attempts_until_given_up(policy: &RetryPolicy, veto_after: u32) -> (u32, Error) {
        let span = tracing::Span::none();
        let mut retries = Retries::new(policy, Access::Read, "test", &span);
        loop {
            let attempt = retries.start();
            let error = Error::http_status_error(503, "HTTP 503", None);
            if let Err(error) = retries.failed(error, attempt < veto_after).await {
                return (attempt, error);
            }
        }
    }

    #[tokio::test(start_paused = true)]
    async fn the_policy_bounds_the_attempts_and_a_veto_ends_them_sooner() {
        let policy = RetryPolicy::default().with_max_attempts(4);
        let (attempts, error) = attempts_until_given_up(&policy, u32::MAX).await;
        assert_eq!(attempts, 4);
        assert_eq!(error.http_status(), Some(503));
        let (attempts, _) = attempts_until_given_up(&policy, 2).await;
        assert_eq!(attempts, 2);
    }

    #[tokio::test(start_paused = true)]
    async fn waits_for_units_do_not_use_up_the_attempts() {
        let policy = RetryPolicy::default()
            .with_max_attempts(2)
            .with_wait_for_units(Duration::from_secs(10), Duration::from_secs(2));
        let span = tracing::Span::none();
        let mut retries = Retries::new(&policy, Access::Write, "test", &span);
        let units = || {
            Error::Api(crate::error::ApiError {
                code: 152,
                message: String::new(),
                detail: String::new(),
                request_id: None,
                http_status: 200,
                api: crate::Api::DirectV5,
            })
        };
        let started = tokio::time::Instant::now();
        let mut waits = 0;
        loop {
            retries.start();
            match retries.failed(units(), true).await {
                Ok(()) => waits += 1,
                Err(_) => break,
            }
        }
        // Five polls of 2 s fill the 10 s budget; the attempts (2) were never the limit.
        assert_eq!(waits, 5);
        assert_eq!(started.elapsed(), Duration::from_secs(10));
    }
}
