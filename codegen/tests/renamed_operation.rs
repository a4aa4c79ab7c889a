//! A spec change cannot rename a published method by accident: with one
//! operationId renamed in a copy of the specs, the generator refuses to run
//! and names both the old operation (and its published name) and the new one.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn a_renamed_operation_id_stops_the_generator() {
    let specs = std::env::var_os("FRONTEGG_OPENAPI_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/frontegg-openapi")
        });
    if !specs.is_dir() {
        println!(
            "renamed operation: SKIPPED: no OpenAPI folder at {}",
            specs.display()
        );
        return;
    }
    let scratch = std::env::temp_dir().join(format!("codegen-rename-{}", std::process::id()));
    let copy = scratch.join("specs");
    std::fs::create_dir_all(&copy).unwrap();
    for entry in std::fs::read_dir(&specs).unwrap() {
        let path = entry.unwrap().path();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if path.file_name().is_some_and(|name| name == "identity.json") {
            text = text.replace(
                "\"VendorOnlyUsers_getUserById\"",
                "\"VendorOnlyUsersV2_fetchUserById\"",
            );
        }
        std::fs::write(copy.join(path.file_name().unwrap()), text).unwrap();
    }
    let output = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .arg("--specs")
        .arg(&copy)
        .arg("--out")
        .arg(scratch.join("out"))
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&scratch);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "the generator accepted a renamed operation"
    );
    assert!(
        stderr.contains(
            "identity.json#VendorOnlyUsers_getUserById (published as `get_user_by_id_vendor_only`)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("identity.json#VendorOnlyUsersV2_fetchUserById"),
        "{stderr}"
    );
}
