"""The whole session flow in Python: vendor auth, sign-up, sign-in, refresh, sign-out,
then a self-refreshing Session, and hosted login's authorize URL.

With FRONTEGG_CLIENT_ID, FRONTEGG_SECRET and FRONTEGG_BASE_URL set it talks to
that Frontegg environment (add FRONTEGG_VENDOR_HOST when the base URL is a
regional gateway, and FRONTEGG_ISSUER to verify the issued token); without
them it starts the Frontegg emulator (the frontegg-identity-testkit wheel) on
loopback and says so.
"""

import http.client
import os
import sys
import time
import urllib.parse
from typing import Any

import frontegg_identity as fi


def start_emulator() -> Any:
    """The Frontegg emulator, from the frontegg-identity-testkit wheel."""
    try:
        from frontegg_identity_testkit import Emulator
    except ImportError:
        print(
            "No FRONTEGG_CLIENT_ID / FRONTEGG_SECRET / FRONTEGG_BASE_URL set, and the emulator is "
            "not installed: pip install frontegg-identity-testkit (or set the three variables)",
            file=sys.stderr,
        )
        sys.exit(2)
    return Emulator().start()


def main() -> None:
    client_id = os.environ.get("FRONTEGG_CLIENT_ID")
    secret = os.environ.get("FRONTEGG_SECRET")
    base_url = os.environ.get("FRONTEGG_BASE_URL")
    vendor_host = os.environ.get("FRONTEGG_VENDOR_HOST") or None
    issuer = os.environ.get("FRONTEGG_ISSUER") or None
    emulator = None
    if client_id and secret and base_url:
        print(f"Using the Frontegg environment at {base_url}")
    else:
        # The emulator plays the regional gateway and the environment domain
        # at once; it stops when the script ends.
        emulator = start_emulator()
        base_url, client_id, secret, issuer = emulator.url, emulator.client_id, emulator.secret, emulator.issuer
        print(
            "No FRONTEGG_CLIENT_ID / FRONTEGG_SECRET / FRONTEGG_BASE_URL set: "
            f"using the Frontegg emulator at {base_url}"
        )
    client = fi.Client(
        base_url=base_url,
        client_id=client_id,
        secret=secret,
        vendor_host=vendor_host,
    )

    vendor = client.authenticate_vendor()
    print(f"1. vendor authenticated: token valid for {vendor.expires_in:g} s")

    stamp = int(time.time() * 1000)
    email, password = f"quickstart+{stamp}@example.com", f"Quickstart-{stamp}!"
    signed_up = client.sign_up_tokens(
        email=email, company_name="Quickstart Inc.", password=password, name="Quick Start"
    )
    print(f"2. signed up {email}: user {signed_up.user_id}, tenant {signed_up.tenant_id}")

    session = client.sign_in_tokens(email=email, password=password)
    print(f"3. signed in (tokens only): {session!r}")
    assert session.refresh_token is not None, "login returned no refresh token"
    if issuer:
        # What a backend does with the token: verify it against the issuer's
        # published keys.
        verifier = fi.TokenVerifier(issuer=issuer, jwks_url=f"{issuer}/.well-known/jwks.json")
        claims = verifier.verify(session.access_token)
        print(f"   verified against the JWKS: user {claims.sub}, tenant {claims.tenant_id}")

    refreshed = client.refresh_tokens(session.refresh_token)
    assert refreshed.refresh_token is not None, "refresh returned no refresh token"
    print(f"4. refreshed: new access token valid for {refreshed.expires_in:g} s")

    client.sign_out(refreshed.refresh_token)
    print("5. signed out")
    try:
        client.refresh_tokens(refreshed.refresh_token)
        print("   note: the server still accepts the old refresh token")
    except fi.UnauthorizedError as error:
        print(f"   the old refresh token is now refused: {error}")

    # A Session keeps itself fresh: refreshed ahead of expiry, one refresh at
    # a time, each change saved to its storage (in memory here).
    outcome = client.sign_in(email=email, password=password)
    if isinstance(outcome, fi.MfaRequired):
        print("6. sign-in needs a second factor")
    else:
        before = outcome.access_token()
        after = outcome.refresh()
        print(f"6. signed in as {outcome!r}; refreshed: token changed: {before != after}")
        outcome.sign_out()
        print(f"   session signed out: signed in = {outcome.is_signed_in}")

    hosted_login(base_url, client_id, offline=emulator is not None)
    if emulator is not None:
        emulator.stop()


def hosted_login(base_url: str, client_id: str, offline: bool) -> None:
    """Hosted login: the authorize URL an app opens in a browser. Offline,
    the emulator plays the browser sign-in too, and the callback is exchanged
    for a session that refreshes with the refresh_token grant."""
    hosted = fi.HostedLogin(base_url=base_url, client_id=client_id, redirect_uri="http://127.0.0.1:8765/callback")
    request = hosted.authorize_url()
    print(f"7. hosted login: open {request.url}")
    if not offline:
        print("   (sign in there; the app then calls hosted.exchange(callback_url, request))")
        return
    url = urllib.parse.urlsplit(request.url)
    connection = http.client.HTTPConnection(url.netloc)
    connection.request("GET", f"{url.path}?{url.query}")
    callback = connection.getresponse().getheader("location")
    assert callback is not None, "the authorize step did not redirect"
    session = hosted.exchange(callback, request)
    session.refresh()
    print(f"   callback exchanged (PKCE, state and nonce checked): session for {session.user_id}, refreshed")
    session.sign_out()
    print("   hosted session signed out")


if __name__ == "__main__":
    try:
        main()
    except fi.FronteggError as error:
        print(f"quickstart failed: {error}", file=sys.stderr)
        sys.exit(1)
