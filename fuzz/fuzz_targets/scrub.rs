//! Any text scrubbed of a secret it may contain: the secret never survives.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (secret, rest) = text.split_once('\n').unwrap_or(("", &text));
    let scrubbed = frontegg_identity::fuzzing::scrub(rest, &[secret]);
    if secret.len() >= 4 && !secret.contains(['<', '>']) && !frontegg_identity::REDACTED.contains(secret) {
        assert!(!scrubbed.contains(secret), "{secret:?} survived in {scrubbed:?}");
    }
});
