//! [`TokenVerifier::authenticate`]: one HTTP request in, the caller's
//! claims or the status to answer out. Access tokens are checked for
//! revocation with Frontegg, through a small bounded cache.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::api::identity::M2mTokens;
use crate::error::{FronteggError, RejectionReason, Result};
use crate::fork::ForkSafeMutex;
use crate::models::{GetTenantAccessTokenDataParams, GetUserAccessTokenDataParams};

use super::{Claims, TokenType, TokenVerifier};

// `AccessRequirements` and its `Default`, from codegen/flows.toml.
include!("../options/access_requirements.rs");

fn reject(reason: RejectionReason, detail: impl Into<String>) -> FronteggError {
    FronteggError::Authentication {
        status: reason.http_status(),
        reason,
        detail: detail.into(),
    }
}

/// The credentials a request carries: at most one `Authorization: Bearer`
/// token and at most one `x-api-key`. Header names match in any case.
/// Either header given twice is an ambiguous request (RFC 6750 §2: one
/// method per request), refused rather than resolved by order.
fn find_tokens<I, K, V>(headers: I) -> Result<(Option<String>, Option<String>)>
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let (mut bearer, mut api_key) = (None, None);
    let (mut authorizations, mut api_keys) = (0_usize, 0_usize);
    for (name, value) in headers {
        let (name, value) = (name.as_ref(), value.as_ref().trim());
        if name.eq_ignore_ascii_case("authorization") {
            authorizations += 1;
            if let Some((scheme, token)) = value.split_once(' ')
                && scheme.eq_ignore_ascii_case("bearer")
                && !token.trim().is_empty()
            {
                bearer = Some(token.trim().to_owned());
            }
        } else if name.eq_ignore_ascii_case("x-api-key") {
            api_keys += 1;
            if !value.is_empty() {
                api_key = Some(value.to_owned());
            }
        }
    }
    for (count, header) in [(authorizations, "Authorization"), (api_keys, "x-api-key")] {
        if count > 1 {
            return Err(reject(
                RejectionReason::InvalidRequest,
                format!("the request carries {count} {header} headers: send one credential"),
            ));
        }
    }
    Ok((bearer, api_key))
}

impl TokenVerifier {
    /// Authenticates one HTTP request from its `headers` (name, value
    /// pairs, names in any case) and checks `required`.
    ///
    /// The token is read from `Authorization: Bearer …`, else from
    /// `x-api-key` (API and access tokens only). Two `Authorization` (or
    /// two `x-api-key`) headers, or a bearer token and an API key of
    /// different subjects, are refused as `invalid_request` (401). Errors are
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
        let verify = |token: &str| {
            self.verify(token).map_err(|error| match error {
                FronteggError::InvalidToken { reason, detail } => reject(reason, detail),
                other => other,
            })
        };
        // x-api-key carries API and access tokens, never a user session.
        let verify_api_key = |token: &str| {
            let claims = verify(token)?;
            if claims.token_type == TokenType::UserToken {
                return Err(reject(
                    RejectionReason::WrongType,
                    "x-api-key carries API and access tokens, not user sessions",
                ));
            }
            Ok(claims)
        };
        let claims = match find_tokens(headers)? {
            (Some(bearer), None) => verify(&bearer)?,
            (None, Some(api_key)) => verify_api_key(&api_key)?,
            (Some(bearer), Some(api_key)) => {
                // Both must hold, and for one subject: otherwise which one
                // the request means is a guess.
                let claims = verify(&bearer)?;
                let other = verify_api_key(&api_key)?;
                if other.sub != claims.sub || other.tenant_id != claims.tenant_id {
                    return Err(reject(
                        RejectionReason::InvalidRequest,
                        "the bearer token and the x-api-key name different subjects: send one credential",
                    ));
                }
                claims
            }
            (None, None) => {
                return Err(reject(
                    RejectionReason::MissingToken,
                    "no Authorization: Bearer header and no x-api-key header",
                ));
            }
        };
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
            let max_age = required.max_auth_age;
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

/// Recent revocation answers, by token id (a forked child starts with a
/// copy).
#[derive(Default)]
pub(crate) struct RevocationCache {
    answers: ForkSafeMutex<HashMap<String, (bool, Instant)>>,
}

impl RevocationCache {
    fn check(&self, client: &crate::Client, claims: &Claims) -> Result<()> {
        let cached = self.answers.with(|answers| {
            answers
                .get(&claims.sub)
                .filter(|(_, at)| at.elapsed() < REVOCATION_TTL)
                .map(|(active, _)| *active)
        });
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
        self.answers.with(|answers| {
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
        });
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
