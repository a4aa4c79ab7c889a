"""Paths a hostile or broken peer (or a careless caller) can take, through
the wheel: error texts that would repeat a secret or a huge value, storages
that call back into their session, stored expiries that are not times,
callbacks with repeated OAuth parameters, ID tokens of another issuer or
unsigned, ambiguous credentials, and a refresh that answers for another
user."""

import json
import math
import threading
from pathlib import Path

import jwt as pyjwt
import pytest

import frontegg_identity as fi

FIXTURES = Path(__file__).parents[2] / "core" / "tests" / "fixtures"
LOGIN = "/identity/resources/auth/v1/user"
REFRESH = "/identity/resources/auth/v1/user/token/refresh"
LOGOUT = "/identity/resources/auth/v1/logout"
SECRETS = ("hunter2pass", "tok3nvalue")
LIMIT = 200


def sign(claims, key=1, kid=None, alg="RS256"):
    headers = {"kid": kid or f"key-{key}"}
    if alg == "none":
        return pyjwt.encode(claims, None, algorithm="none", headers=headers)
    return pyjwt.encode(claims, (FIXTURES / f"jwt-key-{key}.pem").read_text(), algorithm=alg, headers=headers)


def access(sub="user-1", tenant="t-1"):
    # Sessions only read a token's sub and tenantId: unsigned is enough.
    return pyjwt.encode({"sub": sub, "tenantId": tenant}, None, algorithm="none")


def answer(access_token, refresh="refresh-1", expires_in=3600):
    return {"accessToken": access_token, "refreshToken": refresh, "expiresIn": expires_in,
            "expires": "", "mfaRequired": False}


def bounded(text):
    for secret in SECRETS:
        assert secret not in text, text
    assert "a" * (LIMIT + 1) not in text, f"{len(text)} characters: {text[:300]}"
    return True


URLS = [
    "https://user:hunter2pass@app.example.com",
    "https://app.example.com/path?access_token=tok3nvalue",
    "https://:hunter2pass@app.example.com/?x=tok3nvalue",
    "not a url hunter2pass",
    "ftp://user:hunter2pass@app.example.com",
    "https://app.example.com/" + "a" * 9000 + "?t=tok3nvalue",
]


@pytest.mark.parametrize("url", URLS, ids=range(len(URLS)))
def test_url_options_never_repeat_user_info_query_or_a_long_value(url):
    attempts = {
        "Client(base_url)": lambda: fi.Client(base_url=url),
        "Client(service_urls)": lambda: fi.Client(service_urls={"identity": url}),
        "TokenVerifier(jwks_url)": lambda: fi.TokenVerifier("https://app.example.com", jwks_url=url),
        "TokenVerifier(issuer)": lambda: fi.TokenVerifier(url),
        "HostedLogin(base_url)": lambda: fi.HostedLogin(base_url=url, client_id="c", redirect_uri="app://cb"),
        "HostedLogin(redirect_uri)": lambda: fi.HostedLogin(
            base_url="https://app.example.com", client_id="c", redirect_uri=url),
    }
    for name, attempt in attempts.items():
        try:
            attempt()
        except fi.FronteggError as error:
            assert bounded(str(error)), name
            assert bounded(repr(error)), name


def test_a_huge_kid_on_the_jwks_url_path_makes_a_short_error(server):
    server.route("GET", "/.well-known/jwks.json", body=json.loads((FIXTURES / "jwks-1.json").read_text()))
    verifier = fi.TokenVerifier("https://app.example.com", jwks_url=f"{server.url}/.well-known/jwks.json")
    token = sign({"sub": "u"}, kid="a" * 9000)
    with pytest.raises(fi.InvalidTokenError) as caught:
        verifier.verify(token)
    assert caught.value.reason == "unknown_key"
    assert bounded(str(caught.value)) and len(str(caught.value)) < 4 * LIMIT


def test_a_storage_that_calls_back_into_its_session_never_blocks(server):
    server.route("POST", LOGIN, body=answer(access(), "refresh-1"))
    server.route("POST", REFRESH, body=answer(access(), "refresh-2"))
    server.route("POST", LOGOUT, body={})

    class ReEntrant:
        session = None
        seen = []

        def load(self):
            return None

        def save(self, stored):
            if self.session is not None:
                assert self.session.access_token() == stored.access_token
                self.seen.append(("save", stored.refresh_token))

        def clear(self):
            if self.session is not None:
                self.session.sign_out()
                self.seen.append(("clear",))

    store = ReEntrant()
    session = fi.Client(base_url=server.url, client_id="client-1").sign_in(
        email="jane@example.com", password="pw", storage=store)
    store.session = session
    for step in (session.refresh, session.sign_out):
        done = threading.Thread(target=step, daemon=True)
        done.start()
        done.join(10)
        assert not done.is_alive(), f"{step.__name__} blocked for 10 s inside its storage callback"
    assert store.seen == [("save", "refresh-2"), ("clear",)]
    assert not session.is_signed_in


@pytest.mark.parametrize("expires_at, lifetime", [
    (math.nan, 3600.0), (math.inf, 3600.0), (-math.inf, 3600.0), (-1.0, 3600.0), (1e300, 3600.0),
    (4_102_444_800.0, math.nan), (4_102_444_800.0, math.inf), (4_102_444_800.0, -5.0), (4_102_444_800.0, 1e300),
], ids=lambda v: repr(v))
def test_a_stored_expiry_that_is_not_a_sane_time_is_never_trusted(server, expires_at, lifetime):
    server.route("POST", REFRESH, body=answer(access(), "refresh-2"))

    class Stored:
        def load(self):
            return {"kind": "embedded", "access_token": "stale-access", "refresh_token": "stored-refresh",
                    "expires_at": expires_at, "lifetime": lifetime, "user_id": "user-1", "tenant_id": "t-1"}

        def save(self, stored):
            pass

        def clear(self):
            pass

    session = fi.Client(base_url=server.url, client_id="client-1").restore_session(Stored())
    assert session is not None
    assert session.access_token() != "stale-access"
    assert len(server.calls("POST", REFRESH)) == 1


@pytest.mark.parametrize("expires_at", ["soon", None, [1], {"at": 1}], ids=repr)
def test_a_stored_expiry_of_the_wrong_type_loads_as_no_session(server, expires_at):
    class Stored:
        def load(self):
            return {"kind": "embedded", "access_token": "stale-access", "refresh_token": "r",
                    "expires_at": expires_at}

        def save(self, stored):
            pass

        def clear(self):
            pass

    import sys

    old, sys.unraisablehook = sys.unraisablehook, lambda u: None
    try:
        session = fi.Client(base_url=server.url, client_id="client-1").restore_session(Stored())
    finally:
        sys.unraisablehook = old
    # Either nothing is restored, or the stale token is refreshed before use.
    if session is not None:
        with pytest.raises(fi.FronteggError):
            session.access_token()


def hosted(server):
    server.route("GET", "/.well-known/jwks.json", body=json.loads((FIXTURES / "jwks-1.json").read_text()))
    return fi.HostedLogin(base_url=server.url, client_id="client-1", redirect_uri="myapp://callback")


@pytest.mark.parametrize("extra", [
    "&state={state}", "&state=forged", "&code=other", "&code=c", "&error=a&error=b", "&iss=x&iss=y",
    "&co%64e=c2",
])
def test_a_repeated_oauth_parameter_is_refused_before_any_request(server, extra):
    login = hosted(server)
    request = login.authorize_url()
    callback = f"myapp://callback?code=c&state={request.state}" + extra.format(state=request.state)
    with pytest.raises(fi.OAuthError) as caught:
        login.exchange(callback, request)
    assert caught.value.code == "invalid_request"
    assert server.requests == []


@pytest.mark.parametrize("name, change, reason", [
    ("another issuer", {"iss": "https://evil.example"}, "wrong_issuer"),
    ("alg none", {"alg": "none"}, "unsupported_algorithm"),
    ("an unknown key", {"key": 2}, "unknown_key"),
    ("another audience", {"aud": "other"}, "wrong_audience"),
    ("another nonce", {"nonce": "other"}, "wrong_nonce"),
])
def test_an_id_token_is_verified_as_openid_connect_asks(server, name, change, reason):
    login = hosted(server)
    request = login.authorize_url()
    claims = {"iss": server.url, "sub": "user-1", "nonce": request.nonce, "aud": "client-1", "exp": 4_000_000_000}
    claims.update({k: v for k, v in change.items() if k in claims})
    id_token = sign(claims, key=change.get("key", 1), alg=change.get("alg", "RS256"))
    server.route("POST", "/oauth/token", body={"access_token": access(), "refresh_token": "o-1",
                                                "id_token": id_token, "expires_in": 3600})
    with pytest.raises(fi.InvalidTokenError) as caught:
        login.exchange(f"myapp://callback?code=c&state={request.state}", request)
    assert caught.value.reason == reason, name


def test_ambiguous_credentials_are_an_invalid_request():
    verifier = fi.TokenVerifier("https://app-test.frontegg.com",
                                jwks=(FIXTURES / "jwks-1.json").read_text())
    base = {"iss": "https://app-test.frontegg.com", "type": "userToken", "tenantId": "t-1", "exp": 4_000_000_000}
    jane, john = sign({**base, "sub": "user-1"}), sign({**base, "sub": "user-2"})
    api_other = sign({**base, "sub": "api-9", "type": "tenantApiToken"})
    for headers in (
        [("Authorization", f"Bearer {jane}"), ("Authorization", f"Bearer {john}")],
        [("authorization", f"Bearer {jane}"), ("AUTHORIZATION", f"Bearer {jane}")],
        [("Authorization", f"Bearer {jane}"), ("x-api-key", api_other)],
    ):
        with pytest.raises(fi.AuthenticationError) as caught:
            verifier.authenticate(headers)
        assert (caught.value.status, caught.value.reason) == (401, "invalid_request")
        assert jane not in str(caught.value)
    assert verifier.authenticate([("Authorization", f"Bearer {jane}")]).sub == "user-1"


@pytest.mark.parametrize("new_access, why", [
    (access("user-2", "t-1"), "another user"), (access("user-1", "t-9"), "another tenant")])
def test_a_refresh_that_answers_for_another_user_is_refused_and_nothing_kept(server, new_access, why):
    server.route("POST", LOGIN, body=answer(access(), "refresh-1"))
    server.route("POST", REFRESH, body=answer(new_access, "refresh-2"))
    saved = []

    class Store:
        def load(self):
            return None

        def save(self, stored):
            saved.append(stored.refresh_token)

        def clear(self):
            saved.append("cleared")

    session = fi.Client(base_url=server.url, client_id="client-1").sign_in(
        email="jane@example.com", password="pw", storage=Store())
    with pytest.raises(fi.InvalidTokenError) as caught:
        session.refresh()
    assert caught.value.reason == "wrong_subject", why
    assert (session.user_id, session.tenant_id) == ("user-1", "t-1")
    assert session.access_token() == access()
    assert saved == ["refresh-1"]
