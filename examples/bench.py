"""Benchmark (not a test): per-call time of sign_up through frontegg_identity
vs the same call with requests.Session, interleaved in one run against the
Rust loopback server of `bench --serve`. Prints one Markdown table row."""

import statistics
import subprocess
import sys
import time

import requests

import frontegg_identity as fi

ROUNDS, CALLS = 31, 300


def main(server_binary):
    server = subprocess.Popen([server_binary, "--serve"], stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        client = fi.Client(base_url=url, vendor_host="app-bench.frontegg.com")
        session = requests.Session()
        endpoint = f"{url}/identity/resources/users/v1/signUp"
        body = {"email": "bench@example.com", "companyName": "Bench", "password": "Bench-password-1", "provider": "local"}

        def ours():
            client.sign_up(email="bench@example.com", company_name="Bench", password="Bench-password-1")

        def baseline():
            response = session.post(endpoint, json=body, headers={"frontegg-vendor-host": "app-bench.frontegg.com"}, timeout=30)
            response.json()

        for _ in range(200):
            ours()
            baseline()
        ours_us, base_us = [], []

        def timed(f):
            started = time.perf_counter()
            for _ in range(CALLS):
                f()
            return (time.perf_counter() - started) * 1e6 / CALLS

        for round_ in range(ROUNDS):
            pair = [(ours, ours_us), (baseline, base_us)]
            for f, out in pair if round_ % 2 == 0 else reversed(pair):
                out.append(timed(f))
        # Per-round ratios pair back-to-back measurements; the median drops outliers.
        ratio = statistics.median(o / b for o, b in zip(ours_us, base_us))
        o, b = statistics.median(ours_us), statistics.median(base_us)
        print(f"| Python `Client.sign_up` | `requests.Session().post` | {o:.1f} µs | {b:.1f} µs | **{ratio:.2f}×** | ≤ 0.33× |")
    finally:
        server.kill()
    verification()


def verification():
    """One RS256 verification with the claims checks: TokenVerifier.verify vs
    PyJWT + cryptography with the key loaded once, call by call."""
    import json
    import pathlib

    import jwt
    from cryptography.hazmat.primitives import serialization

    fixtures = pathlib.Path(__file__).resolve().parents[1] / "core" / "tests" / "fixtures"
    issuer = "https://app-bench.frontegg.com"
    now = int(time.time())
    claims = {
        "sub": "user-1", "iss": issuer, "aud": "client-1", "type": "userToken", "tenantId": "t-1",
        "tenantIds": ["t-1"], "roles": ["admin"], "permissions": ["fe.secure.read", "fe.secure.write"],
        "email": "jane@example.com", "email_verified": True, "name": "Jane", "exp": now + 3600, "iat": now,
    }
    private = serialization.load_pem_private_key((fixtures / "jwt-key-1.pem").read_bytes(), password=None)
    public = serialization.load_pem_public_key((fixtures / "jwt-key-1.pub.pem").read_bytes())
    token = jwt.encode(claims, private, algorithm="RS256", headers={"kid": "key-1"})
    verifier = fi.TokenVerifier(issuer, jwks=json.loads((fixtures / "jwks-1.json").read_text()), audience="client-1")

    def ours():
        verifier.verify(token)

    def baseline():
        jwt.decode(token, public, algorithms=["RS256"], audience="client-1", issuer=issuer,
                   options={"require": ["exp", "iss", "sub"]})

    for _ in range(500):
        ours()
        baseline()
    clock = time.perf_counter
    ratios, ours_us, base_us = [], [], []
    for _ in range(ROUNDS):
        o = b = 0.0
        for call in range(CALLS):
            first, second = (ours, baseline) if call % 2 == 0 else (baseline, ours)
            t0 = clock()
            first()
            t1 = clock()
            second()
            t2 = clock()
            if first is ours:
                o += t1 - t0
                b += t2 - t1
            else:
                b += t1 - t0
                o += t2 - t1
        ours_us.append(o * 1e6 / CALLS)
        base_us.append(b * 1e6 / CALLS)
        ratios.append(o / b)
    print(
        f"| Python `TokenVerifier.verify` (RS256, all claims checks) | PyJWT + cryptography, key pre-loaded "
        f"| {statistics.median(ours_us):.1f} µs | {statistics.median(base_us):.1f} µs "
        f"| **{statistics.median(ratios):.2f}×** | ≤ 0.33× |"
    )


if __name__ == "__main__":
    main(sys.argv[1])
