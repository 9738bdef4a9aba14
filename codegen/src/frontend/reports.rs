//! The Reports frontend: `schema/direct_v5/reports.json` (the Reports service's report types,
//! enums and fields with where each may appear) and `reports_types.json` (the types of the
//! fields' cells), loaded, checked and made into the [`ReportsModel`].
//!
//! The file is written by `cargo run -p codegen -- import` from `reports-spec.json` (see
//! `codegen::import::reports`, feature `import`); its format is described in `schema/README.md`, section "Reports".

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::model::reports::{CellType, FieldRole, ReportFieldModel, ReportsModel};
use crate::Diagnostic;

/// The file, relative to the schema folder.
pub const FILE: &str = "direct_v5/reports.json";

/// The hand-written file of the fields' cell types, relative to the schema folder.
pub const TYPES_FILE: &str = "direct_v5/reports_types.json";

/// The types a field's cells may have (the runtime's `ReportFieldType`).
pub const FIELD_TYPES: [&str; 7] = [
    "integer", "money", "decimal", "percent", "date", "enum", "text",
];

/// `schema/direct_v5/reports_types.json`, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldTypesFile {
    /// Free text.
    #[serde(rename = "$comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Field name -> type of its cells (one of [`FIELD_TYPES`]).
    pub types: BTreeMap<String, String>,
}

/// Where a field may appear in a report definition.
pub const PLACES: [&str; 3] = ["FieldNames", "Filter", "OrderBy"];

/// The roles a field can have in a report type (from the documentation's compatibility table).
pub const ROLES: [&str; 4] = ["attribute", "segment", "metric", "filter"];

/// `schema/direct_v5/reports.json`, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportsFile {
    /// Free text.
    #[serde(rename = "$comment", default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Always `direct_v5`.
    pub api: String,
    /// Always `reports`.
    pub module: String,
    /// The upstream file this was imported from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// The path segment: `/json/v5/<endpoint>`.
    pub endpoint: String,
    /// `ReportType` values.
    pub report_types: Vec<String>,
    /// `DateRangeType` values.
    pub date_range_types: Vec<String>,
    /// `Format` values.
    pub formats: Vec<String>,
    /// `processingMode` header values.
    pub processing_modes: Vec<String>,
    /// `Filter[].Operator` values.
    pub filter_operators: Vec<String>,
    /// `OrderBy[].SortOrder` values.
    pub sort_orders: Vec<String>,
    /// `AttributionModels` values.
    pub attribution_models: Vec<String>,
    /// Every report field with where it is allowed.
    pub fields: Vec<ReportField>,
}

/// The upstream file, pinned by hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// File name.
    pub file: String,
    /// Hex SHA-256 of its bytes.
    pub sha256: String,
}

/// One field (`FieldEnum` value) of the Reports service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportField {
    /// The wire name, e.g. `Clicks`.
    pub name: String,
    /// Report type -> role (`attribute`, `segment`, `metric`, `filter`), for every report type
    /// the field is allowed in at all.
    pub roles: BTreeMap<String, String>,
    /// Report types whose `FieldNames` may list the field, in `report_types` order.
    pub field_names: Vec<String>,
    /// Report types whose `Filter` may use the field.
    pub filter: Vec<String>,
    /// Report types whose `OrderBy` may use the field.
    pub order_by: Vec<String>,
}

/// Loads and checks `schema_dir/direct_v5/reports.json` (with [`TYPES_FILE`] when it exists),
/// pushing every fault into `diagnostics`. `None` when the file does not exist or has faults.
pub fn load(schema_dir: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<ReportsModel> {
    let path = schema_dir.join(FILE);
    if !path.exists() {
        return None;
    }
    let file = super::read_json::<ReportsFile>(&path, diagnostics)?;
    let before = diagnostics.len();
    validate(&path, &file, diagnostics);
    let types_path = schema_dir.join(TYPES_FILE);
    let mut field_types = BTreeMap::new();
    if types_path.exists() {
        if let Some(types) = super::read_json::<FieldTypesFile>(&types_path, diagnostics) {
            validate_types(&types_path, &file, &types, diagnostics);
            field_types = types.types;
        }
    }
    (diagnostics.len() == before).then(|| to_model(file, &field_types))
}

/// The model of a checked file and its checked field types.
fn to_model(file: ReportsFile, field_types: &BTreeMap<String, String>) -> ReportsModel {
    ReportsModel {
        endpoint: file.endpoint,
        report_types: file.report_types,
        date_range_types: file.date_range_types,
        formats: file.formats,
        processing_modes: file.processing_modes,
        filter_operators: file.filter_operators,
        sort_orders: file.sort_orders,
        attribution_models: file.attribution_models,
        fields: file
            .fields
            .into_iter()
            .map(|field| ReportFieldModel {
                name: field.name,
                // Validation has refused any other role.
                roles: field
                    .roles
                    .iter()
                    .filter_map(|(report_type, role)| Some((report_type.clone(), role_of(role)?)))
                    .collect(),
                field_names: field.field_names,
                filter: field.filter,
                order_by: field.order_by,
            })
            .collect(),
        // Validation has refused any other type.
        field_types: field_types
            .iter()
            .filter_map(|(name, cells)| Some((name.clone(), cell_type_of(cells)?)))
            .collect(),
    }
}

/// The role a schema file names (one of [`ROLES`]).
fn role_of(name: &str) -> Option<FieldRole> {
    Some(match name {
        "attribute" => FieldRole::Attribute,
        "segment" => FieldRole::Segment,
        "metric" => FieldRole::Metric,
        "filter" => FieldRole::Filter,
        _ => return None,
    })
}

/// The cell type a schema file names (one of [`FIELD_TYPES`]).
fn cell_type_of(name: &str) -> Option<CellType> {
    Some(match name {
        "integer" => CellType::Integer,
        "money" => CellType::Money,
        "decimal" => CellType::Decimal,
        "percent" => CellType::Percent,
        "date" => CellType::Date,
        "enum" => CellType::Enum,
        "text" => CellType::Text,
        _ => return None,
    })
}

/// Every field of `file` has one known type in `types`, and `types` names no other field.
pub fn validate_types(
    path: &Path,
    file: &ReportsFile,
    types: &FieldTypesFile,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let names: BTreeSet<&str> = file.fields.iter().map(|f| f.name.as_str()).collect();
    for (name, field_type) in &types.types {
        let at = format!("types.{name}");
        if !names.contains(name.as_str()) {
            diagnostics.push(Diagnostic::new(
                path,
                at.clone(),
                format!("`{name}` is not a field of {FILE}"),
            ));
        }
        if cell_type_of(field_type).is_none() {
            diagnostics.push(Diagnostic::new(
                path,
                at,
                format!(
                    "unknown type `{field_type}` (expected one of {})",
                    FIELD_TYPES.join(", ")
                ),
            ));
        }
    }
    for name in names {
        if !types.types.contains_key(name) {
            diagnostics.push(Diagnostic::new(
                path,
                "types",
                format!("the field `{name}` of {FILE} has no type"),
            ));
        }
    }
}

/// Parses the text of `reports.json`; a syntax or shape fault becomes a diagnostic.
pub fn parse(path: &Path, text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<ReportsFile> {
    super::parse_json(path, text, diagnostics)
}

/// Every fault of a parsed file: unknown report types, duplicates, names that cannot be Rust
/// identifiers, a field allowed somewhere for a report type it has no role in, ...
pub fn validate(path: &Path, file: &ReportsFile, diagnostics: &mut Vec<Diagnostic>) {
    let mut fault = |location: String, message: String| {
        diagnostics.push(Diagnostic::new(path, location, message));
    };
    if file.api != "direct_v5" {
        fault(
            "api".into(),
            format!("must be `direct_v5`, not `{}`", file.api),
        );
    }
    if file.module != "reports" {
        fault(
            "module".into(),
            format!("must be `reports`, not `{}`", file.module),
        );
    }
    if file.endpoint.is_empty() || !file.endpoint.chars().all(|c| c.is_ascii_lowercase()) {
        fault(
            "endpoint".into(),
            format!("`{}` is not a lower-case path segment", file.endpoint),
        );
    }
    let lists: [(&str, &Vec<String>); 7] = [
        ("report_types", &file.report_types),
        ("date_range_types", &file.date_range_types),
        ("formats", &file.formats),
        ("processing_modes", &file.processing_modes),
        ("filter_operators", &file.filter_operators),
        ("sort_orders", &file.sort_orders),
        ("attribution_models", &file.attribution_models),
    ];
    for (key, values) in lists {
        if values.is_empty() {
            fault(key.into(), "must list at least one value".into());
        }
        let mut seen = BTreeSet::new();
        let mut rust = BTreeMap::new();
        for (i, value) in values.iter().enumerate() {
            if !seen.insert(value.as_str()) {
                fault(format!("{key}[{i}]"), format!("duplicate value `{value}`"));
                continue;
            }
            match crate::naming::variant_name(value) {
                None => fault(
                    format!("{key}[{i}]"),
                    format!("`{value}` cannot be named in Rust"),
                ),
                Some(v) => {
                    if let Some(other) = rust.insert(v.clone(), value.clone()) {
                        fault(
                            format!("{key}[{i}]"),
                            format!("`{value}` and `{other}` both become the Rust variant `{v}`"),
                        );
                    }
                }
            }
        }
    }
    let report_types: BTreeSet<&str> = file.report_types.iter().map(String::as_str).collect();
    let mut names = BTreeSet::new();
    let mut rust = BTreeMap::new();
    for (i, field) in file.fields.iter().enumerate() {
        let at = format!("fields[{i}]");
        if !names.insert(field.name.as_str()) {
            fault(
                format!("{at}.name"),
                format!("duplicate field `{}`", field.name),
            );
            continue;
        }
        match crate::naming::variant_name(&field.name) {
            None => fault(
                format!("{at}.name"),
                format!("`{}` cannot be named in Rust", field.name),
            ),
            Some(v) => {
                if let Some(other) = rust.insert(v.clone(), field.name.clone()) {
                    fault(
                        format!("{at}.name"),
                        format!(
                            "`{}` and `{other}` both become the Rust variant `{v}`",
                            field.name
                        ),
                    );
                }
            }
        }
        for (report_type, role) in &field.roles {
            if !report_types.contains(report_type.as_str()) {
                fault(
                    format!("{at}.roles.{report_type}"),
                    format!(
                        "field `{}` names the unknown report type `{report_type}`",
                        field.name
                    ),
                );
            }
            if role_of(role).is_none() {
                fault(
                    format!("{at}.roles.{report_type}"),
                    format!(
                        "unknown role `{role}` (expected one of {})",
                        ROLES.join(", ")
                    ),
                );
            }
        }
        let places: [(&str, &Vec<String>); 3] = [
            ("field_names", &field.field_names),
            ("filter", &field.filter),
            ("order_by", &field.order_by),
        ];
        for (key, list) in places {
            let mut seen = BTreeSet::new();
            for (j, report_type) in list.iter().enumerate() {
                let location = format!("{at}.{key}[{j}]");
                if !report_types.contains(report_type.as_str()) {
                    fault(
                        location,
                        format!(
                            "field `{}` names the unknown report type `{report_type}`",
                            field.name
                        ),
                    );
                } else if !seen.insert(report_type.as_str()) {
                    fault(location, format!("duplicate report type `{report_type}`"));
                } else if !field.roles.contains_key(report_type) {
                    fault(
                        location,
                        format!(
                            "field `{}` is allowed in `{report_type}` here but has no role in it (add it to `roles`)",
                            field.name
                        ),
                    );
                } else if key != "filter"
                    && field.roles.get(report_type).map(String::as_str) == Some("filter")
                {
                    fault(
                        location,
                        format!(
                            "field `{}` has the role `filter` in `{report_type}`: it can only be used in Filter",
                            field.name
                        ),
                    );
                }
            }
        }
    }
}
