#!/usr/bin/env bash
# check-wheel.sh WHEEL TESTKIT_WHEEL: both wheels must be tagged
# manylinux2014 x86_64 (read from their WHEEL files), and must install into
# a fresh venv of every CPython >= 3.11 found on this machine; there the
# quickstart runs offline against the emulator, and a user's pytest suite
# (examples/pytest) passes with the frontegg_emulator fixture.
set -euo pipefail
cd "$(dirname "$0")/.."
wheel=$1
testkit=$2
for file in "$wheel" "$testkit"; do
    tags=$(python3 - "$file" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.endswith(".dist-info/WHEEL"))
    print(" ".join(l.split(":", 1)[1].strip() for l in z.read(name).decode().splitlines() if l.startswith("Tag:")))
PY
    )
    echo "$(basename "$file"): tags $tags"
    case " $tags " in
        *manylinux2014_x86_64*) ;;
        *) echo "$file is not tagged manylinux2014_x86_64: pip refuses it on glibc < 2.34" >&2; exit 1 ;;
    esac
done
# Every CPython >= 3.11 on PATH or installed by pyenv, once per version.
pythons=()
seen=" "
candidates=(python3.11 python3.12 python3.13 python3.14 python3)
if command -v pyenv >/dev/null; then
    candidates+=("$(pyenv root)"/versions/3.*/bin/python3)
fi
for candidate in "${candidates[@]}"; do
    version=$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2]) if sys.version_info >= (3, 11) else None' 2>/dev/null) || continue
    [ -n "$version" ] && [ "$version" != None ] || continue
    case "$seen" in *" $version "*) continue ;; esac
    seen="$seen$version "
    pythons+=("$candidate")
done
[ ${#pythons[@]} -gt 0 ] || { echo "no CPython >= 3.11 found" >&2; exit 1; }
for python in "${pythons[@]}"; do
    dir=$(mktemp -d)
    "$python" -m venv "$dir"
    "$dir/bin/pip" install --quiet --disable-pip-version-check --no-deps "$wheel" "$testkit"
    version=$("$dir/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    if ! env -u FRONTEGG_CLIENT_ID -u FRONTEGG_SECRET -u FRONTEGG_BASE_URL \
        "$dir/bin/python" examples/quickstart.py >"$dir/quickstart.log" 2>&1; then
        cat "$dir/quickstart.log"
        echo "the wheels failed the quickstart on CPython $version" >&2
        exit 1
    fi
    # A user's suite: pytest from PyPI, the fixture from the testkit wheel.
    "$dir/bin/pip" install --quiet --disable-pip-version-check "pytest>=8"
    if ! (cd examples/pytest && "$dir/bin/python" -m pytest -q -p no:cacheprovider) >"$dir/pytest.log" 2>&1; then
        cat "$dir/pytest.log"
        echo "the sample user suite failed with the fixture on CPython $version" >&2
        exit 1
    fi
    echo "CPython $version: both wheels installed into a fresh venv; quickstart ran, $(tail -1 "$dir/pytest.log")"
    rm -rf "$dir"
done
