//! The Reports importer (`reports-spec.json` -> `reports.json`), the schema checks and the emitter.

use std::path::Path;

use codegen::frontend::reports::{self, ReportsFile};
use codegen::import::reports::{import_spec, role_of, to_json};
use codegen::model::ReportsModel;

/// A small spec in the shape of the documentation's `reports-spec.json`.
fn spec() -> serde_json::Value {
    serde_json::json!({
        "report_types": ["SEARCH_QUERY_PERFORMANCE_REPORT", "CUSTOM_REPORT", "REACH_AND_FREQUENCY_PERFORMANCE_REPORT"],
        "date_range_types": ["TODAY", "CUSTOM_DATE"],
        "formats": ["TSV"],
        "processing_modes": ["auto", "online", "offline"],
        "filter_operators": ["EQUALS", "IN"],
        "order_by_sort_orders": ["ASCENDING", "DESCENDING"],
        "attribution_models": ["AUTO", "LC"],
        "field_compatibility": {
            "Keyword": {"report_types": {
                "SEARCH_QUERY_PERFORMANCE_REPORT": "фильтр", "CUSTOM_REPORT": "фильтр",
                "REACH_AND_FREQUENCY_PERFORMANCE_REPORT": "–"}},
            "Clicks": {"report_types": {
                "SEARCH_QUERY_PERFORMANCE_REPORT": "метрика", "CUSTOM_REPORT": "метрик",
                "REACH_AND_FREQUENCY_PERFORMANCE_REPORT": "метрика\t–"}},
            "AdGroupName": {"report_types": {
                "SEARCH_QUERY_PERFORMANCE_REPORT": "атрибут", "CUSTOM_REPORT": "сегмент",
                "REACH_AND_FREQUENCY_PERFORMANCE_REPORT": "–"}}
        },
        "field_usage": {
            "Keyword": {"FieldNames": false, "Filter.Field": true, "OrderBy.Field": false},
            "Clicks": {"FieldNames": true, "Filter.Field": true, "OrderBy.Field": true},
            "AdGroupName": {"FieldNames": true, "Filter.Field": false, "OrderBy.Field": true}
        }
    })
}

fn import(value: &serde_json::Value) -> Result<ReportsFile, Vec<codegen::Diagnostic>> {
    import_spec(
        Path::new("reports-spec.json"),
        serde_json::to_string(value).unwrap().as_bytes(),
    )
}

#[test]
fn roles_are_read_from_the_documentation_cells() {
    assert_eq!(role_of("атрибут"), Ok(Some("attribute")));
    assert_eq!(role_of("сегмент\t–"), Ok(Some("segment")));
    assert_eq!(role_of("метрик"), Ok(Some("metric")));
    assert_eq!(role_of("фильтр"), Ok(Some("filter")));
    assert_eq!(role_of("–"), Ok(None));
    assert!(role_of("что-то").is_err());
}

#[test]
fn fields_get_report_types_per_place() {
    let file = import(&spec()).unwrap();
    assert_eq!(file.report_types.len(), 3);
    assert_eq!(file.sort_orders, ["ASCENDING", "DESCENDING"]);
    let names: Vec<&str> = file.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["AdGroupName", "Clicks", "Keyword"],
        "sorted by name"
    );

    let keyword = &file.fields[2];
    assert!(keyword.field_names.is_empty());
    assert!(keyword.order_by.is_empty());
    assert_eq!(
        keyword.filter,
        ["SEARCH_QUERY_PERFORMANCE_REPORT", "CUSTOM_REPORT"]
    );
    assert_eq!(
        keyword.roles.get("CUSTOM_REPORT").map(String::as_str),
        Some("filter")
    );

    let clicks = &file.fields[1];
    assert_eq!(
        clicks.field_names.len(),
        3,
        "`метрика\\t–` and `метрик` are metrics"
    );
    assert_eq!(clicks.filter, clicks.field_names);

    let name = &file.fields[0];
    assert_eq!(
        name.field_names,
        ["SEARCH_QUERY_PERFORMANCE_REPORT", "CUSTOM_REPORT"]
    );
    assert!(name.filter.is_empty(), "field_usage says no Filter");
    assert_eq!(name.order_by, name.field_names);

    // The output is valid by the loader's rules and deterministic.
    let mut faults = Vec::new();
    reports::validate(Path::new("reports.json"), &file, &mut faults);
    assert!(faults.is_empty(), "{faults:?}");
    let text = to_json(&file);
    assert_eq!(text, to_json(&import(&spec()).unwrap()));
    assert!(text.ends_with("}\n"));
    let mut faults = Vec::new();
    let back = reports::parse(Path::new("reports.json"), &text, &mut faults).unwrap();
    assert_eq!(back, file);
}

#[test]
fn import_faults_name_the_spec_path() {
    let mut bad = spec();
    bad["field_compatibility"]["Clicks"]["report_types"]["UNKNOWN_REPORT"] = "метрика".into();
    bad["field_compatibility"]["Keyword"]["report_types"]["CUSTOM_REPORT"] = "непонятно".into();
    bad["field_usage"]["Ghost"] = serde_json::json!({"FieldNames": true});
    let faults = import(&bad).unwrap_err();
    let text: Vec<String> = faults.iter().map(|d| d.to_string()).collect();
    let joined = text.join("\n");
    assert!(
        joined.contains(
            "field_compatibility.Clicks.report_types.UNKNOWN_REPORT: unknown report type"
        ),
        "{joined}"
    );
    assert!(
        joined.contains("field_compatibility.Keyword.report_types.CUSTOM_REPORT: unknown compatibility value `непонятно`"),
        "{joined}"
    );
    assert!(joined.contains("field_usage.Ghost"), "{joined}");
}

fn write_schema(dir: &Path, file: &ReportsFile) {
    std::fs::create_dir_all(dir.join("direct_v5")).unwrap();
    std::fs::write(dir.join(reports::FILE), to_json(file)).unwrap();
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-reports-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn the_loader_reports_schema_faults_with_file_and_json_path() {
    let mut file = import(&spec()).unwrap();
    file.fields[1].filter.push("NO_SUCH_REPORT".into());
    let duplicate = file.fields[0].clone();
    file.fields.push(duplicate);
    file.fields[2]
        .order_by
        .push("SEARCH_QUERY_PERFORMANCE_REPORT".into()); // Keyword: role `filter`
    file.date_range_types.push("TODAY".into());
    let dir = temp_dir("faults");
    write_schema(&dir, &file);
    let mut faults = Vec::new();
    let _ = reports::load(&dir, &mut faults);
    let text: Vec<String> = faults.iter().map(|d| d.to_string()).collect();
    let joined = text.join("\n");
    assert!(joined.contains("reports.json"), "{joined}");
    assert!(
        joined.contains(
            "fields[1].filter[3]: field `Clicks` names the unknown report type `NO_SUCH_REPORT`"
        ),
        "{joined}"
    );
    assert!(
        joined.contains("fields[3].name: duplicate field `AdGroupName`"),
        "{joined}"
    );
    assert!(joined.contains("fields[2].order_by[0]"), "{joined}");
    assert!(
        joined.contains("date_range_types[2]: duplicate value `TODAY`"),
        "{joined}"
    );
    assert_eq!(faults.len(), 4, "{joined}");

    // A shape fault (unknown key) is reported with its path too.
    std::fs::write(
        dir.join(reports::FILE),
        to_json(&import(&spec()).unwrap()).replacen("\"endpoint\"", "\"endpoints\"", 1),
    )
    .unwrap();
    let mut faults = Vec::new();
    let _ = reports::load(&dir, &mut faults);
    assert_eq!(faults.len(), 1, "{faults:?}");
    assert!(faults[0].message.contains("endpoints"), "{faults:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_file_means_no_reports_module() {
    let dir = temp_dir("absent");
    let mut faults = Vec::new();
    let loaded = reports::load(&dir, &mut faults);
    assert!(loaded.is_none());
    assert!(faults.is_empty());
}

#[test]
fn one_file_is_emitted_with_the_table() {
    let dir = temp_dir("emit");
    write_schema(&dir, &import(&spec()).unwrap());
    let mut faults = Vec::new();
    let loaded = reports::load(&dir, &mut faults);
    assert!(faults.is_empty(), "{faults:?}");
    let loaded = loaded.expect("the file loads");
    let text = emit_reports(&loaded);
    assert!(text.starts_with("// @generated from schema/direct_v5/reports.json"));
    assert!(text.contains("pub enum ReportType"));
    assert!(text.contains("ReachAndFrequencyPerformanceReport"));
    assert!(text.contains("pub enum Field"));
    assert!(text.contains("AdGroupName"));
    assert!(text.contains("pub static FIELD_COMPATIBILITY: [FieldCompatibility; 3]"));
    // The definition itself is the runtime's, over this schema.
    assert!(
        text.contains("pub type ReportDefinition = rt::reports::ReportDefinition<ReportsSchema>;")
    );
    assert!(text.contains("impl rt::reports::ReportSchema for ReportsSchema"));
    assert!(text.contains("use crate::runtime as rt;"));
    assert!(text.contains("rt::wire::deserialize_enum"));
    // Deterministic.
    assert_eq!(emit_reports(&loaded), text);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_committed_schema_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema");
    let mut faults = Vec::new();
    let loaded = reports::load(&dir, &mut faults).expect("schema/direct_v5/reports.json exists");
    assert!(faults.is_empty(), "{faults:?}");
    let file = &loaded;
    assert_eq!(file.report_types.len(), 8);
    assert_eq!(file.date_range_types.len(), 19);
    assert_eq!(file.filter_operators.len(), 10);
    assert_eq!(file.fields.len(), 84);
}

/// The Reports module of `file`, as the emitter writes it with the default options.
fn emit_reports(file: &ReportsModel) -> String {
    let runtime = codegen::emit::runtime_path(&codegen::emit::Options::default()).unwrap();
    codegen::emit::reports::emit_file(file, &runtime).unwrap()
}
