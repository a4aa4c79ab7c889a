#!/usr/bin/env bash
# Writes the public Rust API of frontegg-identity (default features) to
# the file given (default core/public-api.txt), from rustdoc's JSON
# (nightly). The test command diffs a fresh copy against the committed one.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-core/public-api.txt}"
cargo +nightly rustdoc --quiet --manifest-path core/Cargo.toml --lib --target-dir target/rustdoc-json \
    -- -Z unstable-options --output-format json --document-hidden-items
python3 scripts/public-api.py target/rustdoc-json/doc/frontegg_identity.json >"$out"
