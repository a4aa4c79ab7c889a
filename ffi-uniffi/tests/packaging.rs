//! The mobile packages name exactly the sources the repository holds:
//! Package.swift's Swift files, the Gradle module's source folders and
//! native-library folder as scripts/build-android.sh fills them, and the
//! hosted workflows that build them (nothing here can build for Android or
//! Apple, so these files are checked as text).

// Helpers fail the test the way a test does: by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root")
        .to_path_buf()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The string literals inside the first `open` … `close` block after `key`.
fn strings_after(text: &str, key: &str, close: char) -> Vec<String> {
    let start = text.find(key).unwrap_or_else(|| panic!("no `{key}`")) + key.len();
    let block = &text[start..start + text[start..].find(close).expect("a closed block")];
    block
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .flat_map(|line| line.split('"').skip(1).step_by(2).map(str::to_owned))
        .collect()
}

fn files(dir: &str, ext: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for entry in std::fs::read_dir(root().join(dir)).unwrap_or_else(|e| panic!("{dir}: {e}")) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == ext) {
            found.insert(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    found
}

#[test]
fn package_swift_names_exactly_the_swift_sources() {
    let manifest = read("Package.swift");
    let listed: BTreeSet<String> = strings_after(&manifest, "sources: [", ']')
        .into_iter()
        .collect();
    let mut present = BTreeSet::new();
    for (dir, prefix) in [
        ("ffi-uniffi/bindings/swift", "bindings/swift/"),
        ("ffi-uniffi/swift", "swift/"),
    ] {
        present.extend(
            files(dir, "swift")
                .into_iter()
                .map(|f| format!("{prefix}{f}")),
        );
    }
    assert_eq!(
        listed, present,
        "Package.swift `sources` against the repository's Swift files"
    );
    assert!(manifest.contains(r#"path: "ffi-uniffi","#));
    assert!(manifest.contains(".iOS(.v14), .macOS(.v12)"));
    // The binary target carries the C modules the generated Swift imports.
    let ffi_module = read("ffi-uniffi/uniffi.toml");
    assert!(ffi_module.contains(r#"ffi_module_name = "FronteggIdentityFFI""#));
    assert!(manifest.contains(r#".binaryTarget(name: "FronteggIdentityFFI", path: "build/apple/FronteggIdentityFFI.xcframework")"#));
    let script = read("scripts/build-xcframework.sh");
    for needed in [
        "FronteggIdentityFFI.modulemap",
        "FronteggIdentityCoreFFI.modulemap",
        "aarch64-apple-ios ",
        "aarch64-apple-ios-sim",
        "x86_64-apple-ios",
        "aarch64-apple-darwin",
        "x86_64-apple-darwin",
        "--profile mobile",
        "-output \"$out/FronteggIdentityFFI.xcframework\"",
    ] {
        assert!(
            script.contains(needed),
            "build-xcframework.sh lacks {needed}"
        );
    }
    let tests = files("ffi-uniffi/tests/swift-package", "swift");
    assert!(
        !tests.is_empty(),
        "the Swift package's test target has no tests"
    );
}

#[test]
fn the_gradle_module_compiles_the_shared_kotlin_and_the_generated_bindings() {
    let gradle = read("android/build.gradle.kts");
    let dirs: BTreeSet<String> = strings_after(&gradle, "java.srcDirs(", ')')
        .into_iter()
        .collect();
    let expected: BTreeSet<String> = [
        "src/main/kotlin",
        "../ffi-uniffi/kotlin",
        "build/generated/uniffi/kotlin",
    ]
    .map(str::to_owned)
    .into();
    assert_eq!(dirs, expected);
    for dir in ["src/main/kotlin", "../ffi-uniffi/kotlin"] {
        assert!(
            root().join("android").join(dir).is_dir(),
            "android/{dir} is missing"
        );
    }
    assert_eq!(
        strings_after(&gradle, "jniLibs.srcDirs(", ')'),
        ["build/jniLibs"]
    );
    for needed in [
        r#"namespace = "com.frontegg.identity""#,
        "minSdk = 24",
        r#""net.java.dev.jna:jna:5.15.0@aar""#,
        r#"consumerProguardFiles("consumer-rules.pro")"#,
    ] {
        assert!(gradle.contains(needed), "build.gradle.kts lacks {needed}");
    }
    // The script fills exactly the folders the module reads.
    let script = read("scripts/build-android.sh");
    assert!(script.contains("out=android/build/jniLibs"));
    assert!(script.contains("generated=android/build/generated/uniffi/kotlin"));
    for abi in ["arm64-v8a", "armeabi-v7a", "x86_64", "x86)"] {
        assert!(script.contains(abi), "build-android.sh lacks {abi}");
    }
    assert!(
        script.contains("--platform 24"),
        "the NDK API level must be minSdk"
    );
    let rules = read("android/consumer-rules.pro");
    for keep in [
        "-keep class com.sun.jna.** { *; }",
        "-keep class com.frontegg.identity.** { *; }",
    ] {
        assert!(rules.contains(keep), "consumer-rules.pro lacks {keep}");
    }
    // Hand-written Kotlin sits in the folder of its package.
    for dir in [
        "ffi-uniffi/kotlin/com/frontegg/identity/mobile",
        "android/src/main/kotlin/com/frontegg/identity/android",
    ] {
        let package = dir.split("kotlin/").nth(1).unwrap().replace('/', ".");
        for file in files(dir, "kt") {
            let text = read(&format!("{dir}/{file}"));
            assert!(
                text.starts_with(&format!("package {package}\n")),
                "{dir}/{file}: package"
            );
        }
    }
}

#[test]
fn the_hosted_workflows_build_both_packages() {
    let android = read(".github/workflows/android.yml");
    for needed in [
        "bash scripts/build-android.sh",
        "assembleRelease",
        "connectedAndroidTest",
    ] {
        assert!(android.contains(needed), "android.yml lacks {needed}");
    }
    let apple = read(".github/workflows/apple.yml");
    for needed in [
        "runs-on: macos",
        "bash scripts/build-xcframework.sh",
        "swift test",
    ] {
        assert!(apple.contains(needed), "apple.yml lacks {needed}");
    }
}
