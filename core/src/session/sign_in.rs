//! The sign-in flows that end in a [`Session`]: password (with MFA),
//! passwordless, SSO and social post-login, sign-up and activation. The
//! MFA, passwordless and activation steps use the generated operations'
//! requests; SSO prelogin, SAML/OIDC and social post-login, and the social
//! providers list follow `frontegg-extra-endpoints.json` (they are not in
//! Frontegg's OpenAPI files).

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use ureq::http::Method;

use crate::api::identity::{Mfa, Passwordless, UserManagement};
use crate::client::Client;
use crate::error::{FronteggError, Result};
use crate::json::JsonValue;
use crate::models::{
    ActivateUserDto, ActivateUserParams, AuthRequestVerifyMfaRequest, AuthResponse,
    AuthenticateUserPasswordlessDto, LoginRequest, PasswordlessAuthenticationPreloginDto,
    PasswordlessAuthenticationSmsOtcPreloginDto, RecoverMfaDto, SignUpRequest,
    UserMfaDevicesResponse, VerifyMfaAuthAppRequest, VerifyMfaEmailOtcRequest, VerifyMfasmsRequest,
};
use crate::secret::SecretString;
use crate::transport::{Auth, Request};

use super::{Session, TokenStorage};

/// How a sign-in step ended: a session, or a second factor to give.
#[derive(Clone, Debug)]
pub enum SignInOutcome {
    /// Signed in.
    Session(Session),
    /// A second factor is needed: finish with one of [`MfaRequired`]'s methods.
    MfaRequired(MfaRequired),
}

/// How a sign-up ended: a session, or an email to confirm first.
#[derive(Clone, Debug)]
pub enum SignUpOutcome {
    /// Signed up and signed in.
    Session(Session),
    /// The environment requires email verification: the user follows the
    /// emailed link, then [`Client::activate`] gives the session.
    ActivationRequired {
        /// The new user's id, when Frontegg said it.
        user_id: Option<String>,
        /// The new account's (tenant's) id, when Frontegg said it.
        tenant_id: Option<String>,
    },
}

/// A password (or SSO, passwordless) sign-in that needs a second factor.
/// Holds the `mfaToken`; each method finishes the sign-in one way.
#[derive(Clone)]
pub struct MfaRequired {
    state: Arc<MfaState>,
}

struct MfaState {
    client: Client,
    storage: Option<Arc<dyn TokenStorage>>,
    mfa_token: SecretString,
    devices: Option<UserMfaDevicesResponse>,
    strategies: Option<JsonValue>,
    user_email: Option<String>,
}

impl std::fmt::Debug for MfaRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MfaRequired")
            .field("devices", &self.state.devices)
            .field("strategies", &self.state.strategies)
            .field("user_email", &self.state.user_email)
            .finish_non_exhaustive()
    }
}

/// The passwordless methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PasswordlessMethod {
    /// A link by email; its `token` parameter finishes the sign-in.
    MagicLink,
    /// A one-time code by email.
    EmailCode,
    /// A one-time code by SMS.
    SmsCode,
}

impl PasswordlessMethod {
    /// Every method, in the order above.
    pub const ALL: [PasswordlessMethod; 3] = [Self::MagicLink, Self::EmailCode, Self::SmsCode];

    /// `magic_link`, `email_code` or `sms_code` (Python's spelling).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MagicLink => "magic_link",
            Self::EmailCode => "email_code",
            Self::SmsCode => "sms_code",
        }
    }

    /// Reads [`as_str`](Self::as_str)'s names; anything else is
    /// [`FronteggError::InvalidInput`] listing them.
    pub fn parse(name: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|method| method.as_str() == name)
            .ok_or_else(|| {
                FronteggError::invalid_input(format!(
                    "passwordless method {} is unknown: use {}",
                    crate::redact::shown(name),
                    Self::ALL.map(Self::as_str).join(", ")
                ))
            })
    }
}

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

fn require(name: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(FronteggError::invalid_input(format!("{name} is empty")));
    }
    Ok(())
}

/// The `otcToken` of a "send me a code" answer.
fn otc_token(answer: JsonValue) -> Result<SecretString> {
    answer
        .0
        .get("otcToken")
        .and_then(|t| t.as_str())
        .map(SecretString::new)
        .ok_or_else(|| FronteggError::Decode {
            status: 200,
            reason: "the answer has no otcToken".to_owned(),
        })
}

impl MfaRequired {
    /// The devices the user enrolled (authenticator apps, phones, emails,
    /// security keys), when Frontegg lists them.
    pub fn devices(&self) -> Option<&UserMfaDevicesResponse> {
        self.state.devices.as_ref()
    }

    /// The strategies Frontegg offers (`mfaStrategies`), as sent.
    pub fn strategies(&self) -> Option<&JsonValue> {
        self.state.strategies.as_ref()
    }

    /// The user's email, when Frontegg sends it.
    pub fn user_email(&self) -> Option<&str> {
        self.state.user_email.as_deref()
    }

    fn finish(&self, request: Request) -> Result<Session> {
        let response = self.state.client.send(&request)?;
        let answer = self.state.client.session_from(&response, &request)?;
        Session::from_auth_response(&self.state.client, answer, self.state.storage.clone())
    }

    /// Finishes with an authenticator-app code. `remember_device` asks
    /// Frontegg to skip MFA on this device next time, where the
    /// environment allows it.
    pub fn verify(&self, code: &str, remember_device: bool) -> Result<Session> {
        require("code", code)?;
        self.finish(Mfa::verify_authenticator_mfa_code_request(
            &VerifyMfaAuthAppRequest {
                mfa_token: self.state.mfa_token.clone(),
                value: code.trim().to_owned(),
                remember_device: Some(remember_device),
            },
        )?)
    }

    /// Sends a code by SMS to `device_id` (a phone of
    /// [`devices`](Self::devices)); give the answer to
    /// [`verify_sms`](Self::verify_sms).
    pub fn send_sms_code(&self, device_id: &str) -> Result<SecretString> {
        let request = Mfa::pre_verify_sms_mfa_request(
            device_id,
            &AuthRequestVerifyMfaRequest {
                mfa_token: self.state.mfa_token.clone(),
            },
        )?;
        otc_token(self.state.client.execute_json(request)?)
    }

    /// Finishes with the SMS code.
    pub fn verify_sms(
        &self,
        device_id: &str,
        otc_token: &SecretString,
        code: &str,
        remember_device: bool,
    ) -> Result<Session> {
        require("code", code)?;
        self.finish(Mfa::verify_sms_mfa_request(
            device_id,
            &VerifyMfasmsRequest {
                code: SecretString::new(code.trim()),
                mfa_token: self.state.mfa_token.clone(),
                otc_token: otc_token.clone(),
                remember_device: Some(remember_device),
            },
        )?)
    }

    /// Sends a code by email; give the answer to
    /// [`verify_email`](Self::verify_email).
    pub fn send_email_code(&self) -> Result<SecretString> {
        let request = Mfa::pre_verify_email_otc_mfa_request(&AuthRequestVerifyMfaRequest {
            mfa_token: self.state.mfa_token.clone(),
        })?;
        otc_token(self.state.client.execute_json(request)?)
    }

    /// Finishes with the emailed code.
    pub fn verify_email(
        &self,
        otc_token: &SecretString,
        code: &str,
        remember_device: bool,
    ) -> Result<Session> {
        require("code", code)?;
        self.finish(Mfa::verify_email_otc_mfa_request(
            &VerifyMfaEmailOtcRequest {
                code: SecretString::new(code.trim()),
                mfa_token: self.state.mfa_token.clone(),
                otc_token: otc_token.clone(),
                remember_device: Some(remember_device),
            },
        )?)
    }

    /// Finishes with a recovery code (which Frontegg then spends).
    pub fn recover(&self, email: &str, recovery_code: &str) -> Result<Session> {
        require("email", email)?;
        require("recovery_code", recovery_code)?;
        self.finish(Mfa::recover_mfa_request(&RecoverMfaDto {
            email: email.trim().to_owned(),
            recovery_code: SecretString::new(recovery_code.trim()),
        })?)
    }
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
    /// Turns a sign-in answer into its outcome.
    pub(crate) fn outcome(
        &self,
        answer: AuthResponse,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome> {
        if answer.mfa_required {
            let mfa_token = answer.mfa_token.filter(|t| !t.is_empty()).ok_or_else(|| {
                FronteggError::Decode {
                    status: 200,
                    reason: "mfaRequired without an mfaToken".to_owned(),
                }
            })?;
            return Ok(SignInOutcome::MfaRequired(MfaRequired {
                state: Arc::new(MfaState {
                    client: self.clone(),
                    storage,
                    mfa_token,
                    devices: answer.mfa_devices,
                    strategies: answer.mfa_strategies,
                    user_email: answer.user_email,
                }),
            }));
        }
        Session::from_auth_response(self, answer, storage).map(SignInOutcome::Session)
    }

    fn sign_in_with(
        &self,
        request: Request,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome> {
        let response = self.send(&request)?;
        let answer = self.session_from(&response, &request)?;
        self.outcome(answer, storage)
    }

    /// Signs in with email (or username) and password: a [`Session`], or
    /// [`MfaRequired`] when a second factor is needed. Saves the session to
    /// `storage` (in memory when `None`).
    ///
    /// ```
    /// use frontegg_identity::{Client, ClientConfig, LoginRequest, SignInOutcome};
    /// # // A loopback stand-in for Frontegg, so that the example runs.
    /// # let mut frontegg = mockito::Server::new();
    /// # frontegg.mock("POST", "/identity/resources/auth/v1/user").with_body(
    /// #     r#"{"accessToken":"a","refreshToken":"r","expiresIn":300,"expires":"","mfaRequired":false}"#,
    /// # ).create();
    /// # frontegg.mock("POST", "/identity/resources/auth/v1/logout").with_body("{}").create();
    /// # let url = frontegg.url();
    ///
    /// let client = Client::new(
    ///     ClientConfig::builder()
    ///         .base_url(url) // the environment domain, https://app-xxx.frontegg.com
    ///         .client_id("my-client-id")
    ///         .build(),
    /// )?;
    /// let credentials = LoginRequest {
    ///     email: Some("jane@example.com".into()),
    ///     password: "correct horse".into(),
    ///     ..LoginRequest::default()
    /// };
    /// match client.sign_in(&credentials, None)? {
    ///     SignInOutcome::Session(session) => {
    ///         let token = session.access_token()?; // refreshed when it is about to expire
    /// #       assert_eq!(token.expose(), "a");
    ///         session.sign_out()?;
    ///     }
    ///     SignInOutcome::MfaRequired(challenge) => {
    ///         // Ask the user for a code, then `challenge.verify(code, false)`.
    /// #       drop(challenge);
    ///     }
    /// }
    /// # Ok::<(), frontegg_identity::FronteggError>(())
    /// ```
    pub fn sign_in(
        &self,
        request: &LoginRequest,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome> {
        let answer = self.sign_in_tokens(request)?;
        self.outcome(answer, storage)
    }

    /// Sends the passwordless link or code: by email (`email`) or, for
    /// [`PasswordlessMethod::SmsCode`], to the user's phone (`email` or
    /// `phone_number` finds the user).
    pub fn passwordless_start(
        &self,
        method: PasswordlessMethod,
        email: Option<&str>,
        phone_number: Option<&str>,
    ) -> Result<()> {
        let email = email.map(str::trim).filter(|e| !e.is_empty());
        let phone_number = phone_number.map(str::trim).filter(|p| !p.is_empty());
        let request = match method {
            PasswordlessMethod::SmsCode => {
                if email.is_none() && phone_number.is_none() {
                    return Err(FronteggError::invalid_input(
                        "give the user's email or phone number",
                    ));
                }
                Passwordless::sms_code_pre_login_request(
                    &PasswordlessAuthenticationSmsOtcPreloginDto {
                        email: email.map(str::to_owned),
                        phone_number: phone_number.map(str::to_owned),
                        ..Default::default()
                    },
                )?
            }
            PasswordlessMethod::MagicLink | PasswordlessMethod::EmailCode => {
                let body = PasswordlessAuthenticationPreloginDto {
                    email: Some(
                        email
                            .ok_or_else(|| FronteggError::invalid_input("email is empty"))?
                            .to_owned(),
                    ),
                    ..Default::default()
                };
                if method == PasswordlessMethod::MagicLink {
                    Passwordless::magic_link_prelogin_request(&body)?
                } else {
                    Passwordless::email_code_prelogin_request(&body)?
                }
            }
        };
        self.send(&request).map(drop)
    }

    /// Finishes a passwordless sign-in with the code the user received, or
    /// the magic link's `token` parameter.
    pub fn passwordless_finish(
        &self,
        method: PasswordlessMethod,
        token: &SecretString,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome> {
        require("token", token.expose())?;
        let body = AuthenticateUserPasswordlessDto {
            token: SecretString::new(token.expose().trim()),
            ..Default::default()
        };
        let request = match method {
            PasswordlessMethod::MagicLink => Passwordless::magic_link_post_login_request(&body)?,
            PasswordlessMethod::EmailCode => Passwordless::email_code_post_login_request(&body)?,
            PasswordlessMethod::SmsCode => Passwordless::sms_code_post_login_request(&body)?,
        };
        self.sign_in_with(request, storage)
    }

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

    /// Signs up and, when the environment does not ask for email
    /// verification, signs in: a [`Session`] or
    /// [`SignUpOutcome::ActivationRequired`].
    pub fn sign_up(
        &self,
        request: &SignUpRequest,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignUpOutcome> {
        let answer = self.sign_up_tokens(request)?;
        match answer.auth_response {
            Some(session) if !session.access_token.is_empty() => {
                Session::from_auth_response(self, session, storage).map(SignUpOutcome::Session)
            }
            _ => Ok(SignUpOutcome::ActivationRequired {
                user_id: answer.user_id,
                tenant_id: answer.tenant_id,
            }),
        }
    }

    /// Activates a signed-up user with the emailed `token` (setting
    /// `password` when the sign-up had none) and signs them in.
    pub fn activate(
        &self,
        user_id: &str,
        token: &SecretString,
        password: Option<&SecretString>,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome> {
        require("user_id", user_id)?;
        require("token", token.expose())?;
        let request = UserManagement::activate_user_request(
            &ActivateUserDto {
                user_id: user_id.to_owned(),
                token: token.clone(),
                password: password.cloned(),
                ..Default::default()
            },
            &ActivateUserParams::default(),
        )?;
        self.sign_in_with(request, storage)
    }
}
