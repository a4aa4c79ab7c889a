"""Checked by mypy --strict in test_stubs.py: the stubs must type real usage."""

import frontegg_identity as fi


def flow(client: fi.Client) -> int:
    signed_up: fi.SignUpResponse = client.sign_up_tokens(
        email="a@b.c", company_name="Acme", password="pw", metadata={"plan": "pro"}, role_ids=["r"]
    )
    session: fi.AuthResponse | None = signed_up.auth_response
    if session is None or session.refresh_token is None:
        return 0
    refreshed = client.refresh_tokens(session.refresh_token, tenant_id="t")
    client.for_tenant("t").sign_out(refreshed.refresh_token or "")
    try:
        client.sign_in_tokens(email="a@b.c", password="pw")
    except fi.RateLimitedError as error:
        return int(error.retry_after or 0)
    except fi.ApiError as error:
        return error.status or 0
    return int(refreshed.expires_in)


def generated(client: fi.Client) -> list[str]:
    user: fi.UserDto = client.users.create_user(body={"tenantId": "t", "email": "a@b.c"})
    roles = client.account_roles.iter_get_all_roles(sort_by="name", limit=50)
    return [user.id, *[role.key for role in roles]]


def bad(client: fi.Client) -> None:
    client.sign_in_tokens(email="a@b.c")  # type: ignore[call-arg]
    client.users.create_user(body={"email": "a@b.c"})  # type: ignore[arg-type]


def bounded() -> fi.Client:
    return fi.Client(base_url="https://auth.example.com", timeout=5, deadline=20, max_response_bytes=1 << 20)


def escape_hatch(client: fi.Client) -> fi.JsonValue:
    me = client.as_user("user-jwt").user_management.get_user_tenants_v2()
    tenants = client.accounts.get_tenants()
    user = client.users.get_user_by_id_vendor_only("u-1")
    client.users.create_user(body={"tenantId": user.tenant_id, "email": user.email})
    assert user.to_dict()["tenantId"] == user.tenant_id
    return [len(me), tenants, client.request("GET", "/oauth/userinfo", query={"a": "b"})]


def verify(client: fi.Client, headers: dict[str, str]) -> bool:
    verifier = fi.TokenVerifier("https://app-x.frontegg.com", audience="client-1", leeway=30.0)
    from_client = client.token_verifier("https://app-x.frontegg.com", algorithms=["RS256"])
    claims: fi.Claims = verifier.verify("jwt")
    try:
        from_client.authenticate(headers, roles=["admin"], step_up=True, max_auth_age=300.0)
    except fi.AuthenticationError as error:
        status: int = error.status
        reason: fi.RejectionReason = error.reason
        return status == 403 and reason == "insufficient_roles"
    except fi.InvalidTokenError as error:
        return error.reason == "expired"
    kind: fi.TokenType = claims.token_type
    return kind == "userToken" and claims.has_permissions(["fe.secure.*"], all=True) and claims.is_stepped_up(300.0)


class KeyringStore:
    def __init__(self) -> None:
        self.stored: fi.StoredSession | None = None

    def load(self) -> fi.StoredSession | None:
        return self.stored

    def save(self, stored: fi.StoredSession) -> None:
        self.stored = stored

    def clear(self) -> None:
        self.stored = None


def sign_in(client: fi.Client) -> str:
    outcome = client.sign_in(email="a@b.c", password="pw", storage=KeyringStore())
    session = outcome.verify("123456") if isinstance(outcome, fi.MfaRequired) else outcome
    session.switch_tenant("t-2")
    hosted = fi.HostedLogin(base_url="https://app-x.frontegg.com", client_id="c", redirect_uri="myapp://cb")
    request = hosted.authorize_url()
    hosted_session: fi.Session = hosted.exchange("myapp://cb?code=x&state=y", request)
    hosted_session.sign_out()
    assert fi.pkce_challenge(request.code_verifier)
    return session.access_token()


async def asynchronous() -> list[str]:
    async with fi.AsyncClient(base_url="https://app-x.frontegg.com", client_id="c", max_workers=8) as client:
        outcome = await client.sign_in(email="a@b.c", password="pw")
        session = await outcome.verify("123456") if isinstance(outcome, fi.AsyncMfaRequired) else outcome
        token: str = await session.access_token()
        roles = [role.key async for role in client.account_roles.iter_get_all_roles(sort_by="name", limit=50)]
        user: fi.UserDto = await client.users.create_user(body={"tenantId": "t", "email": "a@b.c"})
        scoped: fi.AsyncClient = client.for_tenant("t-1")
        await scoped.request("GET", "/identity/resources/users/v2/me")
        return [token, user.id, *roles]


def context_managed() -> None:
    with fi.Client(base_url="https://app-x.frontegg.com") as client:
        client.refresh_cookie_name
