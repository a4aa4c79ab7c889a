//! Any bytes as a token: the verifier answers claims or a typed refusal
//! (`FronteggError::InvalidToken` with a reason), never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

const JWKS: &str = include_str!("../../core/tests/fixtures/jwks-1.json");

fuzz_target!(|data: &[u8]| {
    let _ = frontegg_identity::fuzzing::verify_token(JWKS, data);
});
