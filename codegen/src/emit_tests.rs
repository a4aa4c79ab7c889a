//! Emits the generated tests: the contract calls (Rust, Python, Kotlin),
//! the path-order and required-keys tests.

use std::fmt::Write;

use serde_json::Value;

use crate::emit_core::{HEADER, full_path, param_required};
use crate::names::camel;
use crate::spec::{Api, ModelKind, Operation, SERVICES, Ty};

/// The language a contract-test literal is written in.
#[derive(Clone, Copy)]
enum Syntax {
    Rust,
    Python,
}

/// A parameter's sample value as a literal of `syntax`.
fn param_literal(syntax: Syntax, ty: &Ty, sample: &Value) -> String {
    match (ty, syntax) {
        (Ty::I64, _) => format!("{}", sample.as_f64().unwrap_or(1.0) as i64),
        (Ty::Bool, Syntax::Rust) => "true".into(),
        (Ty::Bool, Syntax::Python) => "True".into(),
        (Ty::Vec(inner), _) => {
            let item = sample
                .as_array()
                .and_then(|a| a.first())
                .cloned()
                .unwrap_or(Value::Null);
            let item = param_literal(syntax, inner, &item);
            match syntax {
                Syntax::Rust => format!("vec![{item}]"),
                Syntax::Python => format!("[{item}]"),
            }
        }
        (_, Syntax::Rust) => format!("{:?}.into()", sample.as_str().unwrap_or("sample")),
        (_, Syntax::Python) => format!("{:?}", sample.as_str().unwrap_or("sample")),
    }
}

/// `core/tests/contract.rs`: every operation against Prism.
pub fn contract_test(api: &Api) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! Calls every operation with minimal valid arguments against Prism mock\n\
         //! servers of Frontegg's own OpenAPI files (started by scripts/test.sh).\n\n\
         #![allow(clippy::redundant_closure, unused_imports)]\n\n\
         mod contract_support;\n\n\
         use contract_support::{Call, body, run, value};\n\
         use frontegg_identity::models::*;\n\
         use frontegg_identity::{JsonValue, SecretString};\n\n\
         #[test]\nfn every_operation_is_accepted_and_decoded() {\n    run(operations());\n}\n\n\
         fn operations() -> Vec<Call> {\n    vec![\n",
    );
    for op in &api.operations {
        let expects_body = op.response != Ty::Json;
        if let Some(flow) = op.flow {
            let _ = writeln!(
                out,
                "        Call::new({:?}, \"{} {}\", {expects_body}, |c| c.{flow}.map(value)),",
                SERVICES[op.service].prefix, op.group, op.name,
            );
            continue;
        }
        let ids: Vec<String> = op.path_params.iter().map(|p| p.sample.clone()).collect();
        let args = rust_call_args(op, &ids);
        let _ = writeln!(
            out,
            "        Call::new({:?}, \"{} {}\", {expects_body}, |c| c.{}().{}({}).map(value)),",
            SERVICES[op.service].prefix,
            op.group,
            op.name,
            op.group,
            op.name,
            args.join(", ")
        );
    }
    out.push_str("    ]\n}\n");
    out
}

/// The Rust arguments of a call with minimal valid values: `ids` for the
/// path ids, then the sample body and params.
fn rust_call_args(op: &Operation, ids: &[String]) -> Vec<String> {
    let mut args: Vec<String> = ids.iter().map(|id| format!("{id:?}")).collect();
    if let (Some(_), Some(sample)) = (&op.body, &op.body_sample) {
        args.push(format!("&body(r#\"{}\"#)", sample));
    }
    if let Some(params) = &op.params_type {
        // Every field spelled out: params with required query values
        // have no `Default`.
        let joined: Vec<String> = op
            .params
            .iter()
            .map(|p| {
                let value = param_literal(Syntax::Rust, &p.ty, &p.sample);
                match (param_required(p), p.required) {
                    (true, _) => format!("{}: {value}", p.name),
                    (false, true) => format!("{}: Some({value})", p.name),
                    (false, false) => format!("{}: None", p.name),
                }
            })
            .collect();
        args.push(format!("&{params} {{ {} }}", joined.join(", ")));
    }
    args
}

/// `core/tests/path_order.rs`: every operation with two or more path ids,
/// called with each id set to its own name, must reach the path with each
/// id in its place, so swapped arguments cannot go unnoticed.
pub fn path_order_test(api: &Api) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! Path ids are positional arguments in path order: every operation with\n\
         //! two or more of them is called with each id spelled as its own name and\n\
         //! must reach the URL with every id in its place.\n\n\
         #![allow(clippy::redundant_closure, unused_imports)]\n\n\
         #[allow(dead_code)]\n\
         mod contract_support;\n\n\
         use contract_support::body;\n\
         use frontegg_identity::models::*;\n\
         use frontegg_identity::{Client, ClientConfig, JsonValue, SecretString};\n\n\
         #[test]\nfn path_ids_are_taken_in_path_order() {\n\
         \x20   let mut server = mockito::Server::new();\n\
         \x20   let client = Client::new(ClientConfig::builder().base_url(server.url()).access_token(\"t\").build())\n\
         \x20       .unwrap_or_else(|e| panic!(\"{e}\"));\n\
         \x20   let mut checked = 0;\n",
    );
    for op in api
        .operations
        .iter()
        .filter(|o| o.path_params.len() >= 2 && o.flow.is_none())
    {
        let ids: Vec<String> = op
            .path_params
            .iter()
            .map(|p| format!("id-{}", p.name))
            .collect();
        let mut path = full_path(op);
        for (p, id) in op.path_params.iter().zip(&ids) {
            path = path.replace(&format!("{{{}}}", p.wire), id);
        }
        let _ = writeln!(
            out,
            "    let mock = server.mock({:?}, {path:?}).with_status(204).expect(1).create();\n\
             \x20   let _ = client.{}().{}({});\n\
             \x20   mock.assert();\n\
             \x20   checked += 1;",
            op.method,
            op.group,
            op.name,
            rust_call_args(op, &ids).join(", ")
        );
    }
    out.push_str(
        "    println!(\"path order: {checked} operations with two or more path ids\");\n}\n",
    );
    out
}

/// `core/tests/required_keys.rs`: for every request body model, the
/// minimal sample decodes, and dropping any one of its required keys is an
/// `InvalidInput` naming that key (what a Python dict gets).
pub fn required_keys_test(api: &Api) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! Every required key of every request body is enforced: the minimal\n\
         //! sample decodes, and the sample without any one required key is refused\n\
         //! with an error naming that key.\n\n\
         use frontegg_identity::models::*;\n\
         use frontegg_identity::{ErrorKind, body_from_json};\n\n\
         fn check<T: serde::de::DeserializeOwned>(operation: &str, sample: &str, required: &[&str], counted: &mut usize) {\n\
         \x20   let sample: serde_json::Value = serde_json::from_str(sample).unwrap_or_default();\n\
         \x20   if let Err(error) = body_from_json::<T>(operation, sample.clone()) {\n\
         \x20       panic!(\"{operation}: the minimal sample is refused: {error}\");\n\
         \x20   }\n\
         \x20   for key in required {\n\
         \x20       let mut without = sample.clone();\n\
         \x20       if let Some(object) = without.as_object_mut() {\n\
         \x20           object.remove(*key);\n\
         \x20       }\n\
         \x20       match body_from_json::<T>(operation, without) {\n\
         \x20           Err(error) if error.kind() == ErrorKind::InvalidInput && error.to_string().contains(&format!(\"{key:?}\")) => *counted += 1,\n\
         \x20           Err(error) => panic!(\"{operation}: dropping {key:?} gave {error}\"),\n\
         \x20           Ok(_) => panic!(\"{operation}: dropping {key:?} was accepted\"),\n\
         \x20       }\n\
         \x20   }\n\
         }\n\n\
         #[test]\nfn every_required_key_of_every_body_is_enforced() {\n\
         \x20   let mut counted = 0;\n",
    );
    let mut seen = std::collections::BTreeSet::new();
    for op in &api.operations {
        let (Some(Ty::Named(body)), Some(sample)) = (&op.body, &op.body_sample) else {
            continue;
        };
        if !matches!(
            api.models.get(body).map(|m| &m.kind),
            Some(ModelKind::Struct(_))
        ) || !seen.insert(body.clone())
        {
            continue;
        }
        let required: Vec<String> = match api.models.get(body).map(|m| &m.kind) {
            Some(ModelKind::Struct(fields)) => fields
                .iter()
                .filter(|f| f.required)
                .map(|f| format!("{:?}", f.wire))
                .collect(),
            _ => Vec::new(),
        };
        let _ = writeln!(
            out,
            "    check::<{body}>({:?}, r#\"{sample}\"#, &[{}], &mut counted);",
            format!("{}.{}", op.group, op.name),
            required.join(", ")
        );
    }
    let _ = writeln!(
        out,
        "    println!(\"required keys: {{counted}} dropped one at a time across {} request models, each refused\");\n}}",
        seen.len()
    );
    out
}

/// `py/tests/contract_cases.py`: one operation per tag for the Python
/// contract test.
pub fn python_contract_cases(api: &Api) -> String {
    let mut out = String::from(
        "# @generated by codegen from Frontegg's OpenAPI files. Do not edit.\n\
         \"\"\"One operation per Frontegg tag, with minimal valid arguments.\"\"\"\n\n\
         true, false, null = True, False, None\n\nCASES = [\n",
    );
    for (_, _, group) in &api.groups {
        let Some(op) = api
            .operations
            .iter()
            .find(|o| &o.group == group && o.flow.is_none())
        else {
            continue;
        };
        let args: Vec<String> = op
            .path_params
            .iter()
            .map(|p| format!("{:?}", p.sample))
            .collect();
        let mut kwargs = Vec::new();
        if let Some(sample) = &op.body_sample {
            kwargs.push(format!("\"body\": {sample}"));
        }
        for p in op.params.iter().filter(|p| p.required) {
            kwargs.push(format!(
                "{:?}: {}",
                p.name,
                param_literal(Syntax::Python, &p.ty, &p.sample)
            ));
        }
        let _ = writeln!(
            out,
            "    ({:?}, {:?}, [{}], {{{}}}),",
            op.group,
            op.name,
            args.join(", "),
            kwargs.join(", ")
        );
    }
    out.push_str("]\n");
    out
}

/// `ffi-uniffi/tests/kotlin/ContractCases.kt`: one operation per service
/// (one without a body where the service has one) for the Kotlin contract test.
pub fn kotlin_contract_cases(api: &Api) -> String {
    let mut out = String::from(
        "// @generated by codegen from Frontegg's OpenAPI files. Do not edit.\n\
         // One operation per service, called through the Kotlin bindings.\n\n\
         import com.frontegg.identity.FronteggClient\n\
         import com.frontegg.identity.core.*\n\n\
         val contractCases: List<Pair<String, (FronteggClient) -> Unit>> = listOf(\n",
    );
    for (index, service) in SERVICES.iter().enumerate() {
        let simple = api.operations.iter().find(|o| {
            o.service == index
                && o.flow.is_none()
                && o.body.is_none()
                && o.params.iter().all(|p| !p.required)
        });
        let fallback = api
            .operations
            .iter()
            .find(|o| o.service == index && o.flow.is_none());
        let Some(op) = simple.or(fallback) else {
            continue;
        };
        let mut args: Vec<String> = op
            .path_params
            .iter()
            .map(|p| format!("{:?}", p.sample))
            .collect();
        if let (Some(Ty::Named(body)), Some(Value::Object(sample))) = (&op.body, &op.body_sample) {
            let fields: Vec<String> = sample
                .iter()
                .map(|(wire, value)| {
                    let name = match api.models.get(body).map(|m| &m.kind) {
                        Some(ModelKind::Struct(fields)) => fields
                            .iter()
                            .find(|f| &f.wire == wire)
                            .map(|f| camel(&f.name))
                            .unwrap_or_else(|| camel(wire)),
                        _ => camel(wire),
                    };
                    let secret = match api.models.get(body).map(|m| &m.kind) {
                        Some(ModelKind::Struct(fields)) => {
                            fields.iter().any(|f| &f.wire == wire && f.ty == Ty::Secret)
                        }
                        _ => false,
                    };
                    if secret {
                        format!("{name} = Secret({value})")
                    } else {
                        format!("{name} = {value}")
                    }
                })
                .collect();
            args.push(format!("{body}({})", fields.join(", ")));
        }
        let _ = writeln!(
            out,
            "    {:?} to {{ client -> client.{}().{}({}) }},",
            format!("{} {}.{}", service.prefix, op.group, op.name),
            camel(&op.group),
            camel(&op.name),
            args.join(", ")
        );
    }
    out.push_str(")\n");
    out
}
