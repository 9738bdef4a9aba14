//! The REST frontend: `schema/ga4_data/*.json` (one API version a file, in the format of
//! [`mod@format`], written by the Discovery importer), checked and resolved into a
//! [`RestModel`].
//!
//! Every fault is reported with its file and JSON path: unknown keys, a module that is not the
//! file's name, duplicate or unusable names, unknown type references, an unknown HTTP method,
//! quota category or parameter type, a path parameter missing from its template.

pub mod format;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use heck::ToUpperCamelCase;

use self::format::{ParameterLocation, RestFile, RestType};
use crate::model::rest::{
    EnumModel, FieldModel, HttpMethod, MethodModel, ParameterModel, Primitive, RestApiModel,
    RestModel, StructModel, TypeModel, TypeRef, VariantModel,
};
use crate::{naming, Diagnostic, Diagnostics};

/// The API folders the REST loader reads.
pub const REST_APIS: &[&str] = &["ga4_data"];

/// The quota categories a method may name.
pub const QUOTA_CATEGORIES: &[&str] = &["core", "realtime", "funnel", "chat"];

/// Loads `schema_dir/ga4_data/*.json` into a model; `Ok(None)` when the folder is missing.
pub fn load(schema_dir: &Path) -> Result<Option<RestModel>, Diagnostics> {
    let mut diagnostics = Vec::new();
    let mut apis = Vec::new();
    let mut found = false;
    for api in REST_APIS {
        let dir = schema_dir.join(api);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                diagnostics.push(Diagnostic::new(
                    &dir,
                    "",
                    format!("cannot read folder: {e}"),
                ));
                continue;
            }
        };
        found = true;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let Some(file) = super::read_json::<RestFile>(&path, &mut diagnostics) else {
                continue;
            };
            let display_path = format!(
                "schema/{api}/{}",
                path.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default()
            );
            if let Some(model) = resolve(&path, &display_path, api, &file, &mut diagnostics) {
                apis.push(model);
            }
        }
    }
    if !diagnostics.is_empty() {
        diagnostics.sort();
        diagnostics.dedup();
        return Err(Diagnostics(diagnostics));
    }
    apis.sort_by(|a, b| a.module.cmp(&b.module));
    Ok(found.then_some(RestModel { apis }))
}

/// Checks one file and resolves it; `None` (with diagnostics) when it has faults.
pub fn resolve(
    path: &Path,
    display_path: &str,
    api: &str,
    file: &RestFile,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<RestApiModel> {
    let before = diagnostics.len();
    let mut fault = |location: String, message: String| {
        diagnostics.push(Diagnostic::new(path, location, message));
    };
    if file.api != api {
        fault(
            "api".into(),
            format!("`{}` in the folder `{api}`", file.api),
        );
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if file.module != stem {
        fault(
            "module".into(),
            format!("`{}` is not the file's name `{stem}`", file.module),
        );
    }
    if !naming::is_identifier_like(&file.module) {
        fault(
            "module".into(),
            format!("`{}` cannot be a Rust module name", file.module),
        );
    }

    // Types: names, then references.
    let mut rust_names: BTreeMap<String, String> = BTreeMap::new();
    let mut taken = BTreeSet::new();
    let mut kinds: BTreeMap<&str, bool> = BTreeMap::new(); // name -> is a struct
    for (i, ty) in file.types.iter().enumerate() {
        let name = ty.name();
        if !naming::is_identifier_like(name) {
            fault(
                format!("types[{i}].name"),
                format!("`{name}` cannot be a Rust type name"),
            );
            continue;
        }
        if kinds
            .insert(name, matches!(ty, RestType::Struct(_)))
            .is_some()
        {
            fault(
                format!("types[{i}].name"),
                format!("duplicate type `{name}`"),
            );
            continue;
        }
        let rust = naming::type_name(name);
        if !taken.insert(rust.clone()) {
            fault(
                format!("types[{i}].name"),
                format!("`{name}` has the same Rust name `{rust}` as another type"),
            );
        }
        rust_names.insert(name.to_owned(), rust);
    }
    let mut types = Vec::new();
    for (i, ty) in file.types.iter().enumerate() {
        match ty {
            RestType::Struct(s) => {
                let mut fields = Vec::new();
                let mut seen = BTreeSet::new();
                for (j, f) in s.fields.iter().enumerate() {
                    let at = format!("types[{i}].fields[{j}]");
                    // JSON keys may hold characters a Rust name cannot (`@type`).
                    let plain = f.name.replace(['-', '.', '@', '$'], "_");
                    let rust = naming::field_name(&plain);
                    if !naming::is_identifier_like(&plain) {
                        fault(
                            format!("{at}.name"),
                            format!("`{}` cannot become a Rust field name", f.name),
                        );
                    }
                    if !seen.insert(rust.clone()) || rust == "unknown_fields" {
                        fault(
                            format!("{at}.name"),
                            format!("duplicate field `{}` (Rust `{rust}`)", f.name),
                        );
                    }
                    let ty = match Primitive::parse(&f.ty) {
                        Some(p) => TypeRef::Primitive(p),
                        None => match rust_names.get(&f.ty) {
                            Some(rust) => TypeRef::Named(rust.clone()),
                            None => {
                                fault(
                                    format!("{at}.type"),
                                    format!("unknown type `{}` (a primitive: {}, or a type of the file)", f.ty, format::PRIMITIVES.join(", ")),
                                );
                                continue;
                            }
                        },
                    };
                    if f.format.is_some() && ty != TypeRef::Primitive(Primitive::String) {
                        fault(
                            format!("{at}.format"),
                            "a format is only given for strings".into(),
                        );
                    }
                    fields.push(FieldModel {
                        wire: f.name.clone(),
                        rust,
                        ty,
                        format: f.format.clone(),
                        repeated: f.repeated,
                        map: f.map,
                        boxed: false,
                        read_only: f.read_only,
                        deprecated: f.deprecated,
                        doc: f.doc.clone(),
                    });
                }
                types.push(TypeModel::Struct(StructModel {
                    wire: s.name.clone(),
                    rust: rust_names.get(&s.name).cloned().unwrap_or_default(),
                    doc: s.doc.clone(),
                    fields,
                }));
            }
            RestType::Enum(e) => {
                if e.values.is_empty() {
                    fault(
                        format!("types[{i}].values"),
                        "an enum without values".into(),
                    );
                }
                let mut variants = Vec::new();
                let mut seen = BTreeSet::new();
                let mut seen_wire = BTreeSet::new();
                for (j, v) in e.values.iter().enumerate() {
                    if !seen_wire.insert(v.value.as_str()) {
                        fault(
                            format!("types[{i}].values[{j}]"),
                            format!("duplicate value `{}`", v.value),
                        );
                        continue;
                    }
                    let Some(rust) = naming::variant_name(&v.value) else {
                        fault(
                            format!("types[{i}].values[{j}]"),
                            format!("`{}` cannot become a Rust variant", v.value),
                        );
                        continue;
                    };
                    if !seen.insert(rust.clone()) || rust == "Unrecognized" {
                        fault(
                            format!("types[{i}].values[{j}]"),
                            format!(
                                "`{}` has the same Rust variant `{rust}` as another value",
                                v.value
                            ),
                        );
                        continue;
                    }
                    variants.push(VariantModel {
                        wire: v.value.clone(),
                        rust,
                        doc: v.doc.clone(),
                        deprecated: v.deprecated,
                    });
                }
                types.push(TypeModel::Enum(EnumModel {
                    wire: e.name.clone(),
                    rust: rust_names.get(&e.name).cloned().unwrap_or_default(),
                    defined_at: e.defined_at.clone(),
                    variants,
                }));
            }
        }
    }
    mark_boxed(&mut types);

    // Methods.
    let mut methods = Vec::new();
    let mut method_names = BTreeSet::new();
    for (i, m) in file.methods.iter().enumerate() {
        let at = format!("methods[{i}]");
        let rust = m.name.replace('.', "_").to_upper_camel_case();
        if !naming::is_identifier_like(&m.name.replace('.', "_")) {
            fault(
                format!("{at}.name"),
                format!("`{}` cannot become a Rust name", m.name),
            );
        }
        if !method_names.insert(rust.clone()) {
            fault(
                format!("{at}.name"),
                format!("duplicate method `{}` (Rust `{rust}`)", m.name),
            );
        }
        let http_method = HttpMethod::parse(&m.http_method);
        if http_method.is_none() {
            fault(
                format!("{at}.http_method"),
                format!("unknown HTTP method `{}`", m.http_method),
            );
        }
        if let Some(category) = &m.quota_category {
            if !QUOTA_CATEGORIES.contains(&category.as_str()) {
                fault(
                    format!("{at}.quota_category"),
                    format!(
                        "unknown quota category `{category}` (expected one of {})",
                        QUOTA_CATEGORIES.join(", ")
                    ),
                );
            }
        }
        let mut body_type = |key: &str, name: &Option<String>| -> Option<String> {
            let name = name.as_ref()?;
            match kinds.get(name.as_str()) {
                Some(true) => rust_names.get(name).cloned(),
                Some(false) => {
                    fault(
                        format!("{at}.{key}"),
                        format!("`{name}` is an enum, not an object"),
                    );
                    None
                }
                None => {
                    fault(format!("{at}.{key}"), format!("unknown type `{name}`"));
                    None
                }
            }
        };
        let request = body_type("request", &m.request);
        let response = body_type("response", &m.response);
        let mut path_parameters = Vec::new();
        let mut query_parameters = Vec::new();
        let mut seen = BTreeSet::new();
        for (j, p) in m.parameters.iter().enumerate() {
            let p_at = format!("{at}.parameters[{j}]");
            let Some(ty) = Primitive::parse(&p.ty).filter(|t| *t != Primitive::Any) else {
                fault(
                    format!("{p_at}.type"),
                    format!("`{}` is not a parameter type", p.ty),
                );
                continue;
            };
            let rust = naming::field_name(&p.name.replace(['-', '.', '$'], "_"));
            if !seen.insert(rust.clone()) {
                fault(
                    format!("{p_at}.name"),
                    format!("duplicate parameter `{}`", p.name),
                );
            }
            let model = ParameterModel {
                wire: p.name.clone(),
                rust,
                ty,
                required: p.required,
                repeated: p.repeated,
                pattern: p.pattern.clone(),
                doc: p.doc.clone(),
            };
            match p.location {
                ParameterLocation::Path => {
                    let in_template = m.path.contains(&format!("{{{}}}", p.name))
                        || m.path.contains(&format!("{{+{}}}", p.name));
                    if !in_template {
                        fault(
                            format!("{p_at}.name"),
                            format!(
                                "the path parameter `{}` is not in the path `{}`",
                                p.name, m.path
                            ),
                        );
                    }
                    if p.repeated {
                        fault(
                            format!("{p_at}.repeated"),
                            "a path parameter cannot be repeated".into(),
                        );
                    }
                    path_parameters.push(model);
                }
                ParameterLocation::Query => query_parameters.push(model),
            }
        }
        for name in template_names(&m.path) {
            if !path_parameters.iter().any(|p| p.wire == name) {
                fault(
                    format!("{at}.path"),
                    format!("`{{{name}}}` in the path is not a path parameter"),
                );
            }
        }
        methods.push(MethodModel {
            name: m.name.clone(),
            id: m.id.clone(),
            params_rust: format!("{rust}Params"),
            rust,
            http_method: http_method.unwrap_or(HttpMethod::Get),
            path: m.path.clone(),
            path_parameters,
            query_parameters,
            request,
            response,
            quota_category: m.quota_category.clone(),
            quota_note: m.quota_note.clone(),
            scopes: m.scopes.clone(),
            doc: m.doc.clone(),
        });
    }
    if diagnostics.len() > before {
        return None;
    }
    Some(RestApiModel {
        module: file.module.clone(),
        display_path: display_path.to_owned(),
        title: file.title.clone(),
        document_id: file.source.id.clone(),
        canonical_sha256: file.source.canonical_sha256.clone(),
        base_url: format!("{}{}", file.root_url, file.service_path),
        doc: file.doc.clone(),
        methods,
        types,
    })
}

/// The names in `{name}` and `{+name}` of a path template.
pub fn template_names(template: &str) -> Vec<String> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}'))
        .map(|(name, _)| name.trim_start_matches('+').to_owned())
        .collect()
}

/// Boxes every field that is neither an array nor a map and through which its struct contains
/// itself (`FilterExpression.notExpression`): such a type has no finite size otherwise.
fn mark_boxed(types: &mut [TypeModel]) {
    // Direct containment: struct -> the structs its plain fields hold.
    let direct: BTreeMap<String, Vec<String>> = types
        .iter()
        .filter_map(|t| match t {
            TypeModel::Struct(s) => Some((
                s.rust.clone(),
                s.fields
                    .iter()
                    .filter(|f| !f.repeated && !f.map)
                    .filter_map(|f| match &f.ty {
                        TypeRef::Named(n) => Some(n.clone()),
                        TypeRef::Primitive(_) => None,
                    })
                    .collect(),
            )),
            TypeModel::Enum(_) => None,
        })
        .collect();
    let reaches = |from: &str, to: &str| -> bool {
        let mut stack = vec![from.to_owned()];
        let mut seen = BTreeSet::new();
        while let Some(next) = stack.pop() {
            if next == to {
                return true;
            }
            if seen.insert(next.clone()) {
                stack.extend(direct.get(&next).into_iter().flatten().cloned());
            }
        }
        false
    };
    for ty in types.iter_mut() {
        if let TypeModel::Struct(s) = ty {
            for f in &mut s.fields {
                if let (false, false, TypeRef::Named(target)) = (f.repeated, f.map, &f.ty) {
                    f.boxed = reaches(target, &s.rust);
                }
            }
        }
    }
}
