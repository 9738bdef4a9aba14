//! The generated doc comments say what the schema says: its description where it has one, and
//! otherwise what is known (required or optional, nillable, item caps, the key a field is sent
//! under, where a type is used), never the schema type the Rust type already shows.

use std::path::Path;

use codegen::emit;

const GENERAL: &str = r#"{"api": "direct_v5", "module": "general", "types": [
  {"kind": "struct", "name": "Base", "fields": [{"name": "Id", "type": "xsd:long"}]}
]}"#;

const THINGS: &str = r#"{"api": "direct_v5", "module": "things",
  "service": {"name": "Things", "endpoint": "things", "methods": [
    {"name": "get", "request": "GetRequest", "response": "GetResponse", "access": "read",
     "limits": [{"path": "SelectionCriteria.Ids", "max_items": 1000}]}]},
  "types": [
  {"kind": "struct", "name": "GetRequest", "fields": [
    {"name": "SelectionCriteria", "type": "Criteria", "required": true}]},
  {"kind": "struct", "name": "Criteria", "fields": [
    {"name": "Ids", "type": "xsd:long", "repeated": true, "required": true}]},
  {"kind": "struct", "name": "GetResponse", "fields": [
    {"name": "Things", "type": "Thing", "repeated": true}]},
  {"kind": "struct", "name": "Thing", "extends": "general:Base", "fields": [
    {"name": "Name", "type": "xsd:string", "doc": "The name the user gave the thing."},
    {"name": "login", "type": "xsd:string"},
    {"name": "EndDate", "type": "xsd:date", "nillable": true},
    {"name": "Score", "type": "xsd:double", "required": true, "nillable": true},
    {"name": "State", "type": "StateEnum"}]},
  {"kind": "enum", "name": "StateEnum", "values": ["ON", "OFF"]}
]}"#;

/// The rendered `things.rs` and `general.rs` of the schema above; `test` names the folder the
/// schema is written to, one per test since tests run at the same time.
fn render(test: &str) -> (String, String) {
    let root = std::env::temp_dir().join(format!("codegen-docs-{}-{test}", std::process::id()));
    let dir = root.join("schema/direct_v5");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("general.json"), GENERAL).unwrap();
    std::fs::write(dir.join("things.json"), THINGS).unwrap();
    let rendered = codegen::render(&root.join("schema"), &emit::Options::default());
    let _ = std::fs::remove_dir_all(&root);
    let files = rendered.expect("the schema renders").files;
    let file = |path: &str| {
        files
            .iter()
            .find(|f| f.path == Path::new(path))
            .unwrap_or_else(|| panic!("{path} is rendered"))
            .contents
            .clone()
    };
    (file("direct_v5/things.rs"), file("direct_v5/general.rs"))
}

/// Asserts that `text` has `doc` as the last doc line before a line starting with `item`
/// (attributes between them aside).
fn assert_doc(text: &str, doc: &str, item: &str) {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("#["))
        .collect();
    let found = lines
        .windows(2)
        .any(|w| w[0] == format!("/// {doc}") && w[1].starts_with(item));
    assert!(found, "no `/// {doc}` right before `{item}` in:\n{text}");
}

#[test]
fn a_description_is_the_whole_doc_of_a_field() {
    let (things, _) = render("description");
    assert_doc(&things, "The name the user gave the thing.", "pub name:");
}

#[test]
fn without_a_description_a_field_says_what_is_known() {
    let (things, _) = render("facts");
    // The wire name only when it is not the Rust name.
    assert_doc(&things, "Optional.", "pub login:");
    assert_doc(&things, "Optional. Sent as `Id`.", "pub id:");
    assert_doc(
        &things,
        "Optional; may also be `null`, which is not the same as leaving it out. Sent as `EndDate`.",
        "pub end_date:",
    );
    assert_doc(
        &things,
        "Required; may be `null`. Sent as `Score`.",
        "pub score:",
    );
    // A method's cap, at the field its path leads to.
    assert_doc(
        &things,
        "Required. At most 1000 items per call of `Things.get`. Sent as `Ids`.",
        "pub ids:",
    );
    // The schema type is the Rust type's business.
    let doc_lines: Vec<&str> = things
        .lines()
        .filter(|l| l.trim_start().starts_with("///"))
        .collect();
    assert!(
        doc_lines.iter().all(|l| !l.contains("xsd:")),
        "{doc_lines:#?}"
    );
}

#[test]
fn a_type_says_where_it_is_used() {
    let (things, general) = render("uses");
    assert_doc(
        &things,
        "The `params` of `Things.get`.",
        "pub struct GetRequest",
    );
    assert_doc(
        &things,
        "The `result` of `Things.get`.",
        "pub struct GetResponse",
    );
    assert_doc(
        &things,
        "Used in `GetRequest::selection_criteria`.",
        "pub struct Criteria",
    );
    assert_doc(
        &things,
        "Used in `GetResponse::things`. Extends `general:Base`, whose fields come first.",
        "pub struct Thing",
    );
    assert_doc(&general, "Extended by `things::Thing`.", "pub struct Base");
    // An enum: where it is used, then what it holds; each value as it is sent.
    assert!(
        things
            .contains("/// Used in `Thing::state`.\n///\n/// One of the 2 values the schema knows"),
        "{things}"
    );
    assert_doc(&things, "Sent as `ON`.", "On,");
}
