//! [`Client`]: the entry point. Thread-safe and cheap to clone; clones share
//! one connection pool and one vendor-token cache.

use std::sync::Arc;

use crate::api::identity::Authentication;
use crate::config::{ClientConfig, require_header_safe};
use crate::cookies::{refresh_cookie_name, refresh_token_from_set_cookie};
use crate::error::{FronteggError, Result};
use crate::json::JsonValue;
use crate::models::VendorToken;
use crate::models::{
    AuthResponse, AuthenticateLocalUserParams, LoginRequest, LogoutParams, RefreshTokenParams,
    SignUpRequest, SignUpResponse, SignUpUserParams,
};
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
    pub query: Vec<QueryPair>,
    /// Extra headers (`authorization` and `cookie` are refused: the client
    /// sets them).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub headers: Vec<QueryPair>,
    /// A JSON body.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub body: Option<JsonValue>,
}

/// A name and a value (a query parameter or a header) of a [`RawRequest`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QueryPair {
    pub name: String,
    pub value: String,
}

/// A Frontegg API client.
///
/// ```no_run
/// use frontegg_identity::{Client, ClientConfig, LoginRequest};
///
/// let client = Client::new(
///     ClientConfig::builder()
///         .vendor_credentials("my-client-id", "my-api-key")
///         .vendor_host("app-xxx.frontegg.com")
///         .build(),
/// )?;
/// let session = client.login(&LoginRequest {
///     email: Some("jane@example.com".into()),
///     password: "correct horse".into(),
///     ..LoginRequest::default()
/// })?;
/// println!("access token expires in {} s", session.expires_in);
/// # Ok::<(), frontegg_identity::FronteggError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    transport: Arc<Transport>,
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
        let resolved = config.resolve()?;
        let user_agent = format!(
            "frontegg-identity/{} ({language})",
            env!("CARGO_PKG_VERSION")
        );
        Ok(Self {
            transport: Arc::new(Transport::new(resolved, &user_agent)),
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
                FronteggError::invalid_input(format!("{:?} is not an HTTP method", call.method))
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
        self.send(request)?.json_value()
    }

    /// Exchanges the vendor credentials for a fresh environment token
    /// (`POST /auth/vendor`) and caches it for the calls that follow.
    /// Calls authenticate on their own; use this to check credentials early.
    pub fn authenticate_vendor(&self) -> Result<VendorToken> {
        self.transport.authenticate_vendor_and_cache()
    }

    /// Name of this environment's refresh-token cookie (needs `client_id`).
    pub fn refresh_cookie_name(&self) -> Result<String> {
        self.transport
            .config()
            .client_id
            .as_deref()
            .map(refresh_cookie_name)
            .ok_or_else(|| {
                FronteggError::config("client_id is needed to name the refresh-token cookie")
            })
    }

    /// Signs up a user and creates their account (tenant).
    ///
    /// When the environment requires email verification, the answer has
    /// `should_activate` set and no session; otherwise `auth_response`
    /// holds the new session.
    pub fn sign_up(&self, request: &SignUpRequest) -> Result<SignUpResponse> {
        require_text("email", &request.email)?;
        require_text("company_name", &request.company_name)?;
        if let crate::models::Provider::Other { value } = &request.provider {
            return Err(FronteggError::invalid_input(format!(
                "unknown provider {value:?}: expected one of {}",
                crate::models::Provider::VALUES.join(", ")
            )));
        }
        // Header defaults (vendor host, application id) come from the config.
        let response = self.send(Authentication::sign_up_user_request(
            request,
            &SignUpUserParams::default(),
        )?)?;
        let mut answer: SignUpResponse = response.json()?;
        if let Some(session) = &mut answer.auth_response {
            self.fill_refresh_token(session, &response);
        }
        Ok(answer)
    }

    /// Logs a user in with email (or username) and password.
    ///
    /// When `mfa_required` is set in the answer, continue with the MFA step
    /// using `mfa_token`.
    pub fn login(&self, request: &LoginRequest) -> Result<AuthResponse> {
        if request.email.as_deref().is_none_or(str::is_empty)
            && request.username.as_deref().is_none_or(str::is_empty)
        {
            return Err(FronteggError::invalid_input(
                "give the user's email or username",
            ));
        }
        if request.password.is_empty() {
            return Err(FronteggError::invalid_input("password is empty"));
        }
        let response = self.send(Authentication::authenticate_local_user_request(
            request,
            &AuthenticateLocalUserParams::default(),
        )?)?;
        self.session_from(&response)
    }

    /// Exchanges a refresh token for a new session, optionally switching the
    /// active tenant. The token travels in the `fe_refresh_*` cookie, so the
    /// client needs `client_id`.
    pub fn refresh(
        &self,
        refresh_token: &SecretString,
        tenant_id: Option<&str>,
    ) -> Result<AuthResponse> {
        let cookie = self.refresh_cookie(refresh_token)?;
        // The spec's refresh body is empty; Frontegg reads an optional
        // `tenantId` from it to switch the active tenant.
        let body = JsonValue(match tenant_id {
            Some(tenant_id) => serde_json::json!({ "tenantId": tenant_id }),
            None => serde_json::json!({}),
        });
        let request = Authentication::refresh_token_request(&body, &RefreshTokenParams::default())?
            .cookie(&cookie, refresh_token);
        let response = self.send(request)?;
        self.session_from(&response)
    }

    /// Ends the session of `refresh_token` (Frontegg invalidates it).
    pub fn logout(&self, refresh_token: &SecretString) -> Result<()> {
        let cookie = self.refresh_cookie(refresh_token)?;
        let request = Authentication::logout_request(&LogoutParams::default())?
            .cookie(&cookie, refresh_token);
        self.send(request).map(drop)
    }

    fn send(&self, request: Request) -> Result<Response> {
        self.transport.send(&request, &self.scope)
    }

    /// Sends a generated operation's request and decodes its answer.
    pub(crate) fn execute<T: serde::de::DeserializeOwned>(&self, request: Request) -> Result<T> {
        self.send(request)?.json()
    }

    /// Sends a generated operation's request whose answer the spec leaves
    /// undocumented: whatever JSON comes back, `null` when empty.
    pub(crate) fn execute_json(&self, request: Request) -> Result<JsonValue> {
        self.send(request)?.json_value()
    }

    fn refresh_cookie(&self, refresh_token: &SecretString) -> Result<String> {
        if refresh_token.is_empty() {
            return Err(FronteggError::invalid_input("refresh token is empty"));
        }
        self.refresh_cookie_name()
    }

    fn session_from(&self, response: &Response) -> Result<AuthResponse> {
        let mut session: AuthResponse = response.json()?;
        self.fill_refresh_token(&mut session, response);
        Ok(session)
    }

    /// Frontegg sends the refresh token in the body, in `Set-Cookie`, or in
    /// both; callers always find it in `refresh_token`.
    fn fill_refresh_token(&self, session: &mut AuthResponse, response: &Response) {
        if session
            .refresh_token
            .as_ref()
            .is_none_or(SecretString::is_empty)
        {
            let client_id = self.transport.config().client_id.as_deref();
            if let Some(token) = refresh_token_from_set_cookie(response.set_cookies(), client_id) {
                session.refresh_token = Some(token);
            }
        }
    }
}

fn require_text(name: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(FronteggError::invalid_input(format!("{name} is empty")));
    }
    Ok(())
}

fn into_input_error(error: FronteggError) -> FronteggError {
    match error {
        FronteggError::Config { reason } => FronteggError::InvalidInput { reason },
        other => other,
    }
}
