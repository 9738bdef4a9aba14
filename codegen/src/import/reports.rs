//! The Reports importer: `reports-spec.json` (the documentation of the Reports service, as data)
//! -> `schema/direct_v5/reports.json` (format in `schema/README.md`, section "Reports").
//!
//! The spec's compatibility matrix gives, per field and report type, a role in Russian:
//! `атрибут` (attribute), `сегмент` (segment), `метрика` (metric), `фильтр` (filter only) or `–`
//! (not allowed). Some cells carry leftovers of the documentation's tables (`метрика\t–`,
//! the truncated `метрик`): the text before a tab is the cell, and `метрик` is `метрика`.
//! Where a field may be used follows from its role and from the spec's `field_usage`
//! (`FieldNames`, `Filter.Field`, `OrderBy.Field`): a `filter` role allows Filter only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::frontend::reports::{ReportField, ReportsFile, Source};
use crate::Diagnostic;

/// The file name of the spec, next to the WSDL folder.
pub const SPEC_FILE: &str = "reports-spec.json";

/// The schema file the importer writes, relative to the schema's `direct_v5/` folder.
pub const OUT_FILE: &str = "reports.json";

/// Maps one cell of the compatibility matrix to a role; `Ok(None)` = not allowed.
pub fn role_of(cell: &str) -> Result<Option<&'static str>, String> {
    let text = cell.split('\t').next().unwrap_or("").trim();
    match text {
        "атрибут" => Ok(Some("attribute")),
        "сегмент" => Ok(Some("segment")),
        "метрика" | "метрик" => Ok(Some("metric")),
        "фильтр" => Ok(Some("filter")),
        "–" | "—" | "-" | "" => Ok(None),
        other => Err(format!("unknown compatibility value `{other}`")),
    }
}

/// Converts the spec (its bytes) into the schema file. Faults name the spec's JSON path.
pub fn import_spec(path: &Path, bytes: &[u8]) -> Result<ReportsFile, Vec<Diagnostic>> {
    let mut faults = Vec::new();
    let spec: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            return Err(vec![Diagnostic::new(
                path,
                format!("line {}, column {}", e.line(), e.column()),
                e.to_string(),
            )])
        }
    };
    let mut fault = |location: &str, message: String| {
        faults.push(Diagnostic::new(path, location, message));
    };
    let strings = |key: &str, fault: &mut dyn FnMut(&str, String)| -> Vec<String> {
        match spec.get(key).and_then(Value::as_array) {
            None => {
                fault(key, "missing, or not an array".into());
                Vec::new()
            }
            Some(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| match v.as_str() {
                    Some(s) => Some(s.to_owned()),
                    None => {
                        fault(&format!("{key}[{i}]"), "not a string".into());
                        None
                    }
                })
                .collect(),
        }
    };
    let report_types = strings("report_types", &mut fault);
    let date_range_types = strings("date_range_types", &mut fault);
    let formats = strings("formats", &mut fault);
    let processing_modes = strings("processing_modes", &mut fault);
    let filter_operators = strings("filter_operators", &mut fault);
    let sort_orders = strings("order_by_sort_orders", &mut fault);
    let attribution_models = strings("attribution_models", &mut fault);

    let empty = serde_json::Map::new();
    let compatibility = match spec.get("field_compatibility").and_then(Value::as_object) {
        Some(m) => m,
        None => {
            fault("field_compatibility", "missing, or not an object".into());
            &empty
        }
    };
    let usage = match spec.get("field_usage").and_then(Value::as_object) {
        Some(m) => m,
        None => {
            fault("field_usage", "missing, or not an object".into());
            &empty
        }
    };
    let mut fields = Vec::new();
    for (name, entry) in compatibility {
        let at = format!("field_compatibility.{name}");
        let Some(cells) = entry.get("report_types").and_then(Value::as_object) else {
            fault(
                &format!("{at}.report_types"),
                "missing, or not an object".into(),
            );
            continue;
        };
        let mut roles = BTreeMap::new();
        for (report_type, cell) in cells {
            let location = format!("{at}.report_types.{report_type}");
            if !report_types.contains(report_type) {
                fault(&location, format!("unknown report type `{report_type}`"));
                continue;
            }
            let Some(cell) = cell.as_str() else {
                fault(&location, "not a string".into());
                continue;
            };
            match role_of(cell) {
                Ok(Some(role)) => {
                    roles.insert(report_type.clone(), role.to_owned());
                }
                Ok(None) => {}
                Err(message) => fault(&location, message),
            }
        }
        let Some(places) = usage.get(name).and_then(Value::as_object) else {
            fault(
                &format!("field_usage.{name}"),
                format!("field `{name}` has no usage entry"),
            );
            continue;
        };
        let mut flag = |key: &str| -> bool {
            match places.get(key).and_then(Value::as_bool) {
                Some(b) => b,
                None => {
                    fault(
                        &format!("field_usage.{name}.{key}"),
                        "missing, or not a boolean".into(),
                    );
                    false
                }
            }
        };
        let in_field_names = flag("FieldNames");
        let in_filter = flag("Filter.Field");
        let in_order_by = flag("OrderBy.Field");
        let allowed = |place_flag: bool, filter_place: bool| -> Vec<String> {
            report_types
                .iter()
                .filter(|rt| match roles.get(*rt).map(String::as_str) {
                    None => false,
                    Some("filter") => filter_place && place_flag,
                    Some(_) => place_flag,
                })
                .cloned()
                .collect()
        };
        fields.push(ReportField {
            name: name.clone(),
            field_names: allowed(in_field_names, false),
            filter: allowed(in_filter, true),
            order_by: allowed(in_order_by, false),
            roles,
        });
    }
    for name in usage.keys() {
        if !compatibility.contains_key(name) {
            fault(
                &format!("field_usage.{name}"),
                format!("field `{name}` is not in field_compatibility"),
            );
        }
    }
    if !faults.is_empty() {
        return Err(faults);
    }
    // serde_json's map order depends on its features: sort, so the output never does.
    fields.sort_by(|a, b| a.name.cmp(&b.name));
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| SPEC_FILE.to_owned());
    Ok(ReportsFile {
        comment: Some(
            "Imported from reports-spec.json by `cargo run -p codegen -- import`; do not edit by hand."
                .to_owned(),
        ),
        api: "direct_v5".to_owned(),
        module: "reports".to_owned(),
        source: Some(Source {
            file: file_name,
            sha256: hex(&Sha256::digest(bytes)),
        }),
        endpoint: "reports".to_owned(),
        report_types,
        date_range_types,
        formats,
        processing_modes,
        filter_operators,
        sort_orders,
        attribution_models,
        fields,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The file's text: pretty JSON (2-space indent, keys in a fixed order) ending in a newline.
pub fn to_json(file: &ReportsFile) -> String {
    let mut text = serde_json::to_string_pretty(file).unwrap_or_default();
    text.push('\n');
    text
}

/// Where the spec is, given the WSDL folder of `import --from DIR`: `DIR/../reports-spec.json`.
pub fn spec_path(wsdl_dir: &Path) -> PathBuf {
    wsdl_dir.join("..").join(SPEC_FILE)
}

/// The Reports part of `codegen import [--check] [--from DIR] [--schema DIR]`: reads the spec
/// next to the WSDL folder and writes (or, with `--check`, compares) `direct_v5/reports.json`.
/// Returns the exit code: 0 done or up to date, 1 a fault or (with `--check`) a difference.
/// With `--from-url` there is no spec to read: nothing is done.
pub fn cli(args: &super::ImportOptions, workspace: &Path) -> u8 {
    if args.from_url.is_some() {
        println!("import: reports: --from-url has no reports-spec.json; reports.json left as is");
        return 0;
    }
    let (schema, check) = (args.schema.clone(), args.check);
    let wsdl_dir = args.wsdl_dir(workspace);
    let spec = spec_path(&wsdl_dir);
    // A WSDL folder without the Reports spec beside it only skips the Reports part.
    if !spec.is_file() {
        println!(
            "import: reports skipped: no {} beside the WSDL folder",
            spec.display()
        );
        return 0;
    }
    let bytes = match std::fs::read(&spec) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("import: reports: cannot read {}: {e}", spec.display());
            return 1;
        }
    };
    let file = match import_spec(&spec, &bytes) {
        Ok(f) => f,
        Err(faults) => {
            eprintln!("import: {} fault(s) in {}:", faults.len(), spec.display());
            for d in &faults {
                eprintln!("  {d}");
            }
            return 1;
        }
    };
    let out = schema.join(super::OUT_SUBDIR).join(OUT_FILE);
    let mut check_faults = Vec::new();
    crate::frontend::reports::validate(&out, &file, &mut check_faults);
    if !check_faults.is_empty() {
        eprintln!("import: the imported Reports schema is not valid:");
        for d in &check_faults {
            eprintln!("  {d}");
        }
        return 1;
    }
    let text = to_json(&file);
    let current = std::fs::read_to_string(&out).ok();
    if current.as_deref() == Some(text.as_str()) {
        if check {
            println!(
                "import --check: {} is up to date with {} ({} report types, {} fields)",
                out.display(),
                spec.display(),
                file.report_types.len(),
                file.fields.len()
            );
        }
        return 0;
    }
    if check {
        eprintln!(
            "{}: {} differs from {}: run `cargo run -p codegen -- import`",
            if current.is_some() {
                "differs"
            } else {
                "missing"
            },
            out.display(),
            spec.display()
        );
        return 1;
    }
    if let Some(parent) = out.parent() {
        if let Err(e) = std::fs::create_dir_all(parent) {
            eprintln!("import: writing {}: {e}", out.display());
            return 1;
        }
    }
    if let Err(e) = std::fs::write(&out, &text) {
        eprintln!("import: writing {}: {e}", out.display());
        return 1;
    }
    println!(
        "wrote   {} ({} report types, {} fields)",
        out.display(),
        file.report_types.len(),
        file.fields.len()
    );
    0
}
