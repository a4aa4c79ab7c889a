"""AsyncClient: 50 concurrent calls against a server that takes 1 s each
finish in well under 3 s while the event loop keeps ticking; cancellation
neither leaks a thread nor breaks the client; closing waits for calls in
flight; groups, pagers, flows and sessions have async twins."""

import asyncio
import threading
import time

import pytest

import frontegg_identity as fi

ME = "/identity/resources/users/v2/me"


def run(coroutine):
    return asyncio.run(coroutine)


def test_fifty_slow_calls_run_concurrently_while_the_loop_ticks(server):
    server.route("GET", "/slow", body={"ok": True}, delay=1.0)

    async def main():
        ticks = []

        async def ticker():
            while True:
                ticks.append(time.monotonic())
                await asyncio.sleep(0.05)

        tick = asyncio.create_task(ticker())
        async with fi.AsyncClient(base_url=server.url, access_token="user-jwt", deadline=10) as client:
            started = time.monotonic()
            answers = await asyncio.gather(*(client.request("GET", "/slow") for _ in range(50)))
            elapsed = time.monotonic() - started
        tick.cancel()
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        return answers, elapsed, max(gaps)

    answers, elapsed, worst_gap = run(main())
    assert answers == [{"ok": True}] * 50
    assert elapsed < 3.0, f"50 calls of 1 s took {elapsed:.2f} s"
    assert worst_gap < 0.25, f"the event loop stalled for {worst_gap:.3f} s"


def test_cancelling_a_call_leaks_no_thread_and_the_client_still_works(server):
    server.route("GET", "/slow", body={"ok": True}, delay=0.5)
    server.route("GET", "/fast", body={"ok": 1})

    async def main():
        async with fi.AsyncClient(base_url=server.url, access_token="t", max_workers=4) as client:
            for _ in range(20):
                task = asyncio.create_task(client.request("GET", "/slow"))
                await asyncio.sleep(0.01)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
            assert await client.request("GET", "/fast") == {"ok": 1}
            # The pool is bounded: at most max_workers threads, whatever was
            # cancelled (the stub server's own handler threads do not count).
            pool = [t for t in threading.enumerate() if t.name.startswith("frontegg")]
            assert 1 <= len(pool) <= 4, [t.name for t in pool]
        return True

    assert run(main())


def test_closing_waits_for_calls_in_flight(server):
    server.route("GET", "/slow", body={"done": True}, delay=0.5)

    async def main():
        client = fi.AsyncClient(base_url=server.url, access_token="t")
        call = asyncio.create_task(client.request("GET", "/slow"))
        await asyncio.sleep(0.05)
        await client.aclose()
        assert call.done() and call.result() == {"done": True}
        with pytest.raises(RuntimeError):
            await client.request("GET", "/slow")

    run(main())


def test_groups_pagers_flows_and_sessions_are_async(server):
    from test_client import ROLE

    def page(ids):
        return {"items": [dict(ROLE, id=i, key=i) for i in ids],
                "_links": {"next": "", "prev": "", "first": "", "last": ""},
                "_metadata": {"totalItems": 3, "totalPages": 2}}

    base = "/identity/resources/roles/v2?_limit=2&_sortBy=name"
    server.route("GET", base + "&_offset=0", body=page(["r1", "r2"]))
    server.route("GET", base + "&_offset=1", body=page(["r3"]))
    server.route("POST", "/identity/resources/auth/v1/user",
                 body={"accessToken": "a", "refreshToken": "r", "expiresIn": 3600, "expires": "", "mfaRequired": False})
    server.route("POST", "/identity/resources/auth/v1/logout", status=201)

    async def main():
        async with fi.AsyncClient(base_url=server.url, client_id="client-1") as client:
            assert isinstance(client.account_roles, fi.AsyncAccountRolesApi)
            assert asyncio.iscoroutinefunction(fi.AsyncAccountRolesApi.get_all_roles)
            roles = [r.id async for r in client.account_roles.iter_get_all_roles(sort_by="name", limit=2)]
            first = await client.account_roles.get_all_roles(sort_by="name", limit=2, offset=0)
            assert isinstance(client.for_tenant("t-1"), fi.AsyncClient)
            assert isinstance(client.as_user("jwt"), fi.AsyncClient)
            session = await client.sign_in(email="jane@example.com", password="pw")
            assert isinstance(session, fi.AsyncSession)
            assert await session.access_token() == "a"
            await session.sign_out()
            assert not session.is_signed_in
            return roles, first

    roles, first = run(main())
    assert roles == ["r1", "r2", "r3"]
    assert isinstance(first, fi.RoleResponsePage)


def test_every_sync_method_has_an_async_twin():
    for name in dir(fi.Client):
        if name.startswith("_"):
            continue
        assert hasattr(fi.AsyncClient, name), name
    for sync, twin in [(fi.UsersApi, fi.AsyncUsersApi), (fi.Session, fi.AsyncSession)]:
        for name in dir(sync):
            if not name.startswith("_"):
                assert hasattr(twin, name), (twin, name)
