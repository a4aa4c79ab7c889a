//! Any bytes as the answer of every operation, and as a Python-style body.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    frontegg_identity::fuzzing::decode_every_answer(data);
    frontegg_identity::fuzzing::body(data);
});
