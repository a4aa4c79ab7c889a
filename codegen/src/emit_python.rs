//! Emits the Python surface of the operations: the pyo3 group classes, the
//! stubs (sync and their async twins) and docs/python.

use std::fmt::Write;

use crate::emit_bindings::{core_group_path, group_type, summary};
use crate::emit_core::{HEADER, full_path, param_required, rust_type};
use crate::spec::{Api, ModelKind, Operation, Ty};

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
pub fn python_stub(api: &Api, base: &str, no_io: &[String], max_workers: u32) -> String {
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
    out.push_str(&async_stubs(api, base, &groups, no_io, max_workers));
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
fn async_stubs(api: &Api, base: &str, groups: &str, no_io: &[String], max_workers: u32) -> String {
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
            &format!("        *,\n        max_workers: int = {max_workers},\n        region:"),
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
