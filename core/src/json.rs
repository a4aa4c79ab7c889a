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
mod python;
#[cfg(feature = "python")]
pub use python::{from_python, to_python};

#[cfg(test)]
mod tests;
