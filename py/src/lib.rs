//! `frontegg_identity`, the Python package: a thin adapter over the Rust
//! core. It converts keyword arguments into core requests, releases the GIL
//! for every network call and maps errors onto Python exceptions. The
//! returned objects are the core types themselves.

mod errors;
mod generated;
mod logging;
mod pages;
mod session;
mod verify;

use frontegg_identity::{
    AuthResponse, ClientConfig, FronteggError, JsonValue, LoginRequest, Provider, Region,
    SecretString, SignUpRequest, SignUpResponse, VendorToken,
};
use pyo3::prelude::*;

use crate::errors::to_py_err;
pub(crate) use crate::pages::PageIterator;

/// A Frontegg API client. Thread-safe: share one per process. Every call
/// releases the GIL while it waits on the network. Fork-safe: a client
/// built at import and used before gunicorn --preload, multiprocessing or
/// Celery fork is safe in the children (each opens its own connections).
#[pyclass(frozen, module = "frontegg_identity", name = "Client")]
pub(crate) struct Client {
    pub(crate) inner: frontegg_identity::Client,
    pub(crate) base_url: String,
}

/// Seconds from Python as whole milliseconds. Core checks the range; only
/// a value that is not a number at all is refused here. Huge values
/// saturate (and core then refuses them), never wrap.
pub(crate) fn seconds_to_millis(name: &str, seconds: f64) -> PyResult<u64> {
    if seconds.is_nan() || seconds < 0.0 {
        return Err(to_py_err(FronteggError::Config {
            reason: format!("{name} must be a non-negative number of seconds, got {seconds}"),
        }));
    }
    if seconds == 0.0 {
        return Ok(0);
    }
    // `as` saturates for floats: 1e30 s becomes u64::MAX ms.
    Ok(((seconds * 1000.0).ceil() as u64).max(1))
}

/// A typed request body from a Python dict with Frontegg's keys: converted
/// to JSON, then checked by core against the body's model (a missing or
/// unknown key is an `InvalidInputError` naming `operation`; nothing is
/// sent).
pub(crate) fn body_from_python<T: serde::de::DeserializeOwned>(
    value: &Bound<'_, PyAny>,
    operation: &str,
) -> PyResult<T> {
    let json = frontegg_identity::json_from_python(value).map_err(to_py_err)?;
    frontegg_identity::body_from_json(operation, json.0).map_err(to_py_err)
}

/// A request body given either as the model object itself (an answer to
/// send back) or as a dict.
pub(crate) fn model_or_dict<T>(value: &Bound<'_, PyAny>, operation: &str) -> PyResult<T>
where
    T: serde::de::DeserializeOwned + pyo3::PyClass + Clone,
{
    if let Ok(model) = value.cast::<T>() {
        return Ok(model.borrow().clone());
    }
    body_from_python(value, operation)
}

/// A `RawRequest` from `request(...)`'s Python arguments.
pub(crate) fn raw_request(
    method: String,
    path: String,
    query: Option<&Bound<'_, PyAny>>,
    body: Option<&Bound<'_, PyAny>>,
    headers: Option<std::collections::HashMap<String, String>>,
) -> PyResult<frontegg_identity::RawRequest> {
    Ok(frontegg_identity::RawRequest {
        method,
        path,
        query: pairs(query)?,
        headers: headers
            .unwrap_or_default()
            .into_iter()
            .map(|(name, value)| frontegg_identity::QueryPair { name, value })
            .collect(),
        body: json_arg(body)?,
    })
}

pub(crate) fn json_arg(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<JsonValue>> {
    value
        .filter(|v| !v.is_none())
        .map(|v| frontegg_identity::json_from_python(v).map_err(to_py_err))
        .transpose()
}

/// Query parameters from a dict (`{"a": "1"}`, a list value repeats the
/// name) or a list of `(name, value)` pairs; values are turned into text.
pub(crate) fn pairs(
    value: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<frontegg_identity::QueryPair>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Vec::new());
    };
    let text = |item: &Bound<'_, PyAny>| -> PyResult<String> {
        if let Ok(b) = item.cast::<pyo3::types::PyBool>() {
            return Ok(if b.is_true() { "true" } else { "false" }.to_owned());
        }
        Ok(item.str()?.to_str()?.to_owned())
    };
    let mut out = Vec::new();
    let mut push = |name: String, item: &Bound<'_, PyAny>| -> PyResult<()> {
        if item.is_none() {
            return Ok(());
        }
        if item.is_instance_of::<pyo3::types::PyList>()
            || item.is_instance_of::<pyo3::types::PyTuple>()
        {
            for inner in item.try_iter()? {
                out.push(frontegg_identity::QueryPair {
                    name: name.clone(),
                    value: text(&inner?)?,
                });
            }
        } else {
            out.push(frontegg_identity::QueryPair {
                name,
                value: text(item)?,
            });
        }
        Ok(())
    };
    if let Ok(dict) = value.cast::<pyo3::types::PyDict>() {
        for (name, item) in dict.iter() {
            push(name.extract::<String>()?, &item)?;
        }
    } else {
        for pair in value.try_iter()? {
            let (name, item): (String, Bound<'_, PyAny>) = pair?.extract()?;
            push(name, &item)?;
        }
    }
    Ok(out)
}

#[pymethods]
impl Client {
    #[new]
    #[pyo3(signature = (
        *,
        region = "eu",
        base_url = None,
        client_id = None,
        secret = None,
        access_token = None,
        timeout = 30.0,
        connect_timeout = 5.0,
        vendor_host = None,
        application_id = None,
        max_retries = 2,
        max_retry_wait = 5.0,
        service_urls = None,
        deadline = 60.0,
        max_response_bytes = 16777216,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        region: &str,
        base_url: Option<String>,
        client_id: Option<String>,
        secret: Option<String>,
        access_token: Option<String>,
        timeout: f64,
        connect_timeout: f64,
        vendor_host: Option<String>,
        application_id: Option<String>,
        max_retries: i64,
        max_retry_wait: f64,
        service_urls: Option<std::collections::HashMap<String, String>>,
        deadline: f64,
        max_response_bytes: i64,
    ) -> PyResult<Self> {
        let region = Region::parse(region).map_err(to_py_err)?;
        let config = ClientConfig {
            region: Some(region),
            base_url: base_url.clone(),
            client_id,
            secret: secret.map(SecretString::from),
            access_token: access_token.map(SecretString::from),
            connect_timeout_ms: seconds_to_millis("connect_timeout", connect_timeout)?,
            timeout_ms: seconds_to_millis("timeout", timeout)?,
            vendor_host,
            application_id,
            // Out-of-range counts saturate; core refuses them with the range.
            max_retries: u32::try_from(max_retries).unwrap_or(u32::MAX),
            max_retry_wait_ms: seconds_to_millis("max_retry_wait", max_retry_wait)?,
            service_urls: service_urls.unwrap_or_default(),
            deadline_ms: seconds_to_millis("deadline", deadline)?,
            max_response_bytes: u64::try_from(max_response_bytes.max(0)).unwrap_or(0),
        };
        let inner =
            frontegg_identity::Client::with_sdk_language(config, "python").map_err(to_py_err)?;
        Ok(Self {
            inner,
            base_url: base_url.unwrap_or_else(|| region.gateway_url().to_owned()),
        })
    }

    fn __repr__(&self) -> String {
        format!("Client(base_url={})", python_str(&self.base_url))
    }

    /// `with Client(...) as client:`; the client holds no resource that
    /// needs closing (connections close when it is dropped).
    fn __enter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __exit__(
        &self,
        _kind: Option<&Bound<'_, PyAny>>,
        _value: Option<&Bound<'_, PyAny>>,
        _traceback: Option<&Bound<'_, PyAny>>,
    ) -> bool {
        false
    }

    /// A client whose calls act inside `tenant_id` (header `frontegg-tenant-id`).
    fn for_tenant(&self, tenant_id: &str) -> PyResult<Self> {
        Ok(Self {
            inner: self.inner.for_tenant(tenant_id).map_err(to_py_err)?,
            base_url: self.base_url.clone(),
        })
    }

    /// A client whose calls act as `user_id` (header `frontegg-user-id`).
    fn for_user(&self, user_id: &str) -> PyResult<Self> {
        Ok(Self {
            inner: self.inner.for_user(user_id).map_err(to_py_err)?,
            base_url: self.base_url.clone(),
        })
    }

    /// A client that acts as one signed-in user: user (self-service)
    /// operations send `access_token` as the bearer token. Shares this
    /// client's connections and vendor token.
    fn as_user(&self, access_token: String) -> PyResult<Self> {
        Ok(Self {
            inner: self
                .inner
                .as_user(SecretString::from(access_token))
                .map_err(to_py_err)?,
            base_url: self.base_url.clone(),
        })
    }

    /// Calls any Frontegg endpoint, such as `/oauth/token`, through the same
    /// transport as every operation (credentials, retries, typed errors).
    /// Returns the JSON answer as Python values (`None` when empty).
    #[pyo3(signature = (method, path, *, query = None, body = None, headers = None))]
    fn request(
        &self,
        py: Python<'_>,
        method: String,
        path: String,
        query: Option<&Bound<'_, PyAny>>,
        body: Option<&Bound<'_, PyAny>>,
        headers: Option<std::collections::HashMap<String, String>>,
    ) -> PyResult<JsonValue> {
        let call = raw_request(method, path, query, body, headers)?;
        py.detach(|| self.inner.request(&call)).map_err(to_py_err)
    }

    /// Name of the environment's refresh-token cookie (needs `client_id`).
    #[getter]
    fn refresh_cookie_name(&self) -> PyResult<String> {
        self.inner.refresh_cookie_name().map_err(to_py_err)
    }

    /// Exchanges the vendor credentials for a fresh environment token.
    fn authenticate_vendor(&self, py: Python<'_>) -> PyResult<VendorToken> {
        py.detach(|| self.inner.authenticate_vendor())
            .map_err(to_py_err)
    }

    /// Signs up a user and creates their account (tenant).
    #[pyo3(signature = (
        *,
        email,
        company_name,
        password = None,
        provider = "local",
        name = None,
        username = None,
        profile_picture_url = None,
        metadata = None,
        skip_invite_email = None,
        role_ids = None,
        email_metadata = None,
        recaptcha_token = None,
        invitation_token = None,
        phone_number = None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn sign_up(
        &self,
        py: Python<'_>,
        email: String,
        company_name: String,
        password: Option<String>,
        provider: &str,
        name: Option<String>,
        username: Option<String>,
        profile_picture_url: Option<String>,
        metadata: Option<&Bound<'_, PyAny>>,
        skip_invite_email: Option<bool>,
        role_ids: Option<Vec<String>>,
        email_metadata: Option<&Bound<'_, PyAny>>,
        recaptcha_token: Option<String>,
        invitation_token: Option<String>,
        phone_number: Option<String>,
    ) -> PyResult<SignUpResponse> {
        let provider = Provider::from_wire(provider);
        let request = SignUpRequest {
            email,
            company_name,
            password: password.map(SecretString::from),
            provider,
            name,
            username,
            profile_picture_url,
            // Frontegg stores metadata as a JSON string.
            metadata: json_arg(metadata)?.map(|value| value.to_json_string()),
            skip_invite_email,
            role_ids,
            email_metadata: json_arg(email_metadata)?,
            recaptcha_token: recaptcha_token.map(SecretString::from),
            invitation_token: invitation_token.map(SecretString::from),
            phone_number,
        };
        py.detach(|| self.inner.sign_up(&request))
            .map_err(to_py_err)
    }

    /// Logs a user in with email (or username) and password.
    #[pyo3(signature = (
        *,
        password,
        email = None,
        username = None,
        recaptcha_token = None,
        invitation_token = None,
    ))]
    fn login(
        &self,
        py: Python<'_>,
        password: String,
        email: Option<String>,
        username: Option<String>,
        recaptcha_token: Option<String>,
        invitation_token: Option<String>,
    ) -> PyResult<AuthResponse> {
        let request = LoginRequest {
            password: password.into(),
            email,
            username,
            recaptcha_token: recaptcha_token.map(SecretString::from),
            invitation_token: invitation_token.map(SecretString::from),
        };
        py.detach(|| self.inner.login(&request)).map_err(to_py_err)
    }

    /// Exchanges a refresh token for a new session, optionally switching the
    /// active tenant.
    #[pyo3(signature = (refresh_token, *, tenant_id = None))]
    fn refresh(
        &self,
        py: Python<'_>,
        refresh_token: String,
        tenant_id: Option<String>,
    ) -> PyResult<AuthResponse> {
        let token = SecretString::from(refresh_token);
        py.detach(|| self.inner.refresh(&token, tenant_id.as_deref()))
            .map_err(to_py_err)
    }

    /// Ends the session of `refresh_token`.
    fn logout(&self, py: Python<'_>, refresh_token: String) -> PyResult<()> {
        let token = SecretString::from(refresh_token);
        py.detach(|| self.inner.logout(&token)).map_err(to_py_err)
    }
}

/// Typed client for the Frontegg identity API.
#[pymodule]
#[pyo3(name = "frontegg_identity")]
fn frontegg_identity_module(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    module.add_class::<Client>()?;
    module.add_class::<PageIterator>()?;
    module.add_class::<verify::TokenVerifier>()?;
    module.add_class::<session::Session>()?;
    module.add_class::<session::MfaRequired>()?;
    module.add_class::<session::HostedLogin>()?;
    module.add_class::<session::ActivationRequired>()?;
    module.add_class::<frontegg_identity::AuthorizeRequest>()?;
    module.add_class::<frontegg_identity::StoredSession>()?;
    module.add_class::<frontegg_identity::SsoPrelogin>()?;
    module.add_class::<frontegg_identity::SocialProvider>()?;
    module.add_function(pyo3::wrap_pyfunction!(session::pkce_challenge, module)?)?;
    module.add_class::<frontegg_identity::Claims>()?;
    module.add_class::<frontegg_identity::Actor>()?;
    generated::register(module)?;
    logging::register(module)?;
    errors::register(module)?;
    register_async(module)
}

/// Runs `async_client.py` against the finished module: it derives
/// `AsyncClient` and the async twins of the groups, `Session` and
/// `MfaRequired` from the sync classes, and they join the module.
fn register_async(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    let namespace = pyo3::types::PyDict::new(py);
    namespace.set_item("__builtins__", py.import("builtins")?)?;
    namespace.set_item("__name__", "frontegg_identity")?;
    for name in ["Client", "Session", "MfaRequired", "ConfigError"] {
        namespace.set_item(name, module.getattr(name)?)?;
    }
    let groups = pyo3::types::PyList::empty(py);
    for (property, class) in generated::GROUPS {
        groups.append((*property, module.getattr(*class)?))?;
    }
    namespace.set_item("_GROUPS", groups)?;
    let source = std::ffi::CString::new(include_str!("async_client.py"))
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    py.run(&source, Some(&namespace), None)?;
    for (name, value) in namespace.iter() {
        let name: String = name.extract()?;
        if name.starts_with("Async") {
            module.add(name.as_str(), value)?;
        }
    }
    Ok(())
}

/// A string as Python's `repr` shows it.
fn python_str(value: &str) -> String {
    use frontegg_identity::python::PyReprField;
    let mut out = String::new();
    value.to_owned().py_repr(&mut out);
    out
}
