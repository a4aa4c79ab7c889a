//! `frontegg_identity`, the Python package: a thin adapter over the Rust
//! core. It converts keyword arguments into core requests, releases the GIL
//! for every network call and maps errors onto Python exceptions. The
//! returned objects are the core types themselves.

mod convert;
mod errors;
mod flows;
mod generated;
mod logging;
mod pages;
mod session;
mod verify;

use frontegg_identity::{ClientConfig, FronteggError, JsonValue, SecretString};
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

/// Warns that `old` (`Class.method`) is renamed `new`, once per call
/// site as Python's warning filters decide.
pub(crate) fn deprecated(py: Python<'_>, old: &str, new: &str) -> PyResult<()> {
    let message = std::ffi::CString::new(format!(
        "{old} is renamed {new}; the old name goes in the next release"
    ))
    .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    PyErr::warn(
        py,
        &py.get_type::<pyo3::exceptions::PyDeprecationWarning>(),
        &message,
        1,
    )
}

impl Client {
    /// The client of a checked configuration (`Client(...)` in Python).
    pub(crate) fn build(config: ClientConfig) -> Result<Self, FronteggError> {
        let base_url = config
            .base_url
            .clone()
            .unwrap_or_else(|| config.region.unwrap_or_default().gateway_url().to_owned());
        let inner = frontegg_identity::Client::with_sdk_language(config, "python")?;
        Ok(Self { inner, base_url })
    }
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
            .map(|(name, value)| frontegg_identity::NameValue { name, value })
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
) -> PyResult<Vec<frontegg_identity::NameValue>> {
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
                out.push(frontegg_identity::NameValue {
                    name: name.clone(),
                    value: text(&inner?)?,
                });
            }
        } else {
            out.push(frontegg_identity::NameValue {
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
    module.add_class::<frontegg_identity::SsoPreLogin>()?;
    module.add_class::<frontegg_identity::SocialProvider>()?;
    module.add_function(pyo3::wrap_pyfunction!(session::pkce_challenge, module)?)?;
    module.add_class::<frontegg_identity::Claims>()?;
    module.add_class::<frontegg_identity::Actor>()?;
    module.add_function(pyo3::wrap_pyfunction!(module_getattr, module)?)?;
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
    namespace.set_item("_MAX_WORKERS", flows::ASYNC_MAX_WORKERS)?;
    namespace.set_item(
        "_NO_IO",
        pyo3::types::PyFrozenSet::new(py, flows::NO_IO.iter())?,
    )?;
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

/// The module's `__getattr__` (PEP 562): a renamed type's old name
/// answers the new type with a `DeprecationWarning`.
#[pyfunction]
#[pyo3(name = "__getattr__")]
fn module_getattr(py: Python<'_>, name: &str) -> PyResult<Py<PyAny>> {
    for (old, new) in flows::RENAMED_TYPES {
        if name == *old {
            deprecated(py, old, new)?;
            return Ok(py.import("frontegg_identity")?.getattr(*new)?.unbind());
        }
    }
    Err(pyo3::exceptions::PyAttributeError::new_err(format!(
        "module 'frontegg_identity' has no attribute {name:?}"
    )))
}

/// A string as Python's `repr` shows it.
fn python_str(value: &str) -> String {
    use frontegg_identity::python::PyReprField;
    let mut out = String::new();
    value.to_owned().py_repr(&mut out);
    out
}
