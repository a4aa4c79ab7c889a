"""A loopback stand-in for Frontegg that the fork tests' apps call: it echoes
each request's nonce back, keeps connections alive (so that pooled sockets
exist to be inherited), and answers vendor authentication, slowly when told.

Run as a script: prints `listening PORT` once it accepts connections.
"""

import json
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

STATE = {"vendor_delay": 0.0, "vendor_auths": 0, "refresh_delay": 0.0}
LOGIN = "/identity/resources/auth/v1/user"
REFRESH = "/identity/resources/auth/v1/user/token/refresh"


def session_answer(refresh):
    return {"accessToken": "access-" + refresh, "refreshToken": refresh, "expiresIn": 3600,
            "expires": "", "mfaRequired": False, "userId": "user-1"}
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        path = urlsplit(self.path).path
        if path == "/auth/vendor":
            with LOCK:
                STATE["vendor_auths"] += 1
                delay = STATE["vendor_delay"]
            time.sleep(delay)
            self._answer(200, {"token": "vendor-token", "expiresIn": 3600})
        elif path == LOGIN:
            self._answer(200, session_answer("refresh-1"))
        elif path == REFRESH:
            with LOCK:
                delay = STATE["refresh_delay"]
            time.sleep(delay)
            self._answer(200, session_answer("refresh-2"))
        elif path == "/_control":
            query = parse_qs(urlsplit(self.path).query)
            with LOCK:
                for name in ("vendor_delay", "refresh_delay"):
                    STATE[name] = float(query.get(name, ["0"])[0])
            self._answer(200, {})
        else:
            self._answer(404, {"errors": ["no such route"]})

    def do_GET(self):
        split = urlsplit(self.path)
        query = parse_qs(split.query)
        if split.path == "/_control":
            with LOCK:
                self._answer(200, dict(STATE))
            return
        if self.headers.get("authorization") != "Bearer vendor-token":
            self._answer(401, {"errors": ["no vendor token"]})
            return
        nonce = query.get("nonce", [""])[0]
        # A short, random wait: answers to processes that share a socket
        # would then arrive out of order, as they do in production.
        delay = float(query.get("delay", ["0"])[0]) or random.random() / 500
        time.sleep(delay)
        self._answer(200, {"nonce": nonce})


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(f"listening {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
