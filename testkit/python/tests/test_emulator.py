"""The Python testkit: starting and stopping the emulator, seeds, and every
control, with the SDK as the client."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.request

import frontegg_identity as fi
import pytest

from frontegg_identity_testkit import Emulator, EmulatorError, find_binary

SEED = {
    "tenants": [{"id": "acme", "name": "Acme"}],
    "permissions": [{"key": "docs.read"}],
    "roles": [{"key": "viewer", "permissions": ["docs.read"]}],
    "users": [
        {"email": "jane@acme.test", "password": "Secret-1", "roles": ["viewer"]},
        {
            "email": "otp@acme.test",
            "password": "Secret-1",
            "mfa": {"totp_secret": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"},
        },
    ],
}


@pytest.fixture(scope="module")
def fe():
    with Emulator(seed=SEED) as emulator:
        yield emulator


@pytest.fixture(autouse=True)
def fresh(fe: Emulator) -> None:
    fe.reset()


def client(fe: Emulator) -> fi.Client:
    return fi.Client(base_url=fe.url, client_id=fe.client_id, secret=fe.secret, max_retries=2)


def verifier(fe: Emulator) -> fi.TokenVerifier:
    return fi.TokenVerifier(issuer=fe.issuer, jwks_url=fe.jwks_url, audience=[fe.client_id])


def test_it_listens_on_loopback_and_names_itself_the_issuer(fe: Emulator) -> None:
    assert fe.url.startswith("http://127.0.0.1:")
    assert fe.issuer == fe.url
    assert fe.jwks_url == fe.url + "/.well-known/jwks.json"
    assert fe.secret not in repr(fe), "repr shows the secret"
    with urllib.request.urlopen(fe.url + "/_emulator/health") as answer:
        assert json.load(answer)["status"] == "ok"


def test_the_sdk_signs_in_and_the_token_verifies(fe: Emulator) -> None:
    tokens = client(fe).sign_in_tokens(email="jane@acme.test", password="Secret-1")
    claims = verifier(fe).verify(tokens.access_token)
    assert claims.roles == ["viewer"]
    assert claims.permissions == ["docs.read"]
    assert claims.tenant_id == "acme"


def test_issue_token_with_claims_lifetime_and_keys(fe: Emulator) -> None:
    check = verifier(fe)
    token = fe.issue_token("jane@acme.test", roles=["admin"], metadata={"plan": "pro"})
    claims = check.verify(token)
    assert claims.roles == ["admin"]
    expired = fe.issue_token("jane@acme.test", lifetime=-60)
    with pytest.raises(fi.InvalidTokenError) as error:
        check.verify(expired)
    assert error.value.reason == "expired"
    with pytest.raises(fi.InvalidTokenError):
        check.verify(fe.issue_token("jane@acme.test", signing_key="untrusted"))
    with pytest.raises(EmulatorError, match="nobody@acme.test"):
        fe.issue_token("nobody@acme.test")


def test_mfa_with_the_current_totp_code(fe: Emulator) -> None:
    outcome = client(fe).sign_in(email="otp@acme.test", password="Secret-1")
    assert isinstance(outcome, fi.MfaRequired)
    session = outcome.verify(fe.totp_code("otp@acme.test"))
    assert verifier(fe).verify(session.access_token()).is_stepped_up()


def test_the_outbox_holds_links_and_codes(fe: Emulator) -> None:
    c = client(fe)
    c.passwordless_start("magic_link", email="jane@acme.test")
    [message] = fe.outbox
    assert (message.channel, message.to, message.kind) == ("email", "jane@acme.test", "magic_link")
    assert message.token
    session = c.passwordless_finish("magic_link", message.token)
    assert isinstance(session, fi.Session)
    fe.clear_outbox()
    assert fe.outbox == []


def test_fail_next_rate_limits_and_server_errors(fe: Emulator) -> None:
    c = client(fe)
    fe.fail_next("POST /identity/resources/auth/v1/user", status=429, retry_after=0)
    c.sign_in_tokens(email="jane@acme.test", password="Secret-1")
    assert fe.request_counts["POST /identity/resources/auth/v1/user"] == 2
    fe.fail_next("POST /identity/resources/auth/v1/user", status=500)
    with pytest.raises(fi.ServerError):
        c.sign_in_tokens(email="jane@acme.test", password="Secret-1")
    fe.fail_next("/identity/resources/auth/v1/user", delay=0.3)
    began = time.monotonic()
    c.sign_in_tokens(email="jane@acme.test", password="Secret-1")
    assert time.monotonic() - began >= 0.3
    with pytest.raises(EmulatorError, match="give status, delay_ms or drop"):
        fe.fail_next("/x")


def test_the_request_log_redacts_secrets(fe: Emulator) -> None:
    client(fe).sign_in_tokens(email="jane@acme.test", password="Secret-1")
    [entry] = [r for r in fe.requests if r.route == "/identity/resources/auth/v1/user"]
    assert entry.body["password"] == "[redacted]"
    assert entry.body["email"] == "jane@acme.test"
    assert entry.status == 200
    assert "Secret-1" not in repr(fe.requests)


def test_reset_forgets_what_tests_did(fe: Emulator) -> None:
    c = client(fe)
    c.sign_up_tokens(email="temp@x.test", company_name="X", password="P-1")
    assert len(c.user_management.get_users().items) == 3
    fe.reset()
    assert fe.requests == []
    assert len(c.user_management.get_users().items) == 2


def test_rotation_keeps_old_tokens_valid(fe: Emulator) -> None:
    check = verifier(fe)
    before = fe.issue_token("jane@acme.test")
    kid = fe.rotate_signing_key()
    assert kid.startswith("emulator-key-")
    assert check.verify(fe.issue_token("jane@acme.test"))
    assert check.verify(before)


def test_a_bad_seed_says_which_key(tmp_path) -> None:
    with pytest.raises(EmulatorError, match=r"users\[0\]\.pasword"):
        Emulator(seed={"users": [{"email": "a@b.c", "pasword": "x"}]}).start()
    seed = tmp_path / "seed.json"
    seed.write_text('{"tenants": [{"name": ""}]}')
    with pytest.raises(EmulatorError, match=r"tenants\[0\]\.name"):
        Emulator(seed=seed).start()
    with pytest.raises(EmulatorError, match="cannot read seed file"):
        Emulator(seed=tmp_path / "missing.json").start()


def test_a_stopped_emulator_says_so() -> None:
    emulator = Emulator()
    assert repr(emulator) == "Emulator(stopped)"
    with pytest.raises(EmulatorError, match="not running"):
        emulator.url  # noqa: B018 - the property raises
    emulator.start()
    url = emulator.url
    emulator.stop()
    emulator.stop()
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "/_emulator/health", timeout=2)


def test_the_binary_is_found_or_the_error_says_how(monkeypatch) -> None:
    assert os.path.isfile(find_binary())
    monkeypatch.setenv("FRONTEGG_EMULATOR_BIN", "/no/such/frontegg-emulator")
    with pytest.raises(EmulatorError, match="cannot run"):
        Emulator().start()


def test_the_async_client_against_the_emulator(fe: Emulator) -> None:
    import asyncio

    async def main() -> list[str]:
        async with fi.AsyncClient(base_url=fe.url, client_id=fe.client_id, secret=fe.secret) as c:
            answers = await asyncio.gather(
                *(c.sign_in_tokens(email="jane@acme.test", password="Secret-1") for _ in range(8))
            )
            return [a.user_id for a in answers]

    ids = asyncio.run(main())
    assert len(set(ids)) == 1 and len(ids) == 8
    assert fe.request_counts["POST /identity/resources/auth/v1/user"] == 8
