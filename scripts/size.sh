#!/usr/bin/env bash
# `make size`: the host uniffi library as apps ship it (mobile profile,
# cdylib alone, stripped) against the 4 MB budget for x86_64 with every
# operation, blocking and async. With cargo-bloat installed it also lists
# the largest crates. Exits 1 over budget.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=$((4 * 1024 * 1024))
cargo rustc --quiet -p frontegg-identity-ffi --profile mobile --crate-type cdylib
lib=target/mobile/libfrontegg_identity_ffi.so
mkdir -p build
strip --strip-all -o build/libfrontegg_identity_ffi.stripped.so "$lib"
size=$(stat -c %s build/libfrontegg_identity_ffi.stripped.so)
awk -v s="$size" -v b="$budget" \
    'BEGIN { printf "mobile profile, x86_64, stripped: %d bytes (%.2f MB; budget %.2f MB)\n", s, s / 1048576, b / 1048576 }'
if command -v cargo-bloat >/dev/null; then
    cargo bloat --profile mobile -p frontegg-identity-ffi --crates -n 12 || true
fi
[ "$size" -le "$budget" ] || { echo "over the size budget" >&2; exit 1; }
