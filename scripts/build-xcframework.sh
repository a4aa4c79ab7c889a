#!/usr/bin/env bash
# Builds build/apple/FronteggIdentityFFI.xcframework for Package.swift: the
# static library for iOS devices (arm64), the iOS simulator (arm64 +
# x86_64) and macOS (arm64 + x86_64), with the C headers and one module map
# for both uniffi namespaces. macOS with Xcode only (the apple workflow);
# the development machines cannot build Apple targets.
# With --zip it also writes the zip and its checksum for a release
# (Package.swift's releaseURL / releaseChecksum).
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/apple
rm -rf "$out" && mkdir -p "$out/headers"

targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin)
for target in "${targets[@]}"; do
    rustup target add "$target" >/dev/null
    cargo rustc -p frontegg-identity-ffi --profile mobile --target "$target" --crate-type staticlib
done
lib=libfrontegg_identity_ffi.a
built() { echo "target/$1/mobile/$lib"; }

# The Swift sources are the committed ones (scripts/generate-swift.sh);
# the headers and module maps come from the same generation.
cp ffi-uniffi/bindings/swift/FronteggIdentityFFI.h ffi-uniffi/bindings/swift/FronteggIdentityCoreFFI.h "$out/headers/"
cat ffi-uniffi/bindings/swift/FronteggIdentityFFI.modulemap ffi-uniffi/bindings/swift/FronteggIdentityCoreFFI.modulemap \
    >"$out/headers/module.modulemap"

mkdir -p "$out/ios-sim" "$out/macos"
lipo -create "$(built aarch64-apple-ios-sim)" "$(built x86_64-apple-ios)" -output "$out/ios-sim/$lib"
lipo -create "$(built aarch64-apple-darwin)" "$(built x86_64-apple-darwin)" -output "$out/macos/$lib"

xcodebuild -create-xcframework \
    -library "$(built aarch64-apple-ios)" -headers "$out/headers" \
    -library "$out/ios-sim/$lib" -headers "$out/headers" \
    -library "$out/macos/$lib" -headers "$out/headers" \
    -output "$out/FronteggIdentityFFI.xcframework"

if [ "${1:-}" = "--zip" ]; then
    (cd "$out" && zip -qry FronteggIdentityFFI.xcframework.zip FronteggIdentityFFI.xcframework)
    swift package compute-checksum "$out/FronteggIdentityFFI.xcframework.zip" | tee "$out/checksum.txt"
fi
