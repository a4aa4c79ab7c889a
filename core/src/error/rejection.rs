//! [`RejectionReason`]: why a token or a request was refused, with the
//! HTTP status to answer and the wire name each language shows.

use std::fmt;

/// Why a token or a request was refused. The wire names (`as_str`) are
/// those of Python's `e.reason`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[non_exhaustive]
pub enum RejectionReason {
    /// Not three base64url segments of JSON, too long, or a claim of the
    /// wrong JSON type.
    Malformed,
    /// `alg` is `none`, not in the allow-list, or has no key of its kind.
    UnsupportedAlgorithm,
    /// No key has the token's `kid`, even after refetching the keys.
    UnknownKey,
    /// The signature does not match.
    BadSignature,
    /// `exp` has passed (beyond the leeway).
    Expired,
    /// `nbf` or `iat` lies in the future (beyond the leeway).
    NotYetValid,
    /// `iss` is not the configured issuer.
    WrongIssuer,
    /// `aud` names none of the configured audiences.
    WrongAudience,
    /// `type` is not a Frontegg user or API token type, or not an allowed one.
    WrongType,
    /// A required claim (`sub`, `iss`, `exp`, `type`, `tenantId`) is absent.
    MissingClaim,
    /// The keys (or the revocation status) could not be fetched.
    KeysUnavailable,
    /// Frontegg says the access token was revoked.
    Revoked,
    /// An ID token's `nonce` is not the one its login sent.
    WrongNonce,
    /// The request carries no bearer token and no `x-api-key`.
    MissingToken,
    /// The token lacks a required role.
    InsufficientRoles,
    /// The token lacks a required permission.
    InsufficientPermissions,
    /// The token lacks the required multi-factor step-up, or it is too old.
    StepUpRequired,
    /// The request carries its credentials ambiguously: two
    /// `Authorization` (or `x-api-key`) headers, or a bearer token and an
    /// API key of different subjects (RFC 6750 §3.1 `invalid_request`).
    InvalidRequest,
    /// A token names another subject than expected: a session's refresh
    /// answered another user's (or another tenant's) tokens.
    WrongSubject,
}

impl RejectionReason {
    /// The reason's snake_case name (`expired`, `wrong_issuer`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Malformed => "malformed",
            Self::UnsupportedAlgorithm => "unsupported_algorithm",
            Self::UnknownKey => "unknown_key",
            Self::BadSignature => "bad_signature",
            Self::Expired => "expired",
            Self::NotYetValid => "not_yet_valid",
            Self::WrongIssuer => "wrong_issuer",
            Self::WrongAudience => "wrong_audience",
            Self::WrongType => "wrong_type",
            Self::MissingClaim => "missing_claim",
            Self::KeysUnavailable => "keys_unavailable",
            Self::Revoked => "revoked",
            Self::WrongNonce => "wrong_nonce",
            Self::MissingToken => "missing_token",
            Self::InsufficientRoles => "insufficient_roles",
            Self::InsufficientPermissions => "insufficient_permissions",
            Self::StepUpRequired => "step_up_required",
            Self::InvalidRequest => "invalid_request",
            Self::WrongSubject => "wrong_subject",
        }
    }

    /// The HTTP status a server answers a request refused for this reason:
    /// 503 when Frontegg could not be asked, 403 for missing rights, else
    /// 401 (RFC 9470 answers a missing step-up with 401 too).
    pub fn http_status(self) -> u16 {
        match self {
            Self::KeysUnavailable => 503,
            Self::InsufficientRoles | Self::InsufficientPermissions => 403,
            _ => 401,
        }
    }
}

impl fmt::Display for RejectionReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
