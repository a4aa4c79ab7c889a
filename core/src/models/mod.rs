//! Request and response types, one set for every language.
//!
//! Each type derives uniffi records (feature `uniffi`) and pyo3 classes
//! (feature `python`) where it is declared, so the binding crates never
//! declare a type of their own. Most are generated from Frontegg's OpenAPI
//! files (`crate::api::models`, re-exported here); the few in `auth` are
//! written by hand because they carry secrets, cookie-borne fields and
//! defaults the spec cannot express (see the generator's overrides).

mod auth;

pub use crate::api::models::*;
pub use auth::{AuthProvider, AuthResponse, LoginRequest, SignUpRequest, SignUpResponse};
