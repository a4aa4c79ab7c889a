//! Property tests: whatever a server sends, arbitrary bytes or arbitrary
//! JSON, no parser panics: every answer decoder, the error-body parser, the
//! refresh-cookie reader, the rate-limit wait parser and the scrubber.

use frontegg_identity::fuzzing;
use proptest::prelude::*;
use serde_json::Value;

/// Arbitrary JSON, nested a few levels, with the keys Frontegg uses.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("errors".to_owned()),
        Just("errorCode".to_owned()),
        Just("message".to_owned()),
        Just("items".to_owned()),
        Just("expiresIn".to_owned()),
        Just("accessToken".to_owned()),
        Just("_metadata".to_owned()),
        "[a-zA-Z_]{1,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        // Nothing written next to the sources: a failure prints its input.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn answer_decoders_take_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        fuzzing::decode_every_answer(&bytes);
    }

    #[test]
    fn answer_decoders_take_any_json(value in json()) {
        let bytes = serde_json::to_vec(&value).unwrap_or_default();
        fuzzing::decode_every_answer(&bytes);
        fuzzing::body(&bytes);
    }

    #[test]
    fn error_bodies_never_panic(
        status in 100u16..600,
        body in prop::collection::vec(any::<u8>(), 0..300),
        value in json(),
        retry_after in prop::collection::vec(any::<u8>(), 0..40),
        reset in ".{0,40}",
    ) {
        let headers: [(&str, &[u8]); 3] = [
            ("retry-after", &retry_after),
            ("x-rate-limit-reset", reset.as_bytes()),
            ("frontegg-trace-id", b"trace"),
        ];
        let error = fuzzing::error_body(status, &body, &headers);
        let _ = error.to_string();
        let json_body = serde_json::to_vec(&value).unwrap_or_default();
        let _ = fuzzing::error_body(429, &json_body, &headers).to_string();
    }

    #[test]
    fn cookie_reader_never_panics(headers in prop::collection::vec(".{0,80}", 0..4), id in proptest::option::of(".{0,20}")) {
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let _ = fuzzing::refresh_cookie(&headers, id.as_deref());
    }

    #[test]
    fn rate_limit_waits_never_panic(a in proptest::option::of(".{0,40}"), b in proptest::option::of(".{0,40}")) {
        let _ = fuzzing::retry_after(a.as_deref(), b.as_deref());
    }

    #[test]
    fn rate_limit_dates_of_any_digits_never_panic(
        year in any::<i64>(), month in any::<u8>(), day in any::<u8>(), offset in any::<i64>()
    ) {
        let rfc = format!("{year:04}-{month:02}-{day:02}T10:00:00Z");
        let http = format!("Thu, {day:02} Nov {year} 10:00:00 GMT");
        let _ = fuzzing::retry_after(Some(&http), Some(&rfc));
        let _ = fuzzing::retry_after(None, Some(&offset.to_string()));
    }

    #[test]
    fn scrubbing_removes_every_known_secret(
        text in ".{0,200}", secret in "[a-zA-Z0-9._~+/=-]{4,24}", at in 0usize..200,
    ) {
        let mut chars: Vec<char> = text.chars().collect();
        let at = at.min(chars.len());
        chars.splice(at..at, secret.chars());
        let with_secret: String = chars.into_iter().collect();
        let scrubbed = fuzzing::scrub(&with_secret, &[&secret]);
        prop_assert!(!scrubbed.contains(&secret));
        let _ = fuzzing::scrub(&text, &[]);
    }

    #[test]
    fn any_token_ends_in_claims_or_a_typed_refusal(
        header in json(), payload in json(), signature in proptest::collection::vec(any::<u8>(), 0..300),
        raw in proptest::collection::vec(any::<u8>(), 0..200),
    ) {
        use base64::Engine;
        let b64 = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let jwks = include_str!("fixtures/jwks-1.json");
        let token = format!("{}.{}.{}", b64(header.to_string().as_bytes()), b64(payload.to_string().as_bytes()), b64(&signature));
        prop_assert!(fuzzing::verify_token(jwks, token.as_bytes()));
        prop_assert!(fuzzing::verify_token(jwks, &raw));
    }
}
