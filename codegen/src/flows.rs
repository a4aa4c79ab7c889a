//! The table of the hand-written surface (`codegen/flows.toml`): option
//! records and flows with their parameters, types, defaults and docs. This
//! module reads and checks it; `emit_flows` formats it for each language.

use serde::Deserialize;

/// Where the table lives, from the workspace root.
pub const FILE: &str = "codegen/flows.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    #[serde(rename = "record")]
    pub records: Vec<Record>,
    #[serde(rename = "flow")]
    pub flows: Vec<Flow>,
    #[serde(rename = "renamed_type", default)]
    pub renamed_types: Vec<RenamedType>,
    pub python: PythonSettings,
    pub uniffi: UniffiSettings,
}

/// Settings of the Kotlin/Swift surface alone.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UniffiSettings {
    /// The default `max_workers` of the async twins' constructors.
    pub async_max_workers: u32,
}

/// Settings of the Python surface alone.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PythonSettings {
    /// `AsyncClient`'s default pool size.
    pub async_max_workers: u32,
}

/// A record: generated into core when `generate`, otherwise a spec model
/// whose fields Python takes as keyword arguments.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    pub name: String,
    #[serde(default)]
    pub generate: bool,
    pub doc: String,
    #[serde(rename = "field")]
    pub fields: Vec<Field>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub doc: String,
    /// Numbers and flags.
    pub default: Option<toml::Value>,
    /// Durations.
    pub default_ms: Option<u64>,
    /// What Python's signature shows where Rust's default is `None`.
    pub python_default: Option<String>,
    /// The public constant that holds the default.
    #[serde(rename = "const")]
    pub constant: Option<String>,
    pub const_doc: Option<String>,
    /// Positional in Python (the others are keyword-only).
    #[serde(default)]
    pub positional: bool,
    /// Python accepts one string or a list.
    #[serde(default)]
    pub one_or_many: bool,
}

impl Field {
    /// Whether the caller must give it.
    pub fn required(&self) -> bool {
        matches!(self.ty.as_str(), "string" | "secret")
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// `Client`, `Session`, `MfaRequired`, `HostedLogin`, `TokenVerifier`.
    pub on: String,
    pub name: String,
    #[serde(default)]
    pub params: Vec<Param>,
    pub returns: String,
    pub doc: String,
    /// Old names, kept one release as deprecated aliases.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `false`: no network (Python keeps the GIL; AsyncClient keeps it sync).
    #[serde(default = "yes")]
    pub io: bool,
    /// `false`: core answers the value itself, not a `Result`.
    #[serde(default = "yes")]
    pub fallible: bool,
    #[serde(default)]
    pub python_getter: bool,
    /// `hand`: the Python wrapper is written by hand (its signature is still
    /// checked against this table).
    #[serde(default)]
    pub python: Option<String>,
    /// `hand`: the uniffi export is written by hand.
    #[serde(default)]
    pub uniffi: Option<String>,
    /// Python's constructor also takes `client=` (keys and revocation from it).
    #[serde(default)]
    pub python_client: bool,
    /// The core call, `{args}` standing for the converted arguments.
    pub core: Option<String>,
    pub python_core: Option<String>,
    pub uniffi_core: Option<String>,
}

fn yes() -> bool {
    true
}

impl Flow {
    pub fn is_constructor(&self) -> bool {
        self.name == "new"
    }

    pub fn python_generated(&self) -> bool {
        self.python.as_deref() != Some("hand")
    }

    pub fn uniffi_generated(&self) -> bool {
        self.uniffi.as_deref() != Some("hand")
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub default: Option<bool>,
}

impl Param {
    /// `record:LoginRequest` → `("record", "LoginRequest")`.
    pub fn kind(&self) -> (&str, &str) {
        self.ty.split_once(':').unwrap_or((self.ty.as_str(), ""))
    }

    /// Whether the caller may leave it out.
    pub fn optional(&self) -> bool {
        matches!(
            self.kind().0,
            "opt_str" | "opt_secret" | "storage" | "bool" | "opt_record"
        )
    }
}

/// A public type whose name changed: the old one stays one release as a
/// deprecated alias.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RenamedType {
    pub old: String,
    pub new: String,
    /// Whether Python has the type (some records only cross to Kotlin/Swift).
    #[serde(default = "yes")]
    pub python: bool,
}

const FIELD_TYPES: &[&str] = &[
    "string",
    "opt_string",
    "secret",
    "opt_secret",
    "strings",
    "opt_strings",
    "map",
    "duration",
    "opt_duration",
    "u32",
    "u64",
    "bool",
    "opt_bool",
    "region",
    "tls_roots",
    "algorithms",
    "token_types",
    "jwks",
    "provider",
    "json",
    "json_text",
];
const PARAM_TYPES: &[&str] = &[
    "str",
    "opt_str",
    "secret",
    "opt_secret",
    "bool",
    "storage",
    "store",
    "passwordless",
    "headers",
    "record",
    "opt_record",
    "model",
];
const RETURNS: &[&str] = &[
    "unit",
    "str",
    "opt_str",
    "bool",
    "opt_f64",
    "secret",
    "outcome",
    "sign_up_outcome",
    "session",
    "opt_session",
    "model",
    "opt_model",
    "models",
    "json",
    "opt_json",
    "self",
    "verifier",
    "client",
];
pub const CLASSES: &[&str] = &[
    "Client",
    "Session",
    "MfaRequired",
    "HostedLogin",
    "TokenVerifier",
];

/// The wire names of `RejectionReason`, in order, read from its `as_str`
/// in core (`core/src/error/rejection.rs`): the stub's `Literal` is written
/// from them, so the two cannot drift.
pub fn rejection_reasons(source: &str) -> Result<Vec<String>, String> {
    let start = source
        .find("pub fn as_str(self)")
        .ok_or("core/src/error/rejection.rs: no as_str")?;
    let body = &source[start..];
    let end = body
        .find("\n    }\n")
        .ok_or("core/src/error/rejection.rs: as_str has no end")?;
    let reasons: Vec<String> = body[..end]
        .lines()
        .filter_map(|line| line.split_once("=> \"").map(|(_, rest)| rest))
        .filter_map(|rest| rest.split_once('"').map(|(name, _)| name.to_owned()))
        .collect();
    if reasons.is_empty() {
        return Err("core/src/error/rejection.rs: as_str names no reason".into());
    }
    Ok(reasons)
}

impl Table {
    /// Reads and checks the table: every type known, every record a flow
    /// names declared, no name twice on one class.
    pub fn parse(text: &str) -> Result<Self, String> {
        let table: Table = toml::from_str(text).map_err(|e| format!("{FILE}: {e}"))?;
        for record in &table.records {
            for field in &record.fields {
                if !FIELD_TYPES.contains(&field.ty.as_str()) {
                    return Err(format!(
                        "{FILE}: {}.{}: unknown type {}",
                        record.name, field.name, field.ty
                    ));
                }
                let has_default = field.default.is_some() || field.default_ms.is_some();
                let needs_default =
                    matches!(field.ty.as_str(), "duration" | "u32" | "u64" | "bool");
                if has_default != needs_default {
                    return Err(format!(
                        "{FILE}: {}.{}: a {} field {} a default",
                        record.name,
                        field.name,
                        field.ty,
                        if needs_default { "needs" } else { "takes no" }
                    ));
                }
                if record.generate && field.doc.is_empty() {
                    return Err(format!("{FILE}: {}.{} has no doc", record.name, field.name));
                }
            }
        }
        let mut seen = std::collections::BTreeSet::new();
        for flow in &table.flows {
            if !CLASSES.contains(&flow.on.as_str()) {
                return Err(format!("{FILE}: {}: unknown class {}", flow.name, flow.on));
            }
            let (ret, _) = flow.returns.split_once(':').unwrap_or((&flow.returns, ""));
            if !RETURNS.contains(&ret) {
                return Err(format!(
                    "{FILE}: {}: unknown return {}",
                    flow.name, flow.returns
                ));
            }
            for name in std::iter::once(&flow.name).chain(&flow.aliases) {
                if !seen.insert((flow.on.clone(), name.clone())) {
                    return Err(format!("{FILE}: {}.{name} is declared twice", flow.on));
                }
            }
            for param in &flow.params {
                let (kind, record) = param.kind();
                if !PARAM_TYPES.contains(&kind) {
                    return Err(format!(
                        "{FILE}: {}.{}: unknown type {}",
                        flow.name, param.name, param.ty
                    ));
                }
                if kind.ends_with("record") && table.record(record).is_none() {
                    return Err(format!("{FILE}: {}: no record {record}", flow.name));
                }
                if (kind == "bool") != param.default.is_some() {
                    return Err(format!(
                        "{FILE}: {}.{}: a bool parameter needs a default, others take none",
                        flow.name, param.name
                    ));
                }
            }
        }
        Ok(table)
    }

    pub fn record(&self, name: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.name == name)
    }

    pub fn flows_on<'a>(&'a self, class: &'a str) -> impl Iterator<Item = &'a Flow> + 'a {
        self.flows.iter().filter(move |f| f.on == class)
    }
}
