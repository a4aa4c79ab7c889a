//! Sign-in flows and sessions for Python: `Session`, `MfaRequired`,
//! `HostedLogin`, and the adapter that lets a Python object be the
//! session's token storage. Every network call releases the GIL; a storage
//! callback takes it back only for the duration of the call.

use std::sync::Arc;

use frontegg_identity::{
    PasswordlessMethod, SecretString, SessionKind, StoredSession, TokenStorage,
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

/// An optional Python storage as the session's `TokenStorage`.
pub(crate) fn storage(store: Option<Py<PyAny>>) -> Option<Arc<dyn TokenStorage>> {
    store.map(self::store)
}

/// A Python storage as the session's `TokenStorage`.
pub(crate) fn store(store: Py<PyAny>) -> Arc<dyn TokenStorage> {
    Arc::new(PyStorage { store })
}

/// An optional text as Python's repr shows it.
fn optional(value: Option<&str>) -> String {
    value.map_or_else(|| "None".to_owned(), crate::python_str)
}

/// A passwordless method by its name (`magic_link`, `email_code`, `sms_code`).
pub(crate) fn method(name: &str) -> PyResult<PasswordlessMethod> {
    PasswordlessMethod::parse(name).map_err(to_py_err)
}

/// A signed-in user's session: refreshed ahead of expiry (one refresh at a
/// time), never spending a refresh token twice, every change told to its
/// storage (outside its locks: a storage may call back into it).
/// Thread-safe. After a fork, keep it to one process: parent and child hold
/// the same refresh token.
#[pyclass(frozen, module = "frontegg_identity", name = "Session")]
pub(crate) struct Session {
    pub(crate) inner: frontegg_identity::Session,
}

impl From<frontegg_identity::Session> for Session {
    fn from(inner: frontegg_identity::Session) -> Self {
        Self { inner }
    }
}

/// A sign-in waiting for its second factor.
#[pyclass(frozen, module = "frontegg_identity", name = "MfaRequired")]
pub(crate) struct MfaRequired {
    pub(crate) inner: frontegg_identity::MfaRequired,
}

/// A sign-in's outcome as its Python object: `Session` or `MfaRequired`.
pub(crate) fn outcome(
    py: Python<'_>,
    outcome: frontegg_identity::SignInOutcome,
) -> PyResult<Py<PyAny>> {
    Ok(match outcome {
        frontegg_identity::SignInOutcome::Session(inner) => {
            Py::new(py, Session { inner })?.into_any()
        }
        frontegg_identity::SignInOutcome::MfaRequired(inner) => {
            Py::new(py, MfaRequired { inner })?.into_any()
        }
    })
}

/// A sign-up's outcome as its Python object: `Session` or
/// `ActivationRequired`.
pub(crate) fn sign_up_outcome(
    py: Python<'_>,
    outcome: frontegg_identity::SignUpOutcome,
) -> PyResult<Py<PyAny>> {
    Ok(match outcome {
        frontegg_identity::SignUpOutcome::Session(inner) => {
            Py::new(py, Session { inner })?.into_any()
        }
        frontegg_identity::SignUpOutcome::ActivationRequired { user_id, tenant_id } => {
            Py::new(py, ActivationRequired { user_id, tenant_id })?.into_any()
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
    pub(crate) inner: frontegg_identity::HostedLogin,
}

#[pymethods]
impl HostedLogin {
    fn __repr__(&self) -> String {
        format!(
            "HostedLogin(client_id={})",
            optional(Some(self.inner.client_id()))
        )
    }
}

/// The S256 PKCE challenge of `verifier` (base64url, no padding).
#[pyfunction]
pub(crate) fn pkce_challenge(verifier: &str) -> String {
    frontegg_identity::pkce_challenge(verifier)
}
