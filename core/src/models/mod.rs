//! Request and response types, one set for every language.
//!
//! Each type derives uniffi records (feature `uniffi`) and pyo3 classes
//! (feature `python`) here, so the binding crates never declare a type of
//! their own. This folder is where the spec generator writes its models.

mod auth;

pub(crate) use auth::RefreshRequest;
pub use auth::{AuthProvider, AuthResponse, LoginRequest, SignUpRequest, SignUpResponse};
