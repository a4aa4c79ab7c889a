//! `TokenVerifier` for Python: keyword arguments in, the core verifier
//! out. `verify` and `authenticate` release the GIL (a key fetch may
//! block); claims are the core's `Claims`.

use frontegg_identity::FronteggError;
use pyo3::prelude::*;
use pyo3::types::PyMapping;

use crate::errors::to_py_err;

/// Verifies Frontegg JWTs offline against cached keys. Thread-safe: build
/// one per process and share it. Fork-safe: made before a fork, it works in
/// the children with the keys it had.
#[pyclass(frozen, module = "frontegg_identity", name = "TokenVerifier")]
pub(crate) struct TokenVerifier {
    pub(crate) inner: frontegg_identity::TokenVerifier,
}

/// Header pairs from a mapping (dict, Starlette/aiohttp headers: their
/// `items()` keeps repeated names) or an iterable of `(name, value)`.
pub(crate) fn header_pairs(headers: &Bound<'_, PyAny>) -> PyResult<Vec<(String, String)>> {
    let items = if let Ok(mapping) = headers.cast::<PyMapping>() {
        mapping.items()?.into_any()
    } else if headers.hasattr("items")? {
        headers.call_method0("items")?
    } else {
        headers.clone()
    };
    let mut pairs = Vec::new();
    for item in items.try_iter()? {
        let (name, value): (String, String) = item?.extract().map_err(|_| {
            to_py_err(FronteggError::InvalidInput {
                reason: "headers must map names to string values".to_owned(),
            })
        })?;
        pairs.push((name, value));
    }
    Ok(pairs)
}

#[pymethods]
impl TokenVerifier {
    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }
}
