"""The testkit is typed (py.typed): mypy --strict accepts the installed
package."""

from mypy import api


def test_the_package_passes_mypy_strict() -> None:
    out, err, status = api.run(["--strict", "--no-incremental", "-p", "frontegg_identity_testkit"])
    assert status == 0, out + err
