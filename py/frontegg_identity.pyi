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

    def authenticate_vendor(
        self,
    ) -> VendorToken:
        """Exchanges the vendor credentials for a fresh environment token."""
    @property
    def refresh_cookie_name(self) -> str:
        """Name of the environment's refresh-token cookie (needs `client_id`)."""
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
        """Signs in with email (or username) and password: a session, or the
        second-factor step when MFA is required."""
    def sign_in_tokens(
        self,
        *,
        password: str,
        email: str | None = None,
        username: str | None = None,
        recaptcha_token: str | None = None,
        invitation_token: str | None = None,
    ) -> AuthResponse:
        """Signs in with email (or username) and password and returns Frontegg's
        token answer without keeping it (for a server that hands the tokens on)."""
    @deprecated("renamed to sign_in_tokens")
    def login(
        self,
        *,
        password: str,
        email: str | None = None,
        username: str | None = None,
        recaptcha_token: str | None = None,
        invitation_token: str | None = None,
    ) -> AuthResponse:
        """Signs in with email (or username) and password and returns Frontegg's
        token answer without keeping it (for a server that hands the tokens on)."""
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
        storage: TokenStorage | None = None,
    ) -> Session | ActivationRequired:
        """Signs up a user with their account (tenant) and signs them in: a session,
        or activation required when the user must confirm their email first
        (then `activate`)."""
    @deprecated("renamed to sign_up")
    def sign_up_session(
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
        storage: TokenStorage | None = None,
    ) -> Session | ActivationRequired:
        """Signs up a user with their account (tenant) and signs them in: a session,
        or activation required when the user must confirm their email first
        (then `activate`)."""
    def sign_up_tokens(
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
        """Signs up a user with their account (tenant) and returns Frontegg's
        answer without keeping any token."""
    def activate(
        self,
        user_id: str,
        token: str,
        *,
        password: str | None = None,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Activates a signed-up user with the emailed token and signs them in."""
    def refresh_tokens(
        self,
        refresh_token: str,
        *,
        tenant_id: str | None = None,
    ) -> AuthResponse:
        """Exchanges a refresh token for new tokens, optionally switching the
        active tenant, without keeping them."""
    @deprecated("renamed to refresh_tokens")
    def refresh(
        self,
        refresh_token: str,
        *,
        tenant_id: str | None = None,
    ) -> AuthResponse:
        """Exchanges a refresh token for new tokens, optionally switching the
        active tenant, without keeping them."""
    def sign_out(
        self,
        refresh_token: str,
    ) -> None:
        """Ends the session of `refresh_token` at Frontegg."""
    @deprecated("renamed to sign_out")
    def logout(
        self,
        refresh_token: str,
    ) -> None:
        """Ends the session of `refresh_token` at Frontegg."""
    def passwordless_start(
        self,
        method: PasswordlessMethod,
        *,
        email: str | None = None,
        phone_number: str | None = None,
    ) -> None:
        """Sends a magic link or a one-time code (`magic_link`, `email_code` or `sms_code`)."""
    def passwordless_finish(
        self,
        method: PasswordlessMethod,
        token: str,
        *,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Finishes a passwordless sign-in with the code or the magic link's token."""
    def sso_pre_login(
        self,
        email: str,
    ) -> SsoPreLogin:
        """The SSO identity provider that signs in `email`."""
    @deprecated("renamed to sso_pre_login")
    def sso_prelogin(
        self,
        email: str,
    ) -> SsoPreLogin:
        """The SSO identity provider that signs in `email`."""
    def saml_post_login(
        self,
        saml_response: str,
        relay_state: str,
        *,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Finishes a SAML sign-in with the identity provider's answer."""
    @deprecated("renamed to saml_post_login")
    def saml_postlogin(
        self,
        saml_response: str,
        relay_state: str,
        *,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Finishes a SAML sign-in with the identity provider's answer."""
    def oidc_post_login(
        self,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Finishes an OIDC SSO sign-in with the identity provider's code."""
    @deprecated("renamed to oidc_post_login")
    def oidc_postlogin(
        self,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Finishes an OIDC SSO sign-in with the identity provider's code."""
    def social_providers(
        self,
    ) -> list[SocialProvider]:
        """The environment's social login providers."""
    def social_login_url(
        self,
        provider: str,
        redirect_uri: str,
        *,
        state: str | None = None,
    ) -> str:
        """The address that starts a social sign-in with `provider`."""
    def social_post_login(
        self,
        provider: str,
        code: str,
        *,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        state: str | None = None,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Finishes a social sign-in with the provider's code."""
    @deprecated("renamed to social_post_login")
    def social_postlogin(
        self,
        provider: str,
        code: str,
        *,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        state: str | None = None,
        storage: TokenStorage | None = None,
    ) -> Session | MfaRequired:
        """Finishes a social sign-in with the provider's code."""
    def restore_session(
        self,
        storage: TokenStorage,
    ) -> Session | None:
        """The embedded-login session `storage` kept from an earlier run."""
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
        service_urls: Mapping[str, str] | None = None,
        deadline: float = 60.0,
        max_response_bytes: int = 16777216,
        tls_roots: Literal["platform", "bundled"] | None = None,
        ca_certificates_pem: str | None = None,
    ) -> Self:
        """Checks the configuration and builds a client."""
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
        """A verifier whose keys come from the environment's configuration (vendor
        token) unless `options` names a key source, and which checks access
        tokens for revocation in `authenticate`."""
    def for_tenant(
        self,
        tenant_id: str,
    ) -> Client:
        """A client whose calls act inside `tenant_id` (header `frontegg-tenant-id`)."""
    def for_user(
        self,
        user_id: str,
    ) -> Client:
        """A client whose calls act as `user_id` (header `frontegg-user-id`)."""
    def as_user(
        self,
        access_token: str,
    ) -> Client:
        """A client that acts as one signed-in user: user (self-service) operations
        send `access_token`. Shares this client's connections and vendor token."""
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

    def access_token(
        self,
    ) -> str:
        """A valid access token, refreshed first when it expires within 30 s."""
    def refresh(
        self,
    ) -> str:
        """Renews the tokens now; returns the new access token."""
    def switch_tenant(
        self,
        tenant_id: str,
    ) -> None:
        """Makes `tenant_id` the active account."""
    def sign_out(
        self,
    ) -> None:
        """Signs out at Frontegg and clears the session and its storage."""
    @deprecated("renamed to sign_out")
    def logout(
        self,
    ) -> None:
        """Signs out at Frontegg and clears the session and its storage."""
    @property
    def is_signed_in(self) -> bool:
        """Whether the session still holds tokens."""
    @property
    def user_id(self) -> str | None:
        """The signed-in user's id (`sub`)."""
    @property
    def tenant_id(self) -> str | None:
        """The active account's id."""
    @property
    def expires_at(self) -> float | None:
        """When the access token expires, seconds since the epoch."""
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
    def devices(self) -> UserMfaDevicesResponse | None:
        """The user's enrolled devices, when Frontegg lists them."""
    @property
    def strategies(self) -> JsonValue:
        """The offered strategies (`mfaStrategies`), as sent."""
    def verify(
        self,
        code: str,
        *,
        remember_device: bool = False,
    ) -> Session:
        """Finishes with an authenticator-app code."""
    def send_sms_code(
        self,
        device_id: str,
    ) -> str:
        """Sends a code by SMS to `device_id`; returns the `otc_token` for `verify_sms`."""
    def verify_sms(
        self,
        device_id: str,
        otc_token: str,
        code: str,
        *,
        remember_device: bool = False,
    ) -> Session:
        """Finishes with the SMS code."""
    def send_email_code(
        self,
    ) -> str:
        """Sends a code by email; returns the `otc_token` for `verify_email`."""
    def verify_email(
        self,
        otc_token: str,
        code: str,
        *,
        remember_device: bool = False,
    ) -> Session:
        """Finishes with the emailed code."""
    def recover(
        self,
        email: str,
        recovery_code: str,
    ) -> Session:
        """Finishes with a recovery code."""

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

    def authorize_url(
        self,
    ) -> AuthorizeRequest:
        """A fresh authorize URL with its `state`, `nonce` and PKCE `code_verifier`:
        keep it until the callback arrives."""
    def callback_state(
        self,
        callback_url: str,
    ) -> str | None:
        """The `state` a callback URL carries, to find its authorize request when
        several logins are pending; none when it has none or carries an OAuth
        parameter twice (then `exchange` refuses it too)."""
    def exchange(
        self,
        callback_url: str,
        request: AuthorizeRequest,
        *,
        storage: TokenStorage | None = None,
    ) -> Session:
        """Checks the callback URL against `request` and exchanges its code for a session."""
    def restore_session(
        self,
        storage: TokenStorage,
    ) -> Session | None:
        """The hosted-login session `storage` kept from an earlier run."""
    def __new__(
        cls,
        *,
        base_url: str,
        client_id: str,
        redirect_uri: str,
        scopes: Sequence[str] | None = None,
    ) -> Self:
        """Checks `options` and prepares hosted login for one app."""

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

    def verify(
        self,
        token: str,
    ) -> Claims:
        """The claims of `token`, or an invalid-token error with the reason."""
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
        """The claims of the request with `headers`, or an authentication error
        whose status (401, 403, 503) is the answer to send."""
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
        """Checks `options` and builds a verifier; static keys are parsed now."""

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

# ---- generated by codegen from Frontegg's OpenAPI files; do not edit below ----

# Request bodies are dicts with Frontegg's own (camelCase) keys.
AcceptInvitationDtoDict = TypedDict("AcceptInvitationDtoDict", {"token": Required[str], "userId": Required[str]}, total=False)
AcceptInvitationWithCodeDtoDict = TypedDict("AcceptInvitationWithCodeDtoDict", {"code": Required[str], "token": Required[str], "userId": Required[str]}, total=False)
ActivateUserDtoDict = TypedDict("ActivateUserDtoDict", {"lastTermsCheck": str, "password": str, "recaptchaToken": str, "token": Required[str], "userId": Required[str]}, total=False)
ActivateUserWithCodeDtoDict = TypedDict("ActivateUserWithCodeDtoDict", {"code": Required[str], "lastTermsCheck": str, "password": str, "recaptchaToken": str, "token": Required[str], "userId": Required[str]}, total=False)
ActivationStrategyResponseDict = TypedDict("ActivationStrategyResponseDict", {"codeExpiration": Required[float], "strategy": Required[str]}, total=False)
AddPermissionRequestDict = TypedDict("AddPermissionRequestDict", {"assignmentType": str, "categoryId": str, "description": str, "key": Required[str], "name": Required[str]}, total=False)
AddPermissionToRoleRequestDict = TypedDict("AddPermissionToRoleRequestDict", {"permissionIds": Required[list[str]]}, total=False)
AddRoleRequestDict = TypedDict("AddRoleRequestDict", {"description": str, "firstUserRole": bool, "isDefault": bool, "key": Required[str], "level": Required[float], "migrateRole": bool, "name": Required[str]}, total=False)
AddRoleWithPermissionsRequestDict = TypedDict("AddRoleWithPermissionsRequestDict", {"baseRoleId": Required[str], "description": str, "isDefault": bool, "key": Required[str], "name": Required[str], "permissionIds": Required[list[str]]}, total=False)
AddRoleWithPermissionsResponseDict = TypedDict("AddRoleWithPermissionsResponseDict", {"description": Required[str], "id": Required[str], "isDefault": Required[bool], "key": Required[str], "name": Required[str], "permissions": Required[list[str]], "tenantId": Required[str], "vendorId": Required[str]}, total=False)
AddRolesToPermissionRequestDict = TypedDict("AddRolesToPermissionRequestDict", {"roleIds": Required[list[str]]}, total=False)
AddTenantMetadataRequestDict = TypedDict("AddTenantMetadataRequestDict", {"metadata": Required[JsonValue]}, total=False)
AddUserToTenantRequestDict = TypedDict("AddUserToTenantRequestDict", {"skipInviteEmail": bool, "tenantId": Required[str], "validateTenantExist": bool}, total=False)
ApiTokenAuthV2ResponseDict = TypedDict("ApiTokenAuthV2ResponseDict", {"access_token": Required[str], "expires": Required[str], "expires_in": Required[float], "refresh_token": Required[str]}, total=False)
ApplicationClientResponseDtoDict = TypedDict("ApplicationClientResponseDtoDict", {"appId": Required[str], "clientName": Required[str], "clientSecret": Required[str], "clientType": Required[str], "createdAt": Required[str], "externalMetadata": JsonValue, "id": Required[str], "redirectURLs": Required[list[str]], "updatedAt": Required[str]}, total=False)
ApplicationTenantAssignmentAccessTypeDict = TypedDict("ApplicationTenantAssignmentAccessTypeDict", {"accessType": Required[str], "appId": Required[str]}, total=False)
ApplicationTenantsResponseV1Dict = TypedDict("ApplicationTenantsResponseV1Dict", {"tenantIds": Required[list[str]]}, total=False)
ApplicationUserTenantsResponseDtoDict = TypedDict("ApplicationUserTenantsResponseDtoDict", {"appId": Required[str], "createdAt": Required[str], "userTenantId": Required[str]}, total=False)
ApplicationsClientCredentialsResponseDict = TypedDict("ApplicationsClientCredentialsResponseDict", {"clientSecret": Required[str], "sharedSecret": Required[str]}, total=False)
ApplicationsResponseDict = TypedDict("ApplicationsResponseDict", {"accessType": Required[str], "allowDcr": Required[bool], "appHost": str, "appURL": Required[str], "createdAt": Required[str], "description": Required[str], "frontendStack": Required[str], "id": Required[str], "integrationFinishedAt": Required[str], "isActive": Required[bool], "isDefault": Required[bool], "loginURL": Required[str], "logoURL": Required[str], "metadata": JsonValue, "name": Required[str], "type": Required[str], "updatedAt": Required[str], "vendorId": Required[str]}, total=False)
ApplicationsTenantAssignmentResponseV1Dict = TypedDict("ApplicationsTenantAssignmentResponseV1Dict", {"appIds": Required[list[str]], "tenantId": Required[str]}, total=False)
ApplicationsTenantAssignmentsResponseV2Dict = TypedDict("ApplicationsTenantAssignmentsResponseV2Dict", {"assignments": Required[list[ApplicationTenantAssignmentAccessTypeDict]], "tenantId": Required[str]}, total=False)
ApprovalFlowChannelDtoDict = TypedDict("ApprovalFlowChannelDtoDict", {"email": Required[bool], "sms": Required[bool]}, total=False)
ApprovalFlowConfigurationDtoDict = TypedDict("ApprovalFlowConfigurationDtoDict", {"autoApproveInMinutes": float, "notifyOnDecisions": bool, "reminderIntervalMinutes": float, "timeoutMinutes": float, "webhookUrl": str}, total=False)
ApprovalFlowConfigurationResponseDtoDict = TypedDict("ApprovalFlowConfigurationResponseDtoDict", {"autoApproveInMinutes": float, "logging": bool, "notifyOnDecisions": bool, "reminderIntervalMinutes": float, "timeoutMinutes": float, "webhookUrl": str}, total=False)
ApprovalFlowResponseDtoDict = TypedDict("ApprovalFlowResponseDtoDict", {"channels": Required[JsonValue], "configuration": Required[ApprovalFlowConfigurationResponseDtoDict], "createdAt": Required[str], "description": str, "id": Required[str], "isActive": Required[bool], "name": Required[str], "steps": Required[list[ApprovalFlowStepResponseDtoDict]], "tenantId": str, "updatedAt": Required[str], "vendorId": Required[str]}, total=False)
ApprovalFlowStepResponseDtoDict = TypedDict("ApprovalFlowStepResponseDtoDict", {"approverSelectors": Required[ApproverSelectorResponseDtoDict], "configuration": Required[StepConfigurationResponseDtoDict], "createdAt": Required[str], "id": Required[str], "stepOrder": Required[float], "updatedAt": Required[str]}, total=False)
ApprovalFlowsListResponseDtoDict = TypedDict("ApprovalFlowsListResponseDtoDict", {"items": Required[list[ApprovalFlowResponseDtoDict]], "total": Required[float]}, total=False)
ApproverActionDtoDict = TypedDict("ApproverActionDtoDict", {"approvalFlowExecutionId": Required[str], "approvalFlowStepId": Required[str], "approved": Required[bool], "approverId": Required[str]}, total=False)
ApproverSelectorDtoDict = TypedDict("ApproverSelectorDtoDict", {"emails": list[str], "phoneNumbers": list[str], "roleKeys": list[str]}, total=False)
ApproverSelectorResponseDtoDict = TypedDict("ApproverSelectorResponseDtoDict", {"emails": Required[list[str]], "phoneNumbers": Required[list[str]], "roleKeys": Required[list[str]]}, total=False)
AssignApplicationsToUserSourceRequestDtoDict = TypedDict("AssignApplicationsToUserSourceRequestDtoDict", {"appIds": Required[list[str]], "userSourceId": Required[str]}, total=False)
AssignUserToRolesDtoDict = TypedDict("AssignUserToRolesDtoDict", {"roleIds": Required[list[str]]}, total=False)
AssignUserToRolesResponseDtoDict = TypedDict("AssignUserToRolesResponseDtoDict", {"roles": Required[list[IRoleDict]], "tenantId": Required[str], "userId": Required[str]}, total=False)
AssignUsersToAppRequestDtoDict = TypedDict("AssignUsersToAppRequestDtoDict", {"appId": Required[str], "tenantId": Required[str], "userIds": Required[list[str]]}, total=False)
Auth0ConfigurationDict = TypedDict("Auth0ConfigurationDict", {"clientId": Required[str], "domain": Required[str], "isTenantIdOnUserMetadata": bool, "secret": Required[str], "tenantIdFieldName": Required[str]}, total=False)
AuthApiTokenDtoDict = TypedDict("AuthApiTokenDtoDict", {"clientId": Required[str], "secret": Required[str]}, total=False)
AuthRequestEnrollMfaRequestDict = TypedDict("AuthRequestEnrollMfaRequestDict", {"mfaToken": Required[str]}, total=False)
AuthRequestVerifyMfaRequestDict = TypedDict("AuthRequestVerifyMfaRequestDict", {"mfaToken": Required[str]}, total=False)
AuthResponseDict = TypedDict("AuthResponseDict", {"accessToken": Required[str], "emailVerified": bool, "expires": Required[str], "expiresIn": Required[float], "isBreachedPassword": bool, "mfaDevices": UserMfaDevicesResponseDict, "mfaEnrolled": bool, "mfaRequired": Required[bool], "mfaStrategies": JsonValue, "mfaToken": str, "notificationPeriod": float, "otcToken": str, "passwordExpiresIn": float, "qrCode": str, "recoveryCode": str, "refreshToken": str, "resetPasswordToken": str, "tokenType": str, "userEmail": str, "userId": str}, total=False)
AuthTenantAccessTokenResponseDict = TypedDict("AuthTenantAccessTokenResponseDict", {"expires": str, "id": Required[str], "permissions": Required[list[str]], "roles": Required[list[str]], "tenantId": Required[str]}, total=False)
AuthUserAccessTokenResponseDict = TypedDict("AuthUserAccessTokenResponseDict", {"expires": str, "id": Required[str], "permissions": Required[list[str]], "roles": Required[list[str]], "tenantId": Required[str], "userId": Required[str]}, total=False)
AuthenticateUserPasswordlessDtoDict = TypedDict("AuthenticateUserPasswordlessDtoDict", {"invitationToken": str, "recaptchaToken": str, "token": Required[str]}, total=False)
AuthenticateUserWebAuthNDtoDict = TypedDict("AuthenticateUserWebAuthNDtoDict", {"id": Required[str], "invitationToken": str, "recaptchaToken": str, "response": Required[WebAuthNResponseDict]}, total=False)
AuthenticationAppConfigurationDict = TypedDict("AuthenticationAppConfigurationDict", {"active": Required[bool], "serviceName": Required[str]}, total=False)
BulkRolesTaskErrorDict = TypedDict("BulkRolesTaskErrorDict", {"details": str, "message": Required[str], "tenantId": str, "tenantIds": list[str]}, total=False)
BulkRolesTaskStatusResponseDtoDict = TypedDict("BulkRolesTaskStatusResponseDtoDict", {"addedRoleIds": Required[list[str]], "errors": list[BulkRolesTaskErrorDict], "id": Required[str], "processedTenants": Required[float], "removedRoleIds": Required[list[str]], "status": Required[str], "totalTenants": Required[float], "userId": Required[str]}, total=False)
BulkUpdateUserRolesRequestDtoDict = TypedDict("BulkUpdateUserRolesRequestDtoDict", {"addRoleIds": list[str], "removeRoleIds": list[str], "tenantIds": list[str]}, total=False)
BulkUpdateUserRolesSyncResponseDtoDict = TypedDict("BulkUpdateUserRolesSyncResponseDtoDict", {"affectedTenants": Required[float], "rolesAdded": Required[list[str]], "rolesRemoved": Required[list[str]], "userId": Required[str]}, total=False)
CaptchaPolicyRequestDict = TypedDict("CaptchaPolicyRequestDict", {"enabled": Required[bool], "ignoredEmails": list[str], "minScore": Required[float], "secretKey": Required[str], "siteKey": Required[str]}, total=False)
CaptchaPolicyResponseDict = TypedDict("CaptchaPolicyResponseDict", {"createdAt": Required[str], "enabled": Required[bool], "id": Required[str], "ignoredEmails": Required[list[str]], "minScore": Required[float], "secretKey": Required[str], "siteKey": Required[str], "updatedAt": Required[str]}, total=False)
ClassifyPermissionsDtoDict = TypedDict("ClassifyPermissionsDtoDict", {"permissionIds": Required[list[str]], "type": Required[str]}, total=False)
ConfigureOidcRequestDict = TypedDict("ConfigureOidcRequestDict", {"active": Required[bool], "redirectUri": str}, total=False)
CoreUserDtoDict = TypedDict("CoreUserDtoDict", {"activatedForTenant": bool, "createdAt": Required[str], "email": Required[str], "externalId": str, "id": Required[str], "invisible": bool, "isLocked": bool, "lastLogin": Required[str], "managedBy": str, "metadata": Required[str], "mfaBypass": bool, "mfaEnrolled": Required[bool], "name": Required[str], "phoneNumber": str, "profilePictureUrl": Required[str], "provider": Required[str], "sub": Required[str], "subAccountAccessAllowed": Required[bool], "superUser": bool, "tenantId": Required[str], "tenantIds": Required[list[str]], "tenants": Required[list[UserTenantDtoDict]], "vendorMetadata": Required[str], "verified": Required[bool]}, total=False)
CreateApplicationClientRequestDtoDict = TypedDict("CreateApplicationClientRequestDtoDict", {"clientName": Required[str], "clientType": Required[str], "externalMetadata": JsonValue, "redirectURLs": list[str]}, total=False)
CreateApplicationRequestDict = TypedDict("CreateApplicationRequestDict", {"accessType": str, "allowDcr": bool, "appURL": Required[str], "description": str, "frontendStack": str, "isActive": bool, "isDefault": bool, "loginURL": Required[str], "logoURL": str, "metadata": JsonValue, "name": Required[str], "type": str}, total=False)
CreateApplicationTenantRequestV1Dict = TypedDict("CreateApplicationTenantRequestV1Dict", {"accessType": str, "tenantId": Required[str]}, total=False)
CreateApprovalFlowDtoDict = TypedDict("CreateApprovalFlowDtoDict", {"channels": Required[ApprovalFlowChannelDtoDict], "configuration": Required[ApprovalFlowConfigurationDtoDict], "description": str, "isActive": bool, "name": Required[str], "steps": Required[list[CreateApprovalFlowStepDtoDict]]}, total=False)
CreateApprovalFlowStepDtoDict = TypedDict("CreateApprovalFlowStepDtoDict", {"approverSelectors": Required[ApproverSelectorDtoDict], "configuration": Required[StepConfigurationDtoDict], "stepOrder": Required[float]}, total=False)
CreateAuth0ExternalUserSourceRequestDtoDict = TypedDict("CreateAuth0ExternalUserSourceRequestDtoDict", {"appIds": list[str], "configuration": Required[CreateAuth0ExternalUserSourceRequestDtoConfigurationDict], "description": str, "index": Required[float], "name": Required[str]}, total=False)
CreateAuth0ExternalUserSourceRequestDtoConfigurationDict = TypedDict("CreateAuth0ExternalUserSourceRequestDtoConfigurationDict", {"clientId": Required[str], "domain": Required[str], "isMigrated": Required[bool], "secret": Required[str], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue]}, total=False)
CreateCategoryDtoDict = TypedDict("CreateCategoryDtoDict", {"description": str, "id": str, "name": Required[str]}, total=False)
CreateCognitoExternalUserSourceRequestDtoDict = TypedDict("CreateCognitoExternalUserSourceRequestDtoDict", {"appIds": list[str], "configuration": Required[CreateCognitoExternalUserSourceRequestDtoConfigurationDict], "description": str, "index": Required[float], "name": Required[str]}, total=False)
CreateCognitoExternalUserSourceRequestDtoConfigurationDict = TypedDict("CreateCognitoExternalUserSourceRequestDtoConfigurationDict", {"accessKeyId": Required[str], "clientId": Required[str], "clientSecret": str, "isMigrated": Required[bool], "region": Required[str], "secretAccessKey": Required[str], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue], "userPoolId": Required[str]}, total=False)
CreateCustomCodeExternalUserSourceRequestDtoDict = TypedDict("CreateCustomCodeExternalUserSourceRequestDtoDict", {"appIds": list[str], "configuration": Required[CreateCustomCodeExternalUserSourceRequestDtoConfigurationDict], "description": str, "index": Required[float], "name": Required[str]}, total=False)
CreateCustomCodeExternalUserSourceRequestDtoConfigurationDict = TypedDict("CreateCustomCodeExternalUserSourceRequestDtoConfigurationDict", {"codePayload": Required[str], "getUserCodePayload": str, "isMigrated": Required[bool], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue]}, total=False)
CreateCustomSsoRequestDtoDict = TypedDict("CreateCustomSsoRequestDtoDict", {"active": Required[bool], "authorizationUrl": Required[str], "clientId": Required[str], "displayName": Required[str], "redirectUrl": Required[str], "scopes": Required[str], "secret": Required[str], "ssoLogoUrl": Required[str], "tokenUrl": Required[str], "type": Required[str], "userInfoUrl": Required[str]}, total=False)
CreateDelegationConfigurationRequestDtoDict = TypedDict("CreateDelegationConfigurationRequestDtoDict", {"enabled": bool}, total=False)
CreateFederationUserSourceRequestDtoDict = TypedDict("CreateFederationUserSourceRequestDtoDict", {"appIds": list[str], "configuration": Required[CreateFederationUserSourceRequestDtoConfigurationDict], "description": str, "index": Required[float], "name": Required[str]}, total=False)
CreateFederationUserSourceRequestDtoConfigurationDict = TypedDict("CreateFederationUserSourceRequestDtoConfigurationDict", {"clientId": Required[str], "oauth2Config": CreateFederationUserSourceRequestDtoConfigurationOauth2ConfigDict, "secret": Required[str], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue], "wellknownUrl": str}, total=False)
CreateFederationUserSourceRequestDtoConfigurationOauth2ConfigDict = TypedDict("CreateFederationUserSourceRequestDtoConfigurationOauth2ConfigDict", {"authorizationUrl": Required[str], "grantTypes": list[str], "scopes": list[str], "tokenUrl": Required[str], "userInfoUrl": Required[str]}, total=False)
CreateFirebaseExternalUserSourceRequestDtoDict = TypedDict("CreateFirebaseExternalUserSourceRequestDtoDict", {"appIds": list[str], "configuration": Required[CreateFirebaseExternalUserSourceRequestDtoConfigurationDict], "description": str, "index": Required[float], "name": Required[str]}, total=False)
CreateFirebaseExternalUserSourceRequestDtoConfigurationDict = TypedDict("CreateFirebaseExternalUserSourceRequestDtoConfigurationDict", {"apiKey": Required[str], "isMigrated": Required[bool], "serviceAccount": Required[FirebaseServiceAccountConfigDict], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue]}, total=False)
CreateGroupDtoDict = TypedDict("CreateGroupDtoDict", {"color": str, "description": str, "metadata": str, "name": Required[str]}, total=False)
CreateInviteTokenRequestDict = TypedDict("CreateInviteTokenRequestDict", {"expiresInMinutes": float, "roleIds": list[str], "shouldSendEmail": bool, "tenantId": Required[str], "userId": str}, total=False)
CreateInviteTokenRequestForUserDict = TypedDict("CreateInviteTokenRequestForUserDict", {"expiresInMinutes": Required[float], "shouldSendEmail": Required[bool]}, total=False)
CreateInviteTokenRequestForUserV2Dict = TypedDict("CreateInviteTokenRequestForUserV2Dict", {"expiresInMinutes": Required[float], "roleIds": Required[list[str]], "shouldSendEmail": Required[bool]}, total=False)
CreateJwtTemplateDtoDict = TypedDict("CreateJwtTemplateDtoDict", {"algorithm": Required[str], "description": str, "expiration": Required[float], "key": Required[str], "name": Required[str], "templateSchema": Required[CreateJwtTemplateDtoTemplateSchemaDict]}, total=False)
CreateJwtTemplateDtoTemplateSchemaDict = TypedDict("CreateJwtTemplateDtoTemplateSchemaDict", {"claims": Required[JsonValue]}, total=False)
CreateOrUpdateActivationStrategyRequestDict = TypedDict("CreateOrUpdateActivationStrategyRequestDict", {"codeExpiration": float, "strategy": Required[str]}, total=False)
CreateOrUpdateGroupConfigurationDtoDict = TypedDict("CreateOrUpdateGroupConfigurationDtoDict", {"enabled": bool, "rolesEnabled": bool}, total=False)
CreateOrUpdateInvitationStrategyRequestDict = TypedDict("CreateOrUpdateInvitationStrategyRequestDict", {"codeExpiration": float}, total=False)
CreateOrUpdateIpRestrictionConfigDtoDict = TypedDict("CreateOrUpdateIpRestrictionConfigDtoDict", {"isActive": bool, "strategy": str}, total=False)
CreateOrUpdateIpRestrictionDtoDict = TypedDict("CreateOrUpdateIpRestrictionDtoDict", {"description": str, "ip": Required[str], "isActive": bool, "strategy": Required[str]}, total=False)
CreateOrUpdateMailConfigRequestDtoDict = TypedDict("CreateOrUpdateMailConfigRequestDtoDict", {"secret": Required[str]}, total=False)
CreateOrUpdateMailConfigV2BodyDict = TypedDict("CreateOrUpdateMailConfigV2BodyDict", {"payload": JsonValue}, total=False)
CreateOrUpdateMfaStrategyRequestDict = TypedDict("CreateOrUpdateMfaStrategyRequestDict", {"isActive": Required[bool], "strategy": Required[str]}, total=False)
CreateOrUpdatePasswordRotationDtoDict = TypedDict("CreateOrUpdatePasswordRotationDtoDict", {"isActive": bool, "notificationPeriod": float, "rotationPeriod": float}, total=False)
CreateSessionConfigurationRequestDict = TypedDict("CreateSessionConfigurationRequestDict", {"sessionConcurrentConfiguration": SessionConcurrentConfigurationDtoDict, "sessionIdleTimeoutConfiguration": SessionIdleTimeoutConfigurationDtoDict, "sessionTimeoutConfiguration": SessionTimeoutConfigurationDtoDict}, total=False)
CreateSmsVendorConfigRequestDict = TypedDict("CreateSmsVendorConfigRequestDict", {"accountId": str, "channel": str, "provider": str, "senderName": str, "serviceId": str, "token": str}, total=False)
CreateSsoConfigurationRequestDtoDict = TypedDict("CreateSsoConfigurationRequestDtoDict", {"acsUrl": str, "configMetadata": JsonValue, "enabled": bool, "idpClientId": str, "idpClientSecret": str, "oidcClientId": str, "oidcSecret": str, "overrideActiveTenant": bool, "publicCertificate": str, "signRequest": bool, "spEntityId": str, "ssoEndpoint": str, "subAccountAccessLimit": float, "type": str}, total=False)
CreateSsoDomainConfigurationRequestDict = TypedDict("CreateSsoDomainConfigurationRequestDict", {"allowVerifiedUsersToAddDomains": Required[bool], "bypassDomainCrossValidation": Required[bool], "skipDomainVerification": Required[bool]}, total=False)
CreateSsoGroupRequestDtoDict = TypedDict("CreateSsoGroupRequestDtoDict", {"group": Required[str], "roleIds": Required[list[str]]}, total=False)
CreateSsoPerTenantConfigRequestDict = TypedDict("CreateSsoPerTenantConfigRequestDict", {"active": Required[bool], "unspecifiedTenantStrategy": Required[str], "useActiveTenant": Required[bool]}, total=False)
CreateSubTenantRequestDict = TypedDict("CreateSubTenantRequestDict", {"creatorEmail": str, "creatorName": str, "isReseller": bool, "logo": str, "logoUrl": str, "name": Required[str], "parentTenantId": Required[str], "status": str, "tenantId": Required[str]}, total=False)
CreateSubTenantRequestDtoDict = TypedDict("CreateSubTenantRequestDtoDict", {"childTenantId": str, "parentTenantId": str}, total=False)
CreateTemplateDtoDict = TypedDict("CreateTemplateDtoDict", {"active": bool, "fromName": str, "htmlTemplate": str, "redirectURL": str, "senderEmail": str, "subject": str, "successRedirectUrl": str, "type": Required[str]}, total=False)
CreateTenantAccessTokenRequestDict = TypedDict("CreateTenantAccessTokenRequestDict", {"description": str, "expiresInMinutes": float, "roleIds": list[str]}, total=False)
CreateTenantApiTokenDtoDict = TypedDict("CreateTenantApiTokenDtoDict", {"description": str, "expiresInMinutes": float, "metadata": JsonValue, "permissionIds": list[str], "roleIds": list[str]}, total=False)
CreateTenantApiTokenResponseDtoDict = TypedDict("CreateTenantApiTokenResponseDtoDict", {"clientId": Required[str], "createdAt": Required[str], "createdByUserId": str, "description": str, "expires": str, "metadata": Required[JsonValue], "permissionIds": list[str], "roleIds": list[str], "secret": Required[str], "tenantId": Required[str]}, total=False)
CreateTenantRequestDict = TypedDict("CreateTenantRequestDict", {"address": str, "applicationUrl": str, "creatorEmail": str, "creatorName": str, "currency": str, "isReseller": bool, "logo": str, "logoUrl": str, "name": str, "parentTenantId": str, "status": str, "tenantId": str, "timezone": str, "website": str}, total=False)
CreateUserAccessTokenRequestDict = TypedDict("CreateUserAccessTokenRequestDict", {"description": str, "expiresInMinutes": float}, total=False)
CreateUserApiTokenDtoDict = TypedDict("CreateUserApiTokenDtoDict", {"description": str, "expiresInMinutes": float, "metadata": JsonValue}, total=False)
CreateUserApiTokenResponseDtoDict = TypedDict("CreateUserApiTokenResponseDtoDict", {"clientId": Required[str], "createdAt": Required[str], "description": Required[str], "expires": str, "metadata": Required[JsonValue], "secret": Required[str]}, total=False)
CreateUserDtoDict = TypedDict("CreateUserDtoDict", {"email": str, "emailMetadata": JsonValue, "expirationInSeconds": float, "metadata": str, "name": str, "password": str, "phoneNumber": str, "profilePictureUrl": str, "provider": str, "roleIds": list[str], "skipInviteEmail": bool, "username": str}, total=False)
CreateUserDtoVendorOnlyDict = TypedDict("CreateUserDtoVendorOnlyDict", {"email": str, "expirationInSeconds": float, "externalId": str, "metadata": str, "mfaBypass": bool, "name": str, "password": str, "phoneNumber": str, "roleIds": list[str], "tenantId": Required[str], "username": str, "vendorMetadata": str}, total=False)
CreateUserEmailRequestDtoDict = TypedDict("CreateUserEmailRequestDtoDict", {"email": Required[str]}, total=False)
CreateUserEmailVendorRequestDtoDict = TypedDict("CreateUserEmailVendorRequestDtoDict", {"email": Required[str], "isVerified": bool}, total=False)
CreateUserEmailVerifyRequestDtoDict = TypedDict("CreateUserEmailVerifyRequestDtoDict", {"code": Required[str], "email": Required[str]}, total=False)
CreateUserEmailsPolicyRequestDtoDict = TypedDict("CreateUserEmailsPolicyRequestDtoDict", {"allowEmailChange": bool}, total=False)
CreateUserPhoneNumberRequestDtoDict = TypedDict("CreateUserPhoneNumberRequestDtoDict", {"phoneNumber": Required[str], "verify": bool}, total=False)
CreateUserSourceResponseDict = TypedDict("CreateUserSourceResponseDict", {"appIds": Required[list[str]], "description": Required[str], "id": Required[str], "index": Required[float], "name": Required[str], "type": Required[str]}, total=False)
CreateUsernameRequestDtoDict = TypedDict("CreateUsernameRequestDtoDict", {"username": Required[str]}, total=False)
DeleteUserToRolesResponseDtoDict = TypedDict("DeleteUserToRolesResponseDtoDict", {"roles": Required[list[IRoleDict]], "tenantId": Required[str], "userId": Required[str]}, total=False)
DisableMfaAuthAppRequestDict = TypedDict("DisableMfaAuthAppRequestDict", {"token": str}, total=False)
DisableMfasmsRequestDict = TypedDict("DisableMfasmsRequestDict", {"code": Required[str], "otcToken": Required[str]}, total=False)
DomainRestrictionsBulkRequestRequestDict = TypedDict("DomainRestrictionsBulkRequestRequestDict", {"domains": Required[list[str]], "type": Required[str]}, total=False)
DomainRestrictionsConfigResponseDict = TypedDict("DomainRestrictionsConfigResponseDict", {"active": Required[bool], "blockPublicDomains": Required[bool], "listType": Required[str]}, total=False)
DomainRestrictionsConfigUpdateRequestDict = TypedDict("DomainRestrictionsConfigUpdateRequestDict", {"active": Required[bool], "blockPublicDomains": bool, "type": str}, total=False)
DomainRestrictionsCreateRequestDict = TypedDict("DomainRestrictionsCreateRequestDict", {"domain": Required[str], "type": Required[str]}, total=False)
DomainRestrictionsResponseDict = TypedDict("DomainRestrictionsResponseDict", {"domain": Required[str], "id": Required[str], "type": Required[str]}, total=False)
DomainRestrictionsResponsePageDict = TypedDict("DomainRestrictionsResponsePageDict", {"items": Required[list[DomainRestrictionsResponseDict]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
EditApplicationTenantRequestV1Dict = TypedDict("EditApplicationTenantRequestV1Dict", {"accessType": Required[str]}, total=False)
EmailConfigurationDict = TypedDict("EmailConfigurationDict", {"active": Required[bool], "sender": Required[str], "tokenLifetimeSeconds": Required[float]}, total=False)
EmailObjectDtoDict = TypedDict("EmailObjectDtoDict", {"email": Required[str], "primary": Required[bool], "verified": Required[bool]}, total=False)
ExcludeEmailFromSsoRequestDtoDict = TypedDict("ExcludeEmailFromSsoRequestDtoDict", {"email": Required[str]}, total=False)
ExecuteApprovalFlowDtoDict = TypedDict("ExecuteApprovalFlowDtoDict", {"executionData": JsonValue, "webhookUrl": str}, total=False)
ExecutionDataResponseDtoDict = TypedDict("ExecutionDataResponseDtoDict", {"approvalFlowDescription": str, "approvalFlowName": Required[str], "approvalFlowRequestDate": Required[str], "executionData": JsonValue, "requester": Required[str]}, total=False)
FirebaseServiceAccountConfigDict = TypedDict("FirebaseServiceAccountConfigDict", {"auth_provider_x509_cert_url": Required[str], "auth_uri": Required[str], "client_email": Required[str], "client_id": Required[str], "client_x509_cert_url": Required[str], "private_key": Required[str], "private_key_id": Required[str], "project_id": Required[str], "token_uri": Required[str], "type": Required[str], "universe_domain": Required[str]}, total=False)
FronteggPaginationLinksDict = TypedDict("FronteggPaginationLinksDict", {"first": Required[str], "last": Required[str], "next": Required[str], "prev": Required[str]}, total=False)
FronteggPaginationMetadataDict = TypedDict("FronteggPaginationMetadataDict", {"totalItems": Required[float], "totalPages": Required[float]}, total=False)
GenerateUserActivationLinkResponseDtoDict = TypedDict("GenerateUserActivationLinkResponseDtoDict", {"link": Required[str], "token": Required[str], "userId": Required[str]}, total=False)
GenerateUserResetPasswordLinkResponseDtoDict = TypedDict("GenerateUserResetPasswordLinkResponseDtoDict", {"link": Required[str], "token": Required[str], "userId": Required[str]}, total=False)
GetActivateStrategyResponseDtoDict = TypedDict("GetActivateStrategyResponseDtoDict", {"shouldSetPassword": Required[bool]}, total=False)
GetAllIpRestrictionsPageDict = TypedDict("GetAllIpRestrictionsPageDict", {"items": Required[list[JsonValue]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
GetDelegationConfigurationResponseDtoDict = TypedDict("GetDelegationConfigurationResponseDtoDict", {"enabled": Required[bool]}, total=False)
GetGroupConfigurationResponseDict = TypedDict("GetGroupConfigurationResponseDict", {"enabled": Required[bool], "rolesEnabled": Required[bool]}, total=False)
GetGroupsDtoDict = TypedDict("GetGroupsDtoDict", {"groupsIds": Required[list[str]]}, total=False)
GetMailConfigResponseDtoDict = TypedDict("GetMailConfigResponseDtoDict", {"createdAt": Required[str], "extension": Required[list[JsonValue]], "provider": Required[str], "secret": Required[str], "updatedAt": Required[str]}, total=False)
GetTemplateResponseDtoDict = TypedDict("GetTemplateResponseDtoDict", {"active": Required[bool], "fromName": Required[str], "htmlTemplate": Required[str], "redirectURL": Required[str], "redirectURLPattern": str, "senderEmail": Required[str], "subject": Required[str], "successRedirectUrl": Required[str], "successRedirectUrlPattern": str, "type": Required[JsonValue]}, total=False)
GetTenantAccessTokensResponseDict = TypedDict("GetTenantAccessTokensResponseDict", {"accessTokens": Required[list[TenantAccessTokenResponseDict]]}, total=False)
GetTenantApiTokensResponseDict = TypedDict("GetTenantApiTokensResponseDict", {"clientId": Required[str], "createdAt": Required[str], "createdByUserId": str, "description": str, "expires": Required[str], "metadata": Required[JsonValue], "permissionIds": Required[list[str]], "roleIds": Required[list[str]], "tenantId": Required[str]}, total=False)
GetUserAccessTokensResponseDict = TypedDict("GetUserAccessTokensResponseDict", {"accessTokens": Required[list[UserAccessTokenResponseDict]]}, total=False)
GetUserApiTokensResponseDtoDict = TypedDict("GetUserApiTokensResponseDtoDict", {"clientId": Required[str], "createdAt": Required[str], "description": Required[str], "expires": str, "metadata": Required[JsonValue]}, total=False)
GetUserEmailsPolicyResponseDtoDict = TypedDict("GetUserEmailsPolicyResponseDtoDict", {"allowEmailChange": Required[bool]}, total=False)
GetUserSourceExtendedResponseDtoDict = TypedDict("GetUserSourceExtendedResponseDtoDict", {"appIds": Required[list[str]], "configuration": Required[JsonValue], "description": Required[str], "id": Required[str], "index": Required[float], "name": Required[str], "type": Required[str], "usersCount": Required[float]}, total=False)
GetUserSourceResponseDtoDict = TypedDict("GetUserSourceResponseDtoDict", {"appIds": Required[list[str]], "configuration": Required[JsonValue], "description": Required[str], "id": Required[str], "index": Required[float], "name": Required[str], "type": Required[str]}, total=False)
GetUserSourceUsersResponseDtoDict = TypedDict("GetUserSourceUsersResponseDtoDict", {"email": Required[str], "lastLogin": Required[str]}, total=False)
GetUserSourceUsersResponseDtoPageDict = TypedDict("GetUserSourceUsersResponseDtoPageDict", {"items": Required[list[GetUserSourceUsersResponseDtoDict]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
GroupResponseDict = TypedDict("GroupResponseDict", {"color": Required[str], "createdAt": Required[str], "description": Required[str], "id": Required[str], "managedBy": Required[str], "metadata": Required[str], "name": Required[str], "roles": Required[list[RoleDtoDict]], "updatedAt": Required[str], "users": Required[list[GroupUserDtoDict]]}, total=False)
GroupResponsePageDict = TypedDict("GroupResponsePageDict", {"items": Required[list[GroupResponseDict]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
GroupUserDtoDict = TypedDict("GroupUserDtoDict", {"activatedForTenant": Required[bool], "createdAt": Required[str], "email": Required[str], "id": Required[str], "name": Required[str], "profilePictureUrl": Required[str]}, total=False)
GroupsResponseDict = TypedDict("GroupsResponseDict", {"groups": Required[list[GroupResponseDict]]}, total=False)
IRoleDict = TypedDict("IRoleDict", {"createdAt": Required[str], "description": Required[str], "id": Required[str], "isDefault": Required[bool], "key": Required[str], "level": Required[float], "name": Required[str]}, total=False)
IdentityConditionDtoDict = TypedDict("IdentityConditionDtoDict", {"attribute": Required[str], "negate": Required[bool], "op": Required[str], "value": Required[JsonValue]}, total=False)
IdentityRuleDtoDict = TypedDict("IdentityRuleDtoDict", {"conditionLogic": Required[str], "conditions": Required[list[IdentityConditionDtoDict]], "treatment": Required[str]}, total=False)
InvitationConfigurationResponseDict = TypedDict("InvitationConfigurationResponseDict", {"emailsEnabled": Required[bool], "tenantInvitationsAllowed": Required[bool]}, total=False)
InvitationStrategyResponseDict = TypedDict("InvitationStrategyResponseDict", {"codeExpiration": Required[float], "strategy": Required[str]}, total=False)
InviteTokenDtoDict = TypedDict("InviteTokenDtoDict", {"expires": Required[str], "id": Required[str], "name": str, "roleIds": list[str], "shouldSendEmail": Required[bool], "tenantId": Required[str], "token": Required[str], "userId": str, "vendorId": Required[str]}, total=False)
JwtTemplateResponseDtoDict = TypedDict("JwtTemplateResponseDtoDict", {"algorithm": Required[str], "createdAt": Required[str], "description": str, "expiration": Required[float], "id": Required[str], "key": Required[str], "name": Required[str], "templateSchema": Required[JwtTemplateResponseDtoTemplateSchemaDict], "updatedAt": Required[str], "vendorId": Required[str]}, total=False)
JwtTemplateResponseDtoPageDict = TypedDict("JwtTemplateResponseDtoPageDict", {"items": Required[list[JwtTemplateResponseDtoDict]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
JwtTemplateResponseDtoTemplateSchemaDict = TypedDict("JwtTemplateResponseDtoTemplateSchemaDict", {"claims": Required[JsonValue]}, total=False)
JwtTemplateTargetingResponseDtoDict = TypedDict("JwtTemplateTargetingResponseDtoDict", {"createdAt": Required[str], "id": Required[str], "targeting": Required[JsonValue], "updatedAt": Required[str]}, total=False)
LockoutPolicyRequestDict = TypedDict("LockoutPolicyRequestDict", {"enabled": Required[bool], "maxAttempts": Required[float]}, total=False)
LockoutPolicyResponseDict = TypedDict("LockoutPolicyResponseDict", {"createdAt": Required[str], "enabled": Required[bool], "id": Required[str], "maxAttempts": Required[float], "updatedAt": Required[str]}, total=False)
LoginRequestDict = TypedDict("LoginRequestDict", {"email": str, "invitationToken": str, "password": Required[str], "recaptchaToken": str, "username": str}, total=False)
MarkEmailAsPrimaryRequestDtoDict = TypedDict("MarkEmailAsPrimaryRequestDtoDict", {"email": Required[str]}, total=False)
MeAuthorizationResponseDtoDict = TypedDict("MeAuthorizationResponseDtoDict", {"permissions": Required[list[PermissionResponseDict]], "roles": Required[list[RoleResponseDict]]}, total=False)
MfaAuthAppConfigDict = TypedDict("MfaAuthAppConfigDict", {"active": Required[bool], "serviceName": Required[str]}, total=False)
MfaConfigRequestDict = TypedDict("MfaConfigRequestDict", {"authenticationApp": MfaAuthAppConfigDict, "email": MfaEmailConfigDict, "sms": MfaSmsConfigDict}, total=False)
MfaConfigResponseDict = TypedDict("MfaConfigResponseDict", {"authenticationApp": Required[AuthenticationAppConfigurationDict], "email": Required[EmailConfigurationDict], "sms": Required[SmsConfigurationDict]}, total=False)
MfaEmailConfigDict = TypedDict("MfaEmailConfigDict", {"active": Required[bool], "sender": Required[str], "tokenLifetimeSeconds": Required[float]}, total=False)
MfaPolicyRequestDict = TypedDict("MfaPolicyRequestDict", {"allowRememberMyDevice": bool, "enforceMFAType": str, "mfaDeviceExpiration": float}, total=False)
MfaPolicyResponseDict = TypedDict("MfaPolicyResponseDict", {"allowRememberMyDevice": Required[bool], "createdAt": Required[str], "enforceMFAType": str, "id": Required[str], "mfaDeviceExpiration": Required[float], "updatedAt": Required[str]}, total=False)
MfaSmsConfigDict = TypedDict("MfaSmsConfigDict", {"active": Required[bool], "tokenLifetimeSeconds": Required[float]}, total=False)
MfaStrategiesResponseDict = TypedDict("MfaStrategiesResponseDict", {"strategies": Required[list[MfaStrategyResponseDict]]}, total=False)
MfaStrategyResponseDict = TypedDict("MfaStrategyResponseDict", {"isActive": Required[bool], "strategy": Required[str]}, total=False)
MigrateTenantsRequestDict = TypedDict("MigrateTenantsRequestDict", {"tenants": Required[list[str]]}, total=False)
MigrateUserRequestV1Dict = TypedDict("MigrateUserRequestV1Dict", {"authenticatorAppMfaSecret": str, "email": Required[str], "externalId": str, "metadata": str, "name": str, "passwordHash": str, "passwordHashConfig": str, "passwordHashType": str, "phoneNumber": str, "phoneNumberType": str, "profilePictureUrl": str, "provider": str, "roleIds": list[str], "tenantId": Required[str], "username": str, "vendorMetadata": str, "verifyUser": bool}, total=False)
MigrateUserRequestV2Dict = TypedDict("MigrateUserRequestV2Dict", {"authenticatorAppMfaSecret": str, "emails": list[EmailObjectDtoDict], "externalId": str, "metadata": str, "name": str, "passwordHash": str, "passwordHashConfig": str, "passwordHashType": str, "phoneNumber": str, "phoneNumberType": str, "profilePictureUrl": str, "provider": str, "roleIds": list[str], "tenantId": Required[str], "username": str, "vendorMetadata": str}, total=False)
MigrateUsersFromTenantToTenantRequestDict = TypedDict("MigrateUsersFromTenantToTenantRequestDict", {"srcTenantId": Required[str], "targetTenantId": Required[str]}, total=False)
MigrateUsersRequestV1Dict = TypedDict("MigrateUsersRequestV1Dict", {"users": Required[list[MigrateUserRequestV1Dict]]}, total=False)
MigrateUsersRequestV2Dict = TypedDict("MigrateUsersRequestV2Dict", {"users": Required[list[MigrateUserRequestV2Dict]]}, total=False)
MigrationContextDict = TypedDict("MigrationContextDict", {"migrationId": Required[str]}, total=False)
OptionalTestsConfigDict = TypedDict("OptionalTestsConfigDict", {"requireLowercase": bool, "requireNumbers": bool, "requireSpecialChars": bool, "requireUppercase": bool}, total=False)
PasswordConfigRequestDict = TypedDict("PasswordConfigRequestDict", {"allowPassphrases": bool, "blockPwnedPasswords": bool, "maxLength": float, "minLength": float, "minOptionalTestsToPass": float, "minPhraseLength": float, "optionalTests": OptionalTestsConfigDict, "requiredTests": RequiredTestsConfigDict}, total=False)
PasswordConfigResponseDict = TypedDict("PasswordConfigResponseDict", {"allowPassphrases": bool, "blockPwnedPasswords": Required[bool], "maxLength": float, "minLength": float, "minOptionalTestsToPass": float, "minPhraseLength": float, "optionalTests": JsonValue, "requiredTests": JsonValue}, total=False)
PasswordHistoryPolicyRequestDict = TypedDict("PasswordHistoryPolicyRequestDict", {"enabled": Required[bool], "historySize": Required[float]}, total=False)
PasswordHistoryPolicyResponseDict = TypedDict("PasswordHistoryPolicyResponseDict", {"createdAt": Required[str], "enabled": Required[bool], "historySize": Required[float], "id": Required[str], "updatedAt": Required[str]}, total=False)
PasswordRotationConfigurationResponseDict = TypedDict("PasswordRotationConfigurationResponseDict", {"createdAt": Required[str], "isActive": Required[bool], "notificationPeriod": Required[float], "rotationPeriod": Required[float], "tenantId": Required[str], "updatedAt": Required[str]}, total=False)
PasswordlessAuthenticationPreloginDtoDict = TypedDict("PasswordlessAuthenticationPreloginDtoDict", {"email": str, "invitationToken": str, "recaptchaToken": str, "userId": str, "username": str}, total=False)
PasswordlessAuthenticationSmsOtcPreloginDtoDict = TypedDict("PasswordlessAuthenticationSmsOtcPreloginDtoDict", {"email": str, "invitationToken": str, "phoneNumber": str, "recaptchaToken": str, "userId": str, "username": str}, total=False)
PasswordlessAuthenticationSmsOtcPreloginResponseDtoDict = TypedDict("PasswordlessAuthenticationSmsOtcPreloginResponseDtoDict", {"phoneNumber": str, "resetPhoneNumberToken": str}, total=False)
PermissionCategoryResponseDtoDict = TypedDict("PermissionCategoryResponseDtoDict", {"createdAt": Required[str], "description": str, "feCategory": Required[bool], "id": Required[str], "name": Required[str]}, total=False)
PermissionResponseDict = TypedDict("PermissionResponseDict", {"categoryId": Required[str], "createdAt": Required[str], "description": Required[str], "fePermission": Required[bool], "id": Required[str], "key": Required[str], "name": Required[str], "roleIds": Required[list[str]], "updatedAt": Required[str]}, total=False)
PreVerifyUserPhoneNumberRequestDtoDict = TypedDict("PreVerifyUserPhoneNumberRequestDtoDict", {"phoneNumber": Required[str]}, total=False)
RecoverMfaDtoDict = TypedDict("RecoverMfaDtoDict", {"email": Required[str], "recoveryCode": Required[str]}, total=False)
RefreshApiTokenDtoDict = TypedDict("RefreshApiTokenDtoDict", {"refreshToken": Required[str]}, total=False)
RegenerateApplicationClientCredentialsRequestDict = TypedDict("RegenerateApplicationClientCredentialsRequestDict", {"appId": Required[str]}, total=False)
RequestEnrollAuthenticatorAppMfaResponseDict = TypedDict("RequestEnrollAuthenticatorAppMfaResponseDict", {"qrCode": Required[str]}, total=False)
RequestEnrollMfaWebAuthnResponseDict = TypedDict("RequestEnrollMfaWebAuthnResponseDict", {"options": Required[JsonValue]}, total=False)
RequestEnrollMfasmsRequestDict = TypedDict("RequestEnrollMfasmsRequestDict", {"phoneNumber": Required[str]}, total=False)
RequiredTestsConfigDict = TypedDict("RequiredTestsConfigDict", {"checkThreeRepeatedChars": bool}, total=False)
ResetActivationTokenDtoDict = TypedDict("ResetActivationTokenDtoDict", {"email": Required[str], "emailMetadata": Required[JsonValue]}, total=False)
ResetPasswordDtoDict = TypedDict("ResetPasswordDtoDict", {"emailMetadata": JsonValue, "identifier": Required[str], "identifierType": Required[str]}, total=False)
ResetPasswordViaSmsResponseDtoDict = TypedDict("ResetPasswordViaSmsResponseDtoDict", {"sessionId": Required[str]}, total=False)
ResetTenantInvitationDtoDict = TypedDict("ResetTenantInvitationDtoDict", {"email": Required[str]}, total=False)
RoleDtoDict = TypedDict("RoleDtoDict", {"createdAt": Required[str], "description": Required[str], "firstUserRole": Required[bool], "id": Required[str], "isDefault": Required[bool], "key": Required[str], "level": Required[float], "name": Required[str], "tenantId": Required[str], "updatedAt": Required[str], "vendorId": Required[str]}, total=False)
RoleResponseDict = TypedDict("RoleResponseDict", {"createdAt": Required[str], "description": Required[str], "firstUserRole": Required[bool], "id": Required[str], "isDefault": Required[bool], "key": Required[str], "level": Required[float], "name": Required[str], "permissions": Required[list[str]], "tenantId": Required[str], "updatedAt": Required[str], "vendorId": Required[str]}, total=False)
RoleResponsePageDict = TypedDict("RoleResponsePageDict", {"items": Required[list[RoleResponseDict]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
Scim2ConnectionConfigResponseDict = TypedDict("Scim2ConnectionConfigResponseDict", {"connectionName": Required[str], "createdAt": Required[str], "id": Required[str], "lastSync": str, "source": Required[str], "syncToUserManagement": Required[bool], "tenantId": Required[str]}, total=False)
Scim2CreateConnectionConfigRequestDict = TypedDict("Scim2CreateConnectionConfigRequestDict", {"connectionName": str, "source": Required[str], "syncToUserManagement": bool}, total=False)
Scim2CreateConnectionConfigResponseDict = TypedDict("Scim2CreateConnectionConfigResponseDict", {"connectionName": Required[str], "id": Required[str], "token": Required[str]}, total=False)
Scim2PatchConnectionConfigRequestDict = TypedDict("Scim2PatchConnectionConfigRequestDict", {"syncToUserManagement": Required[bool]}, total=False)
SelfEmailUpdateRequestDtoDict = TypedDict("SelfEmailUpdateRequestDtoDict", {"email": Required[str]}, total=False)
SelfEmailUpdateVerifyRequestDtoDict = TypedDict("SelfEmailUpdateVerifyRequestDtoDict", {"code": Required[str], "email": Required[str]}, total=False)
SessionConcurrentConfigurationDtoDict = TypedDict("SessionConcurrentConfigurationDtoDict", {"isActive": Required[bool], "maxSessions": Required[float]}, total=False)
SessionIdleTimeoutConfigurationDtoDict = TypedDict("SessionIdleTimeoutConfigurationDtoDict", {"isActive": Required[bool], "timeout": Required[float]}, total=False)
SessionTimeoutConfigurationDtoDict = TypedDict("SessionTimeoutConfigurationDtoDict", {"isActive": Required[bool], "timeout": Required[float]}, total=False)
SetSsoDefaultRolesDict = TypedDict("SetSsoDefaultRolesDict", {"roleIds": Required[list[str]]}, total=False)
SignUpRequestDict = TypedDict("SignUpRequestDict", {"companyName": Required[str], "email": Required[str], "emailMetadata": JsonValue, "invitationToken": str, "metadata": str, "name": str, "password": str, "phoneNumber": str, "profilePictureUrl": str, "provider": Required[str], "recaptchaToken": str, "roleIds": list[str], "skipInviteEmail": bool, "username": str}, total=False)
SignUpResponseDict = TypedDict("SignUpResponseDict", {"activationToken": str, "authResponse": AuthResponseDict, "shouldActivate": bool, "tenantId": str, "userId": str}, total=False)
SignUpUserUsernameDtoDict = TypedDict("SignUpUserUsernameDtoDict", {"companyName": Required[str], "email": str, "emailMetadata": JsonValue, "invitationToken": str, "metadata": str, "name": str, "password": str, "phoneNumber": str, "profilePictureUrl": str, "provider": Required[str], "recaptchaToken": str, "roleIds": list[str], "skipInviteEmail": bool, "username": Required[str]}, total=False)
SmsConfigurationDict = TypedDict("SmsConfigurationDict", {"active": Required[bool], "tokenLifetimeSeconds": Required[float]}, total=False)
StepConfigurationDtoDict = TypedDict("StepConfigurationDtoDict", {"minApprovals": Required[float]}, total=False)
StepConfigurationResponseDtoDict = TypedDict("StepConfigurationResponseDtoDict", {"minApprovals": float}, total=False)
SwitchApplicationActiveUserTenantDtoDict = TypedDict("SwitchApplicationActiveUserTenantDtoDict", {"applicationId": Required[str], "tenantId": Required[str]}, total=False)
SwitchApplicationActiveUserTenantsRequestDtoDict = TypedDict("SwitchApplicationActiveUserTenantsRequestDtoDict", {"activeApplicationTenants": Required[list[SwitchApplicationActiveUserTenantDtoDict]]}, total=False)
TemporaryUserDtoDict = TypedDict("TemporaryUserDtoDict", {"expirationInSeconds": Required[float]}, total=False)
TemporaryUsersConfigurationDtoDict = TypedDict("TemporaryUsersConfigurationDtoDict", {"enabled": Required[bool]}, total=False)
TenantAccessTokenResponseDict = TypedDict("TenantAccessTokenResponseDict", {"createdAt": Required[str], "createdByUserId": str, "description": str, "expires": str, "id": Required[str], "roleIds": Required[list[str]], "secret": str}, total=False)
TenantStatusDict = TypedDict("TenantStatusDict", {"status": Required[str], "tenantId": Required[str]}, total=False)
UnassignApplicationsFromUserSourceRequestDtoDict = TypedDict("UnassignApplicationsFromUserSourceRequestDtoDict", {"appIds": Required[list[str]], "userSourceId": Required[str]}, total=False)
UnassignUserFromRolesDtoDict = TypedDict("UnassignUserFromRolesDtoDict", {"roleIds": Required[list[str]]}, total=False)
UnassignUsersFromAppRequestDtoDict = TypedDict("UnassignUsersFromAppRequestDtoDict", {"appId": Required[str], "tenantId": Required[str], "userIds": Required[list[str]]}, total=False)
UnlockUserRequestDtoDict = TypedDict("UnlockUserRequestDtoDict", {"token": Required[str]}, total=False)
UpdateApiTokenDtoDict = TypedDict("UpdateApiTokenDtoDict", {"description": str, "metadata": JsonValue, "permissionIds": list[str], "roleIds": list[str]}, total=False)
UpdateApplicationClientRequestDtoDict = TypedDict("UpdateApplicationClientRequestDtoDict", {"clientName": str, "externalMetadata": JsonValue, "redirectURLs": list[str]}, total=False)
UpdateApplicationRequestDict = TypedDict("UpdateApplicationRequestDict", {"accessType": str, "allowDcr": bool, "appHost": str, "appURL": str, "description": str, "frontendStack": str, "isActive": bool, "isDefault": bool, "loginURL": str, "logoURL": str, "metadata": JsonValue, "name": str, "type": str}, total=False)
UpdateApprovalFlowDtoDict = TypedDict("UpdateApprovalFlowDtoDict", {"channels": ApprovalFlowChannelDtoDict, "configuration": ApprovalFlowConfigurationDtoDict, "description": str, "isActive": bool, "name": str, "steps": list[CreateApprovalFlowStepDtoDict]}, total=False)
UpdateCategoryDtoDict = TypedDict("UpdateCategoryDtoDict", {"description": str, "name": str}, total=False)
UpdateCustomSsoRequestDtoDict = TypedDict("UpdateCustomSsoRequestDtoDict", {"active": bool, "authorizationUrl": str, "clientId": str, "displayName": str, "redirectUrl": str, "scopes": str, "secret": str, "ssoLogoUrl": str, "tokenUrl": str, "type": str, "userInfoUrl": str}, total=False)
UpdateExternalAuth0UserSourceRequestDtoDict = TypedDict("UpdateExternalAuth0UserSourceRequestDtoDict", {"configuration": UpdateExternalAuth0UserSourceRequestDtoConfigurationDict, "description": str, "index": float, "name": str}, total=False)
UpdateExternalAuth0UserSourceRequestDtoConfigurationDict = TypedDict("UpdateExternalAuth0UserSourceRequestDtoConfigurationDict", {"clientId": Required[str], "domain": Required[str], "isMigrated": Required[bool], "secret": Required[str], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue]}, total=False)
UpdateExternalCognitoUserSourceRequestDtoDict = TypedDict("UpdateExternalCognitoUserSourceRequestDtoDict", {"configuration": UpdateExternalCognitoUserSourceRequestDtoConfigurationDict, "description": str, "index": float, "name": str}, total=False)
UpdateExternalCognitoUserSourceRequestDtoConfigurationDict = TypedDict("UpdateExternalCognitoUserSourceRequestDtoConfigurationDict", {"accessKeyId": Required[str], "clientId": Required[str], "clientSecret": str, "isMigrated": Required[bool], "region": Required[str], "secretAccessKey": Required[str], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue], "userPoolId": Required[str]}, total=False)
UpdateExternalCustomCodeUserSourceRequestDtoDict = TypedDict("UpdateExternalCustomCodeUserSourceRequestDtoDict", {"configuration": UpdateExternalCustomCodeUserSourceRequestDtoConfigurationDict, "description": str, "index": float, "name": str}, total=False)
UpdateExternalCustomCodeUserSourceRequestDtoConfigurationDict = TypedDict("UpdateExternalCustomCodeUserSourceRequestDtoConfigurationDict", {"codePayload": Required[str], "getUserCodePayload": str, "isMigrated": Required[bool], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue]}, total=False)
UpdateExternalFirebaseUserSourceRequestDtoDict = TypedDict("UpdateExternalFirebaseUserSourceRequestDtoDict", {"configuration": UpdateExternalFirebaseUserSourceRequestDtoConfigurationDict, "description": str, "index": float, "name": str}, total=False)
UpdateExternalFirebaseUserSourceRequestDtoConfigurationDict = TypedDict("UpdateExternalFirebaseUserSourceRequestDtoConfigurationDict", {"apiKey": Required[str], "isMigrated": Required[bool], "serviceAccount": Required[FirebaseServiceAccountConfigDict], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue]}, total=False)
UpdateFederationUserSourceRequestDtoDict = TypedDict("UpdateFederationUserSourceRequestDtoDict", {"configuration": UpdateFederationUserSourceRequestDtoConfigurationDict, "description": str, "index": float, "name": str}, total=False)
UpdateFederationUserSourceRequestDtoConfigurationDict = TypedDict("UpdateFederationUserSourceRequestDtoConfigurationDict", {"clientId": Required[str], "oauth2Config": UpdateFederationUserSourceRequestDtoConfigurationOauth2ConfigDict, "secret": Required[str], "syncOnLogin": Required[bool], "tenantConfig": Required[JsonValue], "wellknownUrl": str}, total=False)
UpdateFederationUserSourceRequestDtoConfigurationOauth2ConfigDict = TypedDict("UpdateFederationUserSourceRequestDtoConfigurationOauth2ConfigDict", {"authorizationUrl": Required[str], "grantTypes": list[str], "scopes": list[str], "tokenUrl": Required[str], "userInfoUrl": Required[str]}, total=False)
UpdateGroupDtoDict = TypedDict("UpdateGroupDtoDict", {"color": str, "description": str, "metadata": str, "name": str}, total=False)
UpdateInviteTokenRequestDict = TypedDict("UpdateInviteTokenRequestDict", {"expiresInMinutes": float, "shouldSendEmail": bool}, total=False)
UpdateJwtTemplateDtoDict = TypedDict("UpdateJwtTemplateDtoDict", {"algorithm": str, "description": str, "expiration": float, "key": str, "name": str, "templateSchema": UpdateJwtTemplateDtoTemplateSchemaDict}, total=False)
UpdateJwtTemplateDtoTemplateSchemaDict = TypedDict("UpdateJwtTemplateDtoTemplateSchemaDict", {"claims": Required[JsonValue]}, total=False)
UpdateJwtTemplateTargetingRequestDtoDict = TypedDict("UpdateJwtTemplateTargetingRequestDtoDict", {"rules": list[IdentityRuleDtoDict]}, total=False)
UpdatePermissionRequestDict = TypedDict("UpdatePermissionRequestDict", {"categoryId": str, "description": str, "key": str, "name": str}, total=False)
UpdateRoleRequestDict = TypedDict("UpdateRoleRequestDict", {"description": str, "firstUserRole": bool, "isDefault": bool, "key": str, "level": float, "migrateRole": bool, "name": str}, total=False)
UpdateRoleTenantRequestDict = TypedDict("UpdateRoleTenantRequestDict", {"tenantId": str}, total=False)
UpdateRolesOnGroupDtoDict = TypedDict("UpdateRolesOnGroupDtoDict", {"roleIds": Required[list[str]]}, total=False)
UpdateSsoConfigurationByMetadataRequestDtoDict = TypedDict("UpdateSsoConfigurationByMetadataRequestDtoDict", {"metadata": Required[str]}, total=False)
UpdateSsoGroupRequestDtoDict = TypedDict("UpdateSsoGroupRequestDtoDict", {"group": Required[str], "roleIds": Required[list[str]]}, total=False)
UpdateSubAccountAccessRequestDtoDict = TypedDict("UpdateSubAccountAccessRequestDtoDict", {"allowAccess": Required[bool]}, total=False)
UpdateTenantApiTokenResponseDtoDict = TypedDict("UpdateTenantApiTokenResponseDtoDict", {"clientId": Required[str], "createdAt": Required[str], "createdByUserId": str, "description": str, "expires": str, "metadata": Required[JsonValue], "permissionIds": list[str], "roleIds": list[str], "tenantId": Required[str]}, total=False)
UpdateUserDtoDict = TypedDict("UpdateUserDtoDict", {"metadata": str, "name": str, "phoneNumber": str, "profilePictureUrl": str}, total=False)
UpdateUserEmailDtoDict = TypedDict("UpdateUserEmailDtoDict", {"email": Required[str]}, total=False)
UpdateUserInvisibleDtoDict = TypedDict("UpdateUserInvisibleDtoDict", {"invisible": Required[bool]}, total=False)
UpdateUserPasswordDtoDict = TypedDict("UpdateUserPasswordDtoDict", {"newPassword": Required[str], "password": Required[str]}, total=False)
UpdateUserSuperuserDtoDict = TypedDict("UpdateUserSuperuserDtoDict", {"superUser": Required[bool]}, total=False)
UpdateUserTenantDtoDict = TypedDict("UpdateUserTenantDtoDict", {"tenantId": Required[str]}, total=False)
UpdateUserTenantWithValidationDtoDict = TypedDict("UpdateUserTenantWithValidationDtoDict", {"tenantId": Required[str], "validateTenantExist": bool}, total=False)
UpdateUsersOnGroupDtoDict = TypedDict("UpdateUsersOnGroupDtoDict", {"userIds": Required[list[str]]}, total=False)
UpdateVendorUserDtoDict = TypedDict("UpdateVendorUserDtoDict", {"externalId": str, "metadata": str, "mfaBypass": bool, "name": str, "phoneNumber": str, "profilePictureUrl": str, "vendorMetadata": str}, total=False)
UserAccessTokenResponseDict = TypedDict("UserAccessTokenResponseDict", {"createdAt": Required[str], "description": str, "expires": str, "id": Required[str], "secret": str}, total=False)
UserApplicationActiveTenantResponseDict = TypedDict("UserApplicationActiveTenantResponseDict", {"applicationId": Required[str], "tenantId": Required[str]}, total=False)
UserApplicationActiveTenantsResponseDtoDict = TypedDict("UserApplicationActiveTenantsResponseDtoDict", {"applicationActiveTenants": Required[list[UserApplicationActiveTenantResponseDict]]}, total=False)
UserBulkInviteRequestDtoDict = TypedDict("UserBulkInviteRequestDtoDict", {"email": str, "emailMetadata": JsonValue, "expirationInSeconds": float, "metadata": str, "name": str, "password": str, "phoneNumber": str, "profilePictureUrl": str, "provider": str, "roleIds": list[str], "skipInviteEmail": bool, "username": str, "verified": bool}, total=False)
UserCreatedResponseDict = TypedDict("UserCreatedResponseDict", {"activatedForTenant": bool, "createdAt": str, "email": str, "id": str, "lastLogin": str, "metadata": str, "name": str, "permissions": list[str], "profilePictureUrl": str, "roles": list[str], "temporaryExpirationDate": str, "verified": bool}, total=False)
UserDtoDict = TypedDict("UserDtoDict", {"activatedForTenant": bool, "createdAt": Required[str], "email": Required[str], "externalId": str, "groups": list[JsonValue], "id": Required[str], "invisible": bool, "isLocked": bool, "lastLogin": Required[str], "managedBy": str, "metadata": Required[str], "mfaBypass": bool, "mfaEnrolled": Required[bool], "name": Required[str], "permissions": Required[list[PermissionResponseDict]], "phoneNumber": str, "profilePictureUrl": Required[str], "provider": Required[str], "roles": Required[list[RoleResponseDict]], "sub": Required[str], "subAccountAccessAllowed": Required[bool], "superUser": bool, "tenantId": Required[str], "tenantIds": Required[list[str]], "tenants": Required[list[UserTenantDtoDict]], "vendorMetadata": Required[str], "verified": Required[bool]}, total=False)
UserEmailResponseDtoDict = TypedDict("UserEmailResponseDtoDict", {"createdAt": Required[str], "email": Required[str], "id": Required[str], "isPrimary": Required[bool], "updatedAt": Required[str], "userId": Required[str], "verified": Required[bool]}, total=False)
UserEmailResponseDtoPageDict = TypedDict("UserEmailResponseDtoPageDict", {"items": Required[list[UserEmailResponseDtoDict]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
UserMfaAuthenticatorAppResponseDict = TypedDict("UserMfaAuthenticatorAppResponseDict", {"id": Required[str]}, total=False)
UserMfaDevicesResponseDict = TypedDict("UserMfaDevicesResponseDict", {"authenticators": Required[list[UserMfaAuthenticatorAppResponseDict]], "emails": Required[list[UserMfaEmailCodeResponseDict]], "phones": Required[list[UserMfaPhoneDeviceResponseDict]], "webauthn": Required[list[UserMfaWebAuthnDeviceResponseDict]]}, total=False)
UserMfaEmailCodeResponseDict = TypedDict("UserMfaEmailCodeResponseDict", {"email": Required[str]}, total=False)
UserMfaPhoneDeviceResponseDict = TypedDict("UserMfaPhoneDeviceResponseDict", {"id": Required[str], "phoneNumber": Required[str]}, total=False)
UserMfaWebAuthnDeviceResponseDict = TypedDict("UserMfaWebAuthnDeviceResponseDict", {"deviceType": Required[str], "id": Required[str], "name": Required[str]}, total=False)
UserPhoneNumberResponseDtoDict = TypedDict("UserPhoneNumberResponseDtoDict", {"createdAt": Required[str], "id": Required[str], "phoneNumber": Required[str], "updatedAt": Required[str], "userId": Required[str], "verified": Required[bool]}, total=False)
UserPhoneNumberResponseDtoPageDict = TypedDict("UserPhoneNumberResponseDtoPageDict", {"items": Required[list[UserPhoneNumberResponseDtoDict]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
UserTenantDataDtoDict = TypedDict("UserTenantDataDtoDict", {"name": Required[str], "tenantId": Required[str]}, total=False)
UserTenantDtoDict = TypedDict("UserTenantDtoDict", {"isDisabled": bool, "roles": Required[list[RoleResponseDict]], "temporaryExpirationDate": str, "tenantId": Required[str]}, total=False)
UserTenantStatusesResponseDict = TypedDict("UserTenantStatusesResponseDict", {"tenantsStatuses": Required[list[TenantStatusDict]], "userId": Required[str]}, total=False)
UserV3DtoDict = TypedDict("UserV3DtoDict", {"activatedForTenant": bool, "createdAt": Required[str], "email": Required[str], "externalId": str, "id": Required[str], "invisible": bool, "isLocked": bool, "lastLogin": Required[str], "managedBy": str, "metadata": Required[str], "mfaBypass": bool, "mfaEnrolled": Required[bool], "name": Required[str], "phoneNumber": str, "profilePictureUrl": Required[str], "provider": Required[str], "sub": Required[str], "subAccountAccessAllowed": Required[bool], "superUser": bool, "tenantId": Required[str], "tenantIds": Required[list[str]], "tenants": Required[list[UserTenantDtoDict]], "vendorMetadata": Required[str], "verified": Required[bool]}, total=False)
UserV3DtoPageDict = TypedDict("UserV3DtoPageDict", {"items": Required[list[UserV3DtoDict]], "_links": FronteggPaginationLinksDict, "_metadata": FronteggPaginationMetadataDict}, total=False)
UsernameResponseDtoDict = TypedDict("UsernameResponseDtoDict", {"userId": Required[str], "username": Required[str]}, total=False)
UsersBulkInviteRequestDtoDict = TypedDict("UsersBulkInviteRequestDtoDict", {"users": Required[list[UserBulkInviteRequestDtoDict]]}, total=False)
ValidateUserPasswordRequestDict = TypedDict("ValidateUserPasswordRequestDict", {"email": Required[str], "password": Required[str]}, total=False)
VendorAuthenticationRequestDict = TypedDict("VendorAuthenticationRequestDict", {"clientId": Required[str], "secret": Required[str]}, total=False)
VendorConfigBasicResponseDict = TypedDict("VendorConfigBasicResponseDict", {"forcePermissions": Required[bool], "machineToMachineAuthStrategy": Required[str]}, total=False)
VendorConfigRequestDict = TypedDict("VendorConfigRequestDict", {"addPermissionsToJwt": bool, "addRolesToJwt": bool, "addSamlAttributesToJwt": bool, "allowCustomLoginTenantSwitch": bool, "allowNotVerifiedUsersLogin": bool, "allowOverrideEnforcePasswordHistory": bool, "allowOverridePasswordComplexity": bool, "allowOverridePasswordExpiration": bool, "allowSignups": bool, "allowTenantInvitations": bool, "apiTokensEnabled": bool, "authStrategy": str, "cookieSameSite": str, "defaultPasswordlessTokenExpiration": float, "defaultRefreshTokenExpiration": float, "defaultTokenExpiration": float, "forcePermissions": bool, "forceSameDeviceOnAuth": bool, "jwtAlgorithm": str, "machineToMachineAuthStrategy": str, "rotateRefreshTokens": bool, "skipTenantValidation": bool}, total=False)
VendorConfigResponseDict = TypedDict("VendorConfigResponseDict", {"addPermissionsToJwt": Required[bool], "addRolesToJwt": Required[bool], "addSamlAttributesToJwt": Required[bool], "allowCustomLoginTenantSwitch": Required[bool], "allowNotVerifiedUsersLogin": Required[bool], "allowOverrideEnforcePasswordHistory": Required[bool], "allowOverridePasswordComplexity": Required[bool], "allowOverridePasswordExpiration": Required[bool], "allowSignups": Required[bool], "allowTenantInvitations": Required[bool], "apiTokensEnabled": Required[bool], "authStrategy": Required[str], "cookieSameSite": Required[str], "defaultPasswordlessTokenExpiration": Required[float], "defaultRefreshTokenExpiration": Required[float], "defaultTokenExpiration": Required[float], "forcePermissions": Required[bool], "forceSameDeviceOnAuth": Required[bool], "id": Required[str], "jwtAlgorithm": Required[str], "jwtSecret": Required[str], "machineToMachineAuthStrategy": Required[str], "publicKey": Required[str], "refreshTokensRotationLimit": Required[float], "rotateRefreshTokens": Required[bool]}, total=False)
VendorTokenDict = TypedDict("VendorTokenDict", {"expiresIn": float, "token": str}, total=False)
VerifyEnrollMfaAuthAppRequestDict = TypedDict("VerifyEnrollMfaAuthAppRequestDict", {"mfaToken": Required[str], "rememberDevice": bool, "token": Required[str]}, total=False)
VerifyEnrollMfaResponseDict = TypedDict("VerifyEnrollMfaResponseDict", {"recoveryCode": Required[str]}, total=False)
VerifyEnrollMfaUserAuthAppRequestDict = TypedDict("VerifyEnrollMfaUserAuthAppRequestDict", {"token": Required[str]}, total=False)
VerifyEnrollMfaWebAuthnRequestDict = TypedDict("VerifyEnrollMfaWebAuthnRequestDict", {"deviceType": Required[str], "mfaToken": Required[str], "options": Required[VerifyNewWebAuthnDeviceRequestDict], "rememberDevice": bool, "webauthnToken": Required[str]}, total=False)
VerifyEnrollMfasmsRequestDict = TypedDict("VerifyEnrollMfasmsRequestDict", {"code": Required[str], "otcToken": Required[str]}, total=False)
VerifyInviteTokenRequestDict = TypedDict("VerifyInviteTokenRequestDict", {"token": Required[str]}, total=False)
VerifyMfaAuthAppRequestDict = TypedDict("VerifyMfaAuthAppRequestDict", {"mfaToken": Required[str], "rememberDevice": bool, "value": Required[str]}, total=False)
VerifyMfaEmailOtcRequestDict = TypedDict("VerifyMfaEmailOtcRequestDict", {"code": Required[str], "mfaToken": Required[str], "otcToken": Required[str], "rememberDevice": bool}, total=False)
VerifyMfaWebAuthnRequestDict = TypedDict("VerifyMfaWebAuthnRequestDict", {"mfaToken": Required[str], "options": Required[AuthenticateUserWebAuthNDtoDict], "rememberDevice": bool, "webauthnToken": Required[str]}, total=False)
VerifyMfasmsRequestDict = TypedDict("VerifyMfasmsRequestDict", {"code": Required[str], "mfaToken": Required[str], "otcToken": Required[str], "rememberDevice": bool}, total=False)
VerifyNewWebAuthnDeviceRequestDict = TypedDict("VerifyNewWebAuthnDeviceRequestDict", {"deviceType": str, "id": Required[str], "response": Required[WebAuthNClientResponseDict]}, total=False)
VerifyPasswordDtoDict = TypedDict("VerifyPasswordDtoDict", {"password": Required[str], "token": Required[str], "userId": Required[str]}, total=False)
VerifyPasswordViaSmsRequestDtoDict = TypedDict("VerifyPasswordViaSmsRequestDtoDict", {"otcToken": Required[str], "sessionId": Required[str]}, total=False)
VerifyPasswordViaSmsResponseDtoDict = TypedDict("VerifyPasswordViaSmsResponseDtoDict", {"token": Required[str], "userId": Required[str]}, total=False)
VerifyPhoneNumberOtcRequestDtoDict = TypedDict("VerifyPhoneNumberOtcRequestDtoDict", {"code": Required[str], "otcToken": Required[str]}, total=False)
WebAuthNClientResponseDict = TypedDict("WebAuthNClientResponseDict", {"attestationObject": Required[str], "clientDataJSON": Required[str]}, total=False)
WebAuthNResponseDict = TypedDict("WebAuthNResponseDict", {"authenticatorData": Required[str], "clientDataJSON": Required[str], "signature": Required[str], "userHandle": Required[str]}, total=False)

@final
class AcceptInvitationDto:
    """Frontegg's `AcceptInvitationDto`."""

    def to_dict(self) -> AcceptInvitationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class AcceptInvitationWithCodeDto:
    """Frontegg's `AcceptInvitationWithCodeDto`."""

    def to_dict(self) -> AcceptInvitationWithCodeDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class ActivateUserDto:
    """Frontegg's `ActivateUserDto`."""

    def to_dict(self) -> ActivateUserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def last_terms_check(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class ActivateUserWithCodeDto:
    """Frontegg's `ActivateUserWithCodeDto`."""

    def to_dict(self) -> ActivateUserWithCodeDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def last_terms_check(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class ActivationStrategyResponse:
    """Frontegg's `ActivationStrategyResponse`."""

    def to_dict(self) -> ActivationStrategyResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code_expiration(self) -> float: ...
    @property
    def strategy(self) -> str: ...

@final
class AddPermissionRequest:
    """Frontegg's `AddPermissionRequest`."""

    def to_dict(self) -> AddPermissionRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def assignment_type(self) -> str | None: ...
    @property
    def category_id(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...

@final
class AddPermissionToRoleRequest:
    """Frontegg's `AddPermissionToRoleRequest`."""

    def to_dict(self) -> AddPermissionToRoleRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def permission_ids(self) -> list[str]: ...

@final
class AddRoleRequest:
    """Frontegg's `AddRoleRequest`."""

    def to_dict(self) -> AddRoleRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def first_user_role(self) -> bool | None: ...
    @property
    def is_default(self) -> bool | None: ...
    @property
    def key(self) -> str: ...
    @property
    def level(self) -> float: ...
    @property
    def migrate_role(self) -> bool | None: ...
    @property
    def name(self) -> str: ...

@final
class AddRoleWithPermissionsRequest:
    """Frontegg's `AddRoleWithPermissionsRequest`."""

    def to_dict(self) -> AddRoleWithPermissionsRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def base_role_id(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def is_default(self) -> bool | None: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def permission_ids(self) -> list[str]: ...

@final
class AddRoleWithPermissionsResponse:
    """Frontegg's `AddRoleWithPermissionsResponse`."""

    def to_dict(self) -> AddRoleWithPermissionsResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def is_default(self) -> bool: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def permissions(self) -> list[str]: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def vendor_id(self) -> str: ...

@final
class AddRolesToPermissionRequest:
    """Frontegg's `AddRolesToPermissionRequest`."""

    def to_dict(self) -> AddRolesToPermissionRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def role_ids(self) -> list[str]: ...

@final
class AddTenantMetadataRequest:
    """Frontegg's `AddTenantMetadataRequest`."""

    def to_dict(self) -> AddTenantMetadataRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def metadata(self) -> JsonValue: ...

@final
class AddUserToTenantRequest:
    """Frontegg's `AddUserToTenantRequest`."""

    def to_dict(self) -> AddUserToTenantRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def skip_invite_email(self) -> bool | None: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def validate_tenant_exist(self) -> bool | None: ...

@final
class ApiTokenAuthV2Response:
    """Frontegg's `ApiTokenAuthV2Response`."""

    def to_dict(self) -> ApiTokenAuthV2ResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_token(self) -> str: ...
    @property
    def expires(self) -> str: ...
    @property
    def expires_in(self) -> float: ...
    @property
    def refresh_token(self) -> str: ...

@final
class ApplicationClientResponseDto:
    """Frontegg's `ApplicationClientResponseDto`."""

    def to_dict(self) -> ApplicationClientResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_id(self) -> str: ...
    @property
    def client_name(self) -> str: ...
    @property
    def client_secret(self) -> str: ...
    @property
    def client_type(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def external_metadata(self) -> JsonValue | None: ...
    @property
    def id(self) -> str: ...
    @property
    def redirect_ur_ls(self) -> list[str]: ...
    @property
    def updated_at(self) -> str: ...

@final
class ApplicationTenantAssignmentAccessType:
    """Frontegg's `ApplicationTenantAssignmentAccessType`."""

    def to_dict(self) -> ApplicationTenantAssignmentAccessTypeDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_type(self) -> str: ...
    @property
    def app_id(self) -> str: ...

@final
class ApplicationTenantsResponseV1:
    """Frontegg's `ApplicationTenantsResponseV1`."""

    def to_dict(self) -> ApplicationTenantsResponseV1Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def tenant_ids(self) -> list[str]: ...

@final
class ApplicationUserTenantsResponseDto:
    """Frontegg's `ApplicationUserTenantsResponseDto`."""

    def to_dict(self) -> ApplicationUserTenantsResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_id(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def user_tenant_id(self) -> str: ...

@final
class ApplicationsClientCredentialsResponse:
    """Frontegg's `ApplicationsClientCredentialsResponse`."""

    def to_dict(self) -> ApplicationsClientCredentialsResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_secret(self) -> str: ...
    @property
    def shared_secret(self) -> str: ...

@final
class ApplicationsResponse:
    """Frontegg's `ApplicationsResponse`."""

    def to_dict(self) -> ApplicationsResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_type(self) -> str: ...
    @property
    def allow_dcr(self) -> bool: ...
    @property
    def app_host(self) -> str | None: ...
    @property
    def app_url(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def frontend_stack(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def integration_finished_at(self) -> str: ...
    @property
    def is_active(self) -> bool: ...
    @property
    def is_default(self) -> bool: ...
    @property
    def login_url(self) -> str: ...
    @property
    def logo_url(self) -> str: ...
    @property
    def metadata(self) -> JsonValue | None: ...
    @property
    def name(self) -> str: ...
    @property
    def type_value(self) -> str: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def vendor_id(self) -> str: ...

@final
class ApplicationsTenantAssignmentResponseV1:
    """Frontegg's `ApplicationsTenantAssignmentResponseV1`."""

    def to_dict(self) -> ApplicationsTenantAssignmentResponseV1Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str]: ...
    @property
    def tenant_id(self) -> str: ...

@final
class ApplicationsTenantAssignmentsResponseV2:
    """Frontegg's `ApplicationsTenantAssignmentsResponseV2`."""

    def to_dict(self) -> ApplicationsTenantAssignmentsResponseV2Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def assignments(self) -> list[ApplicationTenantAssignmentAccessType]: ...
    @property
    def tenant_id(self) -> str: ...

@final
class ApprovalFlowChannelDto:
    """Frontegg's `ApprovalFlowChannelDto`."""

    def to_dict(self) -> ApprovalFlowChannelDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> bool: ...
    @property
    def sms(self) -> bool: ...

@final
class ApprovalFlowConfigurationDto:
    """Frontegg's `ApprovalFlowConfigurationDto`."""

    def to_dict(self) -> ApprovalFlowConfigurationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def auto_approve_in_minutes(self) -> float | None: ...
    @property
    def notify_on_decisions(self) -> bool | None: ...
    @property
    def reminder_interval_minutes(self) -> float | None: ...
    @property
    def timeout_minutes(self) -> float | None: ...
    @property
    def webhook_url(self) -> str | None: ...

@final
class ApprovalFlowConfigurationResponseDto:
    """Frontegg's `ApprovalFlowConfigurationResponseDto`."""

    def to_dict(self) -> ApprovalFlowConfigurationResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def auto_approve_in_minutes(self) -> float | None: ...
    @property
    def logging(self) -> bool | None: ...
    @property
    def notify_on_decisions(self) -> bool | None: ...
    @property
    def reminder_interval_minutes(self) -> float | None: ...
    @property
    def timeout_minutes(self) -> float | None: ...
    @property
    def webhook_url(self) -> str | None: ...

@final
class ApprovalFlowResponseDto:
    """Frontegg's `ApprovalFlowResponseDto`."""

    def to_dict(self) -> ApprovalFlowResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def channels(self) -> JsonValue: ...
    @property
    def configuration(self) -> ApprovalFlowConfigurationResponseDto: ...
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def is_active(self) -> bool: ...
    @property
    def name(self) -> str: ...
    @property
    def steps(self) -> list[ApprovalFlowStepResponseDto]: ...
    @property
    def tenant_id(self) -> str | None: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def vendor_id(self) -> str: ...

@final
class ApprovalFlowStepResponseDto:
    """Frontegg's `ApprovalFlowStepResponseDto`."""

    def to_dict(self) -> ApprovalFlowStepResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def approver_selectors(self) -> ApproverSelectorResponseDto: ...
    @property
    def configuration(self) -> StepConfigurationResponseDto: ...
    @property
    def created_at(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def step_order(self) -> float: ...
    @property
    def updated_at(self) -> str: ...

@final
class ApprovalFlowsListResponseDto:
    """Frontegg's `ApprovalFlowsListResponseDto`."""

    def to_dict(self) -> ApprovalFlowsListResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[ApprovalFlowResponseDto]: ...
    @property
    def total(self) -> float: ...

@final
class ApproverActionDto:
    """Frontegg's `ApproverActionDto`."""

    def to_dict(self) -> ApproverActionDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def approval_flow_execution_id(self) -> str: ...
    @property
    def approval_flow_step_id(self) -> str: ...
    @property
    def approved(self) -> bool: ...
    @property
    def approver_id(self) -> str: ...

@final
class ApproverSelectorDto:
    """Frontegg's `ApproverSelectorDto`."""

    def to_dict(self) -> ApproverSelectorDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def emails(self) -> list[str] | None: ...
    @property
    def phone_numbers(self) -> list[str] | None: ...
    @property
    def role_keys(self) -> list[str] | None: ...

@final
class ApproverSelectorResponseDto:
    """Frontegg's `ApproverSelectorResponseDto`."""

    def to_dict(self) -> ApproverSelectorResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def emails(self) -> list[str]: ...
    @property
    def phone_numbers(self) -> list[str]: ...
    @property
    def role_keys(self) -> list[str]: ...

@final
class AssignApplicationsToUserSourceRequestDto:
    """Frontegg's `AssignApplicationsToUserSourceRequestDTO`."""

    def to_dict(self) -> AssignApplicationsToUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str]: ...
    @property
    def user_source_id(self) -> str: ...

@final
class AssignUserToRolesDto:
    """Frontegg's `AssignUserToRolesDto`."""

    def to_dict(self) -> AssignUserToRolesDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def role_ids(self) -> list[str]: ...

@final
class AssignUserToRolesResponseDto:
    """Frontegg's `AssignUserToRolesResponseDto`."""

    def to_dict(self) -> AssignUserToRolesResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def roles(self) -> list[IRole]: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class AssignUsersToAppRequestDto:
    """Frontegg's `AssignUsersToAppRequestDto`."""

    def to_dict(self) -> AssignUsersToAppRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_id(self) -> str: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def user_ids(self) -> list[str]: ...

@final
class Auth0Configuration:
    """Frontegg's `Auth0Configuration`."""

    def to_dict(self) -> Auth0ConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def domain(self) -> str: ...
    @property
    def is_tenant_id_on_user_metadata(self) -> bool | None: ...
    @property
    def secret(self) -> str: ...
    @property
    def tenant_id_field_name(self) -> str: ...

@final
class AuthApiTokenDto:
    """Frontegg's `AuthApiTokenDto`."""

    def to_dict(self) -> AuthApiTokenDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def secret(self) -> str: ...

@final
class AuthRequestEnrollMfaRequest:
    """Frontegg's `AuthRequestEnrollMFARequest`."""

    def to_dict(self) -> AuthRequestEnrollMfaRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def mfa_token(self) -> str: ...

@final
class AuthRequestVerifyMfaRequest:
    """Frontegg's `AuthRequestVerifyMfaRequest`."""

    def to_dict(self) -> AuthRequestVerifyMfaRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def mfa_token(self) -> str: ...

@final
class AuthResponse:
    """Frontegg's `AuthenticationResponseDto`."""

    def to_dict(self) -> AuthResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_token(self) -> str: ...
    @property
    def email_verified(self) -> bool | None: ...
    @property
    def expires(self) -> str: ...
    @property
    def expires_in(self) -> float: ...
    @property
    def is_breached_password(self) -> bool | None: ...
    @property
    def mfa_devices(self) -> UserMfaDevicesResponse | None: ...
    @property
    def mfa_enrolled(self) -> bool | None: ...
    @property
    def mfa_required(self) -> bool: ...
    @property
    def mfa_strategies(self) -> JsonValue | None: ...
    @property
    def mfa_token(self) -> str | None: ...
    @property
    def notification_period(self) -> float | None: ...
    @property
    def otc_token(self) -> str | None: ...
    @property
    def password_expires_in(self) -> float | None: ...
    @property
    def qr_code(self) -> str | None: ...
    @property
    def recovery_code(self) -> str | None: ...
    @property
    def refresh_token(self) -> str | None: ...
    @property
    def reset_password_token(self) -> str | None: ...
    @property
    def token_type(self) -> str | None: ...
    @property
    def user_email(self) -> str | None: ...
    @property
    def user_id(self) -> str | None: ...

@final
class AuthTenantAccessTokenResponse:
    """Frontegg's `AuthTenantAccessTokenResponse`."""

    def to_dict(self) -> AuthTenantAccessTokenResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expires(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def permissions(self) -> list[str]: ...
    @property
    def roles(self) -> list[str]: ...
    @property
    def tenant_id(self) -> str: ...

@final
class AuthUserAccessTokenResponse:
    """Frontegg's `AuthUserAccessTokenResponse`."""

    def to_dict(self) -> AuthUserAccessTokenResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expires(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def permissions(self) -> list[str]: ...
    @property
    def roles(self) -> list[str]: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class AuthenticateUserPasswordlessDto:
    """Frontegg's `AuthenticateUserPasswordlessDto`."""

    def to_dict(self) -> AuthenticateUserPasswordlessDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def invitation_token(self) -> str | None: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def token(self) -> str: ...

@final
class AuthenticateUserWebAuthNDto:
    """Frontegg's `AuthenticateUserWebAuthNDto`."""

    def to_dict(self) -> AuthenticateUserWebAuthNDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def id(self) -> str: ...
    @property
    def invitation_token(self) -> str | None: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def response(self) -> WebAuthNResponse: ...

@final
class AuthenticationAppConfiguration:
    """Frontegg's `AuthenticationAppConfiguration`."""

    def to_dict(self) -> AuthenticationAppConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def service_name(self) -> str: ...

@final
class BulkRolesTaskError:
    """Frontegg's `BulkRolesTaskError`."""

    def to_dict(self) -> BulkRolesTaskErrorDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def details(self) -> str | None: ...
    @property
    def message(self) -> str: ...
    @property
    def tenant_id(self) -> str | None: ...
    @property
    def tenant_ids(self) -> list[str] | None: ...

@final
class BulkRolesTaskStatusResponseDto:
    """Frontegg's `BulkRolesTaskStatusResponseDto`."""

    def to_dict(self) -> BulkRolesTaskStatusResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def added_role_ids(self) -> list[str]: ...
    @property
    def errors(self) -> list[BulkRolesTaskError] | None: ...
    @property
    def id(self) -> str: ...
    @property
    def processed_tenants(self) -> float: ...
    @property
    def removed_role_ids(self) -> list[str]: ...
    @property
    def status(self) -> str: ...
    @property
    def total_tenants(self) -> float: ...
    @property
    def user_id(self) -> str: ...

@final
class BulkUpdateUserRolesRequestDto:
    """Frontegg's `BulkUpdateUserRolesRequestDto`."""

    def to_dict(self) -> BulkUpdateUserRolesRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def add_role_ids(self) -> list[str] | None: ...
    @property
    def remove_role_ids(self) -> list[str] | None: ...
    @property
    def tenant_ids(self) -> list[str] | None: ...

@final
class BulkUpdateUserRolesSyncResponseDto:
    """Frontegg's `BulkUpdateUserRolesSyncResponseDto`."""

    def to_dict(self) -> BulkUpdateUserRolesSyncResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def affected_tenants(self) -> float: ...
    @property
    def roles_added(self) -> list[str]: ...
    @property
    def roles_removed(self) -> list[str]: ...
    @property
    def user_id(self) -> str: ...

@final
class CaptchaPolicyRequest:
    """Frontegg's `CaptchaPolicyRequest`."""

    def to_dict(self) -> CaptchaPolicyRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def enabled(self) -> bool: ...
    @property
    def ignored_emails(self) -> list[str] | None: ...
    @property
    def min_score(self) -> float: ...
    @property
    def secret_key(self) -> str: ...
    @property
    def site_key(self) -> str: ...

@final
class CaptchaPolicyResponse:
    """Frontegg's `CaptchaPolicyResponse`."""

    def to_dict(self) -> CaptchaPolicyResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def enabled(self) -> bool: ...
    @property
    def id(self) -> str: ...
    @property
    def ignored_emails(self) -> list[str]: ...
    @property
    def min_score(self) -> float: ...
    @property
    def secret_key(self) -> str: ...
    @property
    def site_key(self) -> str: ...
    @property
    def updated_at(self) -> str: ...

@final
class ClassifyPermissionsDto:
    """Frontegg's `ClassifyPermissionsDto`."""

    def to_dict(self) -> ClassifyPermissionsDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def permission_ids(self) -> list[str]: ...
    @property
    def type_value(self) -> str: ...

@final
class ConfigureOidcRequest:
    """Frontegg's `ConfigureOidcRequest`."""

    def to_dict(self) -> ConfigureOidcRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def redirect_uri(self) -> str | None: ...

@final
class CoreUserDto:
    """Frontegg's `CoreUserDto`."""

    def to_dict(self) -> CoreUserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def activated_for_tenant(self) -> bool | None: ...
    @property
    def created_at(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def invisible(self) -> bool | None: ...
    @property
    def is_locked(self) -> bool | None: ...
    @property
    def last_login(self) -> str: ...
    @property
    def managed_by(self) -> str | None: ...
    @property
    def metadata(self) -> str: ...
    @property
    def mfa_bypass(self) -> bool | None: ...
    @property
    def mfa_enrolled(self) -> bool: ...
    @property
    def name(self) -> str: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str: ...
    @property
    def provider(self) -> str: ...
    @property
    def sub(self) -> str: ...
    @property
    def sub_account_access_allowed(self) -> bool: ...
    @property
    def super_user(self) -> bool | None: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def tenant_ids(self) -> list[str]: ...
    @property
    def tenants(self) -> list[UserTenantDto]: ...
    @property
    def vendor_metadata(self) -> str: ...
    @property
    def verified(self) -> bool: ...

@final
class CreateApplicationClientRequestDto:
    """Frontegg's `CreateApplicationClientRequestDto`."""

    def to_dict(self) -> CreateApplicationClientRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_name(self) -> str: ...
    @property
    def client_type(self) -> str: ...
    @property
    def external_metadata(self) -> JsonValue | None: ...
    @property
    def redirect_ur_ls(self) -> list[str] | None: ...

@final
class CreateApplicationRequest:
    """Frontegg's `CreateApplicationRequest`."""

    def to_dict(self) -> CreateApplicationRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_type(self) -> str | None: ...
    @property
    def allow_dcr(self) -> bool | None: ...
    @property
    def app_url(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def frontend_stack(self) -> str | None: ...
    @property
    def is_active(self) -> bool | None: ...
    @property
    def is_default(self) -> bool | None: ...
    @property
    def login_url(self) -> str: ...
    @property
    def logo_url(self) -> str | None: ...
    @property
    def metadata(self) -> JsonValue | None: ...
    @property
    def name(self) -> str: ...
    @property
    def type_value(self) -> str | None: ...

@final
class CreateApplicationTenantRequestV1:
    """Frontegg's `CreateApplicationTenantRequestV1`."""

    def to_dict(self) -> CreateApplicationTenantRequestV1Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_type(self) -> str | None: ...
    @property
    def tenant_id(self) -> str: ...

@final
class CreateApprovalFlowDto:
    """Frontegg's `CreateApprovalFlowDto`."""

    def to_dict(self) -> CreateApprovalFlowDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def channels(self) -> ApprovalFlowChannelDto: ...
    @property
    def configuration(self) -> ApprovalFlowConfigurationDto: ...
    @property
    def description(self) -> str | None: ...
    @property
    def is_active(self) -> bool | None: ...
    @property
    def name(self) -> str: ...
    @property
    def steps(self) -> list[CreateApprovalFlowStepDto]: ...

@final
class CreateApprovalFlowStepDto:
    """Frontegg's `CreateApprovalFlowStepDto`."""

    def to_dict(self) -> CreateApprovalFlowStepDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def approver_selectors(self) -> ApproverSelectorDto: ...
    @property
    def configuration(self) -> StepConfigurationDto: ...
    @property
    def step_order(self) -> float: ...

@final
class CreateAuth0ExternalUserSourceRequestDto:
    """Frontegg's `CreateAuth0ExternalUserSourceRequestDTO`."""

    def to_dict(self) -> CreateAuth0ExternalUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str] | None: ...
    @property
    def configuration(self) -> CreateAuth0ExternalUserSourceRequestDtoConfiguration: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float: ...
    @property
    def name(self) -> str: ...

@final
class CreateAuth0ExternalUserSourceRequestDtoConfiguration:
    """Frontegg's `CreateAuth0ExternalUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> CreateAuth0ExternalUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def domain(self) -> str: ...
    @property
    def is_migrated(self) -> bool: ...
    @property
    def secret(self) -> str: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...

@final
class CreateCategoryDto:
    """Frontegg's `CreateCategoryDto`."""

    def to_dict(self) -> CreateCategoryDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def id(self) -> str | None: ...
    @property
    def name(self) -> str: ...

@final
class CreateCognitoExternalUserSourceRequestDto:
    """Frontegg's `CreateCognitoExternalUserSourceRequestDTO`."""

    def to_dict(self) -> CreateCognitoExternalUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str] | None: ...
    @property
    def configuration(self) -> CreateCognitoExternalUserSourceRequestDtoConfiguration: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float: ...
    @property
    def name(self) -> str: ...

@final
class CreateCognitoExternalUserSourceRequestDtoConfiguration:
    """Frontegg's `CreateCognitoExternalUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> CreateCognitoExternalUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_key_id(self) -> str: ...
    @property
    def client_id(self) -> str: ...
    @property
    def client_secret(self) -> str | None: ...
    @property
    def is_migrated(self) -> bool: ...
    @property
    def region(self) -> str: ...
    @property
    def secret_access_key(self) -> str: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...
    @property
    def user_pool_id(self) -> str: ...

@final
class CreateCustomCodeExternalUserSourceRequestDto:
    """Frontegg's `CreateCustomCodeExternalUserSourceRequestDTO`."""

    def to_dict(self) -> CreateCustomCodeExternalUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str] | None: ...
    @property
    def configuration(self) -> CreateCustomCodeExternalUserSourceRequestDtoConfiguration: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float: ...
    @property
    def name(self) -> str: ...

@final
class CreateCustomCodeExternalUserSourceRequestDtoConfiguration:
    """Frontegg's `CreateCustomCodeExternalUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> CreateCustomCodeExternalUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code_payload(self) -> str: ...
    @property
    def get_user_code_payload(self) -> str | None: ...
    @property
    def is_migrated(self) -> bool: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...

@final
class CreateCustomSsoRequestDto:
    """Frontegg's `CreateCustomSsoRequestDto`."""

    def to_dict(self) -> CreateCustomSsoRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def authorization_url(self) -> str: ...
    @property
    def client_id(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def redirect_url(self) -> str: ...
    @property
    def scopes(self) -> str: ...
    @property
    def secret(self) -> str: ...
    @property
    def sso_logo_url(self) -> str: ...
    @property
    def token_url(self) -> str: ...
    @property
    def type_value(self) -> str: ...
    @property
    def user_info_url(self) -> str: ...

@final
class CreateDelegationConfigurationRequestDto:
    """Frontegg's `CreateDelegationConfigurationRequestDto`."""

    def to_dict(self) -> CreateDelegationConfigurationRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def enabled(self) -> bool | None: ...

@final
class CreateFederationUserSourceRequestDto:
    """Frontegg's `CreateFederationUserSourceRequestDTO`."""

    def to_dict(self) -> CreateFederationUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str] | None: ...
    @property
    def configuration(self) -> CreateFederationUserSourceRequestDtoConfiguration: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float: ...
    @property
    def name(self) -> str: ...

@final
class CreateFederationUserSourceRequestDtoConfiguration:
    """Frontegg's `CreateFederationUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> CreateFederationUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def oauth2_config(self) -> CreateFederationUserSourceRequestDtoConfigurationOauth2Config | None: ...
    @property
    def secret(self) -> str: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...
    @property
    def wellknown_url(self) -> str | None: ...

@final
class CreateFederationUserSourceRequestDtoConfigurationOauth2Config:
    """Frontegg's `CreateFederationUserSourceRequestDtoConfigurationOauth2Config`."""

    def to_dict(self) -> CreateFederationUserSourceRequestDtoConfigurationOauth2ConfigDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def authorization_url(self) -> str: ...
    @property
    def grant_types(self) -> list[str] | None: ...
    @property
    def scopes(self) -> list[str] | None: ...
    @property
    def token_url(self) -> str: ...
    @property
    def user_info_url(self) -> str: ...

@final
class CreateFirebaseExternalUserSourceRequestDto:
    """Frontegg's `CreateFirebaseExternalUserSourceRequestDTO`."""

    def to_dict(self) -> CreateFirebaseExternalUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str] | None: ...
    @property
    def configuration(self) -> CreateFirebaseExternalUserSourceRequestDtoConfiguration: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float: ...
    @property
    def name(self) -> str: ...

@final
class CreateFirebaseExternalUserSourceRequestDtoConfiguration:
    """Frontegg's `CreateFirebaseExternalUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> CreateFirebaseExternalUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def api_key(self) -> str: ...
    @property
    def is_migrated(self) -> bool: ...
    @property
    def service_account(self) -> FirebaseServiceAccountConfig: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...

@final
class CreateGroupDto:
    """Frontegg's `CreateGroupDto`."""

    def to_dict(self) -> CreateGroupDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def color(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str: ...

@final
class CreateInviteTokenRequest:
    """Frontegg's `CreateInviteTokenRequest`."""

    def to_dict(self) -> CreateInviteTokenRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expires_in_minutes(self) -> float | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def should_send_email(self) -> bool | None: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def user_id(self) -> str | None: ...

@final
class CreateInviteTokenRequestForUser:
    """Frontegg's `CreateInviteTokenRequestForUser`."""

    def to_dict(self) -> CreateInviteTokenRequestForUserDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expires_in_minutes(self) -> float: ...
    @property
    def should_send_email(self) -> bool: ...

@final
class CreateInviteTokenRequestForUserV2:
    """Frontegg's `CreateInviteTokenRequestForUserV2`."""

    def to_dict(self) -> CreateInviteTokenRequestForUserV2Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expires_in_minutes(self) -> float: ...
    @property
    def role_ids(self) -> list[str]: ...
    @property
    def should_send_email(self) -> bool: ...

@final
class CreateJwtTemplateDto:
    """Frontegg's `CreateJwtTemplateDto`."""

    def to_dict(self) -> CreateJwtTemplateDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def algorithm(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def expiration(self) -> float: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def template_schema(self) -> CreateJwtTemplateDtoTemplateSchema: ...

@final
class CreateJwtTemplateDtoTemplateSchema:
    """Frontegg's `CreateJwtTemplateDtoTemplateSchema`."""

    def to_dict(self) -> CreateJwtTemplateDtoTemplateSchemaDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def claims(self) -> JsonValue: ...

@final
class CreateOrUpdateActivationStrategyRequest:
    """Frontegg's `CreateOrUpdateActivationStrategyRequest`."""

    def to_dict(self) -> CreateOrUpdateActivationStrategyRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code_expiration(self) -> float | None: ...
    @property
    def strategy(self) -> str: ...

@final
class CreateOrUpdateGroupConfigurationDto:
    """Frontegg's `CreateOrUpdateGroupConfigurationDto`."""

    def to_dict(self) -> CreateOrUpdateGroupConfigurationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def enabled(self) -> bool | None: ...
    @property
    def roles_enabled(self) -> bool | None: ...

@final
class CreateOrUpdateInvitationStrategyRequest:
    """Frontegg's `CreateOrUpdateInvitationStrategyRequest`."""

    def to_dict(self) -> CreateOrUpdateInvitationStrategyRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code_expiration(self) -> float | None: ...

@final
class CreateOrUpdateIpRestrictionConfigDto:
    """Frontegg's `CreateOrUpdateIpRestrictionConfigDto`."""

    def to_dict(self) -> CreateOrUpdateIpRestrictionConfigDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def is_active(self) -> bool | None: ...
    @property
    def strategy(self) -> str | None: ...

@final
class CreateOrUpdateIpRestrictionDto:
    """Frontegg's `CreateOrUpdateIpRestrictionDto`."""

    def to_dict(self) -> CreateOrUpdateIpRestrictionDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def ip(self) -> str: ...
    @property
    def is_active(self) -> bool | None: ...
    @property
    def strategy(self) -> str: ...

@final
class CreateOrUpdateMailConfigRequestDto:
    """Frontegg's `CreateOrUpdateMailConfigRequestDto`."""

    def to_dict(self) -> CreateOrUpdateMailConfigRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def secret(self) -> str: ...

@final
class CreateOrUpdateMailConfigV2Body:
    """Frontegg's `CreateOrUpdateMailConfigV2Body`."""

    def to_dict(self) -> CreateOrUpdateMailConfigV2BodyDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def payload(self) -> JsonValue | None: ...

@final
class CreateOrUpdateMfaStrategyRequest:
    """Frontegg's `CreateOrUpdateMFAStrategyRequest`."""

    def to_dict(self) -> CreateOrUpdateMfaStrategyRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def is_active(self) -> bool: ...
    @property
    def strategy(self) -> str: ...

@final
class CreateOrUpdatePasswordRotationDto:
    """Frontegg's `CreateOrUpdatePasswordRotationDto`."""

    def to_dict(self) -> CreateOrUpdatePasswordRotationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def is_active(self) -> bool | None: ...
    @property
    def notification_period(self) -> float | None: ...
    @property
    def rotation_period(self) -> float | None: ...

@final
class CreateSessionConfigurationRequest:
    """Frontegg's `CreateSessionConfigurationRequest`."""

    def to_dict(self) -> CreateSessionConfigurationRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def session_concurrent_configuration(self) -> SessionConcurrentConfigurationDto | None: ...
    @property
    def session_idle_timeout_configuration(self) -> SessionIdleTimeoutConfigurationDto | None: ...
    @property
    def session_timeout_configuration(self) -> SessionTimeoutConfigurationDto | None: ...

@final
class CreateSmsVendorConfigRequest:
    """Frontegg's `CreateSmsVendorConfigRequest`."""

    def to_dict(self) -> CreateSmsVendorConfigRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def account_id(self) -> str | None: ...
    @property
    def channel(self) -> str | None: ...
    @property
    def provider(self) -> str | None: ...
    @property
    def sender_name(self) -> str | None: ...
    @property
    def service_id(self) -> str | None: ...
    @property
    def token(self) -> str | None: ...

@final
class CreateSsoConfigurationRequestDto:
    """Frontegg's `CreateSSOConfigurationRequestDto`."""

    def to_dict(self) -> CreateSsoConfigurationRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def acs_url(self) -> str | None: ...
    @property
    def config_metadata(self) -> JsonValue | None: ...
    @property
    def enabled(self) -> bool | None: ...
    @property
    def idp_client_id(self) -> str | None: ...
    @property
    def idp_client_secret(self) -> str | None: ...
    @property
    def oidc_client_id(self) -> str | None: ...
    @property
    def oidc_secret(self) -> str | None: ...
    @property
    def override_active_tenant(self) -> bool | None: ...
    @property
    def public_certificate(self) -> str | None: ...
    @property
    def sign_request(self) -> bool | None: ...
    @property
    def sp_entity_id(self) -> str | None: ...
    @property
    def sso_endpoint(self) -> str | None: ...
    @property
    def sub_account_access_limit(self) -> float | None: ...
    @property
    def type_value(self) -> str | None: ...

@final
class CreateSsoDomainConfigurationRequest:
    """Frontegg's `CreateSSODomainConfigurationRequest`."""

    def to_dict(self) -> CreateSsoDomainConfigurationRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def allow_verified_users_to_add_domains(self) -> bool: ...
    @property
    def bypass_domain_cross_validation(self) -> bool: ...
    @property
    def skip_domain_verification(self) -> bool: ...

@final
class CreateSsoGroupRequestDto:
    """Frontegg's `CreateSSOGroupRequestDto`."""

    def to_dict(self) -> CreateSsoGroupRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def group(self) -> str: ...
    @property
    def role_ids(self) -> list[str]: ...

@final
class CreateSsoPerTenantConfigRequest:
    """Frontegg's `CreateSSOPerTenantConfigRequest`."""

    def to_dict(self) -> CreateSsoPerTenantConfigRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def unspecified_tenant_strategy(self) -> str: ...
    @property
    def use_active_tenant(self) -> bool: ...

@final
class CreateSubTenantRequest:
    """Frontegg's `CreateSubTenantRequest`."""

    def to_dict(self) -> CreateSubTenantRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def creator_email(self) -> str | None: ...
    @property
    def creator_name(self) -> str | None: ...
    @property
    def is_reseller(self) -> bool | None: ...
    @property
    def logo(self) -> str | None: ...
    @property
    def logo_url(self) -> str | None: ...
    @property
    def name(self) -> str: ...
    @property
    def parent_tenant_id(self) -> str: ...
    @property
    def status(self) -> str | None: ...
    @property
    def tenant_id(self) -> str: ...

@final
class CreateSubTenantRequestDto:
    """Frontegg's `CreateSubTenantRequestDto`."""

    def to_dict(self) -> CreateSubTenantRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def child_tenant_id(self) -> str | None: ...
    @property
    def parent_tenant_id(self) -> str | None: ...

@final
class CreateTemplateDto:
    """Frontegg's `CreateTemplateDto`."""

    def to_dict(self) -> CreateTemplateDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool | None: ...
    @property
    def from_name(self) -> str | None: ...
    @property
    def html_template(self) -> str | None: ...
    @property
    def redirect_url(self) -> str | None: ...
    @property
    def sender_email(self) -> str | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def success_redirect_url(self) -> str | None: ...
    @property
    def type_value(self) -> str: ...

@final
class CreateTenantAccessTokenRequest:
    """Frontegg's `CreateTenantAccessTokenRequest`."""

    def to_dict(self) -> CreateTenantAccessTokenRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def expires_in_minutes(self) -> float | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...

@final
class CreateTenantApiTokenDto:
    """Frontegg's `CreateTenantApiTokenDto`."""

    def to_dict(self) -> CreateTenantApiTokenDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def expires_in_minutes(self) -> float | None: ...
    @property
    def metadata(self) -> JsonValue | None: ...
    @property
    def permission_ids(self) -> list[str] | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...

@final
class CreateTenantApiTokenResponseDto:
    """Frontegg's `CreateTenantApiTokenResponseDto`."""

    def to_dict(self) -> CreateTenantApiTokenResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def created_by_user_id(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def expires(self) -> str | None: ...
    @property
    def metadata(self) -> JsonValue: ...
    @property
    def permission_ids(self) -> list[str] | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def secret(self) -> str: ...
    @property
    def tenant_id(self) -> str: ...

@final
class CreateTenantRequest:
    """Frontegg's `CreateTenantRequest`."""

    def to_dict(self) -> CreateTenantRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def address(self) -> str | None: ...
    @property
    def application_url(self) -> str | None: ...
    @property
    def creator_email(self) -> str | None: ...
    @property
    def creator_name(self) -> str | None: ...
    @property
    def currency(self) -> str | None: ...
    @property
    def is_reseller(self) -> bool | None: ...
    @property
    def logo(self) -> str | None: ...
    @property
    def logo_url(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def parent_tenant_id(self) -> str | None: ...
    @property
    def status(self) -> str | None: ...
    @property
    def tenant_id(self) -> str | None: ...
    @property
    def timezone(self) -> str | None: ...
    @property
    def website(self) -> str | None: ...

@final
class CreateUserAccessTokenRequest:
    """Frontegg's `CreateUserAccessTokenRequest`."""

    def to_dict(self) -> CreateUserAccessTokenRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def expires_in_minutes(self) -> float | None: ...

@final
class CreateUserApiTokenDto:
    """Frontegg's `CreateUserApiTokenDto`."""

    def to_dict(self) -> CreateUserApiTokenDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def expires_in_minutes(self) -> float | None: ...
    @property
    def metadata(self) -> JsonValue | None: ...

@final
class CreateUserApiTokenResponseDto:
    """Frontegg's `CreateUserApiTokenResponseDto`."""

    def to_dict(self) -> CreateUserApiTokenResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def expires(self) -> str | None: ...
    @property
    def metadata(self) -> JsonValue: ...
    @property
    def secret(self) -> str: ...

@final
class CreateUserDto:
    """Frontegg's `CreateUserDto`."""

    def to_dict(self) -> CreateUserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str | None: ...
    @property
    def email_metadata(self) -> JsonValue | None: ...
    @property
    def expiration_in_seconds(self) -> float | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...
    @property
    def provider(self) -> str | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def skip_invite_email(self) -> bool | None: ...
    @property
    def username(self) -> str | None: ...

@final
class CreateUserDtoVendorOnly:
    """Frontegg's `CreateUserDtoVendorOnly`."""

    def to_dict(self) -> CreateUserDtoVendorOnlyDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str | None: ...
    @property
    def expiration_in_seconds(self) -> float | None: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def mfa_bypass(self) -> bool | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def username(self) -> str | None: ...
    @property
    def vendor_metadata(self) -> str | None: ...

@final
class CreateUserEmailRequestDto:
    """Frontegg's `CreateUserEmailRequestDto`."""

    def to_dict(self) -> CreateUserEmailRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...

@final
class CreateUserEmailVendorRequestDto:
    """Frontegg's `CreateUserEmailVendorRequestDto`."""

    def to_dict(self) -> CreateUserEmailVendorRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...
    @property
    def is_verified(self) -> bool | None: ...

@final
class CreateUserEmailVerifyRequestDto:
    """Frontegg's `CreateUserEmailVerifyRequestDto`."""

    def to_dict(self) -> CreateUserEmailVerifyRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def email(self) -> str: ...

@final
class CreateUserEmailsPolicyRequestDto:
    """Frontegg's `CreateUserEmailsPolicyRequestDto`."""

    def to_dict(self) -> CreateUserEmailsPolicyRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def allow_email_change(self) -> bool | None: ...

@final
class CreateUserPhoneNumberRequestDto:
    """Frontegg's `CreateUserPhoneNumberRequestDto`."""

    def to_dict(self) -> CreateUserPhoneNumberRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def phone_number(self) -> str: ...
    @property
    def verify(self) -> bool | None: ...

@final
class CreateUserSourceResponse:
    """Frontegg's `CreateUserSourceResponse`."""

    def to_dict(self) -> CreateUserSourceResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str]: ...
    @property
    def description(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def index(self) -> float: ...
    @property
    def name(self) -> str: ...
    @property
    def type_value(self) -> str: ...

@final
class CreateUsernameRequestDto:
    """Frontegg's `CreateUsernameRequestDto`."""

    def to_dict(self) -> CreateUsernameRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def username(self) -> str: ...

@final
class DeleteUserToRolesResponseDto:
    """Frontegg's `DeleteUserToRolesResponseDto`."""

    def to_dict(self) -> DeleteUserToRolesResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def roles(self) -> list[IRole]: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class DisableMfaAuthAppRequest:
    """Frontegg's `DisableMFAAuthAppRequest`."""

    def to_dict(self) -> DisableMfaAuthAppRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def token(self) -> str | None: ...

@final
class DisableMfasmsRequest:
    """Frontegg's `DisableMFASMSRequest`."""

    def to_dict(self) -> DisableMfasmsRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def otc_token(self) -> str: ...

@final
class DomainRestrictionsBulkRequestRequest:
    """Frontegg's `DomainRestrictionsBulkRequestRequest`."""

    def to_dict(self) -> DomainRestrictionsBulkRequestRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def domains(self) -> list[str]: ...
    @property
    def type_value(self) -> str: ...

@final
class DomainRestrictionsConfigResponse:
    """Frontegg's `DomainRestrictionsConfigResponse`."""

    def to_dict(self) -> DomainRestrictionsConfigResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def block_public_domains(self) -> bool: ...
    @property
    def list_type(self) -> str: ...

@final
class DomainRestrictionsConfigUpdateRequest:
    """Frontegg's `DomainRestrictionsConfigUpdateRequest`."""

    def to_dict(self) -> DomainRestrictionsConfigUpdateRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def block_public_domains(self) -> bool | None: ...
    @property
    def type_value(self) -> str | None: ...

@final
class DomainRestrictionsCreateRequest:
    """Frontegg's `DomainRestrictionsCreateRequest`."""

    def to_dict(self) -> DomainRestrictionsCreateRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def domain(self) -> str: ...
    @property
    def type_value(self) -> str: ...

@final
class DomainRestrictionsResponse:
    """Frontegg's `DomainRestrictionsResponse`."""

    def to_dict(self) -> DomainRestrictionsResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def domain(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def type_value(self) -> str: ...

@final
class DomainRestrictionsResponsePage:
    """One page of `DomainRestrictionsResponse` items."""

    def to_dict(self) -> DomainRestrictionsResponsePageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[DomainRestrictionsResponse]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class EditApplicationTenantRequestV1:
    """Frontegg's `EditApplicationTenantRequestV1`."""

    def to_dict(self) -> EditApplicationTenantRequestV1Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_type(self) -> str: ...

@final
class EmailConfiguration:
    """Frontegg's `EmailConfiguration`."""

    def to_dict(self) -> EmailConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def sender(self) -> str: ...
    @property
    def token_lifetime_seconds(self) -> float: ...

@final
class EmailObjectDto:
    """Frontegg's `EmailObjectDto`."""

    def to_dict(self) -> EmailObjectDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...
    @property
    def primary(self) -> bool: ...
    @property
    def verified(self) -> bool: ...

@final
class ExcludeEmailFromSsoRequestDto:
    """Frontegg's `ExcludeEmailFromSSORequestDto`."""

    def to_dict(self) -> ExcludeEmailFromSsoRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...

@final
class ExecuteApprovalFlowDto:
    """Frontegg's `ExecuteApprovalFlowDto`."""

    def to_dict(self) -> ExecuteApprovalFlowDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def execution_data(self) -> JsonValue | None: ...
    @property
    def webhook_url(self) -> str | None: ...

@final
class ExecutionDataResponseDto:
    """Frontegg's `ExecutionDataResponseDto`."""

    def to_dict(self) -> ExecutionDataResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def approval_flow_description(self) -> str | None: ...
    @property
    def approval_flow_name(self) -> str: ...
    @property
    def approval_flow_request_date(self) -> str: ...
    @property
    def execution_data(self) -> JsonValue | None: ...
    @property
    def requester(self) -> str: ...

@final
class FirebaseServiceAccountConfig:
    """Frontegg's `FirebaseServiceAccountConfig`."""

    def to_dict(self) -> FirebaseServiceAccountConfigDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def auth_provider_x509_cert_url(self) -> str: ...
    @property
    def auth_uri(self) -> str: ...
    @property
    def client_email(self) -> str: ...
    @property
    def client_id(self) -> str: ...
    @property
    def client_x509_cert_url(self) -> str: ...
    @property
    def private_key(self) -> str: ...
    @property
    def private_key_id(self) -> str: ...
    @property
    def project_id(self) -> str: ...
    @property
    def token_uri(self) -> str: ...
    @property
    def type_value(self) -> str: ...
    @property
    def universe_domain(self) -> str: ...

@final
class FronteggPaginationLinks:
    """Frontegg's `FronteggPaginationLinks`."""

    def to_dict(self) -> FronteggPaginationLinksDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def first(self) -> str: ...
    @property
    def last(self) -> str: ...
    @property
    def next(self) -> str: ...
    @property
    def prev(self) -> str: ...

@final
class FronteggPaginationMetadata:
    """Frontegg's `FronteggPaginationMetadata`."""

    def to_dict(self) -> FronteggPaginationMetadataDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def total_items(self) -> float: ...
    @property
    def total_pages(self) -> float: ...

@final
class GenerateUserActivationLinkResponseDto:
    """Frontegg's `GenerateUserActivationLinkResponseDto`."""

    def to_dict(self) -> GenerateUserActivationLinkResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def link(self) -> str: ...
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class GenerateUserResetPasswordLinkResponseDto:
    """Frontegg's `GenerateUserResetPasswordLinkResponseDto`."""

    def to_dict(self) -> GenerateUserResetPasswordLinkResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def link(self) -> str: ...
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class GetActivateStrategyResponseDto:
    """Frontegg's `GetActivateStrategyResponseDto`."""

    def to_dict(self) -> GetActivateStrategyResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def should_set_password(self) -> bool: ...

@final
class GetAllIpRestrictionsPage:
    """One page of `GetAllIpRestrictions` items."""

    def to_dict(self) -> GetAllIpRestrictionsPageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[JsonValue]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class GetDelegationConfigurationResponseDto:
    """Frontegg's `GetDelegationConfigurationResponseDto`."""

    def to_dict(self) -> GetDelegationConfigurationResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def enabled(self) -> bool: ...

@final
class GetGroupConfigurationResponse:
    """Frontegg's `GetGroupConfigurationResponse`."""

    def to_dict(self) -> GetGroupConfigurationResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def enabled(self) -> bool: ...
    @property
    def roles_enabled(self) -> bool: ...

@final
class GetGroupsDto:
    """Frontegg's `GetGroupsDto`."""

    def to_dict(self) -> GetGroupsDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def groups_ids(self) -> list[str]: ...

@final
class GetMailConfigResponseDto:
    """Frontegg's `GetMailConfigResponseDto`."""

    def to_dict(self) -> GetMailConfigResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def extension(self) -> list[JsonValue]: ...
    @property
    def provider(self) -> str: ...
    @property
    def secret(self) -> str: ...
    @property
    def updated_at(self) -> str: ...

@final
class GetTemplateResponseDto:
    """Frontegg's `GetTemplateResponseDto`."""

    def to_dict(self) -> GetTemplateResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def from_name(self) -> str: ...
    @property
    def html_template(self) -> str: ...
    @property
    def redirect_url(self) -> str: ...
    @property
    def redirect_url_pattern(self) -> str | None: ...
    @property
    def sender_email(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def success_redirect_url(self) -> str: ...
    @property
    def success_redirect_url_pattern(self) -> str | None: ...
    @property
    def type_value(self) -> JsonValue: ...

@final
class GetTenantAccessTokensResponse:
    """Frontegg's `GetTenantAccessTokensResponse`."""

    def to_dict(self) -> GetTenantAccessTokensResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_tokens(self) -> list[TenantAccessTokenResponse]: ...

@final
class GetTenantApiTokensResponse:
    """Frontegg's `GetTenantApiTokensResponse`."""

    def to_dict(self) -> GetTenantApiTokensResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def created_by_user_id(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def expires(self) -> str: ...
    @property
    def metadata(self) -> JsonValue: ...
    @property
    def permission_ids(self) -> list[str]: ...
    @property
    def role_ids(self) -> list[str]: ...
    @property
    def tenant_id(self) -> str: ...

@final
class GetUserAccessTokensResponse:
    """Frontegg's `GetUserAccessTokensResponse`."""

    def to_dict(self) -> GetUserAccessTokensResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_tokens(self) -> list[UserAccessTokenResponse]: ...

@final
class GetUserApiTokensResponseDto:
    """Frontegg's `GetUserApiTokensResponseDto`."""

    def to_dict(self) -> GetUserApiTokensResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def expires(self) -> str | None: ...
    @property
    def metadata(self) -> JsonValue: ...

@final
class GetUserEmailsPolicyResponseDto:
    """Frontegg's `GetUserEmailsPolicyResponseDto`."""

    def to_dict(self) -> GetUserEmailsPolicyResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def allow_email_change(self) -> bool: ...

@final
class GetUserSourceExtendedResponseDto:
    """Frontegg's `GetUserSourceExtendedResponseDTO`."""

    def to_dict(self) -> GetUserSourceExtendedResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str]: ...
    @property
    def configuration(self) -> JsonValue: ...
    @property
    def description(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def index(self) -> float: ...
    @property
    def name(self) -> str: ...
    @property
    def type_value(self) -> str: ...
    @property
    def users_count(self) -> float: ...

@final
class GetUserSourceResponseDto:
    """Frontegg's `GetUserSourceResponseDTO`."""

    def to_dict(self) -> GetUserSourceResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str]: ...
    @property
    def configuration(self) -> JsonValue: ...
    @property
    def description(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def index(self) -> float: ...
    @property
    def name(self) -> str: ...
    @property
    def type_value(self) -> str: ...

@final
class GetUserSourceUsersResponseDto:
    """Frontegg's `GetUserSourceUsersResponseDTO`."""

    def to_dict(self) -> GetUserSourceUsersResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...
    @property
    def last_login(self) -> str: ...

@final
class GetUserSourceUsersResponseDtoPage:
    """One page of `GetUserSourceUsersResponseDto` items."""

    def to_dict(self) -> GetUserSourceUsersResponseDtoPageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[GetUserSourceUsersResponseDto]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class GroupResponse:
    """Frontegg's `GroupResponse`."""

    def to_dict(self) -> GroupResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def color(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def managed_by(self) -> str: ...
    @property
    def metadata(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def roles(self) -> list[RoleDto]: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def users(self) -> list[GroupUserDto]: ...

@final
class GroupResponsePage:
    """One page of `GroupResponse` items."""

    def to_dict(self) -> GroupResponsePageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[GroupResponse]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class GroupUserDto:
    """Frontegg's `GroupUserDto`."""

    def to_dict(self) -> GroupUserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def activated_for_tenant(self) -> bool: ...
    @property
    def created_at(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def profile_picture_url(self) -> str: ...

@final
class GroupsResponse:
    """Frontegg's `GroupsResponse`."""

    def to_dict(self) -> GroupsResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def groups(self) -> list[GroupResponse]: ...

@final
class IRole:
    """Frontegg's `IRole`."""

    def to_dict(self) -> IRoleDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def is_default(self) -> bool: ...
    @property
    def key(self) -> str: ...
    @property
    def level(self) -> float: ...
    @property
    def name(self) -> str: ...

@final
class IdentityConditionDto:
    """Frontegg's `IdentityConditionDto`."""

    def to_dict(self) -> IdentityConditionDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def attribute(self) -> str: ...
    @property
    def negate(self) -> bool: ...
    @property
    def op(self) -> str: ...
    @property
    def value(self) -> JsonValue: ...

@final
class IdentityRuleDto:
    """Frontegg's `IdentityRuleDto`."""

    def to_dict(self) -> IdentityRuleDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def condition_logic(self) -> str: ...
    @property
    def conditions(self) -> list[IdentityConditionDto]: ...
    @property
    def treatment(self) -> str: ...

@final
class InvitationConfigurationResponse:
    """Frontegg's `InvitationConfigurationResponse`."""

    def to_dict(self) -> InvitationConfigurationResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def emails_enabled(self) -> bool: ...
    @property
    def tenant_invitations_allowed(self) -> bool: ...

@final
class InvitationStrategyResponse:
    """Frontegg's `InvitationStrategyResponse`."""

    def to_dict(self) -> InvitationStrategyResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code_expiration(self) -> float: ...
    @property
    def strategy(self) -> str: ...

@final
class InviteTokenDto:
    """Frontegg's `InviteTokenDto`."""

    def to_dict(self) -> InviteTokenDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expires(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def should_send_email(self) -> bool: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str | None: ...
    @property
    def vendor_id(self) -> str: ...

@final
class JwtTemplateResponseDto:
    """Frontegg's `JwtTemplateResponseDto`."""

    def to_dict(self) -> JwtTemplateResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def algorithm(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def expiration(self) -> float: ...
    @property
    def id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def template_schema(self) -> JwtTemplateResponseDtoTemplateSchema: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def vendor_id(self) -> str: ...

@final
class JwtTemplateResponseDtoPage:
    """One page of `JwtTemplateResponseDto` items."""

    def to_dict(self) -> JwtTemplateResponseDtoPageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[JwtTemplateResponseDto]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class JwtTemplateResponseDtoTemplateSchema:
    """Frontegg's `JwtTemplateResponseDtoTemplateSchema`."""

    def to_dict(self) -> JwtTemplateResponseDtoTemplateSchemaDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def claims(self) -> JsonValue: ...

@final
class JwtTemplateTargetingResponseDto:
    """Frontegg's `JwtTemplateTargetingResponseDto`."""

    def to_dict(self) -> JwtTemplateTargetingResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def targeting(self) -> JsonValue: ...
    @property
    def updated_at(self) -> str: ...

@final
class LockoutPolicyRequest:
    """Frontegg's `LockoutPolicyRequest`."""

    def to_dict(self) -> LockoutPolicyRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def enabled(self) -> bool: ...
    @property
    def max_attempts(self) -> float: ...

@final
class LockoutPolicyResponse:
    """Frontegg's `LockoutPolicyResponse`."""

    def to_dict(self) -> LockoutPolicyResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def enabled(self) -> bool: ...
    @property
    def id(self) -> str: ...
    @property
    def max_attempts(self) -> float: ...
    @property
    def updated_at(self) -> str: ...

@final
class LoginRequest:
    """Frontegg's `AuthenticateUserPasswordDto`."""

    def to_dict(self) -> LoginRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str | None: ...
    @property
    def invitation_token(self) -> str | None: ...
    @property
    def password(self) -> str: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def username(self) -> str | None: ...

@final
class MarkEmailAsPrimaryRequestDto:
    """Frontegg's `MarkEmailAsPrimaryRequestDto`."""

    def to_dict(self) -> MarkEmailAsPrimaryRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...

@final
class MeAuthorizationResponseDto:
    """Frontegg's `MeAuthorizationResponseDto`."""

    def to_dict(self) -> MeAuthorizationResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def permissions(self) -> list[PermissionResponse]: ...
    @property
    def roles(self) -> list[RoleResponse]: ...

@final
class MfaAuthAppConfig:
    """Frontegg's `MfaAuthAppConfig`."""

    def to_dict(self) -> MfaAuthAppConfigDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def service_name(self) -> str: ...

@final
class MfaConfigRequest:
    """Frontegg's `MfaConfigRequest`."""

    def to_dict(self) -> MfaConfigRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def authentication_app(self) -> MfaAuthAppConfig | None: ...
    @property
    def email(self) -> MfaEmailConfig | None: ...
    @property
    def sms(self) -> MfaSmsConfig | None: ...

@final
class MfaConfigResponse:
    """Frontegg's `MfaConfigResponse`."""

    def to_dict(self) -> MfaConfigResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def authentication_app(self) -> AuthenticationAppConfiguration: ...
    @property
    def email(self) -> EmailConfiguration: ...
    @property
    def sms(self) -> SmsConfiguration: ...

@final
class MfaEmailConfig:
    """Frontegg's `MfaEmailConfig`."""

    def to_dict(self) -> MfaEmailConfigDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def sender(self) -> str: ...
    @property
    def token_lifetime_seconds(self) -> float: ...

@final
class MfaPolicyRequest:
    """Frontegg's `MfaPolicyRequest`."""

    def to_dict(self) -> MfaPolicyRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def allow_remember_my_device(self) -> bool | None: ...
    @property
    def enforce_mfa_type(self) -> str | None: ...
    @property
    def mfa_device_expiration(self) -> float | None: ...

@final
class MfaPolicyResponse:
    """Frontegg's `MfaPolicyResponse`."""

    def to_dict(self) -> MfaPolicyResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def allow_remember_my_device(self) -> bool: ...
    @property
    def created_at(self) -> str: ...
    @property
    def enforce_mfa_type(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def mfa_device_expiration(self) -> float: ...
    @property
    def updated_at(self) -> str: ...

@final
class MfaSmsConfig:
    """Frontegg's `MfaSmsConfig`."""

    def to_dict(self) -> MfaSmsConfigDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def token_lifetime_seconds(self) -> float: ...

@final
class MfaStrategiesResponse:
    """Frontegg's `MFAStrategiesResponse`."""

    def to_dict(self) -> MfaStrategiesResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def strategies(self) -> list[MfaStrategyResponse]: ...

@final
class MfaStrategyResponse:
    """Frontegg's `MFAStrategyResponse`."""

    def to_dict(self) -> MfaStrategyResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def is_active(self) -> bool: ...
    @property
    def strategy(self) -> str: ...

@final
class MigrateTenantsRequest:
    """Frontegg's `MigrateTenantsRequest`."""

    def to_dict(self) -> MigrateTenantsRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def tenants(self) -> list[str]: ...

@final
class MigrateUserRequestV1:
    """Frontegg's `MigrateUserRequestV1`."""

    def to_dict(self) -> MigrateUserRequestV1Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def authenticator_app_mfa_secret(self) -> str | None: ...
    @property
    def email(self) -> str: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def password_hash(self) -> str | None: ...
    @property
    def password_hash_config(self) -> str | None: ...
    @property
    def password_hash_type(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def phone_number_type(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...
    @property
    def provider(self) -> str | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def username(self) -> str | None: ...
    @property
    def vendor_metadata(self) -> str | None: ...
    @property
    def verify_user(self) -> bool | None: ...

@final
class MigrateUserRequestV2:
    """Frontegg's `MigrateUserRequestV2`."""

    def to_dict(self) -> MigrateUserRequestV2Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def authenticator_app_mfa_secret(self) -> str | None: ...
    @property
    def emails(self) -> list[EmailObjectDto] | None: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def password_hash(self) -> str | None: ...
    @property
    def password_hash_config(self) -> str | None: ...
    @property
    def password_hash_type(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def phone_number_type(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...
    @property
    def provider(self) -> str | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def username(self) -> str | None: ...
    @property
    def vendor_metadata(self) -> str | None: ...

@final
class MigrateUsersFromTenantToTenantRequest:
    """Frontegg's `MigrateUsersFromTenantToTenantRequest`."""

    def to_dict(self) -> MigrateUsersFromTenantToTenantRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def src_tenant_id(self) -> str: ...
    @property
    def target_tenant_id(self) -> str: ...

@final
class MigrateUsersRequestV1:
    """Frontegg's `MigrateUsersRequestV1`."""

    def to_dict(self) -> MigrateUsersRequestV1Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def users(self) -> list[MigrateUserRequestV1]: ...

@final
class MigrateUsersRequestV2:
    """Frontegg's `MigrateUsersRequestV2`."""

    def to_dict(self) -> MigrateUsersRequestV2Dict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def users(self) -> list[MigrateUserRequestV2]: ...

@final
class MigrationContext:
    """Frontegg's `MigrationContext`."""

    def to_dict(self) -> MigrationContextDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def migration_id(self) -> str: ...

@final
class OptionalTestsConfig:
    """Frontegg's `OptionalTestsConfig`."""

    def to_dict(self) -> OptionalTestsConfigDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def require_lowercase(self) -> bool | None: ...
    @property
    def require_numbers(self) -> bool | None: ...
    @property
    def require_special_chars(self) -> bool | None: ...
    @property
    def require_uppercase(self) -> bool | None: ...

@final
class PasswordConfigRequest:
    """Frontegg's `PasswordConfigRequest`."""

    def to_dict(self) -> PasswordConfigRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def allow_passphrases(self) -> bool | None: ...
    @property
    def block_pwned_passwords(self) -> bool | None: ...
    @property
    def max_length(self) -> float | None: ...
    @property
    def min_length(self) -> float | None: ...
    @property
    def min_optional_tests_to_pass(self) -> float | None: ...
    @property
    def min_phrase_length(self) -> float | None: ...
    @property
    def optional_tests(self) -> OptionalTestsConfig | None: ...
    @property
    def required_tests(self) -> RequiredTestsConfig | None: ...

@final
class PasswordConfigResponse:
    """Frontegg's `PasswordConfigResponse`."""

    def to_dict(self) -> PasswordConfigResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def allow_passphrases(self) -> bool | None: ...
    @property
    def block_pwned_passwords(self) -> bool: ...
    @property
    def max_length(self) -> float | None: ...
    @property
    def min_length(self) -> float | None: ...
    @property
    def min_optional_tests_to_pass(self) -> float | None: ...
    @property
    def min_phrase_length(self) -> float | None: ...
    @property
    def optional_tests(self) -> JsonValue | None: ...
    @property
    def required_tests(self) -> JsonValue | None: ...

@final
class PasswordHistoryPolicyRequest:
    """Frontegg's `PasswordHistoryPolicyRequest`."""

    def to_dict(self) -> PasswordHistoryPolicyRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def enabled(self) -> bool: ...
    @property
    def history_size(self) -> float: ...

@final
class PasswordHistoryPolicyResponse:
    """Frontegg's `PasswordHistoryPolicyResponse`."""

    def to_dict(self) -> PasswordHistoryPolicyResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def enabled(self) -> bool: ...
    @property
    def history_size(self) -> float: ...
    @property
    def id(self) -> str: ...
    @property
    def updated_at(self) -> str: ...

@final
class PasswordRotationConfigurationResponse:
    """Frontegg's `PasswordRotationConfigurationResponse`."""

    def to_dict(self) -> PasswordRotationConfigurationResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def is_active(self) -> bool: ...
    @property
    def notification_period(self) -> float: ...
    @property
    def rotation_period(self) -> float: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def updated_at(self) -> str: ...

@final
class PasswordlessAuthenticationPreloginDto:
    """Frontegg's `PasswordlessAuthenticationPreloginDto`."""

    def to_dict(self) -> PasswordlessAuthenticationPreloginDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str | None: ...
    @property
    def invitation_token(self) -> str | None: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def user_id(self) -> str | None: ...
    @property
    def username(self) -> str | None: ...

@final
class PasswordlessAuthenticationSmsOtcPreloginDto:
    """Frontegg's `PasswordlessAuthenticationSmsOtcPreloginDto`."""

    def to_dict(self) -> PasswordlessAuthenticationSmsOtcPreloginDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str | None: ...
    @property
    def invitation_token(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def user_id(self) -> str | None: ...
    @property
    def username(self) -> str | None: ...

@final
class PasswordlessAuthenticationSmsOtcPreloginResponseDto:
    """Frontegg's `PasswordlessAuthenticationSmsOTCPreloginResponseDto`."""

    def to_dict(self) -> PasswordlessAuthenticationSmsOtcPreloginResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def phone_number(self) -> str | None: ...
    @property
    def reset_phone_number_token(self) -> str | None: ...

@final
class PermissionCategoryResponseDto:
    """Frontegg's `PermissionCategoryResponseDto`."""

    def to_dict(self) -> PermissionCategoryResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def fe_category(self) -> bool: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...

@final
class PermissionResponse:
    """Frontegg's `PermissionResponse`."""

    def to_dict(self) -> PermissionResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def category_id(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def fe_permission(self) -> bool: ...
    @property
    def id(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def role_ids(self) -> list[str]: ...
    @property
    def updated_at(self) -> str: ...

@final
class PreVerifyUserPhoneNumberRequestDto:
    """Frontegg's `PreVerifyUserPhoneNumberRequestDto`."""

    def to_dict(self) -> PreVerifyUserPhoneNumberRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def phone_number(self) -> str: ...

@final
class RecoverMfaDto:
    """Frontegg's `RecoverMfaDto`."""

    def to_dict(self) -> RecoverMfaDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...
    @property
    def recovery_code(self) -> str: ...

@final
class RefreshApiTokenDto:
    """Frontegg's `RefreshApiTokenDto`."""

    def to_dict(self) -> RefreshApiTokenDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def refresh_token(self) -> str: ...

@final
class RegenerateApplicationClientCredentialsRequest:
    """Frontegg's `RegenerateApplicationClientCredentialsRequest`."""

    def to_dict(self) -> RegenerateApplicationClientCredentialsRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_id(self) -> str: ...

@final
class RequestEnrollAuthenticatorAppMfaResponse:
    """Frontegg's `RequestEnrollAuthenticatorAppMfaResponse`."""

    def to_dict(self) -> RequestEnrollAuthenticatorAppMfaResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def qr_code(self) -> str: ...

@final
class RequestEnrollMfaWebAuthnResponse:
    """Frontegg's `RequestEnrollMFAWebAuthnResponse`."""

    def to_dict(self) -> RequestEnrollMfaWebAuthnResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def options(self) -> JsonValue: ...

@final
class RequestEnrollMfasmsRequest:
    """Frontegg's `RequestEnrollMFASMSRequest`."""

    def to_dict(self) -> RequestEnrollMfasmsRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def phone_number(self) -> str: ...

@final
class RequiredTestsConfig:
    """Frontegg's `RequiredTestsConfig`."""

    def to_dict(self) -> RequiredTestsConfigDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def check_three_repeated_chars(self) -> bool | None: ...

@final
class ResetActivationTokenDto:
    """Frontegg's `ResetActivationTokenDto`."""

    def to_dict(self) -> ResetActivationTokenDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...
    @property
    def email_metadata(self) -> JsonValue: ...

@final
class ResetPasswordDto:
    """Frontegg's `ResetPasswordDto`."""

    def to_dict(self) -> ResetPasswordDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email_metadata(self) -> JsonValue | None: ...
    @property
    def identifier(self) -> str: ...
    @property
    def identifier_type(self) -> str: ...

@final
class ResetPasswordViaSmsResponseDto:
    """Frontegg's `ResetPasswordViaSmsResponseDto`."""

    def to_dict(self) -> ResetPasswordViaSmsResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def session_id(self) -> str: ...

@final
class ResetTenantInvitationDto:
    """Frontegg's `ResetTenantInvitationDto`."""

    def to_dict(self) -> ResetTenantInvitationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...

@final
class RoleDto:
    """Frontegg's `RoleDto`."""

    def to_dict(self) -> RoleDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def first_user_role(self) -> bool: ...
    @property
    def id(self) -> str: ...
    @property
    def is_default(self) -> bool: ...
    @property
    def key(self) -> str: ...
    @property
    def level(self) -> float: ...
    @property
    def name(self) -> str: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def vendor_id(self) -> str: ...

@final
class RoleResponse:
    """Frontegg's `RoleResponse`."""

    def to_dict(self) -> RoleResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def first_user_role(self) -> bool: ...
    @property
    def id(self) -> str: ...
    @property
    def is_default(self) -> bool: ...
    @property
    def key(self) -> str: ...
    @property
    def level(self) -> float: ...
    @property
    def name(self) -> str: ...
    @property
    def permissions(self) -> list[str]: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def vendor_id(self) -> str: ...

@final
class RoleResponsePage:
    """One page of `RoleResponse` items."""

    def to_dict(self) -> RoleResponsePageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[RoleResponse]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class Scim2ConnectionConfigResponse:
    """Frontegg's `Scim2ConnectionConfigResponse`."""

    def to_dict(self) -> Scim2ConnectionConfigResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def connection_name(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def last_sync(self) -> str | None: ...
    @property
    def source(self) -> str: ...
    @property
    def sync_to_user_management(self) -> bool: ...
    @property
    def tenant_id(self) -> str: ...

@final
class Scim2CreateConnectionConfigRequest:
    """Frontegg's `Scim2CreateConnectionConfigRequest`."""

    def to_dict(self) -> Scim2CreateConnectionConfigRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def connection_name(self) -> str | None: ...
    @property
    def source(self) -> str: ...
    @property
    def sync_to_user_management(self) -> bool | None: ...

@final
class Scim2CreateConnectionConfigResponse:
    """Frontegg's `Scim2CreateConnectionConfigResponse`."""

    def to_dict(self) -> Scim2CreateConnectionConfigResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def connection_name(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def token(self) -> str: ...

@final
class Scim2PatchConnectionConfigRequest:
    """Frontegg's `Scim2PatchConnectionConfigRequest`."""

    def to_dict(self) -> Scim2PatchConnectionConfigRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def sync_to_user_management(self) -> bool: ...

@final
class SelfEmailUpdateRequestDto:
    """Frontegg's `SelfEmailUpdateRequestDto`."""

    def to_dict(self) -> SelfEmailUpdateRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...

@final
class SelfEmailUpdateVerifyRequestDto:
    """Frontegg's `SelfEmailUpdateVerifyRequestDto`."""

    def to_dict(self) -> SelfEmailUpdateVerifyRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def email(self) -> str: ...

@final
class SessionConcurrentConfigurationDto:
    """Frontegg's `SessionConcurrentConfigurationDto`."""

    def to_dict(self) -> SessionConcurrentConfigurationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def is_active(self) -> bool: ...
    @property
    def max_sessions(self) -> float: ...

@final
class SessionIdleTimeoutConfigurationDto:
    """Frontegg's `SessionIdleTimeoutConfigurationDto`."""

    def to_dict(self) -> SessionIdleTimeoutConfigurationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def is_active(self) -> bool: ...
    @property
    def timeout(self) -> float: ...

@final
class SessionTimeoutConfigurationDto:
    """Frontegg's `SessionTimeoutConfigurationDto`."""

    def to_dict(self) -> SessionTimeoutConfigurationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def is_active(self) -> bool: ...
    @property
    def timeout(self) -> float: ...

@final
class SetSsoDefaultRoles:
    """Frontegg's `SetSSODefaultRoles`."""

    def to_dict(self) -> SetSsoDefaultRolesDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def role_ids(self) -> list[str]: ...

@final
class SignUpRequest:
    """Frontegg's `SignUpUserEmailDto`."""

    def to_dict(self) -> SignUpRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def company_name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def email_metadata(self) -> JsonValue | None: ...
    @property
    def invitation_token(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...
    @property
    def provider(self) -> str: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def skip_invite_email(self) -> bool | None: ...
    @property
    def username(self) -> str | None: ...

@final
class SignUpResponse:
    """Frontegg's `SignUpResponseDto`."""

    def to_dict(self) -> SignUpResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def activation_token(self) -> str | None: ...
    @property
    def auth_response(self) -> AuthResponse | None: ...
    @property
    def should_activate(self) -> bool | None: ...
    @property
    def tenant_id(self) -> str | None: ...
    @property
    def user_id(self) -> str | None: ...

@final
class SignUpUserUsernameDto:
    """Frontegg's `SignUpUserUsernameDto`."""

    def to_dict(self) -> SignUpUserUsernameDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def company_name(self) -> str: ...
    @property
    def email(self) -> str | None: ...
    @property
    def email_metadata(self) -> JsonValue | None: ...
    @property
    def invitation_token(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...
    @property
    def provider(self) -> str: ...
    @property
    def recaptcha_token(self) -> str | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def skip_invite_email(self) -> bool | None: ...
    @property
    def username(self) -> str: ...

@final
class SmsConfiguration:
    """Frontegg's `SmsConfiguration`."""

    def to_dict(self) -> SmsConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool: ...
    @property
    def token_lifetime_seconds(self) -> float: ...

@final
class StepConfigurationDto:
    """Frontegg's `StepConfigurationDto`."""

    def to_dict(self) -> StepConfigurationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def min_approvals(self) -> float: ...

@final
class StepConfigurationResponseDto:
    """Frontegg's `StepConfigurationResponseDto`."""

    def to_dict(self) -> StepConfigurationResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def min_approvals(self) -> float | None: ...

@final
class SwitchApplicationActiveUserTenantDto:
    """Frontegg's `SwitchApplicationActiveUserTenantDto`."""

    def to_dict(self) -> SwitchApplicationActiveUserTenantDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def application_id(self) -> str: ...
    @property
    def tenant_id(self) -> str: ...

@final
class SwitchApplicationActiveUserTenantsRequestDto:
    """Frontegg's `SwitchApplicationActiveUserTenantsRequestDto`."""

    def to_dict(self) -> SwitchApplicationActiveUserTenantsRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active_application_tenants(self) -> list[SwitchApplicationActiveUserTenantDto]: ...

@final
class TemporaryUserDto:
    """Frontegg's `TemporaryUserDto`."""

    def to_dict(self) -> TemporaryUserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expiration_in_seconds(self) -> float: ...

@final
class TemporaryUsersConfigurationDto:
    """Frontegg's `TemporaryUsersConfigurationDto`."""

    def to_dict(self) -> TemporaryUsersConfigurationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def enabled(self) -> bool: ...

@final
class TenantAccessTokenResponse:
    """Frontegg's `TenantAccessTokenResponse`."""

    def to_dict(self) -> TenantAccessTokenResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def created_by_user_id(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def expires(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def role_ids(self) -> list[str]: ...
    @property
    def secret(self) -> str | None: ...

@final
class TenantStatus:
    """Frontegg's `TenantStatus`."""

    def to_dict(self) -> TenantStatusDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def status(self) -> str: ...
    @property
    def tenant_id(self) -> str: ...

@final
class UnassignApplicationsFromUserSourceRequestDto:
    """Frontegg's `UnassignApplicationsFromUserSourceRequestDTO`."""

    def to_dict(self) -> UnassignApplicationsFromUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_ids(self) -> list[str]: ...
    @property
    def user_source_id(self) -> str: ...

@final
class UnassignUserFromRolesDto:
    """Frontegg's `UnassignUserFromRolesDto`."""

    def to_dict(self) -> UnassignUserFromRolesDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def role_ids(self) -> list[str]: ...

@final
class UnassignUsersFromAppRequestDto:
    """Frontegg's `UnassignUsersFromAppRequestDto`."""

    def to_dict(self) -> UnassignUsersFromAppRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def app_id(self) -> str: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def user_ids(self) -> list[str]: ...

@final
class UnlockUserRequestDto:
    """Frontegg's `UnlockUserRequestDto`."""

    def to_dict(self) -> UnlockUserRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def token(self) -> str: ...

@final
class UpdateApiTokenDto:
    """Frontegg's `UpdateApiTokenDto`."""

    def to_dict(self) -> UpdateApiTokenDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def metadata(self) -> JsonValue | None: ...
    @property
    def permission_ids(self) -> list[str] | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...

@final
class UpdateApplicationClientRequestDto:
    """Frontegg's `UpdateApplicationClientRequestDto`."""

    def to_dict(self) -> UpdateApplicationClientRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_name(self) -> str | None: ...
    @property
    def external_metadata(self) -> JsonValue | None: ...
    @property
    def redirect_ur_ls(self) -> list[str] | None: ...

@final
class UpdateApplicationRequest:
    """Frontegg's `UpdateApplicationRequest`."""

    def to_dict(self) -> UpdateApplicationRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_type(self) -> str | None: ...
    @property
    def allow_dcr(self) -> bool | None: ...
    @property
    def app_host(self) -> str | None: ...
    @property
    def app_url(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def frontend_stack(self) -> str | None: ...
    @property
    def is_active(self) -> bool | None: ...
    @property
    def is_default(self) -> bool | None: ...
    @property
    def login_url(self) -> str | None: ...
    @property
    def logo_url(self) -> str | None: ...
    @property
    def metadata(self) -> JsonValue | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def type_value(self) -> str | None: ...

@final
class UpdateApprovalFlowDto:
    """Frontegg's `UpdateApprovalFlowDto`."""

    def to_dict(self) -> UpdateApprovalFlowDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def channels(self) -> ApprovalFlowChannelDto | None: ...
    @property
    def configuration(self) -> ApprovalFlowConfigurationDto | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def is_active(self) -> bool | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def steps(self) -> list[CreateApprovalFlowStepDto] | None: ...

@final
class UpdateCategoryDto:
    """Frontegg's `UpdateCategoryDto`."""

    def to_dict(self) -> UpdateCategoryDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateCustomSsoRequestDto:
    """Frontegg's `UpdateCustomSsoRequestDto`."""

    def to_dict(self) -> UpdateCustomSsoRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def active(self) -> bool | None: ...
    @property
    def authorization_url(self) -> str | None: ...
    @property
    def client_id(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def redirect_url(self) -> str | None: ...
    @property
    def scopes(self) -> str | None: ...
    @property
    def secret(self) -> str | None: ...
    @property
    def sso_logo_url(self) -> str | None: ...
    @property
    def token_url(self) -> str | None: ...
    @property
    def type_value(self) -> str | None: ...
    @property
    def user_info_url(self) -> str | None: ...

@final
class UpdateExternalAuth0UserSourceRequestDto:
    """Frontegg's `UpdateExternalAuth0UserSourceRequestDTO`."""

    def to_dict(self) -> UpdateExternalAuth0UserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def configuration(self) -> UpdateExternalAuth0UserSourceRequestDtoConfiguration | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateExternalAuth0UserSourceRequestDtoConfiguration:
    """Frontegg's `UpdateExternalAuth0UserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> UpdateExternalAuth0UserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def domain(self) -> str: ...
    @property
    def is_migrated(self) -> bool: ...
    @property
    def secret(self) -> str: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...

@final
class UpdateExternalCognitoUserSourceRequestDto:
    """Frontegg's `UpdateExternalCognitoUserSourceRequestDTO`."""

    def to_dict(self) -> UpdateExternalCognitoUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def configuration(self) -> UpdateExternalCognitoUserSourceRequestDtoConfiguration | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateExternalCognitoUserSourceRequestDtoConfiguration:
    """Frontegg's `UpdateExternalCognitoUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> UpdateExternalCognitoUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def access_key_id(self) -> str: ...
    @property
    def client_id(self) -> str: ...
    @property
    def client_secret(self) -> str | None: ...
    @property
    def is_migrated(self) -> bool: ...
    @property
    def region(self) -> str: ...
    @property
    def secret_access_key(self) -> str: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...
    @property
    def user_pool_id(self) -> str: ...

@final
class UpdateExternalCustomCodeUserSourceRequestDto:
    """Frontegg's `UpdateExternalCustomCodeUserSourceRequestDTO`."""

    def to_dict(self) -> UpdateExternalCustomCodeUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def configuration(self) -> UpdateExternalCustomCodeUserSourceRequestDtoConfiguration | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateExternalCustomCodeUserSourceRequestDtoConfiguration:
    """Frontegg's `UpdateExternalCustomCodeUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> UpdateExternalCustomCodeUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code_payload(self) -> str: ...
    @property
    def get_user_code_payload(self) -> str | None: ...
    @property
    def is_migrated(self) -> bool: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...

@final
class UpdateExternalFirebaseUserSourceRequestDto:
    """Frontegg's `UpdateExternalFirebaseUserSourceRequestDTO`."""

    def to_dict(self) -> UpdateExternalFirebaseUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def configuration(self) -> UpdateExternalFirebaseUserSourceRequestDtoConfiguration | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateExternalFirebaseUserSourceRequestDtoConfiguration:
    """Frontegg's `UpdateExternalFirebaseUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> UpdateExternalFirebaseUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def api_key(self) -> str: ...
    @property
    def is_migrated(self) -> bool: ...
    @property
    def service_account(self) -> FirebaseServiceAccountConfig: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...

@final
class UpdateFederationUserSourceRequestDto:
    """Frontegg's `UpdateFederationUserSourceRequestDTO`."""

    def to_dict(self) -> UpdateFederationUserSourceRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def configuration(self) -> UpdateFederationUserSourceRequestDtoConfiguration | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def index(self) -> float | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateFederationUserSourceRequestDtoConfiguration:
    """Frontegg's `UpdateFederationUserSourceRequestDtoConfiguration`."""

    def to_dict(self) -> UpdateFederationUserSourceRequestDtoConfigurationDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def oauth2_config(self) -> UpdateFederationUserSourceRequestDtoConfigurationOauth2Config | None: ...
    @property
    def secret(self) -> str: ...
    @property
    def sync_on_login(self) -> bool: ...
    @property
    def tenant_config(self) -> JsonValue: ...
    @property
    def wellknown_url(self) -> str | None: ...

@final
class UpdateFederationUserSourceRequestDtoConfigurationOauth2Config:
    """Frontegg's `UpdateFederationUserSourceRequestDtoConfigurationOauth2Config`."""

    def to_dict(self) -> UpdateFederationUserSourceRequestDtoConfigurationOauth2ConfigDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def authorization_url(self) -> str: ...
    @property
    def grant_types(self) -> list[str] | None: ...
    @property
    def scopes(self) -> list[str] | None: ...
    @property
    def token_url(self) -> str: ...
    @property
    def user_info_url(self) -> str: ...

@final
class UpdateGroupDto:
    """Frontegg's `UpdateGroupDto`."""

    def to_dict(self) -> UpdateGroupDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def color(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateInviteTokenRequest:
    """Frontegg's `UpdateInviteTokenRequest`."""

    def to_dict(self) -> UpdateInviteTokenRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expires_in_minutes(self) -> float | None: ...
    @property
    def should_send_email(self) -> bool | None: ...

@final
class UpdateJwtTemplateDto:
    """Frontegg's `UpdateJwtTemplateDto`."""

    def to_dict(self) -> UpdateJwtTemplateDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def algorithm(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def expiration(self) -> float | None: ...
    @property
    def key(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def template_schema(self) -> UpdateJwtTemplateDtoTemplateSchema | None: ...

@final
class UpdateJwtTemplateDtoTemplateSchema:
    """Frontegg's `UpdateJwtTemplateDtoTemplateSchema`."""

    def to_dict(self) -> UpdateJwtTemplateDtoTemplateSchemaDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def claims(self) -> JsonValue: ...

@final
class UpdateJwtTemplateTargetingRequestDto:
    """Frontegg's `UpdateJwtTemplateTargetingRequestDto`."""

    def to_dict(self) -> UpdateJwtTemplateTargetingRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def rules(self) -> list[IdentityRuleDto] | None: ...

@final
class UpdatePermissionRequest:
    """Frontegg's `UpdatePermissionRequest`."""

    def to_dict(self) -> UpdatePermissionRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def category_id(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def key(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateRoleRequest:
    """Frontegg's `UpdateRoleRequest`."""

    def to_dict(self) -> UpdateRoleRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def description(self) -> str | None: ...
    @property
    def first_user_role(self) -> bool | None: ...
    @property
    def is_default(self) -> bool | None: ...
    @property
    def key(self) -> str | None: ...
    @property
    def level(self) -> float | None: ...
    @property
    def migrate_role(self) -> bool | None: ...
    @property
    def name(self) -> str | None: ...

@final
class UpdateRoleTenantRequest:
    """Frontegg's `UpdateRoleTenantRequest`."""

    def to_dict(self) -> UpdateRoleTenantRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def tenant_id(self) -> str | None: ...

@final
class UpdateRolesOnGroupDto:
    """Frontegg's `UpdateRolesOnGroupDto`."""

    def to_dict(self) -> UpdateRolesOnGroupDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def role_ids(self) -> list[str]: ...

@final
class UpdateSsoConfigurationByMetadataRequestDto:
    """Frontegg's `UpdateSSOConfigurationByMetadataRequestDto`."""

    def to_dict(self) -> UpdateSsoConfigurationByMetadataRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def metadata(self) -> str: ...

@final
class UpdateSsoGroupRequestDto:
    """Frontegg's `UpdateSSOGroupRequestDto`."""

    def to_dict(self) -> UpdateSsoGroupRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def group(self) -> str: ...
    @property
    def role_ids(self) -> list[str]: ...

@final
class UpdateSubAccountAccessRequestDto:
    """Frontegg's `UpdateSubAccountAccessRequestDto`."""

    def to_dict(self) -> UpdateSubAccountAccessRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def allow_access(self) -> bool: ...

@final
class UpdateTenantApiTokenResponseDto:
    """Frontegg's `UpdateTenantApiTokenResponseDto`."""

    def to_dict(self) -> UpdateTenantApiTokenResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def created_by_user_id(self) -> str | None: ...
    @property
    def description(self) -> str | None: ...
    @property
    def expires(self) -> str | None: ...
    @property
    def metadata(self) -> JsonValue: ...
    @property
    def permission_ids(self) -> list[str] | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def tenant_id(self) -> str: ...

@final
class UpdateUserDto:
    """Frontegg's `UpdateUserDto`."""

    def to_dict(self) -> UpdateUserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...

@final
class UpdateUserEmailDto:
    """Frontegg's `UpdateUserEmailDto`."""

    def to_dict(self) -> UpdateUserEmailDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...

@final
class UpdateUserInvisibleDto:
    """Frontegg's `UpdateUserInvisibleDto`."""

    def to_dict(self) -> UpdateUserInvisibleDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def invisible(self) -> bool: ...

@final
class UpdateUserPasswordDto:
    """Frontegg's `UpdateUserPasswordDto`."""

    def to_dict(self) -> UpdateUserPasswordDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def new_password(self) -> str: ...
    @property
    def password(self) -> str: ...

@final
class UpdateUserSuperuserDto:
    """Frontegg's `UpdateUserSuperuserDto`."""

    def to_dict(self) -> UpdateUserSuperuserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def super_user(self) -> bool: ...

@final
class UpdateUserTenantDto:
    """Frontegg's `UpdateUserTenantDto`."""

    def to_dict(self) -> UpdateUserTenantDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def tenant_id(self) -> str: ...

@final
class UpdateUserTenantWithValidationDto:
    """Frontegg's `UpdateUserTenantWithValidationDto`."""

    def to_dict(self) -> UpdateUserTenantWithValidationDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def tenant_id(self) -> str: ...
    @property
    def validate_tenant_exist(self) -> bool | None: ...

@final
class UpdateUsersOnGroupDto:
    """Frontegg's `UpdateUsersOnGroupDto`."""

    def to_dict(self) -> UpdateUsersOnGroupDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def user_ids(self) -> list[str]: ...

@final
class UpdateVendorUserDto:
    """Frontegg's `UpdateVendorUserDto`."""

    def to_dict(self) -> UpdateVendorUserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def external_id(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def mfa_bypass(self) -> bool | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...
    @property
    def vendor_metadata(self) -> str | None: ...

@final
class UserAccessTokenResponse:
    """Frontegg's `UserAccessTokenResponse`."""

    def to_dict(self) -> UserAccessTokenResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def description(self) -> str | None: ...
    @property
    def expires(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def secret(self) -> str | None: ...

@final
class UserApplicationActiveTenantResponse:
    """Frontegg's `UserApplicationActiveTenantResponse`."""

    def to_dict(self) -> UserApplicationActiveTenantResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def application_id(self) -> str: ...
    @property
    def tenant_id(self) -> str: ...

@final
class UserApplicationActiveTenantsResponseDto:
    """Frontegg's `UserApplicationActiveTenantsResponseDto`."""

    def to_dict(self) -> UserApplicationActiveTenantsResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def application_active_tenants(self) -> list[UserApplicationActiveTenantResponse]: ...

@final
class UserBulkInviteRequestDto:
    """Frontegg's `UserBulkInviteRequestDto`."""

    def to_dict(self) -> UserBulkInviteRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str | None: ...
    @property
    def email_metadata(self) -> JsonValue | None: ...
    @property
    def expiration_in_seconds(self) -> float | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def password(self) -> str | None: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...
    @property
    def provider(self) -> str | None: ...
    @property
    def role_ids(self) -> list[str] | None: ...
    @property
    def skip_invite_email(self) -> bool | None: ...
    @property
    def username(self) -> str | None: ...
    @property
    def verified(self) -> bool | None: ...

@final
class UserCreatedResponse:
    """Frontegg's `UserCreatedResponse`."""

    def to_dict(self) -> UserCreatedResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def activated_for_tenant(self) -> bool | None: ...
    @property
    def created_at(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def id(self) -> str | None: ...
    @property
    def last_login(self) -> str | None: ...
    @property
    def metadata(self) -> str | None: ...
    @property
    def name(self) -> str | None: ...
    @property
    def permissions(self) -> list[str] | None: ...
    @property
    def profile_picture_url(self) -> str | None: ...
    @property
    def roles(self) -> list[str] | None: ...
    @property
    def temporary_expiration_date(self) -> str | None: ...
    @property
    def verified(self) -> bool | None: ...

@final
class UserDto:
    """Frontegg's `UserDto`."""

    def to_dict(self) -> UserDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def activated_for_tenant(self) -> bool | None: ...
    @property
    def created_at(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def groups(self) -> list[JsonValue] | None: ...
    @property
    def id(self) -> str: ...
    @property
    def invisible(self) -> bool | None: ...
    @property
    def is_locked(self) -> bool | None: ...
    @property
    def last_login(self) -> str: ...
    @property
    def managed_by(self) -> str | None: ...
    @property
    def metadata(self) -> str: ...
    @property
    def mfa_bypass(self) -> bool | None: ...
    @property
    def mfa_enrolled(self) -> bool: ...
    @property
    def name(self) -> str: ...
    @property
    def permissions(self) -> list[PermissionResponse]: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str: ...
    @property
    def provider(self) -> str: ...
    @property
    def roles(self) -> list[RoleResponse]: ...
    @property
    def sub(self) -> str: ...
    @property
    def sub_account_access_allowed(self) -> bool: ...
    @property
    def super_user(self) -> bool | None: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def tenant_ids(self) -> list[str]: ...
    @property
    def tenants(self) -> list[UserTenantDto]: ...
    @property
    def vendor_metadata(self) -> str: ...
    @property
    def verified(self) -> bool: ...

@final
class UserEmailResponseDto:
    """Frontegg's `UserEmailResponseDto`."""

    def to_dict(self) -> UserEmailResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def is_primary(self) -> bool: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def user_id(self) -> str: ...
    @property
    def verified(self) -> bool: ...

@final
class UserEmailResponseDtoPage:
    """One page of `UserEmailResponseDto` items."""

    def to_dict(self) -> UserEmailResponseDtoPageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[UserEmailResponseDto]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class UserMfaAuthenticatorAppResponse:
    """Frontegg's `UserMFAAuthenticatorAppResponse`."""

    def to_dict(self) -> UserMfaAuthenticatorAppResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def id(self) -> str: ...

@final
class UserMfaDevicesResponse:
    """Frontegg's `UserMFADevicesResponse`."""

    def to_dict(self) -> UserMfaDevicesResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def authenticators(self) -> list[UserMfaAuthenticatorAppResponse]: ...
    @property
    def emails(self) -> list[UserMfaEmailCodeResponse]: ...
    @property
    def phones(self) -> list[UserMfaPhoneDeviceResponse]: ...
    @property
    def webauthn(self) -> list[UserMfaWebAuthnDeviceResponse]: ...

@final
class UserMfaEmailCodeResponse:
    """Frontegg's `UserMFAEmailCodeResponse`."""

    def to_dict(self) -> UserMfaEmailCodeResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...

@final
class UserMfaPhoneDeviceResponse:
    """Frontegg's `UserMFAPhoneDeviceResponse`."""

    def to_dict(self) -> UserMfaPhoneDeviceResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def id(self) -> str: ...
    @property
    def phone_number(self) -> str: ...

@final
class UserMfaWebAuthnDeviceResponse:
    """Frontegg's `UserMFAWebAuthnDeviceResponse`."""

    def to_dict(self) -> UserMfaWebAuthnDeviceResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def device_type(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...

@final
class UserPhoneNumberResponseDto:
    """Frontegg's `UserPhoneNumberResponseDto`."""

    def to_dict(self) -> UserPhoneNumberResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def created_at(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def phone_number(self) -> str: ...
    @property
    def updated_at(self) -> str: ...
    @property
    def user_id(self) -> str: ...
    @property
    def verified(self) -> bool: ...

@final
class UserPhoneNumberResponseDtoPage:
    """One page of `UserPhoneNumberResponseDto` items."""

    def to_dict(self) -> UserPhoneNumberResponseDtoPageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[UserPhoneNumberResponseDto]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class UserTenantDataDto:
    """Frontegg's `UserTenantDataDto`."""

    def to_dict(self) -> UserTenantDataDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def name(self) -> str: ...
    @property
    def tenant_id(self) -> str: ...

@final
class UserTenantDto:
    """Frontegg's `UserTenantDto`."""

    def to_dict(self) -> UserTenantDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def is_disabled(self) -> bool | None: ...
    @property
    def roles(self) -> list[RoleResponse]: ...
    @property
    def temporary_expiration_date(self) -> str | None: ...
    @property
    def tenant_id(self) -> str: ...

@final
class UserTenantStatusesResponse:
    """Frontegg's `UserTenantStatusesResponse`."""

    def to_dict(self) -> UserTenantStatusesResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def tenants_statuses(self) -> list[TenantStatus]: ...
    @property
    def user_id(self) -> str: ...

@final
class UserV3Dto:
    """Frontegg's `UserV3Dto`."""

    def to_dict(self) -> UserV3DtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def activated_for_tenant(self) -> bool | None: ...
    @property
    def created_at(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def invisible(self) -> bool | None: ...
    @property
    def is_locked(self) -> bool | None: ...
    @property
    def last_login(self) -> str: ...
    @property
    def managed_by(self) -> str | None: ...
    @property
    def metadata(self) -> str: ...
    @property
    def mfa_bypass(self) -> bool | None: ...
    @property
    def mfa_enrolled(self) -> bool: ...
    @property
    def name(self) -> str: ...
    @property
    def phone_number(self) -> str | None: ...
    @property
    def profile_picture_url(self) -> str: ...
    @property
    def provider(self) -> str: ...
    @property
    def sub(self) -> str: ...
    @property
    def sub_account_access_allowed(self) -> bool: ...
    @property
    def super_user(self) -> bool | None: ...
    @property
    def tenant_id(self) -> str: ...
    @property
    def tenant_ids(self) -> list[str]: ...
    @property
    def tenants(self) -> list[UserTenantDto]: ...
    @property
    def vendor_metadata(self) -> str: ...
    @property
    def verified(self) -> bool: ...

@final
class UserV3DtoPage:
    """One page of `UserV3Dto` items."""

    def to_dict(self) -> UserV3DtoPageDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def items(self) -> list[UserV3Dto]: ...
    @property
    def links(self) -> FronteggPaginationLinks | None: ...
    @property
    def metadata(self) -> FronteggPaginationMetadata | None: ...

@final
class UsernameResponseDto:
    """Frontegg's `UsernameResponseDto`."""

    def to_dict(self) -> UsernameResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def user_id(self) -> str: ...
    @property
    def username(self) -> str: ...

@final
class UsersBulkInviteRequestDto:
    """Frontegg's `UsersBulkInviteRequestDto`."""

    def to_dict(self) -> UsersBulkInviteRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def users(self) -> list[UserBulkInviteRequestDto]: ...

@final
class ValidateUserPasswordRequest:
    """Frontegg's `ValidateUserPasswordRequest`."""

    def to_dict(self) -> ValidateUserPasswordRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def email(self) -> str: ...
    @property
    def password(self) -> str: ...

@final
class VendorAuthenticationRequest:
    """Frontegg's `VendorAuthenticationRequest`."""

    def to_dict(self) -> VendorAuthenticationRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def client_id(self) -> str: ...
    @property
    def secret(self) -> str: ...

@final
class VendorConfigBasicResponse:
    """Frontegg's `VendorConfigBasicResponse`."""

    def to_dict(self) -> VendorConfigBasicResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def force_permissions(self) -> bool: ...
    @property
    def machine_to_machine_auth_strategy(self) -> str: ...

@final
class VendorConfigRequest:
    """Frontegg's `VendorConfigRequest`."""

    def to_dict(self) -> VendorConfigRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def add_permissions_to_jwt(self) -> bool | None: ...
    @property
    def add_roles_to_jwt(self) -> bool | None: ...
    @property
    def add_saml_attributes_to_jwt(self) -> bool | None: ...
    @property
    def allow_custom_login_tenant_switch(self) -> bool | None: ...
    @property
    def allow_not_verified_users_login(self) -> bool | None: ...
    @property
    def allow_override_enforce_password_history(self) -> bool | None: ...
    @property
    def allow_override_password_complexity(self) -> bool | None: ...
    @property
    def allow_override_password_expiration(self) -> bool | None: ...
    @property
    def allow_signups(self) -> bool | None: ...
    @property
    def allow_tenant_invitations(self) -> bool | None: ...
    @property
    def api_tokens_enabled(self) -> bool | None: ...
    @property
    def auth_strategy(self) -> str | None: ...
    @property
    def cookie_same_site(self) -> str | None: ...
    @property
    def default_passwordless_token_expiration(self) -> float | None: ...
    @property
    def default_refresh_token_expiration(self) -> float | None: ...
    @property
    def default_token_expiration(self) -> float | None: ...
    @property
    def force_permissions(self) -> bool | None: ...
    @property
    def force_same_device_on_auth(self) -> bool | None: ...
    @property
    def jwt_algorithm(self) -> str | None: ...
    @property
    def machine_to_machine_auth_strategy(self) -> str | None: ...
    @property
    def rotate_refresh_tokens(self) -> bool | None: ...
    @property
    def skip_tenant_validation(self) -> bool | None: ...

@final
class VendorConfigResponse:
    """Frontegg's `VendorConfigResponse`."""

    def to_dict(self) -> VendorConfigResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def add_permissions_to_jwt(self) -> bool: ...
    @property
    def add_roles_to_jwt(self) -> bool: ...
    @property
    def add_saml_attributes_to_jwt(self) -> bool: ...
    @property
    def allow_custom_login_tenant_switch(self) -> bool: ...
    @property
    def allow_not_verified_users_login(self) -> bool: ...
    @property
    def allow_override_enforce_password_history(self) -> bool: ...
    @property
    def allow_override_password_complexity(self) -> bool: ...
    @property
    def allow_override_password_expiration(self) -> bool: ...
    @property
    def allow_signups(self) -> bool: ...
    @property
    def allow_tenant_invitations(self) -> bool: ...
    @property
    def api_tokens_enabled(self) -> bool: ...
    @property
    def auth_strategy(self) -> str: ...
    @property
    def cookie_same_site(self) -> str: ...
    @property
    def default_passwordless_token_expiration(self) -> float: ...
    @property
    def default_refresh_token_expiration(self) -> float: ...
    @property
    def default_token_expiration(self) -> float: ...
    @property
    def force_permissions(self) -> bool: ...
    @property
    def force_same_device_on_auth(self) -> bool: ...
    @property
    def id(self) -> str: ...
    @property
    def jwt_algorithm(self) -> str: ...
    @property
    def jwt_secret(self) -> str: ...
    @property
    def machine_to_machine_auth_strategy(self) -> str: ...
    @property
    def public_key(self) -> str: ...
    @property
    def refresh_tokens_rotation_limit(self) -> float: ...
    @property
    def rotate_refresh_tokens(self) -> bool: ...

@final
class VendorToken:
    """Frontegg's `VendorAuthenticationResponse`."""

    def to_dict(self) -> VendorTokenDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def expires_in(self) -> float | None: ...
    @property
    def token(self) -> str | None: ...

@final
class VerifyEnrollMfaAuthAppRequest:
    """Frontegg's `VerifyEnrollMFAAuthAppRequest`."""

    def to_dict(self) -> VerifyEnrollMfaAuthAppRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def mfa_token(self) -> str: ...
    @property
    def remember_device(self) -> bool | None: ...
    @property
    def token(self) -> str: ...

@final
class VerifyEnrollMfaResponse:
    """Frontegg's `VerifyEnrollMFAResponse`."""

    def to_dict(self) -> VerifyEnrollMfaResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def recovery_code(self) -> str: ...

@final
class VerifyEnrollMfaUserAuthAppRequest:
    """Frontegg's `VerifyEnrollMFAUserAuthAppRequest`."""

    def to_dict(self) -> VerifyEnrollMfaUserAuthAppRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def token(self) -> str: ...

@final
class VerifyEnrollMfaWebAuthnRequest:
    """Frontegg's `VerifyEnrollMFAWebAuthnRequest`."""

    def to_dict(self) -> VerifyEnrollMfaWebAuthnRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def device_type(self) -> str: ...
    @property
    def mfa_token(self) -> str: ...
    @property
    def options(self) -> VerifyNewWebAuthnDeviceRequest: ...
    @property
    def remember_device(self) -> bool | None: ...
    @property
    def webauthn_token(self) -> str: ...

@final
class VerifyEnrollMfasmsRequest:
    """Frontegg's `VerifyEnrollMFASMSRequest`."""

    def to_dict(self) -> VerifyEnrollMfasmsRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def otc_token(self) -> str: ...

@final
class VerifyInviteTokenRequest:
    """Frontegg's `VerifyInviteTokenRequest`."""

    def to_dict(self) -> VerifyInviteTokenRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def token(self) -> str: ...

@final
class VerifyMfaAuthAppRequest:
    """Frontegg's `VerifyMFAAuthAppRequest`."""

    def to_dict(self) -> VerifyMfaAuthAppRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def mfa_token(self) -> str: ...
    @property
    def remember_device(self) -> bool | None: ...
    @property
    def value(self) -> str: ...

@final
class VerifyMfaEmailOtcRequest:
    """Frontegg's `VerifyMFAEmailOTCRequest`."""

    def to_dict(self) -> VerifyMfaEmailOtcRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def mfa_token(self) -> str: ...
    @property
    def otc_token(self) -> str: ...
    @property
    def remember_device(self) -> bool | None: ...

@final
class VerifyMfaWebAuthnRequest:
    """Frontegg's `VerifyMFAWebAuthnRequest`."""

    def to_dict(self) -> VerifyMfaWebAuthnRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def mfa_token(self) -> str: ...
    @property
    def options(self) -> AuthenticateUserWebAuthNDto: ...
    @property
    def remember_device(self) -> bool | None: ...
    @property
    def webauthn_token(self) -> str: ...

@final
class VerifyMfasmsRequest:
    """Frontegg's `VerifyMFASMSRequest`."""

    def to_dict(self) -> VerifyMfasmsRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def mfa_token(self) -> str: ...
    @property
    def otc_token(self) -> str: ...
    @property
    def remember_device(self) -> bool | None: ...

@final
class VerifyNewWebAuthnDeviceRequest:
    """Frontegg's `VerifyNewWebAuthnDeviceRequest`."""

    def to_dict(self) -> VerifyNewWebAuthnDeviceRequestDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def device_type(self) -> str | None: ...
    @property
    def id(self) -> str: ...
    @property
    def response(self) -> WebAuthNClientResponse: ...

@final
class VerifyPasswordDto:
    """Frontegg's `VerifyPasswordDto`."""

    def to_dict(self) -> VerifyPasswordDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def password(self) -> str: ...
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class VerifyPasswordViaSmsRequestDto:
    """Frontegg's `VerifyPasswordViaSmsRequestDto`."""

    def to_dict(self) -> VerifyPasswordViaSmsRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def otc_token(self) -> str: ...
    @property
    def session_id(self) -> str: ...

@final
class VerifyPasswordViaSmsResponseDto:
    """Frontegg's `VerifyPasswordViaSmsResponseDto`."""

    def to_dict(self) -> VerifyPasswordViaSmsResponseDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def token(self) -> str: ...
    @property
    def user_id(self) -> str: ...

@final
class VerifyPhoneNumberOtcRequestDto:
    """Frontegg's `VerifyPhoneNumberOTCRequestDto`."""

    def to_dict(self) -> VerifyPhoneNumberOtcRequestDtoDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def code(self) -> str: ...
    @property
    def otc_token(self) -> str: ...

@final
class WebAuthNClientResponse:
    """Frontegg's `WebAuthNClientResponse`."""

    def to_dict(self) -> WebAuthNClientResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def attestation_object(self) -> str: ...
    @property
    def client_data_json(self) -> str: ...

@final
class WebAuthNResponse:
    """Frontegg's `WebAuthNResponse`."""

    def to_dict(self) -> WebAuthNResponseDict:
        """Frontegg's keys and values, ready to send back."""
    @property
    def authenticator_data(self) -> str: ...
    @property
    def client_data_json(self) -> str: ...
    @property
    def signature(self) -> str: ...
    @property
    def user_handle(self) -> str: ...

@final
class UsersApplicationsManagementApi:
    """Frontegg's \"Users-applications management\" operations."""

    def get_user_application_active_tenants(self, *, user_id: str | None = None) -> UserApplicationActiveTenantsResponseDto:
        """Get user active accounts (tenants) in applications (`GET /identity/resources/applications/user-tenants/active/v1`)"""
    def switch_user_application_active_tenant(self, *, body: SwitchApplicationActiveUserTenantsRequestDtoDict | SwitchApplicationActiveUserTenantsRequestDto, user_id: str | None = None) -> JsonValue:
        """Switch users active account (tenant) in applications (`PUT /identity/resources/applications/user-tenants/active/v1`)"""
    def assign_users_to_application(self, *, body: AssignUsersToAppRequestDtoDict | AssignUsersToAppRequestDto) -> list[ApplicationUserTenantsResponseDto]:
        """Assign users to application (`POST /identity/resources/applications/v1`)"""
    def unassign_users_from_application(self, *, body: UnassignUsersFromAppRequestDtoDict | UnassignUsersFromAppRequestDto) -> JsonValue:
        """Unassign users from application (`DELETE /identity/resources/applications/v1`)"""
    def get_users_for_application(self, app_id: str) -> list[str]:
        """Get users for application (`GET /identity/resources/applications/v1/{appId}/users`)"""
    def get_applications_for_user(self, user_id: str) -> list[str]:
        """Get applications for user (`GET /identity/resources/applications/v1/{userId}/apps`)"""

@final
class ApprovalFlowsApi:
    """Frontegg's \"Approval Flows\" operations."""

    def get_approval_flows(self) -> ApprovalFlowsListResponseDto:
        """Get approval flows (`GET /identity/resources/approval-flows/v1`)"""
    def create_approval_flow(self, *, body: CreateApprovalFlowDtoDict | CreateApprovalFlowDto) -> ApprovalFlowResponseDto:
        """Create approval flow (`POST /identity/resources/approval-flows/v1`)"""
    def approver_action(self, *, body: ApproverActionDtoDict | ApproverActionDto) -> JsonValue:
        """Approver action (`POST /identity/resources/approval-flows/v1/approver-action`)"""
    def get_execution_data(self, *, approval_flow_execution_id: str, approver_id: str, approval_flow_step_id: str) -> ExecutionDataResponseDto:
        """Get approval flow execution data (`GET /identity/resources/approval-flows/v1/execution-data`)"""
    def execute_step_up_approval_flow(self, *, body: ExecuteApprovalFlowDtoDict | ExecuteApprovalFlowDto, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Execute step up approval flow (`POST /identity/resources/approval-flows/v1/step-up/execute`)"""
    def get_approval_flow_by_id(self, id: str) -> ApprovalFlowResponseDto:
        """Get approval flow by ID (`GET /identity/resources/approval-flows/v1/{id}`)"""
    def update_approval_flow(self, id: str, *, body: UpdateApprovalFlowDtoDict | UpdateApprovalFlowDto) -> ApprovalFlowResponseDto:
        """Update approval flow (`PATCH /identity/resources/approval-flows/v1/{id}`)"""
    def delete_approval_flow(self, id: str) -> JsonValue:
        """Delete approval flow (`DELETE /identity/resources/approval-flows/v1/{id}`)"""
    def execute_approval_flow(self, id: str, *, body: ExecuteApprovalFlowDtoDict | ExecuteApprovalFlowDto, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Execute approval flow (`POST /identity/resources/approval-flows/v1/{id}/execute`)"""

@final
class AuthenticationApi:
    """Frontegg's \"General\" operations."""

    def authenticate_local_user(self, *, body: LoginRequestDict | LoginRequest, vendor_host: str | None = None) -> AuthResponse:
        """Authenticate user with password (`POST /identity/resources/auth/v1/user`)"""
    def sign_up_user(self, *, body: SignUpRequestDict | SignUpRequest, vendor_host: str | None = None, application_id: str | None = None) -> SignUpResponse:
        """Signup user (`POST /identity/resources/users/v1/signUp`)"""
    def sign_up_user_username(self, *, body: SignUpUserUsernameDtoDict | SignUpUserUsernameDto, vendor_host: str | None = None, application_id: str | None = None) -> SignUpResponse:
        """Signup user with username (`POST /identity/resources/users/v1/signUp/username`)"""

@final
class PasswordlessApi:
    """Frontegg's \"Passwordless\" operations."""

    def email_code_post_login(self, *, body: AuthenticateUserPasswordlessDtoDict | AuthenticateUserPasswordlessDto) -> AuthResponse:
        """OTC (One-Time Code) postlogin (`POST /identity/resources/auth/v1/passwordless/code/postlogin`)"""
    def email_code_prelogin(self, *, body: PasswordlessAuthenticationPreloginDtoDict | PasswordlessAuthenticationPreloginDto) -> JsonValue:
        """OTC (One-Time Code) prelogin (`POST /identity/resources/auth/v1/passwordless/code/prelogin`)"""
    def magic_link_post_login(self, *, body: AuthenticateUserPasswordlessDtoDict | AuthenticateUserPasswordlessDto) -> AuthResponse:
        """Magic link postlogin (`POST /identity/resources/auth/v1/passwordless/magiclink/postlogin`)"""
    def magic_link_prelogin(self, *, body: PasswordlessAuthenticationPreloginDtoDict | PasswordlessAuthenticationPreloginDto) -> JsonValue:
        """Magic link prelogin (`POST /identity/resources/auth/v1/passwordless/magiclink/prelogin`)"""
    def sms_code_post_login(self, *, body: AuthenticateUserPasswordlessDtoDict | AuthenticateUserPasswordlessDto) -> AuthResponse:
        """SMS code postlogin (`POST /identity/resources/auth/v1/passwordless/smscode/postlogin`)"""
    def sms_code_pre_login(self, *, body: PasswordlessAuthenticationSmsOtcPreloginDtoDict | PasswordlessAuthenticationSmsOtcPreloginDto) -> PasswordlessAuthenticationSmsOtcPreloginResponseDto:
        """SMS code prelogin (`POST /identity/resources/auth/v1/passwordless/smscode/prelogin`)"""

@final
class MfaApi:
    """Frontegg's \"MFA\" operations."""

    def pre_enroll_authenticator_mfa(self, *, body: AuthRequestEnrollMfaRequestDict | AuthRequestEnrollMfaRequest) -> RequestEnrollAuthenticatorAppMfaResponse:
        """Pre enroll MFA using Authenticator App (`POST /identity/resources/auth/v1/user/mfa/authenticator/enroll`)"""
    def enroll_authenticator_mfa(self, *, body: VerifyEnrollMfaAuthAppRequestDict | VerifyEnrollMfaAuthAppRequest) -> AuthResponse:
        """Enroll MFA using Authenticator App (`POST /identity/resources/auth/v1/user/mfa/authenticator/enroll/verify`)"""
    def verify_authenticator_mfa(self, device_id: str, *, body: VerifyMfaAuthAppRequestDict | VerifyMfaAuthAppRequest) -> AuthResponse:
        """Verify MFA using authenticator app (`POST /identity/resources/auth/v1/user/mfa/authenticator/{deviceId}/verify`)"""
    def pre_verify_email_otc_mfa(self, *, body: AuthRequestVerifyMfaRequestDict | AuthRequestVerifyMfaRequest) -> JsonValue:
        """Request verify MFA using email code (`POST /identity/resources/auth/v1/user/mfa/emailcode`)"""
    def verify_email_otc_mfa(self, *, body: VerifyMfaEmailOtcRequestDict | VerifyMfaEmailOtcRequest) -> AuthResponse:
        """Verify MFA using email code (`POST /identity/resources/auth/v1/user/mfa/emailcode/verify`)"""
    def recover_mfa(self, *, body: RecoverMfaDtoDict | RecoverMfaDto) -> JsonValue:
        """Recover MFA (`POST /identity/resources/auth/v1/user/mfa/recover`)"""
    def pre_enroll_sms_mfa(self, *, body: RequestEnrollMfasmsRequestDict | RequestEnrollMfasmsRequest) -> JsonValue:
        """Pre-enroll MFA using sms (`POST /identity/resources/auth/v1/user/mfa/sms/enroll`)"""
    def enroll_sms_mfa(self, *, body: VerifyEnrollMfasmsRequestDict | VerifyEnrollMfasmsRequest) -> AuthResponse:
        """Enroll MFA using sms (`POST /identity/resources/auth/v1/user/mfa/sms/enroll/verify`)"""
    def pre_verify_sms_mfa(self, device_id: str, *, body: AuthRequestVerifyMfaRequestDict | AuthRequestVerifyMfaRequest) -> JsonValue:
        """Request to verify MFA using sms (`POST /identity/resources/auth/v1/user/mfa/sms/{deviceId}`)"""
    def verify_sms_mfa(self, device_id: str, *, body: VerifyMfasmsRequestDict | VerifyMfasmsRequest) -> AuthResponse:
        """Verify MFA using sms (`POST /identity/resources/auth/v1/user/mfa/sms/{deviceId}/verify`)"""
    def verify_authenticator_mfa_code(self, *, body: VerifyMfaAuthAppRequestDict | VerifyMfaAuthAppRequest) -> JsonValue:
        """Verify MFA using code from authenticator app (`POST /identity/resources/auth/v1/user/mfa/verify`)"""
    def pre_enroll_webauthn_mfa(self, *, body: AuthRequestEnrollMfaRequestDict | AuthRequestEnrollMfaRequest) -> RequestEnrollMfaWebAuthnResponse:
        """Pre enroll MFA using WebAuthN (`POST /identity/resources/auth/v1/user/mfa/webauthn/enroll`)"""
    def enroll_webauthn_mfa(self, *, body: VerifyEnrollMfaWebAuthnRequestDict | VerifyEnrollMfaWebAuthnRequest) -> AuthResponse:
        """Enroll MFA using WebAuthN (`POST /identity/resources/auth/v1/user/mfa/webauthn/enroll/verify`)"""
    def pre_verify_webauthn_mfa(self, device_id: str, *, body: AuthRequestVerifyMfaRequestDict | AuthRequestVerifyMfaRequest) -> JsonValue:
        """Request verify MFA using WebAuthN (`POST /identity/resources/auth/v1/user/mfa/webauthn/{deviceId}`)"""
    def verify_webauthn_mfa(self, device_id: str, *, body: VerifyMfaWebAuthnRequestDict | VerifyMfaWebAuthnRequest) -> AuthResponse:
        """Verify MFA using webauthn (`POST /identity/resources/auth/v1/user/mfa/webauthn/{deviceId}/verify`)"""
    def check_if_allow_to_remember_device(self, *, mfa_token: str, tenant_id: str | None = None) -> JsonValue:
        """Check if remember device allowed (`GET /identity/resources/configurations/v1/mfa-policy/allow-remember-device`)"""
    def enroll_my_authenticator_mfa(self, *, user_id: str | None = None) -> RequestEnrollAuthenticatorAppMfaResponse:
        """Enroll authenticator app MFA (`POST /identity/resources/users/v1/mfa/authenticator/enroll`)"""
    def verify_authenticator_mfa_enrollment(self, *, body: VerifyEnrollMfaUserAuthAppRequestDict | VerifyEnrollMfaUserAuthAppRequest, user_id: str | None = None) -> VerifyEnrollMfaResponse:
        """Verify authenticator app MFA enrollment (`POST /identity/resources/users/v1/mfa/authenticator/enroll/verify`)"""
    def disable_authenticator_mfa(self, device_id: str, *, body: DisableMfaAuthAppRequestDict | DisableMfaAuthAppRequest, user_id: str | None = None) -> JsonValue:
        """Disable authenticator app MFA (`POST /identity/resources/users/v1/mfa/authenticator/{deviceId}/disable/verify`)"""
    def disable_auth_app_mfa(self, *, body: DisableMfaAuthAppRequestDict | DisableMfaAuthAppRequest, user_id: str | None = None) -> JsonValue:
        """Disable authenticator app MFA (`POST /identity/resources/users/v1/mfa/disable`)"""
    def enroll_auth_app_mfa(self, *, user_id: str | None = None) -> RequestEnrollAuthenticatorAppMfaResponse:
        """Enroll authenticator app MFA (`POST /identity/resources/users/v1/mfa/enroll`)"""
    def verify_auth_app_mfa_enrollment(self, *, body: VerifyEnrollMfaUserAuthAppRequestDict | VerifyEnrollMfaUserAuthAppRequest, user_id: str | None = None) -> VerifyEnrollMfaResponse:
        """Verify authenticator app MFA enrollment (`POST /identity/resources/users/v1/mfa/enroll/verify`)"""
    def pre_enroll_my_sms_mfa(self, *, body: RequestEnrollMfasmsRequestDict | RequestEnrollMfasmsRequest, user_id: str | None = None) -> JsonValue:
        """Enroll SMS MFA (`POST /identity/resources/users/v1/mfa/sms/enroll`)"""
    def enroll_my_sms_mfa(self, *, body: VerifyEnrollMfasmsRequestDict | VerifyEnrollMfasmsRequest, user_id: str | None = None) -> JsonValue:
        """Verify MFA enrollment (`POST /identity/resources/users/v1/mfa/sms/enroll/verify`)"""
    def pre_disable_sms_mfa(self, device_id: str, *, body: JsonValue, user_id: str | None = None, tenant_id: str | None = None) -> JsonValue:
        """Pre-disable SMS MFA (`POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable`)"""
    def disable_sms_mfa(self, device_id: str, *, body: DisableMfasmsRequestDict | DisableMfasmsRequest, user_id: str | None = None) -> JsonValue:
        """Disable SMS MFA (`POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable/verify`)"""

@final
class ApiTokenApi:
    """Frontegg's \"API token\" operations."""

    def auth_api_token(self, *, body: AuthApiTokenDtoDict | AuthApiTokenDto) -> ApiTokenAuthV2Response:
        """Authenticate using API token (`POST /identity/resources/auth/v2/api-token`)"""
    def refresh_token(self, *, body: RefreshApiTokenDtoDict | RefreshApiTokenDto) -> ApiTokenAuthV2Response:
        """Refresh API token (`POST /identity/resources/auth/v2/api-token/token/refresh`)"""

@final
class DomainRestrictionsApi:
    """Frontegg's \"Domain restrictions\" operations."""

    def get_domain_restrictions(self) -> DomainRestrictionsResponsePage:
        """Get domain restrictions (`GET /identity/resources/configurations/restrictions/v1/email-domain`)"""
    def create_domain_restriction(self, *, body: DomainRestrictionsCreateRequestDict | DomainRestrictionsCreateRequest) -> DomainRestrictionsResponse:
        """Create domain restriction (`POST /identity/resources/configurations/restrictions/v1/email-domain`)"""
    def get_domain_restrictions_config(self) -> DomainRestrictionsConfigResponse:
        """Get domain restrictions (`GET /identity/resources/configurations/restrictions/v1/email-domain/config`)"""
    def update_domain_restrictions_config(self, *, body: DomainRestrictionsConfigUpdateRequestDict | DomainRestrictionsConfigUpdateRequest) -> DomainRestrictionsConfigResponse:
        """Change domain restrictions config list type and toggle it off/on (`POST /identity/resources/configurations/restrictions/v1/email-domain/config`)"""
    def create_bulk_domains_restriction(self, *, body: DomainRestrictionsBulkRequestRequestDict | DomainRestrictionsBulkRequestRequest) -> list[DomainRestrictionsResponse]:
        """Replace bulk domain restriction (`POST /identity/resources/configurations/restrictions/v1/email-domain/replace-bulk`)"""
    def delete_domain_restriction(self, id: str) -> JsonValue:
        """Delete domain restriction (`DELETE /identity/resources/configurations/restrictions/v1/email-domain/{id}`)"""

@final
class SessionsManagementApi:
    """Frontegg's \"Sessions management\" operations."""

    def get_session_configuration(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get account (tenant) or vendor default session configuration (`GET /identity/resources/configurations/sessions/v1`)"""
    def create_session_configuration(self, *, body: CreateSessionConfigurationRequestDict | CreateSessionConfigurationRequest, tenant_id: str | None = None) -> JsonValue:
        """Create or update account (tenant) or vendor default session configuration (`POST /identity/resources/configurations/sessions/v1`)"""

@final
class SessionsConfigurationApi:
    """Frontegg's \"Sessions configuration\" operations."""

    def get_vendor_session_configuration(self) -> JsonValue:
        """Get environment session configuration (`GET /identity/resources/configurations/sessions/v1/vendor`)"""

@final
class CoreSettingsApi:
    """Frontegg's \"Core settings\" operations."""

    def get_vendor_config(self) -> VendorConfigResponse:
        """Get identity management configuration (`GET /identity/resources/configurations/v1`)"""
    def add_or_update_config(self, *, body: VendorConfigRequestDict | VendorConfigRequest) -> VendorConfigResponse:
        """Update identity management configuration (`POST /identity/resources/configurations/v1`)"""
    def get_vendor_config_basic(self) -> VendorConfigBasicResponse:
        """Get identity management configuration (`GET /identity/resources/configurations/v1/basic`)"""
    def get_captcha_policy(self) -> CaptchaPolicyResponse:
        """Get captcha policy (`GET /identity/resources/configurations/v1/captcha-policy`)"""
    def create_captcha_policy(self, *, body: CaptchaPolicyRequestDict | CaptchaPolicyRequest) -> CaptchaPolicyResponse:
        """Create captcha policy (`POST /identity/resources/configurations/v1/captcha-policy`)"""
    def update_captcha_policy(self, *, body: CaptchaPolicyRequestDict | CaptchaPolicyRequest) -> CaptchaPolicyResponse:
        """Update captcha policy (`PUT /identity/resources/configurations/v1/captcha-policy`)"""
    def get_jwt_template_targeting(self) -> JwtTemplateTargetingResponseDto:
        """Get JWT template targeting configuration (`GET /identity/resources/configurations/v1/jwt-template-targeting`)"""
    def create_jwt_template_targeting(self, *, body: UpdateJwtTemplateTargetingRequestDtoDict | UpdateJwtTemplateTargetingRequestDto) -> JwtTemplateTargetingResponseDto:
        """Create JWT template targeting configuration (`POST /identity/resources/configurations/v1/jwt-template-targeting`)"""
    def update_jwt_template_targeting(self, *, body: UpdateJwtTemplateTargetingRequestDtoDict | UpdateJwtTemplateTargetingRequestDto) -> JsonValue:
        """Update or create JWT template targeting configuration (`PUT /identity/resources/configurations/v1/jwt-template-targeting`)"""
    def patch_jwt_template_targeting(self, id: str, *, body: UpdateJwtTemplateTargetingRequestDtoDict | UpdateJwtTemplateTargetingRequestDto) -> JsonValue:
        """Update JWT template targeting configuration by ID (`PATCH /identity/resources/configurations/v1/jwt-template-targeting/{id}`)"""
    def delete_jwt_template_targeting(self, id: str) -> JsonValue:
        """Delete JWT template targeting configuration by ID (`DELETE /identity/resources/configurations/v1/jwt-template-targeting/{id}`)"""
    def get_jwt_templates(self, *, keys: list[str] | None = None, ids: list[str] | None = None, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None) -> JwtTemplateResponseDtoPage:
        """Get all JWT templates (`GET /identity/resources/jwt-templates/v1`)"""
    def iter_get_jwt_templates(self, *, keys: list[str] | None = None, ids: list[str] | None = None, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None) -> Iterator[JwtTemplateResponseDto]:
        """Every item, fetching pages lazily."""
    def create_jwt_template(self, *, body: CreateJwtTemplateDtoDict | CreateJwtTemplateDto) -> JwtTemplateResponseDto:
        """Create JWT template (`POST /identity/resources/jwt-templates/v1`)"""
    def get_jwt_template_by_id(self, id: str) -> JwtTemplateResponseDto:
        """Get JWT template by ID (`GET /identity/resources/jwt-templates/v1/{id}`)"""
    def update_jwt_template(self, id: str, *, body: UpdateJwtTemplateDtoDict | UpdateJwtTemplateDto) -> JwtTemplateResponseDto:
        """Update JWT template (`PUT /identity/resources/jwt-templates/v1/{id}`)"""
    def delete_jwt_template(self, id: str) -> JsonValue:
        """Delete JWT template (`DELETE /identity/resources/jwt-templates/v1/{id}`)"""

@final
class AccountInvitationsSettingsApi:
    """Frontegg's \"Account invitations settings\" operations."""

    def get_activation_strategy(self) -> ActivationStrategyResponse:
        """Get activation strategies (`GET /identity/resources/configurations/v1/activation/strategies`)"""
    def create_or_update_activation_strategy(self, *, body: CreateOrUpdateActivationStrategyRequestDict | CreateOrUpdateActivationStrategyRequest) -> JsonValue:
        """Create or update activation strategy (`POST /identity/resources/configurations/v1/activation/strategies`)"""
    def get_invitation_strategy(self) -> InvitationStrategyResponse:
        """Get invitation strategies (`GET /identity/resources/configurations/v1/invitation/strategies`)"""
    def create_or_update_invitation_strategy(self, *, body: CreateOrUpdateInvitationStrategyRequestDict | CreateOrUpdateInvitationStrategyRequest) -> JsonValue:
        """Create or update invitation strategy (`POST /identity/resources/configurations/v1/invitation/strategies`)"""
    def create_tenant_invite(self, *, body: CreateInviteTokenRequestDict | CreateInviteTokenRequest) -> InviteTokenDto:
        """Create account (tenant) invite (`POST /identity/resources/tenants/invites/v1`)"""
    def get_all_invites(self) -> list[InviteTokenDto]:
        """Get all account (tenant) invites (`GET /identity/resources/tenants/invites/v1/all`)"""
    def delete_tenant_invite(self, id: str) -> JsonValue:
        """Delete an account (tenant) invite (`DELETE /identity/resources/tenants/invites/v1/token/{id}`)"""

@final
class DelegationApi:
    """Frontegg's \"Delegation\" operations."""

    def get_delegation_configuration(self) -> GetDelegationConfigurationResponseDto:
        """Get delegation configuration (`GET /identity/resources/configurations/v1/delegation`)"""
    def create_or_update_delegation_configuration(self, *, body: CreateDelegationConfigurationRequestDtoDict | CreateDelegationConfigurationRequestDto) -> JsonValue:
        """Create or update delegation configuration (`POST /identity/resources/configurations/v1/delegation`)"""

@final
class LockoutPolicyApi:
    """Frontegg's \"Lockout policy\" operations."""

    def get_lockout_policy(self, *, tenant_id: str | None = None) -> LockoutPolicyResponse:
        """Get lockout policy (`GET /identity/resources/configurations/v1/lockout-policy`)"""
    def create_lockout_policy(self, *, body: LockoutPolicyRequestDict | LockoutPolicyRequest, tenant_id: str | None = None) -> LockoutPolicyResponse:
        """Create lockout policy (`POST /identity/resources/configurations/v1/lockout-policy`)"""
    def update_lockout_policy(self, *, body: LockoutPolicyRequestDict | LockoutPolicyRequest, tenant_id: str | None = None) -> LockoutPolicyResponse:
        """Update lockout policy (`PATCH /identity/resources/configurations/v1/lockout-policy`)"""

@final
class MfaConfigurationApi:
    """Frontegg's \"MFA configuration\" operations."""

    def get_mfa_config(self) -> MfaConfigResponse:
        """Get MFA configuration (`GET /identity/resources/configurations/v1/mfa`)"""
    def upsert_mfa_config(self, *, body: MfaConfigRequestDict | MfaConfigRequest) -> MfaConfigResponse:
        """Update MFA configuration (`POST /identity/resources/configurations/v1/mfa`)"""

@final
class MfaSettingsApi:
    """Frontegg's \"MFA settings\" operations."""

    def get_security_policy(self, *, tenant_id: str | None = None) -> MfaPolicyResponse:
        """Get security policy (`GET /identity/resources/configurations/v1/mfa-policy`)"""
    def create_mfa_policy(self, *, body: MfaPolicyRequestDict | MfaPolicyRequest, tenant_id: str | None = None) -> MfaPolicyResponse:
        """Create MFA policy (`POST /identity/resources/configurations/v1/mfa-policy`)"""
    def upsert_security_policy(self, *, body: MfaPolicyRequestDict | MfaPolicyRequest, tenant_id: str | None = None) -> MfaPolicyResponse:
        """Upsert security policy (`PUT /identity/resources/configurations/v1/mfa-policy`)"""
    def update_security_policy(self, *, body: MfaPolicyRequestDict | MfaPolicyRequest, tenant_id: str | None = None) -> MfaPolicyResponse:
        """Update security policy (`PATCH /identity/resources/configurations/v1/mfa-policy`)"""
    def get_mfa_strategies(self) -> MfaStrategiesResponse:
        """Get MFA strategies (`GET /identity/resources/configurations/v1/mfa/strategies`)"""
    def create_or_update_mfa_strategy(self, *, body: CreateOrUpdateMfaStrategyRequestDict | CreateOrUpdateMfaStrategyRequest) -> JsonValue:
        """Create or update MFA strategy (`POST /identity/resources/configurations/v1/mfa/strategies`)"""

@final
class PasswordSettingsApi:
    """Frontegg's \"Password settings\" operations."""

    def get_password_config(self, *, tenant_id: str | None = None) -> PasswordConfigResponse:
        """Get password policy configuration (`GET /identity/resources/configurations/v1/password`)"""
    def add_or_update_password_config(self, *, body: PasswordConfigRequestDict | PasswordConfigRequest, tenant_id: str | None = None) -> PasswordConfigResponse:
        """Create or update password configuration (`POST /identity/resources/configurations/v1/password`)"""
    def get_policy(self, *, tenant_id: str | None = None) -> PasswordHistoryPolicyResponse:
        """Get password history policy (`GET /identity/resources/configurations/v1/password-history-policy`)"""
    def create_policy(self, *, body: PasswordHistoryPolicyRequestDict | PasswordHistoryPolicyRequest, tenant_id: str | None = None) -> PasswordHistoryPolicyResponse:
        """Create password history policy (`POST /identity/resources/configurations/v1/password-history-policy`)"""
    def update_policy(self, *, body: PasswordHistoryPolicyRequestDict | PasswordHistoryPolicyRequest, tenant_id: str | None = None) -> PasswordHistoryPolicyResponse:
        """Update password history policy (`PATCH /identity/resources/configurations/v1/password-history-policy`)"""
    def get_password_rotation_configuration(self) -> PasswordRotationConfigurationResponse:
        """Get password expiration period configuration (`GET /identity/resources/configurations/v1/password-rotation`)"""
    def upsert_password_rotation_configuration(self, *, body: CreateOrUpdatePasswordRotationDtoDict | CreateOrUpdatePasswordRotationDto) -> JsonValue:
        """Manage password expiration (`POST /identity/resources/configurations/v1/password-rotation`)"""
    def get_vendor_password_rotation_configuration(self) -> PasswordRotationConfigurationResponse:
        """Get environment configuration for password expiration period. (`GET /identity/resources/configurations/v1/password-rotation/vendor`)"""
    def change_password(self, *, body: UpdateUserPasswordDtoDict | UpdateUserPasswordDto, user_id: str | None = None) -> JsonValue:
        """Change password (`POST /identity/resources/users/v1/passwords/change`)"""
    def get_user_password_config(self, *, user_id: str | None = None) -> PasswordConfigResponse:
        """Get strictest password configuration (`GET /identity/resources/users/v1/passwords/config`)"""
    def reset_password(self, *, body: ResetPasswordDtoDict | ResetPasswordDto) -> JsonValue:
        """Reset password (`POST /identity/resources/users/v1/passwords/reset`)"""
    def verify_reset_password(self, *, body: VerifyPasswordDtoDict | VerifyPasswordDto) -> JsonValue:
        """Verify password (`POST /identity/resources/users/v1/passwords/reset/verify`)"""
    def reset_password_via_email(self, *, body: ResetPasswordDtoDict | ResetPasswordDto) -> ResetPasswordViaSmsResponseDto:
        """Reset password via email (`POST /identity/resources/users/v2/passwords/reset/email`)"""
    def reset_password_via_sms(self, *, body: ResetPasswordDtoDict | ResetPasswordDto) -> ResetPasswordViaSmsResponseDto:
        """Reset password via SMS (`POST /identity/resources/users/v2/passwords/reset/sms`)"""
    def verify_reset_password_via_sms_otc(self, *, body: VerifyPasswordViaSmsRequestDtoDict | VerifyPasswordViaSmsRequestDto) -> VerifyPasswordViaSmsResponseDto:
        """Verify password reset code sent via SMS (`POST /identity/resources/users/v2/passwords/reset/sms/verify`)"""

@final
class IpRestrictionsApi:
    """Frontegg's \"IP restrictions\" operations."""

    def get_all_ip_restrictions(self, *, limit: int | None = None, offset: int | None = None, filter: str | None = None, tenant_id: str | None = None) -> GetAllIpRestrictionsPage:
        """Get all IP restrictions (`GET /identity/resources/configurations/v1/restrictions/ip`)"""
    def iter_get_all_ip_restrictions(self, *, limit: int | None = None, offset: int | None = None, filter: str | None = None, tenant_id: str | None = None) -> Iterator[JsonValue]:
        """Every item, fetching pages lazily."""
    def create_ip_restriction(self, *, body: CreateOrUpdateIpRestrictionDtoDict | CreateOrUpdateIpRestrictionDto, tenant_id: str | None = None) -> JsonValue:
        """Create IP restriction (`POST /identity/resources/configurations/v1/restrictions/ip`)"""
    def get_ip_restriction_config(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get IP restriction configuration (ALLOW/BLOCK) (`GET /identity/resources/configurations/v1/restrictions/ip/config`)"""
    def create_domain_restriction(self, *, body: CreateOrUpdateIpRestrictionConfigDtoDict | CreateOrUpdateIpRestrictionConfigDto, tenant_id: str | None = None) -> JsonValue:
        """Create or update IP restriction configuration (ALLOW/BLOCK) (`POST /identity/resources/configurations/v1/restrictions/ip/config`)"""
    def test_current_ip(self, *, tenant_id: str | None = None) -> JsonValue:
        """Test Current IP (`POST /identity/resources/configurations/v1/restrictions/ip/verify`)"""
    def test_current_ip_in_allow_list(self, *, tenant_id: str | None = None) -> JsonValue:
        """Test current IP is in allow list (`POST /identity/resources/configurations/v1/restrictions/ip/verify/allow`)"""
    def delete_ip_restriction_by_id(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete IP restriction by IP (`DELETE /identity/resources/configurations/v1/restrictions/ip/{id}`)"""

@final
class SmsConfigurationApi:
    """Frontegg's \"SMS configuration\" operations."""

    def get_sms_vendor_config(self) -> JsonValue:
        """Gets a vendor SMS config (`GET /identity/resources/configurations/v1/sms`)"""
    def create_sms_vendor_config(self, *, body: CreateSmsVendorConfigRequestDict | CreateSmsVendorConfigRequest) -> JsonValue:
        """Creates or updates a vendor SMS config (`POST /identity/resources/configurations/v1/sms`)"""
    def delete_sms_vendor_config(self) -> JsonValue:
        """Deletes a vendor SMS config (`DELETE /identity/resources/configurations/v1/sms`)"""

@final
class SmsTemplatesApi:
    """Frontegg's \"SMS templates\" operations."""

    def get_all_sms_templates(self) -> JsonValue:
        """Gets vendor SMS templates (`GET /identity/resources/configurations/v1/sms/templates`)"""
    def get_all_sms_default_templates(self) -> JsonValue:
        """Gets all vendor default SMS templates (`GET /identity/resources/configurations/v1/sms/templates/default/all`)"""
    def get_sms_template(self, type_value: str) -> JsonValue:
        """Gets vendor SMS template by type (`GET /identity/resources/configurations/v1/sms/templates/{type}`)"""
    def create_sms_template(self, type_value: str, *, body: JsonValue) -> JsonValue:
        """Create or update a vendor SMS template (`POST /identity/resources/configurations/v1/sms/templates/{type}`)"""
    def delete_sms_template(self, type_value: str) -> JsonValue:
        """Deletes vendor SMS template by type (`DELETE /identity/resources/configurations/v1/sms/templates/{type}`)"""
    def get_sms_default_template(self, type_value: str) -> JsonValue:
        """Gets vendor default SMS template by type (`GET /identity/resources/configurations/v1/sms/templates/{type}/default`)"""

@final
class UserEmailsPolicyApi:
    """Frontegg's \"User emails policy\" operations."""

    def get_user_emails_policy(self) -> GetUserEmailsPolicyResponseDto:
        """Get user emails policy (`GET /identity/resources/configurations/v1/user-emails-policy`)"""
    def create_or_update_user_emails_policy(self, *, body: CreateUserEmailsPolicyRequestDtoDict | CreateUserEmailsPolicyRequestDto) -> JsonValue:
        """Create or update user emails policy (`POST /identity/resources/configurations/v1/user-emails-policy`)"""

@final
class UserGroupsApi:
    """Frontegg's \"User groups\" operations."""

    def get_all_groups(self, *, groups_relations: str | None = None, tenant_id: str | None = None) -> GroupsResponse:
        """Get all groups (`GET /identity/resources/groups/v1`)"""
    def create_group(self, *, body: CreateGroupDtoDict | CreateGroupDto, tenant_id: str | None = None) -> GroupResponse:
        """Create group (`POST /identity/resources/groups/v1`)"""
    def get_groups_by_ids(self, *, body: GetGroupsDtoDict | GetGroupsDto, groups_relations: str | None = None, tenant_id: str | None = None) -> GroupsResponse:
        """Get groups by Ids (`POST /identity/resources/groups/v1/bulkGet`)"""
    def get_groups_configuration(self) -> GetGroupConfigurationResponse:
        """Get groups configuration (`GET /identity/resources/groups/v1/config`)"""
    def create_or_update_groups_configuration(self, *, body: CreateOrUpdateGroupConfigurationDtoDict | CreateOrUpdateGroupConfigurationDto) -> JsonValue:
        """Create or update groups configuration (`POST /identity/resources/groups/v1/config`)"""
    def add_roles_to_group(self, group_id: str, *, body: UpdateRolesOnGroupDtoDict | UpdateRolesOnGroupDto, tenant_id: str | None = None) -> JsonValue:
        """Add roles to group (`POST /identity/resources/groups/v1/{groupId}/roles`)"""
    def remove_roles_from_group(self, group_id: str, *, body: UpdateRolesOnGroupDtoDict | UpdateRolesOnGroupDto, tenant_id: str | None = None) -> JsonValue:
        """Remove roles from group (`DELETE /identity/resources/groups/v1/{groupId}/roles`)"""
    def add_users_to_group(self, group_id: str, *, body: UpdateUsersOnGroupDtoDict | UpdateUsersOnGroupDto, tenant_id: str | None = None) -> JsonValue:
        """Add users to group (`POST /identity/resources/groups/v1/{groupId}/users`)"""
    def remove_users_from_group(self, group_id: str, *, body: UpdateUsersOnGroupDtoDict | UpdateUsersOnGroupDto, tenant_id: str | None = None) -> JsonValue:
        """Remove users from group (`DELETE /identity/resources/groups/v1/{groupId}/users`)"""
    def get_group_by_id(self, id: str, *, groups_relations: str | None = None, tenant_id: str | None = None) -> GroupResponse:
        """Get group by ID (`GET /identity/resources/groups/v1/{id}`)"""
    def update_group(self, id: str, *, body: UpdateGroupDtoDict | UpdateGroupDto, tenant_id: str | None = None) -> GroupResponse:
        """Update group (`PATCH /identity/resources/groups/v1/{id}`)"""
    def delete_group(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete group (`DELETE /identity/resources/groups/v1/{id}`)"""
    def get_all_groups_paginated(self, *, groups_relations: str | None = None, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, tenant_id: str | None = None) -> GroupResponsePage:
        """Get all groups paginated (`GET /identity/resources/groups/v2`)"""
    def iter_get_all_groups_paginated(self, *, groups_relations: str | None = None, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, tenant_id: str | None = None) -> Iterator[GroupResponse]:
        """Every item, fetching pages lazily."""

@final
class EmailTemplatesApi:
    """Frontegg's \"Email templates\" operations."""

    def get_template_configuration(self, *, type_value: str | None = None) -> list[GetTemplateResponseDto]:
        """Get template (`GET /identity/resources/mail/v1/configs/templates`)"""
    def add_or_update_template(self, *, body: CreateTemplateDtoDict | CreateTemplateDto) -> JsonValue:
        """Add or update template (`POST /identity/resources/mail/v1/configs/templates`)"""
    def delete_template(self, template_id: str) -> JsonValue:
        """Delete template (`DELETE /identity/resources/mail/v1/configs/templates/{templateId}`)"""
    def get_default_template_configuration(self, type_value: str) -> GetTemplateResponseDto:
        """Get default template by type (`GET /identity/resources/mail/v1/configs/{type}/default`)"""

@final
class EmailConfigurationApi:
    """Frontegg's \"Email configuration\" operations."""

    def get_mail_config(self) -> GetMailConfigResponseDto:
        """Get configuration (`GET /identity/resources/mail/v1/configurations`)"""
    def create_or_update_mail_config(self, *, body: CreateOrUpdateMailConfigRequestDtoDict | CreateOrUpdateMailConfigRequestDto) -> JsonValue:
        """Create or update configuration (`POST /identity/resources/mail/v1/configurations`)"""
    def delete_mail_config(self) -> JsonValue:
        """Delete configuration (`DELETE /identity/resources/mail/v1/configurations`)"""
    def create_or_update_mail_config_v2(self, *, body: CreateOrUpdateMailConfigV2BodyDict | CreateOrUpdateMailConfigV2Body) -> JsonValue:
        """Create or update configuration v2 (`POST /identity/resources/mail/v2/configurations`)"""

@final
class DataMigrationApi:
    """Frontegg's \"Data migration\" operations."""

    def migrate_user_from_auth0(self, *, body: Auth0ConfigurationDict | Auth0Configuration) -> JsonValue:
        """Migrate from Auth0 (`POST /identity/resources/migrations/v1/auth0`)"""
    def migrate_user_for_vendor(self, *, body: MigrateUserRequestV1Dict | MigrateUserRequestV1) -> UserDto:
        """Migrate a single user (`POST /identity/resources/migrations/v1/local`)"""
    def bulk_migrate_user_for_vendor_v1(self, *, body: MigrateUsersRequestV1Dict | MigrateUsersRequestV1) -> MigrationContext:
        """Migrate users in bulk (`POST /identity/resources/migrations/v1/local/bulk`)"""
    def check_bulk_migration_status(self, migration_id: str) -> JsonValue:
        """Check status of bulk migration (`GET /identity/resources/migrations/v1/local/bulk/status/{migrationId}`)"""
    def bulk_migrate_user_for_vendor_v2(self, *, body: MigrateUsersRequestV2Dict | MigrateUsersRequestV2) -> MigrationContext:
        """Migrate vendor users in bulk (`POST /identity/resources/migrations/v2/local/bulk`)"""

@final
class PermissionsApi:
    """Frontegg's \"Permissions\" operations."""

    def get_all_permissions(self) -> list[PermissionResponse]:
        """Get permissions (`GET /identity/resources/permissions/v1`)"""
    def add_permissions(self, *, body: list[AddPermissionRequestDict]) -> list[PermissionResponse]:
        """Create permissions (`POST /identity/resources/permissions/v1`)"""
    def update_permissions_assignment_type(self, *, body: ClassifyPermissionsDtoDict | ClassifyPermissionsDto) -> PermissionResponse:
        """Set permissions classification (`PUT /identity/resources/permissions/v1/classification`)"""
    def update_permission(self, permission_id: str, *, body: UpdatePermissionRequestDict | UpdatePermissionRequest) -> PermissionResponse:
        """Update permission (`PATCH /identity/resources/permissions/v1/{permissionId}`)"""
    def delete_permission(self, permission_id: str) -> JsonValue:
        """Delete permission (`DELETE /identity/resources/permissions/v1/{permissionId}`)"""
    def set_roles_to_permission(self, permission_id: str, *, body: AddRolesToPermissionRequestDict | AddRolesToPermissionRequest) -> PermissionResponse:
        """Set a permission to multiple roles (`PUT /identity/resources/permissions/v1/{permissionId}/roles`)"""

@final
class PermissionsCategoriesApi:
    """Frontegg's \"Permissions categories\" operations."""

    def get_all_categories_with_permissions(self) -> list[PermissionCategoryResponseDto]:
        """Get permissions categories (`GET /identity/resources/permissions/v1/categories`)"""
    def create_permission_category(self, *, body: CreateCategoryDtoDict | CreateCategoryDto) -> PermissionCategoryResponseDto:
        """Create category (`POST /identity/resources/permissions/v1/categories`)"""
    def update_category(self, category_id: str, *, body: UpdateCategoryDtoDict | UpdateCategoryDto) -> JsonValue:
        """Update category (`PATCH /identity/resources/permissions/v1/categories/{categoryId}`)"""
    def delete_category(self, category_id: str) -> JsonValue:
        """Delete category (`DELETE /identity/resources/permissions/v1/categories/{categoryId}`)"""

@final
class RolesApi:
    """Frontegg's \"Roles\" operations."""

    def get_all_roles(self, *, tenant_id: str | None = None) -> list[RoleResponse]:
        """Get roles (`GET /identity/resources/roles/v1`)"""
    def add_roles(self, *, body: list[AddRoleRequestDict], tenant_id: str | None = None) -> list[RoleResponse]:
        """Create roles (`POST /identity/resources/roles/v1`)"""
    def update_role(self, role_id: str, *, body: UpdateRoleRequestDict | UpdateRoleRequest, tenant_id: str | None = None) -> RoleResponse:
        """Update role (`PATCH /identity/resources/roles/v1/{roleId}`)"""
    def delete_role(self, role_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete role (`DELETE /identity/resources/roles/v1/{roleId}`)"""
    def set_permissions_to_role(self, role_id: str, *, body: AddPermissionToRoleRequestDict | AddPermissionToRoleRequest, tenant_id: str | None = None) -> RoleResponse:
        """Assign permissions to a role (`PUT /identity/resources/roles/v1/{roleId}/permissions`)"""
    def update_role_tenant(self, role_id: str, *, body: UpdateRoleTenantRequestDict | UpdateRoleTenantRequest) -> RoleResponse:
        """Update role tenant (`PUT /identity/resources/roles/v1/{roleId}/tenant`)"""

@final
class AccountRolesApi:
    """Frontegg's \"Account roles\" operations."""

    def get_all_roles(self, *, sort_by: str, limit: int | None = None, levels: list[int] | None = None, tenant_ids: list[str] | None = None, offset: int | None = None, order: str | None = None, filter: str | None = None, tenant_id: str | None = None) -> RoleResponsePage:
        """Get roles v2 (`GET /identity/resources/roles/v2`)"""
    def iter_get_all_roles(self, *, sort_by: str, limit: int | None = None, levels: list[int] | None = None, tenant_ids: list[str] | None = None, offset: int | None = None, order: str | None = None, filter: str | None = None, tenant_id: str | None = None) -> Iterator[RoleResponse]:
        """Every item, fetching pages lazily."""
    def add_role(self, *, body: AddRoleWithPermissionsRequestDict | AddRoleWithPermissionsRequest, tenant_id: str | None = None) -> AddRoleWithPermissionsResponse:
        """Create a new role (`POST /identity/resources/roles/v2`)"""
    def get_distinct_levels(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get distinct levels of roles (`GET /identity/resources/roles/v2/distinct-levels`)"""
    def get_distinct_tenants(self) -> JsonValue:
        """Get distinct assigned accounts (tenants) of roles (`GET /identity/resources/roles/v2/distinct-tenants`)"""

@final
class CustomSocialOauthProviderApi:
    """Frontegg's \"Custom social OAuth provider\" operations."""

    def get_sso_providers(self) -> JsonValue:
        """Get custom oauth provider (`GET /identity/resources/sso/custom/v1`)"""
    def create_sso_provider(self, *, body: CreateCustomSsoRequestDtoDict | CreateCustomSsoRequestDto) -> JsonValue:
        """Create custom oauth provider (`POST /identity/resources/sso/custom/v1`)"""
    def update_sso_provider(self, id: str, *, body: UpdateCustomSsoRequestDtoDict | UpdateCustomSsoRequestDto) -> JsonValue:
        """Update custom oauth provider (`PATCH /identity/resources/sso/custom/v1/{id}`)"""
    def delete_custom_sso_config(self, id: str) -> JsonValue:
        """Delete custom oauth provider (`DELETE /identity/resources/sso/custom/v1/{id}`)"""

@final
class UserManagementApi:
    """Frontegg's \"User management\" operations."""

    def set_user_roles_from_sub_tenants(self, user_id: str, *, body: UpdateSubAccountAccessRequestDtoDict | UpdateSubAccountAccessRequestDto) -> JsonValue:
        """Set sub-account access for a user (`PUT /identity/resources/sub-tenants/users/v1/{userId}/access`)"""
    def disable_user_tenant(self, user_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Disable user account (tenant) (`POST /identity/resources/tenants/users/v1/{userId}/disable`)"""
    def enable_user_tenant(self, user_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Enable user account (tenant) (`POST /identity/resources/tenants/users/v1/{userId}/enable`)"""
    def get_users_usernames(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, username_prefix: str | None = None, user_ids: list[str] | None = None, usernames: list[str] | None = None) -> UsernameResponseDto:
        """Get usernames for users (`GET /identity/resources/usernames/v1`)"""
    def create_username(self, *, body: CreateUsernameRequestDtoDict | CreateUsernameRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Create a username for user (`POST /identity/resources/usernames/v1`)"""
    def get_me_usernames(self, *, tenant_id: str | None = None, user_id: str | None = None) -> UsernameResponseDto:
        """Get authenticated user's username (`GET /identity/resources/usernames/v1/me`)"""
    def delete_username(self, username: str) -> JsonValue:
        """Delete a username for user (`DELETE /identity/resources/usernames/v1/{username}`)"""
    def get_all_emails(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, email: str | None = None, user_ids: str | None = None, tenant_id: str | None = None) -> UserEmailResponseDtoPage:
        """Get all user emails (`GET /identity/resources/users/emails/v1`)"""
    def iter_get_all_emails(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, email: str | None = None, user_ids: str | None = None, tenant_id: str | None = None) -> Iterator[UserEmailResponseDto]:
        """Every item, fetching pages lazily."""
    def create_user_email(self, *, body: CreateUserEmailRequestDtoDict | CreateUserEmailRequestDto, tenant_id: str | None = None) -> UserEmailResponseDto:
        """Create a user email (`POST /identity/resources/users/emails/v1`)"""
    def get_user_own_emails(self, *, tenant_id: str | None = None, user_id: str | None = None) -> list[UserEmailResponseDto]:
        """Get current user`s emails (`GET /identity/resources/users/emails/v1/me`)"""
    def mark_email_as_primary_me(self, *, body: MarkEmailAsPrimaryRequestDtoDict | MarkEmailAsPrimaryRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Mark email as primary (`POST /identity/resources/users/emails/v1/me/primary`)"""
    def create_user_email_for_vendor(self, user_id: str, *, body: CreateUserEmailVendorRequestDtoDict | CreateUserEmailVendorRequestDto) -> UserEmailResponseDto:
        """Create a user email for vendor (`POST /identity/resources/users/emails/v1/vendor/{userId}`)"""
    def mark_email_as_primary(self, user_id: str, *, body: MarkEmailAsPrimaryRequestDtoDict | MarkEmailAsPrimaryRequestDto) -> JsonValue:
        """Mark email as primary for vendor (`POST /identity/resources/users/emails/v1/vendor/{userId}/primary`)"""
    def delete_user_email_for_vendor(self, user_id: str, email_id: str) -> JsonValue:
        """Delete a user email for vendor (`DELETE /identity/resources/users/emails/v1/vendor/{userId}/{emailId}`)"""
    def verify_user_email(self, *, body: CreateUserEmailVerifyRequestDtoDict | CreateUserEmailVerifyRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Verify user email (`POST /identity/resources/users/emails/v1/verify`)"""
    def delete_user_email(self, email_id: str, *, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Delete a user email (`DELETE /identity/resources/users/emails/v1/{emailId}`)"""
    def get_configuration(self) -> TemporaryUsersConfigurationDto:
        """Gets temporary users configuration (`GET /identity/resources/users/temporary/v1/configuration`)"""
    def edit_time_limit(self, user_id: str, *, body: TemporaryUserDtoDict | TemporaryUserDto) -> TemporaryUserDto:
        """Sets a permanent user to temporary (`PUT /identity/resources/users/temporary/v1/{userId}`)"""
    def set_user_permanent(self, user_id: str) -> JsonValue:
        """Sets a temporary user to permanent (`DELETE /identity/resources/users/temporary/v1/{userId}`)"""
    def create_user_v1(self, *, body: CreateUserDtoDict | CreateUserDto, tenant_id: str | None = None) -> UserCreatedResponse:
        """Create user (`POST /identity/resources/users/v1`)"""
    def update_user(self, *, body: UpdateUserDtoDict | UpdateUserDto, tenant_id: str | None = None, user_id: str | None = None) -> UserDto:
        """Update user (`PUT /identity/resources/users/v1`)"""
    def activate_user(self, *, body: ActivateUserDtoDict | ActivateUserDto, vendor_host: str | None = None) -> AuthResponse:
        """Activate user (`POST /identity/resources/users/v1/activate`)"""
    def activate_user_with_code(self, *, body: ActivateUserWithCodeDtoDict | ActivateUserWithCodeDto, vendor_host: str | None = None) -> AuthResponse:
        """Activate user with code (`POST /identity/resources/users/v1/activate/code`)"""
    def reset_activation_token(self, *, body: ResetActivationTokenDtoDict | ResetActivationTokenDto) -> JsonValue:
        """Reset user activation token (`POST /identity/resources/users/v1/activate/reset`)"""
    def get_activation_strategy(self, *, user_id: str, token: str) -> GetActivateStrategyResponseDto:
        """Get user activation strategy (`GET /identity/resources/users/v1/activate/strategy`)"""
    def update_email_me(self, *, body: SelfEmailUpdateRequestDtoDict | SelfEmailUpdateRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Update user email (`POST /identity/resources/users/v1/email/me`)"""
    def verify_email_me(self, *, body: SelfEmailUpdateVerifyRequestDtoDict | SelfEmailUpdateVerifyRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Verify user email (`POST /identity/resources/users/v1/email/me/verify`)"""
    def accept_invitation(self, *, body: AcceptInvitationDtoDict | AcceptInvitationDto) -> JsonValue:
        """Accept invitation (`POST /identity/resources/users/v1/invitation/accept`)"""
    def accept_invitation_with_code(self, *, body: AcceptInvitationWithCodeDtoDict | AcceptInvitationWithCodeDto) -> JsonValue:
        """Accept invitation with code (`POST /identity/resources/users/v1/invitation/accept/code`)"""
    def reset_tenant_invitation_token(self, *, body: ResetTenantInvitationDtoDict | ResetTenantInvitationDto, tenant_id: str | None = None) -> JsonValue:
        """Reset invitation (`POST /identity/resources/users/v1/invitation/reset`)"""
    def reset_all_tenants_invitation_token(self, *, body: ResetTenantInvitationDtoDict | ResetTenantInvitationDto, tenant_id: str | None = None) -> JsonValue:
        """Reset all invitation tokens (`POST /identity/resources/users/v1/invitation/reset/all`)"""
    def get_me_authorization(self) -> MeAuthorizationResponseDto:
        """Get user permissions and roles (`GET /identity/resources/users/v1/me/authorization`)"""
    def get_user_tenants_v1(self) -> JsonValue:
        """Get user accounts (tenants) (`GET /identity/resources/users/v1/me/tenants`)"""
    def search_users(self, *, limit: int | None = None, identifier: str | None = None, identifier_type: str | None = None, include_sub_tenants: bool | None = None, name_prefix: str | None = None, phrase_search_contains: list[str] | None = None, phrase_search_excludes: list[str] | None = None, phrase_search_optional: list[str] | None = None, phrase_search_approximate: bool | None = None, offset: int | None = None, email: str | None = None, tenant_id: str | None = None, ids: str | None = None, sort_by: str | None = None, order: str | None = None, external_ids: str | None = None, frontegg_tenant_id: str | None = None) -> UserV3DtoPage:
        """Get users with fuzzy search (`GET /identity/resources/users/v1/query/phrase`)"""
    def iter_search_users(self, *, limit: int | None = None, identifier: str | None = None, identifier_type: str | None = None, include_sub_tenants: bool | None = None, name_prefix: str | None = None, phrase_search_contains: list[str] | None = None, phrase_search_excludes: list[str] | None = None, phrase_search_optional: list[str] | None = None, phrase_search_approximate: bool | None = None, offset: int | None = None, email: str | None = None, tenant_id: str | None = None, ids: str | None = None, sort_by: str | None = None, order: str | None = None, external_ids: str | None = None, frontegg_tenant_id: str | None = None) -> Iterator[UserV3Dto]:
        """Every item, fetching pages lazily."""
    def update_user_tenant(self, *, body: UpdateUserTenantDtoDict | UpdateUserTenantDto, tenant_id: str | None = None, user_id: str | None = None) -> UserDto:
        """Update user's active account (tenant) (`PUT /identity/resources/users/v1/tenant`)"""
    def remove_user_from_tenant(self, user_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Remove user (`DELETE /identity/resources/users/v1/{userId}`)"""
    def add_roles_to_user(self, user_id: str, *, body: AssignUserToRolesDtoDict | AssignUserToRolesDto, tenant_id: str | None = None) -> AssignUserToRolesResponseDto:
        """Assign roles to user (`POST /identity/resources/users/v1/{userId}/roles`)"""
    def delete_roles_from_user(self, user_id: str, *, body: UnassignUserFromRolesDtoDict | UnassignUserFromRolesDto, tenant_id: str | None = None) -> DeleteUserToRolesResponseDto:
        """Unassign roles from user (`DELETE /identity/resources/users/v1/{userId}/roles`)"""
    def create_user_v2(self, *, body: CreateUserDtoDict | CreateUserDto, tenant_id: str | None = None) -> UserCreatedResponse:
        """Invite user (`POST /identity/resources/users/v2`)"""
    def get_user_profile_v2(self) -> UserDto:
        """Get user profile (`GET /identity/resources/users/v2/me`)"""
    def update_user_profile(self, *, body: UpdateUserDtoDict | UpdateUserDto) -> UserDto:
        """Update user profile (`PUT /identity/resources/users/v2/me`)"""
    def get_user_tenants_hierarchy(self) -> JsonValue:
        """Get user accounts (tenants) hierarchy (`GET /identity/resources/users/v2/me/hierarchy`)"""
    def get_user_tenants_v2(self, *, user_id: str | None = None) -> list[UserTenantDataDto]:
        """Get user accounts (tenants) (`GET /identity/resources/users/v2/me/tenants`)"""
    def get_users(self, *, limit: int | None = None, identifier: str | None = None, identifier_type: str | None = None, include_sub_tenants: bool | None = None, name_prefix: str | None = None, offset: int | None = None, email: str | None = None, tenant_id: str | None = None, ids: str | None = None, sort_by: str | None = None, order: str | None = None, external_ids: str | None = None, frontegg_tenant_id: str | None = None) -> UserV3DtoPage:
        """Get users (`GET /identity/resources/users/v3`)"""
    def iter_get_users(self, *, limit: int | None = None, identifier: str | None = None, identifier_type: str | None = None, include_sub_tenants: bool | None = None, name_prefix: str | None = None, offset: int | None = None, email: str | None = None, tenant_id: str | None = None, ids: str | None = None, sort_by: str | None = None, order: str | None = None, external_ids: str | None = None, frontegg_tenant_id: str | None = None) -> Iterator[UserV3Dto]:
        """Every item, fetching pages lazily."""
    def get_users_groups(self, *, ids: list[str], tenant_id: str | None = None) -> JsonValue:
        """Get users groups (`GET /identity/resources/users/v3/groups`)"""
    def get_user_profile_v3(self) -> UserV3Dto:
        """Get user profile (`GET /identity/resources/users/v3/me`)"""
    def unlock(self, *, body: UnlockUserRequestDtoDict | UnlockUserRequestDto) -> JsonValue:
        """Unlock user (`POST /identity/resources/users/v3/me/unlock`)"""
    def get_users_roles(self, *, ids: list[str], tenant_id: str | None = None) -> JsonValue:
        """Get users roles (`GET /identity/resources/users/v3/roles`)"""

@final
class ApiTokensApi:
    """Frontegg's \"API tokens\" operations."""

    def get_tenant_access_tokens(self, *, tenant_id: str | None = None) -> GetTenantAccessTokensResponse:
        """Get account (tenant) access tokens (`GET /identity/resources/tenants/access-tokens/v1`)"""
    def create_tenant_access_token(self, *, body: CreateTenantAccessTokenRequestDict | CreateTenantAccessTokenRequest, tenant_id: str | None = None) -> TenantAccessTokenResponse:
        """Create account (tenant) access token (`POST /identity/resources/tenants/access-tokens/v1`)"""
    def delete_tenant_access_token(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete account (tenant) access token (`DELETE /identity/resources/tenants/access-tokens/v1/{id}`)"""
    def get_tenants_api_tokens(self, *, tenant_id: str | None = None) -> list[GetTenantApiTokensResponse]:
        """Get client credentials tokens (`GET /identity/resources/tenants/api-tokens/v1`)"""
    def create_tenant_api_token_v1(self, *, body: CreateTenantApiTokenDtoDict | CreateTenantApiTokenDto, tenant_id: str | None = None) -> CreateTenantApiTokenResponseDto:
        """Create client credentials token (`POST /identity/resources/tenants/api-tokens/v1`)"""
    def update_tenant_api_token(self, id: str, *, body: UpdateApiTokenDtoDict | UpdateApiTokenDto, tenant_id: str | None = None) -> UpdateTenantApiTokenResponseDto:
        """Update client credentials token (`PATCH /identity/resources/tenants/api-tokens/v1/{id}`)"""
    def delete_tenant_api_token(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete client credentials token (`DELETE /identity/resources/tenants/api-tokens/v1/{id}`)"""
    def create_tenant_api_token_v2(self, *, body: CreateTenantApiTokenDtoDict | CreateTenantApiTokenDto, tenant_id: str | None = None) -> CreateTenantApiTokenResponseDto:
        """Create client credentials token (`POST /identity/resources/tenants/api-tokens/v2`)"""

@final
class AccountInvitationsApi:
    """Frontegg's \"Account invitations\" operations."""

    def get_invitation_configuration(self) -> InvitationConfigurationResponse:
        """Get account (tenant) invite configuration (`GET /identity/resources/tenants/invites/v1/configuration`)"""
    def get_tenant_invite_for_user(self, *, user_id: str | None = None, tenant_id: str | None = None) -> InviteTokenDto:
        """Get account (tenant) invite of user (`GET /identity/resources/tenants/invites/v1/user`)"""
    def create_tenant_invite_for_user_v1(self, *, body: CreateInviteTokenRequestForUserDict | CreateInviteTokenRequestForUser, user_id: str | None = None, tenant_id: str | None = None) -> InviteTokenDto:
        """Create account (tenant) invite for user (`POST /identity/resources/tenants/invites/v1/user`)"""
    def update_tenant_invite_for_user(self, *, body: UpdateInviteTokenRequestDict | UpdateInviteTokenRequest, user_id: str | None = None, tenant_id: str | None = None) -> InviteTokenDto:
        """Update account (tenant) invite of user (`PATCH /identity/resources/tenants/invites/v1/user`)"""
    def delete_tenant_invite_for_user(self, *, user_id: str | None = None, tenant_id: str | None = None) -> JsonValue:
        """Delete account (tenant) invite of user (`DELETE /identity/resources/tenants/invites/v1/user`)"""
    def verify_tenant_invite(self, *, body: VerifyInviteTokenRequestDict | VerifyInviteTokenRequest) -> InviteTokenDto:
        """Verify account (tenant) invite (`POST /identity/resources/tenants/invites/v1/verify`)"""
    def create_tenant_invite_for_user_v2(self, *, body: CreateInviteTokenRequestForUserV2Dict | CreateInviteTokenRequestForUserV2, tenant_id: str | None = None, user_id: str | None = None) -> InviteTokenDto:
        """Create tenant invite with roles for user (`POST /identity/resources/tenants/invites/v2/user`)"""

@final
class UsersApi:
    """Frontegg's \"Users\" operations."""

    def get(self, *, user_ids: list[str], user_tenant_statuses: list[str] | None = None) -> UserTenantStatusesResponse:
        """Get users account (tenant) statuses (`GET /identity/resources/tenants/users/v1/statuses`)"""
    def bulk_invite_users(self, *, body: UsersBulkInviteRequestDtoDict | UsersBulkInviteRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Invite users to an account (tenant) in bulk (`POST /identity/resources/users/bulk/v1/invite`)"""
    def get_bulk_invite_status(self, id: str) -> JsonValue:
        """Get status of bulk invite task (`GET /identity/resources/users/bulk/v1/status/{id}`)"""
    def create_user_phone_number_vendor(self, user_id: str, *, body: PreVerifyUserPhoneNumberRequestDtoDict | PreVerifyUserPhoneNumberRequestDto) -> JsonValue:
        """Create user phone number verified by default (`POST /identity/resources/users/phone-numbers/v1/vendor/{userId}`)"""
    def delete_user_phone_number_vendor(self, user_id: str, phone_id: str) -> JsonValue:
        """Delete user phone number on an environment (`DELETE /identity/resources/users/phone-numbers/v1/vendor/{userId}/{phoneId}`)"""
    def update_configuration(self, *, body: TemporaryUsersConfigurationDtoDict | TemporaryUsersConfigurationDto) -> TemporaryUsersConfigurationDto:
        """Set temporary users configuration (`PUT /identity/resources/users/temporary/v1/configuration`)"""
    def get_user_by_email(self, *, email: str) -> CoreUserDto:
        """Get user by email (`GET /identity/resources/users/v1/email`)"""
    def move_all_users_tenants(self, *, body: MigrateUsersFromTenantToTenantRequestDict | MigrateUsersFromTenantToTenantRequest) -> JsonValue:
        """Move all users from one account (tenant) to another (`PUT /identity/resources/users/v1/tenants/migrate`)"""
    def get_user_by_id(self, id: str, *, tenant_id: str | None = None) -> UserDto:
        """Get user by ID (`GET /identity/resources/users/v1/{id}`)"""
    def update_user_for_vendor(self, user_id: str, *, body: UpdateVendorUserDtoDict | UpdateVendorUserDto) -> UserDto:
        """Update user (global) (`PUT /identity/resources/users/v1/{userId}`)"""
    def update_user_email(self, user_id: str, *, body: UpdateUserEmailDtoDict | UpdateUserEmailDto) -> UserDto:
        """Update user email (`PUT /identity/resources/users/v1/{userId}/email`)"""
    def set_user_invisible_mode(self, user_id: str, *, body: UpdateUserInvisibleDtoDict | UpdateUserInvisibleDto) -> UserDto:
        """Make user invisible (`PUT /identity/resources/users/v1/{userId}/invisible`)"""
    def generate_user_activation_link(self, user_id: str) -> GenerateUserActivationLinkResponseDto:
        """Generate activation token (`POST /identity/resources/users/v1/{userId}/links/generate-activation-token`)"""
    def generate_user_password_reset_link(self, user_id: str) -> GenerateUserResetPasswordLinkResponseDto:
        """Generate password reset token (`POST /identity/resources/users/v1/{userId}/links/generate-password-reset-token`)"""
    def lock_user(self, user_id: str) -> JsonValue:
        """Lock user (`POST /identity/resources/users/v1/{userId}/lock`)"""
    def set_user_superuser_mode(self, user_id: str, *, body: UpdateUserSuperuserDtoDict | UpdateUserSuperuserDto) -> UserDto:
        """Make user super-user (`PUT /identity/resources/users/v1/{userId}/superuser`)"""
    def add_user_to_tenant_for_vendor(self, user_id: str, *, body: AddUserToTenantRequestDict | AddUserToTenantRequest) -> UserDto:
        """Add user to account (tenant) (`POST /identity/resources/users/v1/{userId}/tenant`)"""
    def update_user_tenant_for_vendor(self, user_id: str, *, body: UpdateUserTenantWithValidationDtoDict | UpdateUserTenantWithValidationDto) -> UserDto:
        """Set user's account (tenant) (`PUT /identity/resources/users/v1/{userId}/tenant`)"""
    def unlock_user(self, user_id: str) -> JsonValue:
        """Unlock user (`POST /identity/resources/users/v1/{userId}/unlock`)"""
    def verify_user(self, user_id: str) -> JsonValue:
        """Verify user (`POST /identity/resources/users/v1/{userId}/verify`)"""
    def create_user(self, *, body: CreateUserDtoVendorOnlyDict | CreateUserDtoVendorOnly) -> UserDto:
        """Create user (`POST /identity/resources/vendor-only/users/v1`)"""
    def get_bulk_roles_task_status(self, task_id: str) -> BulkRolesTaskStatusResponseDto:
        """Get status of bulk roles update task (`GET /identity/resources/vendor-only/users/v1/bulk-roles/status/{taskId}`)"""
    def verify_user_password(self, *, body: ValidateUserPasswordRequestDict | ValidateUserPasswordRequest) -> JsonValue:
        """Verify user's password (`POST /identity/resources/vendor-only/users/v1/passwords/verify`)"""
    def get_user_by_id_vendor_only(self, user_id: str) -> UserDto:
        """Get user (`GET /identity/resources/vendor-only/users/v1/{userId}`)"""
    def mfa_unenroll(self, user_id: str) -> JsonValue:
        """Unenroll user from MFA globally (`POST /identity/resources/vendor-only/users/v1/{userId}/mfa/unenroll`)"""
    def bulk_update_roles_across_all_tenants(self, user_id: str, *, body: BulkUpdateUserRolesRequestDtoDict | BulkUpdateUserRolesRequestDto) -> BulkUpdateUserRolesSyncResponseDto:
        """Bulk update user roles across all tenants (`PATCH /identity/resources/vendor-only/users/v1/{userId}/roles/bulk`)"""

@final
class UserPoolsApi:
    """Frontegg's \"User pools\" operations."""

    def get_user_sources(self) -> list[GetUserSourceExtendedResponseDto]:
        """Get vendor user sources (`GET /identity/resources/user-sources/v1`)"""
    def assign_user_source(self, *, body: AssignApplicationsToUserSourceRequestDtoDict | AssignApplicationsToUserSourceRequestDto) -> JsonValue:
        """Assign applications to a user source (`POST /identity/resources/user-sources/v1/assign`)"""
    def create_auth0_external_user_source(self, *, body: CreateAuth0ExternalUserSourceRequestDtoDict | CreateAuth0ExternalUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Auth0 external user source (`POST /identity/resources/user-sources/v1/external/auth0`)"""
    def update_auth0_external_user_source(self, id: str, *, body: UpdateExternalAuth0UserSourceRequestDtoDict | UpdateExternalAuth0UserSourceRequestDto) -> JsonValue:
        """Update Auth0 external user source (`PUT /identity/resources/user-sources/v1/external/auth0/{id}`)"""
    def create_cognito_external_user_source(self, *, body: CreateCognitoExternalUserSourceRequestDtoDict | CreateCognitoExternalUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Cognito external user source (`POST /identity/resources/user-sources/v1/external/cognito`)"""
    def update_cognito_external_user_source(self, id: str, *, body: UpdateExternalCognitoUserSourceRequestDtoDict | UpdateExternalCognitoUserSourceRequestDto) -> JsonValue:
        """Update Cognito external user source (`PUT /identity/resources/user-sources/v1/external/cognito/{id}`)"""
    def create_custom_code_external_user_source(self, *, body: CreateCustomCodeExternalUserSourceRequestDtoDict | CreateCustomCodeExternalUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Custom-Code external user source (`POST /identity/resources/user-sources/v1/external/custom-code`)"""
    def update_custom_code_external_user_source(self, id: str, *, body: UpdateExternalCustomCodeUserSourceRequestDtoDict | UpdateExternalCustomCodeUserSourceRequestDto) -> JsonValue:
        """Update Custom-Code external user source (`PUT /identity/resources/user-sources/v1/external/custom-code/{id}`)"""
    def create_firebase_external_user_source(self, *, body: CreateFirebaseExternalUserSourceRequestDtoDict | CreateFirebaseExternalUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Firebase external user source (`POST /identity/resources/user-sources/v1/external/firebase`)"""
    def update_firebase_external_user_source(self, id: str, *, body: UpdateExternalFirebaseUserSourceRequestDtoDict | UpdateExternalFirebaseUserSourceRequestDto) -> JsonValue:
        """Update Firebase external user source (`PUT /identity/resources/user-sources/v1/external/firebase/{id}`)"""
    def create_federation_user_source(self, *, body: CreateFederationUserSourceRequestDtoDict | CreateFederationUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Federation user source (`POST /identity/resources/user-sources/v1/federation`)"""
    def update_federation_user_source(self, id: str, *, body: UpdateFederationUserSourceRequestDtoDict | UpdateFederationUserSourceRequestDto) -> JsonValue:
        """Update Federation user source (`PUT /identity/resources/user-sources/v1/federation/{id}`)"""
    def unassign_user_source(self, *, body: UnassignApplicationsFromUserSourceRequestDtoDict | UnassignApplicationsFromUserSourceRequestDto) -> JsonValue:
        """Unassign applications from a user source (`POST /identity/resources/user-sources/v1/unassign`)"""
    def get_user_source(self, id: str) -> GetUserSourceResponseDto:
        """Get vendor user source (`GET /identity/resources/user-sources/v1/{id}`)"""
    def delete_user_source(self, id: str) -> JsonValue:
        """Delete user source (`DELETE /identity/resources/user-sources/v1/{id}`)"""
    def get_user_source_users(self, id: str) -> GetUserSourceUsersResponseDtoPage:
        """Get user source users (`GET /identity/resources/user-sources/v1/{id}/users`)"""

@final
class PersonalTokensApi:
    """Frontegg's \"Personal tokens\" operations."""

    def get_user_access_tokens(self, *, tenant_id: str | None = None, user_id: str | None = None) -> GetUserAccessTokensResponse:
        """Get user access tokens (`GET /identity/resources/users/access-tokens/v1`)"""
    def create_user_access_token(self, *, body: CreateUserAccessTokenRequestDict | CreateUserAccessTokenRequest, tenant_id: str | None = None, user_id: str | None = None) -> UserAccessTokenResponse:
        """Create user access token (`POST /identity/resources/users/access-tokens/v1`)"""
    def delete_user_access_token(self, id: str, *, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Delete user access token by token ID (`DELETE /identity/resources/users/access-tokens/v1/{id}`)"""
    def get_api_tokens(self, *, tenant_id: str | None = None, user_id: str | None = None) -> list[GetUserApiTokensResponseDto]:
        """Get user client credentials tokens (`GET /identity/resources/users/api-tokens/v1`)"""
    def create_tenant_api_token(self, *, body: CreateUserApiTokenDtoDict | CreateUserApiTokenDto, tenant_id: str | None = None, user_id: str | None = None) -> CreateUserApiTokenResponseDto:
        """Create user client credentials token (`POST /identity/resources/users/api-tokens/v1`)"""
    def delete_api_token(self, id: str, *, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Delete user client credentials token by token ID (`DELETE /identity/resources/users/api-tokens/v1/{id}`)"""

@final
class SmsApi:
    """Frontegg's \"SMS\" operations."""

    def get_all_phone_numbers_v1(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, phone_number: str | None = None) -> UserPhoneNumberResponseDtoPage:
        """Get all phone numbers (`GET /identity/resources/users/phone-numbers/v1`)"""
    def iter_get_all_phone_numbers_v1(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, phone_number: str | None = None) -> Iterator[UserPhoneNumberResponseDto]:
        """Every item, fetching pages lazily."""
    def create_user_phone_number(self, *, body: CreateUserPhoneNumberRequestDtoDict | CreateUserPhoneNumberRequestDto) -> JsonValue:
        """Set phone number for a user (`POST /identity/resources/users/phone-numbers/v1`)"""
    def get_user_own_phone_numbers(self, *, tenant_id: str | None = None, user_id: str | None = None) -> list[UserPhoneNumberResponseDto]:
        """Get current user's phone numbers (`GET /identity/resources/users/phone-numbers/v1/me`)"""
    def pre_verify_user_phone_number(self, *, body: PreVerifyUserPhoneNumberRequestDtoDict | PreVerifyUserPhoneNumberRequestDto) -> JsonValue:
        """Pre-verify user's phone number (`POST /identity/resources/users/phone-numbers/v1/preverify`)"""
    def verify_create_user_phone_number(self, *, body: VerifyPhoneNumberOtcRequestDtoDict | VerifyPhoneNumberOtcRequestDto) -> JsonValue:
        """Verify creation of phone number for user (`POST /identity/resources/users/phone-numbers/v1/verify`)"""
    def delete_user_phone_number(self, id: str) -> JsonValue:
        """Delete user's phone number (`DELETE /identity/resources/users/phone-numbers/v1/{id}`)"""
    def verify_delete_user_phone_number(self, id: str, *, body: VerifyPhoneNumberOtcRequestDtoDict | VerifyPhoneNumberOtcRequestDto) -> JsonValue:
        """Verify delete user's phone number (`POST /identity/resources/users/phone-numbers/v1/{id}/delete/verify`)"""
    def get_all_phone_numbers_v2(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, phone_number: str | None = None, user_ids: list[str] | None = None) -> UserPhoneNumberResponseDtoPage:
        """Get all phone numbers v2 (`GET /identity/resources/users/phone-numbers/v2`)"""
    def iter_get_all_phone_numbers_v2(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, phone_number: str | None = None, user_ids: list[str] | None = None) -> Iterator[UserPhoneNumberResponseDto]:
        """Every item, fetching pages lazily."""

@final
class UserSessionsApi:
    """Frontegg's \"User sessions\" operations."""

    def get_active_sessions(self, *, user_id: str | None = None) -> list[JsonValue]:
        """Get user's active sessions (`GET /identity/resources/users/sessions/v1/me`)"""
    def delete_all_user_active_sessions(self, *, user_id: str | None = None) -> JsonValue:
        """Delete all user sessions (`DELETE /identity/resources/users/sessions/v1/me/all`)"""
    def delete_user_session(self, id: str, *, user_id: str | None = None) -> JsonValue:
        """Delete single user's session (`DELETE /identity/resources/users/sessions/v1/me/{id}`)"""

@final
class M2mTokensApi:
    """Frontegg's \"M2M tokens\" operations."""

    def get_tenant_access_token_data(self, id: str, *, tenant_id: str | None = None) -> AuthTenantAccessTokenResponse:
        """Get account (tenant) access token data (`GET /identity/resources/vendor-only/tenants/access-tokens/v1/{id}`)"""
    def get_active_access_tokens(self, *, tenant_id: str | None = None) -> list[str]:
        """Get active access tokens list (`GET /identity/resources/vendor-only/users/access-tokens/v1/active`)"""
    def get_user_access_token_data(self, id: str, *, tenant_id: str | None = None) -> AuthUserAccessTokenResponse:
        """Get user access token data (`GET /identity/resources/vendor-only/users/access-tokens/v1/{id}`)"""

@final
class SsoConfigurationsApi:
    """Frontegg's \"SSO configurations\" operations."""

    def get_sso_configurations(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get SSO configurations (`GET /team/resources/sso/v1/configurations`)"""
    def create_sso_configuration(self, *, body: CreateSsoConfigurationRequestDtoDict | CreateSsoConfigurationRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Create SSO configuration (`POST /team/resources/sso/v1/configurations`)"""
    def get_sso_domains_configuration(self) -> JsonValue:
        """Get SSO domains configuration (`GET /team/resources/sso/v1/configurations/domains`)"""
    def create_or_update_sso_domains_configuration(self, *, body: CreateSsoDomainConfigurationRequestDict | CreateSsoDomainConfigurationRequest) -> JsonValue:
        """Create or update SSO domains configuration (`PUT /team/resources/sso/v1/configurations/domains`)"""
    def create_sso_configuration_by_metadata(self, *, body: UpdateSsoConfigurationByMetadataRequestDtoDict | UpdateSsoConfigurationByMetadataRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Create SSO configuration using metadata (`POST /team/resources/sso/v1/configurations/metadata`)"""
    def update_sso_configuration(self, configuration_id: str, *, body: CreateSsoConfigurationRequestDtoDict | CreateSsoConfigurationRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Update SSO configuration (`PATCH /team/resources/sso/v1/configurations/{configurationId}`)"""
    def delete_sso_configuration(self, configuration_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete SSO configuration (`DELETE /team/resources/sso/v1/configurations/{configurationId}`)"""
    def create_sso_domain(self, configuration_id: str, *, body: JsonValue, tenant_id: str | None = None) -> JsonValue:
        """Create SSO domain (`POST /team/resources/sso/v1/configurations/{configurationId}/domains`)"""
    def delete_sso_domain(self, configuration_id: str, domain_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete SSO domain (`DELETE /team/resources/sso/v1/configurations/{configurationId}/domains/{domainId}`)"""
    def validate_sso_domain_by_email(self, configuration_id: str, domain_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Validate SSO domain by email (`PUT /team/resources/sso/v1/configurations/{configurationId}/domains/{domainId}/validate/email`)"""
    def get_sso_group(self, configuration_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Get SSO group (`GET /team/resources/sso/v1/configurations/{configurationId}/groups`)"""
    def create_sso_group(self, configuration_id: str, *, body: CreateSsoGroupRequestDtoDict | CreateSsoGroupRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Create an SSO group (`POST /team/resources/sso/v1/configurations/{configurationId}/groups`)"""
    def update_sso_group(self, configuration_id: str, group_id: str, *, body: UpdateSsoGroupRequestDtoDict | UpdateSsoGroupRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Update SSO group (`PATCH /team/resources/sso/v1/configurations/{configurationId}/groups/{groupId}`)"""
    def delete_sso_group(self, configuration_id: str, group_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete SSO group (`DELETE /team/resources/sso/v1/configurations/{configurationId}/groups/{groupId}`)"""
    def update_sso_configuration_by_metadata(self, configuration_id: str, *, body: UpdateSsoConfigurationByMetadataRequestDtoDict | UpdateSsoConfigurationByMetadataRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Update SSO configuration using metadata (`PUT /team/resources/sso/v1/configurations/{configurationId}/metadata`)"""
    def get_sso_default_roles(self, configuration_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Get SSO default roles (`GET /team/resources/sso/v1/configurations/{configurationId}/roles`)"""
    def set_sso_default_roles(self, configuration_id: str, *, body: SetSsoDefaultRolesDict | SetSsoDefaultRoles, tenant_id: str | None = None) -> JsonValue:
        """Set SSO default roles (`PUT /team/resources/sso/v1/configurations/{configurationId}/roles`)"""
    def validate_sso_domain(self, configuration_id: str, domain_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Validate SSO domain (`PUT /team/resources/sso/v2/configurations/{configurationId}/domains/{domainId}/validate`)"""

@final
class SsoSettingsApi:
    """Frontegg's \"SSO settings\" operations."""

    def force_sso_domain_validation(self, domain: str, *, body: JsonValue) -> JsonValue:
        """Vendor only - Force SSO domain validation (`PUT /team/resources/sso/v1/configurations/domains/{domain}/force-validate`)"""
    def get_sso_excluded_emails(self) -> JsonValue:
        """Get SSO excluded emails (`GET /team/resources/sso/v1/configurations/excluded-emails`)"""
    def exclude_sso_email(self, *, body: ExcludeEmailFromSsoRequestDtoDict | ExcludeEmailFromSsoRequestDto) -> JsonValue:
        """Exclude email from SSO (`POST /team/resources/sso/v1/configurations/excluded-emails`)"""
    def delete_sso_excluded_email(self, email: str) -> JsonValue:
        """Delete SSO excluded email (`DELETE /team/resources/sso/v1/configurations/excluded-emails/{email}`)"""
    def get_sso_per_tenant_config(self) -> JsonValue:
        """Get SSO per account (tenant) configuration (`GET /team/resources/sso/v1/configurations/multiple-sso-per-domain`)"""
    def create_or_update_sso_per_tenant_config(self, *, body: CreateSsoPerTenantConfigRequestDict | CreateSsoPerTenantConfigRequest) -> JsonValue:
        """Create or update SSO per account (tenant) configuration (`PUT /team/resources/sso/v1/configurations/multiple-sso-per-domain`)"""
    def configure_oidc(self, *, body: ConfigureOidcRequestDict | ConfigureOidcRequest) -> JsonValue:
        """Configure OIDC (`POST /team/resources/sso/v1/oidc/configurations`)"""
    def get_sp_metadata(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get service provider metadata (`GET /team/resources/sso/v1/saml/configurations/sp-metadata`)"""

@final
class OidcConfigurationsApi:
    """Frontegg's \"OIDC configurations\" operations."""

    def get_oidc_conifguration(self) -> JsonValue:
        """Get OIDC configuration (`GET /team/resources/sso/v1/oidc/configurations`)"""

@final
class SamlConfigurationsApi:
    """Frontegg's \"SAML configurations\" operations."""

    def get_sp_certificate(self) -> JsonValue:
        """Get service provider certificate (`GET /team/resources/sso/v1/saml/configurations/sp-certificate`)"""
    def get_vendor_saml_config(self) -> JsonValue:
        """Get vendor's SAML config (`GET /team/resources/sso/v1/saml/configurations/vendor-config`)"""

@final
class AccountSettingsApi:
    """Frontegg's \"Account settings\" operations."""

    def get_settings(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get account settings (`GET /tenants/resources/account-settings/v1`)"""
    def update_settings(self, *, body: JsonValue, tenant_id: str | None = None) -> JsonValue:
        """Update account settings (`PUT /tenants/resources/account-settings/v1`)"""
    def get_public_settings(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get public settings (`GET /tenants/resources/account-settings/v1/public`)"""

@final
class SubAccountsApi:
    """Frontegg's \"Sub-accounts\" operations."""

    def get_sub_tenants(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get sub-accounts (tenants) (`GET /tenants/resources/hierarchy/v1`)"""
    def get_parent_tenants(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get parent accounts (tenants) (`GET /tenants/resources/hierarchy/v1/parents`)"""
    def get_sub_tenants_tree(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get sub-accounts (tenanants) hierarchy tree (`GET /tenants/resources/hierarchy/v1/tree`)"""
    def create_sub_tenant(self, *, body: CreateSubTenantRequestDict | CreateSubTenantRequest) -> JsonValue:
        """Create sub-account (`POST /tenants/resources/sub-tenants/v1`)"""
    def delete_sub_tenant(self, tenant_id: str) -> JsonValue:
        """Delete a sub-account by ID (`DELETE /tenants/resources/sub-tenants/v1/{tenantId}`)"""
    def update_sub_tenant_hierarchy_settings(self, tenant_id: str, *, body: JsonValue) -> JsonValue:
        """Update sub-account hierarchy settings (`PUT /tenants/resources/sub-tenants/v1/{tenantId}/hierarchy-settings`)"""
    def update_sub_tenant_management(self, tenant_id: str, *, body: JsonValue) -> JsonValue:
        """Update sub-account (tenant) management (`PUT /tenants/resources/sub-tenants/v1/{tenantId}/management`)"""

@final
class SubAccountsAndHierarchyApi:
    """Frontegg's \"Sub-accounts and hierarchy\" operations."""

    def create_sub_tenants(self, *, body: CreateSubTenantRequestDtoDict | CreateSubTenantRequestDto) -> JsonValue:
        """Create sub-account (tenant) (`POST /tenants/resources/hierarchy/v1`)"""
    def delete_sub_tenant(self, *, body: JsonValue) -> JsonValue:
        """Delete sub-account (tenant) (`DELETE /tenants/resources/hierarchy/v1`)"""

@final
class AccountMigrationApi:
    """Frontegg's \"Account migration\" operations."""

    def migrate_tenants(self, *, body: MigrateTenantsRequestDict | MigrateTenantsRequest) -> JsonValue:
        """Migrate accounts (tenants) (`POST /tenants/resources/migrations/v1/tenants`)"""
    def get_migrate_tenants_status(self, migration_id: str) -> JsonValue:
        """Accounts (tenants) migration status (`GET /tenants/resources/migrations/v1/tenants/status/{migrationId}`)"""

@final
class AccountsApi:
    """Frontegg's \"Accounts\" operations."""

    def create_tenant(self, *, body: CreateTenantRequestDict | CreateTenantRequest) -> JsonValue:
        """Create an account (tenant) (`POST /tenants/resources/tenants/v1`)"""
    def delete_current_tenant(self) -> JsonValue:
        """Delete current account (tenant) (`DELETE /tenants/resources/tenants/v1`)"""
    def get_tenant_v1(self, tenant_id: str) -> JsonValue:
        """Get account (tenant) by ID (`GET /tenants/resources/tenants/v1/{tenantId}`)"""
    def update_tenant_v1(self, tenant_id: str, *, body: JsonValue) -> JsonValue:
        """Update account (tenant) (`PUT /tenants/resources/tenants/v1/{tenantId}`)"""
    def delete_tenant(self, tenant_id: str) -> JsonValue:
        """Delete account (tenant) (`DELETE /tenants/resources/tenants/v1/{tenantId}`)"""
    def add_tenant_metadata(self, tenant_id: str, *, body: AddTenantMetadataRequestDict | AddTenantMetadataRequest) -> JsonValue:
        """Add account (tenant) metadata (`POST /tenants/resources/tenants/v1/{tenantId}/metadata`)"""
    def delete_tenant_metadata(self, tenant_id: str, key: str) -> JsonValue:
        """Delete account (tenant) metadata (`DELETE /tenants/resources/tenants/v1/{tenantId}/metadata/{key}`)"""
    def get_tenants(self, *, limit: int | None = None, offset: int | None = None, filter: str | None = None, sort_by: str | None = None, order: str | None = None, tenant_ids: list[str] | None = None) -> JsonValue:
        """Get accounts (tenants) (`GET /tenants/resources/tenants/v2`)"""
    def get_tenant_by_alias(self, alias: str) -> JsonValue:
        """Get account (tenant) by alias (`GET /tenants/resources/tenants/v2/alias/{alias}`)"""
    def get_tenant_v2(self, tenant_id: str) -> JsonValue:
        """Get an account (tenant) (`GET /tenants/resources/tenants/v2/{tenantId}`)"""
    def update_tenant_v2(self, tenant_id: str, *, body: JsonValue) -> JsonValue:
        """Update an account (tenant) (`PUT /tenants/resources/tenants/v2/{tenantId}`)"""

@final
class ApplicationsApi:
    """Frontegg's \"Applications settings\" operations."""

    def create_application_client(self, *, body: CreateApplicationClientRequestDtoDict | CreateApplicationClientRequestDto) -> ApplicationClientResponseDto:
        """Create application client (`POST /applications/application-clients`)"""
    def get_application_clients_by_app_id(self, app_id: str) -> list[ApplicationClientResponseDto]:
        """Get application clients by app ID (`GET /applications/application-clients/app/{appId}`)"""
    def get_application_client_by_id(self, id: str) -> ApplicationClientResponseDto:
        """Get application client by ID (`GET /applications/application-clients/{id}`)"""
    def update_application_client(self, id: str, *, body: UpdateApplicationClientRequestDtoDict | UpdateApplicationClientRequestDto) -> ApplicationClientResponseDto:
        """Update application client (`PATCH /applications/application-clients/{id}`)"""
    def delete_application_client(self, id: str) -> JsonValue:
        """Delete application client (`DELETE /applications/application-clients/{id}`)"""
    def get_applications_tenants_assignments(self, *, app_ids: str | None = None, tenant_ids: str | None = None, access_type: str | None = None, tenant_id: str | None = None) -> list[ApplicationsTenantAssignmentResponseV1]:
        """Get application to accounts (tenants) assignments (`GET /applications/resources/applications/tenant-assignments/v1`)"""
    def get_application_tenants_assignments_by_app_id(self, app_id: str) -> ApplicationTenantsResponseV1:
        """Get account (tenant) assignments for an application (`GET /applications/resources/applications/tenant-assignments/v1/{appId}`)"""
    def create_application_tenant_assignment(self, app_id: str, *, body: CreateApplicationTenantRequestV1Dict | CreateApplicationTenantRequestV1) -> ApplicationsTenantAssignmentResponseV1:
        """Create application to account (tenant) assignment (`POST /applications/resources/applications/tenant-assignments/v1/{appId}`)"""
    def edit_application_tenant_assignment(self, app_id: str, tenant_id: str, *, body: EditApplicationTenantRequestV1Dict | EditApplicationTenantRequestV1) -> JsonValue:
        """Edit application to tenant assignment (`PUT /applications/resources/applications/tenant-assignments/v1/{appId}/{tenantId}`)"""
    def delete_application_tenant_assignment(self, app_id: str, tenant_id: str) -> JsonValue:
        """Delete application to account (tenant) assignment (`DELETE /applications/resources/applications/tenant-assignments/v1/{appId}/{tenantId}`)"""
    def get_applications_tenants_assignments_v2(self, *, app_ids: str | None = None, tenant_ids: str | None = None, access_type: str | None = None, tenant_id: str | None = None) -> list[ApplicationsTenantAssignmentsResponseV2]:
        """Get tenant application assignments with per-app accessType (`GET /applications/resources/applications/tenant-assignments/v2`)"""
    def get_applications(self, *, access_type: str | None = None, is_default: bool | None = None, is_active: bool | None = None, ids: str | None = None, type_value: list[str] | None = None, frontend_stack: list[str] | None = None, name: str | None = None, exclude_agents: str | None = None) -> list[ApplicationsResponse]:
        """Get all applications for an environment (`GET /applications/resources/applications/v1`)"""
    def create_application(self, *, body: CreateApplicationRequestDict | CreateApplicationRequest) -> ApplicationsResponse:
        """Create application (`POST /applications/resources/applications/v1`)"""
    def regenerate_application_client_credentials(self, *, body: RegenerateApplicationClientCredentialsRequestDict | RegenerateApplicationClientCredentialsRequest) -> JsonValue:
        """Regenerate application client credentials (`POST /applications/resources/applications/v1/credentials/regenerate`)"""
    def regenerate_application_shared_secret_credentials(self, *, body: RegenerateApplicationClientCredentialsRequestDict | RegenerateApplicationClientCredentialsRequest) -> JsonValue:
        """Regenerate application shared secret credential (`POST /applications/resources/applications/v1/credentials/shared/regenerate`)"""
    def get_application_client_credentials(self, app_id: str) -> ApplicationsClientCredentialsResponse:
        """Get application client credentials (`GET /applications/resources/applications/v1/credentials/{appId}`)"""
    def get_default_application(self) -> ApplicationsResponse:
        """Get the default application for an environment (`GET /applications/resources/applications/v1/default`)"""
    def get_application_by_id(self, id: str) -> ApplicationsResponse:
        """Get application by ID (`GET /applications/resources/applications/v1/{id}`)"""
    def update_application(self, id: str, *, body: UpdateApplicationRequestDict | UpdateApplicationRequest) -> JsonValue:
        """Update an application (`PATCH /applications/resources/applications/v1/{id}`)"""
    def delete_application(self, id: str) -> JsonValue:
        """Delete an application (`DELETE /applications/resources/applications/v1/{id}`)"""

@final
class ScimSettingsApi:
    """Frontegg's \"SCIM settings\" operations."""

    def fetch_all(self, *, tenant_id: str | None = None, source: str | None = None, connection_name: str | None = None, id: str | None = None) -> list[Scim2ConnectionConfigResponse]:
        """Get all SCIM configurations (`GET /directory/resources/v1/configurations/scim2`)"""

@final
class ScimConfigurationsApi:
    """Frontegg's \"SCIM configurations\" operations."""

    def create(self, *, body: Scim2CreateConnectionConfigRequestDict | Scim2CreateConnectionConfigRequest, tenant_id: str | None = None) -> Scim2CreateConnectionConfigResponse:
        """Create a SCIM configuration (`POST /directory/resources/v1/configurations/scim2`)"""
    def fetch_by_id(self, id: str, *, tenant_id: str | None = None) -> Scim2ConnectionConfigResponse:
        """Get a SCIM configuration by ID (`GET /directory/resources/v1/configurations/scim2/{id}`)"""
    def partial_update(self, id: str, *, body: Scim2PatchConnectionConfigRequestDict | Scim2PatchConnectionConfigRequest, tenant_id: str | None = None) -> JsonValue:
        """Update a SCIM configuration (`PATCH /directory/resources/v1/configurations/scim2/{id}`)"""
    def delete_by_id(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete a SCIM configuration (`DELETE /directory/resources/v1/configurations/scim2/{id}`)"""

@final
class Client(_ClientBase):
    @property
    def users_applications_management(self) -> UsersApplicationsManagementApi:
        """Frontegg's \"Users-applications management\" operations."""
    @property
    def approval_flows(self) -> ApprovalFlowsApi:
        """Frontegg's \"Approval Flows\" operations."""
    @property
    def authentication(self) -> AuthenticationApi:
        """Frontegg's \"General\" operations."""
    @property
    def passwordless(self) -> PasswordlessApi:
        """Frontegg's \"Passwordless\" operations."""
    @property
    def mfa(self) -> MfaApi:
        """Frontegg's \"MFA\" operations."""
    @property
    def api_token(self) -> ApiTokenApi:
        """Frontegg's \"API token\" operations."""
    @property
    def domain_restrictions(self) -> DomainRestrictionsApi:
        """Frontegg's \"Domain restrictions\" operations."""
    @property
    def sessions_management(self) -> SessionsManagementApi:
        """Frontegg's \"Sessions management\" operations."""
    @property
    def sessions_configuration(self) -> SessionsConfigurationApi:
        """Frontegg's \"Sessions configuration\" operations."""
    @property
    def core_settings(self) -> CoreSettingsApi:
        """Frontegg's \"Core settings\" operations."""
    @property
    def account_invitations_settings(self) -> AccountInvitationsSettingsApi:
        """Frontegg's \"Account invitations settings\" operations."""
    @property
    def delegation(self) -> DelegationApi:
        """Frontegg's \"Delegation\" operations."""
    @property
    def lockout_policy(self) -> LockoutPolicyApi:
        """Frontegg's \"Lockout policy\" operations."""
    @property
    def mfa_configuration(self) -> MfaConfigurationApi:
        """Frontegg's \"MFA configuration\" operations."""
    @property
    def mfa_settings(self) -> MfaSettingsApi:
        """Frontegg's \"MFA settings\" operations."""
    @property
    def password_settings(self) -> PasswordSettingsApi:
        """Frontegg's \"Password settings\" operations."""
    @property
    def ip_restrictions(self) -> IpRestrictionsApi:
        """Frontegg's \"IP restrictions\" operations."""
    @property
    def sms_configuration(self) -> SmsConfigurationApi:
        """Frontegg's \"SMS configuration\" operations."""
    @property
    def sms_templates(self) -> SmsTemplatesApi:
        """Frontegg's \"SMS templates\" operations."""
    @property
    def user_emails_policy(self) -> UserEmailsPolicyApi:
        """Frontegg's \"User emails policy\" operations."""
    @property
    def user_groups(self) -> UserGroupsApi:
        """Frontegg's \"User groups\" operations."""
    @property
    def email_templates(self) -> EmailTemplatesApi:
        """Frontegg's \"Email templates\" operations."""
    @property
    def email_configuration(self) -> EmailConfigurationApi:
        """Frontegg's \"Email configuration\" operations."""
    @property
    def data_migration(self) -> DataMigrationApi:
        """Frontegg's \"Data migration\" operations."""
    @property
    def permissions(self) -> PermissionsApi:
        """Frontegg's \"Permissions\" operations."""
    @property
    def permissions_categories(self) -> PermissionsCategoriesApi:
        """Frontegg's \"Permissions categories\" operations."""
    @property
    def roles(self) -> RolesApi:
        """Frontegg's \"Roles\" operations."""
    @property
    def account_roles(self) -> AccountRolesApi:
        """Frontegg's \"Account roles\" operations."""
    @property
    def custom_social_oauth_provider(self) -> CustomSocialOauthProviderApi:
        """Frontegg's \"Custom social OAuth provider\" operations."""
    @property
    def user_management(self) -> UserManagementApi:
        """Frontegg's \"User management\" operations."""
    @property
    def api_tokens(self) -> ApiTokensApi:
        """Frontegg's \"API tokens\" operations."""
    @property
    def account_invitations(self) -> AccountInvitationsApi:
        """Frontegg's \"Account invitations\" operations."""
    @property
    def users(self) -> UsersApi:
        """Frontegg's \"Users\" operations."""
    @property
    def user_pools(self) -> UserPoolsApi:
        """Frontegg's \"User pools\" operations."""
    @property
    def personal_tokens(self) -> PersonalTokensApi:
        """Frontegg's \"Personal tokens\" operations."""
    @property
    def sms(self) -> SmsApi:
        """Frontegg's \"SMS\" operations."""
    @property
    def user_sessions(self) -> UserSessionsApi:
        """Frontegg's \"User sessions\" operations."""
    @property
    def m2m_tokens(self) -> M2mTokensApi:
        """Frontegg's \"M2M tokens\" operations."""
    @property
    def sso_configurations(self) -> SsoConfigurationsApi:
        """Frontegg's \"SSO configurations\" operations."""
    @property
    def sso_settings(self) -> SsoSettingsApi:
        """Frontegg's \"SSO settings\" operations."""
    @property
    def oidc_configurations(self) -> OidcConfigurationsApi:
        """Frontegg's \"OIDC configurations\" operations."""
    @property
    def saml_configurations(self) -> SamlConfigurationsApi:
        """Frontegg's \"SAML configurations\" operations."""
    @property
    def account_settings(self) -> AccountSettingsApi:
        """Frontegg's \"Account settings\" operations."""
    @property
    def sub_accounts(self) -> SubAccountsApi:
        """Frontegg's \"Sub-accounts\" operations."""
    @property
    def sub_accounts_and_hierarchy(self) -> SubAccountsAndHierarchyApi:
        """Frontegg's \"Sub-accounts and hierarchy\" operations."""
    @property
    def account_migration(self) -> AccountMigrationApi:
        """Frontegg's \"Account migration\" operations."""
    @property
    def accounts(self) -> AccountsApi:
        """Frontegg's \"Accounts\" operations."""
    @property
    def applications(self) -> ApplicationsApi:
        """Frontegg's \"Applications settings\" operations."""
    @property
    def scim_settings(self) -> ScimSettingsApi:
        """Frontegg's \"SCIM settings\" operations."""
    @property
    def scim_configurations(self) -> ScimConfigurationsApi:
        """Frontegg's \"SCIM configurations\" operations."""

# ---- async twins, derived from the sync stubs above ----

class _AsyncClientBase:
    """A Frontegg API client. Thread-safe; calls release the GIL.

    Fork-safe: a client built (and used) at import before gunicorn --preload,
    multiprocessing's fork start method or Celery's prefork pool fork is safe
    in the children: each opens its own connections and never waits on a
    lock or token renewal a parent thread held.

    Every operation lives on a group property named after Frontegg's tag
    (`client.user_management.get_user_by_id(...)`).
    """

    async def authenticate_vendor(
        self,
    ) -> VendorToken:
        """Exchanges the vendor credentials for a fresh environment token."""
    @property
    def refresh_cookie_name(self) -> str:
        """Name of the environment's refresh-token cookie (needs `client_id`)."""
    async def sign_in(
        self,
        *,
        password: str,
        email: str | None = None,
        username: str | None = None,
        recaptcha_token: str | None = None,
        invitation_token: str | None = None,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Signs in with email (or username) and password: a session, or the
        second-factor step when MFA is required."""
    async def sign_in_tokens(
        self,
        *,
        password: str,
        email: str | None = None,
        username: str | None = None,
        recaptcha_token: str | None = None,
        invitation_token: str | None = None,
    ) -> AuthResponse:
        """Signs in with email (or username) and password and returns Frontegg's
        token answer without keeping it (for a server that hands the tokens on)."""
    @deprecated("renamed to sign_in_tokens")
    async def login(
        self,
        *,
        password: str,
        email: str | None = None,
        username: str | None = None,
        recaptcha_token: str | None = None,
        invitation_token: str | None = None,
    ) -> AuthResponse:
        """Signs in with email (or username) and password and returns Frontegg's
        token answer without keeping it (for a server that hands the tokens on)."""
    async def sign_up(
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
        storage: TokenStorage | None = None,
    ) -> AsyncSession | ActivationRequired:
        """Signs up a user with their account (tenant) and signs them in: a session,
        or activation required when the user must confirm their email first
        (then `activate`)."""
    @deprecated("renamed to sign_up")
    async def sign_up_session(
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
        storage: TokenStorage | None = None,
    ) -> AsyncSession | ActivationRequired:
        """Signs up a user with their account (tenant) and signs them in: a session,
        or activation required when the user must confirm their email first
        (then `activate`)."""
    async def sign_up_tokens(
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
        """Signs up a user with their account (tenant) and returns Frontegg's
        answer without keeping any token."""
    async def activate(
        self,
        user_id: str,
        token: str,
        *,
        password: str | None = None,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Activates a signed-up user with the emailed token and signs them in."""
    async def refresh_tokens(
        self,
        refresh_token: str,
        *,
        tenant_id: str | None = None,
    ) -> AuthResponse:
        """Exchanges a refresh token for new tokens, optionally switching the
        active tenant, without keeping them."""
    @deprecated("renamed to refresh_tokens")
    async def refresh(
        self,
        refresh_token: str,
        *,
        tenant_id: str | None = None,
    ) -> AuthResponse:
        """Exchanges a refresh token for new tokens, optionally switching the
        active tenant, without keeping them."""
    async def sign_out(
        self,
        refresh_token: str,
    ) -> None:
        """Ends the session of `refresh_token` at Frontegg."""
    @deprecated("renamed to sign_out")
    async def logout(
        self,
        refresh_token: str,
    ) -> None:
        """Ends the session of `refresh_token` at Frontegg."""
    async def passwordless_start(
        self,
        method: PasswordlessMethod,
        *,
        email: str | None = None,
        phone_number: str | None = None,
    ) -> None:
        """Sends a magic link or a one-time code (`magic_link`, `email_code` or `sms_code`)."""
    async def passwordless_finish(
        self,
        method: PasswordlessMethod,
        token: str,
        *,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Finishes a passwordless sign-in with the code or the magic link's token."""
    async def sso_pre_login(
        self,
        email: str,
    ) -> SsoPreLogin:
        """The SSO identity provider that signs in `email`."""
    @deprecated("renamed to sso_pre_login")
    async def sso_prelogin(
        self,
        email: str,
    ) -> SsoPreLogin:
        """The SSO identity provider that signs in `email`."""
    async def saml_post_login(
        self,
        saml_response: str,
        relay_state: str,
        *,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Finishes a SAML sign-in with the identity provider's answer."""
    @deprecated("renamed to saml_post_login")
    async def saml_postlogin(
        self,
        saml_response: str,
        relay_state: str,
        *,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Finishes a SAML sign-in with the identity provider's answer."""
    async def oidc_post_login(
        self,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Finishes an OIDC SSO sign-in with the identity provider's code."""
    @deprecated("renamed to oidc_post_login")
    async def oidc_postlogin(
        self,
        code: str,
        state: str,
        *,
        redirect_uri: str | None = None,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Finishes an OIDC SSO sign-in with the identity provider's code."""
    async def social_providers(
        self,
    ) -> list[SocialProvider]:
        """The environment's social login providers."""
    def social_login_url(
        self,
        provider: str,
        redirect_uri: str,
        *,
        state: str | None = None,
    ) -> str:
        """The address that starts a social sign-in with `provider`."""
    async def social_post_login(
        self,
        provider: str,
        code: str,
        *,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        state: str | None = None,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Finishes a social sign-in with the provider's code."""
    @deprecated("renamed to social_post_login")
    async def social_postlogin(
        self,
        provider: str,
        code: str,
        *,
        redirect_uri: str | None = None,
        code_verifier: str | None = None,
        state: str | None = None,
        storage: TokenStorage | None = None,
    ) -> AsyncSession | AsyncMfaRequired:
        """Finishes a social sign-in with the provider's code."""
    async def restore_session(
        self,
        storage: TokenStorage,
    ) -> AsyncSession | None:
        """The embedded-login session `storage` kept from an earlier run."""
    def __init__(
        self,
        *,
        max_workers: int = 64,
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
        service_urls: Mapping[str, str] | None = None,
        deadline: float = 60.0,
        max_response_bytes: int = 16777216,
        tls_roots: Literal["platform", "bundled"] | None = None,
        ca_certificates_pem: str | None = None,
    ) -> None:
        """Checks the configuration and builds a client."""
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
        """A verifier whose keys come from the environment's configuration (vendor
        token) unless `options` names a key source, and which checks access
        tokens for revocation in `authenticate`."""
    def for_tenant(
        self,
        tenant_id: str,
    ) -> AsyncClient:
        """A client whose calls act inside `tenant_id` (header `frontegg-tenant-id`)."""
    def for_user(
        self,
        user_id: str,
    ) -> AsyncClient:
        """A client whose calls act as `user_id` (header `frontegg-user-id`)."""
    def as_user(
        self,
        access_token: str,
    ) -> AsyncClient:
        """A client that acts as one signed-in user: user (self-service) operations
        send `access_token`. Shares this client's connections and vendor token."""
    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str | int | bool | Sequence[str] | None] | Sequence[tuple[str, object]] | None = None,
        body: JsonValue = None,
        headers: Mapping[str, str] | None = None,
    ) -> JsonValue:
        """Any Frontegg endpoint (such as /oauth/token) through the same transport."""


class AsyncSession:
    """A signed-in user's session: refreshed ahead of expiry, one refresh at a
    time, a refresh token never sent twice. Thread-safe; its storage's
    callbacks run outside its locks and may call back into it. A refresh that
    answers another user's tokens raises InvalidTokenError (wrong_subject)
    and keeps nothing. After a fork, keep a session to one process: parent
    and child hold the same refresh token."""

    async def access_token(
        self,
    ) -> str:
        """A valid access token, refreshed first when it expires within 30 s."""
    async def refresh(
        self,
    ) -> str:
        """Renews the tokens now; returns the new access token."""
    async def switch_tenant(
        self,
        tenant_id: str,
    ) -> None:
        """Makes `tenant_id` the active account."""
    async def sign_out(
        self,
    ) -> None:
        """Signs out at Frontegg and clears the session and its storage."""
    @deprecated("renamed to sign_out")
    async def logout(
        self,
    ) -> None:
        """Signs out at Frontegg and clears the session and its storage."""
    @property
    def is_signed_in(self) -> bool:
        """Whether the session still holds tokens."""
    @property
    def user_id(self) -> str | None:
        """The signed-in user's id (`sub`)."""
    @property
    def tenant_id(self) -> str | None:
        """The active account's id."""
    @property
    def expires_at(self) -> float | None:
        """When the access token expires, seconds since the epoch."""
    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str | int | bool | Sequence[str] | None] | Sequence[tuple[str, object]] | None = None,
        body: JsonValue = None,
        headers: Mapping[str, str] | None = None,
    ) -> JsonValue:
        """Any endpoint as this user; a 401 refreshes once and retries once."""
    async def client(self) -> AsyncClient:
        """A client whose user operations send the current access token."""


class AsyncMfaRequired:
    """A sign-in waiting for its second factor."""

    @property
    def devices(self) -> UserMfaDevicesResponse | None:
        """The user's enrolled devices, when Frontegg lists them."""
    @property
    def strategies(self) -> JsonValue:
        """The offered strategies (`mfaStrategies`), as sent."""
    async def verify(
        self,
        code: str,
        *,
        remember_device: bool = False,
    ) -> AsyncSession:
        """Finishes with an authenticator-app code."""
    async def send_sms_code(
        self,
        device_id: str,
    ) -> str:
        """Sends a code by SMS to `device_id`; returns the `otc_token` for `verify_sms`."""
    async def verify_sms(
        self,
        device_id: str,
        otc_token: str,
        code: str,
        *,
        remember_device: bool = False,
    ) -> AsyncSession:
        """Finishes with the SMS code."""
    async def send_email_code(
        self,
    ) -> str:
        """Sends a code by email; returns the `otc_token` for `verify_email`."""
    async def verify_email(
        self,
        otc_token: str,
        code: str,
        *,
        remember_device: bool = False,
    ) -> AsyncSession:
        """Finishes with the emailed code."""
    async def recover(
        self,
        email: str,
        recovery_code: str,
    ) -> AsyncSession:
        """Finishes with a recovery code."""


class AsyncUsersApplicationsManagementApi:
    """Frontegg's \"Users-applications management\" operations."""

    async def get_user_application_active_tenants(self, *, user_id: str | None = None) -> UserApplicationActiveTenantsResponseDto:
        """Get user active accounts (tenants) in applications (`GET /identity/resources/applications/user-tenants/active/v1`)"""
    async def switch_user_application_active_tenant(self, *, body: SwitchApplicationActiveUserTenantsRequestDtoDict | SwitchApplicationActiveUserTenantsRequestDto, user_id: str | None = None) -> JsonValue:
        """Switch users active account (tenant) in applications (`PUT /identity/resources/applications/user-tenants/active/v1`)"""
    async def assign_users_to_application(self, *, body: AssignUsersToAppRequestDtoDict | AssignUsersToAppRequestDto) -> list[ApplicationUserTenantsResponseDto]:
        """Assign users to application (`POST /identity/resources/applications/v1`)"""
    async def unassign_users_from_application(self, *, body: UnassignUsersFromAppRequestDtoDict | UnassignUsersFromAppRequestDto) -> JsonValue:
        """Unassign users from application (`DELETE /identity/resources/applications/v1`)"""
    async def get_users_for_application(self, app_id: str) -> list[str]:
        """Get users for application (`GET /identity/resources/applications/v1/{appId}/users`)"""
    async def get_applications_for_user(self, user_id: str) -> list[str]:
        """Get applications for user (`GET /identity/resources/applications/v1/{userId}/apps`)"""


class AsyncApprovalFlowsApi:
    """Frontegg's \"Approval Flows\" operations."""

    async def get_approval_flows(self) -> ApprovalFlowsListResponseDto:
        """Get approval flows (`GET /identity/resources/approval-flows/v1`)"""
    async def create_approval_flow(self, *, body: CreateApprovalFlowDtoDict | CreateApprovalFlowDto) -> ApprovalFlowResponseDto:
        """Create approval flow (`POST /identity/resources/approval-flows/v1`)"""
    async def approver_action(self, *, body: ApproverActionDtoDict | ApproverActionDto) -> JsonValue:
        """Approver action (`POST /identity/resources/approval-flows/v1/approver-action`)"""
    async def get_execution_data(self, *, approval_flow_execution_id: str, approver_id: str, approval_flow_step_id: str) -> ExecutionDataResponseDto:
        """Get approval flow execution data (`GET /identity/resources/approval-flows/v1/execution-data`)"""
    async def execute_step_up_approval_flow(self, *, body: ExecuteApprovalFlowDtoDict | ExecuteApprovalFlowDto, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Execute step up approval flow (`POST /identity/resources/approval-flows/v1/step-up/execute`)"""
    async def get_approval_flow_by_id(self, id: str) -> ApprovalFlowResponseDto:
        """Get approval flow by ID (`GET /identity/resources/approval-flows/v1/{id}`)"""
    async def update_approval_flow(self, id: str, *, body: UpdateApprovalFlowDtoDict | UpdateApprovalFlowDto) -> ApprovalFlowResponseDto:
        """Update approval flow (`PATCH /identity/resources/approval-flows/v1/{id}`)"""
    async def delete_approval_flow(self, id: str) -> JsonValue:
        """Delete approval flow (`DELETE /identity/resources/approval-flows/v1/{id}`)"""
    async def execute_approval_flow(self, id: str, *, body: ExecuteApprovalFlowDtoDict | ExecuteApprovalFlowDto, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Execute approval flow (`POST /identity/resources/approval-flows/v1/{id}/execute`)"""


class AsyncAuthenticationApi:
    """Frontegg's \"General\" operations."""

    async def authenticate_local_user(self, *, body: LoginRequestDict | LoginRequest, vendor_host: str | None = None) -> AuthResponse:
        """Authenticate user with password (`POST /identity/resources/auth/v1/user`)"""
    async def sign_up_user(self, *, body: SignUpRequestDict | SignUpRequest, vendor_host: str | None = None, application_id: str | None = None) -> SignUpResponse:
        """Signup user (`POST /identity/resources/users/v1/signUp`)"""
    async def sign_up_user_username(self, *, body: SignUpUserUsernameDtoDict | SignUpUserUsernameDto, vendor_host: str | None = None, application_id: str | None = None) -> SignUpResponse:
        """Signup user with username (`POST /identity/resources/users/v1/signUp/username`)"""


class AsyncPasswordlessApi:
    """Frontegg's \"Passwordless\" operations."""

    async def email_code_post_login(self, *, body: AuthenticateUserPasswordlessDtoDict | AuthenticateUserPasswordlessDto) -> AuthResponse:
        """OTC (One-Time Code) postlogin (`POST /identity/resources/auth/v1/passwordless/code/postlogin`)"""
    async def email_code_prelogin(self, *, body: PasswordlessAuthenticationPreloginDtoDict | PasswordlessAuthenticationPreloginDto) -> JsonValue:
        """OTC (One-Time Code) prelogin (`POST /identity/resources/auth/v1/passwordless/code/prelogin`)"""
    async def magic_link_post_login(self, *, body: AuthenticateUserPasswordlessDtoDict | AuthenticateUserPasswordlessDto) -> AuthResponse:
        """Magic link postlogin (`POST /identity/resources/auth/v1/passwordless/magiclink/postlogin`)"""
    async def magic_link_prelogin(self, *, body: PasswordlessAuthenticationPreloginDtoDict | PasswordlessAuthenticationPreloginDto) -> JsonValue:
        """Magic link prelogin (`POST /identity/resources/auth/v1/passwordless/magiclink/prelogin`)"""
    async def sms_code_post_login(self, *, body: AuthenticateUserPasswordlessDtoDict | AuthenticateUserPasswordlessDto) -> AuthResponse:
        """SMS code postlogin (`POST /identity/resources/auth/v1/passwordless/smscode/postlogin`)"""
    async def sms_code_pre_login(self, *, body: PasswordlessAuthenticationSmsOtcPreloginDtoDict | PasswordlessAuthenticationSmsOtcPreloginDto) -> PasswordlessAuthenticationSmsOtcPreloginResponseDto:
        """SMS code prelogin (`POST /identity/resources/auth/v1/passwordless/smscode/prelogin`)"""


class AsyncMfaApi:
    """Frontegg's \"MFA\" operations."""

    async def pre_enroll_authenticator_mfa(self, *, body: AuthRequestEnrollMfaRequestDict | AuthRequestEnrollMfaRequest) -> RequestEnrollAuthenticatorAppMfaResponse:
        """Pre enroll MFA using Authenticator App (`POST /identity/resources/auth/v1/user/mfa/authenticator/enroll`)"""
    async def enroll_authenticator_mfa(self, *, body: VerifyEnrollMfaAuthAppRequestDict | VerifyEnrollMfaAuthAppRequest) -> AuthResponse:
        """Enroll MFA using Authenticator App (`POST /identity/resources/auth/v1/user/mfa/authenticator/enroll/verify`)"""
    async def verify_authenticator_mfa(self, device_id: str, *, body: VerifyMfaAuthAppRequestDict | VerifyMfaAuthAppRequest) -> AuthResponse:
        """Verify MFA using authenticator app (`POST /identity/resources/auth/v1/user/mfa/authenticator/{deviceId}/verify`)"""
    async def pre_verify_email_otc_mfa(self, *, body: AuthRequestVerifyMfaRequestDict | AuthRequestVerifyMfaRequest) -> JsonValue:
        """Request verify MFA using email code (`POST /identity/resources/auth/v1/user/mfa/emailcode`)"""
    async def verify_email_otc_mfa(self, *, body: VerifyMfaEmailOtcRequestDict | VerifyMfaEmailOtcRequest) -> AuthResponse:
        """Verify MFA using email code (`POST /identity/resources/auth/v1/user/mfa/emailcode/verify`)"""
    async def recover_mfa(self, *, body: RecoverMfaDtoDict | RecoverMfaDto) -> JsonValue:
        """Recover MFA (`POST /identity/resources/auth/v1/user/mfa/recover`)"""
    async def pre_enroll_sms_mfa(self, *, body: RequestEnrollMfasmsRequestDict | RequestEnrollMfasmsRequest) -> JsonValue:
        """Pre-enroll MFA using sms (`POST /identity/resources/auth/v1/user/mfa/sms/enroll`)"""
    async def enroll_sms_mfa(self, *, body: VerifyEnrollMfasmsRequestDict | VerifyEnrollMfasmsRequest) -> AuthResponse:
        """Enroll MFA using sms (`POST /identity/resources/auth/v1/user/mfa/sms/enroll/verify`)"""
    async def pre_verify_sms_mfa(self, device_id: str, *, body: AuthRequestVerifyMfaRequestDict | AuthRequestVerifyMfaRequest) -> JsonValue:
        """Request to verify MFA using sms (`POST /identity/resources/auth/v1/user/mfa/sms/{deviceId}`)"""
    async def verify_sms_mfa(self, device_id: str, *, body: VerifyMfasmsRequestDict | VerifyMfasmsRequest) -> AuthResponse:
        """Verify MFA using sms (`POST /identity/resources/auth/v1/user/mfa/sms/{deviceId}/verify`)"""
    async def verify_authenticator_mfa_code(self, *, body: VerifyMfaAuthAppRequestDict | VerifyMfaAuthAppRequest) -> JsonValue:
        """Verify MFA using code from authenticator app (`POST /identity/resources/auth/v1/user/mfa/verify`)"""
    async def pre_enroll_webauthn_mfa(self, *, body: AuthRequestEnrollMfaRequestDict | AuthRequestEnrollMfaRequest) -> RequestEnrollMfaWebAuthnResponse:
        """Pre enroll MFA using WebAuthN (`POST /identity/resources/auth/v1/user/mfa/webauthn/enroll`)"""
    async def enroll_webauthn_mfa(self, *, body: VerifyEnrollMfaWebAuthnRequestDict | VerifyEnrollMfaWebAuthnRequest) -> AuthResponse:
        """Enroll MFA using WebAuthN (`POST /identity/resources/auth/v1/user/mfa/webauthn/enroll/verify`)"""
    async def pre_verify_webauthn_mfa(self, device_id: str, *, body: AuthRequestVerifyMfaRequestDict | AuthRequestVerifyMfaRequest) -> JsonValue:
        """Request verify MFA using WebAuthN (`POST /identity/resources/auth/v1/user/mfa/webauthn/{deviceId}`)"""
    async def verify_webauthn_mfa(self, device_id: str, *, body: VerifyMfaWebAuthnRequestDict | VerifyMfaWebAuthnRequest) -> AuthResponse:
        """Verify MFA using webauthn (`POST /identity/resources/auth/v1/user/mfa/webauthn/{deviceId}/verify`)"""
    async def check_if_allow_to_remember_device(self, *, mfa_token: str, tenant_id: str | None = None) -> JsonValue:
        """Check if remember device allowed (`GET /identity/resources/configurations/v1/mfa-policy/allow-remember-device`)"""
    async def enroll_my_authenticator_mfa(self, *, user_id: str | None = None) -> RequestEnrollAuthenticatorAppMfaResponse:
        """Enroll authenticator app MFA (`POST /identity/resources/users/v1/mfa/authenticator/enroll`)"""
    async def verify_authenticator_mfa_enrollment(self, *, body: VerifyEnrollMfaUserAuthAppRequestDict | VerifyEnrollMfaUserAuthAppRequest, user_id: str | None = None) -> VerifyEnrollMfaResponse:
        """Verify authenticator app MFA enrollment (`POST /identity/resources/users/v1/mfa/authenticator/enroll/verify`)"""
    async def disable_authenticator_mfa(self, device_id: str, *, body: DisableMfaAuthAppRequestDict | DisableMfaAuthAppRequest, user_id: str | None = None) -> JsonValue:
        """Disable authenticator app MFA (`POST /identity/resources/users/v1/mfa/authenticator/{deviceId}/disable/verify`)"""
    async def disable_auth_app_mfa(self, *, body: DisableMfaAuthAppRequestDict | DisableMfaAuthAppRequest, user_id: str | None = None) -> JsonValue:
        """Disable authenticator app MFA (`POST /identity/resources/users/v1/mfa/disable`)"""
    async def enroll_auth_app_mfa(self, *, user_id: str | None = None) -> RequestEnrollAuthenticatorAppMfaResponse:
        """Enroll authenticator app MFA (`POST /identity/resources/users/v1/mfa/enroll`)"""
    async def verify_auth_app_mfa_enrollment(self, *, body: VerifyEnrollMfaUserAuthAppRequestDict | VerifyEnrollMfaUserAuthAppRequest, user_id: str | None = None) -> VerifyEnrollMfaResponse:
        """Verify authenticator app MFA enrollment (`POST /identity/resources/users/v1/mfa/enroll/verify`)"""
    async def pre_enroll_my_sms_mfa(self, *, body: RequestEnrollMfasmsRequestDict | RequestEnrollMfasmsRequest, user_id: str | None = None) -> JsonValue:
        """Enroll SMS MFA (`POST /identity/resources/users/v1/mfa/sms/enroll`)"""
    async def enroll_my_sms_mfa(self, *, body: VerifyEnrollMfasmsRequestDict | VerifyEnrollMfasmsRequest, user_id: str | None = None) -> JsonValue:
        """Verify MFA enrollment (`POST /identity/resources/users/v1/mfa/sms/enroll/verify`)"""
    async def pre_disable_sms_mfa(self, device_id: str, *, body: JsonValue, user_id: str | None = None, tenant_id: str | None = None) -> JsonValue:
        """Pre-disable SMS MFA (`POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable`)"""
    async def disable_sms_mfa(self, device_id: str, *, body: DisableMfasmsRequestDict | DisableMfasmsRequest, user_id: str | None = None) -> JsonValue:
        """Disable SMS MFA (`POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable/verify`)"""


class AsyncApiTokenApi:
    """Frontegg's \"API token\" operations."""

    async def auth_api_token(self, *, body: AuthApiTokenDtoDict | AuthApiTokenDto) -> ApiTokenAuthV2Response:
        """Authenticate using API token (`POST /identity/resources/auth/v2/api-token`)"""
    async def refresh_token(self, *, body: RefreshApiTokenDtoDict | RefreshApiTokenDto) -> ApiTokenAuthV2Response:
        """Refresh API token (`POST /identity/resources/auth/v2/api-token/token/refresh`)"""


class AsyncDomainRestrictionsApi:
    """Frontegg's \"Domain restrictions\" operations."""

    async def get_domain_restrictions(self) -> DomainRestrictionsResponsePage:
        """Get domain restrictions (`GET /identity/resources/configurations/restrictions/v1/email-domain`)"""
    async def create_domain_restriction(self, *, body: DomainRestrictionsCreateRequestDict | DomainRestrictionsCreateRequest) -> DomainRestrictionsResponse:
        """Create domain restriction (`POST /identity/resources/configurations/restrictions/v1/email-domain`)"""
    async def get_domain_restrictions_config(self) -> DomainRestrictionsConfigResponse:
        """Get domain restrictions (`GET /identity/resources/configurations/restrictions/v1/email-domain/config`)"""
    async def update_domain_restrictions_config(self, *, body: DomainRestrictionsConfigUpdateRequestDict | DomainRestrictionsConfigUpdateRequest) -> DomainRestrictionsConfigResponse:
        """Change domain restrictions config list type and toggle it off/on (`POST /identity/resources/configurations/restrictions/v1/email-domain/config`)"""
    async def create_bulk_domains_restriction(self, *, body: DomainRestrictionsBulkRequestRequestDict | DomainRestrictionsBulkRequestRequest) -> list[DomainRestrictionsResponse]:
        """Replace bulk domain restriction (`POST /identity/resources/configurations/restrictions/v1/email-domain/replace-bulk`)"""
    async def delete_domain_restriction(self, id: str) -> JsonValue:
        """Delete domain restriction (`DELETE /identity/resources/configurations/restrictions/v1/email-domain/{id}`)"""


class AsyncSessionsManagementApi:
    """Frontegg's \"Sessions management\" operations."""

    async def get_session_configuration(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get account (tenant) or vendor default session configuration (`GET /identity/resources/configurations/sessions/v1`)"""
    async def create_session_configuration(self, *, body: CreateSessionConfigurationRequestDict | CreateSessionConfigurationRequest, tenant_id: str | None = None) -> JsonValue:
        """Create or update account (tenant) or vendor default session configuration (`POST /identity/resources/configurations/sessions/v1`)"""


class AsyncSessionsConfigurationApi:
    """Frontegg's \"Sessions configuration\" operations."""

    async def get_vendor_session_configuration(self) -> JsonValue:
        """Get environment session configuration (`GET /identity/resources/configurations/sessions/v1/vendor`)"""


class AsyncCoreSettingsApi:
    """Frontegg's \"Core settings\" operations."""

    async def get_vendor_config(self) -> VendorConfigResponse:
        """Get identity management configuration (`GET /identity/resources/configurations/v1`)"""
    async def add_or_update_config(self, *, body: VendorConfigRequestDict | VendorConfigRequest) -> VendorConfigResponse:
        """Update identity management configuration (`POST /identity/resources/configurations/v1`)"""
    async def get_vendor_config_basic(self) -> VendorConfigBasicResponse:
        """Get identity management configuration (`GET /identity/resources/configurations/v1/basic`)"""
    async def get_captcha_policy(self) -> CaptchaPolicyResponse:
        """Get captcha policy (`GET /identity/resources/configurations/v1/captcha-policy`)"""
    async def create_captcha_policy(self, *, body: CaptchaPolicyRequestDict | CaptchaPolicyRequest) -> CaptchaPolicyResponse:
        """Create captcha policy (`POST /identity/resources/configurations/v1/captcha-policy`)"""
    async def update_captcha_policy(self, *, body: CaptchaPolicyRequestDict | CaptchaPolicyRequest) -> CaptchaPolicyResponse:
        """Update captcha policy (`PUT /identity/resources/configurations/v1/captcha-policy`)"""
    async def get_jwt_template_targeting(self) -> JwtTemplateTargetingResponseDto:
        """Get JWT template targeting configuration (`GET /identity/resources/configurations/v1/jwt-template-targeting`)"""
    async def create_jwt_template_targeting(self, *, body: UpdateJwtTemplateTargetingRequestDtoDict | UpdateJwtTemplateTargetingRequestDto) -> JwtTemplateTargetingResponseDto:
        """Create JWT template targeting configuration (`POST /identity/resources/configurations/v1/jwt-template-targeting`)"""
    async def update_jwt_template_targeting(self, *, body: UpdateJwtTemplateTargetingRequestDtoDict | UpdateJwtTemplateTargetingRequestDto) -> JsonValue:
        """Update or create JWT template targeting configuration (`PUT /identity/resources/configurations/v1/jwt-template-targeting`)"""
    async def patch_jwt_template_targeting(self, id: str, *, body: UpdateJwtTemplateTargetingRequestDtoDict | UpdateJwtTemplateTargetingRequestDto) -> JsonValue:
        """Update JWT template targeting configuration by ID (`PATCH /identity/resources/configurations/v1/jwt-template-targeting/{id}`)"""
    async def delete_jwt_template_targeting(self, id: str) -> JsonValue:
        """Delete JWT template targeting configuration by ID (`DELETE /identity/resources/configurations/v1/jwt-template-targeting/{id}`)"""
    async def get_jwt_templates(self, *, keys: list[str] | None = None, ids: list[str] | None = None, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None) -> JwtTemplateResponseDtoPage:
        """Get all JWT templates (`GET /identity/resources/jwt-templates/v1`)"""
    def iter_get_jwt_templates(self, *, keys: list[str] | None = None, ids: list[str] | None = None, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None) -> AsyncIterator[JwtTemplateResponseDto]:
        """Every item, fetching pages lazily."""
    async def create_jwt_template(self, *, body: CreateJwtTemplateDtoDict | CreateJwtTemplateDto) -> JwtTemplateResponseDto:
        """Create JWT template (`POST /identity/resources/jwt-templates/v1`)"""
    async def get_jwt_template_by_id(self, id: str) -> JwtTemplateResponseDto:
        """Get JWT template by ID (`GET /identity/resources/jwt-templates/v1/{id}`)"""
    async def update_jwt_template(self, id: str, *, body: UpdateJwtTemplateDtoDict | UpdateJwtTemplateDto) -> JwtTemplateResponseDto:
        """Update JWT template (`PUT /identity/resources/jwt-templates/v1/{id}`)"""
    async def delete_jwt_template(self, id: str) -> JsonValue:
        """Delete JWT template (`DELETE /identity/resources/jwt-templates/v1/{id}`)"""


class AsyncAccountInvitationsSettingsApi:
    """Frontegg's \"Account invitations settings\" operations."""

    async def get_activation_strategy(self) -> ActivationStrategyResponse:
        """Get activation strategies (`GET /identity/resources/configurations/v1/activation/strategies`)"""
    async def create_or_update_activation_strategy(self, *, body: CreateOrUpdateActivationStrategyRequestDict | CreateOrUpdateActivationStrategyRequest) -> JsonValue:
        """Create or update activation strategy (`POST /identity/resources/configurations/v1/activation/strategies`)"""
    async def get_invitation_strategy(self) -> InvitationStrategyResponse:
        """Get invitation strategies (`GET /identity/resources/configurations/v1/invitation/strategies`)"""
    async def create_or_update_invitation_strategy(self, *, body: CreateOrUpdateInvitationStrategyRequestDict | CreateOrUpdateInvitationStrategyRequest) -> JsonValue:
        """Create or update invitation strategy (`POST /identity/resources/configurations/v1/invitation/strategies`)"""
    async def create_tenant_invite(self, *, body: CreateInviteTokenRequestDict | CreateInviteTokenRequest) -> InviteTokenDto:
        """Create account (tenant) invite (`POST /identity/resources/tenants/invites/v1`)"""
    async def get_all_invites(self) -> list[InviteTokenDto]:
        """Get all account (tenant) invites (`GET /identity/resources/tenants/invites/v1/all`)"""
    async def delete_tenant_invite(self, id: str) -> JsonValue:
        """Delete an account (tenant) invite (`DELETE /identity/resources/tenants/invites/v1/token/{id}`)"""


class AsyncDelegationApi:
    """Frontegg's \"Delegation\" operations."""

    async def get_delegation_configuration(self) -> GetDelegationConfigurationResponseDto:
        """Get delegation configuration (`GET /identity/resources/configurations/v1/delegation`)"""
    async def create_or_update_delegation_configuration(self, *, body: CreateDelegationConfigurationRequestDtoDict | CreateDelegationConfigurationRequestDto) -> JsonValue:
        """Create or update delegation configuration (`POST /identity/resources/configurations/v1/delegation`)"""


class AsyncLockoutPolicyApi:
    """Frontegg's \"Lockout policy\" operations."""

    async def get_lockout_policy(self, *, tenant_id: str | None = None) -> LockoutPolicyResponse:
        """Get lockout policy (`GET /identity/resources/configurations/v1/lockout-policy`)"""
    async def create_lockout_policy(self, *, body: LockoutPolicyRequestDict | LockoutPolicyRequest, tenant_id: str | None = None) -> LockoutPolicyResponse:
        """Create lockout policy (`POST /identity/resources/configurations/v1/lockout-policy`)"""
    async def update_lockout_policy(self, *, body: LockoutPolicyRequestDict | LockoutPolicyRequest, tenant_id: str | None = None) -> LockoutPolicyResponse:
        """Update lockout policy (`PATCH /identity/resources/configurations/v1/lockout-policy`)"""


class AsyncMfaConfigurationApi:
    """Frontegg's \"MFA configuration\" operations."""

    async def get_mfa_config(self) -> MfaConfigResponse:
        """Get MFA configuration (`GET /identity/resources/configurations/v1/mfa`)"""
    async def upsert_mfa_config(self, *, body: MfaConfigRequestDict | MfaConfigRequest) -> MfaConfigResponse:
        """Update MFA configuration (`POST /identity/resources/configurations/v1/mfa`)"""


class AsyncMfaSettingsApi:
    """Frontegg's \"MFA settings\" operations."""

    async def get_security_policy(self, *, tenant_id: str | None = None) -> MfaPolicyResponse:
        """Get security policy (`GET /identity/resources/configurations/v1/mfa-policy`)"""
    async def create_mfa_policy(self, *, body: MfaPolicyRequestDict | MfaPolicyRequest, tenant_id: str | None = None) -> MfaPolicyResponse:
        """Create MFA policy (`POST /identity/resources/configurations/v1/mfa-policy`)"""
    async def upsert_security_policy(self, *, body: MfaPolicyRequestDict | MfaPolicyRequest, tenant_id: str | None = None) -> MfaPolicyResponse:
        """Upsert security policy (`PUT /identity/resources/configurations/v1/mfa-policy`)"""
    async def update_security_policy(self, *, body: MfaPolicyRequestDict | MfaPolicyRequest, tenant_id: str | None = None) -> MfaPolicyResponse:
        """Update security policy (`PATCH /identity/resources/configurations/v1/mfa-policy`)"""
    async def get_mfa_strategies(self) -> MfaStrategiesResponse:
        """Get MFA strategies (`GET /identity/resources/configurations/v1/mfa/strategies`)"""
    async def create_or_update_mfa_strategy(self, *, body: CreateOrUpdateMfaStrategyRequestDict | CreateOrUpdateMfaStrategyRequest) -> JsonValue:
        """Create or update MFA strategy (`POST /identity/resources/configurations/v1/mfa/strategies`)"""


class AsyncPasswordSettingsApi:
    """Frontegg's \"Password settings\" operations."""

    async def get_password_config(self, *, tenant_id: str | None = None) -> PasswordConfigResponse:
        """Get password policy configuration (`GET /identity/resources/configurations/v1/password`)"""
    async def add_or_update_password_config(self, *, body: PasswordConfigRequestDict | PasswordConfigRequest, tenant_id: str | None = None) -> PasswordConfigResponse:
        """Create or update password configuration (`POST /identity/resources/configurations/v1/password`)"""
    async def get_policy(self, *, tenant_id: str | None = None) -> PasswordHistoryPolicyResponse:
        """Get password history policy (`GET /identity/resources/configurations/v1/password-history-policy`)"""
    async def create_policy(self, *, body: PasswordHistoryPolicyRequestDict | PasswordHistoryPolicyRequest, tenant_id: str | None = None) -> PasswordHistoryPolicyResponse:
        """Create password history policy (`POST /identity/resources/configurations/v1/password-history-policy`)"""
    async def update_policy(self, *, body: PasswordHistoryPolicyRequestDict | PasswordHistoryPolicyRequest, tenant_id: str | None = None) -> PasswordHistoryPolicyResponse:
        """Update password history policy (`PATCH /identity/resources/configurations/v1/password-history-policy`)"""
    async def get_password_rotation_configuration(self) -> PasswordRotationConfigurationResponse:
        """Get password expiration period configuration (`GET /identity/resources/configurations/v1/password-rotation`)"""
    async def upsert_password_rotation_configuration(self, *, body: CreateOrUpdatePasswordRotationDtoDict | CreateOrUpdatePasswordRotationDto) -> JsonValue:
        """Manage password expiration (`POST /identity/resources/configurations/v1/password-rotation`)"""
    async def get_vendor_password_rotation_configuration(self) -> PasswordRotationConfigurationResponse:
        """Get environment configuration for password expiration period. (`GET /identity/resources/configurations/v1/password-rotation/vendor`)"""
    async def change_password(self, *, body: UpdateUserPasswordDtoDict | UpdateUserPasswordDto, user_id: str | None = None) -> JsonValue:
        """Change password (`POST /identity/resources/users/v1/passwords/change`)"""
    async def get_user_password_config(self, *, user_id: str | None = None) -> PasswordConfigResponse:
        """Get strictest password configuration (`GET /identity/resources/users/v1/passwords/config`)"""
    async def reset_password(self, *, body: ResetPasswordDtoDict | ResetPasswordDto) -> JsonValue:
        """Reset password (`POST /identity/resources/users/v1/passwords/reset`)"""
    async def verify_reset_password(self, *, body: VerifyPasswordDtoDict | VerifyPasswordDto) -> JsonValue:
        """Verify password (`POST /identity/resources/users/v1/passwords/reset/verify`)"""
    async def reset_password_via_email(self, *, body: ResetPasswordDtoDict | ResetPasswordDto) -> ResetPasswordViaSmsResponseDto:
        """Reset password via email (`POST /identity/resources/users/v2/passwords/reset/email`)"""
    async def reset_password_via_sms(self, *, body: ResetPasswordDtoDict | ResetPasswordDto) -> ResetPasswordViaSmsResponseDto:
        """Reset password via SMS (`POST /identity/resources/users/v2/passwords/reset/sms`)"""
    async def verify_reset_password_via_sms_otc(self, *, body: VerifyPasswordViaSmsRequestDtoDict | VerifyPasswordViaSmsRequestDto) -> VerifyPasswordViaSmsResponseDto:
        """Verify password reset code sent via SMS (`POST /identity/resources/users/v2/passwords/reset/sms/verify`)"""


class AsyncIpRestrictionsApi:
    """Frontegg's \"IP restrictions\" operations."""

    async def get_all_ip_restrictions(self, *, limit: int | None = None, offset: int | None = None, filter: str | None = None, tenant_id: str | None = None) -> GetAllIpRestrictionsPage:
        """Get all IP restrictions (`GET /identity/resources/configurations/v1/restrictions/ip`)"""
    def iter_get_all_ip_restrictions(self, *, limit: int | None = None, offset: int | None = None, filter: str | None = None, tenant_id: str | None = None) -> AsyncIterator[JsonValue]:
        """Every item, fetching pages lazily."""
    async def create_ip_restriction(self, *, body: CreateOrUpdateIpRestrictionDtoDict | CreateOrUpdateIpRestrictionDto, tenant_id: str | None = None) -> JsonValue:
        """Create IP restriction (`POST /identity/resources/configurations/v1/restrictions/ip`)"""
    async def get_ip_restriction_config(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get IP restriction configuration (ALLOW/BLOCK) (`GET /identity/resources/configurations/v1/restrictions/ip/config`)"""
    async def create_domain_restriction(self, *, body: CreateOrUpdateIpRestrictionConfigDtoDict | CreateOrUpdateIpRestrictionConfigDto, tenant_id: str | None = None) -> JsonValue:
        """Create or update IP restriction configuration (ALLOW/BLOCK) (`POST /identity/resources/configurations/v1/restrictions/ip/config`)"""
    async def test_current_ip(self, *, tenant_id: str | None = None) -> JsonValue:
        """Test Current IP (`POST /identity/resources/configurations/v1/restrictions/ip/verify`)"""
    async def test_current_ip_in_allow_list(self, *, tenant_id: str | None = None) -> JsonValue:
        """Test current IP is in allow list (`POST /identity/resources/configurations/v1/restrictions/ip/verify/allow`)"""
    async def delete_ip_restriction_by_id(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete IP restriction by IP (`DELETE /identity/resources/configurations/v1/restrictions/ip/{id}`)"""


class AsyncSmsConfigurationApi:
    """Frontegg's \"SMS configuration\" operations."""

    async def get_sms_vendor_config(self) -> JsonValue:
        """Gets a vendor SMS config (`GET /identity/resources/configurations/v1/sms`)"""
    async def create_sms_vendor_config(self, *, body: CreateSmsVendorConfigRequestDict | CreateSmsVendorConfigRequest) -> JsonValue:
        """Creates or updates a vendor SMS config (`POST /identity/resources/configurations/v1/sms`)"""
    async def delete_sms_vendor_config(self) -> JsonValue:
        """Deletes a vendor SMS config (`DELETE /identity/resources/configurations/v1/sms`)"""


class AsyncSmsTemplatesApi:
    """Frontegg's \"SMS templates\" operations."""

    async def get_all_sms_templates(self) -> JsonValue:
        """Gets vendor SMS templates (`GET /identity/resources/configurations/v1/sms/templates`)"""
    async def get_all_sms_default_templates(self) -> JsonValue:
        """Gets all vendor default SMS templates (`GET /identity/resources/configurations/v1/sms/templates/default/all`)"""
    async def get_sms_template(self, type_value: str) -> JsonValue:
        """Gets vendor SMS template by type (`GET /identity/resources/configurations/v1/sms/templates/{type}`)"""
    async def create_sms_template(self, type_value: str, *, body: JsonValue) -> JsonValue:
        """Create or update a vendor SMS template (`POST /identity/resources/configurations/v1/sms/templates/{type}`)"""
    async def delete_sms_template(self, type_value: str) -> JsonValue:
        """Deletes vendor SMS template by type (`DELETE /identity/resources/configurations/v1/sms/templates/{type}`)"""
    async def get_sms_default_template(self, type_value: str) -> JsonValue:
        """Gets vendor default SMS template by type (`GET /identity/resources/configurations/v1/sms/templates/{type}/default`)"""


class AsyncUserEmailsPolicyApi:
    """Frontegg's \"User emails policy\" operations."""

    async def get_user_emails_policy(self) -> GetUserEmailsPolicyResponseDto:
        """Get user emails policy (`GET /identity/resources/configurations/v1/user-emails-policy`)"""
    async def create_or_update_user_emails_policy(self, *, body: CreateUserEmailsPolicyRequestDtoDict | CreateUserEmailsPolicyRequestDto) -> JsonValue:
        """Create or update user emails policy (`POST /identity/resources/configurations/v1/user-emails-policy`)"""


class AsyncUserGroupsApi:
    """Frontegg's \"User groups\" operations."""

    async def get_all_groups(self, *, groups_relations: str | None = None, tenant_id: str | None = None) -> GroupsResponse:
        """Get all groups (`GET /identity/resources/groups/v1`)"""
    async def create_group(self, *, body: CreateGroupDtoDict | CreateGroupDto, tenant_id: str | None = None) -> GroupResponse:
        """Create group (`POST /identity/resources/groups/v1`)"""
    async def get_groups_by_ids(self, *, body: GetGroupsDtoDict | GetGroupsDto, groups_relations: str | None = None, tenant_id: str | None = None) -> GroupsResponse:
        """Get groups by Ids (`POST /identity/resources/groups/v1/bulkGet`)"""
    async def get_groups_configuration(self) -> GetGroupConfigurationResponse:
        """Get groups configuration (`GET /identity/resources/groups/v1/config`)"""
    async def create_or_update_groups_configuration(self, *, body: CreateOrUpdateGroupConfigurationDtoDict | CreateOrUpdateGroupConfigurationDto) -> JsonValue:
        """Create or update groups configuration (`POST /identity/resources/groups/v1/config`)"""
    async def add_roles_to_group(self, group_id: str, *, body: UpdateRolesOnGroupDtoDict | UpdateRolesOnGroupDto, tenant_id: str | None = None) -> JsonValue:
        """Add roles to group (`POST /identity/resources/groups/v1/{groupId}/roles`)"""
    async def remove_roles_from_group(self, group_id: str, *, body: UpdateRolesOnGroupDtoDict | UpdateRolesOnGroupDto, tenant_id: str | None = None) -> JsonValue:
        """Remove roles from group (`DELETE /identity/resources/groups/v1/{groupId}/roles`)"""
    async def add_users_to_group(self, group_id: str, *, body: UpdateUsersOnGroupDtoDict | UpdateUsersOnGroupDto, tenant_id: str | None = None) -> JsonValue:
        """Add users to group (`POST /identity/resources/groups/v1/{groupId}/users`)"""
    async def remove_users_from_group(self, group_id: str, *, body: UpdateUsersOnGroupDtoDict | UpdateUsersOnGroupDto, tenant_id: str | None = None) -> JsonValue:
        """Remove users from group (`DELETE /identity/resources/groups/v1/{groupId}/users`)"""
    async def get_group_by_id(self, id: str, *, groups_relations: str | None = None, tenant_id: str | None = None) -> GroupResponse:
        """Get group by ID (`GET /identity/resources/groups/v1/{id}`)"""
    async def update_group(self, id: str, *, body: UpdateGroupDtoDict | UpdateGroupDto, tenant_id: str | None = None) -> GroupResponse:
        """Update group (`PATCH /identity/resources/groups/v1/{id}`)"""
    async def delete_group(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete group (`DELETE /identity/resources/groups/v1/{id}`)"""
    async def get_all_groups_paginated(self, *, groups_relations: str | None = None, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, tenant_id: str | None = None) -> GroupResponsePage:
        """Get all groups paginated (`GET /identity/resources/groups/v2`)"""
    def iter_get_all_groups_paginated(self, *, groups_relations: str | None = None, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, tenant_id: str | None = None) -> AsyncIterator[GroupResponse]:
        """Every item, fetching pages lazily."""


class AsyncEmailTemplatesApi:
    """Frontegg's \"Email templates\" operations."""

    async def get_template_configuration(self, *, type_value: str | None = None) -> list[GetTemplateResponseDto]:
        """Get template (`GET /identity/resources/mail/v1/configs/templates`)"""
    async def add_or_update_template(self, *, body: CreateTemplateDtoDict | CreateTemplateDto) -> JsonValue:
        """Add or update template (`POST /identity/resources/mail/v1/configs/templates`)"""
    async def delete_template(self, template_id: str) -> JsonValue:
        """Delete template (`DELETE /identity/resources/mail/v1/configs/templates/{templateId}`)"""
    async def get_default_template_configuration(self, type_value: str) -> GetTemplateResponseDto:
        """Get default template by type (`GET /identity/resources/mail/v1/configs/{type}/default`)"""


class AsyncEmailConfigurationApi:
    """Frontegg's \"Email configuration\" operations."""

    async def get_mail_config(self) -> GetMailConfigResponseDto:
        """Get configuration (`GET /identity/resources/mail/v1/configurations`)"""
    async def create_or_update_mail_config(self, *, body: CreateOrUpdateMailConfigRequestDtoDict | CreateOrUpdateMailConfigRequestDto) -> JsonValue:
        """Create or update configuration (`POST /identity/resources/mail/v1/configurations`)"""
    async def delete_mail_config(self) -> JsonValue:
        """Delete configuration (`DELETE /identity/resources/mail/v1/configurations`)"""
    async def create_or_update_mail_config_v2(self, *, body: CreateOrUpdateMailConfigV2BodyDict | CreateOrUpdateMailConfigV2Body) -> JsonValue:
        """Create or update configuration v2 (`POST /identity/resources/mail/v2/configurations`)"""


class AsyncDataMigrationApi:
    """Frontegg's \"Data migration\" operations."""

    async def migrate_user_from_auth0(self, *, body: Auth0ConfigurationDict | Auth0Configuration) -> JsonValue:
        """Migrate from Auth0 (`POST /identity/resources/migrations/v1/auth0`)"""
    async def migrate_user_for_vendor(self, *, body: MigrateUserRequestV1Dict | MigrateUserRequestV1) -> UserDto:
        """Migrate a single user (`POST /identity/resources/migrations/v1/local`)"""
    async def bulk_migrate_user_for_vendor_v1(self, *, body: MigrateUsersRequestV1Dict | MigrateUsersRequestV1) -> MigrationContext:
        """Migrate users in bulk (`POST /identity/resources/migrations/v1/local/bulk`)"""
    async def check_bulk_migration_status(self, migration_id: str) -> JsonValue:
        """Check status of bulk migration (`GET /identity/resources/migrations/v1/local/bulk/status/{migrationId}`)"""
    async def bulk_migrate_user_for_vendor_v2(self, *, body: MigrateUsersRequestV2Dict | MigrateUsersRequestV2) -> MigrationContext:
        """Migrate vendor users in bulk (`POST /identity/resources/migrations/v2/local/bulk`)"""


class AsyncPermissionsApi:
    """Frontegg's \"Permissions\" operations."""

    async def get_all_permissions(self) -> list[PermissionResponse]:
        """Get permissions (`GET /identity/resources/permissions/v1`)"""
    async def add_permissions(self, *, body: list[AddPermissionRequestDict]) -> list[PermissionResponse]:
        """Create permissions (`POST /identity/resources/permissions/v1`)"""
    async def update_permissions_assignment_type(self, *, body: ClassifyPermissionsDtoDict | ClassifyPermissionsDto) -> PermissionResponse:
        """Set permissions classification (`PUT /identity/resources/permissions/v1/classification`)"""
    async def update_permission(self, permission_id: str, *, body: UpdatePermissionRequestDict | UpdatePermissionRequest) -> PermissionResponse:
        """Update permission (`PATCH /identity/resources/permissions/v1/{permissionId}`)"""
    async def delete_permission(self, permission_id: str) -> JsonValue:
        """Delete permission (`DELETE /identity/resources/permissions/v1/{permissionId}`)"""
    async def set_roles_to_permission(self, permission_id: str, *, body: AddRolesToPermissionRequestDict | AddRolesToPermissionRequest) -> PermissionResponse:
        """Set a permission to multiple roles (`PUT /identity/resources/permissions/v1/{permissionId}/roles`)"""


class AsyncPermissionsCategoriesApi:
    """Frontegg's \"Permissions categories\" operations."""

    async def get_all_categories_with_permissions(self) -> list[PermissionCategoryResponseDto]:
        """Get permissions categories (`GET /identity/resources/permissions/v1/categories`)"""
    async def create_permission_category(self, *, body: CreateCategoryDtoDict | CreateCategoryDto) -> PermissionCategoryResponseDto:
        """Create category (`POST /identity/resources/permissions/v1/categories`)"""
    async def update_category(self, category_id: str, *, body: UpdateCategoryDtoDict | UpdateCategoryDto) -> JsonValue:
        """Update category (`PATCH /identity/resources/permissions/v1/categories/{categoryId}`)"""
    async def delete_category(self, category_id: str) -> JsonValue:
        """Delete category (`DELETE /identity/resources/permissions/v1/categories/{categoryId}`)"""


class AsyncRolesApi:
    """Frontegg's \"Roles\" operations."""

    async def get_all_roles(self, *, tenant_id: str | None = None) -> list[RoleResponse]:
        """Get roles (`GET /identity/resources/roles/v1`)"""
    async def add_roles(self, *, body: list[AddRoleRequestDict], tenant_id: str | None = None) -> list[RoleResponse]:
        """Create roles (`POST /identity/resources/roles/v1`)"""
    async def update_role(self, role_id: str, *, body: UpdateRoleRequestDict | UpdateRoleRequest, tenant_id: str | None = None) -> RoleResponse:
        """Update role (`PATCH /identity/resources/roles/v1/{roleId}`)"""
    async def delete_role(self, role_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete role (`DELETE /identity/resources/roles/v1/{roleId}`)"""
    async def set_permissions_to_role(self, role_id: str, *, body: AddPermissionToRoleRequestDict | AddPermissionToRoleRequest, tenant_id: str | None = None) -> RoleResponse:
        """Assign permissions to a role (`PUT /identity/resources/roles/v1/{roleId}/permissions`)"""
    async def update_role_tenant(self, role_id: str, *, body: UpdateRoleTenantRequestDict | UpdateRoleTenantRequest) -> RoleResponse:
        """Update role tenant (`PUT /identity/resources/roles/v1/{roleId}/tenant`)"""


class AsyncAccountRolesApi:
    """Frontegg's \"Account roles\" operations."""

    async def get_all_roles(self, *, sort_by: str, limit: int | None = None, levels: list[int] | None = None, tenant_ids: list[str] | None = None, offset: int | None = None, order: str | None = None, filter: str | None = None, tenant_id: str | None = None) -> RoleResponsePage:
        """Get roles v2 (`GET /identity/resources/roles/v2`)"""
    def iter_get_all_roles(self, *, sort_by: str, limit: int | None = None, levels: list[int] | None = None, tenant_ids: list[str] | None = None, offset: int | None = None, order: str | None = None, filter: str | None = None, tenant_id: str | None = None) -> AsyncIterator[RoleResponse]:
        """Every item, fetching pages lazily."""
    async def add_role(self, *, body: AddRoleWithPermissionsRequestDict | AddRoleWithPermissionsRequest, tenant_id: str | None = None) -> AddRoleWithPermissionsResponse:
        """Create a new role (`POST /identity/resources/roles/v2`)"""
    async def get_distinct_levels(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get distinct levels of roles (`GET /identity/resources/roles/v2/distinct-levels`)"""
    async def get_distinct_tenants(self) -> JsonValue:
        """Get distinct assigned accounts (tenants) of roles (`GET /identity/resources/roles/v2/distinct-tenants`)"""


class AsyncCustomSocialOauthProviderApi:
    """Frontegg's \"Custom social OAuth provider\" operations."""

    async def get_sso_providers(self) -> JsonValue:
        """Get custom oauth provider (`GET /identity/resources/sso/custom/v1`)"""
    async def create_sso_provider(self, *, body: CreateCustomSsoRequestDtoDict | CreateCustomSsoRequestDto) -> JsonValue:
        """Create custom oauth provider (`POST /identity/resources/sso/custom/v1`)"""
    async def update_sso_provider(self, id: str, *, body: UpdateCustomSsoRequestDtoDict | UpdateCustomSsoRequestDto) -> JsonValue:
        """Update custom oauth provider (`PATCH /identity/resources/sso/custom/v1/{id}`)"""
    async def delete_custom_sso_config(self, id: str) -> JsonValue:
        """Delete custom oauth provider (`DELETE /identity/resources/sso/custom/v1/{id}`)"""


class AsyncUserManagementApi:
    """Frontegg's \"User management\" operations."""

    async def set_user_roles_from_sub_tenants(self, user_id: str, *, body: UpdateSubAccountAccessRequestDtoDict | UpdateSubAccountAccessRequestDto) -> JsonValue:
        """Set sub-account access for a user (`PUT /identity/resources/sub-tenants/users/v1/{userId}/access`)"""
    async def disable_user_tenant(self, user_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Disable user account (tenant) (`POST /identity/resources/tenants/users/v1/{userId}/disable`)"""
    async def enable_user_tenant(self, user_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Enable user account (tenant) (`POST /identity/resources/tenants/users/v1/{userId}/enable`)"""
    async def get_users_usernames(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, username_prefix: str | None = None, user_ids: list[str] | None = None, usernames: list[str] | None = None) -> UsernameResponseDto:
        """Get usernames for users (`GET /identity/resources/usernames/v1`)"""
    async def create_username(self, *, body: CreateUsernameRequestDtoDict | CreateUsernameRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Create a username for user (`POST /identity/resources/usernames/v1`)"""
    async def get_me_usernames(self, *, tenant_id: str | None = None, user_id: str | None = None) -> UsernameResponseDto:
        """Get authenticated user's username (`GET /identity/resources/usernames/v1/me`)"""
    async def delete_username(self, username: str) -> JsonValue:
        """Delete a username for user (`DELETE /identity/resources/usernames/v1/{username}`)"""
    async def get_all_emails(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, email: str | None = None, user_ids: str | None = None, tenant_id: str | None = None) -> UserEmailResponseDtoPage:
        """Get all user emails (`GET /identity/resources/users/emails/v1`)"""
    def iter_get_all_emails(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, email: str | None = None, user_ids: str | None = None, tenant_id: str | None = None) -> AsyncIterator[UserEmailResponseDto]:
        """Every item, fetching pages lazily."""
    async def create_user_email(self, *, body: CreateUserEmailRequestDtoDict | CreateUserEmailRequestDto, tenant_id: str | None = None) -> UserEmailResponseDto:
        """Create a user email (`POST /identity/resources/users/emails/v1`)"""
    async def get_user_own_emails(self, *, tenant_id: str | None = None, user_id: str | None = None) -> list[UserEmailResponseDto]:
        """Get current user`s emails (`GET /identity/resources/users/emails/v1/me`)"""
    async def mark_email_as_primary_me(self, *, body: MarkEmailAsPrimaryRequestDtoDict | MarkEmailAsPrimaryRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Mark email as primary (`POST /identity/resources/users/emails/v1/me/primary`)"""
    async def create_user_email_for_vendor(self, user_id: str, *, body: CreateUserEmailVendorRequestDtoDict | CreateUserEmailVendorRequestDto) -> UserEmailResponseDto:
        """Create a user email for vendor (`POST /identity/resources/users/emails/v1/vendor/{userId}`)"""
    async def mark_email_as_primary(self, user_id: str, *, body: MarkEmailAsPrimaryRequestDtoDict | MarkEmailAsPrimaryRequestDto) -> JsonValue:
        """Mark email as primary for vendor (`POST /identity/resources/users/emails/v1/vendor/{userId}/primary`)"""
    async def delete_user_email_for_vendor(self, user_id: str, email_id: str) -> JsonValue:
        """Delete a user email for vendor (`DELETE /identity/resources/users/emails/v1/vendor/{userId}/{emailId}`)"""
    async def verify_user_email(self, *, body: CreateUserEmailVerifyRequestDtoDict | CreateUserEmailVerifyRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Verify user email (`POST /identity/resources/users/emails/v1/verify`)"""
    async def delete_user_email(self, email_id: str, *, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Delete a user email (`DELETE /identity/resources/users/emails/v1/{emailId}`)"""
    async def get_configuration(self) -> TemporaryUsersConfigurationDto:
        """Gets temporary users configuration (`GET /identity/resources/users/temporary/v1/configuration`)"""
    async def edit_time_limit(self, user_id: str, *, body: TemporaryUserDtoDict | TemporaryUserDto) -> TemporaryUserDto:
        """Sets a permanent user to temporary (`PUT /identity/resources/users/temporary/v1/{userId}`)"""
    async def set_user_permanent(self, user_id: str) -> JsonValue:
        """Sets a temporary user to permanent (`DELETE /identity/resources/users/temporary/v1/{userId}`)"""
    async def create_user_v1(self, *, body: CreateUserDtoDict | CreateUserDto, tenant_id: str | None = None) -> UserCreatedResponse:
        """Create user (`POST /identity/resources/users/v1`)"""
    async def update_user(self, *, body: UpdateUserDtoDict | UpdateUserDto, tenant_id: str | None = None, user_id: str | None = None) -> UserDto:
        """Update user (`PUT /identity/resources/users/v1`)"""
    async def activate_user(self, *, body: ActivateUserDtoDict | ActivateUserDto, vendor_host: str | None = None) -> AuthResponse:
        """Activate user (`POST /identity/resources/users/v1/activate`)"""
    async def activate_user_with_code(self, *, body: ActivateUserWithCodeDtoDict | ActivateUserWithCodeDto, vendor_host: str | None = None) -> AuthResponse:
        """Activate user with code (`POST /identity/resources/users/v1/activate/code`)"""
    async def reset_activation_token(self, *, body: ResetActivationTokenDtoDict | ResetActivationTokenDto) -> JsonValue:
        """Reset user activation token (`POST /identity/resources/users/v1/activate/reset`)"""
    async def get_activation_strategy(self, *, user_id: str, token: str) -> GetActivateStrategyResponseDto:
        """Get user activation strategy (`GET /identity/resources/users/v1/activate/strategy`)"""
    async def update_email_me(self, *, body: SelfEmailUpdateRequestDtoDict | SelfEmailUpdateRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Update user email (`POST /identity/resources/users/v1/email/me`)"""
    async def verify_email_me(self, *, body: SelfEmailUpdateVerifyRequestDtoDict | SelfEmailUpdateVerifyRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Verify user email (`POST /identity/resources/users/v1/email/me/verify`)"""
    async def accept_invitation(self, *, body: AcceptInvitationDtoDict | AcceptInvitationDto) -> JsonValue:
        """Accept invitation (`POST /identity/resources/users/v1/invitation/accept`)"""
    async def accept_invitation_with_code(self, *, body: AcceptInvitationWithCodeDtoDict | AcceptInvitationWithCodeDto) -> JsonValue:
        """Accept invitation with code (`POST /identity/resources/users/v1/invitation/accept/code`)"""
    async def reset_tenant_invitation_token(self, *, body: ResetTenantInvitationDtoDict | ResetTenantInvitationDto, tenant_id: str | None = None) -> JsonValue:
        """Reset invitation (`POST /identity/resources/users/v1/invitation/reset`)"""
    async def reset_all_tenants_invitation_token(self, *, body: ResetTenantInvitationDtoDict | ResetTenantInvitationDto, tenant_id: str | None = None) -> JsonValue:
        """Reset all invitation tokens (`POST /identity/resources/users/v1/invitation/reset/all`)"""
    async def get_me_authorization(self) -> MeAuthorizationResponseDto:
        """Get user permissions and roles (`GET /identity/resources/users/v1/me/authorization`)"""
    async def get_user_tenants_v1(self) -> JsonValue:
        """Get user accounts (tenants) (`GET /identity/resources/users/v1/me/tenants`)"""
    async def search_users(self, *, limit: int | None = None, identifier: str | None = None, identifier_type: str | None = None, include_sub_tenants: bool | None = None, name_prefix: str | None = None, phrase_search_contains: list[str] | None = None, phrase_search_excludes: list[str] | None = None, phrase_search_optional: list[str] | None = None, phrase_search_approximate: bool | None = None, offset: int | None = None, email: str | None = None, tenant_id: str | None = None, ids: str | None = None, sort_by: str | None = None, order: str | None = None, external_ids: str | None = None, frontegg_tenant_id: str | None = None) -> UserV3DtoPage:
        """Get users with fuzzy search (`GET /identity/resources/users/v1/query/phrase`)"""
    def iter_search_users(self, *, limit: int | None = None, identifier: str | None = None, identifier_type: str | None = None, include_sub_tenants: bool | None = None, name_prefix: str | None = None, phrase_search_contains: list[str] | None = None, phrase_search_excludes: list[str] | None = None, phrase_search_optional: list[str] | None = None, phrase_search_approximate: bool | None = None, offset: int | None = None, email: str | None = None, tenant_id: str | None = None, ids: str | None = None, sort_by: str | None = None, order: str | None = None, external_ids: str | None = None, frontegg_tenant_id: str | None = None) -> AsyncIterator[UserV3Dto]:
        """Every item, fetching pages lazily."""
    async def update_user_tenant(self, *, body: UpdateUserTenantDtoDict | UpdateUserTenantDto, tenant_id: str | None = None, user_id: str | None = None) -> UserDto:
        """Update user's active account (tenant) (`PUT /identity/resources/users/v1/tenant`)"""
    async def remove_user_from_tenant(self, user_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Remove user (`DELETE /identity/resources/users/v1/{userId}`)"""
    async def add_roles_to_user(self, user_id: str, *, body: AssignUserToRolesDtoDict | AssignUserToRolesDto, tenant_id: str | None = None) -> AssignUserToRolesResponseDto:
        """Assign roles to user (`POST /identity/resources/users/v1/{userId}/roles`)"""
    async def delete_roles_from_user(self, user_id: str, *, body: UnassignUserFromRolesDtoDict | UnassignUserFromRolesDto, tenant_id: str | None = None) -> DeleteUserToRolesResponseDto:
        """Unassign roles from user (`DELETE /identity/resources/users/v1/{userId}/roles`)"""
    async def create_user_v2(self, *, body: CreateUserDtoDict | CreateUserDto, tenant_id: str | None = None) -> UserCreatedResponse:
        """Invite user (`POST /identity/resources/users/v2`)"""
    async def get_user_profile_v2(self) -> UserDto:
        """Get user profile (`GET /identity/resources/users/v2/me`)"""
    async def update_user_profile(self, *, body: UpdateUserDtoDict | UpdateUserDto) -> UserDto:
        """Update user profile (`PUT /identity/resources/users/v2/me`)"""
    async def get_user_tenants_hierarchy(self) -> JsonValue:
        """Get user accounts (tenants) hierarchy (`GET /identity/resources/users/v2/me/hierarchy`)"""
    async def get_user_tenants_v2(self, *, user_id: str | None = None) -> list[UserTenantDataDto]:
        """Get user accounts (tenants) (`GET /identity/resources/users/v2/me/tenants`)"""
    async def get_users(self, *, limit: int | None = None, identifier: str | None = None, identifier_type: str | None = None, include_sub_tenants: bool | None = None, name_prefix: str | None = None, offset: int | None = None, email: str | None = None, tenant_id: str | None = None, ids: str | None = None, sort_by: str | None = None, order: str | None = None, external_ids: str | None = None, frontegg_tenant_id: str | None = None) -> UserV3DtoPage:
        """Get users (`GET /identity/resources/users/v3`)"""
    def iter_get_users(self, *, limit: int | None = None, identifier: str | None = None, identifier_type: str | None = None, include_sub_tenants: bool | None = None, name_prefix: str | None = None, offset: int | None = None, email: str | None = None, tenant_id: str | None = None, ids: str | None = None, sort_by: str | None = None, order: str | None = None, external_ids: str | None = None, frontegg_tenant_id: str | None = None) -> AsyncIterator[UserV3Dto]:
        """Every item, fetching pages lazily."""
    async def get_users_groups(self, *, ids: list[str], tenant_id: str | None = None) -> JsonValue:
        """Get users groups (`GET /identity/resources/users/v3/groups`)"""
    async def get_user_profile_v3(self) -> UserV3Dto:
        """Get user profile (`GET /identity/resources/users/v3/me`)"""
    async def unlock(self, *, body: UnlockUserRequestDtoDict | UnlockUserRequestDto) -> JsonValue:
        """Unlock user (`POST /identity/resources/users/v3/me/unlock`)"""
    async def get_users_roles(self, *, ids: list[str], tenant_id: str | None = None) -> JsonValue:
        """Get users roles (`GET /identity/resources/users/v3/roles`)"""


class AsyncApiTokensApi:
    """Frontegg's \"API tokens\" operations."""

    async def get_tenant_access_tokens(self, *, tenant_id: str | None = None) -> GetTenantAccessTokensResponse:
        """Get account (tenant) access tokens (`GET /identity/resources/tenants/access-tokens/v1`)"""
    async def create_tenant_access_token(self, *, body: CreateTenantAccessTokenRequestDict | CreateTenantAccessTokenRequest, tenant_id: str | None = None) -> TenantAccessTokenResponse:
        """Create account (tenant) access token (`POST /identity/resources/tenants/access-tokens/v1`)"""
    async def delete_tenant_access_token(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete account (tenant) access token (`DELETE /identity/resources/tenants/access-tokens/v1/{id}`)"""
    async def get_tenants_api_tokens(self, *, tenant_id: str | None = None) -> list[GetTenantApiTokensResponse]:
        """Get client credentials tokens (`GET /identity/resources/tenants/api-tokens/v1`)"""
    async def create_tenant_api_token_v1(self, *, body: CreateTenantApiTokenDtoDict | CreateTenantApiTokenDto, tenant_id: str | None = None) -> CreateTenantApiTokenResponseDto:
        """Create client credentials token (`POST /identity/resources/tenants/api-tokens/v1`)"""
    async def update_tenant_api_token(self, id: str, *, body: UpdateApiTokenDtoDict | UpdateApiTokenDto, tenant_id: str | None = None) -> UpdateTenantApiTokenResponseDto:
        """Update client credentials token (`PATCH /identity/resources/tenants/api-tokens/v1/{id}`)"""
    async def delete_tenant_api_token(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete client credentials token (`DELETE /identity/resources/tenants/api-tokens/v1/{id}`)"""
    async def create_tenant_api_token_v2(self, *, body: CreateTenantApiTokenDtoDict | CreateTenantApiTokenDto, tenant_id: str | None = None) -> CreateTenantApiTokenResponseDto:
        """Create client credentials token (`POST /identity/resources/tenants/api-tokens/v2`)"""


class AsyncAccountInvitationsApi:
    """Frontegg's \"Account invitations\" operations."""

    async def get_invitation_configuration(self) -> InvitationConfigurationResponse:
        """Get account (tenant) invite configuration (`GET /identity/resources/tenants/invites/v1/configuration`)"""
    async def get_tenant_invite_for_user(self, *, user_id: str | None = None, tenant_id: str | None = None) -> InviteTokenDto:
        """Get account (tenant) invite of user (`GET /identity/resources/tenants/invites/v1/user`)"""
    async def create_tenant_invite_for_user_v1(self, *, body: CreateInviteTokenRequestForUserDict | CreateInviteTokenRequestForUser, user_id: str | None = None, tenant_id: str | None = None) -> InviteTokenDto:
        """Create account (tenant) invite for user (`POST /identity/resources/tenants/invites/v1/user`)"""
    async def update_tenant_invite_for_user(self, *, body: UpdateInviteTokenRequestDict | UpdateInviteTokenRequest, user_id: str | None = None, tenant_id: str | None = None) -> InviteTokenDto:
        """Update account (tenant) invite of user (`PATCH /identity/resources/tenants/invites/v1/user`)"""
    async def delete_tenant_invite_for_user(self, *, user_id: str | None = None, tenant_id: str | None = None) -> JsonValue:
        """Delete account (tenant) invite of user (`DELETE /identity/resources/tenants/invites/v1/user`)"""
    async def verify_tenant_invite(self, *, body: VerifyInviteTokenRequestDict | VerifyInviteTokenRequest) -> InviteTokenDto:
        """Verify account (tenant) invite (`POST /identity/resources/tenants/invites/v1/verify`)"""
    async def create_tenant_invite_for_user_v2(self, *, body: CreateInviteTokenRequestForUserV2Dict | CreateInviteTokenRequestForUserV2, tenant_id: str | None = None, user_id: str | None = None) -> InviteTokenDto:
        """Create tenant invite with roles for user (`POST /identity/resources/tenants/invites/v2/user`)"""


class AsyncUsersApi:
    """Frontegg's \"Users\" operations."""

    async def get(self, *, user_ids: list[str], user_tenant_statuses: list[str] | None = None) -> UserTenantStatusesResponse:
        """Get users account (tenant) statuses (`GET /identity/resources/tenants/users/v1/statuses`)"""
    async def bulk_invite_users(self, *, body: UsersBulkInviteRequestDtoDict | UsersBulkInviteRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Invite users to an account (tenant) in bulk (`POST /identity/resources/users/bulk/v1/invite`)"""
    async def get_bulk_invite_status(self, id: str) -> JsonValue:
        """Get status of bulk invite task (`GET /identity/resources/users/bulk/v1/status/{id}`)"""
    async def create_user_phone_number_vendor(self, user_id: str, *, body: PreVerifyUserPhoneNumberRequestDtoDict | PreVerifyUserPhoneNumberRequestDto) -> JsonValue:
        """Create user phone number verified by default (`POST /identity/resources/users/phone-numbers/v1/vendor/{userId}`)"""
    async def delete_user_phone_number_vendor(self, user_id: str, phone_id: str) -> JsonValue:
        """Delete user phone number on an environment (`DELETE /identity/resources/users/phone-numbers/v1/vendor/{userId}/{phoneId}`)"""
    async def update_configuration(self, *, body: TemporaryUsersConfigurationDtoDict | TemporaryUsersConfigurationDto) -> TemporaryUsersConfigurationDto:
        """Set temporary users configuration (`PUT /identity/resources/users/temporary/v1/configuration`)"""
    async def get_user_by_email(self, *, email: str) -> CoreUserDto:
        """Get user by email (`GET /identity/resources/users/v1/email`)"""
    async def move_all_users_tenants(self, *, body: MigrateUsersFromTenantToTenantRequestDict | MigrateUsersFromTenantToTenantRequest) -> JsonValue:
        """Move all users from one account (tenant) to another (`PUT /identity/resources/users/v1/tenants/migrate`)"""
    async def get_user_by_id(self, id: str, *, tenant_id: str | None = None) -> UserDto:
        """Get user by ID (`GET /identity/resources/users/v1/{id}`)"""
    async def update_user_for_vendor(self, user_id: str, *, body: UpdateVendorUserDtoDict | UpdateVendorUserDto) -> UserDto:
        """Update user (global) (`PUT /identity/resources/users/v1/{userId}`)"""
    async def update_user_email(self, user_id: str, *, body: UpdateUserEmailDtoDict | UpdateUserEmailDto) -> UserDto:
        """Update user email (`PUT /identity/resources/users/v1/{userId}/email`)"""
    async def set_user_invisible_mode(self, user_id: str, *, body: UpdateUserInvisibleDtoDict | UpdateUserInvisibleDto) -> UserDto:
        """Make user invisible (`PUT /identity/resources/users/v1/{userId}/invisible`)"""
    async def generate_user_activation_link(self, user_id: str) -> GenerateUserActivationLinkResponseDto:
        """Generate activation token (`POST /identity/resources/users/v1/{userId}/links/generate-activation-token`)"""
    async def generate_user_password_reset_link(self, user_id: str) -> GenerateUserResetPasswordLinkResponseDto:
        """Generate password reset token (`POST /identity/resources/users/v1/{userId}/links/generate-password-reset-token`)"""
    async def lock_user(self, user_id: str) -> JsonValue:
        """Lock user (`POST /identity/resources/users/v1/{userId}/lock`)"""
    async def set_user_superuser_mode(self, user_id: str, *, body: UpdateUserSuperuserDtoDict | UpdateUserSuperuserDto) -> UserDto:
        """Make user super-user (`PUT /identity/resources/users/v1/{userId}/superuser`)"""
    async def add_user_to_tenant_for_vendor(self, user_id: str, *, body: AddUserToTenantRequestDict | AddUserToTenantRequest) -> UserDto:
        """Add user to account (tenant) (`POST /identity/resources/users/v1/{userId}/tenant`)"""
    async def update_user_tenant_for_vendor(self, user_id: str, *, body: UpdateUserTenantWithValidationDtoDict | UpdateUserTenantWithValidationDto) -> UserDto:
        """Set user's account (tenant) (`PUT /identity/resources/users/v1/{userId}/tenant`)"""
    async def unlock_user(self, user_id: str) -> JsonValue:
        """Unlock user (`POST /identity/resources/users/v1/{userId}/unlock`)"""
    async def verify_user(self, user_id: str) -> JsonValue:
        """Verify user (`POST /identity/resources/users/v1/{userId}/verify`)"""
    async def create_user(self, *, body: CreateUserDtoVendorOnlyDict | CreateUserDtoVendorOnly) -> UserDto:
        """Create user (`POST /identity/resources/vendor-only/users/v1`)"""
    async def get_bulk_roles_task_status(self, task_id: str) -> BulkRolesTaskStatusResponseDto:
        """Get status of bulk roles update task (`GET /identity/resources/vendor-only/users/v1/bulk-roles/status/{taskId}`)"""
    async def verify_user_password(self, *, body: ValidateUserPasswordRequestDict | ValidateUserPasswordRequest) -> JsonValue:
        """Verify user's password (`POST /identity/resources/vendor-only/users/v1/passwords/verify`)"""
    async def get_user_by_id_vendor_only(self, user_id: str) -> UserDto:
        """Get user (`GET /identity/resources/vendor-only/users/v1/{userId}`)"""
    async def mfa_unenroll(self, user_id: str) -> JsonValue:
        """Unenroll user from MFA globally (`POST /identity/resources/vendor-only/users/v1/{userId}/mfa/unenroll`)"""
    async def bulk_update_roles_across_all_tenants(self, user_id: str, *, body: BulkUpdateUserRolesRequestDtoDict | BulkUpdateUserRolesRequestDto) -> BulkUpdateUserRolesSyncResponseDto:
        """Bulk update user roles across all tenants (`PATCH /identity/resources/vendor-only/users/v1/{userId}/roles/bulk`)"""


class AsyncUserPoolsApi:
    """Frontegg's \"User pools\" operations."""

    async def get_user_sources(self) -> list[GetUserSourceExtendedResponseDto]:
        """Get vendor user sources (`GET /identity/resources/user-sources/v1`)"""
    async def assign_user_source(self, *, body: AssignApplicationsToUserSourceRequestDtoDict | AssignApplicationsToUserSourceRequestDto) -> JsonValue:
        """Assign applications to a user source (`POST /identity/resources/user-sources/v1/assign`)"""
    async def create_auth0_external_user_source(self, *, body: CreateAuth0ExternalUserSourceRequestDtoDict | CreateAuth0ExternalUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Auth0 external user source (`POST /identity/resources/user-sources/v1/external/auth0`)"""
    async def update_auth0_external_user_source(self, id: str, *, body: UpdateExternalAuth0UserSourceRequestDtoDict | UpdateExternalAuth0UserSourceRequestDto) -> JsonValue:
        """Update Auth0 external user source (`PUT /identity/resources/user-sources/v1/external/auth0/{id}`)"""
    async def create_cognito_external_user_source(self, *, body: CreateCognitoExternalUserSourceRequestDtoDict | CreateCognitoExternalUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Cognito external user source (`POST /identity/resources/user-sources/v1/external/cognito`)"""
    async def update_cognito_external_user_source(self, id: str, *, body: UpdateExternalCognitoUserSourceRequestDtoDict | UpdateExternalCognitoUserSourceRequestDto) -> JsonValue:
        """Update Cognito external user source (`PUT /identity/resources/user-sources/v1/external/cognito/{id}`)"""
    async def create_custom_code_external_user_source(self, *, body: CreateCustomCodeExternalUserSourceRequestDtoDict | CreateCustomCodeExternalUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Custom-Code external user source (`POST /identity/resources/user-sources/v1/external/custom-code`)"""
    async def update_custom_code_external_user_source(self, id: str, *, body: UpdateExternalCustomCodeUserSourceRequestDtoDict | UpdateExternalCustomCodeUserSourceRequestDto) -> JsonValue:
        """Update Custom-Code external user source (`PUT /identity/resources/user-sources/v1/external/custom-code/{id}`)"""
    async def create_firebase_external_user_source(self, *, body: CreateFirebaseExternalUserSourceRequestDtoDict | CreateFirebaseExternalUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Firebase external user source (`POST /identity/resources/user-sources/v1/external/firebase`)"""
    async def update_firebase_external_user_source(self, id: str, *, body: UpdateExternalFirebaseUserSourceRequestDtoDict | UpdateExternalFirebaseUserSourceRequestDto) -> JsonValue:
        """Update Firebase external user source (`PUT /identity/resources/user-sources/v1/external/firebase/{id}`)"""
    async def create_federation_user_source(self, *, body: CreateFederationUserSourceRequestDtoDict | CreateFederationUserSourceRequestDto) -> CreateUserSourceResponse:
        """Create Federation user source (`POST /identity/resources/user-sources/v1/federation`)"""
    async def update_federation_user_source(self, id: str, *, body: UpdateFederationUserSourceRequestDtoDict | UpdateFederationUserSourceRequestDto) -> JsonValue:
        """Update Federation user source (`PUT /identity/resources/user-sources/v1/federation/{id}`)"""
    async def unassign_user_source(self, *, body: UnassignApplicationsFromUserSourceRequestDtoDict | UnassignApplicationsFromUserSourceRequestDto) -> JsonValue:
        """Unassign applications from a user source (`POST /identity/resources/user-sources/v1/unassign`)"""
    async def get_user_source(self, id: str) -> GetUserSourceResponseDto:
        """Get vendor user source (`GET /identity/resources/user-sources/v1/{id}`)"""
    async def delete_user_source(self, id: str) -> JsonValue:
        """Delete user source (`DELETE /identity/resources/user-sources/v1/{id}`)"""
    async def get_user_source_users(self, id: str) -> GetUserSourceUsersResponseDtoPage:
        """Get user source users (`GET /identity/resources/user-sources/v1/{id}/users`)"""


class AsyncPersonalTokensApi:
    """Frontegg's \"Personal tokens\" operations."""

    async def get_user_access_tokens(self, *, tenant_id: str | None = None, user_id: str | None = None) -> GetUserAccessTokensResponse:
        """Get user access tokens (`GET /identity/resources/users/access-tokens/v1`)"""
    async def create_user_access_token(self, *, body: CreateUserAccessTokenRequestDict | CreateUserAccessTokenRequest, tenant_id: str | None = None, user_id: str | None = None) -> UserAccessTokenResponse:
        """Create user access token (`POST /identity/resources/users/access-tokens/v1`)"""
    async def delete_user_access_token(self, id: str, *, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Delete user access token by token ID (`DELETE /identity/resources/users/access-tokens/v1/{id}`)"""
    async def get_api_tokens(self, *, tenant_id: str | None = None, user_id: str | None = None) -> list[GetUserApiTokensResponseDto]:
        """Get user client credentials tokens (`GET /identity/resources/users/api-tokens/v1`)"""
    async def create_tenant_api_token(self, *, body: CreateUserApiTokenDtoDict | CreateUserApiTokenDto, tenant_id: str | None = None, user_id: str | None = None) -> CreateUserApiTokenResponseDto:
        """Create user client credentials token (`POST /identity/resources/users/api-tokens/v1`)"""
    async def delete_api_token(self, id: str, *, tenant_id: str | None = None, user_id: str | None = None) -> JsonValue:
        """Delete user client credentials token by token ID (`DELETE /identity/resources/users/api-tokens/v1/{id}`)"""


class AsyncSmsApi:
    """Frontegg's \"SMS\" operations."""

    async def get_all_phone_numbers_v1(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, phone_number: str | None = None) -> UserPhoneNumberResponseDtoPage:
        """Get all phone numbers (`GET /identity/resources/users/phone-numbers/v1`)"""
    def iter_get_all_phone_numbers_v1(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, phone_number: str | None = None) -> AsyncIterator[UserPhoneNumberResponseDto]:
        """Every item, fetching pages lazily."""
    async def create_user_phone_number(self, *, body: CreateUserPhoneNumberRequestDtoDict | CreateUserPhoneNumberRequestDto) -> JsonValue:
        """Set phone number for a user (`POST /identity/resources/users/phone-numbers/v1`)"""
    async def get_user_own_phone_numbers(self, *, tenant_id: str | None = None, user_id: str | None = None) -> list[UserPhoneNumberResponseDto]:
        """Get current user's phone numbers (`GET /identity/resources/users/phone-numbers/v1/me`)"""
    async def pre_verify_user_phone_number(self, *, body: PreVerifyUserPhoneNumberRequestDtoDict | PreVerifyUserPhoneNumberRequestDto) -> JsonValue:
        """Pre-verify user's phone number (`POST /identity/resources/users/phone-numbers/v1/preverify`)"""
    async def verify_create_user_phone_number(self, *, body: VerifyPhoneNumberOtcRequestDtoDict | VerifyPhoneNumberOtcRequestDto) -> JsonValue:
        """Verify creation of phone number for user (`POST /identity/resources/users/phone-numbers/v1/verify`)"""
    async def delete_user_phone_number(self, id: str) -> JsonValue:
        """Delete user's phone number (`DELETE /identity/resources/users/phone-numbers/v1/{id}`)"""
    async def verify_delete_user_phone_number(self, id: str, *, body: VerifyPhoneNumberOtcRequestDtoDict | VerifyPhoneNumberOtcRequestDto) -> JsonValue:
        """Verify delete user's phone number (`POST /identity/resources/users/phone-numbers/v1/{id}/delete/verify`)"""
    async def get_all_phone_numbers_v2(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, phone_number: str | None = None, user_ids: list[str] | None = None) -> UserPhoneNumberResponseDtoPage:
        """Get all phone numbers v2 (`GET /identity/resources/users/phone-numbers/v2`)"""
    def iter_get_all_phone_numbers_v2(self, *, limit: int | None = None, offset: int | None = None, sort_by: str | None = None, order: str | None = None, phone_number: str | None = None, user_ids: list[str] | None = None) -> AsyncIterator[UserPhoneNumberResponseDto]:
        """Every item, fetching pages lazily."""


class AsyncUserSessionsApi:
    """Frontegg's \"User sessions\" operations."""

    async def get_active_sessions(self, *, user_id: str | None = None) -> list[JsonValue]:
        """Get user's active sessions (`GET /identity/resources/users/sessions/v1/me`)"""
    async def delete_all_user_active_sessions(self, *, user_id: str | None = None) -> JsonValue:
        """Delete all user sessions (`DELETE /identity/resources/users/sessions/v1/me/all`)"""
    async def delete_user_session(self, id: str, *, user_id: str | None = None) -> JsonValue:
        """Delete single user's session (`DELETE /identity/resources/users/sessions/v1/me/{id}`)"""


class AsyncM2mTokensApi:
    """Frontegg's \"M2M tokens\" operations."""

    async def get_tenant_access_token_data(self, id: str, *, tenant_id: str | None = None) -> AuthTenantAccessTokenResponse:
        """Get account (tenant) access token data (`GET /identity/resources/vendor-only/tenants/access-tokens/v1/{id}`)"""
    async def get_active_access_tokens(self, *, tenant_id: str | None = None) -> list[str]:
        """Get active access tokens list (`GET /identity/resources/vendor-only/users/access-tokens/v1/active`)"""
    async def get_user_access_token_data(self, id: str, *, tenant_id: str | None = None) -> AuthUserAccessTokenResponse:
        """Get user access token data (`GET /identity/resources/vendor-only/users/access-tokens/v1/{id}`)"""


class AsyncSsoConfigurationsApi:
    """Frontegg's \"SSO configurations\" operations."""

    async def get_sso_configurations(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get SSO configurations (`GET /team/resources/sso/v1/configurations`)"""
    async def create_sso_configuration(self, *, body: CreateSsoConfigurationRequestDtoDict | CreateSsoConfigurationRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Create SSO configuration (`POST /team/resources/sso/v1/configurations`)"""
    async def get_sso_domains_configuration(self) -> JsonValue:
        """Get SSO domains configuration (`GET /team/resources/sso/v1/configurations/domains`)"""
    async def create_or_update_sso_domains_configuration(self, *, body: CreateSsoDomainConfigurationRequestDict | CreateSsoDomainConfigurationRequest) -> JsonValue:
        """Create or update SSO domains configuration (`PUT /team/resources/sso/v1/configurations/domains`)"""
    async def create_sso_configuration_by_metadata(self, *, body: UpdateSsoConfigurationByMetadataRequestDtoDict | UpdateSsoConfigurationByMetadataRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Create SSO configuration using metadata (`POST /team/resources/sso/v1/configurations/metadata`)"""
    async def update_sso_configuration(self, configuration_id: str, *, body: CreateSsoConfigurationRequestDtoDict | CreateSsoConfigurationRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Update SSO configuration (`PATCH /team/resources/sso/v1/configurations/{configurationId}`)"""
    async def delete_sso_configuration(self, configuration_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete SSO configuration (`DELETE /team/resources/sso/v1/configurations/{configurationId}`)"""
    async def create_sso_domain(self, configuration_id: str, *, body: JsonValue, tenant_id: str | None = None) -> JsonValue:
        """Create SSO domain (`POST /team/resources/sso/v1/configurations/{configurationId}/domains`)"""
    async def delete_sso_domain(self, configuration_id: str, domain_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete SSO domain (`DELETE /team/resources/sso/v1/configurations/{configurationId}/domains/{domainId}`)"""
    async def validate_sso_domain_by_email(self, configuration_id: str, domain_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Validate SSO domain by email (`PUT /team/resources/sso/v1/configurations/{configurationId}/domains/{domainId}/validate/email`)"""
    async def get_sso_group(self, configuration_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Get SSO group (`GET /team/resources/sso/v1/configurations/{configurationId}/groups`)"""
    async def create_sso_group(self, configuration_id: str, *, body: CreateSsoGroupRequestDtoDict | CreateSsoGroupRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Create an SSO group (`POST /team/resources/sso/v1/configurations/{configurationId}/groups`)"""
    async def update_sso_group(self, configuration_id: str, group_id: str, *, body: UpdateSsoGroupRequestDtoDict | UpdateSsoGroupRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Update SSO group (`PATCH /team/resources/sso/v1/configurations/{configurationId}/groups/{groupId}`)"""
    async def delete_sso_group(self, configuration_id: str, group_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete SSO group (`DELETE /team/resources/sso/v1/configurations/{configurationId}/groups/{groupId}`)"""
    async def update_sso_configuration_by_metadata(self, configuration_id: str, *, body: UpdateSsoConfigurationByMetadataRequestDtoDict | UpdateSsoConfigurationByMetadataRequestDto, tenant_id: str | None = None) -> JsonValue:
        """Update SSO configuration using metadata (`PUT /team/resources/sso/v1/configurations/{configurationId}/metadata`)"""
    async def get_sso_default_roles(self, configuration_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Get SSO default roles (`GET /team/resources/sso/v1/configurations/{configurationId}/roles`)"""
    async def set_sso_default_roles(self, configuration_id: str, *, body: SetSsoDefaultRolesDict | SetSsoDefaultRoles, tenant_id: str | None = None) -> JsonValue:
        """Set SSO default roles (`PUT /team/resources/sso/v1/configurations/{configurationId}/roles`)"""
    async def validate_sso_domain(self, configuration_id: str, domain_id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Validate SSO domain (`PUT /team/resources/sso/v2/configurations/{configurationId}/domains/{domainId}/validate`)"""


class AsyncSsoSettingsApi:
    """Frontegg's \"SSO settings\" operations."""

    async def force_sso_domain_validation(self, domain: str, *, body: JsonValue) -> JsonValue:
        """Vendor only - Force SSO domain validation (`PUT /team/resources/sso/v1/configurations/domains/{domain}/force-validate`)"""
    async def get_sso_excluded_emails(self) -> JsonValue:
        """Get SSO excluded emails (`GET /team/resources/sso/v1/configurations/excluded-emails`)"""
    async def exclude_sso_email(self, *, body: ExcludeEmailFromSsoRequestDtoDict | ExcludeEmailFromSsoRequestDto) -> JsonValue:
        """Exclude email from SSO (`POST /team/resources/sso/v1/configurations/excluded-emails`)"""
    async def delete_sso_excluded_email(self, email: str) -> JsonValue:
        """Delete SSO excluded email (`DELETE /team/resources/sso/v1/configurations/excluded-emails/{email}`)"""
    async def get_sso_per_tenant_config(self) -> JsonValue:
        """Get SSO per account (tenant) configuration (`GET /team/resources/sso/v1/configurations/multiple-sso-per-domain`)"""
    async def create_or_update_sso_per_tenant_config(self, *, body: CreateSsoPerTenantConfigRequestDict | CreateSsoPerTenantConfigRequest) -> JsonValue:
        """Create or update SSO per account (tenant) configuration (`PUT /team/resources/sso/v1/configurations/multiple-sso-per-domain`)"""
    async def configure_oidc(self, *, body: ConfigureOidcRequestDict | ConfigureOidcRequest) -> JsonValue:
        """Configure OIDC (`POST /team/resources/sso/v1/oidc/configurations`)"""
    async def get_sp_metadata(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get service provider metadata (`GET /team/resources/sso/v1/saml/configurations/sp-metadata`)"""


class AsyncOidcConfigurationsApi:
    """Frontegg's \"OIDC configurations\" operations."""

    async def get_oidc_conifguration(self) -> JsonValue:
        """Get OIDC configuration (`GET /team/resources/sso/v1/oidc/configurations`)"""


class AsyncSamlConfigurationsApi:
    """Frontegg's \"SAML configurations\" operations."""

    async def get_sp_certificate(self) -> JsonValue:
        """Get service provider certificate (`GET /team/resources/sso/v1/saml/configurations/sp-certificate`)"""
    async def get_vendor_saml_config(self) -> JsonValue:
        """Get vendor's SAML config (`GET /team/resources/sso/v1/saml/configurations/vendor-config`)"""


class AsyncAccountSettingsApi:
    """Frontegg's \"Account settings\" operations."""

    async def get_settings(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get account settings (`GET /tenants/resources/account-settings/v1`)"""
    async def update_settings(self, *, body: JsonValue, tenant_id: str | None = None) -> JsonValue:
        """Update account settings (`PUT /tenants/resources/account-settings/v1`)"""
    async def get_public_settings(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get public settings (`GET /tenants/resources/account-settings/v1/public`)"""


class AsyncSubAccountsApi:
    """Frontegg's \"Sub-accounts\" operations."""

    async def get_sub_tenants(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get sub-accounts (tenants) (`GET /tenants/resources/hierarchy/v1`)"""
    async def get_parent_tenants(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get parent accounts (tenants) (`GET /tenants/resources/hierarchy/v1/parents`)"""
    async def get_sub_tenants_tree(self, *, tenant_id: str | None = None) -> JsonValue:
        """Get sub-accounts (tenanants) hierarchy tree (`GET /tenants/resources/hierarchy/v1/tree`)"""
    async def create_sub_tenant(self, *, body: CreateSubTenantRequestDict | CreateSubTenantRequest) -> JsonValue:
        """Create sub-account (`POST /tenants/resources/sub-tenants/v1`)"""
    async def delete_sub_tenant(self, tenant_id: str) -> JsonValue:
        """Delete a sub-account by ID (`DELETE /tenants/resources/sub-tenants/v1/{tenantId}`)"""
    async def update_sub_tenant_hierarchy_settings(self, tenant_id: str, *, body: JsonValue) -> JsonValue:
        """Update sub-account hierarchy settings (`PUT /tenants/resources/sub-tenants/v1/{tenantId}/hierarchy-settings`)"""
    async def update_sub_tenant_management(self, tenant_id: str, *, body: JsonValue) -> JsonValue:
        """Update sub-account (tenant) management (`PUT /tenants/resources/sub-tenants/v1/{tenantId}/management`)"""


class AsyncSubAccountsAndHierarchyApi:
    """Frontegg's \"Sub-accounts and hierarchy\" operations."""

    async def create_sub_tenants(self, *, body: CreateSubTenantRequestDtoDict | CreateSubTenantRequestDto) -> JsonValue:
        """Create sub-account (tenant) (`POST /tenants/resources/hierarchy/v1`)"""
    async def delete_sub_tenant(self, *, body: JsonValue) -> JsonValue:
        """Delete sub-account (tenant) (`DELETE /tenants/resources/hierarchy/v1`)"""


class AsyncAccountMigrationApi:
    """Frontegg's \"Account migration\" operations."""

    async def migrate_tenants(self, *, body: MigrateTenantsRequestDict | MigrateTenantsRequest) -> JsonValue:
        """Migrate accounts (tenants) (`POST /tenants/resources/migrations/v1/tenants`)"""
    async def get_migrate_tenants_status(self, migration_id: str) -> JsonValue:
        """Accounts (tenants) migration status (`GET /tenants/resources/migrations/v1/tenants/status/{migrationId}`)"""


class AsyncAccountsApi:
    """Frontegg's \"Accounts\" operations."""

    async def create_tenant(self, *, body: CreateTenantRequestDict | CreateTenantRequest) -> JsonValue:
        """Create an account (tenant) (`POST /tenants/resources/tenants/v1`)"""
    async def delete_current_tenant(self) -> JsonValue:
        """Delete current account (tenant) (`DELETE /tenants/resources/tenants/v1`)"""
    async def get_tenant_v1(self, tenant_id: str) -> JsonValue:
        """Get account (tenant) by ID (`GET /tenants/resources/tenants/v1/{tenantId}`)"""
    async def update_tenant_v1(self, tenant_id: str, *, body: JsonValue) -> JsonValue:
        """Update account (tenant) (`PUT /tenants/resources/tenants/v1/{tenantId}`)"""
    async def delete_tenant(self, tenant_id: str) -> JsonValue:
        """Delete account (tenant) (`DELETE /tenants/resources/tenants/v1/{tenantId}`)"""
    async def add_tenant_metadata(self, tenant_id: str, *, body: AddTenantMetadataRequestDict | AddTenantMetadataRequest) -> JsonValue:
        """Add account (tenant) metadata (`POST /tenants/resources/tenants/v1/{tenantId}/metadata`)"""
    async def delete_tenant_metadata(self, tenant_id: str, key: str) -> JsonValue:
        """Delete account (tenant) metadata (`DELETE /tenants/resources/tenants/v1/{tenantId}/metadata/{key}`)"""
    async def get_tenants(self, *, limit: int | None = None, offset: int | None = None, filter: str | None = None, sort_by: str | None = None, order: str | None = None, tenant_ids: list[str] | None = None) -> JsonValue:
        """Get accounts (tenants) (`GET /tenants/resources/tenants/v2`)"""
    async def get_tenant_by_alias(self, alias: str) -> JsonValue:
        """Get account (tenant) by alias (`GET /tenants/resources/tenants/v2/alias/{alias}`)"""
    async def get_tenant_v2(self, tenant_id: str) -> JsonValue:
        """Get an account (tenant) (`GET /tenants/resources/tenants/v2/{tenantId}`)"""
    async def update_tenant_v2(self, tenant_id: str, *, body: JsonValue) -> JsonValue:
        """Update an account (tenant) (`PUT /tenants/resources/tenants/v2/{tenantId}`)"""


class AsyncApplicationsApi:
    """Frontegg's \"Applications settings\" operations."""

    async def create_application_client(self, *, body: CreateApplicationClientRequestDtoDict | CreateApplicationClientRequestDto) -> ApplicationClientResponseDto:
        """Create application client (`POST /applications/application-clients`)"""
    async def get_application_clients_by_app_id(self, app_id: str) -> list[ApplicationClientResponseDto]:
        """Get application clients by app ID (`GET /applications/application-clients/app/{appId}`)"""
    async def get_application_client_by_id(self, id: str) -> ApplicationClientResponseDto:
        """Get application client by ID (`GET /applications/application-clients/{id}`)"""
    async def update_application_client(self, id: str, *, body: UpdateApplicationClientRequestDtoDict | UpdateApplicationClientRequestDto) -> ApplicationClientResponseDto:
        """Update application client (`PATCH /applications/application-clients/{id}`)"""
    async def delete_application_client(self, id: str) -> JsonValue:
        """Delete application client (`DELETE /applications/application-clients/{id}`)"""
    async def get_applications_tenants_assignments(self, *, app_ids: str | None = None, tenant_ids: str | None = None, access_type: str | None = None, tenant_id: str | None = None) -> list[ApplicationsTenantAssignmentResponseV1]:
        """Get application to accounts (tenants) assignments (`GET /applications/resources/applications/tenant-assignments/v1`)"""
    async def get_application_tenants_assignments_by_app_id(self, app_id: str) -> ApplicationTenantsResponseV1:
        """Get account (tenant) assignments for an application (`GET /applications/resources/applications/tenant-assignments/v1/{appId}`)"""
    async def create_application_tenant_assignment(self, app_id: str, *, body: CreateApplicationTenantRequestV1Dict | CreateApplicationTenantRequestV1) -> ApplicationsTenantAssignmentResponseV1:
        """Create application to account (tenant) assignment (`POST /applications/resources/applications/tenant-assignments/v1/{appId}`)"""
    async def edit_application_tenant_assignment(self, app_id: str, tenant_id: str, *, body: EditApplicationTenantRequestV1Dict | EditApplicationTenantRequestV1) -> JsonValue:
        """Edit application to tenant assignment (`PUT /applications/resources/applications/tenant-assignments/v1/{appId}/{tenantId}`)"""
    async def delete_application_tenant_assignment(self, app_id: str, tenant_id: str) -> JsonValue:
        """Delete application to account (tenant) assignment (`DELETE /applications/resources/applications/tenant-assignments/v1/{appId}/{tenantId}`)"""
    async def get_applications_tenants_assignments_v2(self, *, app_ids: str | None = None, tenant_ids: str | None = None, access_type: str | None = None, tenant_id: str | None = None) -> list[ApplicationsTenantAssignmentsResponseV2]:
        """Get tenant application assignments with per-app accessType (`GET /applications/resources/applications/tenant-assignments/v2`)"""
    async def get_applications(self, *, access_type: str | None = None, is_default: bool | None = None, is_active: bool | None = None, ids: str | None = None, type_value: list[str] | None = None, frontend_stack: list[str] | None = None, name: str | None = None, exclude_agents: str | None = None) -> list[ApplicationsResponse]:
        """Get all applications for an environment (`GET /applications/resources/applications/v1`)"""
    async def create_application(self, *, body: CreateApplicationRequestDict | CreateApplicationRequest) -> ApplicationsResponse:
        """Create application (`POST /applications/resources/applications/v1`)"""
    async def regenerate_application_client_credentials(self, *, body: RegenerateApplicationClientCredentialsRequestDict | RegenerateApplicationClientCredentialsRequest) -> JsonValue:
        """Regenerate application client credentials (`POST /applications/resources/applications/v1/credentials/regenerate`)"""
    async def regenerate_application_shared_secret_credentials(self, *, body: RegenerateApplicationClientCredentialsRequestDict | RegenerateApplicationClientCredentialsRequest) -> JsonValue:
        """Regenerate application shared secret credential (`POST /applications/resources/applications/v1/credentials/shared/regenerate`)"""
    async def get_application_client_credentials(self, app_id: str) -> ApplicationsClientCredentialsResponse:
        """Get application client credentials (`GET /applications/resources/applications/v1/credentials/{appId}`)"""
    async def get_default_application(self) -> ApplicationsResponse:
        """Get the default application for an environment (`GET /applications/resources/applications/v1/default`)"""
    async def get_application_by_id(self, id: str) -> ApplicationsResponse:
        """Get application by ID (`GET /applications/resources/applications/v1/{id}`)"""
    async def update_application(self, id: str, *, body: UpdateApplicationRequestDict | UpdateApplicationRequest) -> JsonValue:
        """Update an application (`PATCH /applications/resources/applications/v1/{id}`)"""
    async def delete_application(self, id: str) -> JsonValue:
        """Delete an application (`DELETE /applications/resources/applications/v1/{id}`)"""


class AsyncScimSettingsApi:
    """Frontegg's \"SCIM settings\" operations."""

    async def fetch_all(self, *, tenant_id: str | None = None, source: str | None = None, connection_name: str | None = None, id: str | None = None) -> list[Scim2ConnectionConfigResponse]:
        """Get all SCIM configurations (`GET /directory/resources/v1/configurations/scim2`)"""


class AsyncScimConfigurationsApi:
    """Frontegg's \"SCIM configurations\" operations."""

    async def create(self, *, body: Scim2CreateConnectionConfigRequestDict | Scim2CreateConnectionConfigRequest, tenant_id: str | None = None) -> Scim2CreateConnectionConfigResponse:
        """Create a SCIM configuration (`POST /directory/resources/v1/configurations/scim2`)"""
    async def fetch_by_id(self, id: str, *, tenant_id: str | None = None) -> Scim2ConnectionConfigResponse:
        """Get a SCIM configuration by ID (`GET /directory/resources/v1/configurations/scim2/{id}`)"""
    async def partial_update(self, id: str, *, body: Scim2PatchConnectionConfigRequestDict | Scim2PatchConnectionConfigRequest, tenant_id: str | None = None) -> JsonValue:
        """Update a SCIM configuration (`PATCH /directory/resources/v1/configurations/scim2/{id}`)"""
    async def delete_by_id(self, id: str, *, tenant_id: str | None = None) -> JsonValue:
        """Delete a SCIM configuration (`DELETE /directory/resources/v1/configurations/scim2/{id}`)"""

class AsyncClient(_AsyncClientBase):
    """The Client for asyncio: the same surface with `async def` methods, run on a
    bounded thread pool (`max_workers`). Use `async with`; `aclose()` waits for
    the calls in flight. Thread-safe and fork-safe: a forked child starts its
    own pool threads."""

    async def __aenter__(self) -> AsyncClient: ...
    async def __aexit__(self, *exc_info: object) -> None: ...
    async def aclose(self) -> None: ...
    @property
    def users_applications_management(self) -> AsyncUsersApplicationsManagementApi:
        """Frontegg's \"Users-applications management\" operations (async)."""
    @property
    def approval_flows(self) -> AsyncApprovalFlowsApi:
        """Frontegg's \"Approval Flows\" operations (async)."""
    @property
    def authentication(self) -> AsyncAuthenticationApi:
        """Frontegg's \"General\" operations (async)."""
    @property
    def passwordless(self) -> AsyncPasswordlessApi:
        """Frontegg's \"Passwordless\" operations (async)."""
    @property
    def mfa(self) -> AsyncMfaApi:
        """Frontegg's \"MFA\" operations (async)."""
    @property
    def api_token(self) -> AsyncApiTokenApi:
        """Frontegg's \"API token\" operations (async)."""
    @property
    def domain_restrictions(self) -> AsyncDomainRestrictionsApi:
        """Frontegg's \"Domain restrictions\" operations (async)."""
    @property
    def sessions_management(self) -> AsyncSessionsManagementApi:
        """Frontegg's \"Sessions management\" operations (async)."""
    @property
    def sessions_configuration(self) -> AsyncSessionsConfigurationApi:
        """Frontegg's \"Sessions configuration\" operations (async)."""
    @property
    def core_settings(self) -> AsyncCoreSettingsApi:
        """Frontegg's \"Core settings\" operations (async)."""
    @property
    def account_invitations_settings(self) -> AsyncAccountInvitationsSettingsApi:
        """Frontegg's \"Account invitations settings\" operations (async)."""
    @property
    def delegation(self) -> AsyncDelegationApi:
        """Frontegg's \"Delegation\" operations (async)."""
    @property
    def lockout_policy(self) -> AsyncLockoutPolicyApi:
        """Frontegg's \"Lockout policy\" operations (async)."""
    @property
    def mfa_configuration(self) -> AsyncMfaConfigurationApi:
        """Frontegg's \"MFA configuration\" operations (async)."""
    @property
    def mfa_settings(self) -> AsyncMfaSettingsApi:
        """Frontegg's \"MFA settings\" operations (async)."""
    @property
    def password_settings(self) -> AsyncPasswordSettingsApi:
        """Frontegg's \"Password settings\" operations (async)."""
    @property
    def ip_restrictions(self) -> AsyncIpRestrictionsApi:
        """Frontegg's \"IP restrictions\" operations (async)."""
    @property
    def sms_configuration(self) -> AsyncSmsConfigurationApi:
        """Frontegg's \"SMS configuration\" operations (async)."""
    @property
    def sms_templates(self) -> AsyncSmsTemplatesApi:
        """Frontegg's \"SMS templates\" operations (async)."""
    @property
    def user_emails_policy(self) -> AsyncUserEmailsPolicyApi:
        """Frontegg's \"User emails policy\" operations (async)."""
    @property
    def user_groups(self) -> AsyncUserGroupsApi:
        """Frontegg's \"User groups\" operations (async)."""
    @property
    def email_templates(self) -> AsyncEmailTemplatesApi:
        """Frontegg's \"Email templates\" operations (async)."""
    @property
    def email_configuration(self) -> AsyncEmailConfigurationApi:
        """Frontegg's \"Email configuration\" operations (async)."""
    @property
    def data_migration(self) -> AsyncDataMigrationApi:
        """Frontegg's \"Data migration\" operations (async)."""
    @property
    def permissions(self) -> AsyncPermissionsApi:
        """Frontegg's \"Permissions\" operations (async)."""
    @property
    def permissions_categories(self) -> AsyncPermissionsCategoriesApi:
        """Frontegg's \"Permissions categories\" operations (async)."""
    @property
    def roles(self) -> AsyncRolesApi:
        """Frontegg's \"Roles\" operations (async)."""
    @property
    def account_roles(self) -> AsyncAccountRolesApi:
        """Frontegg's \"Account roles\" operations (async)."""
    @property
    def custom_social_oauth_provider(self) -> AsyncCustomSocialOauthProviderApi:
        """Frontegg's \"Custom social OAuth provider\" operations (async)."""
    @property
    def user_management(self) -> AsyncUserManagementApi:
        """Frontegg's \"User management\" operations (async)."""
    @property
    def api_tokens(self) -> AsyncApiTokensApi:
        """Frontegg's \"API tokens\" operations (async)."""
    @property
    def account_invitations(self) -> AsyncAccountInvitationsApi:
        """Frontegg's \"Account invitations\" operations (async)."""
    @property
    def users(self) -> AsyncUsersApi:
        """Frontegg's \"Users\" operations (async)."""
    @property
    def user_pools(self) -> AsyncUserPoolsApi:
        """Frontegg's \"User pools\" operations (async)."""
    @property
    def personal_tokens(self) -> AsyncPersonalTokensApi:
        """Frontegg's \"Personal tokens\" operations (async)."""
    @property
    def sms(self) -> AsyncSmsApi:
        """Frontegg's \"SMS\" operations (async)."""
    @property
    def user_sessions(self) -> AsyncUserSessionsApi:
        """Frontegg's \"User sessions\" operations (async)."""
    @property
    def m2m_tokens(self) -> AsyncM2mTokensApi:
        """Frontegg's \"M2M tokens\" operations (async)."""
    @property
    def sso_configurations(self) -> AsyncSsoConfigurationsApi:
        """Frontegg's \"SSO configurations\" operations (async)."""
    @property
    def sso_settings(self) -> AsyncSsoSettingsApi:
        """Frontegg's \"SSO settings\" operations (async)."""
    @property
    def oidc_configurations(self) -> AsyncOidcConfigurationsApi:
        """Frontegg's \"OIDC configurations\" operations (async)."""
    @property
    def saml_configurations(self) -> AsyncSamlConfigurationsApi:
        """Frontegg's \"SAML configurations\" operations (async)."""
    @property
    def account_settings(self) -> AsyncAccountSettingsApi:
        """Frontegg's \"Account settings\" operations (async)."""
    @property
    def sub_accounts(self) -> AsyncSubAccountsApi:
        """Frontegg's \"Sub-accounts\" operations (async)."""
    @property
    def sub_accounts_and_hierarchy(self) -> AsyncSubAccountsAndHierarchyApi:
        """Frontegg's \"Sub-accounts and hierarchy\" operations (async)."""
    @property
    def account_migration(self) -> AsyncAccountMigrationApi:
        """Frontegg's \"Account migration\" operations (async)."""
    @property
    def accounts(self) -> AsyncAccountsApi:
        """Frontegg's \"Accounts\" operations (async)."""
    @property
    def applications(self) -> AsyncApplicationsApi:
        """Frontegg's \"Applications settings\" operations (async)."""
    @property
    def scim_settings(self) -> AsyncScimSettingsApi:
        """Frontegg's \"SCIM settings\" operations (async)."""
    @property
    def scim_configurations(self) -> AsyncScimConfigurationsApi:
        """Frontegg's \"SCIM configurations\" operations (async)."""
