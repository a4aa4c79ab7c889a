//! [`SecretString`]: a string that never shows itself in `Debug`, `Display`
//! or Python `repr`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Text placed wherever a secret would otherwise be printed.
pub const REDACTED: &str = "<redacted>";

/// A secret value: a client secret, password, access or refresh token.
///
/// It serializes as the plain string (it must reach the server), but its
/// `Debug` and `Display` print [`REDACTED`], so a secret cannot leak into logs
/// or error texts by accident. Read it on purpose with [`SecretString::expose`].
#[derive(Clone, PartialEq, Eq, Default)]
pub struct SecretString(String);

impl SecretString {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself. Call it only where the value must leave the process
    /// (a header, a body) or where the caller asked for it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the secret is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl Serialize for SecretString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        SERIALIZED.with(|seen| {
            if let Some(seen) = seen.borrow_mut().as_mut() {
                seen.push(self.clone());
            }
        });
        serializer.serialize_str(&self.0)
    }
}

thread_local! {
    /// The secrets serialized while [`collect_serialized`] runs on this thread.
    static SERIALIZED: std::cell::RefCell<Option<Vec<SecretString>>> =
        const { std::cell::RefCell::new(None) };
}

/// Runs `encode` and returns, beside its result, every [`SecretString`] it
/// serialized: the transport learns which values of a request body it must
/// scrub from error texts, however deeply the body nests them.
pub(crate) fn collect_serialized<T>(encode: impl FnOnce() -> T) -> (T, Vec<SecretString>) {
    let outer = SERIALIZED.with(|seen| seen.borrow_mut().replace(Vec::new()));
    let result = encode();
    let collected = SERIALIZED.with(|seen| {
        let mut seen = seen.borrow_mut();
        let collected = seen.take().unwrap_or_default();
        *seen = outer;
        collected
    });
    (result, collected)
}

impl<'de> Deserialize<'de> for SecretString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self)
    }
}

// Kotlin and Swift see a plain string: they have no way to attach our
// redaction to their own string type.
#[cfg(feature = "uniffi")]
uniffi::custom_type!(SecretString, String, {
    lower: |secret| secret.0,
    try_lift: |value| Ok(SecretString(value)),
});

#[cfg(feature = "python")]
impl<'py> pyo3::IntoPyObject<'py> for SecretString {
    type Target = pyo3::types::PyString;
    type Output = pyo3::Bound<'py, pyo3::types::PyString>;
    type Error = std::convert::Infallible;

    fn into_pyobject(self, py: pyo3::Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(pyo3::types::PyString::new(py, &self.0))
    }
}

#[cfg(feature = "python")]
impl<'py> pyo3::IntoPyObject<'py> for &SecretString {
    type Target = pyo3::types::PyString;
    type Output = pyo3::Bound<'py, pyo3::types::PyString>;
    type Error = std::convert::Infallible;

    fn into_pyobject(self, py: pyo3::Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(pyo3::types::PyString::new(py, &self.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_hide_the_value() {
        let secret = SecretString::new("hunter2");
        assert_eq!(format!("{secret:?}"), REDACTED);
        assert_eq!(format!("{secret}"), REDACTED);
        assert_eq!(secret.expose(), "hunter2");
    }

    #[test]
    fn serializing_collects_every_nested_secret() {
        let body = vec![
            ("a", SecretString::new("one")),
            ("b", SecretString::new("two")),
        ];
        let (json, secrets) = collect_serialized(|| serde_json::to_string(&body));
        assert!(json.is_ok());
        let values: Vec<&str> = secrets.iter().map(SecretString::expose).collect();
        assert_eq!(values, ["one", "two"]);
        // Outside a collection nothing is kept.
        let (_, none) = collect_serialized(|| ());
        assert!(none.is_empty());
    }

    #[test]
    fn serializes_as_the_plain_value() -> Result<(), serde_json::Error> {
        let secret = SecretString::new("hunter2");
        assert_eq!(serde_json::to_string(&secret)?, "\"hunter2\"");
        Ok(())
    }
}
