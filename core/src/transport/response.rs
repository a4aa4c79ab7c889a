//! What comes back: a successful answer ([`Response`], decoded by the
//! generated operations) or a [`FronteggError`] built from an unsuccessful
//! one (Frontegg's `errors[]`/`errorCode`, NestJS `message`, or a short
//! excerpt; the trace id; the wait of a 429) or from a failed connection.

use serde::de::DeserializeOwned;
use ureq::http::{self, HeaderMap};

use crate::error::{ApiErrorDetails, FronteggError, Result};
use crate::retry_after::retry_after_secs;
use std::time::SystemTime;

/// Longest excerpt of a non-JSON error body kept in an error.
const EXCERPT_CHARS: usize = 200;

/// A successful answer.
pub(crate) struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Response {
    /// Decodes the body as JSON. An empty body reads as `{}`: some routes
    /// answer an empty 200 where the spec describes an object of optional
    /// fields.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        let body: &[u8] = if self.body.iter().all(u8::is_ascii_whitespace) {
            b"{}"
        } else {
            &self.body
        };
        serde_json::from_slice(body).map_err(|e| FronteggError::Decode {
            status: self.status,
            reason: e.to_string(),
        })
    }

    /// The body as free-form JSON; an empty body (a 204, an empty 200) is
    /// JSON `null`.
    pub fn json_value(&self) -> Result<crate::json::JsonValue> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(crate::json::JsonValue(serde_json::Value::Null));
        }
        self.json()
    }

    /// Values of every `Set-Cookie` header.
    pub fn set_cookies(&self) -> impl Iterator<Item = &str> {
        self.headers
            .get_all(http::header::SET_COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
    }
}

impl std::fmt::Debug for Response {
    /// The status and the body's size: the body holds tokens.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("body_bytes", &self.body.len())
            .finish_non_exhaustive()
    }
}

/// Maps a transport failure; the text never includes request headers.
pub(super) fn transport_error(error: ureq::Error) -> FronteggError {
    match error {
        ureq::Error::Timeout(which) => FronteggError::Timeout {
            reason: format!("{which} timeout elapsed"),
        },
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            FronteggError::Timeout {
                reason: io.to_string(),
            }
        }
        ureq::Error::BodyExceedsLimit(limit) => FronteggError::Decode {
            status: 0,
            reason: format!("response body larger than {limit} bytes"),
        },
        other => FronteggError::Network {
            reason: other.to_string(),
        },
    }
}

/// Frontegg's error body: `{"errors": [...], "errorCode": "ER-…"}`; NestJS
/// answers `{"statusCode": …, "message": "…" | [...]}` instead.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct ErrorBody {
    #[serde(default)]
    errors: Option<serde_json::Value>,
    #[serde(default)]
    error_code: Option<String>,
    #[serde(default)]
    message: Option<serde_json::Value>,
}

fn texts(value: Option<serde_json::Value>) -> Vec<String> {
    match value {
        None | Some(serde_json::Value::Null) => Vec::new(),
        Some(serde_json::Value::String(s)) => vec![s],
        Some(serde_json::Value::Array(items)) => items
            .into_iter()
            .map(|item| match item {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            })
            .collect(),
        Some(other) => vec![other.to_string()],
    }
}

pub(crate) fn error_from_response(response: &Response) -> FronteggError {
    let header = |name: &str| {
        response
            .headers
            .get(name)
            .and_then(|value| value.to_str().ok())
    };
    let mut details = ApiErrorDetails {
        status: response.status,
        attempts: 1,
        trace_id: header("frontegg-trace-id").map(str::to_owned),
        ..ApiErrorDetails::default()
    };
    match serde_json::from_slice::<ErrorBody>(&response.body) {
        Ok(body) => {
            details.errors = texts(body.errors);
            if details.errors.is_empty() {
                details.errors = texts(body.message);
            }
            details.error_code = body.error_code;
        }
        Err(_) => details.body_excerpt = excerpt(&response.body),
    }
    let retry_after = if response.status == 429 {
        retry_after_secs(
            header("retry-after"),
            header("x-rate-limit-reset"),
            SystemTime::now(),
        )
    } else {
        None
    };
    FronteggError::from_status(details, retry_after)
}

/// The start of a body, whitespace collapsed, for errors that are not JSON.
fn excerpt(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.is_empty() {
        return None;
    }
    let mut short: String = collapsed.chars().take(EXCERPT_CHARS).collect();
    if short.len() < collapsed.len() {
        short.push('…');
    }
    Some(short)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_excerpts_are_short_and_single_line() {
        let body = format!("line one\n\n  line two {}", "é".repeat(300));
        let short = excerpt(body.as_bytes()).unwrap_or_default();
        assert!(short.starts_with("line one line two é"), "{short}");
        assert_eq!(short.chars().count(), EXCERPT_CHARS + 1);
        assert_eq!(excerpt(b"   "), None);
    }
}
