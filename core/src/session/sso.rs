//! SSO (SAML, OIDC) and social sign-in, over the shapes of
//! `frontegg-extra-endpoints.json` where the specs have none.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ureq::http::Method;

use crate::client::Client;
use crate::error::Result;
use crate::secret::SecretString;
use crate::transport::{Auth, Request};

use super::sign_in::require;
use super::{SignInOutcome, TokenStorage};

/// Which identity provider signs in an email (SSO prelogin).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(get_all, frozen, eq, module = "frontegg_identity")
)]
pub struct SsoPreLogin {
    /// Where to send the browser (the IdP's login address).
    #[serde(default)]
    pub address: Option<String>,
    /// `saml` or `oidc`.
    #[serde(rename = "idpType", default)]
    pub idp_type: Option<String>,
}

/// A social login provider of the environment.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(get_all, frozen, eq, module = "frontegg_identity")
)]
pub struct SocialProvider {
    /// `google`, `github`, `microsoft`, `facebook`, `slack`, `apple`, …
    #[serde(rename = "type")]
    pub provider: String,
    /// The provider app's client id, as configured in the portal.
    #[serde(rename = "clientId", default)]
    pub client_id: Option<String>,
    /// Where the provider sends the user back.
    #[serde(rename = "redirectUrl", default)]
    pub redirect_url: Option<String>,
    /// Whether the provider is turned on for this environment.
    #[serde(default)]
    pub active: bool,
}

#[derive(Serialize)]
struct SsoPreLoginBody<'a> {
    email: &'a str,
}

#[derive(Serialize)]
struct SamlPostlogin<'a> {
    #[serde(rename = "SAMLResponse")]
    saml_response: &'a SecretString,
    #[serde(rename = "RelayState")]
    relay_state: &'a str,
}

#[derive(Serialize)]
struct OidcPostlogin<'a> {
    code: &'a SecretString,
    state: &'a str,
    #[serde(rename = "redirectUri", skip_serializing_if = "Option::is_none")]
    redirect_uri: Option<&'a str>,
}

#[derive(Serialize)]
struct SocialPostlogin<'a> {
    code: &'a SecretString,
    #[serde(rename = "redirectUri", skip_serializing_if = "Option::is_none")]
    redirect_uri: Option<&'a str>,
    #[serde(rename = "codeVerifier", skip_serializing_if = "Option::is_none")]
    code_verifier: Option<&'a SecretString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    state: Option<&'a str>,
}

impl Client {
    /// Finds the SSO identity provider that signs in `email`
    /// (`POST /identity/resources/auth/v2/user/sso/prelogin`).
    pub fn sso_pre_login(&self, email: &str) -> Result<SsoPreLogin> {
        require("email", email)?;
        let request = Request::to_path(
            Method::POST,
            "/identity/resources/auth/v2/user/sso/prelogin",
            Auth::Public,
        )?
        .json(&SsoPreLoginBody {
            email: email.trim(),
        })?;
        self.execute(request)
    }

    /// Finishes a SAML sign-in with the IdP's `SAMLResponse` and
    /// `RelayState`.
    pub fn saml_post_login(
        &self,
        saml_response: &SecretString,
        relay_state: &str,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome> {
        require("saml_response", saml_response.expose())?;
        let request = Request::to_path(
            Method::POST,
            "/identity/resources/auth/v1/user/saml/postlogin",
            Auth::Public,
        )?
        .json(&SamlPostlogin {
            saml_response,
            relay_state,
        })?;
        self.sign_in_with(request, storage)
    }

    /// Finishes an OIDC SSO sign-in with the IdP's `code` and `state`.
    pub fn oidc_post_login(
        &self,
        code: &SecretString,
        state: &str,
        redirect_uri: Option<&str>,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome> {
        require("code", code.expose())?;
        let request = Request::to_path(
            Method::POST,
            "/identity/resources/auth/v1/user/oidc/postlogin",
            Auth::Public,
        )?
        .json(&OidcPostlogin {
            code,
            state,
            redirect_uri,
        })?;
        self.sign_in_with(request, storage)
    }

    /// The environment's social login providers
    /// (`GET /identity/resources/sso/v1`).
    pub fn social_providers(&self) -> Result<Vec<SocialProvider>> {
        self.execute(Request::to_path(
            Method::GET,
            "/identity/resources/sso/v1",
            Auth::Public,
        )?)
    }

    /// The address that starts a social sign-in with `provider`: open it in
    /// a browser; the provider sends the user back to `redirect_uri`.
    pub fn social_login_url(
        &self,
        provider: &str,
        redirect_uri: &str,
        state: Option<&str>,
    ) -> Result<String> {
        require("provider", provider)?;
        let mut request = Request::to_path(
            Method::GET,
            &format!("/identity/resources/auth/v2/user/sso/default/{provider}/prelogin"),
            Auth::Public,
        )?
        .query_pair("redirectUri".to_owned(), redirect_uri.to_owned());
        if let Some(state) = state {
            request = request.query_pair("state".to_owned(), state.to_owned());
        }
        self.transport.url(&request).map(String::from)
    }

    /// Finishes a social sign-in with the provider's `code`.
    pub fn social_post_login(
        &self,
        provider: &str,
        code: &SecretString,
        redirect_uri: Option<&str>,
        code_verifier: Option<&SecretString>,
        state: Option<&str>,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome> {
        require("code", code.expose())?;
        let request = Request::to_path(
            Method::POST,
            &format!("/identity/resources/auth/v1/user/sso/{provider}/postlogin"),
            Auth::Public,
        )?
        .json(&SocialPostlogin {
            code,
            redirect_uri,
            code_verifier,
            state,
        })?;
        self.sign_in_with(request, storage)
    }
}
