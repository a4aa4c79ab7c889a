//! [`TokenVerifier::authenticate`]: one HTTP request in, the caller's
//! claims or the status to answer out. Access tokens are checked for
//! revocation with Frontegg, through a small bounded cache.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::api::identity::M2mTokens;
use crate::error::{FronteggError, RejectionReason, Result};
use crate::models::{GetTenantAccessTokenDataParams, GetUserAccessTokenDataParams};

use super::{Claims, TokenType, TokenVerifier};

/// What a request must carry beyond a valid token.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AccessRequirements {
    /// Role keys the token must hold.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub roles: Vec<String>,
    /// Permission keys the token must hold (`*` suffixes match prefixes).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub permissions: Vec<String>,
    /// `true`: every listed role and every listed permission; `false`: at
    /// least one of each non-empty list.
    #[cfg_attr(feature = "uniffi", uniffi(default = true))]
    pub all: bool,
    /// Whether a multi-factor step-up is required
    /// ([`Claims::is_stepped_up`]).
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub step_up: bool,
    /// With `step_up`, the oldest accepted `auth_time`, in milliseconds.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub max_auth_age_ms: Option<u64>,
}

impl Default for AccessRequirements {
    fn default() -> Self {
        Self {
            roles: Vec::new(),
            permissions: Vec::new(),
            all: true,
            step_up: false,
            max_auth_age_ms: None,
        }
    }
}

/// Where the token was found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Carrier {
    Bearer,
    ApiKey,
}

fn reject(reason: RejectionReason, detail: impl Into<String>) -> FronteggError {
    FronteggError::Authentication {
        status: reason.http_status(),
        reason,
        detail: detail.into(),
    }
}

/// The token of a request: `Authorization: Bearer …` first, else
/// `x-api-key`. Header names match in any case.
fn find_token<I, K, V>(headers: I) -> Option<(String, Carrier)>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut api_key = None;
    for (name, value) in headers {
        let (name, value) = (name.as_ref(), value.as_ref().trim());
        if name.eq_ignore_ascii_case("authorization") {
            if let Some((scheme, token)) = value.split_once(' ')
                && scheme.eq_ignore_ascii_case("bearer")
                && !token.trim().is_empty()
            {
                return Some((token.trim().to_owned(), Carrier::Bearer));
            }
        } else if name.eq_ignore_ascii_case("x-api-key") && !value.is_empty() && api_key.is_none() {
            api_key = Some(value.to_owned());
        }
    }
    api_key.map(|token| (token, Carrier::ApiKey))
}

impl TokenVerifier {
    /// Authenticates one HTTP request from its `headers` (name, value
    /// pairs, names in any case) and checks `required`.
    ///
    /// The token is read from `Authorization: Bearer …`, else from
    /// `x-api-key` (API and access tokens only). Errors are
    /// [`FronteggError::Authentication`] with the status to answer:
    /// - 401: no token, a token [`verify`](Self::verify) refuses, a revoked
    ///   access token, a missing step-up;
    /// - 403: a valid token without the required roles or permissions;
    /// - 503: the keys, or the revocation status, could not be fetched.
    ///
    /// Access tokens (`userAccessToken`, `tenantAccessToken`) are checked
    /// for revocation when the verifier came from
    /// [`Client::token_verifier`](crate::Client::token_verifier); answers
    /// are cached for a minute, at most 1,024 of them.
    pub fn authenticate<I, K, V>(&self, headers: I, required: &AccessRequirements) -> Result<Claims>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let (token, carrier) = find_token(headers).ok_or_else(|| {
            reject(
                RejectionReason::MissingToken,
                "no Authorization: Bearer header and no x-api-key header",
            )
        })?;
        let claims = self.verify(&token).map_err(|error| match error {
            FronteggError::InvalidToken { reason, detail } => reject(reason, detail),
            other => other,
        })?;
        if carrier == Carrier::ApiKey && claims.token_type == TokenType::UserToken {
            return Err(reject(
                RejectionReason::WrongType,
                "x-api-key carries API and access tokens, not user sessions",
            ));
        }
        if claims.token_type.is_revocable()
            && let Some(client) = &self.inner.client
        {
            self.inner.revocations.check(client, &claims)?;
        }
        if !claims.has_roles(&required.roles, required.all) {
            return Err(reject(
                RejectionReason::InsufficientRoles,
                format!(
                    "requires {} of the roles {:?}",
                    if required.all { "all" } else { "one" },
                    required.roles
                ),
            ));
        }
        if !claims.has_permissions(&required.permissions, required.all) {
            return Err(reject(
                RejectionReason::InsufficientPermissions,
                format!(
                    "requires {} of the permissions {:?}",
                    if required.all { "all" } else { "one" },
                    required.permissions
                ),
            ));
        }
        if required.step_up {
            let max_age = required.max_auth_age_ms.map(|ms| ms as f64 / 1000.0);
            if !claims.is_stepped_up(max_age) {
                return Err(reject(
                    RejectionReason::StepUpRequired,
                    "requires a recent multi-factor step-up",
                ));
            }
        }
        Ok(claims)
    }
}

/// How long Frontegg's answer about one access token is trusted.
const REVOCATION_TTL: Duration = Duration::from_secs(60);
/// The most answers kept.
const REVOCATION_CAPACITY: usize = 1024;

/// Recent revocation answers, by token id.
#[derive(Default)]
pub(crate) struct RevocationCache {
    answers: Mutex<HashMap<String, (bool, Instant)>>,
}

impl RevocationCache {
    fn check(&self, client: &crate::Client, claims: &Claims) -> Result<()> {
        let cached = self
            .answers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&claims.sub)
            .filter(|(_, at)| at.elapsed() < REVOCATION_TTL)
            .map(|(active, _)| *active);
        let active = match cached {
            Some(active) => active,
            None => {
                let active = ask(client, claims)?;
                self.remember(&claims.sub, active);
                active
            }
        };
        if active {
            Ok(())
        } else {
            Err(reject(
                RejectionReason::Revoked,
                "Frontegg no longer knows this access token",
            ))
        }
    }

    fn remember(&self, id: &str, active: bool) {
        let mut answers = self.answers.lock().unwrap_or_else(PoisonError::into_inner);
        if answers.len() >= REVOCATION_CAPACITY {
            answers.retain(|_, (_, at)| at.elapsed() < REVOCATION_TTL);
        }
        if answers.len() >= REVOCATION_CAPACITY
            && let Some(oldest) = answers
                .iter()
                .min_by_key(|(_, (_, at))| *at)
                .map(|(id, _)| id.clone())
        {
            answers.remove(&oldest);
        }
        answers.insert(id.to_owned(), (active, Instant::now()));
    }
}

/// Asks Frontegg whether the access token `claims.sub` is still active: a
/// 404 means revoked; any other failure leaves the question open (503).
fn ask(client: &crate::Client, claims: &Claims) -> Result<bool> {
    let tenant_id = Some(claims.tenant_id.clone());
    let request = match claims.token_type {
        TokenType::UserAccessToken => M2mTokens::get_user_access_token_data_request(
            &claims.sub,
            &GetUserAccessTokenDataParams { tenant_id },
        ),
        _ => M2mTokens::get_tenant_access_token_data_request(
            &claims.sub,
            &GetTenantAccessTokenDataParams { tenant_id },
        ),
    }
    .map_err(|error| reject(RejectionReason::Malformed, error.to_string()))?;
    match client.send(&request) {
        Ok(_) => Ok(true),
        Err(FronteggError::NotFound { .. }) => Ok(false),
        Err(error) => Err(reject(
            RejectionReason::KeysUnavailable,
            format!("the revocation status could not be read: {error}"),
        )),
    }
}
