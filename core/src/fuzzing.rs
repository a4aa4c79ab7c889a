//! Entry points for the property tests (`core/tests/properties.rs`) and the
//! fuzz targets (`fuzz/`): every parser that reads what a server sends. Not
//! part of the public API; each must return, never panic, whatever the input.

use ureq::http::{HeaderMap, HeaderName, HeaderValue};

use crate::error::FronteggError;
use crate::secret::SecretString;
use crate::transport::Response;

pub use crate::api::decode_every_answer;

/// Frontegg's error body and headers as the transport reads them.
pub fn error_body(status: u16, body: &[u8], headers: &[(&str, &[u8])]) -> FronteggError {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_bytes(value),
        ) {
            map.append(name, value);
        }
    }
    let response = Response {
        status,
        headers: map,
        body: body.to_vec(),
    };
    crate::transport::error_from_response(&response)
}

/// The refresh token found in `Set-Cookie` values.
pub fn refresh_cookie(set_cookies: &[&str], client_id: Option<&str>) -> Option<SecretString> {
    crate::cookies::refresh_token_from_set_cookie(set_cookies.iter().copied(), client_id)
}

/// The wait a 429 asks for.
pub fn retry_after(retry_after: Option<&str>, rate_limit_reset: Option<&str>) -> Option<u64> {
    crate::retry_after::retry_after_secs(
        retry_after,
        rate_limit_reset,
        std::time::SystemTime::now(),
    )
}

/// `text` scrubbed of `secrets`.
pub fn scrub(text: &str, secrets: &[&str]) -> String {
    let mut known = crate::redact::Secrets::default();
    for secret in secrets {
        known.add(&SecretString::new(*secret));
    }
    known.scrub(text)
}

/// A JSON body checked against a model, as Python dicts are.
pub fn body(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes).is_ok_and(|value| {
        crate::json::body_from_json::<crate::models::SignUpRequest>("fuzz", value).is_ok()
    })
}

/// Whether a token verified against a fixed RSA key set (an inline JWKS,
/// `jwks`) ended as it must: in claims or a refusal with a reason.
pub fn verify_token(jwks: &str, token: &[u8]) -> bool {
    let options = crate::verify::TokenVerifierOptions {
        jwks: Some(jwks.to_owned()),
        ..crate::verify::TokenVerifierOptions::new("https://app-fuzz.frontegg.com")
    };
    let Ok(verifier) = crate::verify::TokenVerifier::new(options) else {
        return false;
    };
    match verifier.verify(&String::from_utf8_lossy(token)) {
        Ok(_) => true,
        Err(error) => error.rejection().is_some(),
    }
}
