#!/usr/bin/env bash
# `make size`: the host uniffi library as apps ship it (mobile profile,
# cdylib alone, stripped) against the 4 MB budget for x86_64 with every
# operation, blocking and async, and where the code goes: the unstripped
# library's function symbols summed by crate (cargo-bloat refuses a crate
# whose crate-type lists lib beside cdylib). Exits 1 over budget.
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
nm -S --size-sort -C "$lib" | python3 -c '
import collections, re, sys
total, count, text = collections.Counter(), collections.Counter(), 0
for line in sys.stdin:
    parts = line.rstrip("\n").split(" ", 3)
    if len(parts) < 4 or parts[2] not in "tT":
        continue
    size = int(parts[1], 16)
    text += size
    crate = re.match(r"[<&(\s]*(?:impl\s+)?([A-Za-z_]\w*)::", parts[3])
    key = crate.group(1) if crate else ("uniffi scaffolding" if parts[3].startswith("uniffi_") else "(other)")
    total[key] += size
    count[key] += 1
print(f"code by crate (function symbols, {text / 1024:.0f} KiB in all):")
for key, size in total.most_common(12):
    print(f"  {size / 1024:7.0f} KiB  {count[key]:5d} functions  {key}")
'

[ "$size" -le "$budget" ] || { echo "over the size budget" >&2; exit 1; }
