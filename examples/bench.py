"""Benchmark (not a test): per-call time of sign_up_tokens through frontegg_identity
vs requests, httpx, urllib3 and a raw-socket floor, interleaved call by call
against the Rust loopback server of `bench --serve` (scripts/bench.sh pins
both to one core); then one token verification vs PyJWT. Prints Markdown
table rows."""

import json
import statistics
import subprocess
import sys
import time

import requests

import frontegg_identity as fi

ROUNDS, CALLS = 21, 200


def interleaved(clients):
    """Per-call medians (µs) of each client, timed call by call in rotating
    order so every client sees the same machine state."""
    clock = time.perf_counter
    totals = {name: [] for name in clients}
    names = list(clients)
    for _ in range(ROUNDS):
        spent = dict.fromkeys(names, 0.0)
        for call in range(CALLS):
            shift = call % len(names)
            for name in names[shift:] + names[:shift]:
                started = clock()
                clients[name]()
                spent[name] += clock() - started
        for name in names:
            totals[name].append(spent[name] * 1e6 / CALLS)
    return {name: statistics.median(samples) for name, samples in totals.items()}


def main(server_binary):
    import http.client
    import socket

    import httpx
    import urllib3

    # The server and this process share core 0 when the bench is pinned.
    server = subprocess.Popen([server_binary, "--serve"], stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        host, port = url.removeprefix("http://").split(":")
        path = "/identity/resources/users/v1/signUp"
        endpoint = url + path
        body = {"email": "bench@example.com", "companyName": "Bench", "password": "Bench-password-1", "provider": "local"}
        headers = {"frontegg-vendor-host": "app-bench.frontegg.com"}
        client = fi.Client(base_url=url, vendor_host="app-bench.frontegg.com")
        session = requests.Session()
        hx = httpx.Client()
        pool = urllib3.HTTPConnectionPool(host, int(port), maxsize=1)
        raw = socket.create_connection((host, int(port)))
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        payload = json.dumps(body).encode()
        request_bytes = (
            f"POST {path} HTTP/1.1\r\nhost: {host}\r\ncontent-type: application/json\r\n"
            f"frontegg-vendor-host: app-bench.frontegg.com\r\ncontent-length: {len(payload)}\r\n\r\n"
        ).encode() + payload

        def ours():
            client.sign_up_tokens(email="bench@example.com", company_name="Bench", password="Bench-password-1")

        def with_requests():
            session.post(endpoint, json=body, headers=headers, timeout=30).json()

        def with_httpx():
            hx.post(endpoint, json=body, headers=headers).json()

        def with_urllib3():
            json.loads(pool.request("POST", path, body=payload, headers={**headers, "content-type": "application/json"}).data)

        def floor():
            # Fixed bytes out, one answer read by its content-length: no JSON.
            raw.sendall(request_bytes)
            data = raw.recv(65536)
            head, _, rest = data.partition(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            while len(rest) < length:
                rest += raw.recv(65536)

        clients = {"ours": ours, "requests": with_requests, "httpx": with_httpx, "urllib3": with_urllib3, "floor": floor}
        for _ in range(300):
            for f in clients.values():
                f()
        us = interleaved(clients)
        base, bottom = us["requests"], us["floor"]
        targets = {"ours": "≤ 3.0× floor (≈ 0.10× requests)"}
        labels = {
            "ours": "Python `Client.sign_up_tokens`",
            "requests": "`requests.Session().post` + `.json()`",
            "httpx": "`httpx.Client().post` + `.json()`",
            "urllib3": "`urllib3` pool + `json.loads`",
            "floor": "raw socket, fixed bytes, no JSON (the floor)",
        }
        for name, value in us.items():
            print(
                f"| {labels[name]} | `requests` / the floor | {value:.1f} µs | {base:.1f} / {bottom:.1f} µs "
                f"| **{value / base:.2f}× / {value / bottom:.1f}×** | {targets.get(name, '—')} |"
            )
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
    us = interleaved({"ours": ours, "pyjwt": baseline})
    print(
        f"| Python `TokenVerifier.verify` (RS256, all claims checks) | PyJWT + cryptography, key pre-loaded "
        f"| {us['ours']:.1f} µs | {us['pyjwt']:.1f} µs | **{us['ours'] / us['pyjwt']:.2f}×** | ≤ 0.33× |"
    )


if __name__ == "__main__":
    main(sys.argv[1])
