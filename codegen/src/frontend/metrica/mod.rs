//! The Yandex Metrica Reporting API (`schema/metrica/fields.json`): its [`mod@format`], written by
//! the importer (`codegen::import::metrica`), and [`load`] that checks it into a
//! [`MetricaModel`] for the emitter (`codegen::emit::metrica`).

pub mod format;

use std::collections::BTreeSet;
use std::path::Path;

use self::format::{FieldKind, MetricaFile};
use crate::model::metrica::{
    AliasModel, FieldModel, MetricType, MetricaModel, Operator, PlaceholderForm, PlaceholderModel,
};
use crate::{Diagnostic, Diagnostics};

/// The folder of the Metrica schema.
pub const FOLDER: &str = "metrica";
/// Its file.
pub const FILE: &str = "fields.json";

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
    if !faults.is_empty() {
        faults.sort();
        return Err(Diagnostics(faults));
    }
    dimensions.sort_by(|a: &FieldModel, b| a.name.cmp(&b.name));
    metrics.sort_by(|a: &FieldModel, b| a.name.cmp(&b.name));
    aliases.sort_by(|a: &AliasModel, b| a.name.cmp(&b.name));
    Ok(Some(MetricaModel {
        display_path: format!("schema/{FOLDER}/{FILE}"),
        placeholders,
        dimensions,
        metrics,
        aliases,
    }))
}
