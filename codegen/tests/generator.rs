//! The generator pipeline: validation faults on small bad schemas, determinism, writing only
//! what changed, check mode, and the freshness of the checked-in output.

use std::path::{Path, PathBuf};

use codegen::{emit, FileStatus};

/// A schema folder in a fresh temporary directory, with the given `direct_v5` files.
struct TempSchema {
    root: PathBuf,
}

impl TempSchema {
    fn new(name: &str, files: &[(&str, &str)]) -> Self {
        let root = std::env::temp_dir().join(format!("codegen-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("schema/direct_v5")).unwrap();
        for (file, text) in files {
            std::fs::write(root.join("schema/direct_v5").join(file), text).unwrap();
        }
        TempSchema { root }
    }

    fn schema(&self) -> PathBuf {
        self.root.join("schema")
    }

    fn out(&self) -> PathBuf {
        self.root.join("out")
    }

    /// Every diagnostic of a render, as `file-name: location: message` lines.
    fn faults(&self) -> Vec<String> {
        match codegen::render(&self.schema(), &emit::Options::default()) {
            Ok(_) => Vec::new(),
            Err(codegen::Error::Schema(d)) => {
                d.0.iter()
                    .map(|d| {
                        format!(
                            "{}: {}: {}",
                            d.file.file_name().unwrap().to_string_lossy(),
                            d.location,
                            d.message
                        )
                    })
                    .collect()
            }
            Err(other) => panic!("unexpected error: {other}"),
        }
    }
}

impl Drop for TempSchema {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

const GENERAL: &str = r#"{"api": "direct_v5", "module": "general", "types": [
  {"kind": "enum", "name": "YesNoEnum", "values": ["YES", "NO"]},
  {"kind": "items", "name": "ArrayOfLong", "item": "xsd:long"},
  {"kind": "struct", "name": "Base", "fields": [{"name": "Id", "type": "xsd:long"}]}
]}"#;

fn service(types: &str) -> String {
    format!(
        r#"{{"api": "direct_v5", "module": "things", "service": {{"name": "Things", "endpoint": "things",
  "methods": [{{"name": "get", "request": "GetRequest", "response": "GetResponse", "access": "read"}}]}},
  "types": [
  {{"kind": "struct", "name": "GetRequest", "fields": [{{"name": "Ids", "type": "general:ArrayOfLong"}}]}},
  {{"kind": "struct", "name": "GetResponse", "fields": [{{"name": "Things", "type": "Thing", "repeated": true}}]}}
  {types}]}}"#
    )
}

fn assert_fault(faults: &[String], expected: &[&str]) {
    assert!(
        faults
            .iter()
            .any(|f| expected.iter().all(|e| f.contains(e))),
        "no fault containing {expected:?} in {faults:#?}"
    );
}

#[test]
fn valid_schema_renders() {
    let schema = TempSchema::new(
        "valid",
        &[
            ("general.json", GENERAL),
            (
                "things.json",
                &service(
                    r#", {"kind": "struct", "name": "Thing", "extends": "general:Base", "fields": [{"name": "Type", "type": "general:YesNoEnum"}]}"#,
                ),
            ),
        ],
    );
    assert_eq!(schema.faults(), Vec::<String>::new());
}

#[test]
fn unknown_type_reference() {
    let schema = TempSchema::new(
        "unknown-ref",
        &[
            ("general.json", GENERAL),
            (
                "things.json",
                &service(
                    r#", {"kind": "struct", "name": "Thing", "fields": [{"name": "A", "type": "Nope"}, {"name": "B", "type": "general:Nope"}, {"name": "C", "type": "other:X"}, {"name": "D", "type": "xsd:quad"}]}"#,
                ),
            ),
        ],
    );
    let faults = schema.faults();
    assert_fault(
        &faults,
        &[
            "things.json",
            "types[2].fields[0].type",
            "unknown type `Nope`",
        ],
    );
    assert_fault(
        &faults,
        &[
            "types[2].fields[1].type",
            "module `general` has no type `Nope`",
        ],
    );
    assert_fault(&faults, &["types[2].fields[2].type", "no module `other`"]);
    assert_fault(
        &faults,
        &[
            "types[2].fields[3].type",
            "unknown primitive type `xsd:quad`",
        ],
    );
}

#[test]
fn duplicate_names() {
    let schema = TempSchema::new(
        "duplicates",
        &[
            ("general.json", GENERAL),
            (
                "things.json",
                &service(
                    r#", {"kind": "struct", "name": "Thing", "extends": "general:Base", "fields": [{"name": "X", "type": "xsd:int"}, {"name": "X", "type": "xsd:int"}, {"name": "Id", "type": "xsd:int"}]},
                {"kind": "enum", "name": "Thing", "values": ["A", "A"]}"#,
                ),
            ),
        ],
    );
    let faults = schema.faults();
    assert_fault(
        &faults,
        &[
            "types[3].name",
            "duplicate type `Thing` (first at types[2])",
        ],
    );
    assert_fault(&faults, &["types[2].fields[1].name", "duplicate field `X`"]);
    assert_fault(
        &faults,
        &["types[2].fields[2].name", "`Id` is already inherited"],
    );
    assert_fault(&faults, &["types[3].values[1]", "duplicate enum value `A`"]);
}

#[test]
fn names_that_cannot_become_identifiers() {
    let schema = TempSchema::new(
        "bad-names",
        &[
            ("general.json", GENERAL),
            (
                "things.json",
                &service(
                    r#", {"kind": "struct", "name": "Thing", "fields": [{"name": "bad-name", "type": "xsd:int"}]},
                {"kind": "struct", "name": "9Lives", "fields": []},
                {"kind": "enum", "name": "Signs", "values": ["--", "OK"]}"#,
                ),
            ),
        ],
    );
    let faults = schema.faults();
    assert_fault(
        &faults,
        &[
            "types[2].fields[0].name",
            "`bad-name` cannot become a Rust identifier",
        ],
    );
    assert_fault(
        &faults,
        &["types[3].name", "`9Lives` cannot become a Rust identifier"],
    );
    assert_fault(
        &faults,
        &["types[4].values[0]", "`--` cannot become a Rust identifier"],
    );
}

#[test]
fn recursive_types_need_boxing() {
    let cycle = r#", {"kind": "struct", "name": "Thing", "fields": [{"name": "Next", "type": "Other"}]},
        {"kind": "struct", "name": "Other", "fields": [{"name": "Back", "type": "Thing"}, {"name": "Many", "type": "Other", "repeated": true}]},
        {"kind": "struct", "name": "Selfish", "fields": [{"name": "Me", "type": "Selfish"}]}"#;
    let schema = TempSchema::new(
        "recursive",
        &[("general.json", GENERAL), ("things.json", &service(cycle))],
    );
    let faults = schema.faults();
    assert_fault(
        &faults,
        &[
            "types[2]",
            "recursive types things:Thing, things:Other",
            "boxed",
        ],
    );
    assert_fault(&faults, &["types[4]", "recursive types things:Selfish"]);
    assert_eq!(
        faults.len(),
        2,
        "the repeated self-reference is not a fault: {faults:#?}"
    );

    let boxed = cycle
        .replace(
            r#""name": "Back", "type": "Thing""#,
            r#""name": "Back", "type": "Thing", "boxed": true"#,
        )
        .replace(
            r#""name": "Me", "type": "Selfish""#,
            r#""name": "Me", "type": "Selfish", "boxed": true"#,
        );
    let fixed = TempSchema::new(
        "recursive-boxed",
        &[("general.json", GENERAL), ("things.json", &service(&boxed))],
    );
    assert_eq!(fixed.faults(), Vec::<String>::new());
}

#[test]
fn enum_without_values_and_bad_extends() {
    let schema = TempSchema::new(
        "enum-extends",
        &[
            ("general.json", GENERAL),
            (
                "things.json",
                &service(
                    r#", {"kind": "struct", "name": "Thing", "extends": "general:YesNoEnum", "fields": []},
                {"kind": "enum", "name": "Empty", "values": []},
                {"kind": "struct", "name": "LoopA", "extends": "LoopB", "fields": []},
                {"kind": "struct", "name": "LoopB", "extends": "LoopA", "fields": []}"#,
                ),
            ),
        ],
    );
    let faults = schema.faults();
    assert_fault(&faults, &["types[3].values", "enum `Empty` has no values"]);
    assert_fault(&faults, &["types[2].extends", "is not a struct"]);
    assert_fault(&faults, &["types[4].extends", "loops back"]);
}

#[test]
fn method_types_must_be_structs() {
    let text = service(r#", {"kind": "struct", "name": "Thing", "fields": []}"#)
        .replace(
            r#""response": "GetResponse""#,
            r#""response": "general:YesNoEnum""#,
        )
        .replace(r#""request": "GetRequest""#, r#""request": "Missing""#);
    let schema = TempSchema::new(
        "methods",
        &[("general.json", GENERAL), ("things.json", &text)],
    );
    let faults = schema.faults();
    assert_fault(
        &faults,
        &["service.methods[0].response", "must be a struct"],
    );
    assert_fault(
        &faults,
        &["service.methods[0].request", "unknown type `Missing`"],
    );
}

#[test]
fn malformed_json_and_unknown_keys() {
    let schema = TempSchema::new(
        "malformed",
        &[
            (
                "general.json",
                "{\"api\": \"direct_v5\",\n  \"module\": general}",
            ),
            (
                "things.json",
                r#"{"api": "direct_v5", "module": "things", "types": [{"kind": "struct", "name": "T", "fieldz": []}]}"#,
            ),
        ],
    );
    let faults = schema.faults();
    assert_fault(
        &faults,
        &["general.json", "line 2, column", "malformed JSON"],
    );
    assert_fault(
        &faults,
        &["things.json", "types[0]", "unknown field `fieldz`"],
    );
}

#[test]
fn every_fault_is_reported_across_files() {
    let schema = TempSchema::new(
        "many",
        &[
            (
                "general.json",
                r#"{"api": "direct_v5", "module": "general", "types": [{"kind": "enum", "name": "E", "values": []}]}"#,
            ),
            (
                "things.json",
                &service(
                    r#", {"kind": "struct", "name": "Thing", "fields": [{"name": "A", "type": "Nope"}]}"#,
                ),
            ),
        ],
    );
    let faults = schema.faults();
    assert_fault(&faults, &["general.json", "has no values"]);
    assert_fault(&faults, &["things.json", "unknown type `Nope`"]);
    assert_fault(
        &faults,
        &["things.json", "module `general` has no type `ArrayOfLong`"],
    );
}

fn valid(name: &str) -> TempSchema {
    TempSchema::new(
        name,
        &[
            ("general.json", GENERAL),
            (
                "things.json",
                &service(
                    r#", {"kind": "struct", "name": "Thing", "extends": "general:Base", "fields": [{"name": "Type", "type": "general:YesNoEnum"}, {"name": "type", "type": "xsd:string"}]}"#,
                ),
            ),
        ],
    )
}

/// A v4 Live file whose one retired method has the given `replaced_by` and `moved_to` JSON.
fn live_with_retired(replaced_by: &str, moved_to: &str) -> String {
    format!(
        r#"{{"api": "direct_v4", "module": "live", "service": {{"name": "Live", "endpoint": "live",
  "methods": [{{"name": "PingAPI", "request": null, "response": "xsd:int", "access": "read"}}],
  "retired": [
    {{"name": "GetBanners", "reason": "gone", "replaced_by": {replaced_by}{moved_to}}},
    {{"name": "PingAPI", "reason": "gone"}}
  ]}}}}"#
    )
}

#[test]
fn retired_successors_must_be_v5_methods_of_the_schema() {
    let schema = valid("retired");
    let v4 = schema.schema().join("direct_v4");
    std::fs::create_dir_all(&v4).unwrap();
    let live = v4.join("live.json");

    std::fs::write(&live, live_with_retired(r#"["Things.get"]"#, "")).unwrap();
    let faults = schema.faults();
    assert_fault(
        &faults,
        &["live.json: service.retired[1].name: `PingAPI` is both a method and retired"],
    );
    assert_eq!(faults.len(), 1, "{faults:#?}");

    std::fs::write(
        &live,
        live_with_retired(
            r#"["Things.get", "Things.frob", "Nope.get", "bad", "Things.get"]"#,
            r#", "moved_to": " ""#,
        ),
    )
    .unwrap();
    let faults = schema.faults();
    assert_fault(
        &faults,
        &[
            "live.json: service.retired[0].replaced_by[1]:",
            "`Things.frob`: the direct_v5 service `Things` has no method `frob` (it has: get)",
        ],
    );
    assert_fault(
        &faults,
        &[
            "live.json: service.retired[0].replaced_by[2]:",
            "there is no direct_v5 service `Nope` (known: Things)",
        ],
    );
    assert_fault(
        &faults,
        &[
            "live.json: service.retired[0].replaced_by[3]:",
            "`bad` is not `Service.method`",
        ],
    );
    assert_fault(
        &faults,
        &[
            "live.json: service.retired[0].replaced_by[4]:",
            "listed twice",
        ],
    );
    assert_fault(
        &faults,
        &["live.json: service.retired[0].moved_to:", "is empty"],
    );
    assert!(
        !faults.iter().any(|f| f.contains("replaced_by[0]")),
        "`Things.get` exists: {faults:#?}"
    );
}

#[test]
fn retired_methods_become_a_table_with_their_successors() {
    let schema = valid("retired-table");
    let v4 = schema.schema().join("direct_v4");
    std::fs::create_dir_all(&v4).unwrap();
    let live = live_with_retired(r#"["Things.get"]"#, "").replace(
        r#",
    {"name": "PingAPI", "reason": "gone"}"#,
        "",
    );
    std::fs::write(v4.join("live.json"), live).unwrap();
    let rendered = codegen::render(&schema.schema(), &emit::Options::default()).unwrap();
    let module = |path: &str| {
        rendered
            .files
            .iter()
            .find(|f| f.path == Path::new(path))
            .unwrap()
            .contents
            .clone()
    };
    let v4_mod: String = module("direct_v4/mod.rs").split_whitespace().collect();
    assert!(
        v4_mod.contains(
            r#"pubstaticRETIRED:&[rt::RetiredMethod]=&[rt::RetiredMethod{api:rt::Api::DirectV4,endpoint:"live",name:"GetBanners",reason:"gone",replaced_by:&[rt::Successor{service_name:"Things",endpoint:"things",method:"get",},],moved_to:::core::option::Option::None,},];"#
        ),
        "{v4_mod}"
    );
    let v5_mod: String = module("direct_v5/mod.rs").split_whitespace().collect();
    assert!(
        v5_mod.contains("pubstaticRETIRED:&[rt::RetiredMethod]=&[];"),
        "{v5_mod}"
    );
    assert!(module("direct_v4/live.rs").contains("- `GetBanners`: gone; use v5 `Things.get`"));
}

#[test]
fn output_is_deterministic_and_names_are_resolved() {
    let schema = valid("deterministic");
    let first = codegen::render(&schema.schema(), &emit::Options::default()).unwrap();
    let second = codegen::render(&schema.schema(), &emit::Options::default()).unwrap();
    assert_eq!(first.files, second.files);
    assert_eq!(first.features, vec!["things".to_owned()]);
    let things = first
        .files
        .iter()
        .find(|f| f.path == Path::new("direct_v5/things.rs"))
        .unwrap();
    assert!(things.contents.starts_with(
        "// @generated from schema/direct_v5/things.json by `cargo run -p codegen`. Do not edit"
    ));
    // `Type` is a keyword; `type` clashes with it after case conversion.
    assert!(things
        .contents
        .contains("pub type_: ::core::option::Option<super::general::YesNoEnum>"));
    assert!(things
        .contents
        .contains("pub type_2: ::core::option::Option<::std::string::String>"));
    // Inherited fields come first and keep their wire names (in the module's serde glue).
    let glue = first
        .files
        .iter()
        .find(|f| f.path == Path::new("direct_v5/things/serde.rs"))
        .unwrap();
    let id = glue.contents.find("map.serialize_entry(\"Id\"").unwrap();
    let ty = glue.contents.find("map.serialize_entry(\"Type\"").unwrap();
    assert!(id < ty);
}

#[test]
fn writes_only_what_changed_and_check_mode_reports_stale_files() {
    let schema = valid("write");
    let out = schema.out();
    let report = codegen::generate(&schema.schema(), &out, false).unwrap();
    assert!(report.iter().all(|(_, s)| *s == FileStatus::Changed));
    let again = codegen::generate(&schema.schema(), &out, true).unwrap();
    assert!(
        again.iter().all(|(_, s)| *s == FileStatus::Unchanged),
        "{again:?}"
    );

    std::fs::write(out.join("direct_v5/things.rs"), "// @generated by hand\n").unwrap();
    std::fs::write(
        out.join("direct_v5/old.rs"),
        "// @generated from an old schema\n",
    )
    .unwrap();
    std::fs::write(out.join("direct_v5/handwritten.rs"), "// mine\n").unwrap();
    let check = codegen::generate(&schema.schema(), &out, true).unwrap();
    let status = |p: &str| {
        check
            .iter()
            .find(|(path, _)| path == Path::new(p))
            .map(|(_, s)| *s)
    };
    assert_eq!(status("direct_v5/things.rs"), Some(FileStatus::Changed));
    assert_eq!(status("direct_v5/old.rs"), Some(FileStatus::Stale));
    assert_eq!(
        status("direct_v5/handwritten.rs"),
        None,
        "files without the header are not ours"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("direct_v5/things.rs")).unwrap(),
        "// @generated by hand\n"
    );

    codegen::generate(&schema.schema(), &out, false).unwrap();
    assert!(!out.join("direct_v5/old.rs").exists());
    assert!(out.join("direct_v5/handwritten.rs").exists());
    let fixed = codegen::generate(&schema.schema(), &out, true).unwrap();
    assert!(fixed.iter().all(|(_, s)| *s == FileStatus::Unchanged));
}

/// `cargo test` fails when the checked-in bindings are not what the schema gives.
#[test]
fn checked_in_bindings_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let report = codegen::generate_with(
        &root.join("schema"),
        &root.join("generated/src/generated"),
        &emit::Options::default(),
        Some(&root.join("generated/Cargo.toml")),
        true,
    )
    .unwrap_or_else(|e| panic!("the schema does not generate: {e}"));
    let stale: Vec<_> = report
        .iter()
        .filter(|(_, s)| *s != FileStatus::Unchanged)
        .map(|(p, s)| format!("{} ({s:?})", p.display()))
        .collect();
    assert!(
        stale.is_empty(),
        "stale generated files, run `cargo run -p codegen`: {stale:#?}"
    );
}
