//! Request and response types, one set for every language.
//!
//! Generated from Frontegg's OpenAPI files (`crate::api::models`, all
//! re-exported here). Each type derives uniffi records (feature `uniffi`) and
//! pyo3 classes (feature `python`) where it is declared, so the binding
//! crates never declare a type of their own. The types the session flows use
//! carry short names: [`AuthResponse`], [`SignUpRequest`], [`LoginRequest`],
//! [`SignUpResponse`], [`VendorToken`].

pub use crate::api::models::*;
