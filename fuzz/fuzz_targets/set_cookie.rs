//! Any Set-Cookie values (one per line), with and without a client id.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let headers: Vec<&str> = text.lines().collect();
    let _ = frontegg_identity::fuzzing::refresh_cookie(&headers, None);
    let _ = frontegg_identity::fuzzing::refresh_cookie(&headers, Some("6a6b-12cd-34ef"));
});
