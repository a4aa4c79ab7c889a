//! [`RetryPolicy`]: which failed calls the transport repeats, and after how
//! long. A 429 is always safe to repeat (Frontegg did not process the
//! request); a 502/503/504 or a broken connection only for idempotent
//! methods, so a POST is never sent twice.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ureq::http::Method;

use crate::error::FronteggError;

/// First backoff step when the server gives no wait; doubles per attempt.
const BACKOFF_BASE: Duration = Duration::from_millis(250);

/// How many times, and how long at most, to wait and repeat a failed call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RetryPolicy {
    pub max_retries: u32,
    /// A wait longer than this (a far `Retry-After`) ends the retries: the
    /// caller gets the error, with `retry_after`, at once.
    pub max_wait: Duration,
}

impl RetryPolicy {
    /// The wait before retry number `attempt + 1`, or `None` to give up.
    pub fn delay(&self, attempt: u32, method: &Method, error: &FronteggError) -> Option<Duration> {
        if attempt >= self.max_retries {
            return None;
        }
        let idempotent = matches!(
            *method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
        );
        let wait = match error {
            FronteggError::RateLimited {
                retry_after: Some(wait),
                ..
            } => *wait,
            FronteggError::RateLimited { .. } => backoff(attempt),
            FronteggError::Server { details }
                if idempotent && matches!(details.status, 502..=504) =>
            {
                backoff(attempt)
            }
            FronteggError::Network { .. } if idempotent => backoff(attempt),
            _ => return None,
        };
        (wait <= self.max_wait).then_some(wait)
    }
}

/// Exponential backoff with up to 25 % jitter, so clients that failed
/// together do not retry together.
fn backoff(attempt: u32) -> Duration {
    let step = BACKOFF_BASE.saturating_mul(1 << attempt.min(10));
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    step + step.mul_f64(f64::from(nanos % 1000) / 4000.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiErrorDetails;

    fn policy() -> RetryPolicy {
        RetryPolicy {
            max_retries: 2,
            max_wait: Duration::from_secs(5),
        }
    }

    fn status(status: u16, retry_after_secs: Option<u64>) -> FronteggError {
        FronteggError::from_status(
            ApiErrorDetails {
                status,
                ..ApiErrorDetails::default()
            },
            retry_after_secs,
        )
    }

    #[test]
    fn rate_limits_are_retried_for_every_method_after_the_given_wait() {
        let wait = policy().delay(0, &Method::POST, &status(429, Some(3)));
        assert_eq!(wait, Some(Duration::from_secs(3)));
        // Beyond the cap, the caller decides.
        assert_eq!(
            policy().delay(0, &Method::GET, &status(429, Some(60))),
            None
        );
    }

    #[test]
    fn gateway_errors_and_broken_connections_are_retried_only_when_idempotent() {
        let network = FronteggError::Network {
            reason: "reset".into(),
        };
        for error in [status(503, None), network] {
            let wait = policy().delay(1, &Method::GET, &error).unwrap_or_default();
            assert!(wait >= Duration::from_millis(500) && wait <= Duration::from_millis(625));
            assert_eq!(policy().delay(0, &Method::POST, &error), None);
        }
        assert_eq!(policy().delay(0, &Method::GET, &status(500, None)), None);
        assert_eq!(policy().delay(0, &Method::GET, &status(404, None)), None);
    }

    #[test]
    fn retries_stop_after_the_configured_count() {
        assert!(
            policy()
                .delay(1, &Method::GET, &status(429, Some(0)))
                .is_some()
        );
        assert_eq!(policy().delay(2, &Method::GET, &status(429, Some(0))), None);
    }
}
