//! [`TokenVerifier`] for Swift and Kotlin: the core verifier behind an
//! object handle; its methods (and `FronteggClient.tokenVerifier`) are in
//! `flows.rs`. Claims, options and reasons are the core's own types.

/// Verifies Frontegg JWTs offline against cached keys. Thread-safe; build
/// one and share it. `verify` blocks only while keys are fetched.
#[derive(uniffi::Object)]
pub struct TokenVerifier {
    pub(crate) inner: frontegg_identity::TokenVerifier,
}
