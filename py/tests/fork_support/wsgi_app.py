"""A WSGI app as users write them: the Client is built at import and used
once (a warm-up), before gunicorn --preload forks its workers. Each request
asks the upstream to echo a nonce and returns what came back."""

import json
import os
from urllib.parse import parse_qs

import frontegg_identity as fi

UPSTREAM = os.environ["FORK_TEST_UPSTREAM"]
client = fi.Client(client_id="fork-test", secret="fork-secret", base_url=UPSTREAM, timeout=10.0)
client.request("GET", "/identity/resources/echo", query={"nonce": "warm-up"})


def app(environ, start_response):
    nonce = parse_qs(environ.get("QUERY_STRING", "")).get("nonce", [""])[0]
    try:
        got = client.request("GET", "/identity/resources/echo", query={"nonce": nonce})["nonce"]
        status, body = "200 OK", {"sent": nonce, "got": got, "pid": os.getpid()}
    except fi.FronteggError as error:
        status, body = "500 Internal Server Error", {"sent": nonce, "error": str(error)}
    data = json.dumps(body).encode()
    start_response(status, [("content-type", "application/json"), ("content-length", str(len(data)))])
    return [data]
