//! `emit::Options::runtime_path` is honoured by every emitter (Direct, Reports, Measurement): a
//! `build.rs` generating bindings into its own crate names the runtime as
//! `::yandex_direct::runtime`, and each file imports it once as `rt`.

use std::path::PathBuf;

use codegen::emit;

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../schema")
}

#[test]
fn an_outside_runtime_path_reaches_every_generated_file() {
    let options = emit::Options {
        runtime_path: "::yandex_direct::runtime".into(),
        feature_per_service: false,
    };
    let rendered = codegen::render(&schema_dir(), &options).expect("the real schema renders");
    let paths: Vec<String> = rendered
        .files
        .iter()
        .map(|f| f.path.to_string_lossy().replace('\\', "/"))
        .collect();
    for expected in [
        "direct_v5/reports.rs",
        "measurement/ua.rs",
        "direct_v4/live.rs",
    ] {
        assert!(
            paths.iter().any(|p| p == expected),
            "{expected} is rendered"
        );
    }
    for file in &rendered.files {
        let path = file.path.display();
        assert!(
            !file.contents.contains("crate::runtime"),
            "{path} names `crate::runtime`"
        );
        // `::yandex_direct::runtime`, or its `measurement` module in the Measurement files.
        let imports = file
            .contents
            .lines()
            .filter(|l| l.starts_with("use ::yandex_direct::runtime") && l.ends_with(" as rt;"))
            .count();
        assert!(imports <= 1, "{path} imports the runtime {imports} times");
        if file.contents.contains("rt::") {
            assert_eq!(imports, 1, "{path} uses `rt::` without importing it");
        }
    }
}

#[test]
fn the_default_runtime_path_is_imported_once_per_file() {
    let rendered =
        codegen::render(&schema_dir(), &emit::Options::default()).expect("the real schema renders");
    let campaigns = rendered
        .files
        .iter()
        .find(|f| f.path.to_string_lossy().contains("campaigns"))
        .expect("campaigns is rendered");
    assert!(campaigns.contents.contains("use crate::runtime as rt;"));
    for file in &rendered.files {
        assert!(
            file.contents.matches("crate::runtime").count() <= 1,
            "{} spells out `crate::runtime` more than once",
            file.path.display()
        );
    }
}

#[test]
fn a_runtime_path_that_is_not_a_path_is_an_error() {
    let options = emit::Options {
        runtime_path: "not a path".into(),
        feature_per_service: false,
    };
    match codegen::render(&schema_dir(), &options) {
        Err(codegen::Error::Emit(message)) => {
            assert!(message.contains("not a Rust path"), "{message}")
        }
        other => panic!(
            "expected an emit error, got {:?}",
            other.map(|r| r.files.len())
        ),
    }
}
