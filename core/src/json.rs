//! [`JsonValue`]: free-form JSON (metadata, MFA strategies, …) that crosses
//! every binding: a JSON string in Kotlin and Swift, native `dict`/`list`
//! values in Python.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// A free-form JSON value, for the fields Frontegg leaves untyped.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct JsonValue(pub serde_json::Value);

impl JsonValue {
    /// Parses JSON text.
    pub fn parse(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text).map(Self)
    }

    /// The value as compact JSON text.
    pub fn to_json_string(&self) -> String {
        self.0.to_string()
    }
}

impl From<serde_json::Value> for JsonValue {
    fn from(value: serde_json::Value) -> Self {
        Self(value)
    }
}

impl fmt::Debug for JsonValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Reads a JSON number as whole seconds, accepting `3600` and `3600.0` alike:
/// the specs declare durations as `number`.
pub(crate) fn lenient_u64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u64, D::Error> {
    let number = f64::deserialize(deserializer)?;
    if number.is_finite() && number >= 0.0 {
        Ok(number.round() as u64)
    } else {
        Err(serde::de::Error::custom(format!(
            "expected a non-negative number, got {number}"
        )))
    }
}

/// Reads a string, accepting a number or boolean as its text: enum values
/// are strings in the spec, but some arrive as numbers.
pub(crate) fn wire_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        serde_json::Value::Bool(b) => Ok(b.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "expected a string, got {other}"
        ))),
    }
}

/// [`lenient_u64`] for optional fields.
pub(crate) fn lenient_opt_u64<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<u64>, D::Error> {
    #[derive(Deserialize)]
    struct Wrapped(#[serde(deserialize_with = "lenient_u64")] u64);
    Option::<Wrapped>::deserialize(deserializer).map(|wrapped| wrapped.map(|Wrapped(n)| n))
}

#[cfg(feature = "uniffi")]
uniffi::custom_type!(JsonValue, String, {
    lower: |value| value.to_json_string(),
    try_lift: |text| Ok(JsonValue::parse(&text)?),
});

#[cfg(feature = "python")]
mod python {
    use pyo3::prelude::*;
    use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

    use super::JsonValue;

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

    fn to_python<'py>(py: Python<'py>, value: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
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

    /// Converts a Python value (dict, list, str, int, float, bool, None) into
    /// JSON; anything else is a `TypeError` naming the offending type.
    pub fn from_python(value: &Bound<'_, PyAny>) -> PyResult<JsonValue> {
        from_python_value(value).map(JsonValue)
    }

    fn from_python_value(value: &Bound<'_, PyAny>) -> PyResult<serde_json::Value> {
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
            return Ok(Value::from(value.extract::<u64>()?));
        }
        if let Ok(f) = value.cast::<PyFloat>() {
            return serde_json::Number::from_f64(f.value())
                .map(Value::Number)
                .ok_or_else(|| {
                    pyo3::exceptions::PyValueError::new_err("NaN and infinity are not valid JSON")
                });
        }
        if let Ok(s) = value.cast::<PyString>() {
            return Ok(Value::String(s.to_str()?.to_owned()));
        }
        if let Ok(dict) = value.cast::<PyDict>() {
            let mut map = serde_json::Map::new();
            for (key, item) in dict.iter() {
                let key = key.cast::<PyString>().map_err(|_| {
                    pyo3::exceptions::PyTypeError::new_err("JSON object keys must be str")
                })?;
                map.insert(key.to_str()?.to_owned(), from_python_value(&item)?);
            }
            return Ok(Value::Object(map));
        }
        if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
            let items = value
                .try_iter()?
                .map(|item| from_python_value(&item?))
                .collect::<PyResult<Vec<_>>>()?;
            return Ok(Value::Array(items));
        }
        Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "cannot convert {} to JSON",
            value.get_type().name()?
        )))
    }
}

#[cfg(feature = "python")]
pub use python::from_python;
