"""Fork safety under the servers Python apps really run on.

A Client used before a fork must never hand its pooled sockets, worker
threads or held locks to the child: each test forks after the parent has
used the client, sends every request with a nonce of its own to a loopback
upstream that echoes it back, and counts cross-talk (an answer carrying
another request's nonce), errors and hangs. Every count must be 0.
"""

import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection
from pathlib import Path

import pytest

import frontegg_identity as fi

SUPPORT = Path(__file__).parent / "fork_support"
BIN = Path(sys.executable).parent
GUNICORN = BIN / "gunicorn"
CALLERS = 4
CALLS_EACH = 200
# One request that takes longer than this is a hang.
CALL_TIMEOUT = 15.0

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this platform")


@pytest.fixture(scope="module")
def upstream():
    process = subprocess.Popen([sys.executable, str(SUPPORT / "upstream.py")], stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    assert line.startswith("listening "), line
    url = f"http://127.0.0.1:{line.split()[1]}"
    yield url
    process.kill()
    process.wait()


def control(upstream, **settings):
    query = "&".join(f"{k}={v}" for k, v in settings.items())
    urllib.request.urlopen(urllib.request.Request(f"{upstream}/_control?{query}", data=b"", method="POST")).read()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listened on port {port} within {seconds} s")


def hammer(port):
    """CALLERS threads, CALLS_EACH requests each, every one with its own
    nonce; returns (answers, cross_talk, errors, hangs, worker pids)."""
    cross_talk, errors, hangs, pids = [], [], [], set()

    def caller(index):
        for call in range(CALLS_EACH):
            nonce = f"{index}-{call}-{uuid.uuid4().hex}"
            connection = HTTPConnection("127.0.0.1", port, timeout=CALL_TIMEOUT)
            try:
                connection.request("GET", f"/?nonce={nonce}")
                response = connection.getresponse()
                body = json.loads(response.read())
            except TimeoutError:
                hangs.append(nonce)
                continue
            except OSError as error:
                errors.append(f"{nonce}: {error!r}")
                continue
            finally:
                connection.close()
            if response.status != 200:
                errors.append(f"{nonce}: {body.get('error')}")
            elif body["got"] != nonce:
                cross_talk.append((nonce, body["got"]))
            else:
                pids.add(body["pid"])

    with ThreadPoolExecutor(CALLERS) as pool:
        list(pool.map(caller, range(CALLERS)))
    answers = CALLERS * CALLS_EACH - len(cross_talk) - len(errors) - len(hangs)
    return answers, cross_talk, errors, hangs, pids


def report(name, answers, cross_talk, errors, hangs, pids):
    print(f"\n{name}: {answers} own answers, {len(cross_talk)} cross-talk, {len(errors)} errors, "
          f"{len(hangs)} hangs, {len(pids)} worker processes answered")
    assert cross_talk == [], f"answers of other requests: {cross_talk[:5]}"
    assert errors == [], errors[:5]
    assert hangs == [], hangs[:5]
    assert answers == CALLERS * CALLS_EACH


def run_gunicorn(upstream, app, worker_class, workers):
    if not GUNICORN.exists():
        pytest.fail(f"gunicorn is not installed in {BIN}: the test command installs it")
    port = free_port()
    env = dict(os.environ, FORK_TEST_UPSTREAM=upstream, PYTHONPATH=str(SUPPORT))
    process = subprocess.Popen(
        [str(GUNICORN), "--preload", "--workers", str(workers), "--worker-class", worker_class,
         "--bind", f"127.0.0.1:{port}", "--graceful-timeout", "2", "--log-level", "warning", app],
        env=env,
    )
    try:
        wait_for_port(port, process)
        return hammer(port)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_gunicorn_preload_sync_workers_never_cross_talk(upstream):
    report("gunicorn --preload, 4 sync workers",
           *run_gunicorn(upstream, "wsgi_app:app", "sync", 4))


def uvicorn_worker_class():
    for module, name in (("uvicorn_worker", "UvicornWorker"), ("uvicorn.workers", "UvicornWorker")):
        try:
            __import__(module)
            return f"{module}.{name}"
        except ImportError:
            continue
    pytest.fail("uvicorn is not installed: the test command installs it")


def test_gunicorn_preload_uvicorn_workers_with_an_async_client(upstream):
    report("gunicorn --preload, 2 uvicorn workers, AsyncClient used at import",
           *run_gunicorn(upstream, "asgi_app:app", uvicorn_worker_class(), 2))


def _echo(nonce):
    # Runs in a pool process forked from the test, with the parent's client.
    return nonce, _POOL_CLIENT.request("GET", "/identity/resources/echo", query={"nonce": nonce})["nonce"]


def test_multiprocessing_fork_pool_after_the_parent_used_the_client(upstream):
    global _POOL_CLIENT
    _POOL_CLIENT = fi.Client(client_id="fork-test", secret="fork-secret", base_url=upstream, timeout=10.0)
    # Several pooled connections in the parent, each of which a child could inherit.
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(_echo, ["parent-1", "parent-2", "parent-3", "parent-4"]))
    nonces = [f"pool-{i}-{uuid.uuid4().hex}" for i in range(400)]
    with multiprocessing.get_context("fork").Pool(4) as pool:
        answers = pool.map_async(_echo, nonces, chunksize=1).get(timeout=120)
    wrong = [(sent, got) for sent, got in answers if sent != got]
    print(f"\nmultiprocessing fork pool: {len(answers) - len(wrong)} own answers of {len(nonces)}, "
          f"{len(wrong)} cross-talk")
    assert wrong == []
    # The parent keeps its own connections and goes on working.
    assert _echo("parent-after")[1] == "parent-after"


def fork_and_run(work):
    """Forks; the child runs `work()` (bounded by an alarm), which returns
    the nonce it got back, and reports through a pipe. Returns what the
    child said: 'ok', what went wrong, or 'hang'."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        signal.alarm(int(CALL_TIMEOUT))
        try:
            expected, got = work()
            message = "ok" if got == expected else f"cross-talk: {got}"
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            message = f"error: {error!r}"
        os.write(write_end, message.encode())
        os._exit(0)
    os.close(write_end)
    deadline = time.monotonic() + CALL_TIMEOUT + 5
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
        return "hang"
    with os.fdopen(read_end, "rb") as pipe:
        said = pipe.read().decode()
    if os.WIFSIGNALED(status):
        return f"hang (killed by signal {os.WTERMSIG(status)})"
    return said


def fork_and_call(client, nonce):
    return fork_and_run(
        lambda: (nonce, client.request("GET", "/identity/resources/echo", query={"nonce": nonce})["nonce"]))


def test_fork_while_another_thread_renews_the_vendor_token(upstream):
    control(upstream, vendor_delay=1.5)
    try:
        client = fi.Client(client_id="fork-test", secret="fork-secret", base_url=upstream, timeout=10.0)
        # This thread holds the vendor-token renewal for 1.5 s.
        renewing = threading.Thread(
            target=lambda: client.request("GET", "/identity/resources/echo", query={"nonce": "parent"}))
        renewing.start()
        time.sleep(0.4)
        control(upstream, vendor_delay=0)
        said = fork_and_call(client, "child-during-renewal")
        renewing.join()
    finally:
        control(upstream, vendor_delay=0)
    print(f"\nfork during a vendor-token renewal: child says {said}")
    assert said == "ok"


def test_fork_while_another_thread_refreshes_a_session(upstream):
    client = fi.Client(base_url=upstream, client_id="fork-test", timeout=10.0)
    session = client.sign_in(email="jane@example.com", password="pw")
    control(upstream, refresh_delay=1.5)
    try:
        # This thread holds the session's refresh lock for 1.5 s.
        refreshing = threading.Thread(target=session.refresh)
        refreshing.start()
        time.sleep(0.4)

        def child():
            # The still-valid access token is there; the refresh token the
            # parent is spending is never sent again: a prompt error, no wait.
            token = session.access_token()
            started = time.monotonic()
            try:
                session.refresh()
                return "a refresh", "no refresh"
            except fi.UnauthorizedError:
                waited = time.monotonic() - started
            return "ok", "ok" if token == "access-refresh-1" and waited < 1.0 else f"{token} after {waited:.1f} s"

        said = fork_and_run(child)
        refreshing.join()
    finally:
        control(upstream, refresh_delay=0)
    print(f"\nfork during a session refresh: child says {said}; parent's token {session.access_token()}")
    assert said == "ok"
    assert session.access_token() == "access-refresh-2"


def test_fork_while_another_thread_is_in_a_call(upstream):
    client = fi.Client(client_id="fork-test", secret="fork-secret", base_url=upstream, timeout=10.0)
    client.request("GET", "/identity/resources/echo", query={"nonce": "warm-up"})
    results = {}

    def slow_call():
        results["parent"] = client.request(
            "GET", "/identity/resources/echo", query={"nonce": "slow-parent", "delay": "1.0"})["nonce"]

    in_call = threading.Thread(target=slow_call)
    in_call.start()
    time.sleep(0.3)
    said = fork_and_call(client, "child-during-call")
    in_call.join()
    print(f"\nfork during another thread's call: child says {said}, parent got {results.get('parent')}")
    assert said == "ok"
    assert results["parent"] == "slow-parent"


def test_fork_after_an_async_client_was_used(upstream):
    import asyncio

    client = fi.AsyncClient(client_id="fork-test", secret="fork-secret", base_url=upstream, timeout=10.0)

    async def call(nonce):
        return (await client.request("GET", "/identity/resources/echo", query={"nonce": nonce}))["nonce"]

    assert asyncio.run(call("parent")) == "parent"
    said = fork_and_run(lambda: ("child", asyncio.run(call("child"))))
    print(f"\nAsyncClient used before fork: child says {said}")
    assert said == "ok"
    assert asyncio.run(call("parent-again")) == "parent-again"


def test_a_token_verifier_made_before_fork_works_in_the_child():
    issuer = "https://app-fork.frontegg.com"
    key_dir = Path(__file__).parents[2] / "core" / "tests" / "fixtures"
    import jwt

    verifier = fi.TokenVerifier(issuer, public_key_pem=(key_dir / "jwt-key-1.pub.pem").read_text())
    now = int(time.time())
    token = jwt.encode({"sub": "u-1", "iss": issuer, "type": "userToken", "tenantId": "t-1", "exp": now + 600},
                       (key_dir / "jwt-key-1.pem").read_text(), algorithm="RS256")
    assert verifier.verify(token).sub == "u-1"
    pid = os.fork()
    if pid == 0:
        signal.alarm(int(CALL_TIMEOUT))
        try:
            os._exit(0 if verifier.verify(token).sub == "u-1" else 1)
        except BaseException:  # noqa: BLE001
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, status
