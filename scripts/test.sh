#!/usr/bin/env bash
# Runs every test: Rust (unit, mockito integration, doc, the contract suite
# of all operations against Prism, and the emulator's suites), the Python
# packages (built wheels + pytest, including the fork tests under gunicorn
# and uvicorn, the testkit and a sample user suite), the Kotlin
# bindings (kotlinc -Werror, run under JUnit 5), Swift (drift check; tests
# where swiftc exists), the generator's freshness check, the fuzz targets
# and both quickstarts offline. Installs what it needs when missing: a
# Python venv with maturin, pytest, mypy, gunicorn and uvicorn, npm
# kotlin-compiler and Prism, Debian libjna-java, junit5 and
# libkotlinx-coroutines-java (+ atomicfu). Without
# ../shared/frontegg-openapi the contract suites and the freshness check are
# skipped with a printed reason, and under CI=true that is a failure (so is
# a missing nightly toolchain). Ends with each runner's counts and a total
# line, `total: N passed, N failed, N skipped`, also when a step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tools="$root/.tools"
venv="$root/.venv"
build="$root/build"
mkdir -p "$build"
KOTLIN_VERSION=2.4.20
PRISM_VERSION=5.14.2
specs="${FRONTEGG_OPENAPI_DIR:-$root/../shared/frontegg-openapi}"

# One clean debug build per run: incremental artefacts would only cost disk
# (tens of GB across the feature sets) and write time.
export CARGO_INCREMENTAL=0

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "need root for: $*" >&2; return 1; fi
}

# What every runner reported, summed for the closing line.
passed=0
failed=0
skipped=0
current="tools"
step() { printf '\n== %s\n' "$*"; current="$*"; }
add_counts() { # NAME PASSED FAILED SKIPPED
    passed=$((passed + $2)); failed=$((failed + $3)); skipped=$((skipped + $4))
    echo "$1: $2 passed, $3 failed, $4 skipped"
}
count_cargo() { # LOG NAME: the sum of cargo's "test result:" lines
    local p f i
    read -r p f i < <(grep -E '^test result:' "$1" |
        sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed; ([0-9]+) ignored.*/\1 \2 \3/' |
        awk '{p += $1; f += $2; i += $3} END {print p + 0, f + 0, i + 0}')
    add_counts "$2" "$p" "$f" "$i"
}
count_junit() { # LOG: JUnit's own summary box
    local n
    n() { grep -E "^\[ +[0-9]+ tests $1" "$2" | grep -oE '[0-9]+' | head -1; }
    add_counts "kotlin (JUnit)" "$(n successful "$1")" "$(n failed "$1")" "$(($(n skipped "$1") + $(n aborted "$1")))"
}
count_pytest() { # LOG: pytest's closing line
    local line n
    line=$(tail -1 "$1")
    n() { echo "$line" | grep -oE "[0-9]+ $1" | grep -oE '[0-9]+' || echo 0; }
    add_counts "pytest" "$(n passed)" "$(($(n failed) + $(n error)))" "$(n skipped)"
}
check_passed() { # NAME: one check that is not a test runner
    passed=$((passed + 1))
    echo "check passed: $1"
}

step "tools"
if [ ! -x "$venv/bin/maturin" ] || [ ! -x "$venv/bin/pytest" ] || [ ! -x "$venv/bin/mypy" ] \
    || [ ! -x "$venv/bin/gunicorn" ] \
    || ! "$venv/bin/python" -c "import jwt, cryptography, ziglang, uvicorn_worker" 2>/dev/null; then
    python3 -m venv "$venv"
    # PyJWT + cryptography sign the verifier tests' tokens; zig links the
    # wheel against glibc 2.17 (manylinux2014); gunicorn and uvicorn are the
    # prefork servers the fork-safety tests run the wheel under.
    "$venv/bin/pip" install --quiet --disable-pip-version-check "maturin>=1.16,<2" "pytest>=8" \
        "requests>=2.31" "mypy>=1.10" "pyjwt[crypto]>=2.8" "ziglang>=0.13" \
        "gunicorn>=23,<28" "uvicorn>=0.30,<1" "uvicorn-worker>=0.2"
fi
kotlinc="$tools/node_modules/kotlin-compiler/bin/kotlinc"
prism="$tools/node_modules/.bin/prism"
if [ ! -x "$kotlinc" ] || [ ! -x "$prism" ]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
        "kotlin-compiler@$KOTLIN_VERSION" "@stoplight/prism-cli@$PRISM_VERSION"
fi
jna=/usr/share/java/jna.jar
junit=/usr/share/java/junit-platform-console-standalone.jar
# The suspend bindings need kotlinx-coroutines; Debian's (1.0.1) needs
# atomicfu beside it.
coroutines=/usr/share/java/kotlinx-coroutines-core.jar
atomicfu=/usr/share/java/atomicfu.jar
if [ ! -f "$jna" ] || [ ! -f "$junit" ] || [ ! -f "$coroutines" ] || [ ! -f "$atomicfu" ]; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq libjna-java junit5 \
        libkotlinx-coroutines-java libkotlinx-atomicfu-java >/dev/null
fi
echo "maturin $("$venv/bin/maturin" --version | cut -d' ' -f2), kotlinc $KOTLIN_VERSION, $(basename "$(readlink -f "$jna")"), $(basename "$(readlink -f "$junit")")"

step "rust: build (whole workspace, debug)"
cargo build --workspace --all-targets

prism_pids=()
stop_prism() {
    [ ${#prism_pids[@]} -eq 0 ] && return 0
    kill "${prism_pids[@]}" 2>/dev/null || true
    wait "${prism_pids[@]}" 2>/dev/null || true
}
fidelity_pids=()
stop_fidelity() {
    [ ${#fidelity_pids[@]} -eq 0 ] && return 0
    kill "${fidelity_pids[@]}" 2>/dev/null || true
    wait "${fidelity_pids[@]}" 2>/dev/null || true
}
on_exit() {
    local status=$?
    stop_prism
    stop_fidelity
    if [ "$status" -ne 0 ]; then
        echo
        echo "stopped in: $current"
        echo "total: $passed passed, $((failed > 0 ? failed : 1)) failed, $skipped skipped"
    fi
}
trap on_exit EXIT
if [ -d "$specs" ]; then
    step "generator: freshness check, then Prism for every spec"
    fresh="$build/fresh"
    rm -rf "$fresh"
    "$root/target/debug/codegen" --specs "$specs" --out "$fresh"
    for file in core/src/api core/tests/contract.rs core/tests/path_order.rs core/tests/required_keys.rs \
        ffi-uniffi/src/generated.rs py/src/generated.rs codegen/operation-names.json \
        py/frontegg_identity.pyi docs/OPERATIONS.md docs/python py/tests/contract_cases.py \
        ffi-uniffi/tests/kotlin/ContractCases.kt core/src/options core/src/deprecated.rs \
        core/tests/flow_signatures.rs py/src/flows.rs py/tests/test_flow_signatures.py ffi-uniffi/src/flows.rs \
        ffi-uniffi/kotlin/com/frontegg/identity/Deprecated.kt \
        ffi-uniffi/kotlin/com/frontegg/identity/core/DeprecatedTypes.kt \
        ffi-uniffi/swift/Deprecated.swift ffi-uniffi/swift/DeprecatedTypes.swift \
        ffi-uniffi/tests/kotlin/FlowSignatures.kt; do
        if ! diff -r "$root/$file" "$fresh/$file" >/dev/null; then
            diff -r "$root/$file" "$fresh/$file" | head -20
            echo "generated code is stale ($file): run 'cargo run -p frontegg-identity-codegen' and commit" >&2
            exit 1
        fi
    done
    echo "generated code is fresh"
    check_passed "generated code is fresh"
    "$root/target/debug/frontegg-emulator" --support-matrix "$specs" >"$build/EMULATOR.md"
    if ! diff -q docs/EMULATOR.md "$build/EMULATOR.md" >/dev/null; then
        diff -u docs/EMULATOR.md "$build/EMULATOR.md" | head -20
        echo "docs/EMULATOR.md is stale: run 'make emulator-matrix' and commit" >&2
        exit 1
    fi
    check_passed "the emulator's support matrix (docs/EMULATOR.md) is fresh"
    "$root/target/debug/codegen" --specs "$specs" --fixed-specs "$build/specs"
    # wait_for_ports FIRST END WHAT: every loopback port in [FIRST, END) answers, within 60 s.
    wait_for_ports() {
        local p up
        for ((p = $1; p < $2; p++)); do
            up=0
            for _ in $(seq 1 120); do
                if curl -s -o /dev/null "http://127.0.0.1:$p/"; then up=1; break; fi
                sleep 0.5
            done
            [ "$up" = 1 ] || { echo "$3 on port $p did not start" >&2; exit 1; }
        done
    }
    # start_prism [ARGS]: one Prism per spec file on ports 4010…; sets $urls.
    start_prism() {
        stop_prism
        prism_pids=()
        urls=""
        port=4010
        for pair in identity:identity team:sso tenants:tenants applications:applications \
            directory:scim auth/vendor:env-auth; do
            service=${pair%%:*}
            file=${pair##*:}
            "$prism" mock --errors "$@" -h 127.0.0.1 -p "$port" "$build/specs/$file.json" \
                >"$build/prism-$file.log" 2>&1 &
            prism_pids+=($!)
            urls="$urls$service=http://127.0.0.1:$port,"
            port=$((port + 1))
        done
        wait_for_ports 4010 "$port" "Prism"
    }
    start_prism
    export FRONTEGG_PRISM_URLS="$urls"

    # The emulator behind validating Prism proxies (prism proxy --errors),
    # one per spec it serves: testkit/tests/fidelity.rs walks every
    # emulated operation through them.
    "$root/target/debug/frontegg-emulator" --seed testkit/tests/fixtures/fidelity-seed.json \
        >"$build/fidelity-emulator.out" 2>"$build/fidelity-emulator.log" &
    fidelity_pids+=($!)
    for _ in $(seq 1 100); do grep -q '^listening on ' "$build/fidelity-emulator.out" && break; sleep 0.1; done
    emulator_url=$(sed -n 's/^listening on //p' "$build/fidelity-emulator.out")
    [ -n "$emulator_url" ] || { cat "$build/fidelity-emulator.log"; echo "the emulator did not start" >&2; exit 1; }
    fidelity="emulator=$emulator_url,"
    port=4110
    for pair in identity:identity tenants:tenants applications:applications auth/vendor:env-auth; do
        service=${pair%%:*}
        file=${pair##*:}
        "$prism" proxy --errors -h 127.0.0.1 -p "$port" "$build/specs/$file.json" "$emulator_url/$service" \
            >"$build/prism-proxy-$file.log" 2>&1 &
        fidelity_pids+=($!)
        fidelity="$fidelity$service=http://127.0.0.1:$port,"
        port=$((port + 1))
    done
    wait_for_ports 4110 "$port" "the Prism proxy"
    export FRONTEGG_FIDELITY_URLS="$fidelity"
else
    echo "SKIPPED: no OpenAPI folder at $specs: contract suites and freshness check did not run"
    # CI always has the specs beside the clone: their absence there is a failure.
    if [ "${CI:-}" = true ]; then
        echo "CI=true but no specs at $specs: failing rather than passing without the contract suites" >&2
        exit 1
    fi
fi

step "rust: test (unit, integration, doc, contract)"
cargo test --workspace -- --nocapture 2>&1 | tee "$build/cargo-test.log" | grep -vE '^test .* \.\.\. ok$'
[ "${PIPESTATUS[0]}" -eq 0 ] || { count_cargo "$build/cargo-test.log" "cargo test"; exit 1; }
count_cargo "$build/cargo-test.log" "cargo test"
stop_fidelity
fidelity_pids=()

step "rust: docs of the published crates (missing_docs is denied in core and the testkit; any rustdoc warning fails)"
# The generator, the examples and uniffi-bindgen are not published: their
# dependencies (clap, askama, …) would double this step for no reader.
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet \
    --exclude frontegg-identity-codegen --exclude frontegg-identity-examples --exclude uniffi-bindgen
check_passed "cargo doc without warnings"

step "rust: the public API against core/public-api.txt (rustdoc JSON, nightly)"
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    bash scripts/public-api.sh "$build/public-api.txt"
    if ! diff -u core/public-api.txt "$build/public-api.txt"; then
        echo "the public Rust API changed: if that is meant, run 'make public-api', commit core/public-api.txt and say it in CHANGELOG.md" >&2
        exit 1
    fi
    check_passed "the public API is the committed one ($(wc -l <core/public-api.txt) items)"
else
    echo "SKIPPED: no nightly toolchain, the public API was not compared"
    if [ "${CI:-}" = true ]; then
        echo "CI=true but no nightly toolchain: failing rather than passing without the API check" >&2
        exit 1
    fi
fi

if [ -d "$specs" ]; then
    step "rust: contract again against Prism's random valid answers (dynamic, three seeds)"
    for seed in 11 23 42; do
        start_prism --dynamic --seed "$seed"
        export FRONTEGG_PRISM_URLS="$urls"
        FRONTEGG_CONTRACT_MODE="dynamic, seed $seed" \
            cargo test --workspace --test contract -- --nocapture 2>&1 |
            tee "$build/contract-$seed.log" | grep -E '^contract|FAILED|panicked'
        [ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
        count_cargo "$build/contract-$seed.log" "cargo contract (seed $seed)"
    done
    # The static servers again, for the binding suites below.
    start_prism
    export FRONTEGG_PRISM_URLS="$urls"
fi

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
check_passed "Swift bindings match the committed copy"

step "kotlin: compile with -Werror, run under JUnit 5"
kotlin_home="$(dirname "$(dirname "$kotlinc")")"
rm -f "$build/kotlin-tests.jar"
# Two languages' bindings of ~450 methods each (blocking and suspend): the
# compiler's default heap is too small for them.
if ! JAVA_OPTS="-Xmx4g" "$kotlinc" -Werror -cp "$jna:$junit:$coroutines:$atomicfu" \
    $(find "$build/kotlin" ffi-uniffi/kotlin -name '*.kt') ffi-uniffi/tests/kotlin/*.kt \
    ffi-uniffi/tests/kotlin-compat/*.kt -d "$build/kotlin-tests.jar"; then
    echo "kotlin compilation failed" >&2
    exit 1
fi
java -Djna.library.path="$root/target/debug" -Dfrontegg.emulator="$root/target/debug/frontegg-emulator" -jar "$junit" --disable-banner --details=tree \
    --fail-if-no-tests --select-class BindingTests \
    --class-path "$build/kotlin-tests.jar:$jna:$coroutines:$atomicfu:$kotlin_home/lib/kotlin-stdlib.jar" 2>&1 |
    tee "$build/kotlin-junit.log" | grep -vE '^\[ +[0-9]+ containers'
[ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
count_junit "$build/kotlin-junit.log"

step "swift"
if command -v swiftc >/dev/null; then
    bash ffi-uniffi/tests/swift/run.sh "$build/swift" "$root/target/debug"
else
    echo "swiftc not found: Swift tests skipped (bindings were checked for drift above)"
fi

step "python: build the portable wheels, check them in fresh venvs, run pytest"
rm -rf "$build/wheels" "$build/testkit-wheels"
# The same manylinux2014 linking as `make wheel` (debug profile): what is
# tested is what installs on old glibc. The testkit wheel carries the
# emulator binary (stripped: a debug binary is 50 MB of symbols).
PATH="$venv/bin:$PATH" "$venv/bin/maturin" build --quiet --profile dev --zig --compatibility manylinux2014 \
    --manifest-path py/Cargo.toml --out "$build/wheels"
PATH="$venv/bin:$PATH" "$venv/bin/maturin" build --quiet --profile dev --strip --zig --compatibility manylinux2014 \
    --manifest-path testkit/Cargo.toml --out "$build/testkit-wheels"
bash scripts/check-wheel.sh "$build"/wheels/*.whl "$build"/testkit-wheels/*.whl
check_passed "both wheels install and run the quickstart and a user's pytest suite in fresh venvs"
"$venv/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps \
    "$build"/wheels/*.whl "$build"/testkit-wheels/*.whl
# -s: the hardening suites print their tables.
(cd py && "$venv/bin/python" -m pytest -q -s tests) 2>&1 | tee "$build/pytest.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { count_pytest "$build/pytest.log"; exit 1; }
count_pytest "$build/pytest.log"
# The testkit's own suite, and the sample user suite (its own rootdir and
# pytest.ini, as a user's project has).
(cd testkit/python && "$venv/bin/python" -m pytest -q -p no:cacheprovider tests) 2>&1 | tee "$build/pytest-testkit.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { count_pytest "$build/pytest-testkit.log"; exit 1; }
count_pytest "$build/pytest-testkit.log"
(cd examples/pytest && "$venv/bin/python" -m pytest -q -p no:cacheprovider) 2>&1 | tee "$build/pytest-sample.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { count_pytest "$build/pytest-sample.log"; exit 1; }
count_pytest "$build/pytest-sample.log"

step "fuzz: every parser of server answers, briefly (cargo-fuzz, nightly)"
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    command -v cargo-fuzz >/dev/null || cargo install --quiet --locked cargo-fuzz
    # Unoptimised: a short smoke run needs coverage, not speed, and builds in a
    # third of the time.
    (cd fuzz && cargo +nightly fuzz build --dev 2>&1 | tail -1)
    printf '| target | runs | time |\n'
    # Two at a time: a libFuzzer run uses one core, and the machine has two.
    run_fuzz() { # TARGET: runs it, its log in build/
        # New inputs go to build/, so the committed seed corpus stays as it is.
        mkdir -p "$build/fuzz/$1"
        (cd fuzz && cargo +nightly fuzz run --dev "$1" "$build/fuzz/$1" "corpus/$1" \
            -- -max_total_time="${FUZZ_SECONDS:-10}" >"$build/fuzz-$1.log" 2>&1)
    }
    for pair in "answers error_body" "set_cookie retry_after" "scrub token"; do
        read -r first second <<<"$pair"
        run_fuzz "$first" & first_pid=$!
        run_fuzz "$second" & second_pid=$!
        first_ok=0; second_ok=0
        wait "$first_pid" || first_ok=$?
        wait "$second_pid" || second_ok=$?
        for target in "$first" "$second"; do
            status=$first_ok; [ "$target" = "$second" ] && status=$second_ok
            if [ "$status" -ne 0 ]; then
                tail -30 "$build/fuzz-$target.log"
                echo "fuzz target $target failed" >&2
                exit 1
            fi
            runs=$(grep -oE '^Done [0-9]+ runs in [0-9]+' "$build/fuzz-$target.log" | awk '{print $2 " | " $5 " s"}')
            printf '| %s | %s |\n' "$target" "$runs"
            check_passed "fuzz target $target"
        done
    done
else
    echo "SKIPPED: no nightly toolchain, the fuzz targets did not run (rustup cannot download it here)"
    if [ "${CI:-}" = true ]; then
        echo "CI=true but no nightly toolchain: failing rather than passing without the fuzz targets" >&2
        exit 1
    fi
fi

step "quickstarts (offline, against the emulator)"
env -u FRONTEGG_CLIENT_ID -u FRONTEGG_SECRET -u FRONTEGG_BASE_URL "$root/target/debug/quickstart"
check_passed "Rust quickstart (offline)"
env -u FRONTEGG_CLIENT_ID -u FRONTEGG_SECRET -u FRONTEGG_BASE_URL "$venv/bin/python" examples/quickstart.py
check_passed "Python quickstart (offline)"

step "summary"
echo "total: $passed passed, $failed failed, $skipped skipped"
