//! Emits the uniffi objects (blocking and async) and docs/OPERATIONS.md; `emit_python` writes
//! the Python surface, `emit_tests` the generated tests. The helpers here
//! name groups and summarise operations for all three.

use std::fmt::Write;

use crate::emit_core::{HEADER, docs_url, full_path, module_name, params_optional, rust_type};
use crate::names::{camel, pascal};
use crate::spec::{Api, Operation, SERVICES, Ty};

pub(crate) fn group_type(op_group: &str) -> String {
    format!("{}Api", pascal(op_group))
}

pub(crate) fn core_group_path(api: &Api, group: &str) -> String {
    let service = api
        .groups
        .iter()
        .find(|(_, _, g)| g == group)
        .map(|(s, _, _)| *s)
        .unwrap_or(0);
    format!(
        "frontegg_identity::api::{}::{}",
        module_name(service),
        pascal(group)
    )
}

/// An operation's uniffi parameters (after `&self`) and the arguments
/// that pass them on to core.
fn method_args(op: &Operation) -> (Vec<String>, Vec<String>) {
    let mut args = vec!["&self".to_owned()];
    let mut call = Vec::new();
    for p in &op.path_params {
        args.push(format!("{}: String", p.name));
        call.push(format!("&{}", p.name));
    }
    if let Some(body) = &op.body {
        args.push(format!("body: {}", rust_type(body)));
        call.push("&body".into());
    }
    if let Some(params) = &op.params_type {
        args.push(format!("params: {params}"));
        call.push("&params".into());
    }
    (args, call)
}

/// `ffi-uniffi/src/generated.rs`.
pub fn uniffi(api: &Api) -> String {
    tag_objects(api, false)
}

/// `ffi-uniffi/src/generated_async.rs`: the `suspend` / `async` twin of
/// every tag object, each method running the blocking core call on the
/// client's worker pool.
pub fn uniffi_async(api: &Api) -> String {
    tag_objects(api, true)
}

/// One uniffi object per tag with a method per operation and a pager per
/// paginated one: blocking, or (`asynchronous`) the `Async*` twins whose
/// methods run on the client's pool. One walk, so the two cannot drift.
fn tag_objects(api: &Api, asynchronous: bool) -> String {
    let mut out = String::from(HEADER);
    if asynchronous {
        out.push_str(
            "//! The async twin of every tag object: Kotlin `suspend` and Swift `async`\n\
             //! methods that run the blocking core call on the client's worker pool.\n\n\
             use std::sync::Arc;\n\n\
             #[allow(unused_imports)]\n\
             use frontegg_identity::models::*;\n\
             #[allow(unused_imports)]\n\
             use frontegg_identity::{FronteggError, JsonValue, SecretString, WorkerPool};\n\n\
             use crate::asynchronous::AsyncFronteggClient;\n\n\
             #[uniffi::export]\nimpl AsyncFronteggClient {\n",
        );
    } else {
        out.push_str(
            "//! One uniffi object per Frontegg tag, each method delegating to core.\n\n\
             use std::sync::Arc;\n\n\
             #[allow(unused_imports)]\n\
             use frontegg_identity::models::*;\n\
             #[allow(unused_imports)]\n\
             use frontegg_identity::{FronteggError, JsonValue, SecretString};\n\n\
             use crate::FronteggClient;\n\n\
             #[uniffi::export]\nimpl FronteggClient {\n",
        );
    }
    let (prefix, kind) = if asynchronous {
        ("Async", ", as `suspend` / `async` methods")
    } else {
        ("", "")
    };
    for (_, tag, group) in &api.groups {
        let ty = format!("{prefix}{}", group_type(group));
        let fields = if asynchronous {
            format!("inner: self.blocking.inner.{group}(), pool: self.pool.clone()")
        } else {
            format!("inner: self.inner.{group}()")
        };
        let _ = writeln!(
            out,
            "    /// Frontegg's \"{tag}\" operations{kind}.\n    pub fn {group}(&self) -> Arc<{ty}> {{\n        Arc::new({ty} {{ {fields} }})\n    }}\n"
        );
    }
    out.push_str("}\n");
    let pool_field = if asynchronous {
        "    pool: WorkerPool,\n"
    } else {
        ""
    };
    let mut pagers = Vec::new();
    for (_, tag, group) in &api.groups {
        let ty = format!("{prefix}{}", group_type(group));
        let _ = writeln!(
            out,
            "\n/// Frontegg's \"{tag}\" operations{kind}.\n#[derive(uniffi::Object)]\npub struct {ty} {{\n    inner: {},\n{pool_field}}}\n\n#[uniffi::export]\nimpl {ty} {{",
            core_group_path(api, group)
        );
        for op in api
            .operations
            .iter()
            .filter(|o| &o.group == group && o.flow.is_none())
        {
            let (args, call) = method_args(op);
            let (name, args, call) = (&op.name, args.join(", "), call.join(", "));
            let default = if op.params_type.is_some() && params_optional(op) {
                "    #[uniffi::method(default(params))]\n"
            } else {
                ""
            };
            let (signature, body) = if asynchronous {
                (
                    "pub async fn",
                    format!(
                        "let inner = self.inner.clone();\n        self.pool.run(move || inner.{name}({call})).await"
                    ),
                )
            } else {
                ("pub fn", format!("self.inner.{name}({call})"))
            };
            let _ = writeln!(
                out,
                "    /// {} (`{} {}`)\n{default}    {signature} {name}({args}) -> Result<{}, FronteggError> {{\n        {body}\n    }}\n",
                summary(op),
                op.method,
                full_path(op),
                rust_type(&op.response),
            );
            if let Some(item) = pageable(op) {
                let pager = format!("{prefix}{}{}Pages", pascal(&op.group), pascal(name));
                let body = if asynchronous {
                    format!(
                        "let pages = self.inner.{name}_pages({call});\n        Arc::new({pager} {{ pages: Arc::new(std::sync::Mutex::new(pages)), pool: self.pool.clone() }})"
                    )
                } else {
                    format!(
                        "Arc::new({pager} {{ pages: std::sync::Mutex::new(self.inner.{name}_pages({call})) }})"
                    )
                };
                let _ = writeln!(
                    out,
                    "    /// Every item of `{name}`, pages fetched as `next()` needs them.\n{default}    pub fn {name}_pages({args}) -> Arc<{pager}> {{\n        {body}\n    }}\n"
                );
                pagers.push((pager, rust_type(item)));
            }
        }
        out.push_str("}\n");
    }
    for (pager, item) in pagers {
        let (pages, next) = if asynchronous {
            (
                format!("Arc<std::sync::Mutex<frontegg_identity::Pages<{item}>>>,\n{pool_field}"),
                format!(
                    "pub async fn next(&self) -> Result<Option<{item}>, FronteggError> {{\n        let pages = Arc::clone(&self.pages);\n        self.pool.run(move || crate::next_item(&pages)).await"
                ),
            )
        } else {
            (
                format!("std::sync::Mutex<frontegg_identity::Pages<{item}>>,\n"),
                format!(
                    "pub fn next(&self) -> Result<Option<{item}>, FronteggError> {{\n        crate::next_item(&self.pages)"
                ),
            )
        };
        let _ = writeln!(
            out,
            "\n/// Walks every item of a paginated list, one page request at a time.\n\
             #[derive(uniffi::Object)]\npub struct {pager} {{\n    pages: {pages}}}\n\n\
             #[uniffi::export]\nimpl {pager} {{\n\
             \x20   /// The next item, `null` after the last; a failed page is an error once.\n\
             \x20   {next}\n    }}\n}}"
        );
    }
    out
}

/// The item type of an operation that pages by `_offset`.
pub(crate) fn pageable(op: &Operation) -> Option<&Ty> {
    op.page_item
        .as_ref()
        .filter(|_| op.params.iter().any(|p| p.name == "offset"))
}

pub(crate) fn summary(op: &Operation) -> String {
    if op.summary.is_empty() {
        op.name.replace('_', " ")
    } else {
        op.summary.clone()
    }
}

/// `docs/OPERATIONS.md`.
pub fn operations_doc(api: &Api) -> String {
    let mut out = String::from(
        "<!-- @generated by codegen from Frontegg's OpenAPI files. Do not edit. -->\n# Operations\n\n",
    );
    let _ = writeln!(
        out,
        "{} operations from Frontegg's OpenAPI files, grouped by service, Frontegg's tag group and tag.\n\
         Each is a method on the tag's group: Rust `client.group().op(…)`, Python `client.group.op(…)`,\n\
         Kotlin and Swift `client.group().op(…)`. Query and header parameters travel in one params\n\
         argument (keyword arguments in Python).\n",
        api.operations.len()
    );
    for (index, service) in SERVICES.iter().enumerate() {
        let ops: Vec<&Operation> = api
            .operations
            .iter()
            .filter(|o| o.service == index)
            .collect();
        if ops.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "## {} (`{}`, {} operations)\n",
            service.file,
            service.prefix,
            ops.len()
        );
        out.push_str("| group | method and path | credential | Rust | Python | Kotlin | Swift |\n|---|---|---|---|---|---|---|\n");
        for op in ops {
            // Flows are methods of the client itself.
            let [rust, python, kotlin, swift] = match op.flow {
                Some(flow) => {
                    let name = flow.split('(').next().unwrap_or(flow);
                    [
                        format!("`client.{name}` (flow)"),
                        format!("`client.{name}`"),
                        format!("`client.{}`", camel(name)),
                        format!("`client.{}`", camel(name)),
                    ]
                }
                None => [
                    format!("`{}().{}`", op.group, op.name),
                    format!("`{}.{}`", op.group, op.name),
                    format!("`{}().{}`", camel(&op.group), camel(&op.name)),
                    format!("`{}().{}`", camel(&op.group), camel(&op.name)),
                ],
            };
            let _ = writeln!(
                out,
                "| {} / {} | [`{} {}`]({}) | {} | {rust} | {python} | {kotlin} | {swift} |",
                op.tag_group,
                op.tag,
                op.method,
                full_path(op),
                docs_url(op),
                op.credential.describe(),
            );
        }
        out.push('\n');
    }
    out
}
