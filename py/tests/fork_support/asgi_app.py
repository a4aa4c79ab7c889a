"""An ASGI app with an AsyncClient built and used at import (its thread pool
started in the parent), then forked into gunicorn's uvicorn workers."""

import asyncio
import json
import os
from urllib.parse import parse_qs

import frontegg_identity as fi

UPSTREAM = os.environ["FORK_TEST_UPSTREAM"]
client = fi.AsyncClient(client_id="fork-test", secret="fork-secret", base_url=UPSTREAM, timeout=10.0)
asyncio.run(client.request("GET", "/identity/resources/echo", query={"nonce": "warm-up"}))


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    nonce = parse_qs(scope.get("query_string", b"").decode()).get("nonce", [""])[0]
    try:
        answer = await client.request("GET", "/identity/resources/echo", query={"nonce": nonce})
        status, body = 200, {"sent": nonce, "got": answer["nonce"], "pid": os.getpid()}
    except fi.FronteggError as error:
        status, body = 500, {"sent": nonce, "error": str(error)}
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})
