"""Hardening through the wheel: the fault matrix, bad Python input, redaction
(including the logs), and the answer size limit. Each suite prints its table
(run pytest with -s to see them); every row must pass."""

import json
import logging
import socket
import subprocess
import sys
import threading
import time

import pytest

import frontegg_identity as fi

CLIENT_ID = "6a6b-12cd-34ef"


class RawServer:
    """A loopback server that runs `behaviour(n, conn)` for request n."""

    def __init__(self, behaviour):
        self.behaviour = behaviour
        self.count = 0
        self.lines = {}
        self.lock = threading.Lock()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        reader = conn.makefile("rb")
        try:
            while True:
                length = 0
                line = reader.readline()
                if not line:
                    return
                first = line.decode("latin-1").strip()
                while line not in (b"\r\n", b""):
                    name, _, value = line.decode("latin-1").partition(":")
                    if name.lower() == "content-length":
                        length = int(value.strip())
                    line = reader.readline()
                reader.read(length)
                with self.lock:
                    n = self.count
                    self.count += 1
                    self.lines[n] = first
                if self.behaviour(n, conn) == "close":
                    return
        except OSError:
            return
        finally:
            conn.close()

    def close(self):
        self.sock.close()


def answer(conn, status, body=b"", headers=()):
    if isinstance(body, str):
        body = body.encode()
    head = f"HTTP/1.1 {status}\r\ncontent-length: {len(body)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers)
    conn.sendall(head.encode() + b"\r\n" + body)


FRONTEGG_5XX = '{"errors":["Internal error"],"errorCode":"ER-00500"}'


def drip(n, conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\n")
    for _ in range(50):
        conn.sendall(b" ")
        time.sleep(1)


def huge(n, conn):
    size = 64 * 1024 * 1024
    conn.sendall(f"HTTP/1.1 200 OK\r\ncontent-length: {size}\r\n\r\n[".encode())
    chunk = b"1" * 65536
    for _ in range(size // len(chunk)):
        conn.sendall(chunk)


CASES = [
    # name, behaviour, (GET outcome, requests), (POST outcome, requests)
    ("connection refused", None, ("NetworkError", 0), ("NetworkError", 0)),
    ("closed before the answer", lambda n, c: "close", ("NetworkError", 3), ("NetworkError", 1)),
    (
        "closed mid-body",
        lambda n, c: (c.sendall(b'HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"a":'), "close")[1],
        ("NetworkError", 3),
        ("NetworkError", 1),
    ),
    ("slow headers", lambda n, c: (time.sleep(1.5), answer(c, "200 OK", "{}"))[1], ("TimeoutError", 1), ("TimeoutError", 1)),
    ("body dripping a byte a second", drip, ("TimeoutError", 1), ("TimeoutError", 1)),
    ("truncated JSON", lambda n, c: answer(c, "200 OK", '{"token": "ab'), ("DecodeError", 1), ("DecodeError", 1)),
    ("malformed JSON", lambda n, c: answer(c, "200 OK", "not json"), ("DecodeError", 1), ("DecodeError", 1)),
    ("502 with HTML", lambda n, c: answer(c, "502 Bad Gateway", "<html>x</html>", [("content-type", "text/html")]), ("ServerError", 3), ("ServerError", 1)),
    ("JSON with a wrong content type", lambda n, c: answer(c, "200 OK", '{"ok":true}', [("content-type", "text/plain")]), ("ok", 1), ("ok", 1)),
    ("429 with Retry-After", lambda n, c: answer(c, "429 Too Many Requests", "", [("retry-after", "1")]), ("RateLimitedError", 3), ("RateLimitedError", 3)),
    (
        "429 with X-Rate-Limit-Reset",
        lambda n, c: answer(c, "429 Too Many Requests", "", [("x-rate-limit-reset", str(int(time.time()) + 1))]),
        ("RateLimitedError", 3),
        ("RateLimitedError", 3),
    ),
    ("500 with a Frontegg body", lambda n, c: answer(c, "500 Internal Server Error", FRONTEGG_5XX), ("ServerError", 1), ("ServerError", 1)),
    ("502 with a Frontegg body", lambda n, c: answer(c, "502 Bad Gateway", FRONTEGG_5XX), ("ServerError", 3), ("ServerError", 1)),
    ("503 with a Frontegg body", lambda n, c: answer(c, "503 Service Unavailable", FRONTEGG_5XX), ("ServerError", 3), ("ServerError", 1)),
    ("504 with a Frontegg body", lambda n, c: answer(c, "504 Gateway Timeout", FRONTEGG_5XX), ("ServerError", 3), ("ServerError", 1)),
    (
        "503 twice, then success",
        lambda n, c: answer(c, "503 Service Unavailable", FRONTEGG_5XX) if n < 2 else answer(c, "200 OK", '{"ok":true}'),
        ("ok", 3),
        ("ServerError", 1),
    ),
    ("a 64 MiB answer", huge, ("DecodeError", 1), ("DecodeError", 1)),
    ("a redirect to http", lambda n, c: answer(c, "302 Found", "", [("location", "http://example.com/")]), ("ApiError", 1), ("ApiError", 1)),
    ("a Frontegg 400", lambda n, c: answer(c, "400 Bad Request", '{"errors":["Invalid"],"errorCode":"ER-1"}'), ("ApiError", 1), ("ApiError", 1)),
]
DEADLINE = 4.0


def run_case(name, behaviour, method):
    if behaviour is None:
        # A port nobody listens on.
        probe = socket.create_server(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
        probe.close()
        server = None
    else:
        server = RawServer(behaviour)
        url = server.url
    client = fi.Client(
        base_url=url, access_token="fault-token", timeout=0.7, connect_timeout=0.5,
        max_retries=2, max_retry_wait=2.0, deadline=DEADLINE,
    )
    started = time.monotonic()
    try:
        client.request(method, "/identity/resources/things/v1")
        outcome, error = "ok", None
    except fi.FronteggError as caught:
        outcome, error = type(caught).__name__, caught
    took = time.monotonic() - started
    if server is None:
        return outcome, error, took, 0
    server.close()
    return outcome, error, took, server.count


def test_fault_matrix():
    results = {}
    threads = []

    def worker(name, behaviour, method):
        results[(name, method)] = run_case(name, behaviour, method)

    for name, behaviour, _, _ in CASES:
        for method in ("GET", "POST"):
            thread = threading.Thread(target=worker, args=(name, behaviour, method))
            thread.start()
            threads.append(thread)
    for thread in threads:
        thread.join()
    rows, failures = [], []
    for name, _, get, post in CASES:
        for method, (expected, count) in (("GET", get), ("POST", post)):
            outcome, error, took, requests = results[(name, method)]
            ok = outcome == expected and requests == count and took <= DEADLINE + 0.5
            if name == "a 64 MiB answer":
                ok = ok and error.status == 200 and "max_response_bytes" in str(error)
            if name.startswith("502 with a Frontegg body") and method == "GET":
                ok = ok and error.attempts == 3 and "after 3 attempts" in str(error)
            rows.append(f"| {name:<32} | {method:<4} | {outcome:<16} | {requests:>2} requests | {took * 1000:>5.0f} ms | {'pass' if ok else 'FAIL'} |")
            if not ok:
                failures.append((name, method, expected, count, outcome, requests, took))
    print(f"\nfault matrix through the wheel ({len(rows)} cases):")
    print("\n".join(rows))
    assert not failures, failures


@pytest.mark.parametrize("framing", ["content-length", "read until close"])
def test_a_64_mib_answer_keeps_memory_bounded(framing):
    # A fresh interpreter, so its peak memory is this call's.
    head = "content-length: {size}" if framing == "content-length" else "connection: close"
    script = f"""
import socket, threading, frontegg_identity as fi
def peak():
    # VmHWM: this process's peak resident memory (ru_maxrss would carry
    # the parent's peak over fork).
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
sock = socket.create_server(("127.0.0.1", 0))
def serve():
    conn, _ = sock.accept()
    conn.recv(65536)
    size = 64 * 1024 * 1024
    conn.sendall(f"HTTP/1.1 200 OK\\r\\n{head}\\r\\n\\r\\n".encode())
    try:
        for _ in range(size // 65536):
            conn.sendall(b"1" * 65536)
    except OSError:
        pass
    conn.close()
threading.Thread(target=serve, daemon=True).start()
client = fi.Client(base_url=f"http://127.0.0.1:{{sock.getsockname()[1]}}", access_token="t")
before = peak()
try:
    client.request("GET", "/identity/x")
    raise SystemExit("no error")
except fi.DecodeError as e:
    assert e.status == 200 and "max_response_bytes" in str(e), str(e)
after = peak()
print(after - before)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    grown = int(done.stdout)
    limit = 16 * 1024 * 1024
    print(f"\n64 MiB answer ({framing}): peak memory grew by {grown / 2**20:.1f} MiB (limit {limit / 2**20:.0f} MiB)")
    assert grown < 2 * limit


def deep(levels):
    value = {}
    for _ in range(levels):
        value = {"x": value}
    return value


def bad_input_cases():
    cyclic = {}
    cyclic["self"] = cyclic
    cyclic_list = []
    cyclic_list.append(cyclic_list)
    fine = fi.Client(base_url="http://127.0.0.1:9", access_token="t", client_id=CLIENT_ID)
    config_errors = [
        ("timeout=1e30", dict(timeout=1e30)),
        ("timeout=18446744073709552.0", dict(timeout=18446744073709552.0)),
        ("timeout=0", dict(timeout=0)),
        ("timeout=-1", dict(timeout=-1)),
        ("timeout=nan", dict(timeout=float("nan"))),
        ("timeout=inf", dict(timeout=float("inf"))),
        ("connect_timeout=1e25", dict(connect_timeout=1e25)),
        ("max_retry_wait=1e30", dict(max_retry_wait=1e30)),
        ("max_retry_wait=-1", dict(max_retry_wait=-1)),
        ("max_retries=-1", dict(max_retries=-1)),
        ("max_retries=10**30", dict(max_retries=10**30)),
        ("deadline=0", dict(deadline=0)),
        ("deadline=1e30", dict(deadline=1e30)),
        ("max_response_bytes=0", dict(max_response_bytes=0)),
        ("max_response_bytes=-5", dict(max_response_bytes=-5)),
        ("region='mars'", dict(region="mars")),
        ("base_url with user info", dict(base_url="https://u:p@x.example.com")),
        ("vendor_host with CR LF", dict(vendor_host="a\r\nb")),
    ]
    for label, kwargs in config_errors:
        kwargs.setdefault("base_url", "http://127.0.0.1:9")
        yield f"Client({label})", lambda kwargs=kwargs: fi.Client(**kwargs), (fi.ConfigError, OverflowError)
    invalid = [
        ("metadata 2,000 deep", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata=deep(2000))),
        ("metadata containing itself", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata=cyclic)),
        ("a list containing itself", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata={"l": cyclic_list})),
        ("metadata with NaN", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata={"x": float("nan")})),
        ("metadata with inf", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata={"x": float("inf")})),
        ("metadata with a set", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata={"x": {1, 2}})),
        ("metadata with bytes", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata={"x": b"raw"})),
        ("metadata with an int key", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata={1: "x"})),
        ("metadata with a 2**70 int", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", metadata={"x": 2**70})),
        ("a body 2,000 deep", lambda: fine.users.create_user(body={"tenantId": "t", "metadata": deep(2000)})),
        ("a body containing itself", lambda: fine.users.create_user(body=cyclic)),
        ("a body that is a list", lambda: fine.users.create_user(body=[1])),
        ("a body that is None", lambda: fine.users.create_user(body=None)),
        ("a body with a wrong type", lambda: fine.users.create_user(body={"tenantId": 5})),
        ("id '.\\t.'", lambda: fine.users.get_user_by_id_vendor_only(".\t.")),
        ("id 'a\\r\\nb'", lambda: fine.users.get_user_by_id_vendor_only("a\r\nb")),
        ("id '..'", lambda: fine.users.get_user_by_id_vendor_only("..")),
        ("id ''", lambda: fine.users.get_user_by_id_vendor_only("")),
        ("id '%2e%2e'", lambda: fine.users.get_user_by_id_vendor_only("%2e%2e")),
        ("refresh token with ';'", lambda: fine.refresh_tokens("a; fe_refresh_x=y")),
        ("refresh token with ','", lambda: fine.refresh_tokens("a,b")),
        ("refresh token with a space", lambda: fine.refresh_tokens("a b")),
        ("logout token with a newline", lambda: fine.sign_out("a\nb")),
        ("login with a blank email", lambda: fine.sign_in_tokens(email="   ", password="pw")),
        ("login with an empty password", lambda: fine.sign_in_tokens(email="a@b.c", password="")),
        ("sign-up with a blank company", lambda: fine.sign_up_tokens(email="a@b.c", company_name=" ")),
        ("sign-up with provider 'myspace'", lambda: fine.sign_up_tokens(email="a@b.c", company_name="A", provider="myspace")),
        ("for_tenant with CR LF", lambda: fine.for_tenant("t\r\nx: y")),
        ("as_user with a newline", lambda: fine.as_user("a\nb")),
        ("request path with ..", lambda: fine.request("GET", "/identity/../x")),
        ("request header Authorization", lambda: fine.request("GET", "/identity/x", headers={"Authorization": "x"})),
        ("request with a bad method", lambda: fine.request("GE T", "/identity/x")),
    ]
    for label, call in invalid:
        yield label, call, fi.InvalidInputError
    wrong_types = [
        ("login(password=None)", lambda: fine.sign_in_tokens(email="a@b.c", password=None)),
        ("login(password=5)", lambda: fine.sign_in_tokens(email="a@b.c", password=5)),
        ("get_user_by_id_vendor_only(None)", lambda: fine.users.get_user_by_id_vendor_only(None)),
        ("get_users(limit='ten')", lambda: fine.user_management.get_users(limit="ten")),
        ("get_users(limit=2**70)", lambda: fine.user_management.get_users(limit=2**70)),
        ("refresh(b'bytes')", lambda: fine.refresh_tokens(b"bytes")),
        ("Client(timeout='slow')", lambda: fi.Client(timeout="slow")),
        ("Client(service_urls=[1])", lambda: fi.Client(service_urls=[1])),
    ]
    for label, call in wrong_types:
        yield label, call, (TypeError, OverflowError)


def test_bad_input():
    rows, failures = [], []
    for label, call, expected in bad_input_cases():
        try:
            call()
            outcome = "no error"
        except BaseException as error:  # a PanicException is a BaseException
            outcome = type(error).__name__
            ok = isinstance(error, expected)
        else:
            ok = False
        rows.append(f"| {label:<44} | {outcome:<18} | {'pass' if ok else 'FAIL'} |")
        if not ok:
            failures.append((label, outcome))
    print(f"\nbad input through the wheel ({len(rows)} cases):")
    print("\n".join(rows))
    assert len(rows) >= 55
    assert not failures, failures


def test_no_secret_leaves_through_errors_reprs_or_logs(caplog):
    import http.server

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_POST(self):
            self.echo()

        def do_GET(self):
            self.echo()

        def echo(self):
            body = self.rfile.read(int(self.headers.get("content-length") or 0)).decode()
            if self.path == "/auth/vendor" and "wrong" not in body:
                payload = json.dumps({"token": "vendor-token-abcdef", "expiresIn": 3600}).encode()
                status = 200
            else:
                text = f"{self.requestline}\n{self.headers}\n{body}"
                if self.path.startswith("/oauth/"):
                    payload, status = ("echo " + text).encode(), 400
                else:
                    payload = json.dumps({"errors": [text], "errorCode": text}).encode()
                    status = 401
            self.send_response(status)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    secrets = [
        "api-key-secret-value", "vendor-token-abcdef", "user-access-token-xyz",
        "password-value-123", "refresh-token-value-456", "new-user-password-789",
    ]
    caplog.set_level(logging.DEBUG, logger="frontegg_identity")
    client = fi.Client(base_url=url, client_id=CLIENT_ID, secret="api-key-secret-value", vendor_host="app-x.frontegg.com")
    calls = {
        "login": lambda: client.sign_in_tokens(email="a@b.c", password="password-value-123"),
        "refresh": lambda: client.refresh_tokens("refresh-token-value-456"),
        "vendor call": lambda: client.users.get_user_by_id_vendor_only("u-1"),
        "as_user call": lambda: client.as_user("user-access-token-xyz").user_management.get_user_tenants_v2(),
        "secret body field": lambda: client.users.create_user(body={"tenantId": "t", "password": "new-user-password-789"}),
        "non-JSON echo": lambda: client.request("POST", "/oauth/token", body={"password": "password-value-123"}),
        "vendor auth refused": lambda: fi.Client(base_url=url, client_id=CLIENT_ID, secret="api-key-secret-value-wrong").authenticate_vendor(),
    }
    rows, failures = [], []
    for label, call in calls.items():
        with pytest.raises(fi.FronteggError) as caught:
            call()
        error = caught.value
        for place, text in [
            ("str", str(error)), ("repr", repr(error)), ("errors", "\n".join(error.errors or [])),
            ("body_excerpt", getattr(error, "body_excerpt", None) or ""), ("error_code", getattr(error, "error_code", None) or ""),
        ]:
            leaked = [s for s in secrets if s in text]
            rows.append(f"| {label + ': ' + place:<36} | {'LEAK ' + str(leaked) if leaked else 'clean':<8} |")
            if leaked:
                failures.append((label, place, leaked))
    logged = "\n".join(record.getMessage() for record in caplog.records)
    leaked = [s for s in secrets if s in logged]
    rows.append(f"| {'logging at DEBUG (' + str(len(caplog.records)) + ' records)':<36} | {'LEAK' if leaked else 'clean':<8} |")
    assert caplog.records, "no log records at DEBUG"
    reprs = repr(client) + repr(client.as_user("user-access-token-xyz"))
    rows.append(f"| {'repr of clients':<36} | {'LEAK' if any(s in reprs for s in secrets) else 'clean':<8} |")
    print(f"\nredaction through the wheel ({len(rows)} cases):")
    print("\n".join(rows))
    server.shutdown()
    assert not failures and not leaked, (failures, leaked)
    assert not any(s in reprs for s in secrets)


def test_logs_reach_python_logging(caplog):
    caplog.set_level(logging.DEBUG, logger="frontegg_identity")
    server = RawServer(lambda n, c: answer(c, "200 OK", "{}"))
    fi.Client(base_url=server.url, access_token="t").request("GET", "/identity/resources/users/v1/u-1")
    messages = [r.getMessage() for r in caplog.records if r.name == "frontegg_identity"]
    assert any("GET /identity/resources/users/v1/u-1 -> 200" in m for m in messages), messages
    server.close()


def test_stress_many_threads_one_client():
    holder = {}

    def behaviour(n, conn):
        if holder["server"].lines[n].startswith("POST /auth/vendor"):
            answer(conn, "200 OK", '{"token":"stress-token","expiresIn":3600}')
        else:
            answer(conn, "200 OK", '{"ok":true}')

    server = holder["server"] = RawServer(behaviour)
    client = fi.Client(base_url=server.url, client_id=CLIENT_ID, secret="stress-secret", timeout=20)
    errors = []
    threads, calls = 64, 200

    def worker():
        for _ in range(calls):
            try:
                client.request("GET", "/identity/resources/users/v1")
            except fi.FronteggError as error:
                errors.append(str(error))

    started = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    took = time.monotonic() - started
    server.close()
    vendor = sum(1 for line in server.lines.values() if line.startswith("POST /auth/vendor"))
    print(f"\nstress through the wheel: {threads} threads x {calls} calls: {len(errors)} errors, "
          f"{vendor} vendor authentication(s), {took:.1f} s")
    assert not errors, errors[:3]
    assert vendor == 1
    assert server.count == threads * calls + 1
