"""The ``Emulator`` class: one ``frontegg-emulator`` process and its controls."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Mapping

__all__ = ["Emulator", "EmulatorError", "LoggedRequest", "Message", "find_binary"]

_BINARY = "frontegg-emulator" + (".exe" if sys.platform == "win32" else "")


class EmulatorError(Exception):
    """The emulator could not start, or refused a control command (the
    message says why and what to fix)."""


@dataclass(frozen=True)
class Message:
    """A message the emulator "sent": what the user would find in their inbox."""

    channel: str
    """``email`` or ``sms``."""
    to: str
    kind: str
    """``activation``, ``password_reset``, ``magic_link``, ``email_code``,
    ``sms_code``, ``mfa_email_code``, ``mfa_sms_code`` or ``invitation``."""
    user_id: str
    sent_at: str
    code: str | None = None
    """The six-digit code, for codes."""
    token: str | None = None
    """The token, for links (activation, reset, magic link, invitation)."""


@dataclass(frozen=True)
class LoggedRequest:
    """One request the emulator received; secrets are ``[redacted]``."""

    method: str
    path: str
    query: str
    route: str | None
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None


def find_binary() -> str:
    """The ``frontegg-emulator`` program: ``$FRONTEGG_EMULATOR_BIN``, else
    the one this wheel installed beside the interpreter, else ``PATH``."""
    override = os.environ.get("FRONTEGG_EMULATOR_BIN")
    if override:
        return override
    scripts = Path(sysconfig.get_path("scripts")) / _BINARY
    if scripts.is_file():
        return str(scripts)
    beside = Path(sys.executable).parent / _BINARY
    if beside.is_file():
        return str(beside)
    found = shutil.which(_BINARY)
    if found:
        return found
    raise EmulatorError(
        f"{_BINARY} not found: install the frontegg-identity-testkit wheel in this "
        "environment, or set FRONTEGG_EMULATOR_BIN to the program's path"
    )


class Emulator:
    """A running ``frontegg-emulator``: a stateful local Frontegg.

    ``seed`` is a dict (the seed file's JSON), or a path to a seed file.
    The emulator binds ``host`` (loopback by default) on ``port`` (0: a
    free one) and stops on ``stop()``, at the end of a ``with`` block, or
    when the object is collected.
    """

    def __init__(
        self,
        seed: Mapping[str, Any] | str | os.PathLike[str] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        signing_key: str | os.PathLike[str] | None = None,
        issuer: str | None = None,
        binary: str | None = None,
        startup_timeout: float = 10.0,
    ) -> None:
        self._seed = seed
        self._host = host
        self._port = port
        self._signing_key = signing_key
        self._issuer = issuer
        self._binary = binary
        self._startup_timeout = startup_timeout
        self._process: subprocess.Popen[str] | None = None
        self._seed_file: str | None = None
        self._config: dict[str, Any] = {}

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> Emulator:
        """Starts the process and waits for its ``listening on`` line."""
        if self._process is not None:
            return self
        args = [self._binary or find_binary(), "--host", self._host, "--port", str(self._port)]
        if isinstance(self._seed, Mapping):
            handle, self._seed_file = tempfile.mkstemp(prefix="frontegg-seed-", suffix=".json")
            with os.fdopen(handle, "w") as out:
                json.dump(self._seed, out)
            args += ["--seed", self._seed_file]
        elif self._seed is not None:
            args += ["--seed", os.fspath(self._seed)]
        if self._signing_key is not None:
            args += ["--signing-key", os.fspath(self._signing_key)]
        if self._issuer is not None:
            args += ["--issuer", self._issuer]
        try:
            process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        except OSError as error:
            self._cleanup()
            raise EmulatorError(f"cannot run {args[0]}: {error}") from None
        first: list[str] = []
        reader = threading.Thread(
            target=lambda: first.append(process.stdout.readline() if process.stdout else ""),
            daemon=True,
        )
        reader.start()
        reader.join(self._startup_timeout)
        line = first[0].strip() if first else ""
        if not line.startswith("listening on "):
            if process.poll() is None:
                process.kill()
            _, stderr = process.communicate(timeout=5)
            self._cleanup()
            reason = (stderr or "").strip() or f"no 'listening on' line in {self._startup_timeout} s"
            raise EmulatorError(f"frontegg-emulator did not start: {reason}")
        self._process = process
        # stderr is not read again: keep it from filling its pipe.
        threading.Thread(target=_drain, args=(process,), daemon=True).start()
        self._url = line.removeprefix("listening on ")
        self._config = self._control("GET", "/_emulator/config")
        return self

    def stop(self) -> None:
        """Stops the process (idempotent)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        self._cleanup()

    def _cleanup(self) -> None:
        if self._seed_file is not None:
            try:
                os.unlink(self._seed_file)
            except OSError:
                pass
            self._seed_file = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __del__(self) -> None:
        try:
            self.stop()
        except Exception:  # noqa: BLE001 - interpreter shutdown; nothing to report to
            pass

    def __repr__(self) -> str:
        if self._process is None:
            return "Emulator(stopped)"
        # The secret is a test credential, but still not for logs.
        return f"Emulator(url={self.url!r}, client_id={self.client_id!r}, issuer={self.issuer!r})"

    # -- what the SDK needs -------------------------------------------------

    def _running(self) -> dict[str, Any]:
        if self._process is None:
            raise EmulatorError("the emulator is not running: use it in a with block or call start()")
        return self._config

    @property
    def url(self) -> str:
        """The base URL to give the SDK (``http://127.0.0.1:PORT``)."""
        return str(self._running()["url"])

    @property
    def client_id(self) -> str:
        """The environment's client id."""
        return str(self._running()["client_id"])

    @property
    def secret(self) -> str:
        """The environment's API key, for vendor authentication."""
        return str(self._running()["secret"])

    @property
    def issuer(self) -> str:
        """The ``iss`` of its tokens (its URL unless the seed sets another)."""
        return str(self._running()["issuer"])

    @property
    def jwks_url(self) -> str:
        """Where its public keys are."""
        return str(self._running()["jwks_url"])

    # -- controls ----------------------------------------------------------

    def _control(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self._url + path,
            data=data,
            method=method,
            headers={"content-type": "application/json"} if data is not None else {},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                text = answer.read().decode()
        except urllib.error.HTTPError as error:
            text = error.read().decode(errors="replace")
            try:
                reason = json.loads(text)["errors"][0]
            except (ValueError, KeyError, IndexError, TypeError):
                reason = text or str(error)
            raise EmulatorError(f"{method} {path}: {reason}") from None
        except urllib.error.URLError as error:
            raise EmulatorError(f"the emulator at {self._url} did not answer: {error.reason}") from None
        return json.loads(text) if text else None

    def issue_token(
        self,
        user: str | None = None,
        *,
        tenant_id: str | None = None,
        lifetime: float | None = None,
        signing_key: str | None = None,
        **claims: Any,
    ) -> str:
        """A signed access token for a seeded user (email or id), with
        ``claims`` added or overridden (``None`` removes one).

        ``lifetime`` is seconds until ``exp`` (negative: already expired);
        ``signing_key`` is ``"current"``, a published ``kid``, or
        ``"untrusted"`` (a key its JWKS does not list).
        """
        self._running()
        body: dict[str, Any] = {"claims": claims}
        if user is not None:
            body["user"] = user
        if tenant_id is not None:
            body["tenant_id"] = tenant_id
        if lifetime is not None:
            body["lifetime"] = int(lifetime)
        if signing_key is not None:
            body["signing_key"] = signing_key
        return str(self._control("POST", "/_emulator/tokens", body)["token"])

    @property
    def outbox(self) -> list[Message]:
        """Every message sent so far, oldest first."""
        self._running()
        return [Message(**m) for m in self._control("GET", "/_emulator/outbox")["messages"]]

    def clear_outbox(self) -> None:
        """Empties the outbox."""
        self._running()
        self._control("DELETE", "/_emulator/outbox")

    def fail_next(
        self,
        route: str,
        *,
        status: int | None = None,
        times: int = 1,
        retry_after: int | None = None,
        rate_limit_reset: int | None = None,
        delay: float | None = None,
        drop: bool = False,
    ) -> None:
        """Makes the next ``times`` calls of ``route`` fail.

        ``route`` is ``"METHOD /path"``, ``"/path"``, a path ending in
        ``*`` or ``"*"``. Give ``status`` (with ``retry_after`` or
        ``rate_limit_reset`` seconds for a 429), ``delay`` (seconds), or
        ``drop=True`` to close the connection without an answer.
        """
        self._running()
        body: dict[str, Any] = {"route": route, "times": times, "drop": drop}
        if status is not None:
            body["status"] = status
        if retry_after is not None:
            body["retry_after"] = retry_after
        if rate_limit_reset is not None:
            body["rate_limit_reset"] = rate_limit_reset
        if delay is not None:
            body["delay_ms"] = int(delay * 1000)
        self._control("POST", "/_emulator/faults", body)

    @property
    def requests(self) -> list[LoggedRequest]:
        """The request log, oldest first (secrets redacted)."""
        self._running()
        return [LoggedRequest(**r) for r in self._control("GET", "/_emulator/requests")["requests"]]

    @property
    def request_counts(self) -> dict[str, int]:
        """Calls per route, keyed ``"POST /identity/resources/auth/v1/user"``."""
        self._running()
        return dict(self._control("GET", "/_emulator/requests")["counts"])

    def reset(self) -> None:
        """Back to the seed: entities, tokens, outbox, faults and log (the
        signing keys stay)."""
        self._running()
        self._control("POST", "/_emulator/reset", {})

    def rotate_signing_key(self) -> str:
        """Makes a new signing key current; the old one stays published.
        Returns the new ``kid``."""
        self._running()
        return str(self._control("POST", "/_emulator/keys/rotate", {})["kid"])

    def totp_code(self, email: str) -> str:
        """The current authenticator-app code of a seeded user."""
        self._running()
        return str(self._control("GET", "/_emulator/totp/" + urllib.parse.quote(email))["code"])


def _drain(process: subprocess.Popen[str]) -> None:
    if process.stderr is not None:
        for _ in process.stderr:
            pass
