//! Sign-in flows and sessions for Swift and Kotlin: object handles over
//! the core's `Session`, `MfaRequired` and `HostedLogin`; outcomes as
//! enums that carry them. The storage is the core's `TokenStorage`
//! foreign trait, implemented on Keychain / Keystore by the app.

use std::sync::Arc;

use frontegg_identity::{
    AuthorizeRequest, FronteggError, HostedLoginOptions, JsonValue, LoginRequest,
    PasswordlessMethod, RawRequest, SecretString, SignUpRequest, SocialProvider, SsoPrelogin,
    TokenStorage, models::UserMfaDevicesResponse,
};

use crate::FronteggClient;

/// A signed-in user's session: refreshes itself ahead of expiry (one
/// refresh at a time), never sends a refresh token twice, and tells its
/// `TokenStorage` every change. Thread-safe; calls block.
#[derive(uniffi::Object)]
pub struct Session {
    inner: frontegg_identity::Session,
}

/// How a sign-in step ended.
#[derive(uniffi::Enum)]
pub enum SignInOutcome {
    Session { session: Arc<Session> },
    MfaRequired { challenge: Arc<MfaRequired> },
}

/// How a sign-up ended.
#[derive(uniffi::Enum)]
pub enum SignUpOutcome {
    Session {
        session: Arc<Session>,
    },
    /// The user must confirm their email; then `activate` signs them in.
    ActivationRequired {
        user_id: Option<String>,
        tenant_id: Option<String>,
    },
}

fn session(inner: frontegg_identity::Session) -> Arc<Session> {
    Arc::new(Session { inner })
}

impl From<frontegg_identity::SignInOutcome> for SignInOutcome {
    fn from(outcome: frontegg_identity::SignInOutcome) -> Self {
        match outcome {
            frontegg_identity::SignInOutcome::Session(inner) => Self::Session {
                session: session(inner),
            },
            frontegg_identity::SignInOutcome::MfaRequired(inner) => Self::MfaRequired {
                challenge: Arc::new(MfaRequired { inner }),
            },
        }
    }
}

#[uniffi::export]
impl Session {
    /// A valid access token, refreshed first when it expires within 30 s.
    pub fn access_token(&self) -> Result<SecretString, FronteggError> {
        self.inner.access_token()
    }

    /// Renews the tokens now.
    pub fn refresh(&self) -> Result<SecretString, FronteggError> {
        self.inner.refresh()
    }

    /// Makes `tenant_id` the active account.
    pub fn switch_tenant(&self, tenant_id: String) -> Result<(), FronteggError> {
        self.inner.switch_tenant(&tenant_id)
    }

    /// Signs out at Frontegg and clears the session and its storage.
    pub fn logout(&self) -> Result<(), FronteggError> {
        self.inner.logout()
    }

    /// Whether the session still holds tokens.
    pub fn is_signed_in(&self) -> bool {
        self.inner.is_signed_in()
    }

    pub fn user_id(&self) -> Option<String> {
        self.inner.user_id()
    }

    pub fn tenant_id(&self) -> Option<String> {
        self.inner.tenant_id()
    }

    /// When the access token expires, seconds since the epoch.
    pub fn expires_at(&self) -> Option<f64> {
        self.inner.expires_at()
    }

    /// Any endpoint as this user; a 401 refreshes once and retries once.
    pub fn request(&self, request: RawRequest) -> Result<JsonValue, FronteggError> {
        self.inner.request(&request)
    }

    /// A client whose user operations send the current access token.
    pub fn client(&self) -> Result<Arc<FronteggClient>, FronteggError> {
        Ok(Arc::new(FronteggClient {
            inner: self.inner.client()?,
        }))
    }
}

/// A sign-in waiting for its second factor.
#[derive(uniffi::Object)]
pub struct MfaRequired {
    inner: frontegg_identity::MfaRequired,
}

#[uniffi::export]
impl MfaRequired {
    /// The user's enrolled devices, when Frontegg lists them.
    pub fn devices(&self) -> Option<UserMfaDevicesResponse> {
        self.inner.devices().cloned()
    }

    /// The offered strategies (`mfaStrategies`), as JSON.
    pub fn strategies(&self) -> Option<JsonValue> {
        self.inner.strategies().cloned()
    }

    /// Finishes with an authenticator-app code.
    #[uniffi::method(default(remember_device = false))]
    pub fn verify(
        &self,
        code: String,
        remember_device: bool,
    ) -> Result<Arc<Session>, FronteggError> {
        self.inner.verify(&code, remember_device).map(session)
    }

    /// Sends a code by SMS to `device_id`; returns the `otcToken`.
    pub fn send_sms_code(&self, device_id: String) -> Result<SecretString, FronteggError> {
        self.inner.send_sms_code(&device_id)
    }

    /// Finishes with the SMS code.
    #[uniffi::method(default(remember_device = false))]
    pub fn verify_sms(
        &self,
        device_id: String,
        otc_token: SecretString,
        code: String,
        remember_device: bool,
    ) -> Result<Arc<Session>, FronteggError> {
        self.inner
            .verify_sms(&device_id, &otc_token, &code, remember_device)
            .map(session)
    }

    /// Sends a code by email; returns the `otcToken`.
    pub fn send_email_code(&self) -> Result<SecretString, FronteggError> {
        self.inner.send_email_code()
    }

    /// Finishes with the emailed code.
    #[uniffi::method(default(remember_device = false))]
    pub fn verify_email(
        &self,
        otc_token: SecretString,
        code: String,
        remember_device: bool,
    ) -> Result<Arc<Session>, FronteggError> {
        self.inner
            .verify_email(&otc_token, &code, remember_device)
            .map(session)
    }

    /// Finishes with a recovery code.
    pub fn recover(
        &self,
        email: String,
        recovery_code: String,
    ) -> Result<Arc<Session>, FronteggError> {
        self.inner.recover(&email, &recovery_code).map(session)
    }
}

/// Hosted login (OAuth 2.0 + PKCE) for one app.
#[derive(uniffi::Object)]
pub struct HostedLogin {
    inner: frontegg_identity::HostedLogin,
}

#[uniffi::export]
impl HostedLogin {
    #[uniffi::constructor]
    pub fn new(options: HostedLoginOptions) -> Result<Arc<Self>, FronteggError> {
        Ok(Arc::new(Self {
            inner: frontegg_identity::HostedLogin::new(options)?,
        }))
    }

    /// A fresh authorize URL with its state, nonce and PKCE verifier.
    pub fn authorize_url(&self) -> Result<AuthorizeRequest, FronteggError> {
        self.inner.authorize_url()
    }

    /// The hosted-login session `storage` kept from an earlier run.
    pub fn restore_session(&self, storage: Arc<dyn TokenStorage>) -> Option<Arc<Session>> {
        self.inner.restore_session(storage).map(session)
    }

    /// Checks the callback and exchanges its code for a session.
    #[uniffi::method(default(storage = None))]
    pub fn exchange(
        &self,
        callback_url: String,
        request: AuthorizeRequest,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<Arc<Session>, FronteggError> {
        self.inner
            .exchange(&callback_url, &request, storage)
            .map(session)
    }
}

#[uniffi::export]
impl FronteggClient {
    /// Signs in with email (or username) and password.
    #[uniffi::method(default(storage = None))]
    pub fn sign_in(
        &self,
        request: LoginRequest,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome, FronteggError> {
        self.inner.sign_in(&request, storage).map(Into::into)
    }

    /// Sends a passwordless link or code.
    #[uniffi::method(default(email = None, phone_number = None))]
    pub fn passwordless_start(
        &self,
        method: PasswordlessMethod,
        email: Option<String>,
        phone_number: Option<String>,
    ) -> Result<(), FronteggError> {
        self.inner
            .passwordless_start(method, email.as_deref(), phone_number.as_deref())
    }

    /// Finishes a passwordless sign-in with the code or link token.
    #[uniffi::method(default(storage = None))]
    pub fn passwordless_finish(
        &self,
        method: PasswordlessMethod,
        token: SecretString,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome, FronteggError> {
        self.inner
            .passwordless_finish(method, &token, storage)
            .map(Into::into)
    }

    /// The SSO identity provider for `email`.
    pub fn sso_prelogin(&self, email: String) -> Result<SsoPrelogin, FronteggError> {
        self.inner.sso_prelogin(&email)
    }

    /// Finishes a SAML sign-in.
    #[uniffi::method(default(storage = None))]
    pub fn saml_postlogin(
        &self,
        saml_response: SecretString,
        relay_state: String,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome, FronteggError> {
        self.inner
            .saml_postlogin(&saml_response, &relay_state, storage)
            .map(Into::into)
    }

    /// Finishes an OIDC SSO sign-in.
    #[uniffi::method(default(redirect_uri = None, storage = None))]
    pub fn oidc_postlogin(
        &self,
        code: SecretString,
        state: String,
        redirect_uri: Option<String>,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome, FronteggError> {
        self.inner
            .oidc_postlogin(&code, &state, redirect_uri.as_deref(), storage)
            .map(Into::into)
    }

    /// The environment's social login providers.
    pub fn social_providers(&self) -> Result<Vec<SocialProvider>, FronteggError> {
        self.inner.social_providers()
    }

    /// The address that starts a social sign-in.
    #[uniffi::method(default(state = None))]
    pub fn social_login_url(
        &self,
        provider: String,
        redirect_uri: String,
        state: Option<String>,
    ) -> Result<String, FronteggError> {
        self.inner
            .social_login_url(&provider, &redirect_uri, state.as_deref())
    }

    /// Finishes a social sign-in with the provider's code.
    #[uniffi::method(default(redirect_uri = None, code_verifier = None, state = None, storage = None))]
    pub fn social_postlogin(
        &self,
        provider: String,
        code: SecretString,
        redirect_uri: Option<String>,
        code_verifier: Option<SecretString>,
        state: Option<String>,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome, FronteggError> {
        self.inner
            .social_postlogin(
                &provider,
                &code,
                redirect_uri.as_deref(),
                code_verifier.as_ref(),
                state.as_deref(),
                storage,
            )
            .map(Into::into)
    }

    /// Signs up, and signs in unless email verification is required.
    #[uniffi::method(default(storage = None))]
    pub fn sign_up_session(
        &self,
        request: SignUpRequest,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignUpOutcome, FronteggError> {
        Ok(match self.inner.sign_up_session(&request, storage)? {
            frontegg_identity::SignUpOutcome::Session(inner) => SignUpOutcome::Session {
                session: session(inner),
            },
            frontegg_identity::SignUpOutcome::ActivationRequired { user_id, tenant_id } => {
                SignUpOutcome::ActivationRequired { user_id, tenant_id }
            }
        })
    }

    /// Activates a signed-up user and signs them in.
    #[uniffi::method(default(password = None, storage = None))]
    pub fn activate(
        &self,
        user_id: String,
        token: SecretString,
        password: Option<SecretString>,
        storage: Option<Arc<dyn TokenStorage>>,
    ) -> Result<SignInOutcome, FronteggError> {
        self.inner
            .activate(&user_id, &token, password.as_ref(), storage)
            .map(Into::into)
    }

    /// The embedded-login session `storage` kept from an earlier run.
    pub fn restore_session(&self, storage: Arc<dyn TokenStorage>) -> Option<Arc<Session>> {
        frontegg_identity::Session::restore(&self.inner, storage).map(session)
    }
}
