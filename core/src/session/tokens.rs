//! A session's tokens as Frontegg answered them: read from an answer or
//! the storage, checked (`trusted_expiry`, `foreign_answer`), and when they
//! need a refresh.

use crate::error::{FronteggError, Result};
use crate::secret::SecretString;
use crate::verify::{now_secs, unverified_claims};

use super::{REFRESH_AHEAD, SessionKind, StoredSession};

/// The live tokens.
#[derive(Clone)]
pub(super) struct Tokens {
    pub(super) access_token: SecretString,
    pub(super) refresh_token: SecretString,
    /// Seconds since the epoch.
    pub(super) expires_at: f64,
    /// Seconds the token lived when issued (for the refresh-ahead margin).
    pub(super) lifetime: f64,
    pub(super) user_id: Option<String>,
    pub(super) tenant_id: Option<String>,
    /// A refresh with `refresh_token` was sent and may have reached
    /// Frontegg: with rotation it is used up, so it is never sent again.
    pub(super) spent: bool,
    /// Counts the refreshes: a thread that found the token stale refreshes
    /// only if no other thread did since (tokens themselves may repeat).
    pub(super) generation: u64,
}

impl Tokens {
    pub(super) fn from_answer(
        access_token: SecretString,
        refresh_token: Option<SecretString>,
        expires_in: f64,
        user_id: Option<String>,
    ) -> Result<Self> {
        let refresh_token =
            refresh_token
                .filter(|t| !t.is_empty())
                .ok_or_else(|| FronteggError::Decode {
                    status: 200,
                    reason: "the answer holds no refresh token (body or fe_refresh cookie)"
                        .to_owned(),
                })?;
        if access_token.is_empty() {
            return Err(FronteggError::Decode {
                status: 200,
                reason: "the answer holds an empty access token".to_owned(),
            });
        }
        // A lifetime from the server is clamped: never negative, at most a
        // year, so the expiry arithmetic cannot overflow or go backwards.
        let lifetime = if expires_in.is_finite() {
            expires_in.clamp(0.0, 365.0 * 86400.0)
        } else {
            0.0
        };
        // Display facts of a token Frontegg just sent: read, not verified.
        let claims = unverified_claims(access_token.expose()).unwrap_or_default();
        let text = |claim: &str| {
            claims
                .get(claim)
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        let tenant_id = text("tenantId");
        let user_id = user_id.or_else(|| text("sub"));
        Ok(Self {
            access_token,
            refresh_token,
            expires_at: now_secs() + lifetime,
            lifetime,
            user_id,
            tenant_id,
            spent: false,
            generation: 0,
        })
    }

    pub(super) fn stored(&self, kind: SessionKind) -> StoredSession {
        StoredSession {
            kind,
            access_token: self.access_token.clone(),
            refresh_token: self.refresh_token.clone(),
            expires_at: self.expires_at,
            lifetime: self.lifetime,
            user_id: self.user_id.clone(),
            tenant_id: self.tenant_id.clone(),
        }
    }

    pub(super) fn needs_refresh(&self, now: f64) -> bool {
        let ahead = REFRESH_AHEAD.as_secs_f64().min(self.lifetime / 2.0);
        // A NaN anywhere (no ordering) means "refresh", never "valid".
        now.partial_cmp(&(self.expires_at - ahead)) != Some(std::cmp::Ordering::Less)
    }
}

/// The longest lifetime a token is believed to have: a year.
pub(super) const LONGEST_LIFETIME: f64 = 365.0 * 86400.0;

/// A stored expiry and lifetime as the session may trust them: anything
/// not finite, negative or beyond a year from now loads as already expired
/// (so the first use refreshes), never as valid.
pub(super) fn trusted_expiry(expires_at: f64, lifetime: f64, now: f64) -> (f64, f64) {
    let lifetime_ok = lifetime.is_finite() && (0.0..=LONGEST_LIFETIME).contains(&lifetime);
    let expiry_ok =
        expires_at.is_finite() && expires_at >= 0.0 && expires_at <= now + LONGEST_LIFETIME;
    if lifetime_ok && expiry_ok {
        (expires_at, lifetime)
    } else {
        (0.0, 0.0)
    }
}

/// Why a refresh answer is not this session's: it names another user, or
/// another tenant than the one asked for.
pub(super) fn foreign_answer(
    old: &Tokens,
    fresh: &Tokens,
    tenant_id: Option<&str>,
) -> Option<&'static str> {
    if let (Some(was), Some(now)) = (&old.user_id, &fresh.user_id)
        && was != now
    {
        return Some("another user");
    }
    let expected_tenant = tenant_id.or(old.tenant_id.as_deref());
    if let (Some(expected), Some(now)) = (expected_tenant, &fresh.tenant_id)
        && expected != now
    {
        return Some("another tenant");
    }
    None
}
