//! The Discovery importer and the REST emitter on a small hand-written Discovery document
//! (`tests/snapshots/discovery_small/discovery.json`, with its `method-categories.tsv`):
//!
//! - the imported schema is `discovery_small/imported/ga4_data/v1test.json`, and the Rust
//!   generated from it is `discovery_small/expected/` (compiled by the `codegen-snapshots`
//!   crate against `ga4-data`); rewrite both with
//!   `UPDATE_SNAPSHOTS=1 cargo test -p codegen --test discovery`;
//! - `import --check` ignores the order of keys and the revision, and catches a real change;
//! - malformed documents are refused with the JSON path of the fault.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use codegen::import::discovery::{
    compare, import_document, run, to_json, Comparison, DiscoveryOptions,
};
use serde_json::{json, Value};

fn case_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/discovery_small")
}

fn fixture() -> String {
    std::fs::read_to_string(case_dir().join("discovery.json")).expect("the fixture is there")
}

fn categories() -> String {
    std::fs::read_to_string(case_dir().join("method-categories.tsv")).expect("the table is there")
}

/// Imports `text` as if read from `discovery.json`, with the fixture's table.
fn import(text: &str) -> Result<codegen::frontend::rest::format::RestFile, Vec<String>> {
    let table = categories();
    import_document(
        Path::new("discovery.json"),
        text,
        Some((Path::new("method-categories.tsv"), &table)),
    )
    .map(|(name, file)| {
        assert_eq!(name, "v1test.json");
        file
    })
    .map_err(|faults| faults.iter().map(ToString::to_string).collect())
}

/// `value` written with every object's keys in reverse order, indented by three.
fn reversed(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent + 3);
    match value {
        Value::Object(map) => {
            out.push_str("{\n");
            let keys: Vec<&String> = map.keys().rev().collect();
            for (i, key) in keys.iter().enumerate() {
                out.push_str(&format!("{pad}{}: ", Value::String((*key).clone())));
                reversed(&map[*key], indent + 3, out);
                out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}}}", " ".repeat(indent)));
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                reversed(item, indent, out);
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

#[test]
fn the_fixture_imports_and_generates_what_is_checked_in() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let file = import(&fixture()).expect("the fixture imports");
    let schema_dir = case_dir().join("imported");
    let schema_file = schema_dir.join("ga4_data/v1test.json");
    if update {
        std::fs::create_dir_all(schema_file.parent().unwrap()).unwrap();
        std::fs::write(&schema_file, to_json(&file)).unwrap();
    }
    let on_disk = std::fs::read_to_string(&schema_file).expect("the imported schema is checked in");
    assert_eq!(
        on_disk,
        to_json(&file),
        "the imported schema differs: UPDATE_SNAPSHOTS=1"
    );

    let files = codegen::render_rest(&schema_dir, "::ga4_data")
        .expect("the imported schema renders")
        .expect("it has a REST API");
    let actual: BTreeMap<PathBuf, String> =
        files.into_iter().map(|f| (f.path, f.contents)).collect();
    let expected_dir = case_dir().join("expected");
    if update {
        let _ = std::fs::remove_dir_all(&expected_dir);
        for (path, text) in &actual {
            let target = expected_dir.join(path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(&target, text).unwrap();
        }
    }
    for (path, text) in &actual {
        let expected = std::fs::read_to_string(expected_dir.join(path))
            .unwrap_or_else(|_| panic!("{} is new: UPDATE_SNAPSHOTS=1", path.display()));
        assert!(
            expected == *text,
            "{} differs from the snapshot: UPDATE_SNAPSHOTS=1 cargo test -p codegen --test discovery",
            path.display()
        );
    }
    assert_eq!(
        actual.len(),
        5,
        "mod.rs, v1test/{{mod,types,methods}}.rs, types/serde.rs"
    );
}

#[test]
fn the_import_reads_every_construct_of_the_fixture() {
    let file = import(&fixture()).unwrap();
    let value = serde_json::to_value(&file).unwrap();
    let names: Vec<&str> = file.methods.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["getThing", "parts.list", "shelve"]);
    let get = &value["methods"][0];
    assert_eq!(get["http_method"], "GET");
    assert_eq!(get["path"], "v1test/{+name}");
    assert_eq!(get["quota_category"], "core");
    assert_eq!(get["parameters"][0]["name"], "name");
    assert_eq!(get["parameters"][0]["location"], "path");
    assert_eq!(get["parameters"][1]["name"], "view");
    let shelve = &value["methods"][2];
    assert_eq!(shelve["quota_category"], "realtime");
    assert_eq!(shelve["quota_note"], "(two per shelf)");
    assert_eq!(value["methods"][1]["quota_note"], "not listed");
    assert!(value["methods"][1].get("quota_category").is_none());
    let thing = file
        .types
        .iter()
        .find(|t| t.name() == "Thing")
        .map(|t| serde_json::to_value(t).unwrap())
        .unwrap();
    let field = |name: &str| {
        thing["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("no field {name}"))
    };
    assert_eq!(field("count")["type"], "int64");
    assert_eq!(
        field("sizes"),
        json!({"name": "sizes", "type": "int64", "repeated": true})
    );
    assert_eq!(field("serial")["type"], "uint64");
    assert_eq!(field("ratio")["type"], "double");
    assert_eq!(field("state")["type"], "ThingState");
    assert_eq!(field("colors")["type"], "ThingColors");
    assert_eq!(field("labels")["map"], true);
    assert_eq!(field("createTime")["format"], "google-datetime");
    assert_eq!(field("legacy")["deprecated"], true);
    assert_eq!(field("name")["read_only"], true);
    let state = file
        .types
        .iter()
        .find(|t| t.name() == "ThingState")
        .unwrap();
    assert_eq!(
        serde_json::to_value(state).unwrap()["values"][2],
        json!({"value": "OLD", "doc": "Kept a long time."})
    );
}

#[test]
fn the_check_ignores_key_order_and_revision_and_catches_a_real_change() {
    let on_disk = to_json(&import(&fixture()).unwrap());

    let mut document: Value = serde_json::from_str(&fixture()).unwrap();
    document["revision"] = json!("20991231");
    let mut shuffled = String::new();
    reversed(&document, 0, &mut shuffled);
    assert_ne!(shuffled, fixture());
    let again = import(&shuffled).unwrap();
    assert_eq!(compare(Some(&on_disk), &again), Comparison::Same);
    // Formatting of the file on disk is no change either.
    let compact = serde_json::to_string(&serde_json::from_str::<Value>(&on_disk).unwrap()).unwrap();
    assert_eq!(compare(Some(&compact), &again), Comparison::Same);
    assert_eq!(compare(None, &again), Comparison::Missing);

    let changed = fixture().replace("Reads one thing.", "Reads a thing.");
    match compare(Some(&on_disk), &import(&changed).unwrap()) {
        Comparison::Differs(what) => {
            assert!(
                what.iter()
                    .any(|w| w.starts_with("methods[getThing].doc: ")),
                "{what:?}"
            );
            assert!(
                what.iter()
                    .any(|w| w.starts_with("source.canonical_sha256")),
                "{what:?}"
            );
        }
        other => panic!("a changed description is a change: {other:?}"),
    }
    let more = fixture().replace(
        r#""fresh": {"type": "boolean"},"#,
        r#""fresh": {"type": "boolean"}, "stale": {"type": "boolean"},"#,
    );
    match compare(Some(&on_disk), &import(&more).unwrap()) {
        Comparison::Differs(what) => {
            assert!(
                what.iter()
                    .any(|w| w == "types[Thing].fields[stale]: added"),
                "{what:?}"
            )
        }
        other => panic!("a new field is a change: {other:?}"),
    }
}

#[test]
fn the_command_writes_then_checks_the_file() {
    let dir = std::env::temp_dir().join(format!("codegen-discovery-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut options = DiscoveryOptions {
        document: case_dir().join("discovery.json"),
        quota_categories: None,
        schema: dir.clone(),
        check: true,
    };
    assert!(!run(&options), "a missing file fails the check");
    options.check = false;
    assert!(run(&options));
    let written = std::fs::read_to_string(dir.join("ga4_data/v1test.json")).unwrap();
    assert!(
        written.contains("\"quota_category\": \"core\""),
        "the table beside the document is read"
    );
    options.check = true;
    assert!(run(&options));
    std::fs::write(
        dir.join("ga4_data/v1test.json"),
        written.replace("Reads one thing.", "x"),
    )
    .unwrap();
    assert!(!run(&options), "an edited file fails the check");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The faults of importing the fixture changed by `edit`.
fn faults_of(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut document: Value = serde_json::from_str(&fixture()).unwrap();
    edit(&mut document);
    import(&document.to_string()).expect_err("the import fails")
}

#[test]
fn malformed_documents_are_refused_with_the_json_path() {
    type Edit = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|d| d["schemas"]["Thing"]["properties"]["rank"]["format"] = json!("int128")),
            "discovery.json: schemas.Thing.properties.rank.type: unsupported type `integer` with format `int128`",
        ),
        (
            Box::new(|d| d["schemas"]["Thing"]["properties"]["tags"].as_object_mut().unwrap().remove("items").map(drop).unwrap_or(())),
            "discovery.json: schemas.Thing.properties.tags: an array without `items`",
        ),
        (
            Box::new(|d| d["schemas"]["Part"]["properties"]["owner"] = json!({"$ref": 7})),
            "discovery.json: schemas.Part.properties.owner.$ref: expected a string, found a number",
        ),
        (
            Box::new(|d| d["schemas"]["Part"]["properties"]["owner"] = json!({"description": "?"})),
            "discovery.json: schemas.Part.properties.owner: neither `$ref` nor `type`",
        ),
        (
            Box::new(|d| d["resources"]["shelves"]["methods"]["getThing"]["parameters"]["view"]["location"] = json!("header")),
            "discovery.json: resources.shelves.methods.getThing.parameters.view.location: unknown location `header`",
        ),
        (
            Box::new(|d| d["resources"]["shelves"]["methods"]["shelve"]["path"] = json!("v1test/things:shelve")),
            "discovery.json: resources.shelves.methods.shelve.path: the path parameter `shelf` is not in the path template",
        ),
        (
            Box::new(|d| d["resources"]["shelves"]["resources"]["parts"]["methods"]["list"]["response"] = json!({"$ref": "Nope"})),
            "the response type `Nope` is not a schema of the document",
        ),
        (
            Box::new(|d| d["schemas"]["Thing"]["properties"]["state"]["enumDescriptions"] = json!(["one"])),
            "discovery.json: schemas.Thing.properties.state.enumDescriptions: 1 descriptions for 3 values",
        ),
        (
            Box::new(|d| d["schemas"] = json!([])),
            "discovery.json: schemas: expected an object, found an array",
        ),
        (
            Box::new(|d| {
                d.as_object_mut().unwrap().remove("rootUrl");
            }),
            "discovery.json: missing `rootUrl`",
        ),
    ];
    for (edit, expected) in cases {
        let faults = faults_of(edit);
        assert!(
            faults.iter().any(|f| f.contains(expected)),
            "expected a fault containing {expected:?}, got {faults:?}"
        );
    }
    let faults = import("{\"id\": ").unwrap_err();
    assert!(
        faults[0].starts_with("discovery.json: line 1, column 7: malformed JSON"),
        "{faults:?}"
    );
}

#[test]
fn a_table_row_that_disagrees_with_the_document_is_a_fault() {
    let table = categories().replace("v1test/{+parent}/parts", "v1test/{+parent}/bits");
    let faults = import_document(
        Path::new("discovery.json"),
        &fixture(),
        Some((Path::new("method-categories.tsv"), &table)),
    )
    .unwrap_err();
    assert_eq!(
        faults[0].to_string(),
        "method-categories.tsv: line 4: `shelves.parts.list` is GET v1test/{+parent}/bits in the table but GET v1test/{+parent}/parts in the document"
    );
}

#[test]
fn the_generated_crate_check_fails_when_a_file_is_stale_or_extra() {
    let out = std::env::temp_dir().join(format!("codegen-rest-out-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let schema_dir = case_dir().join("imported");
    let statuses = |check: bool| -> Vec<codegen::FileStatus> {
        codegen::generate_rest(&schema_dir, &out, "::ga4_data", check)
            .expect("the fixture generates")
            .expect("it has a REST API")
            .into_iter()
            .map(|(_, status)| status)
            .collect()
    };
    assert!(statuses(false)
        .iter()
        .all(|s| *s == codegen::FileStatus::Changed));
    assert!(statuses(true)
        .iter()
        .all(|s| *s == codegen::FileStatus::Unchanged));
    let types = out.join("v1test/types.rs");
    let text = std::fs::read_to_string(&types).unwrap();
    std::fs::write(&types, text.replace("A thing inside.", "Edited by hand.")).unwrap();
    // A generated file the schema no longer gives (a removed API version, say).
    std::fs::write(
        out.join("v1test/extra.rs"),
        "// @generated from schema/ga4_data/v1test.json by `cargo run -p codegen`.\n",
    )
    .unwrap();
    let after = statuses(true);
    assert_eq!(
        after
            .iter()
            .filter(|s| **s == codegen::FileStatus::Changed)
            .count(),
        1
    );
    assert_eq!(
        after
            .iter()
            .filter(|s| **s == codegen::FileStatus::Stale)
            .count(),
        1
    );
    let _ = std::fs::remove_dir_all(&out);
}

/// The faults the REST frontend finds in the imported fixture changed by `edit`.
fn schema_faults(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut value = serde_json::to_value(import(&fixture()).unwrap()).unwrap();
    edit(&mut value);
    let file = serde_json::from_value(value).expect("still the shape of a schema file");
    let mut faults = Vec::new();
    let model = codegen::frontend::rest::resolve(
        Path::new("schema/ga4_data/v1test.json"),
        "schema/ga4_data/v1test.json",
        "ga4_data",
        &file,
        &mut faults,
    );
    assert_eq!(model.is_none(), !faults.is_empty());
    faults.iter().map(ToString::to_string).collect()
}

#[test]
fn the_rest_frontend_checks_names_references_and_methods() {
    assert_eq!(schema_faults(|_| {}), Vec::<String>::new());
    let type_index = |v: &Value, name: &str| {
        v["types"]
            .as_array()
            .unwrap()
            .iter()
            .position(|t| t["name"] == name)
            .unwrap()
    };
    type Edit = Box<dyn FnOnce(&mut Value)>;
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(move |v| {
                let i = type_index(v, "Part");
                v["types"][i]["fields"][1]["type"] = json!("Nothing");
            }),
            "types[3].fields[1].type: unknown type `Nothing`",
        ),
        (
            Box::new(|v| v["methods"][0]["quota_category"] = json!("premium")),
            "methods[0].quota_category: unknown quota category `premium`",
        ),
        (
            Box::new(|v| v["methods"][2]["path"] = json!("v1test/{other}:shelve")),
            "methods[2].path: `{other}` in the path is not a path parameter",
        ),
        (
            Box::new(|v| v["methods"][0]["http_method"] = json!("FETCH")),
            "methods[0].http_method: unknown HTTP method `FETCH`",
        ),
        (
            Box::new(move |v| {
                let i = type_index(v, "ThingState");
                v["types"][i]["values"][1]["value"] = json!("OLD");
            }),
            "duplicate value `OLD`",
        ),
        (
            Box::new(|v| v["module"] = json!("v2")),
            "module: `v2` is not the file's name `v1test`",
        ),
        (
            Box::new(|v| v["methods"][0]["response"] = json!("ThingState")),
            "methods[0].response: `ThingState` is an enum, not an object",
        ),
    ];
    for (edit, expected) in cases {
        let faults = schema_faults(edit);
        assert!(
            faults.iter().any(|f| f.contains(expected)),
            "expected a fault containing {expected:?}, got {faults:?}"
        );
    }
}

#[test]
fn a_struct_that_contains_itself_is_boxed_and_only_there() {
    let model = codegen::frontend::rest::load(&case_dir().join("imported"))
        .expect("the imported fixture loads")
        .expect("it has a REST API");
    let boxed: Vec<String> = model.apis[0]
        .types
        .iter()
        .filter_map(|t| match t {
            codegen::model::rest::TypeModel::Struct(s) => Some(s),
            codegen::model::rest::TypeModel::Enum(_) => None,
        })
        .flat_map(|s| {
            s.fields
                .iter()
                .filter(|f| f.boxed)
                .map(move |f| format!("{}.{}", s.wire, f.wire))
        })
        .collect();
    // `Part.owner` holds a `Thing`, which holds parts only in a list: no box needed.
    assert_eq!(boxed, ["Thing.inner"]);
}
