#!/usr/bin/env bash
# Builds what android/ packages: the native library for each Android ABI
# (cargo-ndk, mobile profile, stripped), and the Kotlin bindings generated
# from it. Needs the Android NDK (ANDROID_NDK_HOME) and the rustup targets,
# which the development machines cannot install: the android workflow runs
# this, then `gradle -p android assembleRelease connectedAndroidTest`.
# Usage: scripts/build-android.sh [ABI ...]   (default: all four)
set -euo pipefail
cd "$(dirname "$0")/.."
abis=("$@")
[ ${#abis[@]} -gt 0 ] || abis=(arm64-v8a armeabi-v7a x86_64 x86)
out=android/build/jniLibs
generated=android/build/generated/uniffi/kotlin

command -v cargo-ndk >/dev/null || cargo install --locked cargo-ndk
for abi in "${abis[@]}"; do
    case $abi in
        arm64-v8a) target=aarch64-linux-android ;;
        armeabi-v7a) target=armv7-linux-androideabi ;;
        x86_64) target=x86_64-linux-android ;;
        x86) target=i686-linux-android ;;
        *) echo "unknown ABI $abi" >&2; exit 2 ;;
    esac
    rustup target add "$target" >/dev/null
done

# minSdk 24 (android/build.gradle.kts): the NDK's API level must match.
targets=()
for abi in "${abis[@]}"; do targets+=(-t "$abi"); done
cargo ndk --platform 24 "${targets[@]}" -o "$out" --no-strip \
    rustc -p frontegg-identity-ffi --profile mobile --crate-type cdylib

# The bindings come from the library's metadata, so they are generated
# before the symbols are stripped.
cargo build -p uniffi-bindgen
rm -rf "$generated"
first=$(find "$out" -name 'libfrontegg_identity_ffi.so' | head -1)
target/debug/uniffi-bindgen generate --library "$first" --language kotlin --no-format --out-dir "$generated"
strip_tool=$(find "${ANDROID_NDK_HOME:?set ANDROID_NDK_HOME}" -name llvm-strip -type f | head -1)
find "$out" -name 'libfrontegg_identity_ffi.so' -exec "$strip_tool" --strip-all {} \;
ls -l "$out"/*/libfrontegg_identity_ffi.so
