//! The request description: a plain value saying what to send (method,
//! service, path segments, query, headers, cookie, JSON body, credential
//! kind), built by the generated operations and the flows and executed by
//! [`Transport::send`](super::Transport::send). Building one checks ids,
//! header names and cookie values, so a bad one is refused before anything
//! is sent.

use std::borrow::Cow;

use ureq::http::{self, Method};

use crate::error::{FronteggError, Result};
use crate::secret::SecretString;
use crate::service::Service;

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
    pub(super) method: Method,
    pub(super) service: Service,
    pub(super) segments: Vec<Cow<'static, str>>,
    pub(super) query: Vec<(Cow<'static, str>, String)>,
    pub(super) headers: Vec<(Cow<'static, str>, String)>,
    pub(super) cookie: Option<SecretString>,
    pub(super) body: Option<Vec<u8>>,
    pub(super) auth: Auth,
    /// Which segments are ids, and their names: logs show `{name}` there.
    pub(super) ids: Vec<(usize, &'static str)>,
    /// Every secret the request carries (cookie, body fields): scrubbed
    /// from error texts.
    pub(super) secrets: Vec<SecretString>,
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
    pub(super) fn template(&self) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
