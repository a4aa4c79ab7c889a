# Exception classes of frontegg_identity, created once at import time by the
# Rust extension (they need multiple inheritance, which pyo3 classes lack).


class FronteggError(Exception):
    """Base class of every error raised by frontegg_identity.

    Attributes shared by all errors (None or empty when not applicable):
    status, errors, error_code, trace_id, body_excerpt, attempts (how many
    times the request was sent, retries included).
    """

    status = None
    errors = ()
    error_code = None
    trace_id = None
    body_excerpt = None
    attempts = None


class ApiError(FronteggError):
    """Frontegg answered with an unsuccessful HTTP status."""


class UnauthorizedError(ApiError):
    """HTTP 401: credentials or token missing, wrong or expired."""


class ForbiddenError(ApiError):
    """HTTP 403: authenticated, but not allowed to do this."""


class NotFoundError(ApiError):
    """HTTP 404: the resource does not exist."""


class ConflictError(ApiError):
    """HTTP 409: the resource already exists or is in a conflicting state."""


class RateLimitedError(ApiError):
    """HTTP 429: too many requests; wait `retry_after` seconds when known."""

    retry_after = None


class ServerError(ApiError):
    """HTTP 5xx: Frontegg failed; retrying later may help."""


class NetworkError(FronteggError, ConnectionError):
    """The server could not be reached."""


class TimeoutError(FronteggError, TimeoutError):  # noqa: A001 - also the builtin
    """The connect or overall timeout elapsed."""


class DecodeError(FronteggError):
    """The response did not have the expected shape."""


class InvalidInputError(FronteggError, ValueError):
    """An argument was rejected before anything was sent."""


class ConfigError(FronteggError, ValueError):
    """The client configuration is unusable."""


class InvalidTokenError(FronteggError):
    """A token was refused: by TokenVerifier.verify, by hosted login's ID
    token check, or by a session whose refresh answered another user.

    `reason` says why: malformed, unsupported_algorithm, unknown_key,
    bad_signature, expired, not_yet_valid, wrong_issuer, wrong_audience,
    wrong_type, missing_claim, keys_unavailable, revoked, wrong_nonce (an ID
    token of another login) or wrong_subject (a refresh that answered
    another user's or tenant's tokens: sign in again). `detail` explains;
    neither quotes the token.
    """

    reason = None
    detail = None


class OAuthError(FronteggError):
    """Hosted login failed: `code` is OAuth's error (access_denied, ...) or
    invalid_state (a callback that is not this login's); `description`
    explains."""

    code = None
    description = None


class AuthenticationError(FronteggError):
    """TokenVerifier.authenticate refused a request.

    `status` is the HTTP status to answer: 401 (no token, a refused token,
    a revoked access token, a missing step-up), 403 (missing roles or
    permissions) or 503 (keys or revocation status unreachable). `reason`
    is a token reason or missing_token, insufficient_roles,
    insufficient_permissions, step_up_required, invalid_request (two
    Authorization headers, or a bearer and an API key of different subjects).
    """

    reason = None
    detail = None
