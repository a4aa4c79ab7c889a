//! The sign-in flows that end in a [`Session`]: their outcomes, password
//! and passwordless sign-in, sign-up and activation, over the generated
//! operations' requests. The second factor is in `mfa.rs`, SSO and social
//! sign-in in `sso.rs`.

use std::sync::Arc;

use crate::api::identity::{Passwordless, UserManagement};
use crate::client::Client;
use crate::error::{FronteggError, Result};
use crate::models::{
    ActivateUserDto, ActivateUserParams, AuthResponse, AuthenticateUserPasswordlessDto,
    LoginRequest, PasswordlessAuthenticationPreloginDto,
    PasswordlessAuthenticationSmsOtcPreloginDto, SignUpRequest,
};
use crate::secret::SecretString;
use crate::transport::Request;

use super::mfa::{MfaRequired, MfaState};
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

pub(super) fn require(name: &str, value: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(FronteggError::invalid_input(format!("{name} is empty")));
    }
    Ok(())
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

    pub(super) fn sign_in_with(
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
