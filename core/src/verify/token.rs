//! Splits a compact JWS into its parts and reads the header, before any key
//! is looked at. Everything here is parsing; the signature itself is checked
//! by `jsonwebtoken` in `keys.rs`.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;

use crate::error::{FronteggError, RejectionReason, Result};

/// The longest token accepted, in bytes. Frontegg's tokens are a few KiB
/// even with many roles and permissions; a larger one is refused before it
/// is decoded, so a hostile header cannot make us parse megabytes.
pub const MAX_TOKEN_BYTES: usize = 16 * 1024;

/// The parts of a token that passed the syntax checks.
pub(crate) struct Parsed<'t> {
    pub alg: String,
    pub kid: Option<String>,
    /// `header.payload`, the bytes the signature covers.
    pub signing_input: &'t str,
    /// The base64url signature, as the crypto crate takes it.
    pub signature: &'t str,
    /// The decoded payload (JSON text, not yet parsed).
    pub payload: Vec<u8>,
}

#[derive(Deserialize)]
struct Header {
    alg: Option<String>,
    kid: Option<String>,
    /// Extensions the verifier must understand (RFC 7515 §4.1.11); we
    /// understand none, so a token that lists any is refused.
    crit: Option<serde_json::Value>,
}

fn malformed(detail: impl Into<String>) -> FronteggError {
    FronteggError::invalid_token(RejectionReason::Malformed, detail)
}

/// Checks the token's shape and decodes its header and payload.
pub(crate) fn parse(token: &str) -> Result<Parsed<'_>> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(malformed(format!(
            "the token is {} bytes long, more than the {MAX_TOKEN_BYTES} accepted",
            token.len()
        )));
    }
    let token = token.trim();
    if token.is_empty() {
        return Err(malformed("the token is empty"));
    }
    let Some((header, payload, signature)) = segments(token) else {
        let count = token.split('.').count();
        return Err(malformed(format!(
            "a JWT has 3 dot-separated segments, this token has {count}"
        )));
    };
    let header_bytes = decode_segment("header", header)?;
    let payload = decode_segment("payload", payload)?;
    // The signature is decoded once, by the crypto crate; an empty one
    // passes here so that `alg: none` is refused for its algorithm.
    let header: Header = serde_json::from_slice(&header_bytes)
        .map_err(|e| malformed(format!("the header is not a JSON object: {e}")))?;
    if header.crit.is_some() {
        return Err(malformed(
            "the header lists critical extensions (crit), which this verifier does not implement",
        ));
    }
    let alg = header
        .alg
        .ok_or_else(|| malformed("the header has no alg"))?;
    // Exactly three segments: the signature follows the last dot.
    let signing_input = &token[..token.len() - signature.len() - 1];
    Ok(Parsed {
        alg,
        kid: header.kid,
        signing_input,
        signature,
        payload,
    })
}

/// The payload of a well-formed token as a JSON object, its signature not
/// checked: only for display facts (the active tenant, the user id) of a
/// token this process just received from Frontegg over TLS, and for the ID
/// token checks OpenID Connect allows without a signature. Never for
/// authorization: that is [`TokenVerifier::verify`](super::TokenVerifier::verify).
pub(crate) fn unverified_claims(token: &str) -> Option<serde_json::Map<String, serde_json::Value>> {
    let (_, payload, _) = segments(token.trim())?;
    serde_json::from_slice(&decode_segment("payload", payload).ok()?).ok()
}

/// A compact JWS's three dot-separated segments; `None` for any other count.
fn segments(token: &str) -> Option<(&str, &str, &str)> {
    let mut parts = token.split('.');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(header), Some(payload), Some(signature), None) => Some((header, payload, signature)),
        _ => None,
    }
}

fn decode_segment(name: &str, segment: &str) -> Result<Vec<u8>> {
    if segment.is_empty() {
        return Err(malformed(format!("the {name} segment is empty")));
    }
    URL_SAFE_NO_PAD
        .decode(segment)
        .map_err(|_| malformed(format!("the {name} segment is not base64url")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(token: &str) -> Option<RejectionReason> {
        parse(token).err().and_then(|e| e.rejection())
    }

    #[test]
    fn shape_errors_are_malformed() {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256"}"#);
        let payload = URL_SAFE_NO_PAD.encode(b"{}");
        for token in [
            String::new(),
            "a.b".to_owned(),
            "a.b.c.d".to_owned(),
            format!("{header}.!!.sig"),
            format!("{}.{payload}.c2ln", URL_SAFE_NO_PAD.encode(b"[1]")),
            format!(
                "{}.{payload}.c2ln",
                URL_SAFE_NO_PAD.encode(br#"{"typ":"JWT"}"#)
            ),
            format!(
                "{}.{payload}.c2ln",
                URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","crit":["b64"]}"#)
            ),
            "x".repeat(MAX_TOKEN_BYTES + 1),
        ] {
            assert_eq!(
                reason(&token),
                Some(RejectionReason::Malformed),
                "{token:.40}"
            );
        }
    }

    #[test]
    fn signing_input_is_header_and_payload() {
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"RS256","kid":"k1"}"#);
        let payload = URL_SAFE_NO_PAD.encode(br#"{"sub":"u"}"#);
        let token = format!("{header}.{payload}.c2ln");
        let parsed = parse(&token)
            .ok()
            .filter(|p| p.kid.as_deref() == Some("k1"));
        let parsed = parsed.map(|p| {
            (
                p.signing_input.to_owned(),
                p.signature.to_owned(),
                p.payload,
            )
        });
        assert_eq!(
            parsed,
            Some((
                format!("{header}.{payload}"),
                "c2ln".to_owned(),
                br#"{"sub":"u"}"#.to_vec()
            ))
        );
    }
}
