//! Kotlin and Swift's part of the flow table: the uniffi exports (blocking
//! and async), the old
//! names as Kotlin/Swift aliases and the Kotlin signature test.

use std::fmt::Write;

use crate::flows::{Flow, Param, Table};
use crate::names::camel;

use super::{HEADER, doc_lines, ffi_class, is_options};

pub(crate) fn uniffi_param(table: &Table, param: &Param) -> (String, String, Option<String>) {
    let n = &param.name;
    let (kind, name) = param.kind();
    match kind {
        "str" => ("String".into(), format!("&{n}"), None),
        "opt_str" => (
            "Option<String>".into(),
            format!("{n}.as_deref()"),
            Some(format!("{n} = None")),
        ),
        "secret" => ("SecretString".into(), format!("&{n}"), None),
        "opt_secret" => (
            "Option<SecretString>".into(),
            format!("{n}.as_ref()"),
            Some(format!("{n} = None")),
        ),
        "bool" => (
            "bool".into(),
            n.clone(),
            Some(format!("{n} = {}", param.default.unwrap_or(false))),
        ),
        "storage" => (
            "Option<Arc<dyn TokenStorage>>".into(),
            n.clone(),
            Some(format!("{n} = None")),
        ),
        "store" => ("Arc<dyn TokenStorage>".into(), n.clone(), None),
        "passwordless" => ("PasswordlessMethod".into(), n.clone(), None),
        "headers" => ("HashMap<String, String>".into(), format!("&{n}"), None),
        "record" if is_options(table, name) => (name.into(), n.clone(), None),
        "opt_record" => (
            format!("Option<{name}>"),
            format!("&{n}.unwrap_or_default()"),
            Some(format!("{n} = None")),
        ),
        _ => (name.into(), format!("&{n}"), None),
    }
}

pub(crate) fn uniffi_return(flow: &Flow, call: &str) -> (String, String) {
    let wrap = |ty: &str, tail: &str| {
        if flow.fallible {
            (
                format!("Result<{ty}, FronteggError>"),
                format!("{call}{tail}"),
            )
        } else {
            (ty.to_owned(), format!("{call}{tail}"))
        }
    };
    let (kind, name) = flow.returns.split_once(':').unwrap_or((&flow.returns, ""));
    match kind {
        "unit" => wrap("()", ""),
        "str" => wrap("String", ""),
        "opt_str" => wrap("Option<String>", ""),
        "bool" => wrap("bool", ""),
        "opt_f64" => wrap("Option<f64>", ""),
        "secret" => wrap("SecretString", ""),
        "outcome" => wrap("crate::session::SignInOutcome", ".map(Into::into)"),
        "sign_up_outcome" => wrap("crate::session::SignUpOutcome", ".map(Into::into)"),
        "session" => wrap(
            "Arc<crate::session::Session>",
            ".map(crate::session::session)",
        ),
        "opt_session" => wrap(
            "Option<Arc<crate::session::Session>>",
            ".map(crate::session::session)",
        ),
        "opt_model" => wrap(&format!("Option<{name}>"), ""),
        "models" => wrap(&format!("Vec<{name}>"), ""),
        "json" => wrap("JsonValue", ""),
        "opt_json" => wrap("Option<JsonValue>", ""),
        "self" => wrap("Arc<Self>", ".map(|inner| Arc::new(Self { inner }))"),
        "verifier" => wrap(
            "Arc<crate::verify::TokenVerifier>",
            ".map(|inner| Arc::new(crate::verify::TokenVerifier { inner }))",
        ),
        _ => wrap(name, ""),
    }
}

pub(crate) fn uniffi_method(out: &mut String, table: &Table, flow: &Flow) {
    let mut params = Vec::new();
    let mut args = Vec::new();
    let mut defaults = Vec::new();
    for param in &flow.params {
        let (ty, arg, default) = uniffi_param(table, param);
        params.push(format!("{}: {ty}", param.name));
        args.push(arg);
        defaults.extend(default);
    }
    let call_args = args.join(", ");
    let call = match (&flow.uniffi_core, &flow.core) {
        (Some(template), _) | (None, Some(template)) => template.replace("{args}", &call_args),
        (None, None) if flow.is_constructor() => {
            format!("frontegg_identity::{}::new({call_args})", flow.on)
        }
        (None, None) => format!("self.inner.{}({call_args})", flow.name),
    };
    let (ret, tail) = uniffi_return(flow, &call);
    doc_lines(out, "    ", &flow.doc);
    if flow.is_constructor() {
        out.push_str("    #[uniffi::constructor]\n");
    }
    if !defaults.is_empty() {
        let _ = writeln!(
            out,
            "    #[uniffi::method(default({}))]",
            defaults.join(", ")
        );
    }
    let receiver = if flow.is_constructor() { "" } else { "&self, " };
    let _ = writeln!(
        out,
        "    pub fn {}({receiver}{}) -> {ret} {{\n        {tail}\n    }}\n",
        flow.name,
        params.join(", ")
    );
}

/// `ffi-uniffi/src/flows.rs`: the uniffi exports of every flow.
pub fn uniffi(table: &Table) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! The Kotlin/Swift methods of the flows in codegen/flows.toml, each\n\
         //! delegating to core; the docs become KDoc and Swift doc comments.\n\n\
         #![allow(clippy::too_many_arguments)]\n\n\
         use std::collections::HashMap;\nuse std::sync::Arc;\n\n\
         use frontegg_identity::models::*;\nuse frontegg_identity::*;\n\n\
         // The binding's objects, named as Kotlin and Swift see them; they\n\
         // shadow core's types of the same names.\n\
         use crate::FronteggClient;\nuse crate::session::{HostedLogin, MfaRequired, Session};\n\
         use crate::verify::TokenVerifier;\n\n",
    );
    for class in crate::flows::CLASSES {
        let _ = writeln!(out, "#[uniffi::export]\nimpl {} {{", ffi_class(class));
        for flow in table.flows_on(class).filter(|f| f.uniffi_generated()) {
            uniffi_method(&mut out, table, flow);
        }
        out.push_str("}\n\n");
    }
    out
}

/// A flow's return type on the async twins, and whether the blocking
/// object's answer is wrapped into its twin (`IntoAsync`).
fn async_return(flow: &Flow) -> (String, bool) {
    let (kind, _) = flow.returns.split_once(':').unwrap_or((&flow.returns, ""));
    let ty = match kind {
        "outcome" => "crate::asynchronous::AsyncSignInOutcome",
        "sign_up_outcome" => "crate::asynchronous::AsyncSignUpOutcome",
        "session" => "Arc<crate::asynchronous::AsyncSession>",
        "opt_session" => "Option<Arc<crate::asynchronous::AsyncSession>>",
        "self" => "Arc<Self>",
        "verifier" => "Arc<crate::asynchronous::AsyncTokenVerifier>",
        "client" => "Arc<crate::asynchronous::AsyncFronteggClient>",
        _ => {
            let (ty, _) = uniffi_return(flow, "");
            return (
                ty.trim_start_matches("Result<")
                    .trim_end_matches(", FronteggError>")
                    .to_owned(),
                false,
            );
        }
    };
    (ty.to_owned(), true)
}

fn async_method(out: &mut String, table: &Table, flow: &Flow) {
    let mut params = Vec::new();
    let mut args = Vec::new();
    let mut defaults = Vec::new();
    for param in &flow.params {
        let (ty, _, default) = uniffi_param(table, param);
        params.push(format!("{}: {ty}", param.name));
        args.push(param.name.clone());
        defaults.extend(default);
    }
    let (ty, wrapped) = async_return(flow);
    let ret = if flow.fallible {
        format!("Result<{ty}, FronteggError>")
    } else {
        ty
    };
    doc_lines(out, "    ", &flow.doc);
    let args = args.join(", ");
    if flow.is_constructor() {
        defaults.push(format!("max_workers = {}", table.uniffi.async_max_workers));
        let _ = writeln!(
            out,
            "    ///\n    /// Its `suspend` / `async` calls run on a pool of at most `max_workers`\n    /// threads, shared with everything it hands out.\n    #[uniffi::constructor(default({}))]\n    pub fn new({}, max_workers: u32) -> Result<Arc<Self>, FronteggError> {{\n        let pool = WorkerPool::new(max_workers)?;\n        {}::new({args}).map(|blocking| Arc::new(Self {{ blocking, pool }}))\n    }}\n",
            defaults.join(", "),
            params.join(", "),
            ffi_class(&flow.on)
        );
        return;
    }
    if !defaults.is_empty() {
        let _ = writeln!(
            out,
            "    #[uniffi::method(default({}))]",
            defaults.join(", ")
        );
    }
    let params = params.join(", ");
    let wrap = match (wrapped, flow.fallible) {
        (false, _) => "",
        (true, true) => ".map(|answer| answer.into_async(&self.pool))",
        (true, false) => ".into_async(&self.pool)",
    };
    if flow.io {
        let result = if flow.fallible {
            "self.pool.run(move || blocking".to_owned()
        } else {
            "self.pool.run(move || Ok(blocking".to_owned()
        };
        let close = if flow.fallible { ")" } else { "))" };
        let tail = if flow.fallible {
            format!(".await{wrap}")
        } else {
            // An infallible call can still meet a pool that could not
            // start a thread: then the answer is the empty one.
            format!(".await.ok().flatten(){wrap}")
        };
        let _ = writeln!(
            out,
            "    pub async fn {name}(&self, {params}) -> {ret} {{\n        let blocking = Arc::clone(&self.blocking);\n        {result}.{name}({args}){close}{tail}\n    }}\n",
            name = flow.name,
        );
    } else {
        let _ = writeln!(
            out,
            "    pub fn {name}(&self, {params}) -> {ret} {{\n        self.blocking.{name}({args}){wrap}\n    }}\n",
            name = flow.name,
        );
    }
}

/// `ffi-uniffi/src/flows_async.rs`: the `suspend` / `async` twin of every
/// flow, each running the blocking flow on the owner's worker pool; the
/// flows without network I/O stay plain methods.
pub fn uniffi_async(table: &Table) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! The async twins of the flows in codegen/flows.toml: Kotlin `suspend`\n\
         //! and Swift `async` methods that run the blocking flow on the owner's\n\
         //! worker pool. Flows without network I/O stay plain methods.\n\n\
         #![allow(clippy::too_many_arguments)]\n\n\
         use std::collections::HashMap;\nuse std::sync::Arc;\n\n\
         use frontegg_identity::models::*;\nuse frontegg_identity::*;\n\n\
         use crate::asynchronous::*;\n\
         use crate::session::HostedLogin;\n\
         use crate::verify::TokenVerifier;\n\
         use crate::FronteggClient;\n\n",
    );
    let _ = writeln!(
        out,
        "#[uniffi::export]\nimpl FronteggClient {{\n\
         \x20   /// This client with `suspend` / `async` methods, sharing its connections\n\
         \x20   /// and vendor token; its calls run on a pool of at most `max_workers`\n\
         \x20   /// threads.\n\
         \x20   #[uniffi::method(default(max_workers = {}))]\n\
         \x20   pub fn to_async(self: Arc<Self>, max_workers: u32) -> Result<Arc<AsyncFronteggClient>, FronteggError> {{\n\
         \x20       let pool = WorkerPool::new(max_workers)?;\n\
         \x20       Ok(self.into_async(&pool))\n    }}\n}}\n",
        table.uniffi.async_max_workers
    );
    for class in crate::flows::CLASSES {
        let _ = writeln!(out, "#[uniffi::export]\nimpl Async{} {{", ffi_class(class));
        for flow in table.flows_on(class) {
            async_method(&mut out, table, flow);
        }
        out.push_str("}\n\n");
    }
    out
}

pub(crate) fn kotlin_type(table: &Table, param: &Param) -> String {
    let (kind, name) = param.kind();
    let _ = table;
    match kind {
        "str" => "String".into(),
        "opt_str" => "String?".into(),
        "secret" => "SecretString".into(),
        "opt_secret" => "SecretString?".into(),
        "bool" => "Boolean".into(),
        "storage" => "TokenStorage?".into(),
        "store" => "TokenStorage".into(),
        "passwordless" => "PasswordlessMethod".into(),
        "headers" => "Map<String, String>".into(),
        "opt_record" => format!("{name}?"),
        _ => name.into(),
    }
}

pub(crate) fn ffi_return(flow: &Flow, kotlin: bool) -> String {
    let (kind, name) = flow.returns.split_once(':').unwrap_or((&flow.returns, ""));
    let nullable = |t: &str| format!("{t}?");
    match kind {
        "unit" if kotlin => "Unit".into(),
        "unit" => "Void".into(),
        "secret" => "SecretString".into(),
        "outcome" => "SignInOutcome".into(),
        "sign_up_outcome" => "SignUpOutcome".into(),
        "session" => "Session".into(),
        "opt_session" => nullable("Session"),
        _ => name.into(),
    }
}

pub(crate) fn swift_type(table: &Table, param: &Param) -> String {
    match kotlin_type(table, param).as_str() {
        "Boolean" => "Bool".into(),
        "Map<String, String>" => "[String: String]".into(),
        other => other.to_owned(),
    }
}

/// A flow's parameters as Kotlin or Swift declares them: `name: Type`, with
/// ` = <none>` on the optional ones and the declared value on flags.
fn declared_params(
    table: &Table,
    flow: &Flow,
    none: &str,
    ty: fn(&Table, &Param) -> String,
) -> Vec<String> {
    flow.params
        .iter()
        .map(|p| {
            let default = match p.kind().0 {
                "bool" => format!(" = {}", p.default.unwrap_or(false)),
                _ if p.optional() => format!(" = {none}"),
                _ => String::new(),
            };
            format!("{}: {}{default}", camel(&p.name), ty(table, p))
        })
        .collect()
}

/// `ffi-uniffi/kotlin/com/frontegg/identity/Deprecated.kt`: the old names as
/// deprecated extension functions and type aliases.
pub fn kotlin_aliases(table: &Table) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "// Old names of renamed methods, kept one release (CHANGELOG.md).\n\n\
         package com.frontegg.identity\n\nimport com.frontegg.identity.core.*\n\n",
    );
    for flow in table.flows.iter().filter(|f| !f.aliases.is_empty()) {
        let params = declared_params(table, flow, "null", kotlin_type);
        let args: Vec<String> = flow.params.iter().map(|p| camel(&p.name)).collect();
        for alias in &flow.aliases {
            let _ = writeln!(
                out,
                "@Deprecated(\"renamed to {new}\", ReplaceWith(\"{new}({args})\"))\nfun {class}.{old}({params}): {ret} =\n    {new}({args})\n",
                new = camel(&flow.name),
                old = camel(alias),
                class = ffi_class(&flow.on),
                args = args.join(", "),
                params = params.join(", "),
                ret = ffi_return(flow, true),
            );
        }
    }
    out
}

/// `ffi-uniffi/swift/Deprecated.swift` (in module `FronteggIdentity` with the
/// rest of the Swift): the old
/// names as deprecated methods and type aliases.
pub fn swift_aliases(table: &Table) -> String {
    let mut out = String::from(HEADER);
    // One Swift module: the generated Swift of both uniffi namespaces,
    // `Secret` and these aliases build into `FronteggIdentity` (Package.swift).
    out.push_str("// Old names of renamed methods, kept one release (CHANGELOG.md).\n\n");
    for flow in table.flows.iter().filter(|f| !f.aliases.is_empty()) {
        let params = declared_params(table, flow, "nil", swift_type);
        let labels: String = flow
            .params
            .iter()
            .map(|p| format!("{}:", camel(&p.name)))
            .collect();
        let args: Vec<String> = flow
            .params
            .iter()
            .map(|p| format!("{0}: {0}", camel(&p.name)))
            .collect();
        for alias in &flow.aliases {
            let ret = match ffi_return(flow, false).as_str() {
                "Void" => String::new(),
                other => format!(" -> {other}"),
            };
            let _ = writeln!(
                out,
                "extension {class} {{\n    @available(*, deprecated, renamed: \"{new}({labels})\")\n    public func {old}({params}) throws{ret} {{\n        try {new}({args})\n    }}\n}}\n",
                class = ffi_class(&flow.on),
                new = camel(&flow.name),
                old = camel(alias),
                params = params.join(", "),
                args = args.join(", "),
            );
        }
    }
    out
}

/// `ffi-uniffi/kotlin/com/frontegg/identity/core/DeprecatedTypes.kt` and
/// `ffi-uniffi/swift/DeprecatedTypes.swift`: old type names, in the core
/// package/module where the types live.
pub fn renamed_type_aliases(table: &Table, kotlin: bool) -> String {
    let mut out = String::from(HEADER);
    if kotlin {
        out.push_str("// Old names of renamed types, kept one release (CHANGELOG.md).\n\npackage com.frontegg.identity.core\n\n");
    } else {
        out.push_str("// Old names of renamed types, kept one release (CHANGELOG.md).\n\n");
    }
    for renamed in &table.renamed_types {
        let (old, new) = (&renamed.old, &renamed.new);
        if kotlin {
            let _ = writeln!(
                out,
                "@Deprecated(\"renamed to {new}\", ReplaceWith(\"{new}\"))\ntypealias {old} = {new}\n"
            );
        } else {
            let _ = writeln!(
                out,
                "@available(*, deprecated, renamed: \"{new}\")\npublic typealias {old} = {new}\n"
            );
        }
    }
    out
}

/// `ffi-uniffi/tests/kotlin/FlowSignatures.kt`: each flow called with its
/// required arguments only and with every argument by name, and each old
/// name the same way. Never run: compiling it is the check.
pub fn kotlin_signature_test(table: &Table) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "// Compiling this file checks every flow's Kotlin parameters against\n\
         // codegen/flows.toml: names, order, and which may be left out.\n\n\
         import com.frontegg.identity.*\nimport com.frontegg.identity.core.*\n\n\
         @Suppress(\"UNCHECKED_CAST\")\nprivate fun <T> p(): T = throw IllegalStateException(\"a signature check is compiled, never run\")\n\n\
         @Suppress(\"DEPRECATION\")\nval flowSignatureChecks: List<Pair<String, () -> Unit>> = listOf(\n",
    );
    let mut count = 0;
    for flow in &table.flows {
        for name in std::iter::once(&flow.name).chain(&flow.aliases) {
            let required: Vec<String> = flow
                .params
                .iter()
                .filter(|p| !p.optional())
                .map(|p| format!("{} = p()", camel(&p.name)))
                .collect();
            let all: Vec<String> = flow
                .params
                .iter()
                .map(|p| format!("{} = p()", camel(&p.name)))
                .collect();
            for (label, args) in [("required", required), ("all", all)] {
                let target = if flow.is_constructor() {
                    format!("{}({})", ffi_class(&flow.on), args.join(", "))
                } else if flow.python_getter && flow.params.is_empty() && name == &flow.name {
                    format!("p<{}>().{}()", ffi_class(&flow.on), camel(name))
                } else {
                    format!(
                        "p<{}>().{}({})",
                        ffi_class(&flow.on),
                        camel(name),
                        args.join(", ")
                    )
                };
                let _ = writeln!(
                    out,
                    "    \"{}.{} ({label})\" to {{ {target} }},",
                    ffi_class(&flow.on),
                    camel(name)
                );
                count += 1;
            }
        }
    }
    let _ = writeln!(out, ")\n\nconst val FLOW_SIGNATURE_CHECKS = {count}");
    out
}
