//! Reads the OpenAPI files into the generator's model: operations, params
//! and types, with names already decided. Emitters only format this model.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::names::{pascal, snake, unique};
use crate::overrides;

/// One OpenAPI file and where its service lives on the gateway.
pub struct Service {
    pub file: &'static str,
    /// Variant of the core `Service` enum.
    pub variant: &'static str,
    /// Path prefix on the gateway (`identity`, `team`, …).
    pub prefix: &'static str,
    /// Slug of the service on Frontegg's developer docs.
    pub docs_slug: &'static str,
}

pub const SERVICES: [Service; 6] = [
    Service {
        file: "identity.json",
        variant: "Identity",
        prefix: "identity",
        docs_slug: "identity",
    },
    Service {
        file: "sso.json",
        variant: "Team",
        prefix: "team",
        docs_slug: "sso",
    },
    Service {
        file: "tenants.json",
        variant: "Tenants",
        prefix: "tenants",
        docs_slug: "tenants",
    },
    Service {
        file: "applications.json",
        variant: "Applications",
        prefix: "applications",
        docs_slug: "applications",
    },
    Service {
        file: "scim.json",
        variant: "Directory",
        prefix: "directory",
        docs_slug: "scim",
    },
    Service {
        file: "env-auth.json",
        variant: "VendorAuth",
        prefix: "auth/vendor",
        docs_slug: "vendor-service",
    },
];

/// A Rust-side type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ty {
    Str,
    Secret,
    F64,
    I64,
    Bool,
    Json,
    Vec(Box<Ty>),
    /// A generated struct or enum, or a hand-written core type.
    Named(String),
}

/// Which credential an operation takes, derived once from its path and
/// Frontegg's tag group (see [`credential`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Credential {
    /// The vendor-token exchange itself: client id and API key in the body.
    None,
    /// Sign-in steps: the caller's own credentials travel in the body or a
    /// cookie (login, sign-up, refresh, MFA and passwordless steps…).
    Public,
    /// Management: the vendor (environment) token.
    Vendor,
    /// Self-service: a user's token, or the vendor token plus tenant/user
    /// headers.
    User,
}

impl Credential {
    /// The core `transport::Auth` variant.
    pub fn auth_variant(self) -> &'static str {
        match self {
            Credential::None => "None",
            Credential::Public => "Public",
            Credential::Vendor => "Vendor",
            Credential::User => "User",
        }
    }

    /// How OPERATIONS.md and the doc comments name it.
    pub fn describe(self) -> &'static str {
        match self {
            Credential::None => "none (client id + API key)",
            Credential::Public => "public (the user's own credentials)",
            Credential::Vendor => "vendor token",
            Credential::User => "user token, or vendor token + tenant/user headers",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Field {
    pub wire: String,
    pub name: String,
    pub ty: Ty,
    pub required: bool,
    /// `nullable: true`: Frontegg may answer `null`, and a caller may send it.
    pub nullable: bool,
}

#[derive(Clone, Debug)]
pub enum ModelKind {
    Struct(Vec<Field>),
    Enum(Vec<String>),
}

#[derive(Clone, Debug)]
pub struct Model {
    pub name: String,
    pub doc: String,
    pub kind: ModelKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    Query,
    Header,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub wire: String,
    pub name: String,
    pub ty: Ty,
    pub required: bool,
    pub location: Location,
    /// A value Prism accepts, for the contract test.
    pub sample: Value,
}

#[derive(Clone, Debug)]
pub struct PathParam {
    pub wire: String,
    pub name: String,
    /// A value Prism accepts, for the contract test.
    pub sample: String,
}

/// A piece of a path template.
#[derive(Clone, Debug)]
pub enum Segment {
    Fixed(String),
    Param(String),
}

#[derive(Clone, Debug)]
pub struct Operation {
    pub service: usize,
    pub tag: String,
    /// Frontegg's tag group (Authentication, Management, Self-Service, …).
    pub tag_group: String,
    pub group: String,
    pub name: String,
    pub operation_id: String,
    pub method: String,
    pub path: String,
    pub segments: Vec<Segment>,
    pub summary: String,
    pub path_params: Vec<PathParam>,
    pub params: Vec<Param>,
    pub params_type: Option<String>,
    pub body: Option<Ty>,
    pub body_sample: Option<Value>,
    pub response: Ty,
    /// The item type when the response is Frontegg's page envelope.
    pub page_item: Option<Ty>,
    pub credential: Credential,
    /// The hand-written flow that replaces this operation's bare call
    /// (`refresh(…)`), when it cannot work alone.
    pub flow: Option<&'static str>,
}

#[derive(Default)]
pub struct Api {
    pub operations: Vec<Operation>,
    pub models: BTreeMap<String, Model>,
    /// Groups in order of appearance: (service, tag, group accessor).
    pub groups: Vec<(usize, String, String)>,
    /// Operations the name table did not know: (table key, derived name).
    pub new_names: Vec<(String, String)>,
}

/// The committed table of public operation names, relative to the
/// workspace root.
pub const NAMES_FILE: &str = "codegen/operation-names.json";

/// The name table's key of an operation: spec file and operationId.
pub fn names_key(file: &str, operation_id: &str) -> String {
    format!("{file}#{operation_id}")
}

struct Loader<'a> {
    specs: &'a [Value],
    /// Committed public names: table key → method name.
    table: &'a BTreeMap<String, String>,
    problems: Vec<String>,
    api: Api,
    /// (service, schema) → type name.
    resolved: BTreeMap<(usize, String), Ty>,
    /// Schema names defined by more than one file.
    shared_names: BTreeSet<String>,
    taken_types: BTreeSet<String>,
    /// Inline string enums that several fields of the same name repeat,
    /// by their values: one shared type named after the field.
    shared_enums: BTreeMap<Vec<String>, (String, String)>,
    /// Shared enums already generated, by their values.
    defined_shared_enums: BTreeMap<Vec<String>, String>,
}

/// Reads every spec. `table` holds the committed public names; an error
/// lists every operation whose name cannot be decided.
pub fn load(specs: &[Value], table: &BTreeMap<String, String>) -> Result<Api, String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for spec in specs {
        if let Some(schemas) = spec
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            for name in schemas.keys() {
                *seen.entry(name.clone()).or_default() += 1;
            }
        }
    }
    let mut loader = Loader {
        specs,
        table,
        problems: Vec::new(),
        api: Api::default(),
        resolved: BTreeMap::new(),
        shared_names: seen
            .into_iter()
            .filter(|(_, n)| *n > 1)
            .map(|(k, _)| k)
            .collect(),
        taken_types: BTreeSet::new(),
        shared_enums: shared_enums(specs),
        defined_shared_enums: BTreeMap::new(),
    };
    for (index, spec) in specs.iter().enumerate() {
        loader.load_service(index, spec);
    }
    // A group whose every operation is reached through a flow has nothing
    // to show (vendor authentication).
    let operations = &loader.api.operations;
    loader.api.groups.retain(|(service, tag, _)| {
        operations
            .iter()
            .any(|o| o.service == *service && &o.tag == tag && o.flow.is_none())
    });
    if loader.problems.is_empty() {
        Ok(loader.api)
    } else {
        Err(loader.problems.join("\n"))
    }
}

impl Loader<'_> {
    fn load_service(&mut self, service: usize, spec: &Value) {
        let tag_groups = tag_groups(spec);
        let Some(paths) = spec.get("paths").and_then(Value::as_object) else {
            return;
        };
        let mut ops = Vec::new();
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            for method in ["get", "post", "put", "patch", "delete"] {
                if let Some(op) = item.get(method) {
                    ops.push((path.clone(), method, op.clone()));
                }
            }
        }
        // Names come from the committed table; an operation the table does
        // not know yet gets its base name, plus its path version when that
        // name is taken in its group.
        let file = SERVICES[service].file;
        let mut taken: BTreeSet<(String, String)> = BTreeSet::new();
        for (_, _, op) in &ops {
            let id = op["operationId"].as_str().unwrap_or_default();
            if let Some(name) = self.table.get(&names_key(file, id)) {
                taken.insert((op_tag(service, op), name.clone()));
            }
        }
        let mut base_count: BTreeMap<(String, String), usize> = BTreeMap::new();
        for (_, _, op) in &ops {
            let id = op["operationId"].as_str().unwrap_or_default();
            if !self.table.contains_key(&names_key(file, id)) {
                *base_count
                    .entry((op_tag(service, op), base_name(id)))
                    .or_default() += 1;
            }
        }
        for (path, method, op) in ops {
            let id = op["operationId"].as_str().unwrap_or_default().to_owned();
            let tag = op_tag(service, &op);
            let key = names_key(file, &id);
            let name = match self.table.get(&key) {
                Some(name) => name.clone(),
                None => {
                    let base = base_name(&id);
                    let shared = base_count[&(tag.clone(), base.clone())] > 1
                        || taken.contains(&(tag.clone(), base.clone()));
                    let name = match path_version(&path) {
                        Some(version) if shared => format!("{base}_{version}"),
                        _ => base,
                    };
                    if !taken.insert((tag.clone(), name.clone())) {
                        self.problems.push(format!(
                            "{key}: its derived name {name} is already taken in group \"{tag}\"; \
                             give it a name in {NAMES_FILE}"
                        ));
                    }
                    self.api.new_names.push((key, name.clone()));
                    name
                }
            };
            let group = overrides::group_name(SERVICES[service].file, &tag);
            if !self
                .api
                .groups
                .iter()
                .any(|(s, t, _)| *s == service && *t == tag)
            {
                assert!(
                    !self.api.groups.iter().any(|(_, _, g)| *g == group),
                    "two groups named {group}"
                );
                self.api.groups.push((service, tag.clone(), group.clone()));
            }
            let tag_group = tag_groups
                .get(&tag)
                .cloned()
                .unwrap_or_else(|| "Other".into());
            let operation =
                self.operation(service, &path, method, &op, tag, tag_group, group, name, id);
            self.api.operations.push(operation);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        service: usize,
        path: &str,
        method: &str,
        op: &Value,
        tag: String,
        tag_group: String,
        group: String,
        name: String,
        operation_id: String,
    ) -> Operation {
        let op_pascal = pascal(&name);
        let mut params = Vec::new();
        let mut path_params = Vec::new();
        // Names the generated methods use for their own arguments.
        let mut param_names: BTreeSet<String> =
            ["body", "params", "py", "request", "group", "offset_value"]
                .map(String::from)
                .into();
        let declared: Vec<Value> = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|param| self.deref(service, param))
            .collect();
        let segments: Vec<Segment> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(param) => Segment::Param(param.to_owned()),
                    None => Segment::Fixed(s.to_owned()),
                },
            )
            .collect();
        // Path ids come first, in the order the path names them, so the
        // arguments read like the URL (`user_id, phone_id` for
        // `…/{userId}/{phoneId}`) whatever order the spec lists them in.
        for segment in &segments {
            let Segment::Param(wire) = segment else {
                continue;
            };
            let schema = declared
                .iter()
                .find(|p| p["in"] == "path" && p["name"] == wire.as_str())
                .and_then(|p| p.get("schema").cloned())
                .unwrap_or(Value::Null);
            let sample = match self.sample(service, &schema, 0) {
                Value::String(text) if text != "sample" => text,
                Value::Number(n) => n.to_string(),
                _ => "1".to_owned(),
            };
            path_params.push(PathParam {
                name: unique(&mut param_names, &snake(wire)),
                wire: wire.clone(),
                sample,
            });
        }
        // Query parameters before headers: a query filter keeps the plain
        // name (`tenant_id`), a header that would repeat it is named after
        // its full header name (`frontegg_tenant_id`).
        for location in [Location::Query, Location::Header] {
            let wanted = match location {
                Location::Query => "query",
                Location::Header => "header",
            };
            for param in declared.iter().filter(|p| p["in"] == wanted) {
                let wire = param["name"].as_str().unwrap_or_default().to_owned();
                let required = param["required"].as_bool().unwrap_or(false);
                let schema = param.get("schema").cloned().unwrap_or(Value::Null);
                let ty = param_type(&self.deref(service, &schema));
                let sample = self.sample(service, &schema, 0);
                let short = snake(wire.trim_start_matches('_').trim_start_matches("frontegg-"));
                let name = if param_names.contains(&short) {
                    snake(&wire)
                } else {
                    short
                };
                params.push(Param {
                    name: unique(&mut param_names, &name),
                    wire,
                    ty,
                    required,
                    location,
                    sample,
                });
            }
        }
        let params_type = (!params.is_empty()).then(|| {
            // Two tags may share an operation name: the tag then prefixes it.
            let plain = format!("{op_pascal}Params");
            if self.taken_types.contains(&plain) {
                self.claim_type(&format!("{}{plain}", pascal(&group)))
            } else {
                self.claim_type(&plain)
            }
        });
        let (body, body_sample) = match op.pointer("/requestBody/content/application~1json/schema")
        {
            Some(schema) => {
                let ty = self.type_of(service, schema, &format!("{op_pascal}Body"));
                let sample = self.sample(service, schema, 0);
                (Some(ty), Some(sample))
            }
            None => (None, None),
        };
        // No documented body: whatever Frontegg sends comes back as JSON
        // (null for an empty answer), never dropped.
        let mut response = Ty::Json;
        let mut page_item = None;
        if let Some(forced) = overrides::response_schema(&operation_id) {
            response = self.component(service, forced);
        } else if let Some(responses) = op.get("responses").and_then(Value::as_object) {
            // The first success answer with a JSON body, as Prism serves it.
            let success = responses
                .iter()
                .filter(|(code, _)| code.starts_with('2'))
                .find_map(|(_, r)| r.pointer("/content/application~1json/schema"));
            if let Some(schema) = success {
                if let Some(item) = self.page_item(service, schema, &op_pascal) {
                    let item_name = match &item {
                        Ty::Named(n) => n.clone(),
                        _ => op_pascal.clone(),
                    };
                    let page = self.page_model(&item_name, item.clone());
                    response = Ty::Named(page);
                    page_item = Some(item);
                } else {
                    response = self.type_of(service, schema, &format!("{op_pascal}Response"));
                }
            }
        }
        Operation {
            service,
            credential: credential(service, &tag_group, path, &params),
            flow: overrides::flow(&operation_id),
            tag,
            tag_group,
            group,
            name,
            operation_id,
            method: method.to_uppercase(),
            path: path.to_owned(),
            segments,
            summary: op["summary"].as_str().unwrap_or_default().trim().to_owned(),
            path_params,
            params,
            params_type,
            body,
            body_sample,
            response,
            page_item,
        }
    }

    fn claim_type(&mut self, wanted: &str) -> String {
        let mut name = wanted.to_owned();
        let mut n = 2;
        while self.taken_types.contains(&name) {
            name = format!("{wanted}{n}");
            n += 1;
        }
        self.taken_types.insert(name.clone());
        name
    }

    fn deref(&self, service: usize, value: &Value) -> Value {
        let mut value = value.clone();
        for _ in 0..8 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let pointer = reference.trim_start_matches('#');
            value = self.specs[service]
                .pointer(pointer)
                .cloned()
                .unwrap_or(Value::Null);
        }
        value
    }

    /// The type of a component schema, generating it on first use.
    fn component(&mut self, service: usize, schema: &str) -> Ty {
        if let Some(ty) = self.resolved.get(&(service, schema.to_owned())) {
            return ty.clone();
        }
        let definition = self.specs[service]
            .pointer(&format!("/components/schemas/{schema}"))
            .cloned()
            .unwrap_or(Value::Null);
        let mut wanted = overrides::type_name(schema)
            .map(str::to_owned)
            .unwrap_or_else(|| pascal(schema));
        if self.shared_names.contains(schema) && service != 0 {
            wanted = format!("{}{wanted}", SERVICES[service].variant);
        }
        let has_properties = definition
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|p| !p.is_empty());
        let kind_is_model =
            definition.get("enum").is_some() || has_properties || definition.get("allOf").is_some();
        if !kind_is_model {
            let ty = self.type_of(service, &definition, &wanted);
            self.resolved
                .insert((service, schema.to_owned()), ty.clone());
            return ty;
        }
        let name = self.claim_type(&wanted);
        self.resolved
            .insert((service, schema.to_owned()), Ty::Named(name.clone()));
        self.define(service, &definition, name.clone(), schema);
        Ty::Named(name)
    }

    /// Generates the model `name` from an object, allOf or enum schema.
    fn define(&mut self, service: usize, schema: &Value, name: String, origin: &str) {
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            let values = values.iter().filter_map(|v| match v {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            });
            let model = Model {
                doc: format!("Values of `{origin}`."),
                name: name.clone(),
                kind: ModelKind::Enum(values.collect()),
            };
            self.api.models.insert(name, model);
            return;
        }
        let (properties, required) = self.merged_properties(service, schema);
        let mut fields = Vec::new();
        let mut names = BTreeSet::new();
        for (wire, property) in &properties {
            let field_name = unique(&mut names, &snake(wire));
            let context = format!("{name}{}", pascal(wire));
            let mut ty =
                match enum_values(property).and_then(|v| self.shared_enum(service, property, v)) {
                    Some(shared) => shared,
                    None => self.type_of(service, property, &context),
                };
            if overrides::is_secret(wire) {
                if ty == Ty::Str {
                    ty = Ty::Secret;
                } else if ty == Ty::Vec(Box::new(Ty::Str)) {
                    ty = Ty::Vec(Box::new(Ty::Secret));
                }
            }
            // A nullable field is optional in every language: `null` and
            // absence read the same, and a caller may leave it out.
            let nullable = property.get("nullable").and_then(Value::as_bool) == Some(true)
                || self
                    .deref(service, property)
                    .get("nullable")
                    .and_then(Value::as_bool)
                    == Some(true);
            let required =
                required.contains(wire) && !nullable && !overrides::optional_field(origin, wire);
            fields.push(Field {
                wire: wire.clone(),
                name: field_name,
                ty,
                required,
                nullable,
            });
        }
        let model = Model {
            doc: format!("Frontegg's `{origin}`."),
            name: name.clone(),
            kind: ModelKind::Struct(fields),
        };
        self.api.models.insert(name, model);
    }

    /// The shared type of an inline enum that several same-named fields
    /// repeat (`provider` on five DTOs → `Provider`), generated once.
    fn shared_enum(&mut self, service: usize, schema: &Value, values: Vec<String>) -> Option<Ty> {
        if let Some(name) = self.defined_shared_enums.get(&values) {
            return Some(Ty::Named(name.clone()));
        }
        let (wanted, field) = self.shared_enums.get(&values)?.clone();
        if self.taken_types.contains(&wanted) || self.shared_names.contains(&wanted) {
            return None;
        }
        let name = self.claim_type(&wanted);
        self.define(service, schema, name.clone(), &wanted);
        if let Some(model) = self.api.models.get_mut(&name) {
            model.doc = format!("Values of every `{field}` field that lists these values.");
        }
        self.defined_shared_enums.insert(values, name.clone());
        Some(Ty::Named(name))
    }

    /// Properties and required names of an object, flattening `allOf`.
    fn merged_properties(
        &self,
        service: usize,
        schema: &Value,
    ) -> (Vec<(String, Value)>, BTreeSet<String>) {
        let schema = self.deref(service, schema);
        let mut properties: Vec<(String, Value)> = Vec::new();
        let mut required = BTreeSet::new();
        let merge =
            |properties: &mut Vec<(String, Value)>, name: &str, value: &Value| match properties
                .iter_mut()
                .find(|(existing, _)| existing == name)
            {
                Some(slot) => slot.1 = value.clone(),
                None => properties.push((name.to_owned(), value.clone())),
            };
        for part in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (inner, inner_required) = self.merged_properties(service, part);
            for (name, value) in &inner {
                merge(&mut properties, name, value);
            }
            required.extend(inner_required);
        }
        for (name, value) in schema
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            merge(&mut properties, name, value);
        }
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(name) = name.as_str() {
                required.insert(name.to_owned());
            }
        }
        (properties, required)
    }

    /// The Rust type of a schema, generating inline models named `context`.
    fn type_of(&mut self, service: usize, schema: &Value, context: &str) -> Ty {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.rsplit('/').next().unwrap_or_default().to_owned();
            return self.component(service, &name);
        }
        if schema.get("oneOf").is_some() || schema.get("anyOf").is_some() {
            return Ty::Json;
        }
        if schema.get("allOf").is_some() {
            let name = self.claim_type(context);
            self.define(service, schema, name.clone(), context);
            return Ty::Named(name);
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("string") if schema.get("enum").is_some() => {
                let name = self.claim_type(context);
                self.define(service, schema, name.clone(), context);
                Ty::Named(name)
            }
            Some("string") => Ty::Str,
            Some("number") => Ty::F64,
            Some("integer") => Ty::I64,
            Some("boolean") => Ty::Bool,
            Some("array") => {
                let items = schema.get("items").cloned().unwrap_or(Value::Null);
                Ty::Vec(Box::new(self.type_of(
                    service,
                    &items,
                    &format!("{context}Item"),
                )))
            }
            _ => {
                let has_properties = schema
                    .get("properties")
                    .and_then(Value::as_object)
                    .is_some_and(|p| !p.is_empty());
                if has_properties {
                    let name = self.claim_type(context);
                    self.define(service, schema, name.clone(), context);
                    Ty::Named(name)
                } else {
                    Ty::Json
                }
            }
        }
    }

    /// `Some(item type)` when the schema is Frontegg's page envelope.
    fn page_item(&mut self, service: usize, schema: &Value, op_pascal: &str) -> Option<Ty> {
        let parts = schema.get("allOf")?.as_array()?;
        let is_page = parts.iter().any(|p| {
            p.get("$ref")
                .and_then(Value::as_str)
                .is_some_and(|r| r.ends_with("/FronteggPaginationWrapper"))
        });
        if !is_page {
            return None;
        }
        let items = parts
            .iter()
            .find_map(|p| p.pointer("/properties/items/items"))
            .cloned()
            .unwrap_or(Value::Null);
        Some(self.type_of(service, &items, &format!("{op_pascal}Item")))
    }

    /// A page model for `item`, shared by every operation listing it.
    fn page_model(&mut self, item_name: &str, item: Ty) -> String {
        let name = format!("{item_name}Page");
        if self.api.models.contains_key(&name) {
            return name;
        }
        let links = self.component(0, "FronteggPaginationLinks");
        let metadata = self.component(0, "FronteggPaginationMetadata");
        self.taken_types.insert(name.clone());
        let fields = vec![
            Field {
                wire: "items".into(),
                name: "items".into(),
                ty: Ty::Vec(Box::new(item)),
                required: true,
                nullable: false,
            },
            Field {
                wire: "_links".into(),
                name: "links".into(),
                ty: links,
                required: false,
                nullable: false,
            },
            Field {
                wire: "_metadata".into(),
                name: "metadata".into(),
                ty: metadata,
                required: false,
                nullable: false,
            },
        ];
        self.api.models.insert(
            name.clone(),
            Model {
                name: name.clone(),
                doc: format!("One page of `{item_name}` items."),
                kind: ModelKind::Struct(fields),
            },
        );
        name
    }

    /// A minimal value the spec accepts: required fields only.
    fn sample(&self, service: usize, schema: &Value, depth: usize) -> Value {
        let schema = self.deref(service, schema);
        if depth > 12 {
            return Value::Null;
        }
        if let Some(first) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(|v| v.get(0))
        {
            return self.sample(service, first, depth + 1);
        }
        if let Some(values) = schema.get("enum").and_then(Value::as_array) {
            return values.first().cloned().unwrap_or(Value::Null);
        }
        let ty = schema.get("type").and_then(Value::as_str);
        if ty == Some("object")
            || schema.get("properties").is_some()
            || schema.get("allOf").is_some()
        {
            let (properties, required) = self.merged_properties(service, &schema);
            let mut object = Map::new();
            for (name, property) in properties {
                if required.contains(&name) {
                    object.insert(name, self.sample(service, &property, depth + 1));
                }
            }
            return Value::Object(object);
        }
        match ty {
            Some("string") => Value::String(overrides::sample_string(&schema)),
            Some("number") | Some("integer") => {
                let minimum = schema.get("minimum").and_then(Value::as_f64).unwrap_or(1.0);
                Value::from(minimum.max(1.0) as i64)
            }
            Some("boolean") => Value::Bool(true),
            Some("array") => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                if min == 0 {
                    Value::Array(Vec::new())
                } else {
                    let item = schema.get("items").cloned().unwrap_or(Value::Null);
                    Value::Array(vec![self.sample(service, &item, depth + 1)])
                }
            }
            _ => Value::Object(Map::new()),
        }
    }
}

/// The values of an inline string enum.
fn enum_values(schema: &Value) -> Option<Vec<String>> {
    if schema.get("type").and_then(Value::as_str) != Some("string") {
        return None;
    }
    let values = schema.get("enum")?.as_array()?;
    Some(
        values
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
    )
}

/// Inline enums repeated by at least two fields, all of one name, in any
/// schema of any spec: their values → the shared type's name.
fn shared_enums(specs: &[Value]) -> BTreeMap<Vec<String>, (String, String)> {
    fn walk(value: &Value, found: &mut BTreeMap<Vec<String>, Vec<String>>) {
        match value {
            Value::Object(map) => {
                if let Some(properties) = map.get("properties").and_then(Value::as_object) {
                    for (field, property) in properties {
                        if let Some(values) = enum_values(property) {
                            found.entry(values).or_default().push(field.clone());
                        }
                    }
                }
                map.values().for_each(|child| walk(child, found));
            }
            Value::Array(items) => items.iter().for_each(|child| walk(child, found)),
            _ => {}
        }
    }
    let mut found = BTreeMap::new();
    for spec in specs {
        walk(spec, &mut found);
    }
    found
        .into_iter()
        .filter(|(_, fields)| fields.len() >= 2 && fields.iter().all(|f| f == &fields[0]))
        .map(|(values, fields)| (values, (pascal(&fields[0]), fields[0].clone())))
        .collect()
}

fn param_type(schema: &Value) -> Ty {
    match schema.get("type").and_then(Value::as_str) {
        // Query numbers are counts and page indexes.
        Some("number") | Some("integer") => Ty::I64,
        Some("boolean") => Ty::Bool,
        Some("array") => Ty::Vec(Box::new(param_type(
            schema.get("items").unwrap_or(&Value::Null),
        ))),
        _ => Ty::Str,
    }
}

fn op_tag(service: usize, op: &Value) -> String {
    op.get("tags")
        .and_then(|t| t.get(0))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| overrides::untagged_group(SERVICES[service].file).to_owned())
}

/// `UsersControllerV1_signUpUser` → `sign_up_user`.
fn base_name(operation_id: &str) -> String {
    let method = match operation_id.split_once('_') {
        Some((controller, method)) if controller.starts_with(|c: char| c.is_ascii_uppercase()) => {
            method
        }
        _ => operation_id,
    };
    snake(method)
}

/// `v2` from `/resources/users/v2/me`.
fn path_version(path: &str) -> Option<String> {
    path.split('/')
        .find(|s| s.len() >= 2 && s.starts_with('v') && s[1..].bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_owned)
}

fn tag_groups(spec: &Value) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for group in spec
        .get("x-tagGroups")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = group["name"].as_str().unwrap_or_default();
        for tag in group["tags"].as_array().into_iter().flatten() {
            if let Some(tag) = tag.as_str() {
                map.insert(tag.to_owned(), name.to_owned());
            }
        }
    }
    map
}

/// The credential an operation takes.
///
/// - the vendor-auth service: none (it is how the vendor token is made);
/// - the sign-in steps: public. These are Frontegg's "Authentication"
///   routes under `/resources/auth/` plus the few self-service routes a
///   signed-out user calls with a token from an email or SMS
///   ([`overrides::is_public_path`]);
/// - an "Authentication" route that acts as a user (`frontegg-user-id`
///   header, or the user's own phone numbers), and every "Self-Service"
///   and "Applications" route: user;
/// - everything else ("Management", `vendor-only` routes, untagged groups
///   such as approval flows): vendor.
fn credential(service: usize, tag_group: &str, path: &str, params: &[Param]) -> Credential {
    if SERVICES[service].file == "env-auth.json" {
        return Credential::None;
    }
    if path.contains("vendor-only") {
        return Credential::Vendor;
    }
    if overrides::is_public_path(path) {
        return Credential::Public;
    }
    let acts_as_user = params.iter().any(|p| p.wire == "frontegg-user-id");
    match tag_group {
        "Authentication" if path.starts_with("/resources/auth/") && !acts_as_user => {
            Credential::Public
        }
        "Authentication" | "Self-Service" | "Applications" => Credential::User,
        _ => Credential::Vendor,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn spec() -> Value {
        json!({
            "x-tagGroups": [{"name": "Management", "tags": ["Roles"]}],
            "paths": {
                "/resources/roles/v1": {"get": {
                    "operationId": "PermissionsControllerV1_getAllRoles", "tags": ["Roles"],
                    "responses": {"200": {"content": {"application/json": {"schema":
                        {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}}}}}
                }},
                "/resources/roles/v2": {"get": {
                    "operationId": "PermissionsControllerV2_getAllRoles", "tags": ["Roles"],
                    "parameters": [
                        {"name": "_offset", "in": "query", "schema": {"type": "number"}},
                        {"name": "_sortBy", "in": "query", "required": true,
                         "schema": {"type": "string", "enum": ["name", "key"]}},
                        {"name": "frontegg-tenant-id", "in": "header", "schema": {"type": "string"}}
                    ],
                    "responses": {"200": {"content": {"application/json": {"schema": {"allOf": [
                        {"$ref": "#/components/schemas/FronteggPaginationWrapper"},
                        {"properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Role"}}}}
                    ]}}}}}
                }}
            },
            "components": {"schemas": {
                "FronteggPaginationWrapper": {"type": "object", "properties": {}},
                "FronteggPaginationLinks": {"type": "object", "properties": {"next": {"type": "string"}}},
                "FronteggPaginationMetadata": {"type": "object", "properties": {"totalPages": {"type": "number"}}},
                "Role": {"type": "object", "required": ["id"], "properties": {
                    "id": {"type": "string"},
                    "type": {"type": "string", "enum": ["custom", "system"]},
                    "apiToken": {"type": "string"}
                }}
            }}
        })
    }

    #[test]
    fn coexisting_versions_keep_their_suffix_and_pages_are_detected() {
        let api = load(&[spec()], &BTreeMap::new()).unwrap();
        let names: Vec<&str> = api.operations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["get_all_roles_v1", "get_all_roles_v2"]);
        let v2 = &api.operations[1];
        assert_eq!(v2.page_item, Some(Ty::Named("Role".into())));
        assert_eq!(v2.response, Ty::Named("RolePage".into()));
        assert_eq!(v2.credential, Credential::Vendor);
        let params: Vec<(&str, bool)> = v2
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.required))
            .collect();
        assert_eq!(
            params,
            [("offset", false), ("sort_by", true), ("tenant_id", false)]
        );
        assert_eq!(v2.params[1].sample, json!("name"));
    }

    #[test]
    fn fields_become_typed_with_secrets_enums_and_keyword_safe_names() {
        let api = load(&[spec()], &BTreeMap::new()).unwrap();
        let Some(ModelKind::Struct(fields)) = api.models.get("Role").map(|m| &m.kind) else {
            panic!("Role is not a struct");
        };
        let summary: Vec<(&str, &Ty, bool)> = fields
            .iter()
            .map(|f| (f.name.as_str(), &f.ty, f.required))
            .collect();
        // serde_json keeps object keys sorted: fields come alphabetically.
        assert_eq!(
            summary,
            [
                ("api_token", &Ty::Secret, false),
                ("id", &Ty::Str, true),
                ("type_value", &Ty::Named("RoleType".into()), false),
            ]
        );
        assert!(
            matches!(api.models.get("RoleType").map(|m| &m.kind), Some(ModelKind::Enum(v)) if v.len() == 2)
        );
    }

    /// Loads Frontegg's specs when they are beside the repository and prints
    /// every string field classified as a secret.
    #[test]
    fn secret_fields_of_the_real_specs() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/frontegg-openapi");
        if !dir.is_dir() {
            println!(
                "secret fields: SKIPPED: no OpenAPI folder at {}",
                dir.display()
            );
            return;
        }
        let specs: Vec<Value> = SERVICES
            .iter()
            .map(|s| {
                let text = std::fs::read_to_string(dir.join(s.file)).unwrap();
                let mut spec: Value = serde_json::from_str(&text).unwrap();
                overrides::fix_spec(&mut spec);
                spec
            })
            .collect();
        let table_path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("operation-names.json");
        let table_text = std::fs::read_to_string(table_path).unwrap();
        let table = crate::name_table::NameTable::parse(Some(&table_text)).unwrap();
        let api = load(&specs, &table.names).unwrap();
        let mut secret: BTreeSet<String> = BTreeSet::new();
        for model in api.models.values() {
            if let ModelKind::Struct(fields) = &model.kind {
                for field in fields {
                    let is_secret = field.ty == Ty::Secret
                        || matches!(&field.ty, Ty::Vec(inner) if **inner == Ty::Secret);
                    if is_secret {
                        secret.insert(field.wire.clone());
                    }
                }
            }
        }
        println!(
            "secret fields ({}): {}",
            secret.len(),
            secret.iter().cloned().collect::<Vec<_>>().join(", ")
        );
        for expected in [
            "password",
            "secretKey",
            "secretAccessKey",
            "refreshToken",
            "accessToken",
            "clientSecret",
        ] {
            assert!(
                secret.contains(expected),
                "{expected} is not classified as a secret"
            );
        }
        for plain in ["email", "tokenType", "name", "tenantId"] {
            assert!(!secret.contains(plain), "{plain} is classified as a secret");
        }
    }

    #[test]
    fn an_enum_repeated_by_same_named_fields_is_one_type() {
        let provider = json!({"type": "string", "enum": ["local", "saml"]});
        let spec = json!({
            "paths": {"/a": {"post": {
                "operationId": "C_a", "tags": ["T"],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}}}
            }}},
            "components": {"schemas": {
                "A": {"type": "object", "properties": {"provider": provider}},
                "B": {"type": "object", "properties": {"provider": provider, "other": {"type": "string", "enum": ["x"]}}}
            }}
        });
        let api = load(&[spec], &BTreeMap::new()).unwrap();
        let field_type = |model: &str, field: &str| match api.models.get(model).map(|m| &m.kind) {
            Some(ModelKind::Struct(fields)) => fields
                .iter()
                .find(|f| f.wire == field)
                .map(|f| f.ty.clone()),
            _ => None,
        };
        assert_eq!(
            field_type("A", "provider"),
            Some(Ty::Named("Provider".into()))
        );
        assert_eq!(
            field_type("B", "provider"),
            Some(Ty::Named("Provider".into()))
        );
        assert_eq!(field_type("B", "other"), Some(Ty::Named("BOther".into())));
    }
}
