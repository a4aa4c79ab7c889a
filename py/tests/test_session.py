"""Sign-in flows and sessions through the wheel, with a store written in
Python: login -> MFA -> session -> refresh -> logout, passwordless, hosted
login's exchange, restoring a stored session, and what never leaks."""

import base64
import json
import urllib.parse
from pathlib import Path

import jwt as pyjwt
import pytest

import frontegg_identity as fi


def jwt(sub, tenant):
    payload = base64.urlsafe_b64encode(json.dumps({"sub": sub, "tenantId": tenant}).encode()).rstrip(b"=")
    return f"eyJhbGciOiJSUzI1NiJ9.{payload.decode()}.sig"


def answer(access, refresh, expires_in=3600):
    return {"accessToken": access, "refreshToken": refresh, "expiresIn": expires_in,
            "expires": "later", "mfaRequired": False, "userId": "user-1"}


FIXTURES = Path(__file__).parents[2] / "core" / "tests" / "fixtures"


def signed_id_token(server, nonce, key=1, **changes):
    claims = {"iss": server.url, "sub": "user-1", "nonce": nonce, "aud": "client-1", "exp": 4_000_000_000}
    claims.update(changes)
    return pyjwt.encode({k: v for k, v in claims.items() if v is not None},
                        (FIXTURES / f"jwt-key-{key}.pem").read_text(), algorithm="RS256",
                        headers={"kid": f"key-{key}"})


class Store:
    """A TokenStorage in Python, recording what the session asks of it."""

    def __init__(self, stored=None):
        self.events, self.stored = [], stored

    def load(self):
        return self.stored

    def save(self, stored):
        assert isinstance(stored, fi.StoredSession)
        self.events.append(("save", stored.refresh_token))
        self.stored = stored

    def clear(self):
        self.events.append(("clear",))
        self.stored = None


def client(server):
    return fi.Client(base_url=server.url, client_id="client-1")


LOGIN = "/identity/resources/auth/v1/user"
REFRESH = "/identity/resources/auth/v1/user/token/refresh"


def test_login_mfa_session_refresh_logout_with_a_python_store(server):
    server.route("POST", LOGIN, body={"accessToken": "", "expiresIn": 0, "expires": "", "mfaRequired": True,
                                      "mfaToken": "mfa-token-1", "userEmail": "jane@example.com",
                                      "mfaDevices": {"authenticators": [{"id": "app-1"}], "emails": [],
                                                     "phones": [], "webauthn": []}})
    server.route("POST", "/identity/resources/auth/v1/user/mfa/verify", body=answer(jwt("user-1", "t-1"), "refresh-1", 0))
    server.route("POST", REFRESH, body=answer(jwt("user-1", "t-1"), "refresh-2"))
    server.route("POST", "/identity/resources/auth/v1/logout", status=201)
    store = Store()
    outcome = client(server).sign_in(email="jane@example.com", password="pw", storage=store)
    assert isinstance(outcome, fi.MfaRequired)
    assert outcome.devices.authenticators[0].id == "app-1"
    assert "mfa-token-1" not in repr(outcome)
    session = outcome.verify("123456", remember_device=True)
    assert isinstance(session, fi.Session)
    verify = server.calls("POST", "/identity/resources/auth/v1/user/mfa/verify")[0].json()
    assert verify == {"mfaToken": "mfa-token-1", "value": "123456", "rememberDevice": True}
    # expiresIn 0: the next access_token() refreshes, with the cookie.
    assert session.access_token() == jwt("user-1", "t-1")
    assert server.calls("POST", REFRESH)[0].headers["cookie"] == "fe_refresh_client1=refresh-1"
    assert session.tenant_id == "t-1" and session.user_id == "user-1"
    session.sign_out()
    assert not session.is_signed_in
    with pytest.raises(fi.UnauthorizedError):
        session.access_token()
    assert store.events == [("save", "refresh-1"), ("save", "refresh-2"), ("clear",)]
    assert "refresh" not in repr(session)


def test_passwordless_magic_link_and_sms(server):
    server.route("POST", "/identity/resources/auth/v1/passwordless/magiclink/prelogin", body={})
    server.route("POST", "/identity/resources/auth/v1/passwordless/magiclink/postlogin", body=answer(jwt("user-1", "t-1"), "r"))
    server.route("POST", "/identity/resources/auth/v1/passwordless/smscode/prelogin", body={})
    c = client(server)
    c.passwordless_start("magic_link", email="jane@example.com")
    session = c.passwordless_finish("magic_link", "link-token")
    assert isinstance(session, fi.Session) and session.user_id == "user-1"
    assert server.calls("POST", "/identity/resources/auth/v1/passwordless/magiclink/postlogin")[0].json()["token"] == "link-token"
    c.passwordless_start("sms_code", phone_number="+15550100")
    with pytest.raises(fi.InvalidInputError):
        c.passwordless_start("carrier_pigeon", email="jane@example.com")
    with pytest.raises(fi.InvalidInputError):
        c.passwordless_start("email_code")


def test_hosted_login_exchange_checks_state_pkce_and_nonce(server):
    hosted = fi.HostedLogin(base_url=server.url, client_id="client-1", redirect_uri="myapp://callback")
    request = hosted.authorize_url()
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(request.url).query))
    assert query["code_challenge"] == fi.pkce_challenge(request.code_verifier)
    assert (query["state"], query["nonce"], query["code_challenge_method"]) == (request.state, request.nonce, "S256")
    assert fi.pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"

    # A forged callback is refused before anything is sent.
    with pytest.raises(fi.OAuthError) as caught:
        hosted.exchange("myapp://callback?code=c&state=forged", request)
    assert caught.value.code == "invalid_state"
    with pytest.raises(fi.OAuthError) as caught:
        hosted.exchange(f"myapp://callback?error=access_denied&state={request.state}", request)
    assert caught.value.code == "access_denied"
    assert server.requests == []

    server.route("GET", "/.well-known/jwks.json", body=json.loads((FIXTURES / "jwks-1.json").read_text()))
    id_token = signed_id_token(server, request.nonce)
    server.route("POST", "/oauth/token", body={"access_token": jwt("user-1", "t-1"), "refresh_token": "o-1",
                                                "id_token": id_token, "expires_in": 3600})
    store = Store()
    session = hosted.exchange(f"myapp://callback?code=the-code&state={request.state}", request, storage=store)
    sent = server.calls("POST", "/oauth/token")[0].json()
    assert sent == {"grant_type": "authorization_code", "client_id": "client-1", "code": "the-code",
                    "redirect_uri": "myapp://callback", "code_verifier": request.code_verifier}
    assert session.user_id == "user-1" and store.stored.kind == "hosted"
    # After a restart: the stored hosted session comes back.
    again = hosted.restore_session(Store(store.stored.to_dict()))
    assert again is not None and again.access_token() == jwt("user-1", "t-1")


def test_a_store_that_raises_does_not_break_the_session(server):
    server.route("POST", LOGIN, body=answer(jwt("user-1", "t-1"), "refresh-1"))

    class Broken:
        def load(self):
            raise RuntimeError("keyring locked")

        def save(self, stored):
            raise RuntimeError("keyring locked")

        def clear(self):
            raise RuntimeError("keyring locked")

    seen = []
    import sys

    old, sys.unraisablehook = sys.unraisablehook, lambda u: seen.append(u.exc_value)
    try:
        session = client(server).sign_in(email="jane@example.com", password="pw", storage=Broken())
        assert session.access_token() == jwt("user-1", "t-1")
        assert client(server).restore_session(Broken()) is None
    finally:
        sys.unraisablehook = old
    assert any("keyring locked" in str(e) for e in seen)
