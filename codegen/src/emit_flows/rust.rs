//! Core's part of the flow table: the option records (included by their
//! home modules), the deprecated aliases and the Rust signature test.

use std::fmt::Write;

use crate::flows::{Field, Flow, Param, Record, Table};

use super::{HEADER, doc_lines, is_options, literal, seconds};

pub(crate) fn rust_field_type(field: &Field) -> &'static str {
    match field.ty.as_str() {
        "string" => "String",
        "opt_string" | "jwks" | "json_text" => "Option<String>",
        "secret" => "crate::SecretString",
        "opt_secret" => "Option<crate::SecretString>",
        "strings" => "Vec<String>",
        "opt_strings" => "Option<Vec<String>>",
        "map" => "std::collections::HashMap<String, String>",
        "duration" | "opt_duration" => "Option<std::time::Duration>",
        "u32" => "u32",
        "u64" => "u64",
        "bool" => "bool",
        "opt_bool" => "Option<bool>",
        "region" => "Option<crate::Region>",
        "tls_roots" => "Option<crate::TlsRoots>",
        "algorithms" => "Vec<crate::Algorithm>",
        "token_types" => "Vec<crate::TokenType>",
        "provider" => "crate::Provider",
        _ => "Option<crate::JsonValue>",
    }
}

/// `core/src/options/<record>.rs`, included by the record's home module
/// (`include!`, so that no module is added between them): the record, its
/// `Default` and its `DEFAULT_*` constants. A duration's default is `None`
/// in the record (so that Kotlin and Swift may leave it out) and lives in
/// its constant. Paths are absolute: the text lands among the home
/// module's own imports.
pub fn core_record(record: &Record) -> String {
    let mut out = String::from(HEADER);
    out.push_str("// The record and its defaults; included by its home module.\n\n");
    for field in &record.fields {
        let (Some(name), Some(doc)) = (&field.constant, &field.const_doc) else {
            continue;
        };
        doc_lines(&mut out, "", doc);
        match (field.default_ms, &field.default) {
            (Some(ms), _) => {
                let _ = writeln!(
                    out,
                    "pub const {name}: std::time::Duration = std::time::Duration::from_millis({ms});"
                );
            }
            (None, Some(value)) => {
                let _ = writeln!(
                    out,
                    "pub const {name}: {} = {};",
                    rust_field_type(field),
                    literal(value)
                );
            }
            (None, None) => {}
        }
    }
    out.push('\n');
    doc_lines(&mut out, "", &record.doc);
    out.push_str(
        "#[derive(Clone, Debug, PartialEq)]\n#[cfg_attr(feature = \"uniffi\", derive(uniffi::Record))]\n",
    );
    let _ = writeln!(out, "pub struct {} {{", record.name);
    for field in &record.fields {
        doc_lines(&mut out, "    ", &field_doc(field));
        let default = match field.ty.as_str() {
            "string" | "secret" | "provider" => None,
            "strings" | "map" | "algorithms" | "token_types" => Some("default".to_owned()),
            "u32" | "u64" | "bool" => field
                .default
                .as_ref()
                .map(|v| format!("default = {}", literal(v))),
            _ => Some("default = None".to_owned()),
        };
        if let Some(default) = default {
            let _ = writeln!(
                out,
                "    #[cfg_attr(feature = \"uniffi\", uniffi({default}))]"
            );
        }
        let _ = writeln!(out, "    pub {}: {},", field.name, rust_field_type(field));
    }
    out.push_str("}\n");
    if record.fields.iter().all(|f| !f.required()) {
        let _ = writeln!(
            out,
            "\nimpl Default for {} {{\n    fn default() -> Self {{\n        Self {{",
            record.name
        );
        for field in &record.fields {
            let value = match (&field.constant, &field.default, field.ty.as_str()) {
                (Some(name), Some(_), _) => name.clone(),
                (_, Some(value), _) => literal(value),
                (_, _, "strings" | "algorithms" | "token_types") => "Vec::new()".to_owned(),
                (_, _, "map") => "std::collections::HashMap::new()".to_owned(),
                _ => "None".to_owned(),
            };
            let _ = writeln!(out, "            {}: {value},", field.name);
        }
        out.push_str("        }\n    }\n}\n");
    }
    out
}

/// A field's doc with its default spelled out where the record leaves it
/// `None`.
pub(crate) fn field_doc(field: &Field) -> String {
    match (&field.constant, field.default_ms) {
        (Some(name), Some(ms)) => format!(
            "{}\n`None`: [`{name}`](crate::{name}), {} s.",
            field.doc.trim(),
            seconds(ms).trim_end_matches(".0")
        ),
        _ => field.doc.trim().to_owned(),
    }
}

/// Core's type of a flow parameter.
pub(crate) fn core_param_type(table: &Table, param: &Param) -> String {
    let (kind, name) = param.kind();
    match kind {
        "str" => "&str".to_owned(),
        "opt_str" => "Option<&str>".to_owned(),
        "secret" => "&SecretString".to_owned(),
        "opt_secret" => "Option<&SecretString>".to_owned(),
        "bool" => "bool".to_owned(),
        "storage" => "Option<Arc<dyn TokenStorage>>".to_owned(),
        "store" => "Arc<dyn TokenStorage>".to_owned(),
        "passwordless" => "PasswordlessMethod".to_owned(),
        "headers" => "&HashMap<String, String>".to_owned(),
        "record" if is_options(table, name) => name.to_owned(),
        _ => format!("&{name}"),
    }
}

/// Core's answer of a flow, before `Result`.
pub(crate) fn core_return(flow: &Flow) -> String {
    let (kind, name) = flow.returns.split_once(':').unwrap_or((&flow.returns, ""));
    match kind {
        "unit" => "()".to_owned(),
        "str" => "String".to_owned(),
        "opt_str" => "Option<String>".to_owned(),
        "bool" => "bool".to_owned(),
        "opt_f64" => "Option<f64>".to_owned(),
        "secret" => "SecretString".to_owned(),
        "outcome" => "SignInOutcome".to_owned(),
        "sign_up_outcome" => "SignUpOutcome".to_owned(),
        "session" => "Session".to_owned(),
        "opt_session" => "Option<Session>".to_owned(),
        "opt_model" => format!("Option<{name}>"),
        "models" => format!("Vec<{name}>"),
        "json" => "JsonValue".to_owned(),
        "opt_json" => "Option<JsonValue>".to_owned(),
        "self" => flow.on.clone(),
        "verifier" => "TokenVerifier".to_owned(),
        "client" => "Client".to_owned(),
        _ => name.to_owned(),
    }
}

pub(crate) fn core_result(flow: &Flow) -> String {
    if flow.fallible {
        format!("Result<{}>", core_return(flow))
    } else {
        core_return(flow)
    }
}

/// The call of core, `this` standing for the receiver.
pub(crate) fn core_call(flow: &Flow, receiver: &str, args: &[String]) -> String {
    let args = args.join(", ");
    match &flow.core {
        Some(template) => template
            .replace("self.inner", receiver)
            .replace("frontegg_identity::", "")
            .replace("{args}", &args),
        None if flow.is_constructor() => format!("{}::new({args})", flow.on),
        None => format!("{receiver}.{}({args})", flow.name),
    }
}

/// `core/src/deprecated.rs`: the old names of renamed flows and types.
pub fn core_deprecated(table: &Table) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! Old names of renamed flows and types, kept one release (see\n\
         //! CHANGELOG.md). Each one calls its new name.\n\n\
         use std::sync::Arc;\n\n\
         use crate::models::*;\nuse crate::*;\n\n",
    );
    for renamed in &table.renamed_types {
        let _ = writeln!(
            out,
            "/// Renamed [`{new}`](crate::{new}).\n#[deprecated(since = \"0.2.0\", note = \"renamed to `{new}`\")]\npub type {old} = crate::{new};\n",
            old = renamed.old,
            new = renamed.new
        );
    }
    for class in crate::flows::CLASSES {
        let flows: Vec<&Flow> = table
            .flows_on(class)
            .filter(|f| !f.aliases.is_empty())
            .collect();
        if flows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "impl {} {{", class);
        for flow in flows {
            for alias in &flow.aliases {
                let params: Vec<String> = flow
                    .params
                    .iter()
                    .map(|p| format!("{}: {}", p.name, core_param_type(table, p)))
                    .collect();
                let args: Vec<String> = flow.params.iter().map(|p| p.name.clone()).collect();
                let _ = writeln!(
                    out,
                    "    /// Renamed [`{name}`](Self::{name}).\n    #[deprecated(since = \"0.2.0\", note = \"renamed to `{name}`\")]\n    pub fn {alias}(&self{sep}{params}) -> {ret} {{\n        {call}\n    }}\n",
                    name = flow.name,
                    sep = if params.is_empty() { "" } else { ", " },
                    params = params.join(", "),
                    ret = core_result(flow),
                    call = core_call(flow, "self", &args),
                );
            }
        }
        out.push_str("}\n\n");
    }
    out
}

/// `core/tests/flow_signatures.rs`: every flow (and old name) has the
/// parameters, types and order the table declares; a change on either
/// side fails to compile.
pub fn rust_signature_test(table: &Table) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! Core's flows against codegen/flows.toml: one closure per flow and\n\
         //! per deprecated name, with the declared types in the declared order.\n\n\
         #![allow(deprecated, clippy::type_complexity, clippy::needless_borrow)]\n\n\
         use std::collections::HashMap;\nuse std::sync::Arc;\n\n\
         use frontegg_identity::models::*;\nuse frontegg_identity::*;\n\n\
         #[test]\nfn flows_have_the_declared_signatures() {\n    let mut checked = 0_usize;\n",
    );
    for flow in &table.flows {
        let names = std::iter::once(&flow.name).chain(&flow.aliases);
        for name in names {
            let mut params = Vec::new();
            if !flow.is_constructor() {
                params.push(format!("this: &{}", flow.on));
            }
            let mut args = Vec::new();
            for (i, param) in flow.params.iter().enumerate() {
                params.push(format!("a{i}: {}", core_param_type(table, param)));
                args.push(format!("a{i}"));
            }
            let call = if name == &flow.name {
                core_call(flow, "this", &args)
            } else {
                format!("this.{name}({})", args.join(", "))
            };
            let ret = core_result(flow).replace("Result<", "frontegg_identity::Result<");
            let _ = writeln!(
                out,
                "    let _{}_{name} = |{}| -> {ret} {{ {call} }};\n    checked += 1;",
                flow.on.to_ascii_lowercase(),
                params.join(", "),
            );
        }
    }
    let total: usize = table.flows.iter().map(|f| 1 + f.aliases.len()).sum();
    let _ = writeln!(out, "    assert_eq!(checked, {total});\n}}");
    out
}
