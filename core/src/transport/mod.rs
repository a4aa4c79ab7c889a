//! The transport: the one function, [`Transport::send`], that every call goes
//! through. It builds the URL from path segments, adds credentials and
//! headers, applies the timeouts, renews the vendor token once on a 401 and
//! turns unsuccessful answers into [`FronteggError`]s.

use std::time::{Duration, Instant};

use ureq::http::{self, HeaderValue, Method};
use url::Url;

use crate::api::models::VendorAuthenticationRequest;
use crate::config::{Credentials, ResolvedConfig};
use crate::error::{FronteggError, Result};
use crate::fork::PerProcess;
use crate::models::VendorToken;
use crate::redact::Secrets;
use crate::secret::SecretString;
pub(crate) use crate::service::Service;
use crate::vendor_token::VendorTokenManager;

mod agent;
mod request;
mod response;

use agent::AgentParts;
pub(crate) use request::{Auth, Request, Scope};
use response::transport_error;
pub(crate) use response::{Response, error_from_response};

/// The credential actually attached to one attempt.
enum Bearer {
    Vendor(SecretString),
    User(SecretString),
}

impl Bearer {
    fn token(&self) -> &SecretString {
        match self {
            Bearer::Vendor(token) | Bearer::User(token) => token,
        }
    }
}

/// Sends every request of one client over one keep-alive agent per
/// process: a forked child builds its own agent (its own pool, resolver and
/// lookup threads) at its first call and never touches the parent's
/// sockets (see `fork.rs`).
pub(crate) struct Transport {
    agent: PerProcess<ureq::Agent>,
    /// What a forked child needs to build its agent.
    agent_parts: AgentParts,
    config: ResolvedConfig,
    vendor_tokens: VendorTokenManager,
}

impl Transport {
    /// A transport whose host names are resolved by `lookup`, each answer
    /// kept for `ttl` (IP literals are never looked up).
    pub fn new(
        config: ResolvedConfig,
        user_agent: &str,
        lookup: crate::resolve::Lookup,
        ttl: Duration,
    ) -> Self {
        let agent_parts = AgentParts {
            user_agent: user_agent.to_owned(),
            lookup,
            ttl,
        };
        Self {
            agent: PerProcess::new(agent_parts.agent(&config)),
            agent_parts,
            config,
            vendor_tokens: VendorTokenManager::new(),
        }
    }

    pub fn config(&self) -> &ResolvedConfig {
        &self.config
    }

    /// Executes `request`: the one place where HTTP happens.
    ///
    /// Every attempt is bounded by the smaller of `timeout` and what is
    /// left of the call's `deadline`; a retry starts only when its wait ends
    /// before the deadline. The final error says how many attempts were made
    /// and carries no secret the call sent.
    pub fn send(&self, request: &Request, scope: &Scope) -> Result<Response> {
        let started = Instant::now();
        let deadline = started + self.config.deadline;
        let url = self.url(request)?;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            let outcome = self.send_authenticated(&url, request, scope, deadline);
            let elapsed = started.elapsed();
            match &outcome {
                Ok(response) => log::debug!(
                    "{} {} -> {} in {} ms (attempt {attempt})",
                    request.method,
                    request.template(),
                    response.status,
                    elapsed.as_millis()
                ),
                Err(error) => log::debug!(
                    "{} {} -> {} in {} ms (attempt {attempt})",
                    request.method,
                    request.template(),
                    error.kind_name(),
                    elapsed.as_millis()
                ),
            }
            let error = match outcome {
                Ok(response) => return Ok(response),
                Err(error) => error,
            };
            let retry = self
                .config
                .retry
                .delay(attempt - 1, &request.method, &error)
                .filter(|wait| Instant::now() + *wait < deadline);
            match retry {
                Some(wait) => {
                    log::info!(
                        "retrying {} {} after {} in {} ms (attempt {} of at most {})",
                        request.method,
                        request.template(),
                        error.kind_name(),
                        wait.as_millis(),
                        attempt + 1,
                        self.config.retry.max_retries + 1
                    );
                    std::thread::sleep(wait);
                }
                None => return Err(self.finish_error(error, attempt, request, scope)),
            }
        }
    }

    /// The error handed to the caller: scrubbed of every secret of the call
    /// and telling how many attempts were made.
    fn finish_error(
        &self,
        error: FronteggError,
        attempts: u32,
        request: &Request,
        scope: &Scope,
    ) -> FronteggError {
        self.scrub(error, request, scope).with_attempts(attempts)
    }

    /// `error` without any secret this call sent or this client holds.
    pub fn scrub(&self, error: FronteggError, request: &Request, scope: &Scope) -> FronteggError {
        let mut secrets = Secrets::default();
        secrets.extend(&request.secrets);
        secrets.extend(scope.user_token.as_ref());
        if let Credentials::Vendor { secret, .. } = &self.config.credentials {
            secrets.add(secret);
        }
        if let Credentials::AccessToken(token) = &self.config.credentials {
            secrets.add(token);
        }
        secrets.extend(self.vendor_tokens.current().as_ref());
        error.scrubbed(&secrets)
    }

    /// One attempt, plus one more with a renewed vendor token after a 401 —
    /// except for sign-in steps, where a 401 is the caller's failure (a
    /// wrong password, a spent refresh token): resending would count twice
    /// against lockout policies, and the vendor token is not at fault.
    fn send_authenticated(
        &self,
        url: &Url,
        request: &Request,
        scope: &Scope,
        deadline: Instant,
    ) -> Result<Response> {
        let mut renewed = false;
        loop {
            let bearer = self.bearer(request.auth, scope)?;
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(FronteggError::Timeout {
                    reason: format!(
                        "the call's deadline of {} ms elapsed",
                        self.config.deadline.as_millis()
                    ),
                });
            }
            let response = self.send_once(
                url,
                request,
                scope,
                bearer.as_ref(),
                left.min(self.config.timeout),
            )?;
            if response.status == 401
                && !renewed
                && request.auth != Auth::Public
                && let Some(Bearer::Vendor(rejected)) = &bearer
            {
                // The cached token may have been revoked or rotated:
                // authenticate once more and retry once.
                self.vendor_tokens.invalidate(rejected);
                renewed = true;
                continue;
            }
            return if (200..300).contains(&response.status) {
                Ok(response)
            } else {
                Err(error_from_response(&response))
            };
        }
    }

    /// Exchanges the vendor credentials for a fresh token (`POST /auth/vendor`).
    pub fn authenticate_vendor(&self) -> Result<VendorToken> {
        let Credentials::Vendor { client_id, secret } = &self.config.credentials else {
            return Err(FronteggError::config(
                "vendor authentication needs client_id and secret",
            ));
        };
        let body = VendorAuthenticationRequest {
            client_id: client_id.clone(),
            secret: secret.clone(),
        };
        let request = Request::new(Method::POST, Service::VendorAuth)
            .auth(Auth::None)
            .json(&body)?;
        self.send(&request, &Scope::default())?.json()
    }

    /// A fresh vendor token, which also replaces the cached one.
    pub fn authenticate_vendor_and_cache(&self) -> Result<VendorToken> {
        let fresh = self.authenticate_vendor()?;
        self.vendor_tokens.store(&fresh);
        Ok(fresh)
    }

    /// The vendor token, from the cache or freshly renewed.
    pub fn vendor_token(&self) -> Result<SecretString> {
        self.vendor_tokens.token(|| {
            let fresh = self.authenticate_vendor()?;
            log::info!(
                "vendor token renewed, valid for {} s",
                fresh.expires_in.unwrap_or_default()
            );
            Ok(fresh)
        })
    }

    fn bearer(&self, auth: Auth, scope: &Scope) -> Result<Option<Bearer>> {
        if auth == Auth::User
            && let Some(token) = &scope.user_token
        {
            return Ok(Some(Bearer::User(token.clone())));
        }
        Ok(match (auth, &self.config.credentials) {
            (Auth::None, _) | (_, Credentials::None) => None,
            // On an environment domain a sign-in step needs no token.
            (Auth::Public, _) if !self.config.gateway => None,
            // Through a gateway the user's own token identifies nothing.
            (Auth::Public, Credentials::AccessToken(_)) => None,
            (_, Credentials::Vendor { .. }) => Some(Bearer::Vendor(self.vendor_token()?)),
            (_, Credentials::AccessToken(token)) => Some(Bearer::User(token.clone())),
        })
    }

    pub(crate) fn url(&self, request: &Request) -> Result<Url> {
        let mut url = self
            .config
            .service_bases
            .get(request.service.index())
            .cloned()
            .ok_or_else(|| FronteggError::config("no base URL for the service"))?;
        url.path_segments_mut()
            .map_err(|()| FronteggError::config("base_url cannot carry a path"))?
            .extend(request.segments.iter().map(|s| s.as_ref()));
        if !request.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in &request.query {
                pairs.append_pair(name.as_ref(), value);
            }
        }
        Ok(url)
    }

    fn send_once(
        &self,
        url: &Url,
        request: &Request,
        scope: &Scope,
        bearer: Option<&Bearer>,
        timeout: Duration,
    ) -> Result<Response> {
        let mut builder = http::Request::builder()
            .method(request.method.clone())
            .uri(url.as_str())
            .header(http::header::ACCEPT, "application/json");
        let headers = builder
            .headers_mut()
            .ok_or_else(|| FronteggError::invalid_input("invalid request line"))?;
        for (name, value) in &self.config.default_headers {
            headers.insert(*name, value.clone());
        }
        let scope_headers = [
            ("frontegg-tenant-id", scope.tenant_id.as_deref()),
            ("frontegg-user-id", scope.user_id.as_deref()),
        ];
        for (name, value) in scope_headers {
            if let Some(value) = value {
                headers.insert(name, header_value(name, value)?);
            }
        }
        // Per-call values win over the configured defaults.
        for (name, value) in &request.headers {
            let name = http::HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                FronteggError::invalid_input(format!(
                    "{} is not a header name",
                    crate::redact::shown(name)
                ))
            })?;
            let value = header_value(name.as_str(), value)?;
            headers.insert(name, value);
        }
        if let Some(bearer) = bearer {
            let value = format!("Bearer {}", bearer.token().expose());
            headers.insert(
                http::header::AUTHORIZATION,
                sensitive_header_value("authorization", &value)?,
            );
        }
        if let Some(cookie) = &request.cookie {
            headers.insert(
                http::header::COOKIE,
                sensitive_header_value("cookie", cookie.expose())?,
            );
        }
        if request.body.is_some() {
            headers.insert(
                http::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
        }
        let result = if matches!(request.method, Method::GET | Method::HEAD) {
            let http_request = builder
                .body(())
                .map_err(|e| FronteggError::invalid_input(e.to_string()))?;
            self.run(http_request, timeout)
        } else {
            // Always a known length (0 when there is no body): ureq would
            // otherwise send a bodiless POST chunked, which some gateways and
            // proxies refuse.
            let body = request.body.as_deref().unwrap_or_default();
            let http_request = builder
                .header(http::header::CONTENT_LENGTH, body.len())
                .body(body)
                .map_err(|e| FronteggError::invalid_input(e.to_string()))?;
            self.run(http_request, timeout)
        };
        let response = result.map_err(transport_error)?;
        let (parts, mut body) = response.into_parts();
        let status = parts.status.as_u16();
        let limit = self.config.max_response_bytes;
        // Read at most the limit: a huge or endless answer costs no more
        // memory than that, and the error keeps the real status.
        let body = body
            .with_config()
            .limit(limit)
            .read_to_vec()
            .map_err(|error| match error {
                ureq::Error::BodyExceedsLimit(_) => FronteggError::Decode {
                    status,
                    reason: format!("the answer is larger than max_response_bytes ({limit} bytes)"),
                },
                other => transport_error(other),
            })?;
        Ok(Response {
            status,
            headers: parts.headers,
            body,
        })
    }

    /// Runs one attempt on the shared agent, bounded by `timeout`.
    fn run(
        &self,
        request: http::Request<impl ureq::AsSendBody>,
        timeout: Duration,
    ) -> std::result::Result<http::Response<ureq::Body>, ureq::Error> {
        // A child forked since the last call gets an agent of its own; the
        // parent's pooled sockets are closed in the child, never reused.
        let agent = self.agent.get(|_| self.agent_parts.agent(&self.config));
        let request = agent
            .configure_request(request)
            .timeout_global(Some(timeout))
            .build();
        agent.run(request)
    }
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport")
            .field("config", &self.config)
            .field("vendor_tokens", &self.vendor_tokens)
            .finish_non_exhaustive()
    }
}

fn header_value(name: &str, value: &str) -> Result<HeaderValue> {
    HeaderValue::from_str(value).map_err(|_| {
        FronteggError::invalid_input(format!(
            "{name} contains characters not allowed in a header"
        ))
    })
}

fn sensitive_header_value(name: &str, value: &str) -> Result<HeaderValue> {
    let mut value = header_value(name, value)?;
    value.set_sensitive(true);
    Ok(value)
}

#[cfg(test)]
mod tests;
