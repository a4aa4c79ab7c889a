//! Python's part of the flow table: the pyo3 methods, their stubs, the
//! no-I/O list, the renamed types and the Python signature test.

use std::fmt::Write;

use crate::flows::{Field, Flow, Table};
use crate::names::camel;

use super::{HEADER, doc_lines, ffi_class, literal, seconds};

pub(crate) fn py_class(class: &str) -> &'static str {
    match class {
        "Client" => "crate::Client",
        "Session" => "crate::session::Session",
        "MfaRequired" => "crate::session::MfaRequired",
        "HostedLogin" => "crate::session::HostedLogin",
        _ => "crate::verify::TokenVerifier",
    }
}

/// One Python argument: its place in the signature, its Rust type, the
/// line that converts it, and what core receives.
pub(crate) struct PyArg {
    signature: String,
    positional: bool,
    rust: String,
    prepare: Option<String>,
    stub: String,
}

pub(crate) fn py_field(field: &Field) -> PyArg {
    let n = &field.name;
    let (rust, default, conv, stub): (&str, Option<String>, String, String) =
        match field.ty.as_str() {
            "string" => ("String", None, n.clone(), "str".into()),
            "secret" => (
                "String",
                None,
                format!("SecretString::from({n})"),
                "str".into(),
            ),
            "opt_string" => (
                "Option<String>",
                Some("None".into()),
                n.clone(),
                "str | None".into(),
            ),
            "opt_secret" => (
                "Option<String>",
                Some("None".into()),
                format!("{n}.map(SecretString::from)"),
                "str | None".into(),
            ),
            "strings" if field.one_or_many => (
                "Option<&Bound<'_, PyAny>>",
                Some("None".into()),
                format!("crate::convert::one_or_many(\"{n}\", {n})?"),
                "str | Sequence[str] | None".into(),
            ),
            "strings" => (
                "Option<Vec<String>>",
                Some("None".into()),
                format!("{n}.unwrap_or_default()"),
                "Sequence[str] | None".into(),
            ),
            "opt_strings" => (
                "Option<Vec<String>>",
                Some("None".into()),
                n.clone(),
                "Sequence[str] | None".into(),
            ),
            "map" => (
                "Option<HashMap<String, String>>",
                Some("None".into()),
                format!("{n}.unwrap_or_default()"),
                "Mapping[str, str] | None".into(),
            ),
            "duration" => (
                "f64",
                Some(seconds(field.default_ms.unwrap_or(0))),
                format!("Some(crate::convert::seconds(\"{n}\", {n})?)"),
                "float".into(),
            ),
            "opt_duration" => (
                "Option<f64>",
                Some("None".into()),
                format!("{n}.map(|s| crate::convert::seconds(\"{n}\", s)).transpose()?"),
                "float | None".into(),
            ),
            "u32" => (
                "i64",
                field.default.as_ref().map(literal),
                format!("crate::convert::count_u32({n})"),
                "int".into(),
            ),
            "u64" => (
                "i64",
                field.default.as_ref().map(literal),
                format!("crate::convert::count_u64({n})"),
                "int".into(),
            ),
            "bool" => (
                "bool",
                field.default.as_ref().map(literal),
                n.clone(),
                "bool".into(),
            ),
            "opt_bool" => (
                "Option<bool>",
                Some("None".into()),
                n.clone(),
                "bool | None".into(),
            ),
            "region" => (
                "&str",
                field.python_default.as_ref().map(|d| format!("\"{d}\"")),
                format!("Some(crate::convert::region({n})?)"),
                "Literal[\"eu\", \"us\", \"ca\", \"au\"]".into(),
            ),
            "tls_roots" => (
                "Option<&str>",
                Some("None".into()),
                format!("crate::convert::tls_roots({n})?"),
                "Literal[\"platform\", \"bundled\"] | None".into(),
            ),
            "algorithms" => (
                "Option<&Bound<'_, PyAny>>",
                Some("None".into()),
                format!("crate::convert::algorithms({n})?"),
                "Algorithm | Sequence[Algorithm] | None".into(),
            ),
            "token_types" => (
                "Option<&Bound<'_, PyAny>>",
                Some("None".into()),
                format!("crate::convert::token_types({n})?"),
                "TokenType | Sequence[TokenType] | None".into(),
            ),
            "jwks" => (
                "Option<&Bound<'_, PyAny>>",
                Some("None".into()),
                format!("crate::convert::jwks({n})?"),
                "str | Mapping[str, Any] | None".into(),
            ),
            "provider" => (
                "&str",
                field.python_default.as_ref().map(|d| format!("\"{d}\"")),
                format!("frontegg_identity::Provider::from_wire({n})"),
                "Provider".into(),
            ),
            "json_text" => (
                "Option<&Bound<'_, PyAny>>",
                Some("None".into()),
                format!("crate::json_arg({n})?.map(|value| value.to_json_string())"),
                "JsonValue".into(),
            ),
            _ => (
                "Option<&Bound<'_, PyAny>>",
                Some("None".into()),
                format!("crate::json_arg({n})?"),
                "JsonValue".into(),
            ),
        };
    PyArg {
        signature: match &default {
            Some(d) => format!("{n} = {d}"),
            None => n.clone(),
        },
        positional: field.positional,
        rust: rust.to_owned(),
        prepare: Some(conv),
        stub: match &default {
            Some(d) => format!("{n}: {stub} = {}", stub_literal(d)),
            None => format!("{n}: {stub}"),
        },
    }
}

/// A pyo3 signature default as Python source.
pub(crate) fn stub_literal(default: &str) -> String {
    match default {
        "true" => "True".into(),
        "false" => "False".into(),
        other => other.to_owned(),
    }
}

/// The Python arguments of a flow (record fields spread) and the
/// expressions core receives.
pub(crate) fn py_args(table: &Table, flow: &Flow) -> (Vec<PyArg>, Vec<String>, Vec<String>) {
    let mut args = Vec::new();
    let mut prepare = Vec::new();
    let mut core = Vec::new();
    for param in &flow.params {
        let n = &param.name;
        let (kind, record) = param.kind();
        let simple = |rust: &str, default: Option<&str>, stub: &str| PyArg {
            signature: match default {
                Some(d) => format!("{n} = {d}"),
                None => n.clone(),
            },
            positional: default.is_none(),
            rust: rust.to_owned(),
            prepare: None,
            stub: match default {
                Some(d) => format!("{n}: {stub} = {}", stub_literal(d)),
                None => format!("{n}: {stub}"),
            },
        };
        match kind {
            "record" | "opt_record" => {
                let Some(rec) = table.record(record) else {
                    continue;
                };
                let mut fields = Vec::new();
                for field in &rec.fields {
                    let arg = py_field(field);
                    let value = arg.prepare.clone().unwrap_or_default();
                    fields.push(if value == field.name {
                        value
                    } else {
                        format!("{}: {value}", field.name)
                    });
                    args.push(PyArg {
                        prepare: None,
                        ..arg
                    });
                }
                prepare.push(format!("let {n} = {record} {{ {} }};", fields.join(", ")));
                core.push(if kind == "record" && rec.generate {
                    n.clone()
                } else {
                    format!("&{n}")
                });
            }
            "str" => {
                args.push(simple("String", None, "str"));
                core.push(format!("&{n}"));
            }
            "opt_str" => {
                args.push(simple("Option<String>", Some("None"), "str | None"));
                core.push(format!("{n}.as_deref()"));
            }
            "secret" => {
                args.push(simple("String", None, "str"));
                prepare.push(format!("let {n} = SecretString::from({n});"));
                core.push(format!("&{n}"));
            }
            "opt_secret" => {
                args.push(simple("Option<String>", Some("None"), "str | None"));
                prepare.push(format!("let {n} = {n}.map(SecretString::from);"));
                core.push(format!("{n}.as_ref()"));
            }
            "bool" => {
                let default = param.default.unwrap_or(false).to_string();
                args.push(simple("bool", Some(&default), "bool"));
                core.push(n.clone());
            }
            "storage" => {
                args.push(simple(
                    "Option<Py<PyAny>>",
                    Some("None"),
                    "TokenStorage | None",
                ));
                prepare.push(format!("let {n} = crate::session::storage({n});"));
                core.push(n.clone());
            }
            "store" => {
                args.push(simple("Py<PyAny>", None, "TokenStorage"));
                prepare.push(format!("let {n} = crate::session::store({n});"));
                core.push(n.clone());
            }
            "passwordless" => {
                args.push(simple("&str", None, "PasswordlessMethod"));
                prepare.push(format!("let {n} = crate::session::method({n})?;"));
                core.push(n.clone());
            }
            "headers" => {
                args.push(simple(
                    "&Bound<'_, PyAny>",
                    None,
                    "Mapping[str, str] | Sequence[tuple[str, str]]",
                ));
                prepare.push(format!("let {n} = crate::verify::header_pairs({n})?;"));
                core.push(n.clone());
            }
            _ => {
                args.push(simple(&format!("&Bound<'_, {record}>"), None, record));
                prepare.push(format!("let {n} = {n}.get().clone();"));
                core.push(format!("&{n}"));
            }
        }
    }
    if flow.python_client {
        args.push(PyArg {
            signature: "client = None".into(),
            positional: false,
            rust: "Option<&Bound<'_, crate::Client>>".into(),
            prepare: None,
            stub: "client: Client | None = None".into(),
        });
    }
    (args, prepare, core)
}

pub(crate) fn py_stub_return(flow: &Flow) -> String {
    let (kind, name) = flow.returns.split_once(':').unwrap_or((&flow.returns, ""));
    match kind {
        "unit" => "None".into(),
        "str" | "secret" => "str".into(),
        "opt_str" => "str | None".into(),
        "bool" => "bool".into(),
        "opt_f64" => "float | None".into(),
        "outcome" => "Session | MfaRequired".into(),
        "sign_up_outcome" => "Session | ActivationRequired".into(),
        "session" => "Session".into(),
        "opt_session" => "Session | None".into(),
        "opt_model" => format!("{name} | None"),
        "models" => format!("list[{name}]"),
        "json" | "opt_json" => "JsonValue".into(),
        "self" => "Self".into(),
        "verifier" => "TokenVerifier".into(),
        "client" => "Client".into(),
        _ => name.into(),
    }
}

/// The Rust return type and tail expression of a Python wrapper.
pub(crate) fn py_return(flow: &Flow, call: &str) -> (String, String) {
    let mapped = |tail: &str| {
        if flow.fallible {
            format!("{call}{tail}.map_err(to_py_err)")
        } else {
            format!("Ok({call}{tail})")
        }
    };
    let (kind, name) = flow.returns.split_once(':').unwrap_or((&flow.returns, ""));
    match kind {
        "unit" => ("()".into(), mapped("")),
        "str" => ("String".into(), mapped("")),
        "opt_str" => ("Option<String>".into(), mapped("")),
        "bool" => ("bool".into(), mapped("")),
        "opt_f64" => ("Option<f64>".into(), mapped("")),
        "secret" => ("String".into(), mapped(".map(|t| t.expose().to_owned())")),
        "outcome" => (
            "Py<PyAny>".into(),
            format!("crate::session::outcome(py, {call}.map_err(to_py_err)?)"),
        ),
        "sign_up_outcome" => (
            "Py<PyAny>".into(),
            format!("crate::session::sign_up_outcome(py, {call}.map_err(to_py_err)?)"),
        ),
        "session" => (
            "crate::session::Session".into(),
            mapped(".map(crate::session::Session::from)"),
        ),
        "opt_session" => (
            "Option<crate::session::Session>".into(),
            mapped(".map(crate::session::Session::from)"),
        ),
        "opt_model" => (format!("Option<{name}>"), mapped("")),
        "models" => (format!("Vec<{name}>"), mapped("")),
        "json" => ("frontegg_identity::JsonValue".into(), mapped("")),
        "opt_json" => ("Option<frontegg_identity::JsonValue>".into(), mapped("")),
        "self" if flow.python_core.is_some() => ("Self".into(), mapped("")),
        "verifier" => (
            "crate::verify::TokenVerifier".into(),
            mapped(".map(|inner| crate::verify::TokenVerifier { inner })"),
        ),
        "self" => ("Self".into(), mapped(".map(|inner| Self { inner })")),
        _ => (name.to_owned(), mapped("")),
    }
}

pub(crate) fn py_method(out: &mut String, table: &Table, flow: &Flow, name: &str) {
    let (args, prepare, core) = py_args(table, flow);
    doc_lines(out, "    ", &flow.doc);
    if flow.is_constructor() {
        out.push_str("    #[new]\n");
    }
    if flow.python_getter {
        out.push_str("    #[getter]\n");
    }
    if !args.is_empty() {
        let positional: Vec<&str> = args
            .iter()
            .filter(|a| a.positional)
            .map(|a| a.signature.as_str())
            .collect();
        let keyword: Vec<&str> = args
            .iter()
            .filter(|a| !a.positional)
            .map(|a| a.signature.as_str())
            .collect();
        let mut parts: Vec<&str> = positional;
        if !keyword.is_empty() {
            parts.push("*");
            parts.extend(keyword);
        }
        let _ = writeln!(out, "    #[pyo3(signature = ({}))]", parts.join(", "));
    }
    let receiver = if flow.is_constructor() { "" } else { "&self, " };
    let rust_args: Vec<String> = args
        .iter()
        .map(|a| {
            format!(
                "{}: {}",
                a.signature.split(' ').next().unwrap_or_default(),
                a.rust
            )
        })
        .collect();
    let call_args = core.join(", ");
    let inner = match (&flow.python_core, flow.is_constructor(), flow.python_client) {
        (Some(template), _, _) => template.replace("{args}", &call_args),
        (None, true, true) => format!(
            "match client {{ Some(client) => client.get().inner.token_verifier({call_args}), None => frontegg_identity::{}::new({call_args}) }}",
            flow.on
        ),
        (None, true, false) => format!("frontegg_identity::{}::new({call_args})", flow.on),
        (None, false, _) => match &flow.core {
            Some(template) => template.replace("{args}", &call_args),
            None => format!("self.inner.{}({call_args})", flow.name),
        },
    };
    let call = if flow.io && !flow.is_constructor() {
        format!("py.detach(|| {inner})")
    } else {
        inner
    };
    let (ret, tail) = py_return(flow, &call);
    let alias = name != flow.name;
    let flow_needs_py = (flow.io && !flow.is_constructor()) || tail.contains("(py,");
    let mut params: Vec<String> = Vec::new();
    if alias || flow_needs_py {
        params.push("py: Python<'_>".to_owned());
    }
    params.extend(rust_args);
    let _ = writeln!(
        out,
        "    fn {name}({receiver}{}) -> PyResult<{ret}> {{",
        params.join(", ")
    );
    if alias {
        // An old name warns, then is the new method itself.
        let _ = writeln!(
            out,
            "        crate::deprecated(py, \"{}.{name}\", \"{}\")?;",
            flow.on, flow.name
        );
        let mut pass: Vec<&str> = args
            .iter()
            .map(|a| a.signature.split(' ').next().unwrap_or_default())
            .collect();
        if flow_needs_py {
            pass.insert(0, "py");
        }
        let _ = writeln!(
            out,
            "        self.{}({})\n    }}\n",
            flow.name,
            pass.join(", ")
        );
        return;
    }
    for line in &prepare {
        let _ = writeln!(out, "        {line}");
    }
    let _ = writeln!(out, "        {tail}\n    }}\n");
}

/// `py/src/flows.rs`: the Python methods of every flow.
pub fn python(table: &Table) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! The Python methods of the flows in codegen/flows.toml: keyword\n\
         //! arguments into core's types, the GIL released for every network\n\
         //! call, errors mapped by `to_py_err`.\n\n\
         #![allow(clippy::too_many_arguments, clippy::redundant_closure)]\n\n\
         use std::collections::HashMap;\n\n\
         use frontegg_identity::models::*;\nuse frontegg_identity::*;\nuse pyo3::prelude::*;\n\n\
         use crate::errors::to_py_err;\n\n",
    );
    for class in crate::flows::CLASSES {
        let flows: Vec<&Flow> = table
            .flows_on(class)
            .filter(|f| f.python_generated())
            .collect();
        let _ = writeln!(out, "#[pymethods]\nimpl {} {{", py_class(class));
        for flow in flows {
            py_method(&mut out, table, flow, &flow.name);
            for alias in &flow.aliases {
                py_method(&mut out, table, flow, alias);
            }
        }
        out.push_str("}\n\n");
    }
    let no_io: Vec<String> = no_io(table).iter().map(|n| format!("\"{n}\"")).collect();
    let _ = writeln!(
        out,
        "/// Methods without network I/O: `AsyncClient` keeps them synchronous.\npub(crate) const NO_IO: &[&str] = &[{}];",
        no_io.join(", ")
    );
    out.push_str(&python_renamed_types(table));
    let _ = writeln!(
        out,
        "\n/// `AsyncClient`'s default pool size.\npub(crate) const ASYNC_MAX_WORKERS: u32 = {};",
        table.python.async_max_workers
    );
    out
}

pub(crate) fn python_renamed_types(table: &Table) -> String {
    let pairs: Vec<String> = table
        .renamed_types
        .iter()
        .filter(|r| r.python)
        .map(|r| format!("(\"{}\", \"{}\")", r.old, r.new))
        .collect();
    format!(
        "\n/// Renamed types: (old, new); the module's `__getattr__` answers the\n/// old name with a `DeprecationWarning`.\npub(crate) const RENAMED_TYPES: &[(&str, &str)] = &[{}];\n",
        pairs.join(", ")
    )
}

/// The methods that do no network I/O.
pub fn no_io(table: &Table) -> Vec<String> {
    let mut names: Vec<String> = table
        .flows
        .iter()
        .filter(|f| !f.io && !f.is_constructor() && !f.python_getter)
        .map(|f| f.name.clone())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The stub lines of one class's flows, for `# @flows <Class>`.
pub fn python_stub_methods(table: &Table, class: &str) -> String {
    let mut out = String::new();
    for flow in table.flows_on(class) {
        let (args, _, _) = py_args(table, flow);
        for name in std::iter::once(&flow.name).chain(&flow.aliases) {
            if name != &flow.name {
                let _ = writeln!(out, "    @deprecated(\"renamed to {}\")", flow.name);
            }
            if flow.python_getter {
                let _ = writeln!(
                    out,
                    "    @property\n    def {name}(self) -> {}:",
                    py_stub_return(flow)
                );
            } else {
                let positional: Vec<&str> = args
                    .iter()
                    .filter(|a| a.positional)
                    .map(|a| a.stub.as_str())
                    .collect();
                let keyword: Vec<&str> = args
                    .iter()
                    .filter(|a| !a.positional)
                    .map(|a| a.stub.as_str())
                    .collect();
                let receiver = if flow.is_constructor() { "cls" } else { "self" };
                let mut parts = vec![receiver];
                parts.extend(positional);
                if !keyword.is_empty() {
                    parts.push("*");
                    parts.extend(keyword);
                }
                let method = if flow.is_constructor() {
                    "__new__"
                } else {
                    name
                };
                let _ = writeln!(out, "    def {method}(");
                for part in parts {
                    let _ = writeln!(out, "        {part},");
                }
                let _ = writeln!(out, "    ) -> {}:", py_stub_return(flow));
            }
            let doc = flow.doc.trim().replace('\n', "\n        ");
            let _ = writeln!(out, "        \"\"\"{doc}\"\"\"");
        }
    }
    out
}

/// `py/frontegg_identity.pyi`'s hand-written base with every `# @flows
/// <Class>` marker replaced by that class's flow stubs.
pub fn stub_base_with_flows(
    table: &Table,
    base: &str,
    rejection_reasons: &[String],
) -> Result<String, String> {
    let mut out = String::new();
    for line in base.lines() {
        if line.starts_with("# @rejection_reasons") {
            out.push_str("RejectionReason = Literal[\n");
            for reason in rejection_reasons {
                let _ = writeln!(out, "    \"{reason}\",");
            }
            out.push_str("]\n");
            continue;
        }
        match line.trim().strip_prefix("# @flows ") {
            Some(class) => {
                if !crate::flows::CLASSES.contains(&class) {
                    return Err(format!("py/stub_base.pyi: unknown class in {line:?}"));
                }
                out.push_str(&python_stub_methods(table, class));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    Ok(out)
}

/// The Python side of the signature test: each flow's runtime signature
/// and stub against the table, and each old name warning.
pub fn python_signature_test(table: &Table) -> String {
    let mut out = String::from(
        "# @generated by frontegg-identity-codegen from codegen/flows.toml. Do not edit.\n\
         \"\"\"Every flow's Python signature (runtime and stub) and its Kotlin and\n\
         Swift parameter lists, against codegen/flows.toml.\"\"\"\n\n\
         import frontegg_identity\n\nfrom flow_signature_support import check_flow\n\n\
         # (class, method, Kotlin/Swift class, camelCase name, getter,\n\
         #  [(python name, keyword-only, default repr or None)],\n\
         #  [(camelCase name, default or None)], old names)\n\
         FLOWS = [\n",
    );
    for flow in &table.flows {
        let (args, _, _) = py_args(table, flow);
        let py: Vec<String> = if flow.python_getter {
            Vec::new()
        } else {
            args.iter()
                .map(|a| {
                    let (name, default) = match a.signature.split_once(" = ") {
                        Some((n, d)) => (n.to_owned(), format!("{:?}", python_repr(d))),
                        None => (a.signature.clone(), "None".to_owned()),
                    };
                    format!(
                        "(\"{name}\", {}, {default})",
                        if a.positional { "False" } else { "True" }
                    )
                })
                .collect()
        };
        let ffi: Vec<String> = flow
            .params
            .iter()
            .map(|p| {
                let default = match p.kind().0 {
                    "bool" => format!("\"{}\"", p.default.unwrap_or(false)),
                    _ if p.optional() => "\"nil\"".to_owned(),
                    _ => "None".to_owned(),
                };
                format!("(\"{}\", {default})", camel(&p.name))
            })
            .collect();
        let aliases: Vec<String> = flow.aliases.iter().map(|a| format!("\"{a}\"")).collect();
        let _ = writeln!(
            out,
            "    (\"{}\", \"{}\", \"{}\", \"{}\", {}, [{}], [{}], [{}]),",
            flow.on,
            flow.name,
            ffi_class(&flow.on),
            camel(&flow.name),
            if flow.python_getter { "True" } else { "False" },
            py.join(", "),
            ffi.join(", "),
            aliases.join(", "),
        );
    }
    out.push_str("]\n\nRENAMED_TYPES = [\n");
    for renamed in table.renamed_types.iter().filter(|r| r.python) {
        let _ = writeln!(out, "    (\"{}\", \"{}\"),", renamed.old, renamed.new);
    }
    out.push_str(
        "]\n\n\ndef test_every_flow_has_the_declared_signature_in_four_languages():\n    \
         for flow in FLOWS:\n        check_flow(*flow)\n    assert len(FLOWS) == ",
    );
    let _ = writeln!(out, "{}", table.flows.len());
    out.push_str(
        "\n\ndef test_renamed_types_answer_their_new_name_with_a_warning():\n    \
         import pytest\n\n    for old, new in RENAMED_TYPES:\n        \
         with pytest.warns(DeprecationWarning, match=new):\n            \
         assert getattr(frontegg_identity, old) is getattr(frontegg_identity, new)\n",
    );
    out
}

/// A pyo3 signature default as Python shows it in `repr`.
pub(crate) fn python_repr(default: &str) -> String {
    stub_literal(default).replace('"', "'")
}
