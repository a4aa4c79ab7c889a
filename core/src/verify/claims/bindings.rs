//! `Claims` and `Actor` for the bindings: the uniffi methods Kotlin and
//! Swift call, and Python's methods and `repr`. Only adapters: each calls
//! the Rust method of the same name.

#[cfg(feature = "python")]
use super::Actor;
use super::Claims;
#[cfg(feature = "python")]
use super::now_secs;

/// The checks, as the Kotlin and Swift bindings call them (a record's
/// methods take owned arguments there).
#[cfg(feature = "uniffi")]
#[uniffi::export]
impl Claims {
    /// See [`Claims::has_roles`].
    #[uniffi::method(name = "has_roles", default(all = true))]
    #[doc(hidden)]
    pub fn ffi_has_roles(&self, roles: Vec<String>, all: bool) -> bool {
        self.has_roles(&roles, all)
    }

    /// See [`Claims::has_permissions`].
    #[uniffi::method(name = "has_permissions", default(all = true))]
    #[doc(hidden)]
    pub fn ffi_has_permissions(&self, permissions: Vec<String>, all: bool) -> bool {
        self.has_permissions(&permissions, all)
    }

    /// See [`Claims::is_stepped_up`].
    #[uniffi::method(name = "is_stepped_up", default(max_age = None))]
    #[doc(hidden)]
    pub fn ffi_is_stepped_up(&self, max_age: Option<std::time::Duration>) -> bool {
        self.is_stepped_up(max_age)
    }
}

#[cfg(feature = "python")]
#[pyo3::pymethods]
impl Actor {
    fn __repr__(&self) -> String {
        use crate::python::PyReprField;
        let mut out = String::from("Actor(sub=");
        self.sub.py_repr(&mut out);
        out.push_str(", actor_type=");
        self.actor_type.py_repr(&mut out);
        out.push(')');
        out
    }
}

#[cfg(feature = "python")]
#[pyo3::pymethods]
impl Claims {
    #[pyo3(name = "has_roles", signature = (roles, all = true))]
    fn py_has_roles(&self, roles: Vec<String>, all: bool) -> bool {
        self.has_roles(&roles, all)
    }

    #[pyo3(name = "has_permissions", signature = (permissions, all = true))]
    fn py_has_permissions(&self, permissions: Vec<String>, all: bool) -> bool {
        self.has_permissions(&permissions, all)
    }

    #[pyo3(name = "is_stepped_up", signature = (max_age = None))]
    fn py_is_stepped_up(&self, max_age: Option<f64>) -> bool {
        // Seconds, as everywhere in Python; a negative or NaN age accepts
        // no token.
        self.is_stepped_up_at(max_age, now_secs())
    }

    fn __repr__(&self) -> String {
        use crate::python::PyReprField;
        let mut out = String::from("Claims(sub=");
        self.sub.py_repr(&mut out);
        out.push_str(", tenant_id=");
        self.tenant_id.py_repr(&mut out);
        out.push_str(", token_type=");
        self.token_type.py_repr(&mut out);
        out.push_str(", roles=");
        self.roles.py_repr(&mut out);
        out.push_str(", permissions=");
        self.permissions.py_repr(&mut out);
        out.push_str(", exp=");
        self.exp.py_repr(&mut out);
        out.push(')');
        out
    }
}
