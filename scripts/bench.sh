#!/usr/bin/env bash
# Benchmarks (release build; not part of the test command). Writes BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv
[ -x "$venv/bin/maturin" ] || { python3 -m venv "$venv"; "$venv/bin/pip" install -q "maturin>=1.16,<2" pytest; }
"$venv/bin/pip" install -q --disable-pip-version-check "requests>=2.31" "pyjwt[crypto]>=2.8"
cargo build --release --bin bench
"$venv/bin/maturin" build --quiet --release --manifest-path py/Cargo.toml --out build/wheels-release
"$venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps build/wheels-release/*.whl
rust_row=$(target/release/bench)
python_row=$("$venv/bin/python" examples/bench.py target/release/bench)
{
    echo "# Benchmarks"
    echo
    echo "Per-call time of \`sign_up\` against a loopback HTTP server (keep-alive): 31 rounds,"
    echo "each timing both clients back to back (order alternating); the ratio is the median"
    echo "of the per-round ratios, the times are medians. Both sides do the same work:"
    echo "serialize the body, POST it, read and decode the JSON answer."
    echo "Regenerate with \`make bench\` (release build, about 2 minutes)."
    echo
    echo "Machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)."
    echo
    echo "| ours | baseline | ours per call | baseline per call | ratio | target |"
    echo "|---|---|---|---|---|---|"
    echo "$rust_row"
    echo "$python_row"
} > BENCHMARKS.md
cat BENCHMARKS.md
