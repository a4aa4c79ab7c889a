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


if __name__ == "__main__":
    main(sys.argv[1])
