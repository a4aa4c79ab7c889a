//! Python values into core's option types: seconds into `Duration`, names
//! into enums, one string or a list into a list. Only a value that is not
//! of the right kind at all is refused here; ranges are core's to check.

use std::time::Duration;

use frontegg_identity::{Algorithm, FronteggError, Region, TokenType};
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::errors::to_py_err;

fn config_error(reason: String) -> PyErr {
    to_py_err(FronteggError::Config { reason })
}

/// Seconds from Python. Huge values saturate (core then refuses them with
/// its range), never wrap; a negative or NaN one is refused.
pub(crate) fn seconds(name: &str, seconds: f64) -> PyResult<Duration> {
    if seconds.is_nan() || seconds < 0.0 {
        return Err(config_error(format!(
            "{name} must be a non-negative number of seconds, got {seconds}"
        )));
    }
    Ok(Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX))
}

/// A count; out-of-range values saturate and core refuses them with the range.
pub(crate) fn count_u32(value: i64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// A size; a negative one becomes 0, which core refuses with the range.
pub(crate) fn count_u64(value: i64) -> u64 {
    u64::try_from(value.max(0)).unwrap_or(0)
}

pub(crate) fn region(name: &str) -> PyResult<Region> {
    Region::parse(name).map_err(to_py_err)
}

/// `"platform"`, `"bundled"`, or `None` for the platform's default.
pub(crate) fn tls_roots(name: Option<&str>) -> PyResult<Option<frontegg_identity::TlsRoots>> {
    name.map(frontegg_identity::TlsRoots::parse)
        .transpose()
        .map_err(to_py_err)
}

/// One string or a list of strings.
pub(crate) fn one_or_many(name: &str, value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<String>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Vec::new());
    };
    if let Ok(text) = value.cast::<PyString>() {
        return Ok(vec![text.to_str()?.to_owned()]);
    }
    value
        .extract::<Vec<String>>()
        .map_err(|_| config_error(format!("{name} must be a string or a list of strings")))
}

pub(crate) fn algorithms(value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<Algorithm>> {
    one_or_many("algorithms", value)?
        .iter()
        .map(|name| Algorithm::parse(name).map_err(to_py_err))
        .collect()
}

pub(crate) fn token_types(value: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<TokenType>> {
    one_or_many("token_types", value)?
        .iter()
        .map(|name| {
            TokenType::parse(name).ok_or_else(|| {
                config_error(format!(
                    "token type {name:?} is unknown: use {}",
                    TokenType::ALL.map(TokenType::as_str).join(", ")
                ))
            })
        })
        .collect()
}

/// A JWKS given as JSON text or as the parsed document.
pub(crate) fn jwks(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match value.filter(|v| !v.is_none()) {
        None => Ok(None),
        Some(text) if text.is_instance_of::<PyString>() => Ok(Some(text.extract::<String>()?)),
        Some(document) => Ok(Some(
            frontegg_identity::json_from_python(document)
                .map_err(to_py_err)?
                .to_json_string(),
        )),
    }
}
