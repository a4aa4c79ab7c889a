"""The shipped type stubs type-check real usage (mypy --strict)."""

import pathlib

import pytest


def test_stubs_type_check_real_usage():
    api = pytest.importorskip("mypy.api")
    sample = pathlib.Path(__file__).with_name("typed_usage.py")
    # --warn-unused-ignores: the deliberate error in typed_usage.py must be caught.
    stdout, stderr, status = api.run(["--strict", "--warn-unused-ignores", "--no-incremental", str(sample)])
    assert status == 0, stdout + stderr
