//! The transport: the one function, [`Transport::send`], that every call goes
//! through. It builds the URL from path segments, adds credentials and
//! headers, applies the timeouts, renews the vendor token once on a 401 and
//! turns unsuccessful answers into [`FronteggError`]s.

use std::borrow::Cow;
use std::time::{Duration, Instant, SystemTime};

use serde::de::DeserializeOwned;
use ureq::http::{self, HeaderMap, HeaderValue, Method};
use url::Url;

use crate::api::models::VendorAuthenticationRequest;
use crate::config::{Credentials, ResolvedConfig};
use crate::error::{ApiErrorDetails, FronteggError, Result};
use crate::fork::PerProcess;
use crate::models::VendorToken;
use crate::redact::Secrets;
use crate::retry_after::retry_after_secs;
use crate::secret::SecretString;
pub(crate) use crate::service::Service;
use crate::vendor_token::VendorTokenManager;

/// Longest excerpt of a non-JSON error body kept in an error.
const EXCERPT_CHARS: usize = 200;

/// Refuses an id that would change where a request goes: empty or blank,
/// holding a control character (the URL parser drops tab, CR and LF, so
/// `".\t."` would become `..`), or a dot segment, literal or
/// percent-encoded, which the parser resolves against the path.
pub(crate) fn check_id(name: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(FronteggError::invalid_input(format!(
            "{name} must be a non-empty id, got {}",
            crate::redact::shown(value)
        )));
    }
    if value.chars().any(char::is_control) {
        return Err(FronteggError::invalid_input(format!(
            "{name} must not contain control characters"
        )));
    }
    let decoded = value.to_ascii_lowercase().replace("%2e", ".");
    if decoded == "." || decoded == ".." {
        return Err(FronteggError::invalid_input(format!(
            "{name} must be an id, not the path segment {}",
            crate::redact::shown(value)
        )));
    }
    Ok(())
}

/// A value that can travel in a query string (arrays repeat the name).
pub(crate) trait QueryValue {
    fn push_to(&self, name: &'static str, query: &mut Vec<(Cow<'static, str>, String)>);
}

impl QueryValue for String {
    fn push_to(&self, name: &'static str, query: &mut Vec<(Cow<'static, str>, String)>) {
        query.push((Cow::Borrowed(name), self.clone()));
    }
}

impl QueryValue for i64 {
    fn push_to(&self, name: &'static str, query: &mut Vec<(Cow<'static, str>, String)>) {
        query.push((Cow::Borrowed(name), self.to_string()));
    }
}

impl QueryValue for bool {
    fn push_to(&self, name: &'static str, query: &mut Vec<(Cow<'static, str>, String)>) {
        query.push((Cow::Borrowed(name), self.to_string()));
    }
}

impl<T: QueryValue> QueryValue for Vec<T> {
    fn push_to(&self, name: &'static str, query: &mut Vec<(Cow<'static, str>, String)>) {
        for item in self {
            item.push_to(name, query);
        }
    }
}

/// Which credential an operation takes; the generator derives it once per
/// operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Auth {
    /// Nothing: the call is itself how a credential is obtained.
    None,
    /// A sign-in step (login, sign-up, refresh, MFA…): the user's own
    /// credentials are in the body or a cookie. On an environment domain it
    /// carries no token; through a gateway, the vendor token (with the
    /// configured `frontegg-vendor-host`). A 401 is the caller's failure.
    Public,
    /// Management: the vendor token (or the configured access token).
    Vendor,
    /// Self-service: the user token of [`Client::as_user`](crate::Client::as_user),
    /// else the configured credential with the tenant/user headers.
    User,
}

/// Who a client acts for: tenant/user headers for vendor-token calls, and
/// the user token that `as_user` attaches to user operations.
#[derive(Clone, Debug, Default)]
pub(crate) struct Scope {
    pub tenant_id: Option<String>,
    pub user_id: Option<String>,
    pub user_token: Option<SecretString>,
}

/// A plain description of one HTTP call; [`Transport::send`] executes it.
pub(crate) struct Request {
    method: Method,
    service: Service,
    segments: Vec<Cow<'static, str>>,
    query: Vec<(Cow<'static, str>, String)>,
    headers: Vec<(Cow<'static, str>, String)>,
    cookie: Option<SecretString>,
    body: Option<Vec<u8>>,
    auth: Auth,
    /// Which segments are ids, and their names: logs show `{name}` there.
    ids: Vec<(usize, &'static str)>,
    /// Every secret the request carries (cookie, body fields): scrubbed
    /// from error texts.
    secrets: Vec<SecretString>,
}

impl Request {
    /// A call to the root of `service`; add the path with [`Self::path`]
    /// and [`Self::segment`].
    pub fn new(method: Method, service: Service) -> Self {
        Self {
            method,
            service,
            segments: Vec::new(),
            query: Vec::new(),
            headers: Vec::new(),
            cookie: None,
            body: None,
            auth: Auth::Vendor,
            ids: Vec::new(),
            secrets: Vec::new(),
        }
    }

    /// A call to a caller-given gateway path (`/identity/resources/…`,
    /// `/oauth/token`): the service is chosen by its first segment, and
    /// every segment is checked and percent-encoded like an id.
    pub fn to_path(method: Method, path: &str, auth: Auth) -> Result<Self> {
        if let Some(at) = path.find(['?', '#']) {
            // What follows `?` may be a token: it is not repeated.
            return Err(FronteggError::invalid_input(format!(
                "path {} must not carry a query or fragment: pass query parameters separately",
                crate::redact::shown(&path[..at])
            )));
        }
        let (service, rest) = Service::of_path(path);
        let mut request = Self::new(method, service).auth(auth);
        for segment in rest.split('/').filter(|s| !s.is_empty()) {
            // The caller wrote this path: logs show it as it is.
            check_id("a path segment", segment)?;
            request.segments.push(Cow::Owned(segment.to_owned()));
        }
        Ok(request)
    }

    /// Adds a query parameter named at run time.
    pub fn query_pair(mut self, name: String, value: String) -> Self {
        self.query.push((Cow::Owned(name), value));
        self
    }

    /// Adds a header named at run time; `authorization` and `cookie` are
    /// the transport's to set.
    pub fn header_pair(mut self, name: String, value: String) -> Result<Self> {
        let lower = name.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "authorization" | "cookie" | "content-length" | "host"
        ) {
            return Err(FronteggError::invalid_input(format!(
                "header {} is set by the client, not per call",
                crate::redact::shown(&name)
            )));
        }
        http::HeaderName::from_bytes(lower.as_bytes()).map_err(|_| {
            FronteggError::invalid_input(format!(
                "{} is not a valid header name",
                crate::redact::shown(&name)
            ))
        })?;
        self.headers.push((Cow::Owned(lower), value));
        Ok(self)
    }

    /// Appends fixed path segments (`resources/users/v1`).
    pub fn path(mut self, fixed: &'static str) -> Self {
        self.segments.extend(
            fixed
                .split('/')
                .filter(|s| !s.is_empty())
                .map(Cow::Borrowed),
        );
        self
    }

    /// Appends a caller-supplied segment (an id). It is percent-encoded, so a
    /// `/` or `?` inside it cannot change the route.
    pub fn segment(mut self, name: &'static str, value: &str) -> Result<Self> {
        check_id(name, value)?;
        self.ids.push((self.segments.len(), name));
        self.segments.push(Cow::Owned(value.to_owned()));
        Ok(self)
    }

    /// The full path with each id shown as `{name}`, for logs (built only
    /// when a log line is written).
    fn template(&self) -> String {
        let mut template = String::new();
        let prefix = self.service.prefix();
        if !prefix.is_empty() {
            template.push('/');
            template.push_str(prefix);
        }
        for (index, segment) in self.segments.iter().enumerate() {
            template.push('/');
            match self.ids.iter().find(|(at, _)| *at == index) {
                Some((_, name)) => {
                    template.push('{');
                    template.push_str(name);
                    template.push('}');
                }
                None => template.push_str(segment),
            }
        }
        template
    }

    /// Adds a query parameter when `value` is present.
    pub fn query(mut self, name: &'static str, value: Option<&impl QueryValue>) -> Self {
        if let Some(value) = value {
            value.push_to(name, &mut self.query);
        }
        self
    }

    /// Adds a header when `value` is present.
    pub fn header(mut self, name: &'static str, value: Option<&str>) -> Self {
        if let Some(value) = value {
            self.headers.push((Cow::Borrowed(name), value.to_owned()));
        }
        self
    }

    /// Sends a cookie (`name=value`); the whole header is treated as secret.
    /// A value that would add a second cookie or break the header is refused.
    pub fn cookie(mut self, name: &str, value: &SecretString) -> Result<Self> {
        crate::cookies::check_cookie_value(name, value)?;
        self.cookie = Some(SecretString::new(format!("{name}={}", value.expose())));
        self.secrets.push(value.clone());
        Ok(self)
    }

    /// Sends `body` as JSON, noting every secret inside it.
    pub fn json(mut self, body: &impl serde::Serialize) -> Result<Self> {
        let (bytes, secrets) = crate::secret::collect_serialized(|| serde_json::to_vec(body));
        let bytes = bytes
            .map_err(|e| FronteggError::invalid_input(format!("cannot encode the body: {e}")))?;
        self.body = Some(bytes);
        self.secrets.extend(secrets);
        Ok(self)
    }

    /// Chooses the credential (default: [`Auth::Vendor`]).
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }
}

/// A successful answer.
pub(crate) struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Response {
    /// Decodes the body as JSON. An empty body reads as `{}`: some routes
    /// answer an empty 200 where the spec describes an object of optional
    /// fields.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        let body: &[u8] = if self.body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &self.body
        };
        serde_json::from_slice(body).map_err(|e| FronteggError::Decode {
            status: self.status,
            reason: e.to_string(),
        })
    }

    /// The body as free-form JSON; an empty body (a 204, an empty 200) is
    /// JSON `null`.
    pub fn json_value(&self) -> Result<crate::json::JsonValue> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(crate::json::JsonValue(serde_json::Value::Null));
        }
        self.json()
    }

    /// Values of every `Set-Cookie` header.
    pub fn set_cookies(&self) -> impl Iterator<Item = &str> {
        self.headers
            .get_all(http::header::SET_COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
    }
}

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

struct AgentParts {
    user_agent: String,
    lookup: crate::resolve::Lookup,
    ttl: Duration,
}

impl AgentParts {
    fn agent(&self, config: &ResolvedConfig) -> ureq::Agent {
        let agent_config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(config.connect_timeout))
            .timeout_global(Some(config.timeout))
            .user_agent(self.user_agent.as_str())
            // Frontegg's API does not redirect; following one could carry
            // credentials to another host.
            .max_redirects(0)
            .build();
        ureq::Agent::with_parts(
            agent_config,
            ureq::unversioned::transport::DefaultConnector::new(),
            crate::resolve::CachingResolver::new(std::sync::Arc::clone(&self.lookup), self.ttl),
        )
    }
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

impl std::fmt::Debug for Response {
    /// The status and the body's size: the body holds tokens.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("body_bytes", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Request {
    /// Method, template and credential kind only: the ids, query values and
    /// body may hold personal data or secrets.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("path", &self.template())
            .field("auth", &self.auth)
            .finish_non_exhaustive()
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

/// Maps a transport failure; the text never includes request headers.
fn transport_error(error: ureq::Error) -> FronteggError {
    match error {
        ureq::Error::Timeout(which) => FronteggError::Timeout {
            reason: format!("{which} timeout elapsed"),
        },
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            FronteggError::Timeout {
                reason: io.to_string(),
            }
        }
        ureq::Error::BodyExceedsLimit(limit) => FronteggError::Decode {
            status: 0,
            reason: format!("response body larger than {limit} bytes"),
        },
        other => FronteggError::Network {
            reason: other.to_string(),
        },
    }
}

/// Frontegg's error body: `{"errors": [...], "errorCode": "ER-…"}`; NestJS
/// answers `{"statusCode": …, "message": "…" | [...]}` instead.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct ErrorBody {
    #[serde(default)]
    errors: Option<serde_json::Value>,
    #[serde(default)]
    error_code: Option<String>,
    #[serde(default)]
    message: Option<serde_json::Value>,
}

fn texts(value: Option<serde_json::Value>) -> Vec<String> {
    match value {
        None | Some(serde_json::Value::Null) => Vec::new(),
        Some(serde_json::Value::String(s)) => vec![s],
        Some(serde_json::Value::Array(items)) => items
            .into_iter()
            .map(|item| match item {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            })
            .collect(),
        Some(other) => vec![other.to_string()],
    }
}

pub(crate) fn error_from_response(response: &Response) -> FronteggError {
    let header = |name: &str| {
        response
            .headers
            .get(name)
            .and_then(|value| value.to_str().ok())
    };
    let mut details = ApiErrorDetails {
        status: response.status,
        attempts: 1,
        trace_id: header("frontegg-trace-id").map(str::to_owned),
        ..ApiErrorDetails::default()
    };
    match serde_json::from_slice::<ErrorBody>(&response.body) {
        Ok(body) => {
            details.errors = texts(body.errors);
            if details.errors.is_empty() {
                details.errors = texts(body.message);
            }
            details.error_code = body.error_code;
        }
        Err(_) => details.body_excerpt = excerpt(&response.body),
    }
    let retry_after = if response.status == 429 {
        retry_after_secs(
            header("retry-after"),
            header("x-rate-limit-reset"),
            SystemTime::now(),
        )
    } else {
        None
    };
    FronteggError::from_status(details, retry_after)
}

/// The start of a body, whitespace collapsed, for errors that are not JSON.
fn excerpt(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() {
        return None;
    }
    let mut short: String = collapsed.chars().take(EXCERPT_CHARS).collect();
    if short.len() < collapsed.len() {
        short.push('…');
    }
    Some(short)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ClientConfig;

    fn transport(base_url: &str) -> Result<Transport> {
        let config = ClientConfig::builder()
            .base_url(base_url)
            .build()
            .resolve()?;
        Ok(Transport::new(
            config,
            "test",
            crate::resolve::system_lookup(),
            crate::resolve::DNS_TTL,
        ))
    }

    #[test]
    fn ids_are_percent_encoded_segments_below_the_base_path() -> Result<()> {
        let transport = transport("https://auth.example.com/frontegg/")?;
        let request = Request::new(Method::GET, Service::Identity)
            .path("resources/users/v1")
            .segment("user_id", "a/b?c#d e")?
            .query("_limit", Some(&10i64))
            .query("_filter", Some(&"x&y=z".to_owned()))
            .query("_ids", Some(&vec!["a".to_owned(), "b".to_owned()]))
            .query("_none", None::<&String>);
        assert_eq!(
            transport.url(&request)?.as_str(),
            "https://auth.example.com/frontegg/identity/resources/users/v1/a%2Fb%3Fc%23d%20e?_limit=10&_filter=x%26y%3Dz&_ids=a&_ids=b"
        );
        Ok(())
    }

    #[test]
    fn a_service_with_its_own_url_drops_the_gateway_prefix() -> Result<()> {
        let mut config = ClientConfig::builder()
            .base_url("https://api.frontegg.com")
            .build();
        config
            .service_urls
            .insert("team".into(), "http://127.0.0.1:4011".into());
        let transport = Transport::new(
            config.resolve()?,
            "test",
            crate::resolve::system_lookup(),
            crate::resolve::DNS_TTL,
        );
        let team = Request::new(Method::GET, Service::Team).path("resources/sso/v1/configurations");
        let identity = Request::new(Method::GET, Service::Identity).path("resources/roles/v1");
        assert_eq!(
            transport.url(&team)?.as_str(),
            "http://127.0.0.1:4011/resources/sso/v1/configurations"
        );
        assert_eq!(
            transport.url(&identity)?.as_str(),
            "https://api.frontegg.com/identity/resources/roles/v1"
        );
        Ok(())
    }

    #[test]
    fn debug_of_a_request_shows_no_body_or_cookie() -> Result<()> {
        let request = Request::new(Method::POST, Service::Identity)
            .path("resources/auth/v1/user")
            .segment("user_id", "u-secret-id")?
            .cookie("fe_refresh_x", &SecretString::new("cookie-value"))?
            .json(&serde_json::json!({"password": "hunter22"}))?;
        let text = format!("{request:?}");
        for hidden in ["hunter22", "cookie-value", "u-secret-id"] {
            assert!(!text.contains(hidden), "{text}");
        }
        assert!(
            text.contains("/identity/resources/auth/v1/user/{user_id}"),
            "{text}"
        );
        Ok(())
    }

    #[test]
    fn empty_and_dot_ids_are_refused() {
        for bad in ["", ".", ".."] {
            let result = Request::new(Method::GET, Service::Identity).segment("user_id", bad);
            assert!(
                matches!(result, Err(FronteggError::InvalidInput { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn error_excerpts_are_short_and_single_line() {
        let body = format!("line one\n\n  line two {}", "é".repeat(300));
        let short = excerpt(body.as_bytes()).unwrap_or_default();
        assert!(short.starts_with("line one line two é"), "{short}");
        assert_eq!(short.chars().count(), EXCERPT_CHARS + 1);
        assert_eq!(excerpt(b"   "), None);
    }
}
