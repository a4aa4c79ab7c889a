#!/usr/bin/env bash
# Compiles the generated Swift bindings with main.swift and runs the result.
# Usage: run.sh GENERATED_SWIFT_DIR LIBRARY_DIR
set -euo pipefail
gen=$1
lib=$2
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
swiftc -module-name FronteggIdentityTests \
    -Xcc -fmodule-map-file="$gen/FronteggIdentityFFI.modulemap" \
    -Xcc -fmodule-map-file="$gen/FronteggIdentityCoreFFI.modulemap" \
    -I "$gen" -L "$lib" -lfrontegg_identity_ffi \
    "$here"/../../swift/*.swift "$gen/FronteggIdentityCore.swift" "$gen/FronteggIdentity.swift" \
    "$here/main.swift" \
    -o "$out/swift-tests"
LD_LIBRARY_PATH="$lib" DYLD_LIBRARY_PATH="$lib" "$out/swift-tests"
