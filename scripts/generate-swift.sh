#!/usr/bin/env bash
# Regenerates the committed Swift bindings from the debug library.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --workspace
rm -rf ffi-uniffi/bindings/swift
target/debug/uniffi-bindgen generate --library target/debug/libfrontegg_identity_ffi.so \
    --language swift --no-format --out-dir ffi-uniffi/bindings/swift
