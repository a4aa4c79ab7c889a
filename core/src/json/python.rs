//! JSON values to and from Python objects (feature `python`): depth- and
//! cycle-checked, so that a hostile object cannot exhaust the stack.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

use super::JsonValue;
use crate::error::FronteggError;

impl<'py> IntoPyObject<'py> for JsonValue {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Self::Output> {
        to_python(py, &self.0)
    }
}

impl<'py> IntoPyObject<'py> for &JsonValue {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Self::Output> {
        to_python(py, &self.0)
    }
}

/// Converts JSON into native Python values (dict, list, str, …).
pub fn to_python<'py>(py: Python<'py>, value: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (key, item) in map {
                dict.set_item(key, to_python(py, item)?)?;
            }
            dict.into_any()
        }
    })
}

/// How deep Python values may nest: far beyond any Frontegg body, far
/// below what would exhaust the thread's stack.
pub const MAX_DEPTH: usize = 64;

/// Converts a Python value (dict, list, tuple, str, int, float, bool,
/// None) into JSON. Anything else, NaN or infinity, values nested deeper
/// than `MAX_DEPTH` (64) and containers that contain themselves are a
/// [`FronteggError::InvalidInput`] saying where, never a crash.
pub fn from_python(value: &Bound<'_, PyAny>) -> Result<JsonValue, FronteggError> {
    let mut open = Vec::new();
    from_python_value(value, &mut open)
        .map(JsonValue)
        .map_err(|bad| {
            // The path was collected innermost first, on the way out.
            let at: String = bad.at.iter().rev().map(String::as_str).collect();
            FronteggError::InvalidInput {
                reason: format!("value{at}: {}", bad.what),
            }
        })
}

/// Why a value cannot be sent, and where (built only when it fails,
/// so converting a valid body formats no path).
struct Unsendable {
    at: Vec<String>,
    what: String,
}

fn unsendable(what: impl Into<String>) -> Unsendable {
    Unsendable {
        at: Vec::new(),
        what: what.into(),
    }
}

fn from_python_value(
    value: &Bound<'_, PyAny>,
    open: &mut Vec<usize>,
) -> Result<serde_json::Value, Unsendable> {
    use serde_json::Value;
    if value.is_none() {
        return Ok(Value::Null);
    }
    // bool before int: Python's bool is a subclass of int.
    if let Ok(b) = value.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if value.is_instance_of::<PyInt>() {
        if let Ok(i) = value.extract::<i64>() {
            return Ok(Value::from(i));
        }
        return value
            .extract::<u64>()
            .map(Value::from)
            .map_err(|_| unsendable("the integer does not fit in 64 bits"));
    }
    if let Ok(f) = value.cast::<PyFloat>() {
        return serde_json::Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| unsendable("NaN and infinity are not valid JSON"));
    }
    if let Ok(s) = value.cast::<PyString>() {
        return s
            .to_str()
            .map(|s| Value::String(s.to_owned()))
            .map_err(|_| unsendable("the string is not valid UTF-8"));
    }
    let is_dict = value.is_instance_of::<PyDict>();
    let is_list = value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>();
    if !is_dict && !is_list {
        let name = value
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "this value".into());
        return Err(unsendable(format!("cannot send {name} as JSON")));
    }
    if open.len() >= MAX_DEPTH {
        return Err(unsendable(format!(
            "nested more than {MAX_DEPTH} levels deep"
        )));
    }
    let id = value.as_ptr() as usize;
    if open.contains(&id) {
        return Err(unsendable("the value contains itself"));
    }
    open.push(id);
    let converted = if let Ok(dict) = value.cast::<PyDict>() {
        let mut map = serde_json::Map::new();
        for (key, item) in dict.iter() {
            let key = key
                .cast::<PyString>()
                .map_err(|_| unsendable("JSON object keys must be str"))?
                .to_str()
                .map_err(|_| unsendable("a key is not valid UTF-8"))?
                .to_owned();
            match from_python_value(&item, open) {
                Ok(inner) => map.insert(key, inner),
                Err(mut bad) => {
                    bad.at.push(format!("[{key:?}]"));
                    return Err(bad);
                }
            };
        }
        Value::Object(map)
    } else {
        let mut items = Vec::new();
        let iterator = value.try_iter().map_err(|_| unsendable("cannot iterate"))?;
        for (index, item) in iterator.enumerate() {
            let item = item.map_err(|_| unsendable("cannot iterate"))?;
            match from_python_value(&item, open) {
                Ok(inner) => items.push(inner),
                Err(mut bad) => {
                    bad.at.push(format!("[{index}]"));
                    return Err(bad);
                }
            }
        }
        Value::Array(items)
    };
    open.pop();
    Ok(converted)
}
