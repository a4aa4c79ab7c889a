#!/usr/bin/env bash
# Runs every test: Rust (unit, mockito integration, doc), the Python package
# (built wheel + pytest), the Kotlin bindings (kotlinc -Werror + run), Swift
# (drift check; tests where swiftc exists) and both quickstarts offline.
# Installs what it needs when missing: a Python venv with maturin and pytest,
# npm kotlin-compiler, Debian libjna-java.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tools="$root/.tools"
venv="$root/.venv"
build="$root/build"
KOTLIN_VERSION=2.4.20

step() { printf '\n== %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "need root for: $*" >&2; return 1; fi
}

suites=0
step "tools"
if [ ! -x "$venv/bin/maturin" ] || [ ! -x "$venv/bin/pytest" ] || [ ! -x "$venv/bin/mypy" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "maturin>=1.16,<2" "pytest>=8" "requests>=2.31" "mypy>=1.10"
fi
kotlinc="$tools/node_modules/kotlin-compiler/bin/kotlinc"
if [ ! -x "$kotlinc" ]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "kotlin-compiler@$KOTLIN_VERSION"
fi
jna=/usr/share/java/jna.jar
if [ ! -f "$jna" ]; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq libjna-java >/dev/null
fi
echo "maturin $("$venv/bin/maturin" --version | cut -d' ' -f2), kotlinc $KOTLIN_VERSION, $(basename "$(readlink -f "$jna")")"

step "rust: build and test (whole workspace, debug)"
cargo build --workspace --all-targets
cargo test --workspace
suites=$((suites + 1))

step "bindings: generate Kotlin and Swift from the debug library"
lib="$root/target/debug/libfrontegg_identity_ffi.so"
bindgen="$root/target/debug/uniffi-bindgen"
rm -rf "$build/kotlin" "$build/swift"
"$bindgen" generate --library "$lib" --language kotlin --no-format --out-dir "$build/kotlin" >/dev/null
"$bindgen" generate --library "$lib" --language swift --no-format --out-dir "$build/swift" >/dev/null
if ! diff -ru "$root/ffi-uniffi/bindings/swift" "$build/swift"; then
    echo "Swift bindings drifted: run scripts/generate-swift.sh and commit the result" >&2
    exit 1
fi
echo "Swift bindings match the committed copy"
suites=$((suites + 1))

step "kotlin: compile with -Werror and run"
kotlin_home="$(dirname "$(dirname "$kotlinc")")"
"$kotlinc" -Werror -cp "$jna" \
    $(find "$build/kotlin" -name '*.kt') ffi-uniffi/tests/kotlin/ClientTest.kt \
    -d "$build/kotlin-tests.jar" 2>&1 | grep -v '^warning: unable to find kotlin-stdlib.jar' || true
[ -f "$build/kotlin-tests.jar" ] || { echo "kotlin compilation failed" >&2; exit 1; }
java -Djna.library.path="$root/target/debug" \
    -cp "$build/kotlin-tests.jar:$jna:$kotlin_home/lib/kotlin-stdlib.jar" ClientTestKt
suites=$((suites + 1))

step "swift"
if command -v swiftc >/dev/null; then
    bash ffi-uniffi/tests/swift/run.sh "$build/swift" "$root/target/debug"
    suites=$((suites + 1))
else
    echo "swiftc not found: Swift tests skipped (bindings were checked for drift above)"
fi

step "python: build the wheel and run pytest"
rm -rf "$build/wheels"
"$venv/bin/maturin" build --quiet --profile dev --manifest-path py/Cargo.toml --out "$build/wheels"
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps "$build"/wheels/*.whl
(cd py && "$venv/bin/python" -m pytest -q tests)
suites=$((suites + 1))

step "quickstarts (offline, embedded stand-in)"
env -u FRONTEGG_CLIENT_ID -u FRONTEGG_SECRET -u FRONTEGG_BASE_URL "$root/target/debug/quickstart"
env -u FRONTEGG_CLIENT_ID -u FRONTEGG_SECRET -u FRONTEGG_BASE_URL "$venv/bin/python" examples/quickstart.py
suites=$((suites + 1))

step "summary"
echo "suites: $suites passed, 0 failed"
