//! The Yandex Metrica Reporting API (`schema/metrica/fields.json`, written by the importer
//! `codegen::import::metrica`, and `schema/metrica/endpoints.json`, written by hand): their
//! [`mod@format`], and [`load`] that checks them into a [`MetricaModel`] for the emitter
//! (`codegen::emit::metrica`).

pub mod format;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use self::format::{EndpointsFile, FieldKind, MetricaFile};
use crate::model::metrica::{
    AliasModel, EndpointModel, EndpointsModel, FieldModel, MetricType, MetricaModel, Operator,
    ParamKind, ParamModel, PlaceholderForm, PlaceholderModel, TypeFieldModel, TypeModel, ValueType,
};
use crate::{Diagnostic, Diagnostics};

/// The folder of the Metrica schema.
pub const FOLDER: &str = "metrica";
/// Its file.
pub const FILE: &str = "fields.json";
/// The file of the endpoints and answers (written by hand).
pub const ENDPOINTS_FILE: &str = "endpoints.json";

/// Loads `schema_dir/metrica/fields.json` into a model; `Ok(None)` when the file is missing.
/// Refused, with the JSON path: an unknown key, operator or metric type, a parameter that is
/// no placeholder, a duplicate name, an alias of a name that is not a template.
pub fn load(schema_dir: &Path) -> Result<Option<MetricaModel>, Diagnostics> {
    let path = schema_dir.join(FOLDER).join(FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Diagnostics(vec![Diagnostic::new(
                &path,
                "",
                format!("cannot read: {e}"),
            )]))
        }
    };
    let mut faults = Vec::new();
    let Some(file) = crate::frontend::parse_json::<MetricaFile>(&path, &text, &mut faults) else {
        return Err(Diagnostics(faults));
    };
    let fault = |faults: &mut Vec<Diagnostic>, at: String, message: String| {
        faults.push(Diagnostic::new(&path, at, message));
    };
    let placeholders: Vec<PlaceholderModel> = file
        .placeholders
        .iter()
        .map(|p| PlaceholderModel {
            name: p.name.clone(),
            form: match &p.form {
                format::PlaceholderForm::OneOf { values } => PlaceholderForm::OneOf(values.clone()),
                format::PlaceholderForm::Digits => PlaceholderForm::Digits,
                format::PlaceholderForm::CurrencyCode => PlaceholderForm::CurrencyCode,
            },
            default: p.default.clone(),
            query_parameter: p.query_parameter.clone(),
        })
        .collect();
    let known: BTreeSet<&str> = placeholders.iter().map(|p| p.name.as_str()).collect();
    let operators = |faults: &mut Vec<Diagnostic>, at: &str, symbols: &[String]| {
        let mut out = Vec::new();
        for (i, symbol) in symbols.iter().enumerate() {
            match Operator::from_symbol(symbol) {
                Some(operator) => out.push(operator),
                None => fault(
                    faults,
                    format!("{at}.operators[{i}]"),
                    format!("unknown filter operator `{symbol}`"),
                ),
            }
        }
        out
    };
    let mut names = BTreeSet::new();
    let (mut dimensions, mut metrics) = (Vec::new(), Vec::new());
    for (i, field) in file.fields.iter().enumerate() {
        let at = format!("fields[{i}]");
        if !names.insert(field.name.as_str()) {
            fault(
                &mut faults,
                at.clone(),
                format!("`{}` a second time", field.name),
            );
        }
        for parameter in &field.parameters {
            if !known.contains(parameter.as_str()) {
                fault(
                    &mut faults,
                    format!("{at}.parameters"),
                    format!("`{parameter}` is not a placeholder"),
                );
            }
        }
        let metric_type = match field
            .metric_type
            .as_deref()
            .map(|t| (t, MetricType::from_word(t)))
        {
            None => None,
            Some((_, Some(t))) => Some(t),
            Some((word, None)) => {
                fault(
                    &mut faults,
                    format!("{at}.type"),
                    format!("unknown metric type `{word}`"),
                );
                None
            }
        };
        let model = FieldModel {
            name: field.name.clone(),
            namespace: field.namespace.clone(),
            parameters: field.parameters.clone(),
            operators: operators(&mut faults, &at, &field.operators),
            metric_type,
            filterable: field.filterable,
            min_date: field.min_date.clone(),
            name_dimension: field.name_dimension.clone(),
        };
        match field.kind {
            FieldKind::Dimension => dimensions.push(model),
            FieldKind::Metric => metrics.push(model),
        }
    }
    let mut aliases = Vec::new();
    for (i, alias) in file.aliases.iter().enumerate() {
        let at = format!("aliases[{i}]");
        let template = file.fields.iter().find(|f| f.name == alias.template);
        match template {
            Some(t) if !t.parameters.is_empty() => {}
            _ => fault(
                &mut faults,
                format!("{at}.template"),
                format!("`{}` is not a template of the file", alias.template),
            ),
        }
        if !names.insert(alias.name.as_str()) {
            fault(
                &mut faults,
                at.clone(),
                format!("`{}` a second time", alias.name),
            );
        }
        aliases.push(AliasModel {
            name: alias.name.clone(),
            template: alias.template.clone(),
            left_to_default: alias.left_to_default.clone(),
            operators: operators(&mut faults, &at, &alias.operators),
            min_date: alias.min_date.clone(),
            name_dimension: alias.name_dimension.clone(),
        });
    }
    let endpoints = load_endpoints(schema_dir, &mut faults);
    if !faults.is_empty() {
        faults.sort();
        return Err(Diagnostics(faults));
    }
    let mut error_types: Vec<String> = file
        .error_types
        .iter()
        .map(|e| e.error_type.clone())
        .collect();
    error_types.sort();
    error_types.dedup();
    dimensions.sort_by(|a: &FieldModel, b| a.name.cmp(&b.name));
    metrics.sort_by(|a: &FieldModel, b| a.name.cmp(&b.name));
    aliases.sort_by(|a: &AliasModel, b| a.name.cmp(&b.name));
    Ok(Some(MetricaModel {
        display_path: format!("schema/{FOLDER}/{FILE}"),
        placeholders,
        dimensions,
        metrics,
        aliases,
        error_types,
        endpoints,
    }))
}

/// Loads `schema_dir/metrica/endpoints.json` when it is there. Refused, with the JSON path: an
/// unknown key, parameter type or value type, a duplicate parameter, endpoint, type or key, an
/// endpoint naming a parameter the file does not define, an unknown type reference, a name that
/// cannot be a Rust name.
fn load_endpoints(schema_dir: &Path, faults: &mut Vec<Diagnostic>) -> Option<EndpointsModel> {
    let path = schema_dir.join(FOLDER).join(ENDPOINTS_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            faults.push(Diagnostic::new(&path, "", format!("cannot read: {e}")));
            return None;
        }
    };
    let file = crate::frontend::parse_json::<EndpointsFile>(&path, &text, faults)?;
    let mut fault = |at: String, message: String| faults.push(Diagnostic::new(&path, at, message));
    let rust_name = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric())
    };
    let mut parameters = BTreeMap::new();
    for (i, p) in file.parameters.iter().enumerate() {
        let at = format!("parameters[{i}]");
        let kind = ParamKind::from_word(&p.ty);
        if kind.is_none() {
            fault(
                format!("{at}.type"),
                format!("unknown parameter type `{}`", p.ty),
            );
        }
        let snake = p.name.starts_with(|c: char| c.is_ascii_lowercase())
            && p.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !snake {
            fault(
                format!("{at}.name"),
                format!("`{}` cannot be a Rust field name", p.name),
            );
        }
        if parameters.insert(p.name.as_str(), (kind, p)).is_some() {
            fault(at, format!("parameter `{}` a second time", p.name));
        }
    }
    let type_names: BTreeSet<&str> = file.types.iter().map(|t| t.name.as_str()).collect();
    let mut endpoints = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, e) in file.endpoints.iter().enumerate() {
        let at = format!("endpoints[{i}]");
        if !seen.insert(e.name.as_str()) {
            fault(at.clone(), format!("endpoint `{}` a second time", e.name));
        }
        if !rust_name(&e.params) {
            fault(
                format!("{at}.params"),
                format!("`{}` cannot be a Rust type name", e.params),
            );
        }
        if !type_names.contains(e.response.as_str()) {
            fault(
                format!("{at}.response"),
                format!("`{}` is not a type of the file", e.response),
            );
        }
        let mut params = Vec::new();
        for (j, name) in e.parameters.iter().enumerate() {
            match parameters.get(name.as_str()) {
                Some((Some(kind), def)) => params.push(ParamModel {
                    name: name.clone(),
                    kind: *kind,
                    required: e.required.contains(name),
                    doc: def.doc.clone(),
                }),
                Some((None, _)) => {}
                None => fault(
                    format!("{at}.parameters[{j}]"),
                    format!("`{name}` is not a parameter of the file"),
                ),
            }
        }
        for name in e.required.iter().filter(|r| !e.parameters.contains(r)) {
            fault(
                format!("{at}.required"),
                format!("`{name}` is not among its parameters"),
            );
        }
        endpoints.push(EndpointModel {
            name: e.name.clone(),
            path: e.path.clone(),
            params: e.params.clone(),
            parameters: params,
            response: e.response.clone(),
            doc: e.doc.clone(),
        });
    }
    let mut types = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, t) in file.types.iter().enumerate() {
        let at = format!("types[{i}]");
        if !seen.insert(t.name.as_str()) {
            fault(at.clone(), format!("type `{}` a second time", t.name));
        }
        if !rust_name(&t.name) {
            fault(
                format!("{at}.name"),
                format!("`{}` cannot be a Rust type name", t.name),
            );
        }
        let mut keys = BTreeSet::new();
        let mut fields = Vec::new();
        for (j, f) in t.fields.iter().enumerate() {
            let at = format!("{at}.fields[{j}]");
            if !keys.insert(f.name.as_str()) {
                fault(at.clone(), format!("key `{}` a second time", f.name));
            }
            if !crate::naming::is_identifier_like(&f.name) {
                fault(
                    format!("{at}.name"),
                    format!("`{}` cannot be a Rust field name", f.name),
                );
            }
            if f.array > 2 {
                fault(
                    format!("{at}.array"),
                    format!("{} arrays deep: at most 2", f.array),
                );
            }
            let ty = match f.ty.as_str() {
                "string" => ValueType::String,
                "integer" => ValueType::Integer,
                "boolean" => ValueType::Boolean,
                "number" => ValueType::Number,
                "metric" => ValueType::Metric,
                "flex_integer" => ValueType::FlexInteger,
                "any" => ValueType::Any,
                "error_type" => ValueType::ErrorType,
                name if type_names.contains(name) => ValueType::Named(name.to_string()),
                other => {
                    fault(format!("{at}.type"), format!("unknown type `{other}`"));
                    continue;
                }
            };
            fields.push(TypeFieldModel {
                name: f.name.clone(),
                ty,
                array: f.array,
                nullable: f.nullable,
                doc: f.doc.clone(),
            });
        }
        types.push(TypeModel {
            name: t.name.clone(),
            doc: t.doc.clone(),
            fields,
        });
    }
    Some(EndpointsModel {
        display_path: format!("schema/{FOLDER}/{ENDPOINTS_FILE}"),
        base_path: file.base_path,
        endpoints,
        types,
    })
}
