//! [`FronteggError`]: the one error every call returns, in every language.
//!
//! Each variant says what the caller should do next: fix the input
//! (`InvalidInput`, `Config`), sign in again (`Unauthorized`), wait
//! (`RateLimited`), retry later (`Network`, `Timeout`, `Server`) or read
//! Frontegg's own explanation (`errors`, `error_code`).

use std::fmt;

mod rejection;

pub use rejection::RejectionReason;

/// What Frontegg said about a failed request.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApiErrorDetails {
    /// HTTP status code of the response.
    pub status: u16,
    /// Frontegg's `errors[]` messages, in order.
    pub errors: Vec<String>,
    /// Frontegg's `errorCode` (for example `ER-01097`), when present.
    pub error_code: Option<String>,
    /// The `frontegg-trace-id` response header: quote it to Frontegg support.
    pub trace_id: Option<String>,
    /// The start of a body that was not Frontegg's JSON error shape.
    pub body_excerpt: Option<String>,
    /// How many times the request was sent, retries included.
    #[cfg_attr(feature = "uniffi", uniffi(default = 1))]
    pub attempts: u32,
}

impl fmt::Display for ApiErrorDetails {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status)?;
        if let Some(code) = &self.error_code {
            write!(f, " {code}")?;
        }
        if !self.errors.is_empty() {
            write!(f, ": {}", self.errors.join(", "))?;
        } else if let Some(excerpt) = &self.body_excerpt {
            write!(f, ": {excerpt}")?;
        }
        if let Some(trace_id) = &self.trace_id {
            write!(f, " (trace id {trace_id})")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

/// The error every operation returns.
///
/// No variant carries a secret: texts come from Frontegg's error body, the
/// transport, or our own validation, never from request headers or bodies.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
#[non_exhaustive]
pub enum FronteggError {
    /// The server could not be reached (DNS, refused connection, TLS, broken
    /// connection). Retrying later may help.
    #[error("network error: {reason}")]
    Network {
        /// What went wrong, in words (never a secret).
        reason: String,
    },
    /// The connect or overall timeout elapsed before a response arrived.
    #[error("timed out: {reason}")]
    Timeout {
        /// What went wrong, in words (never a secret).
        reason: String,
    },
    /// HTTP 401: the credentials or token are missing, wrong or expired.
    #[error("unauthorized: {details}")]
    Unauthorized {
        /// Frontegg's answer: status, messages, error code, trace id.
        details: ApiErrorDetails,
    },
    /// HTTP 403: authenticated, but not allowed to do this.
    #[error("forbidden: {details}")]
    Forbidden {
        /// Frontegg's answer: status, messages, error code, trace id.
        details: ApiErrorDetails,
    },
    /// HTTP 404: the resource does not exist.
    #[error("not found: {details}")]
    NotFound {
        /// Frontegg's answer: status, messages, error code, trace id.
        details: ApiErrorDetails,
    },
    /// HTTP 409: the resource already exists or is in a conflicting state.
    #[error("conflict: {details}")]
    Conflict {
        /// Frontegg's answer: status, messages, error code, trace id.
        details: ApiErrorDetails,
    },
    /// HTTP 429: too many requests; wait `retry_after` (when known).
    #[error("rate limited{}: {details}", retry_after_text(*retry_after))]
    RateLimited {
        /// Frontegg's answer: status, messages, error code, trace id.
        details: ApiErrorDetails,
        /// How long to wait, from `Retry-After` or `X-Rate-Limit-Reset`
        /// (whole seconds).
        retry_after: Option<std::time::Duration>,
    },
    /// HTTP 5xx: Frontegg failed; retrying later may help.
    #[error("server error: {details}")]
    Server {
        /// Frontegg's answer: status, messages, error code, trace id.
        details: ApiErrorDetails,
    },
    /// Any other unsuccessful status (400, 422, …): the request was refused.
    #[error("request refused: {details}")]
    Api {
        /// Frontegg's answer: status, messages, error code, trace id.
        details: ApiErrorDetails,
    },
    /// The response did not have the expected shape.
    #[error("could not decode the response (HTTP {status}): {reason}")]
    Decode {
        /// The answer's HTTP status.
        status: u16,
        /// What went wrong, in words (never a secret).
        reason: String,
    },
    /// An argument was rejected before anything was sent.
    #[error("invalid input: {reason}")]
    InvalidInput {
        /// What went wrong, in words (never a secret).
        reason: String,
    },
    /// The client configuration is unusable.
    #[error("invalid configuration: {reason}")]
    Config {
        /// What went wrong, in words (never a secret).
        reason: String,
    },
    /// A token was refused by [`TokenVerifier::verify`](crate::TokenVerifier::verify):
    /// `reason` says why, `detail` explains (never quoting the token).
    #[error("invalid token ({}): {detail}", reason.as_str())]
    InvalidToken {
        /// Why, as a stable name (`expired`, `wrong_issuer`, …).
        reason: RejectionReason,
        /// An explanation for people, never quoting the token.
        detail: String,
    },
    /// The authorization server refused a hosted login, or its callback
    /// is not the one expected: `code` is OAuth's error code
    /// (`access_denied`, …) or `invalid_state`.
    #[error("hosted login failed ({code}): {description}")]
    OAuth {
        /// OAuth's error code (`access_denied`, `invalid_state`, …).
        code: String,
        /// What the authorization server (or the check) said.
        description: String,
    },
    /// A request was refused by
    /// [`TokenVerifier::authenticate`](crate::TokenVerifier::authenticate):
    /// answer it with `status` (401 no or bad token, 403 missing rights,
    /// 503 Frontegg unreachable).
    #[error("request not authenticated (HTTP {status}, {}): {detail}", reason.as_str())]
    Authentication {
        /// The HTTP status to answer the request with.
        status: u16,
        /// Why, as a stable name (`missing_token`, `insufficient_roles`, …).
        reason: RejectionReason,
        /// An explanation for people, never quoting the token.
        detail: String,
    },
}

fn retry_after_text(wait: Option<std::time::Duration>) -> String {
    wait.map(|w| format!(" (retry after {} s)", w.as_secs()))
        .unwrap_or_default()
}

/// The kind of a [`FronteggError`], for matching without the payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// [`FronteggError::Network`].
    Network,
    /// [`FronteggError::Timeout`].
    Timeout,
    /// [`FronteggError::Unauthorized`].
    Unauthorized,
    /// [`FronteggError::Forbidden`].
    Forbidden,
    /// [`FronteggError::NotFound`].
    NotFound,
    /// [`FronteggError::Conflict`].
    Conflict,
    /// [`FronteggError::RateLimited`].
    RateLimited,
    /// [`FronteggError::Server`].
    Server,
    /// [`FronteggError::Api`].
    Api,
    /// [`FronteggError::Decode`].
    Decode,
    /// [`FronteggError::InvalidInput`].
    InvalidInput,
    /// [`FronteggError::Config`].
    Config,
    /// [`FronteggError::InvalidToken`].
    InvalidToken,
    /// [`FronteggError::Authentication`].
    Authentication,
    /// [`FronteggError::OAuth`].
    OAuth,
}

impl FronteggError {
    /// The error's kind.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Network { .. } => ErrorKind::Network,
            Self::Timeout { .. } => ErrorKind::Timeout,
            Self::Unauthorized { .. } => ErrorKind::Unauthorized,
            Self::Forbidden { .. } => ErrorKind::Forbidden,
            Self::NotFound { .. } => ErrorKind::NotFound,
            Self::Conflict { .. } => ErrorKind::Conflict,
            Self::RateLimited { .. } => ErrorKind::RateLimited,
            Self::Server { .. } => ErrorKind::Server,
            Self::Api { .. } => ErrorKind::Api,
            Self::Decode { .. } => ErrorKind::Decode,
            Self::InvalidInput { .. } => ErrorKind::InvalidInput,
            Self::Config { .. } => ErrorKind::Config,
            Self::InvalidToken { .. } => ErrorKind::InvalidToken,
            Self::Authentication { .. } => ErrorKind::Authentication,
            Self::OAuth { .. } => ErrorKind::OAuth,
        }
    }

    /// Frontegg's details, for errors that carry an HTTP response.
    pub fn details(&self) -> Option<&ApiErrorDetails> {
        match self {
            Self::Unauthorized { details }
            | Self::Forbidden { details }
            | Self::NotFound { details }
            | Self::Conflict { details }
            | Self::RateLimited { details, .. }
            | Self::Server { details }
            | Self::Api { details } => Some(details),
            _ => None,
        }
    }

    /// The HTTP status, when a response arrived; for
    /// [`FronteggError::Authentication`], the status to answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Decode { status, .. } | Self::Authentication { status, .. } => Some(*status),
            _ => self.details().map(|d| d.status),
        }
    }

    /// Whether the same call may succeed if retried later unchanged.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::Network { .. }
                | Self::Timeout { .. }
                | Self::RateLimited { .. }
                | Self::Server { .. }
        )
    }

    /// The variant's name, for logs (never its texts).
    pub(crate) fn kind_name(&self) -> &'static str {
        match self {
            Self::Network { .. } => "network error",
            Self::Timeout { .. } => "timeout",
            Self::Unauthorized { .. } => "401",
            Self::Forbidden { .. } => "403",
            Self::NotFound { .. } => "404",
            Self::Conflict { .. } => "409",
            Self::RateLimited { .. } => "429",
            Self::Server { details } => match details.status {
                502 => "502",
                503 => "503",
                504 => "504",
                _ => "5xx",
            },
            Self::Api { .. } => "4xx",
            Self::Decode { .. } => "undecodable answer",
            Self::InvalidInput { .. } => "invalid input",
            Self::Config { .. } => "invalid configuration",
            Self::InvalidToken { .. } => "invalid token",
            Self::Authentication { .. } => "not authenticated",
            Self::OAuth { .. } => "hosted login refused",
        }
    }

    /// The same error with every secret of `secrets` (and any bearer token or
    /// refresh cookie) removed from its texts.
    pub(crate) fn scrubbed(mut self, secrets: &crate::redact::Secrets) -> Self {
        match &mut self {
            Self::Network { reason }
            | Self::Timeout { reason }
            | Self::Decode { reason, .. }
            | Self::InvalidInput { reason }
            | Self::Config { reason } => *reason = secrets.scrub(reason),
            Self::InvalidToken { detail, .. } | Self::Authentication { detail, .. } => {
                *detail = secrets.scrub(detail)
            }
            Self::OAuth { description, .. } => *description = secrets.scrub(description),
            _ => {}
        }
        if let Some(details) = self.details_mut() {
            for text in details
                .errors
                .iter_mut()
                .chain(details.error_code.as_mut())
                .chain(details.trace_id.as_mut())
                .chain(details.body_excerpt.as_mut())
            {
                *text = secrets.scrub(text);
            }
        }
        self
    }

    /// The same error, telling that the request was sent `attempts` times.
    pub(crate) fn with_attempts(mut self, attempts: u32) -> Self {
        if let Self::Network { reason } | Self::Timeout { reason } = &mut self
            && attempts > 1
        {
            reason.push_str(&format!(" (after {attempts} attempts)"));
        }
        if let Some(details) = self.details_mut() {
            details.attempts = attempts;
        }
        self
    }

    fn details_mut(&mut self) -> Option<&mut ApiErrorDetails> {
        match self {
            Self::Unauthorized { details }
            | Self::Forbidden { details }
            | Self::NotFound { details }
            | Self::Conflict { details }
            | Self::RateLimited { details, .. }
            | Self::Server { details }
            | Self::Api { details } => Some(details),
            _ => None,
        }
    }

    pub(crate) fn invalid_input(reason: impl Into<String>) -> Self {
        Self::InvalidInput {
            reason: reason.into(),
        }
    }

    pub(crate) fn invalid_token(reason: RejectionReason, detail: impl Into<String>) -> Self {
        Self::InvalidToken {
            reason,
            detail: detail.into(),
        }
    }

    /// The reason a token or request was refused, for the two verifier
    /// errors.
    pub fn rejection(&self) -> Option<RejectionReason> {
        match self {
            Self::InvalidToken { reason, .. } | Self::Authentication { reason, .. } => {
                Some(*reason)
            }
            _ => None,
        }
    }

    pub(crate) fn config(reason: impl Into<String>) -> Self {
        Self::Config {
            reason: reason.into(),
        }
    }

    /// Builds the error for an unsuccessful HTTP status.
    pub(crate) fn from_status(details: ApiErrorDetails, retry_after_secs: Option<u64>) -> Self {
        match details.status {
            401 => Self::Unauthorized { details },
            403 => Self::Forbidden { details },
            404 => Self::NotFound { details },
            409 => Self::Conflict { details },
            429 => Self::RateLimited {
                details,
                retry_after: retry_after_secs.map(std::time::Duration::from_secs),
            },
            500..=599 => Self::Server { details },
            _ => Self::Api { details },
        }
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = FronteggError> = std::result::Result<T, E>;
