//! Any Retry-After and X-Rate-Limit-Reset values.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (a, b) = text.split_once('\n').unwrap_or((&text, ""));
    let _ = frontegg_identity::fuzzing::retry_after(Some(a), Some(b));
    let _ = frontegg_identity::fuzzing::retry_after(None, Some(a));
});
