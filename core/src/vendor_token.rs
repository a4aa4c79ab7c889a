//! [`VendorTokenManager`]: caches the environment (vendor) token and renews
//! it ahead of expiry, with at most one renewal in flight however many
//! threads call at once.
//!
//! Fork-safe: a child forked while a parent thread renews (or holds the
//! lock) starts with its own lock and no renewal in flight, keeping the
//! cached token when it could be read without waiting.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::error::{FronteggError, Result};
use crate::fork::PerProcess;
use crate::models::VendorToken;
use crate::secret::SecretString;

/// Renewal starts no later than this share of the token's lifetime…
const RENEW_AT_SHARE: f64 = 0.8;
/// …and no later than this long before it expires.
const RENEW_MARGIN: Duration = Duration::from_secs(30);

#[derive(Clone)]
struct Cached {
    token: SecretString,
    renew_at: Instant,
    expires_at: Instant,
}

impl Cached {
    fn new(fresh: &VendorToken) -> Self {
        let now = Instant::now();
        // A token without a lifetime is used once and renewed next time.
        let lifetime = lifetime(fresh.expires_in);
        let renew_after = lifetime
            .mul_f64(RENEW_AT_SHARE)
            .min(lifetime.saturating_sub(RENEW_MARGIN));
        Self {
            token: fresh.token.clone().unwrap_or_default(),
            renew_at: later(now, renew_after),
            expires_at: later(now, lifetime),
        }
    }
}

/// A lifetime in seconds as the server sent it: negative, fractional or
/// absurdly large values clamp to [0, one year] instead of panicking.
fn lifetime(expires_in: Option<f64>) -> Duration {
    const LONGEST: f64 = 365.0 * 24.0 * 3600.0;
    let seconds = expires_in.filter(|s| s.is_finite()).unwrap_or(0.0);
    Duration::from_secs_f64(seconds.clamp(0.0, LONGEST))
}

/// `now + after`, saturating far in the future rather than overflowing.
fn later(now: Instant, after: Duration) -> Instant {
    now.checked_add(after).unwrap_or(now)
}

#[derive(Default)]
struct State {
    cached: Option<Cached>,
    renewing: bool,
    /// Number of the latest renewal; waiters compare it to learn whether the
    /// renewal they waited for failed.
    flight: u64,
    failure: Option<(u64, FronteggError)>,
}

/// Caches one vendor token and renews it.
///
/// A valid token is returned at once. Once the renewal time has come, the
/// first caller renews while the others keep using the still-valid token;
/// when the token has expired, the others wait for that one renewal and share
/// its result, success or error.
#[derive(Default)]
pub(crate) struct VendorTokenManager {
    shared: PerProcess<Shared>,
}

/// The lock, and the renewal's wake-up, of one process.
#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    renewed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // The state stays consistent even if a holder panicked: every field
        // is written in one step.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A forked child's own: the parent's cached token when its lock was
    /// free at the fork, and never a renewal that no thread of the child
    /// will finish.
    fn inherit(&self) -> Self {
        let cached = crate::fork::try_lock(&self.state).and_then(|state| state.cached.clone());
        Self {
            state: Mutex::new(State {
                cached,
                ..State::default()
            }),
            renewed: Condvar::new(),
        }
    }
}

impl VendorTokenManager {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    fn shared(&self) -> std::sync::Arc<crate::fork::Slot<Shared>> {
        self.shared.get(Shared::inherit)
    }

    /// A valid token, calling `fetch` when (and only when) one is needed.
    pub fn token(&self, fetch: impl FnOnce() -> Result<VendorToken>) -> Result<SecretString> {
        let shared = self.shared();
        let mut state = shared.lock();
        loop {
            let now = Instant::now();
            if let Some(cached) = &state.cached {
                let fresh = now < cached.renew_at;
                let usable = now < cached.expires_at && state.renewing;
                if fresh || usable {
                    return Ok(cached.token.clone());
                }
            }
            if !state.renewing {
                break;
            }
            let awaited = state.flight;
            state = shared
                .renewed
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            if let Some((flight, error)) = &state.failure
                && *flight == awaited
            {
                return Err(error.clone());
            }
        }
        state.renewing = true;
        state.flight += 1;
        let flight = state.flight;
        drop(state);

        let mut guard = RenewalGuard {
            shared: &shared,
            finished: false,
        };
        let result = fetch();
        guard.finished = true;
        drop(guard);

        let mut state = shared.lock();
        state.renewing = false;
        let outcome = match result {
            Ok(fresh) => {
                let cached = Cached::new(&fresh);
                let token = cached.token.clone();
                state.cached = Some(cached);
                state.failure = None;
                Ok(token)
            }
            Err(error) => {
                state.failure = Some((flight, error.clone()));
                Err(error)
            }
        };
        drop(state);
        shared.renewed.notify_all();
        outcome
    }

    /// Caches `fresh`, obtained outside the manager.
    pub fn store(&self, fresh: &VendorToken) {
        self.shared().lock().cached = Some(Cached::new(fresh));
    }

    /// The cached token, if any (to scrub it from error texts).
    pub(crate) fn current(&self) -> Option<SecretString> {
        self.shared()
            .lock()
            .cached
            .as_ref()
            .map(|cached| cached.token.clone())
    }

    /// Forgets `rejected` (the server answered 401 to it), so the next
    /// [`token`](Self::token) call renews. A token renewed meanwhile by
    /// another thread is kept.
    pub fn invalidate(&self, rejected: &SecretString) {
        let shared = self.shared();
        let mut state = shared.lock();
        if state
            .cached
            .as_ref()
            .is_some_and(|cached| &cached.token == rejected)
        {
            state.cached = None;
        }
    }
}

/// Clears the `renewing` flag if `fetch` panics, so waiters do not hang.
struct RenewalGuard<'a> {
    shared: &'a Shared,
    finished: bool,
}

impl Drop for RenewalGuard<'_> {
    fn drop(&mut self) {
        if !self.finished {
            self.shared.lock().renewing = false;
            self.shared.renewed.notify_all();
        }
    }
}

impl std::fmt::Debug for VendorTokenManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shared = self.shared();
        let state = shared.lock();
        f.debug_struct("VendorTokenManager")
            .field("has_token", &state.cached.is_some())
            .field("renewing", &state.renewing)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn token(value: &str, expires_in: u64) -> VendorToken {
        VendorToken {
            token: Some(value.into()),
            expires_in: Some(expires_in as f64),
        }
    }

    #[test]
    fn a_fresh_token_is_reused() -> Result<()> {
        let manager = VendorTokenManager::new();
        let calls = AtomicUsize::new(0);
        for _ in 0..3 {
            let got = manager.token(|| {
                calls.fetch_add(1, Ordering::SeqCst);
                Ok(token("t1", 3600))
            })?;
            assert_eq!(got.expose(), "t1");
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        Ok(())
    }

    #[test]
    fn a_short_lived_token_is_renewed_every_time() -> Result<()> {
        // 20 s lifetime: the 30 s margin means "renew now".
        let manager = VendorTokenManager::new();
        let calls = AtomicUsize::new(0);
        for _ in 0..2 {
            manager.token(|| {
                calls.fetch_add(1, Ordering::SeqCst);
                Ok(token("t", 20))
            })?;
        }
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        Ok(())
    }

    #[test]
    fn invalidate_forgets_only_the_rejected_token() -> Result<()> {
        let manager = VendorTokenManager::new();
        manager.token(|| Ok(token("t1", 3600)))?;
        manager.invalidate(&"other".into());
        assert_eq!(manager.token(|| Ok(token("t2", 3600)))?.expose(), "t1");
        manager.invalidate(&"t1".into());
        assert_eq!(manager.token(|| Ok(token("t2", 3600)))?.expose(), "t2");
        Ok(())
    }

    #[test]
    fn a_failed_renewal_is_reported_and_retried_next_time() {
        let manager = VendorTokenManager::new();
        let failed = manager.token(|| Err(FronteggError::invalid_input("boom")));
        assert!(failed.is_err());
        assert!(manager.token(|| Ok(token("t", 3600))).is_ok());
    }

    #[test]
    fn a_panicking_fetch_does_not_wedge_the_manager() {
        let manager = VendorTokenManager::new();
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = manager.token(|| panic!("fetch panicked"));
        }));
        assert!(caught.is_err());
        assert!(manager.token(|| Ok(token("t", 3600))).is_ok());
    }
}
