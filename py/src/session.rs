//! Sign-in flows and sessions for Python: `Session`, `MfaRequired`,
//! `HostedLogin`, and the adapter that lets a Python object be the
//! session's token storage. Every network call releases the GIL; a storage
//! callback takes it back only for the duration of the call.

use std::sync::Arc;

use frontegg_identity::{
    AuthorizeRequest, HostedLoginOptions, LoginRequest, PasswordlessMethod, SecretString,
    SessionKind, SignUpRequest, SocialProvider, SsoPrelogin, StoredSession, TokenStorage,
    models::UserMfaDevicesResponse,
};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::to_py_err;
use crate::{Client, raw_request};

/// A Python object with `load()`, `save(stored)` and `clear()` methods, as
/// the session's storage. An exception in one of them is reported through
/// `sys.unraisablehook` and the session goes on in memory.
struct PyStorage {
    store: Py<PyAny>,
}

impl PyStorage {
    fn report(py: Python<'_>, error: PyErr, store: &Bound<'_, PyAny>) {
        error.write_unraisable(py, Some(store));
    }
}

/// A stored session from a `StoredSession` or a dict with the same keys.
fn stored_from(value: &Bound<'_, PyAny>) -> PyResult<Option<StoredSession>> {
    if value.is_none() {
        return Ok(None);
    }
    if let Ok(stored) = value.cast::<StoredSession>() {
        return Ok(Some(stored.get().clone()));
    }
    let dict = value.cast::<PyDict>().map_err(|_| {
        pyo3::exceptions::PyTypeError::new_err("load() must return a StoredSession, a dict or None")
    })?;
    let text = |key: &str| -> PyResult<Option<String>> {
        dict.get_item(key)?
            .filter(|v| !v.is_none())
            .map(|v| v.extract::<String>())
            .transpose()
    };
    let number = |key: &str| -> PyResult<f64> {
        dict.get_item(key)?
            .map(|v| v.extract::<f64>())
            .transpose()
            .map(|v| v.unwrap_or(0.0))
    };
    let required = |key: &str| -> PyResult<String> {
        text(key)?.ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(key.to_owned()))
    };
    Ok(Some(StoredSession {
        kind: SessionKind::parse(&text("kind")?.unwrap_or_else(|| "embedded".to_owned()))
            .map_err(to_py_err)?,
        access_token: SecretString::new(required("access_token")?),
        refresh_token: SecretString::new(required("refresh_token")?),
        expires_at: number("expires_at")?,
        lifetime: number("lifetime")?,
        user_id: text("user_id")?,
        tenant_id: text("tenant_id")?,
    }))
}

impl TokenStorage for PyStorage {
    fn load(&self) -> Option<StoredSession> {
        Python::attach(|py| {
            let store = self.store.bind(py);
            match store.call_method0("load").and_then(|v| stored_from(&v)) {
                Ok(stored) => stored,
                Err(error) => {
                    Self::report(py, error, store);
                    None
                }
            }
        })
    }

    fn save(&self, session: StoredSession) {
        Python::attach(|py| {
            let store = self.store.bind(py);
            if let Err(error) = store.call_method1("save", (session,)) {
                Self::report(py, error, store);
            }
        });
    }

    fn clear(&self) {
        Python::attach(|py| {
            let store = self.store.bind(py);
            if let Err(error) = store.call_method0("clear") {
                Self::report(py, error, store);
            }
        });
    }
}

fn storage(store: Option<Py<PyAny>>) -> Option<Arc<dyn TokenStorage>> {
    store.map(|store| Arc::new(PyStorage { store }) as Arc<dyn TokenStorage>)
}

/// An optional text as Python's repr shows it.
fn optional(value: Option<&str>) -> String {
    value.map_or_else(|| "None".to_owned(), crate::python_str)
}

fn method(name: &str) -> PyResult<PasswordlessMethod> {
    PasswordlessMethod::parse(name).map_err(to_py_err)
}

/// A signed-in user's session: refreshed ahead of expiry (one refresh at a
/// time), never spending a refresh token twice, every change told to its
/// storage (outside its locks: a storage may call back into it).
/// Thread-safe. After a fork, keep it to one process: parent and child hold
/// the same refresh token.
#[pyclass(frozen, module = "frontegg_identity", name = "Session")]
pub(crate) struct Session {
    inner: frontegg_identity::Session,
}

/// A sign-in waiting for its second factor.
#[pyclass(frozen, module = "frontegg_identity", name = "MfaRequired")]
pub(crate) struct MfaRequired {
    inner: frontegg_identity::MfaRequired,
}

fn outcome(py: Python<'_>, outcome: frontegg_identity::SignInOutcome) -> PyResult<Py<PyAny>> {
    Ok(match outcome {
        frontegg_identity::SignInOutcome::Session(inner) => {
            Py::new(py, Session { inner })?.into_any()
        }
        frontegg_identity::SignInOutcome::MfaRequired(inner) => {
            Py::new(py, MfaRequired { inner })?.into_any()
        }
    })
}

#[pymethods]
impl Session {
    fn __repr__(&self) -> String {
        format!(
            "Session(user_id={}, tenant_id={}, signed_in={})",
            optional(self.inner.user_id().as_deref()),
            optional(self.inner.tenant_id().as_deref()),
            if self.inner.is_signed_in() {
                "True"
            } else {
                "False"
            }
        )
    }

    /// A valid access token, refreshed first when it expires within 30 s.
    fn access_token(&self, py: Python<'_>) -> PyResult<String> {
        py.detach(|| self.inner.access_token())
            .map(|t| t.expose().to_owned())
            .map_err(to_py_err)
    }

    /// Renews the tokens now; returns the new access token.
    fn refresh(&self, py: Python<'_>) -> PyResult<String> {
        py.detach(|| self.inner.refresh())
            .map(|t| t.expose().to_owned())
            .map_err(to_py_err)
    }

    /// Makes `tenant_id` the active account.
    fn switch_tenant(&self, py: Python<'_>, tenant_id: &str) -> PyResult<()> {
        py.detach(|| self.inner.switch_tenant(tenant_id))
            .map_err(to_py_err)
    }

    /// Signs out at Frontegg and clears the session and its storage.
    fn logout(&self, py: Python<'_>) -> PyResult<()> {
        py.detach(|| self.inner.logout()).map_err(to_py_err)
    }

    #[getter]
    fn is_signed_in(&self) -> bool {
        self.inner.is_signed_in()
    }

    #[getter]
    fn user_id(&self) -> Option<String> {
        self.inner.user_id()
    }

    #[getter]
    fn tenant_id(&self) -> Option<String> {
        self.inner.tenant_id()
    }

    /// When the access token expires, seconds since the epoch.
    #[getter]
    fn expires_at(&self) -> Option<f64> {
        self.inner.expires_at()
    }

    /// Any endpoint as this user; a 401 refreshes once and retries once.
    #[pyo3(signature = (method, path, *, query = None, body = None, headers = None))]
    fn request(
        &self,
        py: Python<'_>,
        method: String,
        path: String,
        query: Option<&Bound<'_, PyAny>>,
        body: Option<&Bound<'_, PyAny>>,
        headers: Option<std::collections::HashMap<String, String>>,
    ) -> PyResult<frontegg_identity::JsonValue> {
        let call = raw_request(method, path, query, body, headers)?;
        py.detach(|| self.inner.request(&call)).map_err(to_py_err)
    }

    /// A client whose user operations send the current access token.
    fn client(&self, py: Python<'_>) -> PyResult<Client> {
        let inner = py.detach(|| self.inner.client()).map_err(to_py_err)?;
        Ok(Client {
            inner,
            base_url: String::new(),
        })
    }
}

#[pymethods]
impl MfaRequired {
    fn __repr__(&self) -> String {
        format!(
            "MfaRequired(user_email={})",
            optional(self.inner.user_email())
        )
    }

    /// The user's enrolled devices, when Frontegg lists them.
    #[getter]
    fn devices(&self) -> Option<UserMfaDevicesResponse> {
        self.inner.devices().cloned()
    }

    /// The offered strategies (`mfaStrategies`), as sent.
    #[getter]
    fn strategies(&self) -> Option<frontegg_identity::JsonValue> {
        self.inner.strategies().cloned()
    }

    /// Finishes with an authenticator-app code.
    #[pyo3(signature = (code, *, remember_device = false))]
    fn verify(&self, py: Python<'_>, code: &str, remember_device: bool) -> PyResult<Session> {
        let inner = py
            .detach(|| self.inner.verify(code, remember_device))
            .map_err(to_py_err)?;
        Ok(Session { inner })
    }

    /// Sends a code by SMS to `device_id`; returns the `otc_token` to give
    /// to `verify_sms`.
    fn send_sms_code(&self, py: Python<'_>, device_id: &str) -> PyResult<String> {
        py.detach(|| self.inner.send_sms_code(device_id))
            .map(|t| t.expose().to_owned())
            .map_err(to_py_err)
    }

    #[pyo3(signature = (device_id, otc_token, code, *, remember_device = false))]
    fn verify_sms(
        &self,
        py: Python<'_>,
        device_id: &str,
        otc_token: String,
        code: &str,
        remember_device: bool,
    ) -> PyResult<Session> {
        let otc = SecretString::new(otc_token);
        let inner = py
            .detach(|| {
                self.inner
                    .verify_sms(device_id, &otc, code, remember_device)
            })
            .map_err(to_py_err)?;
        Ok(Session { inner })
    }

    /// Sends a code by email; returns the `otc_token` for `verify_email`.
    fn send_email_code(&self, py: Python<'_>) -> PyResult<String> {
        py.detach(|| self.inner.send_email_code())
            .map(|t| t.expose().to_owned())
            .map_err(to_py_err)
    }

    #[pyo3(signature = (otc_token, code, *, remember_device = false))]
    fn verify_email(
        &self,
        py: Python<'_>,
        otc_token: String,
        code: &str,
        remember_device: bool,
    ) -> PyResult<Session> {
        let otc = SecretString::new(otc_token);
        let inner = py
            .detach(|| self.inner.verify_email(&otc, code, remember_device))
            .map_err(to_py_err)?;
        Ok(Session { inner })
    }

    /// Finishes with a recovery code.
    fn recover(&self, py: Python<'_>, email: &str, recovery_code: &str) -> PyResult<Session> {
        let inner = py
            .detach(|| self.inner.recover(email, recovery_code))
            .map_err(to_py_err)?;
        Ok(Session { inner })
    }
}

/// A sign-up that needs the user to confirm their email; `activate` with
/// the emailed token then signs them in.
#[pyclass(
    frozen,
    get_all,
    module = "frontegg_identity",
    name = "ActivationRequired"
)]
pub(crate) struct ActivationRequired {
    user_id: Option<String>,
    tenant_id: Option<String>,
}

#[pymethods]
impl ActivationRequired {
    fn __repr__(&self) -> String {
        format!(
            "ActivationRequired(user_id={}, tenant_id={})",
            optional(self.user_id.as_deref()),
            optional(self.tenant_id.as_deref())
        )
    }
}

/// Hosted login (OAuth 2.0 with PKCE) for one app.
#[pyclass(frozen, module = "frontegg_identity", name = "HostedLogin")]
pub(crate) struct HostedLogin {
    inner: frontegg_identity::HostedLogin,
}

#[pymethods]
impl HostedLogin {
    #[new]
    #[pyo3(signature = (*, base_url, client_id, redirect_uri, scopes = None))]
    fn new(
        base_url: String,
        client_id: String,
        redirect_uri: String,
        scopes: Option<Vec<String>>,
    ) -> PyResult<Self> {
        let inner = frontegg_identity::HostedLogin::new(HostedLoginOptions {
            base_url,
            client_id,
            redirect_uri,
            scopes: scopes.unwrap_or_default(),
        })
        .map_err(to_py_err)?;
        Ok(Self { inner })
    }

    fn __repr__(&self) -> String {
        format!(
            "HostedLogin(client_id={})",
            optional(Some(self.inner.client_id()))
        )
    }

    /// A fresh authorize URL (`.url`) with its `state`, `nonce` and
    /// `code_verifier`: keep the object until the callback arrives.
    fn authorize_url(&self) -> PyResult<AuthorizeRequest> {
        self.inner.authorize_url().map_err(to_py_err)
    }

    /// Checks the callback URL against `request` and exchanges its code.
    #[pyo3(signature = (callback_url, request, *, storage = None))]
    fn exchange(
        &self,
        py: Python<'_>,
        callback_url: &str,
        request: &Bound<'_, AuthorizeRequest>,
        storage: Option<Py<PyAny>>,
    ) -> PyResult<Session> {
        let request = request.get().clone();
        let storage = self::storage(storage);
        let inner = py
            .detach(|| self.inner.exchange(callback_url, &request, storage))
            .map_err(to_py_err)?;
        Ok(Session { inner })
    }

    /// The hosted-login session kept by `storage` in an earlier run.
    fn restore_session(&self, py: Python<'_>, storage: Py<PyAny>) -> Option<Session> {
        let storage = Arc::new(PyStorage { store: storage }) as Arc<dyn TokenStorage>;
        py.detach(|| self.inner.restore_session(storage))
            .map(|inner| Session { inner })
    }
}

/// The S256 PKCE challenge of `verifier` (base64url, no padding).
#[pyfunction]
pub(crate) fn pkce_challenge(verifier: &str) -> String {
    frontegg_identity::pkce_challenge(verifier)
}

#[pymethods]
impl Client {
    /// Signs in with email (or username) and password: a `Session`, or
    /// `MfaRequired` when a second factor is needed.
    #[pyo3(signature = (
        *,
        password,
        email = None,
        username = None,
        recaptcha_token = None,
        invitation_token = None,
        storage = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn sign_in(
        &self,
        py: Python<'_>,
        password: String,
        email: Option<String>,
        username: Option<String>,
        recaptcha_token: Option<String>,
        invitation_token: Option<String>,
        storage: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let request = LoginRequest {
            password: password.into(),
            email,
            username,
            recaptcha_token: recaptcha_token.map(SecretString::from),
            invitation_token: invitation_token.map(SecretString::from),
        };
        let storage = self::storage(storage);
        let result = py
            .detach(|| self.inner.sign_in(&request, storage))
            .map_err(to_py_err)?;
        outcome(py, result)
    }

    /// Sends a passwordless link or code (`method`: `magic_link`,
    /// `email_code` or `sms_code`).
    #[pyo3(signature = (method, *, email = None, phone_number = None))]
    fn passwordless_start(
        &self,
        py: Python<'_>,
        method: &str,
        email: Option<String>,
        phone_number: Option<String>,
    ) -> PyResult<()> {
        let method = self::method(method)?;
        py.detach(|| {
            self.inner
                .passwordless_start(method, email.as_deref(), phone_number.as_deref())
        })
        .map_err(to_py_err)
    }

    /// Finishes a passwordless sign-in with the code or the link's token.
    #[pyo3(signature = (method, token, *, storage = None))]
    fn passwordless_finish(
        &self,
        py: Python<'_>,
        method: &str,
        token: String,
        storage: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let method = self::method(method)?;
        let token = SecretString::new(token);
        let storage = self::storage(storage);
        let result = py
            .detach(|| self.inner.passwordless_finish(method, &token, storage))
            .map_err(to_py_err)?;
        outcome(py, result)
    }

    /// The SSO identity provider that signs in `email`.
    fn sso_prelogin(&self, py: Python<'_>, email: &str) -> PyResult<SsoPrelogin> {
        py.detach(|| self.inner.sso_prelogin(email))
            .map_err(to_py_err)
    }

    /// Finishes a SAML sign-in.
    #[pyo3(signature = (saml_response, relay_state, *, storage = None))]
    fn saml_postlogin(
        &self,
        py: Python<'_>,
        saml_response: String,
        relay_state: &str,
        storage: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let saml = SecretString::new(saml_response);
        let storage = self::storage(storage);
        let result = py
            .detach(|| self.inner.saml_postlogin(&saml, relay_state, storage))
            .map_err(to_py_err)?;
        outcome(py, result)
    }

    /// Finishes an OIDC SSO sign-in.
    #[pyo3(signature = (code, state, *, redirect_uri = None, storage = None))]
    fn oidc_postlogin(
        &self,
        py: Python<'_>,
        code: String,
        state: &str,
        redirect_uri: Option<String>,
        storage: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let code = SecretString::new(code);
        let storage = self::storage(storage);
        let result = py
            .detach(|| {
                self.inner
                    .oidc_postlogin(&code, state, redirect_uri.as_deref(), storage)
            })
            .map_err(to_py_err)?;
        outcome(py, result)
    }

    /// The environment's social login providers.
    fn social_providers(&self, py: Python<'_>) -> PyResult<Vec<SocialProvider>> {
        py.detach(|| self.inner.social_providers())
            .map_err(to_py_err)
    }

    /// The address that starts a social sign-in with `provider`.
    #[pyo3(signature = (provider, redirect_uri, *, state = None))]
    fn social_login_url(
        &self,
        provider: &str,
        redirect_uri: &str,
        state: Option<String>,
    ) -> PyResult<String> {
        self.inner
            .social_login_url(provider, redirect_uri, state.as_deref())
            .map_err(to_py_err)
    }

    /// Finishes a social sign-in with the provider's code.
    #[pyo3(signature = (provider, code, *, redirect_uri = None, code_verifier = None, state = None, storage = None))]
    #[allow(clippy::too_many_arguments)]
    fn social_postlogin(
        &self,
        py: Python<'_>,
        provider: &str,
        code: String,
        redirect_uri: Option<String>,
        code_verifier: Option<String>,
        state: Option<String>,
        storage: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let code = SecretString::new(code);
        let verifier = code_verifier.map(SecretString::new);
        let storage = self::storage(storage);
        let result = py
            .detach(|| {
                self.inner.social_postlogin(
                    provider,
                    &code,
                    redirect_uri.as_deref(),
                    verifier.as_ref(),
                    state.as_deref(),
                    storage,
                )
            })
            .map_err(to_py_err)?;
        outcome(py, result)
    }

    /// Signs up and, unless email verification is required, signs in: a
    /// `Session`, or `ActivationRequired` when the user must confirm their
    /// email first (then `activate`).
    #[pyo3(signature = (
        *,
        email,
        company_name,
        password = None,
        name = None,
        username = None,
        phone_number = None,
        invitation_token = None,
        recaptcha_token = None,
        storage = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn sign_up_session(
        &self,
        py: Python<'_>,
        email: String,
        company_name: String,
        password: Option<String>,
        name: Option<String>,
        username: Option<String>,
        phone_number: Option<String>,
        invitation_token: Option<String>,
        recaptcha_token: Option<String>,
        storage: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let request = SignUpRequest {
            email,
            company_name,
            password: password.map(SecretString::from),
            name,
            username,
            phone_number,
            invitation_token: invitation_token.map(SecretString::from),
            recaptcha_token: recaptcha_token.map(SecretString::from),
            ..SignUpRequest::default()
        };
        let storage = self::storage(storage);
        let result = py
            .detach(|| self.inner.sign_up_session(&request, storage))
            .map_err(to_py_err)?;
        Ok(match result {
            frontegg_identity::SignUpOutcome::Session(inner) => {
                Py::new(py, Session { inner })?.into_any()
            }
            frontegg_identity::SignUpOutcome::ActivationRequired { user_id, tenant_id } => {
                Py::new(py, ActivationRequired { user_id, tenant_id })?.into_any()
            }
        })
    }

    /// Activates a signed-up user with the emailed token and signs them in.
    #[pyo3(signature = (user_id, token, *, password = None, storage = None))]
    fn activate(
        &self,
        py: Python<'_>,
        user_id: &str,
        token: String,
        password: Option<String>,
        storage: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let token = SecretString::new(token);
        let password = password.map(SecretString::new);
        let storage = self::storage(storage);
        let result = py
            .detach(|| {
                self.inner
                    .activate(user_id, &token, password.as_ref(), storage)
            })
            .map_err(to_py_err)?;
        outcome(py, result)
    }

    /// The embedded-login session kept by `storage` in an earlier run.
    fn restore_session(&self, py: Python<'_>, storage: Py<PyAny>) -> Option<Session> {
        let storage = Arc::new(PyStorage { store: storage }) as Arc<dyn TokenStorage>;
        py.detach(|| frontegg_identity::Session::restore(&self.inner, storage))
            .map(|inner| Session { inner })
    }
}
