//! [`Client`]: the entry point. Thread-safe and cheap to clone; clones share
//! one connection pool and one vendor-token cache. Fork-safe: a process
//! forked from one that used the client gets its own pool at its first
//! call (see `fork.rs`).

use std::sync::Arc;

use crate::config::{ClientConfig, require_header_safe};
use crate::error::{FronteggError, Result};
use crate::json::JsonValue;
use crate::secret::SecretString;
use crate::transport::{Auth, Request, Response, Scope, Transport};
use ureq::http::Method;

/// A call to any endpoint, for [`Client::request`]: the escape hatch for
/// endpoints outside Frontegg's OpenAPI files.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RawRequest {
    /// `GET`, `POST`, `PUT`, `PATCH` or `DELETE` (any case).
    pub method: String,
    /// The full gateway path, `/identity/resources/users/v1` or
    /// `/oauth/token`; no query string.
    pub path: String,
    /// Query parameters as (name, value) pairs, in order; a name may repeat.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub query: Vec<NameValue>,
    /// Extra headers (`authorization` and `cookie` are refused: the client
    /// sets them).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub headers: Vec<NameValue>,
    /// A JSON body.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub body: Option<JsonValue>,
}

/// A name and a value (a query parameter or a header) of a [`RawRequest`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NameValue {
    /// The parameter's (or header's) name.
    pub name: String,
    /// Its value, as text.
    pub value: String,
}

/// A Frontegg API client.
///
/// **Threads:** `Client` is `Send + Sync` and cheap to clone; share one
/// per process. Clones, scoped clients (`for_tenant`, `as_user`) and every
/// thread share its keep-alive connections and its vendor token, renewed by
/// one thread at a time.
///
/// **Fork:** a client built (and used) before `fork()` — gunicorn
/// `--preload`, a `multiprocessing` fork pool, Celery's prefork workers —
/// is safe to use in the child: the child never reuses a socket pooled by
/// the parent (which would mix up the two processes' answers), never waits
/// on a lock or a token renewal a parent thread held at the fork, and keeps
/// the cached vendor token when it could be read without waiting. The
/// parent keeps its connections.
///
/// ```
/// use frontegg_identity::{Client, ClientConfig, LoginRequest};
/// # // A loopback stand-in for Frontegg, so that the example runs.
/// # let mut frontegg = mockito::Server::new();
/// # frontegg.mock("POST", "/auth/vendor").with_body(r#"{"token":"vendor","expiresIn":3600}"#).create();
/// # let session = r#"{"accessToken":"a","refreshToken":"r","expiresIn":300,"expires":"","mfaRequired":false}"#;
/// # frontegg.mock("POST", "/identity/resources/auth/v1/user").with_body(session).create();
/// # frontegg.mock("POST", "/identity/resources/auth/v1/user/token/refresh").with_body(session).create();
///
/// let client = Client::new(
///     ClientConfig::builder()
/// #       .base_url(frontegg.url())
///         .vendor_credentials("my-client-id", "my-api-key")
///         .vendor_host("app-xxx.frontegg.com")
///         .build(),
/// )?;
/// let session = client.sign_in_tokens(&LoginRequest {
///     email: Some("jane@example.com".into()),
///     password: "correct horse".into(),
///     ..LoginRequest::default()
/// })?;
/// println!("access token expires in {} s", session.expires_in);
/// if let Some(refresh_token) = &session.refresh_token {
///     let refreshed = client.refresh_tokens(refresh_token, None)?;
///     assert_eq!(refreshed.expires_in, 300.0);
/// }
/// let in_tenant = client.for_tenant("tenant-id")?; // sends frontegg-tenant-id
/// # drop(in_tenant);
/// # Ok::<(), frontegg_identity::FronteggError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) transport: Arc<Transport>,
    scope: Scope,
}

impl Client {
    /// Checks `config` and builds a client.
    pub fn new(config: ClientConfig) -> Result<Self> {
        Self::with_sdk_language(config, "rust")
    }

    /// Like [`Client::new`], naming the calling language in the user agent
    /// (`frontegg-identity/<version> (<language>)`). For binding crates.
    #[doc(hidden)]
    pub fn with_sdk_language(config: ClientConfig, language: &str) -> Result<Self> {
        Self::build(
            config,
            language,
            crate::resolve::system_lookup(),
            crate::resolve::DNS_TTL,
        )
    }

    /// Like [`Client::new`], with host names resolved by `lookup` (given
    /// `host:port`) and each answer kept for `ttl`. For tests of the
    /// resolver's caching.
    #[cfg(feature = "test-hooks")]
    #[doc(hidden)]
    pub fn with_lookup(
        config: ClientConfig,
        lookup: impl Fn(&str) -> std::io::Result<Vec<std::net::SocketAddr>> + Send + Sync + 'static,
        ttl: std::time::Duration,
    ) -> Result<Self> {
        Self::build(config, "rust", Arc::new(lookup), ttl)
    }

    fn build(
        config: ClientConfig,
        language: &str,
        lookup: crate::resolve::Lookup,
        ttl: std::time::Duration,
    ) -> Result<Self> {
        let resolved = config.resolve()?;
        let user_agent = format!(
            "frontegg-identity/{} ({language})",
            env!("CARGO_PKG_VERSION")
        );
        Ok(Self {
            transport: Arc::new(Transport::new(resolved, &user_agent, lookup, ttl)),
            scope: Scope::default(),
        })
    }

    /// A client whose calls act inside `tenant_id` (header
    /// `frontegg-tenant-id`). Shares this client's connections and token.
    pub fn for_tenant(&self, tenant_id: &str) -> Result<Self> {
        require_header_safe("tenant_id", tenant_id).map_err(into_input_error)?;
        let mut scoped = self.clone();
        scoped.scope.tenant_id = Some(tenant_id.to_owned());
        Ok(scoped)
    }

    /// A client whose calls act as `user_id` (header `frontegg-user-id`).
    /// Shares this client's connections and token.
    pub fn for_user(&self, user_id: &str) -> Result<Self> {
        require_header_safe("user_id", user_id).map_err(into_input_error)?;
        let mut scoped = self.clone();
        scoped.scope.user_id = Some(user_id.to_owned());
        Ok(scoped)
    }

    /// A client that acts as one signed-in user: user operations
    /// (self-service: `/me`, the user's tenants, MFA devices, …) send
    /// `access_token` as the bearer token. Vendor and sign-in operations are
    /// unchanged. Shares this client's connections and vendor token.
    pub fn as_user(&self, access_token: impl Into<SecretString>) -> Result<Self> {
        let token = access_token.into();
        require_header_safe("access_token", token.expose()).map_err(into_input_error)?;
        let mut scoped = self.clone();
        scoped.scope.user_token = Some(token);
        Ok(scoped)
    }

    /// Calls any Frontegg endpoint, including those outside the OpenAPI
    /// files (`/oauth/token`, `/identity/resources/auth/v1/user/sso/…`),
    /// through the same transport as every generated operation: base URL,
    /// credentials, default and scoping headers, timeouts, retries, typed
    /// errors and redaction.
    ///
    /// The service follows the path's first segment (`/identity/…` goes to
    /// the identity service or its `service_urls` entry; an unknown first
    /// segment goes to the base URL as it is). Each segment is checked and
    /// percent-encoded. The credential is that of a user operation: the
    /// `as_user` token when there is one, else the client's own. The answer
    /// is the JSON body, `null` when empty.
    pub fn request(&self, call: &RawRequest) -> Result<JsonValue> {
        let method = Method::from_bytes(call.method.trim().to_ascii_uppercase().as_bytes())
            .map_err(|_| {
                FronteggError::invalid_input(format!(
                    "{} is not an HTTP method",
                    crate::redact::shown(&call.method)
                ))
            })?;
        let mut request = Request::to_path(method, &call.path, Auth::User)?;
        for pair in &call.query {
            request = request.query_pair(pair.name.clone(), pair.value.clone());
        }
        for pair in &call.headers {
            request = request.header_pair(pair.name.clone(), pair.value.clone())?;
        }
        if let Some(body) = &call.body {
            request = request.json(body)?;
        }
        self.execute_json(request)
    }

    /// Sends one request through the transport with this client's scope.
    pub(crate) fn send(&self, request: &Request) -> Result<Response> {
        self.transport.send(request, &self.scope)
    }

    /// Decodes an answer to `request`; a failure is scrubbed of the call's
    /// secrets like any transport error.
    pub(crate) fn decode<T: serde::de::DeserializeOwned>(
        &self,
        response: &Response,
        request: &Request,
    ) -> Result<T> {
        response
            .json()
            .map_err(|error| self.transport.scrub(error, request, &self.scope))
    }

    /// Sends a generated operation's request and decodes its answer. A
    /// decoding error is scrubbed like a transport error: serde quotes the
    /// values it could not read, and a server may have echoed a secret.
    pub(crate) fn execute<T: serde::de::DeserializeOwned>(&self, request: Request) -> Result<T> {
        let response = self.send(&request)?;
        self.decode(&response, &request)
    }

    /// Sends a generated operation's request whose answer the spec leaves
    /// undocumented: whatever JSON comes back, `null` when empty.
    pub(crate) fn execute_json(&self, request: Request) -> Result<JsonValue> {
        let response = self.send(&request)?;
        response
            .json_value()
            .map_err(|error| self.transport.scrub(error, &request, &self.scope))
    }
}

fn into_input_error(error: FronteggError) -> FronteggError {
    match error {
        FronteggError::Config { reason } => FronteggError::InvalidInput { reason },
        other => other,
    }
}
