"""Typed client for the Frontegg identity API, backed by Rust."""

# Hand-written part of the stubs; codegen appends the generated part and
# writes py/frontegg_identity.pyi.

import builtins
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

    def __new__(
        cls,
        *,
        region: Literal["eu", "us", "ca", "au"] = "eu",
        base_url: str | None = None,
        client_id: str | None = None,
        secret: str | None = None,
        access_token: str | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        vendor_host: str | None = None,
        application_id: str | None = None,
        max_retries: int = 2,
        max_retry_wait: float = 5.0,
        service_urls: dict[str, str] | None = None,
        deadline: float = 60.0,
        max_response_bytes: int = 16777216,
    ) -> Self:
        """Timeouts and the deadline are seconds (at most a day): `timeout`
        bounds each attempt, `deadline` the whole call with its retries.
        `max_retries` is 0 to 10; `max_response_bytes` 1 KiB to 1 GiB."""
    def __enter__(self) -> Client: ...
    def __exit__(self, kind: object, value: object, traceback: object) -> bool: ...
    def for_tenant(self, tenant_id: str) -> Client:
        """A client whose calls act inside `tenant_id`."""
    def for_user(self, user_id: str) -> Client:
        """A client whose calls act as `user_id`."""
    def as_user(self, access_token: str) -> Client:
        """A client whose user (self-service) operations send this user's token."""
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
    @property
    def refresh_cookie_name(self) -> str:
        """Name of the environment's refresh-token cookie (needs client_id)."""
    def authenticate_vendor(self) -> VendorToken:
        """Exchanges the vendor credentials for a fresh environment token."""
    def sign_up(
        self,
        *,
        email: str,
        company_name: str,
        password: str | None = None,
        provider: Provider = "local",
        name: str | None = None,
        username: str | None = None,
        profile_picture_url: str | None = None,
        metadata: JsonValue = None,
        skip_invite_email: bool | None = None,
        role_ids: Sequence[str] | None = None,
        email_metadata: JsonValue = None,
        recaptcha_token: str | None = None,
        invitation_token: str | None = None,
        phone_number: str | None = None,
    ) -> SignUpResponse:
        """Signs up a user and creates their account (tenant)."""
    def login(
        self,
        *,
        password: str,
        email: str | None = None,
        username: str | None = None,
        recaptcha_token: str | None = None,
        invitation_token: str | None = None,
    ) -> AuthResponse:
        """Logs a user in with email (or username) and password."""
    def refresh(self, refresh_token: str, *, tenant_id: str | None = None) -> AuthResponse:
        """Exchanges a refresh token for a new session."""
    def logout(self, refresh_token: str) -> None:
        """Ends the session of `refresh_token`."""
    def token_verifier(
        self,
        issuer: str,
        *,
        public_key_pem: str | None = None,
        jwks_url: str | None = None,
        jwks: str | Mapping[str, Any] | None = None,
        secret: str | None = None,
        audience: str | Sequence[str] | None = None,
        algorithms: Algorithm | Sequence[Algorithm] | None = None,
        token_types: TokenType | Sequence[TokenType] | None = None,
        leeway: float = 30.0,
        keys_ttl: float = 600.0,
        refetch_cooldown: float = 30.0,
        fetch_timeout: float = 5.0,
    ) -> TokenVerifier:
        """A TokenVerifier whose keys come from the environment's configuration
        (vendor token) unless a key source is given, and whose `authenticate`
        checks access tokens for revocation."""

    def sign_in(
        self,
        *,
        password: str,
        email: str | None = None,
        username: str | None = None,
        recaptcha_token: str | None = None,
        invitation_token: str | None = None,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Signs in: a Session, or MfaRequired when a second factor is needed."""
    def passwordless_start(
        self, method: PasswordlessMethod, *, email: str | None = None, phone_number: str | None = None
    ) -> None:
        """Sends a magic link or a one-time code."""
    def passwordless_finish(
        self, method: PasswordlessMethod, token: str, *, storage: TokenStorage | None = None
    ) -> Session | MfaRequired:
        """Finishes with the code, or the magic link's token."""
    def sso_prelogin(self, email: str) -> SsoPrelogin:
        """The SSO identity provider that signs in `email`."""
    def saml_postlogin(
        self, saml_response: str, relay_state: str, *, storage: TokenStorage | None = None
    ) -> Session | MfaRequired: ...
    def oidc_postlogin(
        self, code: str, state: str, *, redirect_uri: str | None = None, storage: TokenStorage | None = None
    ) -> Session | MfaRequired: ...
    def social_providers(self) -> list[SocialProvider]: ...
    def social_login_url(self, provider: str, redirect_uri: str, *, state: str | None = None) -> str: ...
    def social_postlogin(
        self,
        provider: str,
        code: str,
        *,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        state: str | None = None,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired: ...
    def sign_up_session(
        self,
        *,
        email: str,
        company_name: str,
        password: str | None = None,
        name: str | None = None,
        username: str | None = None,
        phone_number: str | None = None,
        invitation_token: str | None = None,
        recaptcha_token: str | None = None,
        storage: TokenStorage | None = None,
    ) -> Session | ActivationRequired:
        """Signs up; a Session unless the user must confirm their email first."""
    def activate(
        self, user_id: str, token: str, *, password: str | None = None, storage: TokenStorage | None = None
    ) -> Session | MfaRequired:
        """Activates a signed-up user with the emailed token and signs them in."""
    def restore_session(self, storage: TokenStorage) -> Session | None:
        """The embedded-login session `storage` kept from an earlier run."""

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

    def access_token(self) -> str:
        """A valid access token, refreshed first when it expires within 30 s."""
    def refresh(self) -> str: ...
    def switch_tenant(self, tenant_id: str) -> None: ...
    def logout(self) -> None: ...
    @property
    def is_signed_in(self) -> bool: ...
    @property
    def user_id(self) -> str | None: ...
    @property
    def tenant_id(self) -> str | None: ...
    @property
    def expires_at(self) -> float | None: ...
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

    @property
    def devices(self) -> UserMfaDevicesResponse | None: ...
    @property
    def strategies(self) -> JsonValue: ...
    def verify(self, code: str, *, remember_device: bool = False) -> Session:
        """Finishes with an authenticator-app code."""
    def send_sms_code(self, device_id: str) -> str: ...
    def verify_sms(self, device_id: str, otc_token: str, code: str, *, remember_device: bool = False) -> Session: ...
    def send_email_code(self) -> str: ...
    def verify_email(self, otc_token: str, code: str, *, remember_device: bool = False) -> Session: ...
    def recover(self, email: str, recovery_code: str) -> Session: ...

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

    def __new__(cls, *, base_url: str, client_id: str, redirect_uri: str, scopes: Sequence[str] | None = None) -> Self: ...
    def authorize_url(self) -> AuthorizeRequest: ...
    def exchange(self, callback_url: str, request: AuthorizeRequest, *, storage: TokenStorage | None = None) -> Session:
        """Checks state (before any request), exchanges the code with the PKCE
        verifier and checks the ID token's nonce."""
    def restore_session(self, storage: TokenStorage) -> Session | None: ...

@final
class SsoPrelogin:
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

RejectionReason = Literal[
    "malformed",
    "unsupported_algorithm",
    "unknown_key",
    "bad_signature",
    "expired",
    "not_yet_valid",
    "wrong_issuer",
    "wrong_audience",
    "wrong_type",
    "missing_claim",
    "keys_unavailable",
    "revoked",
    "wrong_nonce",
    "missing_token",
    "insufficient_roles",
    "insufficient_permissions",
    "step_up_required",
    "invalid_request",
    "wrong_subject",
]

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

    def __new__(
        cls,
        issuer: str,
        *,
        public_key_pem: str | None = None,
        jwks_url: str | None = None,
        jwks: str | Mapping[str, Any] | None = None,
        secret: str | None = None,
        audience: str | Sequence[str] | None = None,
        algorithms: Algorithm | Sequence[Algorithm] | None = None,
        token_types: TokenType | Sequence[TokenType] | None = None,
        leeway: float = 30.0,
        keys_ttl: float = 600.0,
        refetch_cooldown: float = 30.0,
        fetch_timeout: float = 5.0,
        client: Client | None = None,
    ) -> Self:
        """One key source at most (public_key_pem, jwks_url or jwks); with
        none, {issuer}/.well-known/jwks.json, or with `client` the
        environment's key (and revocation checks in `authenticate`).
        Durations are seconds."""
    def verify(self, token: str) -> Claims:
        """The token's claims; raises InvalidTokenError (with `reason`)."""
    def authenticate(
        self,
        headers: Mapping[str, str] | Sequence[tuple[str, str]],
        *,
        roles: Sequence[str] | None = None,
        permissions: Sequence[str] | None = None,
        all: bool = True,
        step_up: bool = False,
        max_auth_age: float | None = None,
    ) -> Claims:
        """The claims of a request (Authorization: Bearer, else x-api-key);
        raises AuthenticationError whose `status` is 401, 403 or 503."""

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
    retry_after: int | None

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
