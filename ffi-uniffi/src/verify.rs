//! [`TokenVerifier`] for Swift and Kotlin: the core verifier behind an
//! object handle. Claims, options and reasons are the core's own types.

use std::collections::HashMap;
use std::sync::Arc;

use frontegg_identity::{AccessRequirements, Claims, FronteggError, TokenVerifierOptions};

use crate::FronteggClient;

/// Verifies Frontegg JWTs offline against cached keys. Thread-safe; build
/// one and share it. `verify` blocks only while keys are fetched.
#[derive(uniffi::Object)]
pub struct TokenVerifier {
    inner: frontegg_identity::TokenVerifier,
}

#[uniffi::export]
impl TokenVerifier {
    /// Checks `options` and builds a verifier; static keys are parsed now.
    #[uniffi::constructor]
    pub fn new(options: TokenVerifierOptions) -> Result<Arc<Self>, FronteggError> {
        let inner = frontegg_identity::TokenVerifier::new(options)?;
        Ok(Arc::new(Self { inner }))
    }

    /// The claims of `token`, or `FronteggException.InvalidToken` with the
    /// reason.
    pub fn verify(&self, token: String) -> Result<Claims, FronteggError> {
        self.inner.verify(&token)
    }

    /// The claims of the request with `headers`, or
    /// `FronteggException.Authentication` with the status to answer (401,
    /// 403, 503).
    #[uniffi::method(default(required = None))]
    pub fn authenticate(
        &self,
        headers: HashMap<String, String>,
        required: Option<AccessRequirements>,
    ) -> Result<Claims, FronteggError> {
        self.inner
            .authenticate(&headers, &required.unwrap_or_default())
    }
}

#[uniffi::export]
impl FronteggClient {
    /// A verifier whose keys come from the environment's configuration
    /// (vendor token) unless `options` names a key source, and which checks
    /// access tokens for revocation in `authenticate`.
    pub fn token_verifier(
        &self,
        options: TokenVerifierOptions,
    ) -> Result<Arc<TokenVerifier>, FronteggError> {
        let inner = self.inner.token_verifier(options)?;
        Ok(Arc::new(TokenVerifier { inner }))
    }
}
