"""The shipped type stubs: they match the runtime (stubtest), and they
type-check real usage of Client and AsyncClient and the examples
(mypy --strict)."""

import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_stubs_type_check_real_usage_and_the_examples():
    api = pytest.importorskip("mypy.api")
    sample = pathlib.Path(__file__).with_name("typed_usage.py")
    # --warn-unused-ignores: the deliberate errors in typed_usage.py must be caught.
    stdout, stderr, status = api.run(
        ["--strict", "--warn-unused-ignores", "--no-incremental", str(sample), str(ROOT / "examples" / "quickstart.py")]
    )
    assert status == 0, stdout + stderr


def test_stubs_match_the_runtime():
    pytest.importorskip("mypy.stubtest")
    # Outside the repository, so that the installed wheel is what is checked.
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "frontegg_identity", "--ignore-disjoint-bases",
         "--allowlist", str(ROOT / "py" / "stubtest-allowlist.txt")],
        cwd=os.path.expanduser("~"), capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
