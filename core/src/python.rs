//! Python-facing helpers for the core types (feature `python`): a `repr`
//! that reads like Python and never shows a secret.

use crate::json::JsonValue;
use crate::secret::{REDACTED, SecretString};

/// How one field looks inside a Python `repr`.
pub trait PyReprField {
    /// Appends the field's Python-style text.
    fn py_repr(&self, out: &mut String);
}

impl PyReprField for String {
    fn py_repr(&self, out: &mut String) {
        out.push('\'');
        for c in self.chars() {
            match c {
                '\'' => out.push_str("\\'"),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
        out.push('\'');
    }
}

impl PyReprField for SecretString {
    fn py_repr(&self, out: &mut String) {
        out.push('\'');
        out.push_str(REDACTED);
        out.push('\'');
    }
}

impl PyReprField for bool {
    fn py_repr(&self, out: &mut String) {
        out.push_str(if *self { "True" } else { "False" });
    }
}

impl PyReprField for u64 {
    fn py_repr(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl PyReprField for i64 {
    fn py_repr(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl PyReprField for f64 {
    fn py_repr(&self, out: &mut String) {
        // Python spells whole floats with a trailing `.0`, as Rust's Debug does.
        out.push_str(&format!("{self:?}"));
    }
}

impl PyReprField for JsonValue {
    fn py_repr(&self, out: &mut String) {
        out.push_str(&self.to_json_string());
    }
}

impl<T: PyReprField> PyReprField for Option<T> {
    fn py_repr(&self, out: &mut String) {
        match self {
            Some(value) => value.py_repr(out),
            None => out.push_str("None"),
        }
    }
}

impl<T: PyReprField> PyReprField for Vec<T> {
    fn py_repr(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            item.py_repr(out);
        }
        out.push(']');
    }
}

/// Gives a pyclass `__repr__` (`Name(field=value, …)`) and a
/// [`PyReprField`] implementation so it can nest in other types.
macro_rules! python_repr {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl $crate::python::PyReprField for $type {
            fn py_repr(&self, out: &mut String) {
                out.push_str(stringify!($type));
                out.push('(');
                let mut first = true;
                $(
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    out.push_str(stringify!($field));
                    out.push('=');
                    $crate::python::PyReprField::py_repr(&self.$field, out);
                )*
                let _ = first;
                out.push(')');
            }
        }

        #[pyo3::pymethods]
        impl $type {
            fn __repr__(&self) -> String {
                let mut out = String::new();
                $crate::python::PyReprField::py_repr(self, &mut out);
                out
            }

            /// The value as a dict with Frontegg's own (camelCase) keys, ready
            /// to edit and send back as a request body. Secrets are included
            /// as their real values.
            fn to_dict<'py>(
                &self,
                py: pyo3::Python<'py>,
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                $crate::python::to_dict(py, self)
            }
        }
    };
}

pub(crate) use python_repr;

/// A serializable value as native Python values, for `to_dict`.
pub fn to_dict<'py, T: serde::Serialize>(
    py: pyo3::Python<'py>,
    value: &T,
) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
    let json = serde_json::to_value(value)
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
    crate::json::to_python(py, &json)
}

/// Makes a string enum cross into Python as its wire value (`str`).
macro_rules! python_str_enum {
    ($type:ident) => {
        impl<'py> pyo3::IntoPyObject<'py> for &$type {
            type Target = pyo3::types::PyString;
            type Output = pyo3::Bound<'py, pyo3::types::PyString>;
            type Error = std::convert::Infallible;

            fn into_pyobject(self, py: pyo3::Python<'py>) -> Result<Self::Output, Self::Error> {
                Ok(pyo3::types::PyString::new(py, self.as_str()))
            }
        }

        impl<'py> pyo3::IntoPyObject<'py> for $type {
            type Target = pyo3::types::PyString;
            type Output = pyo3::Bound<'py, pyo3::types::PyString>;
            type Error = std::convert::Infallible;

            fn into_pyobject(self, py: pyo3::Python<'py>) -> Result<Self::Output, Self::Error> {
                Ok(pyo3::types::PyString::new(py, self.as_str()))
            }
        }

        impl $crate::python::PyReprField for $type {
            fn py_repr(&self, out: &mut String) {
                $crate::python::PyReprField::py_repr(&self.as_str().to_owned(), out);
            }
        }
    };
}

pub(crate) use python_str_enum;
