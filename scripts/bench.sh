#!/usr/bin/env bash
# Benchmarks (release build; not part of the test command). Writes BENCHMARKS.md.
# Per-call rows run with the client and the loopback server pinned to one
# core (taskset -c 0): the time per call is then CPU work, steady across
# runs; the thread-scaling rows run unpinned.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv
[ -x "$venv/bin/maturin" ] || { python3 -m venv "$venv"; "$venv/bin/pip" install -q "maturin>=1.16,<2" pytest; }
"$venv/bin/pip" install -q --disable-pip-version-check "requests>=2.31" "httpx>=0.27" "urllib3>=2" "pyjwt[crypto]>=2.8"
command -v taskset >/dev/null || { echo "taskset (util-linux) is needed to pin the benchmark" >&2; exit 1; }
cargo build --release --bin bench
"$venv/bin/maturin" build --quiet --release --manifest-path py/Cargo.toml --out build/wheels-release
"$venv/bin/pip" install -q --disable-pip-version-check --force-reinstall --no-deps build/wheels-release/*.whl
rust_rows=$(taskset -c 0 target/release/bench)
thread_rows=$(target/release/bench --threads | tail -n 3)
python_rows=$(taskset -c 0 "$venv/bin/python" examples/bench.py target/release/bench)
import_ms=$("$venv/bin/python" - <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(15):
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import frontegg_identity"], check=True)
    runs.append(time.perf_counter() - started)
base = []
for _ in range(15):
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    base.append(time.perf_counter() - started)
print(f"{(statistics.median(runs) - statistics.median(base)) * 1000:.1f}")
PY
)
{
    echo "# Benchmarks"
    echo
    echo "Regenerate with \`make bench\` (release build). Every ratio comes from one run in which"
    echo "the clients were timed call by call in rotating order, against a loopback server that is"
    echo "not the bottleneck; per-call rows ran with client and server pinned to one core"
    echo "(\`taskset -c 0\`), so a call's time is CPU work. Times are medians of 21–31 rounds."
    echo
    echo "Machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)."
    echo
    echo "| ours | baseline | ours | baseline | ratio | target |"
    echo "|---|---|---|---|---|---|"
    echo "$rust_rows"
    echo "$thread_rows"
    echo "$python_rows"
    echo "| \`import frontegg_identity\` (beyond a bare interpreter start) | — | ${import_ms} ms | — | — | < 10 ms |"
} > BENCHMARKS.md
cat BENCHMARKS.md
