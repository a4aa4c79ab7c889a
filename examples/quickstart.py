"""The whole session flow in Python: vendor auth, sign-up, sign-in, refresh, sign-out,
then a self-refreshing Session, and hosted login's authorize URL.

With FRONTEGG_CLIENT_ID, FRONTEGG_SECRET and FRONTEGG_BASE_URL set it talks to
that Frontegg environment (add FRONTEGG_VENDOR_HOST when the base URL is a
regional gateway); without them it starts a local stand-in on loopback and
says so.
"""

import base64
import hashlib
import http.client
import json
import os
import secrets
import sys
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import frontegg_identity as fi

DEMO_CLIENT_ID = "demo-client-id"
DEMO_SECRET = "demo-api-key"


# The repository's test key pair (a throwaway: it signs nothing real). The
# stand-in signs its ID tokens with it, since hosted login verifies them.
SIGNING_KEY = Path(__file__).resolve().parents[1] / "core" / "tests" / "fixtures" / "jwt-key-1.pem"


def _der(data: bytes, at: int) -> tuple[int, int, int]:
    """The tag, content start and content end of the DER item at `at`."""
    tag, length, at = data[at], data[at + 1], at + 2
    if length & 0x80:
        count = length & 0x7F
        length, at = int.from_bytes(data[at:at + count], "big"), at + count
    return tag, at, at + length


def _rsa_key(pem: str) -> tuple[int, int, int]:
    """(n, e, d) of a PKCS#8 RSA private key, read with no crypto package."""
    body = "".join(line for line in pem.splitlines() if line and not line.startswith("-----"))
    data = base64.b64decode(body)
    _, at, _ = _der(data, 0)  # PrivateKeyInfo
    _, _, at = _der(data, at)  # version
    _, _, at = _der(data, at)  # algorithm
    _, at, _ = _der(data, at)  # the OCTET STRING around RSAPrivateKey
    _, at, _ = _der(data, at)  # RSAPrivateKey
    numbers = []
    for _ in range(4):  # version, n, e, d
        _, start, end = _der(data, at)
        numbers.append(int.from_bytes(data[start:end], "big"))
        at = end
    return numbers[1], numbers[2], numbers[3]


def _part(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def sign_rs256(claims: dict[str, Any], key: tuple[int, int, int]) -> str:
    """An RS256 JWT (RSASSA-PKCS1-v1_5 with SHA-256, RFC 8017 §8.2)."""
    n, _, d = key
    size = (n.bit_length() + 7) // 8
    header = _part(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "key-1"}).encode())
    signing_input = f"{header}.{_part(json.dumps(claims).encode())}"
    digest_info = bytes.fromhex("3031300d060960864801650304020105000420")
    digest_info += hashlib.sha256(signing_input.encode()).digest()
    encoded = b"\x00\x01" + b"\xff" * (size - len(digest_info) - 3) + b"\x00" + digest_info
    signature = pow(int.from_bytes(encoded, "big"), d, n).to_bytes(size, "big")
    return f"{signing_input}.{_part(signature)}"


def start_standin() -> str:
    """A stand-in for the routes this flow uses; users live in memory."""
    key = _rsa_key(SIGNING_KEY.read_text())
    users: dict[str, tuple[str, str]] = {}
    refresh_tokens: dict[str, str] = {}
    vendor_tokens: set[str] = set()
    codes: dict[str, tuple[str, str | None]] = {}
    oauth_refresh: set[str] = set()
    cookie = "fe_refresh_" + DEMO_CLIENT_ID.replace("-", "", 1)

    def session(email: str) -> tuple[dict[str, Any], str]:
        token = secrets.token_hex(24)
        refresh_tokens[token] = email
        body = {
            "accessToken": "standin." + secrets.token_hex(16),
            "expiresIn": 600,
            "expires": "in 10 minutes",
            "mfaRequired": False,
            "userId": users[email][1],
            "userEmail": email,
        }
        return body, f"{cookie}={token}; Path=/; HttpOnly"

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def reply(self, status: int, body: Any = None, set_cookie: str | None = None) -> None:
            payload = json.dumps(body).encode() if body is not None else b""
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            if set_cookie:
                self.send_header("set-cookie", set_cookie)
            self.end_headers()
            self.wfile.write(payload)

        def error(self, status: int, message: str, code: str) -> None:
            self.reply(status, {"errors": [message], "errorCode": code})

        def do_GET(self) -> None:
            # Hosted login's authorize step, as if the user signed in in the
            # browser: redirect back with a code bound to the PKCE challenge.
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            if url.path == "/.well-known/jwks.json":
                n, e, _ = key
                return self.reply(200, {"keys": [{"kty": "RSA", "kid": "key-1", "use": "sig", "alg": "RS256",
                                                  "n": _part(n.to_bytes((n.bit_length() + 7) // 8, "big")),
                                                  "e": _part(e.to_bytes((e.bit_length() + 7) // 8, "big"))}]})
            if url.path != "/oauth/authorize" or query.get("code_challenge_method") != "S256":
                return self.error(404, f"No route GET {self.path}", "ER-00404")
            code = secrets.token_hex(12)
            codes[code] = (query["code_challenge"], query.get("nonce"))
            target = query["redirect_uri"] + "?" + urllib.parse.urlencode({"code": code, "state": query.get("state", "")})
            self.send_response(302)
            self.send_header("location", target)
            self.send_header("content-length", "0")
            self.end_headers()

        def oauth_tokens(self, nonce: str | None = None) -> None:
            refresh = secrets.token_hex(24)
            oauth_refresh.add(refresh)
            claims = {"iss": base_url, "sub": "hosted-user", "tenantId": "hosted-tenant", "aud": DEMO_CLIENT_ID,
                      "nonce": nonce, "exp": 4_000_000_000}
            token = sign_rs256(claims, key)
            return self.reply(200, {"access_token": token, "refresh_token": refresh,
                                    "id_token": token, "expires_in": 600, "token_type": "Bearer"})

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = json.loads(self.rfile.read(length) or b"null") or {}
            bearer = (self.headers.get("authorization") or "").removeprefix("Bearer ")
            jar = dict(
                part.strip().split("=", 1)
                for part in (self.headers.get("cookie") or "").split(";")
                if "=" in part
            )
            if self.path == "/auth/vendor":
                if body.get("clientId") != DEMO_CLIENT_ID or body.get("secret") != DEMO_SECRET:
                    return self.error(401, "Invalid credentials", "ER-00001")
                token = secrets.token_hex(24)
                vendor_tokens.add(token)
                return self.reply(200, {"token": token, "expiresIn": 3600})
            if self.path == "/identity/resources/users/v1/signUp":
                if bearer not in vendor_tokens:
                    return self.error(401, "Invalid authentication", "ER-00002")
                email = body["email"]
                if email in users:
                    return self.error(409, "User already exists", "ER-01001")
                users[email] = (str(body.get("password")), "user-" + secrets.token_hex(6))
                opened, set_cookie = session(email)
                tenant = "tenant-" + secrets.token_hex(6)
                return self.reply(
                    201,
                    {"shouldActivate": False, "userId": users[email][1], "tenantId": tenant, "authResponse": opened},
                    set_cookie,
                )
            if self.path == "/identity/resources/auth/v1/user":
                email = body.get("email")
                if email not in users or users[email][0] != body.get("password"):
                    return self.error(401, "Incorrect email or password", "ER-01002")
                return self.reply(200, *session(email))
            if self.path == "/identity/resources/auth/v1/user/token/refresh":
                email = refresh_tokens.pop(jar.get(cookie, ""), None)
                if email is None:
                    return self.error(401, "Session expired", "ER-01003")
                return self.reply(201, *session(email))
            if self.path == "/identity/resources/auth/v1/logout":
                refresh_tokens.pop(jar.get(cookie, ""), None)
                return self.reply(201, None, f"{cookie}=; Path=/; Max-Age=0")
            if self.path == "/oauth/token":
                if body.get("grant_type") == "authorization_code":
                    challenge, nonce = codes.pop(str(body.get("code")), ("", None))
                    digest = hashlib.sha256((body.get("code_verifier") or "").encode()).digest()
                    if challenge != base64.urlsafe_b64encode(digest).rstrip(b"=").decode():
                        return self.error(400, "invalid_grant", "ER-00400")
                    return self.oauth_tokens(nonce)
                if body.get("refresh_token") in oauth_refresh:
                    oauth_refresh.discard(body["refresh_token"])
                    return self.oauth_tokens()
                return self.error(401, "invalid_grant", "ER-01003")
            if self.path == "/oauth/logout/token":
                oauth_refresh.discard(jar.get(cookie, ""))
                return self.reply(200)
            return self.error(404, f"No route POST {self.path}", "ER-00404")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return base_url


def main() -> None:
    client_id = os.environ.get("FRONTEGG_CLIENT_ID")
    secret = os.environ.get("FRONTEGG_SECRET")
    base_url = os.environ.get("FRONTEGG_BASE_URL")
    vendor_host = os.environ.get("FRONTEGG_VENDOR_HOST") or None
    if client_id and secret and base_url:
        print(f"Using the Frontegg environment at {base_url}")
    else:
        base_url, client_id, secret = start_standin(), DEMO_CLIENT_ID, DEMO_SECRET
        # The stand-in plays a regional gateway: sign-in calls carry the
        # vendor token and the environment's host.
        vendor_host = vendor_host or "app-standin.frontegg.com"
        print(
            "No FRONTEGG_CLIENT_ID / FRONTEGG_SECRET / FRONTEGG_BASE_URL set: "
            f"using the embedded local stand-in at {base_url}"
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

    hosted_login(base_url, client_id, offline=not os.environ.get("FRONTEGG_BASE_URL"))


def hosted_login(base_url: str, client_id: str, offline: bool) -> None:
    """Hosted login: the authorize URL an app opens in a browser. Offline,
    the stand-in plays the browser sign-in too, and the callback is exchanged
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
