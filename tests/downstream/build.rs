//! Generates this crate's bindings from a schema with a Direct v5 service, a v4 method, a
//! Reports table and a Measurement Protocol part: the small schemas of the generator's snapshot
//! tests, put together in one folder.

use std::path::{Path, PathBuf};

const PARTS: [&str; 4] = [
    "struct_inheritance",
    "reports_table",
    "v4_method",
    "measurement_indexed",
];

fn main() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let snapshots = manifest.join("../../codegen/tests/snapshots");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let schema = out_dir.join("schema");
    let _ = std::fs::remove_dir_all(&schema);
    for part in PARTS {
        let from = snapshots.join(part).join("schema");
        println!("cargo::rerun-if-changed={}", from.display());
        copy_tree(&from, &schema);
    }
    if let Err(e) = codegen::build_script::generate_into(&schema, &out_dir) {
        // Every schema fault, each with its file and JSON path.
        panic!("cannot generate the bindings:\n{e}");
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the schema folder");
    for entry in std::fs::read_dir(from).expect("read a schema folder") {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a schema file");
        }
    }
}
