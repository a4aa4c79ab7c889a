"""TokenVerifier through the wheel: bad tokens refused with their reason,
key rotation, the shared authorization table, the authenticator's 401 /
403 / 503, and the GIL released while keys are fetched."""

import base64
import functools
import hashlib
import hmac
import json
import pathlib
import threading
import time

import jwt  # PyJWT, only to sign test tokens
from cryptography.hazmat.primitives import serialization
import pytest

import frontegg_identity as fi

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "core" / "tests" / "fixtures"
ISSUER = "https://app-test.frontegg.com"
STEP_UP = "http://schemas.openid.net/pape/policies/2007/06/multi-factor"


def fixture(name):
    return (FIXTURES / name).read_text()


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def claims(**changes):
    now = int(time.time())
    base = {
        "sub": "user-1", "iss": ISSUER, "aud": "client-1", "type": "userToken",
        "tenantId": "t-1", "tenantIds": ["t-1"], "roles": ["admin"],
        "permissions": ["fe.secure.*"], "email": "jane@example.com",
        "metadata": {"plan": "pro"}, "exp": now + 600, "iat": now - 5,
    }
    for name, value in changes.items():
        if value is None:
            base.pop(name, None)
        else:
            base[name] = value
    return base


@functools.cache
def private_key(n):
    # Loading checks the key, which takes tens of milliseconds: once per key.
    return serialization.load_pem_private_key(fixture(f"jwt-key-{n}.pem").encode(), password=None)


def sign(payload, key=1, kid="key-1", alg="RS256"):
    headers = {"kid": kid} if kid else {}
    return jwt.encode(payload, private_key(key), algorithm=alg, headers=headers)


def raw_token(header, payload_bytes, signature=b""):
    return f"{b64(json.dumps(header).encode())}.{b64(payload_bytes)}.{b64(signature)}"


def verifier(**options):
    options.setdefault("jwks", fixture("jwks-1.json"))
    options.setdefault("audience", "client-1")
    return fi.TokenVerifier(ISSUER, **options)


def bad_tokens():
    now = time.time()
    good = sign(claims())
    payload = json.dumps(claims()).encode()
    head, body, sig = good.split(".")
    public_pem = fixture("jwt-key-1.pub.pem").encode()
    hs_input = f"{b64(json.dumps({'alg': 'HS256', 'kid': 'key-1'}).encode())}.{b64(payload)}"
    hs_with_public_key = hs_input + "." + b64(hmac.new(public_pem, hs_input.encode(), hashlib.sha256).digest())
    flipped = bytearray(base64.urlsafe_b64decode(sig + "=="))
    flipped[5] ^= 1
    none_header = b64(b'{"alg":"none"}')
    return [
        ("expired", sign(claims(exp=int(now) - 3600)), "expired"),
        ("not yet valid", sign(claims(nbf=int(now) + 3600)), "not_yet_valid"),
        ("iat in the future", sign(claims(iat=int(now) + 3600)), "not_yet_valid"),
        ("wrong issuer", sign(claims(iss="https://evil.example.com")), "wrong_issuer"),
        ("wrong audience", sign(claims(aud="client-2")), "wrong_audience"),
        ("no audience", sign(claims(aud=None)), "wrong_audience"),
        ("unknown kid", sign(claims(), kid="key-9"), "unknown_key"),
        ("other key, same kid", sign(claims(), key=2), "bad_signature"),
        ("tampered payload", f"{head}.{b64(json.dumps(claims(roles=['owner'])).encode())}.{sig}", "bad_signature"),
        ("tampered signature", f"{head}.{body}.{b64(bytes(flipped))}", "bad_signature"),
        ("alg none", raw_token({"alg": "none"}, payload), "unsupported_algorithm"),
        ("alg none with a signature", f"{none_header}.{body}.{sig}", "unsupported_algorithm"),
        ("HS256 signed with the RSA public key", hs_with_public_key, "unsupported_algorithm"),
        ("RS512 not allowed", sign(claims(), alg="RS512"), "unsupported_algorithm"),
        ("vendor type", sign(claims(type="vendor")), "wrong_type"),
        ("no tenantId", sign(claims(tenantId=None)), "missing_claim"),
        ("no sub", sign(claims(sub=None)), "missing_claim"),
        ("no exp", sign(claims(exp=None)), "missing_claim"),
        ("exp as text", sign(claims(exp="soon")), "malformed"),
        ("malformed base64", f"{head}.%%%.{sig}", "malformed"),
        ("two segments", f"{head}.{body}", "malformed"),
        ("four segments", f"{good}.e30", "malformed"),
        ("oversized", f"{head}.{'A' * 20000}.{sig}", "malformed"),
        ("not a token", "hello", "malformed"),
    ]


@pytest.mark.parametrize("name,token,reason", bad_tokens(), ids=[c[0] for c in bad_tokens()])
def test_every_bad_token_is_refused_with_its_reason(name, token, reason):
    with pytest.raises(fi.InvalidTokenError) as caught:
        verifier().verify(token)
    assert caught.value.reason == reason, caught.value
    assert isinstance(caught.value, fi.FronteggError)
    assert token not in str(caught.value) or len(token) < 20


def test_the_table_has_at_least_twenty_cases():
    assert len(bad_tokens()) >= 20


def test_good_token_gives_typed_claims():
    token = sign(claims(act={"sub": "admin-9", "type": "user"}, profilePictureUrl="p.png"))
    got = verifier().verify(token)
    assert isinstance(got, fi.Claims)
    assert (got.sub, got.tenant_id, got.token_type, got.aud) == ("user-1", "t-1", "userToken", ["client-1"])
    assert got.metadata == {"plan": "pro"}
    assert got.raw["profilePictureUrl"] == "p.png"
    assert got.act.sub == "admin-9" and got.act.actor_type == "user"
    assert got.has_permissions(["fe.secure.*"], all=True)
    assert got.has_roles(["admin"]) and not got.has_roles(["owner"])
    assert got == verifier().verify(token)
    assert token not in repr(got) and "Claims(sub='user-1'" in repr(got)


def test_bad_options_are_config_errors():
    with pytest.raises(fi.ConfigError):
        fi.TokenVerifier(ISSUER, jwks=fixture("jwks-1.json"), public_key_pem=fixture("jwt-key-1.pub.pem"))
    with pytest.raises(fi.ConfigError):
        fi.TokenVerifier(ISSUER, algorithms=["none"])
    with pytest.raises(fi.ConfigError):
        fi.TokenVerifier(ISSUER, algorithms=["HS256"])
    with pytest.raises(fi.ConfigError):
        fi.TokenVerifier(ISSUER, token_types=["vendor"])
    with pytest.raises(fi.ConfigError):
        fi.TokenVerifier(ISSUER, public_key_pem="nope")


def test_a_client_made_verifier_takes_the_same_options(server):
    client = fi.Client(base_url=server.url, client_id="c", secret="s")
    verifier = client.token_verifier(ISSUER, jwks=fixture("jwks-1.json"), audience="client-1")
    assert isinstance(verifier, fi.TokenVerifier)
    assert verifier.verify(sign(claims())).sub == "user-1"
    same = fi.TokenVerifier(ISSUER, jwks=fixture("jwks-1.json"), audience="client-1", client=client)
    assert same.verify(sign(claims())).sub == "user-1"
    with pytest.raises(TypeError):
        client.token_verifier(ISSUER, client=client)
    with pytest.raises(TypeError):
        client.token_verifier(ISSUER, leway=30.0)


def test_static_pem_dict_jwks_and_hs256_secret():
    pem = fi.TokenVerifier(ISSUER, public_key_pem=fixture("jwt-key-1.pub.pem"))
    assert pem.verify(sign(claims(), kid=None)).sub == "user-1"
    as_dict = fi.TokenVerifier(ISSUER, jwks=json.loads(fixture("jwks-both.json")))
    assert as_dict.verify(sign(claims(), key=2, kid="key-2")).sub == "user-1"
    hs = fi.TokenVerifier(ISSUER, secret="a-shared-secret-of-32-bytes-or-more")
    assert hs.verify(jwt.encode(claims(), "a-shared-secret-of-32-bytes-or-more", algorithm="HS256")).sub == "user-1"
    with pytest.raises(fi.InvalidTokenError) as caught:
        hs.verify(jwt.encode(claims(), "another-secret-of-32-bytes-or-more", algorithm="HS256"))
    assert caught.value.reason == "bad_signature"


def test_a_rotated_key_verifies_after_one_refetch(server):
    server.route("GET", "/.well-known/jwks.json", body=fixture("jwks-1.json"))
    v = fi.TokenVerifier(ISSUER, jwks_url=f"{server.url}/.well-known/jwks.json", refetch_cooldown=60.0)
    assert v.verify(sign(claims())).sub == "user-1"
    server.route("GET", "/.well-known/jwks.json", body=fixture("jwks-both.json"))
    assert v.verify(sign(claims(), key=2, kid="key-2")).sub == "user-1"
    assert len(server.calls("GET", "/.well-known/jwks.json")) == 2
    for i in range(1000):
        with pytest.raises(fi.InvalidTokenError):
            v.verify(sign(claims(), kid=f"forged-{i}"))
    assert len(server.calls("GET", "/.well-known/jwks.json")) == 2


def test_verify_releases_the_gil_while_keys_are_fetched(server):
    server.route("GET", "/jwks.json", body=fixture("jwks-1.json"), delay=1.0)
    v = fi.TokenVerifier(ISSUER, jwks_url=f"{server.url}/jwks.json")
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.01)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        assert v.verify(sign(claims())).sub == "user-1"
    finally:
        stop.set()
        ticker.join()
    assert len(ticks) > 40, f"only {len(ticks)} ticks during a 1 s fetch"


def test_the_authenticator_tells_401_403_and_503_apart():
    v = verifier()
    token = sign(claims())

    def status(headers, **required):
        try:
            v.authenticate(headers, **required)
            return 200, None
        except fi.AuthenticationError as error:
            assert isinstance(error, fi.FronteggError)
            assert token not in str(error)
            return error.status, error.reason

    assert status({"Authorization": f"Bearer {token}"}) == (200, None)
    assert status([("authorization", f"bearer {token}")]) == (200, None)
    assert status({}) == (401, "missing_token")
    assert status({"Authorization": f"Bearer {sign(claims(exp=1))}"}) == (401, "expired")
    assert status({"Authorization": f"Bearer {token}"}, roles=["owner"]) == (403, "insufficient_roles")
    assert status({"Authorization": f"Bearer {token}"}, roles=["owner", "admin"], all=False) == (200, None)
    assert status({"Authorization": f"Bearer {token}"}, permissions=["fe.connectivity.write"]) == (
        403,
        "insufficient_permissions",
    )
    assert status({"Authorization": f"Bearer {token}"}, step_up=True) == (401, "step_up_required")
    stepped = sign(claims(acr=STEP_UP, amr=["mfa", "otp"], auth_time=int(time.time()) - 10))
    assert status({"Authorization": f"Bearer {stepped}"}, step_up=True, max_auth_age=60.0) == (200, None)
    api = sign(claims(type="tenantApiToken"))
    assert status({"x-api-key": api}) == (200, None)
    assert status({"x-api-key": token}) == (401, "wrong_type")


def test_unreachable_keys_answer_503():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    v = fi.TokenVerifier(ISSUER, jwks_url=f"http://127.0.0.1:{port}/jwks.json")
    with pytest.raises(fi.AuthenticationError) as caught:
        v.authenticate({"Authorization": f"Bearer {sign(claims())}"})
    assert (caught.value.status, caught.value.reason) == (503, "keys_unavailable")


def authorization_cases():
    for line in fixture("authorization-cases.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def as_list(text):
    return [] if text == "-" else text.split(",")


def test_roles_permissions_and_step_up_follow_the_shared_table():
    v = fi.TokenVerifier(ISSUER, jwks=fixture("jwks-1.json"))
    count = 0
    for cols in authorization_cases():
        kind, expected = cols[0], cols[-1] == "true"
        if kind == "roles":
            got = v.verify(sign(claims(roles=as_list(cols[1])))).has_roles(as_list(cols[2]), all=cols[3] == "all")
        elif kind == "permissions":
            c = v.verify(sign(claims(permissions=as_list(cols[1]))))
            got = c.has_permissions(as_list(cols[2]), all=cols[3] == "all")
        else:
            acr = {"multi-factor": STEP_UP, "-": None}.get(cols[1], cols[1])
            auth_time = None if cols[3] == "-" else time.time() - float(cols[3])
            c = v.verify(sign(claims(acr=acr, amr=as_list(cols[2]), auth_time=auth_time)))
            got = c.is_stepped_up(None if cols[4] == "-" else float(cols[4]))
        assert got == expected, cols
        count += 1
    assert count >= 30
