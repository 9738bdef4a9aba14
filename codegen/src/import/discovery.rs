//! The Discovery importer: a Google API Discovery document (`analyticsdata-v1beta.json`) ->
//! `schema/ga4_data/<version>.json` in our REST format ([`crate::frontend::rest::format`]).
//!
//! `cargo run -p codegen -- import --from-discovery FILE [--quota-categories TSV] [--check]
//! [--schema DIR]` ([`run`]):
//!
//! - every method of every resource (nested resources too) becomes a [`RestMethod`] named below
//!   the top resource (`runReport`, `audienceExports.create`), with its HTTP method, path
//!   template, path and query parameters, request and response types, scopes and description;
//! - every schema becomes a [`RestStruct`]; a property's inline `enum` becomes a [`RestEnum`]
//!   named `<Schema><Property>` (`AudienceExportState`), with the `enumDescriptions` as docs;
//! - the quota category of each method comes from the method-categories table (by default
//!   `method-categories.tsv` beside the document, when it is there): columns `method` (e.g.
//!   `properties.runReport`), `version`, `http`, `path`, `quota_category` (its first word:
//!   `core`, `realtime`, `funnel`; the rest is kept as a note). Rows of another version are
//!   ignored; a row whose HTTP method or path disagrees with the document is a fault.
//!
//! The document's global `parameters` (`alt`, `fields`, `prettyPrint`, `quotaUser`, ...) apply to
//! every Google API alike and are left out; so are `flatPath` and the `auth` block (each
//! method's `scopes` are kept).
//!
//! Google serves the same document with its keys in a different order every day and bumps its
//! `revision` without other changes. Methods, types and fields are therefore sorted by name, the
//! source is pinned by the SHA-256 of the canonical document (keys sorted, `revision` and `etag`
//! left out), and `--check` compares the parsed JSON of the file on disk with what the document
//! gives: neither the order of keys nor the formatting of the file is a change.
//!
//! Input that does not have the shape of a Discovery document is reported with the JSON path
//! of the fault (`schemas.Row.properties.metricValues.items: neither $ref nor type`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::frontend::rest::format::{
    ParameterLocation, RestEnum, RestEnumValue, RestField, RestFile, RestMethod, RestParameter,
    RestSource, RestStruct, RestType,
};
use crate::Diagnostic;

/// The folder under the schema folder that the importer writes.
pub const OUT_SUBDIR: &str = "ga4_data";

/// The quota categories a method-categories table may name.
pub const QUOTA_CATEGORIES: &[&str] = &["core", "realtime", "funnel", "chat"];

/// What `codegen import --from-discovery` does, as the command line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscoveryOptions {
    /// The Discovery document.
    pub document: PathBuf,
    /// The method-categories table; `None`: `method-categories.tsv` beside the document if it
    /// exists.
    pub quota_categories: Option<PathBuf>,
    /// The schema folder written or checked (the file goes to `schema/ga4_data/`).
    pub schema: PathBuf,
    /// Write nothing, report differences.
    pub check: bool,
}

/// Imports a Discovery document (`text`, read from `file`, which names it in diagnostics and
/// in `source`) with the method-categories table `categories` (its text and file name).
/// Returns the schema file's name (`<version>.json`) and contents, or every fault found.
pub fn import_document(
    file: &Path,
    text: &str,
    categories: Option<(&Path, &str)>,
) -> Result<(String, RestFile), Vec<Diagnostic>> {
    let document: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            return Err(vec![Diagnostic::new(
                file,
                format!("line {}, column {}", e.line(), e.column()),
                format!("malformed JSON: {e}"),
            )])
        }
    };
    let mut reader = Reader {
        file: file.to_path_buf(),
        faults: Vec::new(),
    };
    let imported = reader.document(&document, file);
    let mut faults = reader.faults;
    let Some(mut imported) = imported else {
        faults.sort();
        return Err(faults);
    };
    if let Some((path, table)) = categories {
        apply_categories(&mut imported, path, table, &mut faults);
    }
    if faults.is_empty() {
        Ok((format!("{}.json", imported.module), imported))
    } else {
        faults.sort();
        faults.dedup();
        Err(faults)
    }
}

/// The document without `revision` and `etag`, keys sorted, no whitespace.
pub fn canonical_json(document: &Value) -> String {
    fn write(value: &Value, out: &mut String) {
        match value {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                out.push('{');
                for (i, key) in keys.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::String(key.clone()).to_string());
                    out.push(':');
                    write(&map[key], out);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(item, out);
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut document = document.clone();
    if let Value::Object(map) = &mut document {
        map.remove("revision");
        map.remove("etag");
    }
    let mut out = String::new();
    write(&document, &mut out);
    out
}

/// Reads the document, collecting every fault with its JSON path.
struct Reader {
    file: PathBuf,
    faults: Vec<Diagnostic>,
}

/// `parent.key`, or `key` at the root.
fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

impl Reader {
    fn fault(&mut self, path: &str, message: impl Into<String>) {
        self.faults
            .push(Diagnostic::new(&self.file, path, message.into()));
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(map) => Some(map),
            other => {
                self.fault(path, format!("expected an object, found {}", kind(other)));
                None
            }
        }
    }

    /// A string member; a missing one is a fault when `required`.
    fn string(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<String> {
        match map.get(key) {
            Some(Value::String(s)) => Some(s.clone()),
            None if !required => None,
            None => {
                self.fault(path, format!("missing `{key}`"));
                None
            }
            Some(other) => {
                self.fault(
                    &join(path, key),
                    format!("expected a string, found {}", kind(other)),
                );
                None
            }
        }
    }

    fn flag(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> bool {
        match map.get(key) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.fault(
                    &join(path, key),
                    format!("expected true or false, found {}", kind(other)),
                );
                false
            }
        }
    }

    fn strings(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> Vec<String> {
        match map.get(key) {
            None => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| match item {
                    Value::String(s) => Some(s.clone()),
                    other => {
                        self.fault(
                            &format!("{}[{i}]", join(path, key)),
                            format!("expected a string, found {}", kind(other)),
                        );
                        None
                    }
                })
                .collect(),
            Some(other) => {
                self.fault(
                    &join(path, key),
                    format!("expected an array of strings, found {}", kind(other)),
                );
                Vec::new()
            }
        }
    }

    fn document(&mut self, document: &Value, file: &Path) -> Option<RestFile> {
        let root = self.object(document, "")?;
        let id = self.string(root, "", "id", true);
        let version = self.string(root, "", "version", true);
        let title = self.string(root, "", "title", true);
        let root_url = self.string(root, "", "rootUrl", true);
        let service_path = self.string(root, "", "servicePath", false);
        let doc = self.string(root, "", "description", false);
        let name = self.string(root, "", "name", true);

        let mut types = Vec::new();
        match root.get("schemas") {
            None => {}
            Some(schemas) => {
                if let Some(schemas) = self.object(schemas, "schemas") {
                    for (schema_name, schema) in schemas {
                        self.schema(schema_name, schema, &mut types);
                    }
                }
            }
        }
        types.sort_by(|a: &RestType, b| a.name().cmp(b.name()));
        let mut seen = BTreeSet::new();
        for ty in &types {
            if !seen.insert(ty.name().to_owned()) {
                self.fault(
                    "schemas",
                    format!(
                        "two types would be named `{}` (an inline enum is named <Schema><Property>)",
                        ty.name()
                    ),
                );
            }
        }

        let mut methods = Vec::new();
        if let Some(top) = root.get("methods") {
            self.methods(top, "methods", "", &mut methods);
        }
        if let Some(resources) = root.get("resources") {
            if let Some(resources) = self.object(resources, "resources") {
                for (resource, body) in resources {
                    // Methods are named below their top resource: `properties.runReport` is
                    // `runReport`, `properties.audienceExports.create` is
                    // `audienceExports.create`.
                    self.resource(body, &join("resources", resource), "", &mut methods);
                }
            }
        }
        methods.sort_by(|a: &RestMethod, b| a.name.cmp(&b.name));
        for pair in methods.windows(2) {
            if pair[0].name == pair[1].name {
                let name = pair[0].name.clone();
                self.fault(
                    "resources",
                    format!("two methods are named `{name}` below their top resources"),
                );
            }
        }
        for method in &methods {
            for (which, reference) in [("request", &method.request), ("response", &method.response)]
            {
                if let Some(reference) = reference {
                    if !types.iter().any(|t| t.name() == reference) {
                        self.fault(
                            &method.id,
                            format!(
                                "the {which} type `{reference}` is not a schema of the document"
                            ),
                        );
                    }
                }
            }
        }

        let (id, version, title, root_url, name) = (id?, version?, title?, root_url?, name?);
        let file_name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Some(RestFile {
            comment: Some(format!(
                "Imported from the Discovery document {file_name} ({name} {version}) by \
                 `cargo run -p codegen -- import --from-discovery`; do not edit by hand."
            )),
            api: OUT_SUBDIR.to_owned(),
            module: version,
            title,
            source: RestSource {
                file: file_name,
                id,
                canonical_sha256: hex(&Sha256::digest(canonical_json(document).as_bytes())),
            },
            root_url,
            service_path: service_path.unwrap_or_default(),
            doc,
            methods,
            types,
        })
    }

    fn resource(&mut self, body: &Value, path: &str, prefix: &str, out: &mut Vec<RestMethod>) {
        let Some(body) = self.object(body, path) else {
            return;
        };
        if let Some(methods) = body.get("methods") {
            self.methods(methods, &join(path, "methods"), prefix, out);
        }
        if let Some(resources) = body.get("resources") {
            let resources_path = join(path, "resources");
            if let Some(resources) = self.object(resources, &resources_path) {
                for (name, inner) in resources {
                    self.resource(
                        inner,
                        &join(&resources_path, name),
                        &format!("{prefix}{name}."),
                        out,
                    );
                }
            }
        }
    }

    fn methods(&mut self, methods: &Value, path: &str, prefix: &str, out: &mut Vec<RestMethod>) {
        let Some(methods) = self.object(methods, path) else {
            return;
        };
        for (name, method) in methods {
            let path = join(path, name);
            if let Some(method) = self.method(&format!("{prefix}{name}"), method, &path) {
                out.push(method);
            }
        }
    }

    fn method(&mut self, name: &str, method: &Value, path: &str) -> Option<RestMethod> {
        let body = self.object(method, path)?;
        let id = self.string(body, path, "id", true);
        let http_method = self.string(body, path, "httpMethod", true);
        let template = self.string(body, path, "path", true);
        let doc = self.string(body, path, "description", false);
        let scopes = self.strings(body, path, "scopes");
        let order = self.strings(body, path, "parameterOrder");
        let request = self.reference(body, path, "request");
        let response = self.reference(body, path, "response");
        if let Some(http) = &http_method {
            if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&http.as_str()) {
                self.fault(
                    &join(path, "httpMethod"),
                    format!("unknown HTTP method `{http}`"),
                );
            }
        }
        let mut parameters = Vec::new();
        if let Some(params) = body.get("parameters") {
            let params_path = join(path, "parameters");
            if let Some(params) = self.object(params, &params_path) {
                for (param_name, param) in params {
                    if let Some(p) =
                        self.parameter(param_name, param, &join(&params_path, param_name))
                    {
                        parameters.push(p);
                    }
                }
            }
        }
        // Path parameters in `parameterOrder`, then the others by name.
        let rank = |p: &RestParameter| {
            order
                .iter()
                .position(|o| *o == p.name)
                .unwrap_or(usize::MAX)
        };
        parameters.sort_by(|a, b| (rank(a), &a.name).cmp(&(rank(b), &b.name)));
        for name in &order {
            if !parameters.iter().any(|p| p.name == *name) {
                self.fault(
                    &join(path, "parameterOrder"),
                    format!("`{name}` is not a parameter of the method"),
                );
            }
        }
        if let Some(template) = &template {
            for param in parameters
                .iter()
                .filter(|p| p.location == ParameterLocation::Path)
            {
                let plain = format!("{{{}}}", param.name);
                let reserved = format!("{{+{}}}", param.name);
                if !template.contains(&plain) && !template.contains(&reserved) {
                    self.fault(
                        &join(path, "path"),
                        format!(
                            "the path parameter `{}` is not in the path template `{template}`",
                            param.name
                        ),
                    );
                }
            }
        }
        Some(RestMethod {
            name: name.to_owned(),
            id: id?,
            http_method: http_method?,
            path: template?,
            parameters,
            request,
            response,
            quota_category: None,
            quota_note: None,
            scopes,
            doc,
        })
    }

    /// `request`/`response`: `{"$ref": "Type"}`.
    fn reference(&mut self, body: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let value = body.get(key)?;
        let path = join(path, key);
        let map = self.object(value, &path)?;
        self.string(map, &path, "$ref", true)
    }

    fn parameter(&mut self, name: &str, param: &Value, path: &str) -> Option<RestParameter> {
        let body = self.object(param, path)?;
        let location = match self.string(body, path, "location", true)?.as_str() {
            "path" => ParameterLocation::Path,
            "query" => ParameterLocation::Query,
            other => {
                self.fault(
                    &join(path, "location"),
                    format!("unknown location `{other}` (expected path or query)"),
                );
                return None;
            }
        };
        let ty = self.primitive(body, path)?;
        Some(RestParameter {
            name: name.to_owned(),
            location,
            ty,
            required: self.flag(body, path, "required"),
            repeated: self.flag(body, path, "repeated"),
            pattern: self.string(body, path, "pattern", false),
            doc: self.string(body, path, "description", false),
        })
    }

    /// The primitive type name of a `type` + `format` pair.
    fn primitive(&mut self, body: &Map<String, Value>, path: &str) -> Option<String> {
        let ty = self.string(body, path, "type", true)?;
        let format = self.string(body, path, "format", false);
        let name = match (ty.as_str(), format.as_deref()) {
            ("string", Some("int64")) => "int64",
            ("string", Some("uint64")) => "uint64",
            ("string", _) => "string",
            ("boolean", _) => "boolean",
            ("integer", Some("uint32")) => "uint32",
            ("integer", Some("int32") | None) => "int32",
            ("number", Some("float")) => "float",
            ("number", Some("double") | None) => "double",
            ("any", _) => "any",
            (ty, format) => {
                self.fault(
                    &join(path, "type"),
                    format!(
                        "unsupported type `{ty}`{}",
                        format
                            .map(|f| format!(" with format `{f}`"))
                            .unwrap_or_default()
                    ),
                );
                return None;
            }
        };
        Some(name.to_owned())
    }

    fn schema(&mut self, name: &str, schema: &Value, types: &mut Vec<RestType>) {
        let path = join("schemas", name);
        let Some(body) = self.object(schema, &path) else {
            return;
        };
        if let Some(id) = self.string(body, &path, "id", false) {
            if id != name {
                self.fault(
                    &join(&path, "id"),
                    format!("the schema's id `{id}` is not its name `{name}`"),
                );
            }
        }
        match self.string(body, &path, "type", true).as_deref() {
            Some("object") => {}
            Some(other) => {
                self.fault(
                    &join(&path, "type"),
                    format!("a top-level schema of type `{other}` is not supported (only objects)"),
                );
                return;
            }
            None => return,
        }
        let doc = self.string(body, &path, "description", false);
        let mut fields = Vec::new();
        if let Some(properties) = body.get("properties") {
            let properties_path = join(&path, "properties");
            if let Some(properties) = self.object(properties, &properties_path) {
                for (field_name, property) in properties {
                    let field_path = join(&properties_path, field_name);
                    if let Some(field) = self.field(name, field_name, property, &field_path, types)
                    {
                        fields.push(field);
                    }
                }
            }
        }
        fields.sort_by(|a: &RestField, b| a.name.cmp(&b.name));
        types.push(RestType::Struct(RestStruct {
            name: name.to_owned(),
            doc,
            fields,
        }));
    }

    fn field(
        &mut self,
        schema: &str,
        name: &str,
        property: &Value,
        path: &str,
        types: &mut Vec<RestType>,
    ) -> Option<RestField> {
        let body = self.object(property, path)?;
        let doc = self.string(body, path, "description", false);
        let read_only = self.flag(body, path, "readOnly");
        let deprecated = self.flag(body, path, "deprecated");
        let mut field = RestField {
            name: name.to_owned(),
            ty: String::new(),
            format: None,
            repeated: false,
            map: false,
            read_only,
            deprecated,
            doc,
        };
        // The element of an array, a map or an array of maps, its own `description` aside.
        let mut element = body;
        let mut element_path = path.to_owned();
        if element.get("type") == Some(&Value::String("array".into())) {
            field.repeated = true;
            element_path = join(path, "items");
            let Some(items) = element.get("items") else {
                self.fault(path, "an array without `items`");
                return None;
            };
            element = self.object(items, &element_path)?;
        }
        if element.get("type") == Some(&Value::String("object".into())) {
            if element.contains_key("properties") {
                self.fault(
                    &element_path,
                    "an inline object schema is not supported (give it a name in `schemas`)",
                );
                return None;
            }
            let Some(values) = element.get("additionalProperties") else {
                self.fault(
                    &element_path,
                    "an object without `properties` or `additionalProperties`",
                );
                return None;
            };
            field.map = true;
            element_path = join(&element_path, "additionalProperties");
            element = self.object(values, &element_path)?;
        }
        if let Some(Value::String(t)) = element.get("type") {
            if t == "array" || t == "object" {
                self.fault(
                    &join(&element_path, "type"),
                    "arrays and maps nested deeper than an array of maps are not supported",
                );
                return None;
            }
        }
        if let Some(reference) = element.get("$ref") {
            match reference {
                Value::String(r) => field.ty = r.clone(),
                other => {
                    self.fault(
                        &join(&element_path, "$ref"),
                        format!("expected a string, found {}", kind(other)),
                    );
                    return None;
                }
            }
        } else if element.contains_key("enum") {
            let values = self.strings(element, &element_path, "enum");
            let descriptions = self.strings(element, &element_path, "enumDescriptions");
            let deprecated = match element.get("enumDeprecated") {
                Some(Value::Array(flags)) => {
                    flags.iter().map(|f| f == &Value::Bool(true)).collect()
                }
                _ => Vec::new(),
            };
            if !descriptions.is_empty() && descriptions.len() != values.len() {
                self.fault(
                    &join(&element_path, "enumDescriptions"),
                    format!(
                        "{} descriptions for {} values",
                        descriptions.len(),
                        values.len()
                    ),
                );
            }
            if values.is_empty() {
                self.fault(&join(&element_path, "enum"), "an enum without values");
                return None;
            }
            if self.string(element, &element_path, "type", true).as_deref() != Some("string") {
                self.fault(&join(&element_path, "type"), "an enum that is not a string");
                return None;
            }
            let enum_name = format!("{schema}{}", upper_first(name));
            types.push(RestType::Enum(RestEnum {
                name: enum_name.clone(),
                defined_at: format!("{schema}.{name}"),
                values: values
                    .into_iter()
                    .enumerate()
                    .map(|(i, value)| RestEnumValue {
                        value,
                        doc: descriptions.get(i).filter(|d| !d.is_empty()).cloned(),
                        deprecated: deprecated.get(i).copied().unwrap_or(false),
                    })
                    .collect(),
            }));
            field.ty = enum_name;
        } else if element.contains_key("type") {
            field.ty = self.primitive(element, &element_path)?;
            if field.ty == "string" {
                field.format = self.string(element, &element_path, "format", false);
            }
        } else {
            self.fault(&element_path, "neither `$ref` nor `type`");
            return None;
        }
        Some(field)
    }
}

/// `metricValues` -> `MetricValues`.
fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Sets each method's quota category from the method-categories table (tab-separated, a
/// header line naming the columns `method`, `version`, `http`, `path`, `quota_category`).
fn apply_categories(file: &mut RestFile, path: &Path, table: &str, faults: &mut Vec<Diagnostic>) {
    let mut lines = table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        faults.push(Diagnostic::new(path, "", "the table is empty"));
        return;
    };
    let columns: Vec<&str> = header.split('\t').collect();
    let mut column = |name: &str| {
        let found = columns.iter().position(|c| *c == name);
        if found.is_none() {
            faults.push(Diagnostic::new(
                path,
                "line 1",
                format!(
                    "no `{name}` column (the columns are: {})",
                    columns.join(", ")
                ),
            ));
        }
        found
    };
    let (Some(method_col), Some(version_col), Some(http_col), Some(path_col), Some(category_col)) = (
        column("method"),
        column("version"),
        column("http"),
        column("path"),
        column("quota_category"),
    ) else {
        return;
    };
    // `properties.runReport` -> the method named `runReport`.
    let by_id: BTreeMap<String, usize> = file
        .methods
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let below_api = m.id.split_once('.')?.1;
            Some((below_api.to_owned(), i))
        })
        .collect();
    for (number, line) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |i: usize| cells.get(i).map(|c| c.trim()).unwrap_or("");
        let location = format!("line {}", number + 1);
        if cell(version_col) != file.module {
            continue;
        }
        let Some(&index) = by_id.get(cell(method_col)) else {
            faults.push(Diagnostic::new(
                path,
                location,
                format!(
                    "`{}` is not a method of the document (version {})",
                    cell(method_col),
                    file.module
                ),
            ));
            continue;
        };
        let method = &mut file.methods[index];
        if cell(http_col) != method.http_method || cell(path_col) != method.path {
            faults.push(Diagnostic::new(
                path,
                location,
                format!(
                    "`{}` is {} {} in the table but {} {} in the document",
                    cell(method_col),
                    cell(http_col),
                    cell(path_col),
                    method.http_method,
                    method.path
                ),
            ));
            continue;
        }
        let text = cell(category_col);
        let (first, rest) = match text.split_once(' ') {
            Some((first, rest)) => (first, rest.trim()),
            None => (text, ""),
        };
        if QUOTA_CATEGORIES.contains(&first) {
            method.quota_category = Some(first.to_owned());
            method.quota_note = (!rest.is_empty()).then(|| rest.to_owned());
        } else {
            // Not charged to a known category: the table's words are all there is.
            method.quota_note = (!text.is_empty()).then(|| text.to_owned());
        }
    }
}

/// A schema file as written: serde_json pretty (2-space indent) with a trailing newline.
pub fn to_json(file: &RestFile) -> String {
    let mut text = serde_json::to_string_pretty(file).unwrap_or_default();
    text.push('\n');
    text
}

/// How the file on disk compares with what the document gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Comparison {
    /// The same JSON value (formatting and key order aside).
    Same,
    /// No file on disk.
    Missing,
    /// Different; the first differences, each as a JSON path and what changed.
    Differs(Vec<String>),
}

/// Compares the text of the file on disk with the produced file as parsed JSON.
pub fn compare(on_disk: Option<&str>, produced: &RestFile) -> Comparison {
    compare_json(
        on_disk,
        &serde_json::to_value(produced).unwrap_or(Value::Null),
    )
}

/// Compares the text of a file on disk with the JSON value an importer produced: neither the
/// order of keys nor the formatting is a change.
pub fn compare_json(on_disk: Option<&str>, new: &Value) -> Comparison {
    let Some(text) = on_disk else {
        return Comparison::Missing;
    };
    let old: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Comparison::Differs(vec![format!("the file on disk is not JSON: {e}")]),
    };
    if &old == new {
        return Comparison::Same;
    }
    let mut differences = Vec::new();
    value_differences(&old, new, "", &mut differences);
    Comparison::Differs(differences)
}

const MAX_DIFFERENCES: usize = 8;

/// The paths where `old` and `new` differ, arrays of named items matched by `name`.
fn value_differences(old: &Value, new: &Value, path: &str, out: &mut Vec<String>) {
    if out.len() >= MAX_DIFFERENCES || old == new {
        return;
    }
    let name_of = |v: &Value| v.get("name").and_then(Value::as_str).map(str::to_owned);
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for key in keys {
                let inner = join(path, key);
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => value_differences(x, y, &inner, out),
                    (None, Some(_)) => out.push(format!("{inner}: added")),
                    (Some(_), None) => out.push(format!("{inner}: removed")),
                    (None, None) => {}
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.iter().chain(b).all(|v| name_of(v).is_some()) => {
            let index = |items: &Vec<Value>| -> BTreeMap<String, Value> {
                items
                    .iter()
                    .filter_map(|v| Some((name_of(v)?, v.clone())))
                    .collect()
            };
            let (a, b) = (index(a), index(b));
            let names: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for name in names {
                let inner = format!("{path}[{name}]");
                match (a.get(name), b.get(name)) {
                    (Some(x), Some(y)) => value_differences(x, y, &inner, out),
                    (None, Some(_)) => out.push(format!("{inner}: added")),
                    (Some(_), None) => out.push(format!("{inner}: removed")),
                    (None, None) => {}
                }
            }
        }
        _ => out.push(format!("{path}: {} -> {}", short(old), short(new))),
    }
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}...", text.chars().take(57).collect::<String>())
    } else {
        text
    }
}

/// Runs `codegen import --from-discovery`; progress to stdout, faults and (with `check`)
/// differences to stderr; `false` when there was any.
pub fn run(options: &DiscoveryOptions) -> bool {
    let document = &options.document;
    let text = match std::fs::read_to_string(document) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "import: cannot read the Discovery document {}: {e}",
                document.display()
            );
            return false;
        }
    };
    let beside = document.with_file_name("method-categories.tsv");
    let table_path = match &options.quota_categories {
        Some(path) => Some(path.clone()),
        None => beside.is_file().then_some(beside),
    };
    let table = match &table_path {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => Some((path.clone(), text)),
            Err(e) => {
                eprintln!(
                    "import: cannot read the method-categories table {}: {e}",
                    path.display()
                );
                return false;
            }
        },
        None => None,
    };
    let categories = table.as_ref().map(|(p, t)| (p.as_path(), t.as_str()));
    let (name, file) = match import_document(document, &text, categories) {
        Ok(imported) => imported,
        Err(faults) => {
            eprintln!(
                "import: {} fault(s) in {}:",
                faults.len(),
                document.display()
            );
            for fault in &faults {
                eprintln!("  {fault}");
            }
            return false;
        }
    };
    let target = options.schema.join(OUT_SUBDIR).join(&name);
    let on_disk = std::fs::read_to_string(&target).ok();
    let comparison = compare(on_disk.as_deref(), &file);
    let counts = format!("{} methods, {} types", file.methods.len(), file.types.len());
    if options.check {
        return match comparison {
            Comparison::Same => {
                println!(
                    "import --check: {} is up to date with {} ({counts})",
                    target.display(),
                    document.display()
                );
                true
            }
            Comparison::Missing => {
                eprintln!("missing: {}", target.display());
                eprintln!(
                    "import --check: run `cargo run -p codegen -- import --from-discovery {}`",
                    document.display()
                );
                false
            }
            Comparison::Differs(what) => {
                eprintln!("differs: {}", target.display());
                for line in what {
                    eprintln!("    {line}");
                }
                eprintln!(
                    "import --check: {} differs from {}: run `cargo run -p codegen -- import --from-discovery {}`",
                    target.display(),
                    document.display(),
                    document.display()
                );
                false
            }
        };
    }
    let text = to_json(&file);
    if on_disk.as_deref() == Some(text.as_str()) {
        println!("import: {} unchanged ({counts})", target.display());
        return true;
    }
    if let Err(e) = target
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(&target, text))
    {
        eprintln!("import: writing {}: {e}", target.display());
        return false;
    }
    println!("wrote   {} ({counts})", target.display());
    true
}
