//! Maps [`FronteggError`] onto the Python exception hierarchy defined in
//! `exceptions.py`.

use std::ffi::CString;

use frontegg_identity::{ApiErrorDetails, FronteggError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyModule, PyType};

/// The exception classes, in the order of [`CLASS_NAMES`].
static CLASSES: PyOnceLock<Vec<Py<PyType>>> = PyOnceLock::new();

const CLASS_NAMES: [&str; 16] = [
    "FronteggError",
    "ApiError",
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "ConflictError",
    "RateLimitedError",
    "ServerError",
    "NetworkError",
    "TimeoutError",
    "DecodeError",
    "InvalidInputError",
    "ConfigError",
    "InvalidTokenError",
    "AuthenticationError",
    "OAuthError",
];

/// Creates the classes and adds them to `module`.
pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    let namespace = PyDict::new(py);
    namespace.set_item("__builtins__", py.import("builtins")?)?;
    // Classes take their `__module__` from here.
    namespace.set_item("__name__", "frontegg_identity")?;
    let source = CString::new(include_str!("exceptions.py"))
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    py.run(&source, Some(&namespace), None)?;
    let mut classes = Vec::with_capacity(CLASS_NAMES.len());
    for name in CLASS_NAMES {
        let class = namespace
            .get_item(name)?
            .ok_or_else(|| pyo3::exceptions::PyRuntimeError::new_err(format!("{name} missing")))?
            .cast_into::<PyType>()?;
        module.add(name, &class)?;
        classes.push(class.unbind());
    }
    let _ = CLASSES.set(py, classes);
    Ok(())
}

fn class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    let index = CLASS_NAMES
        .iter()
        .position(|n| *n == name)
        .ok_or_else(|| pyo3::exceptions::PyRuntimeError::new_err(format!("no class {name}")))?;
    CLASSES
        .get(py)
        .and_then(|classes| classes.get(index))
        .map(|class| class.bind(py).clone())
        .ok_or_else(|| pyo3::exceptions::PyRuntimeError::new_err("module not initialised"))
}

/// The Python exception for `error`, with its attributes set.
pub fn to_py_err(error: FronteggError) -> PyErr {
    Python::attach(|py| build(py, &error).unwrap_or_else(|failure| failure))
}

fn build(py: Python<'_>, error: &FronteggError) -> PyResult<PyErr> {
    let name = match error {
        FronteggError::Network { .. } => "NetworkError",
        FronteggError::Timeout { .. } => "TimeoutError",
        FronteggError::Unauthorized { .. } => "UnauthorizedError",
        FronteggError::Forbidden { .. } => "ForbiddenError",
        FronteggError::NotFound { .. } => "NotFoundError",
        FronteggError::Conflict { .. } => "ConflictError",
        FronteggError::RateLimited { .. } => "RateLimitedError",
        FronteggError::Server { .. } => "ServerError",
        FronteggError::Api { .. } => "ApiError",
        FronteggError::Decode { .. } => "DecodeError",
        FronteggError::InvalidInput { .. } => "InvalidInputError",
        FronteggError::Config { .. } => "ConfigError",
        FronteggError::InvalidToken { .. } => "InvalidTokenError",
        FronteggError::Authentication { .. } => "AuthenticationError",
        FronteggError::OAuth { .. } => "OAuthError",
        // A kind this adapter does not know yet still raises the base class.
        _ => "FronteggError",
    };
    let instance = class(py, name)?.call1((error.to_string(),))?;
    instance.setattr("status", error.status())?;
    if let Some(ApiErrorDetails {
        errors,
        error_code,
        trace_id,
        body_excerpt,
        attempts,
        ..
    }) = error.details()
    {
        instance.setattr("errors", errors.clone())?;
        instance.setattr("error_code", error_code.clone())?;
        instance.setattr("trace_id", trace_id.clone())?;
        instance.setattr("body_excerpt", body_excerpt.clone())?;
        instance.setattr("attempts", *attempts)?;
    } else {
        instance.setattr("errors", Vec::<String>::new())?;
    }
    if let FronteggError::RateLimited { retry_after, .. } = error {
        // Seconds, as every duration in Python.
        instance.setattr("retry_after", retry_after.map(|wait| wait.as_secs_f64()))?;
    }
    if let FronteggError::InvalidToken { reason, detail }
    | FronteggError::Authentication { reason, detail, .. } = error
    {
        instance.setattr("reason", reason.as_str())?;
        instance.setattr("detail", detail.as_str())?;
    }
    if let FronteggError::OAuth { code, description } = error {
        instance.setattr("code", code.as_str())?;
        instance.setattr("description", description.as_str())?;
    }
    Ok(PyErr::from_value(instance))
}
