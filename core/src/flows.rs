//! The hand-written session flows: vendor authentication, sign-up, login,
//! refresh and logout. They sit above the generated operations, whose
//! request descriptions they use, and add what a bare call cannot do: input
//! checks, the provider rule, and the refresh token carried in the
//! `fe_refresh_*` cookie both ways.

use crate::api::identity::Authentication;
use crate::client::Client;
use crate::cookies::{refresh_cookie_name, refresh_token_from_set_cookie};
use crate::error::{FronteggError, Result};
use crate::json::JsonValue;
use crate::models::{
    AuthResponse, AuthenticateLocalUserParams, LoginRequest, LogoutParams, RefreshTokenParams,
    SignUpRequest, SignUpResponse, SignUpUserParams, VendorToken,
};
use crate::secret::SecretString;
use crate::transport::{Request, Response};

impl Client {
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

    /// Signs up a user with their account (tenant) and returns Frontegg's
    /// answer without keeping any token ([`Client::sign_up`] signs them in).
    ///
    /// When the environment requires email verification, the answer has
    /// `should_activate` set and no session; otherwise `auth_response`
    /// holds the new session.
    pub fn sign_up_tokens(&self, request: &SignUpRequest) -> Result<SignUpResponse> {
        require_text("email", &request.email)?;
        require_text("company_name", &request.company_name)?;
        if let crate::models::Provider::Other { value } = &request.provider {
            return Err(FronteggError::invalid_input(format!(
                "unknown provider {}: expected one of {}",
                crate::redact::shown(value),
                crate::models::Provider::VALUES.join(", ")
            )));
        }
        // Header defaults (vendor host, application id) come from the config.
        let call = Authentication::sign_up_user_request(request, &SignUpUserParams::default())?;
        let response = self.send(&call)?;
        let mut answer: SignUpResponse = self.decode(&response, &call)?;
        if let Some(session) = &mut answer.auth_response {
            self.fill_refresh_token(session, &response);
        }
        Ok(answer)
    }

    /// Signs in with email (or username) and password and returns
    /// Frontegg's token answer without keeping it, for a server that hands
    /// the tokens on ([`Client::sign_in`] keeps them in a `Session`).
    ///
    /// When `mfa_required` is set in the answer, continue with the MFA step
    /// using `mfa_token`.
    pub fn sign_in_tokens(&self, request: &LoginRequest) -> Result<AuthResponse> {
        let blank = |value: Option<&str>| value.is_none_or(|v| v.trim().is_empty());
        if blank(request.email.as_deref()) && blank(request.username.as_deref()) {
            return Err(FronteggError::invalid_input(
                "give the user's email or username",
            ));
        }
        if request.password.is_empty() {
            return Err(FronteggError::invalid_input("password is empty"));
        }
        let call = Authentication::authenticate_local_user_request(
            request,
            &AuthenticateLocalUserParams::default(),
        )?;
        let response = self.send(&call)?;
        self.session_from(&response, &call)
    }

    /// Exchanges a refresh token for a new session, optionally switching the
    /// active tenant. The token travels in the `fe_refresh_*` cookie, so the
    /// client needs `client_id`.
    pub fn refresh_tokens(
        &self,
        refresh_token: &SecretString,
        tenant_id: Option<&str>,
    ) -> Result<AuthResponse> {
        let cookie = self.refresh_cookie_name()?;
        // The spec's refresh body is empty; Frontegg reads an optional
        // `tenantId` from it to switch the active tenant.
        let body = JsonValue(match tenant_id {
            Some(tenant_id) => serde_json::json!({ "tenantId": tenant_id }),
            None => serde_json::json!({}),
        });
        let call = Authentication::refresh_token_request(&body, &RefreshTokenParams::default())?
            .cookie(&cookie, refresh_token)?;
        let response = self.send(&call)?;
        self.session_from(&response, &call)
    }

    /// Ends the session of `refresh_token` (Frontegg invalidates it).
    pub fn sign_out(&self, refresh_token: &SecretString) -> Result<()> {
        let cookie = self.refresh_cookie_name()?;
        let call = Authentication::logout_request(&LogoutParams::default())?
            .cookie(&cookie, refresh_token)?;
        self.send(&call).map(drop)
    }

    pub(crate) fn session_from(&self, response: &Response, call: &Request) -> Result<AuthResponse> {
        let mut session: AuthResponse = self.decode(response, call)?;
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
