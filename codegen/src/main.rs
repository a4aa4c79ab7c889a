//! The generator: reads Frontegg's OpenAPI files and writes the models,
//! operations, binding surface, Python stubs, docs and contract test.
//!
//! ```text
//! cargo run -p frontegg-identity-codegen -- [--specs DIR] [--out DIR]
//! cargo run -p frontegg-identity-codegen -- --fixed-specs DIR
//! ```
//! `--specs` defaults to `../shared/frontegg-openapi`, `--out` to the
//! workspace root. `--fixed-specs` only writes the specs with the overrides'
//! corrections applied (what Prism serves in the contract test). Without
//! the specs it says so and exits 0, so builds without them keep working.

mod emit_bindings;
mod emit_core;
mod emit_flows;
mod emit_python;
mod emit_tests;
mod flows;
mod name_table;
mod names;
mod overrides;
mod spec;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("codegen: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut specs_dir = root.join("../shared/frontegg-openapi");
    let mut out = root.clone();
    let mut fixed_specs: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--specs" => specs_dir = args.next().ok_or("--specs needs a folder")?.into(),
            "--out" => out = args.next().ok_or("--out needs a folder")?.into(),
            "--fixed-specs" => {
                fixed_specs = Some(args.next().ok_or("--fixed-specs needs a folder")?.into())
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if !specs_dir.is_dir() {
        println!(
            "codegen: skipped: no OpenAPI folder at {}",
            specs_dir.display()
        );
        return Ok(());
    }
    let mut specs = Vec::new();
    for service in &spec::SERVICES {
        let path = specs_dir.join(service.file);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut spec: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        overrides::fix_spec(&mut spec);
        specs.push(spec);
    }
    if let Some(folder) = fixed_specs {
        // The corrected specs, for Prism in the contract test.
        for (service, spec) in spec::SERVICES.iter().zip(&specs) {
            write(&folder.join(service.file), &spec.to_string())?;
        }
        println!("codegen: corrected specs written to {}", folder.display());
        return Ok(());
    }
    let table_text = std::fs::read_to_string(root.join(spec::NAMES_FILE)).ok();
    let table = name_table::NameTable::parse(table_text.as_deref())?;
    let mut api = spec::load(&specs, &table.names)?;
    let present: Vec<String> = api
        .operations
        .iter()
        .map(|op| spec::names_key(spec::SERVICES[op.service].file, &op.operation_id))
        .collect();
    table.check(&present, &api.new_names)?;
    let new_names = std::mem::take(&mut api.new_names);
    let stub_base = std::fs::read_to_string(root.join("py/stub_base.pyi"))
        .map_err(|e| format!("py/stub_base.pyi: {e}"))?;
    let flow_text = std::fs::read_to_string(root.join(flows::FILE))
        .map_err(|e| format!("{}: {e}", flows::FILE))?;
    let flow_table = flows::Table::parse(&flow_text)?;
    let rejection = std::fs::read_to_string(root.join("core/src/error/rejection.rs"))
        .map_err(|e| format!("core/src/error/rejection.rs: {e}"))?;
    let reasons = flows::rejection_reasons(&rejection)?;
    let stub_base = emit_flows::stub_base_with_flows(&flow_table, &stub_base, &reasons)?;
    let no_io = emit_flows::no_io(&flow_table);

    let mut files = vec![
        (spec::NAMES_FILE.to_owned(), table.render(&new_names)),
        ("core/src/api/mod.rs".to_owned(), emit_core::module(&api)),
        ("core/src/api/models.rs".to_owned(), emit_core::models(&api)),
        (
            "core/tests/contract.rs".to_owned(),
            emit_tests::contract_test(&api),
        ),
        (
            "core/tests/required_keys.rs".to_owned(),
            emit_tests::required_keys_test(&api),
        ),
        (
            "core/tests/path_order.rs".to_owned(),
            emit_tests::path_order_test(&api),
        ),
        (
            "ffi-uniffi/src/generated.rs".to_owned(),
            emit_bindings::uniffi(&api),
        ),
        (
            "ffi-uniffi/src/generated_async.rs".to_owned(),
            emit_bindings::uniffi_async(&api),
        ),
        ("py/src/generated.rs".to_owned(), emit_python::python(&api)),
        (
            "py/frontegg_identity.pyi".to_owned(),
            emit_python::python_stub(
                &api,
                &stub_base,
                &no_io,
                flow_table.python.async_max_workers,
            ),
        ),
        (
            "docs/OPERATIONS.md".to_owned(),
            emit_bindings::operations_doc(&api),
        ),
        (
            "py/tests/contract_cases.py".to_owned(),
            emit_tests::python_contract_cases(&api),
        ),
        (
            "ffi-uniffi/tests/kotlin/ContractCases.kt".to_owned(),
            emit_tests::kotlin_contract_cases(&api),
        ),
    ];
    files.extend(emit_python::python_group_docs(&api));
    files.extend(flow_files(&flow_table));
    let mut services: Vec<usize> = api.groups.iter().map(|(s, _, _)| *s).collect();
    services.dedup();
    for service in services {
        files.push((
            format!("core/src/api/{}.rs", emit_core::module_name(service)),
            emit_core::service(&api, service),
        ));
    }
    for (relative, content) in &files {
        let content = if relative.ends_with(".rs") {
            rustfmt(content)?
        } else {
            content.clone()
        };
        write(&out.join(relative), &content)?;
    }
    println!(
        "codegen: {} operations, {} models, {} groups → {}",
        api.operations.len(),
        api.models.len(),
        api.groups.len(),
        out.display()
    );
    Ok(())
}

/// Everything the flow table writes.
fn flow_files(table: &flows::Table) -> Vec<(String, String)> {
    let mut files = vec![
        (
            "core/src/deprecated.rs".to_owned(),
            emit_flows::core_deprecated(table),
        ),
        (
            "core/tests/flow_signatures.rs".to_owned(),
            emit_flows::rust_signature_test(table),
        ),
        ("py/src/flows.rs".to_owned(), emit_flows::python(table)),
        (
            "py/tests/test_flow_signatures.py".to_owned(),
            emit_flows::python_signature_test(table),
        ),
        (
            "ffi-uniffi/src/flows.rs".to_owned(),
            emit_flows::uniffi(table),
        ),
        (
            "ffi-uniffi/src/flows_async.rs".to_owned(),
            emit_flows::uniffi_async(table),
        ),
        (
            "ffi-uniffi/kotlin/com/frontegg/identity/Deprecated.kt".to_owned(),
            emit_flows::kotlin_aliases(table),
        ),
        (
            "ffi-uniffi/kotlin/com/frontegg/identity/core/DeprecatedTypes.kt".to_owned(),
            emit_flows::renamed_type_aliases(table, true),
        ),
        (
            "ffi-uniffi/swift/Deprecated.swift".to_owned(),
            emit_flows::swift_aliases(table),
        ),
        (
            "ffi-uniffi/swift/DeprecatedTypes.swift".to_owned(),
            emit_flows::renamed_type_aliases(table, false),
        ),
        (
            "ffi-uniffi/tests/kotlin/FlowSignatures.kt".to_owned(),
            emit_flows::kotlin_signature_test(table),
        ),
    ];
    for record in table.records.iter().filter(|r| r.generate) {
        files.push((
            format!("core/src/options/{}.rs", names::snake(&record.name)),
            emit_flows::core_record(record),
        ));
    }
    files
}

/// Formats Rust code like `cargo fmt` does, so `cargo fmt` and the
/// freshness check agree. Through stdin, so `mod` lines are not followed.
fn rustfmt(code: &str) -> Result<String, String> {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("rustfmt: {e}"))?;
    let mut stdin = child.stdin.take().ok_or("rustfmt: no stdin")?;
    let input = code.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    writer
        .join()
        .map_err(|_| "rustfmt: writer panicked".to_owned())?
        .map_err(|e| format!("rustfmt: {e}"))?;
    if !output.status.success() {
        return Err("rustfmt failed on the generated code".into());
    }
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt: {e}"))
}

fn write(path: &Path, content: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, content).map_err(|e| format!("{}: {e}", path.display()))
}
