//! [`JsonValue`]: free-form JSON (metadata, MFA strategies, …) that crosses
//! every binding: a JSON string in Kotlin and Swift, native `dict`/`list`
//! values in Python.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};

use crate::error::{FronteggError, Result};

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

/// Reads a string, accepting a number or boolean as its text: enum values
/// are strings in the spec, but some arrive as numbers.
pub(crate) fn wire_string<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<String, D::Error> {
    match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        serde_json::Value::Bool(b) => Ok(b.to_string()),
        other => Err(serde::de::Error::custom(format!(
            "expected a string, got {}",
            crate::redact::shown(&other.to_string())
        ))),
    }
}

/// Decodes a request body given as free-form JSON (a Python dict) into its
/// typed model, refusing what would otherwise be lost or invented: a
/// missing required key and a key the model does not have are both an
/// [`FronteggError::InvalidInput`] naming `operation` and the key, so
/// nothing is sent.
pub fn body_from_json<T: DeserializeOwned>(operation: &str, value: serde_json::Value) -> Result<T> {
    let mut unknown: Vec<String> = Vec::new();
    let decoded: std::result::Result<T, serde_json::Error> =
        serde_ignored::deserialize(value, |path| unknown.push(path.to_string()));
    let mut problems = Vec::new();
    if let Err(error) = &decoded {
        let text = error.to_string();
        problems.push(match missing_field(&text) {
            Some(key) => format!("the body lacks the required key {key:?}"),
            None => format!(
                "the body does not fit its model: {}",
                crate::redact::shown(&text)
            ),
        });
    }
    let known = field_names::<T>();
    for path in &unknown {
        let key = path.rsplit('.').next().unwrap_or(path);
        let mut problem = format!("{} is not a key of this body", crate::redact::shown(path));
        if !path.contains('.')
            && let Some(suggestion) = did_you_mean(key, known)
        {
            problem.push_str(&format!(" (did you mean {suggestion:?}?)"));
        }
        problems.push(problem);
    }
    match decoded {
        Ok(body) if problems.is_empty() => Ok(body),
        _ => Err(FronteggError::invalid_input(format!(
            "{operation}: {}; nothing was sent",
            problems.join("; ")
        ))),
    }
}

/// `tenantId` from serde's "missing field `tenantId`".
fn missing_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("missing field `")?;
    rest.split('`').next()
}

/// The closest known key: the same ignoring case, `_` and `-`, or within two
/// edits.
fn did_you_mean<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let fold = |s: &str| s.to_ascii_lowercase().replace(['_', '-'], "");
    let folded = fold(key);
    known
        .iter()
        .map(|candidate| {
            let distance = if fold(candidate) == folded {
                0
            } else {
                edit_distance(key, candidate)
            };
            (distance, *candidate)
        })
        .filter(|(distance, _)| *distance <= 2)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// The wire names of a struct's fields, as its `Deserialize` declares them
/// (empty for anything that is not a struct).
fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    match T::deserialize(FieldProbe) {
        Err(ProbeDone(fields)) => fields,
        Ok(_) => &[],
    }
}

/// A deserializer that only learns which fields a struct expects.
struct FieldProbe;

#[derive(Debug)]
struct ProbeDone(&'static [&'static str]);

impl fmt::Display for ProbeDone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field probe")
    }
}

impl std::error::Error for ProbeDone {}

impl serde::de::Error for ProbeDone {
    fn custom<M: fmt::Display>(_: M) -> Self {
        ProbeDone(&[])
    }
}

impl<'de> Deserializer<'de> for FieldProbe {
    type Error = ProbeDone;

    fn deserialize_any<V: serde::de::Visitor<'de>>(
        self,
        _: V,
    ) -> std::result::Result<V::Value, ProbeDone> {
        Err(ProbeDone(&[]))
    }

    fn deserialize_struct<V: serde::de::Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> std::result::Result<V::Value, ProbeDone> {
        Err(ProbeDone(fields))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
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
    pub fn to_python<'py>(
        py: Python<'py>,
        value: &serde_json::Value,
    ) -> PyResult<Bound<'py, PyAny>> {
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
}

#[cfg(feature = "python")]
pub use python::{from_python, to_python};

#[cfg(test)]
mod tests;
