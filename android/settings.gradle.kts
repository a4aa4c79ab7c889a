pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
        maven {
            url = uri(rustlsPlatformVerifierMaven())
            metadataSources.artifact()
        }
    }
}

// rustls-platform-verifier ships its Kotlin part as a Maven folder inside
// the crate: ask cargo where the crate of this build's lockfile lives.
fun rustlsPlatformVerifierMaven(): String {
    val metadata = providers.exec {
        workingDir = file("..")
        commandLine("cargo", "metadata", "--format-version", "1", "--filter-platform", "aarch64-linux-android", "--manifest-path", "ffi-uniffi/Cargo.toml")
    }.standardOutput.asText.get()
    @Suppress("UNCHECKED_CAST")
    val packages = (groovy.json.JsonSlurper().parseText(metadata) as Map<String, Any>)["packages"] as List<Map<String, Any>>
    val manifest = packages.first { it["name"] == "rustls-platform-verifier-android" }["manifest_path"] as String
    return File(File(manifest).parentFile, "maven").path
}

rootProject.name = "frontegg-identity-android"
