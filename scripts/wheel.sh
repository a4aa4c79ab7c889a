#!/usr/bin/env bash
# Portable Python packages (`make wheel`): manylinux2014 x86_64 wheels of
# frontegg-identity and of frontegg-identity-testkit (the emulator; release,
# linked with zig against glibc 2.17 so that pip accepts them on Debian 11,
# Ubuntu 20.04, RHEL 8, Amazon Linux 2 and Lambda) and the SDK's sdist, in
# target/wheels. Then checks the tags and installs both into a fresh venv of
# every CPython >= 3.11 found here, running the quickstart and the sample
# user suite in each. aarch64, macOS and Windows wheels are built by
# .github/workflows/wheels.yml (their Rust targets cannot be installed here).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv="$root/.venv"
out="$root/target/wheels"
[ -x "$venv/bin/maturin" ] || { python3 -m venv "$venv"; "$venv/bin/pip" install -q "maturin>=1.16,<2"; }
"$venv/bin/python" -c "import ziglang" 2>/dev/null \
    || "$venv/bin/pip" install -q --disable-pip-version-check "ziglang>=0.13"
rm -rf "$out" "$out-testkit"
mkdir -p "$out" "$out-testkit"
PATH="$venv/bin:$PATH" "$venv/bin/maturin" build --quiet --release --zig --compatibility manylinux2014 \
    --manifest-path py/Cargo.toml --out "$out"
PATH="$venv/bin:$PATH" "$venv/bin/maturin" build --quiet --release --strip --zig --compatibility manylinux2014 \
    --manifest-path testkit/Cargo.toml --out "$out-testkit"
"$venv/bin/maturin" sdist --manifest-path py/Cargo.toml --out "$out"
ls -l "$out" "$out-testkit"
bash scripts/check-wheel.sh "$out"/*.whl "$out-testkit"/*.whl
