//! Hosted login: OAuth 2.0 authorization code with PKCE (RFC 7636) on the
//! environment domain. Request shapes follow
//! `frontegg-extra-endpoints.json` (`/oauth/authorize`, `/oauth/token`,
//! `/oauth/logout/token`), which Frontegg's OpenAPI files leave out.

use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use ureq::http::Method;
use url::Url;

use crate::client::Client;
use crate::config::ClientConfig;
use crate::cookies::refresh_cookie_name;
use crate::error::{FronteggError, RejectionReason, Result};
use crate::secret::SecretString;
use crate::transport::{Auth, Request};

use super::{Session, TokenStorage};
use crate::verify::{TokenVerifier, TokenVerifierOptions};

/// The S256 PKCE challenge of `verifier`: base64url (no padding) of its
/// SHA-256.
#[cfg_attr(feature = "uniffi", uniffi::export)]
pub fn pkce_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(ring::digest::digest(
        &ring::digest::SHA256,
        verifier.as_bytes(),
    ))
}

/// 32 random bytes as base64url: 43 characters, all PKCE-unreserved.
fn random_text() -> Result<String> {
    let mut bytes = [0u8; 32];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| FronteggError::config("the system random generator failed"))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

// `HostedLoginOptions`, from codegen/flows.toml.
include!("../options/hosted_login_options.rs");

/// What [`HostedLogin::authorize_url`] made: open `url` in a browser, keep
/// the rest until the callback arrives.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
#[cfg_attr(
    feature = "python",
    pyo3::pyclass(get_all, frozen, eq, module = "frontegg_identity")
)]
pub struct AuthorizeRequest {
    /// `https://…/oauth/authorize?…` to open.
    pub url: String,
    /// Random; the callback must return it.
    pub state: String,
    /// Random; the ID token must carry it.
    pub nonce: String,
    /// The PKCE verifier the code exchange proves possession with.
    pub code_verifier: SecretString,
}

/// Hosted login for one app: builds authorize URLs, exchanges callbacks
/// for [`Session`]s.
#[derive(Clone, Debug)]
pub struct HostedLogin {
    options: HostedLoginOptions,
    scope: String,
    client: Client,
    /// Checks ID tokens against the issuer's JWKS
    /// (`{base_url}/.well-known/jwks.json`), with `TokenVerifier`'s key
    /// cache: fetched once, refetched (paced) for an unknown `kid`.
    id_tokens: TokenVerifier,
}

/// `/oauth/token`'s answer.
#[derive(Deserialize)]
pub(crate) struct TokenAnswer {
    pub access_token: SecretString,
    #[serde(default)]
    pub refresh_token: Option<SecretString>,
    #[serde(default)]
    pub id_token: Option<SecretString>,
    pub expires_in: f64,
}

#[derive(Serialize)]
struct TokenRequest<'a> {
    grant_type: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<&'a SecretString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    redirect_uri: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code_verifier: Option<&'a SecretString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refresh_token: Option<&'a SecretString>,
    #[serde(rename = "tenantId", skip_serializing_if = "Option::is_none")]
    tenant_id: Option<&'a str>,
}

fn oauth_error(code: &str, description: impl Into<String>) -> FronteggError {
    FronteggError::OAuth {
        code: code.to_owned(),
        description: description.into(),
    }
}

fn post_token(client: &Client, body: &TokenRequest<'_>) -> Result<TokenAnswer> {
    let request = Request::to_path(Method::POST, "/oauth/token", Auth::None)?.json(body)?;
    let response = client.send(&request)?;
    client.decode(&response, &request)
}

/// The `refresh_token` grant.
pub(crate) fn refresh_grant(
    client: &Client,
    refresh_token: &SecretString,
    tenant_id: Option<&str>,
) -> Result<TokenAnswer> {
    post_token(
        client,
        &TokenRequest {
            grant_type: "refresh_token",
            client_id: None,
            code: None,
            redirect_uri: None,
            code_verifier: None,
            refresh_token: Some(refresh_token),
            tenant_id,
        },
    )
}

/// `POST /oauth/logout/token` with the refresh cookie.
pub(crate) fn logout_token(
    client: &Client,
    client_id: &str,
    refresh_token: &SecretString,
) -> Result<()> {
    let request = Request::to_path(Method::POST, "/oauth/logout/token", Auth::None)?
        .cookie(&refresh_cookie_name(client_id), refresh_token)?;
    client.send(&request).map(drop)
}

impl HostedLogin {
    /// Checks `options` (the base URL must be `https`, loopback excepted).
    pub fn new(options: HostedLoginOptions) -> Result<Self> {
        for (name, value) in [
            ("client_id", &options.client_id),
            ("redirect_uri", &options.redirect_uri),
        ] {
            if value.trim().is_empty() {
                return Err(FronteggError::config(format!("{name} is required")));
            }
        }
        Url::parse(&options.redirect_uri).map_err(|e| {
            FronteggError::config(format!(
                "redirect_uri {} is not a URL: {e}",
                crate::redact::shown_url(&options.redirect_uri)
            ))
        })?;
        let client = Client::with_sdk_language(
            ClientConfig {
                base_url: Some(options.base_url.clone()),
                client_id: Some(options.client_id.clone()),
                ..ClientConfig::default()
            },
            "hosted-login",
        )?;
        let scope = if options.scopes.is_empty() {
            "openid email profile".to_owned()
        } else {
            options.scopes.join(" ")
        };
        // The environment domain is the tokens' issuer.
        let id_tokens = TokenVerifier::new(TokenVerifierOptions {
            audience: vec![options.client_id.clone()],
            ..TokenVerifierOptions::new(options.base_url.trim_end_matches('/'))
        })?;
        Ok(Self {
            options,
            scope,
            client,
            id_tokens,
        })
    }

    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// The hosted-login session `storage` kept from an earlier run of the
    /// app; `None` when it holds none (or an embedded-login one).
    pub fn restore_session(&self, storage: Arc<dyn TokenStorage>) -> Option<Session> {
        Session::restore_with(&self.client, Some(self), storage)
    }

    /// The client id hosted login signs in to.
    pub fn client_id(&self) -> &str {
        &self.options.client_id
    }

    /// A fresh authorize URL with its own `state`, `nonce` and PKCE pair.
    pub fn authorize_url(&self) -> Result<AuthorizeRequest> {
        let state = random_text()?;
        let nonce = random_text()?;
        let verifier = random_text()?;
        let base = self.options.base_url.trim_end_matches('/');
        let mut url = Url::parse(&format!("{base}/oauth/authorize"))
            .map_err(|e| FronteggError::config(format!("base_url is not a URL: {e}")))?;
        url.query_pairs_mut()
            .append_pair("response_type", "code")
            .append_pair("client_id", &self.options.client_id)
            .append_pair("redirect_uri", &self.options.redirect_uri)
            .append_pair("scope", &self.scope)
            .append_pair("state", &state)
            .append_pair("nonce", &nonce)
            .append_pair("code_challenge", &pkce_challenge(&verifier))
            .append_pair("code_challenge_method", "S256");
        Ok(AuthorizeRequest {
            url: url.into(),
            state,
            nonce,
            code_verifier: SecretString::new(verifier),
        })
    }

    /// Reads the callback URL (or its query string): checks `state`
    /// against `request` and refuses any OAuth parameter given twice before
    /// anything is sent, turns `error` parameters into
    /// [`FronteggError::OAuth`], exchanges the code (with the PKCE
    /// verifier), verifies the ID token (OpenID Connect Core §3.1.3.7: its
    /// signature against the issuer's JWKS, `iss`, `aud`, `exp`, `nonce`),
    /// and returns the session, saved to `storage`.
    pub fn exchange(
        &self,
        callback_url: &str,
        request: &AuthorizeRequest,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<Session> {
        let code = self.read_callback(callback_url, request)?;
        let answer = post_token(
            &self.client,
            &TokenRequest {
                grant_type: "authorization_code",
                client_id: Some(&self.options.client_id),
                code: Some(&code),
                redirect_uri: Some(&self.options.redirect_uri),
                code_verifier: Some(&request.code_verifier),
                refresh_token: None,
                tenant_id: None,
            },
        )?;
        match &answer.id_token {
            Some(id_token) => {
                self.id_tokens
                    .verify_id_token(id_token.expose(), &request.nonce)?;
            }
            // The nonce is what ties the answer to this login: an `openid`
            // login must return the token that carries it.
            None if self.scope.split(' ').any(|s| s == "openid") => {
                return Err(FronteggError::invalid_token(
                    RejectionReason::MissingClaim,
                    "the token answer has no id_token although the login asked for openid",
                ));
            }
            None => {}
        }
        Session::from_oauth(&self.client, &self.options.client_id, answer, storage)
    }

    /// The `state` a callback URL carries, to find the authorize request it
    /// answers when several logins are pending; `None` when it has none or
    /// carries it (or any OAuth parameter) more than once.
    pub fn callback_state(&self, callback_url: &str) -> Option<String> {
        read_callback_params(callback_url).ok()?.state
    }

    fn read_callback(
        &self,
        callback_url: &str,
        request: &AuthorizeRequest,
    ) -> Result<SecretString> {
        let CallbackParams {
            code,
            state,
            error,
            description,
        } = read_callback_params(callback_url)?;
        if state.as_deref() != Some(request.state.as_str()) {
            return Err(oauth_error(
                "invalid_state",
                "the callback's state is not the one this authorize request sent: ignore it (it may be forged)",
            ));
        }
        if let Some(error) = error {
            return Err(oauth_error(&error, description.unwrap_or_default()));
        }
        code.filter(|c| !c.is_empty())
            .map(SecretString::new)
            .ok_or_else(|| oauth_error("invalid_request", "the callback has no code"))
    }
}

/// The OAuth parameters of a callback URL's query.
struct CallbackParams {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    description: Option<String>,
}

fn read_callback_params(callback_url: &str) -> Result<CallbackParams> {
    let query = match callback_url.split_once('?') {
        Some((_, query)) => query,
        None => callback_url,
    };
    let query = query.split('#').next().unwrap_or_default();
    let (mut code, mut state, mut error, mut description, mut iss) = (None, None, None, None, None);
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        let slot = match name.as_ref() {
            "code" => &mut code,
            "state" => &mut state,
            "error" => &mut error,
            "error_description" => &mut description,
            // Not read (RFC 9207), but a second one is as suspicious.
            "iss" => &mut iss,
            _ => continue,
        };
        // RFC 6749 §3.1: a parameter sent twice makes the response
        // invalid. Taking either copy would let whoever can add one to
        // the URL choose the code or the state.
        if slot.replace(value.into_owned()).is_some() {
            return Err(oauth_error(
                "invalid_request",
                format!("the callback carries {name} more than once: ignore it (it may be forged)"),
            ));
        }
    }
    Ok(CallbackParams {
        code,
        state,
        error,
        description,
    })
}

#[cfg(test)]
mod tests {
    use super::pkce_challenge;

    /// RFC 7636, appendix B.
    #[test]
    fn the_challenge_matches_the_rfc_example() {
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
