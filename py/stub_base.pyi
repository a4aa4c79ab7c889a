"""Typed client for the Frontegg identity API, backed by Rust."""

# Hand-written part of the stubs; codegen appends the generated part and
# writes py/frontegg_identity.pyi.

import builtins
from typing_extensions import deprecated
from typing import Any, AsyncIterator, Final, Iterator, Literal, Mapping, Protocol, Required, Self, Sequence, TypedDict, final

__version__: Final[str]

JsonValue = dict[str, Any] | list[Any] | str | int | float | bool | None

Provider = Literal[
    "local", "saml", "google", "github", "facebook", "microsoft", "scim2", "slack", "apple"
]

class _ClientBase:
    """A Frontegg API client. Thread-safe; calls release the GIL.

    Fork-safe: a client built (and used) at import before gunicorn --preload,
    multiprocessing's fork start method or Celery's prefork pool fork is safe
    in the children: each opens its own connections and never waits on a
    lock or token renewal a parent thread held.

    Every operation lives on a group property named after Frontegg's tag
    (`client.user_management.get_user_by_id(...)`).
    """

    # @flows Client
    def __enter__(self) -> Client: ...
    def __exit__(self, kind: object, value: object, traceback: object) -> bool: ...
    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str | int | bool | Sequence[str] | None] | Sequence[tuple[str, object]] | None = None,
        body: JsonValue = None,
        headers: Mapping[str, str] | None = None,
    ) -> JsonValue:
        """Any Frontegg endpoint (such as /oauth/token) through the same transport."""

PasswordlessMethod = Literal["magic_link", "email_code", "sms_code"]
SessionKind = Literal["embedded", "hosted"]

@final
class StoredSession:
    """What a session keeps in its storage (tokens included: store it securely)."""

    def __new__(
        cls,
        *,
        kind: SessionKind,
        access_token: str,
        refresh_token: str,
        expires_at: float,
        lifetime: float = 0.0,
        user_id: str | None = None,
        tenant_id: str | None = None,
    ) -> Self: ...
    @property
    def kind(self) -> SessionKind: ...
    @property
    def access_token(self) -> str: ...
    @property
    def refresh_token(self) -> str: ...
    @property
    def expires_at(self) -> float: ...
    @property
    def lifetime(self) -> float: ...
    @property
    def user_id(self) -> str | None: ...
    @property
    def tenant_id(self) -> str | None: ...
    def to_dict(self) -> dict[str, Any]: ...

class TokenStorage(Protocol):
    """Where a Session keeps its tokens (a keyring, a database row...).
    `save` follows every sign-in and refresh, `clear` every logout; an
    exception in them is reported through sys.unraisablehook."""

    def load(self) -> StoredSession | dict[str, Any] | None: ...
    def save(self, stored: StoredSession) -> None: ...
    def clear(self) -> None: ...

@final
class Session:
    """A signed-in user's session: refreshed ahead of expiry, one refresh at a
    time, a refresh token never sent twice. Thread-safe; its storage's
    callbacks run outside its locks and may call back into it. A refresh that
    answers another user's tokens raises InvalidTokenError (wrong_subject)
    and keeps nothing. After a fork, keep a session to one process: parent
    and child hold the same refresh token."""

    # @flows Session
    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str | int | bool | Sequence[str] | None] | Sequence[tuple[str, object]] | None = None,
        body: JsonValue = None,
        headers: Mapping[str, str] | None = None,
    ) -> JsonValue:
        """Any endpoint as this user; a 401 refreshes once and retries once."""
    def client(self) -> Client:
        """A client whose user operations send the current access token."""

@final
class MfaRequired:
    """A sign-in waiting for its second factor."""

    # @flows MfaRequired

@final
class ActivationRequired:
    @property
    def user_id(self) -> str | None: ...
    @property
    def tenant_id(self) -> str | None: ...

@final
class AuthorizeRequest:
    @property
    def url(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def nonce(self) -> str: ...
    @property
    def code_verifier(self) -> str: ...

@final
class HostedLogin:
    """Hosted login (OAuth 2.0 + PKCE) on the environment domain."""

    # @flows HostedLogin

@final
class SsoPreLogin:
    @property
    def address(self) -> str | None: ...
    @property
    def idp_type(self) -> str | None: ...

@final
class SocialProvider:
    @property
    def provider(self) -> str: ...
    @property
    def client_id(self) -> str | None: ...
    @property
    def redirect_url(self) -> str | None: ...
    @property
    def active(self) -> bool: ...

@final
class PageIterator(Iterator[Any]):
    """The items of a paginated operation, pages fetched as iteration needs them."""

    def __next__(self) -> Any: ...

def pkce_challenge(verifier: str) -> str:
    """The S256 PKCE challenge of `verifier` (base64url, no padding)."""

Algorithm = Literal["RS256", "RS384", "RS512", "HS256"]

TokenType = Literal[
    "userToken", "userApiToken", "tenantApiToken", "userAccessToken", "tenantAccessToken"
]

# @rejection_reasons (from RejectionReason::as_str in core/src/error/rejection.rs)

@final
class Actor:
    """Who acts on the user's behalf (claim `act`, while impersonating)."""

    @property
    def sub(self) -> str | None: ...
    @property
    def actor_type(self) -> str | None: ...

@final
class Claims:
    """The claims of a verified Frontegg token; `raw` holds every claim."""

    @property
    def sub(self) -> str: ...
    @property
    def iss(self) -> str: ...
    @property
    def aud(self) -> list[str]: ...
    @property
    def token_type(self) -> TokenType: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def tenant_ids(self) -> list[str]: ...
    @property
    def roles(self) -> list[str]: ...
    @property
    def permissions(self) -> list[str]: ...
    @property
    def email(self) -> str | None: ...
    @property
    def email_verified(self) -> bool | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def metadata(self) -> JsonValue: ...
    @property
    def application_id(self) -> str | None: ...
    @property
    def act(self) -> Actor | None: ...
    @property
    def acr(self) -> str | None: ...
    @property
    def amr(self) -> list[str]: ...
    @property
    def auth_time(self) -> float | None: ...
    @property
    def exp(self) -> float: ...
    @property
    def nbf(self) -> float | None: ...
    @property
    def iat(self) -> float | None: ...
    @property
    def raw(self) -> dict[str, Any]: ...
    def has_roles(self, roles: Sequence[str], all: bool = True) -> bool:
        """Every listed role (all=True) or at least one (all=False)."""
    def has_permissions(self, permissions: Sequence[str], all: bool = True) -> bool:
        """Like has_roles; a key ending in `*` matches as a prefix on either side."""
    def is_stepped_up(self, max_age: float | None = None) -> bool:
        """acr is multi-factor and amr has mfa plus otp/sms/hwk/sso; with
        max_age (seconds), auth_time is at most that old."""

@final
class TokenVerifier:
    """Verifies Frontegg JWTs offline against cached keys. Thread-safe and
    fork-safe (a child keeps the parent's keys)."""

    # @flows TokenVerifier

class FronteggError(Exception):
    status: int | None
    errors: Sequence[str]
    error_code: str | None
    trace_id: str | None
    body_excerpt: str | None
    attempts: int | None

class ApiError(FronteggError): ...
class UnauthorizedError(ApiError): ...
class ForbiddenError(ApiError): ...
class NotFoundError(ApiError): ...
class ConflictError(ApiError): ...

class RateLimitedError(ApiError):
    retry_after: float | None

class ServerError(ApiError): ...
class NetworkError(FronteggError, ConnectionError): ...
class TimeoutError(FronteggError, builtins.TimeoutError): ...  # noqa: A001
class DecodeError(FronteggError): ...
class InvalidInputError(FronteggError, ValueError): ...
class ConfigError(FronteggError, ValueError): ...

class InvalidTokenError(FronteggError):
    reason: RejectionReason
    detail: str

class OAuthError(FronteggError):
    code: str
    description: str

class AuthenticationError(FronteggError):
    status: int
    reason: RejectionReason
    detail: str
