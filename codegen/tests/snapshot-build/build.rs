//! Declares one module per snapshot case: `codegen/tests/snapshots/<case>/expected/mod.rs`
//! (the root module the generator writes) becomes `codegen_snapshots::<case>`. Written to
//! `$OUT_DIR/cases.rs`, so a new case or a different set of generated files needs no edit here.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../snapshots");
    println!("cargo::rerun-if-changed={}", snapshots.display());
    let entries = std::fs::read_dir(&snapshots)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", snapshots.display()));
    let mut cases: Vec<(String, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let root = e.path().join("expected/mod.rs");
            let name = e.file_name().into_string().ok()?;
            root.is_file().then_some((name, root))
        })
        .collect();
    cases.sort();
    let mut out = String::new();
    for (name, root) in &cases {
        let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        assert!(
            valid,
            "snapshot case `{name}`: a case folder must be a snake_case Rust module name"
        );
        let root = root
            .canonicalize()
            .unwrap_or_else(|e| panic!("{}: {e}", root.display()));
        let _ = writeln!(
            out,
            "/// The expected output of the snapshot case `{name}`.\n\
             #[path = {:?}]\npub mod {name};",
            root.display().to_string()
        );
    }
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let target = Path::new(&out_dir).join("cases.rs");
    std::fs::write(&target, out).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
}
