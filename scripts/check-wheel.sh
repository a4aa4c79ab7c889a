#!/usr/bin/env bash
# check-wheel.sh WHEEL: the wheel must be tagged manylinux2014 x86_64 (read
# from its WHEEL file), and must install into a fresh venv of every CPython
# >= 3.11 found on this machine and run the quickstart offline there.
set -euo pipefail
cd "$(dirname "$0")/.."
wheel=$1
tags=$(python3 - "$wheel" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    name = next(n for n in z.namelist() if n.endswith(".dist-info/WHEEL"))
    print(" ".join(l.split(":", 1)[1].strip() for l in z.read(name).decode().splitlines() if l.startswith("Tag:")))
PY
)
echo "wheel tags: $tags"
case " $tags " in
    *manylinux2014_x86_64*) ;;
    *) echo "the wheel is not tagged manylinux2014_x86_64: pip refuses it on glibc < 2.34" >&2; exit 1 ;;
esac
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
    "$dir/bin/pip" install --quiet --disable-pip-version-check --no-deps "$wheel"
    version=$("$dir/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    if ! env -u FRONTEGG_CLIENT_ID -u FRONTEGG_SECRET -u FRONTEGG_BASE_URL \
        "$dir/bin/python" examples/quickstart.py >"$dir/quickstart.log" 2>&1; then
        cat "$dir/quickstart.log"
        echo "the wheel failed the quickstart on CPython $version" >&2
        exit 1
    fi
    echo "CPython $version: installed into a fresh venv, quickstart ran"
    rm -rf "$dir"
done
