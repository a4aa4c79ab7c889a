//! Any error answer: status, body and the rate-limit headers.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(40));
    let status = 400 + u16::from(head.first().copied().unwrap_or(0)) % 200;
    let middle = head.len() / 2;
    let headers: [(&str, &[u8]); 2] = [
        ("retry-after", &head[..middle]),
        ("x-rate-limit-reset", &head[middle..]),
    ];
    let error = frontegg_identity::fuzzing::error_body(status, body, &headers);
    let _ = error.to_string();
});
