//! Refreshing a session: one refresh at a time, a refresh token never sent
//! twice, the storage told outside the locks.

use std::sync::PoisonError;

use crate::error::{FronteggError, RejectionReason, Result};
use crate::secret::SecretString;

use super::tokens::{Tokens, foreign_answer};
use super::{Session, SessionKind, hosted, signed_out};

impl Session {
    pub(super) fn refresh_from(
        &self,
        seen: u64,
        tenant_id: Option<&str>,
    ) -> Result<(SecretString, u64)> {
        let outcome = self.refresh_locked(seen, tenant_id);
        // Outside the refresh lock: the storage may call back into the session.
        self.persist();
        outcome
    }

    fn refresh_locked(&self, seen: u64, tenant_id: Option<&str>) -> Result<(SecretString, u64)> {
        let live = self.live();
        let _one_at_a_time = live
            .refreshing
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let tokens = self.tokens().ok_or_else(signed_out)?;
        if tenant_id.is_none() && tokens.generation != seen {
            return Ok((tokens.access_token, tokens.generation));
        }
        if tokens.spent {
            return Err(FronteggError::Unauthorized {
                details: crate::error::ApiErrorDetails {
                    status: 401,
                    errors: vec![
                        "the last refresh may have used up the refresh token and it is never sent twice: sign in again"
                            .to_owned(),
                    ],
                    attempts: 0,
                    ..Default::default()
                },
            });
        }
        // From here the token may reach Frontegg.
        self.set_spent(true);
        match self.renew(&tokens.refresh_token, tenant_id) {
            Ok(mut fresh) => {
                if let Some(other) = foreign_answer(&tokens, &fresh, tenant_id) {
                    // Someone else's tokens (a proxy or cookie jar mixing
                    // users up): keep none of them. The refresh token
                    // reached Frontegg, so it stays spent.
                    log::warn!("a session refresh answered tokens of {other}: refused");
                    return Err(FronteggError::invalid_token(
                        RejectionReason::WrongSubject,
                        format!(
                            "the refresh answered tokens of {other}; none was kept and this session cannot be renewed: sign in again"
                        ),
                    ));
                }
                if fresh.user_id.is_none() {
                    fresh.user_id = tokens.user_id.clone();
                }
                fresh.generation = tokens.generation.wrapping_add(1);
                let current = (fresh.access_token.clone(), fresh.generation);
                self.set_tokens(Some(fresh));
                Ok(current)
            }
            Err(error) => {
                match &error {
                    // Frontegg refused the token: the session is over.
                    FronteggError::Unauthorized { .. } => self.set_tokens(None),
                    // Nothing reached Frontegg (no connection), or it
                    // refused the request itself (429, a tenant the user is
                    // not in): the token was not used.
                    FronteggError::Network { .. }
                    | FronteggError::RateLimited { .. }
                    | FronteggError::Forbidden { .. }
                    | FronteggError::NotFound { .. }
                    | FronteggError::Api { .. }
                    | FronteggError::InvalidInput { .. }
                    | FronteggError::Config { .. } => self.set_spent(false),
                    // Too late to tell whether it arrived (timeout, 5xx,
                    // an unreadable answer): it stays spent.
                    _ => {}
                }
                Err(error)
            }
        }
    }

    fn set_spent(&self, spent: bool) {
        if let Some(tokens) = self.live().current().tokens.as_mut() {
            tokens.spent = spent;
        }
    }

    fn renew(&self, refresh_token: &SecretString, tenant_id: Option<&str>) -> Result<Tokens> {
        match self.inner.kind {
            SessionKind::Embedded => {
                let answer = self.inner.client.refresh_tokens(refresh_token, tenant_id)?;
                Tokens::from_answer(
                    answer.access_token,
                    answer.refresh_token,
                    answer.expires_in,
                    answer.user_id,
                )
            }
            SessionKind::Hosted => {
                let answer = hosted::refresh_grant(&self.inner.client, refresh_token, tenant_id)?;
                // Without rotation the grant may answer no new refresh token.
                let refresh = answer.refresh_token.or_else(|| Some(refresh_token.clone()));
                Tokens::from_answer(answer.access_token, refresh, answer.expires_in, None)
            }
        }
    }
}
