"""frontegg-emulator for Python test suites.

``Emulator`` starts the ``frontegg-emulator`` binary this wheel installs, on
a free loopback port, and drives its test controls::

    from frontegg_identity_testkit import Emulator

    with Emulator(seed={"users": [{"email": "jane@acme.test", "password": "Secret-1"}]}) as fe:
        client = frontegg_identity.Client(base_url=fe.url, client_id=fe.client_id, secret=fe.secret)
        ...

With pytest, the ``frontegg_emulator`` fixture gives one (see
``frontegg_identity_testkit.pytest_plugin``).
"""

from ._emulator import Emulator, EmulatorError, LoggedRequest, Message, find_binary

__all__ = ["Emulator", "EmulatorError", "LoggedRequest", "Message", "find_binary"]
