//! RFC 6238 one-time codes (HMAC-SHA1, 30-second steps, 6 digits), as an
//! authenticator app computes them from the enrollment secret.

use ring::hmac;

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const STEP_SECONDS: u64 = 30;

/// RFC 4648 base32 without padding, as authenticator apps read secrets.
pub(crate) fn encode_base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// Decodes base32 (case, spaces and `=` padding ignored); `None` if a
/// character is outside the alphabet or nothing is left.
pub(crate) fn decode_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let upper = c.to_ascii_uppercase() as u8;
        let value = ALPHABET.iter().position(|&a| a == upper)? as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The code for `secret` at Unix time `now`.
pub(crate) fn code_at(secret: &[u8], now: u64) -> String {
    let counter = now / STEP_SECONDS;
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret);
    let digest = hmac::sign(&key, &counter.to_be_bytes());
    let bytes = digest.as_ref();
    let offset = usize::from(bytes[bytes.len() - 1] & 0x0f);
    let number = u32::from_be_bytes([
        bytes[offset] & 0x7f,
        bytes[offset + 1],
        bytes[offset + 2],
        bytes[offset + 3],
    ]);
    format!("{:06}", number % 1_000_000)
}

/// Whether `code` is valid for `secret` now, one step either side allowed
/// for clock drift.
pub(crate) fn verify(secret: &[u8], code: &str, now: u64) -> bool {
    [now.saturating_sub(STEP_SECONDS), now, now + STEP_SECONDS]
        .iter()
        .any(|&t| code_at(secret, t) == code.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_sha1_vectors() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890"; the
        // RFC prints 8 digits, the last 6 are ours.
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59), "287082");
        assert_eq!(code_at(secret, 1_111_111_109), "081804");
        assert_eq!(code_at(secret, 2_000_000_000), "279037");
    }

    #[test]
    fn base32_round_trip() {
        let bytes = b"12345678901234567890";
        let text = encode_base32(bytes);
        assert_eq!(text, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(
            decode_base32(&text.to_lowercase()).as_deref(),
            Some(&bytes[..])
        );
        assert_eq!(decode_base32("not base32!"), None);
    }
}
