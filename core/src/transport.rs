//! The transport: the one function, [`Transport::send`], that every call goes
//! through. It builds the URL from path segments, adds credentials and
//! headers, applies the timeouts, renews the vendor token once on a 401 and
//! turns unsuccessful answers into [`FronteggError`]s.

use std::borrow::Cow;
use std::time::SystemTime;

use serde::de::DeserializeOwned;
use ureq::http::{self, HeaderMap, HeaderValue, Method};
use url::Url;

use crate::api::models::VendorAuthenticationRequest;
use crate::config::{Credentials, ResolvedConfig};
use crate::error::{ApiErrorDetails, FronteggError, Result};
use crate::models::VendorToken;
use crate::retry_after::retry_after_secs;
use crate::secret::SecretString;
use crate::vendor_token::VendorTokenManager;

/// Longest excerpt of a non-JSON error body kept in an error.
const EXCERPT_CHARS: usize = 200;

/// The Frontegg service a request goes to: a path prefix on the gateway, or
/// its own base URL when `ClientConfig::service_urls` names one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Service {
    Identity,
    Team,
    Tenants,
    Applications,
    Directory,
    VendorAuth,
}

impl Service {
    /// Every service, in the order `ResolvedConfig::service_bases` uses.
    pub const ALL: [Service; 6] = [
        Service::Identity,
        Service::Team,
        Service::Tenants,
        Service::Applications,
        Service::Directory,
        Service::VendorAuth,
    ];

    /// The prefix on the gateway, also the key of `service_urls`.
    pub fn prefix(self) -> &'static str {
        match self {
            Service::Identity => "identity",
            Service::Team => "team",
            Service::Tenants => "tenants",
            Service::Applications => "applications",
            Service::Directory => "directory",
            Service::VendorAuth => "auth/vendor",
        }
    }
}

/// The value of a required parameter, or an `InvalidInput` error naming it.
pub(crate) fn required<'a, T>(value: &'a Option<T>, name: &str) -> Result<&'a T> {
    value
        .as_ref()
        .ok_or_else(|| FronteggError::invalid_input(format!("{name} is required")))
}

/// A value that can travel in a query string (arrays repeat the name).
pub(crate) trait QueryValue {
    fn push_to(&self, name: &'static str, query: &mut Vec<(&'static str, String)>);
}

impl QueryValue for String {
    fn push_to(&self, name: &'static str, query: &mut Vec<(&'static str, String)>) {
        query.push((name, self.clone()));
    }
}

impl QueryValue for i64 {
    fn push_to(&self, name: &'static str, query: &mut Vec<(&'static str, String)>) {
        query.push((name, self.to_string()));
    }
}

impl QueryValue for bool {
    fn push_to(&self, name: &'static str, query: &mut Vec<(&'static str, String)>) {
        query.push((name, self.to_string()));
    }
}

impl<T: QueryValue> QueryValue for Vec<T> {
    fn push_to(&self, name: &'static str, query: &mut Vec<(&'static str, String)>) {
        for item in self {
            item.push_to(name, query);
        }
    }
}

/// Which credential an operation sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Auth {
    /// Nothing: the call is itself how a credential is obtained.
    None,
    /// Whatever the client was configured with: the vendor token, a user's
    /// access token, or nothing.
    Configured,
}

/// Headers that scope a call to a tenant or a user (vendor-token calls).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Scope {
    pub tenant_id: Option<String>,
    pub user_id: Option<String>,
}

/// A plain description of one HTTP call; [`Transport::send`] executes it.
#[derive(Debug)]
pub(crate) struct Request {
    method: Method,
    service: Service,
    segments: Vec<Cow<'static, str>>,
    query: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
    cookie: Option<SecretString>,
    body: Option<Vec<u8>>,
    auth: Auth,
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
            auth: Auth::Configured,
        }
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
    pub fn segment(mut self, name: &str, value: &str) -> Result<Self> {
        if value.is_empty() || value == "." || value == ".." {
            return Err(FronteggError::invalid_input(format!(
                "{name} must be a non-empty id, got {value:?}"
            )));
        }
        self.segments.push(Cow::Owned(value.to_owned()));
        Ok(self)
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
            self.headers.push((name, value.to_owned()));
        }
        self
    }

    /// Sends a cookie (`name=value`); the whole header is treated as secret.
    pub fn cookie(mut self, name: &str, value: &SecretString) -> Self {
        self.cookie = Some(SecretString::new(format!("{name}={}", value.expose())));
        self
    }

    /// Sends `body` as JSON.
    pub fn json(mut self, body: &impl serde::Serialize) -> Result<Self> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| FronteggError::invalid_input(format!("cannot encode the body: {e}")))?;
        self.body = Some(bytes);
        Ok(self)
    }

    /// Chooses the credential (default: [`Auth::Configured`]).
    pub fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }
}

/// A successful answer.
#[derive(Debug)]
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

/// Sends every request of one client over one keep-alive agent.
pub(crate) struct Transport {
    agent: ureq::Agent,
    config: ResolvedConfig,
    vendor_tokens: VendorTokenManager,
}

impl Transport {
    pub fn new(config: ResolvedConfig, user_agent: &str) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(config.connect_timeout))
            .timeout_global(Some(config.timeout))
            .user_agent(user_agent)
            // Frontegg's API does not redirect; following one could carry
            // credentials to another host.
            .max_redirects(0)
            .build()
            .into();
        Self {
            agent,
            config,
            vendor_tokens: VendorTokenManager::new(),
        }
    }

    pub fn config(&self) -> &ResolvedConfig {
        &self.config
    }

    /// Executes `request`: the one place where HTTP happens.
    pub fn send(&self, request: &Request, scope: &Scope) -> Result<Response> {
        let url = self.url(request)?;
        let mut attempt = 0;
        loop {
            match self.send_authenticated(&url, request, scope) {
                Err(error) => match self.config.retry.delay(attempt, &request.method, &error) {
                    Some(wait) => {
                        std::thread::sleep(wait);
                        attempt += 1;
                    }
                    None => return Err(error),
                },
                success => return success,
            }
        }
    }

    /// One attempt, plus one more with a renewed vendor token after a 401.
    fn send_authenticated(&self, url: &Url, request: &Request, scope: &Scope) -> Result<Response> {
        let mut renewed = false;
        loop {
            let bearer = self.bearer(request.auth)?;
            let response = self.send_once(url, request, scope, bearer.as_ref())?;
            if response.status == 401
                && !renewed
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
        let request =
            crate::api::env_auth::VendorAuthentication::authenticate_vendor_request(&body)?;
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
        self.vendor_tokens.token(|| self.authenticate_vendor())
    }

    fn bearer(&self, auth: Auth) -> Result<Option<Bearer>> {
        Ok(match (auth, &self.config.credentials) {
            (Auth::None, _) | (Auth::Configured, Credentials::None) => None,
            (Auth::Configured, Credentials::Vendor { .. }) => {
                Some(Bearer::Vendor(self.vendor_token()?))
            }
            (Auth::Configured, Credentials::AccessToken(token)) => {
                Some(Bearer::User(token.clone()))
            }
        })
    }

    fn url(&self, request: &Request) -> Result<Url> {
        let index = Service::ALL
            .iter()
            .position(|service| *service == request.service)
            .unwrap_or_default();
        let mut url = self
            .config
            .service_bases
            .get(index)
            .cloned()
            .ok_or_else(|| FronteggError::config("no base URL for the service"))?;
        url.path_segments_mut()
            .map_err(|()| FronteggError::config("base_url cannot carry a path"))?
            .extend(request.segments.iter().map(|s| s.as_ref()));
        if !request.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in &request.query {
                pairs.append_pair(name, value);
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
            headers.insert(*name, header_value(name, value)?);
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
            self.agent.run(http_request)
        } else {
            // Always a known length (0 when there is no body): ureq would
            // otherwise send a bodiless POST chunked, which some gateways and
            // proxies refuse.
            let body = request.body.as_deref().unwrap_or_default();
            let http_request = builder
                .header(http::header::CONTENT_LENGTH, body.len())
                .body(body)
                .map_err(|e| FronteggError::invalid_input(e.to_string()))?;
            self.agent.run(http_request)
        };
        let response = result.map_err(transport_error)?;
        let (parts, mut body) = response.into_parts();
        let body = body.read_to_vec().map_err(transport_error)?;
        Ok(Response {
            status: parts.status.as_u16(),
            headers: parts.headers,
            body,
        })
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

fn error_from_response(response: &Response) -> FronteggError {
    let header = |name: &str| {
        response
            .headers
            .get(name)
            .and_then(|value| value.to_str().ok())
    };
    let mut details = ApiErrorDetails {
        status: response.status,
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
        Ok(Transport::new(config, "test"))
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
        let transport = Transport::new(config.resolve()?, "test");
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
