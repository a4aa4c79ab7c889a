"""The pytest plugin: a ``frontegg_emulator`` fixture.

One emulator process runs for the whole session; before each test that
asks for ``frontegg_emulator`` it is reset to the seed, so tests do not see
each other's users, tokens, outbox, faults or request log.

The seed comes from, in order: an override of the ``frontegg_emulator_seed``
fixture (return a dict or a path), ``--frontegg-emulator-seed FILE``, or the
``frontegg_emulator_seed`` ini option (a path relative to the rootdir).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from ._emulator import Emulator


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("frontegg-emulator")
    group.addoption(
        "--frontegg-emulator-seed",
        dest="frontegg_emulator_seed",
        default=None,
        help="seed file (JSON) for the frontegg_emulator fixture",
    )
    parser.addini("frontegg_emulator_seed", "seed file (JSON) for the frontegg_emulator fixture")


@pytest.fixture(scope="session")
def frontegg_emulator_seed(pytestconfig: pytest.Config) -> Any:
    """The seed: a dict or a path. Override this fixture to give your own."""
    option = pytestconfig.getoption("frontegg_emulator_seed")
    if option:
        return Path(option)
    ini = pytestconfig.getini("frontegg_emulator_seed")
    if ini:
        return Path(str(pytestconfig.rootpath)) / str(ini)
    return None


@pytest.fixture(scope="session")
def frontegg_emulator_session(frontegg_emulator_seed: Any) -> Iterator[Emulator]:
    """The session's emulator process, not reset between tests."""
    with Emulator(seed=frontegg_emulator_seed) as emulator:
        yield emulator


@pytest.fixture
def frontegg_emulator(frontegg_emulator_session: Emulator) -> Emulator:
    """The emulator, reset to its seed for this test."""
    frontegg_emulator_session.reset()
    return frontegg_emulator_session
