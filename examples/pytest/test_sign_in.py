"""A user's test suite with the frontegg_emulator fixture: no Frontegg
account, no network, a fresh copy of the seed in every test."""

import frontegg_identity as fi
import pytest


@pytest.fixture
def client(frontegg_emulator):
    return fi.Client(
        base_url=frontegg_emulator.url,
        client_id=frontegg_emulator.client_id,
        secret=frontegg_emulator.secret,
    )


def test_jane_signs_in_and_her_token_carries_her_role(frontegg_emulator, client):
    tokens = client.sign_in_tokens(email="jane@acme.test", password="Secret-1")
    verifier = fi.TokenVerifier(issuer=frontegg_emulator.issuer, jwks_url=frontegg_emulator.jwks_url)
    claims = verifier.verify(tokens.access_token)
    assert claims.roles == ["analyst"]
    assert "reports.read" in claims.permissions


def test_a_wrong_password_is_refused(client):
    with pytest.raises(fi.UnauthorizedError):
        client.sign_in_tokens(email="jane@acme.test", password="wrong")


def test_our_code_survives_a_rate_limit(frontegg_emulator, client):
    frontegg_emulator.fail_next("POST /identity/resources/auth/v1/user", status=429, retry_after=0)
    client.sign_in_tokens(email="jane@acme.test", password="Secret-1")
    assert frontegg_emulator.request_counts["POST /identity/resources/auth/v1/user"] == 2


def test_each_test_starts_from_the_seed(frontegg_emulator, client):
    # The rate limit queued by the test above is gone: one call, one answer.
    client.sign_in_tokens(email="jane@acme.test", password="Secret-1")
    assert frontegg_emulator.request_counts["POST /identity/resources/auth/v1/user"] == 1
