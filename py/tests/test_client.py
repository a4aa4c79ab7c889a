"""frontegg_identity through the built wheel, against a loopback server."""

import threading
import time

import pytest

import frontegg_identity as fi

CLIENT_ID = "6a6b-12cd-34ef"
SECRET = "vendor-api-key-do-not-print"
SESSION = {
    "accessToken": "access-token-value",
    "refreshToken": "refresh-token-value",
    "expiresIn": 300,
    "expires": "Thu, 26 Nov 2026 03:00:00 GMT",
    "mfaRequired": False,
    "userId": "u-1",
}


def vendor_client(server, **kwargs):
    server.route("POST", "/auth/vendor", body={"token": "vendor-token-value", "expiresIn": 3600})
    return fi.Client(
        base_url=server.url,
        client_id=CLIENT_ID,
        secret=SECRET,
        vendor_host="app-test.frontegg.com",
        application_id="app-1",
        **kwargs,
    )


def test_sign_up_sends_the_request_frontegg_documents(server):
    server.route(
        "POST",
        "/identity/resources/users/v1/signUp",
        status=201,
        body={"shouldActivate": False, "userId": "u-1", "tenantId": "t-1", "authResponse": SESSION},
    )
    client = vendor_client(server)
    answer = client.sign_up_tokens(
        email="jane@example.com",
        company_name="Acme",
        password="pw-1",
        provider="google",
        metadata={"plan": "pro", "seats": 3, "tags": ["a"], "trial": True, "note": None},
        role_ids=["admin"],
        skip_invite_email=True,
    )
    assert isinstance(answer, fi.SignUpResponse)
    assert answer.user_id == "u-1" and answer.tenant_id == "t-1"
    assert not answer.should_activate
    assert isinstance(answer.auth_response, fi.AuthResponse)
    assert answer.auth_response.access_token == "access-token-value"

    (vendor,) = server.calls("POST", "/auth/vendor")
    assert vendor.json() == {"clientId": CLIENT_ID, "secret": SECRET}
    (request,) = server.calls("POST", "/identity/resources/users/v1/signUp")
    assert request.headers["authorization"] == "Bearer vendor-token-value"
    assert request.headers["frontegg-vendor-host"] == "app-test.frontegg.com"
    assert request.headers["frontegg-application-id"] == "app-1"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == f"frontegg-identity/{fi.__version__} (python)"
    assert request.json() == {
        "email": "jane@example.com",
        "companyName": "Acme",
        "password": "pw-1",
        "provider": "google",
        "metadata": '{"note":null,"plan":"pro","seats":3,"tags":["a"],"trial":true}',
        "roleIds": ["admin"],
        "skipInviteEmail": True,
    }


def test_login_refresh_logout_round_trip(server):
    server.route("POST", "/identity/resources/auth/v1/user", body=SESSION)
    rotated = dict(SESSION, refreshToken=None)
    server.route(
        "POST",
        "/identity/resources/auth/v1/user/token/refresh",
        status=201,
        body=rotated,
        headers={"set-cookie": "fe_refresh_6a6b12cd-34ef=refresh-2; Path=/; HttpOnly"},
    )
    server.route("POST", "/identity/resources/auth/v1/logout", status=201)
    client = fi.Client(base_url=server.url, client_id=CLIENT_ID)
    assert client.refresh_cookie_name == "fe_refresh_6a6b12cd-34ef"

    session = client.sign_in_tokens(email="jane@example.com", password="pw-1")
    assert session.expires_in == 300 and session.mfa_required is False
    refreshed = client.refresh_tokens(session.refresh_token, tenant_id="t-9")
    assert refreshed.refresh_token == "refresh-2"
    assert client.sign_out(refreshed.refresh_token) is None

    (login,) = server.calls("POST", "/identity/resources/auth/v1/user")
    assert login.json() == {"email": "jane@example.com", "password": "pw-1"}
    assert "authorization" not in login.headers
    (refresh,) = server.calls("POST", "/identity/resources/auth/v1/user/token/refresh")
    assert refresh.headers["cookie"] == "fe_refresh_6a6b12cd-34ef=refresh-token-value"
    assert refresh.json() == {"tenantId": "t-9"}
    (logout,) = server.calls("POST", "/identity/resources/auth/v1/logout")
    assert logout.headers["cookie"] == "fe_refresh_6a6b12cd-34ef=refresh-2"


@pytest.mark.parametrize(
    "status, cls",
    [
        (400, fi.ApiError),
        (401, fi.UnauthorizedError),
        (403, fi.ForbiddenError),
        (404, fi.NotFoundError),
        (409, fi.ConflictError),
        (429, fi.RateLimitedError),
        (500, fi.ServerError),
    ],
)
def test_statuses_raise_their_exception_with_attributes(server, status, cls):
    server.route(
        "POST",
        "/identity/resources/auth/v1/user",
        status=status,
        body={"errors": ["User already exists"], "errorCode": "ER-01001"},
        headers={"frontegg-trace-id": "trace-1", "retry-after": "7"},
    )
    client = fi.Client(base_url=server.url)
    with pytest.raises(cls) as caught:
        client.sign_in_tokens(email="a@b.c", password="pw")
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, fi.ApiError) and isinstance(error, fi.FronteggError)
    assert error.status == status
    assert error.errors == ["User already exists"]
    assert error.error_code == "ER-01001"
    assert error.trace_id == "trace-1"
    assert "User already exists" in str(error)
    if cls is fi.RateLimitedError:
        assert error.retry_after == 7


def test_non_json_errors_and_decode_errors(server):
    server.route("POST", "/identity/resources/auth/v1/user", status=502, body="<html>Bad gateway</html>")
    client = fi.Client(base_url=server.url)
    with pytest.raises(fi.ServerError) as caught:
        client.sign_in_tokens(email="a@b.c", password="pw")
    assert caught.value.body_excerpt == "<html>Bad gateway</html>"
    assert caught.value.errors == []

    server.route("POST", "/identity/resources/auth/v1/user", status=200, body="not json")
    with pytest.raises(fi.DecodeError) as caught:
        client.sign_in_tokens(email="a@b.c", password="pw")
    assert caught.value.status == 200


def test_input_and_config_errors_are_value_errors(server):
    client = fi.Client(base_url=server.url)
    with pytest.raises(fi.InvalidInputError):
        client.sign_in_tokens(password="pw")
    with pytest.raises(ValueError):
        client.sign_up_tokens(email="a@b.c", company_name="Acme", provider="myspace")
    with pytest.raises(fi.InvalidInputError):
        client.sign_up_tokens(email="a@b.c", company_name="Acme", metadata={"when": object()})
    with pytest.raises(fi.ConfigError):
        fi.Client(base_url="http://example.com")
    with pytest.raises(fi.ConfigError):
        fi.Client(region="mars")
    with pytest.raises(fi.ConfigError):
        fi.Client(timeout=0)
    with pytest.raises(fi.ConfigError):
        fi.Client(secret="s")
    with pytest.raises(fi.ConfigError):
        client.refresh_cookie_name
    assert server.requests == []


def test_network_and_timeout_errors(server):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(fi.NetworkError) as caught:
        fi.Client(base_url=f"http://127.0.0.1:{port}").sign_in_tokens(email="a@b.c", password="pw")
    assert isinstance(caught.value, ConnectionError)

    server.route("POST", "/identity/resources/auth/v1/user", body=SESSION, delay=2)
    started = time.monotonic()
    with pytest.raises(fi.TimeoutError) as caught:
        fi.Client(base_url=server.url, timeout=0.3).sign_in_tokens(email="a@b.c", password="pw")
    assert isinstance(caught.value, TimeoutError)
    assert time.monotonic() - started < 1.5


def test_the_gil_is_released_during_calls(server):
    server.route("POST", "/identity/resources/auth/v1/user", body=SESSION, delay=1)
    client = fi.Client(base_url=server.url)
    results = []

    def call():
        results.append(client.sign_in_tokens(email="a@b.c", password="pw"))

    threads = [threading.Thread(target=call) for _ in range(2)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    assert len(results) == 2
    # Serialised calls would take 2 s.
    assert elapsed < 1.8, elapsed


ROLE = {
    "id": "r", "key": "r", "name": "r", "description": "", "createdAt": "2026-01-01",
    "updatedAt": "2026-01-01", "firstUserRole": False, "isDefault": False, "level": 0,
    "permissions": [], "tenantId": "t", "vendorId": "v",
}
USER = {
    "id": "u-1", "email": "a@b.c", "name": "A", "createdAt": "2026-01-01", "lastLogin": "2026-01-02",
    "metadata": "{}", "vendorMetadata": "{}", "mfaEnrolled": False, "permissions": [], "roles": [],
    "profilePictureUrl": "", "provider": "local", "sub": "u-1", "subAccountAccessAllowed": False,
    "tenantId": "t", "tenantIds": ["t"], "tenants": [], "verified": True,
}
USER_PATH = "/identity/resources/vendor-only/users/v1/u-1"


def test_vendor_token_is_cached_and_renewed_after_a_401(server):
    client = vendor_client(server)
    server.route("GET", USER_PATH, body=USER)
    client.users.get_user_by_id_vendor_only("u-1")
    client.users.get_user_by_id_vendor_only("u-1")
    assert len(server.calls("POST", "/auth/vendor")) == 1

    server.route("GET", USER_PATH, status=401, body={"errors": ["expired"]})
    with pytest.raises(fi.UnauthorizedError):
        client.users.get_user_by_id_vendor_only("u-1")
    # One re-authentication and one retry, then the error.
    assert len(server.calls("POST", "/auth/vendor")) == 2
    assert len(server.calls("GET", USER_PATH)) == 4


def test_a_wrong_password_is_sent_once(server):
    client = vendor_client(server)
    server.route("POST", "/identity/resources/auth/v1/user", status=401, body={"errors": ["Invalid password"]})
    with pytest.raises(fi.UnauthorizedError):
        client.sign_in_tokens(email="a@b.c", password="wrong")
    assert len(server.calls("POST", "/identity/resources/auth/v1/user")) == 1
    assert len(server.calls("POST", "/auth/vendor")) <= 1


def test_an_undocumented_answer_comes_back_as_python_values(server):
    # The spec documents no body for GET /tenants/resources/tenants/v2.
    server.route("GET", "/tenants/resources/tenants/v2", body=[{"tenantId": "t-1", "name": "Acme"}])
    client = fi.Client(base_url=server.url, access_token="t")
    assert client.accounts.get_tenants() == [{"tenantId": "t-1", "name": "Acme"}]


def test_a_misspelt_body_key_is_refused_before_sending(server):
    client = fi.Client(base_url=server.url, access_token="t")
    with pytest.raises(fi.InvalidInputError) as caught:
        client.users.create_user(body={"tenantID": "t", "email": "e@x.io"})  # type: ignore[typeddict-unknown-key]
    text = str(caught.value)
    assert '"tenantId"' in text and "did you mean" in text and "users.create_user" in text, text
    with pytest.raises(fi.InvalidInputError) as caught:
        client.users.create_user(body={"tenantId": "t", "email": "e@x.io", "nmae": "x"})
    assert '"nmae"' in str(caught.value) and '"name"' in str(caught.value)
    assert server.requests == []


def test_models_go_back_as_bodies_and_dicts(server):
    server.route("GET", USER_PATH, body=USER)
    server.route("POST", "/identity/resources/vendor-only/users/v1", body=USER)
    client = fi.Client(base_url=server.url, access_token="t")
    user = client.users.get_user_by_id_vendor_only("u-1")
    as_dict = user.to_dict()
    assert as_dict["tenantId"] == "t" and as_dict["subAccountAccessAllowed"] is False
    client.users.create_user(body={"tenantId": user.tenant_id, "email": user.email})
    (sent,) = server.calls("POST", "/identity/resources/vendor-only/users/v1")
    assert sent.json() == {"tenantId": "t", "email": "a@b.c"}


def test_as_user_and_request(server):
    server.route("GET", "/identity/resources/users/v2/me/tenants", body=[])
    server.route("POST", "/oauth/token?grant_type=refresh_token", body={"access_token": "x"})
    client = vendor_client(server)
    assert client.as_user("user-jwt").user_management.get_user_tenants_v2() == []
    (me,) = server.calls("GET", "/identity/resources/users/v2/me/tenants")
    assert me.headers["authorization"] == "Bearer user-jwt"
    answer = client.request("POST", "/oauth/token", query={"grant_type": "refresh_token"}, body={"a": 1})
    assert answer == {"access_token": "x"}
    (token,) = server.calls("POST", "/oauth/token?grant_type=refresh_token")
    assert token.json() == {"a": 1}
    with pytest.raises(fi.InvalidInputError):
        client.request("GET", "/identity/../x")


def test_scoped_clients_send_their_headers(server):
    server.route("POST", "/identity/resources/auth/v1/user", body=SESSION)
    client = fi.Client(base_url=server.url).for_tenant("t-1").for_user("u-1")
    client.sign_in_tokens(email="a@b.c", password="pw")
    (request,) = server.requests
    assert request.headers["frontegg-tenant-id"] == "t-1"
    assert request.headers["frontegg-user-id"] == "u-1"


def test_reprs_and_errors_never_show_secrets(server):
    client = vendor_client(server)
    server.route("POST", "/identity/resources/auth/v1/user", body=SESSION)
    session = client.sign_in_tokens(email="a@b.c", password="password-value")
    token = client.authenticate_vendor()
    server.route(
        "POST", "/identity/resources/auth/v1/user/token/refresh", status=401, body={"errors": ["bad"]}
    )
    with pytest.raises(fi.UnauthorizedError) as caught:
        client.refresh_tokens("refresh-token-value")
    printed = [repr(client), str(client), repr(session), str(session), repr(token), str(caught.value), repr(caught.value)]
    for text in printed:
        for secret in [SECRET, "password-value", "access-token-value", "refresh-token-value", "vendor-token-value"]:
            assert secret not in text, (secret, text)
    text = repr(session)
    assert text.startswith("AuthResponse(access_token='<redacted>', ")
    for part in ["refresh_token='<redacted>'", "expires_in=300", "mfa_required=False", "user_id='u-1'"]:
        assert part in text, text
    assert token.token == "vendor-token-value"


def test_the_package_ships_type_stubs():
    from importlib import resources

    files = resources.files("frontegg_identity")
    assert files.joinpath("py.typed").is_file()
    stub = files.joinpath("__init__.pyi").read_text()
    for name in ["class Client", "class AuthResponse", "class RateLimitedError", "def sign_up"]:
        assert name in stub


def test_generated_groups_pages_and_bodies(server):
    def page(ids):
        return {
            "items": [dict(ROLE, id=i, key=i) for i in ids],
            "_links": {"next": "", "prev": "", "first": "", "last": ""},
            "_metadata": {"totalItems": 3, "totalPages": 2},
        }

    base = "/identity/resources/roles/v2?_limit=2&_sortBy=name"
    server.route("GET", base + "&_offset=0", body=page(["r1", "r2"]))
    server.route("GET", base + "&_offset=1", body=page(["r3"]))
    client = fi.Client(base_url=server.url, access_token="user-token")
    roles = list(client.account_roles.iter_get_all_roles(sort_by="name", limit=2))
    assert [r.id for r in roles] == ["r1", "r2", "r3"]
    assert isinstance(roles[0], fi.RoleResponse)
    assert "id='r1'" in repr(roles[0])

    first = client.account_roles.get_all_roles(sort_by="name", limit=2, offset=0)
    assert isinstance(first, fi.RoleResponsePage)
    assert first.metadata.total_pages == 2

    with pytest.raises(TypeError):
        client.account_roles.get_all_roles()  # type: ignore[call-arg]  # _sortBy is required
    with pytest.raises(fi.InvalidInputError):
        client.users.create_user(body={"email": 42})


def test_rate_limited_calls_are_retried_and_can_be_turned_off(server):
    server.route("POST", "/identity/resources/auth/v1/user", status=429, headers={"retry-after": "0"})
    with pytest.raises(fi.RateLimitedError):
        fi.Client(base_url=server.url, max_retries=0).sign_in_tokens(email="a@b.c", password="pw")
    assert len(server.calls("POST", "/identity/resources/auth/v1/user")) == 1
    with pytest.raises(fi.RateLimitedError) as caught:
        fi.Client(base_url=server.url, max_retries=2).sign_in_tokens(email="a@b.c", password="pw")
    assert caught.value.retry_after == 0
    assert len(server.calls("POST", "/identity/resources/auth/v1/user")) == 4


def test_client_is_a_context_manager_and_values_compare_equal(server):
    server.route("POST", "/identity/resources/auth/v1/user",
                 body={"accessToken": "a", "refreshToken": "r", "expiresIn": 60, "expires": "", "mfaRequired": False})
    with fi.Client(base_url=server.url) as client:
        first = client.sign_in_tokens(email="a@b.c", password="pw")
        second = client.sign_in_tokens(email="a@b.c", password="pw")
    assert first == second and first is not second
    assert first != client.refresh  # a value never equals something else
    assert "'r'" not in repr(first) and "<redacted>" in repr(first)
