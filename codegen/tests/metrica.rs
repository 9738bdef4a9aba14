//! The Metrica importer on small hand-written tables (`tests/fixtures/metrica/`):
//!
//! - names become templates with their placeholders, the details of each column land where
//!   they belong, and the older Direct spelling becomes an alias of its template;
//! - limits and error types are kept as data;
//! - `import --check` ignores key order and formatting, and catches a real change;
//! - malformed rows are refused naming the file, the line and the column.

use std::path::{Path, PathBuf};

use codegen::frontend::metrica::format::{FieldKind, MetricaFile, PlaceholderForm};
use codegen::import::discovery::Comparison;
use codegen::import::metrica::{
    compare, import_tables, parse_name, run, to_json, MetricaOptions, Table, Tables,
};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/metrica")
}

fn tables() -> Tables {
    Tables::read(&fixture_dir()).expect("the fixture tables are there")
}

fn imported() -> MetricaFile {
    import_tables(&tables()).expect("the fixture imports")
}

/// The faults of importing the fixture with `edit` applied to one table's text.
fn faults_with(edit: impl FnOnce(&mut Tables)) -> Vec<String> {
    let mut tables = tables();
    edit(&mut tables);
    match import_tables(&tables) {
        Ok(_) => panic!("the edited tables were accepted"),
        Err(faults) => faults.iter().map(ToString::to_string).collect(),
    }
}

fn field<'a>(
    file: &'a MetricaFile,
    name: &str,
) -> &'a codegen::frontend::metrica::format::MetricaField {
    file.fields
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("{name} is imported"))
}

#[test]
fn every_row_becomes_a_field_sorted_by_name() {
    let file = imported();
    let names: Vec<&str> = file.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ym:ad:<attribution>DirectOrder",
            "ym:s:<attribution>TrafficSource",
            "ym:s:datePeriod<group>",
            "ym:s:goal<goal_id>converted<currency>Revenue",
            "ym:s:startURL",
            "ym:s:visits",
        ]
    );
}

#[test]
fn columns_land_in_their_fields() {
    let file = imported();
    let source = field(&file, "ym:s:<attribution>TrafficSource");
    assert_eq!(source.kind, FieldKind::Dimension);
    assert_eq!(source.namespace, "s");
    assert_eq!(source.parameters, ["attribution"]);
    assert_eq!(source.operators, ["!.", "!=", "=.", "=="]);
    assert_eq!(source.min_date.as_deref(), Some("2014-01-01"));
    assert_eq!(
        source.name_dimension.as_deref(),
        Some("ym:s:<attribution>TrafficSourceName")
    );
    assert_eq!(source.metric_type, None);

    let visits = field(&file, "ym:s:visits");
    assert_eq!(visits.kind, FieldKind::Metric);
    assert_eq!(visits.metric_type.as_deref(), Some("int"));
    assert_eq!(visits.filterable, Some(true));
    assert!(visits.parameters.is_empty() && visits.operators.is_empty());

    let revenue = field(&file, "ym:s:goal<goal_id>converted<currency>Revenue");
    assert_eq!(revenue.parameters, ["goal_id", "currency"]);
    assert_eq!(revenue.filterable, Some(false));
    assert_eq!(revenue.min_date, None);
}

#[test]
fn the_older_direct_spelling_is_an_alias_and_details_fill_the_template() {
    let file = imported();
    let order = field(&file, "ym:ad:<attribution>DirectOrder");
    assert_eq!(order.operators, ["!.", "!=", "=.", "=="]);
    assert_eq!(order.min_date.as_deref(), Some("2016-02-15"));
    assert_eq!(file.aliases.len(), 1);
    let alias = &file.aliases[0];
    assert_eq!(alias.name, "ym:ad:directOrder");
    assert_eq!(alias.template, "ym:ad:<attribution>DirectOrder");
    assert_eq!(alias.left_to_default, ["attribution"]);
    assert_eq!(alias.min_date.as_deref(), Some("2015-06-17"));
    assert_eq!(
        alias.name_dimension.as_deref(),
        Some("ym:ad:directOrderName")
    );
}

#[test]
fn placeholders_say_what_fills_them() {
    let file = imported();
    let names: Vec<&str> = file.placeholders.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "attribution",
            "currency",
            "experiment_ab",
            "goal_id",
            "group"
        ]
    );
    let attribution = &file.placeholders[0];
    assert_eq!(attribution.default.as_deref(), Some("lastsign"));
    match &attribution.form {
        PlaceholderForm::OneOf { values } => {
            assert!(values.iter().any(|v| v == "last_yandex_direct_click"));
            assert!(values.iter().any(|v| v == "cross_device_last_significant"));
            assert!(values.iter().any(|v| v == "automatic"));
        }
        other => panic!("attribution is a closed list, got {other:?}"),
    }
    assert_eq!(file.placeholders[3].form, PlaceholderForm::Digits);
    assert_eq!(file.placeholders[1].form, PlaceholderForm::CurrencyCode);
}

#[test]
fn limits_and_error_types_are_data() {
    let file = imported();
    assert_eq!(file.limits.len(), 2);
    assert_eq!(file.limits[0].limit, "parallel requests");
    assert_eq!(file.limits[0].number, Some(3));
    assert_eq!(file.limits[0].scope, "user_login");
    assert_eq!(file.limits[1].number, None, "words are not a number");
    let types: Vec<(&str, u16)> = file
        .error_types
        .iter()
        .map(|e| (e.error_type.as_str(), e.http))
        .collect();
    assert_eq!(
        types,
        [("backend_error", 503), ("quota_parallel_requests", 429)]
    );
}

#[test]
fn names_are_parsed_into_namespace_and_placeholders() {
    assert_eq!(
        parse_name("ym:ev:goal<goal_id>expense<currency>ROI"),
        Ok(("ev".to_string(), vec!["goal_id".into(), "currency".into()]))
    );
    for (bad, says) in [
        ("ga:sessions", "not of the form"),
        ("ym:s:<campaign>Name", "unknown placeholder `<campaign>`"),
        ("ym:s:goal<goal_id", "without its `>`"),
        ("ym:s:<goal_id>x<goal_id>", "twice"),
        ("ym:s:start URL", "letters, digits"),
        ("ym:S:visits", "namespace"),
    ] {
        let error = parse_name(bad).expect_err(bad);
        assert!(error.contains(says), "{bad}: {error}");
    }
}

/// A change to the fixture tables.
type Edit = fn(&mut Tables);

#[test]
fn malformed_rows_are_refused_with_file_line_and_column() {
    let cases: [(&str, Edit, &str); 10] = [
        (
            "a short row",
            |t| t.fields.text.push_str("metric\ts\tym:s:users\n"),
            "fields-index.tsv: line 8, column 4 (operators): 3 cells, expected 9",
        ),
        (
            "an unknown kind",
            |t| t.fields.text = t.fields.text.replace("metric\ts\tym:s:visits", "measure\ts\tym:s:visits"),
            "fields-index.tsv: line 6, column 1 (kind): unknown kind `measure`",
        ),
        (
            "an unknown operator",
            |t| t.fields.text = t.fields.text.replace("!*,!=,!@", "!*,~~,!@"),
            "fields-index.tsv: line 4, column 4 (operators): unknown filter operator `~~`",
        ),
        (
            "an unknown metric type",
            |t| t.fields.text = t.fields.text.replace("\tint\t", "\tinteger\t"),
            "fields-index.tsv: line 6, column 5 (type): unknown metric type `integer`",
        ),
        (
            "a bad date",
            |t| t.fields.text = t.fields.text.replace("2012-05-01", "2012-13-01"),
            "fields-index.tsv: line 4, column 8 (min_date): `2012-13-01` is not a date",
        ),
        (
            "a namespace that is not the name's",
            |t| t.fields.text = t.fields.text.replace("metric\ts\tym:s:visits", "metric\tpv\tym:s:visits"),
            "fields-index.tsv: line 6, column 2 (namespace): namespace `pv` but the name `ym:s:visits` is in `s`",
        ),
        (
            "a duplicate",
            |t| t.fields.text.push_str("metric\ts\tym:s:visits\t\tint\t\t\t\t\n"),
            "fields-index.tsv: line 8, column 3 (name): `ym:s:visits` a second time",
        ),
        (
            "a template the index does not have",
            |t| t.direct.text = t.direct.text.replace("ym:ad:<attribution>DirectOrder", "ym:ad:<attribution>DirectCampaign"),
            "direct-dimensions.tsv: line 2, column 7 (current_docs_name): `ym:ad:<attribution>DirectCampaign` is not in fields-index.tsv",
        ),
        (
            "an HTTP status that is not one",
            |t| t.errors.text = t.errors.text.replace("\t503\t", "\t5x3\t"),
            "error-types.tsv: line 3, column 2 (http): `5x3` is not an HTTP status",
        ),
        (
            "a header of other columns",
            |t| t.quotas.text = t.quotas.text.replacen("scope", "per", 1),
            "quotas.tsv: line 1, column 3 (scope): unexpected header",
        ),
    ];
    for (what, edit, expected) in cases {
        let faults = faults_with(edit);
        assert!(
            faults.iter().any(|f| f.contains(expected)),
            "{what}: expected `{expected}` among {faults:#?}"
        );
    }
}

#[test]
fn a_missing_table_is_named() {
    let dir = std::env::temp_dir().join(format!("metrica-missing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let faults = Tables::read(&dir).expect_err("nothing to read");
    assert_eq!(faults.len(), 4);
    assert!(faults[0].to_string().contains("fields-index.tsv"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_compares_parsed_json_and_catches_a_change() {
    let file = imported();
    let text = to_json(&file);
    assert_eq!(compare(Some(&text), &file), Comparison::Same);
    // Reformatted and with keys in another order: still the same.
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    let compact = serde_json::to_string(&value).expect("json");
    assert_eq!(compare(Some(&compact), &file), Comparison::Same);
    assert_eq!(compare(None, &file), Comparison::Missing);
    let changed = text.replace("\"2009-01-01\"", "\"2009-01-02\"");
    match compare(Some(&changed), &file) {
        Comparison::Differs(what) => {
            assert!(what.iter().any(|w| w.contains("ym:s:visits")), "{what:?}")
        }
        other => panic!("a changed date is a difference, got {other:?}"),
    }
}

#[test]
fn run_writes_then_checks_clean_then_fails_on_a_stale_file() {
    let schema = std::env::temp_dir().join(format!("metrica-schema-{}", std::process::id()));
    let options = |check| MetricaOptions {
        from: fixture_dir(),
        schema: schema.clone(),
        check,
    };
    assert!(!run(&options(true)), "nothing written yet: the check fails");
    assert!(run(&options(false)));
    let written = schema.join("metrica/fields.json");
    let text = std::fs::read_to_string(&written).expect("the file is written");
    assert_eq!(text, to_json(&imported()));
    assert!(run(&options(true)));
    std::fs::write(&written, text.replace("\"int\"", "\"double\"")).expect("write");
    assert!(!run(&options(true)), "a stale file fails the check");
    std::fs::remove_dir_all(&schema).ok();
}

#[test]
fn tables_read_from_elsewhere_name_their_file() {
    let table = Table {
        path: PathBuf::from("elsewhere/error-types.tsv"),
        text: "error_type\thttp\tmeaning\nBad-Type\t400\tx\n".into(),
    };
    let faults = faults_with(|t| t.errors = table);
    assert!(
        faults
            .iter()
            .any(|f| f.starts_with("elsewhere/error-types.tsv: line 2, column 1 (error_type)")),
        "{faults:#?}"
    );
}

/// Writes `file` as `schema/metrica/fields.json` under a fresh temporary folder.
fn schema_with(file: &str, tag: &str) -> PathBuf {
    let schema = std::env::temp_dir().join(format!("metrica-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(schema.join("metrica")).expect("a temporary folder");
    std::fs::write(schema.join("metrica/fields.json"), file).expect("write");
    schema
}

#[test]
fn the_generator_writes_typed_tables_from_the_imported_file() {
    let schema = schema_with(&to_json(&imported()), "render");
    let files = codegen::render_metrica(&schema, "crate::schema")
        .expect("renders")
        .expect("a Metrica file is there");
    let paths: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
    assert_eq!(paths, ["fields.rs", "mod.rs"]);
    let fields = &files[0].contents;
    assert!(fields.contains("use crate::schema as rt;"));
    for expected in [
        "name: \"ym:s:goal<goal_id>converted<currency>Revenue\"",
        "parameters: &[\"goal_id\", \"currency\"]",
        "metric_type: Some(rt::MetricType::Currency)",
        "filterable: Some(false)",
        "template: \"ym:ad:<attribution>DirectOrder\"",
        "min_date: Some(\"2016-02-15\")",
        "rt::PlaceholderForm::CurrencyCode",
    ] {
        assert!(
            fields.contains(expected),
            "`{expected}` missing from:\n{fields}"
        );
    }
    // The Metrica part is left alone when the schema has none.
    std::fs::remove_dir_all(&schema).ok();
    let empty = std::env::temp_dir().join(format!("metrica-none-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("a temporary folder");
    assert!(codegen::render_metrica(&empty, "crate::schema")
        .expect("no fault")
        .is_none());
    std::fs::remove_dir_all(&empty).ok();
}

#[test]
fn the_generator_refuses_a_schema_it_cannot_type() {
    let text = to_json(&imported())
        .replacen("\"==\"", "\"~~\"", 1)
        .replace("\"type\": \"int\"", "\"type\": \"integer\"");
    let schema = schema_with(&text, "bad");
    let error = codegen::render_metrica(&schema, "crate::schema").expect_err("refused");
    let message = error.to_string();
    std::fs::remove_dir_all(&schema).ok();
    assert!(
        message.contains("unknown filter operator `~~`"),
        "{message}"
    );
    assert!(message.contains(".operators["), "{message}");
    assert!(
        message.contains("unknown metric type `integer`"),
        "{message}"
    );
}

fn metrica_small() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/metrica_small")
}

/// The snapshot of the endpoints part: the fixture's imported fields plus a small hand-written
/// `endpoints.json` (`tests/snapshots/metrica_small/source/metrica/`) give the checked-in
/// `expected/` (compiled against `metrica-reporting` by `codegen-snapshots`). Rewrite both with
/// `UPDATE_SNAPSHOTS=1 cargo test -p codegen --test metrica`.
#[test]
fn the_endpoints_file_generates_what_is_checked_in() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let source = metrica_small().join("source");
    let fields = source.join("metrica/fields.json");
    if update {
        std::fs::write(&fields, to_json(&imported())).expect("write the fields");
    }
    let on_disk = std::fs::read_to_string(&fields).expect("the fields are checked in");
    assert_eq!(on_disk, to_json(&imported()), "stale: UPDATE_SNAPSHOTS=1");
    let files = codegen::render_metrica(&source, "::metrica_reporting::schema")
        .expect("renders")
        .expect("a Metrica file is there");
    let paths: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
    assert_eq!(
        paths,
        ["endpoints.rs", "fields.rs", "mod.rs", "responses.rs"]
    );
    let expected_dir = metrica_small().join("expected");
    if update {
        let _ = std::fs::remove_dir_all(&expected_dir);
        std::fs::create_dir_all(&expected_dir).expect("the expected folder");
        for file in &files {
            std::fs::write(expected_dir.join(&file.path), &file.contents).expect("write");
        }
    }
    for file in &files {
        let expected = std::fs::read_to_string(expected_dir.join(&file.path))
            .unwrap_or_else(|_| panic!("{} is new: UPDATE_SNAPSHOTS=1", file.path.display()));
        assert!(
            expected == file.contents,
            "{} differs from the snapshot: UPDATE_SNAPSHOTS=1 cargo test -p codegen --test metrica",
            file.path.display()
        );
    }
    let responses = &files[3].contents;
    for expected in [
        "pub totals: Option<Vec<Vec<rt::wire::MetricValue>>>",
        "pub name: rt::wire::Nullable<String>",
        "pub limit: Option<rt::wire::FlexNumber<i64>>",
        "QuotaParallelRequests",
        "Unrecognized(rt::wire::Unrecognized)",
    ] {
        assert!(responses.contains(expected), "`{expected}` missing");
    }
    let endpoints = &files[0].contents;
    assert!(endpoints.contains("path: \"/stat/v1/data/bytime\""));
    assert!(endpoints.contains(
        "if params.ids.is_none() {\n            return Err(rt::wire::ParamError::Missing {"
    ));
}

#[test]
fn the_endpoints_file_is_refused_with_json_paths() {
    let source = metrica_small().join("source/metrica");
    let schema = schema_with(
        &std::fs::read_to_string(source.join("fields.json")).expect("fields"),
        "endpoints-bad",
    );
    let text = std::fs::read_to_string(source.join("endpoints.json"))
        .expect("endpoints")
        .replace(
            "\"type\": \"boolean\", \"doc\": \"Keep",
            "\"type\": \"flag\", \"doc\": \"Keep",
        )
        .replace("\"type\": \"QueryEcho\"", "\"type\": \"Echo\"")
        .replace("\"filters\", \"limit\"", "\"filters\", \"page\"")
        .replace(
            "\"array\": 2, \"doc\": \"The series.\"",
            "\"array\": 3, \"doc\": \"The series.\"",
        );
    std::fs::write(schema.join("metrica/endpoints.json"), text).expect("write");
    let error = codegen::render_metrica(&schema, "crate::schema").expect_err("refused");
    let message = error.to_string();
    std::fs::remove_dir_all(&schema).ok();
    for expected in [
        "parameters[4].type: unknown parameter type `flag`",
        "types[0].fields[0].type: unknown type `Echo`",
        "endpoints[0].parameters[3]: `page` is not a parameter of the file",
        "types[1].fields[1].array: 3 arrays deep: at most 2",
    ] {
        assert!(
            message.contains(expected),
            "`{expected}` missing from:\n{message}"
        );
    }
}
