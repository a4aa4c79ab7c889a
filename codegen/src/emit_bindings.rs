//! Emits the binding surface: uniffi objects, pyo3 classes, Python stubs,
//! docs/OPERATIONS.md and the contract test.

use std::fmt::Write;

use serde_json::Value;

use crate::emit_core::{
    HEADER, docs_url, full_path, module_name, param_required, params_optional, rust_type,
};
use crate::names::{camel, pascal};
use crate::spec::{Api, ModelKind, Operation, SERVICES, Ty};

fn group_type(op_group: &str) -> String {
    format!("{}Api", pascal(op_group))
}

fn core_group_path(api: &Api, group: &str) -> String {
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

/// `ffi-uniffi/src/generated.rs`.
pub fn uniffi(api: &Api) -> String {
    let mut out = String::from(HEADER);
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
    for (_, tag, group) in &api.groups {
        let _ = writeln!(
            out,
            "    /// Frontegg's \"{tag}\" operations.\n    pub fn {group}(&self) -> Arc<{}> {{\n        Arc::new({} {{ inner: self.inner.{group}() }})\n    }}\n",
            group_type(group),
            group_type(group)
        );
    }
    out.push_str("}\n");
    let mut pagers = Vec::new();
    for (_, tag, group) in &api.groups {
        let ty = group_type(group);
        let _ = writeln!(
            out,
            "\n/// Frontegg's \"{tag}\" operations.\n#[derive(uniffi::Object)]\npub struct {ty} {{\n    inner: {},\n}}\n\n#[uniffi::export]\nimpl {ty} {{",
            core_group_path(api, group)
        );
        for op in api
            .operations
            .iter()
            .filter(|o| &o.group == group && o.flow.is_none())
        {
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
            let _ = writeln!(
                out,
                "    /// {} (`{} {}`)",
                summary(op),
                op.method,
                full_path(op)
            );
            if op.params_type.is_some() && params_optional(op) {
                out.push_str("    #[uniffi::method(default(params))]\n");
            }
            let _ = writeln!(
                out,
                "    pub fn {}({}) -> Result<{}, FronteggError> {{\n        self.inner.{}({})\n    }}\n",
                op.name,
                args.join(", "),
                rust_type(&op.response),
                op.name,
                call.join(", ")
            );
            if let Some(item) = pageable(op) {
                let pager = format!("{}{}Pages", pascal(&op.group), pascal(&op.name));
                let default = if params_optional(op) {
                    "    #[uniffi::method(default(params))]\n"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "    /// Every item of `{}`, pages fetched as `next()` needs them.\n{default}    pub fn {}_pages({}) -> Arc<{pager}> {{\n        Arc::new({pager} {{ pages: std::sync::Mutex::new(self.inner.{}_pages({})) }})\n    }}\n",
                    op.name,
                    op.name,
                    args.join(", "),
                    op.name,
                    call.join(", ")
                );
                pagers.push((pager, rust_type(item)));
            }
        }
        out.push_str("}\n");
    }
    for (pager, item) in pagers {
        let _ = writeln!(
            out,
            "\n/// Walks every item of a paginated list, one page request at a time.\n\
             #[derive(uniffi::Object)]\npub struct {pager} {{\n    pages: std::sync::Mutex<frontegg_identity::Pages<{item}>>,\n}}\n\n\
             #[uniffi::export]\nimpl {pager} {{\n\
             \x20   /// The next item, `null` after the last; a failed page is an error once.\n\
             \x20   pub fn next(&self) -> Result<Option<{item}>, FronteggError> {{\n\
             \x20       let mut pages = self.pages.lock().unwrap_or_else(|poisoned| poisoned.into_inner());\n\
             \x20       pages.next().transpose()\n    }}\n}}"
        );
    }
    out
}

/// The item type of an operation that pages by `_offset`.
fn pageable(op: &Operation) -> Option<&Ty> {
    op.page_item
        .as_ref()
        .filter(|_| op.params.iter().any(|p| p.name == "offset"))
}

fn summary(op: &Operation) -> String {
    if op.summary.is_empty() {
        op.name.replace('_', " ")
    } else {
        op.summary.clone()
    }
}

/// `py/src/generated.rs`.
pub fn python(api: &Api) -> String {
    let mut out = String::from(HEADER);
    out.push_str(
        "//! One Python class per Frontegg tag; methods release the GIL.\n\n\
         #![allow(clippy::too_many_arguments, clippy::redundant_clone)]\n\n\
         #[allow(unused_imports)]\n\
         use frontegg_identity::models::*;\n\
         #[allow(unused_imports)]\n\
         use frontegg_identity::{JsonValue, SecretString};\n\
         use pyo3::prelude::*;\n\n\
         use crate::errors::to_py_err;\n\
         #[allow(unused_imports)]\n\
         use crate::{Client, PageIterator, body_from_python, model_or_dict};\n\n\
         #[pymethods]\nimpl Client {\n",
    );
    for (_, tag, group) in &api.groups {
        let _ = writeln!(
            out,
            "    /// Frontegg's \"{tag}\" operations.\n    #[getter]\n    fn {group}(&self) -> {} {{\n        {} {{ inner: self.inner.{group}() }}\n    }}\n",
            group_type(group),
            group_type(group)
        );
    }
    out.push_str("}\n");
    for (_, tag, group) in &api.groups {
        let ty = group_type(group);
        let _ = writeln!(
            out,
            "\n/// Frontegg's \"{tag}\" operations.\n#[pyclass(frozen, module = \"frontegg_identity\")]\npub struct {ty} {{\n    inner: {},\n}}\n\n#[pymethods]\nimpl {ty} {{",
            core_group_path(api, group)
        );
        for op in api
            .operations
            .iter()
            .filter(|o| &o.group == group && o.flow.is_none())
        {
            python_method(&mut out, op, false);
            if op.page_item.is_some() && op.params.iter().any(|p| p.name == "offset") {
                python_method(&mut out, op, true);
            }
        }
        out.push_str("}\n");
    }
    out.push_str(&python_register(api));
    out
}

fn python_method(out: &mut String, op: &Operation, pages: bool) {
    let mut signature = Vec::new();
    let mut args = vec!["&self".to_owned(), "py: Python<'_>".to_owned()];
    let mut call = Vec::new();
    for p in &op.path_params {
        signature.push(p.name.clone());
        args.push(format!("{}: String", p.name));
        call.push(format!("&{}", p.name));
    }
    signature.push("*".into());
    let mut prelude = String::new();
    if op.body.is_some() {
        signature.push("body".into());
        args.push("body: &Bound<'_, PyAny>".into());
        call.push("&body".into());
        let convert = match op.body.as_ref() {
            Some(Ty::Named(_)) => "model_or_dict",
            _ => "body_from_python",
        };
        let _ = writeln!(
            prelude,
            "        let body = {convert}(body, {:?})?;",
            format!("{}.{}", op.group, op.name)
        );
    }
    if let Some(params) = &op.params_type {
        let mut fields = Vec::new();
        // Required parameters first, then the optional ones.
        let mut ordered: Vec<&crate::spec::Param> = op.params.iter().collect();
        ordered.sort_by_key(|p| !param_required(p));
        for p in ordered {
            if param_required(p) {
                signature.push(p.name.clone());
                args.push(format!("{}: {}", p.name, rust_type(&p.ty)));
            } else {
                signature.push(format!("{} = None", p.name));
                args.push(format!("{}: Option<{}>", p.name, rust_type(&p.ty)));
            }
            fields.push(p.name.clone());
        }
        let _ = writeln!(
            prelude,
            "        let params = {params} {{ {} }};",
            fields.join(", ")
        );
        call.push("&params".into());
    }
    let signature = signature.join(", ").trim_end_matches(", *").to_owned();
    let signature = if signature == "*" {
        String::new()
    } else {
        signature
    };
    let _ = writeln!(
        out,
        "    /// {} (`{} {}`)",
        summary(op),
        op.method,
        full_path(op)
    );
    let _ = writeln!(out, "    #[pyo3(signature = ({signature}))]");
    if pages {
        let _ = writeln!(
            out,
            "    fn iter_{}({}) -> PyResult<PageIterator> {{\n        let _ = py;\n{prelude}        Ok(PageIterator::new(self.inner.{}_pages({})))\n    }}\n",
            op.name,
            args.join(", "),
            op.name,
            call.join(", ")
        );
    } else {
        let _ = writeln!(
            out,
            "    fn {}({}) -> PyResult<{}> {{\n{prelude}        py.detach(|| self.inner.{}({})).map_err(to_py_err)\n    }}\n",
            op.name,
            args.join(", "),
            rust_type(&op.response),
            op.name,
            call.join(", ")
        );
    }
}

fn python_type(ty: &Ty, api: &Api) -> String {
    match ty {
        Ty::Str | Ty::Secret => "str".into(),
        Ty::F64 => "float".into(),
        Ty::I64 => "int".into(),
        Ty::Bool => "bool".into(),
        Ty::Json => "JsonValue".into(),
        Ty::Vec(inner) => format!("list[{}]", python_type(inner, api)),
        Ty::Named(name) => match api.models.get(name).map(|m| &m.kind) {
            Some(ModelKind::Enum(_)) => "str".into(),
            _ => name.clone(),
        },
    }
}

/// Adds every generated class to the module, and lists the groups (the
/// async client builds its twins from that list).
fn python_register(api: &Api) -> String {
    let mut out = String::from(
        "\n/// Each operation group: the `Client` property and its class's name.\npub const GROUPS: &[(&str, &str)] = &[\n",
    );
    for (_, _, group) in &api.groups {
        let _ = writeln!(out, "    ({group:?}, {:?}),", group_type(group));
    }
    out.push_str("];\n");
    out.push_str(
        "\n/// Adds the generated classes to the `frontegg_identity` module.\npub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {\n",
    );
    for (_, _, group) in &api.groups {
        let _ = writeln!(out, "    module.add_class::<{}>()?;", group_type(group));
    }
    for model in api.models.values() {
        if matches!(model.kind, ModelKind::Struct(_)) {
            let _ = writeln!(out, "    module.add_class::<{}>()?;", model.name);
        }
    }
    out.push_str("    Ok(())\n}\n");
    out
}

/// The type of a value inside a request-body dict (wire names, TypedDicts).
fn python_dict_type(ty: &Ty, api: &Api) -> String {
    match ty {
        Ty::Vec(inner) => format!("list[{}]", python_dict_type(inner, api)),
        Ty::Named(name) => match api.models.get(name).map(|m| &m.kind) {
            Some(ModelKind::Struct(_)) => format!("{name}Dict"),
            Some(ModelKind::Enum(_)) => "str".into(),
            None => "dict[str, Any]".into(),
        },
        other => python_type(other, api),
    }
}

/// The type of a body argument: the body's TypedDict when it has one.
fn python_body_type(ty: &Ty, api: &Api) -> String {
    match ty {
        Ty::Named(name)
            if matches!(
                api.models.get(name).map(|m| &m.kind),
                Some(ModelKind::Struct(_))
            ) =>
        {
            format!("{name}Dict | {name}")
        }
        Ty::Vec(_) => python_dict_type(ty, api),
        _ => "JsonValue".into(),
    }
}

/// The generated tail of `py/frontegg_identity.pyi`.
pub fn python_stub(api: &Api, base: &str, no_io: &[String]) -> String {
    let mut out = String::from(base);
    out.push_str(
        "\n# ---- generated by codegen from Frontegg's OpenAPI files; do not edit below ----\n",
    );
    out.push_str("\n# Request bodies are dicts with Frontegg's own (camelCase) keys.\n");
    for model in api.models.values() {
        let ModelKind::Struct(fields) = &model.kind else {
            continue;
        };
        let entries: Vec<String> = fields
            .iter()
            .map(|f| {
                let ty = python_dict_type(&f.ty, api);
                if f.required {
                    format!("{:?}: Required[{ty}]", f.wire)
                } else {
                    format!("{:?}: {ty}", f.wire)
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "{0}Dict = TypedDict(\"{0}Dict\", {{{1}}}, total=False)",
            model.name,
            entries.join(", ")
        );
    }
    for model in api.models.values() {
        let ModelKind::Struct(fields) = &model.kind else {
            continue;
        };
        let _ = writeln!(
            out,
            "\n@final\nclass {}:\n    \"\"\"{}\"\"\"\n",
            model.name, model.doc
        );
        let _ = writeln!(
            out,
            "    def to_dict(self) -> {}Dict:\n        \"\"\"Frontegg's keys and values, ready to send back.\"\"\"",
            model.name
        );
        for field in fields {
            let mut ty = python_type(&field.ty, api);
            if !field.required {
                ty = format!("{ty} | None");
            }
            let _ = writeln!(
                out,
                "    @property\n    def {}(self) -> {ty}: ...",
                field.name
            );
        }
    }
    let groups_start = out.len();
    for (_, tag, group) in &api.groups {
        let _ = writeln!(
            out,
            "\n@final\nclass {}:\n    \"\"\"Frontegg's \\\"{tag}\\\" operations.\"\"\"\n",
            group_type(group)
        );
        for op in api
            .operations
            .iter()
            .filter(|o| &o.group == group && o.flow.is_none())
        {
            let mut args = vec!["self".to_owned()];
            for p in &op.path_params {
                args.push(format!("{}: str", p.name));
            }
            args.push("*".into());
            if let Some(body) = &op.body {
                args.push(format!("body: {}", python_body_type(body, api)));
            }
            let mut ordered: Vec<&crate::spec::Param> = op.params.iter().collect();
            ordered.sort_by_key(|p| !param_required(p));
            for p in ordered {
                if param_required(p) {
                    args.push(format!("{}: {}", p.name, python_type(&p.ty, api)));
                } else {
                    args.push(format!(
                        "{}: {} | None = None",
                        p.name,
                        python_type(&p.ty, api)
                    ));
                }
            }
            if args.last().map(String::as_str) == Some("*") {
                args.pop();
            }
            let response = python_type(&op.response, api);
            let _ = writeln!(
                out,
                "    def {}({}) -> {response}:\n        \"\"\"{} (`{} {}`)\"\"\"",
                op.name,
                args.join(", "),
                summary(op).replace('"', "'"),
                op.method,
                full_path(op)
            );
            if let Some(item) = &op.page_item
                && op.params.iter().any(|p| p.name == "offset")
            {
                let _ = writeln!(
                    out,
                    "    def iter_{}({}) -> Iterator[{}]:\n        \"\"\"Every item, fetching pages lazily.\"\"\"",
                    op.name,
                    args.join(", "),
                    python_type(item, api)
                );
            }
        }
    }
    let groups = out[groups_start..].to_owned();
    out.push_str("\n@final\nclass Client(_ClientBase):\n");
    for (_, tag, group) in &api.groups {
        let _ = writeln!(
            out,
            "    @property\n    def {group}(self) -> {}:\n        \"\"\"Frontegg's \\\"{tag}\\\" operations.\"\"\"",
            group_type(group)
        );
    }
    out.push_str(&async_stubs(api, base, &groups, no_io));
    out
}

/// One class of stub text, from its `class` line to the next top-level line.
fn stub_class<'a>(text: &'a str, name: &str) -> &'a str {
    let header = format!("\nclass {name}");
    let Some(start) = text.find(&header).map(|at| at + 1) else {
        return "";
    };
    let rest = &text[start..];
    // The class ends before the first top-level line after its header.
    let end = rest
        .match_indices('\n')
        .map(|(at, _)| at)
        .find(|&at| {
            rest[at + 1..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace() && c != ')')
        })
        .map_or(rest.len(), |at| at + 1);
    &rest[..end]
}

/// The async twin of a sync stub class, by the rule the runtime follows:
/// methods become `async def` (except those in `no_io`, the flow table's
/// methods without network I/O, and properties), `iter_*`
/// return async iterators, and the sync types they return become their
/// async twins.
fn asyncify(class: &str, name: &str, twin: &str, no_io: &[String]) -> String {
    let mut out = String::new();
    let mut property = false;
    for line in class.lines() {
        let mut line = line.to_owned();
        if let Some(rest) = line.strip_prefix(&format!("class {name}")) {
            let rest = rest.trim_start_matches(|c| c != ':');
            line = format!("class {twin}{rest}");
        } else if line.trim() == "@property" {
            property = true;
        } else if line.starts_with("    def __enter__") || line.starts_with("    def __exit__") {
            // The async twin is an async context manager instead.
            continue;
        } else if let Some(rest) = line.strip_prefix("    def ") {
            let method = rest.split('(').next().unwrap_or_default();
            let sync = property
                || method.starts_with("__")
                || method.starts_with("iter_")
                || no_io.iter().any(|n| n == method);
            if !sync {
                line = format!("    async def {rest}");
            }
            property = false;
        }
        if line == "        cls," {
            line = "        self,".to_owned();
        }
        let line = line
            .replace("def __new__(cls,", "def __init__(self,")
            .replace("def __new__(", "def __init__(")
            .replace("-> Self:", "-> None:")
            .replace("-> Iterator[", "-> AsyncIterator[")
            .replace("-> Client:", "-> AsyncClient:")
            .replace("Session | MfaRequired", "AsyncSession | AsyncMfaRequired")
            .replace("-> Session:", "-> AsyncSession:")
            .replace("-> Session | ", "-> AsyncSession | ");
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// `AsyncClient` and its twins, derived from the sync stubs: the
/// hand-written part (`_ClientBase`, `Session`, `MfaRequired`) and every
/// generated group.
fn async_stubs(api: &Api, base: &str, groups: &str, no_io: &[String]) -> String {
    let mut out = String::from("\n# ---- async twins, derived from the sync stubs above ----\n");
    for (name, twin) in [
        ("_ClientBase", "_AsyncClientBase"),
        ("Session", "AsyncSession"),
        ("MfaRequired", "AsyncMfaRequired"),
    ] {
        out.push('\n');
        // The constructor takes the pool size beside the client's options.
        let twin = asyncify(stub_class(base, name), name, twin, no_io).replacen(
            "        *,\n        region:",
            "        *,\n        max_workers: int = 64,\n        region:",
            1,
        );
        out.push_str(&twin);
    }
    for (_, _, group) in &api.groups {
        let class = group_type(group);
        out.push('\n');
        out.push_str(&asyncify(
            stub_class(groups, &class),
            &class,
            &format!("Async{class}"),
            no_io,
        ));
    }
    out.push_str(
        "\nclass AsyncClient(_AsyncClientBase):\n    \"\"\"The Client for asyncio: the same surface with `async def` methods, run on a\n    bounded thread pool (`max_workers`). Use `async with`; `aclose()` waits for\n    the calls in flight. Thread-safe and fork-safe: a forked child starts its\n    own pool threads.\"\"\"\n\n    async def __aenter__(self) -> AsyncClient: ...\n    async def __aexit__(self, *exc_info: object) -> None: ...\n    async def aclose(self) -> None: ...\n",
    );
    for (_, tag, group) in &api.groups {
        let _ = writeln!(
            out,
            "    @property\n    def {group}(self) -> Async{}:\n        \"\"\"Frontegg's \\\"{tag}\\\" operations (async).\"\"\"",
            group_type(group)
        );
    }
    out
}

/// `docs/python/<group>.md`: one page per operation group for Python
/// users, from the same operations as `docs/OPERATIONS.md`: a runnable
/// example (sync and asyncio) and every operation's signature.
pub fn python_group_docs(api: &Api) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    let mut index = String::from(
        "<!-- @generated by codegen from Frontegg's OpenAPI files. Do not edit. -->\n# Python: operations by group\n\n",
    );
    for (_, tag, group) in &api.groups {
        let ops: Vec<&Operation> = api
            .operations
            .iter()
            .filter(|o| &o.group == group && o.flow.is_none())
            .collect();
        // The example reads (GET), so running it changes nothing.
        let reads = |o: &&&Operation| o.method == "GET";
        let Some(first) = ops
            .iter()
            .filter(reads)
            .find(|o| o.path_params.is_empty() && !o.params.iter().any(param_required))
            .or_else(|| ops.iter().find(reads))
            .or(ops.first())
        else {
            continue;
        };
        let _ = writeln!(
            index,
            "- [{tag}]({group}.md): `client.{group}`, {} operations",
            ops.len()
        );
        let mut args: Vec<String> = first
            .path_params
            .iter()
            .map(|p| format!("\"<{}>\"", p.name))
            .collect();
        if first.body.is_some() {
            // An empty body: the typed InvalidInputError names the keys it lacks.
            args.push("body={}".into());
        }
        for p in first.params.iter().filter(|p| param_required(p)) {
            let value = match (&p.ty, python_type(&p.ty, api).as_str()) {
                (Ty::Vec(_), _) => format!("[\"<{}>\"]", p.name),
                (_, "float") => "1.0".to_owned(),
                (_, "int") => "1".to_owned(),
                (_, "bool") => "True".to_owned(),
                _ => format!("\"<{}>\"", p.name),
            };
            args.push(format!("{}={value}", p.name));
        }
        let call = format!("client.{group}.{}({})", first.name, args.join(", "));
        let mut page = format!(
            "<!-- @generated by codegen from Frontegg's OpenAPI files. Do not edit. -->\n# {tag} (`client.{group}`)\n\n\
             Frontegg's \"{tag}\" operations, {} of them. Every method takes path ids positionally and \
             everything else as keywords; request bodies are dicts with Frontegg's keys or model objects.\n\n\
             ```python\nimport os\n\nimport frontegg_identity as fi\n\n\
             client = fi.Client(\n    base_url=os.environ[\"FRONTEGG_BASE_URL\"],\n    client_id=os.environ[\"FRONTEGG_CLIENT_ID\"],\n    secret=os.environ[\"FRONTEGG_SECRET\"],\n)\n\
             try:\n    print({call})\nexcept fi.FronteggError as error:\n    print(type(error).__name__, error.status, error)\n```\n\n\
             With asyncio, the same call on `fi.AsyncClient` is awaited: `await {call}`.\n\n\
             | method | HTTP | credential | summary |\n|---|---|---|---|\n",
            ops.len()
        );
        for op in ops {
            let _ = writeln!(
                page,
                "| `{}` | `{} {}` | {} | {} |",
                op.name,
                op.method,
                full_path(op),
                op.credential.describe(),
                summary(op).replace('|', "\\|")
            );
        }
        pages.push((format!("docs/python/{group}.md"), page));
    }
    pages.push(("docs/python/README.md".to_owned(), index));
    pages
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
